/* Moderation of the comments on a draft (issue 12): staff of the agency
 * (编辑 or 经办人) accept each comment or refuse it as spam or abuse with a
 * reason, so that the public count holds only real comments. The comments
 * and the commenters' names and contacts stay in private.db (masked in the
 * list); content.db gets the number accepted and, when the agency chose to
 * show comments, the accepted text as staff left it, which must not carry
 * the commenter's name, phone or e-mail. Every action is audited. */
#include <string.h>

#include "admin.h"
#include "app.h"
#include "application.h"
#include "consultations_admin.h"
#include "content.h"
#include "db.h"
#include "form.h"
#include "staff.h"
#include "tmpl.h"
#include "validate.h"

struct comment {
    long long id, consultation_id;
    const char *body, *name, *phone, *email, *state, *submitted_at;
};

static const char *state_label(const char *state)
{
    static const struct field_choice states[] = {
        { "new", "待审核" }, { "accepted", "已采用为有效意见" }, { "refused", "已作为无效信息排除" }, { NULL, NULL } };
    const char *label = field_choice_label(states, state);
    return label ? label : state;
}

int consultation_count_accepted(struct request *req, long long consultation_id)
{
    sqlite3_stmt *count = db_stmt(req->app->private_db,
        "SELECT count(*) FROM consultation_comments WHERE consultation_id = ?1 AND state = 'accepted'");
    sqlite3_bind_int64(count, 1, consultation_id);
    long long n = sqlite3_step(count) == SQLITE_ROW ? db_int(count, 0) : -1;
    sqlite3_reset(count);
    if (n < 0)
        return -1;
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db, "UPDATE consultations SET comments_accepted = ?1 WHERE id = ?2 "
                                   "AND comments_accepted <> ?1");
    sqlite3_bind_int64(st, 1, n);
    sqlite3_bind_int64(st, 2, consultation_id);
    return db_run(db, st, "consultation_count");
}

/* A refused 采用: the comment, the text typed for it and why (shown beside it). */
struct typed_back {
    long long id;
    const char *text, *problem;
};

static void add_comment_row(struct request *req, struct tmpl_dict *d, sqlite3_stmt *st,
                            const struct consultation *c, bool can_moderate, const struct typed_back *back)
{
    struct arena *a = req->arena;
    struct tmpl_dict *row = tmpl_add_section(d, "comment");
    const char *state = db_text(a, st, 5), *body = db_text(a, st, 1);
    tmpl_set_int(row, "id", db_int(st, 0));
    tmpl_set_int(row, "consultation_id", c->id);
    tmpl_set(row, "number", consultation_comment_number(req, db_int(st, 0)));
    tmpl_set(row, "body", body);
    tmpl_set(row, "name", mask_name(a, db_text(a, st, 2)));
    tmpl_set(row, "contact", *db_text(a, st, 3) ? mask_phone(a, db_text(a, st, 3)) : "（电子邮箱）");
    tmpl_set(row, "state", state_label(state));
    tmpl_set(row, "submitted_at", beijing_time_label(a, db_text(a, st, 4)));
    if (*db_text(a, st, 6))
        tmpl_set(tmpl_add_section(row, "reason"), "text", db_text(a, st, 6));
    if (strcmp(state, "new") == 0 && can_moderate) {
        struct tmpl_dict *m = tmpl_add_section(row, "moderate");
        tmpl_set_int(m, "id", db_int(st, 0));
        tmpl_set_int(m, "consultation_id", c->id);
        if (c->show_comments) {
            struct tmpl_dict *pt = tmpl_add_section(m, "public_text");
            bool failed = back && back->id == db_int(st, 0) && back->text;
            tmpl_set(pt, "body", failed ? back->text : body);
            if (failed)
                tmpl_set(tmpl_add_section(pt, "text_error"), "message", back->problem);
        }
    }
}

static int render_comments(struct request *req, const struct consultation *c, const char *notice,
                           const struct typed_back *back)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "征集到的意见", "admin/consultation_comments.tpl");
    tmpl_set_int(d, "consultation_id", c->id);
    tmpl_set(d, "title", c->title);
    tmpl_set(d, "dates", arena_printf(req->arena, "%s 至 %s", c->starts_on, c->ends_on));
    tmpl_set(d, "phase", consultation_phase_label(c->phase));
    tmpl_set_int(d, "accepted", c->comments_accepted);
    if (c->show_comments)
        tmpl_show(d, "show_comments");
    if (notice)
        tmpl_set(tmpl_add_section(d, "notice"), "notice_text", notice);
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT id, body, name, phone, submitted_at, state, refusal_reason FROM consultation_comments "
        "WHERE consultation_id = ?1 ORDER BY state <> 'new', id LIMIT 1000");
    sqlite3_bind_int64(st, 1, c->id);
    bool can_moderate = staff_has(req, ROLE_EDITOR) || staff_has(req, ROLE_HANDLER);
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        add_comment_row(req, d, st, c, can_moderate, back);
        n++;
    }
    sqlite3_reset(st);
    tmpl_show(d, n ? "has_comments" : "no_comments");
    return page_render(&page);
}

int consultation_comments_page(struct request *req)
{
    struct consultation c;
    int refused = consultation_for_staff(req, req->path_ids[0], &c);
    return refused ? refused : render_comments(req, &c, NULL, NULL);
}

static bool comment_load(struct request *req, long long id, long long consultation_id, struct comment *out)
{
    struct arena *a = req->arena;
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT body, name, phone, email, state, submitted_at FROM consultation_comments "
        "WHERE id = ?1 AND consultation_id = ?2");
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, consultation_id);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        out->id = id;
        out->consultation_id = consultation_id;
        out->body = db_text(a, st, 0);
        out->name = db_text(a, st, 1);
        out->phone = db_text(a, st, 2);
        out->email = db_text(a, st, 3);
        out->state = db_text(a, st, 4);
        out->submitted_at = db_text(a, st, 5);
    }
    sqlite3_reset(st);
    return found;
}

/* The text to publish, or NULL with *PROBLEM set: it must be there and
 * free of personal data (the commenter's name, phone and e-mail, anybody's
 * ID number, mobile number or e-mail address). */
static const char *public_text(struct request *req, const struct comment *m, const char **problem)
{
    const char *text = params_get(&req->form, "public_text");
    size_t len = text ? strlen(text) : 0;
    *problem = NULL;
    if (!len || len > COMMENT_MAX_CHARS * 4 || !text_block_valid(text, len)) {
        *problem = "请填写要公开的意见内容（可删去其中的个人信息）。";
        return NULL;
    }
    enum personal_data kind = personal_data_in(text, m->name, m->phone, m->email);
    if (kind == PERSONAL_OWN)
        *problem = "要公开的意见内容中仍有提意见人的姓名、电话或电子邮箱，请删去后再采用。";
    else if (kind != PERSONAL_NONE)
        *problem = arena_printf(req->arena, "要公开的意见内容中有%s，请删去后再采用。", personal_data_label(kind));
    return *problem ? NULL : text;
}

static int publish_text(struct request *req, const struct comment *m, const char *text)
{
    sqlite3 *db = req->app->content_db;
    /* An upsert: content.db commits before private.db, so a retry after a failed
     * private.db commit finds this row already there and must still succeed. */
    sqlite3_stmt *st = db_stmt(db, "INSERT INTO consultation_comments (id, consultation_id, body, submitted_on) "
                                   "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (id) DO UPDATE SET "
                                   "consultation_id = excluded.consultation_id, body = excluded.body, "
                                   "submitted_on = excluded.submitted_on");
    sqlite3_bind_int64(st, 1, m->id);
    sqlite3_bind_int64(st, 2, m->consultation_id);
    sqlite3_bind_text(st, 3, text, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, arena_strndup(req->arena, beijing_time_label(req->arena, m->submitted_at), 10), -1,
                      SQLITE_TRANSIENT);
    return db_run(db, st, "consultation_comment");
}

/* Moves M from 'new' to STATE (with REASON) in private.db and updates the
 * count (and with TEXT the public copy) in content.db. 0 or -1. */
static int moderate(struct request *req, const struct comment *m, const char *state, const char *reason,
                    const char *text)
{
    sqlite3 *private_db = req->app->private_db, *content_db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(private_db,
        "UPDATE consultation_comments SET state = ?1, refusal_reason = ?2, moderated_by = ?3, "
        "moderated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?4 AND state = 'new'");
    sqlite3_bind_text(st, 1, state, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, reason, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, current_staff(req)->id);
    sqlite3_bind_int64(st, 4, m->id);
    if (db_begin(private_db, "consultation_moderate") != SQLITE_OK)
        return -1;
    if (db_run(private_db, st, "consultation_moderate") != 0 || sqlite3_changes(private_db) != 1
        || db_begin(content_db, "consultation_moderate") != SQLITE_OK) {
        db_rollback(private_db);
        return -1;
    }
    if (consultation_count_accepted(req, m->consultation_id) != 0 || (text && publish_text(req, m, text) != 0)
        || db_commit(content_db) != SQLITE_OK) {
        db_rollback(content_db);
        db_rollback(private_db);
        return -1;
    }
    return db_commit(private_db) == SQLITE_OK ? 0 : -1;
}

/* POST /admin/consultations/{id}/comments/{id}/{accept|refuse}. */
int consultation_comment_action(struct request *req)
{
    struct consultation c;
    int refused = consultation_for_staff(req, req->path_ids[0], &c);
    if (refused)
        return refused;
    const char *action = req->path_args[2];
    bool accept = strcmp(action, "accept") == 0;
    if (!accept && strcmp(action, "refuse") != 0)
        return resp_error(req, 404, NULL);
    struct comment m;
    if (!comment_load(req, req->path_ids[1], c.id, &m))
        return resp_error(req, 404, "这项征集意见下没有这条意见。");
    if (strcmp(m.state, "new") != 0)
        return resp_error(req, 409, "这条意见已经审核过（可能已被他人处理），请返回意见列表查看。");
    const char *reason = params_get(&req->form, "reason"), *text = NULL, *problem = NULL;
    if (accept && c.show_comments)
        text = public_text(req, &m, &problem);
    else if (!accept && (!reason || !*reason || strlen(reason) > 600 || !text_line_valid(reason, strlen(reason))))
        problem = "排除时请填写理由（不超过200字），例如“内容为商业广告，与草案无关”。";
    if (problem) {
        struct typed_back back = { m.id, accept ? params_get(&req->form, "public_text") : NULL, problem };
        return render_comments(req, &c, arena_printf(req->arena, "意见 %s 未处理：%s",
                                                     consultation_comment_number(req, m.id), problem), &back);
    }
    if (moderate(req, &m, accept ? "accepted" : "refused", accept ? "" : reason, text) != 0)
        return resp_error(req, 500, "操作未能保存，请稍后重试。");
    audit(req, accept ? "consultation_comment.accept" : "consultation_comment.refuse",
          arena_printf(req->arena, "consultation:%lld", c.id),
          arena_printf(req->arena, "%s %s%s", consultation_comment_number(req, m.id), accept ? "采用" : "排除: ",
                       accept ? (text ? "（公开内容）" : "") : one_line(req->arena, reason)));
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/consultations/%lld/comments", c.id));
    return 303;
}
