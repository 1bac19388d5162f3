-- private.db, migration 2: the period a 补正 notice gives the applicant
-- (条例 Art. 30). Set on correction_requested events only: the last day
-- (YYYY-MM-DD) to correct. Only after it has passed, without the applicant
-- having corrected, may the application be closed as 逾期不补正
-- (other_no_correction). NULL on notices recorded before this migration.
ALTER TABLE application_events ADD COLUMN due_by TEXT;
