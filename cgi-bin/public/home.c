/* The platform home (/): the government's 政府信息公开 column — its agencies
 * as 本级政府, 部门 and 乡镇（街道） lists leading to each agency's column, the
 * latest entries across agencies, a search box with an agency choice — and
 * /healthz. */
#include "app.h"
#include "db.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"

enum { HOME_LATEST = 12 };

static void add_latest_entries(struct tmpl_dict *d, struct request *req)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT e.id, e.title, e.published_on, a.code, a.name FROM entries e"
        " JOIN agencies a ON a.id = e.owner_id WHERE e.status = 'published'"
        " ORDER BY e.published_on DESC, e.id DESC LIMIT ?1");
    sqlite3_bind_int(st, 1, HOME_LATEST);
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "latest");
        const char *code = db_text(req->arena, st, 3);
        tmpl_set(row, "url", arena_printf(req->arena, "/%s/catalogue/%lld", code, db_int(st, 0)));
        tmpl_set(row, "title", db_text(req->arena, st, 1));
        tmpl_set(row, "published_on", db_text(req->arena, st, 2));
        tmpl_set(row, "agency", db_text(req->arena, st, 4));
        tmpl_set(row, "agency_url", arena_printf(req->arena, "/%s/", code));
    }
    sqlite3_reset(st);
}

int home_page(struct request *req)
{
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, "首页", "public/home.tpl", NAV_HOME);
    agency_choice_fill(req, d, "levels", NULL);
    agency_choice_fill(req, d, "search_levels", NULL);
    add_latest_entries(d, req);
    website_report_home_link(req, d);   /* 政府网站工作年度报表 (issue 14) */
    return page_render(&page);
}

int health_check(struct request *req)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db, "SELECT count(*) FROM settings");
    int ok = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_reset(st);
    req->response.content_type = "text/plain; charset=utf-8";
    resp_header(req, "Cache-Control", "no-store");
    buf_puts(&req->response.body, ok ? "ok\n" : "database unavailable\n");
    return ok ? 200 : 503;
}
