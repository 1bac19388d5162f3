/* /admin/guides: service guides with their material lists (blank forms and
 * samples as uploads) and steps. A published guide is changed on a working
 * copy (a guides row with draft_of set, never public): editors edit and
 * submit it, a reviewer attests the 保密审查 and publishes, which copies it
 * over the original in one transaction. Until then the public keeps seeing
 * the last published version. Staff see and change only the guides of the
 * agency they work in (guides.owner_id). */
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "app.h"
#include "content.h"
#include "db.h"
#include "form.h"
#include "log.h"
#include "review.h"
#include "staff.h"
#include "tmpl.h"
#include "upload.h"
#include "validate.h"

/* The order matches GUIDE_COLUMNS. */
static const struct field guide_fields[] = {
    { .name = "name", .label = "事项名称", .kind = FIELD_TEXT, .max_chars = 100, .required = true },
    { .name = "type_id", .label = "事项类型", .kind = FIELD_UINT, .required = true },
    { .name = "theme_id", .label = "服务主题", .kind = FIELD_UINT, .required = true },
    { .name = "agency_id", .label = "实施主体", .kind = FIELD_UINT, .required = true },
    { .name = "legal_basis_md", .label = "设定依据", .kind = FIELD_TEXTAREA, .max_chars = 20000 },
    { .name = "conditions_md", .label = "受理条件", .kind = FIELD_TEXTAREA, .max_chars = 20000 },
    { .name = "legal_limit", .label = "法定时限", .kind = FIELD_TEXT, .max_chars = 100 },
    { .name = "promised_limit", .label = "承诺时限", .kind = FIELD_TEXT, .max_chars = 100 },
    { .name = "fee", .label = "收费标准（留空为不收费）", .kind = FIELD_TEXT, .max_chars = 200 },
    { .name = "location", .label = "办理地点", .kind = FIELD_TEXT, .max_chars = 200 },
    { .name = "hours", .label = "办理时间", .kind = FIELD_TEXT, .max_chars = 200 },
    { .name = "consult_phone", .label = "咨询电话", .kind = FIELD_TEXT, .max_chars = 60 },
    { .name = "complaint_phone", .label = "投诉电话", .kind = FIELD_TEXT, .max_chars = 60 },
    { .name = "visits", .label = "到现场次数", .kind = FIELD_INT_RANGE, .min = 0, .max = 10, .required = true },
    { .name = "faq_md", .label = "常见问题", .kind = FIELD_TEXTAREA, .max_chars = 20000 },
    { .name = "sort", .label = "排序", .kind = FIELD_INT_RANGE, .min = 0, .max = 100000 },
};
enum { GUIDE_FIELD_COUNT = sizeof guide_fields / sizeof guide_fields[0] };
#define GUIDE_COLUMNS "name, type_id, theme_id, agency_id, legal_basis_md, conditions_md, legal_limit, " \
    "promised_limit, fee, location, hours, consult_phone, complaint_phone, visits, faq_md, sort"

struct guide {
    long long id;
    long long draft_of;       /* the published guide this copy will replace, or 0 */
    long long copy_id;        /* for a published guide: its working copy, or 0 */
    const char *status;
    const char *review_comment;
    long long owner_id;       /* guides.owner_id, the agency it belongs to */
    long long edited_by;      /* who last changed it (four-eyes), 0 if unknown */
    long long approved_by;    /* two levels: the reviewer who approved it (待审签), else 0 */
    const char *approved_at;
};

/* In review and approved by the first level: waiting for a signer (待审签). */
static bool guide_awaits_signoff(const struct guide *g)
{
    return strcmp(g->status, "review") == 0 && g->approved_by;
}

static bool guide_editable(const struct guide *g)
{
    return strcmp(g->status, "draft") == 0 || strcmp(g->status, "returned") == 0;
}

static void guide_form_blank(struct request *req, struct form *form)
{
    form_blank(req->arena, guide_fields, GUIDE_FIELD_COUNT, form);
    form->values[3] = arena_printf(req->arena, "%lld", staff_agency_id(req));
    form->values[13] = "1";
    form->values[15] = "100";
}

static bool load_guide(struct request *req, long long id, struct guide *g, struct form *form)
{
    guide_form_blank(req, form);
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT " GUIDE_COLUMNS ", status, review_comment, COALESCE(draft_of, 0), "
        " COALESCE((SELECT c.id FROM guides c WHERE c.draft_of = g.id), 0), COALESCE(owner_id, 0), "
        " COALESCE(edited_by, 0), COALESCE(approved_by, 0), COALESCE(approved_at, '') "
        "FROM guides g WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        for (int i = 0; i < GUIDE_FIELD_COUNT; i++)
            form->values[i] = db_text(req->arena, st, i);
        g->id = id;
        g->status = db_text(req->arena, st, GUIDE_FIELD_COUNT);
        g->review_comment = db_text(req->arena, st, GUIDE_FIELD_COUNT + 1);
        g->draft_of = db_int(st, GUIDE_FIELD_COUNT + 2);
        g->copy_id = db_int(st, GUIDE_FIELD_COUNT + 3);
        g->owner_id = db_int(st, GUIDE_FIELD_COUNT + 4);
        g->edited_by = db_int(st, GUIDE_FIELD_COUNT + 5);
        g->approved_by = db_int(st, GUIDE_FIELD_COUNT + 6);
        g->approved_at = db_text(req->arena, st, GUIDE_FIELD_COUNT + 7);
    }
    sqlite3_reset(st);
    return found;
}

/* The guide of the path for a handler: 0 when it exists and belongs to the
 * current agency, else the 404 or the audited 403 already answered. */
static int load_own_guide(struct request *req, struct guide *g, struct form *form)
{
    if (!load_guide(req, req->path_ids[0], g, form))
        return resp_error(req, 404, "没有这个办事指南。");
    return content_require_own(req, g->owner_id, "guide", g->id);
}

static int run_write(struct request *req, sqlite3_stmt *st)
{
    return db_run(req->app->content_db, st, "guide_sql");
}

/* Records the current staff member as the last to change guide ID, whom
 * four-eyes review keeps from publishing it. */
static int guide_mark_edited(struct request *req, long long id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db, "UPDATE guides SET edited_by = ?1 WHERE id = ?2");
    sqlite3_bind_int64(st, 1, current_staff(req)->id);
    sqlite3_bind_int64(st, 2, id);
    return run_write(req, st);
}

/* ---- rendering ----------------------------------------------------------- */

static void add_materials(struct request *req, struct tmpl_dict *d, long long guide_id, bool editable)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT m.id, m.name, m.form, m.copies, m.required, m.notes, "
        " COALESCE(b.id, 0), COALESCE(b.filename, ''), COALESCE(s.id, 0), COALESCE(s.filename, '') "
        "FROM guide_materials m LEFT JOIN attachments b ON b.id = m.blank_form_id "
        "LEFT JOIN attachments s ON s.id = m.sample_id WHERE m.guide_id = ?1 ORDER BY m.sort, m.id");
    sqlite3_bind_int64(st, 1, guide_id);
    static const char *const forms[] = { "原件", "复印件", "原件和复印件" };
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "materials");
        tmpl_show(row, editable ? "parts_editable" : "parts_readonly");
        tmpl_set_int(row, "material_id", db_int(st, 0));
        tmpl_set(row, "m_name", (const char *)sqlite3_column_text(st, 1));
        const char *form = (const char *)sqlite3_column_text(st, 2);
        for (int i = 0; i < 3; i++) {
            struct tmpl_dict *opt = tmpl_add_section(row, "form_options");
            tmpl_set(opt, "value", forms[i]);
            if (strcmp(forms[i], form) == 0)
                tmpl_show(opt, "selected");
        }
        tmpl_set(row, "m_form", form);
        tmpl_set_int(row, "m_copies", db_int(st, 3));
        if (db_int(st, 4))
            tmpl_show(row, "m_required");
        tmpl_set(row, "m_notes", (const char *)sqlite3_column_text(st, 5));
        if (db_int(st, 6))
            tmpl_set(tmpl_add_section(row, "blank_form"), "blank_name", (const char *)sqlite3_column_text(st, 7));
        if (db_int(st, 8))
            tmpl_set(tmpl_add_section(row, "sample"), "sample_name", (const char *)sqlite3_column_text(st, 9));
    }
    sqlite3_reset(st);
}

static void add_steps(struct request *req, struct tmpl_dict *d, long long guide_id, bool editable)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, title, description FROM guide_steps WHERE guide_id = ?1 ORDER BY sort, id");
    sqlite3_bind_int64(st, 1, guide_id);
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "steps");
        tmpl_show(row, editable ? "parts_editable" : "parts_readonly");
        tmpl_set_int(row, "step_id", db_int(st, 0));
        tmpl_set_int(row, "step_no", ++n);
        tmpl_set(row, "s_title", (const char *)sqlite3_column_text(st, 1));
        tmpl_set(row, "s_description", (const char *)sqlite3_column_text(st, 2));
    }
    sqlite3_reset(st);
}

static void add_guide_workflow(struct request *req, struct tmpl_dict *ex, const struct guide *g)
{
    tmpl_set(ex, "status_label", content_status_label(g->status));
    if (g->draft_of)
        tmpl_set_int(tmpl_add_section(ex, "is_copy"), "original_id", g->draft_of);
    if (strcmp(g->status, "returned") == 0)
        tmpl_set(tmpl_add_section(ex, "returned"), "review_comment", g->review_comment);
    if (guide_editable(g) && staff_has(req, ROLE_EDITOR))
        tmpl_show(ex, "can_submit");
    if (strcmp(g->status, "review") == 0)
        tmpl_show(ex, "in_review");
    if (guide_awaits_signoff(g))
        review_add_signoff(req, ex, arena_printf(req->arena, "/admin/guides/%lld", g->id), g->approved_by,
                           g->approved_at, NULL);
    else if (strcmp(g->status, "review") == 0 && staff_has(req, ROLE_REVIEWER)) {
        tmpl_show(ex, "can_review");
        tmpl_show(ex, review_levels(req, g->owner_id) == 2 ? "two_levels" : "one_level");
    }
    if (strcmp(g->status, "published") == 0) {
        struct tmpl_dict *pub = tmpl_add_section(ex, "published");
        if (g->copy_id)
            tmpl_set_int(tmpl_add_section(pub, "has_copy"), "copy_id", g->copy_id);
        else if (staff_has(req, ROLE_EDITOR))
            tmpl_show(pub, "can_copy");
    }
}

/* The guide in review, read-only, against the published guide its copy will replace. */
static void add_guide_review_view(struct request *req, struct tmpl_dict *d, const struct guide *g,
                                  const struct form *form)
{
    struct guide original;
    struct form live;
    bool amendment = g->draft_of && load_guide(req, g->draft_of, &original, &live);
    review_add_changes(req, d, guide_fields, GUIDE_FIELD_COUNT,
                       amendment ? (const char *const *)live.values : NULL, (const char *const *)form->values);
}

static int render_guide(struct request *req, const struct guide *g, const struct form *form,
                        bool preview, const char *notice)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, g->id ? arena_printf(req->arena, "办事指南：%s",
                                           form_value(form, "name")) : "新建办事指南", "admin/guide_form.tpl");
    form_to_dict(form, d);
    add_category_options(req, d, "type_options", "service_type", form_id(form, "type_id"));
    add_category_options(req, d, "theme_options", "service_theme", form_id(form, "theme_id"));
    add_agency_options(req, d, "agency_options", form_id(form, "agency_id"));
    tmpl_set(d, "heading", g->id ? "编辑办事指南" : "新建办事指南");
    tmpl_set(d, "form_action", g->id ? arena_printf(req->arena, "/admin/guides/%lld", g->id) : "/admin/guides/new");
    if (guide_editable(g))
        tmpl_show(d, "editable");
    if (strcmp(g->status, "review") == 0)
        add_guide_review_view(req, tmpl_add_section(d, "read_only"), g, form);
    else
        tmpl_show(d, "fields_form");
    if (notice)
        tmpl_set(tmpl_add_section(d, "notice"), "notice_text", notice);
    if (preview) {
        struct buf all;
        buf_init(&all, req->arena);
        buf_printf(&all, "### 设定依据\n\n%s\n\n### 受理条件\n\n%s\n\n### 常见问题\n\n%s\n",
                   form_value(form, "legal_basis_md"), form_value(form, "conditions_md"), form_value(form, "faq_md"));
        add_markdown_preview(req, d, all.data);
    }
    if (g->id) {
        struct tmpl_dict *ex = tmpl_add_section(d, "existing");
        tmpl_set_int(ex, "guide_id", g->id);
        add_guide_workflow(req, ex, g);
        if (guide_editable(g))
            tmpl_show(ex, "parts_editable");
        add_materials(req, ex, g->id, guide_editable(g));
        add_steps(req, ex, g->id, guide_editable(g));
    }
    return page_render(&page);
}

/* ---- list, new, edit ----------------------------------------------------- */

int guides_admin_list(struct request *req)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "办事指南", "admin/guides.tpl");
    if (staff_has(req, ROLE_EDITOR))
        tmpl_show(d, "can_create");
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT g.id, g.name, g.status, COALESCE(g.updated_on, ''), COALESCE(c.id, 0), COALESCE(c.status, '') "
        "FROM guides g LEFT JOIN guides c ON c.draft_of = g.id WHERE g.draft_of IS NULL AND g.owner_id = ?1 "
        "ORDER BY COALESCE(c.status, g.status) = 'review' DESC, g.sort, g.id");
    sqlite3_bind_int64(st, 1, staff_agency_id(req));
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "guides");
        tmpl_set_int(row, "id", db_int(st, 0));
        tmpl_set(row, "name", (const char *)sqlite3_column_text(st, 1));
        tmpl_set(row, "status_label", content_status_label((const char *)sqlite3_column_text(st, 2)));
        tmpl_set(row, "updated_on", (const char *)sqlite3_column_text(st, 3));
        if (db_int(st, 4)) {
            struct tmpl_dict *copy = tmpl_add_section(row, "copy");
            tmpl_set_int(copy, "copy_id", db_int(st, 4));
            tmpl_set(copy, "copy_label", content_status_label((const char *)sqlite3_column_text(st, 5)));
        }
    }
    sqlite3_reset(st);
    return page_render(&page);
}

int guide_new_page(struct request *req)
{
    struct guide g = { .status = "draft", .review_comment = "", .approved_at = "" };
    struct form form;
    guide_form_blank(req, &form);
    return render_guide(req, &g, &form, false, NULL);
}

int guide_edit_page(struct request *req)
{
    struct guide g;
    struct form form;
    int refused = load_own_guide(req, &g, &form);
    if (refused)
        return refused;
    const char *notice = content_step_notice(req);
    return render_guide(req, &g, &form, strcmp(g.status, "review") == 0, notice);
}

static void validate_guide(struct request *req, struct form *form)
{
    if (!category_in_scheme(req, form_id(form, "type_id"), "service_type"))
        form_set_error(form, "type_id", "请从列表中选择事项类型。");
    if (!category_in_scheme(req, form_id(form, "theme_id"), "service_theme"))
        form_set_error(form, "theme_id", "请从列表中选择服务主题。");
    if (form_id(form, "agency_id") && !agency_is_own(req, form_id(form, "agency_id")))
        form_set_error(form, "agency_id", "请从列表中选择本机关或其内设机构、下属单位作为实施主体。");
}

static long long save_guide(struct request *req, long long id, const struct form *form)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = id
        ? db_stmt(db, "UPDATE guides SET (" GUIDE_COLUMNS ") = (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                      "?11, ?12, ?13, ?14, ?15, ?16), status = 'draft' WHERE id = ?17 "
                      "AND status IN ('draft', 'returned')")
        : db_stmt(db, "INSERT INTO guides (" GUIDE_COLUMNS ", status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                      "?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, 'draft')");
    for (int i = 0; i < GUIDE_FIELD_COUNT; i++) {
        const char *v = form->values[i];
        if (i == 1 || i == 2 || i == 3 || i == 13 || i == 15)
            sqlite3_bind_int64(st, i + 1, strtoll(*v ? v : "0", NULL, 10));
        else
            sqlite3_bind_text(st, i + 1, v, -1, SQLITE_STATIC);
    }
    if (id)
        sqlite3_bind_int64(st, 17, id);
    if (run_write(req, st) != 0)
        return 0;
    return id ? id : sqlite3_last_insert_rowid(db);
}

static int guide_form_submit(struct request *req, const struct guide *g, const struct form *before)
{
    struct form form;
    form_read(req, guide_fields, GUIDE_FIELD_COUNT, false, &form);
    const char *action = params_get(&req->form, "action");
    if (action && strcmp(action, "preview") == 0)
        return render_guide(req, g, &form, true, NULL);
    if (!guide_editable(g))
        return render_guide(req, g, &form, false, strcmp(g->status, "published") == 0
            ? "已发布的办事指南请先点击“修改”创建工作副本，在副本上修改后提交审核。"
            : "该办事指南正在审核中，审核结束前不能修改。");
    if (!*form_value(&form, "sort"))
        form.values[15] = "0";
    validate_guide(req, &form);
    if (form.error_count)
        return render_guide(req, g, &form, false, NULL);
    long long id = save_guide(req, g->id, &form);
    if (!id || guide_mark_edited(req, id) != 0)
        return resp_error(req, 500, "保存失败，请稍后重试。");
    struct buf summary;
    buf_init(&summary, req->arena);
    for (size_t i = 0; i < GUIDE_FIELD_COUNT; i++)
        audit_diff(&summary, guide_fields[i].name, before ? before->values[i] : "", form.values[i]);
    audit(req, g->id ? "guide.save" : "guide.create", arena_printf(req->arena, "guide:%lld", id),
          audit_summary_text(&summary));
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/guides/%lld?saved=1", id));
    return 303;
}

int guide_new_submit(struct request *req)
{
    struct guide g = { .status = "draft", .review_comment = "", .approved_at = "" };
    return guide_form_submit(req, &g, NULL);
}

int guide_edit_submit(struct request *req)
{
    struct guide g;
    struct form before;
    int refused = load_own_guide(req, &g, &before);
    if (refused)
        return refused;
    return guide_form_submit(req, &g, &before);
}

/* ---- working copies and the workflow ------------------------------------- */

static int copy_parts(struct request *req, long long from, long long to)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *m = db_stmt(db,
        "INSERT INTO guide_materials (guide_id, sort, name, form, copies, required, notes, blank_form_id, sample_id) "
        "SELECT ?2, sort, name, form, copies, required, notes, blank_form_id, sample_id "
        "FROM guide_materials WHERE guide_id = ?1 ORDER BY sort, id");
    sqlite3_bind_int64(m, 1, from);
    sqlite3_bind_int64(m, 2, to);
    if (run_write(req, m) != 0)
        return -1;
    sqlite3_stmt *s = db_stmt(db,
        "INSERT INTO guide_steps (guide_id, sort, title, description) "
        "SELECT ?2, sort, title, description FROM guide_steps WHERE guide_id = ?1 ORDER BY sort, id");
    sqlite3_bind_int64(s, 1, from);
    sqlite3_bind_int64(s, 2, to);
    return run_write(req, s);
}

int guide_make_copy(struct request *req)
{
    struct guide g;
    struct form form;
    int refused = load_own_guide(req, &g, &form);
    if (refused)
        return refused;
    if (g.copy_id) {
        resp_redirect(req, 303, arena_printf(req->arena, "/admin/guides/%lld", g.copy_id));
        return 303;
    }
    if (strcmp(g.status, "published") != 0 || g.draft_of)
        return render_guide(req, &g, &form, false, "只有已发布的办事指南需要创建工作副本。");
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO guides (" GUIDE_COLUMNS ", status, draft_of, updated_on) "
        "SELECT " GUIDE_COLUMNS ", 'draft', id, updated_on FROM guides WHERE id = ?1");
    sqlite3_bind_int64(st, 1, g.id);
    if (db_begin(db, "guide_copy") != SQLITE_OK)
        return resp_error(req, 500, NULL);
    long long copy = run_write(req, st) == 0 ? sqlite3_last_insert_rowid(db) : 0;
    if (!copy || copy_parts(req, g.id, copy) != 0 || guide_mark_edited(req, copy) != 0
        || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return resp_error(req, 500, "创建工作副本失败，请稍后重试。");
    }
    audit(req, "guide.copy", arena_printf(req->arena, "guide:%lld", g.id),
          arena_printf(req->arena, "工作副本 guide:%lld (draft)", copy));
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/guides/%lld", copy));
    return 303;
}

static int guide_step_to(struct request *req, const char *from, const char *to, const char *comment,
                         const char *action)
{
    struct guide g;
    struct form form;
    int refused = load_own_guide(req, &g, &form);
    if (refused)
        return refused;
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "UPDATE guides SET status = ?1, review_comment = COALESCE(?4, review_comment), "
        "approved_by = NULL, approved_at = NULL WHERE id = ?2 AND instr(?3, '|' || status || '|') > 0");
    if (review_transition(req->app->content_db, st, g.id, from, to, comment, "guide_sql") != 0)
        return render_guide(req, &g, &form, false, "当前状态下不能进行这一步（可能已被处理）。");
    return review_done(req, action, arena_printf(req->arena, "guide:%lld", g.id),
                       review_summary(req, g.status, to, comment),
                       arena_printf(req->arena, "/admin/guides/%lld", g.id));
}

int guide_submit(struct request *req)
{
    return guide_step_to(req, "|draft|returned|", "review", NULL, "guide.submit");
}

int guide_return(struct request *req)
{
    struct guide g;
    struct form form;
    int refused = load_own_guide(req, &g, &form);
    if (refused)
        return refused;
    const char *comment = review_comment(req);
    if (!comment)
        return render_guide(req, &g, &form, true, review_comment_missing);
    const char *not_yours = strcmp(g.status, "review") == 0 ? review_return_refused(req, g.approved_by != 0) : NULL;
    if (not_yours)
        return render_guide(req, &g, &form, true, not_yours);
    return guide_step_to(req, "|review|", "returned", comment, "guide.return");
}

/* Statements that move a reviewed copy over its original, in order. ?1 original, ?2 copy, ?3 today. */
static const char *const publish_copy_sql[] = {
    "UPDATE guides SET (" GUIDE_COLUMNS ") = (SELECT " GUIDE_COLUMNS " FROM guides WHERE id = ?2), "
    "updated_on = ?3, review_comment = '' WHERE id = ?1",
    "DELETE FROM guide_materials WHERE guide_id = ?1",
    "DELETE FROM guide_steps WHERE guide_id = ?1",
    "UPDATE guide_materials SET guide_id = ?1 WHERE guide_id = ?2",
    "UPDATE guide_steps SET guide_id = ?1 WHERE guide_id = ?2",
    "UPDATE attachments SET owner_id = ?1 WHERE owner_kind = 'guide' AND owner_id = ?2",
    "DELETE FROM attachments WHERE owner_kind = 'guide' AND owner_id = ?1 AND id NOT IN "
    "(SELECT blank_form_id FROM guide_materials WHERE blank_form_id IS NOT NULL "
    " UNION SELECT sample_id FROM guide_materials WHERE sample_id IS NOT NULL)",
    "DELETE FROM guides WHERE id = ?2",
};

static int publish_copy(struct request *req, long long original, long long copy)
{
    sqlite3 *db = req->app->content_db;
    const char *today = today_iso(req->arena);
    for (size_t i = 0; i < sizeof publish_copy_sql / sizeof publish_copy_sql[0]; i++) {
        sqlite3_stmt *st = db_stmt(db, publish_copy_sql[i]);
        for (int p = 1; p <= sqlite3_bind_parameter_count(st); p++) {
            const char *name = sqlite3_bind_parameter_name(st, p);
            if (!name)
                continue;   /* an unused number below the highest one */
            if (strcmp(name, "?3") == 0)
                sqlite3_bind_text(st, p, today, -1, SQLITE_STATIC);
            else
                sqlite3_bind_int64(st, p, strcmp(name, "?1") == 0 ? original : copy);
        }
        if (run_write(req, st) != 0)
            return -1;
    }
    return 0;
}

static int publish_new_guide(struct request *req, long long id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "UPDATE guides SET status = 'published', updated_on = ?2, review_comment = '', "
        "approved_by = NULL, approved_at = NULL WHERE id = ?1 AND status = 'review'");
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, today_iso(req->arena), -1, SQLITE_TRANSIENT);
    return run_write(req, st) == 0 && sqlite3_changes(req->app->content_db) == 1 ? 0 : -1;
}

/* Publishes guide G (a working copy over its original) as SUMMARY's step. */
static int publish_guide(struct request *req, const struct guide *g, const char *summary)
{
    sqlite3 *db = req->app->content_db;
    if (db_begin(db, "guide_publish") != SQLITE_OK)
        return resp_error(req, 500, NULL);
    int rc = g->draft_of ? publish_copy(req, g->draft_of, g->id) : publish_new_guide(req, g->id);
    if (rc != 0 || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return resp_error(req, 500, "发布失败，请稍后重试。");
    }
    long long live = g->draft_of ? g->draft_of : g->id;
    return review_done(req, "guide.publish", arena_printf(req->arena, "guide:%lld", live),
        g->draft_of ? arena_printf(req->arena, "%s; 工作副本 guide:%lld 已替换原版", summary, g->id) : summary,
        arena_printf(req->arena, "/admin/guides/%lld", live));
}

/* The first of two levels: the secrecy-attested guide G is recorded as
 * approved by the current reviewer and waits for a signer (待审签). */
static int approve_guide(struct request *req, const struct guide *g)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "UPDATE guides SET approved_by = ?2, approved_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
        "WHERE id = ?1 AND status = 'review' AND approved_by IS NULL");
    sqlite3_bind_int64(st, 1, g->id);
    sqlite3_bind_int64(st, 2, current_staff(req)->id);
    if (db_write_one(req->app->content_db, st, "guide_approve") != 0)
        return resp_error(req, 500, "审核失败，请稍后重试。");
    return review_done(req, "guide.approve", arena_printf(req->arena, "guide:%lld", g->id), review_approved_summary,
                       arena_printf(req->arena, "/admin/guides/%lld", g->id));
}

int guide_publish(struct request *req)
{
    struct guide g;
    struct form form;
    int refused = load_own_guide(req, &g, &form);
    if (refused)
        return refused;
    if (strcmp(g.status, "review") != 0)
        return render_guide(req, &g, &form, false, "该办事指南不在待审核状态（可能已被处理）。");
    /* Approved under two levels: only a signer's sign publishes it, even if the levels changed since. */
    if (guide_awaits_signoff(&g))
        return render_guide(req, &g, &form, false, "该办事指南已审核通过，正在等待审签人审签发布。");
    if (!review_attested(req))
        return render_guide(req, &g, &form, true, review_attestation_missing);
    refused = review_refuse_own_edit(req, g.edited_by, arena_printf(req->arena, "guide:%lld", g.id));
    if (refused)
        return refused;
    if (review_levels(req, g.owner_id) == 2)
        return approve_guide(req, &g);
    return publish_guide(req, &g, "status review -> published; 保密审查: 已确认");
}

/* The second level (审签): a signer who is neither its author nor its reviewer publishes it. */
int guide_sign(struct request *req)
{
    struct guide g;
    struct form form;
    int refused = load_own_guide(req, &g, &form);
    if (refused)
        return refused;
    if (!guide_awaits_signoff(&g))
        return render_guide(req, &g, &form, false, "该办事指南不在待审签状态（尚未审核通过，或已被处理）。");
    refused = review_refuse_signer(req, g.edited_by, g.approved_by, arena_printf(req->arena, "guide:%lld", g.id));
    if (refused)
        return refused;
    return publish_guide(req, &g, arena_printf(req->arena, "status signoff -> published; 审签; 审核人: 用户%lld",
                                               g.approved_by));
}

/* ---- materials and steps -------------------------------------------------- */

static const struct field_choice material_form_choices[] = {
    { "原件", "原件" }, { "复印件", "复印件" }, { "原件和复印件", "原件和复印件" }, { NULL, NULL } };

static const struct field material_fields[] = {
    { .name = "m_name", .label = "材料名称", .kind = FIELD_TEXT, .max_chars = 200, .required = true },
    { .name = "m_form", .label = "材料形式", .kind = FIELD_CHOICE, .required = true, .choices = material_form_choices },
    { .name = "m_copies", .label = "份数", .kind = FIELD_INT_RANGE, .min = 0, .max = 99, .required = true },
    { .name = "m_required", .label = "必须提供", .kind = FIELD_CHECKBOX },
    { .name = "m_notes", .label = "备注", .kind = FIELD_TEXT, .max_chars = 500 },
};
enum { MATERIAL_FIELD_COUNT = sizeof material_fields / sizeof material_fields[0] };

static const struct field step_fields[] = {
    { .name = "s_title", .label = "步骤名称", .kind = FIELD_TEXT, .max_chars = 100, .required = true },
    { .name = "s_description", .label = "说明", .kind = FIELD_TEXTAREA, .max_chars = 2000 },
};
enum { STEP_FIELD_COUNT = sizeof step_fields / sizeof step_fields[0] };

/* Loads the guide for a parts change; NULL-safe refusal when it is not being edited. */
static int parts_guard(struct request *req, struct guide *g, struct form *form)
{
    int refused = load_own_guide(req, g, form);
    if (refused)
        return refused;
    if (!guide_editable(g))
        return render_guide(req, g, form, false, strcmp(g->status, "published") == 0
            ? "已发布的办事指南请先点击“修改”创建工作副本。" : "该办事指南正在审核中，不能修改。");
    return 0;
}

static const char *first_error(const struct form *f)
{
    for (size_t i = 0; i < f->count; i++)
        if (f->errors[i])
            return arena_printf(f->arena, "%s：%s", f->fields[i].label, f->errors[i]);
    return NULL;
}

/* Stores the upload in FIELD (if any) as a guide attachment; *id stays 0 when none was sent. */
static const char *store_optional_file(struct request *req, long long guide_id, const char *field, long long *id)
{
    const struct upload *file = uploads_get(&req->files, field);
    *id = 0;
    if (!file || (file->size == 0 && (!file->filename || !*file->filename)))
        return NULL;
    const struct file_type *type = NULL;
    const char *problem = upload_check(file, &type);
    if (problem)
        return problem;
    *id = attachment_store(req->arena, req->app->content_db, "guide", guide_id, file, type);
    return *id ? NULL : "文件保存失败，请稍后重试。";
}

static void bind_material(sqlite3_stmt *st, const struct form *f)
{
    sqlite3_bind_text(st, 1, f->values[0], -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, f->values[1], -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, strtoll(f->values[2], NULL, 10));
    sqlite3_bind_int(st, 4, strcmp(f->values[3], "1") == 0);
    sqlite3_bind_text(st, 5, f->values[4], -1, SQLITE_STATIC);
}

/* Writes the material (MATERIAL_ID 0: a new one) with new files when given. */
static const char *write_material(struct request *req, long long guide_id, long long material_id,
                                  const struct form *f)
{
    long long blank = 0, sample = 0;
    const char *problem = store_optional_file(req, guide_id, "blank_form", &blank);
    if (!problem)
        problem = store_optional_file(req, guide_id, "sample", &sample);
    if (problem)
        return problem;
    sqlite3_stmt *st = material_id
        ? db_stmt(req->app->content_db,
              "UPDATE guide_materials SET name = ?1, form = ?2, copies = ?3, required = ?4, notes = ?5, "
              "blank_form_id = CASE WHEN ?8 THEN NULL ELSE COALESCE(?6, blank_form_id) END, "
              "sample_id = CASE WHEN ?9 THEN NULL ELSE COALESCE(?7, sample_id) END "
              "WHERE id = ?10 AND guide_id = ?11")
        : db_stmt(req->app->content_db,
              "INSERT INTO guide_materials (name, form, copies, required, notes, blank_form_id, sample_id, "
              "guide_id, sort) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?11, "
              "(SELECT COALESCE(MAX(sort), 0) + 10 FROM guide_materials WHERE guide_id = ?11))");
    bind_material(st, f);
    db_bind_id_or_null(st, 6, blank);
    db_bind_id_or_null(st, 7, sample);
    if (material_id) {
        sqlite3_bind_int(st, 8, params_get(&req->form, "remove_blank") != NULL);
        sqlite3_bind_int(st, 9, params_get(&req->form, "remove_sample") != NULL);
        sqlite3_bind_int64(st, 10, material_id);
    }
    sqlite3_bind_int64(st, 11, guide_id);
    return run_write(req, st) == 0 ? NULL : "保存失败，请稍后重试。";
}

/* Writes the material in its own transaction; once committed, the text of
 * its new files is extracted for search (never inside the transaction). */
static const char *save_material(struct request *req, long long guide_id, long long material_id,
                                 const struct form *f)
{
    sqlite3 *db = req->app->content_db;
    if (db_begin(db, material_id ? "material_save" : "material_add") != SQLITE_OK)
        return "保存失败，请稍后重试。";
    const char *problem = write_material(req, guide_id, material_id, f);
    if (problem || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return problem ? problem : "保存失败，请稍后重试。";
    }
    attachment_extract_new(db, "guide", guide_id);
    return NULL;
}

static int parts_done(struct request *req, long long guide_id, const char *action, const char *summary)
{
    if (guide_mark_edited(req, guide_id) != 0)
        return resp_error(req, 500, "保存失败，请稍后重试。");
    audit(req, action, arena_printf(req->arena, "guide:%lld", guide_id), summary);
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/guides/%lld?saved=1", guide_id));
    return 303;
}

int guide_material_add(struct request *req)
{
    struct guide g;
    struct form gf, f;
    int refused = parts_guard(req, &g, &gf);
    if (refused)
        return refused;
    form_read(req, material_fields, MATERIAL_FIELD_COUNT, false, &f);
    const char *problem = first_error(&f);
    if (!problem)
        problem = save_material(req, g.id, 0, &f);
    if (problem)
        return render_guide(req, &g, &gf, false, arena_printf(req->arena, "材料未添加：%s", problem));
    return parts_done(req, g.id, "guide.material_add", arena_printf(req->arena, "新增材料: %s", f.values[0]));
}

/* Renumbers the rows of TABLE_SQL order with ID moved one place up or down. */
static int move_row(struct request *req, sqlite3_stmt *list, sqlite3_stmt *set_sort, long long guide_id,
                    long long id, int delta)
{
    long long ids[512];
    int n = 0, at = -1;
    sqlite3_bind_int64(list, 1, guide_id);
    while (sqlite3_step(list) == SQLITE_ROW && n < 512) {
        if (db_int(list, 0) == id)
            at = n;
        ids[n++] = db_int(list, 0);
    }
    sqlite3_reset(list);
    if (at < 0 || at + delta < 0 || at + delta >= n)
        return 0;
    long long t = ids[at];
    ids[at] = ids[at + delta];
    ids[at + delta] = t;
    for (int i = 0; i < n; i++) {
        sqlite3_bind_int(set_sort, 1, (i + 1) * 10);
        sqlite3_bind_int64(set_sort, 2, ids[i]);
        if (run_write(req, set_sort) != 0)
            return -1;
    }
    return 0;
}

static int material_move(struct request *req, long long guide_id, long long id, int delta)
{
    sqlite3 *db = req->app->content_db;
    db_begin(db, "material_move");
    int rc = move_row(req, db_stmt(db, "SELECT id FROM guide_materials WHERE guide_id = ?1 ORDER BY sort, id"),
                      db_stmt(db, "UPDATE guide_materials SET sort = ?1 WHERE id = ?2"), guide_id, id, delta);
    if (rc != 0 || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return resp_error(req, 500, NULL);
    }
    return parts_done(req, guide_id, "guide.material_move",
                      arena_printf(req->arena, "材料 %lld %s", id, delta < 0 ? "上移" : "下移"));
}

static int material_delete(struct request *req, long long guide_id, long long id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "DELETE FROM guide_materials WHERE id = ?1 AND guide_id = ?2 RETURNING name");
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, guide_id);
    const char *name = sqlite3_step(st) == SQLITE_ROW ? db_text(req->arena, st, 0) : NULL;
    sqlite3_reset(st);
    if (!name)
        return resp_error(req, 404, "没有这项材料。");
    return parts_done(req, guide_id, "guide.material_remove", arena_printf(req->arena, "删除材料: %s", name));
}

int guide_material_action(struct request *req)
{
    struct guide g;
    struct form gf, f;
    int refused = parts_guard(req, &g, &gf);
    if (refused)
        return refused;
    const char *action = req->path_args[2];
    long long id = req->path_ids[1];
    if (strcmp(action, "up") == 0 || strcmp(action, "down") == 0)
        return material_move(req, g.id, id, strcmp(action, "up") == 0 ? -1 : 1);
    if (strcmp(action, "delete") == 0)
        return material_delete(req, g.id, id);
    if (strcmp(action, "save") != 0)
        return resp_error(req, 404, NULL);
    form_read(req, material_fields, MATERIAL_FIELD_COUNT, false, &f);
    const char *problem = first_error(&f);
    if (!problem)
        problem = save_material(req, g.id, id, &f);
    if (problem)
        return render_guide(req, &g, &gf, false, arena_printf(req->arena, "材料未保存：%s", problem));
    return parts_done(req, g.id, "guide.material_save", arena_printf(req->arena, "材料 %lld: %s", id, f.values[0]));
}

int guide_step_add(struct request *req)
{
    struct guide g;
    struct form gf, f;
    int refused = parts_guard(req, &g, &gf);
    if (refused)
        return refused;
    form_read(req, step_fields, STEP_FIELD_COUNT, false, &f);
    const char *problem = first_error(&f);
    if (problem)
        return render_guide(req, &g, &gf, false, arena_printf(req->arena, "步骤未添加：%s", problem));
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "INSERT INTO guide_steps (guide_id, title, description, sort) VALUES (?1, ?2, ?3, "
        "(SELECT COALESCE(MAX(sort), 0) + 10 FROM guide_steps WHERE guide_id = ?1))");
    sqlite3_bind_int64(st, 1, g.id);
    sqlite3_bind_text(st, 2, f.values[0], -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, f.values[1], -1, SQLITE_STATIC);
    if (run_write(req, st) != 0)
        return resp_error(req, 500, NULL);
    return parts_done(req, g.id, "guide.step_add", arena_printf(req->arena, "新增步骤: %s", f.values[0]));
}

static int step_save(struct request *req, const struct guide *g, const struct form *gf, long long id)
{
    struct form f;
    form_read(req, step_fields, STEP_FIELD_COUNT, false, &f);
    const char *problem = first_error(&f);
    if (problem)
        return render_guide(req, g, gf, false, arena_printf(req->arena, "步骤未保存：%s", problem));
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "UPDATE guide_steps SET title = ?1, description = ?2 WHERE id = ?3 AND guide_id = ?4");
    sqlite3_bind_text(st, 1, f.values[0], -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, f.values[1], -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, id);
    sqlite3_bind_int64(st, 4, g->id);
    if (run_write(req, st) != 0)
        return resp_error(req, 500, NULL);
    return parts_done(req, g->id, "guide.step_save", arena_printf(req->arena, "步骤 %lld: %s", id, f.values[0]));
}

int guide_step_action(struct request *req)
{
    struct guide g;
    struct form gf;
    int refused = parts_guard(req, &g, &gf);
    if (refused)
        return refused;
    const char *action = req->path_args[2];
    long long id = req->path_ids[1];
    sqlite3 *db = req->app->content_db;
    if (strcmp(action, "save") == 0)
        return step_save(req, &g, &gf, id);
    if (strcmp(action, "delete") == 0) {
        sqlite3_stmt *st = db_stmt(db, "DELETE FROM guide_steps WHERE id = ?1 AND guide_id = ?2");
        sqlite3_bind_int64(st, 1, id);
        sqlite3_bind_int64(st, 2, g.id);
        if (run_write(req, st) != 0 || sqlite3_changes(db) != 1)
            return resp_error(req, 404, "没有这个步骤。");
        return parts_done(req, g.id, "guide.step_remove", arena_printf(req->arena, "删除步骤 %lld", id));
    }
    if (strcmp(action, "up") != 0 && strcmp(action, "down") != 0)
        return resp_error(req, 404, NULL);
    db_begin(db, "step_move");
    int rc = move_row(req, db_stmt(db, "SELECT id FROM guide_steps WHERE guide_id = ?1 ORDER BY sort, id"),
                      db_stmt(db, "UPDATE guide_steps SET sort = ?1 WHERE id = ?2"), g.id, id,
                      strcmp(action, "up") == 0 ? -1 : 1);
    if (rc != 0 || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return resp_error(req, 500, NULL);
    }
    return parts_done(req, g.id, "guide.step_move", arena_printf(req->arena, "步骤 %lld %s", id, action));
}
