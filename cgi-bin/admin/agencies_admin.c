/* /admin/agencies: the bureau, its offices and units with their duties and
 * contact details (the public 联系我们 page). Changes are live at once, so
 * only reviewers and administrators save them; every save is audited. */
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "app.h"
#include "content.h"
#include "db.h"
#include "form.h"
#include "log.h"
#include "staff.h"
#include "tmpl.h"

static const struct field_choice kind_choices[] = {
    { "bureau", "本机关" }, { "office", "内设机构" }, { "unit", "下属单位" }, { NULL, NULL } };

/* The order matches the columns of load_agency and the parameters of save_agency. */
static const struct field agency_fields[] = {
    { .name = "name", .label = "名称", .kind = FIELD_TEXT, .max_chars = 100, .required = true },
    { .name = "kind", .label = "类别", .kind = FIELD_CHOICE, .required = true, .choices = kind_choices },
    { .name = "parent_id", .label = "上级机构", .kind = FIELD_UINT },
    { .name = "uscc", .label = "统一社会信用代码", .kind = FIELD_USCC },
    { .name = "duties_md", .label = "职能（Markdown）", .kind = FIELD_TEXTAREA, .max_chars = 20000 },
    { .name = "address", .label = "地址", .kind = FIELD_TEXT, .max_chars = 200 },
    { .name = "postcode", .label = "邮编", .kind = FIELD_POSTCODE },
    { .name = "office_hours", .label = "办公时间", .kind = FIELD_TEXT, .max_chars = 200 },
    { .name = "phone", .label = "电话", .kind = FIELD_PHONE },
    { .name = "fax", .label = "传真", .kind = FIELD_PHONE },
    { .name = "email", .label = "电子邮箱", .kind = FIELD_EMAIL },
    { .name = "supervision_phone", .label = "监督电话", .kind = FIELD_PHONE },
    { .name = "sort", .label = "排序", .kind = FIELD_INT_RANGE, .min = 0, .max = 100000 },
};
enum { AGENCY_FIELD_COUNT = sizeof agency_fields / sizeof agency_fields[0] };

static void agency_form_blank(struct request *req, struct form *form)
{
    form_blank(req->arena, agency_fields, AGENCY_FIELD_COUNT, form);
    form->values[1] = "office";
    form->values[2] = "1";
    form->values[12] = "100";
}

static bool load_agency(struct request *req, long long id, struct form *form)
{
    agency_form_blank(req, form);
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT name, kind, COALESCE(parent_id, ''), COALESCE(uscc, ''), duties_md, address, postcode, "
        "office_hours, phone, fax, email, supervision_phone, sort FROM agencies WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found)
        for (int i = 0; i < AGENCY_FIELD_COUNT; i++)
            form->values[i] = db_text(req->arena, st, i);
    sqlite3_reset(st);
    return found;
}

static int render_agency(struct request *req, long long id, const struct form *form, bool preview,
                         const char *notice)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, id ? "编辑机构" : "新增机构", "admin/agencies_form.tpl");
    form_to_dict(form, d);
    add_agency_options(req, d, "parent_options", form_id(form, "parent_id"));
    tmpl_set(d, "heading", id ? "编辑机构和联系方式" : "新增机构");
    tmpl_set(d, "form_action", id ? arena_printf(req->arena, "/admin/agencies/%lld", id) : "/admin/agencies/new");
    if (staff_has(req, ROLE_REVIEWER | ROLE_ADMIN))
        tmpl_show(d, "can_save");
    if (notice)
        tmpl_set(tmpl_add_section(d, "notice"), "notice_text", notice);
    if (preview)
        add_markdown_preview(req, d, form_value(form, "duties_md"));
    return page_render(&page);
}

int agencies_admin_list(struct request *req)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "机构和联系方式", "admin/agencies.tpl");
    if (staff_has(req, ROLE_REVIEWER | ROLE_ADMIN))
        tmpl_show(d, "can_create");
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, name, kind, phone, sort FROM agencies ORDER BY kind <> 'bureau', sort, id");
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "agencies");
        tmpl_set_int(row, "id", db_int(st, 0));
        tmpl_set(row, "name", (const char *)sqlite3_column_text(st, 1));
        const char *kind = (const char *)sqlite3_column_text(st, 2);
        tmpl_set(row, "kind_label", strcmp(kind, "bureau") == 0 ? "本机关"
                                    : strcmp(kind, "office") == 0 ? "内设机构" : "下属单位");
        tmpl_set(row, "phone", (const char *)sqlite3_column_text(st, 3));
        tmpl_set_int(row, "sort", db_int(st, 4));
    }
    sqlite3_reset(st);
    return page_render(&page);
}

int agency_new_page(struct request *req)
{
    struct form form;
    agency_form_blank(req, &form);
    return render_agency(req, 0, &form, false, NULL);
}

int agency_edit_page(struct request *req)
{
    struct form form;
    if (!load_agency(req, req->path_ids[0], &form))
        return resp_error(req, 404, "没有这个机构。");
    return render_agency(req, req->path_ids[0], &form, false,
                         params_get(&req->query, "saved") ? "已保存，联系我们页面已更新。" : NULL);
}

/* A parent must exist and must not be the agency itself or one of its descendants. */
static bool parent_acceptable(struct request *req, long long id, long long parent)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db, "SELECT parent_id FROM agencies WHERE id = ?1");
    for (int depth = 0; parent && depth < 32; depth++) {
        if (parent == id)
            return false;
        sqlite3_bind_int64(st, 1, parent);
        bool found = sqlite3_step(st) == SQLITE_ROW;
        long long up = found ? db_int(st, 0) : 0;
        sqlite3_reset(st);
        if (!found)
            return false;
        parent = up;
    }
    return true;
}

static long long save_agency(struct request *req, long long id, const struct form *form)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = id
        ? db_stmt(db, "UPDATE agencies SET name = ?1, kind = ?2, parent_id = ?3, uscc = ?4, duties_md = ?5, "
                      "address = ?6, postcode = ?7, office_hours = ?8, phone = ?9, fax = ?10, email = ?11, "
                      "supervision_phone = ?12, sort = ?13 WHERE id = ?14")
        : db_stmt(db, "INSERT INTO agencies (name, kind, parent_id, uscc, duties_md, address, postcode, "
                      "office_hours, phone, fax, email, supervision_phone, sort) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    for (int i = 0; i < AGENCY_FIELD_COUNT - 1; i++)   /* parent and sort are bound as numbers below */
        if (i != 2)
            sqlite3_bind_text(st, i + 1, form->values[i], -1, SQLITE_STATIC);
    db_bind_text_or_null(st, 4, form->values[3]);   /* uscc: NULL when none */
    db_bind_id_or_null(st, 3, form_id(form, "parent_id"));
    sqlite3_bind_int64(st, 13, strtoll(form->values[12], NULL, 10));
    if (id)
        sqlite3_bind_int64(st, 14, id);
    if (db_run(db, st, "agency_save") != 0)
        return 0;
    return id ? id : sqlite3_last_insert_rowid(db);
}

static int agency_submit(struct request *req, long long id)
{
    struct form before, form;
    if (id && !load_agency(req, id, &before))
        return resp_error(req, 404, "没有这个机构。");
    if (!id)
        agency_form_blank(req, &before);
    form_read(req, agency_fields, AGENCY_FIELD_COUNT, false, &form);
    const char *action = params_get(&req->form, "action");
    if (action && strcmp(action, "preview") == 0)
        return render_agency(req, id, &form, true, NULL);
    if (!*form_value(&form, "sort"))
        form.values[12] = "0";
    if (!parent_acceptable(req, id, form_id(&form, "parent_id")))
        form_set_error(&form, "parent_id", "上级机构不能是它自己或它的下级。");
    if (form.error_count)
        return render_agency(req, id, &form, false, NULL);
    long long saved = save_agency(req, id, &form);
    if (!saved)
        return resp_error(req, 500, "保存失败，请稍后重试。");
    struct buf summary;
    buf_init(&summary, req->arena);
    for (size_t i = 0; i < AGENCY_FIELD_COUNT; i++)
        audit_diff(&summary, agency_fields[i].name, id ? before.values[i] : "", form.values[i]);
    audit(req, id ? "agency.save" : "agency.create", arena_printf(req->arena, "agency:%lld", saved),
          audit_summary_text(&summary));
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/agencies/%lld?saved=1", saved));
    return 303;
}

int agency_new_submit(struct request *req)
{
    return agency_submit(req, 0);
}

int agency_edit_submit(struct request *req)
{
    return agency_submit(req, req->path_ids[0]);
}
