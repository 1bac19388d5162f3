/* SQLite helpers; see db.h. */
#include "db.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "log.h"
#include "words.h"

enum { STMT_CACHE_SIZE = 512, BUSY_TIMEOUT_MS = 5000 };

struct stmt_slot {
    sqlite3 *db;
    const char *sql;
    sqlite3_stmt *stmt;
};

static struct stmt_slot stmt_cache[STMT_CACHE_SIZE];

/* Per-connection state: transaction depth, and whether a cached statement
 * was handed out since the last db_reset_all (a cache hit uses none, and
 * resetting every statement of both connections is then wasted work). */
enum { MAX_CONNECTIONS = 8 };
static struct conn_state { sqlite3 *db; int depth; bool statements_used; } conns[MAX_CONNECTIONS];

static struct conn_state *conn_state(sqlite3 *db)
{
    for (int i = 0; i < MAX_CONNECTIONS; i++)
        if (conns[i].db == db)
            return &conns[i];
    for (int i = 0; i < MAX_CONNECTIONS; i++) {
        if (conns[i].db == NULL) {
            conns[i] = (struct conn_state){ .db = db };
            return &conns[i];
        }
    }
    log_event(LOG_ERROR, "db_state", "more than %d open connections", MAX_CONNECTIONS);
    abort();
}

static void conn_forget(sqlite3 *db)
{
    for (int i = 0; i < MAX_CONNECTIONS; i++)
        if (conns[i].db == db)
            conns[i] = (struct conn_state){ 0 };
}


/* Second line of defence for the public process: no ATTACH, so a bug cannot
 * reach private.db even by name. */
static int deny_attach(void *unused, int action, const char *a, const char *b,
                       const char *c, const char *d)
{
    (void)unused; (void)a; (void)b; (void)c; (void)d;
    return action == SQLITE_ATTACH || action == SQLITE_DETACH ? SQLITE_DENY : SQLITE_OK;
}

int db_exec(sqlite3 *db, const char *sql)
{
    char *err = NULL;
    int rc = sqlite3_exec(db, sql, NULL, NULL, &err);
    if (rc != SQLITE_OK) {
        log_event(LOG_ERROR, "db_exec", "%s", err ? err : sqlite3_errstr(rc));
        sqlite3_free(err);
    }
    return rc;
}

int db_run(sqlite3 *db, sqlite3_stmt *st, const char *event)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE) {
        log_event(LOG_ERROR, event, "%s", sqlite3_errmsg(db));
        return -1;
    }
    return 0;
}

int db_write_one(sqlite3 *db, sqlite3_stmt *st, const char *event)
{
    if (db_begin(db, event) != SQLITE_OK) {
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        return -1;
    }
    if (db_run(db, st, event) != 0 || sqlite3_changes(db) != 1 || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return -1;
    }
    return 0;
}

const char *db_text_for_id(struct arena *arena, sqlite3_stmt *st, long long id)
{
    sqlite3_bind_int64(st, 1, id);
    const char *text = sqlite3_step(st) == SQLITE_ROW ? db_text(arena, st, 0) : "";
    sqlite3_reset(st);
    return text;
}

long long db_int_for_id(sqlite3_stmt *st, long long id)
{
    sqlite3_bind_int64(st, 1, id);
    long long value = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    return value;
}

void db_bind_id_or_null(sqlite3_stmt *st, int col, long long id)
{
    if (id)
        sqlite3_bind_int64(st, col, id);
    else
        sqlite3_bind_null(st, col);
}

void db_bind_text_or_null(sqlite3_stmt *st, int col, const char *text)
{
    if (*text)
        sqlite3_bind_text(st, col, text, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, col);
}

sqlite3 *db_open(const char *path, enum db_access access)
{
    int flags = access == DB_READ_ONLY ? SQLITE_OPEN_READONLY
              : access == DB_READ_WRITE ? SQLITE_OPEN_READWRITE
              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        log_event(LOG_ERROR, "db_open", "%s: %s", path, db ? sqlite3_errmsg(db) : "no memory");
        sqlite3_close(db);
        return NULL;
    }
    sqlite3_busy_timeout(db, BUSY_TIMEOUT_MS);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_set_authorizer(db, deny_attach, NULL);
    /* The public process reads the database through a memory map (shared
     * with the other workers through the OS page cache) instead of read()
     * calls and its own 2 MB cache: a search at 100,000 entries spent a
     * quarter of its time in the kernel copying pages. */
    int rc = access == DB_READ_ONLY
        ? db_exec(db, "PRAGMA foreign_keys=ON; PRAGMA query_only=ON; PRAGMA mmap_size=4294967296;")
        : db_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
    /* Every program can run the search triggers or queries (words.h). */
    if (rc == SQLITE_OK && (rc = words_register_tokenizer(db)) != SQLITE_OK)
        log_event(LOG_ERROR, "db_open", "cannot register the search tokenizer");
    if (rc != SQLITE_OK) {
        sqlite3_close(db);
        return NULL;
    }
    return db;
}

void db_close(sqlite3 *db)
{
    if (!db)
        return;
    for (int i = 0; i < STMT_CACHE_SIZE; i++) {
        if (stmt_cache[i].db == db) {
            sqlite3_finalize(stmt_cache[i].stmt);
            stmt_cache[i] = (struct stmt_slot){ 0 };
        }
    }
    conn_forget(db);
    sqlite3_close(db);
}

static size_t slot_hash(sqlite3 *db, const char *sql)
{
    uintptr_t h = (uintptr_t)sql ^ ((uintptr_t)db >> 4);
    h ^= h >> 17;
    h *= 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 7) % STMT_CACHE_SIZE;
}

sqlite3_stmt *db_stmt(sqlite3 *db, const char *sql)
{
    conn_state(db)->statements_used = true;
    size_t i = slot_hash(db, sql);
    for (size_t probe = 0; probe < STMT_CACHE_SIZE; probe++, i = (i + 1) % STMT_CACHE_SIZE) {
        struct stmt_slot *slot = &stmt_cache[i];
        if (slot->db == db && slot->sql == sql) {
            sqlite3_reset(slot->stmt);
            sqlite3_clear_bindings(slot->stmt);
            return slot->stmt;
        }
        if (slot->db == NULL) {
            if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &slot->stmt, NULL)
                != SQLITE_OK) {
                log_event(LOG_ERROR, "db_prepare", "%s in: %.120s", sqlite3_errmsg(db), sql);
                abort();
            }
            slot->db = db;
            slot->sql = sql;
            return slot->stmt;
        }
    }
    log_event(LOG_ERROR, "db_prepare", "statement cache full");
    abort();
}

void db_reset_all(sqlite3 *db)
{
    if (!db)
        return;
    struct conn_state *c = conn_state(db);
    if (!c->statements_used)
        return;
    c->statements_used = false;
    for (sqlite3_stmt *st = sqlite3_next_stmt(db, NULL); st; st = sqlite3_next_stmt(db, st))
        sqlite3_reset(st);
}

static int *tx_depth(sqlite3 *db)
{
    return &conn_state(db)->depth;
}

int db_begin(sqlite3 *db, const char *where)
{
    int *depth = tx_depth(db);
    if (*depth > 0) {
        (*depth)++;
        return SQLITE_OK;
    }
    int rc = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
    if (rc != SQLITE_OK) {
        log_event(LOG_ERROR, "db_begin", "%s at %s", sqlite3_errmsg(db), where);
        return rc;
    }
    *depth = 1;
    return SQLITE_OK;
}

int db_commit(sqlite3 *db)
{
    int *depth = tx_depth(db);
    if (*depth > 1) {
        (*depth)--;
        return SQLITE_OK;
    }
    int rc = sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    if (rc != SQLITE_OK) {
        log_event(LOG_ERROR, "db_commit", "%s", sqlite3_errmsg(db));
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    }
    *depth = 0;
    return rc;
}

void db_rollback(sqlite3 *db)
{
    int *depth = tx_depth(db);
    if (*depth > 0 && sqlite3_get_autocommit(db) == 0)
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
    *depth = 0;
}

const char *db_text(struct arena *arena, sqlite3_stmt *st, int col)
{
    const unsigned char *t = sqlite3_column_text(st, col);
    return t ? arena_strndup(arena, (const char *)t, (size_t)sqlite3_column_bytes(st, col)) : "";
}

long long db_int(sqlite3_stmt *st, int col)
{
    return sqlite3_column_int64(st, col);
}

long long db_content_version(sqlite3 *db)
{
    sqlite3_stmt *st = db_stmt(db, "SELECT version FROM content_version WHERE id = 1");
    long long v = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : 0;
    sqlite3_reset(st);
    return v;
}

const char *db_setting(struct arena *arena, sqlite3 *db, const char *key)
{
    sqlite3_stmt *st = db_stmt(db, "SELECT value FROM settings WHERE key = ?1");
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    const char *v = sqlite3_step(st) == SQLITE_ROW ? db_text(arena, st, 0) : "";
    sqlite3_reset(st);
    return v;
}

int db_user_version(sqlite3 *db)
{
    sqlite3_stmt *st;
    int v = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK) {
        if (sqlite3_step(st) == SQLITE_ROW)
            v = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
    }
    return v;
}

char *db_read_sql_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *text = NULL;
    size_t size = 0;
    FILE *mem = open_memstream(&text, &size);
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        fwrite(chunk, 1, n, mem);
    fclose(f);
    fclose(mem);
    return text;
}

static int migration_number(const char *name)
{
    if (strlen(name) < 5 || name[0] < '0' || name[0] > '9' || !strstr(name, ".sql"))
        return -1;
    return atoi(name);
}

static int apply_migration(sqlite3 *db, const char *dir, const char *name, int number)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    char *sql = db_read_sql_file(path);
    if (!sql) {
        log_event(LOG_ERROR, "migrate", "cannot read %s", path);
        return SQLITE_ERROR;
    }
    char version[64];
    snprintf(version, sizeof version, "PRAGMA user_version = %d;", number);
    int rc = db_begin(db, "migrate");
    if (rc == SQLITE_OK && (rc = db_exec(db, sql)) == SQLITE_OK && (rc = db_exec(db, version)) == SQLITE_OK)
        rc = db_commit(db);
    else
        db_rollback(db);
    free(sql);
    if (rc == SQLITE_OK)
        log_event(LOG_INFO, "migrate", "applied %s", path);
    return rc;
}

int db_migrate(sqlite3 *db, const char *dir)
{
    struct dirent **names;
    int n = scandir(dir, &names, NULL, alphasort);
    if (n < 0) {
        log_event(LOG_ERROR, "migrate", "cannot list %s", dir);
        return SQLITE_ERROR;
    }
    int rc = SQLITE_OK, current = db_user_version(db);
    for (int i = 0; i < n; i++) {
        int number = migration_number(names[i]->d_name);
        if (rc == SQLITE_OK && number > current)
            rc = apply_migration(db, dir, names[i]->d_name, number);
        free(names[i]);
    }
    free(names);
    return rc;
}
