-- content.db, migration 13: two-level sign-off (issue 14, migration 11) for
-- 办事指南 and the fixed pages as well. Under an agency's review_levels = '2'
-- a reviewer's approval of a guide in review (status 'review') or of a page's
-- working copy (work_status 'review') records approved_by (staff user id in
-- private.db) and approved_at (UTC) instead of publishing: 'review' with
-- approved_by set is 待审签, so no CHECK changes. A signer who is neither
-- edited_by nor approved_by publishes it; publishing or sending it back
-- clears both.
ALTER TABLE guides ADD COLUMN approved_by INTEGER;
ALTER TABLE guides ADD COLUMN approved_at TEXT;
ALTER TABLE pages ADD COLUMN approved_by INTEGER;
ALTER TABLE pages ADD COLUMN approved_at TEXT;
