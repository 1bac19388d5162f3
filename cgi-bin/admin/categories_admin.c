/* /admin/categories: the four category schemes (主题, 体裁, 事项类型, 服务主题).
 * Administrators add, rename and reorder categories; one in use by an entry
 * or a guide cannot be deleted. Every change is audited. */
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

static const struct field_choice scheme_choices[] = {
    { "topic", "主题分类" }, { "genre", "体裁分类" }, { "service_type", "事项类型" },
    { "service_theme", "服务主题" }, { NULL, NULL } };

static const struct field category_fields[] = {
    { .name = "scheme", .label = "分类体系", .kind = FIELD_CHOICE, .required = true, .choices = scheme_choices },
    { .name = "code", .label = "编码", .kind = FIELD_TEXT, .max_chars = 20, .required = true },
    { .name = "name", .label = "名称", .kind = FIELD_TEXT, .max_chars = 50, .required = true },
    { .name = "sort", .label = "排序", .kind = FIELD_INT_RANGE, .min = 0, .max = 100000 },
};
enum { CATEGORY_FIELD_COUNT = sizeof category_fields / sizeof category_fields[0] };

static const char *scheme_label(const char *scheme)
{
    for (const struct field_choice *c = scheme_choices; c->value; c++)
        if (strcmp(c->value, scheme) == 0)
            return c->label;
    return scheme;
}

static void add_scheme(struct request *req, struct tmpl_dict *d, const char *scheme)
{
    struct tmpl_dict *group = tmpl_add_section(d, "schemes");
    tmpl_set(group, "scheme_label", scheme_label(scheme));
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT c.id, c.code, c.name, c.sort, "
        " (SELECT count(*) FROM entries WHERE topic_id = c.id OR genre_id = c.id) + "
        " (SELECT count(*) FROM guides WHERE type_id = c.id OR theme_id = c.id) "
        "FROM categories c WHERE c.scheme = ?1 ORDER BY c.sort, c.id");
    sqlite3_bind_text(st, 1, scheme, -1, SQLITE_STATIC);
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(group, "categories");
        tmpl_set_int(row, "id", db_int(st, 0));
        tmpl_set(row, "code", (const char *)sqlite3_column_text(st, 1));
        tmpl_set(row, "name", (const char *)sqlite3_column_text(st, 2));
        tmpl_set_int(row, "sort", db_int(st, 3));
        tmpl_set_int(row, "uses", db_int(st, 4));
        if (db_int(st, 4) == 0)
            tmpl_show(row, "deletable");
    }
    sqlite3_reset(st);
}

static int render_categories(struct request *req, const struct form *add_form, const char *notice)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "分类管理", "admin/categories.tpl");
    for (const struct field_choice *c = scheme_choices; c->value; c++)
        add_scheme(req, d, c->value);
    if (add_form)
        form_to_dict(add_form, d);
    else
        for (const struct field_choice *c = scheme_choices; c->value; c++) {
            struct tmpl_dict *opt = tmpl_add_section(d, "scheme_options");
            tmpl_set(opt, "value", c->value);
            tmpl_set(opt, "label", c->label);
        }
    if (notice)
        tmpl_set(tmpl_add_section(d, "notice"), "notice_text", notice);
    return page_render(&page);
}

int categories_admin_page(struct request *req)
{
    return render_categories(req, NULL, params_get(&req->query, "saved") ? "已保存。" : NULL);
}

static bool code_taken(struct request *req, const char *scheme, const char *code, long long except_id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT 1 FROM categories WHERE scheme = ?1 AND code = ?2 AND id <> ?3");
    sqlite3_bind_text(st, 1, scheme, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, code, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, except_id);
    bool taken = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_reset(st);
    return taken;
}

static int run_write(struct request *req, sqlite3_stmt *st)
{
    return db_run(req->app->content_db, st, "category_sql");
}

static int saved_redirect(struct request *req)
{
    resp_redirect(req, 303, "/admin/categories?saved=1");
    return 303;
}

int category_add(struct request *req)
{
    struct form form;
    form_read(req, category_fields, CATEGORY_FIELD_COUNT, false, &form);
    if (!form.errors[0] && !form.errors[1] && code_taken(req, form.values[0], form.values[1], 0))
        form_set_error(&form, "code", "该分类体系中已有这个编码。");
    if (form.error_count)
        return render_categories(req, &form, NULL);
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "INSERT INTO categories (scheme, code, name, sort) VALUES (?1, ?2, ?3, ?4)");
    for (int i = 0; i < 3; i++)
        sqlite3_bind_text(st, i + 1, form.values[i], -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 4, strtoll(form.values[3], NULL, 10));
    if (run_write(req, st) != 0)
        return resp_error(req, 500, "保存失败，请稍后重试。");
    long long id = sqlite3_last_insert_rowid(req->app->content_db);
    audit(req, "category.create", arena_printf(req->arena, "category:%lld", id),
          arena_printf(req->arena, "%s: %s %s", form.values[0], form.values[1], form.values[2]));
    return saved_redirect(req);
}

static bool load_category(struct request *req, long long id, const char **scheme, const char **code,
                          const char **name, long long *sort)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT scheme, code, name, sort FROM categories WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        *scheme = db_text(req->arena, st, 0);
        *code = db_text(req->arena, st, 1);
        *name = db_text(req->arena, st, 2);
        *sort = db_int(st, 3);
    }
    sqlite3_reset(st);
    return found;
}

static int category_delete(struct request *req, long long id, const char *code, const char *name)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "DELETE FROM categories WHERE id = ?1 "
        "AND NOT EXISTS (SELECT 1 FROM entries WHERE topic_id = ?1 OR genre_id = ?1) "
        "AND NOT EXISTS (SELECT 1 FROM entry_revisions WHERE topic_id = ?1 OR genre_id = ?1) "
        "AND NOT EXISTS (SELECT 1 FROM guides WHERE type_id = ?1 OR theme_id = ?1)");
    sqlite3_bind_int64(st, 1, id);
    if (run_write(req, st) != 0 || sqlite3_changes(req->app->content_db) != 1)
        return render_categories(req, NULL, "该分类正在被公开信息或办事指南使用（含历史修订），不能删除。");
    audit(req, "category.delete", arena_printf(req->arena, "category:%lld", id),
          arena_printf(req->arena, "删除 %s %s", code, name));
    return saved_redirect(req);
}

int category_save(struct request *req)
{
    long long id = req->path_ids[0], old_sort;
    const char *scheme, *code, *name;
    if (!load_category(req, id, &scheme, &code, &name, &old_sort))
        return resp_error(req, 404, "没有这个分类。");
    const char *action = params_get(&req->form, "action");
    if (action && strcmp(action, "delete") == 0)
        return category_delete(req, id, code, name);
    params_add(req->arena, &req->form, "scheme", scheme, strlen(scheme));   /* the scheme never changes */
    struct form form;
    form_read(req, category_fields, CATEGORY_FIELD_COUNT, false, &form);
    if (!form.errors[1] && code_taken(req, scheme, form.values[1], id))
        form_set_error(&form, "code", "该分类体系中已有这个编码。");
    if (form.error_count)
        return render_categories(req, NULL, arena_printf(req->arena, "未保存“%s”：%s", name,
            form.errors[1] ? form.errors[1] : form.errors[2] ? form.errors[2] : "排序须为 0-100000 的整数。"));
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "UPDATE categories SET code = ?1, name = ?2, sort = ?3 WHERE id = ?4");
    sqlite3_bind_text(st, 1, form.values[1], -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, form.values[2], -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, strtoll(form.values[3], NULL, 10));
    sqlite3_bind_int64(st, 4, id);
    if (run_write(req, st) != 0)
        return resp_error(req, 500, "保存失败，请稍后重试。");
    struct buf summary;
    buf_init(&summary, req->arena);
    audit_diff(&summary, "code", code, form.values[1]);
    audit_diff(&summary, "name", name, form.values[2]);
    audit_diff(&summary, "sort", arena_printf(req->arena, "%lld", old_sort),
               arena_printf(req->arena, "%lld", strtoll(form.values[3], NULL, 10)));
    audit(req, "category.save", arena_printf(req->arena, "category:%lld", id), audit_summary_text(&summary));
    return saved_redirect(req);
}
