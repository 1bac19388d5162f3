/* /catalogue: the 政府信息公开目录, newest first, filtered by topic, genre, year and
 * agency, with honest facet counts (each computed under the other filters) and
 * page numbers. /catalogue/{id}: one entry with its metadata, body,
 * attachments and revision history. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "catalogue_counts.h"
#include "db.h"
#include "form.h"
#include "markdown.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"

enum { PAGE_SIZE = 20, PAGE_WINDOW = 2 };

/* Facets in the order of their query parameters and SQL placeholders ?1..?4. */
enum facet { FACET_TOPIC, FACET_GENRE, FACET_YEAR, FACET_AGENCY, FACET__MAX, FACET_NONE = -1 };
_Static_assert((int)FACET_TOPIC == COUNT_TOPIC && (int)FACET_GENRE == COUNT_GENRE
               && (int)FACET_YEAR == COUNT_YEAR && (int)FACET_AGENCY == COUNT_AGENCY
               && (int)FACET__MAX == COUNT_DIMENSIONS,
               "filter values index the count cube directly");

static const struct field filter_fields[] = {
    [FACET_TOPIC] = { "topic", "主题分类", FIELD_UINT, 18, false, NULL, 0, 0 },
    [FACET_GENRE] = { "genre", "体裁分类", FIELD_UINT, 18, false, NULL, 0, 0 },
    [FACET_YEAR] = { "year", "发布年份", FIELD_INT_RANGE, 4, false, NULL, 1000, 9999 },
    [FACET_AGENCY] = { "agency", "发布机构", FIELD_UINT, 18, false, NULL, 0, 0 },
    /* Any integer passes here so that page=0 is "not found" rather than "malformed". */
    [FACET__MAX] = { "page", "页码", FIELD_INT_RANGE, 20, false, NULL, LONG_MIN, LONG_MAX },
};

struct filters {
    long long value[FACET__MAX];    /* 0 = no filter on this facet */
    long long page;
};

/* The WHERE clause every catalogue query shares; NULL parameters mean "any". */
#define CATALOGUE_FILTER \
    "e.status = 'published' AND (?1 IS NULL OR e.topic_id = ?1) AND (?2 IS NULL OR e.genre_id = ?2)" \
    " AND (?3 IS NULL OR substr(e.published_on, 1, 4) = printf('%04d', ?3))" \
    " AND (?4 IS NULL OR e.agency_id = ?4)"

/* Binds ?1..?4 from F, leaving facet SKIP unfiltered (for that facet's own counts). */
static void bind_filters(sqlite3_stmt *st, const struct filters *f, int skip)
{
    for (int i = 0; i < FACET__MAX; i++) {
        if (i == skip || f->value[i] == 0)
            sqlite3_bind_null(st, i + 1);
        else
            sqlite3_bind_int64(st, i + 1, f->value[i]);
    }
}

/* "/catalogue?topic=1&page=2" for F with facet FACET set to VALUE (0 removes it). */
static const char *catalogue_url(struct arena *arena, const struct filters *f, int facet,
                                 long long value, long long page)
{
    struct buf url;
    buf_init(&url, arena);
    buf_puts(&url, "/catalogue");
    char sep = '?';
    for (int i = 0; i < FACET__MAX; i++) {
        long long v = i == facet ? value : f->value[i];
        if (v) {
            buf_printf(&url, "%c%s=%lld", sep, filter_fields[i].name, v);
            sep = '&';
        }
    }
    if (page > 1)
        buf_printf(&url, "%cpage=%lld", sep, page);
    return url.data;
}

static const char *validity_badge(const char *validity)
{
    return strcmp(validity, "repealed") == 0 ? "已废止"
         : strcmp(validity, "expired") == 0 ? "已失效" : NULL;
}

static bool filter_value_known(struct request *req, int facet, long long id)
{
    sqlite3_stmt *st = facet == FACET_AGENCY
        ? db_stmt(req->app->content_db, "SELECT 1 FROM agencies WHERE id = ?1")
        : db_stmt(req->app->content_db, "SELECT 1 FROM categories WHERE id = ?1 AND scheme = ?2");
    sqlite3_bind_int64(st, 1, id);
    if (facet != FACET_AGENCY)
        sqlite3_bind_text(st, 2, facet == FACET_TOPIC ? "topic" : "genre", -1, SQLITE_STATIC);
    bool known = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_reset(st);
    return known;
}

/* Reads the filters. Malformed values: 400 with the field named; a category or
 * agency that does not exist: 404 (a stale link). Returns 0 or the status. */
static int read_filters(struct request *req, struct filters *f)
{
    struct form form;
    form_read(req, filter_fields, FACET__MAX + 1, true, &form);
    for (int i = 0; i <= FACET__MAX; i++)
        if (form.errors[i])
            return resp_error(req, 400, arena_printf(req->arena, "筛选条件“%s”的值“%s”无效：%s",
                              filter_fields[i].label, form.values[i], form.errors[i]));
    memset(f, 0, sizeof *f);
    for (int i = 0; i < FACET__MAX; i++) {
        if (*form.values[i])
            f->value[i] = strtoll(form.values[i], NULL, 10);
        if (f->value[i] && i != FACET_YEAR && !filter_value_known(req, i, f->value[i]))
            return resp_error(req, 404, arena_printf(req->arena, "所选的%s不存在，可能已被调整。",
                                                     filter_fields[i].label));
    }
    f->page = *form.values[FACET__MAX] ? strtoll(form.values[FACET__MAX], NULL, 10) : 1;
    return f->page < 1 ? resp_error(req, 404, "没有这一页。") : 0;
}

/* Counts come from the cube in catalogue_counts.c (the facets are in its dimension order). */
static long long count_entries(const struct filters *f)
{
    return catalogue_count_total(f->value);
}

static sqlite3_stmt *entry_rows_statement(sqlite3 *db, const char *bound)
{
    if (!*bound)
        return db_stmt(db, "SELECT e.id, e.title, e.doc_no, e.published_on, e.validity FROM entries e WHERE "
                           CATALOGUE_FILTER " ORDER BY e.published_on DESC, e.id DESC LIMIT ?5 OFFSET ?6");
    sqlite3_stmt *st = db_stmt(db, "SELECT e.id, e.title, e.doc_no, e.published_on, e.validity FROM entries e"
                                   " WHERE " CATALOGUE_FILTER " AND e.published_on < ?7"
                                   " ORDER BY e.published_on DESC, e.id DESC LIMIT ?5 OFFSET ?6");
    sqlite3_bind_text(st, 7, bound, -1, SQLITE_TRANSIENT);
    return st;
}

static void add_entry_rows(struct tmpl_dict *d, struct request *req, const struct filters *f)
{
    /* The list query seeks to the month the page starts in through the index
     * instead of stepping over every earlier row with OFFSET (page 4000 of
     * 100,000 entries: 80,000 index steps). */
    char bound[8];
    long long skip;
    catalogue_count_position(f->value, (f->page - 1) * PAGE_SIZE, bound, &skip);
    sqlite3_stmt *st = entry_rows_statement(req->app->content_db, bound);
    bind_filters(st, f, FACET_NONE);
    sqlite3_bind_int(st, 5, PAGE_SIZE);
    sqlite3_bind_int64(st, 6, skip);
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "rows");
        tmpl_set_int(row, "id", db_int(st, 0));
        tmpl_set(row, "title", db_text(req->arena, st, 1));
        tmpl_set(row, "doc_no", db_text(req->arena, st, 2));
        tmpl_set(row, "published_on", db_text(req->arena, st, 3));
        const char *badge = validity_badge(db_text(req->arena, st, 4));
        if (badge) {
            struct tmpl_dict *b = tmpl_add_section(row, "badge");
            tmpl_set(b, "badge", badge);
            tmpl_set(b, "validity", db_text(req->arena, st, 4));
        }
    }
    sqlite3_reset(st);
}

/* The values of the topic, genre and agency facets (years come from the count cube). */
static sqlite3_stmt *facet_statement(sqlite3 *db, int facet)
{
    switch (facet) {
    case FACET_TOPIC:
        return db_stmt(db, "SELECT c.id, c.name FROM categories c WHERE c.scheme = 'topic' ORDER BY c.sort, c.id");
    case FACET_GENRE:
        return db_stmt(db, "SELECT c.id, c.name FROM categories c WHERE c.scheme = 'genre' ORDER BY c.sort, c.id");
    default:
        return db_stmt(db, "SELECT a.id, a.name FROM agencies a ORDER BY"
                           " CASE a.kind WHEN 'bureau' THEN 0 WHEN 'office' THEN 1 ELSE 2 END, a.sort, a.id");
    }
}

/* One value of a facet: an <option> for the form, and a link unless it has no entries.
 * The count is taken under every other active filter. */
static void add_facet_value(struct tmpl_dict *facet_d, struct request *req, const struct filters *f,
                            int facet, long long value, const char *label, long long count)
{
    bool selected = f->value[facet] == value;
    struct tmpl_dict *opt = tmpl_add_section(facet_d, "options");
    tmpl_set_int(opt, "value", value);
    tmpl_set(opt, "label", label);
    tmpl_set_int(opt, "count", count);
    if (selected)
        tmpl_show(opt, "selected");
    if (count == 0 && !selected)
        return;
    struct tmpl_dict *item = tmpl_add_section(facet_d, "values");
    tmpl_set(item, "label", label);
    tmpl_set_int(item, "count", count);
    if (selected)
        tmpl_set(tmpl_add_section(item, "current"), "remove_url",
                 catalogue_url(req->arena, f, facet, 0, 1));
    else
        tmpl_set(tmpl_add_section(item, "link"), "url", catalogue_url(req->arena, f, facet, value, 1));
}

/* Every year with published entries, so a selected year stays in the list at 0.
 * Returns the selected year's label or NULL. */
static const char *add_year_values(struct tmpl_dict *facet_d, struct request *req, const struct filters *f)
{
    const char *active_label = NULL;
    size_t year_count;
    const long long *years = catalogue_count_years(&year_count);
    long long *counts = arena_calloc(req->arena, year_count + 1, sizeof *counts);
    catalogue_count_facet(f->value, FACET_YEAR, years, year_count, counts);
    for (size_t i = 0; i < year_count; i++) {
        const char *label = arena_printf(req->arena, "%04lld年", years[i]);
        add_facet_value(facet_d, req, f, FACET_YEAR, years[i], label, counts[i]);
        if (f->value[FACET_YEAR] == years[i])
            active_label = label;
    }
    return active_label;
}

static const char *add_listed_values(struct tmpl_dict *facet_d, struct request *req,
                                     const struct filters *f, int facet)
{
    enum { MAX_LISTED = 1000 };     /* categories or agencies of one facet */
    long long *values = arena_calloc(req->arena, MAX_LISTED, sizeof *values);
    const char **labels = arena_calloc(req->arena, MAX_LISTED, sizeof *labels);
    size_t n = 0;
    sqlite3_stmt *st = facet_statement(req->app->content_db, facet);
    while (n < MAX_LISTED && sqlite3_step(st) == SQLITE_ROW) {
        values[n] = db_int(st, 0);
        labels[n++] = db_text(req->arena, st, 1);
    }
    sqlite3_reset(st);
    long long *counts = arena_calloc(req->arena, n + 1, sizeof *counts);
    catalogue_count_facet(f->value, facet, values, n, counts);
    const char *active_label = NULL;
    for (size_t i = 0; i < n; i++) {
        add_facet_value(facet_d, req, f, facet, values[i], labels[i], counts[i]);
        if (f->value[facet] == values[i])
            active_label = labels[i];
    }
    return active_label;
}

/* Adds the facet and, when it is active, its entry in the list of current filters. */
static void add_facet(struct tmpl_dict *d, struct request *req, const struct filters *f, int facet)
{
    struct tmpl_dict *facet_d = tmpl_add_section(d, "facets");
    tmpl_set(facet_d, "name", filter_fields[facet].name);
    tmpl_set(facet_d, "label", filter_fields[facet].label);
    const char *active_label = facet == FACET_YEAR ? add_year_values(facet_d, req, f)
                                                   : add_listed_values(facet_d, req, f, facet);
    if (!f->value[facet])
        return;
    tmpl_show(d, "has_active");
    struct tmpl_dict *active = tmpl_add_section(d, "active");
    tmpl_set(active, "facet", filter_fields[facet].label);
    tmpl_set(active, "value", active_label ? active_label
                                           : arena_printf(req->arena, "%lld年", f->value[facet]));
    tmpl_set(active, "remove_url", catalogue_url(req->arena, f, facet, 0, 1));
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
    tmpl_set(inner, "url", catalogue_url(req->arena, f, FACET_NONE, 0, n));
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
                 catalogue_url(req->arena, f, FACET_NONE, 0, f->page - 1));
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
                 catalogue_url(req->arena, f, FACET_NONE, 0, f->page + 1));
}

int catalogue_list(struct request *req)
{
    struct filters f;
    int status = read_filters(req, &f);
    if (status)
        return status;
    if (!catalogue_counts_ready(req->app->content_db))
        return resp_error(req, 500, NULL);
    long long total = count_entries(&f);
    long long page_count = total ? (total + PAGE_SIZE - 1) / PAGE_SIZE : 1;
    if (f.page > page_count)
        return resp_error(req, 404, "没有这一页：页码超出了结果的范围。");
    struct page page;
    const char *title = f.page > 1 ? arena_printf(req->arena, "政府信息公开目录（第%lld页）", f.page)
                                   : "政府信息公开目录";
    struct tmpl_dict *d = page_begin(&page, req, title, "public/catalogue.tpl", NAV_CATALOGUE);
    page_breadcrumb(&page, "政府信息公开目录", NULL);
    tmpl_set_int(d, "total", total);
    for (int i = 0; i < FACET__MAX; i++)
        add_facet(d, req, &f, i);
    if (total)      /* else the list query would walk the whole index to find nothing */
        add_entry_rows(d, req, &f);
    tmpl_show(d, total ? "has_rows" : "empty");
    add_pagination(d, req, &f, page_count);
    return page_render(&page);
}

static const char *validity_label(const char *validity)
{
    const char *badge = validity_badge(validity);
    return badge ? badge : "有效";
}

/* One row of the metadata table; URL (may be NULL) links the value to a filtered list. */
static void add_meta(struct tmpl_dict *d, const char *label, const char *value, const char *url)
{
    struct tmpl_dict *row = tmpl_add_section(d, "meta");
    tmpl_set(row, "label", label);
    tmpl_set(row, "value", value);
    if (url && *value)
        tmpl_set(tmpl_add_section(row, "link"), "url", url);
    else
        tmpl_show(row, "text");
}

/* Columns of the entry query below, in order. */
enum entry_col {
    E_TITLE, E_INDEX_NO, E_AGENCY, E_AGENCY_ID, E_WRITTEN, E_PUBLISHED, E_DOC_NO, E_TOPIC,
    E_TOPIC_ID, E_GENRE, E_GENRE_ID, E_VALIDITY, E_VALIDITY_NOTE, E_KEYWORDS, E_METHOD, E_SCOPE,
    E_BODY,
};

static void add_entry_meta(struct tmpl_dict *d, struct request *req, sqlite3_stmt *st)
{
    struct arena *a = req->arena;
    add_meta(d, "索引号", db_text(a, st, E_INDEX_NO), NULL);
    add_meta(d, "发布机构", db_text(a, st, E_AGENCY),
             arena_printf(a, "/catalogue?agency=%lld", db_int(st, E_AGENCY_ID)));
    add_meta(d, "成文日期", db_text(a, st, E_WRITTEN), NULL);
    add_meta(d, "发布日期", db_text(a, st, E_PUBLISHED), NULL);
    add_meta(d, "文号", db_text(a, st, E_DOC_NO), NULL);
    add_meta(d, "主题分类", db_text(a, st, E_TOPIC),
             arena_printf(a, "/catalogue?topic=%lld", db_int(st, E_TOPIC_ID)));
    add_meta(d, "体裁分类", db_text(a, st, E_GENRE),
             arena_printf(a, "/catalogue?genre=%lld", db_int(st, E_GENRE_ID)));
    add_meta(d, "有效性", validity_label(db_text(a, st, E_VALIDITY)), NULL);
    add_meta(d, "关键词", db_text(a, st, E_KEYWORDS), NULL);
    add_meta(d, "公开方式", db_text(a, st, E_METHOD), NULL);
    add_meta(d, "公开范围", db_text(a, st, E_SCOPE), NULL);
}

/* A repealed or expired document says so before anything else. */
static void add_validity_notice(struct tmpl_dict *d, struct request *req, sqlite3_stmt *st)
{
    const char *validity = db_text(req->arena, st, E_VALIDITY);
    const char *badge = validity_badge(validity);
    if (!badge)
        return;
    struct tmpl_dict *notice = tmpl_add_section(d, "invalid");
    tmpl_set(notice, "badge", badge);
    tmpl_set(notice, "validity", validity);
    const char *note = db_text(req->arena, st, E_VALIDITY_NOTE);
    if (*note)
        tmpl_set(tmpl_add_section(notice, "note"), "note", note);
}

static void add_attachments(struct tmpl_dict *d, struct request *req, const char *owner_kind,
                            long long owner_id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, filename, mime, size FROM attachments WHERE owner_kind = ?1 AND owner_id = ?2 "
        "ORDER BY sort, id");
    sqlite3_bind_text(st, 1, owner_kind, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, owner_id);
    int count = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        count++;
        struct tmpl_dict *f = tmpl_add_section(d, "attachments");
        const char *filename = db_text(req->arena, st, 1);
        tmpl_set(f, "url", attachment_url(req->arena, db_int(st, 0), filename));
        tmpl_set(f, "filename", filename);
        tmpl_set(f, "kind", attachment_kind_label(db_text(req->arena, st, 2)));
        tmpl_set(f, "size", human_size(req->arena, db_int(st, 3)));
    }
    sqlite3_reset(st);
    if (count)
        tmpl_show(d, "has_attachments");
}

static void add_revisions(struct tmpl_dict *d, struct request *req, long long entry_id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT rev_no, substr(coalesce(published_at, created_at), 1, 10), change_note, status "
        "FROM entry_revisions WHERE entry_id = ?1 AND status IN ('published', 'superseded') "
        "ORDER BY rev_no DESC");
    sqlite3_bind_int64(st, 1, entry_id);
    int count = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        count++;
        struct tmpl_dict *r = tmpl_add_section(d, "revisions");
        tmpl_set_int(r, "rev_no", db_int(st, 0));
        tmpl_set(r, "date", db_text(req->arena, st, 1));
        const char *note = db_text(req->arena, st, 2);
        tmpl_set(r, "note", *note ? note : db_int(st, 0) == 1 ? "首次发布" : "（未填写修订说明）");
        if (strcmp(db_text(req->arena, st, 3), "published") == 0)
            tmpl_show(r, "current");
    }
    sqlite3_reset(st);
    if (count)
        tmpl_show(d, "has_revisions");
}

int catalogue_entry(struct request *req)
{
    long long id = req->path_ids[0];
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT e.title, coalesce(e.index_no, ''), a.name, a.id, coalesce(e.written_on, ''),"
        " coalesce(e.published_on, ''), e.doc_no, coalesce(t.name, ''), coalesce(t.id, 0),"
        " coalesce(g.name, ''), coalesce(g.id, 0), e.validity, e.validity_note, e.keywords,"
        " e.disclosure_method, e.disclosure_scope, e.body_md"
        " FROM entries e JOIN agencies a ON a.id = e.agency_id"
        " LEFT JOIN categories t ON t.id = e.topic_id LEFT JOIN categories g ON g.id = e.genre_id"
        " WHERE e.id = ?1 AND e.status = 'published'");
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_reset(st);
        return resp_error(req, 404, "该条政府信息不存在或尚未公开。");
    }
    const char *title = db_text(req->arena, st, E_TITLE);
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, title, "public/entry.tpl", NAV_CATALOGUE);
    page_breadcrumb(&page, "政府信息公开目录", "/catalogue");
    page_breadcrumb(&page, title, NULL);
    tmpl_set(d, "title", title);
    add_validity_notice(d, req, st);
    add_entry_meta(d, req, st);
    tmpl_set(d, "body_html", markdown_to_html(req->arena, (const char *)sqlite3_column_text(st, E_BODY),
                                              (size_t)sqlite3_column_bytes(st, E_BODY)));
    sqlite3_reset(st);
    add_attachments(d, req, "entry", id);
    add_revisions(d, req, id);
    return page_render(&page);
}
