/* Extracting attachments' text into attachment_texts; see attachment_text.h. */
#include "attachment_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db.h"
#include "extract.h"
#include "log.h"

/* The attachments to extract, in id order (malloc'd; *COUNT of them); types
 * without text are counted as skipped and left out. NULL when there are none. */
static long long *pending_ids(sqlite3 *db, const char *owner_kind, long long owner_id, bool retry,
                              size_t *count, struct extract_summary *summary)
{
    sqlite3_stmt *st = db_stmt(db,
        "SELECT a.id, a.mime FROM attachments a LEFT JOIN attachment_texts t ON t.attachment_id = a.id "
        "WHERE (t.attachment_id IS NULL OR (?3 AND t.error <> '')) "
        "AND (?1 IS NULL OR (a.owner_kind = ?1 AND a.owner_id = ?2)) ORDER BY a.id");
    db_bind_text_or_null(st, 1, owner_kind ? owner_kind : "");
    sqlite3_bind_int64(st, 2, owner_id);
    sqlite3_bind_int(st, 3, retry);
    long long *ids = NULL;
    size_t cap = 0;
    *count = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (!extract_supported((const char *)sqlite3_column_text(st, 1))) {
            summary->skipped++;
            continue;
        }
        if (*count == cap && !(ids = realloc(ids, (cap = cap ? cap * 2 : 16) * sizeof *ids)))
            abort();   /* out of memory ends the process */
        ids[(*count)++] = db_int(st, 0);
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return ids;
}

/* Replaces attachment ID's row (the delete and insert triggers re-index its
 * owner) unless the attachment was deleted meanwhile, and bumps
 * content_version, which attachment_texts has no trigger for, so cached
 * search pages are dropped. */
static int store_text(sqlite3 *db, long long id, const char *text, const char *error)
{
    if (db_begin(db, "attachment_text") != SQLITE_OK)
        return -1;
    sqlite3_stmt *del = db_stmt(db, "DELETE FROM attachment_texts WHERE attachment_id = ?1");
    sqlite3_bind_int64(del, 1, id);
    sqlite3_stmt *ins = db_stmt(db,
        "INSERT INTO attachment_texts (attachment_id, text, error) "
        "SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM attachments WHERE id = ?1)");
    sqlite3_bind_int64(ins, 1, id);
    sqlite3_bind_text(ins, 2, text, -1, SQLITE_STATIC);
    sqlite3_bind_text(ins, 3, error, -1, SQLITE_STATIC);
    sqlite3_stmt *version = db_stmt(db,
        "UPDATE content_version SET version = version + 1, "
        "changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = 1");
    if (db_run(db, del, "attachment_text") != 0 || db_run(db, ins, "attachment_text") != 0
        || db_run(db, version, "attachment_text") != 0) {
        db_rollback(db);
        return -1;
    }
    return db_commit(db) == SQLITE_OK ? 0 : -1;
}

/* Extracts and stores attachment ID; its bytes are copied out and the
 * statement reset first, so no read transaction is held while the tool runs. */
static int fill_one(sqlite3 *db, const struct config *cfg, long long id, struct extract_summary *summary)
{
    sqlite3_stmt *st = db_stmt(db, "SELECT mime, data FROM attachments WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_reset(st);
        return 0;   /* deleted meanwhile */
    }
    char mime[128];
    snprintf(mime, sizeof mime, "%s", (const char *)sqlite3_column_text(st, 0));
    size_t size = (size_t)sqlite3_column_bytes(st, 1);
    void *data = malloc(size ? size : 1);
    if (!data)
        abort();
    if (size)
        memcpy(data, sqlite3_column_blob(st, 1), size);
    sqlite3_reset(st);
    struct extract_result x;
    enum extract_status status = extract_text(cfg, mime, data, size, &x);
    free(data);
    if (status == EXTRACT_UNSUPPORTED) {
        summary->skipped++;
        return 0;
    }
    if (status == EXTRACT_FAILED)
        log_event(LOG_WARN, "extract", "attachment %lld: %s", id, x.error);
    int rc = store_text(db, id, x.text ? x.text : "", status == EXTRACT_FAILED ? x.error : "");
    free(x.text);
    if (rc == 0 && status == EXTRACT_DONE)
        summary->extracted++;
    else if (rc == 0)
        summary->failed++;
    return rc;
}

int attachment_texts_fill(sqlite3 *db, const struct config *cfg, const char *owner_kind,
                          long long owner_id, bool retry, struct extract_summary *summary)
{
    struct extract_summary ignored = { 0, 0, 0 };
    if (!summary)
        summary = &ignored;
    if (!sqlite3_get_autocommit(db)) {
        log_event(LOG_ERROR, "extract", "called inside a transaction: left for portalctl extract");
        return -1;
    }
    size_t count;
    long long *ids = pending_ids(db, owner_kind, owner_id, retry, &count, summary);
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < count; i++)
        rc = fill_one(db, cfg, ids[i], summary);
    free(ids);
    return rc;
}
