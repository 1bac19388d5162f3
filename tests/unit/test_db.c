/* Database helpers: the read-only connection refuses writes and ATTACH,
 * pragmas are set, migrations follow user_version, statements are cached,
 * transactions nest. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "db.h"

static char dir[] = "/tmp/portal-db-XXXXXX";
static char path[300];

static void write_file(const char *name, const char *text)
{
    char p[400];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    fputs(text, f);
    fclose(f);
}

static int setup(void **state)
{
    (void)state;
    if (!mkdtemp(dir))
        return -1;
    snprintf(path, sizeof path, "%s/test.db", dir);
    char mig[320];
    snprintf(mig, sizeof mig, "%s/migrations", dir);
    write_file("001_first.sql", "CREATE TABLE t (x INTEGER) STRICT;");
    write_file("002_second.sql", "INSERT INTO t VALUES (1);");
    write_file("notes.txt", "not a migration");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static void migrations_apply_in_order_once(void **state)
{
    (void)state;
    sqlite3 *db = db_open(path, DB_CREATE);
    assert_non_null(db);
    assert_int_equal(db_migrate(db, dir), SQLITE_OK);
    assert_int_equal(db_user_version(db), 2);
    assert_int_equal(db_migrate(db, dir), SQLITE_OK);   /* nothing new: no second insert */
    sqlite3_stmt *st = db_stmt(db, "SELECT count(*) FROM t");
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), 1);
    sqlite3_reset(st);
    db_close(db);
}

static void writable_connection_uses_wal_and_foreign_keys(void **state)
{
    (void)state;
    sqlite3 *db = db_open(path, DB_READ_WRITE);
    sqlite3_stmt *st = db_stmt(db, "PRAGMA journal_mode");
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(st, 0), "wal");
    sqlite3_reset(st);
    st = db_stmt(db, "PRAGMA foreign_keys");
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), 1);
    sqlite3_reset(st);
    st = db_stmt(db, "PRAGMA synchronous");
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), 2);   /* FULL */
    sqlite3_reset(st);
    db_close(db);
}

static void read_only_connection_refuses_writes(void **state)
{
    (void)state;
    sqlite3 *db = db_open(path, DB_READ_ONLY);
    assert_non_null(db);
    int rc = sqlite3_exec(db, "INSERT INTO t VALUES (2)", NULL, NULL, NULL);
    assert_int_not_equal(rc, SQLITE_OK);
    rc = sqlite3_exec(db, "CREATE TABLE evil (x)", NULL, NULL, NULL);
    assert_int_not_equal(rc, SQLITE_OK);
    db_close(db);
}

static void attach_is_denied(void **state)
{
    (void)state;
    char sql[400];
    snprintf(sql, sizeof sql, "ATTACH DATABASE '%s/other.db' AS other", dir);
    sqlite3 *db = db_open(path, DB_READ_ONLY);
    assert_int_not_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    db_close(db);
    db = db_open(path, DB_READ_WRITE);
    assert_int_not_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    db_close(db);
}

static const char select_sql[] = "SELECT x FROM t";

static void statements_are_prepared_once(void **state)
{
    (void)state;
    sqlite3 *db = db_open(path, DB_READ_WRITE);
    sqlite3_stmt *a = db_stmt(db, select_sql);
    assert_int_equal(sqlite3_step(a), SQLITE_ROW);
    /* Left un-reset on purpose: db_reset_all (run after every request) must release it. */
    db_reset_all(db);
    assert_int_equal(sqlite3_stmt_busy(a), 0);
    assert_ptr_equal(db_stmt(db, select_sql), a);
    db_close(db);
}

static void transactions_nest_and_roll_back(void **state)
{
    (void)state;
    sqlite3 *db = db_open(path, DB_READ_WRITE);
    assert_int_equal(db_begin(db, "outer"), SQLITE_OK);
    assert_int_equal(db_begin(db, "inner"), SQLITE_OK);
    assert_int_equal(db_exec(db, "INSERT INTO t VALUES (5)"), SQLITE_OK);
    assert_int_equal(db_commit(db), SQLITE_OK);       /* inner: still open */
    assert_int_equal(sqlite3_get_autocommit(db), 0);
    db_rollback(db);
    assert_int_equal(sqlite3_get_autocommit(db), 1);
    sqlite3_stmt *st = db_stmt(db, "SELECT count(*) FROM t WHERE x = 5");
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), 0);
    sqlite3_reset(st);
    db_close(db);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(migrations_apply_in_order_once),
        cmocka_unit_test(writable_connection_uses_wal_and_foreign_keys),
        cmocka_unit_test(read_only_connection_refuses_writes),
        cmocka_unit_test(attach_is_denied),
        cmocka_unit_test(statements_are_prepared_once),
        cmocka_unit_test(transactions_nest_and_roll_back),
    };
    return cmocka_run_group_tests_name("db", tests, setup, teardown);
}
