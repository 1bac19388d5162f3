/* /search: one box over catalogue entries, guides, news and annual reports
 * of every agency, or of one (agency=CODE); each result links to its place
 * in its agency's column. What a query means and how documents rank is
 * search_engine.c; this file reads the request and renders the page.
 * Highlights travel as \x01..\x02 markers and become template sections, so
 * ctemplate escapes every character. */
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "agency.h"
#include "app.h"
#include "config.h"
#include "db.h"
#include "log.h"
#include "markdown.h"
#include "page.h"
#include "public.h"
#include "search_engine.h"
#include "tmpl.h"

enum {
    SEARCH_PAGE_SIZE = 10,
    SEARCH_MAX_CHARS = 100,
    SNIPPET_CHARS = 90,
    SEARCH_MAX_PAGE = SEARCH_COUNT_CAP / SEARCH_PAGE_SIZE,
    FIELD_ATTACHMENTS = 16,
};

struct search_kind {
    const char *kind, *label, *column_path;   /* /{code}{column_path}{id or year} */
};

/* In the order of search_engine's kinds. */
static const struct search_kind search_kinds[SEARCH_KIND_COUNT] = {
    { "entry", "公开目录", "/catalogue/" },
    { "guide", "办事指南", "/guides/" },
    { "news", "工作动态", "/news/" },
    { "report", "年度报告", "/reports/" },
    { "message", "互动交流", "/messages/" },
};

struct search_request {
    const char *text;           /* trimmed */
    int kind;                   /* -1: every kind */
    struct agency agency;       /* agency.id 0: every agency */
    long long page;
};

static const struct config *search_config(void)
{
    static struct config cfg;
    static bool loaded;
    if (!loaded) {
        config_load(&cfg);
        loaded = true;
    }
    return &cfg;
}

/* ---- UTF-8 helpers (input is valid UTF-8: the parser checked it) ---- */

static bool is_continuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

static size_t utf8_length(const char *s, size_t bytes)
{
    size_t n = 0;
    for (size_t i = 0; i < bytes; i++)
        n += !is_continuation((unsigned char)s[i]);
    return n;
}

static size_t utf8_char_bytes(const char *s)
{
    size_t n = 1;
    while (s[n] && is_continuation((unsigned char)s[n]))
        n++;
    return n;
}

/* Bytes of the whitespace at S: ASCII blanks and the ideographic space U+3000. */
static size_t space_bytes(const char *s)
{
    if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v')
        return 1;
    return strncmp(s, "\xE3\x80\x80", 3) == 0 ? 3 : 0;
}

static const char *trim(struct arena *arena, const char *s)
{
    size_t n;
    while ((n = space_bytes(s)) > 0)
        s += n;
    size_t end = 0;
    for (size_t i = 0; s[i]; i += utf8_char_bytes(s + i))
        if (!space_bytes(s + i))
            end = i + utf8_char_bytes(s + i);
    return arena_strndup(arena, s, end);
}

static int kind_index(const char *kind)
{
    for (int i = 0; kind && i < SEARCH_KIND_COUNT; i++)
        if (strcmp(search_kinds[i].kind, kind) == 0)
            return i;
    return -1;
}

static long long page_param(struct request *req)
{
    const char *s = params_get(&req->query, "page");
    long long page = 0;
    for (; s && *s >= '0' && *s <= '9' && page <= SEARCH_MAX_PAGE; s++)
        page = page * 10 + (*s - '0');
    return page < 1 ? 1 : page > SEARCH_MAX_PAGE ? SEARCH_MAX_PAGE : page;
}

/* ---- text for people ---- */

/* Copies S as one line: line breaks and tabs become single spaces; the
 * text's own spaces stay. */
static void append_one_line(struct buf *b, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '\n' || c == '\r' || c == '\t') {
            if (b->len && b->data[b->len - 1] != ' ')
                buf_putc(b, ' ');
        } else {
            buf_putc(b, c);
        }
    }
}

/* Adds one iteration of SECTION per plain or highlighted run of MARKED. */
static void add_marked_text(struct request *req, struct tmpl_dict *d, const char *section,
                            const char *marked)
{
    const char *p = marked;
    bool in_hit = false;
    while (*p) {
        size_t len = strcspn(p, "\x01\x02");
        if (len) {
            struct buf text;
            buf_init(&text, req->arena);
            append_one_line(&text, p, len);
            struct tmpl_dict *part = tmpl_add_section(d, section);
            tmpl_set_len(part, "text", text.data, text.len);
            tmpl_show(part, in_hit ? "hit" : "plain");
        }
        p += len;
        if (*p)
            in_hit = *p++ == '\x01';
    }
}

const char *plain_excerpt(struct arena *arena, const char *markdown, size_t max_chars)
{
    const char *text = markdown_to_text(arena, markdown, strlen(markdown));
    size_t end = 0, chars = 0;
    while (text[end] && chars < max_chars) {
        end += utf8_char_bytes(text + end);
        chars++;
    }
    struct buf b;
    buf_init(&b, arena);
    append_one_line(&b, text, end);
    while (b.len && b.data[b.len - 1] == ' ')
        b.data[--b.len] = '\0';
    if (text[end] && text[end + strspn(text + end, " \n")])
        buf_puts(&b, "…");
    return b.data;
}

/* ---- URLs ---- */

const char *url_query_encode(struct arena *arena, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    struct buf b;
    buf_init(&b, arena);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')
            || *p == '-' || *p == '_' || *p == '.' || *p == '~') {
            buf_putc(&b, (char)*p);
        } else {
            buf_putc(&b, '%');
            buf_putc(&b, hex[*p >> 4]);
            buf_putc(&b, hex[*p & 15]);
        }
    }
    return b.data;
}

static const char *search_url(struct request *req, const struct search_request *q, int kind, long long page)
{
    struct buf b;
    buf_init(&b, req->arena);
    buf_printf(&b, "/search?q=%s", url_query_encode(req->arena, q->text));
    if (q->agency.id)
        buf_printf(&b, "&agency=%s", q->agency.code);
    if (kind >= 0)
        buf_printf(&b, "&kind=%s", search_kinds[kind].kind);
    if (page > 1)
        buf_printf(&b, "&page=%lld", page);
    return b.data;
}

void pager_fill(struct request *req, struct tmpl_dict *d, const char *url_prefix,
                long long page, long long pages)
{
    if (pages <= 1)
        return;
    struct tmpl_dict *pager = tmpl_add_section(d, "pager");
    tmpl_set_int(pager, "page", page);
    tmpl_set_int(pager, "pages", pages);
    if (page > 1)
        tmpl_set(tmpl_add_section(pager, "prev"), "url",
                 arena_printf(req->arena, "%s%lld", url_prefix, page - 1));
    if (page < pages)
        tmpl_set(tmpl_add_section(pager, "next"), "url",
                 arena_printf(req->arena, "%s%lld", url_prefix, page + 1));
    long long first = page > 4 ? page - 4 : 1, last = first + 8 < pages ? first + 8 : pages;
    for (long long n = first; n <= last; n++) {
        struct tmpl_dict *item = tmpl_add_section(pager, "page_link");
        tmpl_set_int(item, "number", n);
        tmpl_set(item, "url", arena_printf(req->arena, "%s%lld", url_prefix, n));
        tmpl_show(item, n == page ? "current" : "other");
    }
}

/* "1,000+" past the cap, "120+" when only some were counted, else the number. */
static const char *count_text(struct arena *arena, long long n, bool more)
{
    if (n > SEARCH_COUNT_CAP)
        return "1,000+";
    return arena_printf(arena, "%lld%s", n, more ? "+" : "");
}

/* ---- 热门搜索 ---- */

/* Appends the query and the day, nothing else, to the query log that
 * `portalctl search-stats` counts (O_APPEND: one write per line, whole).
 * A search is counted when its first page is asked for, by the handler or
 * from the render cache; other pages and kind filters are not new searches. */
void search_note_query(struct request *req)
{
    const char *path = search_config()->search_log;
    const char *raw = params_get(&req->query, "q"), *page = params_get(&req->query, "page");
    if (!*path || !raw || (page && strcmp(page, "1") != 0) || params_get(&req->query, "kind"))
        return;
    const char *text = trim(req->arena, raw);
    size_t chars = utf8_length(text, strlen(text));
    if (chars == 0 || chars > SEARCH_MAX_CHARS)
        return;
    char line[512];
    time_t now = time(NULL);
    struct tm day;
    localtime_r(&now, &day);
    int n = snprintf(line, sizeof line, "%04d-%02d-%02d\t%s\n", day.tm_year + 1900, day.tm_mon + 1,
                     day.tm_mday, text);
    if (n <= 0 || (size_t)n >= sizeof line)
        return;
    int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
    if (fd < 0)
        return;
    if (write(fd, line, (size_t)n) != n)
        log_event(LOG_WARN, "search_log", "short write to %s", path);
    close(fd);
}

static void add_popular_queries(struct request *req, struct tmpl_dict *d)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT query, sum(count) AS n FROM search_query_counts "
        "WHERE day >= date('now', 'localtime', '-30 days') GROUP BY query HAVING n >= 3 "
        "ORDER BY n DESC, query LIMIT 8");
    struct tmpl_dict *list = NULL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (list == NULL)
            list = tmpl_add_section(d, "popular");
        struct tmpl_dict *item = tmpl_add_section(list, "popular_query");
        const char *text = db_text(req->arena, st, 0);
        tmpl_set(item, "text", text);
        tmpl_set(item, "url", arena_printf(req->arena, "/search?q=%s", url_query_encode(req->arena, text)));
    }
    sqlite3_reset(st);
}

/* ---- results ---- */

/* Fills one result from its document row. */
static void add_result(struct request *req, struct tmpl_dict *list, const struct search_plan *plan,
                       const struct search_hit_ref *hit)
{
    sqlite3 *db = req->app->content_db;
    struct arena *a = req->arena;
    sqlite3_stmt *st = db_stmt(db,
        "SELECT d.kind, d.ref_id, d.title, d.body, d.attachments, coalesce(d.posted_on, ''), "
        "  a.code, a.name, coalesce(r.year, 0) "
        "FROM search_docs d JOIN agencies a ON a.id = d.owner_id "
        "LEFT JOIN annual_reports r ON r.id = d.ref_id AND d.kind = 'report' WHERE d.id = ?1");
    sqlite3_bind_int64(st, 1, hit->doc_id);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_reset(st);
        return;
    }
    const struct search_kind *k = &search_kinds[hit->kind];
    long long ref_id = db_int(st, 1), year = db_int(st, 8);
    const char *title = db_text(a, st, 2), *body = db_text(a, st, 3), *attachments = db_text(a, st, 4);
    const char *posted_on = db_text(a, st, 5), *code = db_text(a, st, 6), *agency = db_text(a, st, 7);
    sqlite3_reset(st);

    bool in_attachment = (hit->fields & FIELD_ATTACHMENTS) && !(hit->fields & ~FIELD_ATTACHMENTS);
    const char *text = in_attachment ? attachments : markdown_to_text(a, body, strlen(body));

    struct tmpl_dict *row = tmpl_add_section(list, "result");
    tmpl_set(row, "kind_label", k->label);
    tmpl_set(row, "kind", k->kind);
    bool report = hit->kind == 3;
    tmpl_set(row, "url", arena_printf(a, "/%s%s%lld", code, k->column_path, report ? year : ref_id));
    tmpl_set(row, "agency", agency);
    add_marked_text(req, row, "title_part", search_mark(a, plan, title, 0));
    add_marked_text(req, row, "snippet_part", search_mark(a, plan, text, SNIPPET_CHARS));
    if (in_attachment)
        tmpl_show(row, "in_attachment");
    if (*posted_on)
        tmpl_set(tmpl_add_section(row, "date"), "posted_on", posted_on);
}

static void add_kind_filter(struct request *req, struct tmpl_dict *d, const struct search_request *q,
                            const struct search_outcome *out)
{
    struct tmpl_dict *item = tmpl_add_section(d, "kind_filter");
    tmpl_set(item, "label", "全部");
    tmpl_set(item, "count", count_text(req->arena, out->total, out->approximate));
    tmpl_set(item, "url", search_url(req, q, -1, 1));
    tmpl_show(item, q->kind >= 0 ? "other" : "current");
    for (int i = 0; i < SEARCH_KIND_COUNT; i++) {
        item = tmpl_add_section(d, "kind_filter");
        tmpl_set(item, "label", search_kinds[i].label);
        tmpl_set(item, "count", count_text(req->arena, out->counts[i], out->approximate));
        tmpl_set(item, "url", search_url(req, q, i, 1));
        tmpl_show(item, q->kind == i ? "current" : "other");
    }
}

static void add_search_results(struct request *req, struct tmpl_dict *d, struct search_request *q)
{
    struct search_plan plan;
    search_plan_build(req->app->content_db, req->arena, q->text, &plan);
    if (plan.match == NULL) {
        tmpl_show(d, "no_words");
        return;
    }
    search_note_query(req);
    struct search_outcome out;
    search_run(req->app->content_db, req->arena, &plan, q->agency.id, q->kind,
               search_config()->search_budget_ms, &out);
    if (out.failed)
        tmpl_show(d, "search_failed");
    if (plan.synonyms_used)
        tmpl_set(tmpl_add_section(d, "synonyms"), "also", plan.synonyms_used);
    long long shown = out.hit_count < SEARCH_COUNT_CAP ? out.hit_count : SEARCH_COUNT_CAP;
    long long pages = (shown + SEARCH_PAGE_SIZE - 1) / SEARCH_PAGE_SIZE;
    if (q->page > pages)
        q->page = pages > 0 ? pages : 1;
    /* Where too many match to rank them all, the count is of those holding
     * all of the query, up to 1,000. */
    tmpl_set(d, "total", q->kind >= 0 ? count_text(req->arena, out.hit_count, out.approximate)
                                      : count_text(req->arena, out.total, false));
    if (out.approximate)
        tmpl_show(d, "approximate");
    if (out.total == 0) {
        tmpl_show(d, "no_results");
        add_popular_queries(req, d);
        return;
    }
    tmpl_show(d, "found");
    if (out.cut_short)
        tmpl_show(d, "cut_short");
    if (q->kind >= 0)
        tmpl_set(tmpl_add_section(d, "kind_note"), "kind_label", search_kinds[q->kind].label);
    add_kind_filter(req, d, q, &out);
    if (out.hit_count > 0) {
        struct tmpl_dict *list = tmpl_add_section(d, "results");
        long long first = (q->page - 1) * SEARCH_PAGE_SIZE;
        tmpl_set_int(list, "first_number", first + 1);
        for (long long i = first; i < first + SEARCH_PAGE_SIZE && i < shown; i++)
            add_result(req, list, &plan, &out.hits[i]);
    }
    pager_fill(req, d, arena_printf(req->arena, "%s&page=", search_url(req, q, q->kind, 1)), q->page, pages);
}

int search_page(struct request *req)
{
    struct search_request q = { 0 };
    int status = agency_filter_read(req, &q.agency);
    if (status)
        return status;
    const char *raw = params_get(&req->query, "q");
    q.text = trim(req->arena, raw ? raw : "");
    q.kind = kind_index(params_get(&req->query, "kind"));
    q.page = page_param(req);
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, *q.text ? "搜索结果" : "站内搜索",
                                     "public/search.tpl", NAV_SEARCH);
    page_breadcrumb(&page, "站内搜索", NULL);
    tmpl_set(d, "query", raw ? raw : "");
    tmpl_set(d, "shown_query", q.text);
    agency_choice_fill(req, d, "agency_levels", q.agency.id ? q.agency.code : NULL);
    if (q.agency.id)
        tmpl_set(tmpl_add_section(d, "agency_note"), "agency", q.agency.name);
    size_t chars = utf8_length(q.text, strlen(q.text));
    if (chars > SEARCH_MAX_CHARS) {
        struct tmpl_dict *msg = tmpl_add_section(d, "too_long");
        tmpl_set_int(msg, "max", SEARCH_MAX_CHARS);
        tmpl_set_int(msg, "length", (long long)chars);
    } else if (chars == 0) {
        tmpl_show(d, "hints");
        add_popular_queries(req, d);
    } else {
        add_search_results(req, d, &q);
    }
    return page_render(&page);
}
