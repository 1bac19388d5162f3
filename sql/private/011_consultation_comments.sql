-- private.db, migration 11: 征集意见 (issue 12). Citizens' comments on a draft
-- an agency published for comment, with the commenter's name and contact.
-- Staff accept each one or refuse it as spam with a reason; content.db gets
-- only the number accepted and, where the agency chose to show them, the
-- accepted texts (never a name, phone or e-mail).
CREATE TABLE consultation_comments (
    id              INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL,              -- content.db consultations.id
    agency_id       INTEGER NOT NULL,              -- content.db agencies.id, its owner
    body            TEXT NOT NULL,
    name            TEXT NOT NULL,
    phone           TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    idempotency_key TEXT NOT NULL UNIQUE,
    submitted_at    TEXT NOT NULL,                 -- UTC
    state           TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'accepted', 'refused')),
    refusal_reason  TEXT NOT NULL DEFAULT '',
    moderated_by    INTEGER REFERENCES users(id),
    moderated_at    TEXT,
    CHECK (phone <> '' OR email <> '')
) STRICT;
CREATE INDEX consultation_comments_consultation ON consultation_comments (consultation_id, state, id);
