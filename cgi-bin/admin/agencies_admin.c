/* /admin/agencies: the platform's registry of agencies and each agency's own
 * offices and units with their contact details (the public 联系我们 page).
 * The platform administrator creates agencies and keeps their registry
 * fields (name, URL code, level, 统一社会信用代码, order); an agency's own
 * reviewer keeps its contact details, its 依申请公开 office (agency_settings)
 * and its units. Registry fields go live on save; what the agency says
 * publicly about itself (duties, contacts, its office; a unit as a whole)
 * waits as a change (agency_changes) until a reviewer of the agency other
 * than whoever made it publishes it (four-eyes, finding 15.19). A new agency
 * goes live with its registry row and empty pages only. Every step is audited. */
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "agency.h"
#include "app.h"
#include "content.h"
#include "db.h"
#include "form.h"
#include "log.h"
#include "policy.h"
#include "review.h"
#include "staff.h"
#include "tmpl.h"

/* ---- the forms --------------------------------------------------------------- */

static const struct field_choice level_choices[] = {
    { "government", "本级政府" }, { "department", "部门" }, { "township", "乡镇（街道）" }, { NULL, NULL } };
static const struct field_choice kind_choices[] = {
    { "office", "内设机构" }, { "unit", "下属单位" }, { NULL, NULL } };

#define CONTACT_FIELDS \
    { .name = "duties_md", .label = "职能（Markdown）", .kind = FIELD_TEXTAREA, .max_chars = 20000 }, \
    { .name = "address", .label = "地址", .kind = FIELD_TEXT, .max_chars = 200 }, \
    { .name = "postcode", .label = "邮编", .kind = FIELD_POSTCODE }, \
    { .name = "office_hours", .label = "办公时间", .kind = FIELD_TEXT, .max_chars = 200 }, \
    { .name = "phone", .label = "电话", .kind = FIELD_PHONE }, \
    { .name = "fax", .label = "传真", .kind = FIELD_PHONE }, \
    { .name = "email", .label = "电子邮箱", .kind = FIELD_EMAIL }, \
    { .name = "supervision_phone", .label = "监督电话", .kind = FIELD_PHONE }

/* A top-level agency. The first REGISTRY_FIELD_COUNT are the platform
 * administrator's; the application office fields are agency_settings keys. */
static const struct field agency_fields[] = {
    { .name = "name", .label = "机关名称", .kind = FIELD_TEXT, .max_chars = 100, .required = true },
    { .name = "code", .label = "机关代码（网址）", .kind = FIELD_TEXT, .max_chars = 40, .required = true },
    { .name = "level", .label = "类别", .kind = FIELD_CHOICE, .required = true, .choices = level_choices },
    { .name = "uscc", .label = "统一社会信用代码", .kind = FIELD_USCC, .required = true },
    { .name = "sort", .label = "排序", .kind = FIELD_INT_RANGE, .min = 0, .max = 100000 },
    CONTACT_FIELDS,
    { .name = "applications_office", .label = "依申请公开受理机构", .kind = FIELD_TEXT, .max_chars = 60, .required = true },
    { .name = "applications_address", .label = "受理地址", .kind = FIELD_TEXT, .max_chars = 100, .required = true },
    { .name = "applications_hours", .label = "受理时间", .kind = FIELD_TEXT, .max_chars = 100 },
    { .name = "applications_phone", .label = "受理电话", .kind = FIELD_PHONE, .required = true },
    { .name = "applications_fax", .label = "受理传真", .kind = FIELD_PHONE },
    { .name = "applications_postcode", .label = "受理邮编", .kind = FIELD_POSTCODE },
    /* 负责人信息 and 权责清单 (issue 14): lines of cells (policy.h), agency_settings keys like the office's */
    { .name = "leaders", .label = "负责人信息", .kind = FIELD_TEXTAREA, .max_chars = 8000 },
    { .name = "powers", .label = "权责清单", .kind = FIELD_TEXTAREA, .max_chars = 100000 },
};
enum {
    AGENCY_FIELD_COUNT = sizeof agency_fields / sizeof agency_fields[0],
    REGISTRY_FIELD_COUNT = 5,
    CONTACT_FIELD_COUNT = 8,
    OFFICE_FIRST = REGISTRY_FIELD_COUNT + CONTACT_FIELD_COUNT,
};

/* An office or unit of the current agency. */
static const struct field unit_fields[] = {
    { .name = "name", .label = "名称", .kind = FIELD_TEXT, .max_chars = 100, .required = true },
    { .name = "kind", .label = "类别", .kind = FIELD_CHOICE, .required = true, .choices = kind_choices },
    { .name = "uscc", .label = "统一社会信用代码", .kind = FIELD_USCC },
    { .name = "sort", .label = "排序", .kind = FIELD_INT_RANGE, .min = 0, .max = 100000 },
    CONTACT_FIELDS,
};
enum { UNIT_FIELD_COUNT = sizeof unit_fields / sizeof unit_fields[0], UNIT_CONTACT_FIRST = 4 };

/* A change of a row's public text waiting for review or sent back. */
struct agency_change {
    long long id;
    const char *status;          /* "review" or "returned" */
    const char *review_comment;
    long long edited_by;
    long long owner_id;          /* the agency whose review levels apply */
    long long approved_by;       /* two levels: the reviewer who approved it (待审签), else 0 */
    const char *approved_at;
};

/* What the edit page shows about the row being edited. */
struct agency_view {
    long long id;            /* 0: new */
    bool unit;               /* an office or unit (else a top-level agency) */
    bool registry_editable;  /* the platform administrator's fields are inputs */
    bool can_save;
    const char *notice;
    bool preview;
    const struct agency_change *change;   /* the change waiting for this row, or NULL */
    const struct form *published;         /* the public values, beside a change */
    const struct form *proposed;          /* the change's values */
    const char *publish_error, *return_error;
};

/* ---- loading ------------------------------------------------------------------ */

static void agency_form_blank(struct request *req, struct form *form)
{
    form_blank(req->arena, agency_fields, AGENCY_FIELD_COUNT, form);
    form->values[2] = "department";
    form->values[4] = "100";
}

static void unit_form_blank(struct request *req, struct form *form)
{
    form_blank(req->arena, unit_fields, UNIT_FIELD_COUNT, form);
    form->values[1] = "office";
    form->values[3] = "100";
}

/* The row's owner agency and whether it is a unit; false when there is no such row. */
static bool agency_row_owner(struct request *req, long long id, long long *owner, bool *unit)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT coalesce(parent_id, id), parent_id IS NOT NULL FROM agencies WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        *owner = db_int(st, 0);
        *unit = db_int(st, 1) != 0;
    }
    sqlite3_reset(st);
    return found;
}

static void load_agency(struct request *req, long long id, struct form *form)
{
    agency_form_blank(req, form);
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT name, COALESCE(code, ''), COALESCE(level, ''), COALESCE(uscc, ''), sort, duties_md, address, "
        "postcode, office_hours, phone, fax, email, supervision_phone FROM agencies WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) == SQLITE_ROW)
        for (int i = 0; i < OFFICE_FIRST; i++)
            form->values[i] = db_text(req->arena, st, i);
    sqlite3_reset(st);
    st = db_stmt(req->app->content_db, "SELECT value FROM agency_settings WHERE agency_id = ?1 AND key = ?2");
    for (int i = OFFICE_FIRST; i < AGENCY_FIELD_COUNT; i++) {
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_text(st, 2, agency_fields[i].name, -1, SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_ROW)
            form->values[i] = db_text(req->arena, st, 0);
        sqlite3_reset(st);
    }
}

static void load_unit(struct request *req, long long id, struct form *form)
{
    unit_form_blank(req, form);
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT name, kind, COALESCE(uscc, ''), sort, duties_md, address, postcode, office_hours, phone, fax, "
        "email, supervision_phone FROM agencies WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) == SQLITE_ROW)
        for (int i = 0; i < UNIT_FIELD_COUNT; i++)
            form->values[i] = db_text(req->arena, st, i);
    sqlite3_reset(st);
}

/* ---- rendering ---------------------------------------------------------------- */

static const char *form_title(const struct agency_view *v)
{
    if (v->unit)
        return v->id ? "编辑内设机构或下属单位" : "新增内设机构或下属单位";
    return v->id ? "编辑机关和联系方式" : "新增机关";
}

static const char *form_action(struct request *req, const struct agency_view *v)
{
    if (v->id)
        return arena_printf(req->arena, "/admin/agencies/%lld", v->id);
    return v->unit ? "/admin/agencies/units/new" : "/admin/agencies/new";
}

/* The first of FORM's fields that the public sees as the agency's own text:
 * a top-level agency's contacts and office, a unit as a whole. */
static size_t public_first(const struct form *form)
{
    return form->fields == agency_fields ? REGISTRY_FIELD_COUNT : 0;
}

/* May the member act on the change of the row in V in one of ROLES (a
 * reviewer publishes or approves, a signer signs)? Only in the row's agency. */
static bool may_act_on_change(struct request *req, const struct agency_view *v, unsigned roles)
{
    return staff_has(req, roles) && (v->unit || v->id == staff_agency_id(req));
}

static bool change_awaits_signoff(const struct agency_change *c)
{
    return strcmp(c->status, "review") == 0 && c->approved_by;
}

/* The change's state, and while it is in review its fields against the public ones. */
static void add_change_panel(struct request *req, struct tmpl_dict *d, const struct agency_view *v)
{
    const struct agency_change *c = v->change;
    bool review = strcmp(c->status, "review") == 0;
    struct tmpl_dict *box = tmpl_add_section(d, "change");
    tmpl_set(box, "change_label", !review ? "公开信息的修改已退回"
                                  : c->approved_by ? "公开信息的修改待审签（公开页面仍显示原来的内容）"
                                                   : "公开信息的修改待审核（公开页面仍显示原来的内容）");
    if (!review) {
        tmpl_set(tmpl_add_section(box, "returned"), "review_comment", c->review_comment);
        return;
    }
    const struct form *after = v->proposed;
    size_t first = public_first(after);
    review_add_changes(req, tmpl_add_section(d, "read_only"), after->fields + first, after->count - first,
                       (const char *const *)v->published->values + first, (const char *const *)after->values + first);
    if (c->approved_by) {
        review_add_signoff(req, box, arena_printf(req->arena, "/admin/agencies/%lld", v->id), c->approved_by,
                           c->approved_at, v->return_error);
        return;
    }
    if (!may_act_on_change(req, v, ROLE_REVIEWER))
        return;
    struct tmpl_dict *r = tmpl_add_section(box, "can_review");
    tmpl_set_int(r, "row_id", v->id);
    tmpl_show(r, review_levels(req, c->owner_id) == 2 ? "two_levels" : "one_level");
    if (v->publish_error)
        tmpl_set(tmpl_add_section(r, "publish_error"), "message", v->publish_error);
    if (v->return_error)
        tmpl_set(tmpl_add_section(r, "return_error"), "message", v->return_error);
}

static int render_agency(struct request *req, const struct agency_view *v, const struct form *form)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, form_title(v), "admin/agencies_form.tpl");
    form_to_dict(form, d);
    tmpl_set(d, "heading", form_title(v));
    tmpl_set(d, "form_action", form_action(req, v));
    if (v->unit) {
        tmpl_set(tmpl_add_section(d, "unit"), "owner_name", current_staff(req)->agency_name);
    } else {
        if (v->id && staff_has(req, ROLE_ADMIN))   /* the next step after adding an agency: its staff */
            tmpl_set_int(tmpl_add_section(d, "agency_users"), "agency_id", v->id);
        struct tmpl_dict *top = tmpl_add_section(d, v->registry_editable ? "registry" : "registry_locked");
        tmpl_set(top, "level_label", agency_level_label(form_value(form, "level")));
        tmpl_show(d, "office");
        if (v->id && !v->registry_editable)
            tmpl_show(d, "locked_hint");
    }
    if (v->can_save)
        tmpl_show(d, "can_save");
    if (v->notice)
        tmpl_set(tmpl_add_section(d, "notice"), "notice_text", v->notice);
    if (v->change)
        add_change_panel(req, d, v);
    if (v->preview)
        add_markdown_preview(req, d, form_value(form, "duties_md"));
    return page_render(&page);
}

/* ---- the list ----------------------------------------------------------------- */

static void add_own_rows(struct request *req, struct tmpl_dict *d)
{
    const struct staff *s = current_staff(req);
    struct tmpl_dict *box = tmpl_add_section(d, "own");
    tmpl_set(box, "agency_name", s->agency_name);
    tmpl_set(box, "agency_code", s->agency_code);
    if (staff_has(req, ROLE_REVIEWER))
        tmpl_show(box, "can_create_unit");
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, name, kind, parent_id IS NULL, phone, sort FROM agencies WHERE id = ?1 OR parent_id = ?1 "
        "ORDER BY parent_id IS NOT NULL, sort, id");
    sqlite3_bind_int64(st, 1, s->agency_id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(box, "agencies");
        tmpl_set_int(row, "id", db_int(st, 0));
        tmpl_set(row, "name", (const char *)sqlite3_column_text(st, 1));
        const char *kind = (const char *)sqlite3_column_text(st, 2);
        tmpl_set(row, "kind_label", db_int(st, 3) ? "本机关" : field_choice_label(kind_choices, kind));
        tmpl_set(row, "phone", (const char *)sqlite3_column_text(st, 4));
        tmpl_set_int(row, "sort", db_int(st, 5));
    }
    sqlite3_reset(st);
}

static void add_registry_rows(struct request *req, struct tmpl_dict *d)
{
    struct tmpl_dict *box = tmpl_add_section(d, "registry_list");
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, name, COALESCE(code, ''), COALESCE(level, ''), COALESCE(uscc, ''), sort, "
        " (SELECT count(*) FROM agencies u WHERE u.parent_id = a.id) "
        "FROM agencies a WHERE parent_id IS NULL "
        "ORDER BY CASE level WHEN 'government' THEN 0 WHEN 'department' THEN 1 ELSE 2 END, sort, id");
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(box, "agencies");
        tmpl_set_int(row, "id", db_int(st, 0));
        tmpl_set(row, "name", (const char *)sqlite3_column_text(st, 1));
        tmpl_set(row, "code", (const char *)sqlite3_column_text(st, 2));
        tmpl_set(row, "level_label", agency_level_label((const char *)sqlite3_column_text(st, 3)));
        tmpl_set(row, "uscc", (const char *)sqlite3_column_text(st, 4));
        tmpl_set_int(row, "sort", db_int(st, 5));
        tmpl_set_int(row, "unit_count", db_int(st, 6));
    }
    sqlite3_reset(st);
}

int agencies_admin_list(struct request *req)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "机构和联系方式", "admin/agencies.tpl");
    if (staff_agency_id(req))
        add_own_rows(req, d);
    if (staff_has(req, ROLE_ADMIN))
        add_registry_rows(req, d);
    return page_render(&page);
}

/* ---- checks --------------------------------------------------------------------- */

/* The name of the agency other than SELF that uses CODE, or NULL. */
static const char *code_taken_by(struct request *req, const char *code, long long self)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT name FROM agencies WHERE code = ?1 AND id <> ?2");
    sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, self);
    const char *name = sqlite3_step(st) == SQLITE_ROW ? db_text(req->arena, st, 0) : NULL;
    sqlite3_reset(st);
    return name;
}

static bool name_taken(struct request *req, const char *name, long long self)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT 1 FROM agencies WHERE name = ?1 AND parent_id IS NULL AND id <> ?2");
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, self);
    bool taken = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_reset(st);
    return taken;
}

/* The URL code: lowercase letters and digits from a letter, not a platform
 * path, not another agency's. The message says which rule was broken. */
static void check_code(struct request *req, struct form *form, long long self)
{
    const char *code = form_value(form, "code");
    if (!*code || form->errors[1])
        return;
    const char *other;
    if (!agency_code_valid(code))
        form_set_error(form, "code", "机关代码只能使用小写英文字母和数字，以字母开头，不超过20个字符（例如 wsj）。");
    else if (agency_code_reserved(code))
        form_set_error(form, "code", arena_printf(req->arena, "“%s”是平台本身使用的网址，不能用作机关代码，请换一个。", code));
    else if ((other = code_taken_by(req, code, self)))
        form_set_error(form, "code", arena_printf(req->arena, "代码“%s”已被%s使用，请换一个。", code, other));
}

/* The published guide of agency SELF named NAME exists? */
static bool own_guide_named(struct request *req, long long self, const char *name)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT 1 FROM guides WHERE owner_id = ?1 AND name = ?2 AND status = 'published' AND draft_of IS NULL");
    sqlite3_bind_int64(st, 1, self);
    sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_reset(st);
    return found;
}

/* Each line of the 权责清单 names a known 类别 and, in its fifth cell, a
 * published guide of the agency (by its 事项名称) when it names one. */
static const char *check_power_rows(struct request *req, long long self, const struct list_row *rows, int n)
{
    for (int i = 0; i < n; i++) {
        if (!power_category_known(rows[i].cell[1]))
            return arena_printf(req->arena, "第%d行的类别“%s”不在权力类别中，请填写行政许可、行政处罚、行政强制、"
                                "行政征收、行政给付、行政检查、行政确认、行政奖励、行政裁决、其他行政权力或公共服务。",
                                rows[i].line, rows[i].cell[1]);
        if (*rows[i].cell[4] && !own_guide_named(req, self, rows[i].cell[4]))
            return arena_printf(req->arena, "第%d行的办事指南“%s”不是本机关已发布的办事指南，请填写其事项名称，或留空。",
                                rows[i].line, rows[i].cell[4]);
    }
    return NULL;
}

/* The lists of leaders and powers: every line split and checked. */
static void check_agency_lists(struct request *req, struct form *form, long long self)
{
    struct list_row *rows;
    const char *problem;
    if (!form->errors[form_field_index(form, "leaders")]
        && list_parse(req->arena, form_value(form, "leaders"), &leader_list, &rows, &problem) < 0)
        form_set_error(form, "leaders", problem);
    if (form->errors[form_field_index(form, "powers")])
        return;
    int n = list_parse(req->arena, form_value(form, "powers"), &power_list, &rows, &problem);
    if (n >= 0)
        problem = check_power_rows(req, self, rows, n);
    if (problem)
        form_set_error(form, "powers", problem);
}

static void check_agency_form(struct request *req, struct form *form, long long self)
{
    check_agency_lists(req, form, self);
    if (!*form_value(form, "sort"))
        form->values[4] = "0";
    check_code(req, form, self);
    if (*form_value(form, "name") && name_taken(req, form_value(form, "name"), self))
        form_set_error(form, "name", "平台上已有同名机关。");
}

/* ---- changes of public text ------------------------------------------------------- */

/* The change waiting for row AGENCY_ID; false when there is none. */
static bool load_change(struct request *req, long long agency_id, struct agency_change *c)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, status, review_comment, edited_by, owner_id, COALESCE(approved_by, 0), "
        "COALESCE(approved_at, '') FROM agency_changes WHERE agency_id = ?1");
    sqlite3_bind_int64(st, 1, agency_id);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        c->id = db_int(st, 0);
        c->status = db_text(req->arena, st, 1);
        c->review_comment = db_text(req->arena, st, 2);
        c->edited_by = db_int(st, 3);
        c->owner_id = db_int(st, 4);
        c->approved_by = db_int(st, 5);
        c->approved_at = db_text(req->arena, st, 6);
    }
    sqlite3_reset(st);
    return found;
}

/* Overwrites FORM's public fields with those stored in change CHANGE_ID. */
static void take_change_values(struct request *req, long long change_id, struct form *form)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT key, value FROM agency_change_values WHERE change_id = ?1");
    sqlite3_bind_int64(st, 1, change_id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *key = (const char *)sqlite3_column_text(st, 0);
        for (size_t i = public_first(form); i < form->count; i++)
            if (strcmp(form->fields[i].name, key) == 0)
                form->values[i] = db_text(req->arena, st, 1);
    }
    sqlite3_reset(st);
}

static bool public_text_differs(const struct form *a, const struct form *b)
{
    for (size_t i = public_first(a); i < a->count; i++)
        if (strcmp(a->values[i], b->values[i]) != 0)
            return true;
    return false;
}

static int drop_change(sqlite3 *db, long long agency_id)
{
    sqlite3_stmt *values = db_stmt(db,
        "DELETE FROM agency_change_values WHERE change_id IN (SELECT id FROM agency_changes WHERE agency_id = ?1)");
    sqlite3_bind_int64(values, 1, agency_id);
    if (db_run(db, values, "agency_change") != 0)
        return -1;
    sqlite3_stmt *st = db_stmt(db, "DELETE FROM agency_changes WHERE agency_id = ?1");
    sqlite3_bind_int64(st, 1, agency_id);
    return db_run(db, st, "agency_change");
}

/* Replaces row AGENCY_ID's change with FORM's public fields, in review, by
 * the current member. Runs inside the caller's transaction. */
static int store_change(struct request *req, long long agency_id, long long owner_id, const struct form *form)
{
    sqlite3 *db = req->app->content_db;
    if (drop_change(db, agency_id) != 0)
        return -1;
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO agency_changes (agency_id, owner_id, status, edited_by) VALUES (?1, ?2, 'review', ?3)");
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int64(st, 2, owner_id);
    sqlite3_bind_int64(st, 3, current_staff(req)->id);
    if (db_run(db, st, "agency_change") != 0)
        return -1;
    long long change = sqlite3_last_insert_rowid(db);
    for (size_t i = public_first(form); i < form->count; i++) {
        sqlite3_stmt *v = db_stmt(db, "INSERT INTO agency_change_values (change_id, key, value) VALUES (?1, ?2, ?3)");
        sqlite3_bind_int64(v, 1, change);
        sqlite3_bind_text(v, 2, form->fields[i].name, -1, SQLITE_STATIC);
        sqlite3_bind_text(v, 3, form->values[i], -1, SQLITE_STATIC);
        if (db_run(db, v, "agency_change") != 0)
            return -1;
    }
    return 0;
}

/* After a save: a change when the public text differs from BEFORE (the public
 * values), none when it is back to them. Inside the caller's transaction. */
static int keep_public_text_for_review(struct request *req, long long id, long long owner_id,
                                       const struct form *before, const struct form *form)
{
    if (public_text_differs(form, before))
        return store_change(req, id, owner_id, form);
    return drop_change(req->app->content_db, id);
}

/* ---- saving a top-level agency ------------------------------------------------ */

/* A new agency: its registry fields, and no public text until a reviewer publishes some. */
static long long insert_agency_row(struct request *req, const struct form *form)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO agencies (name, code, level, uscc, sort, kind, parent_id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, 'bureau', NULL)");
    for (int i = 0; i < REGISTRY_FIELD_COUNT; i++)
        sqlite3_bind_text(st, i + 1, form->values[i], -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 5, strtoll(form->values[4], NULL, 10));
    return db_run(db, st, "agency_save") == 0 ? sqlite3_last_insert_rowid(db) : 0;
}

/* The platform administrator's registry fields go live at once. */
static int update_registry(struct request *req, long long id, const struct form *form)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "UPDATE agencies SET name = ?1, code = ?2, level = ?3, uscc = ?4, sort = ?5 WHERE id = ?6 AND parent_id IS NULL");
    for (int i = 0; i < REGISTRY_FIELD_COUNT; i++)
        sqlite3_bind_text(st, i + 1, form->values[i], -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 5, strtoll(form->values[4], NULL, 10));
    sqlite3_bind_int64(st, 6, id);
    return db_run(db, st, "agency_save");
}

static int store_office_settings(struct request *req, long long id, const struct form *form)
{
    sqlite3 *db = req->app->content_db;
    for (int i = OFFICE_FIRST; i < AGENCY_FIELD_COUNT; i++) {
        sqlite3_stmt *st = db_stmt(db,
            "INSERT INTO agency_settings (agency_id, key, value) VALUES (?1, ?2, ?3) "
            "ON CONFLICT (agency_id, key) DO UPDATE SET value = excluded.value WHERE value <> excluded.value");
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_text(st, 2, agency_fields[i].name, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, form->values[i], -1, SQLITE_STATIC);
        if (db_run(db, st, "agency_settings_save") != 0)
            return -1;
    }
    return 0;
}

/* A published change: the agency's public text and its application office. */
static int store_public_text(struct request *req, long long id, const struct form *form)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "UPDATE agencies SET duties_md = ?1, address = ?2, postcode = ?3, office_hours = ?4, phone = ?5, fax = ?6, "
        "email = ?7, supervision_phone = ?8 WHERE id = ?9 AND parent_id IS NULL");
    for (int i = 0; i < CONTACT_FIELD_COUNT; i++)
        sqlite3_bind_text(st, i + 1, form->values[REGISTRY_FIELD_COUNT + i], -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 9, id);
    if (db_run(db, st, "agency_save") != 0 || sqlite3_changes(db) != 1)
        return -1;
    return store_office_settings(req, id, form);
}

/* The registry row (new: with its empty pages) and the change of its public
 * text, in one transaction; returns the row's id or 0. */
static long long save_agency(struct request *req, long long id, const struct form *before, const struct form *form)
{
    sqlite3 *db = req->app->content_db;
    if (db_begin(db, "agency_save") != SQLITE_OK)
        return 0;
    long long saved = id ? id : insert_agency_row(req, form);
    int rc = saved ? 0 : -1;
    if (rc == 0 && !id)
        rc = pages_create_for_agency(req, saved, form_value(form, "name"));
    else if (rc == 0 && staff_has(req, ROLE_ADMIN))
        rc = update_registry(req, id, form);
    if (rc == 0)
        rc = keep_public_text_for_review(req, saved, saved, before, form);
    if (rc != 0 || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return 0;
    }
    return saved;
}

static const char *diff_summary(struct request *req, const struct form *before, const struct form *after)
{
    struct buf summary;
    buf_init(&summary, req->arena);
    for (size_t i = 0; i < after->count; i++)
        audit_diff(&summary, after->fields[i].name, before->values[i], after->values[i]);
    return audit_summary_text(&summary);
}

/* For the agency's own reviewer: the registry fields stay as stored, whatever
 * was posted, and their checks do not count. */
static void keep_registry_fields(struct form *form, const struct form *before)
{
    for (int i = 0; i < REGISTRY_FIELD_COUNT; i++) {
        form->error_count -= form->errors[i] != NULL;
        form->values[i] = before->values[i];
        form->errors[i] = NULL;
    }
}

static const char review_pending_notice[] =
    "公开信息的修改正在审核中，审核结束前不能再修改职能、联系方式等公开信息。您的修改尚未保存。";

/* The audit row and the redirect after a save; a change of public text is said to wait. */
static int agency_saved(struct request *req, long long id, long long saved, const struct form *before,
                        const struct form *form)
{
    bool waits = public_text_differs(form, before);
    audit(req, id ? "agency.save" : "agency.create", arena_printf(req->arena, "agency:%lld", saved),
          arena_printf(req->arena, "%s%s", diff_summary(req, before, form), waits ? "; 公开信息待审核" : ""));
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/agencies/%lld?saved=%s", saved,
                                         !id && form->fields != unit_fields ? "new" : waits ? "review" : "1"));
    return 303;
}

static int agency_submit(struct request *req, long long id)
{
    struct form before, form;
    struct agency_change change;
    bool pending = id && load_change(req, id, &change) && strcmp(change.status, "review") == 0;
    if (id)
        load_agency(req, id, &before);
    else
        agency_form_blank(req, &before);
    form_read(req, agency_fields, AGENCY_FIELD_COUNT, false, &form);
    struct agency_view v = { .id = id, .registry_editable = staff_has(req, ROLE_ADMIN),
                             .can_save = staff_has(req, ROLE_ADMIN | ROLE_REVIEWER) };
    if (!v.registry_editable)
        keep_registry_fields(&form, &before);
    const char *action = params_get(&req->form, "action");
    if (action && strcmp(action, "preview") == 0) {
        v.preview = true;
        return render_agency(req, &v, &form);
    }
    if (!v.can_save) {
        v.notice = "须由本机关的审核人或平台管理员保存。您的修改尚未保存。";
        return render_agency(req, &v, &form);
    }
    if (pending && public_text_differs(&form, &before)) {
        v.notice = review_pending_notice;
        return render_agency(req, &v, &form);
    }
    check_agency_form(req, &form, id);
    if (form.error_count)
        return render_agency(req, &v, &form);
    long long saved = save_agency(req, id, &before, &form);
    if (!saved)
        return resp_error(req, 500, "保存失败，请稍后重试。");
    return agency_saved(req, id, saved, &before, &form);
}

int agency_new_page(struct request *req)
{
    struct form form;
    agency_form_blank(req, &form);
    struct agency_view v = { .registry_editable = true, .can_save = true };
    return render_agency(req, &v, &form);
}

int agency_new_submit(struct request *req)
{
    return agency_submit(req, 0);
}

/* ---- offices and units of the current agency -------------------------------------- */

static long long save_unit(struct request *req, long long id, const struct form *form)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = id
        ? db_stmt(db, "UPDATE agencies SET name = ?1, kind = ?2, uscc = ?3, sort = ?4, duties_md = ?5, "
                      "address = ?6, postcode = ?7, office_hours = ?8, phone = ?9, fax = ?10, email = ?11, "
                      "supervision_phone = ?12 WHERE id = ?13 AND parent_id = ?14")
        : db_stmt(db, "INSERT INTO agencies (name, kind, uscc, sort, duties_md, address, postcode, office_hours, "
                      "phone, fax, email, supervision_phone, parent_id) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?14)");
    for (int i = 0; i < UNIT_FIELD_COUNT; i++)
        sqlite3_bind_text(st, i + 1, form->values[i], -1, SQLITE_STATIC);
    db_bind_text_or_null(st, 3, form->values[2]);   /* uscc: NULL when none */
    sqlite3_bind_int64(st, 4, strtoll(form->values[3], NULL, 10));
    if (id)
        sqlite3_bind_int64(st, 13, id);
    sqlite3_bind_int64(st, 14, staff_agency_id(req));
    if (db_run(db, st, "unit_save") != 0 || sqlite3_changes(db) != 1)
        return 0;
    return id ? id : sqlite3_last_insert_rowid(db);
}

/* A new unit's row is stored hidden from the public, with its whole entry as
 * a change in review; an existing unit's change waits for review beside its
 * public entry. Either way another reviewer publishes it. */
static long long store_unit(struct request *req, long long id, const struct form *before, const struct form *form)
{
    sqlite3 *db = req->app->content_db;
    if (db_begin(db, "unit_save") != SQLITE_OK)
        return 0;
    long long saved = id ? id : save_unit(req, 0, form);
    sqlite3_stmt *hide = db_stmt(db, "UPDATE agencies SET unpublished = 1 WHERE id = ?1");
    sqlite3_bind_int64(hide, 1, saved);
    int rc = !saved ? -1
           : id ? keep_public_text_for_review(req, id, staff_agency_id(req), before, form)
           : db_run(db, hide, "unit_save") != 0 ? -1 : store_change(req, saved, staff_agency_id(req), form);
    if (rc != 0 || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return 0;
    }
    return saved;
}

/* Has the row never been published (a new unit waiting for its first review)? */
static bool unit_unpublished(struct request *req, long long id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db, "SELECT unpublished FROM agencies WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    bool hidden = sqlite3_step(st) == SQLITE_ROW && db_int(st, 0) != 0;
    sqlite3_reset(st);
    return hidden;
}

static int unit_submit(struct request *req, long long id)
{
    struct form before, form;
    struct agency_change change;
    bool pending = id && load_change(req, id, &change) && strcmp(change.status, "review") == 0;
    if (id)
        load_unit(req, id, &before);
    else
        unit_form_blank(req, &before);
    form_read(req, unit_fields, UNIT_FIELD_COUNT, false, &form);
    struct agency_view v = { .id = id, .unit = true, .can_save = staff_has(req, ROLE_REVIEWER) };
    const char *action = params_get(&req->form, "action");
    if (action && strcmp(action, "preview") == 0) {
        v.preview = true;
        return render_agency(req, &v, &form);
    }
    if (!v.can_save) {
        v.notice = "须由本机关的审核人保存。您的修改尚未保存。";
        return render_agency(req, &v, &form);
    }
    if (!*form_value(&form, "sort"))
        form.values[3] = "0";
    if (pending && public_text_differs(&form, &before)) {
        v.notice = review_pending_notice;
        return render_agency(req, &v, &form);
    }
    if (form.error_count)
        return render_agency(req, &v, &form);
    long long saved = store_unit(req, id, &before, &form);
    if (!saved)
        return resp_error(req, 500, "保存失败，请稍后重试。");
    return agency_saved(req, id, saved, &before, &form);
}

int unit_new_page(struct request *req)
{
    struct form form;
    unit_form_blank(req, &form);
    struct agency_view v = { .unit = true, .can_save = true };
    return render_agency(req, &v, &form);
}

int unit_new_submit(struct request *req)
{
    return unit_submit(req, 0);
}

/* ---- editing: either kind ----------------------------------------------------------- */

/* May the member open row ID? A unit, or a top-level agency for anyone but the
 * platform administrator, must be the current agency's: else the audited 403. */
static int agency_access(struct request *req, long long id, bool *unit)
{
    long long owner;
    if (!agency_row_owner(req, id, &owner, unit))
        return resp_error(req, 404, "没有这个机构。");
    if (!*unit && staff_has(req, ROLE_ADMIN))
        return 0;
    return content_require_own(req, owner, "agency", id);
}

static const char *saved_notice(struct request *req)
{
    const char *saved = params_get(&req->query, "saved");
    if (!saved)
        return content_step_notice(req);
    if (strcmp(saved, "new") == 0)
        return "机关已创建，其公开栏目（含空白的公开指南、公开制度、机构职能页面）已经可以访问；"
               "填写的职能、联系方式和受理机构待该机关的审核人审核发布后公开。"
               "下一步：在“用户”中为该机关添加信息编辑和审核人。";
    return strcmp(saved, "review") == 0 ? "已保存。公开信息的修改已提交审核，审核人发布前联系我们等公开页面保持不变。"
                                        : "已保存。";
}

/* Loads row ID (a unit or a top-level agency) into FORM with its change:
 * PUBLISHED gets the public values; a change sent back is what FORM shows,
 * so its author edits on. */
static void load_row(struct request *req, struct agency_view *v, struct form *published, struct form *form,
                     struct agency_change *change)
{
    if (v->unit && unit_unpublished(req, v->id))
        unit_form_blank(req, published);   /* nothing public yet: the change shows every field as new */
    else if (v->unit)
        load_unit(req, v->id, published);
    else
        load_agency(req, v->id, published);
    *form = *published;
    form->values = arena_alloc(req->arena, sizeof(char *) * published->count);
    memcpy(form->values, published->values, sizeof(char *) * published->count);
    v->published = published;
    v->proposed = form;
    v->change = load_change(req, v->id, change) ? change : NULL;
    if (v->change)
        take_change_values(req, change->id, form);
}

/* What the form's inputs start from: the public values while a change is in
 * review (it is shown beside them), else the change sent back or the public values. */
static const struct form *shown_form(const struct agency_view *v)
{
    return v->change && strcmp(v->change->status, "review") == 0 ? v->published : v->proposed;
}

int agency_edit_page(struct request *req)
{
    long long id = req->path_ids[0];
    bool unit;
    int refused = agency_access(req, id, &unit);
    if (refused)
        return refused;
    struct form published, form;
    struct agency_change change;
    struct agency_view v = { .id = id, .unit = unit, .notice = saved_notice(req) };
    load_row(req, &v, &published, &form, &change);
    v.registry_editable = !unit && staff_has(req, ROLE_ADMIN);
    v.can_save = staff_has(req, unit ? ROLE_REVIEWER : ROLE_ADMIN | ROLE_REVIEWER);
    return render_agency(req, &v, shown_form(&v));
}

int agency_edit_submit(struct request *req)
{
    long long id = req->path_ids[0];
    bool unit;
    int refused = agency_access(req, id, &unit);
    if (refused)
        return refused;
    return unit ? unit_submit(req, id) : agency_submit(req, id);
}

/* ---- review of a change ---------------------------------------------------------------- */

struct change_step {
    struct agency_view v;
    struct form published, form;   /* the public values; the change's */
    struct agency_change change;
};

/* Opens row ID's change in review for a member of its agency holding one of
 * ROLES: 0, or an error already answered. */
static int open_change(struct request *req, struct change_step *c, unsigned roles)
{
    long long id = req->path_ids[0];
    bool unit;
    int refused = agency_access(req, id, &unit);
    if (refused)
        return refused;
    c->v = (struct agency_view){ .id = id, .unit = unit };
    load_row(req, &c->v, &c->published, &c->form, &c->change);
    if (!may_act_on_change(req, &c->v, roles))
        return resp_error(req, 403, "只有本机关的审核人或审签人可以审核本机关的公开信息。");
    if (!c->v.change || strcmp(c->change.status, "review") != 0) {
        c->v.notice = "没有待审核的修改（可能已被处理）。";
        return render_agency(req, &c->v, shown_form(&c->v));
    }
    return 0;
}

static int publish_change(struct request *req, struct change_step *c)
{
    sqlite3 *db = req->app->content_db;
    if (db_begin(db, "agency_publish") != SQLITE_OK)
        return -1;
    sqlite3_stmt *show = db_stmt(db, "UPDATE agencies SET unpublished = 0 WHERE id = ?1");
    sqlite3_bind_int64(show, 1, c->v.id);
    int rc = c->v.unit ? (save_unit(req, c->v.id, &c->form) && db_run(db, show, "agency_publish") == 0 ? 0 : -1)
                       : store_public_text(req, c->v.id, &c->form);
    if (rc != 0 || drop_change(db, c->v.id) != 0 || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return -1;
    }
    return 0;
}

/* Publishes the change as SUMMARY's step ("status review -> published"). */
static int publish_step(struct request *req, struct change_step *c, const char *target, const char *summary)
{
    if (publish_change(req, c) != 0)
        return resp_error(req, 500, "发布失败，请稍后重试。");
    return review_done(req, "agency.publish", target,
                       arena_printf(req->arena, "%s; %s", summary, diff_summary(req, &c->published, &c->form)),
                       arena_printf(req->arena, "/admin/agencies/%lld", c->v.id));
}

/* The first of two levels: the change is recorded as approved by the current
 * reviewer and waits for a signer (待审签). */
static int approve_change(struct request *req, struct change_step *c, const char *target)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "UPDATE agency_changes SET approved_by = ?2, approved_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
        "WHERE id = ?1 AND status = 'review' AND approved_by IS NULL");
    sqlite3_bind_int64(st, 1, c->change.id);
    sqlite3_bind_int64(st, 2, current_staff(req)->id);
    if (db_write_one(db, st, "agency_approve") != 0)
        return resp_error(req, 500, "审核失败，请稍后重试。");
    return review_done(req, "agency.approve", target, review_approved_summary,
                       arena_printf(req->arena, "/admin/agencies/%lld", c->v.id));
}

int agency_change_publish(struct request *req)
{
    struct change_step c;
    int refused = open_change(req, &c, ROLE_REVIEWER);
    if (refused)
        return refused;
    const char *target = arena_printf(req->arena, "agency:%lld", c.v.id);
    /* Approved under two levels: only a signer's sign publishes it, even if the levels changed since. */
    if (change_awaits_signoff(&c.change)) {
        c.v.notice = "公开信息的修改已审核通过，正在等待审签人审签发布。";
        return render_agency(req, &c.v, &c.published);
    }
    if (!review_attested(req)) {
        c.v.publish_error = review_attestation_missing;
        return render_agency(req, &c.v, &c.published);
    }
    refused = review_refuse_own_edit(req, c.change.edited_by, target);
    if (refused)
        return refused;
    if (review_levels(req, c.change.owner_id) == 2)
        return approve_change(req, &c, target);
    return publish_step(req, &c, target, "status review -> published; 保密审查: 已确认");
}

/* The second level (审签): a signer who is neither the change's author nor its reviewer publishes it. */
int agency_change_sign(struct request *req)
{
    struct change_step c;
    int refused = open_change(req, &c, ROLE_SIGNER);
    if (refused)
        return refused;
    if (!change_awaits_signoff(&c.change)) {
        c.v.notice = "公开信息的修改不在待审签状态（尚未审核通过，或已被处理）。";
        return render_agency(req, &c.v, &c.published);
    }
    const char *target = arena_printf(req->arena, "agency:%lld", c.v.id);
    refused = review_refuse_signer(req, c.change.edited_by, c.change.approved_by, target);
    if (refused)
        return refused;
    return publish_step(req, &c, target, arena_printf(req->arena, "status signoff -> published; 审签; 审核人: 用户%lld",
                                                      c.change.approved_by));
}

int agency_change_return(struct request *req)
{
    struct change_step c;
    int refused = open_change(req, &c, ROLE_REVIEWER | ROLE_SIGNER);
    if (refused)
        return refused;
    const char *comment = review_comment(req);
    const char *not_yours = review_return_refused(req, c.change.approved_by != 0);
    if (!comment || not_yours) {
        c.v.return_error = not_yours ? not_yours : review_comment_missing;
        return render_agency(req, &c.v, &c.published);
    }
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "UPDATE agency_changes SET status = ?1, review_comment = ?4, approved_by = NULL, approved_at = NULL "
        "WHERE id = ?2 AND instr(?3, '|' || status || '|') > 0");
    if (review_transition(db, st, c.change.id, "|review|", "returned", comment, "agency_change") != 0)
        return resp_error(req, 500, "退回失败，请稍后重试。");
    return review_done(req, "agency.return", arena_printf(req->arena, "agency:%lld", c.v.id),
                       review_summary(req, "review", "returned", comment),
                       arena_printf(req->arena, "/admin/agencies/%lld", c.v.id));
}
