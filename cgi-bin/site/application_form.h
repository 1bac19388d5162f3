/* The fields of a request for disclosure (条例 Art. 29), declared once for
 * the citizen form (apply/form.c) and the staff entry of paper applications
 * (admin/application_new.c), with the one check across fields both run and
 * the binding of the fields to the applications columns. */
#ifndef PORTAL_APPLICATION_FORM_H
#define PORTAL_APPLICATION_FORM_H

#include <sqlite3.h>

#include "form.h"

struct arena;
struct request;

extern const struct field_choice application_applicant_types[];
extern const struct field_choice application_id_types[];
extern const struct field_choice application_org_categories[];
extern const struct field_choice application_media[];
extern const struct field_choice application_deliveries[];

/* The rows both forms share, in this order; a form lists its own rows
 * before or after them. Requirements that depend on the applicant type, and
 * the one-of-three rule for the information (Art. 29(二): its name, 文号 or
 * another description), are left to application_form_check. There is no fee
 * waiver: under the 2019 条例 Art. 42 requests are free, so none is asked for. */
#define APPLICATION_FORM_FIELDS \
    { "applicant_type", "申请人类型", FIELD_CHOICE, 0, true, application_applicant_types, 0, 0 }, \
    { "person_name", "姓名", FIELD_TEXT, 50, false, NULL, 0, 0 }, \
    { "id_type", "证件类型", FIELD_CHOICE, 0, false, application_id_types, 0, 0 }, \
    { "id_number", "证件号码", FIELD_TEXT, 30, false, NULL, 0, 0 }, \
    { "work_unit", "工作单位", FIELD_TEXT, 100, false, NULL, 0, 0 }, \
    { "org_name", "名称", FIELD_TEXT, 100, false, NULL, 0, 0 }, \
    { "org_category", "组织类别", FIELD_CHOICE, 0, false, application_org_categories, 0, 0 }, \
    { "uscc", "统一社会信用代码", FIELD_USCC, 18, false, NULL, 0, 0 }, \
    { "legal_rep", "法定代表人或负责人", FIELD_TEXT, 50, false, NULL, 0, 0 }, \
    { "contact_name", "联系人姓名", FIELD_TEXT, 50, false, NULL, 0, 0 }, \
    { "phone", "联系电话", FIELD_PHONE, 30, true, NULL, 0, 0 }, \
    { "email", "电子邮箱", FIELD_EMAIL, 254, false, NULL, 0, 0 }, \
    { "address", "通信地址", FIELD_TEXT, 200, true, NULL, 0, 0 }, \
    { "postcode", "邮政编码", FIELD_POSTCODE, 6, false, NULL, 0, 0 }, \
    { "info_title", "所需信息的名称", FIELD_TEXT, 200, false, NULL, 0, 0 }, \
    { "info_doc_no", "文号", FIELD_TEXT, 100, false, NULL, 0, 0 }, \
    { "info_description", "所需信息的内容描述", FIELD_TEXTAREA, 4000, false, NULL, 0, 0 }, \
    { "info_purpose", "用途", FIELD_TEXTAREA, 1000, false, NULL, 0, 0 }, \
    { "medium", "获取信息的形式", FIELD_CHOICE, 0, true, application_media, 0, 0 }, \
    { "delivery", "获取信息的途径", FIELD_CHOICE, 0, true, application_deliveries, 0, 0 }

/* The checks across fields, after form_read: the chosen applicant type's
 * section is required and the other's errors dropped (it is not stored);
 * a 居民身份证 number gets the GB 11643 check (upper-cased in place), other
 * documents a shape check; at least one of the information's name, 文号 and
 * description is needed (the message stands beside info_title); delivery by
 * e-mail needs an e-mail address. */
void application_form_check(struct form *form);

/* Exports FORM (values, errors, choices), its idempotency KEY and PROBLEM
 * (NULL or a message on top) to the page D, and marks the page no-store:
 * it may hold what a person typed about themselves. */
void application_form_to_dict(struct request *req, struct tmpl_dict *d, const struct form *form,
                              const char *key, const char *problem);

/* A fresh 32-hex idempotency key for a form about to be shown (arena). */
const char *application_form_new_key(struct request *req);
/* The form's 32-hex idempotency key, or a fresh one (arena) when it is
 * missing or malformed, so that such a submission is never deduplicated. */
const char *application_form_key(struct request *req);
/* The application stored under idempotency KEY, or 0. */
long long application_by_key(sqlite3 *private_db, const char *key);

/* Binds applicant_type, name, id_type ... fee_waiver (20 columns, in the
 * order of the applications table) from FIRST_COL on; the other applicant
 * type's columns get "", fee_waiver always 0 (the column outlived the 2007
 * regulations' fee waiver). */
void application_bind_applicant(sqlite3_stmt *st, int first_col, const struct form *form);

/* The information asked for, in one line for summaries and lists: its name,
 * else its 文号, else the first 30 characters of the description (line breaks
 * as spaces, "…" when cut). Any of the three may be "" (Art. 29(二) needs only
 * one). Allocates in ARENA. */
const char *application_info_label(struct arena *arena, const char *title, const char *doc_no,
                                   const char *description);

#endif
