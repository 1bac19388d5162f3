/* 政府信息公开工作年度报告: /reports lists the published reports by year,
 * /reports/{year} shows one. Legacy reports are one Markdown text; reports
 * built from the data add the texts of sections 一, 五 and 六. */
#include <string.h>

#include "app.h"
#include "db.h"
#include "markdown.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"

int reports_list(struct request *req)
{
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, "政府信息公开工作年度报告", "public/reports.tpl",
                                     NAV_REPORTS);
    page_breadcrumb(&page, "年度报告", NULL);
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT year, title, coalesce(published_on, '') FROM annual_reports "
        "WHERE status = 'published' ORDER BY year DESC");
    int count = 0;
    for (; sqlite3_step(st) == SQLITE_ROW; count++) {
        struct tmpl_dict *row = tmpl_add_section(d, "report");
        tmpl_set_int(row, "year", db_int(st, 0));
        tmpl_set(row, "title", (const char *)sqlite3_column_text(st, 1));
        tmpl_set(row, "published_on", (const char *)sqlite3_column_text(st, 2));
    }
    sqlite3_reset(st);
    if (count == 0)
        tmpl_show(d, "no_reports");
    return page_render(&page);
}

/* Shows {{#NAME}} with the Markdown rendered into {{html}} when the text is not empty. */
static void add_markdown_section(struct request *req, struct tmpl_dict *d, const char *name,
                                 const char *markdown)
{
    if (!*markdown)
        return;
    tmpl_set(tmpl_add_section(d, name), "html",
             markdown_to_html(req->arena, markdown, strlen(markdown)));
}

int report_page(struct request *req)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT title, coalesce(published_on, ''), body_md, section1_md, section5_md, section6_md "
        "FROM annual_reports WHERE year = ?1 AND status = 'published'");
    sqlite3_bind_int64(st, 1, req->path_ids[0]);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_reset(st);
        return resp_error(req, 404, "没有找到该年度的政府信息公开工作年度报告。");
    }
    struct arena *a = req->arena;
    const char *title = db_text(a, st, 0);
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, title, "public/report.tpl", NAV_REPORTS);
    page_breadcrumb(&page, "年度报告", "/reports");
    page_breadcrumb(&page, arena_printf(a, "%lld年", req->path_ids[0]), NULL);
    tmpl_set(d, "title", title);
    tmpl_set_int(d, "year", req->path_ids[0]);
    tmpl_set(d, "published_on", db_text(a, st, 1));
    add_markdown_section(req, d, "body", db_text(a, st, 2));
    add_markdown_section(req, d, "section1", db_text(a, st, 3));
    add_markdown_section(req, d, "section5", db_text(a, st, 4));
    add_markdown_section(req, d, "section6", db_text(a, st, 5));
    sqlite3_reset(st);
    return page_render(&page);
}
