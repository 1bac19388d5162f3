-- private.db, migration 1: personal data and staff data only.
-- Never opened by portal.fcgi. States and outcome codes are listed once in
-- cgi-bin/site/application.c; the CHECKs here mirror that list.

-- 依申请公开 applications. Personal fields stay here and are masked in staff lists.
CREATE TABLE applications (
    id               INTEGER PRIMARY KEY,
    number           TEXT NOT NULL UNIQUE,          -- YSQ-2026-000123
    year             INTEGER NOT NULL,
    seq              INTEGER NOT NULL,
    access_code_hash TEXT NOT NULL,                 -- 查询码, hashed; the code itself is shown once
    idempotency_key  TEXT UNIQUE,                   -- from the form: a second submit finds the first
    channel          TEXT NOT NULL DEFAULT 'online'
                     CHECK (channel IN ('online', 'paper', 'post', 'in_person', 'email', 'fax')),
    applicant_type   TEXT NOT NULL CHECK (applicant_type IN ('person', 'org')),
    -- person
    name             TEXT NOT NULL,                 -- 姓名 or 名称
    id_type          TEXT NOT NULL DEFAULT '',
    id_number        TEXT NOT NULL DEFAULT '',
    work_unit        TEXT NOT NULL DEFAULT '',
    -- organisation
    org_category     TEXT NOT NULL DEFAULT ''
                     CHECK (org_category IN ('', 'business', 'research', 'public_interest', 'legal_service', 'other')),
    uscc             TEXT NOT NULL DEFAULT '',
    legal_rep        TEXT NOT NULL DEFAULT '',
    contact_name     TEXT NOT NULL DEFAULT '',
    -- both
    phone            TEXT NOT NULL,
    email            TEXT NOT NULL DEFAULT '',
    address          TEXT NOT NULL,
    postcode         TEXT NOT NULL DEFAULT '',
    -- the information asked for
    info_title       TEXT NOT NULL,
    info_doc_no      TEXT NOT NULL DEFAULT '',
    info_description TEXT NOT NULL,
    info_purpose     TEXT NOT NULL DEFAULT '',
    medium           TEXT NOT NULL CHECK (medium IN ('paper', 'electronic')),
    delivery         TEXT NOT NULL CHECK (delivery IN ('post', 'pickup', 'email', 'online')),
    fee_waiver       INTEGER NOT NULL DEFAULT 0,
    -- processing
    state            TEXT NOT NULL DEFAULT 'submitted'
                     CHECK (state IN ('submitted', 'received', 'correction_requested', 'corrected',
                                      'extended', 'consulting', 'replied', 'withdrawn', 'closed')),
    submitted_at     TEXT NOT NULL,                 -- UTC ISO 8601
    received_on      TEXT,                          -- confirmed receipt, starts the clock
    due_on           TEXT,                          -- recomputed from events and the calendar
    due_beyond_calendar INTEGER NOT NULL DEFAULT 0,
    outcome          TEXT NOT NULL DEFAULT '',      -- national template code, see application_codes.c
    reply_text       TEXT NOT NULL DEFAULT '',
    replied_on       TEXT,
    closed_on        TEXT,
    assigned_to      INTEGER REFERENCES users(id),
    UNIQUE (year, seq)
) STRICT;
CREATE INDEX applications_state ON applications (state, due_on);
CREATE INDEX applications_submitted ON applications (submitted_at);

-- Timeline. Events with internal = 1 (staff notes) are never shown to the applicant.
CREATE TABLE application_events (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications(id),
    at             TEXT NOT NULL,                   -- UTC ISO 8601 time it was recorded
    day            TEXT NOT NULL,                   -- the legal date it counts from (YYYY-MM-DD)
    kind           TEXT NOT NULL CHECK (kind IN ('submitted', 'received', 'correction_requested', 'corrected',
                                                  'extended', 'consult_start', 'consult_end', 'replied',
                                                  'withdrawn', 'closed', 'note', 'assigned')),
    actor          TEXT NOT NULL,                   -- 'applicant' or 'staff:<user id>'
    text           TEXT NOT NULL DEFAULT '',
    days           INTEGER NOT NULL DEFAULT 0,      -- extension length
    internal       INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX application_events_app ON application_events (application_id, id);

CREATE TABLE application_files (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications(id),
    event_id       INTEGER REFERENCES application_events(id),
    filename       TEXT NOT NULL,
    mime           TEXT NOT NULL,
    size           INTEGER NOT NULL,
    sha256         TEXT NOT NULL,
    data           BLOB NOT NULL,
    for_applicant  INTEGER NOT NULL DEFAULT 1
) STRICT;

-- Per-year counter behind the sequential application numbers.
CREATE TABLE application_counters (
    year     INTEGER PRIMARY KEY,
    last_seq INTEGER NOT NULL
) STRICT;

CREATE TABLE users (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL UNIQUE,
    display_name        TEXT NOT NULL DEFAULT '',
    password_hash       TEXT NOT NULL,            -- libsodium crypto_pwhash_str (argon2id)
    active              INTEGER NOT NULL DEFAULT 1,
    failed_logins       INTEGER NOT NULL DEFAULT 0,
    locked_until        INTEGER NOT NULL DEFAULT 0, -- unix time
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    password_changed_at TEXT
) STRICT;

CREATE TABLE user_roles (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role    TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'reviewer', 'handler')),
    PRIMARY KEY (user_id, role)
) STRICT;

-- Session tokens are stored hashed: a copy of this file does not log anyone in.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at INTEGER NOT NULL,               -- unix time, for the absolute timeout
    last_seen  INTEGER NOT NULL                -- unix time, for the idle timeout
) STRICT;

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    user_id   INTEGER,
    user_name TEXT NOT NULL DEFAULT '',
    action    TEXT NOT NULL,
    target    TEXT NOT NULL DEFAULT '',
    summary   TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX audit_log_at ON audit_log (at);

-- Fixed-window counters per client (a keyed hash of the address, never the address).
CREATE TABLE rate_limits (
    bucket       TEXT NOT NULL,
    client       TEXT NOT NULL,
    window_start INTEGER NOT NULL,
    count        INTEGER NOT NULL,
    PRIMARY KEY (bucket, client)
) STRICT;
