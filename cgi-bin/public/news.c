/* 工作动态: /news lists published news, newest first, 20 to a page;
 * /news/{id} shows one item with its Markdown body. */
#include <string.h>

#include "app.h"
#include "db.h"
#include "markdown.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"

enum { NEWS_PAGE_SIZE = 20 };

static long long published_news_count(struct request *req)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
                               "SELECT count(*) FROM news WHERE status = 'published'");
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

static void add_news_rows(struct request *req, struct tmpl_dict *d, long long page)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT n.id, n.title, coalesce(n.published_on, ''), coalesce(a.name, '') FROM news n "
        "LEFT JOIN agencies a ON a.id = n.agency_id WHERE n.status = 'published' "
        "ORDER BY n.published_on DESC, n.id DESC LIMIT ?1 OFFSET ?2");
    sqlite3_bind_int(st, 1, NEWS_PAGE_SIZE);
    sqlite3_bind_int64(st, 2, (page - 1) * NEWS_PAGE_SIZE);
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "news");
        tmpl_set_int(row, "id", db_int(st, 0));
        tmpl_set(row, "title", (const char *)sqlite3_column_text(st, 1));
        tmpl_set(row, "published_on", (const char *)sqlite3_column_text(st, 2));
        tmpl_set(row, "agency", (const char *)sqlite3_column_text(st, 3));
    }
    sqlite3_reset(st);
}

int news_list(struct request *req)
{
    long long total = published_news_count(req);
    long long pages = total ? (total + NEWS_PAGE_SIZE - 1) / NEWS_PAGE_SIZE : 1;
    long long page = news_page_number(req);
    if (page < 1 || page > pages)
        return resp_error(req, 404, "没有这一页。");
    struct page pg;
    struct tmpl_dict *d = page_begin(&pg, req, "工作动态", "public/news.tpl", NAV_NEWS);
    page_breadcrumb(&pg, "工作动态", NULL);
    tmpl_set_int(d, "total", total);
    if (total == 0)
        tmpl_show(d, "no_news");
    add_news_rows(req, d, page);
    pager_fill(req, d, "/news?page=", page, pages);
    return page_render(&pg);
}

int news_item(struct request *req)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT n.title, coalesce(n.published_on, ''), coalesce(a.name, ''), n.body_md FROM news n "
        "LEFT JOIN agencies a ON a.id = n.agency_id WHERE n.id = ?1 AND n.status = 'published'");
    sqlite3_bind_int64(st, 1, req->path_ids[0]);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_reset(st);
        return resp_error(req, 404, "没有找到这条工作动态，它可能已被撤下。");
    }
    struct arena *a = req->arena;
    const char *title = db_text(a, st, 0), *body = db_text(a, st, 3);
    struct page pg;
    struct tmpl_dict *d = page_begin(&pg, req, title, "public/news_item.tpl", NAV_NEWS);
    page_breadcrumb(&pg, "工作动态", "/news");
    page_breadcrumb(&pg, title, NULL);
    tmpl_set(d, "title", title);
    tmpl_set(d, "published_on", db_text(a, st, 1));
    const char *agency = db_text(a, st, 2);
    if (*agency)
        tmpl_set(tmpl_add_section(d, "agency"), "agency", agency);
    tmpl_set(d, "body_html", markdown_to_html(a, body, strlen(body)));
    sqlite3_reset(st);
    return page_render(&pg);
}
