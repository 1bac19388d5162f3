/* Unit tests for cgi-bin/core/workdays.c: date helpers, the working-day
 * calendar and the reply-deadline state machine, against the real 2026
 * State Council holiday schedule (国务院办公厅 2026 年部分节假日安排). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "workdays.h"

enum { MAX_OVERRIDES = 64 };

struct test_calendar {
    int days[MAX_OVERRIDES];
    enum day_kind kinds[MAX_OVERRIDES];
    struct calendar cal;
};

static int ymd(int y, int m, int d)
{
    return day_from_ymd(y, m, d);
}

static void add_range(struct test_calendar *tc, int y, int m, int first_d, int last_d, enum day_kind kind)
{
    for (int d = first_d; d <= last_d; d++) {
        tc->days[tc->cal.override_count] = ymd(y, m, d);
        tc->kinds[tc->cal.override_count] = kind;
        tc->cal.override_count++;
    }
}

/* Added in date order, so the arrays come out sorted as the API requires. */
static int setup_calendar_2026(void **state)
{
    static struct test_calendar tc;
    memset(&tc, 0, sizeof tc);
    add_range(&tc, 2026, 1, 1, 3, DAY_HOLIDAY);     /* 元旦 */
    add_range(&tc, 2026, 1, 4, 4, DAY_WORKDAY);     /* Sunday worked */
    add_range(&tc, 2026, 2, 14, 14, DAY_WORKDAY);   /* Saturday worked */
    add_range(&tc, 2026, 2, 15, 23, DAY_HOLIDAY);   /* 春节 */
    add_range(&tc, 2026, 2, 28, 28, DAY_WORKDAY);   /* Saturday worked */
    add_range(&tc, 2026, 4, 4, 6, DAY_HOLIDAY);     /* 清明 */
    add_range(&tc, 2026, 5, 1, 5, DAY_HOLIDAY);     /* 劳动节 */
    add_range(&tc, 2026, 5, 9, 9, DAY_WORKDAY);     /* Saturday worked */
    add_range(&tc, 2026, 6, 19, 21, DAY_HOLIDAY);   /* 端午 */
    add_range(&tc, 2026, 9, 20, 20, DAY_WORKDAY);   /* Sunday worked */
    add_range(&tc, 2026, 9, 25, 27, DAY_HOLIDAY);   /* 中秋 */
    add_range(&tc, 2026, 10, 1, 7, DAY_HOLIDAY);    /* 国庆 */
    add_range(&tc, 2026, 10, 10, 10, DAY_WORKDAY);  /* Saturday worked */
    tc.cal.override_days = tc.days;
    tc.cal.override_kinds = tc.kinds;
    tc.cal.first_year = 2026;
    tc.cal.last_year = 2026;
    *state = &tc.cal;
    return 0;
}

static void assert_day_eq(int actual, int y, int m, int d)
{
    char got[11], want[11];
    day_format_iso(actual, got);
    day_format_iso(ymd(y, m, d), want);
    assert_string_equal(got, want);
}

static struct clock_event ev(enum clock_event_kind kind, int day)
{
    struct clock_event e = { kind, day, 0 };
    return e;
}

static struct clock_event extension(int day, int days)
{
    struct clock_event e = { CLOCK_EXTENDED, day, days };
    return e;
}

/* ---- date helpers ---- */

static void test_day_numbers(void **state)
{
    (void)state;
    assert_int_equal(day_from_ymd(1970, 1, 1), 0);
    assert_int_equal(day_from_ymd(2000, 3, 1), 11017);
    assert_int_equal(day_from_ymd(1969, 12, 31), -1);
    for (int day = -800; day < 40000; day += 13) {
        int y, m, d;
        day_to_ymd(day, &y, &m, &d);
        assert_int_equal(day_from_ymd(y, m, d), day);
    }
}

static void test_day_of_week(void **state)
{
    (void)state;
    assert_int_equal(day_of_week(ymd(2026, 11, 27)), 4);   /* Friday */
    assert_int_equal(day_of_week(ymd(1970, 1, 1)), 3);     /* Thursday */
    assert_int_equal(day_of_week(ymd(2026, 1, 4)), 6);     /* Sunday */
    assert_int_equal(day_of_week(ymd(2026, 3, 2)), 0);     /* Monday */
    assert_int_equal(day_of_week(ymd(1969, 12, 29)), 0);   /* Monday, negative day */
}

static void test_parse_iso(void **state)
{
    (void)state;
    int day = -12345;
    assert_false(day_parse_iso("2026-02-29", &day));
    assert_int_equal(day, -12345);   /* untouched on failure */
    assert_true(day_parse_iso("2024-02-29", &day));
    assert_int_equal(day, ymd(2024, 2, 29));
    assert_true(day_parse_iso("2000-02-29", &day));
    assert_false(day_parse_iso("1900-02-29", &day));
    assert_true(day_parse_iso("2026-12-31", &day));
    assert_int_equal(day, ymd(2026, 12, 31));

    const char *bad[] = { "", "2026", "2026-1-05", "2026-01-5", "2026/01/05", "2026-01-05 ",
                          " 2026-01-05", "2026-13-01", "2026-00-10", "2026-04-31", "2026-01-00",
                          "0000-01-01", "+026-01-05", "2026-01-0x", "20260105" };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_false(day_parse_iso(bad[i], &day));
    assert_false(day_parse_iso(NULL, &day));
}

static void test_format_iso(void **state)
{
    (void)state;
    char out[11];
    day_format_iso(ymd(2026, 3, 2), out);
    assert_string_equal(out, "2026-03-02");
    day_format_iso(ymd(987, 1, 9), out);
    assert_string_equal(out, "0987-01-09");
    day_format_iso(ymd(10000, 1, 1), out);
    assert_string_equal(out, "0000-00-00");
}

/* ---- calendar ---- */

static void test_is_workday(void **state)
{
    const struct calendar *cal = *state;
    bool beyond = false;
    assert_true(calendar_is_workday(cal, ymd(2026, 1, 4), &beyond));    /* Sunday, adjusted working day */
    assert_false(calendar_is_workday(cal, ymd(2026, 10, 1), &beyond));  /* National Day, Thursday */
    assert_false(calendar_is_workday(cal, ymd(2026, 2, 23), &beyond));  /* Monday inside Spring Festival */
    assert_true(calendar_is_workday(cal, ymd(2026, 10, 10), &beyond));  /* Saturday worked */
    assert_false(calendar_is_workday(cal, ymd(2026, 3, 7), &beyond));   /* ordinary Saturday */
    assert_true(calendar_is_workday(cal, ymd(2026, 3, 9), &beyond));    /* ordinary Monday */
    assert_false(beyond);

    /* 2027-01-01 is a Friday: answered as plain Mon-Fri, but flagged. */
    assert_true(calendar_is_workday(cal, ymd(2027, 1, 1), &beyond));
    assert_true(beyond);
    /* The flag is never cleared by a later covered day. */
    calendar_is_workday(cal, ymd(2026, 3, 9), &beyond);
    assert_true(beyond);

    beyond = false;
    calendar_is_workday(cal, ymd(2025, 12, 31), &beyond);
    assert_true(beyond);
    assert_true(calendar_is_workday(cal, ymd(2025, 12, 31), NULL));   /* NULL flag allowed */
}

static void test_workdays_between(void **state)
{
    const struct calendar *cal = *state;
    bool beyond = false;
    assert_int_equal(calendar_workdays_between(cal, ymd(2026, 2, 12), ymd(2026, 3, 18), &beyond), 20);
    assert_int_equal(calendar_workdays_between(cal, ymd(2026, 3, 6), ymd(2026, 3, 9), &beyond), 1);
    assert_int_equal(calendar_workdays_between(cal, ymd(2026, 3, 9), ymd(2026, 3, 9), &beyond), 0);
    assert_int_equal(calendar_workdays_between(cal, ymd(2026, 3, 9), ymd(2026, 3, 2), &beyond), 0);
    assert_false(beyond);
}

/* ---- deadlines from receipt ---- */

static struct deadline compute_ok(const struct calendar *cal, const struct clock_event *events, int count)
{
    struct deadline dl;
    assert_int_equal(deadline_compute(cal, events, count, &dl), CLOCK_OK);
    assert_int_equal(dl.failed_event_index, -1);
    return dl;
}

static struct deadline received_on(const struct calendar *cal, int day)
{
    struct clock_event events[] = { ev(CLOCK_RECEIVED, day) };
    return compute_ok(cal, events, 1);
}

static void test_plain_march(void **state)
{
    /* Received Mon 03-02. Counted: Mar 3 4 5 6 (4), 9-13 (9), 16-20 (14),
     * 23-27 (19), 30 (20) -> due 2026-03-30.
     * Correction window: Mar 3 4 5 6 9 10 11 -> 2026-03-11. */
    struct deadline dl = received_on(*state, ymd(2026, 3, 2));
    assert_int_equal(dl.state, CLOCK_RUNNING);
    assert_int_equal(dl.received_day, ymd(2026, 3, 2));
    assert_day_eq(dl.due_day, 2026, 3, 30);
    assert_day_eq(dl.correction_deadline_day, 2026, 3, 11);
    assert_false(dl.beyond_calendar);
    assert_false(dl.extended);
    assert_false(dl.correction_late);
}

static void test_receipt_on_friday(void **state)
{
    /* Received Fri 03-13. Counted: Mar 16-20 (5), 23-27 (10), Mar 30 31 Apr 1 2 3 (15),
     * Apr 4-6 Qingming skipped, Apr 7 8 9 10 (19), Apr 13 (20) -> due 2026-04-13. */
    struct deadline dl = received_on(*state, ymd(2026, 3, 13));
    assert_day_eq(dl.due_day, 2026, 4, 13);
    assert_day_eq(dl.correction_deadline_day, 2026, 3, 24);
}

static void test_receipt_on_holiday(void **state)
{
    /* Received Thu 10-01 (holiday). Oct 2-7 holiday. Counted: Oct 8 9 (2),
     * Sat Oct 10 worked (3), 12-16 (8), 19-23 (13), 26-30 (18), Nov 2 (19), Nov 3 (20)
     * -> due 2026-11-03. Correction window: Oct 8 9 10 12 13 14 15 -> 2026-10-15. */
    struct deadline dl = received_on(*state, ymd(2026, 10, 1));
    assert_day_eq(dl.due_day, 2026, 11, 3);
    assert_day_eq(dl.correction_deadline_day, 2026, 10, 15);
    assert_false(dl.beyond_calendar);
}

static void test_receipt_before_spring_festival(void **state)
{
    /* Received Thu 02-12. Counted: Feb 13 (1), Sat Feb 14 worked (2), Feb 15-23 holiday,
     * Feb 24 25 26 27 (6), Sat Feb 28 worked (7), Mar 2-6 (12), Mar 9-13 (17),
     * Mar 16 17 18 (20) -> due 2026-03-18. Correction window ends on the 7th: Sat 02-28. */
    struct deadline dl = received_on(*state, ymd(2026, 2, 12));
    assert_day_eq(dl.due_day, 2026, 3, 18);
    assert_day_eq(dl.correction_deadline_day, 2026, 2, 28);
}

static void test_receipt_before_golden_week(void **state)
{
    /* Received Fri 09-18. Counted: Sun Sep 20 worked (1), Sep 21-24 (5), Sep 25-27 holiday,
     * Sep 28 29 30 (8), Oct 1-7 holiday, Oct 8 9 (10), Sat Oct 10 worked (11),
     * Oct 12-16 (16), Oct 19 20 21 22 (20) -> due 2026-10-22. */
    struct deadline dl = received_on(*state, ymd(2026, 9, 18));
    assert_day_eq(dl.due_day, 2026, 10, 22);
    assert_day_eq(dl.correction_deadline_day, 2026, 9, 29);
    assert_false(dl.beyond_calendar);
}

static void test_year_boundary_flags_beyond_calendar(void **state)
{
    /* Received Tue 12-15. Counted: Dec 16 17 18 (3), 21-25 (8), 28-31 (12), then 2027 is
     * not covered so plain Mon-Fri: Fri Jan 1 (13), Jan 4-8 (18), Jan 11 12 (20)
     * -> due 2027-01-12, flagged because 2027 has no calendar data. */
    struct deadline dl = received_on(*state, ymd(2026, 12, 15));
    assert_day_eq(dl.due_day, 2027, 1, 12);
    assert_day_eq(dl.correction_deadline_day, 2026, 12, 24);
    assert_true(dl.beyond_calendar);
}

/* ---- correction, extension, consultation ---- */

static void test_correction_restarts_clock(void **state)
{
    const struct calendar *cal = *state;
    struct clock_event events[] = {
        ev(CLOCK_RECEIVED, ymd(2026, 3, 2)),
        ev(CLOCK_CORRECTION_REQUESTED, ymd(2026, 3, 5)),
        ev(CLOCK_CORRECTED, ymd(2026, 3, 20)),
    };
    struct deadline stopped = compute_ok(cal, events, 2);
    assert_int_equal(stopped.state, CLOCK_STOPPED_FOR_CORRECTION);
    assert_day_eq(stopped.due_day, 2026, 3, 30);   /* the due day before the stop */
    assert_false(stopped.correction_late);

    /* Fresh 20 from Fri 03-20: Mar 23-27 (5), Mar 30 31 Apr 1 2 3 (10), Apr 4-6 holiday,
     * Apr 7-10 (14), Apr 13-17 (19), Apr 20 (20) -> due 2026-04-20. */
    struct deadline dl = compute_ok(cal, events, 3);
    assert_int_equal(dl.state, CLOCK_RUNNING);
    assert_day_eq(dl.due_day, 2026, 4, 20);
    assert_day_eq(dl.correction_deadline_day, 2026, 3, 11);   /* still anchored at receipt */
}

static void test_correction_then_extension(void **state)
{
    struct clock_event events[] = {
        ev(CLOCK_RECEIVED, ymd(2026, 3, 2)),
        ev(CLOCK_CORRECTION_REQUESTED, ymd(2026, 3, 5)),
        ev(CLOCK_CORRECTED, ymd(2026, 3, 20)),
        extension(ymd(2026, 4, 15), 20),
    };
    /* 20 after the due day 04-20: Apr 21-24 (4), Apr 27-30 (8), May 1-5 holiday,
     * May 6 7 8 (11), Sat May 9 worked (12), May 11-15 (17), May 18 19 20 (20)
     * -> due 2026-05-20. */
    struct deadline dl = compute_ok(*state, events, 4);
    assert_day_eq(dl.due_day, 2026, 5, 20);
    assert_true(dl.extended);
}

static void test_consultation_carries_days_left(void **state)
{
    const struct calendar *cal = *state;
    struct clock_event events[] = {
        ev(CLOCK_RECEIVED, ymd(2026, 3, 2)),          /* due 03-30 */
        ev(CLOCK_CONSULT_START, ymd(2026, 3, 16)),
        ev(CLOCK_CONSULT_END, ymd(2026, 4, 1)),
    };
    /* Left after Mon 03-16 up to 03-30: Mar 17 18 19 20 (4), 23-27 (9), 30 (10). */
    struct deadline paused = compute_ok(cal, events, 2);
    assert_int_equal(paused.state, CLOCK_PAUSED_FOR_CONSULTATION);
    assert_int_equal(paused.days_left_when_paused, 10);
    assert_day_eq(paused.due_day, 2026, 3, 30);

    /* 10 after Wed 04-01: Apr 2 3 (2), Apr 4-6 holiday, Apr 7-10 (6), Apr 13 14 15 16 (10)
     * -> due 2026-04-16. */
    struct deadline dl = compute_ok(cal, events, 3);
    assert_int_equal(dl.state, CLOCK_RUNNING);
    assert_day_eq(dl.due_day, 2026, 4, 16);
}

/* Art. 33: a consultation begun after the due date excludes no time; the
 * application stays overdue from its old due date (review finding 15.1). */
static void test_consultation_after_due_date_keeps_it_overdue(void **state)
{
    struct clock_event events[] = {
        ev(CLOCK_RECEIVED, ymd(2026, 3, 2)),          /* due 03-30 */
        ev(CLOCK_CONSULT_START, ymd(2026, 4, 10)),
        ev(CLOCK_CONSULT_END, ymd(2026, 5, 10)),
    };
    struct deadline dl = compute_ok(*state, events, 3);
    assert_true(dl.consult_started_late);
    assert_int_equal(dl.state, CLOCK_RUNNING);
    assert_day_eq(dl.due_day, 2026, 3, 30);
}

/* Art. 32, 34: the consulted party has 15 working days; a longer pause is flagged (finding 15.5). */
static void test_consultation_over_fifteen_working_days_is_flagged(void **state)
{
    struct clock_event events[] = {
        ev(CLOCK_RECEIVED, ymd(2026, 3, 2)),
        ev(CLOCK_CONSULT_START, ymd(2026, 3, 16)),
        ev(CLOCK_CONSULT_END, ymd(2026, 4, 20)),
    };
    /* 15 after Mon 03-16: Mar 17-20 (4), 23-27 (9), Mar 30 31 Apr 1 2 3 (14), Apr 4-6 holiday, Apr 7 (15). */
    struct deadline paused = compute_ok(*state, events, 2);
    assert_day_eq(paused.consult_reply_by_day, 2026, 4, 7);
    assert_false(paused.consult_overlong);
    struct deadline dl = compute_ok(*state, events, 3);
    assert_true(dl.consult_overlong);

    struct clock_event in_time[] = {
        ev(CLOCK_RECEIVED, ymd(2026, 3, 2)),
        ev(CLOCK_CONSULT_START, ymd(2026, 3, 16)),
        ev(CLOCK_CONSULT_END, ymd(2026, 4, 7)),
    };
    assert_false(compute_ok(*state, in_time, 3).consult_overlong);
}

static void test_consultation_started_on_due_day(void **state)
{
    const struct calendar *cal = *state;
    struct clock_event ends_on_holiday[] = {
        ev(CLOCK_RECEIVED, ymd(2026, 3, 2)),          /* due 03-30 */
        ev(CLOCK_CONSULT_START, ymd(2026, 3, 30)),
        ev(CLOCK_CONSULT_END, ymd(2026, 4, 4)),       /* Saturday and Qingming */
    };
    struct deadline dl = compute_ok(cal, ends_on_holiday, 3);
    assert_int_equal(dl.days_left_when_paused, 0);
    assert_day_eq(dl.due_day, 2026, 4, 7);            /* next working day */

    struct clock_event ends_on_workday[] = {
        ev(CLOCK_RECEIVED, ymd(2026, 3, 2)),
        ev(CLOCK_CONSULT_START, ymd(2026, 3, 30)),
        ev(CLOCK_CONSULT_END, ymd(2026, 4, 8)),
    };
    dl = compute_ok(cal, ends_on_workday, 3);
    assert_day_eq(dl.due_day, 2026, 4, 8);            /* the end day itself */
}

static void test_late_correction_is_flagged_not_refused(void **state)
{
    /* Window after 03-02 ends 03-11; a request on 03-12 is the 8th working day. */
    struct clock_event events[] = {
        ev(CLOCK_RECEIVED, ymd(2026, 3, 2)),
        ev(CLOCK_CORRECTION_REQUESTED, ymd(2026, 3, 12)),
    };
    struct deadline dl = compute_ok(*state, events, 2);
    assert_true(dl.correction_late);
    assert_int_equal(dl.state, CLOCK_STOPPED_FOR_CORRECTION);

    events[1].day = ymd(2026, 3, 11);   /* last allowed day */
    dl = compute_ok(*state, events, 2);
    assert_false(dl.correction_late);
}

/* ---- errors ---- */

static void expect_error(const struct calendar *cal, const struct clock_event *events, int count,
                         enum clock_error want, int failed_index)
{
    struct deadline dl;
    assert_int_equal(deadline_compute(cal, events, count, &dl), want);
    assert_int_equal(dl.failed_event_index, failed_index);
}

static void test_second_extension_refused(void **state)
{
    struct clock_event events[] = {
        ev(CLOCK_RECEIVED, ymd(2026, 3, 2)),
        extension(ymd(2026, 3, 20), 10),
        extension(ymd(2026, 3, 25), 5),
    };
    expect_error(*state, events, 3, CLOCK_ERR_SECOND_EXTENSION, 2);
    struct deadline dl;
    deadline_compute(*state, events, 3, &dl);
    /* State from the accepted events survives: 10 after 03-30 is 04-14
     * (Mar 31, Apr 1 2 3, Apr 7 8 9 10, Apr 13 14). */
    assert_day_eq(dl.due_day, 2026, 4, 14);
}

static void test_extension_range(void **state)
{
    struct clock_event events[] = {
        ev(CLOCK_RECEIVED, ymd(2026, 3, 2)),
        extension(ymd(2026, 3, 20), 21),
    };
    expect_error(*state, events, 2, CLOCK_ERR_EXTENSION_RANGE, 1);
    events[1].extension_days = 0;
    expect_error(*state, events, 2, CLOCK_ERR_EXTENSION_RANGE, 1);
    events[1].extension_days = 20;
    compute_ok(*state, events, 2);
}

/* Art. 33: an extension decided after the reply period ended is refused.
 * Receipt 2026-07-01: due 07-29 (Jul 2 3, 6-10, 13-17, 20-24, 27 28 29). */
static void test_extension_after_due_date_refused(void **state)
{
    struct clock_event events[] = {
        ev(CLOCK_RECEIVED, ymd(2026, 7, 1)),
        extension(ymd(2026, 8, 3), 20),
    };
    expect_error(*state, events, 2, CLOCK_ERR_EXTENSION_LATE, 1);
    events[1].day = ymd(2026, 7, 29);          /* on the due date itself: still allowed */
    struct deadline dl = compute_ok(*state, events, 2);
    assert_day_eq(dl.due_day, 2026, 8, 26);
}

static void test_events_out_of_order(void **state)
{
    struct clock_event events[] = {
        ev(CLOCK_RECEIVED, ymd(2026, 3, 10)),
        ev(CLOCK_CORRECTION_REQUESTED, ymd(2026, 3, 5)),
    };
    expect_error(*state, events, 2, CLOCK_ERR_ORDER, 1);

    struct clock_event later_goes_back[] = {
        ev(CLOCK_RECEIVED, ymd(2026, 3, 2)),
        ev(CLOCK_CONSULT_START, ymd(2026, 3, 16)),
        ev(CLOCK_CONSULT_END, ymd(2026, 3, 12)),
    };
    expect_error(*state, later_goes_back, 3, CLOCK_ERR_ORDER, 2);
}

static void test_state_errors(void **state)
{
    const struct calendar *cal = *state;
    struct clock_event not_received[] = { ev(CLOCK_CORRECTION_REQUESTED, ymd(2026, 3, 2)) };
    expect_error(cal, not_received, 1, CLOCK_ERR_NOT_RECEIVED, 0);

    struct clock_event corrected_without_request[] = {
        ev(CLOCK_RECEIVED, ymd(2026, 3, 2)), ev(CLOCK_CORRECTED, ymd(2026, 3, 3)) };
    expect_error(cal, corrected_without_request, 2, CLOCK_ERR_STATE, 1);

    struct clock_event end_without_start[] = {
        ev(CLOCK_RECEIVED, ymd(2026, 3, 2)), ev(CLOCK_CONSULT_END, ymd(2026, 3, 3)) };
    expect_error(cal, end_without_start, 2, CLOCK_ERR_STATE, 1);

    struct clock_event extension_while_stopped[] = {
        ev(CLOCK_RECEIVED, ymd(2026, 3, 2)), ev(CLOCK_CORRECTION_REQUESTED, ymd(2026, 3, 3)),
        extension(ymd(2026, 3, 4), 5) };
    expect_error(cal, extension_while_stopped, 3, CLOCK_ERR_STATE, 2);

    struct clock_event received_twice[] = {
        ev(CLOCK_RECEIVED, ymd(2026, 3, 2)), ev(CLOCK_RECEIVED, ymd(2026, 3, 3)) };
    expect_error(cal, received_twice, 2, CLOCK_ERR_STATE, 1);

    struct deadline dl;
    assert_int_equal(deadline_compute(cal, NULL, 0, &dl), CLOCK_OK);
    assert_int_equal(dl.state, CLOCK_NOT_STARTED);
}

static void test_error_messages(void **state)
{
    (void)state;
    assert_string_equal(clock_error_message_zh(CLOCK_ERR_SECOND_EXTENSION), "延期只能一次");
    for (int e = CLOCK_OK; e <= CLOCK_ERR_STATE; e++)
        assert_true(strlen(clock_error_message_zh((enum clock_error)e)) > 0);
}

/* ---- days left ---- */

static void test_working_days_left(void **state)
{
    const struct calendar *cal = *state;
    bool beyond = false;
    int due = ymd(2026, 3, 30);
    /* From Mon 03-23: Mar 24 25 26 27 30 -> 5. */
    assert_int_equal(deadline_working_days_left(cal, ymd(2026, 3, 23), due, &beyond), 5);
    assert_int_equal(deadline_working_days_left(cal, ymd(2026, 3, 27), due, &beyond), 1);
    assert_int_equal(deadline_working_days_left(cal, due, due, &beyond), 0);
    /* Past: Mar 31, Apr 1 -> -2. */
    assert_int_equal(deadline_working_days_left(cal, ymd(2026, 4, 1), due, &beyond), -2);
    /* Due Fri 04-03; Sat 04-04 has no working day past but is overdue. */
    assert_int_equal(deadline_working_days_left(cal, ymd(2026, 4, 4), ymd(2026, 4, 3), &beyond), -1);
    /* Apr 4-6 holiday, Apr 7 -> -1, Apr 8 -> -2. */
    assert_int_equal(deadline_working_days_left(cal, ymd(2026, 4, 8), ymd(2026, 4, 3), &beyond), -2);
    assert_false(beyond);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_day_numbers),
        cmocka_unit_test(test_day_of_week),
        cmocka_unit_test(test_parse_iso),
        cmocka_unit_test(test_format_iso),
        cmocka_unit_test(test_is_workday),
        cmocka_unit_test(test_workdays_between),
        cmocka_unit_test(test_plain_march),
        cmocka_unit_test(test_receipt_on_friday),
        cmocka_unit_test(test_receipt_on_holiday),
        cmocka_unit_test(test_receipt_before_spring_festival),
        cmocka_unit_test(test_receipt_before_golden_week),
        cmocka_unit_test(test_year_boundary_flags_beyond_calendar),
        cmocka_unit_test(test_correction_restarts_clock),
        cmocka_unit_test(test_correction_then_extension),
        cmocka_unit_test(test_consultation_carries_days_left),
        cmocka_unit_test(test_consultation_started_on_due_day),
        cmocka_unit_test(test_consultation_after_due_date_keeps_it_overdue),
        cmocka_unit_test(test_consultation_over_fifteen_working_days_is_flagged),
        cmocka_unit_test(test_late_correction_is_flagged_not_refused),
        cmocka_unit_test(test_second_extension_refused),
        cmocka_unit_test(test_extension_range),
        cmocka_unit_test(test_events_out_of_order),
        cmocka_unit_test(test_extension_after_due_date_refused),
        cmocka_unit_test(test_state_errors),
        cmocka_unit_test(test_error_messages),
        cmocka_unit_test(test_working_days_left),
    };
    return cmocka_run_group_tests(tests, setup_calendar_2026, NULL);
}
