-- content.db, migration 1: everything that may be public.
-- The public process opens this file read-only; staff edits go through admin.fcgi.
-- Status columns: 'draft' -> 'review' -> 'published' (or back to 'returned').

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- One row; bumped by triggers on every content change so caches and ETags follow edits.
CREATE TABLE content_version (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    version    INTEGER NOT NULL,
    changed_at TEXT NOT NULL
) STRICT;
INSERT INTO content_version VALUES (1, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

CREATE TABLE agencies (
    id                INTEGER PRIMARY KEY,
    parent_id         INTEGER REFERENCES agencies(id),
    kind              TEXT NOT NULL CHECK (kind IN ('bureau', 'office', 'unit')),
    name              TEXT NOT NULL,
    uscc              TEXT,             -- 统一社会信用代码, used in index numbers
    duties_md         TEXT NOT NULL DEFAULT '',
    address           TEXT NOT NULL DEFAULT '',
    postcode          TEXT NOT NULL DEFAULT '',
    office_hours      TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    fax               TEXT NOT NULL DEFAULT '',
    email             TEXT NOT NULL DEFAULT '',
    supervision_phone TEXT NOT NULL DEFAULT '',
    sort              INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Category schemes: 主题分类 (topic), 体裁分类 (genre), 事项类型 (service_type), 服务主题 (service_theme).
CREATE TABLE categories (
    id     INTEGER PRIMARY KEY,
    scheme TEXT NOT NULL CHECK (scheme IN ('topic', 'genre', 'service_type', 'service_theme')),
    code   TEXT NOT NULL,
    name   TEXT NOT NULL,
    sort   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (scheme, code)
) STRICT;

-- 政府信息公开目录: the live (published) state of each entry.
CREATE TABLE entries (
    id                INTEGER PRIMARY KEY,
    index_no          TEXT UNIQUE,      -- 索引号, assigned at first publication
    title             TEXT NOT NULL,
    doc_no            TEXT NOT NULL DEFAULT '',   -- 文号
    agency_id         INTEGER NOT NULL REFERENCES agencies(id),
    topic_id          INTEGER REFERENCES categories(id),
    genre_id          INTEGER REFERENCES categories(id),
    written_on        TEXT,             -- 成文日期
    published_on      TEXT,             -- 发布日期
    keywords          TEXT NOT NULL DEFAULT '',
    validity          TEXT NOT NULL DEFAULT 'valid' CHECK (validity IN ('valid', 'repealed', 'expired')),
    validity_note     TEXT NOT NULL DEFAULT '',
    disclosure_method TEXT NOT NULL DEFAULT '主动公开',
    disclosure_scope  TEXT NOT NULL DEFAULT '面向社会',
    body_md           TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'draft'
                      CHECK (status IN ('draft', 'review', 'published', 'returned')),
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX entries_published ON entries (status, published_on DESC, id DESC);
CREATE INDEX entries_topic ON entries (topic_id, published_on DESC);
CREATE INDEX entries_genre ON entries (genre_id, published_on DESC);
CREATE INDEX entries_agency ON entries (agency_id, published_on DESC);

-- Every version of an entry: drafts under review and the public change history.
CREATE TABLE entry_revisions (
    id             INTEGER PRIMARY KEY,
    entry_id       INTEGER NOT NULL REFERENCES entries(id),
    rev_no         INTEGER NOT NULL,
    status         TEXT NOT NULL DEFAULT 'draft'
                   CHECK (status IN ('draft', 'review', 'published', 'returned', 'superseded')),
    title          TEXT NOT NULL,
    doc_no         TEXT NOT NULL DEFAULT '',
    agency_id      INTEGER NOT NULL REFERENCES agencies(id),
    topic_id       INTEGER REFERENCES categories(id),
    genre_id       INTEGER REFERENCES categories(id),
    written_on     TEXT,
    keywords       TEXT NOT NULL DEFAULT '',
    validity       TEXT NOT NULL DEFAULT 'valid',
    validity_note  TEXT NOT NULL DEFAULT '',
    body_md        TEXT NOT NULL DEFAULT '',
    change_note    TEXT NOT NULL DEFAULT '',
    author_id      INTEGER,             -- staff user id in private.db
    reviewer_id    INTEGER,
    secrecy_checked INTEGER NOT NULL DEFAULT 0,  -- 保密审查 attested by the reviewer
    review_comment TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    published_at   TEXT,
    UNIQUE (entry_id, rev_no)
) STRICT;

-- Files of every kind of content, stored in the database so one backup holds all.
CREATE TABLE attachments (
    id         INTEGER PRIMARY KEY,
    owner_kind TEXT NOT NULL CHECK (owner_kind IN ('entry', 'guide', 'news', 'report', 'page')),
    owner_id   INTEGER NOT NULL,
    filename   TEXT NOT NULL,
    mime       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    sha256     TEXT NOT NULL,
    data       BLOB NOT NULL,
    sort       INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX attachments_owner ON attachments (owner_kind, owner_id, sort);

-- 办事指南
CREATE TABLE guides (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,      -- 事项名称
    type_id          INTEGER NOT NULL REFERENCES categories(id),  -- 事项类型
    theme_id         INTEGER NOT NULL REFERENCES categories(id),  -- 服务主题
    agency_id        INTEGER NOT NULL REFERENCES agencies(id),    -- 实施主体
    legal_basis_md   TEXT NOT NULL DEFAULT '',   -- 设定依据
    conditions_md    TEXT NOT NULL DEFAULT '',   -- 受理条件
    legal_limit      TEXT NOT NULL DEFAULT '',   -- 法定时限
    promised_limit   TEXT NOT NULL DEFAULT '',   -- 承诺时限
    fee              TEXT NOT NULL DEFAULT '',   -- 收费标准; empty means 不收费
    location         TEXT NOT NULL DEFAULT '',   -- 办理地点
    hours            TEXT NOT NULL DEFAULT '',   -- 办理时间
    consult_phone    TEXT NOT NULL DEFAULT '',
    complaint_phone  TEXT NOT NULL DEFAULT '',
    visits           INTEGER NOT NULL DEFAULT 1, -- 到现场次数
    faq_md           TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'draft'
                     CHECK (status IN ('draft', 'review', 'published', 'returned')),
    updated_on       TEXT,
    sort             INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE guide_materials (
    id             INTEGER PRIMARY KEY,
    guide_id       INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
    sort           INTEGER NOT NULL DEFAULT 0,
    name           TEXT NOT NULL,
    form           TEXT NOT NULL DEFAULT '原件',   -- 原件 / 复印件 / 原件和复印件
    copies         INTEGER NOT NULL DEFAULT 1,
    required       INTEGER NOT NULL DEFAULT 1,
    notes          TEXT NOT NULL DEFAULT '',
    blank_form_id  INTEGER REFERENCES attachments(id),
    sample_id      INTEGER REFERENCES attachments(id)
) STRICT;

CREATE TABLE guide_steps (
    id          INTEGER PRIMARY KEY,
    guide_id    INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
    sort        INTEGER NOT NULL DEFAULT 0,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
) STRICT;

-- 工作动态
CREATE TABLE news (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    agency_id    INTEGER REFERENCES agencies(id),
    published_on TEXT,
    body_md      TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'draft'
                 CHECK (status IN ('draft', 'review', 'published', 'returned'))
) STRICT;
CREATE INDEX news_published ON news (status, published_on DESC);

-- Static pages: 公开指南 (disclosure-guide), 机构职能, 无障碍声明 ...
CREATE TABLE pages (
    slug       TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    body_md    TEXT NOT NULL DEFAULT '',
    updated_on TEXT
) STRICT;

-- 政府信息公开工作年度报告. Legacy reports are plain text (body_md); reports built
-- from the data fill the section texts and figures instead.
CREATE TABLE annual_reports (
    year         INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    body_md      TEXT NOT NULL DEFAULT '',
    section1_md  TEXT NOT NULL DEFAULT '',
    section5_md  TEXT NOT NULL DEFAULT '',
    section6_md  TEXT NOT NULL DEFAULT '',
    published_on TEXT,
    status       TEXT NOT NULL DEFAULT 'draft'
                 CHECK (status IN ('draft', 'review', 'published', 'returned'))
) STRICT;

-- Clerk-entered numbers of sections 二 and 四 and frozen section 三 figures, by key.
CREATE TABLE annual_report_figures (
    year  INTEGER NOT NULL REFERENCES annual_reports(year),
    key   TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (year, key)
) STRICT;

-- Working-day calendar: only the exceptions to Monday-Friday, per covered year.
CREATE TABLE calendar_years (
    year      INTEGER PRIMARY KEY,
    source    TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE calendar_days (
    day  TEXT PRIMARY KEY,               -- YYYY-MM-DD
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    note TEXT NOT NULL DEFAULT ''
) STRICT;

-- Search: one plain table of every public document (short queries scan it),
-- and a trigram FTS5 index over it for queries of three or more characters.
CREATE TABLE search_docs (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('entry', 'guide', 'news', 'report')),
    ref_id    INTEGER NOT NULL,
    title     TEXT NOT NULL,
    body      TEXT NOT NULL,
    posted_on TEXT,
    UNIQUE (kind, ref_id)
) STRICT;
CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body, content='search_docs', content_rowid='id', tokenize='trigram');

CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
    INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO search_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

-- Keep search_docs in step with what is published.
CREATE TRIGGER entries_search_ai AFTER INSERT ON entries WHEN new.status = 'published' BEGIN
    INSERT INTO search_docs (kind, ref_id, title, body, posted_on)
    VALUES ('entry', new.id, new.title, new.doc_no || ' ' || new.keywords || ' ' || new.body_md, new.published_on);
END;
CREATE TRIGGER entries_search_au AFTER UPDATE ON entries BEGIN
    DELETE FROM search_docs WHERE kind = 'entry' AND ref_id = old.id;
    INSERT INTO search_docs (kind, ref_id, title, body, posted_on)
    SELECT 'entry', new.id, new.title, new.doc_no || ' ' || new.keywords || ' ' || new.body_md, new.published_on
    WHERE new.status = 'published';
END;
CREATE TRIGGER entries_search_ad AFTER DELETE ON entries BEGIN
    DELETE FROM search_docs WHERE kind = 'entry' AND ref_id = old.id;
END;

CREATE TRIGGER guides_search_ai AFTER INSERT ON guides WHEN new.status = 'published' BEGIN
    INSERT INTO search_docs (kind, ref_id, title, body, posted_on)
    VALUES ('guide', new.id, new.name, new.conditions_md || ' ' || new.legal_basis_md || ' ' || new.faq_md, new.updated_on);
END;
CREATE TRIGGER guides_search_au AFTER UPDATE ON guides BEGIN
    DELETE FROM search_docs WHERE kind = 'guide' AND ref_id = old.id;
    INSERT INTO search_docs (kind, ref_id, title, body, posted_on)
    SELECT 'guide', new.id, new.name, new.conditions_md || ' ' || new.legal_basis_md || ' ' || new.faq_md, new.updated_on
    WHERE new.status = 'published';
END;
CREATE TRIGGER guides_search_ad AFTER DELETE ON guides BEGIN
    DELETE FROM search_docs WHERE kind = 'guide' AND ref_id = old.id;
END;

CREATE TRIGGER news_search_ai AFTER INSERT ON news WHEN new.status = 'published' BEGIN
    INSERT INTO search_docs (kind, ref_id, title, body, posted_on)
    VALUES ('news', new.id, new.title, new.body_md, new.published_on);
END;
CREATE TRIGGER news_search_au AFTER UPDATE ON news BEGIN
    DELETE FROM search_docs WHERE kind = 'news' AND ref_id = old.id;
    INSERT INTO search_docs (kind, ref_id, title, body, posted_on)
    SELECT 'news', new.id, new.title, new.body_md, new.published_on WHERE new.status = 'published';
END;
CREATE TRIGGER news_search_ad AFTER DELETE ON news BEGIN
    DELETE FROM search_docs WHERE kind = 'news' AND ref_id = old.id;
END;

CREATE TRIGGER reports_search_ai AFTER INSERT ON annual_reports WHEN new.status = 'published' BEGIN
    INSERT INTO search_docs (kind, ref_id, title, body, posted_on)
    VALUES ('report', new.year, new.title,
            new.body_md || ' ' || new.section1_md || ' ' || new.section5_md || ' ' || new.section6_md, new.published_on);
END;
CREATE TRIGGER reports_search_au AFTER UPDATE ON annual_reports BEGIN
    DELETE FROM search_docs WHERE kind = 'report' AND ref_id = old.year;
    INSERT INTO search_docs (kind, ref_id, title, body, posted_on)
    SELECT 'report', new.year, new.title,
           new.body_md || ' ' || new.section1_md || ' ' || new.section5_md || ' ' || new.section6_md, new.published_on
    WHERE new.status = 'published';
END;
CREATE TRIGGER reports_search_ad AFTER DELETE ON annual_reports BEGIN
    DELETE FROM search_docs WHERE kind = 'report' AND ref_id = old.year;
END;

-- Every change to public content bumps content_version (render cache and ETags follow it).
CREATE TRIGGER settings_version_ai AFTER INSERT ON settings BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER settings_version_au AFTER UPDATE ON settings BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER settings_version_ad AFTER DELETE ON settings BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER agencies_version_ai AFTER INSERT ON agencies BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER agencies_version_au AFTER UPDATE ON agencies BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER agencies_version_ad AFTER DELETE ON agencies BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER categories_version_ai AFTER INSERT ON categories BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER categories_version_au AFTER UPDATE ON categories BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER categories_version_ad AFTER DELETE ON categories BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER entries_version_ai AFTER INSERT ON entries BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER entries_version_au AFTER UPDATE ON entries BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER entries_version_ad AFTER DELETE ON entries BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER entry_revisions_version_ai AFTER INSERT ON entry_revisions BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER entry_revisions_version_au AFTER UPDATE ON entry_revisions BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER entry_revisions_version_ad AFTER DELETE ON entry_revisions BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER attachments_version_ai AFTER INSERT ON attachments BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER attachments_version_au AFTER UPDATE ON attachments BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER attachments_version_ad AFTER DELETE ON attachments BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER guides_version_ai AFTER INSERT ON guides BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER guides_version_au AFTER UPDATE ON guides BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER guides_version_ad AFTER DELETE ON guides BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER guide_materials_version_ai AFTER INSERT ON guide_materials BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER guide_materials_version_au AFTER UPDATE ON guide_materials BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER guide_materials_version_ad AFTER DELETE ON guide_materials BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER guide_steps_version_ai AFTER INSERT ON guide_steps BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER guide_steps_version_au AFTER UPDATE ON guide_steps BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER guide_steps_version_ad AFTER DELETE ON guide_steps BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER news_version_ai AFTER INSERT ON news BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER news_version_au AFTER UPDATE ON news BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER news_version_ad AFTER DELETE ON news BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER pages_version_ai AFTER INSERT ON pages BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER pages_version_au AFTER UPDATE ON pages BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER pages_version_ad AFTER DELETE ON pages BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER annual_reports_version_ai AFTER INSERT ON annual_reports BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER annual_reports_version_au AFTER UPDATE ON annual_reports BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER annual_reports_version_ad AFTER DELETE ON annual_reports BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER annual_report_figures_version_ai AFTER INSERT ON annual_report_figures BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER annual_report_figures_version_au AFTER UPDATE ON annual_report_figures BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER annual_report_figures_version_ad AFTER DELETE ON annual_report_figures BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER calendar_years_version_ai AFTER INSERT ON calendar_years BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER calendar_years_version_au AFTER UPDATE ON calendar_years BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER calendar_years_version_ad AFTER DELETE ON calendar_years BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER calendar_days_version_ai AFTER INSERT ON calendar_days BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER calendar_days_version_au AFTER UPDATE ON calendar_days BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER calendar_days_version_ad AFTER DELETE ON calendar_days BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
