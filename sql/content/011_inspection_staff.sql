-- content.db, migration 11: the staff side of inspection readiness (issue 14).

-- Two-level sign-off. An agency's agency_settings row 'review_levels' = '2'
-- makes a reviewer's approval (审核) move a revision to 待审签 instead of
-- publishing it; a signer (审签人, private.db role 'signer') who is neither
-- its author nor approved_by then publishes it (reviewer_id, published_at).
-- The public revision history shows both dates, never the names.
ALTER TABLE entry_revisions ADD COLUMN approved_by INTEGER;   -- staff user id in private.db
ALTER TABLE entry_revisions ADD COLUMN approved_at TEXT;
