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

bool rate_limit_exceeded(struct request *req, sqlite3 *db, const char *bucket, int limit, int window_seconds)
{
    long long now = (long long)time(NULL);
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO rate_limits (bucket, client, window_start, count) VALUES (?1, ?2, ?3, 1) "
        "ON CONFLICT (bucket, client) DO UPDATE SET "
        "  count = CASE WHEN window_start <= ?3 - ?4 THEN 1 ELSE count + 1 END, "
        "  window_start = CASE WHEN window_start <= ?3 - ?4 THEN ?3 ELSE window_start END "
        "RETURNING count");
    sqlite3_bind_text(st, 1, bucket, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, client_key(req), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 3, now);
    sqlite3_bind_int64(st, 4, window_seconds);
    int count = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_reset(st);
    if (count > limit)
        log_event(LOG_WARN, "rate_limited", "bucket=%s", bucket);
    return count > limit;
}

bool rate_limit_reached(struct request *req, sqlite3 *db, const char *bucket, int limit, int window_seconds)
{
    sqlite3_stmt *st = db_stmt(db, "SELECT count FROM rate_limits WHERE bucket = ?1 AND client = ?2 "
                                   "AND window_start > ?3 - ?4");
    sqlite3_bind_text(st, 1, bucket, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, client_key(req), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 3, (long long)time(NULL));
    sqlite3_bind_int64(st, 4, window_seconds);
    int count = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_reset(st);
    return count >= limit;
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
