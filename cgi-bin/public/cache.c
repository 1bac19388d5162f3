/* HTTP caching for portal.fcgi, done once for every handler through the app
 * hooks: ETag / Last-Modified / Vary / Cache-Control on successful GET and
 * HEAD responses, 304 for a matching If-None-Match, and a bounded
 * in-process render cache of whole responses that is dropped as soon as
 * content_version changes. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "app.h"
#include "db.h"
#include "form.h"
#include "page.h"
#include "public.h"

enum {
    CACHE_MAX_BYTES = 32 * 1024 * 1024,   /* all stored pages together */
    CACHE_MAX_PAGE_BYTES = 2 * 1024 * 1024,
    CACHE_BUCKETS = 4096,
    ETAG_SIZE = 48,
};

struct cached_page {
    struct cached_page *hash_next;
    struct cached_page *lru_prev, *lru_next;   /* lru_head is the most recently used */
    char *key;
    uint64_t key_hash;
    char *content_type;
    int header_count;
    struct response_header headers[MAX_RESPONSE_HEADERS];
    char *body;
    size_t body_len;
    char etag[ETAG_SIZE];
    size_t bytes;
};

static struct {
    struct cached_page *buckets[CACHE_BUCKETS];
    struct cached_page *lru_head, *lru_tail;
    size_t bytes;
    long long version;     /* content version every stored page was rendered at */
} cache;

/* The content version as read once at the start of the current request. */
static struct {
    bool known;
    long long version;
    char last_modified[40];
} current;

static uint64_t fnv1a(uint64_t h, const void *data, size_t len)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static const uint64_t FNV_OFFSET = 14695981039346656037ULL;

/* "2026-11-27T16:06:15Z" -> "Fri, 27 Nov 2026 16:06:15 GMT" (IMF-fixdate). */
static void http_date_from_iso(const char *iso, char *out, size_t size)
{
    struct tm tm = { 0 };
    out[0] = '\0';
    if (sscanf(iso, "%d-%d-%dT%d:%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
               &tm.tm_hour, &tm.tm_min, &tm.tm_sec) != 6)
        return;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    time_t t = timegm(&tm);
    struct tm norm;
    if (gmtime_r(&t, &norm))
        strftime(out, size, "%a, %d %b %Y %H:%M:%S GMT", &norm);
}

/* One cached statement per request: the version and when it changed. */
static void read_current_version(sqlite3 *db)
{
    sqlite3_stmt *st = db_stmt(db, "SELECT version, changed_at FROM content_version WHERE id = 1");
    bool was_known = current.known;
    long long was = current.version;
    current.known = sqlite3_step(st) == SQLITE_ROW;
    /* The date only changes with the version: format it once per version. */
    if (current.known && (!was_known || db_int(st, 0) != was)) {
        current.version = db_int(st, 0);
        const char *changed = (const char *)sqlite3_column_text(st, 1);
        http_date_from_iso(changed ? changed : "", current.last_modified,
                           sizeof current.last_modified);
    }
    sqlite3_reset(st);
}

static bool path_has_prefix(const char *path, const char *prefix)
{
    return strncmp(path, prefix, strlen(prefix)) == 0;
}

/* /healthz must reach the database every time; files are large and streamed as they are. */
static bool path_is_cacheable(const char *path)
{
    return strcmp(path, "/healthz") != 0 && !path_has_prefix(path, "/files/");
}

static bool method_is_read(const struct request *req)
{
    return req->method == METHOD_GET || req->method == METHOD_HEAD;
}

static int compare_params(const void *a, const void *b)
{
    const struct param *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    return c ? c : strcmp(x->value, y->value);
}

/* Host + path + query sorted by name and value + the a11y body class + the
 * day in Beijing (a consultation's state, 征集中 or 已结束, changes at
 * midnight without any content change). Lengths are written before each
 * part so no two requests share a key. */
static char *cache_key(struct request *req)
{
    struct params *q = &req->query;
    struct param *sorted = arena_alloc(req->arena, (q->count + 1) * sizeof *sorted);
    if (q->count)
        memcpy(sorted, q->items, q->count * sizeof *sorted);
    qsort(sorted, q->count, sizeof *sorted, compare_params);
    const char *host = req->host ? req->host : "";
    const char *body_class = page_body_class(req);
    struct buf key;
    buf_init(&key, req->arena);
    buf_printf(&key, "%d:%zu:%s%zu:%s%zu:%s", today_yyyymmdd(), strlen(host), host, strlen(req->path),
               req->path, strlen(body_class), body_class);
    for (size_t i = 0; i < q->count; i++)
        buf_printf(&key, "%zu:%s%zu:%s", strlen(sorted[i].name), sorted[i].name,
                   strlen(sorted[i].value), sorted[i].value);
    return key.data;
}

static void lru_unlink(struct cached_page *p)
{
    if (p->lru_prev)
        p->lru_prev->lru_next = p->lru_next;
    else
        cache.lru_head = p->lru_next;
    if (p->lru_next)
        p->lru_next->lru_prev = p->lru_prev;
    else
        cache.lru_tail = p->lru_prev;
    p->lru_prev = p->lru_next = NULL;
}

static void lru_push_front(struct cached_page *p)
{
    p->lru_next = cache.lru_head;
    p->lru_prev = NULL;
    if (cache.lru_head)
        cache.lru_head->lru_prev = p;
    cache.lru_head = p;
    if (!cache.lru_tail)
        cache.lru_tail = p;
}

static void page_free(struct cached_page *p)
{
    for (int i = 0; i < p->header_count; i++) {
        free((char *)p->headers[i].name);
        free((char *)p->headers[i].value);
    }
    free(p->key);
    free(p->content_type);
    free(p->body);
    free(p);
}

static void cache_remove(struct cached_page *p)
{
    struct cached_page **link = &cache.buckets[p->key_hash % CACHE_BUCKETS];
    while (*link != p)
        link = &(*link)->hash_next;
    *link = p->hash_next;
    lru_unlink(p);
    cache.bytes -= p->bytes;
    page_free(p);
}

static void cache_clear(void)
{
    while (cache.lru_tail)
        cache_remove(cache.lru_tail);
}

static struct cached_page *cache_find(const char *key, uint64_t hash)
{
    for (struct cached_page *p = cache.buckets[hash % CACHE_BUCKETS]; p; p = p->hash_next)
        if (p->key_hash == hash && strcmp(p->key, key) == 0)
            return p;
    return NULL;
}

/* Out of memory ends the worker (lighttpd restarts it), as everywhere else. */
static char *xstrdup(const char *s)
{
    char *copy = strdup(s ? s : "");
    if (!copy)
        abort();
    return copy;
}

static void *xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p)
        abort();
    return p;
}

/* Compares two entity tags weakly (RFC 9110 8.8.3.2): a W/ prefix is ignored. */
static bool etag_equal_weak(const char *a, size_t a_len, const char *b, size_t b_len)
{
    if (a_len >= 2 && strncmp(a, "W/", 2) == 0) {
        a += 2;
        a_len -= 2;
    }
    if (b_len >= 2 && strncmp(b, "W/", 2) == 0) {
        b += 2;
        b_len -= 2;
    }
    return a_len == b_len && memcmp(a, b, a_len) == 0;
}

/* Does the If-None-Match header (a list, "*", W/ forms) match ETAG? */
static bool etag_matches(const char *header, const char *etag)
{
    for (const char *p = header; p && *p;) {
        p += strspn(p, " \t,");
        size_t len = strcspn(p, ","), tag_len = len;
        while (tag_len && (p[tag_len - 1] == ' ' || p[tag_len - 1] == '\t'))
            tag_len--;
        if ((tag_len == 1 && p[0] == '*') || etag_equal_weak(p, tag_len, etag, strlen(etag)))
            return true;
        p += len;
    }
    return false;
}

static const char *response_header_value(const struct request *req, const char *name)
{
    const struct response *r = &req->response;
    for (int i = 0; i < r->header_count; i++)
        if (strcasecmp(r->headers[i].name, name) == 0)
            return r->headers[i].value;
    return NULL;
}

/* The validators and caching policy every successful public read carries. */
static void add_cache_headers(struct request *req, const char *etag, bool handler_etag)
{
    if (!handler_etag)
        resp_header(req, "ETag", arena_strdup(req->arena, etag));
    if (current.last_modified[0])
        resp_header(req, "Last-Modified", arena_strdup(req->arena, current.last_modified));
    resp_header(req, "Vary", "Cookie");
    if (!response_header_value(req, "Cache-Control"))
        resp_header(req, "Cache-Control", "no-cache");
}

static void answer_not_modified_if_matching(struct request *req, const char *etag)
{
    if (etag_matches(req->if_none_match, etag)) {
        req->response.status = 304;
        req->response.body.len = 0;
    }
}

static void serve_cached(struct request *req, struct cached_page *p)
{
    struct response *r = &req->response;
    r->status = 200;
    r->content_type = p->content_type;
    r->header_count = 0;
    for (int i = 0; i < p->header_count; i++)
        resp_header(req, p->headers[i].name, p->headers[i].value);
    /* Sent straight from the cache: nothing runs between here and the write
     * that could evict the page, and a later append would copy it first. */
    r->body.data = p->body;
    r->body.len = p->body_len;
    r->body.cap = p->body_len + 1;
    add_cache_headers(req, p->etag, false);
    resp_header(req, "X-Render-Cache", "hit");
    answer_not_modified_if_matching(req, p->etag);
}

/* Reading the version opens a read transaction (two locks and an fstat),
 * a tenth of a cache hit's cost; a worker answering thousands of requests a
 * second reads it at most once a millisecond, so an edit shows within 1 ms. */
enum { VERSION_RECHECK_NS = 1000000 };

static void refresh_version(sqlite3 *db)
{
    static struct timespec last_read;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    long long since = (now.tv_sec - last_read.tv_sec) * 1000000000LL + (now.tv_nsec - last_read.tv_nsec);
    if (current.known && since < VERSION_RECHECK_NS)
        return;
    read_current_version(db);
    last_read = now;
}

int portal_cache_lookup(struct request *req)
{
    refresh_version(req->app->content_db);
    if (!current.known || !method_is_read(req) || !path_is_cacheable(req->path))
        return 0;
    if (current.version != cache.version) {
        cache_clear();
        cache.version = current.version;
    }
    const char *key = cache_key(req);
    struct cached_page *p = cache_find(key, fnv1a(FNV_OFFSET, key, strlen(key)));
    if (!p)
        return 0;
    lru_unlink(p);
    lru_push_front(p);
    serve_cached(req, p);
    if (strcmp(req->path, "/search") == 0)
        search_note_query(req);
    return 1;
}

static bool response_is_storable(const struct request *req)
{
    const char *cc = response_header_value(req, "Cache-Control");
    return path_is_cacheable(req->path) && !response_header_value(req, "Set-Cookie")
        && !(cc && strstr(cc, "no-store")) && req->response.body.len <= CACHE_MAX_PAGE_BYTES
        && current.version == cache.version;
}

/* A malloc'd copy of the response (handler headers only; ours are added when served). */
static struct cached_page *page_copy(const struct request *req, const char *key, uint64_t hash,
                                     const char *etag)
{
    struct cached_page *p = xmalloc(sizeof *p);
    memset(p, 0, sizeof *p);
    p->key = xstrdup(key);
    p->key_hash = hash;
    p->content_type = xstrdup(req->response.content_type);
    p->body_len = req->response.body.len;
    p->body = xmalloc(p->body_len + 1);   /* NUL-terminated like every struct buf */
    memcpy(p->body, req->response.body.data, p->body_len + 1);
    snprintf(p->etag, sizeof p->etag, "%s", etag);
    p->bytes = sizeof *p + strlen(key) + p->body_len;
    for (int i = 0; i < req->response.header_count; i++) {
        const struct response_header *h = &req->response.headers[i];
        p->headers[p->header_count++] = (struct response_header){ xstrdup(h->name), xstrdup(h->value) };
        p->bytes += strlen(h->name) + strlen(h->value);
    }
    return p;
}

/* Stores the response, evicting the least recently used pages to stay in bounds. */
static void cache_insert(struct request *req, const char *etag)
{
    const char *key = cache_key(req);
    uint64_t hash = fnv1a(FNV_OFFSET, key, strlen(key));
    struct cached_page *old = cache_find(key, hash);
    if (old)
        cache_remove(old);
    struct cached_page *p = page_copy(req, key, hash, etag);
    while (cache.lru_tail && cache.bytes + p->bytes > CACHE_MAX_BYTES)
        cache_remove(cache.lru_tail);
    p->hash_next = cache.buckets[hash % CACHE_BUCKETS];
    cache.buckets[hash % CACHE_BUCKETS] = p;
    lru_push_front(p);
    cache.bytes += p->bytes;
}

/* The bytes decide the tag (so the a11y body class, the Host in feed links
 * and template changes all count) and the version ties it to content. */
static void make_etag(const struct request *req, char *out, size_t size)
{
    uint64_t h = fnv1a(FNV_OFFSET, req->response.content_type, strlen(req->response.content_type));
    h = fnv1a(h, req->response.body.data, req->response.body.len);
    snprintf(out, size, "\"%llx-%016llx\"", current.version, (unsigned long long)h);
}

void portal_cache_store(struct request *req)
{
    bool known = current.known;
    current.known = false;      /* the next request reads the version afresh */
    if (!known || !method_is_read(req) || strcmp(req->path, "/healthz") == 0)
        return;
    char own_etag[ETAG_SIZE];
    const char *handler_etag = response_header_value(req, "ETag");
    const char *etag = handler_etag;
    if (!handler_etag) {
        make_etag(req, own_etag, sizeof own_etag);
        etag = own_etag;
    }
    if (response_is_storable(req) && !handler_etag) {
        cache_insert(req, etag);
        resp_header(req, "X-Render-Cache", "miss");
    }
    add_cache_headers(req, etag, handler_etag != NULL);
    answer_not_modified_if_matching(req, etag);
}
