/* portalctl: the operator's command-line tool. init creates both databases
 * and loads the demo data, migrate applies new migrations, user add creates
 * staff accounts, backup copies both databases online, check verifies them,
 * reindex rebuilds the search index, search-stats counts the query log,
 * extract fills in the searchable text of attachments that have none,
 * notify delivers the notice outbox (and queues the staff digests). */
#include <curl/curl.h>
#include <errno.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "attachment_text.h"
#include "config.h"
#include "crypto.h"
#include "db.h"
#include "link_check.h"
#include "log.h"
#include "notify.h"
#include "password_policy.h"
#include "message.h"
#include "request_stats.h"
#include "search_jobs.h"
#include "tmpl.h"
#include "visits.h"

static struct config cfg;

static const char *const role_names[] = { "admin", "editor", "reviewer", "signer", "handler" };

static int usage(void)
{
    fputs("usage: portalctl init [--no-demo]\n"
          "       portalctl migrate\n"
          "       portalctl user add [--must-change] NAME ROLE[,ROLE...]   (password on stdin; roles: admin\n"
          "                 (platform), editor|reviewer|signer|handler[@AGENCY_CODE]; --must-change: the user\n"
          "                 must replace the password at the first login)\n"
          "       portalctl backup DIR\n"
          "       portalctl check\n"
          "       portalctl reindex        (rebuild the search index)\n"
          "       portalctl search-stats   (count the search query log into 热门搜索; daily)\n"
          "       portalctl extract [--retry]   (text of attachments for search; --retry: also those that failed)\n"
          "       portalctl visits [FILE]  (count lighttpd's access log, FILE or PORTAL_ACCESS_LOG, into the visit\n"
          "                 statistics; hourly or nightly)\n"
          "       portalctl request-stats  (recompute the public monthly 依申请公开 and 互动交流 statistics; nightly)\n"
          "       portalctl check-links    (whether the site's outbound links still answer; nightly)\n"
          "       portalctl notify [--digest] [--now]   (send queued notices; --digest: first queue today's\n"
          "                 staff digests; --now: also notices waiting for their retry time)\n"
          "environment: PORTAL_CONTENT_DB PORTAL_PRIVATE_DB PORTAL_SQL_DIR PORTAL_SECRET_FILE PORTAL_SEARCH_LOG\n"
          "             PORTAL_EXTRACT_PATH PORTAL_EXTRACT_TIMEOUT PORTAL_LINK_TIMEOUT\n"
          "             PORTAL_SITE_URL (init: the platform's address, stored as the site_url setting)\n", stderr);
    return 2;
}

static int migrate_one(const char *path, const char *subdir)
{
    bool fresh = access(path, F_OK) != 0;
    sqlite3 *db = db_open(path, DB_CREATE);
    if (!db)
        return 1;
    /* SQLite creates a database 0644 less the umask, and its -wal and -shm
     * files with the database's mode whatever the umask: group-writable, so
     * that in the one-user-per-program layout every handler of the group can
     * open it (the mode is set explicitly, past the umask). */
    if (fresh && chmod(path, 0660) != 0)
        fprintf(stderr, "%s: cannot make it group-writable: %s\n", path, strerror(errno));
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/%s", cfg.sql_dir, subdir);
    int rc = db_migrate(db, dir);
    printf("%s: schema version %d\n", path, db_user_version(db));
    db_close(db);
    return rc == SQLITE_OK ? 0 : 1;
}

/* The id of content.db's only agency, 0 when there are none or several. */
static long long only_agency_id(void)
{
    sqlite3 *db = db_open(cfg.content_db, DB_READ_ONLY);
    long long id = 0;
    if (db) {
        sqlite3_stmt *st = db_stmt(db, "SELECT min(id), count(*) FROM agencies WHERE parent_id IS NULL");
        if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 1) == 1)
            id = sqlite3_column_int64(st, 0);
        sqlite3_reset(st);
    }
    db_close(db);
    return id;
}

static long long default_agency_id(void);

/* A single-agency database upgraded to the platform (migration 3 of private.db):
 * its applications, receipt counters and staff roles belong to the agency its
 * URLs belonged to (legacy_agency_id, set by content migration 5), else to the
 * only agency. Runs on every migrate and changes nothing once every row has its
 * agency; fails when there is no such agency, as applications nobody can see
 * would run past their legal deadlines. */
static int adopt_single_agency(void)
{
    sqlite3 *db = db_open(cfg.private_db, DB_READ_WRITE);
    if (!db)
        return 1;
    sqlite3_stmt *st = db_stmt(db, "SELECT (SELECT count(*) FROM applications WHERE agency_id IS NULL)"
                                   " + (SELECT count(*) FROM user_roles WHERE role <> 'admin')");
    int pending = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_reset(st);
    long long agency = pending ? default_agency_id() : 0;
    int rc = SQLITE_OK;
    if (pending && !agency) {
        fprintf(stderr, "%d rows of %s have no agency, and content.db names none (legacy_agency_id) "
                        "and has not exactly one: assign them by hand\n", pending, cfg.private_db);
        rc = SQLITE_ERROR;
    } else if (pending) {
        rc = db_begin(db, "adopt_single_agency");
        static const char *const steps[] = {
            "UPDATE applications SET agency_id = ?1, agency_seq = seq WHERE agency_id IS NULL",
            "INSERT OR IGNORE INTO agency_application_counters (agency_id, year, last_seq)"
            " SELECT ?1, year, last_seq FROM application_counters",
            "INSERT OR IGNORE INTO user_agency_roles (user_id, agency_id, role)"
            " SELECT user_id, ?1, role FROM user_roles WHERE role <> 'admin'",
            "DELETE FROM user_roles WHERE role <> 'admin'",
        };
        for (size_t i = 0; rc == SQLITE_OK && i < sizeof steps / sizeof steps[0]; i++) {
            sqlite3_stmt *step = db_stmt(db, steps[i]);
            sqlite3_bind_int64(step, 1, agency);
            rc = db_run(db, step, "adopt_single_agency") == 0 ? SQLITE_OK : SQLITE_ERROR;
        }
        if (rc == SQLITE_OK)
            rc = db_commit(db);
        else
            db_rollback(db);
        if (rc == SQLITE_OK)
            printf("%s: applications and staff roles assigned to agency %lld\n", cfg.private_db, agency);
    }
    db_close(db);
    return rc == SQLITE_OK ? 0 : 1;
}

static int cmd_migrate(void)
{
    if (migrate_one(cfg.content_db, "content") | migrate_one(cfg.private_db, "private"))
        return 1;
    return adopt_single_agency();
}

static int load_sql_file(const char *db_path, const char *file)
{
    char *text = db_read_sql_file(file);
    if (!text) {
        fprintf(stderr, "cannot read %s: %s\n", file, strerror(errno));
        return 1;
    }
    sqlite3 *db = db_open(db_path, DB_READ_WRITE);
    int rc = db ? db_exec(db, text) : SQLITE_ERROR;
    db_close(db);
    free(text);
    return rc == SQLITE_OK ? 0 : 1;
}

/* The agency that bare roles ("editor") are held in: content.db's
 * legacy_agency_id (the agency of a single-agency install, 民政局 in the demo),
 * else its only agency; 0 when neither exists. */
static long long default_agency_id(void)
{
    sqlite3 *db = db_open(cfg.content_db, DB_READ_ONLY);
    long long id = 0;
    if (db) {
        sqlite3_stmt *st = db_stmt(db, "SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'legacy_agency_id'");
        if (sqlite3_step(st) == SQLITE_ROW)
            id = sqlite3_column_int64(st, 0);
        sqlite3_reset(st);
    }
    db_close(db);
    return id ? id : only_agency_id();
}

/* The id of the agency with CODE in content.db, 0 when there is none. */
static long long agency_id_for_code(const char *code)
{
    sqlite3 *db = db_open(cfg.content_db, DB_READ_ONLY);
    long long id = 0;
    if (db) {
        sqlite3_stmt *st = db_stmt(db, "SELECT id FROM agencies WHERE code = ?1 AND parent_id IS NULL");
        sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_ROW)
            id = sqlite3_column_int64(st, 0);
        sqlite3_reset(st);
    }
    db_close(db);
    return id;
}

enum { MAX_GRANTS = 64 };

/* One role: "admin" (platform-wide, agency 0) or editor/reviewer/handler in an agency. */
struct grant {
    const char *role;
    long long agency_id;
};

/* Parses "admin,editor@mzj,handler@rsj,reviewer" into GRANTS; a bare agency
 * role is held in default_agency_id(). Returns the count, or -1 (message printed). */
static int parse_grants(const char *list, struct grant *grants)
{
    static char copy[1024];
    snprintf(copy, sizeof copy, "%s", list);
    int n = 0;
    for (char *save, *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        char *at = strchr(tok, '@');
        if (at)
            *at++ = '\0';
        int role = -1;
        for (int i = 0; i < (int)(sizeof role_names / sizeof role_names[0]); i++)
            if (strcmp(tok, role_names[i]) == 0)
                role = i;
        if (role < 0 || n >= MAX_GRANTS || (role == 0 && at)) {
            fprintf(stderr, "unknown role: %s (roles: admin, or editor|reviewer|signer|handler[@AGENCY_CODE])\n", tok);
            return -1;
        }
        long long agency = role == 0 ? 0 : at ? agency_id_for_code(at) : default_agency_id();
        if (role != 0 && !agency) {
            fprintf(stderr, "no agency %s: name it as %s@CODE\n", at ? at : "to hold the role in", tok);
            return -1;
        }
        grants[n++] = (struct grant){ role_names[role], agency };
    }
    return n ? n : -1;
}

static int insert_user(sqlite3 *db, const char *name, const char *password,
                       const struct grant *grants, int grant_count, bool must_change)
{
    char hash[PASSWORD_HASH_MAX];
    if (password_hash(password, hash) != 0)
        return 1;
    sqlite3_stmt *st = db_stmt(db, "INSERT INTO users (name, display_name, password_hash, "
                                   "password_changed_at, must_change_password) VALUES (?1, ?1, ?2, "
                                   "strftime('%Y-%m-%dT%H:%M:%SZ','now'), ?3)");
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, hash, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 3, must_change);
    if (db_begin(db, "user add") != SQLITE_OK)
        return 1;
    if (sqlite3_step(st) != SQLITE_DONE) {
        fprintf(stderr, "cannot add user %s: %s\n", name, sqlite3_errmsg(db));
        sqlite3_reset(st);
        db_rollback(db);
        return 1;
    }
    sqlite3_reset(st);
    long long id = sqlite3_last_insert_rowid(db);
    for (int i = 0; i < grant_count; i++) {
        sqlite3_stmt *r = grants[i].agency_id
            ? db_stmt(db, "INSERT OR IGNORE INTO user_agency_roles (user_id, role, agency_id) VALUES (?1, ?2, ?3)")
            : db_stmt(db, "INSERT OR IGNORE INTO user_roles (user_id, role) VALUES (?1, ?2)");
        sqlite3_bind_int64(r, 1, id);
        sqlite3_bind_text(r, 2, grants[i].role, -1, SQLITE_STATIC);
        if (grants[i].agency_id)
            sqlite3_bind_int64(r, 3, grants[i].agency_id);
        sqlite3_step(r);
        sqlite3_reset(r);
    }
    sqlite3_stmt *a = db_stmt(db, "INSERT INTO audit_log (user_name, action, target, summary) "
                                  "VALUES ('portalctl', 'user.add', ?1, 'created from the command line')");
    sqlite3_bind_text(a, 1, name, -1, SQLITE_STATIC);
    sqlite3_step(a);
    sqlite3_reset(a);
    return db_commit(db) == SQLITE_OK ? 0 : 1;
}

/* One line from stdin, checked by the same rules as the staff pages. */
static int read_password(char *out, size_t size, const char *user_name)
{
    if (!fgets(out, (int)size, stdin))
        return -1;
    out[strcspn(out, "\r\n")] = '\0';
    const char *problem = password_problem(out, user_name, NULL);
    if (problem) {
        fprintf(stderr, "password refused: %s\n", problem);
        return -1;
    }
    return 0;
}

static int cmd_user_add(const char *name, const char *role_list, bool must_change)
{
    struct grant grants[MAX_GRANTS];
    char password[512];
    int count = parse_grants(role_list, grants);
    if (count < 0 || read_password(password, sizeof password, name) != 0)
        return 2;
    sqlite3 *db = db_open(cfg.private_db, DB_READ_WRITE);
    int rc = db ? insert_user(db, name, password, grants, count, must_change) : 1;
    sodium_memzero(password, sizeof password);
    db_close(db);
    if (rc == 0)
        printf("user %s added with roles %s\n", name, role_list);
    return rc;
}

/* The first administrator gets a random password printed once. It is the
 * platform administrator and, when there is a default agency (民政局 in the
 * demo), also its editor, reviewer and handler, so one login tries everything. */
static int create_first_admin(void)
{
    char password[20];
    random_code(password, 16);
    long long agency = default_agency_id();
    struct grant grants[] = { { "admin", 0 }, { "editor", agency }, { "reviewer", agency }, { "handler", agency } };
    sqlite3 *db = db_open(cfg.private_db, DB_READ_WRITE);
    int rc = db ? insert_user(db, "admin", password, grants, agency ? 4 : 1, true) : 1;
    db_close(db);
    if (rc == 0) {
        printf("\nStaff login created (shown once, write it down):\n");
        printf("    user: admin   password: %s\n", password);
        printf("    the first login leads to /admin/password: it must be changed before anything else\n\n");
    }
    return rc;
}

/* site_url from PORTAL_SITE_URL, the address feeds and sitemaps use (the
 * platform administrator can change it in the settings); unset leaves it empty. */
static int store_site_url(void)
{
    const char *url = getenv("PORTAL_SITE_URL");
    if (!url || !*url)
        return 0;
    if (site_url_problem(url)) {
        fprintf(stderr, "PORTAL_SITE_URL %s: not an http(s) address without query or fragment\n", url);
        return 1;
    }
    sqlite3 *db = db_open(cfg.content_db, DB_READ_WRITE);
    sqlite3_stmt *st = NULL;
    int rc = db ? sqlite3_prepare_v2(db, "INSERT INTO settings (key, value) VALUES ('site_url', ?1) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", -1, &st, NULL)
                : SQLITE_ERROR;
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
        rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
    }
    sqlite3_finalize(st);
    db_close(db);
    return rc == SQLITE_OK ? 0 : 1;
}

static int cmd_search(const char *cmd);

static int cmd_init(int with_demo)
{
    if (access(cfg.content_db, F_OK) == 0 || access(cfg.private_db, F_OK) == 0) {
        fprintf(stderr, "databases exist already (%s, %s): use migrate\n", cfg.content_db, cfg.private_db);
        return 1;
    }
    unsigned char key[SECRET_KEY_BYTES];
    if (secret_key_load(cfg.secret_file, key) != 0) {
        fprintf(stderr, "cannot create the secret key %s\n", cfg.secret_file);
        return 1;
    }
    sodium_memzero(key, sizeof key);
    if (cmd_migrate() != 0)
        return 1;
    /* 民政局 first (agency 1), then the rest of 宁国市人民政府's platform, the
     * pieces the inspection looks for, then the applications its annual
     * reports count (private.db). */
    const struct { const char *file, *db; } demo_files[] = {
        { "content_demo.sql", cfg.content_db }, { "platform_demo.sql", cfg.content_db },
        { "inspection_demo.sql", cfg.content_db }, { "private_demo.sql", cfg.private_db } };
    for (size_t i = 0; with_demo && i < sizeof demo_files / sizeof demo_files[0]; i++) {
        char demo[4096];
        snprintf(demo, sizeof demo, "%s/demo/%s", cfg.sql_dir, demo_files[i].file);
        if (load_sql_file(demo_files[i].db, demo) != 0)
            return 1;
        printf("demo data loaded from %s\n", demo);
    }
    /* The demo went in row by row: number its search documents by date. */
    if (with_demo && cmd_search("reindex") != 0)
        return 1;
    if (store_site_url() != 0)
        return 1;
    return create_first_admin();
}

static int backup_one(const char *src_path, const char *dir, const char *name)
{
    char dest_path[4096];
    snprintf(dest_path, sizeof dest_path, "%s/%s", dir, name);
    sqlite3 *src = db_open(src_path, DB_READ_ONLY), *dest = NULL;
    if (!src || sqlite3_open(dest_path, &dest) != SQLITE_OK) {
        db_close(src);
        sqlite3_close(dest);
        return 1;
    }
    /* The online backup API copies a consistent snapshot while the site runs. */
    sqlite3_backup *b = sqlite3_backup_init(dest, "main", src, "main");
    int rc = SQLITE_ERROR;
    if (b) {
        while ((rc = sqlite3_backup_step(b, 256)) == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(10);
        sqlite3_backup_finish(b);
    }
    db_close(src);
    sqlite3_close(dest);
    printf("%s -> %s: %s\n", src_path, dest_path, rc == SQLITE_DONE ? "ok" : "FAILED");
    return rc == SQLITE_DONE ? 0 : 1;
}

static int cmd_backup(const char *dir)
{
    if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
        fprintf(stderr, "cannot create %s: %s\n", dir, strerror(errno));
        return 1;
    }
    return backup_one(cfg.content_db, dir, "content.db") | backup_one(cfg.private_db, dir, "private.db");
}

static int check_one(const char *path)
{
    sqlite3 *db = db_open(path, DB_READ_ONLY);
    if (!db)
        return 1;
    sqlite3_stmt *st;
    int bad = 0;
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, NULL);
    while (sqlite3_step(st) == SQLITE_ROW)
        if (strcmp((const char *)sqlite3_column_text(st, 0), "ok") != 0)
            bad = 1, printf("%s: %s\n", path, sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    sqlite3_prepare_v2(db, "PRAGMA foreign_key_check", -1, &st, NULL);
    while (sqlite3_step(st) == SQLITE_ROW)
        bad = 1, printf("%s: foreign key broken in %s\n", path, sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    printf("%s: schema version %d, %s\n", path, db_user_version(db), bad ? "PROBLEMS" : "ok");
    db_close(db);
    return bad;
}

static int cmd_search(const char *cmd)
{
    sqlite3 *db = db_open(cfg.content_db, DB_READ_WRITE);
    if (!db)
        return 1;
    int rc;
    if (strcmp(cmd, "reindex") == 0) {
        rc = search_reindex(db);
        printf("search index: %s\n", rc == 0 ? "rebuilt" : "FAILED");
    } else if (!*cfg.search_log) {
        fputs("PORTAL_SEARCH_LOG is not set: no query log to count\n", stderr);
        rc = 1;
    } else {
        long counted = 0;
        rc = search_count_queries(db, cfg.search_log, &counted);
        printf("search queries counted: %ld%s\n", counted, rc == 0 ? "" : " (FAILED)");
    }
    db_close(db);
    return rc == 0 ? 0 : 1;
}

/* Extracts the text of every attachment without an attachment_texts row
 * (content from before extraction existed, a restored backup, files uploaded
 * while a tool was missing); with --retry also of those whose tool failed. */
static int cmd_extract(bool retry)
{
    sqlite3 *db = db_open(cfg.content_db, DB_READ_WRITE);
    if (!db)
        return 1;
    struct extract_summary sum = { 0, 0, 0 };
    int rc = attachment_texts_fill(db, &cfg, NULL, 0, retry, &sum);
    db_close(db);
    printf("%s: text extracted from %d attachments, %d failed (errors recorded; "
           "portalctl extract --retry tries them again), %d of types without text (images, CSV)%s\n",
           cfg.content_db, sum.extracted, sum.failed, sum.skipped, rc == 0 ? "" : "; stopped by a database error");
    return rc == 0 ? 0 : 1;
}

/* Queues the digests when asked, then sends what is due. Without a relay or
 * gateway configured the notices stay queued and the run says so. */
static int cmd_notify(bool digest, bool now_all)
{
    notify_config_check(&cfg);
    sqlite3 *priv = db_open(cfg.private_db, DB_READ_WRITE);
    sqlite3 *content = db_open(cfg.content_db, DB_READ_ONLY);
    if (!priv || !content) {
        db_close(priv);
        db_close(content);
        return 1;
    }
    tmpl_init(cfg.template_dir);
    curl_global_init(CURL_GLOBAL_DEFAULT);
    int rc = 0, queued = 0;
    if (digest) {
        struct arena *arena = arena_new();
        rc = notify_queue_digests(arena, priv, content, &queued);
        arena_free(arena);
        printf("digests queued: %d%s\n", queued, rc == 0 ? "" : " (FAILED)");
    }
    struct notify_summary sum;
    if (rc == 0)
        rc = notify_send_due(&cfg, priv, now_all, &sum);
    if (rc == 0)
        printf("notices: %d sent, %d to retry, %d failed, %d waiting (%s%s)\n", sum.sent, sum.retrying,
               sum.failed, sum.waiting, notify_mail_configured(&cfg) ? "mail configured" : "mail NOT configured",
               notify_sms_configured(&cfg) ? ", SMS configured" : ", SMS NOT configured");
    curl_global_cleanup();
    db_close(content);
    db_close(priv);
    return rc == 0 ? 0 : 1;
}

/* Recomputes the public monthly request and 互动交流 statistics of every
 * agency (after a restore, or nightly: admin.fcgi keeps them current as staff
 * act, and a message nobody has opened yet is counted here). */
static int cmd_request_stats(void)
{
    sqlite3 *priv = db_open(cfg.private_db, DB_READ_ONLY);
    sqlite3 *content = priv ? db_open(cfg.content_db, DB_READ_WRITE) : NULL;
    struct arena *arena = arena_new();
    int rc = content ? request_stats_refresh(arena, priv, content, 0) : -1;
    int messages = content ? message_stats_recompute(arena, priv, content) : -1;
    arena_free(arena);
    db_close(content);
    db_close(priv);
    printf("request statistics: %s; 互动交流 statistics: %s\n", rc == 0 ? "recomputed" : "FAILED",
           messages == 0 ? "recomputed" : "FAILED");
    rc = rc == 0 && messages == 0 ? 0 : -1;
    return rc == 0 ? 0 : 1;
}

/* Counts lighttpd's access log (PATH, else PORTAL_ACCESS_LOG) into the visit statistics. */
static int cmd_visits(const char *path)
{
    if (!path || !*path) {
        fputs("no access log: name it (portalctl visits FILE) or set PORTAL_ACCESS_LOG\n", stderr);
        return 1;
    }
    unsigned char key[SECRET_KEY_BYTES];
    if (secret_key_load(cfg.secret_file, key) != 0) {
        fprintf(stderr, "cannot read the secret key %s\n", cfg.secret_file);
        return 1;
    }
    sqlite3 *db = db_open(cfg.content_db, DB_READ_WRITE);
    struct visits_summary sum = { 0, 0 };
    int rc = db ? visits_count_log(db, path, key, cfg.base_path, &sum) : -1;
    sodium_memzero(key, sizeof key);
    db_close(db);
    printf("access log: %ld lines read, %ld page views counted%s\n", sum.lines, sum.views, rc == 0 ? "" : " (FAILED)");
    return rc == 0 ? 0 : 1;
}

/* Checks the site's outbound links for the freshness self-check (nightly). */
static int cmd_check_links(void)
{
    sqlite3 *db = db_open(cfg.content_db, DB_READ_WRITE);
    if (!db)
        return 1;
    curl_global_init(CURL_GLOBAL_DEFAULT);
    struct link_check_summary sum;
    int rc = links_check_all(&cfg, db, &sum);
    curl_global_cleanup();
    db_close(db);
    printf("outbound links checked: %d, not answering: %d%s\n", sum.checked, sum.failed,
           rc == 0 ? "" : " (stopped by a database error)");
    if (sum.left)
        printf("time budget (PORTAL_LINK_BUDGET=%d s) used up: %d links left for the next run\n", cfg.link_budget_s,
               sum.left);
    return rc == 0 ? 0 : 1;
}

static bool notify_args(int argc, char **argv, bool *digest, bool *now_all)
{
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--digest") == 0)
            *digest = true;
        else if (strcmp(argv[i], "--now") == 0)
            *now_all = true;
        else
            return false;
    }
    return true;
}

int main(int argc, char **argv)
{
    /* Databases (and the -wal/-shm files SQLite gives the same mode), backups
     * and the secret are never world-readable: 0640 at most, group for the
     * handlers' shared group in a multi-user layout. */
    umask(027);
    log_set_program("portalctl");
    config_load(&cfg);
    if (crypto_init() != 0 || argc < 2)
        return usage();
    const char *cmd = argv[1];
    if (strcmp(cmd, "init") == 0)
        return cmd_init(!(argc > 2 && strcmp(argv[2], "--no-demo") == 0));
    if (strcmp(cmd, "migrate") == 0)
        return cmd_migrate();
    if (strcmp(cmd, "user") == 0 && argc == 5 && strcmp(argv[2], "add") == 0)
        return cmd_user_add(argv[3], argv[4], false);
    if (strcmp(cmd, "user") == 0 && argc == 6 && strcmp(argv[2], "add") == 0 && strcmp(argv[3], "--must-change") == 0)
        return cmd_user_add(argv[4], argv[5], true);
    if (strcmp(cmd, "backup") == 0 && argc == 3)
        return cmd_backup(argv[2]);
    if (strcmp(cmd, "extract") == 0 && (argc == 2 || (argc == 3 && strcmp(argv[2], "--retry") == 0)))
        return cmd_extract(argc == 3);
    bool digest = false, now_all = false;
    if (strcmp(cmd, "notify") == 0 && notify_args(argc, argv, &digest, &now_all))
        return cmd_notify(digest, now_all);
    if (strcmp(cmd, "visits") == 0 && argc <= 3)
        return cmd_visits(argc == 3 ? argv[2] : getenv("PORTAL_ACCESS_LOG"));
    if (strcmp(cmd, "request-stats") == 0 && argc == 2)
        return cmd_request_stats();
    if (strcmp(cmd, "check-links") == 0 && argc == 2)
        return cmd_check_links();
    if (strcmp(cmd, "check") == 0)
        return check_one(cfg.content_db) | check_one(cfg.private_db);
    if (strcmp(cmd, "reindex") == 0 || strcmp(cmd, "search-stats") == 0)
        return cmd_search(cmd);
    return usage();
}
