/* What staff do with a message (issue 12): assign, reply, refuse (abuse or
 * spam, with a reason), internal notes, transfer to another agency (the
 * clock restarts there and the writer's history says so), and publication:
 * only with the writer's consent, only the question and answer as staff
 * edited them (no name, phone or e-mail) are copied into content.db. A
 * reply, transfer or refusal queues the writer's notices in its transaction
 * (message_notices.c); a failed notice can be sent again. Every action is
 * audited. Also the monthly statistics copied to content.db, the
 * reply days per kind (agency settings) and the three-month warning of the
 * dashboard and /admin/oversight. */
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
#include "notice.h"
#include "staff.h"
#include "tmpl.h"
#include "validate.h"

struct message_action {
    const char *name, *label;
    const struct field *fields;
    size_t count;
    bool (*allowed)(const struct message_record *m);
    /* Runs inside the private.db transaction; NULL or a Chinese message. */
    const char *(*run)(struct request *req, const struct message_record *m, const struct form *form);
};

static bool is_open(const struct message_record *m) { return strcmp(m->state, "open") == 0; }
static bool always(const struct message_record *m) { (void)m; return true; }
static bool transferable(const struct message_record *m) { return is_open(m) && m->agency_id; }
static bool publishable(const struct message_record *m)
{
    return strcmp(m->state, "replied") == 0 && m->consent && m->agency_id && strcmp(m->kind, "error") != 0;
}
static bool unpublishable(const struct message_record *m) { return m->published; }

static long long me(struct request *req) { return current_staff(req)->id; }

/* 0, -1 on a database error, 1 when no row changed: the message is no
 * longer in the state the action was offered in. */
static int run_update(struct request *req, sqlite3_stmt *st, long long id)
{
    sqlite3_bind_int64(st, 1, id);
    if (db_run(req->app->private_db, st, "message_action") != 0)
        return -1;
    return sqlite3_changes(req->app->private_db) ? 0 : 1;
}

static const char handled_meanwhile[] = "这条留言刚刚已被他人处理，操作未执行，请查看页面上的最新状态。";

/* The problem of a failed run_update (RC != 0). */
static const char *update_problem(int rc)
{
    return rc > 0 ? handled_meanwhile : "";
}

/* ---- assign ---- */

static const struct field assign_fields[] = { { "user", "经办人", FIELD_UINT, 18, true, NULL, 0, 0 } };

/* True when USER may handle messages of AGENCY_ID (0: a platform administrator). */
static bool may_handle(struct request *req, long long user, long long agency_id)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT 1 FROM users u WHERE u.id = ?1 AND u.active = 1 AND (CASE WHEN ?2 = 0 "
        "THEN EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'admin') "
        "ELSE EXISTS (SELECT 1 FROM user_agency_roles r WHERE r.user_id = u.id AND r.agency_id = ?2 "
        "AND r.role = 'handler') END)");
    sqlite3_bind_int64(st, 1, user);
    sqlite3_bind_int64(st, 2, agency_id);
    bool ok = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_reset(st);
    return ok;
}

static const char *run_assign(struct request *req, const struct message_record *m, const struct form *form)
{
    long long user = strtoll(form_value(form, "user"), NULL, 10);
    if (!may_handle(req, user, m->agency_id))
        return "所选人员不是本机关的经办人。";
    sqlite3_stmt *st = db_stmt(req->app->private_db, "UPDATE messages SET assigned_to = ?2 WHERE id = ?1");
    sqlite3_bind_int64(st, 2, user);
    if (run_update(req, st, m->id) != 0 || message_add_event(req->app->private_db, m->id, "assigned", "",
                                                               true, me(req)) != 0)
        return "";
    return NULL;
}

/* ---- reply, refuse, note ---- */

static const struct field reply_fields[] = { { "reply_text", "答复内容", FIELD_TEXTAREA, 4000, true, NULL, 0, 0 } };

static const char *run_reply(struct request *req, const struct message_record *m, const struct form *form)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "UPDATE messages SET state = 'replied', reply_text = ?2, replied_on = ?3, "
        "assigned_to = coalesce(assigned_to, ?4) WHERE id = ?1 AND state = 'open'");
    sqlite3_bind_text(st, 2, form_value(form, "reply_text"), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, shanghai_today_iso(req->arena), -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 4, me(req));
    int rc = run_update(req, st, m->id);
    if (rc)
        return update_problem(rc);
    if (message_add_event(req->app->private_db, m->id, "replied", "", false, me(req)) != 0
        || message_notice_queue(req, m->id, "message_replied", form_value(form, "reply_text"), "") != 0)
        return "";
    return NULL;
}

static const struct field refuse_fields[] = { { "reason", "不予受理的理由", FIELD_TEXT, 200, true, NULL, 0, 0 } };

static const char *run_refuse(struct request *req, const struct message_record *m, const struct form *form)
{
    const char *reason = form_value(form, "reason");
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "UPDATE messages SET state = 'refused', refusal_reason = ?2 WHERE id = ?1 AND state = 'open'");
    sqlite3_bind_text(st, 2, reason, -1, SQLITE_STATIC);
    int rc = run_update(req, st, m->id);
    if (rc)
        return update_problem(rc);
    if (message_add_event(req->app->private_db, m->id, "refused", reason, false, me(req)) != 0
        || message_notice_queue(req, m->id, "message_refused", reason, "") != 0)
        return "";
    return NULL;
}

static const struct field note_fields[] = { { "note", "内部备注", FIELD_TEXTAREA, 1000, true, NULL, 0, 0 } };

static const char *run_note(struct request *req, const struct message_record *m, const struct form *form)
{
    return message_add_event(req->app->private_db, m->id, "note", form_value(form, "note"), true, me(req))
        ? "" : NULL;
}

/* ---- transfer ---- */

static const struct field transfer_fields[] = {
    { "to_agency", "转交给", FIELD_TEXT, AGENCY_CODE_MAX, true, NULL, 0, 0 },
    { "transfer_reason", "转交原因", FIELD_TEXT, 200, true, NULL, 0, 0 },
};

static const char *run_transfer(struct request *req, const struct message_record *m, const struct form *form)
{
    struct agency to, from;
    if (!agency_by_code(req, form_value(form, "to_agency"), &to) || to.id == m->agency_id)
        return "请从列表中选择本平台上的另一个机关。";
    agency_by_id(req, m->agency_id, &from);
    const char *today = shanghai_today_iso(req->arena);
    const char *due = message_due_on(req, to.id, m->kind, today);
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "UPDATE messages SET agency_id = ?2, received_on = ?3, due_on = ?4, assigned_to = NULL "
        "WHERE id = ?1 AND state = 'open'");
    sqlite3_bind_int64(st, 2, to.id);
    sqlite3_bind_text(st, 3, today, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, due, -1, SQLITE_STATIC);
    const char *text = arena_printf(req->arena, "由%s转交%s办理（%s）。答复期限自%s起重新计算，至%s。",
                                    from.name, to.name, form_value(form, "transfer_reason"), today, due);
    int rc = run_update(req, st, m->id);
    if (rc)
        return update_problem(rc);
    if (message_add_event(req->app->private_db, m->id, "transferred", text, false, me(req)) != 0
        || message_notice_queue(req, m->id, "message_transferred", form_value(form, "transfer_reason"),
                                from.name) != 0)
        return "";
    return NULL;
}

/* ---- 重新发送 a failed notice (issue 13) ---- */

static const struct field resend_fields[] = { { "notice_id", "通知", FIELD_UINT, 18, true, NULL, 0, 0 } };

static const char *run_resend(struct request *req, const struct message_record *m, const struct form *form)
{
    int rc = notice_requeue(req->app->private_db, strtoll(form_value(form, "notice_id"), NULL, 10), 0, m->id);
    if (rc < 0)
        return "";
    return rc ? NULL : "这条通知不是发送失败的状态（可能已经重新发送），请查看页面上的最新状态。";
}

/* ---- publish, unpublish ---- */

static const struct field publish_fields[] = {
    { "pub_subject", "公开的标题", FIELD_TEXT, 50, true, NULL, 0, 0 },
    { "pub_question", "公开的问题", FIELD_TEXTAREA, 2000, true, NULL, 0, 0 },
    { "pub_answer", "公开的答复", FIELD_TEXTAREA, 4000, true, NULL, 0, 0 },
};

/* The published text must carry no personal data (the writer's name, phone or
 * e-mail, or anybody's ID number, mobile number or e-mail address): the
 * reason goes beside the field that has it; true when one was found. */
static bool personal_data_left(struct request *req, const struct message_record *m, struct form *form)
{
    bool found = false;
    for (size_t f = 0; f < sizeof publish_fields / sizeof publish_fields[0]; f++) {
        enum personal_data kind = personal_data_in(form_value(form, publish_fields[f].name), m->name, m->phone,
                                                   m->email);
        if (kind == PERSONAL_NONE)
            continue;
        form_set_error(form, publish_fields[f].name, kind == PERSONAL_OWN
            ? "公开的内容中仍有写信人的姓名、电话或电子邮箱，请删去后再公开。"
            : arena_printf(req->arena, "公开的内容中有%s，请删去后再公开。", personal_data_label(kind)));
        found = true;
    }
    return found;
}

static const char *run_publish(struct request *req, const struct message_record *m, const struct form *form)
{
    sqlite3 *content = req->app->content_db;
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "UPDATE messages SET published = 1, published_subject = ?2, published_question = ?3, "
        "published_answer = ?4 WHERE id = ?1");
    for (int i = 0; i < 3; i++)
        sqlite3_bind_text(st, 2 + i, form->values[i], -1, SQLITE_STATIC);
    if (run_update(req, st, m->id) != 0
        || message_add_event(req->app->private_db, m->id, "published", "", false, me(req)) != 0)
        return "";
    sqlite3_stmt *ins = db_stmt(content,
        "INSERT INTO published_messages (id, owner_id, kind, subject, question, answer, asked_on, answered_on) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (id) DO UPDATE SET owner_id = excluded.owner_id, "
        "subject = excluded.subject, question = excluded.question, answer = excluded.answer, "
        "answered_on = excluded.answered_on");
    sqlite3_bind_int64(ins, 1, m->id);
    sqlite3_bind_int64(ins, 2, m->agency_id);
    sqlite3_bind_text(ins, 3, m->kind, -1, SQLITE_STATIC);
    for (int i = 0; i < 3; i++)
        sqlite3_bind_text(ins, 4 + i, form->values[i], -1, SQLITE_STATIC);
    sqlite3_bind_text(ins, 7, arena_strndup(req->arena, beijing_time_label(req->arena, m->submitted_at), 10),
                      -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(ins, 8, m->replied_on, -1, SQLITE_STATIC);
    if (db_begin(content, "message_publish") != SQLITE_OK || db_run(content, ins, "message_publish") != 0
        || db_commit(content) != SQLITE_OK) {
        db_rollback(content);
        return "";
    }
    return NULL;
}

static const char *run_unpublish(struct request *req, const struct message_record *m, const struct form *form)
{
    (void)form;
    sqlite3 *content = req->app->content_db;
    sqlite3_stmt *st = db_stmt(req->app->private_db, "UPDATE messages SET published = 0 WHERE id = ?1");
    sqlite3_stmt *del = db_stmt(content, "DELETE FROM published_messages WHERE id = ?1");
    sqlite3_bind_int64(del, 1, m->id);
    if (run_update(req, st, m->id) != 0
        || message_add_event(req->app->private_db, m->id, "unpublished", "", false, me(req)) != 0
        || db_begin(content, "message_unpublish") != SQLITE_OK || db_run(content, del, "message_unpublish") != 0
        || db_commit(content) != SQLITE_OK) {
        db_rollback(content);
        return "";
    }
    return NULL;
}

#define FIELDS(f) f, sizeof f / sizeof f[0]
static const struct message_action actions[] = {
    { "assign", "分派经办人", FIELDS(assign_fields), is_open, run_assign },
    { "reply", "答复", FIELDS(reply_fields), is_open, run_reply },
    { "refuse", "不予受理（辱骂、广告等）", FIELDS(refuse_fields), is_open, run_refuse },
    { "note", "添加内部备注", FIELDS(note_fields), always, run_note },
    { "transfer", "转交其他机关", FIELDS(transfer_fields), transferable, run_transfer },
    { "publish", "公开发布", FIELDS(publish_fields), publishable, run_publish },
    { "unpublish", "撤下公开", NULL, 0, unpublishable, run_unpublish },
    { "resend", "重新发送通知", FIELDS(resend_fields), always, run_resend },
};
enum { ACTION_COUNT = sizeof actions / sizeof actions[0] };

static const struct message_action *action_named(const char *name)
{
    for (int i = 0; i < ACTION_COUNT; i++)
        if (strcmp(actions[i].name, name) == 0)
            return &actions[i];
    return NULL;
}

/* ---- the forms on the message's page ---- */

static void add_handlers(struct request *req, struct tmpl_dict *d, const struct message_record *m)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT DISTINCT u.id, coalesce(nullif(u.display_name, ''), u.name) FROM users u "
        "LEFT JOIN user_agency_roles r ON r.user_id = u.id AND r.agency_id = ?1 AND r.role = 'handler' "
        "LEFT JOIN user_roles p ON p.user_id = u.id AND p.role = 'admin' "
        "WHERE u.active = 1 AND CASE WHEN ?1 = 0 THEN p.user_id IS NOT NULL ELSE r.user_id IS NOT NULL END "
        "ORDER BY u.name");
    sqlite3_bind_int64(st, 1, m->agency_id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *o = tmpl_add_section(d, "handler_options");
        tmpl_set_int(o, "value", db_int(st, 0));
        tmpl_set(o, "label", db_text(req->arena, st, 1));
        if (db_int(st, 0) == m->assigned_to)
            tmpl_show(o, "selected");
    }
    sqlite3_reset(st);
}

/* Defaults of the publish form: what the writer and staff wrote, to be edited. */
static void publish_defaults(struct form *form, const struct message_record *m)
{
    form->values[0] = *m->published_subject ? m->published_subject : m->subject;
    form->values[1] = *m->published_question ? m->published_question : m->body;
    form->values[2] = *m->published_answer ? m->published_answer : m->reply_text;
}

void message_actions_to_dict(struct request *req, struct tmpl_dict *d, const struct message_record *m,
                             const char *failed_action, const struct form *failed_form)
{
    for (int i = 0; i < ACTION_COUNT; i++) {
        const struct message_action *a = &actions[i];
        if (!a->allowed(m))
            continue;
        struct tmpl_dict *s = tmpl_add_section(d, arena_printf(req->arena, "action_%s", a->name));
        tmpl_set(s, "label", a->label);
        tmpl_set_int(s, "id", m->id);
        struct form form;
        if (failed_action && strcmp(failed_action, a->name) == 0 && failed_form) {
            form = *failed_form;
            tmpl_show(s, "open");
        } else {
            form_blank(req->arena, a->fields, a->count, &form);
            if (strcmp(a->name, "publish") == 0)
                publish_defaults(&form, m);
        }
        form_to_dict(&form, s);
        if (strcmp(a->name, "assign") == 0)
            add_handlers(req, s, m);
        if (strcmp(a->name, "transfer") == 0)
            application_agency_options(req, s, form_value(&form, "to_agency"), m->agency_id);
    }
    if (strcmp(m->state, "replied") == 0 && !m->consent)
        tmpl_show(d, "no_consent");
}

int message_action_submit(struct request *req)
{
    struct message_record m;
    int status = message_for_staff(req, req->path_ids[0], &m);
    if (status)
        return status;
    const struct message_action *act = action_named(req->path_args[1]);
    if (!act)
        return resp_error(req, 404, NULL);
    if (!act->allowed(&m))
        return resp_error(req, 409, strcmp(act->name, "publish") == 0 && !m.consent
            ? "写信人不同意公开，这条留言不能公开发布。"
            : "这条留言当前的状态不允许此操作（可能已被他人处理），请返回留言页面查看。");
    struct form form;
    form_read(req, act->fields, act->count, false, &form);
    if (form.error_count || (act->run == run_publish && personal_data_left(req, &m, &form)))
        return message_detail_render(req, &m, act->name, &form);
    sqlite3 *db = req->app->private_db;
    if (db_begin(db, "message_action") != SQLITE_OK)
        return resp_error(req, 503, "数据库繁忙，操作未执行，请稍后重试。");
    const char *problem = act->run(req, &m, &form);
    if (problem) {
        db_rollback(db);
        if (!*problem)
            return resp_error(req, 500, "操作未能保存，请稍后重试。");
        form_set_error(&form, act->count ? act->fields[0].name : "", problem);
        return message_detail_render(req, &m, act->name, &form);
    }
    audit(req, arena_printf(req->arena, "message.%s", act->name), arena_printf(req->arena, "message:%lld", m.id),
          arena_printf(req->arena, "%s %s", m.number, act->label));
    if (db_commit(db) != SQLITE_OK)
        return resp_error(req, 500, "操作未能保存，请稍后重试。");
    message_stats_refresh(req);
    if (strcmp(act->name, "transfer") == 0) {
        resp_redirect(req, 303, "/admin/messages?state=open");
        return 303;
    }
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/messages/%lld", m.id));
    return 303;
}
