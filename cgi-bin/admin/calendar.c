/* /admin/calendar (系统管理员): the working-day calendar as a year of month
 * grids; toggling one day (default -> holiday -> workday -> default) and
 * loading a year's official State Council schedule. Every change recomputes
 * the due dates of open applications and is audited with how many moved. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "app.h"
#include "application.h"
#include "db.h"
#include "form.h"
#include "staff.h"
#include "tmpl.h"
#include "validate.h"

enum { SCHEDULE_MAX_LINES = 200, PERIOD_MAX_DAYS = 31, NOTE_MAX_CHARS = 40 };

static const char *const weekday_names[] = { "一", "二", "三", "四", "五", "六", "日" };

static int current_year(void)
{
    char iso[11];
    beijing_today_iso(iso);
    return atoi(iso);
}

/* ?year=YYYY, else this year; only plausible years. */
static int requested_year(const char *value)
{
    int year = value ? atoi(value) : 0;
    return year >= 2000 && year <= 2100 ? year : current_year();
}

/* ---- the year view ---------------------------------------------------------- */

struct day_override {
    char kind[8];
    const char *note;
};

/* Overrides of YEAR indexed by day of year (0..365). */
static struct day_override *load_overrides(struct request *req, int year)
{
    struct day_override *o = arena_calloc(req->arena, 366, sizeof *o);
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT day, kind, note FROM calendar_days WHERE day >= ?1 AND day < ?2 ORDER BY day");
    sqlite3_bind_text(st, 1, arena_printf(req->arena, "%04d-01-01", year), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, arena_printf(req->arena, "%04d-01-01", year + 1), -1, SQLITE_TRANSIENT);
    int first = day_from_ymd(year, 1, 1);
    while (sqlite3_step(st) == SQLITE_ROW) {
        int day;
        if (!day_parse_iso((const char *)sqlite3_column_text(st, 0), &day) || day - first > 365)
            continue;
        snprintf(o[day - first].kind, sizeof o[0].kind, "%s", (const char *)sqlite3_column_text(st, 1));
        o[day - first].note = db_text(req->arena, st, 2);
    }
    sqlite3_reset(st);
    return o;
}

static void add_day_cell(struct tmpl_dict *week, struct request *req, int day, const struct day_override *o)
{
    struct tmpl_dict *cell = tmpl_add_section(week, "day");
    int y, m, d;
    day_to_ymd(day, &y, &m, &d);
    char iso[11];
    day_format_iso(day, iso);
    bool weekend = day_of_week(day) >= 5;
    tmpl_set(cell, "iso", iso);
    tmpl_set_int(cell, "d", d);
    const char *state = weekend ? "周末" : "工作日";
    if (strcmp(o->kind, "holiday") == 0) {
        tmpl_set(cell, "class", "cal-holiday");
        tmpl_set(tmpl_add_section(cell, "mark"), "text", "休");
        state = "节假日";
    } else if (strcmp(o->kind, "workday") == 0) {
        tmpl_set(cell, "class", "cal-workday");
        tmpl_set(tmpl_add_section(cell, "mark"), "text", "班");
        state = "调休上班";
    } else {
        tmpl_set(cell, "class", weekend ? "cal-weekend" : "cal-default");
    }
    tmpl_set(cell, "label", arena_printf(req->arena, "%d月%d日 星期%s，%s%s%s", m, d,
                                         weekday_names[day_of_week(day)], state,
                                         o->note && *o->note ? "：" : "", o->note ? o->note : ""));
}

static void add_month(struct tmpl_dict *d, struct request *req, int year, int month,
                      const struct day_override *overrides)
{
    struct tmpl_dict *grid = tmpl_add_section(d, "month");
    tmpl_set_int(grid, "month", month);
    int first = day_from_ymd(year, month, 1), jan1 = day_from_ymd(year, 1, 1);
    int next = month == 12 ? day_from_ymd(year + 1, 1, 1) : day_from_ymd(year, month + 1, 1);
    struct tmpl_dict *week = tmpl_add_section(grid, "week");
    for (int i = 0; i < day_of_week(first); i++)
        tmpl_add_section(week, "blank");
    for (int day = first; day < next; day++) {
        if (day != first && day_of_week(day) == 0)
            week = tmpl_add_section(grid, "week");
        add_day_cell(week, req, day, &overrides[day - jan1]);
    }
    for (int i = day_of_week(next - 1) + 1; i < 7; i++)
        tmpl_add_section(week, "trailing_blank");
}

static void add_notes(struct tmpl_dict *d, int year, const struct day_override *o)
{
    int jan1 = day_from_ymd(year, 1, 1), days = day_from_ymd(year + 1, 1, 1) - jan1;
    for (int i = 0; i < days; i++) {
        if (!o[i].kind[0])
            continue;
        struct tmpl_dict *row = tmpl_add_section(d, "override");
        char iso[11];
        day_format_iso(jan1 + i, iso);
        tmpl_set(row, "iso", iso);
        tmpl_set(row, "kind", strcmp(o[i].kind, "holiday") == 0 ? "节假日" : "调休上班");
        tmpl_set(row, "note", o[i].note);
    }
}

static const char *year_source(struct request *req, int year)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db, "SELECT source FROM calendar_years WHERE year = ?1");
    sqlite3_bind_int(st, 1, year);
    const char *source = sqlite3_step(st) == SQLITE_ROW ? db_text(req->arena, st, 0) : NULL;
    sqlite3_reset(st);
    return source;
}

static int render_calendar(struct request *req, int year, const char *schedule_text, const char *schedule_error)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, arena_printf(req->arena, "工作日历 %d年", year),
                                           "admin/calendar.tpl");
    tmpl_set_int(d, "year", year);
    tmpl_set_int(d, "prev_year", year - 1);
    tmpl_set_int(d, "next_year", year + 1);
    const char *source = year_source(req, year);
    if (source)
        tmpl_set(tmpl_add_section(d, "covered"), "source", *source ? source : "（未注明来源）");
    else
        tmpl_show(d, "not_covered");
    struct day_override *overrides = load_overrides(req, year);
    for (int i = 0; i < 7; i++)
        tmpl_set(tmpl_add_section(d, "weekday"), "name", weekday_names[i]);
    for (int month = 1; month <= 12; month++)
        add_month(d, req, year, month, overrides);
    add_notes(d, year, overrides);
    tmpl_set(d, "schedule", schedule_text ? schedule_text : "");
    if (schedule_error)
        tmpl_set(tmpl_add_section(d, "schedule_error"), "message", schedule_error);
    const char *done = params_get(&req->query, "recomputed");
    if (done)
        tmpl_set_int(tmpl_add_section(d, "done"), "count", atoi(done));
    return page_render(&page);
}

int admin_calendar_page(struct request *req)
{
    return render_calendar(req, requested_year(params_get(&req->query, "year")), NULL, NULL);
}

/* ---- recompute after a change ------------------------------------------------- */

/* Recomputes every open application's due date; returns how many, or -1. */
static int recompute_open_applications(struct request *req)
{
    sqlite3 *db = req->app->private_db;
    if (db_begin(db, "calendar recompute") != SQLITE_OK)
        return -1;
    int count = application_recompute_all_open(req->arena, db, req->app->content_db);
    return db_commit(db) == SQLITE_OK ? count : -1;
}

static int finish_change(struct request *req, int year, const char *action, const char *target,
                         const char *summary)
{
    int count = recompute_open_applications(req);
    if (count < 0)
        return resp_error(req, 500, "日历已保存，但重新计算申请期限失败。请稍后再修改一次日历以重试。");
    audit(req, action, target, arena_printf(req->arena, "%s; %d open application(s) recomputed", summary, count));
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/calendar?year=%d&recomputed=%d", year, count));
    return 303;
}

/* ---- toggle one day -------------------------------------------------------------- */

static const char *day_kind(struct request *req, const char *iso)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db, "SELECT kind FROM calendar_days WHERE day = ?1");
    sqlite3_bind_text(st, 1, iso, -1, SQLITE_TRANSIENT);
    const char *kind = sqlite3_step(st) == SQLITE_ROW ? db_text(req->arena, st, 0) : "default";
    sqlite3_reset(st);
    return kind;
}

/* default -> holiday -> workday -> default. */
static int store_toggle(struct request *req, const char *iso, const char *next, const char *note)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = strcmp(next, "default") == 0
        ? db_stmt(db, "DELETE FROM calendar_days WHERE day = ?1")
        : db_stmt(db, "INSERT INTO calendar_days (day, kind, note) VALUES (?1, ?2, ?3) "
                      "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, note = excluded.note");
    sqlite3_bind_text(st, 1, iso, -1, SQLITE_TRANSIENT);
    if (strcmp(next, "default") != 0) {
        sqlite3_bind_text(st, 2, next, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, note, -1, SQLITE_TRANSIENT);
    }
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

static const char *toggle_note(struct request *req, const char *next)
{
    const char *note = params_get(&req->form, "note");
    size_t len = note ? strlen(note) : 0;
    if (len && text_line_valid(note, len) && utf8_length(note, len) <= NOTE_MAX_CHARS)
        return note;
    return strcmp(next, "holiday") == 0 ? "休息" : strcmp(next, "workday") == 0 ? "调休上班" : "";
}

int admin_calendar_toggle(struct request *req)
{
    const char *iso = params_get(&req->form, "day");
    int day;
    if (!iso || !day_parse_iso(iso, &day))
        return resp_error(req, 400, "日期无效。");
    const char *before = day_kind(req, iso);
    const char *next = strcmp(before, "default") == 0 ? "holiday"
                     : strcmp(before, "holiday") == 0 ? "workday" : "default";
    const char *note = toggle_note(req, next);
    sqlite3 *db = req->app->content_db;
    if (db_begin(db, "calendar toggle") != SQLITE_OK)
        return 503;
    if (store_toggle(req, iso, next, note) != 0 || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return 500;
    }
    int y, m, d;
    day_to_ymd(day, &y, &m, &d);
    return finish_change(req, y, "calendar.toggle", arena_printf(req->arena, "day:%s", iso),
                         arena_printf(req->arena, "%s -> %s%s%s", before, next, *note ? " " : "", note));
}

/* ---- load an official schedule ------------------------------------------------------ */

struct period {
    int first, last;
    const char *kind;
    const char *note;
};

static const char *kind_from_word(const char *word)
{
    if (strcmp(word, "holiday") == 0 || strcmp(word, "放假") == 0 || strcmp(word, "休") == 0)
        return "holiday";
    if (strcmp(word, "workday") == 0 || strcmp(word, "上班") == 0 || strcmp(word, "班") == 0)
        return "workday";
    return NULL;
}

/* "2027-01-01..2027-01-03 holiday 元旦" or "2027-02-07 workday 调休上班". */
static const char *parse_period(struct request *req, char *line, int year, struct period *p)
{
    char *save = NULL, *dates = strtok_r(line, " \t", &save), *word = strtok_r(NULL, " \t", &save);
    char *note = strtok_r(NULL, "", &save);
    char *dots = dates ? strstr(dates, "..") : NULL;
    if (dots)
        *dots = '\0';
    if (!dates || !day_parse_iso(dates, &p->first) || !day_parse_iso(dots ? dots + 2 : dates, &p->last))
        return "日期应写作 2027-01-01 或 2027-01-01..2027-01-03。";
    int y1, y2, m, d;
    day_to_ymd(p->first, &y1, &m, &d);
    day_to_ymd(p->last, &y2, &m, &d);
    if (y1 != year || y2 != year)
        return arena_printf(req->arena, "日期不在%d年内。", year);
    if (p->last < p->first || p->last - p->first >= PERIOD_MAX_DAYS)
        return "日期区间的结束早于开始，或超过31天。";
    if (!word || !(p->kind = kind_from_word(word)))
        return "第二项应为 holiday（放假）或 workday（调休上班）。";
    while (note && (*note == ' ' || *note == '\t'))
        note++;
    p->note = note && *note ? note : (strcmp(p->kind, "holiday") == 0 ? "休息" : "调休上班");
    if (utf8_length(p->note, strlen(p->note)) > NOTE_MAX_CHARS)
        return "备注过长（最多40个字）。";
    return NULL;
}

/* Splits TEXT into periods; returns NULL or a message naming the bad line. */
static const char *parse_schedule(struct request *req, const char *text, int year,
                                  struct period *periods, int *count)
{
    char *copy = arena_strdup(req->arena, text), *save = NULL;
    int line_no = 0;
    *count = 0;
    for (char *line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        line_no++;
        line[strcspn(line, "\r")] = '\0';
        while (*line == ' ' || *line == '\t')
            line++;
        if (!*line || *line == '#')
            continue;
        if (*count >= SCHEDULE_MAX_LINES)
            return "行数过多。";
        const char *problem = parse_period(req, line, year, &periods[*count]);
        if (problem)
            return arena_printf(req->arena, "第%d行：%s", line_no, problem);
        (*count)++;
    }
    return *count ? NULL : "没有可载入的内容。";
}

static int insert_period(sqlite3 *db, const struct period *p)
{
    for (int day = p->first; day <= p->last; day++) {
        char iso[11];
        day_format_iso(day, iso);
        sqlite3_stmt *st = db_stmt(db, "INSERT INTO calendar_days (day, kind, note) VALUES (?1, ?2, ?3) "
                                       "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, note = excluded.note");
        sqlite3_bind_text(st, 1, iso, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, p->kind, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, p->note, -1, SQLITE_TRANSIENT);
        int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            return -1;
    }
    return 0;
}

/* Replaces YEAR's rows with the periods and marks the year as covered. */
static int store_schedule(struct request *req, int year, const struct period *periods, int count)
{
    sqlite3 *db = req->app->content_db;
    if (db_begin(db, "calendar load") != SQLITE_OK)
        return -1;
    sqlite3_stmt *st = db_stmt(db, "DELETE FROM calendar_days WHERE day >= ?1 AND day < ?2");
    sqlite3_bind_text(st, 1, arena_printf(req->arena, "%04d-01-01", year), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, arena_printf(req->arena, "%04d-01-01", year + 1), -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
    sqlite3_reset(st);
    for (int i = 0; rc == 0 && i < count; i++)
        rc = insert_period(db, &periods[i]);
    st = db_stmt(db, "INSERT INTO calendar_years (year, source) VALUES (?1, ?2) "
                     "ON CONFLICT (year) DO UPDATE SET source = excluded.source");
    sqlite3_bind_int(st, 1, year);
    sqlite3_bind_text(st, 2, arena_printf(req->arena, "国务院办公厅关于%d年部分节假日安排的通知", year),
                      -1, SQLITE_TRANSIENT);
    if (rc == 0 && sqlite3_step(st) != SQLITE_DONE)
        rc = -1;
    sqlite3_reset(st);
    if (rc != 0 || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return -1;
    }
    return 0;
}

int admin_calendar_load(struct request *req)
{
    const char *year_text = params_get(&req->form, "year");
    int year = requested_year(year_text);
    const char *text = params_get(&req->form, "schedule");
    if (!text || !text_block_valid(text, strlen(text)) || strlen(text) > 20000)
        return render_calendar(req, year, "", "内容无效或过长。");
    struct period *periods = arena_calloc(req->arena, SCHEDULE_MAX_LINES, sizeof *periods);
    int count;
    const char *problem = parse_schedule(req, text, year, periods, &count);
    if (problem)
        return render_calendar(req, year, text, problem);
    if (store_schedule(req, year, periods, count) != 0)
        return resp_error(req, 500, "保存日历失败，未做任何修改。");
    return finish_change(req, year, "calendar.load", arena_printf(req->arena, "year:%d", year),
                         arena_printf(req->arena, "official schedule loaded; %d period(s) replace the year's rows",
                                      count));
}
