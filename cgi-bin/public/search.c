/* /search: one box over catalogue entries, guides, news and annual reports
 * of every agency (the search_docs table), or of one (agency=CODE); each
 * result links to its place in its agency's column. Terms of 3+ characters go through the trigram
 * FTS5 index ranked by bm25; shorter ones are instr() filters on the base
 * table, because trigrams cannot match them. Highlights travel as \x01..\x02
 * markers and become template sections, so ctemplate escapes every character. */
#include <stdbool.h>
#include <string.h>

#include "agency.h"
#include "app.h"
#include "db.h"
#include "log.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"

enum {
    SEARCH_PAGE_SIZE = 10,
    SEARCH_MAX_CHARS = 100,
    TRIGRAM_MIN_CHARS = 3,
    SNIPPET_CHARS = 60,
    SNIPPET_LEAD_CHARS = 15,
    SEARCH_MAX_PAGE = 1000,
};

#define HIT_START '\x01'
#define HIT_END '\x02'

struct search_kind {
    const char *kind, *label, *column_path;   /* /{code}{column_path}{id or year} */
};

static const struct search_kind search_kinds[] = {
    { "entry", "公开目录", "/catalogue/" },
    { "guide", "办事指南", "/guides/" },
    { "news", "工作动态", "/news/" },
    { "report", "年度报告", "/reports/" },
};
enum { KIND_COUNT = sizeof search_kinds / sizeof search_kinds[0] };

struct search_query {
    const char *text;           /* trimmed */
    const char *kind;           /* "" or a search_kinds[].kind */
    struct agency agency;       /* agency.id 0: every agency */
    const char **terms;         /* whitespace-separated parts of text */
    size_t term_count;
    const char *fts_match;      /* quoted 3+ character terms ANDed; NULL if there are none */
    const char *short_terms;    /* JSON array of the terms instr() checks */
    /* Only short terms: the trigrams that begin with the longest of them, ORed
     * (see sql/content/004_search_short_queries.sql); NULL to scan instead. */
    const char *short_candidates;
    bool short_none;            /* no trigram begins with it: nothing can match */
    const char *short_lowered;  /* that term with ASCII in lower case */
    const char *short_rest;     /* JSON array of the other short terms, instr() filters */
    long long page;
};

struct search_hit {
    const char *kind;
    long long ref_id;
    const char *title;          /* with hit markers */
    const char *snippet;        /* with hit markers */
    const char *posted_on;
    const char *agency_code, *agency_name;
    long long report_year;      /* reports are found by year in their agency's column */
};

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

/* ---- query preparation ---- */

static void bind_text(sqlite3_stmt *st, int index, const char *text)
{
    sqlite3_bind_text(st, index, text, -1, SQLITE_STATIC);
}


static void split_terms(struct arena *arena, struct search_query *q)
{
    size_t cap = strlen(q->text) / 2 + 1;
    q->terms = arena_calloc(arena, cap, sizeof *q->terms);
    const char *s = q->text;
    while (*s) {
        size_t n;
        while ((n = space_bytes(s)) > 0)
            s += n;
        const char *start = s;
        while (*s && !space_bytes(s))
            s += utf8_char_bytes(s);
        if (s > start && q->term_count < cap)
            q->terms[q->term_count++] = arena_strndup(arena, start, (size_t)(s - start));
    }
}

/* An FTS5 string: the term in double quotes, inner quotes doubled. */
static void append_fts_string(struct buf *b, const char *term)
{
    buf_putc(b, '"');
    for (const char *p = term; *p; p++) {
        if (*p == '"')
            buf_putc(b, '"');
        buf_putc(b, *p);
    }
    buf_putc(b, '"');
}

/* A JSON string of TERM with ASCII folded to lower case: short terms are
 * compared with instr(lower(text), term), as case-blind as the trigram index. */
static void append_json_string(struct buf *b, const char *term)
{
    buf_putc(b, '"');
    for (const unsigned char *p = (const unsigned char *)term; *p; p++) {
        if (*p >= 'A' && *p <= 'Z')
            buf_putc(b, (char)(*p - 'A' + 'a'));
        else if (*p == '"' || *p == '\\')
            buf_printf(b, "\\%c", *p);
        else if (*p < 0x20)
            buf_printf(b, "\\u%04x", *p);
        else
            buf_putc(b, (char)*p);
    }
    buf_putc(b, '"');
}

/* Terms of 3+ characters become the MATCH expression; shorter ones are
 * instr() filters. With no long term at all, every term is an instr() filter. */
static void build_query_filters(struct arena *arena, struct search_query *q)
{
    struct buf fts, json;
    buf_init(&fts, arena);
    buf_init(&json, arena);
    buf_putc(&json, '[');
    for (size_t i = 0; i < q->term_count; i++) {
        if (utf8_length(q->terms[i], strlen(q->terms[i])) >= TRIGRAM_MIN_CHARS) {
            if (fts.len)
                buf_puts(&fts, " AND ");
            append_fts_string(&fts, q->terms[i]);
        } else {
            if (json.len > 1)
                buf_putc(&json, ',');
            append_json_string(&json, q->terms[i]);
        }
    }
    buf_putc(&json, ']');
    q->fts_match = fts.len ? fts.data : NULL;
    q->short_terms = json.data;
}

enum { CANDIDATE_TERMS_MAX = 4000 };

static const char *longest_term(const struct search_query *q)
{
    const char *best = q->terms[0];
    for (size_t i = 1; i < q->term_count; i++)
        if (strlen(q->terms[i]) > strlen(best))
            best = q->terms[i];
    return best;
}

/* Every indexed column ends with two spaces, so each occurrence of a short
 * term starts a trigram: the documents holding any trigram that begins with
 * the term are exactly those containing it. A very common single character
 * can start thousands of trigrams; then the plain scan is used. */
/* The index folds case with Unicode rules; the range scan below only folds
 * ASCII, so it is used for terms of ASCII and CJK characters (U+3000-U+9FFF). */
static bool term_folds_like_index(const char *term)
{
    for (const unsigned char *p = (const unsigned char *)term; *p; ) {
        if (*p < 0x80) {
            p++;
            continue;
        }
        if ((*p & 0xF0) != 0xE0)
            return false;
        unsigned cp = (unsigned)(p[0] & 0x0F) << 12 | (unsigned)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
        if (cp < 0x3000 || cp > 0x9FFF)
            return false;
        p += 3;
    }
    return true;
}

static void build_short_candidates(struct request *req, struct search_query *q)
{
    if (q->fts_match || q->term_count == 0 || !term_folds_like_index(longest_term(q)))
        return;
    char *term = arena_strdup(req->arena, longest_term(q));
    for (char *c = term; *c; c++)        /* the trigram index folds ASCII case */
        if (*c >= 'A' && *c <= 'Z')
            *c = (char)(*c - 'A' + 'a');
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT term FROM search_vocab WHERE term >= ?1 AND term < ?1 || char(1114111)");
    bind_text(st, 1, term);
    struct buf expr;
    buf_init(&expr, req->arena);
    int count = 0;
    while (sqlite3_step(st) == SQLITE_ROW && count <= CANDIDATE_TERMS_MAX) {
        if (count++)
            buf_puts(&expr, " OR ");
        append_fts_string(&expr, (const char *)sqlite3_column_text(st, 0));
    }
    sqlite3_reset(st);
    q->short_none = count == 0;
    q->short_lowered = term;
    struct buf rest;
    buf_init(&rest, req->arena);
    buf_putc(&rest, '[');
    const char *chosen = longest_term(q);
    for (size_t i = 0; i < q->term_count; i++) {
        if (q->terms[i] == chosen)
            continue;
        if (rest.len > 1)
            buf_putc(&rest, ',');
        append_json_string(&rest, q->terms[i]);
    }
    buf_putc(&rest, ']');
    q->short_rest = rest.data;
    q->short_candidates = count > 0 && count <= CANDIDATE_TERMS_MAX ? expr.data : NULL;
}

static const struct search_kind *kind_named(const char *kind)
{
    for (size_t i = 0; kind && i < KIND_COUNT; i++)
        if (strcmp(search_kinds[i].kind, kind) == 0)
            return &search_kinds[i];
    return NULL;
}

static long long page_param(struct request *req)
{
    const char *s = params_get(&req->query, "page");
    long long page = 0;
    for (; s && *s >= '0' && *s <= '9' && page <= SEARCH_MAX_PAGE; s++)
        page = page * 10 + (*s - '0');
    return page < 1 ? 1 : page > SEARCH_MAX_PAGE ? SEARCH_MAX_PAGE : page;
}

/* ---- highlighting ---- */

/* Copies TEXT[from, to) into B, wrapping every occurrence of a term in markers. */
static void mark_terms(struct buf *b, const char *text, size_t from, size_t to,
                       const char *const *terms, size_t term_count)
{
    size_t i = from;
    while (i < to) {
        size_t hit = 0;
        for (size_t t = 0; t < term_count && !hit; t++) {
            size_t len = strlen(terms[t]);
            if (len && i + len <= to && memcmp(text + i, terms[t], len) == 0)
                hit = len;
        }
        if (hit) {
            buf_putc(b, HIT_START);
            buf_append(b, text + i, hit);
            buf_putc(b, HIT_END);
            i += hit;
        } else {
            size_t n = utf8_char_bytes(text + i);
            buf_append(b, text + i, n);
            i += n;
        }
    }
}

static size_t first_occurrence(const char *text, const char *const *terms, size_t term_count)
{
    size_t best = strlen(text);
    for (size_t t = 0; t < term_count; t++) {
        const char *p = strstr(text, terms[t]);
        if (p && (size_t)(p - text) < best)
            best = (size_t)(p - text);
    }
    return best == strlen(text) ? 0 : best;
}

static size_t step_back_chars(const char *text, size_t pos, size_t chars)
{
    while (pos > 0 && chars > 0) {
        pos--;
        if (!is_continuation((unsigned char)text[pos]))
            chars--;
    }
    return pos;
}

static size_t step_forward_chars(const char *text, size_t pos, size_t chars)
{
    while (text[pos] && chars-- > 0)
        pos += utf8_char_bytes(text + pos);
    return pos;
}

/* About SNIPPET_CHARS characters of BODY around the first term found, marked. */
static const char *body_snippet(struct arena *arena, const char *body, const struct search_query *q)
{
    size_t hit = first_occurrence(body, q->terms, q->term_count);
    size_t start = step_back_chars(body, hit, SNIPPET_LEAD_CHARS);
    size_t end = step_forward_chars(body, start, SNIPPET_CHARS);
    struct buf b;
    buf_init(&b, arena);
    if (start > 0)
        buf_puts(&b, "…");
    mark_terms(&b, body, start, end, q->terms, q->term_count);
    if (body[end])
        buf_puts(&b, "…");
    return b.data;
}

static const char *marked_title(struct arena *arena, const char *title, const struct search_query *q)
{
    struct buf b;
    buf_init(&b, arena);
    mark_terms(&b, title, 0, strlen(title), q->terms, q->term_count);
    return b.data;
}

/* Markdown punctuation and line breaks become single spaces in excerpts. */
static bool is_excerpt_noise(char c)
{
    return c == '\n' || c == '\r' || c == '\t' || c == '#' || c == '*' || c == '|'
        || c == '`' || c == '>' || c == ' ';
}

/* Copies S as one line: Markdown marks, list bullets and line breaks become single spaces. */
static void append_clean_text(struct buf *b, const char *s, size_t len)
{
    bool line_start = true;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c == '\n')
            line_start = true;
        if (line_start && (c == '-' || c == '+') && i + 1 < len && s[i + 1] == ' ')
            c = ' ';
        if (!is_excerpt_noise(c)) {
            buf_putc(b, c);
            line_start = false;
        } else if (b->len && b->data[b->len - 1] != ' ') {
            buf_putc(b, ' ');
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
            append_clean_text(&text, p, len);
            struct tmpl_dict *part = tmpl_add_section(d, section);
            tmpl_set_len(part, "text", text.data, text.len);
            tmpl_show(part, in_hit ? "hit" : "plain");
        }
        p += len;
        if (*p)
            in_hit = *p++ == HIT_START;
    }
}

const char *plain_excerpt(struct arena *arena, const char *markdown, size_t max_chars)
{
    size_t end = step_forward_chars(markdown, 0, max_chars);
    struct buf b;
    buf_init(&b, arena);
    append_clean_text(&b, markdown, end);
    while (b.len && b.data[b.len - 1] == ' ')
        b.data[--b.len] = '\0';
    if (markdown[end])
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

static const char *search_url(struct request *req, const struct search_query *q,
                              const char *kind, long long page)
{
    struct buf b;
    buf_init(&b, req->arena);
    buf_printf(&b, "/search?q=%s", url_query_encode(req->arena, q->text));
    if (q->agency.id)
        buf_printf(&b, "&agency=%s", q->agency.code);
    if (kind && *kind)
        buf_printf(&b, "&kind=%s", kind);
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

/* ---- the queries ---- */

/* Result statements end with the agency's code and name and a report's year
 * (columns 5-7), joined to the rows (alias ROW: owner_id, ref_id, kind). */
#define RESULT_AGENCY_COLUMNS "a.code, a.name, coalesce(r.year, 0)"
#define RESULT_AGENCY_JOINS(row) "JOIN agencies a ON a.id = " row ".owner_id " \
    "LEFT JOIN annual_reports r ON r.id = " row ".ref_id AND " row ".kind = 'report'"

/* The statement counting matches per kind, bound for Q. */
static sqlite3_stmt *count_statement(sqlite3 *db, const struct search_query *q)
{
    sqlite3_stmt *st;
    if (q->fts_match || q->short_candidates) {
        /* Short-only queries match the trigrams that begin with one term (exact
         * for it), so only the other short terms need the text. */
        st = db_stmt(db,
            "SELECT d.kind, count(*) FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid "
            "WHERE search_fts MATCH ?1 AND NOT EXISTS (SELECT 1 FROM json_each(?2) t "
            "  WHERE instr(lower(d.title), t.value) = 0 AND instr(lower(d.body), t.value) = 0) "
            "  AND (?3 = 0 OR d.owner_id = ?3) "
            "GROUP BY d.kind");
        bind_text(st, 1, q->fts_match ? q->fts_match : q->short_candidates);
        bind_text(st, 2, q->fts_match ? q->short_terms : q->short_rest);
        sqlite3_bind_int64(st, 3, q->agency.id);
    } else {
        st = db_stmt(db,
            "SELECT d.kind, count(*) FROM search_docs d "
            "WHERE NOT EXISTS (SELECT 1 FROM json_each(?1) t "
            "  WHERE instr(lower(d.title), t.value) = 0 AND instr(lower(d.body), t.value) = 0) "
            "  AND (?2 = 0 OR d.owner_id = ?2) "
            "GROUP BY d.kind");
        bind_text(st, 1, q->short_terms);
        sqlite3_bind_int64(st, 2, q->agency.id);
    }
    return st;
}

/* Fills COUNTS (indexed like search_kinds). Returns false on a database error. */
static bool count_matches(struct request *req, const struct search_query *q, long long *counts)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = count_statement(db, q);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *kind = (const char *)sqlite3_column_text(st, 0);
        const struct search_kind *k = kind_named(kind);
        if (k)
            counts[k - search_kinds] = db_int(st, 1);
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        log_event(LOG_WARN, "search_failed", "count: %s", sqlite3_errmsg(db));
    return rc == SQLITE_DONE;
}

static sqlite3_stmt *fts_results_statement(sqlite3 *db, const struct search_query *q)
{
    /* The joins run per match (two primary-key lookups); wrapping the ranked
     * rows in a subquery to join only the ten shown made the query four times
     * slower, as highlight() and snippet() were then computed for every match. */
    sqlite3_stmt *st = db_stmt(db,
        "SELECT d.kind, d.ref_id, highlight(search_fts, 0, char(1), char(2)), "
        "  snippet(search_fts, 1, char(1), char(2), '…', 48), coalesce(d.posted_on, ''), " RESULT_AGENCY_COLUMNS
        " FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid " RESULT_AGENCY_JOINS("d")
        " WHERE search_fts MATCH ?1 AND NOT EXISTS (SELECT 1 FROM json_each(?2) t "
        "  WHERE instr(lower(d.title), t.value) = 0 AND instr(lower(d.body), t.value) = 0) "
        "  AND (?3 = '' OR d.kind = ?3) AND (?6 = 0 OR d.owner_id = ?6) "
        "ORDER BY bm25(search_fts, 10.0, 1.0), d.id LIMIT ?4 OFFSET ?5");
    sqlite3_bind_int64(st, 6, q->agency.id);
    bind_text(st, 1, q->fts_match);
    bind_text(st, 2, q->short_terms);
    bind_text(st, 3, q->kind);
    sqlite3_bind_int(st, 4, SEARCH_PAGE_SIZE);
    sqlite3_bind_int64(st, 5, (q->page - 1) * SEARCH_PAGE_SIZE);
    return st;
}

/* Title hits (every term in the title) first, then the newest. */
static sqlite3_stmt *short_results_statement(sqlite3 *db, const struct search_query *q)
{
    if (q->short_candidates) {
        /* Rank on the short start of each row (posted_on sits before the body),
         * then read the full text of the ten shown. */
        sqlite3_stmt *st = db_stmt(db,
            "SELECT d.kind, d.ref_id, d.title, d.body, coalesce(d.posted_on, ''), " RESULT_AGENCY_COLUMNS
            " FROM (SELECT id, posted_on, owner_id, instr(lower(title), ?1) > 0 AND NOT EXISTS "
            "    (SELECT 1 FROM json_each(?6) t WHERE instr(lower(title), t.value) = 0) AS in_title "
            "  FROM search_docs WHERE id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?5) "
            "    AND (?2 = '' OR kind = ?2) AND (?7 = 0 OR owner_id = ?7) AND NOT EXISTS (SELECT 1 FROM json_each(?6) t "
            "      WHERE instr(lower(title), t.value) = 0 AND instr(lower(body), t.value) = 0) "
            "  ORDER BY in_title DESC, posted_on DESC, id DESC LIMIT ?3 OFFSET ?4) AS top "
            "JOIN search_docs d ON d.id = top.id " RESULT_AGENCY_JOINS("d")
            " ORDER BY top.in_title DESC, top.posted_on DESC, top.id DESC");
        sqlite3_bind_int64(st, 7, q->agency.id);
        bind_text(st, 1, q->short_lowered);
        bind_text(st, 2, q->kind);
        sqlite3_bind_int(st, 3, SEARCH_PAGE_SIZE);
        sqlite3_bind_int64(st, 4, (q->page - 1) * SEARCH_PAGE_SIZE);
        bind_text(st, 5, q->short_candidates);
        bind_text(st, 6, q->short_rest);
        return st;
    }
    sqlite3_stmt *st = db_stmt(db,
        "SELECT d.kind, d.ref_id, d.title, d.body, coalesce(d.posted_on, ''), " RESULT_AGENCY_COLUMNS
        " FROM (SELECT d.id, d.owner_id, d.posted_on, NOT EXISTS (SELECT 1 FROM json_each(?1) t "
        "    WHERE instr(lower(d.title), t.value) = 0) AS in_title FROM search_docs d "
        "  WHERE NOT EXISTS (SELECT 1 FROM json_each(?1) t "
        "    WHERE instr(lower(d.title), t.value) = 0 AND instr(lower(d.body), t.value) = 0) "
        "    AND (?2 = '' OR d.kind = ?2) AND (?5 = 0 OR d.owner_id = ?5) "
        "  ORDER BY in_title DESC, d.posted_on DESC, d.id DESC LIMIT ?3 OFFSET ?4) AS top "
        "JOIN search_docs d ON d.id = top.id " RESULT_AGENCY_JOINS("d")
        " ORDER BY top.in_title DESC, top.posted_on DESC, top.id DESC");
    sqlite3_bind_int64(st, 5, q->agency.id);
    bind_text(st, 1, q->short_terms);
    bind_text(st, 2, q->kind);
    sqlite3_bind_int(st, 3, SEARCH_PAGE_SIZE);
    sqlite3_bind_int64(st, 4, (q->page - 1) * SEARCH_PAGE_SIZE);
    return st;
}

static void read_hit(struct request *req, const struct search_query *q, sqlite3_stmt *st,
                     struct search_hit *hit)
{
    struct arena *a = req->arena;
    hit->kind = db_text(a, st, 0);
    hit->ref_id = db_int(st, 1);
    hit->posted_on = db_text(a, st, 4);
    hit->agency_code = db_text(a, st, 5);
    hit->agency_name = db_text(a, st, 6);
    hit->report_year = db_int(st, 7);
    if (q->fts_match) {
        hit->title = db_text(a, st, 2);
        hit->snippet = db_text(a, st, 3);
    } else {
        hit->title = marked_title(a, db_text(a, st, 2), q);
        hit->snippet = body_snippet(a, db_text(a, st, 3), q);
    }
}

static void add_hit(struct request *req, struct tmpl_dict *list, const struct search_hit *hit)
{
    const struct search_kind *k = kind_named(hit->kind);
    if (!k)
        return;
    struct tmpl_dict *row = tmpl_add_section(list, "result");
    tmpl_set(row, "kind_label", k->label);
    tmpl_set(row, "kind", k->kind);
    bool report = strcmp(k->kind, "report") == 0;
    tmpl_set(row, "url", arena_printf(req->arena, "/%s%s%lld", hit->agency_code, k->column_path,
                                      report ? hit->report_year : hit->ref_id));
    tmpl_set(row, "agency", hit->agency_name);
    add_marked_text(req, row, "title_part", hit->title);
    add_marked_text(req, row, "snippet_part", hit->snippet);
    if (*hit->posted_on)
        tmpl_set(tmpl_add_section(row, "date"), "posted_on", hit->posted_on);
}

static void add_results(struct request *req, struct tmpl_dict *d, const struct search_query *q)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = q->fts_match ? fts_results_statement(db, q) : short_results_statement(db, q);
    struct tmpl_dict *list = tmpl_add_section(d, "results");
    tmpl_set_int(list, "first_number", (q->page - 1) * SEARCH_PAGE_SIZE + 1);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct search_hit hit;
        read_hit(req, q, st, &hit);
        add_hit(req, list, &hit);
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        log_event(LOG_WARN, "search_failed", "results: %s", sqlite3_errmsg(db));
}

/* ---- the page ---- */

static void add_kind_filter(struct request *req, struct tmpl_dict *d, const struct search_query *q,
                            const long long *counts, long long all)
{
    struct tmpl_dict *item = tmpl_add_section(d, "kind_filter");
    tmpl_set(item, "label", "全部");
    tmpl_set_int(item, "count", all);
    tmpl_set(item, "url", search_url(req, q, NULL, 1));
    tmpl_show(item, *q->kind ? "other" : "current");
    for (size_t i = 0; i < KIND_COUNT; i++) {
        item = tmpl_add_section(d, "kind_filter");
        tmpl_set(item, "label", search_kinds[i].label);
        tmpl_set_int(item, "count", counts[i]);
        tmpl_set(item, "url", search_url(req, q, search_kinds[i].kind, 1));
        tmpl_show(item, strcmp(q->kind, search_kinds[i].kind) == 0 ? "current" : "other");
    }
}

static void add_search_results(struct request *req, struct tmpl_dict *d, struct search_query *q)
{
    long long counts[KIND_COUNT] = { 0 }, all = 0, total;
    build_short_candidates(req, q);
    if (!q->short_none && !count_matches(req, q, counts))
        tmpl_show(d, "search_failed");
    for (size_t i = 0; i < KIND_COUNT; i++)
        all += counts[i];
    const struct search_kind *k = kind_named(q->kind);
    total = k ? counts[k - search_kinds] : all;
    long long pages = (total + SEARCH_PAGE_SIZE - 1) / SEARCH_PAGE_SIZE;
    if (q->page > pages)
        q->page = pages > 0 ? pages : 1;
    tmpl_set_int(d, "total", total);
    if (all == 0) {
        tmpl_show(d, "no_results");
        return;
    }
    tmpl_show(d, "found");
    if (k)
        tmpl_set(tmpl_add_section(d, "kind_note"), "kind_label", k->label);
    add_kind_filter(req, d, q, counts, all);
    if (total > 0)
        add_results(req, d, q);
    pager_fill(req, d, arena_printf(req->arena, "%s&page=", search_url(req, q, q->kind, 1)),
               q->page, pages);
}

int search_page(struct request *req)
{
    struct search_query q = { 0 };
    int status = agency_filter_read(req, &q.agency);
    if (status)
        return status;
    const char *raw = params_get(&req->query, "q");
    q.text = trim(req->arena, raw ? raw : "");
    q.kind = kind_named(params_get(&req->query, "kind")) ? params_get(&req->query, "kind") : "";
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
    } else {
        split_terms(req->arena, &q);
        build_query_filters(req->arena, &q);
        add_search_results(req, d, &q);
    }
    return page_render(&page);
}
