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

void message_stats_refresh(struct request *req)
{
    if (message_stats_recompute(req->arena, req->app->private_db, req->app->content_db) != 0)
        log_event(LOG_ERROR, "message_stats", "not stored");
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
