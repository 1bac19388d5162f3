/* 互动交流 numbers (issue 12): the monthly statistics portal.fcgi shows
 * (computed here from private.db into content.db's message_stats, as the
 * public process cannot read private.db), the warning of messages near or
 * past three months unanswered (the inspection's single veto, 互动回应差) on
 * the dashboard and /admin/oversight, and the reply days per kind that an
 * agency's 审核人 sets (agency_settings message_days_KIND). */
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "agency.h"
#include "app.h"
#include "application.h"
#include "application_agency.h"
#include "application_staff.h"
#include "db.h"
#include "form.h"
#include "log.h"
#include "message.h"
#include "messages_admin.h"
#include "staff.h"
#include "tmpl.h"

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
static void count_messages(struct request *req, const struct calendar *cal, struct stats *s)
{
    struct arena *a = req->arena;
    sqlite3_stmt *st = db_stmt(req->app->private_db,
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

static int store_stats(struct request *req, const struct stats *s)
{
    sqlite3 *db = req->app->content_db;
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
        const char *month = db_text(req->arena, old, 1);
        if (computed(s, db_int(old, 0), month))
            continue;
        sqlite3_bind_int64(del, 1, db_int(old, 0));
        sqlite3_bind_text(del, 2, month, -1, SQLITE_STATIC);
        db_run(db, del, "message_stats");
    }
    sqlite3_reset(old);
    return 0;
}

void message_stats_refresh(struct request *req)
{
    struct calendar cal;
    struct stats s = { 0 };
    if (calendar_load(req->arena, req->app->content_db, &cal) != 0)
        return;
    count_messages(req, &cal, &s);
    sqlite3 *db = req->app->content_db;
    if (db_begin(db, "message_stats") != SQLITE_OK)
        return;
    if (store_stats(req, &s) != 0 || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        log_event(LOG_ERROR, "message_stats", "not stored");
    }
}

/* ---- the three-month warning ---- */

enum { NEAR_VETO_DAYS = 60, VETO_DAYS = 90 };

void message_veto_warning(struct request *req, struct tmpl_dict *d)
{
    bool platform = staff_has(req, ROLE_ADMIN);
    if (!platform && !staff_has(req, ROLE_HANDLER))
        return;
    char limit[11];
    day_format_iso(shanghai_today() - NEAR_VETO_DAYS, limit);
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT coalesce(agency_id, 0), count(*), min(received_on) FROM messages "
        "WHERE state = 'open' AND received_on <= ?1 AND (?2 OR agency_id = ?3) "
        "GROUP BY coalesce(agency_id, 0) ORDER BY min(received_on)");
    sqlite3_bind_text(st, 1, limit, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, platform);
    sqlite3_bind_int64(st, 3, staff_agency_id(req));
    struct tmpl_dict *box = NULL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (!box)
            box = tmpl_add_include(d, "message_warning", "admin/message_warning.tpl");
        struct tmpl_dict *row = tmpl_add_section(box, "agency");
        const char *name = application_agency_name(req, db_int(st, 0));
        int oldest = 0;
        day_parse_iso(db_text(req->arena, st, 2), &oldest);
        tmpl_set(row, "name", *name ? name : "平台（找错）");
        tmpl_set_int(row, "count", db_int(st, 1));
        tmpl_set_int(row, "days", shanghai_today() - oldest);
        if (shanghai_today() - oldest > VETO_DAYS)
            tmpl_show(row, "past_veto");
    }
    sqlite3_reset(st);
}

/* ---- reply days per kind ---- */

static const struct field days_fields[] = {
    { "days_consult", "咨询的答复期限（工作日）", FIELD_INT_RANGE, 2, true, NULL, 1, MESSAGE_MAX_DAYS },
    { "days_suggest", "建议的答复期限（工作日）", FIELD_INT_RANGE, 2, true, NULL, 1, MESSAGE_MAX_DAYS },
    { "days_complain", "投诉的答复期限（工作日）", FIELD_INT_RANGE, 2, true, NULL, 1, MESSAGE_MAX_DAYS },
};
enum { DAYS_FIELD_COUNT = 3 };
static const char *const day_kinds[DAYS_FIELD_COUNT] = { "consult", "suggest", "complain" };

static int render_settings(struct request *req, const struct form *form, bool saved)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "互动交流答复期限", "admin/message_settings.tpl");
    form_to_dict(form, d);
    if (saved)
        tmpl_show(d, "saved");
    return page_render(&page);
}

int message_settings_page(struct request *req)
{
    struct form form;
    form_blank(req->arena, days_fields, DAYS_FIELD_COUNT, &form);
    for (int i = 0; i < DAYS_FIELD_COUNT; i++)
        form.values[i] = arena_printf(req->arena, "%d", message_reply_days(req, staff_agency_id(req), day_kinds[i]));
    return render_settings(req, &form, params_get(&req->query, "saved") != NULL);
}

int message_settings_submit(struct request *req)
{
    struct form form;
    form_read(req, days_fields, DAYS_FIELD_COUNT, false, &form);
    if (form.error_count)
        return render_settings(req, &form, false);
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO agency_settings (agency_id, key, value) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (agency_id, key) DO UPDATE SET value = excluded.value WHERE value <> excluded.value");
    int rc = db_begin(db, "message_settings") == SQLITE_OK ? 0 : -1;
    for (int i = 0; rc == 0 && i < DAYS_FIELD_COUNT; i++) {
        sqlite3_bind_int64(st, 1, staff_agency_id(req));
        sqlite3_bind_text(st, 2, arena_printf(req->arena, "message_days_%s", day_kinds[i]), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 3, form.values[i], -1, SQLITE_STATIC);
        rc = db_run(db, st, "message_settings");
    }
    if (rc != 0 || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return resp_error(req, 500, "期限未能保存，请稍后重试。");
    }
    audit(req, "message.settings", arena_printf(req->arena, "agency:%lld", staff_agency_id(req)),
          arena_printf(req->arena, "consult %s suggest %s complain %s", form.values[0], form.values[1],
                       form.values[2]));
    resp_redirect(req, 303, "/admin/messages-settings?saved=1");
    return 303;
}
