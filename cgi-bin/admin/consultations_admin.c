/* /admin/consultations: 征集意见 (issue 12). An editor writes a draft for
 * comment (title, 起草说明 in Markdown, the dates comments are taken, whether
 * accepted comments' texts are shown) and attaches the draft's documents;
 * it goes through review like every content item: a reviewer other than its
 * last editor attests the 保密审查 and publishes it, or sends it back. The
 * end date must lie after the start and must not have passed when it is
 * saved or published. Once published it is fixed: citizens comment on what
 * they read. Staff see and change only their agency's. */
#include <string.h>

#include "admin.h"
#include "app.h"
#include "consultations_admin.h"
#include "content.h"
#include "db.h"
#include "form.h"
#include "review.h"
#include "staff.h"
#include "tmpl.h"
#include "upload.h"

static const struct field draft_fields[] = {
    { "title", "草案名称", FIELD_TEXT, 200, true, NULL, 0, 0 },
    { "starts_on", "征集开始日期", FIELD_DATE, 10, true, NULL, 0, 0 },
    { "ends_on", "征集截止日期", FIELD_DATE, 10, true, NULL, 0, 0 },
    { "summary_md", "起草说明", FIELD_TEXTAREA, 60000, true, NULL, 0, 0 },
    { "show_comments", "公开经审核的意见内容", FIELD_CHECKBOX, 0, false, NULL, 0, 0 },
};
enum { DRAFT_FIELD_COUNT = sizeof draft_fields / sizeof draft_fields[0] };

static const char *const row_texts[] = { "title", "starts_on", "ends_on", "summary_md" };

int consultation_for_staff(struct request *req, long long id, struct consultation *c)
{
    if (!consultation_load(req, id, c))
        return resp_error(req, 404, "没有这项征集意见。");
    return content_require_own(req, c->owner_id, "consultation", id);
}

static bool draft_editable(const struct consultation *c)
{
    return strcmp(c->status, "draft") == 0 || strcmp(c->status, "returned") == 0;
}

static void draft_values(struct request *req, const struct consultation *c, struct form *form)
{
    form_blank(req->arena, draft_fields, DRAFT_FIELD_COUNT, form);
    const char *values[] = { c->title, c->starts_on, c->ends_on, c->summary_md, c->show_comments ? "1" : "" };
    for (int i = 0; i < DRAFT_FIELD_COUNT; i++)
        form->values[i] = values[i];
}

static void add_documents(struct request *req, struct tmpl_dict *d, const struct consultation *c, bool editable)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, filename, size FROM attachments WHERE owner_kind = 'consultation' AND owner_id = ?1 "
        "ORDER BY sort, id");
    sqlite3_bind_int64(st, 1, c->id);
    struct tmpl_dict *box = tmpl_add_section(d, "documents");
    tmpl_set_int(box, "consultation_id", c->id);
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(box, "document");
        tmpl_set_int(row, "attachment_id", db_int(st, 0));
        tmpl_set_int(row, "consultation_id", c->id);
        tmpl_set(row, "filename", db_text(req->arena, st, 1));
        tmpl_set(row, "size", file_size_label(req->arena, db_int(st, 2)));
        if (editable)
            tmpl_show(row, "can_remove");
        n++;
    }
    sqlite3_reset(st);
    tmpl_show(box, n ? "has_documents" : "no_documents");
    if (editable)
        tmpl_set_int(tmpl_add_section(box, "can_upload"), "max_mb", UPLOAD_MAX_BYTES / (1024 * 1024));
}

static void add_state(struct request *req, struct tmpl_dict *d, const struct consultation *c)
{
    struct tmpl_dict *ex = tmpl_add_section(d, "existing");
    tmpl_set_int(ex, "consultation_id", c->id);
    tmpl_set(ex, "status_label", content_status_label(c->status));
    tmpl_set(ex, "phase", consultation_phase_label(c->phase));
    if (strcmp(c->status, "published") == 0) {
        struct tmpl_dict *pub = tmpl_add_section(ex, "published");
        tmpl_set(pub, "url", arena_printf(req->arena, "/%s/consultations/%lld", current_staff(req)->agency_code, c->id));
        tmpl_set_int(pub, "comments", c->comments_accepted);
        tmpl_set_int(pub, "consultation_id", c->id);
    }
    if (strcmp(c->status, "returned") == 0)
        tmpl_set(tmpl_add_section(ex, "returned"), "review_comment", c->review_comment);
    if (draft_editable(c) && staff_has(req, ROLE_EDITOR))
        tmpl_show(ex, "can_submit");
    if (strcmp(c->status, "review") == 0 && staff_has(req, ROLE_REVIEWER))
        tmpl_show(ex, "can_review");
}

int consultation_page_render(struct request *req, const struct consultation *c, const char *notice,
                             const struct form *draft, const struct form *feedback)
{
    struct page page;
    const char *heading = c->id ? "征集意见" : "新建征集意见";
    struct tmpl_dict *d = admin_page_begin(&page, req, heading, "admin/consultation.tpl");
    tmpl_set(d, "heading", heading);
    struct form shown;
    if (draft)
        shown = *draft;
    else
        draft_values(req, c, &shown);
    bool editable = !c->id || draft_editable(c);
    if (editable && staff_has(req, ROLE_EDITOR)) {
        struct tmpl_dict *f = tmpl_add_section(d, "fields_form");
        form_to_dict(&shown, f);
        tmpl_set(f, "form_action", c->id ? arena_printf(req->arena, "/admin/consultations/%lld", c->id)
                                         : "/admin/consultations/new");
        tmpl_set(f, "today", consultation_today(req));
    } else {
        review_add_changes(req, tmpl_add_section(d, "read_only"), draft_fields, DRAFT_FIELD_COUNT, NULL,
                           (const char *const *)shown.values);
    }
    if (notice)
        tmpl_set(tmpl_add_section(d, "notice"), "notice_text", notice);
    add_markdown_preview(req, d, form_value(&shown, "summary_md"));
    if (c->id) {
        add_state(req, d, c);
        add_documents(req, d, c, editable && staff_has(req, ROLE_EDITOR));
        consultation_feedback_to_dict(req, d, c, feedback);
    }
    return page_render(&page);
}

/* The checks across fields: the end after the start, and not already past. */
static void check_dates(struct request *req, struct form *form)
{
    const char *starts_on = form_value(form, "starts_on"), *ends_on = form_value(form, "ends_on");
    if (!*starts_on || !*ends_on || form->errors[form_field_index(form, "ends_on")])
        return;
    if (strcmp(ends_on, starts_on) <= 0)
        form_set_error(form, "ends_on", "征集截止日期须晚于开始日期。");
    else if (strcmp(ends_on, consultation_today(req)) < 0)
        form_set_error(form, "ends_on", "征集截止日期已经过去，请重新确定征集时间。");
}

static long long save_draft(struct request *req, const struct consultation *c, const struct form *form)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = c->id
        ? db_stmt(db, "UPDATE consultations SET title = ?1, starts_on = ?2, ends_on = ?3, summary_md = ?4, "
                      "show_comments = ?5, status = 'draft', edited_by = ?6 WHERE id = ?7 "
                      "AND status IN ('draft', 'returned')")
        : db_stmt(db, "INSERT INTO consultations (title, starts_on, ends_on, summary_md, show_comments, edited_by, "
                      "owner_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (int i = 0; i < 4; i++)
        sqlite3_bind_text(st, 1 + i, form_value(form, row_texts[i]), -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 5, *form_value(form, "show_comments") != '\0');
    sqlite3_bind_int64(st, 6, current_staff(req)->id);
    sqlite3_bind_int64(st, 7, c->id ? c->id : staff_agency_id(req));
    if (db_run(db, st, "consultation_sql") != 0 || sqlite3_changes(db) != 1)
        return 0;
    return c->id ? c->id : sqlite3_last_insert_rowid(db);
}

static int draft_submit(struct request *req, const struct consultation *c)
{
    struct form form;
    form_read(req, draft_fields, DRAFT_FIELD_COUNT, false, &form);
    if (c->id && !draft_editable(c))
        return consultation_page_render(req, c, "这项征集意见正在审核或已经发布，不能再修改。", NULL, NULL);
    check_dates(req, &form);
    const char *action = params_get(&req->form, "action");
    if (form.error_count || (action && strcmp(action, "preview") == 0))
        return consultation_page_render(req, c, NULL, &form, NULL);
    long long id = save_draft(req, c, &form);
    if (!id)
        return resp_error(req, 500, "保存失败，请稍后重试。");
    struct buf summary;
    buf_init(&summary, req->arena);
    struct form before;
    draft_values(req, c, &before);
    for (size_t i = 0; i < DRAFT_FIELD_COUNT; i++)
        audit_diff(&summary, draft_fields[i].name, c->id ? before.values[i] : "", form.values[i]);
    audit(req, c->id ? "consultation.save" : "consultation.create", arena_printf(req->arena, "consultation:%lld", id),
          audit_summary_text(&summary));
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/consultations/%lld?saved=1", id));
    return 303;
}

static const struct consultation blank = { .status = "draft", .title = "", .summary_md = "", .starts_on = "",
                                               .ends_on = "", .review_comment = "", .published_on = "",
                                               .feedback_md = "", .feedback_status = "none", .feedback_comment = "" };

int consultation_new_page(struct request *req)
{
    return consultation_page_render(req, &blank, NULL, NULL, NULL);
}

int consultation_new_submit(struct request *req)
{
    return draft_submit(req, &blank);
}

int consultation_edit_page(struct request *req)
{
    struct consultation c;
    int refused = consultation_for_staff(req, req->path_ids[0], &c);
    return refused ? refused : consultation_page_render(req, &c, content_step_notice(req), NULL, NULL);
}

int consultation_edit_submit(struct request *req)
{
    struct consultation c;
    int refused = consultation_for_staff(req, req->path_ids[0], &c);
    return refused ? refused : draft_submit(req, &c);
}

/* ---- review ---- */

int consultation_step(struct request *req, const struct consultation *c, sqlite3_stmt *st, const char *current,
                      const char *from, const char *to, const char *comment, const char *action)
{
    sqlite3_bind_text(st, 5, consultation_today(req), -1, SQLITE_STATIC);
    if (review_transition(req->app->content_db, st, c->id, from, to, comment, "consultation_sql") != 0)
        return consultation_page_render(req, c, "当前状态下不能进行这一步（可能已被处理）。", NULL, NULL);
    return review_done(req, action, arena_printf(req->arena, "consultation:%lld", c->id),
                       review_summary(req, current, to, comment),
                       arena_printf(req->arena, "/admin/consultations/%lld", c->id));
}

static int draft_step(struct request *req, const struct consultation *c, const char *from, const char *to,
                      const char *comment, const char *action)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "UPDATE consultations SET status = ?1, review_comment = coalesce(?4, review_comment), "
        "published_on = CASE WHEN ?1 = 'published' THEN ?5 ELSE published_on END "
        "WHERE id = ?2 AND instr(?3, '|' || status || '|') > 0");
    return consultation_step(req, c, st, c->status, from, to, comment, action);
}

int consultation_submit(struct request *req)
{
    struct consultation c;
    int refused = consultation_for_staff(req, req->path_ids[0], &c);
    return refused ? refused : draft_step(req, &c, "|draft|returned|", "review", NULL, "consultation.submit");
}

int consultation_publish(struct request *req)
{
    struct consultation c;
    int refused = consultation_for_staff(req, req->path_ids[0], &c);
    if (!refused)
        refused = review_refuse_own_edit(req, c.edited_by, arena_printf(req->arena, "consultation:%lld", c.id));
    if (refused)
        return refused;
    if (!review_attested(req))
        return consultation_page_render(req, &c, review_attestation_missing, NULL, NULL);
    if (strcmp(c.ends_on, consultation_today(req)) < 0)
        return consultation_page_render(req, &c, "征集截止日期已经过去，不能发布：请退回编辑重新确定征集时间。",
                                        NULL, NULL);
    return draft_step(req, &c, "|review|", "published", NULL, "consultation.publish");
}

int consultation_return(struct request *req)
{
    struct consultation c;
    int refused = consultation_for_staff(req, req->path_ids[0], &c);
    if (refused)
        return refused;
    const char *comment = review_comment(req);
    if (!comment)
        return consultation_page_render(req, &c, review_comment_missing, NULL, NULL);
    return draft_step(req, &c, "|review|", "returned", comment, "consultation.return");
}

/* ---- documents ---- */

/* Documents change only with the draft; the uploader becomes its last editor (four eyes). */
static int documents_locked(struct request *req, const struct consultation *c)
{
    if (draft_editable(c))
        return 0;
    return resp_error(req, 409, "这项征集意见正在审核或已经发布，草案文件不能再增删。");
}

/* The consultation of the path when its documents may change: 0, or the status answered. */
static int load_for_documents(struct request *req, struct consultation *c)
{
    int refused = consultation_for_staff(req, req->path_ids[0], c);
    return refused ? refused : documents_locked(req, c);
}

static int mark_edited(struct request *req, long long id)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db, "UPDATE consultations SET edited_by = ?1, status = 'draft' WHERE id = ?2");
    sqlite3_bind_int64(st, 1, current_staff(req)->id);
    sqlite3_bind_int64(st, 2, id);
    return db_run(db, st, "consultation_sql");
}

int consultation_attachment_upload(struct request *req)
{
    struct consultation c;
    int refused = load_for_documents(req, &c);
    if (refused)
        return refused;
    const struct upload *file = uploads_get(&req->files, "file");
    const struct file_type *type = NULL;
    const char *problem = upload_check(file, &type);
    if (problem)
        return consultation_page_render(req, &c, problem, NULL, NULL);
    sqlite3 *db = req->app->content_db;
    if (db_begin(db, "consultation_attachment") != SQLITE_OK)
        return resp_error(req, 503, "数据库繁忙，文件未保存，请稍后重试。");
    long long id = attachment_store(req->arena, db, "consultation", c.id, file, type);
    if (!id || mark_edited(req, c.id) != 0 || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return resp_error(req, 500, "文件保存失败，请稍后重试。");
    }
    audit(req, "consultation.attachment_add", arena_printf(req->arena, "consultation:%lld", c.id),
          arena_printf(req->arena, "附件 %lld: %s (%s, %zu 字节)", id,
                       upload_display_name(req->arena, file->filename, type), type->mime, file->size));
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/consultations/%lld?done=uploaded", c.id));
    return 303;
}

int consultation_attachment_remove(struct request *req)
{
    struct consultation c;
    int refused = load_for_documents(req, &c);
    if (refused)
        return refused;
    sqlite3 *db = req->app->content_db;
    if (db_begin(db, "consultation_attachment") != SQLITE_OK)
        return resp_error(req, 503, "数据库繁忙，请稍后重试。");
    sqlite3_stmt *st = db_stmt(db, "DELETE FROM attachments WHERE id = ?1 AND owner_kind = 'consultation' "
                                   "AND owner_id = ?2 RETURNING filename");
    sqlite3_bind_int64(st, 1, req->path_ids[1]);
    sqlite3_bind_int64(st, 2, c.id);
    const char *name = sqlite3_step(st) == SQLITE_ROW ? db_text(req->arena, st, 0) : NULL;
    sqlite3_reset(st);
    if (!name || mark_edited(req, c.id) != 0 || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return name ? resp_error(req, 500, "删除失败，请稍后重试。") : resp_error(req, 404, "没有这个文件。");
    }
    audit(req, "consultation.attachment_remove", arena_printf(req->arena, "consultation:%lld", c.id),
          arena_printf(req->arena, "附件 %lld: %s 已删除", req->path_ids[1], name));
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/consultations/%lld?done=removed", c.id));
    return 303;
}

/* ---- the list ---- */

int consultations_admin_list(struct request *req)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "征集意见", "admin/consultations.tpl");
    if (staff_has(req, ROLE_EDITOR))
        tmpl_show(d, "can_create");
    const char *today = consultation_today(req);
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, title, status, starts_on, ends_on, comments_accepted, feedback_status FROM consultations "
        "WHERE owner_id = ?1 ORDER BY status = 'review' DESC, ends_on DESC, id DESC LIMIT 200");
    sqlite3_bind_int64(st, 1, staff_agency_id(req));
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct arena *a = req->arena;
        struct tmpl_dict *row = tmpl_add_section(d, "consultation");
        const char *starts_on = db_text(a, st, 3), *ends_on = db_text(a, st, 4);
        tmpl_set_int(row, "id", db_int(st, 0));
        tmpl_set(row, "title", db_text(a, st, 1));
        tmpl_set(row, "status_label", content_status_label(db_text(a, st, 2)));
        tmpl_set(row, "dates", arena_printf(a, "%s 至 %s", starts_on, ends_on));
        tmpl_set(row, "phase", consultation_phase_label(consultation_phase(starts_on, ends_on, today)));
        tmpl_set_int(row, "comments", db_int(st, 5));
        const char *fs = db_text(a, st, 6);
        tmpl_set(row, "feedback", strcmp(fs, "none") == 0 ? "未填写" : content_status_label(fs));
    }
    sqlite3_reset(st);
    return page_render(&page);
}
