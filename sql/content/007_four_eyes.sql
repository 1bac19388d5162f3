-- content.db, migration 7: four-eyes review (review finding 15.19). The staff
-- member (user id in private.db) who last changed a guide or its working copy
-- (fields, materials, steps) or a news item; the reviewer who publishes it
-- must be someone else. Entries already keep entry_revisions.author_id.
ALTER TABLE guides ADD COLUMN edited_by INTEGER;
ALTER TABLE news ADD COLUMN edited_by INTEGER;
