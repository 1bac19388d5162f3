-- content.db, migration 8: four-eyes review for what still went live on save
-- (review finding 15.19). User ids are staff users in private.db.

-- The annual report: who last saved its draft cannot publish it.
ALTER TABLE annual_reports ADD COLUMN edited_by INTEGER;

-- A file added to an already published entry belongs to the revision being
-- worked on (entry_revisions.id): it is public only once that revision is
-- published, which clears the mark. A file of a published entry removed in a
-- revision stays public until that revision is published, which deletes it.
ALTER TABLE attachments ADD COLUMN pending_rev INTEGER;
ALTER TABLE attachments ADD COLUMN removed_rev INTEGER;

-- A page keeps its public text in title/body_md; a change waits beside it as
-- a working copy in review (or sent back with a comment) until a reviewer
-- other than edited_by publishes it.
ALTER TABLE pages ADD COLUMN work_title TEXT;
ALTER TABLE pages ADD COLUMN work_body_md TEXT;
ALTER TABLE pages ADD COLUMN work_status TEXT NOT NULL DEFAULT ''
    CHECK (work_status IN ('', 'review', 'returned'));
ALTER TABLE pages ADD COLUMN review_comment TEXT NOT NULL DEFAULT '';
ALTER TABLE pages ADD COLUMN edited_by INTEGER;
ALTER TABLE pages ADD COLUMN work_saved_at TEXT;

-- A change to an agency's or unit's public text (duties, contacts, its
-- 依申请公开 office; a new unit as a whole) waiting for a reviewer of
-- owner_id other than edited_by. agency_id is NULL for a unit not created yet.
-- The proposed form is kept field by field in agency_change_values.
CREATE TABLE agency_changes (
    id             INTEGER PRIMARY KEY,
    agency_id      INTEGER REFERENCES agencies(id),
    owner_id       INTEGER NOT NULL REFERENCES agencies(id),
    status         TEXT NOT NULL CHECK (status IN ('review', 'returned')),
    edited_by      INTEGER NOT NULL,
    review_comment TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE UNIQUE INDEX agency_changes_one ON agency_changes (agency_id) WHERE agency_id IS NOT NULL;
CREATE INDEX agency_changes_owner ON agency_changes (owner_id, status);
CREATE TABLE agency_change_values (
    change_id INTEGER NOT NULL REFERENCES agency_changes(id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    value     TEXT NOT NULL,
    PRIMARY KEY (change_id, key)
) STRICT;

-- A unit added by a reviewer exists (staff can open and review it) but is
-- not shown to the public until another reviewer publishes it.
ALTER TABLE agencies ADD COLUMN unpublished INTEGER NOT NULL DEFAULT 0;

-- A file waiting for its revision is not searchable yet either.
DROP VIEW search_attachment_text;
CREATE VIEW search_attachment_text (owner_kind, owner_id, text) AS
    SELECT a.owner_kind, a.owner_id, group_concat(t.text, char(10))
    FROM attachments a JOIN attachment_texts t ON t.attachment_id = a.id
    WHERE t.text <> '' AND a.pending_rev IS NULL
    GROUP BY a.owner_kind, a.owner_id;
