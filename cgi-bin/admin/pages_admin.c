/* /admin/pages: the static pages (公开指南, 机构职能, 无障碍声明). A page has
 * no draft state, so a save is live at once: everyone may preview, only a
 * reviewer or an administrator may save, and every save is audited. */
#include <string.h>

#include "admin.h"
#include "app.h"
#include "content.h"
#include "db.h"
#include "form.h"
#include "log.h"
#include "staff.h"
#include "tmpl.h"

static const struct field page_fields[] = {
    { .name = "title", .label = "标题", .kind = FIELD_TEXT, .max_chars = 100, .required = true },
    { .name = "body_md", .label = "正文", .kind = FIELD_TEXTAREA, .max_chars = 60000 },
};
enum { PAGE_FIELD_COUNT = sizeof page_fields / sizeof page_fields[0] };

static bool load_page(struct request *req, const char *slug, struct form *form, const char **updated_on)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT title, body_md, COALESCE(updated_on, '') FROM pages WHERE slug = ?1");
    sqlite3_bind_text(st, 1, slug, -1, SQLITE_STATIC);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        form_blank(req->arena, page_fields, PAGE_FIELD_COUNT, form);
        form->values[0] = db_text(req->arena, st, 0);
        form->values[1] = db_text(req->arena, st, 1);
        *updated_on = db_text(req->arena, st, 2);
    }
    sqlite3_reset(st);
    return found;
}

static bool may_save_pages(struct request *req)
{
    return staff_has(req, ROLE_REVIEWER | ROLE_ADMIN);
}

static int render_page_form(struct request *req, const char *slug, const struct form *form,
                            const char *updated_on, bool preview, const char *notice)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, arena_printf(req->arena, "编辑页面：%s",
                                           form_value(form, "title")), "admin/pages_form.tpl");
    form_to_dict(form, d);
    tmpl_set(d, "slug", slug);
    tmpl_set(d, "updated_on", updated_on);
    if (may_save_pages(req))
        tmpl_show(d, "can_save");
    if (notice)
        tmpl_set(tmpl_add_section(d, "notice"), "notice_text", notice);
    if (preview)
        add_markdown_preview(req, d, form_value(form, "body_md"));
    return page_render(&page);
}

int pages_admin_list(struct request *req)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "页面", "admin/pages.tpl");
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT slug, title, COALESCE(updated_on, '') FROM pages ORDER BY slug");
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "pages");
        tmpl_set(row, "slug", (const char *)sqlite3_column_text(st, 0));
        tmpl_set(row, "title", (const char *)sqlite3_column_text(st, 1));
        tmpl_set(row, "updated_on", (const char *)sqlite3_column_text(st, 2));
    }
    sqlite3_reset(st);
    return page_render(&page);
}

int page_admin_edit(struct request *req)
{
    struct form form;
    const char *updated_on;
    if (!load_page(req, req->path_args[0], &form, &updated_on))
        return resp_error(req, 404, "没有这个页面。");
    return render_page_form(req, req->path_args[0], &form, updated_on, false,
                            params_get(&req->query, "saved") ? "已保存，公开页面已更新。" : NULL);
}

static int save_page(struct request *req, const char *slug, const struct form *form)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db, "UPDATE pages SET title = ?1, body_md = ?2, updated_on = ?3 WHERE slug = ?4");
    sqlite3_bind_text(st, 1, form_value(form, "title"), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, form_value(form, "body_md"), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, today_iso(req->arena), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, slug, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        log_event(LOG_ERROR, "page_save", "%s", sqlite3_errmsg(db));
    return rc == SQLITE_DONE ? 0 : -1;
}

int page_admin_submit(struct request *req)
{
    const char *slug = req->path_args[0];
    struct form before, form;
    const char *updated_on;
    if (!load_page(req, slug, &before, &updated_on))
        return resp_error(req, 404, "没有这个页面。");
    form_read(req, page_fields, PAGE_FIELD_COUNT, false, &form);
    const char *action = params_get(&req->form, "action");
    if (action && strcmp(action, "preview") == 0)
        return render_page_form(req, slug, &form, updated_on, true, NULL);
    if (!may_save_pages(req))
        return render_page_form(req, slug, &form, updated_on, true,
                                "页面保存后立即公开，须由审核人或系统管理员保存。您的修改尚未保存。");
    if (form.error_count)
        return render_page_form(req, slug, &form, updated_on, false, NULL);
    if (save_page(req, slug, &form) != 0)
        return resp_error(req, 500, "保存失败，请稍后重试。");
    struct buf summary;
    buf_init(&summary, req->arena);
    for (size_t i = 0; i < PAGE_FIELD_COUNT; i++)
        audit_diff(&summary, page_fields[i].name, before.values[i], form.values[i]);
    audit(req, "page.save", arena_printf(req->arena, "page:%s", slug), audit_summary_text(&summary));
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/pages/%s?saved=1", slug));
    return 303;
}
