/* /admin/pages: the fixed pages. Every agency has the same three (公开指南,
 * 公开制度, 机构职能: one column shape for all, 61号), edited by its own
 * staff; the platform's pages (无障碍声明) belong to the platform
 * administrator. A page has no draft state, so a save is live at once:
 * everyone may preview, only the agency's reviewer (a platform page: the
 * platform administrator) saves, and every save is audited. */
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

static const struct field page_fields[] = {
    { .name = "title", .label = "标题", .kind = FIELD_TEXT, .max_chars = 100, .required = true },
    { .name = "body_md", .label = "正文", .kind = FIELD_TEXTAREA, .max_chars = 60000 },
};
enum { PAGE_FIELD_COUNT = sizeof page_fields / sizeof page_fields[0] };

/* The pages of every agency's column, in its order; a title is the agency's name + suffix. */
static const struct {
    const char *slug, *suffix;
} agency_pages[] = {
    { "disclosure-guide", "政府信息公开指南" },
    { "rules", "政府信息公开制度" },
    { "functions", "机构职能" },
};
enum { AGENCY_PAGE_COUNT = sizeof agency_pages / sizeof agency_pages[0] };

/* Where a page lives: the current agency's page SLUG (agency_id set), or a platform page. */
struct page_ref {
    const char *slug;
    long long agency_id;       /* 0: a platform page */
    const char *suffix;        /* agency pages: the default title's suffix */
};

static int agency_page_index(const char *slug)
{
    for (int i = 0; i < AGENCY_PAGE_COUNT; i++)
        if (strcmp(agency_pages[i].slug, slug) == 0)
            return i;
    return -1;
}

static bool platform_page_exists(struct request *req, const char *slug)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT 1 FROM pages WHERE agency_id IS NULL AND slug = ?1");
    sqlite3_bind_text(st, 1, slug, -1, SQLITE_STATIC);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_reset(st);
    return found;
}

/* Resolves the path's page: 0, or an error status already answered. An
 * agency page is always the current agency's, so no other agency's page can
 * even be named; platform pages need the platform administrator. */
static int resolve_page(struct request *req, struct page_ref *ref)
{
    ref->slug = req->path_args[0];
    int i = agency_page_index(ref->slug);
    if (i >= 0) {
        ref->agency_id = staff_agency_id(req);
        ref->suffix = agency_pages[i].suffix;
        if (!ref->agency_id)
            return resp_error(req, 403, "您当前不在任何机关，不能编辑机关的页面。请在页头切换到您任职的机关。");
        return 0;
    }
    ref->agency_id = 0;
    ref->suffix = "";
    if (!platform_page_exists(req, ref->slug))
        return resp_error(req, 404, "没有这个页面。");
    if (!staff_has(req, ROLE_ADMIN))
        return resp_error(req, 403, "平台页面（如无障碍声明）只有平台管理员可以编辑。");
    return 0;
}

/* Fills FORM from the stored page; an agency page not stored yet (an upgraded
 * database had no 公开制度) starts empty with its standard title. */
static void load_page(struct request *req, const struct page_ref *ref, struct form *form,
                      const char **updated_on)
{
    form_blank(req->arena, page_fields, PAGE_FIELD_COUNT, form);
    *updated_on = "";
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT title, body_md, COALESCE(updated_on, '') FROM pages "
        "WHERE slug = ?1 AND ifnull(agency_id, 0) = ?2");
    sqlite3_bind_text(st, 1, ref->slug, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, ref->agency_id);
    if (sqlite3_step(st) == SQLITE_ROW) {
        form->values[0] = db_text(req->arena, st, 0);
        form->values[1] = db_text(req->arena, st, 1);
        *updated_on = db_text(req->arena, st, 2);
    } else {
        form->values[0] = arena_printf(req->arena, "%s%s", current_staff(req)->agency_name, ref->suffix);
    }
    sqlite3_reset(st);
}

static bool may_save_page(struct request *req, const struct page_ref *ref)
{
    return staff_has(req, ref->agency_id ? ROLE_REVIEWER : ROLE_ADMIN);
}

/* The public address of the page, site-relative: "/mzj/rules" or "/accessibility". */
static const char *public_path(struct request *req, const struct page_ref *ref)
{
    return ref->agency_id ? agency_path(req, current_staff(req)->agency_code,
                                        arena_printf(req->arena, "/%s", ref->slug))
                          : arena_printf(req->arena, "/%s", ref->slug);
}

static int render_page_form(struct request *req, const struct page_ref *ref, const struct form *form,
                            const char *updated_on, bool preview, const char *notice)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, arena_printf(req->arena, "编辑页面：%s",
                                           form_value(form, "title")), "admin/pages_form.tpl");
    form_to_dict(form, d);
    tmpl_set(d, "slug", ref->slug);
    tmpl_set(d, "public_url", public_path(req, ref));
    tmpl_set(d, "owner_label", ref->agency_id ? current_staff(req)->agency_name : "平台");
    tmpl_set(d, "updated_on", *updated_on ? updated_on : "尚未保存");
    if (may_save_page(req, ref))
        tmpl_show(d, "can_save");
    if (notice)
        tmpl_set(tmpl_add_section(d, "notice"), "notice_text", notice);
    if (preview)
        add_markdown_preview(req, d, form_value(form, "body_md"));
    return page_render(&page);
}

/* ---- the list -------------------------------------------------------------- */

static void add_agency_page_rows(struct request *req, struct tmpl_dict *d)
{
    const struct staff *s = current_staff(req);
    struct tmpl_dict *box = tmpl_add_section(d, "agency_pages");
    tmpl_set(box, "agency_name", s->agency_name);
    for (int i = 0; i < AGENCY_PAGE_COUNT; i++) {
        struct page_ref ref = { agency_pages[i].slug, s->agency_id, agency_pages[i].suffix };
        struct form form;
        const char *updated_on;
        load_page(req, &ref, &form, &updated_on);
        struct tmpl_dict *row = tmpl_add_section(box, "pages");
        tmpl_set(row, "slug", ref.slug);
        tmpl_set(row, "title", form_value(&form, "title"));
        tmpl_set(row, "public_url", public_path(req, &ref));
        tmpl_set(row, "updated_on", *updated_on ? updated_on : "尚未保存");
    }
}

static void add_platform_page_rows(struct request *req, struct tmpl_dict *d)
{
    struct tmpl_dict *box = tmpl_add_section(d, "platform_pages");
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT slug, title, COALESCE(updated_on, '') FROM pages WHERE agency_id IS NULL ORDER BY slug");
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(box, "pages");
        tmpl_set(row, "slug", (const char *)sqlite3_column_text(st, 0));
        tmpl_set(row, "title", (const char *)sqlite3_column_text(st, 1));
        tmpl_set(row, "public_url", arena_printf(req->arena, "/%s", sqlite3_column_text(st, 0)));
        tmpl_set(row, "updated_on", (const char *)sqlite3_column_text(st, 2));
    }
    sqlite3_reset(st);
}

int pages_admin_list(struct request *req)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "页面", "admin/pages.tpl");
    if (staff_agency_id(req))
        add_agency_page_rows(req, d);
    if (staff_has(req, ROLE_ADMIN))
        add_platform_page_rows(req, d);
    return page_render(&page);
}

/* ---- editing ---------------------------------------------------------------- */

int page_admin_edit(struct request *req)
{
    struct page_ref ref;
    int refused = resolve_page(req, &ref);
    if (refused)
        return refused;
    struct form form;
    const char *updated_on;
    load_page(req, &ref, &form, &updated_on);
    return render_page_form(req, &ref, &form, updated_on, false,
                            params_get(&req->query, "saved") ? "已保存，公开页面已更新。" : NULL);
}

/* Updates the page, or stores it the first time (an agency page not there yet). */
static int save_page(struct request *req, const struct page_ref *ref, const struct form *form)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO pages (agency_id, slug, title, body_md, updated_on) VALUES (?5, ?4, ?1, ?2, ?3) "
        "ON CONFLICT (ifnull(agency_id, 0), slug) DO UPDATE SET title = excluded.title, "
        "body_md = excluded.body_md, updated_on = excluded.updated_on");
    sqlite3_bind_text(st, 1, form_value(form, "title"), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, form_value(form, "body_md"), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, today_iso(req->arena), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, ref->slug, -1, SQLITE_STATIC);
    db_bind_id_or_null(st, 5, ref->agency_id);
    return db_run(db, st, "page_save");
}

int page_admin_submit(struct request *req)
{
    struct page_ref ref;
    int refused = resolve_page(req, &ref);
    if (refused)
        return refused;
    struct form before, form;
    const char *updated_on;
    load_page(req, &ref, &before, &updated_on);
    form_read(req, page_fields, PAGE_FIELD_COUNT, false, &form);
    const char *action = params_get(&req->form, "action");
    if (action && strcmp(action, "preview") == 0)
        return render_page_form(req, &ref, &form, updated_on, true, NULL);
    if (!may_save_page(req, &ref))
        return render_page_form(req, &ref, &form, updated_on, true,
                                "页面保存后立即公开，须由本机关的审核人保存。您的修改尚未保存。");
    if (form.error_count)
        return render_page_form(req, &ref, &form, updated_on, false, NULL);
    if (save_page(req, &ref, &form) != 0)
        return resp_error(req, 500, "保存失败，请稍后重试。");
    struct buf summary;
    buf_init(&summary, req->arena);
    for (size_t i = 0; i < PAGE_FIELD_COUNT; i++)
        audit_diff(&summary, page_fields[i].name, before.values[i], form.values[i]);
    const char *target = ref.agency_id ? arena_printf(req->arena, "page:%s/%s", current_staff(req)->agency_code, ref.slug)
                                       : arena_printf(req->arena, "page:%s", ref.slug);
    audit(req, "page.save", target, audit_summary_text(&summary));
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/pages/%s?saved=1", ref.slug));
    return 303;
}

int pages_create_for_agency(struct request *req, long long agency_id, const char *agency_name)
{
    sqlite3 *db = req->app->content_db;
    for (int i = 0; i < AGENCY_PAGE_COUNT; i++) {
        sqlite3_stmt *st = db_stmt(db,
            "INSERT OR IGNORE INTO pages (agency_id, slug, title, body_md, updated_on) VALUES (?1, ?2, ?3, '', NULL)");
        sqlite3_bind_int64(st, 1, agency_id);
        sqlite3_bind_text(st, 2, agency_pages[i].slug, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, arena_printf(req->arena, "%s%s", agency_name, agency_pages[i].suffix), -1,
                          SQLITE_TRANSIENT);
        if (db_run(db, st, "page_create") != 0)
            return -1;
    }
    return 0;
}
