-- private.db, migration 7: notices (issue 13). An applicant may ask on the
-- form to be told by e-mail and/or SMS what happens to the application; staff
-- get a daily digest. Every notice is written to this outbox in the same
-- transaction as the event that causes it; `portalctl notify` delivers it
-- later (never inside a web request) and records the outcome here, where
-- staff see it on the application's page.

ALTER TABLE applications ADD COLUMN notify_email INTEGER NOT NULL DEFAULT 0;
ALTER TABLE applications ADD COLUMN notify_sms INTEGER NOT NULL DEFAULT 0;

-- A staff member's address for the daily digest ('' = none).
ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT '';

CREATE TABLE notices (
    id              INTEGER PRIMARY KEY,
    application_id  INTEGER REFERENCES applications(id),   -- NULL for a staff digest
    event_id        INTEGER REFERENCES application_events(id),
    user_id         INTEGER REFERENCES users(id) ON DELETE CASCADE,  -- a digest's recipient
    kind            TEXT NOT NULL,            -- the event kind ('received' ...) or 'digest'
    channel         TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    recipient       TEXT NOT NULL,            -- an e-mail address or a mobile number
    subject         TEXT NOT NULL DEFAULT '', -- e-mail only
    body            TEXT NOT NULL,
    message_id      TEXT NOT NULL UNIQUE,     -- <...@host>, fixed when queued: a resend is folded
    created_at      TEXT NOT NULL,            -- UTC ISO 8601
    state           TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,            -- UTC ISO 8601; queued notices due by now are sent
    last_error      TEXT NOT NULL DEFAULT '',
    sent_at         TEXT,
    digest_day      TEXT                      -- a digest's day (YYYY-MM-DD): one per user and day
) STRICT;
CREATE INDEX notices_due ON notices (state, next_attempt_at);
CREATE INDEX notices_application ON notices (application_id, id) WHERE application_id IS NOT NULL;
CREATE UNIQUE INDEX notices_digest ON notices (user_id, digest_day) WHERE digest_day IS NOT NULL;

-- What the sender found when it last ran (one row), for the staff dashboard:
-- admin.fcgi does not see the sender's environment.
CREATE TABLE notice_sender (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    ran_at          TEXT NOT NULL,
    mail_configured INTEGER NOT NULL,
    sms_configured  INTEGER NOT NULL,
    summary         TEXT NOT NULL DEFAULT ''
) STRICT;
