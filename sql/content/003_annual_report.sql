-- content.db, migration 3: annual reports built from the data (issue 6).
-- format 'legacy': one Markdown text (body_md), as reports were before;
-- format 'template': sections 一/五/六 as Markdown plus the tables of
-- sections 二/三/四, whose numbers live in annual_report_figures. Publishing
-- freezes the computed numbers there (frozen_at), so the public page never
-- changes when applications or catalogue entries change later.
ALTER TABLE annual_reports ADD COLUMN format TEXT NOT NULL DEFAULT 'legacy'
    CHECK (format IN ('legacy', 'template'));
ALTER TABLE annual_reports ADD COLUMN review_comment TEXT NOT NULL DEFAULT '';
ALTER TABLE annual_reports ADD COLUMN frozen_at TEXT;
