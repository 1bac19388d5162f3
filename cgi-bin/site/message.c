/* Messages (互动交流): kinds, states, deadlines, numbers, history; see message.h. */
#include "message.h"

#include <stdlib.h>
#include <string.h>

#include "agency.h"
#include "app.h"
#include "application.h"
#include "db.h"
#include "log.h"
#include "validate.h"
#include "workdays.h"

const struct field_choice message_kinds[] = {
    { "consult", "咨询" }, { "suggest", "建议" }, { "complain", "投诉" }, { "error", "找错" },
    { NULL, NULL } };

static const char *label_or_code(const struct field_choice *choices, const char *code)
{
    const char *label = field_choice_label(choices, code);
    return label ? label : code;
}

const char *message_kind_label(const char *code)
{
    return label_or_code(message_kinds, code);
}

const char *message_state_label(const char *code)
{
    static const struct field_choice states[] = {
        { "open", "待答复" }, { "replied", "已答复" }, { "refused", "不予受理" }, { NULL, NULL } };
    return label_or_code(states, code);
}

const char *message_event_label(const char *kind)
{
    static const struct field_choice kinds[] = {
        { "submitted", "提交留言" }, { "assigned", "分派经办人" }, { "transferred", "转交其他机关办理" },
        { "replied", "答复" }, { "refused", "不予受理" }, { "note", "内部备注" },
        { "published", "公开发布" }, { "unpublished", "撤下公开" }, { NULL, NULL } };
    return label_or_code(kinds, kind);
}

int message_reply_days(struct request *req, long long agency_id, const char *kind)
{
    const char *key = arena_printf(req->arena, "message_days_%s", kind);
    const char *value = agency_id ? agency_setting(req, agency_id, key)
                                  : db_setting(req->arena, req->app->content_db, key);
    int days = atoi(value);
    return days >= 1 && days <= MESSAGE_MAX_DAYS ? days : MESSAGE_DEFAULT_DAYS;
}

const char *message_due_on(struct request *req, long long agency_id, const char *kind,
                           const char *received_on)
{
    struct calendar cal;
    int day;
    if (!day_parse_iso(received_on, &day) || calendar_load(req->arena, req->app->content_db, &cal) != 0)
        return received_on;
    char *due = arena_alloc(req->arena, 11);
    day_format_iso(calendar_add_workdays(&cal, day, message_reply_days(req, agency_id, kind), NULL), due);
    return due;
}

int message_workdays_between(const struct calendar *cal, const char *received_on, const char *replied_on)
{
    int from, to;
    if (!day_parse_iso(received_on, &from) || !day_parse_iso(replied_on, &to))
        return -1;
    return calendar_workdays_between(cal, from, to, NULL);
}

const char *message_next_number(struct request *req, int year, int *seq)
{
    sqlite3 *db = req->app->private_db;
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO message_counters (year, seq) VALUES (?1, 1) "
        "ON CONFLICT (year) DO UPDATE SET seq = seq + 1 RETURNING seq");
    sqlite3_bind_int(st, 1, year);
    bool ok = sqlite3_step(st) == SQLITE_ROW;
    *seq = ok ? (int)db_int(st, 0) : 0;
    sqlite3_reset(st);
    return ok ? arena_printf(req->arena, "LY-%d-%06d", year, *seq) : NULL;
}

int message_add_event(sqlite3 *private_db, long long message_id, const char *kind, const char *text,
                      bool internal, long long user_id)
{
    sqlite3_stmt *st = db_stmt(private_db,
        "INSERT INTO message_events (message_id, kind, text, internal, user_id) VALUES (?1, ?2, ?3, ?4, ?5)");
    sqlite3_bind_int64(st, 1, message_id);
    sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, text, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 4, internal);
    db_bind_id_or_null(st, 5, user_id);
    return db_run(private_db, st, "message_event");
}

int message_link_count(const char *text)
{
    static const char *const starts[] = { "http://", "https://", "www." };
    int count = 0;
    for (const char *p = text; *p; p++)
        for (size_t i = 0; i < sizeof starts / sizeof starts[0]; i++)
            if (strncasecmp(p, starts[i], strlen(starts[i])) == 0) {
                count++;
                p += strlen(starts[i]) - 1;   /* "https://www." is one address */
                while (p[1] && p[1] != ' ' && p[1] != '\n' && p[1] != '\t')
                    p++;
                break;
            }
    return count;
}

const char *message_page_path_problem(const char *path)
{
    size_t len = strlen(path);
    if (len == 0)
        return NULL;
    if (path[0] != '/' || path[1] == '/' || path[1] == '\\' || strchr(path, '\\')
        || !text_line_valid(path, len))
        return "出错页面应为本网站的页面地址（以“/”开头），请从出错页面底部的“我为政府网站找错”进入。";
    return NULL;
}

/* ---- the public monthly statistics (content.db message_stats) ---- */

struct month_stat {
    long long owner;
    char month[8];
    long long received, answered, on_time, workdays;
};

struct stats {
    struct month_stat *rows;
    size_t count, cap;
};

static struct month_stat *stat_for(struct arena *a, struct stats *s, long long owner, const char *day)
{
    for (size_t i = 0; i < s->count; i++)
        if (s->rows[i].owner == owner && strncmp(s->rows[i].month, day, 7) == 0)
            return &s->rows[i];
    s->rows = arena_array_reserve(a, s->rows, s->count, &s->cap, sizeof *s->rows, 16);
    struct month_stat *r = &s->rows[s->count++];
    memset(r, 0, sizeof *r);
    r->owner = owner;
    memcpy(r->month, day, 7);
    return r;
}

/* Every agency's messages but refused ones (abuse and spam), by month of receipt there. */
static void count_messages(struct arena *a, sqlite3 *private_db, const struct calendar *cal, struct stats *s)
{
    sqlite3_stmt *st = db_stmt(private_db,
        "SELECT agency_id, received_on, state, coalesce(replied_on, ''), due_on FROM messages "
        "WHERE agency_id IS NOT NULL AND state <> 'refused' AND length(received_on) = 10");
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct month_stat *r = stat_for(a, s, db_int(st, 0), db_text(a, st, 1));
        r->received++;
        const char *replied = db_text(a, st, 3);
        if (strcmp(db_text(a, st, 2), "replied") != 0 || !*replied)
            continue;
        r->answered++;
        r->on_time += strcmp(replied, db_text(a, st, 4)) <= 0;
        int days = message_workdays_between(cal, db_text(a, st, 1), replied);
        r->workdays += days > 0 ? days : 0;
    }
    sqlite3_reset(st);
}

static bool computed(const struct stats *s, long long owner, const char *month)
{
    for (size_t i = 0; i < s->count; i++)
        if (s->rows[i].owner == owner && strcmp(s->rows[i].month, month) == 0)
            return true;
    return false;
}

static int store_stats(struct arena *a, sqlite3 *db, const struct stats *s)
{
    sqlite3_stmt *up = db_stmt(db,
        "INSERT INTO message_stats (owner_id, month, received, answered, on_time, workdays_sum) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (owner_id, month) DO UPDATE SET "
        "received = excluded.received, answered = excluded.answered, on_time = excluded.on_time, "
        "workdays_sum = excluded.workdays_sum WHERE (received, answered, on_time, workdays_sum) IS NOT "
        "(excluded.received, excluded.answered, excluded.on_time, excluded.workdays_sum)");
    for (size_t i = 0; i < s->count; i++) {
        const struct month_stat *r = &s->rows[i];
        sqlite3_bind_int64(up, 1, r->owner);
        sqlite3_bind_text(up, 2, r->month, -1, SQLITE_STATIC);
        sqlite3_bind_int64(up, 3, r->received);
        sqlite3_bind_int64(up, 4, r->answered);
        sqlite3_bind_int64(up, 5, r->on_time);
        sqlite3_bind_int64(up, 6, r->workdays);
        if (db_run(db, up, "message_stats") != 0)
            return -1;
    }
    sqlite3_stmt *old = db_stmt(db, "SELECT owner_id, month FROM message_stats");
    sqlite3_stmt *del = db_stmt(db, "DELETE FROM message_stats WHERE owner_id = ?1 AND month = ?2");
    while (sqlite3_step(old) == SQLITE_ROW) {
        const char *month = db_text(a, old, 1);
        if (computed(s, db_int(old, 0), month))
            continue;
        sqlite3_bind_int64(del, 1, db_int(old, 0));
        sqlite3_bind_text(del, 2, month, -1, SQLITE_STATIC);
        db_run(db, del, "message_stats");
    }
    sqlite3_reset(old);
    return 0;
}

int message_stats_recompute(struct arena *a, sqlite3 *private_db, sqlite3 *content_db)
{
    struct calendar cal;
    struct stats s = { 0 };
    if (calendar_load(a, content_db, &cal) != 0)
        return -1;
    count_messages(a, private_db, &cal, &s);
    if (db_begin(content_db, "message_stats") != SQLITE_OK)
        return -1;
    if (store_stats(a, content_db, &s) != 0 || db_commit(content_db) != SQLITE_OK) {
        db_rollback(content_db);
        return -1;
    }
    return 0;
}
