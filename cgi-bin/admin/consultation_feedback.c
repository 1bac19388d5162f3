/* 意见采纳情况 (issue 12): after a consultation's end the agency says how the
 * comments were taken up, with the number received (the comments staff
 * accepted, frozen when the text is saved) and adopted. It goes through
 * review like the draft: an editor saves and submits, a reviewer other
 * than its last editor publishes it or sends it back; the public draft page
 * then links it. */
#include <stdlib.h>
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

static const struct field feedback_fields[] = {
    { "feedback_md", "意见采纳情况", FIELD_TEXTAREA, 60000, true, NULL, 0, 0 },
    { "adopted", "采纳的意见数", FIELD_INT_RANGE, 9, true, NULL, 0, 1000000 },
};
enum { FEEDBACK_FIELD_COUNT = sizeof feedback_fields / sizeof feedback_fields[0] };

static bool feedback_editable(const struct consultation *c)
{
    return strcmp(c->feedback_status, "none") == 0 || strcmp(c->feedback_status, "draft") == 0
        || strcmp(c->feedback_status, "returned") == 0;
}

/* NULL when the feedback may be written now, else why not. */
static const char *feedback_not_yet(const struct consultation *c)
{
    if (strcmp(c->status, "published") != 0)
        return "征集意见发布并结束后，才能填写意见采纳情况。";
    if (c->phase != CONSULTATION_ENDED)
        return "征集结束后（截止日期的次日起）才能填写意见采纳情况。";
    return NULL;
}

static void add_feedback_state(struct request *req, struct tmpl_dict *f, const struct consultation *c)
{
    tmpl_set(f, "status_label", strcmp(c->feedback_status, "none") == 0 ? "未填写"
                                                                         : content_status_label(c->feedback_status));
    if (strcmp(c->feedback_status, "returned") == 0)
        tmpl_set(tmpl_add_section(f, "returned"), "review_comment", c->feedback_comment);
    if (strcmp(c->feedback_status, "published") == 0)
        tmpl_set(tmpl_add_section(f, "published"), "url", arena_printf(req->arena, "/%s/consultations/%lld/feedback",
                                                                       current_staff(req)->agency_code, c->id));
    bool saved = strcmp(c->feedback_status, "draft") == 0 || strcmp(c->feedback_status, "returned") == 0;
    if (saved && staff_has(req, ROLE_EDITOR))
        tmpl_show(f, "can_submit");
    if (strcmp(c->feedback_status, "review") == 0 && staff_has(req, ROLE_REVIEWER))
        tmpl_show(f, "can_review");
}

void consultation_feedback_to_dict(struct request *req, struct tmpl_dict *d, const struct consultation *c,
                                   const struct form *typed)
{
    const char *later = feedback_not_yet(c);
    if (later) {
        if (strcmp(c->status, "published") == 0)
            tmpl_set(tmpl_add_section(d, "feedback_later"), "reason", later);
        return;
    }
    struct tmpl_dict *f = tmpl_add_section(d, "feedback");
    tmpl_set_int(f, "consultation_id", c->id);
    tmpl_set_int(f, "received", c->comments_accepted);
    add_feedback_state(req, f, c);
    struct form form;
    if (typed) {
        form = *typed;
    } else {
        form_blank(req->arena, feedback_fields, FEEDBACK_FIELD_COUNT, &form);
        form.values[0] = c->feedback_md;
        form.values[1] = strcmp(c->feedback_status, "none") == 0 ? ""
                                                                 : arena_printf(req->arena, "%lld", c->feedback_adopted);
    }
    if (feedback_editable(c) && staff_has(req, ROLE_EDITOR)) {
        form_to_dict(&form, tmpl_add_section(f, "feedback_form"));
    } else {
        review_add_changes(req, tmpl_add_section(f, "feedback_read_only"), feedback_fields, FEEDBACK_FIELD_COUNT, NULL,
                           (const char *const *)form.values);
    }
}

/* The consultation of the path, when its feedback may be worked on: 0, or the status answered. */
static int load_for_feedback(struct request *req, struct consultation *c)
{
    int refused = consultation_for_staff(req, req->path_ids[0], c);
    if (refused)
        return refused;
    const char *later = feedback_not_yet(c);
    return later ? resp_error(req, 409, later) : 0;
}

int consultation_feedback_save(struct request *req)
{
    struct consultation c;
    int refused = load_for_feedback(req, &c);
    if (refused)
        return refused;
    if (!feedback_editable(&c))
        return resp_error(req, 409, "意见采纳情况正在审核或已经公布，不能再修改。");
    struct form form;
    form_read(req, feedback_fields, FEEDBACK_FIELD_COUNT, false, &form);
    long long adopted = atoll(form_value(&form, "adopted"));
    if (!form.errors[1] && adopted > c.comments_accepted)
        form_set_error(&form, "adopted", arena_printf(req->arena,
            "采纳的意见数不能多于收到的意见数（经审核的意见共%lld条）。", c.comments_accepted));
    if (form.error_count)
        return consultation_page_render(req, &c, NULL, NULL, &form);
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "UPDATE consultations SET feedback_md = ?1, feedback_received = ?2, feedback_adopted = ?3, "
        "feedback_status = 'draft', feedback_edited_by = ?4 WHERE id = ?5 "
        "AND feedback_status IN ('none', 'draft', 'returned')");
    sqlite3_bind_text(st, 1, form_value(&form, "feedback_md"), -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, c.comments_accepted);
    sqlite3_bind_int64(st, 3, adopted);
    sqlite3_bind_int64(st, 4, current_staff(req)->id);
    sqlite3_bind_int64(st, 5, c.id);
    if (db_run(db, st, "consultation_sql") != 0 || sqlite3_changes(db) != 1)
        return resp_error(req, 500, "保存失败，请稍后重试。");
    audit(req, "consultation_feedback.save", arena_printf(req->arena, "consultation:%lld", c.id),
          arena_printf(req->arena, "收到%lld条，采纳%lld条", c.comments_accepted, adopted));
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/consultations/%lld?saved=1#feedback", c.id));
    return 303;
}

static int feedback_step(struct request *req, const struct consultation *c, const char *from, const char *to,
                         const char *comment, const char *action)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "UPDATE consultations SET feedback_status = ?1, feedback_comment = coalesce(?4, feedback_comment), "
        "feedback_published_on = CASE WHEN ?1 = 'published' THEN ?5 ELSE feedback_published_on END "
        "WHERE id = ?2 AND instr(?3, '|' || feedback_status || '|') > 0");
    return consultation_step(req, c, st, c->feedback_status, from, to, comment, action);
}

int consultation_feedback_submit(struct request *req)
{
    struct consultation c;
    int refused = load_for_feedback(req, &c);
    return refused ? refused : feedback_step(req, &c, "|draft|returned|", "review", NULL,
                                             "consultation_feedback.submit");
}

int consultation_feedback_publish(struct request *req)
{
    struct consultation c;
    int refused = load_for_feedback(req, &c);
    if (!refused)
        refused = review_refuse_own_edit(req, c.feedback_edited_by,
                                         arena_printf(req->arena, "consultation:%lld", c.id));
    if (refused)
        return refused;
    if (!review_attested(req))
        return consultation_page_render(req, &c, review_attestation_missing, NULL, NULL);
    return feedback_step(req, &c, "|review|", "published", NULL, "consultation_feedback.publish");
}

int consultation_feedback_return(struct request *req)
{
    struct consultation c;
    int refused = load_for_feedback(req, &c);
    if (refused)
        return refused;
    const char *comment = review_comment(req);
    if (!comment)
        return consultation_page_render(req, &c, review_comment_missing, NULL, NULL);
    return feedback_step(req, &c, "|review|", "returned", comment, "consultation_feedback.return");
}
