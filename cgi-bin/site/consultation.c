/* 征集意见: phases and published consultations; see consultation.h. */
#include "consultation.h"

#include <string.h>

#include "app.h"
#include "application.h"
#include "db.h"

enum consultation_phase consultation_phase(const char *starts_on, const char *ends_on, const char *today)
{
    if (strcmp(today, starts_on) < 0)
        return CONSULTATION_UPCOMING;
    return strcmp(today, ends_on) <= 0 ? CONSULTATION_OPEN : CONSULTATION_ENDED;
}

const char *consultation_phase_label(enum consultation_phase phase)
{
    static const char *const labels[] = { "未开始", "征集中", "已结束" };
    return labels[phase];
}

const char *consultation_today(struct request *req)
{
    char *today = arena_alloc(req->arena, 11);
    beijing_today_iso(today);
    return today;
}

bool consultation_load(struct request *req, long long id, struct consultation *out)
{
    struct arena *a = req->arena;
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT owner_id, title, summary_md, starts_on, ends_on, coalesce(published_on, ''), comments_accepted, "
        "show_comments, feedback_md, feedback_received, feedback_adopted, coalesce(feedback_published_on, ''), "
        "status, review_comment, coalesce(edited_by, 0), feedback_status, feedback_comment, "
        "coalesce(feedback_edited_by, 0) FROM consultations WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        const char **texts[] = { &out->title, &out->summary_md, &out->starts_on, &out->ends_on, &out->published_on };
        for (int i = 0; i < 5; i++)
            *texts[i] = db_text(a, st, 1 + i);
        out->id = id;
        out->owner_id = db_int(st, 0);
        out->comments_accepted = db_int(st, 6);
        out->show_comments = db_int(st, 7) != 0;
        out->feedback_md = db_text(a, st, 8);
        out->feedback_received = db_int(st, 9);
        out->feedback_adopted = db_int(st, 10);
        out->feedback_published_on = db_text(a, st, 11);
        out->status = db_text(a, st, 12);
        out->review_comment = db_text(a, st, 13);
        out->edited_by = db_int(st, 14);
        out->feedback_status = db_text(a, st, 15);
        out->feedback_comment = db_text(a, st, 16);
        out->feedback_edited_by = db_int(st, 17);
        out->feedback_published = strcmp(out->feedback_status, "published") == 0;
        out->phase = consultation_phase(out->starts_on, out->ends_on, consultation_today(req));
    }
    sqlite3_reset(st);
    return found;
}

bool consultation_published(struct request *req, long long id, struct consultation *out)
{
    return consultation_load(req, id, out) && strcmp(out->status, "published") == 0;
}

const char *consultation_comment_number(struct request *req, long long comment_id)
{
    return arena_printf(req->arena, "YJ-%06lld", comment_id);
}
