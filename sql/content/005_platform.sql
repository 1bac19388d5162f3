-- content.db, migration 5: one platform for a whole government (issue 10).
-- The platform's unit is the agency: a top-level row of `agencies` (parent_id
-- IS NULL) with a URL code and a level (本级政府 / 部门 / 乡镇（街道）). Rows
-- with a parent are that agency's internal offices and subordinate units, as
-- before; a unit's parent is always a top-level agency, so an agency's
-- "owner" is coalesce(parent_id, id). Every piece of content belongs to one
-- owner agency: entries, guides and news through owner_id (kept by triggers
-- from agency_id), pages and annual reports through agency_id.
--
-- An existing single-agency database becomes a platform with that agency in
-- it: it gets the code 'a' || id (staff rename it), level 部门, and the
-- setting legacy_agency_id so that the old URLs (/disclosure-guide,
-- /reports/2012 ...) answer with a 301 to the agency's new place.

-- That version let an office or unit have no 上级机构 and let units nest under
-- offices or other units. The platform has one level of units under each
-- agency: a row without a parent joins the first bureau (the install's own
-- agency, which the old URLs belong to below), a nested row joins the agency at
-- the top of its tree. Their content keeps its 发布机构 and so belongs to that
-- agency. Nothing happens on a fresh database or on the demo's shape.
UPDATE agencies SET parent_id = (SELECT min(id) FROM agencies WHERE kind = 'bureau' AND parent_id IS NULL)
    WHERE parent_id IS NULL AND kind <> 'bureau';
WITH RECURSIVE tree (id, top) AS (
    SELECT id, id FROM agencies WHERE parent_id IS NULL
    UNION ALL
    SELECT a.id, tree.top FROM agencies a JOIN tree ON a.parent_id = tree.id
)
UPDATE agencies SET parent_id = coalesce((SELECT top FROM tree WHERE tree.id = agencies.id), parent_id)
    WHERE parent_id IN (SELECT id FROM agencies WHERE parent_id IS NOT NULL);

ALTER TABLE agencies ADD COLUMN code TEXT;
ALTER TABLE agencies ADD COLUMN level TEXT
    CHECK (level IS NULL OR level IN ('government', 'department', 'township'));
CREATE UNIQUE INDEX agencies_code ON agencies (code) WHERE code IS NOT NULL;
UPDATE agencies SET code = 'a' || id, level = 'department' WHERE parent_id IS NULL;
INSERT INTO settings (key, value)
    SELECT 'legacy_agency_id', CAST(min(id) AS TEXT) FROM agencies WHERE parent_id IS NULL
    HAVING count(*) > 0;

-- Per-agency settings: the application office (申请受理机构) and anything
-- else that differs between agencies; platform-wide settings stay in `settings`.
CREATE TABLE agency_settings (
    agency_id INTEGER NOT NULL REFERENCES agencies(id),
    key       TEXT NOT NULL,
    value     TEXT NOT NULL,
    PRIMARY KEY (agency_id, key)
) STRICT;
INSERT INTO agency_settings (agency_id, key, value)
    SELECT a.id, s.key, s.value FROM agencies a, settings s
    WHERE a.parent_id IS NULL AND s.key LIKE 'applications\_%' ESCAPE '\';
DELETE FROM settings WHERE key LIKE 'applications\_%' ESCAPE '\';

-- 法定主动公开内容 is organised by the items of Art. 20 (1-15); NULL = not filed under one.
ALTER TABLE entries ADD COLUMN art20 INTEGER CHECK (art20 IS NULL OR art20 BETWEEN 1 AND 15);
ALTER TABLE entry_revisions ADD COLUMN art20 INTEGER CHECK (art20 IS NULL OR art20 BETWEEN 1 AND 15);
-- From the 体裁 the demo and earlier versions used; staff can change each entry.
UPDATE entries SET art20 = CASE (SELECT code FROM categories WHERE id = entries.genre_id)
    WHEN 'gz' THEN 1 WHEN 'gfxwj' THEN 1 WHEN 'tjxx' THEN 4 WHEN 'czyjs' THEN 7
    WHEN 'rsxx' THEN 14 WHEN 'gzjh' THEN 3 ELSE NULL END;
UPDATE entry_revisions SET art20 = (SELECT art20 FROM entries WHERE entries.id = entry_revisions.entry_id);

-- Owner agency of entries, guides and news (the top-level agency of agency_id).
ALTER TABLE entries ADD COLUMN owner_id INTEGER REFERENCES agencies(id);
ALTER TABLE guides ADD COLUMN owner_id INTEGER REFERENCES agencies(id);
ALTER TABLE news ADD COLUMN owner_id INTEGER REFERENCES agencies(id);
UPDATE entries SET owner_id = (SELECT coalesce(parent_id, id) FROM agencies WHERE id = entries.agency_id);
UPDATE guides SET owner_id = (SELECT coalesce(parent_id, id) FROM agencies WHERE id = guides.agency_id);
UPDATE news SET owner_id = coalesce((SELECT coalesce(parent_id, id) FROM agencies WHERE id = news.agency_id),
                                    (SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'legacy_agency_id'));
CREATE INDEX entries_owner ON entries (owner_id, status, published_on DESC, id DESC);
CREATE INDEX guides_owner ON guides (owner_id, status);
CREATE INDEX news_owner ON news (owner_id, status, published_on DESC);

CREATE TRIGGER entries_owner_ai AFTER INSERT ON entries BEGIN
    UPDATE entries SET owner_id = (SELECT coalesce(parent_id, id) FROM agencies WHERE id = new.agency_id)
    WHERE id = new.id;
END;
CREATE TRIGGER entries_owner_au AFTER UPDATE OF agency_id ON entries BEGIN
    UPDATE entries SET owner_id = (SELECT coalesce(parent_id, id) FROM agencies WHERE id = new.agency_id)
    WHERE id = new.id;
END;
CREATE TRIGGER guides_owner_ai AFTER INSERT ON guides BEGIN
    UPDATE guides SET owner_id = (SELECT coalesce(parent_id, id) FROM agencies WHERE id = new.agency_id)
    WHERE id = new.id;
END;
CREATE TRIGGER guides_owner_au AFTER UPDATE OF agency_id ON guides BEGIN
    UPDATE guides SET owner_id = (SELECT coalesce(parent_id, id) FROM agencies WHERE id = new.agency_id)
    WHERE id = new.id;
END;
-- News without a 发布机构 keeps the owner it was created with (set by admin.fcgi).
CREATE TRIGGER news_owner_ai AFTER INSERT ON news WHEN new.agency_id IS NOT NULL BEGIN
    UPDATE news SET owner_id = (SELECT coalesce(parent_id, id) FROM agencies WHERE id = new.agency_id)
    WHERE id = new.id;
END;
CREATE TRIGGER news_owner_au AFTER UPDATE OF agency_id ON news WHEN new.agency_id IS NOT NULL BEGIN
    UPDATE news SET owner_id = (SELECT coalesce(parent_id, id) FROM agencies WHERE id = new.agency_id)
    WHERE id = new.id;
END;

-- Static pages per agency (公开指南, 公开制度, 机构职能); agency_id NULL = the
-- platform's own pages (无障碍声明). Nothing references pages, so the table is rebuilt.
CREATE TABLE pages_new (
    id         INTEGER PRIMARY KEY,
    agency_id  INTEGER REFERENCES agencies(id),
    slug       TEXT NOT NULL,
    title      TEXT NOT NULL,
    body_md    TEXT NOT NULL DEFAULT '',
    updated_on TEXT
) STRICT;
INSERT INTO pages_new (agency_id, slug, title, body_md, updated_on)
    SELECT CASE WHEN slug = 'accessibility' THEN NULL
                ELSE (SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'legacy_agency_id') END,
           slug, title, body_md, updated_on
    FROM pages;
DROP TABLE pages;
ALTER TABLE pages_new RENAME TO pages;
CREATE UNIQUE INDEX pages_agency_slug ON pages (ifnull(agency_id, 0), slug);
CREATE TRIGGER pages_version_ai AFTER INSERT ON pages BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER pages_version_au AFTER UPDATE ON pages BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER pages_version_ad AFTER DELETE ON pages BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;

-- Annual reports per agency: (agency_id, year) instead of year alone. The
-- figures table is the only one that references it; both are rebuilt, the
-- figures first (child before parent), through copies.
CREATE TEMP TABLE old_reports AS SELECT * FROM annual_reports;
CREATE TEMP TABLE old_figures AS SELECT * FROM annual_report_figures;
DROP TABLE annual_report_figures;
DROP TABLE annual_reports;
CREATE TABLE annual_reports (
    id             INTEGER PRIMARY KEY,
    agency_id      INTEGER NOT NULL REFERENCES agencies(id),
    year           INTEGER NOT NULL,
    title          TEXT NOT NULL,
    body_md        TEXT NOT NULL DEFAULT '',
    section1_md    TEXT NOT NULL DEFAULT '',
    section5_md    TEXT NOT NULL DEFAULT '',
    section6_md    TEXT NOT NULL DEFAULT '',
    published_on   TEXT,
    status         TEXT NOT NULL DEFAULT 'draft'
                   CHECK (status IN ('draft', 'review', 'published', 'returned')),
    format         TEXT NOT NULL DEFAULT 'legacy' CHECK (format IN ('legacy', 'template')),
    review_comment TEXT NOT NULL DEFAULT '',
    frozen_at      TEXT,
    UNIQUE (agency_id, year)
) STRICT;
CREATE TABLE annual_report_figures (
    report_id INTEGER NOT NULL REFERENCES annual_reports(id),
    key       TEXT NOT NULL,
    value     TEXT NOT NULL,
    PRIMARY KEY (report_id, key)
) STRICT;
INSERT INTO annual_reports (agency_id, year, title, body_md, section1_md, section5_md, section6_md,
                            published_on, status, format, review_comment, frozen_at)
    SELECT (SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'legacy_agency_id'), year, title, body_md,
           section1_md, section5_md, section6_md, published_on, status, format, review_comment, frozen_at
    FROM old_reports;
INSERT INTO annual_report_figures (report_id, key, value)
    SELECT r.id, f.key, f.value FROM old_figures f JOIN annual_reports r ON r.year = f.year;
DROP TABLE old_reports;
DROP TABLE old_figures;

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
CREATE TRIGGER agency_settings_version_ai AFTER INSERT ON agency_settings BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER agency_settings_version_au AFTER UPDATE ON agency_settings BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;
CREATE TRIGGER agency_settings_version_ad AFTER DELETE ON agency_settings BEGIN
    UPDATE content_version SET version = version + 1, changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
END;

-- Search documents carry their owner agency (the agency facet and per-agency
-- search). Reports are now keyed by annual_reports.id, not by year.
ALTER TABLE search_docs ADD COLUMN owner_id INTEGER;
CREATE INDEX search_docs_owner ON search_docs (owner_id, posted_on);
UPDATE search_docs SET owner_id = CASE kind
    WHEN 'entry' THEN (SELECT owner_id FROM entries WHERE id = ref_id)
    WHEN 'guide' THEN (SELECT owner_id FROM guides WHERE id = ref_id)
    WHEN 'news' THEN (SELECT owner_id FROM news WHERE id = ref_id)
    END;
DELETE FROM search_docs WHERE kind = 'report';
INSERT INTO search_docs (kind, ref_id, posted_on, title, body, owner_id)
    SELECT 'report', id, published_on, title,
           body_md || ' ' || section1_md || ' ' || section5_md || ' ' || section6_md, agency_id
    FROM annual_reports WHERE status = 'published';

DROP TRIGGER entries_search_ai;
DROP TRIGGER entries_search_au;
DROP TRIGGER guides_search_ai;
DROP TRIGGER guides_search_au;
DROP TRIGGER news_search_ai;
DROP TRIGGER news_search_au;
-- The owner triggers above run after these, so the documents read the owner
-- from the agency, not from the row.
CREATE TRIGGER entries_search_ai AFTER INSERT ON entries WHEN new.status = 'published' BEGIN
    INSERT INTO search_docs (kind, ref_id, title, body, posted_on, owner_id)
    VALUES ('entry', new.id, new.title, new.doc_no || ' ' || new.keywords || ' ' || new.body_md, new.published_on,
            (SELECT coalesce(parent_id, id) FROM agencies WHERE id = new.agency_id));
END;
CREATE TRIGGER entries_search_au AFTER UPDATE ON entries BEGIN
    DELETE FROM search_docs WHERE kind = 'entry' AND ref_id = old.id;
    INSERT INTO search_docs (kind, ref_id, title, body, posted_on, owner_id)
    SELECT 'entry', new.id, new.title, new.doc_no || ' ' || new.keywords || ' ' || new.body_md, new.published_on,
           (SELECT coalesce(parent_id, id) FROM agencies WHERE id = new.agency_id)
    WHERE new.status = 'published';
END;
CREATE TRIGGER guides_search_ai AFTER INSERT ON guides WHEN new.status = 'published' BEGIN
    INSERT INTO search_docs (kind, ref_id, title, body, posted_on, owner_id)
    VALUES ('guide', new.id, new.name, new.conditions_md || ' ' || new.legal_basis_md || ' ' || new.faq_md,
            new.updated_on, (SELECT coalesce(parent_id, id) FROM agencies WHERE id = new.agency_id));
END;
CREATE TRIGGER guides_search_au AFTER UPDATE ON guides BEGIN
    DELETE FROM search_docs WHERE kind = 'guide' AND ref_id = old.id;
    INSERT INTO search_docs (kind, ref_id, title, body, posted_on, owner_id)
    SELECT 'guide', new.id, new.name, new.conditions_md || ' ' || new.legal_basis_md || ' ' || new.faq_md,
           new.updated_on, (SELECT coalesce(parent_id, id) FROM agencies WHERE id = new.agency_id)
    WHERE new.status = 'published';
END;
CREATE TRIGGER news_search_ai AFTER INSERT ON news WHEN new.status = 'published' BEGIN
    INSERT INTO search_docs (kind, ref_id, title, body, posted_on, owner_id)
    VALUES ('news', new.id, new.title, new.body_md, new.published_on,
            coalesce((SELECT coalesce(parent_id, id) FROM agencies WHERE id = new.agency_id), new.owner_id));
END;
CREATE TRIGGER news_search_au AFTER UPDATE ON news BEGIN
    DELETE FROM search_docs WHERE kind = 'news' AND ref_id = old.id;
    INSERT INTO search_docs (kind, ref_id, title, body, posted_on, owner_id)
    SELECT 'news', new.id, new.title, new.body_md, new.published_on,
           coalesce((SELECT coalesce(parent_id, id) FROM agencies WHERE id = new.agency_id), new.owner_id)
    WHERE new.status = 'published';
END;
CREATE TRIGGER reports_search_ai AFTER INSERT ON annual_reports WHEN new.status = 'published' BEGIN
    INSERT INTO search_docs (kind, ref_id, title, body, posted_on, owner_id)
    VALUES ('report', new.id, new.title,
            new.body_md || ' ' || new.section1_md || ' ' || new.section5_md || ' ' || new.section6_md,
            new.published_on, new.agency_id);
END;
CREATE TRIGGER reports_search_au AFTER UPDATE ON annual_reports BEGIN
    DELETE FROM search_docs WHERE kind = 'report' AND ref_id = old.id;
    INSERT INTO search_docs (kind, ref_id, title, body, posted_on, owner_id)
    SELECT 'report', new.id, new.title,
           new.body_md || ' ' || new.section1_md || ' ' || new.section5_md || ' ' || new.section6_md,
           new.published_on, new.agency_id
    WHERE new.status = 'published';
END;
CREATE TRIGGER reports_search_ad AFTER DELETE ON annual_reports BEGIN
    DELETE FROM search_docs WHERE kind = 'report' AND ref_id = old.id;
END;

-- Platform settings that did not exist: the government whose platform this is
-- (its portal's identity is the existing site_name, site_code, icp, police_record).
INSERT OR IGNORE INTO settings (key, value) VALUES ('platform_name', '');
INSERT OR IGNORE INTO settings (key, value) VALUES ('parent_site_url', '');
