/* Working-day arithmetic and the reply-deadline state machine for
 * information disclosure applications (2019 Regulations, Art. 30-33).
 * Callers load the holiday calendar from the database; this file only computes. */
#include "workdays.h"

#include <stddef.h>

enum {
    REPLY_WORKDAYS = 20,          /* Art. 33: reply within 20 working days */
    CORRECTION_WINDOW = 7,        /* Art. 30: ask for correction within 7 working days */
    MAX_EXTENSION_WORKDAYS = 20,  /* Art. 33: extension of at most 20 working days */
    CONSULT_REPLY_WORKDAYS = 15   /* Art. 32, 34: a consulted party answers within 15 working days */
};

/* ---- Civil date <-> day number (Howard Hinnant's algorithms) ---- */

int day_from_ymd(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int year_of_era = y - era * 400;
    int day_of_year = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

void day_to_ymd(int day, int *y, int *m, int *d)
{
    int z = day + 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int day_of_era = z - era * 146097;
    int year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    int shifted_month = (5 * day_of_year + 2) / 153;   /* 0 = March */
    int month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
    *d = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    *m = month;
    *y = year_of_era + era * 400 + (month <= 2);
}

int day_of_week(int day)
{
    /* 1970-01-01 was a Thursday (3 when Monday is 0). */
    return ((day % 7) + 7 + 3) % 7;
}

static bool is_leap_year(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
    static const int lengths[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return (m == 2 && is_leap_year(y)) ? 29 : lengths[m - 1];
}

/* Reads exactly `width` ASCII digits; false on anything else. */
static bool parse_digits(const char *s, int width, int *value)
{
    int result = 0;
    for (int i = 0; i < width; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        result = result * 10 + (s[i] - '0');
    }
    *value = result;
    return true;
}

bool day_parse_iso(const char *s, int *day)
{
    int y, m, d;
    if (s == NULL || day == NULL)
        return false;
    /* Check separators before digits so a short string stops at its NUL. */
    if (!parse_digits(s, 4, &y) || s[4] != '-' || !parse_digits(s + 5, 2, &m) || s[7] != '-'
        || !parse_digits(s + 8, 2, &d) || s[10] != '\0')
        return false;
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return false;
    *day = day_from_ymd(y, m, d);
    return true;
}

static void write_digits(char *out, int width, int value)
{
    for (int i = width - 1; i >= 0; i--) {
        out[i] = (char)('0' + value % 10);
        value /= 10;
    }
}

void day_format_iso(int day, char out[11])
{
    int y, m, d;
    day_to_ymd(day, &y, &m, &d);
    if (y < 1 || y > 9999)
        y = m = d = 0;   /* a fixed-width sentinel rather than a truncated date */
    write_digits(out, 4, y);
    out[4] = '-';
    write_digits(out + 5, 2, m);
    out[7] = '-';
    write_digits(out + 8, 2, d);
    out[10] = '\0';
}

/* ---- Calendar ---- */

static enum day_kind override_kind(const struct calendar *cal, int day)
{
    int lo = 0, hi = cal->override_count - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (cal->override_days[mid] == day)
            return cal->override_kinds[mid];
        if (cal->override_days[mid] < day)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return DAY_DEFAULT;
}

static bool is_covered(const struct calendar *cal, int day)
{
    int y, m, d;
    day_to_ymd(day, &y, &m, &d);
    return y >= cal->first_year && y <= cal->last_year;
}

bool calendar_is_workday(const struct calendar *cal, int day, bool *beyond)
{
    bool weekday = day_of_week(day) < 5;
    if (!is_covered(cal, day)) {
        if (beyond != NULL)
            *beyond = true;
        return weekday;   /* still answer, for display; the flag says not to trust it */
    }
    switch (override_kind(cal, day)) {
    case DAY_HOLIDAY:
        return false;
    case DAY_WORKDAY:
        return true;
    case DAY_DEFAULT:
    default:
        return weekday;
    }
}

int calendar_add_workdays(const struct calendar *cal, int from_day, int n, bool *beyond)
{
    /* Terminates: outside the covered years every Mon-Fri is a working day. */
    int day = from_day;
    int counted = 0;
    while (counted < n) {
        day++;
        if (calendar_is_workday(cal, day, beyond))
            counted++;
    }
    return day;
}

int calendar_workdays_between(const struct calendar *cal, int after_day, int upto_day, bool *beyond)
{
    int count = 0;
    for (int day = after_day + 1; day <= upto_day; day++) {
        if (calendar_is_workday(cal, day, beyond))
            count++;
    }
    return count;
}

int deadline_working_days_left(const struct calendar *cal, int today, int due_day, bool *beyond)
{
    if (today == due_day)
        return 0;
    if (today < due_day) {
        int left = calendar_workdays_between(cal, today, due_day, beyond);
        return left > 0 ? left : 1;
    }
    /* A weekend right after the due date is already overdue, so never 0 here. */
    int past = calendar_workdays_between(cal, due_day, today, beyond);
    return past > 0 ? -past : -1;
}

/* ---- Deadline state machine ---- */

static void deadline_init(struct deadline *out)
{
    out->state = CLOCK_NOT_STARTED;
    out->due_day = 0;
    out->received_day = 0;
    out->correction_deadline_day = 0;
    out->days_left_when_paused = 0;
    out->consult_start_day = 0;
    out->consult_reply_by_day = 0;
    out->consult_started_late = false;
    out->consult_overlong = false;
    out->extended = false;
    out->correction_late = false;
    out->beyond_calendar = false;
    out->failed_event_index = -1;
}

/* Art. 31: receipt is day 0; both the reply and correction windows start here. */
static enum clock_error on_received(const struct calendar *cal, int day, struct deadline *dl)
{
    if (dl->state != CLOCK_NOT_STARTED)
        return CLOCK_ERR_STATE;
    dl->received_day = day;
    dl->due_day = calendar_add_workdays(cal, day, REPLY_WORKDAYS, &dl->beyond_calendar);
    dl->correction_deadline_day = calendar_add_workdays(cal, day, CORRECTION_WINDOW, &dl->beyond_calendar);
    dl->state = CLOCK_RUNNING;
    return CLOCK_OK;
}

/* A late request is recorded and flagged, not refused: the UI warns staff. */
static enum clock_error on_correction_requested(int day, struct deadline *dl)
{
    if (dl->state != CLOCK_RUNNING)
        return CLOCK_ERR_STATE;
    if (day > dl->correction_deadline_day)
        dl->correction_late = true;
    dl->state = CLOCK_STOPPED_FOR_CORRECTION;
    return CLOCK_OK;
}

/* Art. 30: the period restarts from the day the corrected application arrives. */
static enum clock_error on_corrected(const struct calendar *cal, int day, struct deadline *dl)
{
    if (dl->state != CLOCK_STOPPED_FOR_CORRECTION)
        return CLOCK_ERR_STATE;
    dl->due_day = calendar_add_workdays(cal, day, REPLY_WORKDAYS, &dl->beyond_calendar);
    dl->state = CLOCK_RUNNING;
    return CLOCK_OK;
}

/* Art. 33: the extension is decided within the reply period, once, for at
 * most 20 working days, counted after the current due date. */
static enum clock_error on_extended(const struct calendar *cal, int day, int extension_days,
                                    struct deadline *dl)
{
    if (dl->state != CLOCK_RUNNING)
        return CLOCK_ERR_STATE;
    if (dl->extended)
        return CLOCK_ERR_SECOND_EXTENSION;
    if (extension_days < 1 || extension_days > MAX_EXTENSION_WORKDAYS)
        return CLOCK_ERR_EXTENSION_RANGE;
    if (day > dl->due_day)
        return CLOCK_ERR_EXTENSION_LATE;
    dl->due_day = calendar_add_workdays(cal, dl->due_day, extension_days, &dl->beyond_calendar);
    dl->extended = true;
    return CLOCK_OK;
}

/* The start day itself is spent; only working days after it are carried over.
 * The consulted third party or agency has 15 working days to answer (Art. 32, 34). */
static enum clock_error on_consult_start(const struct calendar *cal, int day, struct deadline *dl)
{
    if (dl->state != CLOCK_RUNNING)
        return CLOCK_ERR_STATE;
    dl->days_left_when_paused = calendar_workdays_between(cal, day, dl->due_day, &dl->beyond_calendar);
    dl->consult_start_day = day;
    dl->consult_reply_by_day = calendar_add_workdays(cal, day, CONSULT_REPLY_WORKDAYS, &dl->beyond_calendar);
    dl->consult_started_late = day > dl->due_day;
    dl->state = CLOCK_PAUSED_FOR_CONSULTATION;
    return CLOCK_OK;
}

/* Art. 33 excludes only consultation time inside the reply period: one begun
 * after the due date leaves the due date (and the delay) as it was. Begun on
 * the due date, nothing is left and the reply is due on the end day if it is
 * a working day, otherwise on the next working day. */
static enum clock_error on_consult_end(const struct calendar *cal, int day, struct deadline *dl)
{
    if (dl->state != CLOCK_PAUSED_FOR_CONSULTATION)
        return CLOCK_ERR_STATE;
    dl->consult_overlong = dl->consult_overlong || day > dl->consult_reply_by_day;
    dl->state = CLOCK_RUNNING;
    if (dl->consult_started_late)
        return CLOCK_OK;
    int left = dl->days_left_when_paused;
    if (left > 0)
        dl->due_day = calendar_add_workdays(cal, day, left, &dl->beyond_calendar);
    else if (calendar_is_workday(cal, day, &dl->beyond_calendar))
        dl->due_day = day;
    else
        dl->due_day = calendar_add_workdays(cal, day, 1, &dl->beyond_calendar);
    return CLOCK_OK;
}

static enum clock_error apply_event(const struct calendar *cal, const struct clock_event *ev, struct deadline *dl)
{
    switch (ev->kind) {
    case CLOCK_RECEIVED:
        return on_received(cal, ev->day, dl);
    case CLOCK_CORRECTION_REQUESTED:
        return on_correction_requested(ev->day, dl);
    case CLOCK_CORRECTED:
        return on_corrected(cal, ev->day, dl);
    case CLOCK_EXTENDED:
        return on_extended(cal, ev->day, ev->extension_days, dl);
    case CLOCK_CONSULT_START:
        return on_consult_start(cal, ev->day, dl);
    case CLOCK_CONSULT_END:
        return on_consult_end(cal, ev->day, dl);
    }
    return CLOCK_ERR_STATE;   /* unknown kind from a corrupt row */
}

static enum clock_error check_event_order(const struct clock_event *events, int index)
{
    if (index == 0)
        return events[0].kind == CLOCK_RECEIVED ? CLOCK_OK : CLOCK_ERR_NOT_RECEIVED;
    /* Same-day events are fine (e.g. corrected the day it was requested). */
    return events[index].day < events[index - 1].day ? CLOCK_ERR_ORDER : CLOCK_OK;
}

enum clock_error deadline_compute(const struct calendar *cal, const struct clock_event *events, int count,
                                  struct deadline *out)
{
    deadline_init(out);
    for (int i = 0; i < count; i++) {
        enum clock_error err = check_event_order(events, i);
        if (err == CLOCK_OK)
            err = apply_event(cal, &events[i], out);
        if (err != CLOCK_OK) {
            out->failed_event_index = i;
            return err;
        }
    }
    return CLOCK_OK;
}

const char *clock_error_message_zh(enum clock_error e)
{
    switch (e) {
    case CLOCK_OK:
        return "正常";
    case CLOCK_ERR_ORDER:
        return "事件日期早于前一事件或收到日期";
    case CLOCK_ERR_NOT_RECEIVED:
        return "尚未确认收到申请";
    case CLOCK_ERR_SECOND_EXTENSION:
        return "延期只能一次";
    case CLOCK_ERR_EXTENSION_RANGE:
        return "延期天数须为1至20个工作日";
    case CLOCK_ERR_EXTENSION_LATE:
        return "延期须在答复期限届满前决定（第三十三条）";
    case CLOCK_ERR_STATE:
        return "当前状态下不能进行此操作";
    }
    return "未知错误";
}
