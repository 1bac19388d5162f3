/* The application form (依申请公开, 条例 Art. 29): the agency it is made to
 * (chosen on the form, or preselected by /apply?agency=CODE), the fields
 * declared once, the checks across fields per applicant type, and the
 * durable submission: one transaction that numbers the application in its
 * agency's sequence, stores it and its 'submitted' event, and only after
 * COMMIT returns a 303 to the receipt. */
#include <stdlib.h>
#include <string.h>

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
#include "notice_form.h"
#include "page.h"
#include "program.h"
#include "ratelimit.h"
#include "tmpl.h"

/* "agency" is checked against the platform's agencies (application_agency_check),
 * which also says when none was chosen; hence not "required" here. */
static const struct field apply_fields[] = {
    { "agency", "受理申请的机关", FIELD_TEXT, AGENCY_CODE_MAX, false, NULL, 0, 0 },
    APPLICATION_FORM_FIELDS,
    /* Notices of what happens (issue 13), to the e-mail address and phone above. */
    NOTICE_CHOICE_FIELDS,
    { "declaration", "真实性声明", FIELD_CHECKBOX, 0, true, NULL, 0, 0 },
};
enum { APPLY_FIELD_COUNT = sizeof apply_fields / sizeof apply_fields[0] };

/* The chosen agency's name and application office, when the form names a valid one. */
static void add_chosen_agency(struct request *req, struct tmpl_dict *d, const struct form *form)
{
    struct agency a;
    int i = form_field_index(form, "agency");
    if (form->errors[i] || !*form->values[i] || !agency_by_code(req, form->values[i], &a)) {
        tmpl_show(d, "no_chosen_agency");
        return;
    }
    struct tmpl_dict *chosen = tmpl_add_section(d, "chosen_agency");
    tmpl_set(chosen, "agency_name", a.name);
    tmpl_set(chosen, "agency_code", a.code);
    application_office_to_dict(req, chosen, a.id);
}

static int render_form(struct request *req, const struct form *form, const char *key,
                       const char *problem)
{
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, page_form_title(req->arena, "依申请公开", form->error_count),
                                     "apply/form.tpl", NAV_APPLY);
    page_breadcrumb(&page, "依申请公开", NULL);
    tmpl_set(d, "csrf_token", csrf_token(req, "/"));
    application_agency_options(req, d, form_value(form, "agency"), 0);
    add_chosen_agency(req, d, form);
    application_form_to_dict(req, d, form, key, problem);
    notice_choice_to_dict(d, form, "办理进度通知",
                          "受理、需要补正、延期、答复等办理进展，可以通知您（自愿选择）。通知只写申请编号和查询网址，不含查询码。");
    return page_render(&page);
}

/* GET /apply, or /apply?agency=CODE (from an agency's column): that agency
 * preselected; an unknown code is said beside the field. */
int apply_form_page(struct request *req)
{
    struct form form;
    struct agency a;
    form_blank(req->arena, apply_fields, APPLY_FIELD_COUNT, &form);
    const char *code = params_get(&req->query, "agency");
    if (code && *code) {
        form.values[form_field_index(&form, "agency")] = code;
        const char *problem = application_agency_check(req, code, &a);
        if (problem)
            form_set_error(&form, "agency", problem);
    }
    return render_form(req, &form, application_form_new_key(req), NULL);
}

static int insert_application(struct request *req, const struct form *form, const struct agency *agency,
                              const char *key, const char *code_hash, long long *id)
{
    sqlite3 *db = req->app->private_db;
    char today[11], now[21];
    beijing_today_iso(today);
    utc_now_iso(now);
    struct application_number n;
    if (application_next_number(req->arena, db, agency->id, agency->code, atoi(today), &n) != 0)
        return -1;
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO applications (number, year, seq, access_code_hash, idempotency_key, applicant_type, "
        "name, id_type, id_number, work_unit, org_category, uscc, legal_rep, contact_name, phone, email, "
        "address, postcode, info_title, info_doc_no, info_description, info_purpose, medium, delivery, "
        "fee_waiver, submitted_at, agency_id, agency_seq, notify_email, notify_sms) VALUES (?1, ?2, ?3, ?4, "
        "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, "
        "?26, ?27, ?28, ?29, ?30)");
    sqlite3_bind_text(st, 1, n.number, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, n.year);
    sqlite3_bind_int(st, 3, n.seq);
    sqlite3_bind_text(st, 4, code_hash, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, key, -1, SQLITE_STATIC);
    application_bind_applicant(st, 6, form);
    sqlite3_bind_text(st, 26, now, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 27, agency->id);
    sqlite3_bind_int(st, 28, n.agency_seq);
    struct notice_choice chosen = notice_choice_of(form);
    sqlite3_bind_int(st, 29, chosen.by_email);
    sqlite3_bind_int(st, 30, chosen.by_sms);
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
static int store_and_redirect(struct request *req, const struct form *form, const struct agency *agency,
                              const char *key)
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
        return receipt_repeat(req, id);
    }
    if (rate_limit_exceeded(req, db, "apply", program_config.apply_rate_per_hour, 3600)) {
        db_rollback(db);
        return apply_too_many(req, "apply", "您在一小时内提交的申请已达上限，本次申请未被提交。");
    }
    if (insert_application(req, form, agency, key, hash, &id) != 0) {
        db_rollback(db);
        log_event(LOG_ERROR, "application_store", "insert failed: %s", sqlite3_errmsg(db));
        return render_form(req, form, key, save_failed);
    }
    if (db_commit(db) != SQLITE_OK)
        return render_form(req, form, key, save_failed);
    log_event(LOG_INFO, "application_submitted", "id=%lld agency=%s", id, agency->code);
    receipt_cookie_set(req, id, code);
    resp_redirect(req, 303, "/apply/receipt");
    return 303;
}

/* True when FORM repeats application ID field for field: only its applicant
 * can send that (bound exactly as insert_application binds it). */
static bool same_submission(struct request *req, long long id, const struct form *form)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT 1 FROM applications WHERE id = ?1 AND applicant_type = ?2 AND name = ?3 AND id_type = ?4 "
        "AND id_number = ?5 AND work_unit = ?6 AND org_category = ?7 AND uscc = ?8 AND legal_rep = ?9 "
        "AND contact_name = ?10 AND phone = ?11 AND email = ?12 AND address = ?13 AND postcode = ?14 "
        "AND info_title = ?15 AND info_doc_no = ?16 AND info_description = ?17 AND info_purpose = ?18 "
        "AND medium = ?19 AND delivery = ?20 AND fee_waiver = ?21");
    sqlite3_bind_int64(st, 1, id);
    application_bind_applicant(st, 2, form);
    bool same = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_reset(st);
    return same;
}

/* The applicant sent the same application again because the answer to the
 * first one was lost (the receipt never arrived): a new 查询码 replaces the one
 * nobody saw, noted on the timeline for staff. Anyone who only copied the
 * form's key gets the plain repeat, which shows nothing (review finding 15.10). */
static int reissue_code(struct request *req, long long id, const struct form *form)
{
    sqlite3 *db = req->app->private_db;
    if (!same_submission(req, id, form))
        return receipt_repeat(req, id);
    char code[13], hash[65], today[11];
    random_code(code, 12);
    sha256_hex(code, strlen(code), hash);
    beijing_today_iso(today);
    const char *error;
    sqlite3_stmt *st = db_stmt(db, "UPDATE applications SET access_code_hash = ?2 WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, hash, -1, SQLITE_STATIC);
    if (db_begin(db, "apply_reissue") != SQLITE_OK || db_run(db, st, "apply_reissue") != 0
        || application_add_event(req->arena, db, req->app->content_db, id, "note", today, "applicant",
                                 "申请人重新提交了相同的申请（未收到回执），已生成新的查询码，原查询码作废。",
                                 0, true, NULL, &error) != 0
        || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return receipt_repeat(req, id);
    }
    log_event(LOG_INFO, "application_code_reissued", "id=%lld", id);
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
    struct form form;
    struct agency agency;
    form_read(req, apply_fields, APPLY_FIELD_COUNT, false, &form);
    if (existing) {
        struct receipt_ticket ticket;
        bool has_receipt = receipt_cookie_read(req, &ticket) && ticket.application_id == existing && *ticket.code;
        return has_receipt ? receipt_repeat(req, existing) : reissue_code(req, existing, &form);
    }
    application_form_check(&form);
    notice_choice_check(&form);
    const char *problem = application_agency_check(req, form_value(&form, "agency"), &agency);
    if (problem)
        form_set_error(&form, "agency", problem);
    if (form.error_count)
        return render_form(req, &form, key, NULL);
    return store_and_redirect(req, &form, &agency, key);
}
