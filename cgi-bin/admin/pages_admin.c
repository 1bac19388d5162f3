/* /admin/pages: the fixed pages. Every agency has the same three (公开指南,
 * 公开制度, 机构职能: one column shape for all, 61号), edited by its own
 * staff; the platform's pages (无障碍声明) belong to the platform
 * administrator. A page keeps its public text while a change waits beside it
 * as a working copy: saving puts the change into review, and a reviewer (a
 * platform page: a platform administrator) other than whoever last changed it
 * publishes it or sends it back (four-eyes, finding 15.19). Every step is audited. */
#include <string.h>

#include "admin.h"
#include "agency.h"
#include "app.h"
#include "content.h"
#include "db.h"
#include "form.h"
#include "log.h"
#include "review.h"
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

/* A page as stored: its public text and the change waiting beside it. */
struct page_state {
    struct form published;      /* title, body_md as the public sees them */
    struct form work;           /* the working copy; the published text when there is none */
    const char *updated_on;     /* "" when never published */
    const char *work_status;    /* "", "review" or "returned" */
    const char *review_comment;
    long long edited_by;        /* who last changed it (four-eyes), 0 if unknown */
    long long approved_by;      /* two levels: the reviewer who approved the working copy (待审签), else 0 */
    const char *approved_at;
};

/* Fills P from the stored page; an agency page not stored yet (an upgraded
 * database had no 公开制度) starts empty with its standard title. */
static void load_page(struct request *req, const struct page_ref *ref, struct page_state *p)
{
    form_blank(req->arena, page_fields, PAGE_FIELD_COUNT, &p->published);
    form_blank(req->arena, page_fields, PAGE_FIELD_COUNT, &p->work);
    p->updated_on = p->work_status = p->review_comment = "";
    p->edited_by = p->approved_by = 0;
    p->approved_at = "";
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT title, body_md, COALESCE(updated_on, ''), work_status, review_comment, COALESCE(edited_by, 0), "
        "COALESCE(work_title, title), COALESCE(work_body_md, body_md), COALESCE(approved_by, 0), "
        "COALESCE(approved_at, '') FROM pages "
        "WHERE slug = ?1 AND ifnull(agency_id, 0) = ?2");
    sqlite3_bind_text(st, 1, ref->slug, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, ref->agency_id);
    if (sqlite3_step(st) == SQLITE_ROW) {
        for (int i = 0; i < PAGE_FIELD_COUNT; i++) {
            p->published.values[i] = db_text(req->arena, st, i);
            p->work.values[i] = db_text(req->arena, st, 6 + i);
        }
        p->updated_on = db_text(req->arena, st, 2);
        p->work_status = db_text(req->arena, st, 3);
        p->review_comment = db_text(req->arena, st, 4);
        p->edited_by = db_int(st, 5);
        p->approved_by = db_int(st, 8);
        p->approved_at = db_text(req->arena, st, 9);
    } else {
        p->published.values[0] = p->work.values[0] =
            arena_printf(req->arena, "%s%s", current_staff(req)->agency_name, ref->suffix);
    }
    sqlite3_reset(st);
}

static bool in_review(const struct page_state *p)
{
    return strcmp(p->work_status, "review") == 0;
}

/* Who proposes a change: the agency's editors and reviewers; a platform page's: its administrators. */
static bool may_edit_page(struct request *req, const struct page_ref *ref)
{
    return staff_has(req, ref->agency_id ? ROLE_EDITOR | ROLE_REVIEWER : ROLE_ADMIN);
}

static bool may_review_page(struct request *req, const struct page_ref *ref)
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

/* "page:mzj/rules" or "page:accessibility", the audit target. */
static const char *page_target(struct request *req, const struct page_ref *ref)
{
    return ref->agency_id ? arena_printf(req->arena, "page:%s/%s", current_staff(req)->agency_code, ref->slug)
                          : arena_printf(req->arena, "page:%s", ref->slug);
}

static bool awaits_signoff(const struct page_state *p)
{
    return in_review(p) && p->approved_by;
}

static const char *work_status_label(const struct page_state *p)
{
    if (awaits_signoff(p))
        return "修改已审核通过，待审签（公开页面仍显示已发布的内容）";
    if (in_review(p))
        return "修改待审核（公开页面仍显示已发布的内容）";
    return strcmp(p->work_status, "returned") == 0 ? "修改已退回" : "已公开";
}

/* Extras of the edit page; NULL members are not shown. */
struct page_view {
    const struct form *form;    /* the form's values: typed, or the working copy */
    const char *notice;
    const char *publish_error;
    const char *return_error;
    bool preview;
};

static void add_review_panel(struct request *req, struct tmpl_dict *d, const struct page_ref *ref,
                             const struct page_state *p, const struct page_view *v)
{
    review_add_changes(req, tmpl_add_section(d, "read_only"), page_fields, PAGE_FIELD_COUNT,
                       (const char *const *)p->published.values, (const char *const *)p->work.values);
    add_markdown_preview(req, d, form_value(&p->work, "body_md"));   /* the reviewer reads it rendered */
    if (awaits_signoff(p)) {
        review_add_signoff(req, d, arena_printf(req->arena, "/admin/pages/%s", ref->slug), p->approved_by,
                           p->approved_at, v->return_error);
        return;
    }
    if (!may_review_page(req, ref))
        return;
    struct tmpl_dict *box = tmpl_add_section(d, "can_review");
    tmpl_show(box, review_levels(req, ref->agency_id) == 2 ? "two_levels" : "one_level");
    if (v->publish_error)
        tmpl_set(tmpl_add_section(box, "publish_error"), "message", v->publish_error);
    if (v->return_error)
        tmpl_set(tmpl_add_section(box, "return_error"), "message", v->return_error);
}

static int render_page_form(struct request *req, const struct page_ref *ref, const struct page_state *p,
                            const struct page_view *v)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, arena_printf(req->arena, "编辑页面：%s",
                                           form_value(&p->published, "title")), "admin/pages_form.tpl");
    tmpl_set(d, "page_title", form_value(&p->published, "title"));
    tmpl_set(d, "slug", ref->slug);
    tmpl_set(d, "public_url", public_path(req, ref));
    tmpl_set(d, "owner_label", ref->agency_id ? current_staff(req)->agency_name : "平台");
    tmpl_set(d, "updated_on", *p->updated_on ? p->updated_on : "尚未发布");
    tmpl_set(d, "status_label", work_status_label(p));
    if (strcmp(p->work_status, "returned") == 0)
        tmpl_set(tmpl_add_section(d, "returned"), "review_comment", p->review_comment);
    if (v->notice)
        tmpl_set(tmpl_add_section(d, "notice"), "notice_text", v->notice);
    if (in_review(p)) {
        add_review_panel(req, d, ref, p, v);
        return page_render(&page);
    }
    struct tmpl_dict *f = tmpl_add_section(d, "fields_form");
    form_to_dict(v->form, f);
    if (may_edit_page(req, ref))
        tmpl_show(f, "can_save");
    if (v->preview)
        add_markdown_preview(req, d, form_value(v->form, "body_md"));
    return page_render(&page);
}

/* ---- the list -------------------------------------------------------------- */

static void add_page_row(struct request *req, struct tmpl_dict *box, const struct page_ref *ref)
{
    struct page_state p;
    load_page(req, ref, &p);
    struct tmpl_dict *row = tmpl_add_section(box, "pages");
    tmpl_set(row, "slug", ref->slug);
    tmpl_set(row, "title", form_value(&p.published, "title"));
    tmpl_set(row, "public_url", public_path(req, ref));
    tmpl_set(row, "updated_on", *p.updated_on ? p.updated_on : "尚未发布");
    if (*p.work_status)
        tmpl_set(tmpl_add_section(row, "working"), "status_label", work_status_label(&p));
}

static void add_agency_page_rows(struct request *req, struct tmpl_dict *d)
{
    const struct staff *s = current_staff(req);
    struct tmpl_dict *box = tmpl_add_section(d, "agency_pages");
    tmpl_set(box, "agency_name", s->agency_name);
    for (int i = 0; i < AGENCY_PAGE_COUNT; i++) {
        struct page_ref ref = { agency_pages[i].slug, s->agency_id, agency_pages[i].suffix };
        add_page_row(req, box, &ref);
    }
}

static void add_platform_page_rows(struct request *req, struct tmpl_dict *d)
{
    struct tmpl_dict *box = tmpl_add_section(d, "platform_pages");
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT slug FROM pages WHERE agency_id IS NULL ORDER BY slug");
    int count = 0;
    const char *slugs[16];
    while (count < 16 && sqlite3_step(st) == SQLITE_ROW)
        slugs[count++] = db_text(req->arena, st, 0);
    sqlite3_reset(st);   /* before load_page uses the connection's statements again */
    for (int i = 0; i < count; i++) {
        struct page_ref ref = { slugs[i], 0, "" };
        add_page_row(req, box, &ref);
    }
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

static const char *page_step_notice(struct request *req)
{
    if (params_get(&req->query, "saved"))
        return "已保存并提交审核。审核人发布前，公开页面仍显示原来的内容。";
    return content_step_notice(req);
}

int page_admin_edit(struct request *req)
{
    struct page_ref ref;
    int refused = resolve_page(req, &ref);
    if (refused)
        return refused;
    struct page_state p;
    load_page(req, &ref, &p);
    struct page_view v = { .form = &p.work, .notice = page_step_notice(req) };
    return render_page_form(req, &ref, &p, &v);
}

/* Stores FORM as the page's working copy in review, by the current staff
 * member; an agency page not stored yet gets its row (empty public text). */
static int save_working_copy(struct request *req, const struct page_ref *ref, const struct page_state *p,
                             const struct form *form)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO pages (agency_id, slug, title, body_md, work_title, work_body_md, work_status, edited_by, "
        " work_saved_at) VALUES (?5, ?4, ?3, '', ?1, ?2, 'review', ?6, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) "
        "ON CONFLICT (ifnull(agency_id, 0), slug) DO UPDATE SET work_title = excluded.work_title, "
        "work_body_md = excluded.work_body_md, work_status = 'review', edited_by = excluded.edited_by, "
        "work_saved_at = excluded.work_saved_at "
        "WHERE pages.work_status <> 'review'");
    sqlite3_bind_text(st, 1, form_value(form, "title"), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, form_value(form, "body_md"), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, form_value(&p->published, "title"), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, ref->slug, -1, SQLITE_STATIC);
    db_bind_id_or_null(st, 5, ref->agency_id);
    sqlite3_bind_int64(st, 6, current_staff(req)->id);
    return db_run(db, st, "page_save") == 0 && sqlite3_changes(db) == 1 ? 0 : -1;
}

static const char *page_diff(struct request *req, const struct form *before, const struct form *after)
{
    struct buf summary;
    buf_init(&summary, req->arena);
    for (size_t i = 0; i < PAGE_FIELD_COUNT; i++)
        audit_diff(&summary, page_fields[i].name, before->values[i], after->values[i]);
    return audit_summary_text(&summary);
}

int page_admin_submit(struct request *req)
{
    struct page_ref ref;
    int refused = resolve_page(req, &ref);
    if (refused)
        return refused;
    struct page_state p;
    load_page(req, &ref, &p);
    struct form form;
    form_read(req, page_fields, PAGE_FIELD_COUNT, false, &form);
    struct page_view v = { .form = &form };
    const char *action = params_get(&req->form, "action");
    if (action && strcmp(action, "preview") == 0) {
        v.preview = true;
        return render_page_form(req, &ref, &p, &v);
    }
    if (in_review(&p)) {
        v.notice = "该页面的修改正在审核中，审核结束前不能再修改。";
        return render_page_form(req, &ref, &p, &v);
    }
    if (!may_edit_page(req, &ref)) {
        v.notice = "只有本机关的信息编辑或审核人可以修改页面。您的修改尚未保存。";
        return render_page_form(req, &ref, &p, &v);
    }
    if (form.error_count)
        return render_page_form(req, &ref, &p, &v);
    if (save_working_copy(req, &ref, &p, &form) != 0)
        return resp_error(req, 500, "保存失败，请稍后重试。");
    audit(req, "page.save", page_target(req, &ref),
          arena_printf(req->arena, "%s; status -> review", page_diff(req, &p.work, &form)));
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/pages/%s?saved=1", ref.slug));
    return 303;
}

/* ---- review ------------------------------------------------------------------- */

/* Loads the page for a review step by one of ROLES (an agency page's; a
 * platform page's is its administrators'): 0, or an error already answered. */
static int open_for_review(struct request *req, struct page_ref *ref, struct page_state *p, unsigned roles)
{
    int refused = resolve_page(req, ref);
    if (refused)
        return refused;
    if (!staff_has(req, ref->agency_id ? roles : ROLE_ADMIN))
        return resp_error(req, 403, ref->agency_id ? "只有本机关的审核人可以审核页面。"
                                                   : "平台页面由平台管理员审核。");
    load_page(req, ref, p);
    if (!in_review(p)) {
        struct page_view v = { .form = &p->work, .notice = "该页面没有待审核的修改（可能已被处理）。" };
        return render_page_form(req, ref, p, &v);
    }
    return 0;
}

static int publish_working_copy(struct request *req, const struct page_ref *ref)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "UPDATE pages SET title = work_title, body_md = work_body_md, updated_on = ?3, work_title = NULL, "
        "work_body_md = NULL, work_status = '', review_comment = '', approved_by = NULL, approved_at = NULL "
        "WHERE slug = ?1 AND ifnull(agency_id, 0) = ?2 AND work_status = 'review'");
    sqlite3_bind_text(st, 1, ref->slug, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, ref->agency_id);
    sqlite3_bind_text(st, 3, today_iso(req->arena), -1, SQLITE_TRANSIENT);
    return db_run(db, st, "page_publish") == 0 && sqlite3_changes(db) == 1 ? 0 : -1;
}

/* Publishes the working copy of REF in review as SUMMARY's step ("status review -> published"). */
static int publish_page(struct request *req, const struct page_ref *ref, const struct page_state *p,
                        const char *summary)
{
    if (publish_working_copy(req, ref) != 0)
        return resp_error(req, 500, "发布失败，请稍后重试。");
    return review_done(req, "page.publish", page_target(req, ref),
                       arena_printf(req->arena, "%s; %s", summary, page_diff(req, &p->published, &p->work)),
                       arena_printf(req->arena, "/admin/pages/%s", ref->slug));
}

/* The first of two levels: the working copy is recorded as approved by the
 * current reviewer and waits for a signer (待审签). */
static int approve_page(struct request *req, const struct page_ref *ref)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "UPDATE pages SET approved_by = ?3, approved_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
        "WHERE slug = ?1 AND ifnull(agency_id, 0) = ?2 AND work_status = 'review' AND approved_by IS NULL");
    sqlite3_bind_text(st, 1, ref->slug, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, ref->agency_id);
    sqlite3_bind_int64(st, 3, current_staff(req)->id);
    if (db_write_one(db, st, "page_approve") != 0)
        return resp_error(req, 500, "审核失败，请稍后重试。");
    return review_done(req, "page.approve", page_target(req, ref), review_approved_summary,
                       arena_printf(req->arena, "/admin/pages/%s", ref->slug));
}

int page_admin_publish(struct request *req)
{
    struct page_ref ref;
    struct page_state p;
    int refused = open_for_review(req, &ref, &p, ROLE_REVIEWER);
    if (refused)
        return refused;
    /* Approved under two levels: only a signer's sign publishes it, even if the levels changed since. */
    if (awaits_signoff(&p)) {
        struct page_view v = { .form = &p.work, .notice = "该页面的修改已审核通过，正在等待审签人审签发布。" };
        return render_page_form(req, &ref, &p, &v);
    }
    if (!review_attested(req)) {
        struct page_view v = { .form = &p.work, .publish_error = review_attestation_missing };
        return render_page_form(req, &ref, &p, &v);
    }
    refused = review_refuse_own_edit(req, p.edited_by, page_target(req, &ref));
    if (refused)
        return refused;
    if (ref.agency_id && review_levels(req, ref.agency_id) == 2)
        return approve_page(req, &ref);
    return publish_page(req, &ref, &p, "status review -> published; 保密审查: 已确认");
}

/* The second level (审签): a signer who is neither the change's author nor its reviewer publishes it. */
int page_admin_sign(struct request *req)
{
    struct page_ref ref;
    struct page_state p;
    int refused = open_for_review(req, &ref, &p, ROLE_SIGNER);
    if (refused)
        return refused;
    if (!awaits_signoff(&p)) {
        struct page_view v = { .form = &p.work, .notice = "该页面的修改不在待审签状态（尚未审核通过，或已被处理）。" };
        return render_page_form(req, &ref, &p, &v);
    }
    refused = review_refuse_signer(req, p.edited_by, p.approved_by, page_target(req, &ref));
    if (refused)
        return refused;
    return publish_page(req, &ref, &p, arena_printf(req->arena, "status signoff -> published; 审签; 审核人: 用户%lld",
                                                    p.approved_by));
}

int page_admin_return(struct request *req)
{
    struct page_ref ref;
    struct page_state p;
    int refused = open_for_review(req, &ref, &p, ROLE_REVIEWER | ROLE_SIGNER);
    if (refused)
        return refused;
    const char *comment = review_comment(req);
    const char *not_yours = ref.agency_id ? review_return_refused(req, p.approved_by != 0) : NULL;
    if (!comment || not_yours) {
        struct page_view v = { .form = &p.work, .return_error = not_yours ? not_yours : review_comment_missing };
        return render_page_form(req, &ref, &p, &v);
    }
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "UPDATE pages SET work_status = 'returned', review_comment = ?3, approved_by = NULL, approved_at = NULL "
        "WHERE slug = ?1 AND ifnull(agency_id, 0) = ?2 AND work_status = 'review'");
    sqlite3_bind_text(st, 1, ref.slug, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, ref.agency_id);
    sqlite3_bind_text(st, 3, comment, -1, SQLITE_STATIC);
    if (db_run(db, st, "page_return") != 0 || sqlite3_changes(db) != 1)
        return resp_error(req, 500, "退回失败，请稍后重试。");
    return review_done(req, "page.return", page_target(req, &ref), review_summary(req, "review", "returned", comment),
                       arena_printf(req->arena, "/admin/pages/%s", ref.slug));
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
