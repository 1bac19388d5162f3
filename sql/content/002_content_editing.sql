-- content.db, migration 2: what staff editing with review-and-publish needs.

-- A revision carries every field that entries shows, so publishing copies all of it.
ALTER TABLE entry_revisions ADD COLUMN disclosure_method TEXT NOT NULL DEFAULT '主动公开';
ALTER TABLE entry_revisions ADD COLUMN disclosure_scope TEXT NOT NULL DEFAULT '面向社会';

-- At most one revision of an entry is being worked on (draft, in review or sent back).
CREATE UNIQUE INDEX entry_revisions_one_working ON entry_revisions (entry_id)
    WHERE status IN ('draft', 'review', 'returned');

-- Guides are edited on a working copy: a guides row with draft_of pointing at
-- the published guide (status draft/review/returned, so the public never sees
-- it). Publishing copies it over the original in one transaction and removes
-- the copy; the public keeps seeing the last published version meanwhile.
ALTER TABLE guides ADD COLUMN draft_of INTEGER REFERENCES guides(id);
ALTER TABLE guides ADD COLUMN review_comment TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX guides_one_copy ON guides (draft_of) WHERE draft_of IS NOT NULL;

-- The reviewer's comment when news is sent back.
ALTER TABLE news ADD COLUMN review_comment TEXT NOT NULL DEFAULT '';
