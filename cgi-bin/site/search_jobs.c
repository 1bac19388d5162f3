/* Search upkeep; see search_jobs.h. */
#include "search_jobs.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"
#include "log.h"

/* The triggers that index search_docs row by row: dropped while the index is
 * rebuilt in one pass (far faster), then created again from their own SQL. */
static const char *const index_triggers[] = { "search_docs_ai", "search_docs_ad", "search_docs_au" };
enum { INDEX_TRIGGER_COUNT = sizeof index_triggers / sizeof index_triggers[0] };

static int exec_all(sqlite3 *db, const char *const *sql, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (db_exec(db, sql[i]) != SQLITE_OK)
            return -1;
    return 0;
}

int search_reindex(sqlite3 *db)
{
    char *create[INDEX_TRIGGER_COUNT] = { NULL };
    int rc = -1;
    if (db_begin(db, "search_reindex") != SQLITE_OK)
        return -1;
    sqlite3_stmt *st = NULL;
    sqlite3_prepare_v2(db, "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?1", -1, &st, NULL);
    for (int i = 0; st && i < INDEX_TRIGGER_COUNT; i++) {
        sqlite3_bind_text(st, 1, index_triggers[i], -1, SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_ROW)
            create[i] = sqlite3_mprintf("%s", sqlite3_column_text(st, 0));
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    bool found = true;
    for (int i = 0; i < INDEX_TRIGGER_COUNT; i++)
        found &= create[i] != NULL;
    if (!found) {
        log_event(LOG_ERROR, "search_reindex", "the search index triggers are missing: migrate first");
        goto done;
    }
    static const char *const rebuild[] = {
        "DROP TRIGGER search_docs_ai", "DROP TRIGGER search_docs_ad", "DROP TRIGGER search_docs_au",
        "DELETE FROM search_docs",
        /* Newest smallest (sql/content/006_search_words.sql says why),
         * inserted in id order so the table's pages fill up. */
        "INSERT INTO search_docs (id, kind, ref_id, owner_id, posted_on, title, docno, keywords, body, attachments) "
        "SELECT * FROM (SELECT -row_number() OVER (ORDER BY coalesce(posted_on, ''), kind, ref_id) AS id, * "
        "  FROM search_source) ORDER BY id",
        "INSERT INTO search_fts (search_fts) VALUES ('rebuild')",
    };
    if (exec_all(db, rebuild, sizeof rebuild / sizeof rebuild[0]) != 0
        || exec_all(db, (const char *const *)create, INDEX_TRIGGER_COUNT) != 0)
        goto done;
    rc = 0;
done:
    if (rc == 0 && db_commit(db) == SQLITE_OK)
        rc = db_exec(db, "INSERT INTO search_fts (search_fts) VALUES ('optimize')") == SQLITE_OK ? 0 : -1;
    else
        db_rollback(db), rc = -1;
    for (int i = 0; i < INDEX_TRIGGER_COUNT; i++)
        sqlite3_free(create[i]);
    return rc;
}

/* A query worth counting: no long digit runs or @ (phone, ID or account
 * numbers and addresses people sometimes type) and no control characters. */
static bool countable(const char *query)
{
    int digits = 0;
    for (const unsigned char *p = (const unsigned char *)query; *p; p++) {
        if (*p < 0x20 || *p == '@')
            return false;
        digits = (*p >= '0' && *p <= '9') ? digits + 1 : 0;
        if (digits >= 6)
            return false;
    }
    return *query != '\0';
}

static bool is_day(const char *s)
{
    for (int i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
            return false;
    return s[10] == '\t';
}

int search_count_queries(sqlite3 *db, const char *log_path, long *counted)
{
    *counted = 0;
    /* The portal appends to LOG_PATH with O_APPEND, opening it per query: once
     * renamed, new queries go to a new file and this one is ours alone. */
    char *taken = sqlite3_mprintf("%s.counting", log_path);
    if (access(taken, F_OK) != 0 && rename(log_path, taken) != 0) {
        sqlite3_free(taken);
        return errno == ENOENT ? 0 : (log_event(LOG_ERROR, "search_stats", "%s: %s", log_path, strerror(errno)), -1);
    }
    FILE *f = fopen(taken, "r");
    if (f == NULL || db_begin(db, "search_stats") != SQLITE_OK) {
        if (f)
            fclose(f);
        sqlite3_free(taken);
        return -1;
    }
    sqlite3_stmt *add = db_stmt(db,
        "INSERT INTO search_query_counts (day, query, count) VALUES (?1, ?2, 1) "
        "ON CONFLICT (day, query) DO UPDATE SET count = count + 1");
    char line[1024];
    int rc = 0;
    while (rc == 0 && fgets(line, sizeof line, f)) {
        size_t len = strcspn(line, "\n");
        if (line[len] != '\n' || len < 12 || !is_day(line))
            continue;   /* a cut or foreign line */
        line[len] = '\0';
        line[10] = '\0';
        if (!countable(line + 11))
            continue;
        sqlite3_bind_text(add, 1, line, 10, SQLITE_STATIC);
        sqlite3_bind_text(add, 2, line + 11, -1, SQLITE_STATIC);
        rc = db_run(db, add, "search_stats");
        ++*counted;
    }
    fclose(f);
    if (rc == 0)
        rc = db_exec(db, "DELETE FROM search_query_counts WHERE day < date('now', 'localtime', '-90 days');"
                         "UPDATE content_version SET version = version + 1, "
                         "  changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');") == SQLITE_OK ? 0 : -1;
    if (rc == 0 && db_commit(db) == SQLITE_OK) {
        unlink(taken);
    } else {
        db_rollback(db);
        rc = -1;
    }
    sqlite3_free(taken);
    return rc;
}
