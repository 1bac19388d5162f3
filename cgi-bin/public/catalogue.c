/* The 政府信息公开目录, newest first, with honest facet counts (each computed
 * under the other filters) and page numbers: /catalogue across all agencies
 * (facets topic, genre, year, agency=CODE, art20) and /{code}/catalogue for
 * one agency (facets topic, genre, year, unit = its publishing offices and
 * units, art20). The counts come from the cube in catalogue_counts.c. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agency.h"
#include "app.h"
#include "art20.h"
#include "catalogue_counts.h"
#include "db.h"
#include "form.h"
#include "page.h"
#include "policy.h"
#include "public.h"
#include "tmpl.h"

enum { PAGE_SIZE = 20, PAGE_WINDOW = 2 };

/* Facets in the order of the count cube's dimensions and the SQL placeholders ?1..?6. */
enum facet {
    FACET_TOPIC, FACET_GENRE, FACET_YEAR, FACET_OWNER, FACET_UNIT, FACET_ART20, FACET__MAX,
    FACET_NONE = -1
};
_Static_assert((int)FACET_TOPIC == COUNT_TOPIC && (int)FACET_GENRE == COUNT_GENRE
               && (int)FACET_YEAR == COUNT_YEAR && (int)FACET_OWNER == COUNT_OWNER
               && (int)FACET_UNIT == COUNT_UNIT && (int)FACET_ART20 == COUNT_ART20
               && (int)FACET__MAX == COUNT_DIMENSIONS,
               "filter values index the count cube directly");

static const struct field filter_fields[] = {
    [FACET_TOPIC] = { "topic", "主题分类", FIELD_UINT, 18, false, NULL, 0, 0 },
    [FACET_GENRE] = { "genre", "体裁分类", FIELD_UINT, 18, false, NULL, 0, 0 },
    [FACET_YEAR] = { "year", "发布年份", FIELD_INT_RANGE, 4, false, NULL, 1000, 9999 },
    [FACET_OWNER] = { "agency", "机构", FIELD_TEXT, AGENCY_CODE_MAX, false, NULL, 0, 0 },
    [FACET_UNIT] = { "unit", "发布机构", FIELD_UINT, 18, false, NULL, 0, 0 },
    [FACET_ART20] = { "art20", "法定公开内容", FIELD_INT_RANGE, 2, false, NULL, 1, ART20_ITEMS },
    /* Any integer passes here so that page=0 is "not found" rather than "malformed". */
    [FACET__MAX] = { "page", "页码", FIELD_INT_RANGE, 20, false, NULL, LONG_MIN, LONG_MAX },
};

struct filters {
    const struct agency *agency;    /* the agency whose catalogue this is; NULL: the platform's */
    const char *path;               /* "/catalogue" or "/mzj/catalogue" */
    long long value[FACET__MAX];    /* cube keys (the owner's id for agency=CODE); 0 = none */
    const char *param[FACET__MAX];  /* the same as written in URLs; "" = none */
    long long page;
};

/* The platform's list has no unit facet (units belong to agencies); an
 * agency's has no agency facet (it is fixed by the path). */
static bool facet_shown(const struct filters *f, int facet)
{
    return facet != (f->agency ? FACET_OWNER : FACET_UNIT);
}

/* The WHERE clause the list shares; NULL parameters mean "any". */
#define CATALOGUE_FILTER_REST \
    " AND (?1 IS NULL OR e.topic_id = ?1) AND (?2 IS NULL OR e.genre_id = ?2)" \
    " AND (?3 IS NULL OR substr(e.published_on, 1, 4) = printf('%04d', ?3))" \
    " AND (?5 IS NULL OR e.agency_id = ?5) AND (?6 IS NULL OR e.art20 = ?6)"
#define CATALOGUE_FILTER "e.status = 'published' AND (?4 IS NULL OR e.owner_id = ?4)" CATALOGUE_FILTER_REST
/* With an owner the equality lets the list walk that agency's index (entries_owner). */
#define CATALOGUE_OWNER_FILTER "e.owner_id = ?4 AND e.status = 'published'" CATALOGUE_FILTER_REST
#define CATALOGUE_ROW "SELECT e.id, e.title, e.doc_no, e.published_on, e.validity, a.code, a.name" \
    " FROM entries e JOIN agencies a ON a.id = e.owner_id WHERE "
#define CATALOGUE_ORDER " ORDER BY e.published_on DESC, e.id DESC LIMIT ?7 OFFSET ?8"

static void bind_filters(sqlite3_stmt *st, const struct filters *f)
{
    for (int i = 0; i < FACET__MAX; i++) {
        if (f->value[i] == 0)
            sqlite3_bind_null(st, i + 1);
        else
            sqlite3_bind_int64(st, i + 1, f->value[i]);
    }
}

/* F's list URL with facet FACET set to PARAM ("" or NULL removes it), at PAGE. */
static const char *catalogue_url(struct arena *arena, const struct filters *f, int facet,
                                 const char *param, long long page)
{
    struct buf url;
    buf_init(&url, arena);
    buf_puts(&url, f->path);
    char sep = '?';
    for (int i = 0; i < FACET__MAX; i++) {
        const char *v = i == facet ? param : f->param[i];
        if (v && *v) {
            buf_printf(&url, "%c%s=%s", sep, filter_fields[i].name, v);
            sep = '&';
        }
    }
    if (page > 1)
        buf_printf(&url, "%cpage=%lld", sep, page);
    return url.data;
}

static bool filter_value_known(struct request *req, const struct filters *f, int facet, long long id)
{
    if (facet == FACET_ART20 || facet == FACET_YEAR)
        return true;    /* the field's range is the check */
    sqlite3_stmt *st;
    if (facet == FACET_UNIT) {
        st = db_stmt(req->app->content_db, "SELECT 1 FROM agencies WHERE id = ?1 AND coalesce(parent_id, id) = ?2");
        sqlite3_bind_int64(st, 2, f->agency->id);
    } else {
        st = db_stmt(req->app->content_db, "SELECT 1 FROM categories WHERE id = ?1 AND scheme = ?2");
        sqlite3_bind_text(st, 2, facet == FACET_TOPIC ? "topic" : "genre", -1, SQLITE_STATIC);
    }
    sqlite3_bind_int64(st, 1, id);
    bool known = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_reset(st);
    return known;
}

static int refuse_value(struct request *req, int facet, const char *value, const char *why)
{
    return resp_error(req, 400, arena_printf(req->arena, "筛选条件“%s”的值“%s”无效：%s",
                                             filter_fields[facet].label, value, why));
}

/* agency=CODE of the platform's list: the owner's id is the cube key. */
static int read_owner(struct request *req, struct filters *f, const char *code)
{
    struct agency owner;
    if (!agency_code_valid(code))
        return refuse_value(req, FACET_OWNER, code, "机构代码由小写字母和数字组成。");
    if (!agency_by_code(req, code, &owner))
        return resp_error(req, 404, "所选的机构不存在，可能已被调整。");
    f->value[FACET_OWNER] = owner.id;
    return 0;
}

/* Reads the filters of the facets shown. Malformed values: 400 with the field
 * named; a value that does not exist: 404 (a stale link). Returns 0 or the status. */
static int read_filters(struct request *req, struct filters *f)
{
    struct form form;
    form_read(req, filter_fields, FACET__MAX + 1, true, &form);
    for (int i = 0; i <= FACET__MAX; i++)
        if ((i == FACET__MAX || facet_shown(f, i)) && form.errors[i])
            return refuse_value(req, i, form.values[i], form.errors[i]);
    for (int i = 0; i < FACET__MAX; i++) {
        if (!facet_shown(f, i) || !*form.values[i])
            continue;
        f->param[i] = form.values[i];
        if (i == FACET_OWNER) {
            int status = read_owner(req, f, f->param[i]);
            if (status)
                return status;
            continue;
        }
        f->value[i] = strtoll(f->param[i], NULL, 10);
        if (!filter_value_known(req, f, i, f->value[i]))
            return resp_error(req, 404, arena_printf(req->arena, "所选的%s不存在，可能已被调整。",
                                                     filter_fields[i].label));
    }
    f->page = *form.values[FACET__MAX] ? strtoll(form.values[FACET__MAX], NULL, 10) : 1;
    return f->page < 1 ? resp_error(req, 404, "没有这一页。") : 0;
}

static sqlite3_stmt *entry_rows_statement(sqlite3 *db, const struct filters *f, const char *bound)
{
    sqlite3_stmt *st;
    if (f->value[FACET_OWNER])
        st = *bound ? db_stmt(db, CATALOGUE_ROW CATALOGUE_OWNER_FILTER " AND e.published_on < ?9" CATALOGUE_ORDER)
                    : db_stmt(db, CATALOGUE_ROW CATALOGUE_OWNER_FILTER CATALOGUE_ORDER);
    else
        st = *bound ? db_stmt(db, CATALOGUE_ROW CATALOGUE_FILTER " AND e.published_on < ?9" CATALOGUE_ORDER)
                    : db_stmt(db, CATALOGUE_ROW CATALOGUE_FILTER CATALOGUE_ORDER);
    if (*bound)
        sqlite3_bind_text(st, 9, bound, -1, SQLITE_TRANSIENT);
    return st;
}

static void add_entry_row(struct tmpl_dict *d, struct request *req, const struct filters *f,
                          sqlite3_stmt *st)
{
    struct tmpl_dict *row = tmpl_add_section(d, "rows");
    tmpl_set(row, "url", arena_printf(req->arena, "/%s/catalogue/%lld", db_text(req->arena, st, 5),
                                      db_int(st, 0)));
    tmpl_set(row, "title", db_text(req->arena, st, 1));
    tmpl_set(row, "doc_no", db_text(req->arena, st, 2));
    tmpl_set(row, "published_on", db_text(req->arena, st, 3));
    if (!f->agency)
        tmpl_set(tmpl_add_section(row, "agency"), "agency", db_text(req->arena, st, 6));
    const char *badge = policy_validity_badge(db_text(req->arena, st, 4));
    if (badge) {
        struct tmpl_dict *b = tmpl_add_section(row, "badge");
        tmpl_set(b, "badge", badge);
        tmpl_set(b, "validity", db_text(req->arena, st, 4));
    }
}

static void add_entry_rows(struct tmpl_dict *d, struct request *req, const struct filters *f)
{
    /* The list query seeks to the month the page starts in through the index
     * instead of stepping over every earlier row with OFFSET (page 4000 of
     * 100,000 entries: 80,000 index steps). */
    char bound[8];
    long long skip;
    catalogue_count_position(f->value, (f->page - 1) * PAGE_SIZE, bound, &skip);
    sqlite3_stmt *st = entry_rows_statement(req->app->content_db, f, bound);
    bind_filters(st, f);
    sqlite3_bind_int(st, 7, PAGE_SIZE);
    sqlite3_bind_int64(st, 8, skip);
    while (sqlite3_step(st) == SQLITE_ROW)
        add_entry_row(d, req, f, st);
    sqlite3_reset(st);
}

/* One value of a facet. */
struct facet_value {
    long long key;          /* in the count cube */
    const char *param;      /* in URLs */
    const char *label;
};

/* The values of the topic, genre, agency and unit facets (columns id, name, URL value). */
static sqlite3_stmt *facet_statement(struct request *req, const struct filters *f, int facet)
{
    sqlite3 *db = req->app->content_db;
    switch (facet) {
    case FACET_TOPIC:
        return db_stmt(db, "SELECT id, name, id FROM categories WHERE scheme = 'topic' ORDER BY sort, id");
    case FACET_GENRE:
        return db_stmt(db, "SELECT id, name, id FROM categories WHERE scheme = 'genre' ORDER BY sort, id");
    case FACET_OWNER:
        return db_stmt(db, "SELECT id, name, code FROM agencies WHERE parent_id IS NULL AND code IS NOT NULL"
                           " ORDER BY CASE level WHEN 'government' THEN 0 WHEN 'department' THEN 1"
                           " WHEN 'township' THEN 2 ELSE 3 END, sort, id");
    default: {
        sqlite3_stmt *st = db_stmt(db, "SELECT id, name, id FROM agencies WHERE coalesce(parent_id, id) = ?1"
                                       " AND unpublished = 0 ORDER BY parent_id IS NOT NULL, kind <> 'office', sort, id");
        sqlite3_bind_int64(st, 1, f->agency->id);
        return st;
    }
    }
}

/* Fills VALUES (at most MAX) with the facet's values; returns how many. */
static size_t facet_values(struct request *req, const struct filters *f, int facet,
                           struct facet_value *values, size_t max)
{
    size_t n = 0;
    if (facet == FACET_ART20) {
        for (int i = 1; i <= ART20_ITEMS && n < max; i++, n++) {
            const struct art20_item *it = art20_item(i);
            values[n] = (struct facet_value){ i, arena_printf(req->arena, "%d", i),
                                              arena_printf(req->arena, "%s%s", it->numeral, it->short_name) };
        }
        return n;
    }
    if (facet == FACET_YEAR) {
        const long long *years = catalogue_count_years(&n);
        n = n < max ? n : max;
        for (size_t i = 0; i < n; i++)
            values[i] = (struct facet_value){ years[i], arena_printf(req->arena, "%lld", years[i]),
                                              arena_printf(req->arena, "%04lld年", years[i]) };
        return n;
    }
    sqlite3_stmt *st = facet_statement(req, f, facet);
    for (; n < max && sqlite3_step(st) == SQLITE_ROW; n++)
        values[n] = (struct facet_value){ db_int(st, 0), db_text(req->arena, st, 2), db_text(req->arena, st, 1) };
    sqlite3_reset(st);
    return n;
}

/* One value of a facet: an <option> for the form, and a link unless it has no entries.
 * The count is taken under every other active filter. */
static void add_facet_value(struct tmpl_dict *facet_d, struct request *req, const struct filters *f,
                            int facet, const struct facet_value *v, long long count)
{
    bool selected = f->value[facet] == v->key;
    struct tmpl_dict *opt = tmpl_add_section(facet_d, "options");
    tmpl_set(opt, "value", v->param);
    tmpl_set(opt, "label", v->label);
    tmpl_set_int(opt, "count", count);
    if (selected)
        tmpl_show(opt, "selected");
    if (count == 0 && !selected)
        return;
    struct tmpl_dict *item = tmpl_add_section(facet_d, "values");
    tmpl_set(item, "label", v->label);
    tmpl_set_int(item, "count", count);
    if (selected)
        tmpl_set(tmpl_add_section(item, "current"), "remove_url",
                 catalogue_url(req->arena, f, facet, NULL, 1));
    else
        tmpl_set(tmpl_add_section(item, "link"), "url", catalogue_url(req->arena, f, facet, v->param, 1));
}

/* Adds the values of FACET; returns the selected value's label or NULL. Every
 * value is listed (a selected one stays in the list even at 0). */
static const char *add_facet_values(struct tmpl_dict *facet_d, struct request *req,
                                    const struct filters *f, int facet)
{
    enum { MAX_LISTED = 1000 };     /* categories, years or agencies of one facet */
    struct facet_value *values = arena_calloc(req->arena, MAX_LISTED, sizeof *values);
    size_t n = facet_values(req, f, facet, values, MAX_LISTED);
    long long *keys = arena_calloc(req->arena, n + 1, sizeof *keys);
    long long *counts = arena_calloc(req->arena, n + 1, sizeof *counts);
    for (size_t i = 0; i < n; i++)
        keys[i] = values[i].key;
    catalogue_count_facet(f->value, facet, keys, n, counts);
    const char *active_label = NULL;
    for (size_t i = 0; i < n; i++) {
        add_facet_value(facet_d, req, f, facet, &values[i], counts[i]);
        if (f->value[facet] == values[i].key)
            active_label = values[i].label;
    }
    return active_label;
}

/* Adds the facet and, when it is active, its entry in the list of current filters. */
static void add_facet(struct tmpl_dict *d, struct request *req, const struct filters *f, int facet)
{
    struct tmpl_dict *facet_d = tmpl_add_section(d, "facets");
    tmpl_set(facet_d, "name", filter_fields[facet].name);
    tmpl_set(facet_d, "label", filter_fields[facet].label);
    const char *active_label = add_facet_values(facet_d, req, f, facet);
    if (!f->value[facet])
        return;
    tmpl_show(d, "has_active");
    struct tmpl_dict *active = tmpl_add_section(d, "active");
    tmpl_set(active, "facet", filter_fields[facet].label);
    tmpl_set(active, "value", active_label ? active_label
                                           : arena_printf(req->arena, "%lld年", f->value[facet]));
    tmpl_set(active, "remove_url", catalogue_url(req->arena, f, facet, NULL, 1));
}

static void add_page_link(struct tmpl_dict *d, struct request *req, const struct filters *f,
                          long long n)
{
    struct tmpl_dict *item = tmpl_add_section(d, "pages");
    if (n == 0) {
        tmpl_show(item, "gap");
        return;
    }
    struct tmpl_dict *inner = tmpl_add_section(item, n == f->page ? "current" : "link");
    tmpl_set_int(inner, "n", n);
    tmpl_set(inner, "url", catalogue_url(req->arena, f, FACET_NONE, NULL, n));
}

/* Page numbers: the first, the last and a window around the current one, gaps as "…". */
static void add_pagination(struct tmpl_dict *d, struct request *req, const struct filters *f,
                           long long page_count)
{
    if (page_count <= 1)
        return;
    struct tmpl_dict *nav = tmpl_add_section(d, "pagination");
    tmpl_set_int(nav, "page", f->page);
    tmpl_set_int(nav, "page_count", page_count);
    if (f->page > 1)
        tmpl_set(tmpl_add_section(nav, "prev"), "url",
                 catalogue_url(req->arena, f, FACET_NONE, NULL, f->page - 1));
    long long last_shown = 0;
    for (long long n = 1; n <= page_count; n++) {
        if (n != 1 && n != page_count && (n < f->page - PAGE_WINDOW || n > f->page + PAGE_WINDOW))
            continue;
        if (n > last_shown + 1)
            add_page_link(nav, req, f, 0);
        add_page_link(nav, req, f, n);
        last_shown = n;
    }
    if (f->page < page_count)
        tmpl_set(tmpl_add_section(nav, "next"), "url",
                 catalogue_url(req->arena, f, FACET_NONE, NULL, f->page + 1));
}

/* Under an Art. 20 item, the list says which one and leads back to the 15 items. */
static void add_art20_note(struct tmpl_dict *d, struct request *req, const struct filters *f)
{
    const struct art20_item *it = art20_item(f->value[FACET_ART20]);
    if (!it || !f->agency)
        return;
    struct tmpl_dict *note = tmpl_add_section(d, "art20_note");
    tmpl_set(note, "numeral", it->numeral);
    tmpl_set(note, "text", it->text);
    tmpl_set(note, "statutory_url", column_url(req, f->agency, COLUMN_STATUTORY));
}

/* The list page of F, once the filters are read. */
static int render_list(struct request *req, struct filters *f)
{
    if (!catalogue_counts_ready(req->app->content_db))
        return resp_error(req, 500, NULL);
    long long total = catalogue_count_total(f->value);
    long long page_count = total ? (total + PAGE_SIZE - 1) / PAGE_SIZE : 1;
    if (f->page > page_count)
        return resp_error(req, 404, "没有这一页：页码超出了结果的范围。");
    struct page page;
    struct tmpl_dict *d;
    const char *page_title = f->page > 1 ? arena_printf(req->arena, "政府信息公开目录（第%lld页）", f->page) : NULL;
    if (f->agency) {
        d = column_page_begin(&page, req, f->agency, COLUMN_CATALOGUE, NULL, "public/catalogue.tpl");
    } else {
        d = page_begin(&page, req, page_title ? page_title : "政府信息公开目录", "public/catalogue.tpl",
                       NAV_CATALOGUE);
        page_breadcrumb(&page, "政府信息公开目录", NULL);
        tmpl_show(d, "show_agency");
    }
    tmpl_set(d, "path", f->path);
    tmpl_set_int(d, "total", total);
    add_art20_note(d, req, f);
    for (int i = 0; i < FACET__MAX; i++)
        if (facet_shown(f, i))
            add_facet(d, req, f, i);
    if (total)      /* else the list query would walk the whole index to find nothing */
        add_entry_rows(d, req, f);
    tmpl_show(d, total ? "has_rows" : "empty");
    add_pagination(d, req, f, page_count);
    return page_render(&page);
}

static void filters_init(struct filters *f, const struct agency *ag, const char *path)
{
    memset(f, 0, sizeof *f);
    f->agency = ag;
    f->path = path;
    for (int i = 0; i < FACET__MAX; i++)
        f->param[i] = "";
    if (ag)
        f->value[FACET_OWNER] = ag->id;     /* in the path, not in the query */
}

/* The single-agency catalogue filtered by agency=ID (an office or unit):
 * that agency's list filtered by unit=ID, every other parameter kept. */
static int legacy_unit_redirect(struct request *req, const char *unit)
{
    long long id = strtoll(unit, NULL, 10);
    struct agency owner;
    if (!agency_by_id(req, id, &owner))
        return resp_error(req, 404, "所选的发布机构不存在，可能已被调整。");
    struct buf url;
    buf_init(&url, req->arena);
    buf_printf(&url, "/%s/catalogue", owner.code);
    char sep = '?';
    for (size_t i = 0; i < req->query.count; i++) {
        const struct param *p = &req->query.items[i];
        bool is_agency = strcmp(p->name, "agency") == 0;
        buf_printf(&url, "%c%s=%s", sep, is_agency ? "unit" : url_query_encode(req->arena, p->name),
                   url_query_encode(req->arena, p->value));
        sep = '&';
    }
    resp_redirect(req, 301, url.data);
    return 301;
}

static bool all_digits(const char *s)
{
    if (!s || !*s)
        return false;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return false;
    return true;
}

int catalogue_list(struct request *req)
{
    const char *agency = params_get(&req->query, "agency");
    if (all_digits(agency))
        return legacy_unit_redirect(req, agency);
    struct filters f;
    filters_init(&f, NULL, "/catalogue");
    int status = read_filters(req, &f);
    return status ? status : render_list(req, &f);
}

int agency_catalogue_list(struct request *req)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    if (status)
        return status;
    struct filters f;
    filters_init(&f, &ag, column_url(req, &ag, COLUMN_CATALOGUE));
    status = read_filters(req, &f);
    return status ? status : render_list(req, &f);
}
