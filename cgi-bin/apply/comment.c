/* 征集意见 (issue 12), the citizen's side: the comment form of a draft an
 * agency published for comment, taken only while the consultation is open
 * (from its start day to its end day, Beijing dates), and the durable
 * submission (submission.c: CSRF, honeypot, idempotency key, per-client
 * limit, receipt only after COMMIT). As for comments on drafts in practice,
 * the name and one way to reach the commenter (phone or e-mail) are asked
 * for, so that the agency can ask back; they stay in private.db. */
#include <stdlib.h>
#include <string.h>

#include "agency.h"
#include "app.h"
#include "application.h"
#include "application_form.h"
#include "apply.h"
#include "consultation.h"
#include "csrf.h"
#include "db.h"
#include "form.h"
#include "log.h"
#include "message.h"
#include "page.h"
#include "program.h"
#include "tmpl.h"

#define RECEIPT_COOKIE "comment_receipt"

static const struct field comment_fields[] = {
    { "consultation", "征集事项", FIELD_UINT, 18, true, NULL, 0, 0 },
    { "body", "意见内容", FIELD_TEXTAREA, COMMENT_MAX_CHARS, true, NULL, 0, 0 },
    { "name", "姓名", FIELD_TEXT, 30, true, NULL, 0, 0 },
    { "phone", "联系电话", FIELD_PHONE, 30, false, NULL, 0, 0 },
    { "email", "电子邮箱", FIELD_EMAIL, 254, false, NULL, 0, 0 },
};
enum { COMMENT_FIELD_COUNT = sizeof comment_fields / sizeof comment_fields[0] };

static const char closed_problem[] = "本次征集意见已于%s结束，不再接收意见，您的意见未能提交。"
                                     "结束后，起草机关将公布意见采纳情况。";
static const char upcoming_problem[] = "本次征集意见自%s开始，届时才能提交意见。";

/* Why C takes no comment today, or NULL while it is open. */
static const char *closed_reason(struct request *req, const struct consultation *c)
{
    if (c->phase == CONSULTATION_ENDED)
        return arena_printf(req->arena, closed_problem, date_label_zh(req->arena, c->ends_on));
    if (c->phase == CONSULTATION_UPCOMING)
        return arena_printf(req->arena, upcoming_problem, date_label_zh(req->arena, c->starts_on));
    return NULL;
}

static int render_form(struct request *req, const struct consultation *c, const struct form *form,
                       const char *key, const char *problem)
{
    struct agency ag;
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, page_form_title(req->arena, "提交意见", form->error_count),
                                     "apply/comment_form.tpl", NAV_NONE);
    bool agency_known = agency_by_id(req, c->owner_id, &ag);
    const char *page_url = agency_known ? agency_path(req, ag.code, arena_printf(req->arena,
                                                      "/consultations/%lld", c->id)) : "/consultations";
    page_breadcrumb(&page, "征集意见", "/consultations");
    page_breadcrumb(&page, c->title, page_url);
    page_breadcrumb(&page, "提交意见", NULL);
    tmpl_set(d, "csrf_token", csrf_token(req, "/"));
    tmpl_set(d, "title", c->title);
    tmpl_set(d, "agency_name", agency_known ? ag.name : "");
    tmpl_set(d, "page_url", page_url);
    tmpl_set(d, "starts_on", date_label_zh(req->arena, c->starts_on));
    tmpl_set(d, "ends_on", date_label_zh(req->arena, c->ends_on));
    tmpl_set_int(d, "max_links", MESSAGE_MAX_LINKS);
    tmpl_set_int(d, "max_chars", COMMENT_MAX_CHARS);
    bool closed = closed_reason(req, c) != NULL;
    tmpl_show(d, closed ? "closed" : "open");
    if (closed && *form_value(form, "body"))
        tmpl_show(d, "kept");
    application_form_to_dict(req, d, form, key, problem);
    return page_render(&page);
}

static bool consultation_of_form(struct request *req, const char *value, struct consultation *c)
{
    long long id = atoll(value);
    return id > 0 && consultation_published(req, id, c);
}

/* GET /apply/comment?consultation=ID. */
int comment_form_page(struct request *req)
{
    struct consultation c;
    const char *id = params_get(&req->query, "consultation");
    if (!id || !consultation_of_form(req, id, &c))
        return resp_error(req, 404, "没有这项公开征求意见的事项。请从“征集意见”栏目选择要提意见的草案。");
    struct form form;
    form_blank(req->arena, comment_fields, COMMENT_FIELD_COUNT, &form);
    form.values[0] = arena_printf(req->arena, "%lld", c.id);
    return render_form(req, &c, &form, application_form_new_key(req), closed_reason(req, &c));
}

static void check_across_fields(struct request *req, struct form *form)
{
    bool contact_typed = *form_value(form, "phone") || *form_value(form, "email");
    if (!contact_typed)
        form_set_error(form, "phone", "请至少填写联系电话或电子邮箱中的一项，以便起草机关就您的意见与您联系。");
    if (message_link_count(form_value(form, "body")) > MESSAGE_MAX_LINKS)
        form_set_error(form, "body", arena_printf(req->arena,
            "意见中的网址超过%d个。为防止垃圾信息，每条意见最多可包含%d个网址，请删去多余的网址后再提交。",
            MESSAGE_MAX_LINKS, MESSAGE_MAX_LINKS));
}

static long long comment_by_key(sqlite3 *db, const char *key)
{
    sqlite3_stmt *st = db_stmt(db, "SELECT id FROM consultation_comments WHERE idempotency_key = ?1");
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    long long id = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : 0;
    sqlite3_reset(st);
    return id;
}

struct comment_row {
    const struct form *form;
    const struct consultation *consultation;
    const char *key;
};

static int insert_comment(struct request *req, const void *row, long long *id)
{
    const struct comment_row *r = row;
    sqlite3 *db = req->app->private_db;
    char now[21];
    utc_now_iso(now);
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO consultation_comments (consultation_id, agency_id, body, name, phone, email, "
        "idempotency_key, submitted_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    sqlite3_bind_int64(st, 1, r->consultation->id);
    sqlite3_bind_int64(st, 2, r->consultation->owner_id);
    static const char *const text_fields[] = { "body", "name", "phone", "email" };
    for (int i = 0; i < 4; i++)
        sqlite3_bind_text(st, 3 + i, form_value(r->form, text_fields[i]), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 7, r->key, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 8, now, -1, SQLITE_TRANSIENT);
    if (db_run(db, st, "comment_store") != 0)
        return -1;
    *id = sqlite3_last_insert_rowid(db);
    return 0;
}

static struct submission comment_submission(void)
{
    return (struct submission){ "comment_submit", "comment", program_config.message_rate_per_hour,
                                "您在一小时内提交的意见已达上限，本次意见未被提交。", comment_by_key, insert_comment };
}

static int to_receipt(struct request *req, long long id)
{
    id_ticket_set(req, RECEIPT_COOKIE, id);
    resp_redirect(req, 303, "/apply/comment/receipt");
    return 303;
}

static const char save_failed[] =
    "系统暂时无法保存您的意见（服务器内部错误），意见尚未提交成功。您填写的内容都已保留在下方，"
    "请稍后再次点击“提交意见”。";

/* POST /apply/comment. */
int comment_submit(struct request *req)
{
    struct submission s = comment_submission();
    const char *key;
    long long id;
    int refused = submission_open(req, &s, &key, &id);
    if (refused)
        return refused;
    if (id)
        return to_receipt(req, id);   /* a repeat: the receipt again, nothing stored */
    struct form form;
    struct consultation c;
    form_read(req, comment_fields, COMMENT_FIELD_COUNT, false, &form);
    if (!consultation_of_form(req, form_value(&form, "consultation"), &c))
        return resp_error(req, 404, "没有这项公开征求意见的事项，意见未能提交。");
    const char *closed = closed_reason(req, &c);
    if (closed)
        return render_form(req, &c, &form, key, closed);
    check_across_fields(req, &form);
    if (form.error_count)
        return render_form(req, &c, &form, key, NULL);
    struct comment_row row = { &form, &c, key };
    switch (submission_store(req, &s, key, &row, &id)) {
    case SUBMISSION_REPEAT:
        return to_receipt(req, id);
    case SUBMISSION_LIMITED:
        return 429;
    case SUBMISSION_FAILED:
        return render_form(req, &c, &form, key, save_failed);
    case SUBMISSION_STORED:
        break;
    }
    log_event(LOG_INFO, "comment_submitted", "id=%lld consultation=%lld", id, c.id);
    return to_receipt(req, id);
}

/* GET /apply/comment/receipt: only in the browser that sent the comment, for 30 minutes. */
int comment_receipt_page(struct request *req)
{
    long long id = id_ticket_read(req, RECEIPT_COOKIE);
    struct arena *a = req->arena;
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT consultation_id, submitted_at, body FROM consultation_comments WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    bool found = id && sqlite3_step(st) == SQLITE_ROW;
    long long consultation_id = found ? db_int(st, 0) : 0;
    const char *submitted_at = found ? db_text(a, st, 1) : "", *body = found ? db_text(a, st, 2) : "";
    sqlite3_reset(st);
    struct consultation c;
    if (!found || !consultation_published(req, consultation_id, &c))
        return resp_error(req, 404, "回执只在提交意见后30分钟内、在提交意见的浏览器中可以查看。");
    struct agency ag;
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, "意见回执", "apply/comment_receipt.tpl", NAV_NONE);
    page_breadcrumb(&page, "征集意见", "/consultations");
    page_breadcrumb(&page, "意见回执", NULL);
    tmpl_set(d, "number", consultation_comment_number(req, id));
    tmpl_set(d, "title", c.title);
    tmpl_set(d, "submitted_at", beijing_time_label(a, submitted_at));
    tmpl_set(d, "ends_on", date_label_zh(a, c.ends_on));
    tmpl_set(d, "body", body);
    if (agency_by_id(req, c.owner_id, &ag)) {
        tmpl_set(d, "agency_name", ag.name);
        tmpl_set(d, "page_url", agency_path(req, ag.code, arena_printf(a, "/consultations/%lld", c.id)));
    }
    resp_header(req, "Cache-Control", "no-store");
    return page_render(&page);
}
