/* /admin/news: 工作动态. Editors write drafts and submit them; a reviewer
 * attests the 保密审查 and publishes, or sends back with a comment. A
 * published item is corrected by saving it again: the correction goes back
 * into review (off the public site until approved), and nobody publishes what
 * they last changed themselves (four-eyes, news.edited_by). Each item belongs to the
 * agency it was written in (news.owner_id, set here because 发布机构 is
 * optional); staff see and change only their agency's. */
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
#include "validate.h"

static const struct field news_fields[] = {
    { .name = "title", .label = "标题", .kind = FIELD_TEXT, .max_chars = 200, .required = true },
    { .name = "agency_id", .label = "发布机构", .kind = FIELD_UINT },
    { .name = "published_on", .label = "发布日期", .kind = FIELD_DATE },
    { .name = "body_md", .label = "正文", .kind = FIELD_TEXTAREA, .max_chars = 60000 },
};
enum { NEWS_FIELD_COUNT = sizeof news_fields / sizeof news_fields[0] };

struct news_item {
    long long id;
    const char *status;
    const char *review_comment;
    long long owner_id;
    long long edited_by;      /* who last changed it, 0 if unknown */
    long long approved_by;    /* two levels: the reviewer who approved it (待审签), else 0 */
    const char *approved_at;
};

static bool load_news(struct request *req, long long id, struct news_item *n, struct form *form)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT title, COALESCE(agency_id, ''), COALESCE(published_on, ''), body_md, status, review_comment, "
        "COALESCE(owner_id, 0), COALESCE(edited_by, 0), COALESCE(approved_by, 0), COALESCE(approved_at, '') "
        "FROM news WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        form_blank(req->arena, news_fields, NEWS_FIELD_COUNT, form);
        for (int i = 0; i < NEWS_FIELD_COUNT; i++)
            form->values[i] = db_text(req->arena, st, i);
        n->id = id;
        n->status = db_text(req->arena, st, 4);
        n->review_comment = db_text(req->arena, st, 5);
        n->owner_id = db_int(st, 6);
        n->edited_by = db_int(st, 7);
        n->approved_by = db_int(st, 8);
        n->approved_at = db_text(req->arena, st, 9);
    }
    sqlite3_reset(st);
    return found;
}

/* The item of the path for a handler: 0 when it exists and belongs to the
 * current agency, else the 404 or the audited 403 already answered. */
static int load_own_news(struct request *req, struct news_item *n, struct form *form)
{
    if (!load_news(req, req->path_ids[0], n, form))
        return resp_error(req, 404, "没有这条工作动态。");
    return content_require_own(req, n->owner_id, "news", n->id);
}

/* Anything but an item in review may be changed; a published one goes back into review. */
static bool news_editable(const struct news_item *n)
{
    return strcmp(n->status, "review") != 0;
}

static int render_news(struct request *req, const struct news_item *n, const struct form *form,
                       bool preview, const char *notice)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, n->id ? "编辑工作动态" : "新建工作动态",
                                           "admin/news_form.tpl");
    form_to_dict(form, d);
    add_agency_options(req, d, "agency_options", form_id(form, "agency_id"));
    tmpl_set(d, "form_action", n->id ? arena_printf(req->arena, "/admin/news/%lld", n->id) : "/admin/news/new");
    tmpl_set(d, "heading", n->id ? "编辑工作动态" : "新建工作动态");
    if (news_editable(n))
        tmpl_show(d, "editable");
    if (strcmp(n->status, "review") == 0)   /* news keeps no published version to compare with */
        review_add_changes(req, tmpl_add_section(d, "read_only"), news_fields, NEWS_FIELD_COUNT, NULL,
                           (const char *const *)form->values);
    else
        tmpl_show(d, "fields_form");
    if (notice)
        tmpl_set(tmpl_add_section(d, "notice"), "notice_text", notice);
    if (preview)
        add_markdown_preview(req, d, form_value(form, "body_md"));
    if (n->id) {
        struct tmpl_dict *ex = tmpl_add_section(d, "existing");
        tmpl_set_int(ex, "news_id", n->id);
        tmpl_set(ex, "status_label", content_status_label(n->status));
        if (strcmp(n->status, "published") == 0)
            tmpl_show(ex, "published");
        if (strcmp(n->status, "returned") == 0)
            tmpl_set(tmpl_add_section(ex, "returned"), "review_comment", n->review_comment);
        bool draft = strcmp(n->status, "draft") == 0 || strcmp(n->status, "returned") == 0;
        if (draft && staff_has(req, ROLE_EDITOR))
            tmpl_show(ex, "can_submit");
        if (strcmp(n->status, "review") == 0 && n->approved_by)
            review_add_signoff(req, ex, arena_printf(req->arena, "/admin/news/%lld", n->id), n->approved_by,
                               n->approved_at, NULL);
        else if (strcmp(n->status, "review") == 0 && staff_has(req, ROLE_REVIEWER)) {
            tmpl_show(ex, "can_review");
            tmpl_show(ex, review_levels(req, n->owner_id) == 2 ? "two_levels" : "one_level");
        }
    }
    return page_render(&page);
}

static void bind_news(sqlite3_stmt *st, const struct form *form)
{
    sqlite3_bind_text(st, 1, form_value(form, "title"), -1, SQLITE_STATIC);
    db_bind_id_or_null(st, 2, form_id(form, "agency_id"));
    db_bind_text_or_null(st, 3, form_value(form, "published_on"));
    sqlite3_bind_text(st, 4, form_value(form, "body_md"), -1, SQLITE_STATIC);
}

/* A draft saved after being sent back is a draft again; a correction of a
 * published item waits for a second person's review. */
static long long save_news(struct request *req, const struct news_item *n, const struct form *form)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = n->id
        ? db_stmt(db, "UPDATE news SET title = ?1, agency_id = ?2, published_on = ?3, body_md = ?4, "
                      "status = CASE status WHEN 'returned' THEN 'draft' WHEN 'published' THEN 'review' ELSE status END, "
                      "edited_by = ?6, approved_by = NULL, approved_at = NULL WHERE id = ?5")
        : db_stmt(db, "INSERT INTO news (title, agency_id, published_on, body_md, status, owner_id, edited_by) "
                      "VALUES (?1, ?2, ?3, ?4, 'draft', ?5, ?6)");
    bind_news(st, form);
    sqlite3_bind_int64(st, 5, n->id ? n->id : staff_agency_id(req));
    sqlite3_bind_int64(st, 6, current_staff(req)->id);
    if (db_run(db, st, "news_sql") != 0)
        return 0;
    return n->id ? n->id : sqlite3_last_insert_rowid(db);
}

static int news_form_submit(struct request *req, const struct news_item *n, const struct form *before)
{
    struct form form;
    form_read(req, news_fields, NEWS_FIELD_COUNT, false, &form);
    const char *action = params_get(&req->form, "action");
    if (action && strcmp(action, "preview") == 0)
        return render_news(req, n, &form, true, NULL);
    if (!news_editable(n))
        return render_news(req, n, &form, false, "该动态正在审核中，审核结束前不能修改。");
    if (form_id(&form, "agency_id") && !agency_is_own(req, form_id(&form, "agency_id")))
        form_set_error(&form, "agency_id", "请从列表中选择本机关或其内设机构、下属单位作为发布机构。");
    if (form.error_count)
        return render_news(req, n, &form, false, NULL);
    long long id = save_news(req, n, &form);
    if (!id)
        return resp_error(req, 500, "保存失败，请稍后重试。");
    struct buf summary;
    buf_init(&summary, req->arena);
    for (size_t i = 0; i < NEWS_FIELD_COUNT; i++)
        audit_diff(&summary, news_fields[i].name, before ? before->values[i] : "", form.values[i]);
    audit(req, n->id ? "news.save" : "news.create", arena_printf(req->arena, "news:%lld", id),
          audit_summary_text(&summary));
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/news/%lld?saved=1", id));
    return 303;
}

int news_new_page(struct request *req)
{
    struct news_item n = { 0, "draft", "", 0, 0, 0, "" };
    struct form form;
    form_blank(req->arena, news_fields, NEWS_FIELD_COUNT, &form);
    form.values[1] = arena_printf(req->arena, "%lld", staff_agency_id(req));   /* the agency itself */
    return render_news(req, &n, &form, false, NULL);
}

int news_new_submit(struct request *req)
{
    struct news_item n = { 0, "draft", "", 0, 0, 0, "" };
    return news_form_submit(req, &n, NULL);
}

int news_edit_page(struct request *req)
{
    struct news_item n;
    struct form form;
    int refused = load_own_news(req, &n, &form);
    if (refused)
        return refused;
    bool in_review = strcmp(n.status, "review") == 0;
    return render_news(req, &n, &form, in_review,
                       content_step_notice(req));
}

int news_edit_submit(struct request *req)
{
    struct news_item n;
    struct form before;
    int refused = load_own_news(req, &n, &before);
    if (refused)
        return refused;
    return news_form_submit(req, &n, &before);
}

/* Moves the item FROM -> TO (see review_transition); publishing dates it today. */
static int news_transition(struct request *req, long long id, const char *from, const char *to,
                           const char *comment)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "UPDATE news SET status = ?1, review_comment = COALESCE(?4, review_comment), "
        "approved_by = CASE WHEN ?1 = 'returned' THEN NULL ELSE approved_by END, "
        "approved_at = CASE WHEN ?1 = 'returned' THEN NULL ELSE approved_at END, "
        "published_on = CASE WHEN ?1 = 'published' THEN COALESCE(published_on, ?5) ELSE published_on END "
        "WHERE id = ?2 AND instr(?3, '|' || status || '|') > 0");
    sqlite3_bind_text(st, 5, today_iso(req->arena), -1, SQLITE_TRANSIENT);
    return review_transition(db, st, id, from, to, comment, "news_sql");
}

static int news_step(struct request *req, const char *from, const char *to, const char *comment,
                     const char *action)
{
    struct news_item n;
    struct form form;
    int refused = load_own_news(req, &n, &form);
    if (refused)
        return refused;
    if (news_transition(req, n.id, from, to, comment) != 0)
        return render_news(req, &n, &form, false, "当前状态下不能进行这一步（可能已被处理）。");
    return review_done(req, action, arena_printf(req->arena, "news:%lld", n.id),
                       review_summary(req, n.status, to, comment),
                       arena_printf(req->arena, "/admin/news/%lld", n.id));
}

/* The item shown again in review with PROBLEM (a refused publish or send-back). */
static int news_refused(struct request *req, const char *problem)
{
    struct news_item n;
    struct form form;
    int refused = load_own_news(req, &n, &form);
    if (refused)
        return refused;
    return render_news(req, &n, &form, true, problem);
}

int news_submit(struct request *req)
{
    return news_step(req, "|draft|returned|", "review", NULL, "news.submit");
}

/* The first of two levels (审核): the item stays in review, approved, for a signer. */
static int news_approve(struct request *req, const struct news_item *n)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "UPDATE news SET approved_by = ?2, approved_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
        "WHERE id = ?1 AND status = 'review' AND approved_by IS NULL");
    sqlite3_bind_int64(st, 1, n->id);
    sqlite3_bind_int64(st, 2, current_staff(req)->id);
    if (db_write_one(req->app->content_db, st, "news_approve") != 0)
        return resp_error(req, 500, "审核失败，请稍后重试。");
    return review_done(req, "news.approve", arena_printf(req->arena, "news:%lld", n->id), review_approved_summary,
                       arena_printf(req->arena, "/admin/news/%lld", n->id));
}

int news_publish(struct request *req)
{
    if (!review_attested(req))
        return news_refused(req, review_attestation_missing);
    struct news_item n;
    struct form form;
    int refused = load_own_news(req, &n, &form);
    if (!refused)
        refused = review_refuse_own_edit(req, n.edited_by, arena_printf(req->arena, "news:%lld", n.id));
    if (refused)
        return refused;
    /* Approved under two levels: only a signer's sign publishes it, even if the levels changed since. */
    if (strcmp(n.status, "review") == 0 && n.approved_by)
        return news_refused(req, "该动态已审核通过，正在等待审签人审签发布。");
    if (review_levels(req, n.owner_id) == 2 && strcmp(n.status, "review") == 0)
        return news_approve(req, &n);
    return news_step(req, "|review|", "published", NULL, "news.publish");
}

/* The second level (审签): a signer who is neither its author nor its reviewer publishes it. */
int news_sign(struct request *req)
{
    struct news_item n;
    struct form form;
    int refused = load_own_news(req, &n, &form);
    if (refused)
        return refused;
    if (strcmp(n.status, "review") != 0 || !n.approved_by)
        return render_news(req, &n, &form, false, "该动态不在待审签状态（尚未审核通过，或已被处理）。");
    refused = review_refuse_signer(req, n.edited_by, n.approved_by, arena_printf(req->arena, "news:%lld", n.id));
    return refused ? refused : news_step(req, "|review|", "published", NULL, "news.publish");
}

int news_return(struct request *req)
{
    const char *comment = review_comment(req);
    if (!comment)
        return news_refused(req, review_comment_missing);
    struct news_item n;
    struct form form;
    int refused = load_own_news(req, &n, &form);
    if (refused)
        return refused;
    const char *not_yours = strcmp(n.status, "review") == 0 ? review_return_refused(req, n.approved_by != 0) : NULL;
    if (not_yours)
        return render_news(req, &n, &form, true, not_yours);
    return news_step(req, "|review|", "returned", comment, "news.return");
}

int news_admin_list(struct request *req)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "工作动态", "admin/news.tpl");
    if (staff_has(req, ROLE_EDITOR))
        tmpl_show(d, "can_create");
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, title, status, COALESCE(published_on, '') FROM news WHERE owner_id = ?1 "
        "ORDER BY status = 'review' DESC, status = 'published', published_on DESC, id DESC LIMIT 200");
    sqlite3_bind_int64(st, 1, staff_agency_id(req));
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "news");
        tmpl_set_int(row, "id", db_int(st, 0));
        tmpl_set(row, "title", (const char *)sqlite3_column_text(st, 1));
        tmpl_set(row, "status_label", content_status_label((const char *)sqlite3_column_text(st, 2)));
        tmpl_set(row, "published_on", (const char *)sqlite3_column_text(st, 3));
    }
    sqlite3_reset(st);
    return page_render(&page);
}
