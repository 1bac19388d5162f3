-- content.db, migration 9: 互动交流 (issue 12). What staff chose to publish
-- of a citizen's message and its reply, copied by admin.fcgi from private.db
-- without the writer's name, phone or e-mail, and the monthly counts of each
-- agency's messages (portal.fcgi cannot read private.db, so admin.fcgi
-- computes them). Published messages are searchable as a new kind.
CREATE TABLE published_messages (
    id          INTEGER PRIMARY KEY,        -- private.db messages.id
    owner_id    INTEGER NOT NULL REFERENCES agencies(id),
    kind        TEXT NOT NULL CHECK (kind IN ('consult', 'suggest', 'complain')),
    subject     TEXT NOT NULL,
    question    TEXT NOT NULL,
    answer      TEXT NOT NULL,
    asked_on    TEXT NOT NULL,              -- YYYY-MM-DD (Beijing)
    answered_on TEXT NOT NULL,
    published_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX published_messages_owner ON published_messages (owner_id, answered_on);
CREATE INDEX published_messages_answered ON published_messages (answered_on);

-- Per agency and month of receipt: received, answered, answered on time, and
-- the sum of working days from receipt to reply (average = sum / answered).
CREATE TABLE message_stats (
    owner_id      INTEGER NOT NULL REFERENCES agencies(id),
    month         TEXT NOT NULL,            -- YYYY-MM
    received      INTEGER NOT NULL,
    answered      INTEGER NOT NULL,
    on_time       INTEGER NOT NULL,
    workdays_sum  INTEGER NOT NULL,
    PRIMARY KEY (owner_id, month)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER published_messages_version_ai AFTER INSERT ON published_messages BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER published_messages_version_au AFTER UPDATE ON published_messages BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER published_messages_version_ad AFTER DELETE ON published_messages BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER message_stats_version_ai AFTER INSERT ON message_stats BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER message_stats_version_au AFTER UPDATE ON message_stats BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER message_stats_version_ad AFTER DELETE ON message_stats BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;

-- search_docs.kind gains 'message': SQLite cannot change a CHECK in place, so
-- the table is rebuilt with its rows and ids (the FTS index, external
-- content keyed by id, stays valid). legacy_alter_table: the rename must not
-- re-check the triggers of other tables that name search_docs meanwhile.
PRAGMA legacy_alter_table = ON;
CREATE TABLE search_docs_new (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('entry', 'guide', 'news', 'report', 'message')),
    ref_id      INTEGER NOT NULL,
    owner_id    INTEGER,
    posted_on   TEXT,
    title       TEXT NOT NULL,
    docno       TEXT NOT NULL DEFAULT '',
    keywords    TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '',
    attachments TEXT NOT NULL DEFAULT '',
    scope       TEXT GENERATED ALWAYS AS ('o' || coalesce(owner_id, 0) || ' k' || kind) VIRTUAL,
    UNIQUE (kind, ref_id)
) STRICT;
INSERT INTO search_docs_new (id, kind, ref_id, owner_id, posted_on, title, docno, keywords, body, attachments)
    SELECT id, kind, ref_id, owner_id, posted_on, title, docno, keywords, body, attachments FROM search_docs ORDER BY id;
DROP TABLE search_docs;
ALTER TABLE search_docs_new RENAME TO search_docs;
PRAGMA legacy_alter_table = OFF;
CREATE INDEX search_docs_owner ON search_docs (owner_id, posted_on);
CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
    INSERT INTO search_fts (rowid, title, docno, keywords, body, attachments, scope)
    VALUES (new.id, new.title, new.docno, new.keywords, new.body, new.attachments, new.scope);
END;
CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, docno, keywords, body, attachments, scope)
    VALUES ('delete', old.id, old.title, old.docno, old.keywords, old.body, old.attachments, old.scope);
END;
CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, docno, keywords, body, attachments, scope)
    VALUES ('delete', old.id, old.title, old.docno, old.keywords, old.body, old.attachments, old.scope);
    INSERT INTO search_fts (rowid, title, docno, keywords, body, attachments, scope)
    VALUES (new.id, new.title, new.docno, new.keywords, new.body, new.attachments, new.scope);
END;

-- The view of migration 6 plus published messages: the subject is the title,
-- question and answer the body.
DROP VIEW search_source;
CREATE VIEW search_source (kind, ref_id, owner_id, posted_on, title, docno, keywords, body, attachments) AS
    SELECT 'entry', e.id, (SELECT coalesce(parent_id, id) FROM agencies WHERE id = e.agency_id),
           e.published_on, e.title, e.doc_no, e.keywords, e.body_md,
           coalesce((SELECT text FROM search_attachment_text WHERE owner_kind = 'entry' AND owner_id = e.id), '')
    FROM entries e WHERE e.status = 'published'
    UNION ALL
    SELECT 'guide', g.id, (SELECT coalesce(parent_id, id) FROM agencies WHERE id = g.agency_id),
           g.updated_on, g.name, '', '',
           -- Paragraphs apart (two line breaks), so snippets show them apart.
           g.conditions_md || char(10, 10)
           || coalesce((SELECT group_concat(name || ' ' || notes, char(10, 10)) FROM guide_materials WHERE guide_id = g.id), '')
           || char(10, 10)
           || coalesce((SELECT group_concat(title || ' ' || description, char(10, 10)) FROM guide_steps WHERE guide_id = g.id), '')
           || char(10, 10) || g.legal_basis_md || char(10, 10) || g.location || char(10, 10) || g.fee
           || char(10, 10) || g.faq_md,
           coalesce((SELECT text FROM search_attachment_text WHERE owner_kind = 'guide' AND owner_id = g.id), '')
    FROM guides g WHERE g.status = 'published'
    UNION ALL
    SELECT 'news', n.id,
           coalesce((SELECT coalesce(parent_id, id) FROM agencies WHERE id = n.agency_id), n.owner_id),
           n.published_on, n.title, '', '', n.body_md,
           coalesce((SELECT text FROM search_attachment_text WHERE owner_kind = 'news' AND owner_id = n.id), '')
    FROM news n WHERE n.status = 'published'
    UNION ALL
    SELECT 'report', r.id, r.agency_id, r.published_on, r.title, '', '',
           r.body_md || char(10) || r.section1_md || char(10) || r.section5_md || char(10) || r.section6_md,
           coalesce((SELECT text FROM search_attachment_text WHERE owner_kind = 'report' AND owner_id = r.id), '')
    FROM annual_reports r WHERE r.status = 'published'
    UNION ALL
    SELECT 'message', m.id, m.owner_id, m.answered_on, m.subject, '', '',
           m.question || char(10, 10) || m.answer, ''
    FROM published_messages m;

CREATE TRIGGER published_messages_search_ai AFTER INSERT ON published_messages BEGIN
    INSERT INTO search_docs (id, kind, ref_id, owner_id, posted_on, title, docno, keywords, body, attachments)
    SELECT (SELECT coalesce(min(id), 0) - 1 FROM search_docs), * FROM search_source WHERE kind = 'message' AND ref_id = new.id;
END;
CREATE TRIGGER published_messages_search_au AFTER UPDATE ON published_messages BEGIN
    DELETE FROM search_docs WHERE kind = 'message' AND ref_id = old.id;
    INSERT INTO search_docs (id, kind, ref_id, owner_id, posted_on, title, docno, keywords, body, attachments)
    SELECT (SELECT coalesce(min(id), 0) - 1 FROM search_docs), * FROM search_source WHERE kind = 'message' AND ref_id = new.id;
END;
CREATE TRIGGER published_messages_search_ad AFTER DELETE ON published_messages BEGIN
    DELETE FROM search_docs WHERE kind = 'message' AND ref_id = old.id;
END;
