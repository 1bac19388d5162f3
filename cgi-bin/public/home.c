/* The home page (latest entries, guides, news, a contact box) and /healthz. */
#include "db.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"
#include "app.h"

static void add_latest_entries(struct tmpl_dict *d, struct request *req)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, title, doc_no, published_on FROM entries WHERE status = 'published' "
        "ORDER BY published_on DESC, id DESC LIMIT 10");
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "latest");
        tmpl_set_int(row, "id", db_int(st, 0));
        tmpl_set(row, "title", (const char *)sqlite3_column_text(st, 1));
        const char *doc_no = (const char *)sqlite3_column_text(st, 2);
        if (doc_no && *doc_no)
            tmpl_set(tmpl_add_section(row, "doc_no"), "doc_no", doc_no);
        tmpl_set(row, "published_on", (const char *)sqlite3_column_text(st, 3));
    }
    sqlite3_reset(st);
}

static void add_guides(struct tmpl_dict *d, struct request *req)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, name FROM guides WHERE status = 'published' ORDER BY sort, id LIMIT 8");
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "guides");
        tmpl_set_int(row, "id", db_int(st, 0));
        tmpl_set(row, "name", (const char *)sqlite3_column_text(st, 1));
    }
    sqlite3_reset(st);
}

static void add_news(struct tmpl_dict *d, struct request *req)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, title, published_on FROM news WHERE status = 'published' "
        "ORDER BY published_on DESC, id DESC LIMIT 5");
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "news");
        tmpl_set_int(row, "id", db_int(st, 0));
        tmpl_set(row, "title", (const char *)sqlite3_column_text(st, 1));
        tmpl_set(row, "published_on", (const char *)sqlite3_column_text(st, 2));
    }
    sqlite3_reset(st);
}

static void add_contact(struct tmpl_dict *d, struct request *req)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT name, address, postcode, office_hours, phone, supervision_phone "
        "FROM agencies WHERE kind = 'bureau' ORDER BY id LIMIT 1");
    if (sqlite3_step(st) == SQLITE_ROW) {
        static const char *const keys[] = {
            "name", "address", "postcode", "office_hours", "phone", "supervision_phone" };
        struct tmpl_dict *box = tmpl_add_section(d, "contact");
        for (int i = 0; i < 6; i++)
            tmpl_set(box, keys[i], (const char *)sqlite3_column_text(st, i));
    }
    sqlite3_reset(st);
}

int home_page(struct request *req)
{
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, "首页", "public/home.tpl", NAV_HOME);
    add_latest_entries(d, req);
    add_guides(d, req);
    add_news(d, req);
    add_contact(d, req);
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
