-- content.db, migration 11: the staff side of inspection readiness (issue 14).

-- Two-level sign-off. An agency's agency_settings row 'review_levels' = '2'
-- makes a reviewer's approval (审核) move a revision to 待审签 instead of
-- publishing it; a signer (审签人, private.db role 'signer') who is neither
-- its author nor approved_by then publishes it (reviewer_id, published_at).
-- The public revision history shows both dates, never the names.
ALTER TABLE entry_revisions ADD COLUMN approved_by INTEGER;   -- staff user id in private.db
ALTER TABLE entry_revisions ADD COLUMN approved_at TEXT;

-- The freshness self-check's outbound links (/admin/freshness): `portalctl
-- check-links` requests every outbound http(s) link the public site carries
-- and keeps the last answer here; portal.fcgi never reads it. failures counts
-- the checks in a row that got no good answer (one may be a passing outage).
CREATE TABLE link_checks (
    url        TEXT PRIMARY KEY,
    checked_at TEXT NOT NULL,                 -- UTC, ISO 8601
    ok         INTEGER NOT NULL CHECK (ok IN (0, 1)),
    status     INTEGER,                       -- the final HTTP status, NULL when none came
    error      TEXT NOT NULL DEFAULT '',      -- why it failed, in Chinese
    failures   INTEGER NOT NULL DEFAULT 0
) STRICT;
-- When the job last ran, and what it found (one row).
CREATE TABLE link_check_runs (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    ran_at  TEXT NOT NULL,
    checked INTEGER NOT NULL,
    failed  INTEGER NOT NULL
) STRICT;
