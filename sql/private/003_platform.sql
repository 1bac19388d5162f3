-- private.db, migration 3: one platform for many agencies (issue 10).
-- Agencies live in content.db (agencies.id with parent_id IS NULL); this file
-- cannot reference them, so agency_id columns carry that id without a foreign
-- key. Rows of a single-agency database get their agency in `portalctl
-- migrate` (cgi-bin/main/portalctl.c), which reads content.db's only agency.

-- Each agency's applications, with its own receipt numbers: agency_seq counts
-- per (agency, year) and makes the number (e.g. MZJ-2026-000012); the global
-- year/seq pair stays as the row's unique internal order.
ALTER TABLE applications ADD COLUMN agency_id INTEGER;
ALTER TABLE applications ADD COLUMN agency_seq INTEGER;
CREATE INDEX applications_agency ON applications (agency_id, state, due_on);
CREATE TABLE agency_application_counters (
    agency_id INTEGER NOT NULL,
    year      INTEGER NOT NULL,
    last_seq  INTEGER NOT NULL,
    PRIMARY KEY (agency_id, year)
) STRICT;
-- An application filed anew at another agency after Art. 36(五) names it
-- points back to the one that named it (no data is moved silently).
ALTER TABLE applications ADD COLUMN referred_from INTEGER REFERENCES applications(id);

-- Roles are held per agency: editor of 民政局, handler of 人社局 ... The
-- platform administrator (政务公开办) keeps the 'admin' row in user_roles.
CREATE TABLE user_agency_roles (
    user_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    agency_id INTEGER NOT NULL,
    role      TEXT NOT NULL CHECK (role IN ('editor', 'reviewer', 'handler')),
    PRIMARY KEY (user_id, agency_id, role)
) STRICT;
CREATE INDEX user_agency_roles_agency ON user_agency_roles (agency_id, role);

-- The agency a staff session is working in (its roles apply there).
ALTER TABLE sessions ADD COLUMN agency_id INTEGER;

-- The audit log names the agency an action concerned (NULL: platform-wide).
ALTER TABLE audit_log ADD COLUMN agency_id INTEGER;
