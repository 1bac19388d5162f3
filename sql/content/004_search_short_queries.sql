-- content.db, migration 4: fast one- and two-character searches.
-- The trigram index cannot match terms under three characters, and scanning
-- every document with instr() takes half a second at 100,000 entries. Every
-- occurrence of a short term is, however, the start of some trigram if each
-- indexed column ends with two spaces: search.c then looks the trigrams that
-- begin with the term up in search_vocab (a range scan) and matches any of
-- them. The index holds title||'  ' and body||'  '; search_docs keeps the
-- plain text, so snippets and highlights are unchanged.

-- posted_on moves before the long text so sorting many hits by date reads
-- only the start of each row, never the body's overflow pages. Dropping the
-- old table drops its three triggers; the ones on entries, guides, news and
-- reports name search_docs and find the new one (legacy_alter_table keeps
-- RENAME from checking them while the name is briefly unbound).
PRAGMA legacy_alter_table = ON;
CREATE TABLE search_docs_new (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('entry', 'guide', 'news', 'report')),
    ref_id    INTEGER NOT NULL,
    posted_on TEXT,
    title     TEXT NOT NULL,
    body      TEXT NOT NULL,
    UNIQUE (kind, ref_id)
) STRICT;
INSERT INTO search_docs_new (id, kind, ref_id, posted_on, title, body)
    SELECT id, kind, ref_id, posted_on, title, body FROM search_docs;
DROP TABLE search_docs;
ALTER TABLE search_docs_new RENAME TO search_docs;
PRAGMA legacy_alter_table = OFF;

CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
    INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title || '  ', new.body || '  ');
END;
CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title || '  ', old.body || '  ');
END;
CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, body)
    VALUES ('delete', old.id, old.title || '  ', old.body || '  ');
    INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title || '  ', new.body || '  ');
END;

-- Re-index what is there with the padding ('rebuild' would read the unpadded text).
INSERT INTO search_fts (search_fts) VALUES ('delete-all');
INSERT INTO search_fts (rowid, title, body) SELECT id, title || '  ', body || '  ' FROM search_docs;

CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');
