/* 互动交流 (issue 12), the citizen's side of writing in: the form (咨询, 建议,
 * 投诉 to an agency chosen on it, preselected by ?agency=CODE; 找错 to the
 * platform administrator with ?kind=error&page=PATH from every page's
 * footer), its checks, and the durable submission: one transaction that
 * numbers and stores the message with its first history row, and only after
 * COMMIT a 303 to the receipt with the 查询码 in a signed cookie. The
 * protections are the application form's: CSRF, honeypot, idempotency key,
 * per-client rate limit. */
#include <stdlib.h>
#include <string.h>

#include "agency.h"
#include "app.h"
#include "application.h"
#include "application_agency.h"
#include "application_form.h"
#include "apply.h"
#include "crypto.h"
#include "csrf.h"
#include "db.h"
#include "form.h"
#include "log.h"
#include "message.h"
#include "notice_form.h"
#include "page.h"
#include "program.h"
#include "ratelimit.h"
#include "tmpl.h"

#define RECEIPT_COOKIE "msg_receipt"

/* "agency" and "page" depend on the kind: checked in check_across_fields. */
static const struct field message_fields[] = {
    { "kind", "留言类型", FIELD_CHOICE, 0, true, message_kinds, 0, 0 },
    { "agency", "写信对象", FIELD_TEXT, AGENCY_CODE_MAX, false, NULL, 0, 0 },
    { "page", "出错页面地址", FIELD_TEXT, 500, false, NULL, 0, 0 },
    { "subject", "标题", FIELD_TEXT, 50, true, NULL, 0, 0 },
    { "body", "留言内容", FIELD_TEXTAREA, 2000, true, NULL, 0, 0 },
    { "name", "姓名", FIELD_TEXT, 30, true, NULL, 0, 0 },
    { "phone", "联系电话", FIELD_PHONE, 30, true, NULL, 0, 0 },
    { "email", "电子邮箱", FIELD_EMAIL, 254, false, NULL, 0, 0 },
    /* Notices of the reply, a transfer or a refusal (issue 13), as on the application form. */
    NOTICE_CHOICE_FIELDS,
    { "consent", "同意公开", FIELD_CHECKBOX, 0, false, NULL, 0, 0 },
};
enum { MESSAGE_FIELD_COUNT = sizeof message_fields / sizeof message_fields[0] };

static bool is_error_report(const struct form *form)
{
    return strcmp(form_value(form, "kind"), "error") == 0;
}

static int render_form(struct request *req, const struct form *form, const char *key, const char *problem)
{
    struct page page;
    bool error_report = is_error_report(form);
    const char *title = error_report ? "我为政府网站找错" : "互动交流：我要写信";
    struct tmpl_dict *d = page_begin(&page, req, page_form_title(req->arena, title, form->error_count),
                                     "apply/message_form.tpl", NAV_NONE);
    page_breadcrumb(&page, title, NULL);
    tmpl_set(d, "csrf_token", csrf_token(req, "/"));
    tmpl_set(d, "heading", title);
    tmpl_show(d, error_report ? "error_report" : "to_agency");
    if (!error_report)
        application_agency_options(req, d, form_value(form, "agency"), 0);
    tmpl_set_int(d, "max_links", MESSAGE_MAX_LINKS);
    tmpl_set_int(d, "default_days", MESSAGE_DEFAULT_DAYS);
    application_form_to_dict(req, d, form, key, problem);
    notice_choice_to_dict(d, form, "答复通知", error_report
        ? "处理完毕时可以通知您（自愿选择）。通知只写留言编号和查询网址，不含查询码。"
        : "答复、转交其他机关办理或不予受理时可以通知您（自愿选择）。通知只写留言编号和查询网址，不含查询码。");
    return page_render(&page);
}

/* GET /apply/message[?agency=CODE | ?kind=error&page=PATH]. */
int message_form_page(struct request *req)
{
    struct form form;
    form_blank(req->arena, message_fields, MESSAGE_FIELD_COUNT, &form);
    const char *kind = params_get(&req->query, "kind");
    const char *code = params_get(&req->query, "agency");
    const char *path = params_get(&req->query, "page");
    if (kind && strcmp(kind, "error") == 0) {
        form.values[form_field_index(&form, "kind")] = "error";
        if (path && *path) {
            form.values[form_field_index(&form, "page")] = path;
            const char *problem = message_page_path_problem(path);
            if (problem)
                form_set_error(&form, "page", problem);
        }
    } else if (code && *code) {
        struct agency a;
        form.values[form_field_index(&form, "agency")] = code;
        if (!agency_by_code(req, code, &a))
            form_set_error(&form, "agency", "所选的机关不在本平台上，请从列表中重新选择写信对象。");
    }
    return render_form(req, &form, application_form_new_key(req), NULL);
}

/* The agency (for 咨询, 建议, 投诉) or the page (for 找错), and the links. */
static void check_across_fields(struct request *req, struct form *form, struct agency *agency)
{
    agency->id = 0;
    agency->code = "";
    if (is_error_report(form)) {
        const char *path = form_value(form, "page");
        const char *problem = *path ? message_page_path_problem(path) : "请填写出错页面的地址。";
        if (problem)
            form_set_error(form, "page", problem);
    } else if (*form_value(form, "kind")) {
        const char *code = form_value(form, "agency");
        if (!*code)
            form_set_error(form, "agency", "请选择写信对象（机关）。");
        else if (!agency_by_code(req, code, agency))
            form_set_error(form, "agency", "所选的机关不在本平台上，请从列表中重新选择写信对象。");
    }
    if (message_link_count(form_value(form, "body")) > MESSAGE_MAX_LINKS)
        form_set_error(form, "body", arena_printf(req->arena,
            "留言中的网址超过%d个。为防止垃圾信息，每条留言最多可包含%d个网址，请删去多余的网址后再提交。",
            MESSAGE_MAX_LINKS, MESSAGE_MAX_LINKS));
}

static long long message_by_key(sqlite3 *db, const char *key)
{
    sqlite3_stmt *st = db_stmt(db, "SELECT id FROM messages WHERE idempotency_key = ?1");
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    long long id = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : 0;
    sqlite3_reset(st);
    return id;
}

/* What insert_message stores (submission.c calls it inside the transaction). */
struct message_row {
    const struct form *form;
    const struct agency *agency;
    const char *key, *code_hash;
};

static int insert_message(struct request *req, const void *row, long long *id)
{
    const struct message_row *m = row;
    const struct form *form = m->form;
    const struct agency *agency = m->agency;
    const char *key = m->key, *code_hash = m->code_hash;
    sqlite3 *db = req->app->private_db;
    char today[11], now[21];
    beijing_today_iso(today);
    utc_now_iso(now);
    int seq;
    const char *number = message_next_number(req, atoi(today), &seq);
    if (!number)
        return -1;
    const char *kind = form_value(form, "kind");
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO messages (number, year, seq, agency_id, kind, subject, body, page_path, name, phone, "
        "email, consent, access_code_hash, idempotency_key, submitted_at, received_on, due_on, notify_email, "
        "notify_sms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)");
    sqlite3_bind_text(st, 1, number, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, atoi(today));
    sqlite3_bind_int(st, 3, seq);
    db_bind_id_or_null(st, 4, agency->id);
    sqlite3_bind_text(st, 5, kind, -1, SQLITE_STATIC);
    static const char *const text_fields[] = { "subject", "body", "page", "name", "phone", "email" };
    for (int i = 0; i < 6; i++)
        sqlite3_bind_text(st, 6 + i, form_value(form, text_fields[i]), -1, SQLITE_STATIC);
    /* A 找错 report is never published: its form asks no consent. */
    sqlite3_bind_int(st, 12, *form_value(form, "consent") && !is_error_report(form));
    sqlite3_bind_text(st, 13, code_hash, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 14, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 15, now, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 16, today, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 17, message_due_on(req, agency->id, kind, today), -1, SQLITE_TRANSIENT);
    struct notice_choice chosen = notice_choice_of(form);
    sqlite3_bind_int(st, 18, chosen.by_email);
    sqlite3_bind_int(st, 19, chosen.by_sms);
    if (db_run(db, st, "message_store") != 0)
        return -1;
    *id = sqlite3_last_insert_rowid(db);
    return message_add_event(db, *id, "submitted", "", false, 0);
}

static const char save_failed[] =
    "系统暂时无法保存您的留言（服务器内部错误），留言尚未提交成功。您填写的内容都已保留在下方，"
    "请稍后再次点击“提交留言”。";

/* A repeated submission (same idempotency key): the receipt again, the code
 * only if this browser still holds it; nothing is stored twice. */
static int receipt_again(struct request *req, long long id)
{
    struct receipt_ticket ticket;
    if (!code_ticket_read(req, RECEIPT_COOKIE, &ticket) || ticket.application_id != id)
        code_ticket_set(req, RECEIPT_COOKIE, id, NULL);
    log_event(LOG_INFO, "message_repeat", "id=%lld", id);
    resp_redirect(req, 303, "/apply/message/receipt");
    return 303;
}

static struct submission message_submission(void)
{
    return (struct submission){ "message_submit", "message", program_config.message_rate_per_hour,
                                "您在一小时内提交的留言已达上限，本次留言未被提交。", message_by_key, insert_message };
}

static int store_and_redirect(struct request *req, const struct form *form, const struct agency *agency,
                              const char *key)
{
    char code[13], hash[65];
    random_code(code, 12);
    sha256_hex(code, strlen(code), hash);
    struct submission s = message_submission();
    struct message_row row = { form, agency, key, hash };
    long long id;
    switch (submission_store(req, &s, key, &row, &id)) {
    case SUBMISSION_REPEAT:
        return receipt_again(req, id);
    case SUBMISSION_LIMITED:
        return 429;
    case SUBMISSION_FAILED:
        return render_form(req, form, key, save_failed);
    case SUBMISSION_STORED:
        break;
    }
    log_event(LOG_INFO, "message_submitted", "id=%lld agency=%s", id, *agency->code ? agency->code : "-");
    code_ticket_set(req, RECEIPT_COOKIE, id, code);
    resp_redirect(req, 303, "/apply/message/receipt");
    return 303;
}

int message_submit(struct request *req)
{
    struct submission s = message_submission();
    const char *key;
    long long existing;
    int refused = submission_open(req, &s, &key, &existing);
    if (refused)
        return refused;
    if (existing)
        return receipt_again(req, existing);
    struct form form;
    struct agency agency;
    form_read(req, message_fields, MESSAGE_FIELD_COUNT, false, &form);
    check_across_fields(req, &form, &agency);
    notice_choice_check(&form);
    if (form.error_count)
        return render_form(req, &form, key, NULL);
    return store_and_redirect(req, &form, &agency, key);
}

/* ------------------------------------------------------------ the receipt */

static bool add_receipt(struct request *req, struct tmpl_dict *d, long long id)
{
    struct arena *a = req->arena;
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT number, kind, subject, submitted_at, due_on, consent, coalesce(agency_id, 0), page_path, "
        "notify_email, notify_sms FROM messages WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        tmpl_set(d, "number", db_text(a, st, 0));
        tmpl_set(d, "kind", message_kind_label(db_text(a, st, 1)));
        tmpl_set(d, "subject", db_text(a, st, 2));
        tmpl_set(d, "submitted_at", beijing_time_label(a, db_text(a, st, 3)));
        tmpl_set(d, "due_on", date_label_zh(a, db_text(a, st, 4)));
        tmpl_show(d, db_int(st, 5) ? "consent" : "no_consent");
        const char *agency = application_agency_name(req, db_int(st, 6));
        tmpl_set(d, "addressee", *agency ? agency : "平台管理员（政务公开办）");
        if (*db_text(a, st, 7))
            tmpl_set(tmpl_add_section(d, "page"), "page_path", db_text(a, st, 7));
        tmpl_set(d, "notices", notice_choice_receipt(a, db_int(st, 8) == 1, db_int(st, 9) == 1,
                                                     "答复、转交其他机关办理或不予受理时",
                                                     "未选择：请凭留言编号和查询码到留言查询页面查看答复"));
    }
    sqlite3_reset(st);
    return found;
}

int message_receipt_page(struct request *req)
{
    struct receipt_ticket ticket;
    if (!code_ticket_read(req, RECEIPT_COOKIE, &ticket))
        return resp_error(req, 404, "回执只在提交留言后30分钟内、在提交留言的浏览器中可以查看。"
                                    "如需了解答复情况，请到“留言查询”输入留言编号和查询码。");
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, "留言回执", "apply/message_receipt.tpl", NAV_NONE);
    page_breadcrumb(&page, "互动交流", "/messages");
    page_breadcrumb(&page, "留言回执", NULL);
    if (!add_receipt(req, d, ticket.application_id)) {
        page_render(&page);
        return resp_error(req, 404, NULL);
    }
    if (*ticket.code)
        tmpl_set(tmpl_add_section(d, "code"), "access_code", ticket.code);
    else
        tmpl_show(d, "code_shown_before");
    resp_header(req, "Cache-Control", "no-store");
    return page_render(&page);
}
