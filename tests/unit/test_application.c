/* cgi-bin/site/application.c without a server: states, the outcome rows of
 * the national template, masks, time labels, sequential numbers, and the
 * due date kept by application_add_event over an in-memory 2026 calendar. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "application.h"
#include "arena.h"
#include "db.h"

static struct arena *arena;

static void states_have_codes_labels_and_steps(void **state)
{
    (void)state;
    enum app_state s;
    assert_true(app_state_parse("correction_requested", &s));
    assert_int_equal(s, APP_CORRECTION_REQUESTED);
    assert_string_equal(app_state_label(s), "待补正");
    assert_false(app_state_parse("bogus", &s));
    for (int i = 0; i < APP_STATE__MAX; i++) {
        assert_true(app_state_parse(app_state_code((enum app_state)i), &s));
        assert_int_equal(s, i);
    }
    assert_int_equal(app_state_step(APP_SUBMITTED), 0);
    assert_int_equal(app_state_step(APP_RECEIVED), 1);
    assert_int_equal(app_state_step(APP_EXTENDED), 2);
    assert_int_equal(app_state_step(APP_REPLIED), 3);
    assert_true(app_state_is_open(APP_CONSULTING));
    assert_false(app_state_is_open(APP_WITHDRAWN));
    assert_false(app_state_is_open(APP_CLOSED));
}

static void outcomes_are_the_template_rows_in_order(void **state)
{
    (void)state;
    static const char *const rows[] = {
        "1", "2", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "4.1", "4.2", "4.3",
        "5.1", "5.2", "5.3", "5.4", "5.5", "6.1", "6.2", "6.3" };
    assert_int_equal(outcome_count, sizeof rows / sizeof rows[0]);
    for (size_t i = 0; i < outcome_count; i++)
        assert_string_equal(outcomes[i].report_row, rows[i]);
    const struct outcome *o = outcome_find("deny_safety");
    assert_non_null(o);
    assert_string_equal(o->group, "（三）不予公开");
    assert_string_equal(o->label, "危及“三安全一稳定”");
    assert_string_equal(outcome_find("none_unclear")->label, "补正后申请内容仍不明确");
    assert_string_equal(outcome_find("reject_confirm")->report_row, "5.5");
    assert_string_equal(outcome_find("open")->label, outcome_find("open")->group);
    assert_null(outcome_find("deny"));
    assert_string_equal(org_category_label("legal_service"), "法律服务机构");
    assert_string_equal(org_category_label("x"), "");
}

static void masks_hide_the_middle(void **state)
{
    (void)state;
    assert_string_equal(mask_name(arena, "张三丰"), "张**");
    assert_string_equal(mask_name(arena, "李四"), "李*");
    assert_string_equal(mask_name(arena, "王"), "*");
    assert_string_equal(mask_name(arena, ""), "");
    assert_string_equal(mask_phone(arena, "13800138000"), "138****8000");
    assert_string_equal(mask_phone(arena, "0563-4116396"), "056*****6396");
    assert_string_equal(mask_id_number(arena, "342501199001010011"), "3425**********0011");
    assert_string_equal(mask_id_number(arena, "E12345678"), "E1*****78");
    assert_string_equal(mask_id_number(arena, "abc"), "**c");
}

static void times_are_shown_in_beijing_time(void **state)
{
    (void)state;
    assert_string_equal(beijing_time_label(arena, "2026-11-27T08:05:00Z"), "2026-11-27 16:05");
    assert_string_equal(beijing_time_label(arena, "2026-12-31T16:30:00Z"), "2027-01-01 00:30");
    assert_string_equal(beijing_time_label(arena, "garbage"), "");
    assert_string_equal(date_label_zh(arena, "2026-03-09"), "2026年3月9日");
    assert_string_equal(date_label_zh(arena, "2026-02-30"), "");
    assert_string_equal(event_kind_label("correction_requested"), "补正通知");
}

/* Both schemas in memory, with a small 2026 calendar: 国庆 1-7 October off, Saturday 10 October worked. */
static void open_databases(sqlite3 **content, sqlite3 **private_db)
{
    *content = db_open(":memory:", DB_CREATE);
    *private_db = db_open(":memory:", DB_CREATE);
    assert_int_equal(db_migrate(*content, "sql/content"), SQLITE_OK);
    assert_int_equal(db_migrate(*private_db, "sql/private"), SQLITE_OK);
    assert_int_equal(db_exec(*content,
        "INSERT INTO calendar_years (year) VALUES (2026);"
        "INSERT INTO calendar_days (day, kind) VALUES ('2026-10-01', 'holiday'), ('2026-10-02', 'holiday'),"
        " ('2026-10-05', 'holiday'), ('2026-10-06', 'holiday'), ('2026-10-07', 'holiday'),"
        " ('2026-10-10', 'workday');"), SQLITE_OK);
    assert_int_equal(db_exec(*private_db,
        "INSERT INTO applications (id, number, year, seq, access_code_hash, applicant_type, name, phone,"
        " address, info_title, info_description, medium, delivery, submitted_at) VALUES"
        " (1, 'YSQ-2026-000001', 2026, 1, 'x', 'person', '张三', '13800138000', '地址', '标题', '描述',"
        " 'paper', 'post', '2026-09-27T02:00:00Z'),"
        " (2, 'YSQ-2026-000002', 2026, 2, 'y', 'person', '李四', '13800138000', '地址', '标题', '描述',"
        " 'paper', 'post', '2026-12-14T02:00:00Z');"), SQLITE_OK);
}

static const char *due_of(sqlite3 *db, long long id, int *beyond)
{
    sqlite3_stmt *st = db_stmt(db, "SELECT coalesce(due_on, ''), due_beyond_calendar FROM applications WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    const char *due = db_text(arena, st, 0);
    if (beyond)
        *beyond = (int)db_int(st, 1);
    sqlite3_reset(st);
    return due;
}

static int add(sqlite3 *p, sqlite3 *c, long long id, const char *kind, const char *day, int days,
               const char **error)
{
    return application_add_event(arena, p, c, id, kind, day, "staff:1", "", days, false, NULL, error);
}

static void events_keep_the_due_date_in_step(void **state)
{
    (void)state;
    sqlite3 *content, *priv;
    const char *error;
    int beyond;
    open_databases(&content, &priv);
    /* Received Monday 28 September: the 20th working day skips the holiday week. */
    assert_int_equal(add(priv, content, 1, "received", "2026-09-28", 0, &error), 0);
    assert_string_equal(due_of(priv, 1, &beyond), "2026-10-30");
    assert_int_equal(beyond, 0);
    /* A correction stops the clock: no due date until it arrives. */
    assert_int_equal(add(priv, content, 1, "correction_requested", "2026-09-30", 0, &error), 0);
    assert_string_equal(due_of(priv, 1, NULL), "");
    /* Corrected on 12 October: a fresh 20 working days. */
    assert_int_equal(add(priv, content, 1, "corrected", "2026-10-12", 0, &error), 0);
    assert_string_equal(due_of(priv, 1, NULL), "2026-11-09");
    /* Notes do not move the clock. */
    assert_int_equal(add(priv, content, 1, "note", "2026-10-13", 0, &error), 0);
    assert_string_equal(due_of(priv, 1, NULL), "2026-11-09");
    /* One extension of 20 working days after the current due date. */
    assert_int_equal(add(priv, content, 1, "extended", "2026-11-02", 20, &error), 0);
    assert_string_equal(due_of(priv, 1, NULL), "2026-12-07");
    /* A second extension is refused with a Chinese message; the caller rolls back. */
    assert_int_equal(db_begin(priv, "test"), SQLITE_OK);
    assert_int_equal(add(priv, content, 1, "extended", "2026-11-20", 5, &error), -1);
    assert_non_null(error);
    db_rollback(priv);
    assert_string_equal(due_of(priv, 1, NULL), "2026-12-07");
    /* A deadline past the calendar's last year is flagged, not guessed. */
    assert_int_equal(add(priv, content, 2, "received", "2026-12-15", 0, &error), 0);
    assert_string_equal(due_of(priv, 2, &beyond), "2027-01-12");
    assert_int_equal(beyond, 1);
    /* A calendar edit is applied to open applications. */
    assert_int_equal(db_exec(content, "INSERT INTO calendar_days (day, kind) VALUES ('2026-12-31', 'holiday');"),
                     SQLITE_OK);
    assert_int_equal(application_recompute_all_open(arena, priv, content), 2);
    assert_string_equal(due_of(priv, 2, NULL), "2027-01-13");
    assert_int_equal(application_set_state(priv, 1, APP_WITHDRAWN), 0);
    assert_int_equal(application_recompute_all_open(arena, priv, content), 1);
    db_close(content);
    db_close(priv);
}

/* Receipt numbers count per agency and year; the global (year, seq) pair keeps counting across them. */
static void numbers_are_sequential_per_agency_and_year(void **state)
{
    (void)state;
    sqlite3 *content, *priv;
    struct application_number n;
    open_databases(&content, &priv);
    assert_int_equal(application_next_number(arena, priv, 1, "mzj", 2026, &n), 0);
    assert_string_equal(n.number, "MZJ-2026-000001");
    assert_int_equal(application_next_number(arena, priv, 1, "mzj", 2026, &n), 0);
    assert_string_equal(n.number, "MZJ-2026-000002");
    assert_int_equal(n.seq, 2);
    assert_int_equal(n.agency_seq, 2);
    assert_int_equal(application_next_number(arena, priv, 200, "rsj", 2026, &n), 0);
    assert_string_equal(n.number, "RSJ-2026-000001");
    assert_int_equal(n.seq, 3);
    assert_int_equal(n.agency_seq, 1);
    assert_int_equal(application_next_number(arena, priv, 1, "mzj", 2027, &n), 0);
    assert_string_equal(n.number, "MZJ-2027-000001");
    assert_int_equal(n.year, 2027);
    assert_int_equal(application_next_number(arena, priv, 1, "", 2027, &n), -1);
    db_close(content);
    db_close(priv);
}

int main(void)
{
    arena = arena_new();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(states_have_codes_labels_and_steps),
        cmocka_unit_test(outcomes_are_the_template_rows_in_order),
        cmocka_unit_test(masks_hide_the_middle),
        cmocka_unit_test(times_are_shown_in_beijing_time),
        cmocka_unit_test(events_keep_the_due_date_in_step),
        cmocka_unit_test(numbers_are_sequential_per_agency_and_year),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    arena_free(arena);
    return failed;
}
