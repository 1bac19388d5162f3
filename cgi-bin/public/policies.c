/* The 政策文件库 (issue 14): the policy documents — catalogue entries whose
 * 体裁 is 规章, 行政规范性文件 or 其他文件 — of one agency (/{code}/policies)
 * or of the whole platform (/policies), by issuing year (成文日期, else the
 * publication date) and 文号, filtered by validity (现行有效 / 已修改 / 已废止 /
 * 已失效), kind, year and words of the 文号 or title, each with its
 * interpretations one click away. Also an agency's 澄清说明 column
 * (/{code}/clarifications): the entries that clarify false or incomplete
 * information (条例 Art. 6). */
#include <stdlib.h>
#include <string.h>

#include "agency.h"
#include "app.h"
#include "db.h"
#include "form.h"
#include "page.h"
#include "policy.h"
#include "public.h"
#include "tmpl.h"

enum { POLICY_PAGE_SIZE = 20 };

static const struct field_choice validity_choices[] = {
    { "valid", "现行有效" }, { "amended", "已修改" }, { "repealed", "已废止" }, { "expired", "已失效" },
    { NULL, NULL } };

static const struct field policy_fields[] = {
    { .name = "validity", .label = "有效性", .kind = FIELD_CHOICE, .choices = validity_choices },
    { .name = "kind", .label = "文件类别", .kind = FIELD_INT_RANGE, .min = 1, .max = POLICY_GENRES },
    { .name = "year", .label = "成文年份", .kind = FIELD_INT_RANGE, .min = 1949, .max = 2199 },
    { .name = "q", .label = "文号或标题", .kind = FIELD_TEXT, .max_chars = 50 },
    { .name = "page", .label = "页码", .kind = FIELD_INT_RANGE, .min = 1, .max = 100000 },
};
enum { POLICY_FIELD_COUNT = sizeof policy_fields / sizeof policy_fields[0] };

/* The value of field I, or "" when it was refused (the list then ignores it). */
static const char *usable(const struct form *f, int i)
{
    return f->errors[i] ? "" : f->values[i];
}

/* What every query of the library filters on: ?1 owner (0: all), ?2 validity,
 * ?3 kind's genre name, ?4 year, ?5 words, ?6-?8 the library's genre names. */
#define POLICY_FROM \
    " FROM entries e JOIN categories g ON g.id = e.genre_id AND g.scheme = 'genre' " \
    " JOIN agencies a ON a.id = e.owner_id " \
    "WHERE e.status = 'published' AND g.name IN (?6, ?7, ?8) AND (?1 = 0 OR e.owner_id = ?1) " \
    " AND (?2 = '' OR e.validity = ?2) AND (?3 = '' OR g.name = ?3) " \
    " AND (?4 = '' OR substr(coalesce(nullif(e.written_on, ''), e.published_on), 1, 4) = ?4) " \
    " AND (?5 = '' OR instr(e.doc_no, ?5) > 0 OR instr(e.title, ?5) > 0) "

/* The number of a 文号 (12 in 宁民〔2025〕12号), so that 12号 comes after 8号; 0 without one. */
#define DOC_NUMBER "CAST(substr(e.doc_no, instr(e.doc_no, '〕') + 1) AS INTEGER)"

static void bind_filters(sqlite3_stmt *st, long long owner_id, const struct form *f)
{
    const char *kind = usable(f, 1);
    sqlite3_bind_int64(st, 1, owner_id);
    sqlite3_bind_text(st, 2, usable(f, 0), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, *kind ? policy_genre_names[atoi(kind) - 1] : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, usable(f, 2), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, usable(f, 3), -1, SQLITE_STATIC);
    for (int i = 0; i < POLICY_GENRES; i++)
        sqlite3_bind_text(st, 6 + i, policy_genre_names[i], -1, SQLITE_STATIC);
}

static long long count_policies(struct request *req, long long owner_id, const struct form *f)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db, "SELECT count(*)" POLICY_FROM);
    bind_filters(st, owner_id, f);
    long long n = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : 0;
    sqlite3_reset(st);
    return n;
}

/* The years documents were issued in, newest first, for the year choice. */
static void add_years(struct request *req, struct tmpl_dict *d, long long owner_id, const char *selected)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT DISTINCT substr(coalesce(nullif(e.written_on, ''), e.published_on), 1, 4) AS y"
        " FROM entries e JOIN categories g ON g.id = e.genre_id AND g.scheme = 'genre' "
        "WHERE e.status = 'published' AND g.name IN (?2, ?3, ?4) AND (?1 = 0 OR e.owner_id = ?1) "
        "AND y <> '' ORDER BY y DESC");
    sqlite3_bind_int64(st, 1, owner_id);
    for (int i = 0; i < POLICY_GENRES; i++)
        sqlite3_bind_text(st, 2 + i, policy_genre_names[i], -1, SQLITE_STATIC);
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *o = tmpl_add_section(d, "year_options");
        const char *y = db_text(req->arena, st, 0);
        tmpl_set(o, "value", y);
        if (strcmp(y, selected) == 0)
            tmpl_show(o, "selected");
    }
    sqlite3_reset(st);
}

static void add_kinds(struct request *req, struct tmpl_dict *d, const char *selected)
{
    for (int i = 0; i < POLICY_GENRES; i++) {
        struct tmpl_dict *o = tmpl_add_section(d, "kind_options");
        const char *value = arena_printf(req->arena, "%d", i + 1);
        tmpl_set(o, "value", value);
        tmpl_set(o, "label", policy_genre_names[i]);
        if (strcmp(value, selected) == 0)
            tmpl_show(o, "selected");
    }
}

/* The published interpretations of document ENTRY_ID as links in ROW. */
static void add_interpretation_links(struct request *req, struct tmpl_dict *row, long long entry_id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT e.id, a.code, e.relation FROM entries e JOIN agencies a ON a.id = e.owner_id "
        "WHERE e.relates_to = ?1 AND e.status = 'published' AND e.relation IN ('text', 'graphic', 'media') "
        "ORDER BY e.published_on, e.id LIMIT 10");
    sqlite3_bind_int64(st, 1, entry_id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *link = tmpl_add_section(row, "interpretations");
        tmpl_set(link, "url", arena_printf(req->arena, "/%s/catalogue/%lld", db_text(req->arena, st, 1),
                                           db_int(st, 0)));
        tmpl_set(link, "kind", policy_relation_label(db_text(req->arena, st, 2)));
    }
    sqlite3_reset(st);
}

static void add_rows(struct request *req, struct tmpl_dict *d, long long owner_id, const struct form *f,
                     long long page)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT e.id, a.code, a.name, e.title, e.doc_no, coalesce(nullif(e.written_on, ''), e.published_on, '') AS issued, "
        " g.name, e.validity" POLICY_FROM
        "ORDER BY substr(issued, 1, 4) DESC, " DOC_NUMBER " DESC, issued DESC, e.id DESC LIMIT ?9 OFFSET ?10");
    bind_filters(st, owner_id, f);
    sqlite3_bind_int(st, 9, POLICY_PAGE_SIZE);
    sqlite3_bind_int64(st, 10, (page - 1) * POLICY_PAGE_SIZE);
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "rows");
        long long id = db_int(st, 0);
        tmpl_set(row, "url", arena_printf(req->arena, "/%s/catalogue/%lld", db_text(req->arena, st, 1), id));
        if (!owner_id)
            tmpl_set(tmpl_add_section(row, "agency"), "agency", db_text(req->arena, st, 2));
        tmpl_set(row, "title", db_text(req->arena, st, 3));
        tmpl_set(row, "doc_no", db_text(req->arena, st, 4));
        tmpl_set(row, "issued", db_text(req->arena, st, 5));
        tmpl_set(row, "kind", db_text(req->arena, st, 6));
        const char *validity = db_text(req->arena, st, 7);
        tmpl_set(row, "validity", validity);
        tmpl_set(row, "validity_label", policy_validity_label(validity));
        add_interpretation_links(req, row, id);
    }
    sqlite3_reset(st);
}

/* The filters as a query string for the pager ("?validity=...&page="). */
static const char *pager_prefix(struct request *req, const char *path, const struct form *f)
{
    struct buf b;
    buf_init(&b, req->arena);
    buf_printf(&b, "%s?", path);
    for (int i = 0; i < POLICY_FIELD_COUNT - 1; i++)
        if (*usable(f, i))
            buf_printf(&b, "%s=%s&", policy_fields[i].name, url_query_encode(req->arena, usable(f, i)));
    buf_puts(&b, "page=");
    return b.data;
}

/* Fills the library page for OWNER_ID (0: the platform) at PATH. A refused
 * filter is named beside its field, with what was typed, and the list
 * ignores it. Returns 0, or 404 past the last page. */
static int fill_library(struct request *req, struct tmpl_dict *d, long long owner_id, const char *path,
                        const struct form *f)
{
    const char *p = usable(f, 4);
    long long page = *p ? atoll(p) : 1, total = count_policies(req, owner_id, f);
    long long pages = (total + POLICY_PAGE_SIZE - 1) / POLICY_PAGE_SIZE;
    if (page > 1 && page > pages)
        return resp_error(req, 404, "没有这一页：页码超出了结果的范围。");
    form_to_dict(f, d);
    tmpl_set(d, "path", path);
    tmpl_set_int(d, "total", total);
    add_kinds(req, d, usable(f, 1));
    add_years(req, d, owner_id, usable(f, 2));
    if (!owner_id)
        tmpl_show(d, "show_agency");
    tmpl_show(d, total ? "has_rows" : "empty");
    add_rows(req, d, owner_id, f, page);
    pager_fill(req, d, pager_prefix(req, path, f), page, pages);
    return 0;
}

int agency_policies_page(struct request *req)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    if (status)
        return status;
    struct form f;
    form_read(req, policy_fields, POLICY_FIELD_COUNT, true, &f);
    struct page page;
    struct tmpl_dict *d = column_page_begin(&page, req, &ag, COLUMN_POLICIES, NULL, "public/policies.tpl");
    tmpl_set(d, "heading", arena_printf(req->arena, "%s政策文件库", ag.name));
    status = fill_library(req, d, ag.id, column_url(req, &ag, COLUMN_POLICIES), &f);
    if (status)
        return status;
    return page_render(&page);
}

int policies_page(struct request *req)
{
    struct form f;
    form_read(req, policy_fields, POLICY_FIELD_COUNT, true, &f);
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, "政策文件库", "public/policies.tpl", NAV_NONE);
    page_breadcrumb(&page, "政策文件库", NULL);
    tmpl_set(d, "heading", "政策文件库");
    int status = fill_library(req, d, 0, "/policies", &f);
    if (status)
        return status;
    return page_render(&page);
}

/* ---- 澄清说明 ----------------------------------------------------------------- */

int clarifications_page(struct request *req)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    if (status)
        return status;
    struct page page;
    struct tmpl_dict *d = column_page_begin(&page, req, &ag, COLUMN_CLARIFICATIONS, NULL,
                                            "public/clarifications.tpl");
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT e.id, e.title, coalesce(e.published_on, ''), t.id, t.title, ta.code "
        "FROM entries e LEFT JOIN entries t ON t.id = e.relates_to AND t.status = 'published' "
        "LEFT JOIN agencies ta ON ta.id = t.owner_id "
        "WHERE e.owner_id = ?1 AND e.relation = 'clarifies' AND e.status = 'published' "
        "ORDER BY e.published_on DESC, e.id DESC LIMIT 200");
    sqlite3_bind_int64(st, 1, ag.id);
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        n++;
        struct tmpl_dict *row = tmpl_add_section(d, "rows");
        tmpl_set(row, "url", arena_printf(req->arena, "/%s/catalogue/%lld", ag.code, db_int(st, 0)));
        tmpl_set(row, "title", db_text(req->arena, st, 1));
        tmpl_set(row, "published_on", db_text(req->arena, st, 2));
        if (sqlite3_column_type(st, 3) != SQLITE_NULL) {
            struct tmpl_dict *t = tmpl_add_section(row, "corrected");
            tmpl_set(t, "url", arena_printf(req->arena, "/%s/catalogue/%lld", db_text(req->arena, st, 5),
                                            db_int(st, 3)));
            tmpl_set(t, "title", db_text(req->arena, st, 4));
        }
    }
    sqlite3_reset(st);
    tmpl_show(d, n ? "has_rows" : "empty");
    return page_render(&page);
}
