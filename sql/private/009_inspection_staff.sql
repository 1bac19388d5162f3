-- private.db, migration 9: the staff side of inspection readiness (issue 14).
-- Two-level sign-off. An agency may
-- require a second level after 审核: 审签 (e.g. 分管局长审核, then 局长审签),
-- held as the per-agency role 'signer' (审签人). SQLite cannot widen a CHECK
-- in place, so the table is rebuilt with the same rows.
CREATE TABLE user_agency_roles_new (
    user_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL,
    role      TEXT NOT NULL CHECK (role IN ('editor', 'reviewer', 'signer', 'handler')),
    PRIMARY KEY (user_id, agency_id, role)
) STRICT;
INSERT INTO user_agency_roles_new (user_id, agency_id, role)
    SELECT user_id, agency_id, role FROM user_agency_roles;
DROP TABLE user_agency_roles;
ALTER TABLE user_agency_roles_new RENAME TO user_agency_roles;
CREATE INDEX user_agency_roles_agency ON user_agency_roles (agency_id, role);

-- 依申请转主动 (Art. 44, issue 14): the catalogue entry (content.db id, no
-- foreign key across files) drafted from this application's released
-- information, so it is drafted once and the application page links to it.
ALTER TABLE applications ADD COLUMN released_entry_id INTEGER;
