/* The shared steps of the content review workflow; see review.h. */
#include "review.h"

#include <string.h>

#include "agency.h"
#include "application.h"
#include "content.h"
#include "db.h"
#include "staff.h"
#include "tmpl.h"
#include "validate.h"

const char review_attestation_missing[] = "发布前必须完成保密审查：请勾选“已按规定完成保密审查”。";
const char review_comment_missing[] = "退回时请填写退回意见（不超过600字）。";
const char review_approved_summary[] = "status review -> signoff; 保密审查: 已确认; 待审签";

int review_refuse_own_edit(struct request *req, long long last_editor_id, const char *target)
{
    if (last_editor_id == 0 || last_editor_id != current_staff(req)->id)
        return 0;
    audit(req, "review.self_refused", target, "最后修改人不能审核发布同一版本");
    return resp_error(req, 409, "不能发布您自己最后修改的版本：按双人审核要求，须由另一位审核人审核发布。");
}

int review_levels(struct request *req, long long agency_id)
{
    return strcmp(agency_setting(req, agency_id, "review_levels"), "2") == 0 ? 2 : 1;
}

int review_refuse_signer(struct request *req, long long author_id, long long approver_id,
                         const char *target)
{
    long long me = current_staff(req)->id;
    if (me != author_id && me != approver_id)
        return 0;
    audit(req, "review.self_refused", target,
          me == approver_id ? "审核人不能审签同一版本" : "最后修改人不能审签同一版本");
    return resp_error(req, 409, me == approver_id
        ? "您已审核通过此版本，不能再审签发布：按两级审核要求，须由另一位审签人审签。"
        : "不能审签发布您自己最后修改的版本：须由作者和审核人以外的审签人审签。");
}

void review_add_signoff(struct request *req, struct tmpl_dict *d, const char *item_url, long long approved_by,
                        const char *approved_at, const char *return_error)
{
    struct tmpl_dict *s = tmpl_add_include(d, "signoff", "admin/signoff_actions.tpl");
    tmpl_set(s, "approver", staff_display_name(req, approved_by));
    tmpl_set(s, "approved_at", beijing_time_label(req->arena, approved_at));
    tmpl_set(s, "item_url", item_url);
    bool signer = staff_has(req, ROLE_SIGNER);
    if (signer)
        tmpl_show(s, "can_sign");
    /* beside the comment for a signer; for anyone else (a reviewer refused) under the notice */
    if (return_error)
        tmpl_set(tmpl_add_section(s, signer ? "return_error" : "refused"), "message", return_error);
}

const char *review_return_refused(struct request *req, bool approved)
{
    if (approved)
        return staff_has(req, ROLE_SIGNER) ? NULL : "已审核通过，正在等待审签人审签；只有审签人可以退回。";
    return staff_has(req, ROLE_REVIEWER) ? NULL : "尚未审核，审签人只能在审核通过后审签或退回。";
}

bool review_attested(struct request *req)
{
    const char *attested = params_get(&req->form, "secrecy_checked");
    return attested && strcmp(attested, "1") == 0;
}

const char *review_comment(struct request *req)
{
    const char *comment = params_get(&req->form, "comment");
    if (!comment || !*comment || strlen(comment) > 2000 || !text_block_valid(comment, strlen(comment)))
        return NULL;
    return comment;
}

int review_transition(sqlite3 *db, sqlite3_stmt *st, long long id, const char *from,
                      const char *to, const char *comment, const char *event)
{
    sqlite3_bind_text(st, 1, to, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, id);
    sqlite3_bind_text(st, 3, from, -1, SQLITE_STATIC);
    if (comment)
        sqlite3_bind_text(st, 4, comment, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, 4);
    return db_run(db, st, event) == 0 && sqlite3_changes(db) == 1 ? 0 : -1;
}

const char *review_summary(struct request *req, const char *from, const char *to,
                           const char *comment)
{
    if (!comment)
        return arena_printf(req->arena, "status %s -> %s", from, to);
    return arena_printf(req->arena, "status %s -> %s; 意见: %s", from, to,
                        clip_text(req->arena, one_line(req->arena, comment), 60));
}

int review_done(struct request *req, const char *action, const char *target, const char *summary,
                const char *location)
{
    static const struct { const char *verb, *step; } steps[] = {
        { ".submit", "submitted" }, { ".return", "returned" }, { ".publish", "published" },
        { ".approve", "approved" },
    };
    audit(req, action, target, summary);
    const char *dot = strrchr(action, '.');
    for (size_t i = 0; dot && i < sizeof steps / sizeof steps[0]; i++)
        if (strcmp(dot, steps[i].verb) == 0)
            location = arena_printf(req->arena, "%s?done=%s", location, steps[i].step);
    resp_redirect(req, 303, location);
    return 303;
}
