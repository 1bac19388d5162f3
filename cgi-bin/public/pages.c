/* The static Markdown pages: 公开指南 (/disclosure-guide), 机构职能 (/functions,
 * with the bureau's duties from the agencies table) and the accessibility
 * statement (/accessibility), each with the date it was last updated. */
#include "app.h"
#include "db.h"
#include "markdown.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"

static void add_bureau_duties(struct tmpl_dict *d, struct request *req)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT name, duties_md FROM agencies WHERE kind = 'bureau' ORDER BY sort, id LIMIT 1");
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_bytes(st, 1) > 0) {
        struct tmpl_dict *extra = tmpl_add_section(d, "extra");
        tmpl_set(extra, "heading", arena_printf(req->arena, "%s职能概述",
                                                db_text(req->arena, st, 0)));
        tmpl_set(extra, "extra_html", markdown_to_html(req->arena,
                 (const char *)sqlite3_column_text(st, 1), (size_t)sqlite3_column_bytes(st, 1)));
        tmpl_show(d, "contacts_link");
    }
    sqlite3_reset(st);
}

/* Renders the page SLUG; DUTIES adds the bureau's own duties below it. */
static int markdown_page(struct request *req, const char *slug, enum nav_item nav, bool duties)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT title, body_md, updated_on FROM pages WHERE slug = ?1");
    sqlite3_bind_text(st, 1, slug, -1, SQLITE_STATIC);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_reset(st);
        return resp_error(req, 404, "该页面尚未发布。");
    }
    const char *title = db_text(req->arena, st, 0);
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, title, "public/page.tpl", nav);
    page_breadcrumb(&page, title, NULL);
    tmpl_set(d, "title", title);
    tmpl_set(d, "body_html", markdown_to_html(req->arena, (const char *)sqlite3_column_text(st, 1),
                                              (size_t)sqlite3_column_bytes(st, 1)));
    const char *updated = db_text(req->arena, st, 2);
    if (*updated)
        tmpl_set(tmpl_add_section(d, "updated"), "updated_on", updated);
    sqlite3_reset(st);
    if (duties)
        add_bureau_duties(d, req);
    return page_render(&page);
}

int disclosure_guide_page(struct request *req)
{
    return markdown_page(req, "disclosure-guide", NAV_DISCLOSURE_GUIDE, false);
}

int functions_page(struct request *req)
{
    return markdown_page(req, "functions", NAV_NONE, true);
}

int accessibility_page(struct request *req)
{
    return markdown_page(req, "accessibility", NAV_NONE, false);
}
