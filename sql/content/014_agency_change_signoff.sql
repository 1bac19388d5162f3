-- content.db, migration 14: two-level sign-off (issue 14, migrations 11 and
-- 13) for changes of an agency's or unit's public text (duties, contacts,
-- 负责人, 权责清单, its 依申请公开 office) as well. Under review_levels = '2'
-- of the change's owner_id a reviewer's approval records approved_by (staff
-- user id in private.db) and approved_at (UTC): status 'review' with
-- approved_by set is 待审签. A signer who is neither edited_by nor
-- approved_by publishes it; sending it back or saving it again clears both
-- (a save replaces the row).
ALTER TABLE agency_changes ADD COLUMN approved_by INTEGER;
ALTER TABLE agency_changes ADD COLUMN approved_at TEXT;
