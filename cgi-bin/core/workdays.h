/* Working-day calendar and reply deadlines for information disclosure
 * applications under the 2019 Regulations on Government Information
 * Disclosure (Art. 30-33). Pure computation: no I/O, no SQLite, no globals. */
#ifndef WORKDAYS_H
#define WORKDAYS_H

#include <stdbool.h>

/* Days are counted as int day numbers (days since 1970-01-01, may be negative
 * but never in practice). */
int day_from_ymd(int y, int m, int d);          /* proleptic Gregorian, no validation */
void day_to_ymd(int day, int *y, int *m, int *d);
int day_of_week(int day);                        /* 0=Monday .. 6=Sunday */
bool day_parse_iso(const char *s, int *day);     /* "YYYY-MM-DD" strict, real date, year 0001-9999; *day untouched on failure */
void day_format_iso(int day, char out[11]);      /* "0000-00-00" for years outside 0001-9999 */

enum day_kind { DAY_DEFAULT = 0, DAY_HOLIDAY, DAY_WORKDAY };

struct calendar {            /* caller fills; sorted by day ascending, no duplicates */
    const int *override_days;
    const enum day_kind *override_kinds;
    int override_count;
    int first_year, last_year;   /* years with calendar data; a day outside is "beyond calendar" */
};

/* beyond is set true if the day lies outside the covered years (never
 * cleared); such days are judged by plain Monday-Friday. beyond may be NULL. */
bool calendar_is_workday(const struct calendar *cal, int day, bool *beyond);
/* Nth working day strictly after from_day; n>=1 (n<1 returns from_day). */
int calendar_add_workdays(const struct calendar *cal, int from_day, int n, bool *beyond);
/* Count working days d with after_day < d <= upto_day (0 if upto_day <= after_day). */
int calendar_workdays_between(const struct calendar *cal, int after_day, int upto_day, bool *beyond);

/* The deadline of one application, replayed from its events in time order. */
enum clock_event_kind {
    CLOCK_RECEIVED,
    CLOCK_CORRECTION_REQUESTED,
    CLOCK_CORRECTED,
    CLOCK_EXTENDED,
    CLOCK_CONSULT_START,
    CLOCK_CONSULT_END
};

struct clock_event {
    enum clock_event_kind kind;
    int day;
    int extension_days;        /* only for CLOCK_EXTENDED: 1..20 */
};

enum clock_state {
    CLOCK_NOT_STARTED,
    CLOCK_RUNNING,
    CLOCK_STOPPED_FOR_CORRECTION,
    CLOCK_PAUSED_FOR_CONSULTATION
};

enum clock_error {
    CLOCK_OK,
    CLOCK_ERR_ORDER,            /* event before previous or before receipt */
    CLOCK_ERR_NOT_RECEIVED,     /* first event is not CLOCK_RECEIVED */
    CLOCK_ERR_SECOND_EXTENSION,
    CLOCK_ERR_EXTENSION_RANGE,  /* not 1..20 */
    CLOCK_ERR_EXTENSION_LATE,   /* decided after the due date (Art. 33 allows it only within it) */
    CLOCK_ERR_STATE             /* e.g. corrected without a request, consult end without start,
                                   extension while stopped, second receipt */
};

struct deadline {
    enum clock_state state;
    int due_day;                  /* valid when state is RUNNING; when stopped/paused: the due day
                                     that was current before it stopped */
    int received_day;
    int correction_deadline_day;  /* 7th working day after receipt: last day a correction may be requested */
    int days_left_when_paused;    /* for consultation */
    int consult_start_day;        /* the day the current or last consultation began */
    int consult_reply_by_day;     /* Art. 32, 34: the consulted party answers within 15 working days of it */
    bool consult_started_late;    /* began after the due date: that time is not excluded (Art. 33) */
    bool consult_overlong;        /* a finished consultation took more than 15 working days */
    bool extended;
    bool correction_late;         /* a correction was requested after correction_deadline_day */
    bool beyond_calendar;         /* some day used lies outside the calendar's years */
    int failed_event_index;       /* index of the rejected event, -1 when CLOCK_OK */
};

/* On error, *out holds the state reached by the events before the rejected one. */
enum clock_error deadline_compute(const struct calendar *cal, const struct clock_event *events, int count,
                                  struct deadline *out);
/* Working days from today until due: >0 days left, 0 due today, <0 overdue
 * (negative count of working days past). A day after due_day is always <0 and
 * a day before it always >0, even when no working day lies in between. */
int deadline_working_days_left(const struct calendar *cal, int today, int due_day, bool *beyond);
const char *clock_error_message_zh(enum clock_error e);  /* short Chinese message for staff */

#endif /* WORKDAYS_H */
