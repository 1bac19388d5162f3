/* 工作动态 of an agency: /{code}/news lists its published news, newest first,
 * 20 to a page; /{code}/news/{id} shows one item with its Markdown body (an
 * item of another agency answers 301 to its own agency's URL). */
#include <string.h>

#include "agency.h"
#include "app.h"
#include "db.h"
#include "markdown.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"

enum { NEWS_PAGE_SIZE = 20 };

static long long published_news_count(struct request *req, long long owner_id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
                               "SELECT count(*) FROM news WHERE owner_id = ?1 AND status = 'published'");
    sqlite3_bind_int64(st, 1, owner_id);
    long long n = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : 0;
    sqlite3_reset(st);
    return n;
}

/* ?page=N, 1 when absent; 0 when it is not a page number. */
static long long news_page_number(struct request *req)
{
    const char *s = params_get(&req->query, "page");
    if (!s)
        return 1;
    long long n = 0;
    for (const char *p = s; *p; p++) {
        if (*p < '0' || *p > '9' || n > 100000)
            return 0;
        n = n * 10 + (*p - '0');
    }
    return n;
}

static void add_news_rows(struct request *req, struct tmpl_dict *d, const struct agency *ag, long long page)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT n.id, n.title, coalesce(n.published_on, ''), coalesce(a.name, '') FROM news n "
        "LEFT JOIN agencies a ON a.id = n.agency_id WHERE n.owner_id = ?3 AND n.status = 'published' "
        "ORDER BY n.published_on DESC, n.id DESC LIMIT ?1 OFFSET ?2");
    sqlite3_bind_int(st, 1, NEWS_PAGE_SIZE);
    sqlite3_bind_int64(st, 2, (page - 1) * NEWS_PAGE_SIZE);
    sqlite3_bind_int64(st, 3, ag->id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "news");
        tmpl_set(row, "url", arena_printf(req->arena, "/%s/news/%lld", ag->code, db_int(st, 0)));
        tmpl_set(row, "title", db_text(req->arena, st, 1));
        tmpl_set(row, "published_on", db_text(req->arena, st, 2));
        tmpl_set(row, "agency", db_text(req->arena, st, 3));
    }
    sqlite3_reset(st);
}

int news_list(struct request *req)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    if (status)
        return status;
    long long total = published_news_count(req, ag.id);
    long long pages = total ? (total + NEWS_PAGE_SIZE - 1) / NEWS_PAGE_SIZE : 1;
    long long page = news_page_number(req);
    if (page < 1 || page > pages)
        return resp_error(req, 404, "没有这一页。");
    struct page pg;
    struct tmpl_dict *d = column_page_begin(&pg, req, &ag, COLUMN_NEWS, NULL, "public/news.tpl");
    tmpl_set_int(d, "total", total);
    if (total == 0)
        tmpl_show(d, "no_news");
    add_news_rows(req, d, &ag, page);
    pager_fill(req, d, arena_printf(req->arena, "/%s/news?page=", ag.code), page, pages);
    return page_render(&pg);
}

int news_item(struct request *req)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    if (status)
        return status;
    long long id = req->path_ids[1];
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT n.title, coalesce(n.published_on, ''), coalesce(a.name, ''), n.body_md, n.owner_id FROM news n "
        "LEFT JOIN agencies a ON a.id = n.agency_id WHERE n.id = ?1 AND n.status = 'published'");
    sqlite3_bind_int64(st, 1, id);
    status = column_item_row(req, &ag, st, 4, "/news", id, "没有找到这条工作动态，它可能已被撤下。");
    if (status)
        return status;
    struct arena *a = req->arena;
    const char *title = db_text(a, st, 0), *body = db_text(a, st, 3);
    struct page pg;
    struct tmpl_dict *d = column_page_begin(&pg, req, &ag, COLUMN_NEWS, title, "public/news_item.tpl");
    tmpl_set(d, "title", title);
    tmpl_set(d, "published_on", db_text(a, st, 1));
    const char *agency = db_text(a, st, 2);
    tmpl_set(tmpl_add_section(d, "agency"), "agency", *agency ? agency : ag.name);
    tmpl_set(d, "body_html", markdown_to_html(a, body, strlen(body)));
    tmpl_set(d, "list_url", column_url(req, &ag, COLUMN_NEWS));
    sqlite3_reset(st);
    return page_render(&pg);
}
