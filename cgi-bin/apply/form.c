/* The application form (依申请公开, 条例 Art. 29): the fields declared once,
 * the checks across fields per applicant type, and the durable submission:
 * one transaction that stores the application and its 'submitted' event,
 * and only after COMMIT returns a 303 to the receipt. */
#include <string.h>

#include "app.h"
#include "application.h"
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

static const struct field_choice applicant_types[] = {
    { "person", "公民" }, { "org", "法人或其他组织" }, { NULL, NULL } };
static const struct field_choice id_types[] = {
    { "resident_id", "居民身份证" }, { "passport", "护照" },
    { "hk_macao", "港澳居民来往内地通行证" }, { "taiwan", "台湾居民来往大陆通行证" },
    { "other", "其他" }, { NULL, NULL } };
static const struct field_choice org_categories[] = {
    { "business", "商业企业" }, { "research", "科研机构" }, { "public_interest", "社会公益组织" },
    { "legal_service", "法律服务机构" }, { "other", "其他" }, { NULL, NULL } };
static const struct field_choice media[] = {
    { "paper", "纸质" }, { "electronic", "电子文档" }, { NULL, NULL } };
static const struct field_choice deliveries[] = {
    { "post", "邮寄" }, { "pickup", "当面领取" }, { "email", "电子邮件" }, { "online", "网上获取" },
    { NULL, NULL } };

/* Requirements that depend on the applicant type are checked in check_applicant_type. */
static const struct field apply_fields[] = {
    { "applicant_type", "申请人类型", FIELD_CHOICE, 0, true, applicant_types, 0, 0 },
    { "person_name", "姓名", FIELD_TEXT, 50, false, NULL, 0, 0 },
    { "id_type", "证件类型", FIELD_CHOICE, 0, false, id_types, 0, 0 },
    { "id_number", "证件号码", FIELD_TEXT, 30, false, NULL, 0, 0 },
    { "work_unit", "工作单位", FIELD_TEXT, 100, false, NULL, 0, 0 },
    { "org_name", "名称", FIELD_TEXT, 100, false, NULL, 0, 0 },
    { "org_category", "组织类别", FIELD_CHOICE, 0, false, org_categories, 0, 0 },
    { "uscc", "统一社会信用代码", FIELD_USCC, 18, false, NULL, 0, 0 },
    { "legal_rep", "法定代表人或负责人", FIELD_TEXT, 50, false, NULL, 0, 0 },
    { "contact_name", "联系人姓名", FIELD_TEXT, 50, false, NULL, 0, 0 },
    { "phone", "联系电话", FIELD_PHONE, 30, true, NULL, 0, 0 },
    { "email", "电子邮箱", FIELD_EMAIL, 254, false, NULL, 0, 0 },
    { "address", "通信地址", FIELD_TEXT, 200, true, NULL, 0, 0 },
    { "postcode", "邮政编码", FIELD_POSTCODE, 6, false, NULL, 0, 0 },
    { "info_title", "所需信息的名称", FIELD_TEXT, 200, true, NULL, 0, 0 },
    { "info_doc_no", "文号", FIELD_TEXT, 100, false, NULL, 0, 0 },
    { "info_description", "所需信息的内容描述", FIELD_TEXTAREA, 4000, true, NULL, 0, 0 },
    { "info_purpose", "用途", FIELD_TEXTAREA, 1000, false, NULL, 0, 0 },
    { "medium", "获取信息的形式", FIELD_CHOICE, 0, true, media, 0, 0 },
    { "delivery", "获取信息的途径", FIELD_CHOICE, 0, true, deliveries, 0, 0 },
    { "fee_waiver", "申请减免费用", FIELD_CHECKBOX, 0, false, NULL, 0, 0 },
    { "declaration", "真实性声明", FIELD_CHECKBOX, 0, true, NULL, 0, 0 },
};
enum { APPLY_FIELD_COUNT = sizeof apply_fields / sizeof apply_fields[0] };

static const char *const person_fields[] = { "person_name", "id_type", "id_number", "work_unit" };
static const char *const org_fields[] = { "org_name", "org_category", "uscc", "legal_rep", "contact_name" };
static const char *const person_required[] = { "person_name", "id_type", "id_number" };

static const struct field resident_id_rule = { "id_number", "证件号码", FIELD_CN_ID, 18, true, NULL, 0, 0 };

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

static int field_index(const struct form *form, const char *name)
{
    for (size_t i = 0; i < form->count; i++)
        if (strcmp(form->fields[i].name, name) == 0)
            return (int)i;
    return -1;
}

/* The other applicant type's section is not stored, so its checks do not apply. */
static void clear_errors(struct form *form, const char *const *names, size_t count)
{
    for (size_t n = 0; n < count; n++) {
        int i = field_index(form, names[n]);
        if (i >= 0 && form->errors[i]) {
            form->errors[i] = NULL;
            form->error_count--;
        }
    }
}

static void require(struct form *form, const char *const *names, size_t count)
{
    for (size_t n = 0; n < count; n++) {
        int i = field_index(form, names[n]);
        if (i >= 0 && !form->errors[i] && !*form->values[i])
            form_set_error(form, names[n], form->fields[i].kind == FIELD_CHOICE ? "请选择此项。"
                                                                                : "此项为必填项。");
    }
}

/* 居民身份证 numbers get the GB 11643 check; other documents a plain shape check. */
static void check_id_number(struct form *form)
{
    int i = field_index(form, "id_number");
    const char *value = form->values[i];
    if (form->errors[i] || !*value)
        return;
    if (strcmp(form_value(form, "id_type"), "resident_id") == 0) {
        char *upper = arena_strdup(form->arena, value);
        for (char *c = upper; *c; c++)
            if (*c == 'x')
                *c = 'X';
        form->values[i] = upper;
        const char *message = field_check(&resident_id_rule, upper, today_yyyymmdd());
        if (message)
            form_set_error(form, "id_number", arena_strdup(form->arena, message));
        return;
    }
    size_t len = strlen(value);
    bool ok = len >= 5 && len <= 30;
    for (size_t k = 0; ok && k < len; k++)
        ok = (value[k] >= '0' && value[k] <= '9') || (value[k] >= 'A' && value[k] <= 'Z')
          || (value[k] >= 'a' && value[k] <= 'z') || value[k] == '-';
    if (!ok)
        form_set_error(form, "id_number", "证件号码应为5至30位字母、数字或“-”。");
}

static void check_applicant_type(struct form *form)
{
    const char *type = form_value(form, "applicant_type");
    if (strcmp(type, "person") == 0) {
        clear_errors(form, org_fields, COUNT(org_fields));
        require(form, person_required, COUNT(person_required));
        check_id_number(form);
    } else if (strcmp(type, "org") == 0) {
        clear_errors(form, person_fields, COUNT(person_fields));
        require(form, org_fields, COUNT(org_fields));
    }
    if (strcmp(form_value(form, "delivery"), "email") == 0 && !*form_value(form, "email"))
        form_set_error(form, "email", "选择通过电子邮件获取时，请填写电子邮箱。");
}

static void read_application_form(struct request *req, struct form *form)
{
    form_read(req, apply_fields, APPLY_FIELD_COUNT, false, form);
    check_applicant_type(form);
}

static bool idempotency_key_valid(const char *key)
{
    if (!key || strlen(key) != 32)
        return false;
    for (const char *c = key; *c; c++)
        if (!((*c >= '0' && *c <= '9') || (*c >= 'a' && *c <= 'f')))
            return false;
    return true;
}

/* The key the form carries; a missing or malformed one gets a fresh key (no dedup). */
static const char *idempotency_key_from(struct request *req)
{
    const char *key = params_get(&req->form, "idempotency_key");
    if (idempotency_key_valid(key))
        return key;
    char *fresh = arena_alloc(req->arena, 33);
    random_hex(fresh, 16);
    return fresh;
}

static int render_form(struct request *req, const struct form *form, const char *key,
                       const char *problem)
{
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, "依申请公开", "apply/form.tpl", NAV_APPLY);
    page_breadcrumb(&page, "依申请公开", NULL);
    tmpl_set(d, "csrf_token", csrf_token(req, "/"));
    tmpl_set(d, "idempotency_key", key);
    form_to_dict(form, d);
    if (problem)
        tmpl_set(tmpl_add_section(d, "problem"), "message", problem);
    resp_header(req, "Cache-Control", "no-store");
    return page_render(&page);
}

/* Every field empty: the form as a person first sees it (choices still listed). */
static void empty_form(struct request *req, struct form *form)
{
    *form = (struct form){ .arena = req->arena, .fields = apply_fields, .count = APPLY_FIELD_COUNT };
    form->values = arena_calloc(req->arena, APPLY_FIELD_COUNT, sizeof *form->values);
    form->errors = arena_calloc(req->arena, APPLY_FIELD_COUNT, sizeof *form->errors);
    for (size_t i = 0; i < APPLY_FIELD_COUNT; i++)
        form->values[i] = "";
}

int apply_form_page(struct request *req)
{
    struct form form;
    char *key = arena_alloc(req->arena, 33);
    random_hex(key, 16);
    empty_form(req, &form);
    return render_form(req, &form, key, NULL);
}

static long long application_by_key(sqlite3 *db, const char *key)
{
    sqlite3_stmt *st = db_stmt(db, "SELECT id FROM applications WHERE idempotency_key = ?1");
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    long long id = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : 0;
    sqlite3_reset(st);
    return id;
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

/* Binds a form value, or "" when the field belongs to the other applicant type. */
static void bind_value(sqlite3_stmt *st, int col, const struct form *form, const char *name, bool used)
{
    sqlite3_bind_text(st, col, used ? form_value(form, name) : "", -1, SQLITE_STATIC);
}

static const char *const person_columns[] = { "id_type", "id_number", "work_unit" };
static const char *const org_columns[] = { "org_category", "uscc", "legal_rep", "contact_name" };
static const char *const common_columns[] = {
    "phone", "email", "address", "postcode", "info_title", "info_doc_no", "info_description",
    "info_purpose", "medium", "delivery" };

static void bind_applicant(sqlite3_stmt *st, const struct form *form)
{
    bool person = strcmp(form_value(form, "applicant_type"), "person") == 0;
    int col = 6;
    sqlite3_bind_text(st, col++, person ? "person" : "org", -1, SQLITE_STATIC);
    bind_value(st, col++, form, person ? "person_name" : "org_name", true);
    for (size_t i = 0; i < COUNT(person_columns); i++)
        bind_value(st, col++, form, person_columns[i], person);
    for (size_t i = 0; i < COUNT(org_columns); i++)
        bind_value(st, col++, form, org_columns[i], !person);
    for (size_t i = 0; i < COUNT(common_columns); i++)
        bind_value(st, col++, form, common_columns[i], true);
    sqlite3_bind_int(st, col, strcmp(form_value(form, "fee_waiver"), "1") == 0);
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
    bind_applicant(st, form);
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
    const char *key = idempotency_key_from(req);
    long long existing = application_by_key(req->app->private_db, key);
    if (existing)
        return repeat_receipt(req, existing);
    struct form form;
    read_application_form(req, &form);
    if (form.error_count)
        return render_form(req, &form, key, NULL);
    return store_and_redirect(req, &form, key);
}
