/* /{code}/apply/statistics, 依申请公开办理情况 (issue 14): the agency's
 * applications per month — received, answered, answered on time, and the
 * answers by the national template's outcome groups — from content.db's
 * request_stats, which admin.fcgi keeps from private.db. Counts of 1 or 2
 * were never stored (NULL): they show as 少于3件, and the page says why. */
#include "agency.h"
#include "app.h"
#include "db.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"

enum { STATS_MONTHS = 24, STATS_COLUMNS = 9 };

/* One cell: the count, 少于3件 for a suppressed one (NULL). */
static void add_cell(struct tmpl_dict *row, sqlite3_stmt *st, int col, bool *suppressed)
{
    struct tmpl_dict *cell = tmpl_add_section(row, "cell");
    if (sqlite3_column_type(st, col) == SQLITE_NULL) {
        tmpl_set(cell, "value", "少于3件");
        *suppressed = true;
    } else {
        tmpl_set_int(cell, "value", db_int(st, col));
    }
}

int apply_statistics_page(struct request *req)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    if (status)
        return status;
    struct page page;
    struct tmpl_dict *d = column_page_begin(&page, req, &ag, COLUMN_APPLY, "办理情况统计", "public/apply_stats.tpl");
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT month, received, answered, on_time, disclosed, partial, refused, unavailable, not_processed, other "
        "FROM request_stats WHERE agency_id = ?1 ORDER BY month DESC LIMIT ?2");
    sqlite3_bind_int64(st, 1, ag.id);
    sqlite3_bind_int(st, 2, STATS_MONTHS);
    bool suppressed = false;
    int months = 0;
    for (; sqlite3_step(st) == SQLITE_ROW; months++) {
        struct tmpl_dict *row = tmpl_add_section(d, "month");
        const char *month = (const char *)sqlite3_column_text(st, 0);
        tmpl_set(row, "month", month);
        tmpl_set(row, "month_label", arena_printf(req->arena, "%.4s年%s月", month, month[5] == '0' ? month + 6 : month + 5));
        for (int c = 1; c <= STATS_COLUMNS; c++)
            add_cell(row, st, c, &suppressed);
    }
    sqlite3_reset(st);
    tmpl_show(d, months ? "has_months" : "no_months");
    if (suppressed)
        tmpl_show(d, "has_suppressed");
    return page_render(&page);
}
