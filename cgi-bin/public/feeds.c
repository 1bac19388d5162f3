/* Machine-readable views for feed readers and crawlers: /feed.atom (Atom 1.0,
 * the latest published entries and news), /sitemap.xml (sitemaps.org 0.9,
 * every public page) and /robots.txt. Absolute URLs come from the site_url
 * setting, else from the Host header. */
#include <stdbool.h>
#include <string.h>

#include "app.h"
#include "db.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"

enum { FEED_ITEMS = 30, FEED_SUMMARY_CHARS = 160 };

/* A Host header is the client's word: keep it only if it looks like host[:port]. */
static bool host_is_plain(const char *host)
{
    if (!host || !*host || strlen(host) > 255)
        return false;
    for (const char *p = host; *p; p++) {
        char c = *p;
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
               || c == '.' || c == '-' || c == ':' || c == '[' || c == ']';
        if (!ok)
            return false;
    }
    return true;
}

/* "https://example.gov.cn" without a trailing slash. */
static const char *site_base_url(struct request *req)
{
    const char *configured = db_setting(req->arena, req->app->content_db, "site_url");
    size_t len = strlen(configured);
    while (len && configured[len - 1] == '/')
        len--;
    if (len)
        return arena_strndup(req->arena, configured, len);
    return arena_printf(req->arena, "%s://%s", req->https ? "https" : "http",
                        host_is_plain(req->host) ? req->host : "localhost");
}

static const char *content_changed_at(struct request *req)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
                               "SELECT changed_at FROM content_version WHERE id = 1");
    const char *at = sqlite3_step(st) == SQLITE_ROW ? db_text(req->arena, st, 0)
                                                    : "2000-01-01T00:00:00Z";
    sqlite3_reset(st);
    return at;
}

/* Expands an XML template into the response. Returns 200 or 500. */
static int render_xml(struct request *req, const char *template, struct tmpl_dict *d,
                      const char *content_type)
{
    int rc = tmpl_expand(template, d, &req->response.body);
    tmpl_dict_free(d);
    req->response.content_type = content_type;
    return rc == 0 ? 200 : 500;
}

/* Dates are days in China time; Atom wants RFC 3339 date-times. */
static const char *rfc3339_from_day(struct request *req, const char *day)
{
    return arena_printf(req->arena, "%sT00:00:00+08:00", *day ? day : "2000-01-01");
}

static void add_feed_items(struct request *req, struct tmpl_dict *d, const char *base)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT kind, id, title, coalesce(published_on, ''), updated, body_md FROM ("
        "  SELECT 'entry' AS kind, id, title, published_on, updated_at AS updated, body_md "
        "  FROM entries WHERE status = 'published' "
        "  UNION ALL "
        "  SELECT 'news', id, title, published_on, NULL, body_md FROM news WHERE status = 'published'"
        ") ORDER BY published_on DESC, kind, id DESC LIMIT ?1");
    sqlite3_bind_int(st, 1, FEED_ITEMS);
    while (sqlite3_step(st) == SQLITE_ROW) {
        bool is_entry = strcmp((const char *)sqlite3_column_text(st, 0), "entry") == 0;
        const char *published = rfc3339_from_day(req, db_text(req->arena, st, 3));
        const char *updated = db_text(req->arena, st, 4);
        struct tmpl_dict *item = tmpl_add_section(d, "item");
        tmpl_set(item, "url", arena_printf(req->arena, "%s%s%lld", base,
                                           is_entry ? "/catalogue/" : "/news/", db_int(st, 1)));
        tmpl_set(item, "title", (const char *)sqlite3_column_text(st, 2));
        tmpl_set(item, "published", published);
        tmpl_set(item, "updated", *updated && strcmp(updated, published) > 0 ? updated : published);
        tmpl_set(item, "category", is_entry ? "政府信息公开目录" : "工作动态");
        tmpl_set(item, "summary", plain_excerpt(req->arena, db_text(req->arena, st, 5),
                                                FEED_SUMMARY_CHARS));
    }
    sqlite3_reset(st);
}

int feed_atom(struct request *req)
{
    const char *base = site_base_url(req);
    struct tmpl_dict *d = tmpl_dict_new();
    tmpl_set(d, "base", base);
    tmpl_set(d, "site_name", db_setting(req->arena, req->app->content_db, "site_name"));
    tmpl_set(d, "agency", db_setting(req->arena, req->app->content_db, "agency_name"));
    tmpl_set(d, "updated", content_changed_at(req));
    add_feed_items(req, d, base);
    return render_xml(req, "feeds/atom.tpl", d, "application/atom+xml; charset=utf-8");
}

/* The list pages every visitor can reach from the navigation. */
static const char *const sitemap_fixed_pages[] = {
    "/", "/catalogue", "/guides", "/contacts", "/disclosure-guide", "/reports", "/news",
    "/functions", "/accessibility",
};

static void add_sitemap_url(struct tmpl_dict *d, const char *loc, const char *lastmod)
{
    struct tmpl_dict *url = tmpl_add_section(d, "url");
    tmpl_set(url, "loc", loc);
    if (lastmod && *lastmod)
        tmpl_set(tmpl_add_section(url, "lastmod"), "date", lastmod);
}

static void add_sitemap_documents(struct request *req, struct tmpl_dict *d, const char *base)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT '/catalogue/' || id, max(coalesce(published_on, ''), substr(updated_at, 1, 10)) "
        "  FROM entries WHERE status = 'published' "
        "UNION ALL SELECT '/guides/' || id, coalesce(updated_on, '') FROM guides "
        "  WHERE status = 'published' "
        "UNION ALL SELECT '/news/' || id, coalesce(published_on, '') FROM news "
        "  WHERE status = 'published' "
        "UNION ALL SELECT '/' || a.code || '/reports/' || r.year, coalesce(r.published_on, '') "
        "  FROM annual_reports r JOIN agencies a ON a.id = r.agency_id WHERE r.status = 'published'");
    while (sqlite3_step(st) == SQLITE_ROW)
        add_sitemap_url(d, arena_printf(req->arena, "%s%s", base,
                                                 (const char *)sqlite3_column_text(st, 0)),
                        db_text(req->arena, st, 1));
    sqlite3_reset(st);
}

int sitemap_xml(struct request *req)
{
    const char *base = site_base_url(req);
    struct tmpl_dict *d = tmpl_dict_new();
    for (size_t i = 0; i < sizeof sitemap_fixed_pages / sizeof sitemap_fixed_pages[0]; i++)
        add_sitemap_url(d, arena_printf(req->arena, "%s%s", base, sitemap_fixed_pages[i]), NULL);
    add_sitemap_documents(req, d, base);
    return render_xml(req, "feeds/sitemap.tpl", d, "application/xml; charset=utf-8");
}

int robots_txt(struct request *req)
{
    req->response.content_type = "text/plain; charset=utf-8";
    buf_printf(&req->response.body,
               "User-agent: *\n"
               "Disallow: /admin/\n"
               "Disallow: /apply/status\n"
               "\n"
               "Sitemap: %s/sitemap.xml\n", site_base_url(req));
    return 200;
}
