/* 政府信息公开工作年度报告: /reports lists the published reports by year,
 * /reports/{year} shows one. Legacy reports are one Markdown text; reports
 * built from the data add the texts of sections 一, 五 and 六. */
#include <string.h>

#include "annual_report.h"
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

/* ---- reports in the national template's format (issue 6) ---- */

/* The frozen figures of a published template-format report of YEAR; false if there is none. */
static bool load_frozen_figures(struct request *req, long long year, struct report_figures *fig)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT 1 FROM annual_reports WHERE year = ?1 AND status = 'published' AND format = 'template' "
        "AND frozen_at IS NOT NULL");
    sqlite3_bind_int64(st, 1, year);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_reset(st);
    if (!found)
        return false;
    report_figures_init(fig);
    st = db_stmt(req->app->content_db, "SELECT key, value FROM annual_report_figures WHERE year = ?1");
    sqlite3_bind_int64(st, 1, year);
    while (sqlite3_step(st) == SQLITE_ROW)
        report_figures_set(req->arena, fig, (const char *)sqlite3_column_text(st, 0),
                           (const char *)sqlite3_column_text(st, 1));
    sqlite3_reset(st);
    return true;
}

/* Sections 二-四 between the texts of 一 and 五, when the report has them. */
static void add_report_tables(struct request *req, struct tmpl_dict *d, long long year)
{
    struct report_figures fig;
    if (!load_frozen_figures(req, year, &fig))
        return;
    struct tmpl_dict *tables = tmpl_add_include(d, "report_tables", "public/report_tables.tpl");
    report_tables_fill(req->arena, tables, (int)year, &fig);
    tmpl_show(tables, "downloads");
    tmpl_show(d, "template_format");
}

static int report_csv(struct request *req, int table)
{
    struct report_figures fig;
    if (!load_frozen_figures(req, req->path_ids[0], &fig))
        return resp_error(req, 404, "该年度报告没有可下载的统计表。");
    report_table_csv(&fig, table, &req->response.body);
    req->response.content_type = "text/csv; charset=utf-8";
    resp_header(req, "Content-Disposition", arena_printf(req->arena,
                "attachment; filename=\"annual-report-%lld-table-%d.csv\"", req->path_ids[0], table));
    return 200;
}

int report_table2_csv(struct request *req) { return report_csv(req, 2); }
int report_table3_csv(struct request *req) { return report_csv(req, 3); }
int report_table4_csv(struct request *req) { return report_csv(req, 4); }

/* ---- end reports in the national template's format ---- */

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
    add_report_tables(req, d, req->path_ids[0]);   /* issue 6: after the reset, it runs its own statements */
    return page_render(&page);
}
