/* `portalctl check-links` (issue 14): requests every outbound http(s) link
 * the public site carries (cgi-bin/site/link_scan.c) and records the answer
 * in content.db's link_checks, for the freshness self-check. libcurl lives
 * in portalctl alone: no web request ever goes out from a handler. Each link
 * gets a HEAD (a GET when the server answers HEAD with an error), no cookies,
 * credentials or proxy, at most 5 redirects over http(s) only,
 * PORTAL_LINK_TIMEOUT seconds, and no more than 16 KiB of any body is read.
 * No connection goes to this host or a private network (every address libcurl
 * connects to is checked, after redirects too), links with user:pass@ are not
 * requested, and a run stops after PORTAL_LINK_BUDGET seconds. */
#include "link_check.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "arena.h"
#include "config.h"
#include "db.h"
#include "link_scan.h"
#include "log.h"

enum { MAX_LINKS = 20000, BODY_LIMIT = 16 * 1024 };

struct url_set {
    struct arena *arena;
    const char **urls;
    size_t count, cap;
    const char *site_host;   /* site_url's: the site's own pages are not outbound */
};

static void keep_outbound(void *ctx, const struct link_found *link)
{
    struct url_set *set = ctx;
    const char *scheme = link_url_scheme(set->arena, link->url);
    if (!scheme || (strcmp(scheme, "http") != 0 && strcmp(scheme, "https") != 0) || set->count >= MAX_LINKS)
        return;
    const char *host = link_url_host(set->arena, link->url);
    if (!*host || (*set->site_host && strcmp(host, set->site_host) == 0))
        return;
    set->urls = arena_array_reserve(set->arena, set->urls, set->count, &set->cap, sizeof *set->urls, 256);
    set->urls[set->count++] = link->url;
}

static int compare_urls(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Every outbound link of every agency and of the platform, sorted, each once. */
static void collect_urls(sqlite3 *db, struct url_set *set)
{
    struct link_scan scan = { .arena = set->arena, .db = db, .found = keep_outbound, .ctx = set };
    set->site_host = link_url_host(set->arena, db_setting(set->arena, db, "site_url"));
    sqlite3_stmt *st = db_stmt(db, "SELECT id, code FROM agencies WHERE parent_id IS NULL ORDER BY id");
    while (sqlite3_step(st) == SQLITE_ROW)
        link_scan_agency(&scan, db_int(st, 0), db_text(set->arena, st, 1));
    sqlite3_reset(st);
    link_scan_platform(&scan);
    if (set->count)
        qsort(set->urls, set->count, sizeof *set->urls, compare_urls);
    size_t kept = 0;
    for (size_t i = 0; i < set->count; i++)
        if (!kept || strcmp(set->urls[kept - 1], set->urls[i]) != 0)
            set->urls[kept++] = set->urls[i];
    set->count = kept;
}

/* Reads at most BODY_LIMIT bytes of a GET's body, then stops the transfer. */
static size_t discard_body(char *data, size_t size, size_t n, void *ctx)
{
    (void)data;
    size_t *seen = ctx;
    *seen += size * n;
    return *seen > BODY_LIMIT ? 0 : size * n;
}

/* True for an IPv4 address (host order) the check must not reach: this host,
 * private and shared networks, link-local, multicast and reserved. */
static bool private_v4(uint32_t a)
{
    static const struct { uint32_t net, mask; } nets[] = {
        { 0x00000000u, 0xFF000000u },   /* 0.0.0.0/8 */
        { 0x0A000000u, 0xFF000000u },   /* 10/8 */
        { 0x64400000u, 0xFFC00000u },   /* 100.64/10 */
        { 0x7F000000u, 0xFF000000u },   /* 127/8 */
        { 0xA9FE0000u, 0xFFFF0000u },   /* 169.254/16 */
        { 0xAC100000u, 0xFFF00000u },   /* 172.16/12 */
        { 0xC0000000u, 0xFFFFFF00u },   /* 192.0.0/24 */
        { 0xC0A80000u, 0xFFFF0000u },   /* 192.168/16 */
        { 0xC6120000u, 0xFFFE0000u },   /* 198.18/15 */
        { 0xE0000000u, 0xE0000000u },   /* 224/4 multicast, 240/4 reserved, broadcast */
    };
    for (size_t i = 0; i < sizeof nets / sizeof nets[0]; i++)
        if ((a & nets[i].mask) == nets[i].net)
            return true;
    return false;
}

static bool private_v6(const unsigned char b[16])
{
    static const unsigned char mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF };
    static const unsigned char zero[12] = { 0 };
    static const unsigned char nat64[12] = { 0, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0 };
    if (memcmp(b, mapped, 12) == 0 || memcmp(b, zero, 12) == 0 || memcmp(b, nat64, 12) == 0) {
        /* ::ffff:a.b.c.d, ::a.b.c.d (and :: and ::1), 64:ff9b::a.b.c.d: the IPv4 address decides */
        uint32_t v4 = (uint32_t)b[12] << 24 | (uint32_t)b[13] << 16 | (uint32_t)b[14] << 8 | b[15];
        return private_v4(v4);
    }
    return (b[0] & 0xFE) == 0xFC                    /* fc00::/7 unique local */
        || (b[0] == 0xFE && (b[1] & 0xC0) == 0x80)  /* fe80::/10 link-local */
        || (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0)  /* fec0::/10 old site-local */
        || b[0] == 0xFF;                            /* multicast */
}

struct guard {
    bool allow_private;   /* PORTAL_LINK_CHECK_PRIVATE=allow (tests only) */
    bool refused;         /* a connection to a private address was refused */
};

/* libcurl's socket for every connection, redirects included: none to a private address. */
static curl_socket_t open_public_socket(void *ctx, curlsocktype purpose, struct curl_sockaddr *address)
{
    struct guard *guard = ctx;
    bool blocked = true;
    if (purpose == CURLSOCKTYPE_IPCXN && address->family == AF_INET
        && address->addrlen >= sizeof(struct sockaddr_in)) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)(const void *)&address->addr;
        blocked = private_v4(ntohl(in->sin_addr.s_addr));
    } else if (purpose == CURLSOCKTYPE_IPCXN && address->family == AF_INET6
               && address->addrlen >= sizeof(struct sockaddr_in6)) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)(const void *)&address->addr;
        blocked = private_v6(in6->sin6_addr.s6_addr);
    }
    if (blocked && !guard->allow_private) {
        guard->refused = true;
        return CURL_SOCKET_BAD;
    }
    return socket(address->family, address->socktype | SOCK_CLOEXEC, address->protocol);
}

/* True when URL carries a user name or password (user:pass@host). */
static bool has_userinfo(const char *url)
{
    CURLU *u = curl_url();
    bool found = false;
    if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK) {
        char *part = NULL;
        if (curl_url_get(u, CURLUPART_USER, &part, 0) == CURLUE_OK)
            found = true;
        curl_free(part);
        part = NULL;
        if (curl_url_get(u, CURLUPART_PASSWORD, &part, 0) == CURLUE_OK)
            found = true;
        curl_free(part);
    }
    curl_url_cleanup(u);
    return found;
}

/* One request; the final HTTP status, 0 when none came (ERROR says why). */
static long request_status(CURL *curl, const struct config *cfg, const char *url, bool head, CURLcode *rc,
                           char *curl_error, struct guard *guard)
{
    size_t seen = 0;
    curl_easy_reset(curl);
    curl_error[0] = '\0';
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, curl_error);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, (long)cfg->link_timeout_s);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(curl, CURLOPT_PROXY, "");       /* no proxy from the environment ... */
    curl_easy_setopt(curl, CURLOPT_NOPROXY, "*");    /* ... for any host */
    curl_easy_setopt(curl, CURLOPT_OPENSOCKETFUNCTION, open_public_socket);
    curl_easy_setopt(curl, CURLOPT_OPENSOCKETDATA, guard);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "portalctl-check-links (政府信息公开平台 link check)");
    curl_easy_setopt(curl, CURLOPT_NOBODY, head ? 1L : 0L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &seen);
    *rc = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    return status;
}

/* Checks URL: true when it answers 2xx or 3xx; otherwise ERROR (SIZE bytes) says why in Chinese. */
static bool link_answers(CURL *curl, const struct config *cfg, const char *url, long *status, char *error,
                         size_t size)
{
    *status = 0;
    if (has_userinfo(url)) {
        snprintf(error, size, "链接含有用户名或密码（user:pass@），未检查");
        return false;
    }
    char curl_error[CURL_ERROR_SIZE];
    CURLcode rc;
    struct guard guard = { .allow_private = cfg->link_check_private };
    *status = request_status(curl, cfg, url, true, &rc, curl_error, &guard);
    /* Some servers refuse HEAD: a GET only when the server answered with an error, never
     * after a timeout or a failed connection (that would only wait twice). */
    if (*status >= 400)
        *status = request_status(curl, cfg, url, false, &rc, curl_error, &guard);
    if (*status >= 200 && *status < 400)
        return true;
    if (guard.refused && *status == 0)
        snprintf(error, size, "指向内网或本机地址，未检查");
    else if (*status)
        snprintf(error, size, "HTTP %ld", *status);
    else if (rc == CURLE_COULDNT_RESOLVE_HOST)
        snprintf(error, size, "域名无法解析");
    else if (rc == CURLE_COULDNT_CONNECT)
        snprintf(error, size, "无法连接");
    else if (rc == CURLE_OPERATION_TIMEDOUT)
        snprintf(error, size, "%d秒内没有应答", cfg->link_timeout_s);
    else
        snprintf(error, size, "请求失败：%.200s", *curl_error ? curl_error : curl_easy_strerror(rc));
    for (char *p = error; *p; p++)
        if ((unsigned char)*p < 0x20)
            *p = ' ';
    return false;
}

/* Records one answer in its own short transaction (the site keeps running). */
static int record(sqlite3 *db, const char *url, bool ok, long status, const char *error)
{
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO link_checks (url, checked_at, ok, status, error, failures) "
        "VALUES (?1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?2, ?3, ?4, 1 - ?2) "
        "ON CONFLICT (url) DO UPDATE SET checked_at = excluded.checked_at, ok = excluded.ok, "
        "status = excluded.status, error = excluded.error, "
        "failures = CASE WHEN excluded.ok THEN 0 ELSE link_checks.failures + 1 END");
    sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, ok);
    db_bind_id_or_null(st, 3, status);
    sqlite3_bind_text(st, 4, ok ? "" : error, -1, SQLITE_STATIC);
    return db_write_one(db, st, "check_links");
}

/* Forgets links the site no longer carries and records the run. */
static int finish_run(sqlite3 *db, const struct url_set *set, const struct link_check_summary *sum)
{
    if (db_begin(db, "check_links") != SQLITE_OK)
        return -1;
    db_exec(db, "CREATE TEMP TABLE IF NOT EXISTS current_links (url TEXT PRIMARY KEY); DELETE FROM current_links;");
    sqlite3_stmt *ins = db_stmt(db, "INSERT OR IGNORE INTO current_links (url) VALUES (?1)");
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < set->count; i++) {
        sqlite3_bind_text(ins, 1, set->urls[i], -1, SQLITE_STATIC);
        rc = db_run(db, ins, "check_links");
    }
    sqlite3_stmt *gone = db_stmt(db, "DELETE FROM link_checks WHERE url NOT IN (SELECT url FROM current_links)");
    sqlite3_stmt *run = db_stmt(db,
        "INSERT INTO link_check_runs (id, ran_at, checked, failed) VALUES (1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?1, ?2) "
        "ON CONFLICT (id) DO UPDATE SET ran_at = excluded.ran_at, checked = excluded.checked, failed = excluded.failed");
    sqlite3_bind_int(run, 1, sum->checked);
    sqlite3_bind_int(run, 2, sum->failed);
    if (rc != 0 || db_run(db, gone, "check_links") != 0 || db_run(db, run, "check_links") != 0
        || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return -1;
    }
    return 0;
}

/* Links never checked first, then the longest unchecked: a run the budget
 * stops leaves the most recently checked for the next one. */
struct by_age {
    const char *checked_at, *url;
};

static int compare_by_age(const void *a, const void *b)
{
    const struct by_age *x = a, *y = b;
    int c = strcmp(x->checked_at, y->checked_at);
    return c ? c : strcmp(x->url, y->url);
}

static void order_by_last_check(sqlite3 *db, struct url_set *set)
{
    struct by_age *order = arena_calloc(set->arena, set->count + 1, sizeof *order);
    sqlite3_stmt *st = db_stmt(db, "SELECT checked_at FROM link_checks WHERE url = ?1");
    for (size_t i = 0; i < set->count; i++) {
        sqlite3_bind_text(st, 1, set->urls[i], -1, SQLITE_STATIC);
        order[i].checked_at = sqlite3_step(st) == SQLITE_ROW ? db_text(set->arena, st, 0) : "";
        order[i].url = set->urls[i];
        sqlite3_reset(st);
    }
    if (set->count)
        qsort(order, set->count, sizeof *order, compare_by_age);
    for (size_t i = 0; i < set->count; i++)
        set->urls[i] = order[i].url;
}

int links_check_all(const struct config *cfg, sqlite3 *db, struct link_check_summary *out)
{
    *out = (struct link_check_summary){ 0, 0, 0 };
    struct arena *arena = arena_new();
    struct url_set set = { .arena = arena };
    collect_urls(db, &set);
    order_by_last_check(db, &set);
    CURL *curl = curl_easy_init();
    int rc = curl ? 0 : -1;
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (size_t i = 0; rc == 0 && i < set.count; i++) {
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (now.tv_sec - start.tv_sec >= cfg->link_budget_s) {
            out->left = (int)(set.count - i);   /* they keep their last answer until the next run */
            log_event(LOG_WARN, "link_budget", "%d links left for the next run after %d seconds", out->left,
                      cfg->link_budget_s);
            break;
        }
        long status = 0;
        char error[256] = "";
        bool ok = link_answers(curl, cfg, set.urls[i], &status, error, sizeof error);
        rc = record(db, set.urls[i], ok, status, error);
        out->checked++;
        out->failed += !ok;
        if (!ok)
            log_event(LOG_INFO, "link_failed", "%s: %s", set.urls[i], error);
    }
    if (rc == 0)
        rc = finish_run(db, &set, out);
    if (curl)
        curl_easy_cleanup(curl);
    arena_free(arena);
    return rc;
}
