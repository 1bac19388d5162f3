-- private.db, migration 4: the agency a reply names under 条例 Art. 36(五)
-- (the information is another agency's to disclose). The reply keeps what it
-- said: the agency's name and contact are stored as written at reply time.
-- referral_agency_id is the named agency when it is on the platform (a
-- content.db agencies.id, no foreign key across files), NULL otherwise; only
-- then can the applicant file there in one step (applications.referred_from
-- of the new application points back here, migration 3).
ALTER TABLE applications ADD COLUMN referral_agency_id INTEGER;
ALTER TABLE applications ADD COLUMN referral_name TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN referral_contact TEXT NOT NULL DEFAULT '';
CREATE INDEX applications_referred_from ON applications (referred_from) WHERE referred_from IS NOT NULL;
