/* /admin/agencies: the platform's registry of agencies and each agency's own
 * offices and units with their contact details (the public 联系我们 page).
 * The platform administrator creates agencies and keeps their registry
 * fields (name, URL code, level, 统一社会信用代码, order); an agency's own
 * reviewer keeps its contact details, its 依申请公开 office (agency_settings)
 * and its units. Saves are live at once and audited. */
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "agency.h"
#include "app.h"
#include "content.h"
#include "db.h"
#include "form.h"
#include "log.h"
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

/* What the edit page shows about the row being edited. */
struct agency_view {
    long long id;            /* 0: new */
    bool unit;               /* an office or unit (else a top-level agency) */
    bool registry_editable;  /* the platform administrator's fields are inputs */
    bool can_save;
    const char *notice;
    bool preview;
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

static void check_agency_form(struct request *req, struct form *form, long long self)
{
    if (!*form_value(form, "sort"))
        form->values[4] = "0";
    check_code(req, form, self);
    if (*form_value(form, "name") && name_taken(req, form_value(form, "name"), self))
        form_set_error(form, "name", "平台上已有同名机关。");
}

/* ---- saving a top-level agency ------------------------------------------------ */

static long long store_agency_row(struct request *req, long long id, const struct form *form)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = id
        ? db_stmt(db, "UPDATE agencies SET name = ?1, code = ?2, level = ?3, uscc = ?4, sort = ?5, duties_md = ?6, "
                      "address = ?7, postcode = ?8, office_hours = ?9, phone = ?10, fax = ?11, email = ?12, "
                      "supervision_phone = ?13 WHERE id = ?14 AND parent_id IS NULL")
        : db_stmt(db, "INSERT INTO agencies (name, code, level, uscc, sort, duties_md, address, postcode, "
                      "office_hours, phone, fax, email, supervision_phone, kind, parent_id) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 'bureau', NULL)");
    for (int i = 0; i < OFFICE_FIRST; i++)
        sqlite3_bind_text(st, i + 1, form->values[i], -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 5, strtoll(form->values[4], NULL, 10));
    if (id)
        sqlite3_bind_int64(st, 14, id);
    if (db_run(db, st, "agency_save") != 0)
        return 0;
    return id ? id : sqlite3_last_insert_rowid(db);
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

/* The row, its application office and (for a new agency) its empty pages, in one transaction. */
static long long save_agency(struct request *req, long long id, const struct form *form)
{
    sqlite3 *db = req->app->content_db;
    if (db_begin(db, "agency_save") != SQLITE_OK)
        return 0;
    long long saved = store_agency_row(req, id, form);
    int rc = saved ? store_office_settings(req, saved, form) : -1;
    if (rc == 0 && !id)
        rc = pages_create_for_agency(req, saved, form_value(form, "name"));
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

static int agency_submit(struct request *req, long long id)
{
    struct form before, form;
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
        v.notice = "保存后立即公开，须由本机关的审核人或平台管理员保存。您的修改尚未保存。";
        return render_agency(req, &v, &form);
    }
    check_agency_form(req, &form, id);
    if (form.error_count)
        return render_agency(req, &v, &form);
    long long saved = save_agency(req, id, &form);
    if (!saved)
        return resp_error(req, 500, "保存失败，请稍后重试。");
    audit(req, id ? "agency.save" : "agency.create", arena_printf(req->arena, "agency:%lld", saved),
          diff_summary(req, &before, &form));
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/agencies/%lld?saved=%s", saved, id ? "1" : "new"));
    return 303;
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

static int unit_submit(struct request *req, long long id)
{
    struct form before, form;
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
        v.notice = "保存后立即公开，须由本机关的审核人保存。您的修改尚未保存。";
        return render_agency(req, &v, &form);
    }
    if (!*form_value(&form, "sort"))
        form.values[3] = "0";
    if (form.error_count)
        return render_agency(req, &v, &form);
    long long saved = save_unit(req, id, &form);
    if (!saved)
        return resp_error(req, 500, "保存失败，请稍后重试。");
    audit(req, id ? "agency.save" : "agency.create", arena_printf(req->arena, "agency:%lld", saved),
          diff_summary(req, &before, &form));
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/agencies/%lld?saved=1", saved));
    return 303;
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
        return NULL;
    return strcmp(saved, "new") == 0 ? "机关已创建，其公开栏目（含空白的公开指南、公开制度、机构职能页面）已经可以访问。"
                                       "下一步：在“用户”中为该机关添加信息编辑和审核人。"
                                     : "已保存，联系我们页面已更新。";
}

int agency_edit_page(struct request *req)
{
    long long id = req->path_ids[0];
    bool unit;
    int refused = agency_access(req, id, &unit);
    if (refused)
        return refused;
    struct form form;
    struct agency_view v = { .id = id, .unit = unit, .notice = saved_notice(req) };
    if (unit) {
        load_unit(req, id, &form);
        v.can_save = staff_has(req, ROLE_REVIEWER);
    } else {
        load_agency(req, id, &form);
        v.registry_editable = staff_has(req, ROLE_ADMIN);
        v.can_save = staff_has(req, ROLE_ADMIN | ROLE_REVIEWER);
    }
    return render_agency(req, &v, &form);
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
