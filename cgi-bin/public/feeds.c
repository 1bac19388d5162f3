/* Machine-readable views for feed readers and crawlers: /feed.atom (Atom 1.0,
 * the latest published entries and news of every agency), /sitemap.xml
 * (sitemaps.org 0.9, every public page of the platform and of each agency's
 * column), the same two for one agency under /{code}/, and /robots.txt.
 * Absolute URLs come from the site_url setting alone, never from the request's
 * Host header (a forged Host would put another site's links into pages the
 * render cache keeps for everyone); without it these answer 404. */
#include <stdbool.h>
#include <string.h>

#include "agency.h"
#include "app.h"
#include "config.h"
#include "db.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"

enum { FEED_ITEMS = 30, FEED_SUMMARY_CHARS = 160 };

#define SITE_URL_MISSING "平台管理员尚未设置本平台网址，暂不提供订阅源和网站地图。"

/* "https://example.gov.cn/xxgk": site_url without a trailing slash, then the
 * base path (unless site_url already ends with it); NULL when site_url is not
 * set or not a usable address. */
static const char *site_base_url(struct request *req)
{
    const char *configured = db_setting(req->arena, req->app->content_db, "site_url");
    if (site_url_problem(configured))
        return NULL;
    size_t len = strlen(configured);
    while (len && configured[len - 1] == '/')
        len--;
    const char *origin = arena_strndup(req->arena, configured, len);
    size_t base_len = strlen(req->base), origin_len = strlen(origin);
    if (base_len && origin_len >= base_len && strcmp(origin + origin_len - base_len, req->base) == 0)
        return origin;
    return arena_printf(req->arena, "%s%s", origin, req->base);
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

/* The latest entries and news of OWNER_ID, or of every agency for 0. */
static void add_feed_items(struct request *req, struct tmpl_dict *d, const char *base, long long owner_id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT u.kind, u.id, u.title, coalesce(u.published_on, ''), u.updated, u.body_md, a.code, a.name FROM ("
        "  SELECT 'entry' AS kind, id, title, published_on, updated_at AS updated, body_md, owner_id "
        "  FROM entries WHERE status = 'published' AND (?2 = 0 OR owner_id = ?2) "
        "  UNION ALL "
        "  SELECT 'news', id, title, published_on, NULL, body_md, owner_id FROM news "
        "  WHERE status = 'published' AND (?2 = 0 OR owner_id = ?2) "
        "  ORDER BY published_on DESC, kind, id DESC LIMIT ?1"
        ") u JOIN agencies a ON a.id = u.owner_id ORDER BY u.published_on DESC, u.kind, u.id DESC");
    sqlite3_bind_int(st, 1, FEED_ITEMS);
    sqlite3_bind_int64(st, 2, owner_id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        bool is_entry = strcmp((const char *)sqlite3_column_text(st, 0), "entry") == 0;
        const char *published = rfc3339_from_day(req, db_text(req->arena, st, 3));
        const char *updated = db_text(req->arena, st, 4);
        struct tmpl_dict *item = tmpl_add_section(d, "item");
        tmpl_set(item, "url", arena_printf(req->arena, "%s/%s%s%lld", base, db_text(req->arena, st, 6),
                                           is_entry ? "/catalogue/" : "/news/", db_int(st, 1)));
        tmpl_set(item, "title", (const char *)sqlite3_column_text(st, 2));
        tmpl_set(item, "published", published);
        tmpl_set(item, "updated", *updated && strcmp(updated, published) > 0 ? updated : published);
        tmpl_set(item, "category", is_entry ? "政府信息公开目录" : "工作动态");
        tmpl_set(item, "agency", db_text(req->arena, st, 7));
        tmpl_set(item, "summary", plain_excerpt(req->arena, db_text(req->arena, st, 5),
                                                FEED_SUMMARY_CHARS));
    }
    sqlite3_reset(st);
}

/* The platform's name: platform_name, else site_name. */
static const char *platform_name(struct request *req)
{
    const char *name = db_setting(req->arena, req->app->content_db, "platform_name");
    return *name ? name : db_setting(req->arena, req->app->content_db, "site_name");
}

/* The feed of AG's column, or the platform's for NULL. */
static int render_feed(struct request *req, const struct agency *ag)
{
    const char *base = site_base_url(req);
    if (!base)
        return resp_error(req, 404, SITE_URL_MISSING);
    const char *home = ag ? arena_printf(req->arena, "%s/%s", base, ag->code) : base;
    const char *name = ag ? ag->name : platform_name(req);
    struct tmpl_dict *d = tmpl_dict_new();
    tmpl_set(d, "home", arena_printf(req->arena, "%s/", home));
    tmpl_set(d, "self", arena_printf(req->arena, "%s/feed.atom", home));
    tmpl_set(d, "title", arena_printf(req->arena, "%s政府信息公开", name));
    tmpl_set(d, "author", name);
    tmpl_set(d, "updated", content_changed_at(req));
    add_feed_items(req, d, base, ag ? ag->id : 0);
    return render_xml(req, "feeds/atom.tpl", d, "application/atom+xml; charset=utf-8");
}

int feed_atom(struct request *req)
{
    return render_feed(req, NULL);
}

int agency_feed_atom(struct request *req)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    return status ? status : render_feed(req, &ag);
}

/* The platform's own pages, and the pages every agency's column has. */
static const char *const platform_pages[] = { "/", "/catalogue", "/guides", "/accessibility", "/sitemap" };
static const char *const column_pages[] = {
    "/", "/disclosure-guide", "/rules", "/statutory", "/reports", "/catalogue", "/guides", "/functions",
    "/contacts", "/news",
};

static void add_sitemap_url(struct tmpl_dict *d, const char *loc, const char *lastmod)
{
    struct tmpl_dict *url = tmpl_add_section(d, "url");
    tmpl_set(url, "loc", loc);
    if (lastmod && *lastmod)
        tmpl_set(tmpl_add_section(url, "lastmod"), "date", lastmod);
}

/* The fixed pages of OWNER_ID's column, or of every agency's for 0. */
static void add_column_pages(struct request *req, struct tmpl_dict *d, const char *base, long long owner_id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT code FROM agencies WHERE parent_id IS NULL AND code IS NOT NULL AND (?1 = 0 OR id = ?1)"
        " ORDER BY sort, id");
    sqlite3_bind_int64(st, 1, owner_id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *code = db_text(req->arena, st, 0);
        for (size_t i = 0; i < sizeof column_pages / sizeof column_pages[0]; i++)
            add_sitemap_url(d, arena_printf(req->arena, "%s/%s%s", base, code, column_pages[i]), NULL);
    }
    sqlite3_reset(st);
}

static void add_sitemap_documents(struct request *req, struct tmpl_dict *d, const char *base, long long owner_id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT '/' || a.code || '/catalogue/' || e.id, max(coalesce(e.published_on, ''), substr(e.updated_at, 1, 10))"
        "  FROM entries e JOIN agencies a ON a.id = e.owner_id"
        "  WHERE e.status = 'published' AND (?1 = 0 OR e.owner_id = ?1) "
        "UNION ALL SELECT '/' || a.code || '/guides/' || g.id, coalesce(g.updated_on, '')"
        "  FROM guides g JOIN agencies a ON a.id = g.owner_id"
        "  WHERE g.status = 'published' AND (?1 = 0 OR g.owner_id = ?1) "
        "UNION ALL SELECT '/' || a.code || '/news/' || n.id, coalesce(n.published_on, '')"
        "  FROM news n JOIN agencies a ON a.id = n.owner_id"
        "  WHERE n.status = 'published' AND (?1 = 0 OR n.owner_id = ?1) "
        "UNION ALL SELECT '/' || a.code || '/reports/' || r.year, coalesce(r.published_on, '')"
        "  FROM annual_reports r JOIN agencies a ON a.id = r.agency_id"
        "  WHERE r.status = 'published' AND (?1 = 0 OR r.agency_id = ?1)");
    sqlite3_bind_int64(st, 1, owner_id);
    while (sqlite3_step(st) == SQLITE_ROW)
        add_sitemap_url(d, arena_printf(req->arena, "%s%s", base, (const char *)sqlite3_column_text(st, 0)),
                        db_text(req->arena, st, 1));
    sqlite3_reset(st);
}

/* The sitemap of AG's column, or of the whole platform (every column in it) for NULL. */
static int render_sitemap(struct request *req, const struct agency *ag)
{
    const char *base = site_base_url(req);
    if (!base)
        return resp_error(req, 404, SITE_URL_MISSING);
    struct tmpl_dict *d = tmpl_dict_new();
    for (size_t i = 0; !ag && i < sizeof platform_pages / sizeof platform_pages[0]; i++)
        add_sitemap_url(d, arena_printf(req->arena, "%s%s", base, platform_pages[i]), NULL);
    add_column_pages(req, d, base, ag ? ag->id : 0);
    add_sitemap_documents(req, d, base, ag ? ag->id : 0);
    return render_xml(req, "feeds/sitemap.tpl", d, "application/xml; charset=utf-8");
}

int sitemap_xml(struct request *req)
{
    return render_sitemap(req, NULL);
}

int agency_sitemap_xml(struct request *req)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    return status ? status : render_sitemap(req, &ag);
}

int robots_txt(struct request *req)
{
    req->response.content_type = "text/plain; charset=utf-8";
    buf_printf(&req->response.body,
               "User-agent: *\n"
               "Disallow: %s/admin/\n"
               "Disallow: %s/apply/status\n", req->base, req->base);
    const char *base = site_base_url(req);
    if (base)
        buf_printf(&req->response.body, "\nSitemap: %s/sitemap.xml\n", base);
    return 200;
}
