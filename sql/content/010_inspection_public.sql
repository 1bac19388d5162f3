-- content.db, migration 10: what an inspector looks for in an agency's column
-- (issue 14, 政府网站与政务新媒体检查指标 2019): a policy's interpretations and
-- clarifications tied to it, and the 政策文件库's 已修改 state.

-- 已修改: a document amended by a later one is still in force as amended, so
-- it is a validity of its own beside 有效, 已废止 and 已失效. Loosening a CHECK
-- changes no stored row, which is the case SQLite's "making other kinds of table
-- schema changes" (lang_altertable.html) allows to do on the schema text alone;
-- rebuilding entries cannot run here, since migrations run in one transaction
-- with foreign keys on and entry_revisions references it. writable_schema=RESET
-- reloads the schema of this connection; the CREATE INDEX below bumps the
-- schema cookie for every other. The temporary table stops the migration when
-- the text was not found (a changed CHECK must be handled here by hand).
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, 'CHECK (validity IN (''valid'', ''repealed'', ''expired''))',
                          'CHECK (validity IN (''valid'', ''amended'', ''repealed'', ''expired''))')
 WHERE type = 'table' AND name = 'entries';
PRAGMA writable_schema = RESET;
CREATE TEMP TABLE migration_010_check (sql TEXT CHECK (instr(sql, '''amended''') > 0));
INSERT INTO migration_010_check SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'entries';
DROP TABLE migration_010_check;

-- An entry may stand in one relation to another published entry of the
-- platform: an interpretation of a policy document (文字解读, 图解, 音视频解读:
-- text, graphic, media) or a clarification (澄清说明, Art. 6) of what an entry
-- said. A clarification of information published elsewhere has the relation
-- and no relates_to. Revisions carry both, so a link changes through review.
ALTER TABLE entries ADD COLUMN relation TEXT NOT NULL DEFAULT ''
    CHECK (relation IN ('', 'text', 'graphic', 'media', 'clarifies'));
ALTER TABLE entries ADD COLUMN relates_to INTEGER REFERENCES entries(id);
ALTER TABLE entry_revisions ADD COLUMN relation TEXT NOT NULL DEFAULT ''
    CHECK (relation IN ('', 'text', 'graphic', 'media', 'clarifies'));
ALTER TABLE entry_revisions ADD COLUMN relates_to INTEGER REFERENCES entries(id);
CREATE INDEX entries_relates_to ON entries (relates_to, status) WHERE relates_to IS NOT NULL;
CREATE INDEX entries_clarifications ON entries (owner_id, published_on DESC, id DESC)
    WHERE relation = 'clarifies' AND status = 'published';
