/* An agency's column home (/{code}/): 61号's four columns, the agency's
 * latest entries, guides and news, how to reach it and how to apply; plus
 * /{code} (301 to /{code}/) and /{code}/apply (303 to the platform's form
 * with the agency chosen). */
#include "agency.h"
#include "app.h"
#include "db.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"

enum { LATEST_ENTRIES = 10, LATEST_GUIDES = 8, LATEST_NEWS = 5 };

static void add_latest_entries(struct tmpl_dict *d, struct request *req, const struct agency *ag)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, title, published_on FROM entries WHERE owner_id = ?1 AND status = 'published'"
        " ORDER BY published_on DESC, id DESC LIMIT ?2");
    sqlite3_bind_int64(st, 1, ag->id);
    sqlite3_bind_int(st, 2, LATEST_ENTRIES);
    int n = 0;
    for (; sqlite3_step(st) == SQLITE_ROW; n++) {
        struct tmpl_dict *row = tmpl_add_section(d, "latest");
        tmpl_set(row, "url", arena_printf(req->arena, "/%s/catalogue/%lld", ag->code, db_int(st, 0)));
        tmpl_set(row, "title", db_text(req->arena, st, 1));
        tmpl_set(row, "published_on", db_text(req->arena, st, 2));
    }
    sqlite3_reset(st);
    if (n == 0)
        tmpl_show(d, "no_latest");
}

static void add_guides(struct tmpl_dict *d, struct request *req, const struct agency *ag)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, name FROM guides WHERE owner_id = ?1 AND status = 'published' ORDER BY sort, id LIMIT ?2");
    sqlite3_bind_int64(st, 1, ag->id);
    sqlite3_bind_int(st, 2, LATEST_GUIDES);
    int n = 0;
    for (; sqlite3_step(st) == SQLITE_ROW; n++) {
        struct tmpl_dict *row = tmpl_add_section(d, "guides");
        tmpl_set(row, "url", arena_printf(req->arena, "/%s/guides/%lld", ag->code, db_int(st, 0)));
        tmpl_set(row, "name", db_text(req->arena, st, 1));
    }
    sqlite3_reset(st);
    if (n == 0)
        tmpl_show(d, "no_guides");
}

static void add_news(struct tmpl_dict *d, struct request *req, const struct agency *ag)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, title, coalesce(published_on, '') FROM news WHERE owner_id = ?1 AND status = 'published'"
        " ORDER BY published_on DESC, id DESC LIMIT ?2");
    sqlite3_bind_int64(st, 1, ag->id);
    sqlite3_bind_int(st, 2, LATEST_NEWS);
    int n = 0;
    for (; sqlite3_step(st) == SQLITE_ROW; n++) {
        struct tmpl_dict *row = tmpl_add_section(d, "news");
        tmpl_set(row, "url", arena_printf(req->arena, "/%s/news/%lld", ag->code, db_int(st, 0)));
        tmpl_set(row, "title", db_text(req->arena, st, 1));
        tmpl_set(row, "published_on", db_text(req->arena, st, 2));
    }
    sqlite3_reset(st);
    if (n == 0)
        tmpl_show(d, "no_news");
}

/* The agency's own address and phones, and where it takes applications (Art. 12). */
static void add_contact(struct tmpl_dict *d, struct request *req, const struct agency *ag)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT address, postcode, office_hours, phone, supervision_phone FROM agencies WHERE id = ?1");
    sqlite3_bind_int64(st, 1, ag->id);
    if (sqlite3_step(st) == SQLITE_ROW) {
        static const char *const keys[] = { "address", "postcode", "office_hours", "phone", "supervision_phone" };
        struct tmpl_dict *box = tmpl_add_section(d, "contact");
        for (int i = 0; i < 5; i++)
            tmpl_set(box, keys[i], db_text(req->arena, st, i));
    }
    sqlite3_reset(st);
    tmpl_set(d, "applications_office", agency_setting(req, ag->id, "applications_office"));
    tmpl_set(d, "applications_phone", agency_setting(req, ag->id, "applications_phone"));
}

/* The four columns of 61号, each with a line on what it holds. */
static void add_statutory_columns(struct tmpl_dict *d, struct request *req, const struct agency *ag)
{
    static const struct { enum column column; const char *note; } tiles[] = {
        { COLUMN_DISCLOSURE_GUIDE, "公开方式、申请渠道和受理机构" },
        { COLUMN_RULES, "本机关政府信息公开工作制度" },
        { COLUMN_STATUTORY, "按《条例》第二十条分类的主动公开信息" },
        { COLUMN_REPORTS, "上一年度政府信息公开工作年度报告" },
    };
    for (size_t i = 0; i < sizeof tiles / sizeof tiles[0]; i++) {
        struct tmpl_dict *tile = tmpl_add_section(d, "columns");
        tmpl_set(tile, "label", column_label(tiles[i].column));
        tmpl_set(tile, "url", column_url(req, ag, tiles[i].column));
        tmpl_set(tile, "note", tiles[i].note);
    }
}

int agency_home(struct request *req)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    if (status)
        return status;
    struct page page;
    struct tmpl_dict *d = column_page_begin(&page, req, &ag, COLUMN_HOME, NULL, "public/agency_home.tpl");
    tmpl_set(d, "agency_level", agency_level_label(ag.level));
    add_statutory_columns(d, req, &ag);
    add_latest_entries(d, req, &ag);
    add_guides(d, req, &ag);
    add_news(d, req, &ag);
    add_contact(d, req, &ag);
    return page_render(&page);
}

int agency_slash_redirect(struct request *req)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    return status ? status : column_redirect(req, 301, ag.code, "/");
}

/* The form lives in apply.fcgi at the platform's /apply; the agency is preselected. */
int agency_apply_redirect(struct request *req)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    if (status)
        return status;
    resp_redirect(req, 303, arena_printf(req->arena, "/apply?agency=%s", ag.code));
    return 303;
}
