-- private.db, migration 6: a password someone else chose (the one-time password
-- `portalctl init` prints, or `portalctl user add --must-change`) must be
-- replaced at the first login: until it is, every staff page answers 303 to
-- /admin/password (review finding 15.16). Accounts that exist before this
-- migration keep the password they have.
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
