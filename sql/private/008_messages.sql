-- private.db, migration 8: 互动交流 (issue 12). Messages citizens write to an
-- agency (咨询, 建议, 投诉) or to the platform administrator (找错, agency_id
-- NULL), with the writer's personal data, the staff's reply and the history
-- the writer sees. Only what staff publish is copied into content.db
-- (published_messages), without name, phone or e-mail.
CREATE TABLE messages (
    id               INTEGER PRIMARY KEY,
    number           TEXT NOT NULL UNIQUE,             -- LY-2026-000001
    year             INTEGER NOT NULL,
    seq              INTEGER NOT NULL,
    agency_id        INTEGER,                          -- content.db agencies.id; NULL: the platform (找错)
    kind             TEXT NOT NULL CHECK (kind IN ('consult', 'suggest', 'complain', 'error')),
    subject          TEXT NOT NULL,
    body             TEXT NOT NULL,
    page_path        TEXT NOT NULL DEFAULT '',         -- 找错: the site path the writer came from
    name             TEXT NOT NULL,
    phone            TEXT NOT NULL,
    email            TEXT NOT NULL DEFAULT '',
    consent          INTEGER NOT NULL DEFAULT 0,       -- the writer allows publishing question and reply
    access_code_hash TEXT NOT NULL,                    -- sha256 of the 查询码
    idempotency_key  TEXT NOT NULL UNIQUE,
    state            TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'replied', 'refused')),
    submitted_at     TEXT NOT NULL,                    -- UTC
    received_on      TEXT NOT NULL,                    -- day 0 of the clock at the current agency (Beijing date)
    due_on           TEXT NOT NULL,                    -- the reply is due on this working day
    assigned_to      INTEGER REFERENCES users(id),
    reply_text       TEXT NOT NULL DEFAULT '',
    replied_on       TEXT,
    refusal_reason   TEXT NOT NULL DEFAULT '',
    published        INTEGER NOT NULL DEFAULT 0,
    published_subject  TEXT NOT NULL DEFAULT '',       -- what staff published, personal data edited out
    published_question TEXT NOT NULL DEFAULT '',
    published_answer   TEXT NOT NULL DEFAULT '',
    UNIQUE (year, seq)
) STRICT;
CREATE INDEX messages_agency ON messages (agency_id, state, due_on);

-- The history: what the writer sees (internal = 0) and staff notes (internal = 1).
CREATE TABLE message_events (
    id         INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages(id),
    at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    kind       TEXT NOT NULL CHECK (kind IN ('submitted', 'assigned', 'transferred', 'replied', 'refused',
                                             'note', 'published', 'unpublished')),
    text       TEXT NOT NULL DEFAULT '',
    internal   INTEGER NOT NULL DEFAULT 0,
    user_id    INTEGER REFERENCES users(id)
) STRICT;
CREATE INDEX message_events_message ON message_events (message_id, id);

CREATE TABLE message_counters (
    year INTEGER PRIMARY KEY,
    seq  INTEGER NOT NULL
) STRICT;
