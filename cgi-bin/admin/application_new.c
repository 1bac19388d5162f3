/* Staff entry of an application that arrived on paper, by post, in person,
 * by e-mail or fax: all the fields of the citizen form plus the channel and
 * the true receipt date. It gets a number and a 查询码 shown once to the
 * clerk to pass on, a 'submitted' and a 'received' event on the receipt
 * date (so the clock runs from that day), and an audit row. */
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "app.h"
#include "application_staff.h"
#include "crypto.h"
#include "db.h"
#include "form.h"
#include "log.h"
#include "staff.h"
#include "tmpl.h"

/* The citizen form's fields and codes (cgi-bin/apply/form.c keeps its own
 * table private), plus channel and receipt date. Keep the two in step. */
static const struct field_choice channels[] = {
    { "paper", "书面申请（纸质）" }, { "post", "信函申请" }, { "in_person", "当面申请" },
    { "email", "电子邮件申请" }, { "fax", "传真申请" }, { NULL, NULL } };
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

static const struct field new_fields[] = {
    { "channel", "申请渠道", FIELD_CHOICE, 0, true, channels, 0, 0 },
    { "received_on", "收到申请的日期", FIELD_DATE, 10, true, NULL, 0, 0 },
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
};
enum { NEW_FIELD_COUNT = sizeof new_fields / sizeof new_fields[0] };

static const struct field resident_id_rule = { "id_number", "证件号码", FIELD_CN_ID, 18, true, NULL, 0, 0 };

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

static const char *const person_required[] = { "person_name", "id_type", "id_number" };
static const char *const org_required[] = { "org_name", "org_category", "uscc", "legal_rep", "contact_name" };

static void require(struct form *form, const char *const *names, size_t count)
{
    for (size_t n = 0; n < count; n++)
        if (!*form_value(form, names[n]))
            form_set_error(form, names[n], "此项为必填项。");
}

/* 居民身份证 numbers get the GB 11643 check; other documents a plain length check. */
static void check_id_number(struct form *form)
{
    const char *id = form_value(form, "id_number");
    if (!*id || strcmp(form_value(form, "id_type"), "resident_id") != 0)
        return;
    char *upper = arena_strdup(form->arena, id);
    for (char *c = upper; *c; c++)
        if (*c == 'x')
            *c = 'X';
    const char *message = field_check(&resident_id_rule, upper, today_yyyymmdd());
    if (message)
        form_set_error(form, "id_number", arena_strdup(form->arena, message));
}

static void check_received_on(struct request *req, struct form *form)
{
    const char *day = form_value(form, "received_on");
    const char *today = shanghai_today_iso(req->arena);
    if (*day && strcmp(day, today) > 0)
        form_set_error(form, "received_on", arena_printf(req->arena,
                       "收到日期不能晚于今天（%s）。", today));
}

static void read_new_form(struct request *req, struct form *form)
{
    form_read(req, new_fields, NEW_FIELD_COUNT, false, form);
    const char *type = form_value(form, "applicant_type");
    if (strcmp(type, "person") == 0) {
        require(form, person_required, COUNT(person_required));
        check_id_number(form);
    } else if (strcmp(type, "org") == 0) {
        require(form, org_required, COUNT(org_required));
    }
    if (strcmp(form_value(form, "delivery"), "email") == 0 && !*form_value(form, "email"))
        form_set_error(form, "email", "选择通过电子邮件获取时，请填写电子邮箱。");
    check_received_on(req, form);
}

/* ---- the form page ---- */

static int render_new_form(struct request *req, const struct form *form, const char *key,
                           const char *problem)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "登记书面/来访申请",
                                           "admin/application_new.tpl");
    tmpl_set(d, "idempotency_key", key);
    form_to_dict(form, d);
    if (problem)
        tmpl_set(tmpl_add_section(d, "problem"), "message", problem);
    resp_header(req, "Cache-Control", "no-store");
    return page_render(&page);
}

int application_new_page(struct request *req)
{
    struct form form = { .arena = req->arena, .fields = new_fields, .count = NEW_FIELD_COUNT };
    form.values = arena_calloc(req->arena, NEW_FIELD_COUNT, sizeof *form.values);
    form.errors = arena_calloc(req->arena, NEW_FIELD_COUNT, sizeof *form.errors);
    for (size_t i = 0; i < NEW_FIELD_COUNT; i++)
        form.values[i] = "";
    form.values[0] = "paper";
    form.values[1] = shanghai_today_iso(req->arena);
    char *key = arena_alloc(req->arena, 33);
    random_hex(key, 16);
    return render_new_form(req, &form, key, NULL);
}

/* ---- storing ---- */

static const char *const person_columns[] = { "id_type", "id_number", "work_unit" };
static const char *const org_columns[] = { "org_category", "uscc", "legal_rep", "contact_name" };
static const char *const common_columns[] = {
    "phone", "email", "address", "postcode", "info_title", "info_doc_no", "info_description",
    "info_purpose", "medium", "delivery" };

static void bind_value(sqlite3_stmt *st, int col, const struct form *form, const char *name,
                       bool used)
{
    sqlite3_bind_text(st, col, used ? form_value(form, name) : "", -1, SQLITE_STATIC);
}

/* Binds ?7.. in the column order of the INSERT below. */
static void bind_applicant(sqlite3_stmt *st, const struct form *form)
{
    bool person = strcmp(form_value(form, "applicant_type"), "person") == 0;
    int col = 7;
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

/* Midnight of the receipt day in Beijing, as the stored UTC time. */
static const char *submitted_at_for(struct arena *arena, const char *received_on)
{
    int day;
    char iso[11];
    day_parse_iso(received_on, &day);
    day_format_iso(day - 1, iso);
    return arena_printf(arena, "%sT16:00:00Z", iso);
}

struct new_application {
    long long id;
    const char *number;
    char code[13];
};

static int insert_row(struct request *req, const struct form *form, const char *key,
                      struct new_application *out)
{
    sqlite3 *db = req->app->private_db;
    const char *received_on = form_value(form, "received_on");
    int year = (int)strtol(received_on, NULL, 10), seq;
    char hash[65];
    out->number = application_next_number(req->arena, db, year, &seq);
    if (!out->number)
        return -1;
    random_code(out->code, 12);
    sha256_hex(out->code, strlen(out->code), hash);
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO applications (number, year, seq, access_code_hash, idempotency_key, channel, "
        "applicant_type, name, id_type, id_number, work_unit, org_category, uscc, legal_rep, "
        "contact_name, phone, email, address, postcode, info_title, info_doc_no, info_description, "
        "info_purpose, medium, delivery, fee_waiver, submitted_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
        "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, "
        "?26, ?27)");
    sqlite3_bind_text(st, 1, out->number, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, year);
    sqlite3_bind_int(st, 3, seq);
    sqlite3_bind_text(st, 4, hash, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 5, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, form_value(form, "channel"), -1, SQLITE_STATIC);
    bind_applicant(st, form);
    sqlite3_bind_text(st, 27, submitted_at_for(req->arena, received_on), -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    out->id = sqlite3_last_insert_rowid(db);
    return rc == SQLITE_DONE ? 0 : -1;
}

/* Submitted and received on the same legal day: the clock starts there. */
static int add_first_events(struct request *req, const struct form *form,
                            const struct new_application *n)
{
    const char *day = form_value(form, "received_on"), *error;
    const struct staff *s = current_staff(req);
    const char *actor = arena_printf(req->arena, "staff:%lld", s ? s->id : 0);
    const char *text = arena_printf(req->arena, "%s，由工作人员登记。",
                                    channel_label(form_value(form, "channel")));
    return application_add_event(req->arena, req->app->private_db, req->app->content_db, n->id,
                                  "submitted", day, actor, text, 0, false, NULL, &error)
        || application_add_event(req->arena, req->app->private_db, req->app->content_db, n->id,
                                 "received", day, actor, "", 0, false, NULL, &error)
        || application_set_state(req->app->private_db, n->id, APP_RECEIVED);
}

static long long application_by_key(sqlite3 *db, const char *key)
{
    sqlite3_stmt *st = db_stmt(db, "SELECT id FROM applications WHERE idempotency_key = ?1");
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    long long id = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : 0;
    sqlite3_reset(st);
    return id;
}

static const char *idempotency_key_from(struct request *req)
{
    const char *key = params_get(&req->form, "idempotency_key");
    bool ok = key && strlen(key) == 32 && strspn(key, "0123456789abcdef") == 32;
    if (ok)
        return key;
    char *fresh = arena_alloc(req->arena, 33);
    random_hex(fresh, 16);
    return fresh;
}

/* ---- the result page: the 查询码, shown this once ---- */

static int render_created(struct request *req, long long id, const char *code)
{
    struct app_record app;
    struct page page;
    if (application_record_load(req, id, &app) != 0)
        return resp_error(req, 500, NULL);
    struct tmpl_dict *d = admin_page_begin(&page, req, "申请已登记", "admin/application_created.tpl");
    tmpl_set_int(d, "id", id);
    tmpl_set(d, "number", app.number);
    tmpl_set(d, "received_on", app.received_on);
    tmpl_set(d, "due_on", app.due_on);
    if (code)
        tmpl_set(tmpl_add_section(d, "code"), "access_code", code);
    else
        tmpl_show(d, "repeat");
    resp_header(req, "Cache-Control", "no-store");
    return page_render(&page);
}

static const char save_failed[] =
    "系统暂时无法保存这件申请，尚未登记。填写的内容都保留在下方，请稍后再次提交。";

int application_new_submit(struct request *req)
{
    sqlite3 *db = req->app->private_db;
    struct form form;
    struct new_application created;
    const char *key = idempotency_key_from(req);
    read_new_form(req, &form);
    if (form.error_count)
        return render_new_form(req, &form, key, NULL);
    if (db_begin(db, "application_new") != SQLITE_OK)
        return render_new_form(req, &form, key, save_failed);
    long long existing = application_by_key(db, key);
    if (existing) {
        db_rollback(db);
        return render_created(req, existing, NULL);
    }
    if (insert_row(req, &form, key, &created) != 0 || add_first_events(req, &form, &created) != 0) {
        log_event(LOG_ERROR, "application_new", "store failed: %s", sqlite3_errmsg(db));
        db_rollback(db);
        return render_new_form(req, &form, key, save_failed);
    }
    audit(req, "application.create", arena_printf(req->arena, "application:%lld", created.id),
          arena_printf(req->arena, "%s 登记%s（%s），收到日期 %s", created.number,
                       channel_label(form_value(&form, "channel")), form_value(&form, "channel"),
                       form_value(&form, "received_on")));
    if (db_commit(db) != SQLITE_OK)
        return render_new_form(req, &form, key, save_failed);
    return render_created(req, created.id, created.code);
}
