/* SQLite helpers: opening with the right rights and pragmas, statements
 * prepared once per process, a nesting BEGIN IMMEDIATE transaction, and
 * migrations by PRAGMA user_version. */
#ifndef PORTAL_DB_H
#define PORTAL_DB_H

#include <sqlite3.h>
#include <stdbool.h>

struct arena;

enum db_access {
    DB_READ_ONLY,   /* SQLITE_OPEN_READONLY + query_only: the public process */
    DB_READ_WRITE,
    DB_CREATE,      /* portalctl init */
};

/* Opens PATH with WAL, foreign keys, a busy timeout, ATTACH denied. NULL on failure (logged). */
sqlite3 *db_open(const char *path, enum db_access access);
void db_close(sqlite3 *db);

/* The statement for SQL, prepared on first use and kept for the process.
 * SQL must be a string literal: the cache is keyed by its address.
 * Aborts the worker if the SQL does not compile (a programming error). */
sqlite3_stmt *db_stmt(sqlite3 *db, const char *sql);
/* Resets every statement of DB (after each request) so none pins the WAL. */
void db_reset_all(sqlite3 *db);

/* Nesting transaction: the outermost begin is BEGIN IMMEDIATE. Return SQLITE_OK or an error. */
int db_begin(sqlite3 *db, const char *where);
int db_commit(sqlite3 *db);
void db_rollback(sqlite3 *db);

/* Runs SQL text without results (migrations, pragmas). Returns SQLITE_OK or an error (logged). */
int db_exec(sqlite3 *db, const char *sql);

/* Steps ST once for a write, then resets it and clears its bindings. Returns
 * 0 when it ran to SQLITE_DONE, else -1 with the error logged under EVENT. */
int db_run(sqlite3 *db, sqlite3_stmt *st, const char *event);

/* Runs ST, a write of exactly one row, in a transaction of its own (BEGIN
 * IMMEDIATE): 0 when it committed with one row changed, else -1 (rolled back,
 * logged under EVENT). */
int db_write_one(sqlite3 *db, sqlite3_stmt *st, const char *event);
/* Binds ID to ?1 of ST, a SELECT of one text column, and returns its first
 * row's value (copied into ARENA), "" when there is none. */
const char *db_text_for_id(struct arena *arena, sqlite3_stmt *st, long long id);
/* The same for one integer column: its first row's value, 0 when there is none. */
long long db_int_for_id(sqlite3_stmt *st, long long id);

/* Binds ID to parameter COL, or NULL for 0 (an optional reference). */
void db_bind_id_or_null(sqlite3_stmt *st, int col, long long id);
/* Binds TEXT (kept by the caller until the step), or NULL for "". */
void db_bind_text_or_null(sqlite3_stmt *st, int col, const char *text);

/* Column helpers that never return NULL: text columns give "" for NULL. */
const char *db_text(struct arena *arena, sqlite3_stmt *st, int col);
long long db_int(sqlite3_stmt *st, int col);

/* The content version (bumped by triggers on every content change). */
long long db_content_version(sqlite3 *db);
/* A site setting from content.db, "" if unset; copied into ARENA. */
const char *db_setting(struct arena *arena, sqlite3 *db, const char *key);

/* The whole SQL file at PATH, malloc'd (the caller frees); NULL with errno
 * set when it cannot be opened. */
char *db_read_sql_file(const char *path);

/* Applies migrations NNN_*.sql from DIR whose number exceeds user_version. */
int db_migrate(sqlite3 *db, const char *dir);
int db_user_version(sqlite3 *db);

#endif
