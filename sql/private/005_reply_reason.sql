-- private.db, migration 5: the reply's 理由和依据 kept on the application, so the
-- applicant's status page shows it beside the outcome (Art. 36; review finding
-- 15.9). Replies recorded earlier have it only in their 'replied' event text.
ALTER TABLE applications ADD COLUMN reply_reason TEXT NOT NULL DEFAULT '';
