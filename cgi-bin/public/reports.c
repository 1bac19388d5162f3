/* 政府信息公开年报 of one agency: /{code}/reports lists its published reports
 * by year, /{code}/reports/{year} shows one, /{code}/reports/{year}/table-N.csv
 * gives a table of a report in the national format. Legacy reports are one
 * Markdown text; reports built from the data add the texts of sections 一,
 * 五 and 六 around the frozen tables. Unknown code or year: 404. */
#include <string.h>

#include "agency.h"
#include "annual_report.h"
#include "app.h"
#include "db.h"
#include "markdown.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"

/* The agency named by the route's {name}; false (the caller answers 404) when there is none. */
static bool route_agency(struct request *req, struct agency *a)
{
    return agency_by_code(req, req->path_args[0], a);
}

static void add_agency(struct request *req, struct tmpl_dict *d, const struct agency *a)
{
    tmpl_set(d, "agency_name", a->name);
    tmpl_set(d, "agency_url", agency_path(req, a->code, "/"));
    tmpl_set(d, "reports_url", agency_path(req, a->code, "/reports"));
}

/* Reports that an agency published as catalogue entries (the single-agency
 * version filed them under the 体裁 年度报告): the year is the four digits
 * before the first 年 of the title, "宁国市民政局2024年政府信息公开工作年度报告". */
#define REPORT_ENTRY_YEAR "CAST(substr(e.title, instr(e.title, '年') - 4, 4) AS INTEGER)"
#define REPORT_ENTRY_FROM \
    " FROM entries e JOIN categories c ON c.id = e.genre_id AND c.scheme = 'genre' AND c.code = 'ndbg'" \
    " WHERE e.owner_id = ?1 AND e.status = 'published'" \
    " AND substr(e.title, instr(e.title, '年') - 4, 4) GLOB '[12][0-9][0-9][0-9]'"

/* The catalogue entry that is AGENCY_ID's report of YEAR, 0 when none. */
static long long report_entry_id(struct request *req, long long agency_id, long long year)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT e.id" REPORT_ENTRY_FROM " AND " REPORT_ENTRY_YEAR " = ?2 ORDER BY e.published_on DESC LIMIT 1");
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int64(st, 2, year);
    long long id = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : 0;
    sqlite3_reset(st);
    return id;
}

int reports_list(struct request *req)
{
    struct agency a;
    if (!route_agency(req, &a))
        return resp_error(req, 404, "没有这个机关。");
    struct page page;
    /* In the agency's column: its name and navigation, 年报 marked current. */
    struct tmpl_dict *d = column_page_begin(&page, req, &a, COLUMN_REPORTS, NULL, "public/reports.tpl");
    add_agency(req, d, &a);
    /* The reports built here, and the years whose report was published only as
     * a catalogue entry (体裁 年度报告, "2024年" in its title): every year is listed. */
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT year, title, coalesce(published_on, '') FROM annual_reports "
        "WHERE agency_id = ?1 AND status = 'published' "
        "UNION ALL SELECT " REPORT_ENTRY_YEAR ", e.title, coalesce(e.published_on, '') "
        REPORT_ENTRY_FROM " AND " REPORT_ENTRY_YEAR " NOT IN "
        "  (SELECT year FROM annual_reports WHERE agency_id = ?1 AND status = 'published') "
        "ORDER BY 1 DESC");
    sqlite3_bind_int64(st, 1, a.id);
    int count = 0;
    for (; sqlite3_step(st) == SQLITE_ROW; count++) {
        struct tmpl_dict *row = tmpl_add_section(d, "report");
        tmpl_set_int(row, "year", db_int(st, 0));
        tmpl_set(row, "url", arena_printf(req->arena, "/%s/reports/%lld", a.code, db_int(st, 0)));
        tmpl_set(row, "title", db_text(req->arena, st, 1));
        tmpl_set(row, "published_on", db_text(req->arena, st, 2));
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

/* The id of AGENCY_ID's published template-format report of YEAR with frozen figures; 0 if none. */
static long long frozen_report_id(struct request *req, long long agency_id, long long year)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id FROM annual_reports WHERE agency_id = ?1 AND year = ?2 AND status = 'published' "
        "AND format = 'template' AND frozen_at IS NOT NULL");
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int64(st, 2, year);
    long long id = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : 0;
    sqlite3_reset(st);
    return id;
}

/* The frozen figures of that report; false if there is none. */
static bool load_frozen_figures(struct request *req, long long agency_id, long long year,
                                struct report_figures *fig)
{
    long long report_id = frozen_report_id(req, agency_id, year);
    if (!report_id)
        return false;
    report_figures_init(fig);
    sqlite3_stmt *st = db_stmt(req->app->content_db,
                               "SELECT key, value FROM annual_report_figures WHERE report_id = ?1");
    sqlite3_bind_int64(st, 1, report_id);
    while (sqlite3_step(st) == SQLITE_ROW)
        report_figures_set(req->arena, fig, (const char *)sqlite3_column_text(st, 0),
                           (const char *)sqlite3_column_text(st, 1));
    sqlite3_reset(st);
    return true;
}

/* Sections 二-四 between the texts of 一 and 五, when the report has them. */
static void add_report_tables(struct request *req, struct tmpl_dict *d, const struct agency *a, long long year)
{
    struct report_figures fig;
    if (!load_frozen_figures(req, a->id, year, &fig))
        return;
    struct tmpl_dict *tables = tmpl_add_include(d, "report_tables", "public/report_tables.tpl");
    report_tables_fill(req->arena, tables, (int)year, &fig);
    tmpl_set(tables, "report_url", arena_printf(req->arena, "/%s/reports/%lld", a->code, year));
    tmpl_show(tables, "downloads");
    tmpl_show(d, "template_format");
}

static int report_csv(struct request *req, int table)
{
    struct agency a;
    struct report_figures fig;
    long long year = req->path_ids[1];
    if (!route_agency(req, &a) || !load_frozen_figures(req, a.id, year, &fig))
        return resp_error(req, 404, "该年度报告没有可下载的统计表。");
    report_table_csv(&fig, table, &req->response.body);
    req->response.content_type = "text/csv; charset=utf-8";
    resp_header(req, "Content-Disposition", arena_printf(req->arena,
                "attachment; filename=\"annual-report-%s-%lld-table-%d.csv\"", a.code, year, table));
    return 200;
}

int report_table2_csv(struct request *req) { return report_csv(req, 2); }
int report_table3_csv(struct request *req) { return report_csv(req, 3); }
int report_table4_csv(struct request *req) { return report_csv(req, 4); }

/* ---- end reports in the national template's format ---- */

int report_page(struct request *req)
{
    struct agency ag;
    if (!route_agency(req, &ag))
        return resp_error(req, 404, "没有这个机关。");
    long long year = req->path_ids[1];
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT title, coalesce(published_on, ''), body_md, section1_md, section5_md, section6_md "
        "FROM annual_reports WHERE agency_id = ?1 AND year = ?2 AND status = 'published'");
    sqlite3_bind_int64(st, 1, ag.id);
    sqlite3_bind_int64(st, 2, year);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_reset(st);
        long long entry = report_entry_id(req, ag.id, year);
        if (entry)   /* published as a catalogue entry: its page is the report */
            return column_redirect(req, 301, ag.code, arena_printf(req->arena, "/catalogue/%lld", entry));
        return resp_error(req, 404, "没有找到该年度的政府信息公开工作年度报告。");
    }
    struct arena *a = req->arena;
    const char *title = db_text(a, st, 0);
    struct page page;
    struct tmpl_dict *d = column_page_begin(&page, req, &ag, COLUMN_REPORTS, arena_printf(a, "%lld年", year),
                                            "public/report.tpl");
    add_agency(req, d, &ag);
    tmpl_set(d, "title", title);
    tmpl_set_int(d, "year", year);
    tmpl_set(d, "published_on", db_text(a, st, 1));
    add_markdown_section(req, d, "body", db_text(a, st, 2));
    add_markdown_section(req, d, "section1", db_text(a, st, 3));
    add_markdown_section(req, d, "section5", db_text(a, st, 4));
    add_markdown_section(req, d, "section6", db_text(a, st, 5));
    sqlite3_reset(st);
    add_report_tables(req, d, &ag, year);   /* after the reset: it runs its own statements */
    return page_render(&page);
}
