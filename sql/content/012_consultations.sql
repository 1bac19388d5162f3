-- content.db, migration 12: 征集意见 (issue 12). Drafts an agency publishes for
-- comment, with their documents (attachments of the new owner kind
-- 'consultation'), the dates comments are taken, how many comments staff
-- accepted (copied by admin.fcgi from private.db, which holds the comments
-- and the commenters' names and contacts), the accepted comments' texts when
-- the agency chose to show them, and the 意见采纳情况 published after the end.
-- Draft and feedback each go through review (four eyes: edited_by).

-- attachments.owner_kind gains 'consultation'. Widening a CHECK changes no
-- stored row, so the table's text is edited in place (the procedure SQLite's
-- ALTER TABLE page gives for CHECK constraints) rather than the table, with
-- every file's bytes, copied: a copy would also drop any column another
-- migration added meanwhile. The temporary table fails the migration if the
-- text was not as expected.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, '''report'', ''page'')', '''report'', ''page'', ''consultation'')')
 WHERE type = 'table' AND name = 'attachments';
PRAGMA writable_schema = RESET;
CREATE TEMP TABLE consultation_migration_check (widened INTEGER NOT NULL CHECK (widened = 1));
INSERT INTO consultation_migration_check
    SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'attachments'
       AND instr(sql, '''consultation''') > 0;
DROP TABLE consultation_migration_check;

CREATE TABLE consultations (
    id                 INTEGER PRIMARY KEY,
    owner_id           INTEGER NOT NULL REFERENCES agencies(id),
    title              TEXT NOT NULL,
    summary_md         TEXT NOT NULL DEFAULT '',   -- 起草说明, Markdown
    starts_on          TEXT NOT NULL,              -- first day comments are taken (Beijing date)
    ends_on            TEXT NOT NULL,              -- last day comments are taken
    show_comments      INTEGER NOT NULL DEFAULT 0, -- publish accepted comments' texts (no names)
    status             TEXT NOT NULL DEFAULT 'draft'
                       CHECK (status IN ('draft', 'review', 'returned', 'published')),
    review_comment     TEXT NOT NULL DEFAULT '',
    edited_by          INTEGER,                    -- private.db users.id of the last change
    published_on       TEXT,
    comments_accepted  INTEGER NOT NULL DEFAULT 0, -- copied from private.db on every moderation
    feedback_md        TEXT NOT NULL DEFAULT '',   -- 意见采纳情况, Markdown
    feedback_received  INTEGER NOT NULL DEFAULT 0,
    feedback_adopted   INTEGER NOT NULL DEFAULT 0,
    feedback_status    TEXT NOT NULL DEFAULT 'none'
                       CHECK (feedback_status IN ('none', 'draft', 'review', 'returned', 'published')),
    feedback_comment   TEXT NOT NULL DEFAULT '',
    feedback_edited_by INTEGER,
    feedback_published_on TEXT,
    CHECK (ends_on > starts_on),
    CHECK (feedback_adopted BETWEEN 0 AND feedback_received)
) STRICT;
CREATE INDEX consultations_owner ON consultations (owner_id, status, ends_on);
CREATE INDEX consultations_published ON consultations (status, ends_on);

-- Accepted comments' texts, only while their consultation's show_comments is
-- set; ids are private.db consultation_comments.id.
CREATE TABLE consultation_comments (
    id              INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations(id),
    body            TEXT NOT NULL,
    submitted_on    TEXT NOT NULL
) STRICT;
CREATE INDEX consultation_comments_consultation ON consultation_comments (consultation_id, id);

CREATE TRIGGER consultations_version_ai AFTER INSERT ON consultations BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER consultations_version_au AFTER UPDATE ON consultations BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER consultations_version_ad AFTER DELETE ON consultations BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER consultation_comments_version_ai AFTER INSERT ON consultation_comments BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER consultation_comments_version_ad AFTER DELETE ON consultation_comments BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
