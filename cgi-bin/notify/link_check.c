/* `portalctl check-links` (issue 14): requests every outbound http(s) link
 * the public site carries (cgi-bin/site/link_scan.c) and records the answer
 * in content.db's link_checks, for the freshness self-check. libcurl lives
 * in portalctl alone: no web request ever goes out from a handler. Each link
 * gets a HEAD (a GET when the server refuses HEAD), no cookies or
 * credentials, at most 5 redirects over http(s) only, PORTAL_LINK_TIMEOUT
 * seconds, and no more than 16 KiB of any body is read. */
#include "link_check.h"

#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>

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

/* One request; the final HTTP status, 0 when none came (ERROR says why). */
static long request_status(CURL *curl, const struct config *cfg, const char *url, bool head, CURLcode *rc,
                           char *curl_error)
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
    char curl_error[CURL_ERROR_SIZE];
    CURLcode rc;
    *status = request_status(curl, cfg, url, true, &rc, curl_error);
    if (*status >= 400 || (rc != CURLE_OK && *status == 0 && rc != CURLE_COULDNT_RESOLVE_HOST))
        *status = request_status(curl, cfg, url, false, &rc, curl_error);   /* some servers refuse HEAD */
    if (*status >= 200 && *status < 400)
        return true;
    if (*status)
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

int links_check_all(const struct config *cfg, sqlite3 *db, struct link_check_summary *out)
{
    *out = (struct link_check_summary){ 0, 0 };
    struct arena *arena = arena_new();
    struct url_set set = { .arena = arena };
    collect_urls(db, &set);
    CURL *curl = curl_easy_init();
    int rc = curl ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < set.count; i++) {
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
