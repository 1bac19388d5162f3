/* 留言查询 (issue 12): the lookup by 留言编号 + 查询码 (POST only,
 * rate-limited, one answer for a wrong number or a wrong code, beside the
 * code with both kept) and what the writer sees: the agency now handling
 * the message, its state and due date, the reply or the reason it was
 * refused, and the history without staff's internal notes (a transfer to
 * another agency among it). */
#include <string.h>

#include "app.h"
#include "application.h"
#include "application_agency.h"
#include "apply.h"
#include "crypto.h"
#include "csrf.h"
#include "db.h"
#include "form.h"
#include "message.h"
#include "page.h"
#include "program.h"
#include "ratelimit.h"
#include "tmpl.h"

#define STATUS_COOKIE "msg_status"

static const struct field lookup_fields[] = {
    { "number", "留言编号", FIELD_TEXT, 40, true, NULL, 0, 0 },
    { "code", "查询码", FIELD_TEXT, 32, true, NULL, 0, 0 },
};

static struct tmpl_dict *status_begin(struct page *page, struct request *req)
{
    struct tmpl_dict *d = page_begin(page, req, "留言查询", "apply/message_status.tpl", NAV_NONE);
    page_breadcrumb(page, "互动交流", "/messages");
    page_breadcrumb(page, "留言查询", NULL);
    resp_header(req, "Cache-Control", "no-store");
    return d;
}

static int render_lookup(struct request *req, const struct form *form, const char *problem)
{
    struct page page;
    struct tmpl_dict *d = status_begin(&page, req);
    struct tmpl_dict *lookup = tmpl_add_section(d, "lookup");
    tmpl_set(lookup, "csrf_token", csrf_token(req, "/"));
    if (form)
        form_to_dict(form, lookup);
    if (problem)
        tmpl_set(tmpl_add_section(lookup, "problem"), "message", problem);
    return page_render(&page);
}

static long long message_by_number_and_code(struct request *req, const char *number, const char *code)
{
    return row_by_number_and_code(req, db_stmt(req->app->private_db,
        "SELECT id, access_code_hash FROM messages WHERE number = ?1"), number, code);
}

static void add_history(struct request *req, struct tmpl_dict *d, long long id)
{
    struct arena *a = req->arena;
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT at, kind, text FROM message_events WHERE message_id = ?1 AND internal = 0 "
        "AND kind NOT IN ('assigned') ORDER BY id");
    sqlite3_bind_int64(st, 1, id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "event");
        tmpl_set(row, "at", beijing_time_label(a, db_text(a, st, 0)));
        tmpl_set(row, "label", message_event_label(db_text(a, st, 1)));
        if (*db_text(a, st, 2))
            tmpl_set(tmpl_add_section(row, "text"), "text", db_text(a, st, 2));
    }
    sqlite3_reset(st);
}

static int render_status(struct request *req, long long id)
{
    struct arena *a = req->arena;
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT number, kind, subject, body, submitted_at, due_on, state, reply_text, coalesce(replied_on, ''), "
        "refusal_reason, coalesce(agency_id, 0), published, consent FROM messages WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_reset(st);
        return render_lookup(req, NULL, "查询已失效，请重新输入留言编号和查询码。");
    }
    struct page page;
    struct tmpl_dict *d = tmpl_add_section(status_begin(&page, req), "status");
    tmpl_set(d, "number", db_text(a, st, 0));
    tmpl_set(d, "kind", message_kind_label(db_text(a, st, 1)));
    tmpl_set(d, "subject", db_text(a, st, 2));
    tmpl_set(d, "body", db_text(a, st, 3));
    tmpl_set(d, "submitted_at", beijing_time_label(a, db_text(a, st, 4)));
    const char *state = db_text(a, st, 6);
    tmpl_set(d, "state", message_state_label(state));
    if (strcmp(state, "open") == 0)
        tmpl_set(tmpl_add_section(d, "open"), "due_on", date_label_zh(a, db_text(a, st, 5)));
    if (strcmp(state, "replied") == 0) {
        struct tmpl_dict *reply = tmpl_add_section(d, "reply");
        tmpl_set(reply, "reply_text", db_text(a, st, 7));
        tmpl_set(reply, "replied_on", date_label_zh(a, db_text(a, st, 8)));
    }
    if (strcmp(state, "refused") == 0)
        tmpl_set(tmpl_add_section(d, "refused"), "reason", db_text(a, st, 9));
    const char *agency = application_agency_name(req, db_int(st, 10));
    tmpl_set(d, "addressee", *agency ? agency : "平台管理员（政务公开办）");
    tmpl_show(d, db_int(st, 11) ? "published" : db_int(st, 12) ? "consent" : "no_consent");
    sqlite3_reset(st);
    add_history(req, d, id);
    return page_render(&page);
}

int message_status_page(struct request *req)
{
    if (!params_get(&req->query, "view"))
        return render_lookup(req, NULL, NULL);
    long long id = id_ticket_read(req, STATUS_COOKIE);
    if (!id)
        return render_lookup(req, NULL, "查询已超过30分钟或已失效，请重新输入留言编号和查询码。");
    return render_status(req, id);
}

int message_status_lookup(struct request *req)
{
    if (!csrf_check(req))
        return apply_csrf_failed(req);
    if (rate_limit_exceeded(req, req->app->private_db, "msg_status", program_config.status_rate_per_hour, 3600))
        return apply_too_many(req, "msg_status", "您在一小时内的查询次数已达上限。");
    struct form form;
    form_read(req, lookup_fields, 2, false, &form);
    if (form.error_count)
        return render_lookup(req, &form, NULL);
    long long id = message_by_number_and_code(req, form_value(&form, "number"), form_value(&form, "code"));
    if (!id) {
        form_set_error(&form, "code", "留言编号或查询码不正确，请核对回执后重新输入。");
        return render_lookup(req, &form, NULL);
    }
    id_ticket_set(req, STATUS_COOKIE, id);
    return render_status(req, id);
}
