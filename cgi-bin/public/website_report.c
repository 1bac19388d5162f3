/* /website-report/{year}: the platform's published 政府网站工作年度报表
 * (国办函〔2018〕12号, issue 14), and the link on the platform home to the
 * latest one, where the notice wants it (首页显著位置). */
#include "app.h"
#include "db.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"
#include "website_report.h"

int website_report_public_page(struct request *req)
{
    long long year = req->path_ids[0];
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT published_on FROM website_reports WHERE year = ?1 AND published_on IS NOT NULL");
    sqlite3_bind_int64(st, 1, year);
    const char *published_on = sqlite3_step(st) == SQLITE_ROW ? db_text(req->arena, st, 0) : NULL;
    sqlite3_reset(st);
    if (!published_on)
        return resp_error(req, 404, "没有这一年度的政府网站工作年度报表。");
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, arena_printf(req->arena, "%lld年度政府网站工作年度报表", year),
                                     "public/website_report.tpl", NAV_NONE);
    tmpl_set_int(d, "year", year);
    tmpl_set(d, "published_on", published_on);
    struct tmpl_dict *group = NULL;
    for (size_t i = 0; i < website_report_row_count; i++) {
        const struct website_report_row *r = &website_report_rows[i];
        const char *v = website_report_value(req->arena, req->app->content_db, year, r->key, true);
        tmpl_set(website_report_add_row(d, i, &group), "value", *v ? arena_printf(req->arena, "%s%s", v, r->unit) : "—");
    }
    return page_render(&page);
}

void website_report_home_link(struct request *req, struct tmpl_dict *d)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT max(year) FROM website_reports WHERE published_on IS NOT NULL");
    long long year = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : 0;
    sqlite3_reset(st);
    if (year)
        tmpl_set_int(tmpl_add_section(d, "website_report"), "year", year);
}
