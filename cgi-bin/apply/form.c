/* The application form (依申请公开, 条例 Art. 29): the fields declared once,
 * the checks across fields per applicant type, and the durable submission:
 * one transaction that stores the application and its 'submitted' event,
 * and only after COMMIT returns a 303 to the receipt. */
#include <string.h>

#include "app.h"
#include "application.h"
#include "application_form.h"
#include "apply.h"
#include "crypto.h"
#include "csrf.h"
#include "db.h"
#include "form.h"
#include "log.h"
#include "page.h"
#include "program.h"
#include "ratelimit.h"
#include "tmpl.h"

static const struct field apply_fields[] = {
    APPLICATION_FORM_FIELDS,
    { "declaration", "真实性声明", FIELD_CHECKBOX, 0, true, NULL, 0, 0 },
};
enum { APPLY_FIELD_COUNT = sizeof apply_fields / sizeof apply_fields[0] };

static int render_form(struct request *req, const struct form *form, const char *key,
                       const char *problem)
{
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, "依申请公开", "apply/form.tpl", NAV_APPLY);
    page_breadcrumb(&page, "依申请公开", NULL);
    tmpl_set(d, "csrf_token", csrf_token(req, "/"));
    application_form_to_dict(req, d, form, key, problem);
    return page_render(&page);
}

int apply_form_page(struct request *req)
{
    struct form form;
    form_blank(req->arena, apply_fields, APPLY_FIELD_COUNT, &form);
    return render_form(req, &form, application_form_new_key(req), NULL);
}

/* A repeat of a stored submission: the same receipt, with the code only if this browser has it. */
static int repeat_receipt(struct request *req, long long id)
{
    struct receipt_ticket ticket;
    if (!receipt_cookie_read(req, &ticket) || ticket.application_id != id)
        receipt_cookie_set(req, id, NULL);
    log_event(LOG_INFO, "application_repeat", "id=%lld", id);
    resp_redirect(req, 303, "/apply/receipt");
    return 303;
}

static int insert_application(struct request *req, const struct form *form, const char *key,
                              const char *code_hash, long long *id)
{
    sqlite3 *db = req->app->private_db;
    char today[11], now[21];
    beijing_today_iso(today);
    utc_now_iso(now);
    int year = (today[0] - '0') * 1000 + (today[1] - '0') * 100 + (today[2] - '0') * 10 + (today[3] - '0');
    int seq;
    const char *number = application_next_number(req->arena, db, year, &seq);
    if (!number)
        return -1;
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO applications (number, year, seq, access_code_hash, idempotency_key, applicant_type, "
        "name, id_type, id_number, work_unit, org_category, uscc, legal_rep, contact_name, phone, email, "
        "address, postcode, info_title, info_doc_no, info_description, info_purpose, medium, delivery, "
        "fee_waiver, submitted_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
        "?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26)");
    sqlite3_bind_text(st, 1, number, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, year);
    sqlite3_bind_int(st, 3, seq);
    sqlite3_bind_text(st, 4, code_hash, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, key, -1, SQLITE_STATIC);
    application_bind_applicant(st, 6, form);
    sqlite3_bind_text(st, 26, now, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return -1;
    *id = sqlite3_last_insert_rowid(db);
    const char *error;
    return application_add_event(req->arena, db, req->app->content_db, *id, "submitted", today,
                                 "applicant", "", 0, false, NULL, &error);
}

static const char save_failed[] =
    "系统暂时无法保存您的申请（服务器内部错误），申请尚未提交成功。您填写的内容都已保留在下方，"
    "请稍后再次点击“提交申请”。如多次失败，请拨打页面底部的电话联系我们。";

/* The one transaction: rate limit, number, application, 'submitted' event, COMMIT. */
static int store_and_redirect(struct request *req, const struct form *form, const char *key)
{
    sqlite3 *db = req->app->private_db;
    char code[13], hash[65];
    random_code(code, 12);
    sha256_hex(code, strlen(code), hash);
    if (db_begin(db, "apply_submit") != SQLITE_OK)
        return render_form(req, form, key, save_failed);
    long long id = application_by_key(db, key);
    if (id) {
        db_rollback(db);
        return repeat_receipt(req, id);
    }
    if (rate_limit_exceeded(req, db, "apply", program_config.apply_rate_per_hour, 3600)) {
        db_rollback(db);
        return apply_too_many(req, "apply", "您在一小时内提交的申请已达上限，本次申请未被提交。");
    }
    if (insert_application(req, form, key, hash, &id) != 0) {
        db_rollback(db);
        log_event(LOG_ERROR, "application_store", "insert failed: %s", sqlite3_errmsg(db));
        return render_form(req, form, key, save_failed);
    }
    if (db_commit(db) != SQLITE_OK)
        return render_form(req, form, key, save_failed);
    log_event(LOG_INFO, "application_submitted", "id=%lld", id);
    receipt_cookie_set(req, id, code);
    resp_redirect(req, 303, "/apply/receipt");
    return 303;
}

static bool honeypot_filled(struct request *req)
{
    const char *trap = params_get(&req->form, "website");
    return trap && *trap;
}

int apply_submit(struct request *req)
{
    if (!csrf_check(req))
        return apply_csrf_failed(req);
    if (honeypot_filled(req)) {
        log_event(LOG_INFO, "application_honeypot", "submission not accepted");
        return resp_error(req, 400, "本次提交未被受理：表单中一个应保持空白的隐藏栏目被填写了，"
                                    "这通常是自动程序所为。如您是正常填写，请返回申请页面重新填写并提交。");
    }
    const char *key = application_form_key(req);
    long long existing = application_by_key(req->app->private_db, key);
    if (existing)
        return repeat_receipt(req, existing);
    struct form form;
    form_read(req, apply_fields, APPLY_FIELD_COUNT, false, &form);
    application_form_check(&form);
    if (form.error_count)
        return render_form(req, &form, key, NULL);
    return store_and_redirect(req, &form, key);
}
