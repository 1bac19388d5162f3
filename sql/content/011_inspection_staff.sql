-- content.db, migration 11: the staff side of inspection readiness (issue 14).

-- Two-level sign-off. An agency's agency_settings row 'review_levels' = '2'
-- makes a reviewer's approval (审核) move a revision to 待审签 instead of
-- publishing it; a signer (审签人, private.db role 'signer') who is neither
-- its author nor approved_by then publishes it (reviewer_id, published_at).
-- The public revision history shows both dates, never the names.
ALTER TABLE entry_revisions ADD COLUMN approved_by INTEGER;   -- staff user id in private.db
ALTER TABLE entry_revisions ADD COLUMN approved_at TEXT;
-- The same for 工作动态 (news has no revisions: a correction clears the approval).
ALTER TABLE news ADD COLUMN approved_by INTEGER;
ALTER TABLE news ADD COLUMN approved_at TEXT;

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

-- Public request statistics: per agency and month (Beijing), how many
-- applications were received (receipt confirmed), answered (replied, or
-- closed with an outcome), answered by their due date, and the answers by the
-- national template's six outcome groups. Written by admin.fcgi after every
-- application action and by `portalctl request-stats`, from private.db; shown
-- on /{code}/apply/statistics. A count of 1 or 2 could point at one applicant
-- and is never stored: NULL means "fewer than 3" (少于3件), 0 means none.
CREATE TABLE request_stats (
    agency_id     INTEGER NOT NULL REFERENCES agencies(id),
    month         TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    received      INTEGER,
    answered      INTEGER,
    on_time       INTEGER,
    disclosed     INTEGER,   -- （一）予以公开
    partial       INTEGER,   -- （二）部分公开
    refused       INTEGER,   -- （三）不予公开
    unavailable   INTEGER,   -- （四）无法提供
    not_processed INTEGER,   -- （五）不予处理
    other         INTEGER,   -- （六）其他处理
    PRIMARY KEY (agency_id, month)
) STRICT;
CREATE TRIGGER request_stats_version_ai AFTER INSERT ON request_stats BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER request_stats_version_ad AFTER DELETE ON request_stats BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;

-- Visit statistics for the 网站工作年度报表 (国办函〔2018〕12号) and the staff
-- chart, counted by `portalctl visits` from lighttpd's access log. Days are
-- Beijing days. Page views per agency column (agency_id 0: the platform's
-- own pages; column 'home', 'catalogue', ... 'other'); distinct visitors per
-- day and agency (agency_id 0: the whole site). No address is stored: a
-- visitor is a keyed hash (HMAC with the server secret, the day inside, so
-- one person's hashes cannot be linked across days), kept only for the day
-- being counted and the one before, then deleted.
CREATE TABLE visit_counts (
    day       TEXT NOT NULL,
    agency_id INTEGER NOT NULL,
    col       TEXT NOT NULL,
    views     INTEGER NOT NULL,
    PRIMARY KEY (day, agency_id, col)
) STRICT;
CREATE TABLE visit_visitors (
    day       TEXT NOT NULL,
    agency_id INTEGER NOT NULL,
    visitors  INTEGER NOT NULL,
    PRIMARY KEY (day, agency_id)
) STRICT;
CREATE TABLE visit_hashes (
    day       TEXT NOT NULL,
    agency_id INTEGER NOT NULL,
    hash      TEXT NOT NULL,
    PRIMARY KEY (day, agency_id, hash)
) STRICT, WITHOUT ROWID;
-- Where the last run stopped in the log (a rotated log, another inode, starts again at 0).
CREATE TABLE visit_log_state (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    inode  INTEGER NOT NULL,
    offset INTEGER NOT NULL
) STRICT;

-- 政府网站工作年度报表 (国办函〔2018〕12号): the platform's yearly website
-- report, published on the platform home by 31 January. Figures the data
-- holds are generated (visits, information published, guides ...), the rest
-- typed by the platform administrator; saved into review and published by
-- another platform administrator (edited_by), like a platform page.
CREATE TABLE website_reports (
    year         INTEGER PRIMARY KEY,
    status       TEXT NOT NULL DEFAULT 'review' CHECK (status IN ('review', 'published')),
    edited_by    INTEGER,                -- staff user id in private.db
    saved_at     TEXT NOT NULL,
    published_on TEXT                    -- Beijing day of the first publication
) STRICT;
-- The report's figures and answers by the form's row keys (website_report.c):
-- the reviewed version in value, the published one in published_value.
CREATE TABLE website_report_values (
    year            INTEGER NOT NULL REFERENCES website_reports(year),
    key             TEXT NOT NULL,
    value           TEXT NOT NULL,
    published_value TEXT,
    PRIMARY KEY (year, key)
) STRICT;
CREATE TRIGGER website_reports_version_au AFTER UPDATE ON website_reports BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
