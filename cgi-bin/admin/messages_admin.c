/* 互动交流 staff pages (issue 12): the inbox of the session's agency (and,
 * for the platform administrator, the platform's 找错 reports) with due
 * dates in working days and due-soon, overdue and near-three-months marks in
 * words, and the page of one message with its history and actions. Names
 * and phones are masked in the list, shown in full on the message. */
#include <string.h>

#include "admin.h"
#include "agency.h"
#include "app.h"
#include "application.h"
#include "application_staff.h"
#include "db.h"
#include "form.h"
#include "message.h"
#include "messages_admin.h"
#include "staff.h"
#include "tmpl.h"

enum { INBOX_LIMIT = 200, VETO_WARN_DAYS = 60 };

static const struct field_choice state_choices[] = {
    { "open", "待答复" }, { "replied", "已答复" }, { "refused", "不予受理" }, { "all", "全部" },
    { NULL, NULL } };

static const char **record_text(struct message_record *m, int i)
{
    const char **fields[] = {
        &m->number, &m->kind, &m->subject, &m->body, &m->page_path, &m->name, &m->phone, &m->email,
        &m->state, &m->submitted_at, &m->received_on, &m->due_on, &m->reply_text, &m->replied_on,
        &m->refusal_reason, &m->published_subject, &m->published_question, &m->published_answer,
        &m->assigned_name,
    };
    return fields[i];
}
enum { RECORD_TEXTS = 19 };

static int message_load(struct request *req, long long id, struct message_record *out)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT m.number, m.kind, m.subject, m.body, m.page_path, m.name, m.phone, m.email, m.state, "
        "m.submitted_at, m.received_on, m.due_on, m.reply_text, coalesce(m.replied_on, ''), m.refusal_reason, "
        "m.published_subject, m.published_question, m.published_answer, "
        "coalesce(nullif(u.display_name, ''), u.name, ''), m.id, coalesce(m.agency_id, 0), "
        "coalesce(m.assigned_to, 0), m.consent, m.published, m.notify_email, m.notify_sms "
        "FROM messages m LEFT JOIN users u ON u.id = m.assigned_to WHERE m.id = ?1");
    sqlite3_bind_int64(st, 1, id);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        for (int i = 0; i < RECORD_TEXTS; i++)
            *record_text(out, i) = db_text(req->arena, st, i);
        out->id = db_int(st, RECORD_TEXTS);
        out->agency_id = db_int(st, RECORD_TEXTS + 1);
        out->assigned_to = db_int(st, RECORD_TEXTS + 2);
        out->consent = db_int(st, RECORD_TEXTS + 3) != 0;
        out->published = db_int(st, RECORD_TEXTS + 4) != 0;
        out->notify_email = db_int(st, RECORD_TEXTS + 5) == 1;
        out->notify_sms = db_int(st, RECORD_TEXTS + 6) == 1;
    }
    sqlite3_reset(st);
    return found ? 0 : 404;
}

int message_for_staff(struct request *req, long long id, struct message_record *out)
{
    if (message_load(req, id, out) != 0)
        return resp_error(req, 404, "没有这条留言。");
    const char *target = arena_printf(req->arena, "message:%lld", id);
    if (!out->agency_id)
        return staff_has(req, ROLE_ADMIN) ? 0 : staff_require_agency(req, 0, target);
    int status = staff_require_agency(req, out->agency_id, target);
    if (status == 0 && !staff_has(req, ROLE_HANDLER))
        return resp_error(req, 403, "办理本机关的留言需要经办人角色。");
    return status;
}

/* ---- the inbox ---- */

static const char *days_since_text(struct request *req, const char *received_on, int today)
{
    int day;
    if (!day_parse_iso(received_on, &day) || today - day < VETO_WARN_DAYS)
        return "";
    return arena_printf(req->arena, "已收到%d天未答复（超过3个月未答复属“互动回应差”单项否决）", today - day);
}

static void add_row(struct request *req, struct tmpl_dict *list, sqlite3_stmt *st, const struct calendar *cal)
{
    struct arena *a = req->arena;
    struct tmpl_dict *row = tmpl_add_section(list, "row");
    const char *state = db_text(a, st, 5), *due_on = db_text(a, st, 7);
    tmpl_set_int(row, "id", db_int(st, 0));
    tmpl_set(row, "number", db_text(a, st, 1));
    tmpl_set(row, "kind", message_kind_label(db_text(a, st, 2)));
    tmpl_set(row, "subject", db_text(a, st, 3));
    tmpl_set(row, "name", mask_name(a, db_text(a, st, 4)));
    tmpl_set(row, "state", message_state_label(state));
    tmpl_set(row, "received_on", db_text(a, st, 6));
    tmpl_set(row, "due_on", due_on);
    tmpl_set(row, "handler", *db_text(a, st, 8) ? db_text(a, st, 8) : "未分派");
    bool open = strcmp(state, "open") == 0, soon = false, overdue = false;
    if (open) {
        const char *due = application_due_text(req, cal, APP_RECEIVED, due_on, &soon, &overdue);
        struct tmpl_dict *mark = tmpl_add_section(row, overdue ? "overdue" : soon ? "due_soon" : "due");
        tmpl_set(mark, "text", due);
        const char *veto = days_since_text(req, db_text(a, st, 6), shanghai_today());
        if (*veto)
            tmpl_set(tmpl_add_section(row, "veto"), "text", veto);
    }
}

/* The rows of AGENCY_ID (0: the platform's) in STATE ("all" for every one). */
static long long add_list(struct request *req, struct tmpl_dict *section, long long agency_id, const char *state,
                          const struct calendar *cal)
{
    struct tmpl_dict *box = tmpl_add_include(section, "message_rows", "admin/message_rows.tpl");
    tmpl_set(box, "caption", agency_id ? "本机关的留言" : "找错报告");
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT m.id, m.number, m.kind, m.subject, m.name, m.state, m.received_on, m.due_on, "
        "coalesce(nullif(u.display_name, ''), u.name, '') FROM messages m LEFT JOIN users u ON u.id = m.assigned_to "
        "WHERE coalesce(m.agency_id, 0) = ?1 AND (?2 = 'all' OR m.state = ?2) "
        "ORDER BY m.state <> 'open', m.due_on, m.id LIMIT ?3");
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_text(st, 2, state, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 3, INBOX_LIMIT);
    long long n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        add_row(req, box, st, cal);
        n++;
    }
    sqlite3_reset(st);
    tmpl_show(box, n ? "has_rows" : "no_rows");
    return n;
}

int message_inbox_page(struct request *req)
{
    const char *state = params_get(&req->query, "state");
    if (!state || !field_choice_label(state_choices, state))
        state = "open";
    struct calendar cal;
    if (calendar_load(req->arena, req->app->content_db, &cal) != 0)
        return resp_error(req, 500, "无法读取工作日历。");
    message_stats_refresh(req);
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "互动交流", "admin/messages.tpl");
    for (const struct field_choice *c = state_choices; c->value; c++) {
        struct tmpl_dict *tab = tmpl_add_section(d, "tabs");
        tmpl_set(tab, "value", c->value);
        tmpl_set(tab, "label", c->label);
        if (strcmp(c->value, state) == 0)
            tmpl_show(tab, "current");
    }
    if (staff_has(req, ROLE_HANDLER) && staff_agency_id(req)) {
        struct tmpl_dict *box = tmpl_add_section(d, "agency_box");
        tmpl_set(box, "agency_name", current_staff(req)->agency_name);
        add_list(req, box, staff_agency_id(req), state, &cal);
    }
    if (staff_has(req, ROLE_ADMIN))
        add_list(req, tmpl_add_section(d, "platform_box"), 0, state, &cal);
    return page_render(&page);
}

/* ---- one message ---- */

static void add_history(struct request *req, struct tmpl_dict *d, long long id)
{
    struct arena *a = req->arena;
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT e.at, e.kind, e.text, e.internal, coalesce(nullif(u.display_name, ''), u.name, '写信人') "
        "FROM message_events e LEFT JOIN users u ON u.id = e.user_id WHERE e.message_id = ?1 ORDER BY e.id");
    sqlite3_bind_int64(st, 1, id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "event");
        tmpl_set(row, "at", beijing_time_label(a, db_text(a, st, 0)));
        tmpl_set(row, "label", message_event_label(db_text(a, st, 1)));
        tmpl_set(row, "text", db_text(a, st, 2));
        tmpl_set(row, "who", db_text(a, st, 4));
        if (db_int(st, 3))
            tmpl_show(row, "internal");
    }
    sqlite3_reset(st);
}

static void add_facts(struct request *req, struct tmpl_dict *d, const struct message_record *m)
{
    struct agency ag;
    tmpl_set_int(d, "id", m->id);
    tmpl_set(d, "number", m->number);
    tmpl_set(d, "kind", message_kind_label(m->kind));
    tmpl_set(d, "agency", m->agency_id && agency_by_id(req, m->agency_id, &ag) ? ag.name : "平台（找错）");
    tmpl_set(d, "state", message_state_label(m->state));
    tmpl_set(d, "subject", m->subject);
    tmpl_set(d, "body", m->body);
    tmpl_set(d, "name", m->name);
    tmpl_set(d, "phone", m->phone);
    tmpl_set(d, "email", *m->email ? m->email : "（未填写）");
    tmpl_set(d, "submitted_at", beijing_time_label(req->arena, m->submitted_at));
    tmpl_set(d, "received_on", m->received_on);
    tmpl_set(d, "due_on", m->due_on);
    tmpl_set(d, "handler", *m->assigned_name ? m->assigned_name : "未分派");
    tmpl_set(d, "consent", m->consent ? "同意公开" : "不同意公开");
    if (*m->page_path)
        tmpl_set(tmpl_add_section(d, "page"), "page_path", m->page_path);
    if (*m->replied_on)
        tmpl_set(tmpl_add_section(d, "reply"), "reply_text", m->reply_text);
    if (*m->refusal_reason)
        tmpl_set(tmpl_add_section(d, "refused"), "reason", m->refusal_reason);
    if (m->published && m->agency_id && agency_by_id(req, m->agency_id, &ag))
        tmpl_set(tmpl_add_section(d, "published"), "url", agency_path(req, ag.code,
                 arena_printf(req->arena, "/messages/%lld", m->id)));
}

int message_detail_render(struct request *req, const struct message_record *m, const char *failed_action,
                          const struct form *form)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, arena_printf(req->arena, "留言 %s", m->number),
                                           "admin/message.tpl");
    add_facts(req, d, m);
    if (strcmp(m->state, "open") == 0) {
        struct calendar cal;
        bool soon, overdue;
        if (calendar_load(req->arena, req->app->content_db, &cal) == 0)
            tmpl_set(d, "due_text", application_due_text(req, &cal, APP_RECEIVED, m->due_on, &soon, &overdue));
    }
    add_history(req, d, m->id);
    message_notices_to_dict(req, d, m);
    message_actions_to_dict(req, d, m, failed_action, form);
    return page_render(&page);
}

int message_detail_page(struct request *req)
{
    struct message_record m;
    int status = message_for_staff(req, req->path_ids[0], &m);
    return status ? status : message_detail_render(req, &m, NULL, NULL);
}
