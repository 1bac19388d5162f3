-- content.db, migration 6: search by words (issue 11).
-- The index is built by the FTS5 tokenizer "portal_words" (cgi-bin/core/words.c:
-- ICU word segmentation), which every program of the portal registers when it
-- opens a database; the sqlite3 shell and Python load it from portal_search.so.
-- Fields are indexed apart so that a hit in the title counts for more than one
-- in 文号 or keywords, and those for more than one in the body or attachments.

DROP TABLE search_vocab;
DROP TABLE search_fts;
DROP TABLE search_docs;   -- and its triggers

-- What the public can find, one row per published document, built by the
-- view search_source (the one place that says which text of a row is searched).
CREATE TABLE search_docs (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('entry', 'guide', 'news', 'report')),
    ref_id      INTEGER NOT NULL,
    owner_id    INTEGER,
    posted_on   TEXT,
    title       TEXT NOT NULL,
    docno       TEXT NOT NULL DEFAULT '',
    keywords    TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '',
    attachments TEXT NOT NULL DEFAULT '',
    -- The owner and kind as words (o12 kguide), indexed so that a search of
    -- one agency or kind narrows inside the index instead of row by row.
    scope       TEXT GENERATED ALWAYS AS ('o' || coalesce(owner_id, 0) || ' k' || kind) VIRTUAL,
    UNIQUE (kind, ref_id)
) STRICT;
CREATE INDEX search_docs_owner ON search_docs (owner_id, posted_on);

CREATE VIRTUAL TABLE search_fts USING fts5(
    title, docno, keywords, body, attachments, scope,
    content='search_docs', content_rowid='id', tokenize='portal_words');
-- Document frequencies of words: how costly a query word is before running it.
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');

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

-- Text extracted from attachments (PDF, DOC, DOCX, XLS, XLSX) by admin.fcgi
-- on upload or by `portalctl extract`; never by portal.fcgi.
CREATE TABLE attachment_texts (
    attachment_id INTEGER PRIMARY KEY REFERENCES attachments(id) ON DELETE CASCADE,
    text          TEXT NOT NULL DEFAULT '',
    error         TEXT NOT NULL DEFAULT '',
    extracted_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;

CREATE VIEW search_attachment_text (owner_kind, owner_id, text) AS
    SELECT a.owner_kind, a.owner_id, group_concat(t.text, char(10))
    FROM attachments a JOIN attachment_texts t ON t.attachment_id = a.id
    WHERE t.text <> ''
    GROUP BY a.owner_kind, a.owner_id;

-- A guide's body holds what a citizen asks about: conditions, materials,
-- steps, the legal basis, where and when, and its FAQ.
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
    FROM annual_reports r WHERE r.status = 'published';

-- Newer documents get smaller ids (the newest the smallest, below zero):
-- FTS5 walks a doclist forwards lazily but backwards only after reading it
-- whole, so "the newest first" is ORDER BY rowid ASC, and cheap.
INSERT INTO search_docs (id, kind, ref_id, owner_id, posted_on, title, docno, keywords, body, attachments)
    SELECT * FROM (SELECT -row_number() OVER (ORDER BY coalesce(posted_on, ''), kind, ref_id) AS id, *
                   FROM search_source) ORDER BY id;    -- in id order: the table's pages fill up

-- One trigger body for every change: forget the document, then take it
-- again from search_source if it is (still) published.
DROP TRIGGER entries_search_ai;
DROP TRIGGER entries_search_au;
DROP TRIGGER entries_search_ad;
DROP TRIGGER guides_search_ai;
DROP TRIGGER guides_search_au;
DROP TRIGGER guides_search_ad;
DROP TRIGGER news_search_ai;
DROP TRIGGER news_search_au;
DROP TRIGGER news_search_ad;
DROP TRIGGER reports_search_ai;
DROP TRIGGER reports_search_au;
DROP TRIGGER reports_search_ad;

CREATE TRIGGER entries_search_ai AFTER INSERT ON entries WHEN new.status = 'published' BEGIN
    INSERT INTO search_docs (id, kind, ref_id, owner_id, posted_on, title, docno, keywords, body, attachments)
    SELECT (SELECT coalesce(min(id), 0) - 1 FROM search_docs), * FROM search_source WHERE kind = 'entry' AND ref_id = new.id;
END;
CREATE TRIGGER entries_search_au AFTER UPDATE ON entries BEGIN
    DELETE FROM search_docs WHERE kind = 'entry' AND ref_id = old.id;
    INSERT INTO search_docs (id, kind, ref_id, owner_id, posted_on, title, docno, keywords, body, attachments)
    SELECT (SELECT coalesce(min(id), 0) - 1 FROM search_docs), * FROM search_source WHERE kind = 'entry' AND ref_id = new.id;
END;
CREATE TRIGGER entries_search_ad AFTER DELETE ON entries BEGIN
    DELETE FROM search_docs WHERE kind = 'entry' AND ref_id = old.id;
END;
CREATE TRIGGER guides_search_ai AFTER INSERT ON guides WHEN new.status = 'published' BEGIN
    INSERT INTO search_docs (id, kind, ref_id, owner_id, posted_on, title, docno, keywords, body, attachments)
    SELECT (SELECT coalesce(min(id), 0) - 1 FROM search_docs), * FROM search_source WHERE kind = 'guide' AND ref_id = new.id;
END;
CREATE TRIGGER guides_search_au AFTER UPDATE ON guides BEGIN
    DELETE FROM search_docs WHERE kind = 'guide' AND ref_id = old.id;
    INSERT INTO search_docs (id, kind, ref_id, owner_id, posted_on, title, docno, keywords, body, attachments)
    SELECT (SELECT coalesce(min(id), 0) - 1 FROM search_docs), * FROM search_source WHERE kind = 'guide' AND ref_id = new.id;
END;
CREATE TRIGGER guides_search_ad AFTER DELETE ON guides BEGIN
    DELETE FROM search_docs WHERE kind = 'guide' AND ref_id = old.id;
END;
CREATE TRIGGER news_search_ai AFTER INSERT ON news WHEN new.status = 'published' BEGIN
    INSERT INTO search_docs (id, kind, ref_id, owner_id, posted_on, title, docno, keywords, body, attachments)
    SELECT (SELECT coalesce(min(id), 0) - 1 FROM search_docs), * FROM search_source WHERE kind = 'news' AND ref_id = new.id;
END;
CREATE TRIGGER news_search_au AFTER UPDATE ON news BEGIN
    DELETE FROM search_docs WHERE kind = 'news' AND ref_id = old.id;
    INSERT INTO search_docs (id, kind, ref_id, owner_id, posted_on, title, docno, keywords, body, attachments)
    SELECT (SELECT coalesce(min(id), 0) - 1 FROM search_docs), * FROM search_source WHERE kind = 'news' AND ref_id = new.id;
END;
CREATE TRIGGER news_search_ad AFTER DELETE ON news BEGIN
    DELETE FROM search_docs WHERE kind = 'news' AND ref_id = old.id;
END;
CREATE TRIGGER reports_search_ai AFTER INSERT ON annual_reports WHEN new.status = 'published' BEGIN
    INSERT INTO search_docs (id, kind, ref_id, owner_id, posted_on, title, docno, keywords, body, attachments)
    SELECT (SELECT coalesce(min(id), 0) - 1 FROM search_docs), * FROM search_source WHERE kind = 'report' AND ref_id = new.id;
END;
CREATE TRIGGER reports_search_au AFTER UPDATE ON annual_reports BEGIN
    DELETE FROM search_docs WHERE kind = 'report' AND ref_id = old.id;
    INSERT INTO search_docs (id, kind, ref_id, owner_id, posted_on, title, docno, keywords, body, attachments)
    SELECT (SELECT coalesce(min(id), 0) - 1 FROM search_docs), * FROM search_source WHERE kind = 'report' AND ref_id = new.id;
END;
CREATE TRIGGER reports_search_ad AFTER DELETE ON annual_reports BEGIN
    DELETE FROM search_docs WHERE kind = 'report' AND ref_id = old.id;
END;

-- A guide's materials and steps are part of its document.
CREATE TRIGGER guide_materials_search_ai AFTER INSERT ON guide_materials BEGIN
    UPDATE guides SET status = status WHERE id = new.guide_id AND status = 'published';
END;
CREATE TRIGGER guide_materials_search_ad AFTER DELETE ON guide_materials BEGIN
    UPDATE guides SET status = status WHERE id = old.guide_id AND status = 'published';
END;
CREATE TRIGGER guide_steps_search_ai AFTER INSERT ON guide_steps BEGIN
    UPDATE guides SET status = status WHERE id = new.guide_id AND status = 'published';
END;
CREATE TRIGGER guide_steps_search_ad AFTER DELETE ON guide_steps BEGIN
    UPDATE guides SET status = status WHERE id = old.guide_id AND status = 'published';
END;

-- An attachment's text changes its owner's document.
CREATE TRIGGER attachment_texts_search_ai AFTER INSERT ON attachment_texts BEGIN
    DELETE FROM search_docs WHERE (kind, ref_id) IN
        (SELECT owner_kind, owner_id FROM attachments WHERE id = new.attachment_id);
    INSERT INTO search_docs (id, kind, ref_id, owner_id, posted_on, title, docno, keywords, body, attachments)
    SELECT (SELECT coalesce(min(id), 0) - 1 FROM search_docs), s.* FROM search_source s JOIN attachments a ON s.kind = a.owner_kind AND s.ref_id = a.owner_id
    WHERE a.id = new.attachment_id;
END;
CREATE TRIGGER attachment_texts_search_ad AFTER DELETE ON attachment_texts BEGIN
    DELETE FROM search_docs WHERE (kind, ref_id) IN
        (SELECT owner_kind, owner_id FROM attachments WHERE id = old.attachment_id);
    INSERT INTO search_docs (id, kind, ref_id, owner_id, posted_on, title, docno, keywords, body, attachments)
    SELECT (SELECT coalesce(min(id), 0) - 1 FROM search_docs), s.* FROM search_source s JOIN attachments a ON s.kind = a.owner_kind AND s.ref_id = a.owner_id
    WHERE a.id = old.attachment_id;
END;

-- A deleted attachment takes its text along (explicitly: the cascade would
-- run after the attachment is gone, when its owner can no longer be found).
CREATE TRIGGER attachments_search_ad AFTER DELETE ON attachments BEGIN
    DELETE FROM attachment_texts WHERE attachment_id = old.id;
    DELETE FROM search_docs WHERE kind = old.owner_kind AND ref_id = old.owner_id;
    INSERT INTO search_docs (id, kind, ref_id, owner_id, posted_on, title, docno, keywords, body, attachments)
    SELECT (SELECT coalesce(min(id), 0) - 1 FROM search_docs), * FROM search_source WHERE kind = old.owner_kind AND ref_id = old.owner_id;
END;

-- Synonyms and abbreviations applied to queries: a query holding TERM also
-- searches for MEANS (and the other way round). Staff edit them.
CREATE TABLE search_synonyms (
    id    INTEGER PRIMARY KEY,
    term  TEXT NOT NULL CHECK (length(term) BETWEEN 1 AND 30),
    means TEXT NOT NULL CHECK (length(means) BETWEEN 1 AND 30),
    UNIQUE (term, means)
) STRICT;
INSERT INTO search_synonyms (term, means) VALUES
    ('低保', '最低生活保障'), ('低保', '低保对象'), ('年检', '年度检查'), ('年检', '年度报告'),
    ('领养', '收养'), ('结婚证', '结婚登记'), ('离婚证', '离婚登记'), ('年报', '年度报告'),
    ('高龄补贴', '高龄津贴'), ('民非', '民办非企业单位'), ('社团', '社会团体'),
    ('五保', '特困人员'), ('特困', '特困人员救助供养'), ('残补', '残疾人两项补贴'),
    ('孤儿补贴', '孤儿基本生活费'), ('困境儿童', '事实无人抚养儿童'), ('丧葬', '殡葬'),
    ('火化', '殡葬'), ('墓地', '公墓'), ('改名', '更名'), ('地名更名', '地名命名更名'),
    ('养老院', '养老机构'), ('敬老院', '特困人员供养服务机构'), ('预算', '部门预算'),
    ('决算', '部门决算'), ('依申请', '依申请公开'), ('信息公开申请', '依申请公开'),
    ('补领结婚证', '补领婚姻登记证'), ('退伍军人', '退役军人'), ('救助站', '流浪乞讨人员救助'),
    ('人社局', '人力资源和社会保障局'), ('市政府', '市人民政府'), ('建房', '住宅建设'),
    ('失业金', '失业保险金'), ('医保', '医疗保障'), ('社保', '社会保险'), ('公租房', '公共租赁住房');

-- 热门搜索: how often each normalised query was searched per day, counted by
-- `portalctl search-stats` from the search pool's query log (which holds the
-- query and the day only, nothing about who asked).
CREATE TABLE search_query_counts (
    day   TEXT NOT NULL,
    query TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (day, query)
) STRICT, WITHOUT ROWID;

-- What search shows changes with them: the render cache follows content_version.
CREATE TRIGGER attachment_texts_version_ai AFTER INSERT ON attachment_texts BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER attachment_texts_version_ad AFTER DELETE ON attachment_texts BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER search_synonyms_version_ai AFTER INSERT ON search_synonyms BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER search_synonyms_version_ad AFTER DELETE ON search_synonyms BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
