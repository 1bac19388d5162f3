/* The shared declaration of an application's fields and its checks across
 * fields; see application_form.h. */
#include "application_form.h"

#include <string.h>

#include "arena.h"
#include "crypto.h"
#include "db.h"
#include "request.h"
#include "tmpl.h"

const struct field_choice application_applicant_types[] = {
    { "person", "公民" }, { "org", "法人或其他组织" }, { NULL, NULL } };
const struct field_choice application_id_types[] = {
    { "resident_id", "居民身份证" }, { "passport", "护照" },
    { "hk_macao", "港澳居民来往内地通行证" }, { "taiwan", "台湾居民来往大陆通行证" },
    { "other", "其他" }, { NULL, NULL } };
const struct field_choice application_org_categories[] = {
    { "business", "商业企业" }, { "research", "科研机构" }, { "public_interest", "社会公益组织" },
    { "legal_service", "法律服务机构" }, { "other", "其他" }, { NULL, NULL } };
const struct field_choice application_media[] = {
    { "paper", "纸质" }, { "electronic", "电子文档" }, { NULL, NULL } };
const struct field_choice application_deliveries[] = {
    { "post", "邮寄" }, { "pickup", "当面领取" }, { "email", "电子邮件" }, { "online", "网上获取" },
    { NULL, NULL } };

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

static const char *const person_fields[] = { "person_name", "id_type", "id_number", "work_unit" };
static const char *const org_fields[] = { "org_name", "org_category", "uscc", "legal_rep", "contact_name" };
static const char *const person_required[] = { "person_name", "id_type", "id_number" };

static const struct field resident_id_rule = { "id_number", "证件号码", FIELD_CN_ID, 18, true, NULL, 0, 0 };

/* The other applicant type's section is not stored, so its checks do not apply. */
static void clear_errors(struct form *form, const char *const *names, size_t count)
{
    for (size_t n = 0; n < count; n++) {
        int i = form_field_index(form, names[n]);
        if (i >= 0 && form->errors[i]) {
            form->errors[i] = NULL;
            form->error_count--;
        }
    }
}

static void require(struct form *form, const char *const *names, size_t count)
{
    for (size_t n = 0; n < count; n++) {
        int i = form_field_index(form, names[n]);
        if (i >= 0 && !form->errors[i] && !*form->values[i])
            form_set_error(form, names[n], form->fields[i].kind == FIELD_CHOICE ? "请选择此项。"
                                                                                : "此项为必填项。");
    }
}

/* Letters, digits and '-', 5 to 30 of them: passports and travel permits. */
static bool other_document_shape(const char *value)
{
    size_t len = strlen(value);
    bool ok = len >= 5 && len <= 30;
    for (size_t k = 0; ok && k < len; k++)
        ok = (value[k] >= '0' && value[k] <= '9') || (value[k] >= 'A' && value[k] <= 'Z')
          || (value[k] >= 'a' && value[k] <= 'z') || value[k] == '-';
    return ok;
}

/* 居民身份证 numbers get the GB 11643 check; other documents a plain shape check. */
static void check_id_number(struct form *form)
{
    int i = form_field_index(form, "id_number");
    const char *value = form->values[i];
    if (form->errors[i] || !*value)
        return;
    if (strcmp(form_value(form, "id_type"), "resident_id") != 0) {
        if (!other_document_shape(value))
            form_set_error(form, "id_number", "证件号码应为5至30位字母、数字或“-”。");
        return;
    }
    char *upper = arena_strdup(form->arena, value);
    for (char *c = upper; *c; c++)
        if (*c == 'x')
            *c = 'X';
    form->values[i] = upper;
    const char *message = field_check(&resident_id_rule, upper, today_yyyymmdd());
    if (message)
        form_set_error(form, "id_number", arena_strdup(form->arena, message));
}

/* Art. 29(二): the name, the 文号 or another description that lets the office
 * find the information; any one of them is enough. */
static void require_information(struct form *form)
{
    if (!*form_value(form, "info_title") && !*form_value(form, "info_doc_no")
        && !*form_value(form, "info_description"))
        form_set_error(form, "info_title", "请至少填写所需信息的名称、文号或内容描述中的一项。");
}

void application_form_check(struct form *form)
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
    require_information(form);
    if (strcmp(form_value(form, "delivery"), "email") == 0 && !*form_value(form, "email"))
        form_set_error(form, "email", "选择通过电子邮件获取时，请填写电子邮箱。");
}

void application_form_to_dict(struct request *req, struct tmpl_dict *d, const struct form *form,
                              const char *key, const char *problem)
{
    tmpl_set(d, "idempotency_key", key);
    form_to_dict(form, d);
    if (problem)
        tmpl_set(tmpl_add_section(d, "problem"), "message", problem);
    resp_header(req, "Cache-Control", "no-store");
}

const char *application_form_new_key(struct request *req)
{
    char *key = arena_alloc(req->arena, 33);
    random_hex(key, 16);
    return key;
}

const char *application_form_key(struct request *req)
{
    const char *key = params_get(&req->form, "idempotency_key");
    if (key && strlen(key) == 32 && strspn(key, "0123456789abcdef") == 32)
        return key;
    return application_form_new_key(req);
}

long long application_by_key(sqlite3 *private_db, const char *key)
{
    sqlite3_stmt *st = db_stmt(private_db, "SELECT id FROM applications WHERE idempotency_key = ?1");
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    long long id = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : 0;
    sqlite3_reset(st);
    return id;
}

static const char *const person_columns[] = { "id_type", "id_number", "work_unit" };
static const char *const org_columns[] = { "org_category", "uscc", "legal_rep", "contact_name" };
static const char *const common_columns[] = {
    "phone", "email", "address", "postcode", "info_title", "info_doc_no", "info_description",
    "info_purpose", "medium", "delivery" };

/* Binds a form value, or "" when the field belongs to the other applicant type. */
static void bind_value(sqlite3_stmt *st, int col, const struct form *form, const char *name, bool used)
{
    sqlite3_bind_text(st, col, used ? form_value(form, name) : "", -1, SQLITE_STATIC);
}

void application_bind_applicant(sqlite3_stmt *st, int first_col, const struct form *form)
{
    bool person = strcmp(form_value(form, "applicant_type"), "person") == 0;
    int col = first_col;
    sqlite3_bind_text(st, col++, person ? "person" : "org", -1, SQLITE_STATIC);
    bind_value(st, col++, form, person ? "person_name" : "org_name", true);
    for (size_t i = 0; i < COUNT(person_columns); i++)
        bind_value(st, col++, form, person_columns[i], person);
    for (size_t i = 0; i < COUNT(org_columns); i++)
        bind_value(st, col++, form, org_columns[i], !person);
    for (size_t i = 0; i < COUNT(common_columns); i++)
        bind_value(st, col++, form, common_columns[i], true);
    sqlite3_bind_int(st, col, 0);   /* fee_waiver: no waiver exists since the 2019 条例 */
}

enum { INFO_LABEL_CHARS = 30 };

/* The first INFO_LABEL_CHARS characters of TEXT on one line, "…" when cut. */
static const char *first_characters(struct arena *arena, const char *text)
{
    struct buf b;
    buf_init(&b, arena);
    size_t chars = 0;
    const char *p = text;
    for (; *p && chars < INFO_LABEL_CHARS; chars++) {
        size_t len = 1;
        while (((unsigned char)p[len] & 0xC0) == 0x80)
            len++;
        if (*p == '\r' || *p == '\n' || *p == '\t')
            buf_putc(&b, ' ');
        else
            buf_append(&b, p, len);
        p += len;
    }
    if (*p)
        buf_puts(&b, "…");
    return b.data;
}

const char *application_info_label(struct arena *arena, const char *title, const char *doc_no,
                                   const char *description)
{
    if (*title)
        return title;
    if (*doc_no)
        return doc_no;
    return first_characters(arena, description);
}
