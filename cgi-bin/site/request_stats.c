/* Public request statistics (issue 14): the monthly counts per agency that
 * content.db's request_stats holds for /{code}/apply/statistics, computed
 * from private.db by admin.fcgi (after every application action) and
 * `portalctl request-stats`. A count of 1 or 2 is stored as NULL ("fewer
 * than 3"), so the public program never holds a number that could point at
 * one applicant. */
#include "request_stats.h"

#include <stdio.h>
#include <string.h>

#include "application.h"
#include "arena.h"
#include "db.h"
#include "log.h"

enum { OUTCOME_GROUPS = 6 };

struct month_row {
    long long agency_id;
    char month[8];
    long long received, answered, on_time, groups[OUTCOME_GROUPS];
};

struct month_table {
    struct arena *arena;
    struct month_row *rows;
    size_t count, cap;
};

/* The row of AGENCY_ID and MONTH ("YYYY-MM"), added when new. */
static struct month_row *row_for(struct month_table *t, long long agency_id, const char *month)
{
    for (size_t i = 0; i < t->count; i++)
        if (t->rows[i].agency_id == agency_id && strcmp(t->rows[i].month, month) == 0)
            return &t->rows[i];
    t->rows = arena_array_reserve(t->arena, t->rows, t->count, &t->cap, sizeof *t->rows, 32);
    struct month_row *r = &t->rows[t->count++];
    memset(r, 0, sizeof *r);
    r->agency_id = agency_id;
    snprintf(r->month, sizeof r->month, "%.7s", month);
    return r;
}

/* Receipts and answers of AGENCY_ID (every agency for 0) from private.db. */
static int count_applications(sqlite3 *private_db, long long agency_id, struct month_table *t)
{
    sqlite3_stmt *st = db_stmt(private_db,
        "SELECT agency_id, substr(received_on, 1, 7), 'received', '', 0 FROM applications "
        "WHERE received_on IS NOT NULL AND agency_id IS NOT NULL AND (?1 = 0 OR agency_id = ?1) "
        "UNION ALL "
        "SELECT agency_id, substr(coalesce(replied_on, closed_on), 1, 7), 'answered', outcome, "
        " due_on IS NULL OR coalesce(replied_on, closed_on) <= due_on FROM applications "
        "WHERE state IN ('replied', 'closed') AND outcome <> '' AND coalesce(replied_on, closed_on) IS NOT NULL "
        " AND agency_id IS NOT NULL AND (?1 = 0 OR agency_id = ?1)");
    sqlite3_bind_int64(st, 1, agency_id);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        struct month_row *r = row_for(t, db_int(st, 0), (const char *)sqlite3_column_text(st, 1));
        if (strcmp((const char *)sqlite3_column_text(st, 2), "received") == 0) {
            r->received++;
            continue;
        }
        const struct outcome *o = outcome_find((const char *)sqlite3_column_text(st, 3));
        r->answered++;
        r->on_time += db_int(st, 4) != 0;
        if (o && o->report_row[0] >= '1' && o->report_row[0] <= '6')
            r->groups[o->report_row[0] - '1']++;
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

/* Binds COUNT to parameter COL, or NULL for 1 and 2 (少于3件). */
static void bind_count(sqlite3_stmt *st, int col, long long count)
{
    if (count == 1 || count == 2)
        sqlite3_bind_null(st, col);
    else
        sqlite3_bind_int64(st, col, count);
}

static int store_rows(sqlite3 *content_db, long long agency_id, const struct month_table *t)
{
    sqlite3_stmt *clear = db_stmt(content_db, "DELETE FROM request_stats WHERE ?1 = 0 OR agency_id = ?1");
    sqlite3_bind_int64(clear, 1, agency_id);
    if (db_run(content_db, clear, "request_stats") != 0)
        return -1;
    sqlite3_stmt *st = db_stmt(content_db,
        "INSERT INTO request_stats (agency_id, month, received, answered, on_time, disclosed, partial, refused, "
        " unavailable, not_processed, other) "
        "SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11 WHERE EXISTS (SELECT 1 FROM agencies WHERE id = ?1)");
    for (size_t i = 0; i < t->count; i++) {
        const struct month_row *r = &t->rows[i];
        sqlite3_bind_int64(st, 1, r->agency_id);
        sqlite3_bind_text(st, 2, r->month, -1, SQLITE_STATIC);
        bind_count(st, 3, r->received);
        bind_count(st, 4, r->answered);
        bind_count(st, 5, r->on_time);
        for (int g = 0; g < OUTCOME_GROUPS; g++)
            bind_count(st, 6 + g, r->groups[g]);
        if (db_run(content_db, st, "request_stats") != 0)
            return -1;
    }
    return 0;
}

int request_stats_refresh(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db, long long agency_id)
{
    struct month_table t = { .arena = arena };
    if (count_applications(private_db, agency_id, &t) != 0)
        return -1;
    if (db_begin(content_db, "request_stats") != SQLITE_OK)
        return -1;
    if (store_rows(content_db, agency_id, &t) != 0 || db_commit(content_db) != SQLITE_OK) {
        db_rollback(content_db);
        log_event(LOG_ERROR, "request_stats", "cannot store the statistics of agency %lld", agency_id);
        return -1;
    }
    return 0;
}
