/* Application states, outcome codes of the national annual-report template,
 * the timeline helpers that keep due_on in step with the deadline engine,
 * sequential numbers and the masks for personal data; see application.h. */
#include "application.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "application_form.h"
#include "arena.h"
#include "db.h"
#include "form.h"
#include "log.h"

/* ------------------------------------------------------------ states */

static const struct {
    const char *code;
    const char *label;
} states[APP_STATE__MAX] = {
    [APP_SUBMITTED] = { "submitted", "已提交" },
    [APP_RECEIVED] = { "received", "已确认收到" },
    [APP_CORRECTION_REQUESTED] = { "correction_requested", "待补正" },
    [APP_CORRECTED] = { "corrected", "已补正" },
    [APP_EXTENDED] = { "extended", "已延期答复" },
    [APP_CONSULTING] = { "consulting", "征求意见中" },
    [APP_REPLIED] = { "replied", "已答复" },
    [APP_WITHDRAWN] = { "withdrawn", "已撤回" },
    [APP_CLOSED] = { "closed", "已终止（逾期未补正）" },
};

const char *app_state_code(enum app_state state)
{
    return state < APP_STATE__MAX ? states[state].code : "";
}

const char *app_state_label(enum app_state state)
{
    return state < APP_STATE__MAX ? states[state].label : "";
}

bool app_state_parse(const char *code, enum app_state *out)
{
    for (int i = 0; code && i < APP_STATE__MAX; i++) {
        if (strcmp(states[i].code, code) == 0) {
            *out = (enum app_state)i;
            return true;
        }
    }
    return false;
}

bool app_state_is_open(enum app_state state)
{
    return state != APP_REPLIED && state != APP_WITHDRAWN && state != APP_CLOSED
        && state < APP_STATE__MAX;
}

int app_state_step(enum app_state state)
{
    switch (state) {
    case APP_SUBMITTED: return 0;
    case APP_RECEIVED: return 1;
    case APP_CORRECTION_REQUESTED:
    case APP_CORRECTED:
    case APP_EXTENDED:
    case APP_CONSULTING: return 2;
    default: return 3;
    }
}

/* ------------------------------------------------------------ outcomes */

#define DENY "（三）不予公开"
#define NONE "（四）无法提供"
#define REJECT "（五）不予处理"
#define OTHER "（六）其他处理"

const struct outcome outcomes[] = {
    { "open", "（一）予以公开", "（一）予以公开", "1" },
    { "partial", "（二）部分公开", "（二）部分公开", "2" },
    { "deny_secret", DENY, "属于国家秘密", "3.1" },
    { "deny_law", DENY, "其他法律行政法规禁止公开", "3.2" },
    { "deny_safety", DENY, "危及“三安全一稳定”", "3.3" },
    { "deny_third_party", DENY, "保护第三方合法权益", "3.4" },
    { "deny_internal", DENY, "属于三类内部事务信息", "3.5" },
    { "deny_process", DENY, "属于四类过程性信息", "3.6" },
    { "deny_enforcement", DENY, "属于行政执法案卷", "3.7" },
    { "deny_query", DENY, "属于行政查询事项", "3.8" },
    { "none_not_held", NONE, "本机关不掌握相关政府信息", "4.1" },
    { "none_need_create", NONE, "没有现成信息需要另行制作", "4.2" },
    { "none_unclear", NONE, "补正后申请内容仍不明确", "4.3" },
    { "reject_petition", REJECT, "信访举报投诉类申请", "5.1" },
    { "reject_repeat", REJECT, "重复申请", "5.2" },
    { "reject_publication", REJECT, "要求提供公开出版物", "5.3" },
    { "reject_mass", REJECT, "无正当理由大量反复申请", "5.4" },
    { "reject_confirm", REJECT, "要求行政机关确认或重新出具已获取信息", "5.5" },
    { "other_no_correction", OTHER,
      "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "6.1" },
    { "other_no_fee", OTHER,
      "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "6.2" },
    { "other", OTHER, "其他", "6.3" },
};
const size_t outcome_count = sizeof outcomes / sizeof outcomes[0];

const struct outcome *outcome_find(const char *code)
{
    for (size_t i = 0; code && i < outcome_count; i++)
        if (strcmp(outcomes[i].code, code) == 0)
            return &outcomes[i];
    return NULL;
}

const char *org_category_label(const char *code)
{
    const char *label = field_choice_label(application_org_categories, code);
    return label ? label : "";
}

const char *event_kind_label(const char *kind)
{
    static const char *const pairs[][2] = {
        { "submitted", "提交申请" }, { "received", "确认收到" },
        { "correction_requested", "补正通知" }, { "corrected", "已补正" },
        { "extended", "延期答复" }, { "consult_start", "征求意见开始" },
        { "consult_end", "征求意见结束" }, { "replied", "答复" },
        { "withdrawn", "撤回申请" }, { "closed", "终止办理" },
        { "note", "办理说明" }, { "assigned", "分配承办人" },
    };
    for (size_t i = 0; kind && i < sizeof pairs / sizeof pairs[0]; i++)
        if (strcmp(pairs[i][0], kind) == 0)
            return pairs[i][1];
    return "";
}

/* ------------------------------------------------------------ calendar and deadlines */

int calendar_load(struct arena *arena, sqlite3 *content_db, struct calendar *out)
{
    *out = (struct calendar){ 0 };
    sqlite3_stmt *st = db_stmt(content_db, "SELECT min(year), max(year), "
                                           "(SELECT count(*) FROM calendar_days) FROM calendar_years");
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_reset(st);
        return -1;
    }
    out->first_year = (int)db_int(st, 0);
    out->last_year = (int)db_int(st, 1);
    int capacity = (int)db_int(st, 2);
    sqlite3_reset(st);
    int *days = arena_calloc(arena, (size_t)capacity + 1, sizeof *days);
    enum day_kind *kinds = arena_calloc(arena, (size_t)capacity + 1, sizeof *kinds);
    st = db_stmt(content_db, "SELECT day, kind FROM calendar_days ORDER BY day");
    int n = 0;
    while (n < capacity && sqlite3_step(st) == SQLITE_ROW) {
        const char *kind = (const char *)sqlite3_column_text(st, 1);
        if (!day_parse_iso((const char *)sqlite3_column_text(st, 0), &days[n]))
            continue;
        kinds[n++] = kind && strcmp(kind, "holiday") == 0 ? DAY_HOLIDAY : DAY_WORKDAY;
    }
    sqlite3_reset(st);
    out->override_days = days;
    out->override_kinds = kinds;
    out->override_count = n;
    return 0;
}

static bool clock_kind(const char *kind, enum clock_event_kind *out)
{
    static const struct { const char *name; enum clock_event_kind kind; } map[] = {
        { "received", CLOCK_RECEIVED }, { "correction_requested", CLOCK_CORRECTION_REQUESTED },
        { "corrected", CLOCK_CORRECTED }, { "extended", CLOCK_EXTENDED },
        { "consult_start", CLOCK_CONSULT_START }, { "consult_end", CLOCK_CONSULT_END },
    };
    for (size_t i = 0; kind && i < sizeof map / sizeof map[0]; i++) {
        if (strcmp(map[i].name, kind) == 0) {
            *out = map[i].kind;
            return true;
        }
    }
    return false;
}

/* Reads the clock events of one application in legal order into ARENA. */
static int load_clock_events(struct arena *arena, sqlite3 *db, long long id,
                             struct clock_event **out)
{
    sqlite3_stmt *st = db_stmt(db, "SELECT count(*) FROM application_events WHERE application_id = ?1");
    sqlite3_bind_int64(st, 1, id);
    int capacity = sqlite3_step(st) == SQLITE_ROW ? (int)db_int(st, 0) : 0;
    sqlite3_reset(st);
    struct clock_event *events = arena_calloc(arena, (size_t)capacity + 1, sizeof *events);
    st = db_stmt(db, "SELECT kind, day, days FROM application_events WHERE application_id = ?1 "
                     "ORDER BY day, id");
    sqlite3_bind_int64(st, 1, id);
    int n = 0;
    while (n < capacity && sqlite3_step(st) == SQLITE_ROW) {
        struct clock_event *e = &events[n];
        if (!clock_kind((const char *)sqlite3_column_text(st, 0), &e->kind)
            || !day_parse_iso((const char *)sqlite3_column_text(st, 1), &e->day))
            continue;
        e->extension_days = (int)db_int(st, 2);
        n++;
    }
    sqlite3_reset(st);
    *out = events;
    return n;
}

/* Stores the replayed deadline; a stopped or paused clock has no due date. */
static int store_due(sqlite3 *db, long long id, const struct deadline *d, int event_count)
{
    sqlite3_stmt *st = db_stmt(db, "UPDATE applications SET due_on = ?2, due_beyond_calendar = ?3 "
                                   "WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    char due[11];
    if (event_count > 0 && d->state == CLOCK_RUNNING) {
        day_format_iso(d->due_day, due);
        sqlite3_bind_text(st, 2, due, -1, SQLITE_TRANSIENT);
    } else {
        sqlite3_bind_null(st, 2);
    }
    sqlite3_bind_int(st, 3, event_count > 0 && d->beyond_calendar);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

/* Replays and stores; on a rejected event returns its error (nothing stored). */
static enum clock_error replay_due(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db,
                                   long long id, int *store_rc)
{
    struct calendar cal;
    struct clock_event *events;
    struct deadline d = { 0 };
    *store_rc = -1;
    if (calendar_load(arena, content_db, &cal) != 0)
        return CLOCK_OK;
    int n = load_clock_events(arena, private_db, id, &events);
    enum clock_error err = n > 0 ? deadline_compute(&cal, events, n, &d) : CLOCK_OK;
    if (err == CLOCK_OK)
        *store_rc = store_due(private_db, id, &d, n);
    return err;
}

int application_recompute_due(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db,
                              long long application_id)
{
    int store_rc;
    enum clock_error err = replay_due(arena, private_db, content_db, application_id, &store_rc);
    if (err != CLOCK_OK)
        log_event(LOG_WARN, "deadline", "application %lld: clock error %d", application_id, (int)err);
    return err == CLOCK_OK ? store_rc : -1;
}

int application_recompute_all_open(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db)
{
    sqlite3_stmt *st = db_stmt(private_db, "SELECT count(*) FROM applications");
    int capacity = sqlite3_step(st) == SQLITE_ROW ? (int)db_int(st, 0) : 0;
    sqlite3_reset(st);
    long long *ids = arena_calloc(arena, (size_t)capacity + 1, sizeof *ids);
    st = db_stmt(private_db, "SELECT id FROM applications "
                             "WHERE state NOT IN ('replied', 'withdrawn', 'closed') ORDER BY id");
    int n = 0;
    while (n < capacity && sqlite3_step(st) == SQLITE_ROW)
        ids[n++] = db_int(st, 0);
    sqlite3_reset(st);
    int done = 0;
    for (int i = 0; i < n; i++)
        done += application_recompute_due(arena, private_db, content_db, ids[i]) == 0;
    return done;
}

static int insert_event(sqlite3 *db, long long id, const char *kind, const char *day,
                        const char *actor, const char *text, int days, bool internal,
                        long long *event_id)
{
    char now[21];
    utc_now_iso(now);
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO application_events (application_id, at, day, kind, actor, text, days, internal) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, now, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, day, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, kind, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, actor ? actor : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, text ? text : "", -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 7, days);
    sqlite3_bind_int(st, 8, internal);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return -1;
    if (event_id)
        *event_id = sqlite3_last_insert_rowid(db);
    return 0;
}

/* The receipt day starts the clock (Art. 31); kept on the row for lists and reports. */
static int store_received_on(sqlite3 *db, long long id, const char *day)
{
    sqlite3_stmt *st = db_stmt(db, "UPDATE applications SET received_on = ?2 WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, day, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

int application_add_event(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db,
                          long long application_id, const char *kind, const char *day,
                          const char *actor, const char *text, int days, bool internal,
                          long long *event_id, const char **error)
{
    static const char failed[] = "记录办理事项时出错，请稍后重试。";
    int ignored;
    enum clock_event_kind ck;
    *error = NULL;
    if (!day_parse_iso(day, &ignored)) {
        *error = "日期格式不正确。";
        return -1;
    }
    if (insert_event(private_db, application_id, kind, day, actor, text, days, internal, event_id) != 0) {
        *error = failed;
        return -1;
    }
    if (!clock_kind(kind, &ck))
        return 0;
    if (ck == CLOCK_RECEIVED && store_received_on(private_db, application_id, day) != 0) {
        *error = failed;
        return -1;
    }
    int store_rc;
    enum clock_error err = replay_due(arena, private_db, content_db, application_id, &store_rc);
    if (err != CLOCK_OK)
        *error = clock_error_message_zh(err);
    else if (store_rc != 0)
        *error = failed;
    return *error ? -1 : 0;
}

int application_set_state(sqlite3 *private_db, long long application_id, enum app_state state)
{
    sqlite3_stmt *st = db_stmt(private_db, "UPDATE applications SET state = ?2 WHERE id = ?1");
    sqlite3_bind_int64(st, 1, application_id);
    sqlite3_bind_text(st, 2, app_state_code(state), -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE && sqlite3_changes(private_db) == 1 ? 0 : -1;
}

/* Increments one counter row with STMT (?1, ?2 bound by the caller); 0 on failure. */
static int next_seq(sqlite3_stmt *st)
{
    int seq = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_reset(st);
    return seq;
}

int application_next_number(struct arena *arena, sqlite3 *private_db, long long agency_id,
                            const char *agency_code, int year, struct application_number *out)
{
    sqlite3_stmt *st = db_stmt(private_db,
        "INSERT INTO application_counters (year, last_seq) VALUES (?1, 1) "
        "ON CONFLICT (year) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq");
    sqlite3_bind_int(st, 1, year);
    out->seq = next_seq(st);
    st = db_stmt(private_db,
        "INSERT INTO agency_application_counters (agency_id, year, last_seq) VALUES (?1, ?2, 1) "
        "ON CONFLICT (agency_id, year) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq");
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, year);
    out->agency_seq = next_seq(st);
    out->year = year;
    if (out->seq <= 0 || out->agency_seq <= 0 || !agency_code || !*agency_code)
        return -1;
    char *code = arena_strdup(arena, agency_code);
    for (char *c = code; *c; c++)
        if (*c >= 'a' && *c <= 'z')
            *c = (char)(*c - 'a' + 'A');
    out->number = arena_printf(arena, "%s-%04d-%06d", code, year, out->agency_seq);
    return 0;
}

/* ------------------------------------------------------------ time */

void beijing_today_iso(char out[11])
{
    int t = today_yyyymmdd();
    day_format_iso(day_from_ymd(t / 10000, t / 100 % 100, t % 100), out);
}

void utc_now_iso(char out[21])
{
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

const char *beijing_time_label(struct arena *arena, const char *utc_iso)
{
    int y, mo, d, h, mi, s;
    if (!utc_iso || sscanf(utc_iso, "%4d-%2d-%2dT%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &s) != 6)
        return "";
    long minutes = (long)day_from_ymd(y, mo, d) * 1440 + h * 60 + mi + 8 * 60;
    int day = (int)(minutes / 1440);
    day_to_ymd(day, &y, &mo, &d);
    return arena_printf(arena, "%04d-%02d-%02d %02ld:%02ld", y, mo, d,
                        (minutes % 1440) / 60, minutes % 60);
}

const char *date_label_zh(struct arena *arena, const char *iso_day)
{
    int day, y, m, d;
    if (!iso_day || !day_parse_iso(iso_day, &day))
        return "";
    day_to_ymd(day, &y, &m, &d);
    return arena_printf(arena, "%d年%d月%d日", y, m, d);
}

/* ------------------------------------------------------------ masks */

/* Byte offsets of each UTF-8 code point start; returns the count. */
static size_t code_points(const char *s, size_t *starts, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; s[i]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80 && n < max)
            starts[n++] = i;
    return n;
}

/* Keeps HEAD code points and TAIL code points, one '*' for each in between. */
static const char *mask_middle(struct arena *arena, const char *s, size_t head, size_t tail)
{
    enum { MAX_POINTS = 1024 };
    size_t starts[MAX_POINTS];
    size_t n = code_points(s ? s : "", starts, MAX_POINTS);
    if (n == 0)
        return "";
    if (head + tail >= n)
        head = 0, tail = n > 1 ? 1 : 0;
    struct buf b;
    buf_init(&b, arena);
    buf_append(&b, s, head ? starts[head] : 0);
    for (size_t i = head; i < n - tail; i++)
        buf_putc(&b, '*');
    if (tail)
        buf_puts(&b, s + starts[n - tail]);
    return b.data;
}

const char *mask_name(struct arena *arena, const char *name)
{
    size_t starts[2];
    size_t n = code_points(name ? name : "", starts, 2);
    if (n < 2)
        return n ? "*" : "";
    return mask_middle(arena, name, 1, 0);
}

const char *mask_phone(struct arena *arena, const char *phone)
{
    return mask_middle(arena, phone, 3, 4);
}

const char *mask_id_number(struct arena *arena, const char *id)
{
    size_t len = strlen(id ? id : "");
    return len >= 15 ? mask_middle(arena, id, 4, 4) : mask_middle(arena, id, 2, 2);
}
