/* Rate limits in private.db; see ratelimit.h. */
#include "ratelimit.h"

#include <time.h>

#include "crypto.h"
#include "db.h"
#include "log.h"
#include "program.h"

const char *client_key(struct request *req)
{
    char *mac = arena_alloc(req->arena, 65);
    hmac_hex(program_secret, req->remote_addr ? req->remote_addr : "-", mac);
    mac[24] = '\0';
    return mac;
}

const char *client_name_key(struct request *req, const char *name)
{
    char *mac = arena_alloc(req->arena, 65);
    hmac_hex(program_secret, arena_printf(req->arena, "%s\n%s", req->remote_addr ? req->remote_addr : "-", name),
             mac);
    mac[24] = '\0';
    return mac;
}

int rate_limit_add(sqlite3 *db, const char *bucket, const char *client, int window_seconds)
{
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO rate_limits (bucket, client, window_start, count) VALUES (?1, ?2, ?3, 1) "
        "ON CONFLICT (bucket, client) DO UPDATE SET "
        "  count = CASE WHEN window_start <= ?3 - ?4 THEN 1 ELSE count + 1 END, "
        "  window_start = CASE WHEN window_start <= ?3 - ?4 THEN ?3 ELSE window_start END "
        "RETURNING count");
    sqlite3_bind_text(st, 1, bucket, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, client, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 3, (long long)time(NULL));
    sqlite3_bind_int64(st, 4, window_seconds);
    int count = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_reset(st);
    return count;
}

int rate_limit_count(sqlite3 *db, const char *bucket, const char *client, int window_seconds)
{
    sqlite3_stmt *st = db_stmt(db, "SELECT count FROM rate_limits WHERE bucket = ?1 AND client = ?2 "
                                   "AND window_start > ?3 - ?4");
    sqlite3_bind_text(st, 1, bucket, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, client, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 3, (long long)time(NULL));
    sqlite3_bind_int64(st, 4, window_seconds);
    int count = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_reset(st);
    return count;
}

void rate_limit_clear(sqlite3 *db, const char *bucket, const char *client)
{
    sqlite3_stmt *st = db_stmt(db, "DELETE FROM rate_limits WHERE bucket = ?1 AND client = ?2");
    sqlite3_bind_text(st, 1, bucket, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, client, -1, SQLITE_TRANSIENT);
    sqlite3_step(st);
    sqlite3_reset(st);
}

bool rate_limit_exceeded(struct request *req, sqlite3 *db, const char *bucket, int limit, int window_seconds)
{
    int count = rate_limit_add(db, bucket, client_key(req), window_seconds);
    if (count > limit)
        log_event(LOG_WARN, "rate_limited", "bucket=%s", bucket);
    return count > limit;
}

bool rate_limit_reached(struct request *req, sqlite3 *db, const char *bucket, int limit, int window_seconds)
{
    return rate_limit_count(db, bucket, client_key(req), window_seconds) >= limit;
}

int rate_limit_retry_after(struct request *req, sqlite3 *db, const char *bucket, int window_seconds)
{
    sqlite3_stmt *st = db_stmt(db, "SELECT window_start FROM rate_limits WHERE bucket = ?1 AND client = ?2");
    sqlite3_bind_text(st, 1, bucket, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, client_key(req), -1, SQLITE_TRANSIENT);
    long long start = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    long long left = start + window_seconds - (long long)time(NULL);
    return left < 1 ? 1 : left > window_seconds ? window_seconds : (int)left;
}
