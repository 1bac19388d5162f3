/* 申请进度查询: the lookup by 申请编号 + 查询码 (POST only, rate-limited, one
 * generic answer for a wrong number or a wrong code) and the status page:
 * the agency, state, step indicator, timeline, due date, outcome, reply and
 * files, and after an Art. 36(五) reply the agency it named, with the
 * one-step filing there when that agency is on the platform. */
#include <string.h>

#include "app.h"
#include "application.h"
#include "application_agency.h"
#include "application_form.h"
#include "apply.h"
#include "crypto.h"
#include "csrf.h"
#include "db.h"
#include "form.h"
#include "page.h"
#include "program.h"
#include "ratelimit.h"
#include "tmpl.h"

static const struct field lookup_fields[] = {
    { "number", "申请编号", FIELD_TEXT, 40, true, NULL, 0, 0 },
    /* Plain text: people copy it from a printed receipt and need to see what they typed. */
    { "code", "查询码", FIELD_TEXT, 32, true, NULL, 0, 0 },
};

static const char wrong_number_or_code[] = "申请编号或查询码不正确，请核对后重新输入。";

static int render_lookup(struct request *req, const struct form *form, const char *problem)
{
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, "申请进度查询", "apply/status_lookup.tpl", NAV_APPLY);
    page_breadcrumb(&page, "依申请公开", "/apply");
    page_breadcrumb(&page, "申请进度查询", NULL);
    tmpl_set(d, "csrf_token", csrf_token(req, "/"));
    if (form)
        form_to_dict(form, d);
    if (problem)
        tmpl_set(tmpl_add_section(d, "problem"), "message", problem);
    resp_header(req, "Cache-Control", "no-store");
    return page_render(&page);
}

static const char *notice_text(const char *notice)
{
    if (notice && strcmp(notice, "corrected") == 0)
        return "您的补正内容已提交，答复期限自今日起重新计算。";
    if (notice && strcmp(notice, "withdrawn") == 0)
        return "您的申请已撤回，本机关将终止办理。";
    return NULL;
}

int apply_status_page(struct request *req)
{
    if (!params_get(&req->query, "view"))
        return render_lookup(req, NULL, NULL);
    long long id = status_cookie_application(req);
    if (!id)
        return render_lookup(req, NULL, "查询已超过30分钟或已失效，请重新输入申请编号和查询码。");
    return status_page_render(req, id, NULL, notice_text(params_get(&req->query, "notice")));
}

static long long application_by_number_and_code(struct request *req, const char *number,
                                                const char *code)
{
    return row_by_number_and_code(req, db_stmt(req->app->private_db,
        "SELECT id, access_code_hash FROM applications WHERE number = ?1"), number, code);
}

int apply_status_lookup(struct request *req)
{
    if (!csrf_check(req))
        return apply_csrf_failed(req);
    if (rate_limit_exceeded(req, req->app->private_db, "status", program_config.status_rate_per_hour, 3600))
        return apply_too_many(req, "status", "您在一小时内的查询次数已达上限。");
    struct form form;
    form_read(req, lookup_fields, 2, false, &form);
    if (form.error_count)
        return render_lookup(req, &form, NULL);
    long long id = application_by_number_and_code(req, form_value(&form, "number"), form_value(&form, "code"));
    if (!id)
        return render_lookup(req, &form, wrong_number_or_code);
    status_cookie_set(req, id);
    return status_page_render(req, id, NULL, NULL);
}

/* ------------------------------------------------------------ the status page */

struct app_row {
    const char *number, *state_code, *submitted_at, *due_on, *outcome, *reply_text, *replied_on;
    const char *info_label;   /* the name, else the 文号, else the description's start */
    const char *referral_name, *referral_contact, *referred_from_number;
    long long agency_id, referral_agency_id;
    bool due_beyond_calendar;
    enum app_state state;
    const char *reply_reason;   /* 理由和依据 */
    bool received;              /* receipt was confirmed (the clock started) */
};

static bool load_application(struct request *req, long long id, struct app_row *row)
{
    struct arena *a = req->arena;
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT a.number, a.state, a.submitted_at, coalesce(a.due_on, ''), a.outcome, a.reply_text, "
        "coalesce(a.replied_on, ''), a.info_title, a.due_beyond_calendar, a.info_doc_no, "
        "a.info_description, a.referral_name, a.referral_contact, coalesce(f.number, ''), "
        "coalesce(a.agency_id, 0), coalesce(a.referral_agency_id, 0), a.reply_reason, "
        "a.received_on IS NOT NULL FROM applications a LEFT JOIN applications f ON f.id = a.referred_from WHERE a.id = ?1");
    sqlite3_bind_int64(st, 1, id);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        *row = (struct app_row){
            db_text(a, st, 0), db_text(a, st, 1), db_text(a, st, 2), db_text(a, st, 3),
            db_text(a, st, 4), db_text(a, st, 5), db_text(a, st, 6),
            application_info_label(a, db_text(a, st, 7), db_text(a, st, 9), db_text(a, st, 10)),
            db_text(a, st, 11), db_text(a, st, 12), db_text(a, st, 13), db_int(st, 14), db_int(st, 15),
            db_int(st, 8) != 0, APP_SUBMITTED, db_text(a, st, 16),
            db_int(st, 17) != 0 };
        found = app_state_parse(row->state_code, &row->state);
    }
    sqlite3_reset(st);
    return found;
}

/* Submitted, received, in progress, replied. An application withdrawn or
 * closed ends at step 4 with that word instead; the steps it never went
 * through (withdrawn before receipt) are shown as skipped, not as done. */
static void add_steps(struct tmpl_dict *d, enum app_state state, bool received)
{
    static const char *const labels[] = { "提交", "确认收到", "办理中", "已答复" };
    int current = app_state_step(state);
    bool ended_otherwise = state == APP_WITHDRAWN || state == APP_CLOSED;
    for (int i = 0; i < 4; i++) {
        struct tmpl_dict *step = tmpl_add_section(d, "steps");
        tmpl_set(step, "label", ended_otherwise && i == 3 ? app_state_label(state) : labels[i]);
        tmpl_set_int(step, "number", i + 1);
        bool skipped = ended_otherwise && !received && (i == 1 || i == 2);
        tmpl_show(step, skipped ? "skipped" : i < current ? "done" : i == current ? "current" : "todo");
    }
}

static void add_event_detail(struct tmpl_dict *ev, struct request *req, const char *kind,
                             const char *text, int days, const char *due_by)
{
    if (strcmp(kind, "extended") == 0 && days > 0)
        tmpl_set(tmpl_add_section(ev, "detail"), "text",
                 arena_printf(req->arena, "延长%d个工作日。%s%s", days, *text ? "理由：" : "", text));
    else if (*due_by)
        tmpl_set(tmpl_add_section(ev, "detail"), "text",
                 arena_printf(req->arena, "%s%s补正期限：%s。", text, *text ? "\n" : "",
                              date_label_zh(req->arena, due_by)));
    else if (*text)
        tmpl_set(tmpl_add_section(ev, "detail"), "text", text);
}

/* The events the applicant may see, in legal order; staff notes never. */
static void add_timeline(struct tmpl_dict *d, struct request *req, long long id)
{
    struct arena *a = req->arena;
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT day, kind, text, days, coalesce(due_by, '') FROM application_events "
        "WHERE application_id = ?1 AND internal = 0 AND kind NOT IN ('assigned', 'note') "
        "ORDER BY day, id");
    sqlite3_bind_int64(st, 1, id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *day = db_text(a, st, 0), *kind = db_text(a, st, 1);
        struct tmpl_dict *ev = tmpl_add_section(d, "events");
        tmpl_set(ev, "day", day);
        tmpl_set(ev, "day_label", date_label_zh(a, day));
        tmpl_set(ev, "label", event_kind_label(kind));
        add_event_detail(ev, req, kind, db_text(a, st, 2), (int)db_int(st, 3), db_text(a, st, 4));
    }
    sqlite3_reset(st);
}

static void add_due(struct tmpl_dict *d, struct request *req, const struct app_row *row)
{
    const char *note = NULL;
    if (row->state == APP_SUBMITTED)
        note = "本机关确认收到申请后，将自确认收到之日起20个工作日内答复。";
    else if (row->state == APP_CORRECTION_REQUESTED)
        note = "答复期限自本机关收到您的补正之日起重新计算20个工作日（第三十条）。";
    else if (row->state == APP_CONSULTING)
        note = "征求第三方或其他机关意见所需的时间不计入答复期限，征求意见结束后继续计算。";
    if (note)
        tmpl_set(tmpl_add_section(d, "due_note"), "text", note);
    if (!app_state_is_open(row->state) || !*row->due_on || note)
        return;
    struct tmpl_dict *due = tmpl_add_section(d, "due");
    tmpl_set(due, "due_on", row->due_on);
    tmpl_set(due, "due_label", date_label_zh(req->arena, row->due_on));
    if (row->due_beyond_calendar)
        tmpl_show(due, "provisional");
}

/* 予以公开 rather than （一）予以公开: the template's numbering means nothing to a reader. */
static const char *without_numbering(const char *group)
{
    const char *close = strstr(group, "）");
    return close ? close + strlen("）") : group;
}

static void add_reply(struct tmpl_dict *d, struct request *req, const struct app_row *row)
{
    if (row->state != APP_REPLIED)
        return;
    struct tmpl_dict *reply = tmpl_add_section(d, "reply");
    const struct outcome *o = outcome_find(row->outcome);
    if (o) {
        tmpl_set(reply, "outcome_group", without_numbering(o->group));
        if (strcmp(o->group, o->label) != 0)
            tmpl_set(tmpl_add_section(reply, "outcome_reason"), "label", o->label);
    }
    if (*row->replied_on)
        tmpl_set(tmpl_add_section(reply, "replied_on"), "day_label",
                 date_label_zh(req->arena, row->replied_on));
    if (*row->reply_reason)
        tmpl_set(tmpl_add_section(reply, "reply_reason"), "text", row->reply_reason);
    if (*row->reply_text)
        tmpl_set(tmpl_add_section(reply, "reply_text"), "text", row->reply_text);
}

static void add_files(struct tmpl_dict *d, struct request *req, long long id)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT id, filename, size FROM application_files "
        "WHERE application_id = ?1 AND for_applicant = 1 ORDER BY id");
    sqlite3_bind_int64(st, 1, id);
    struct tmpl_dict *list = NULL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (!list)
            list = tmpl_add_section(d, "files");
        struct tmpl_dict *f = tmpl_add_section(list, "file");
        tmpl_set_int(f, "id", db_int(st, 0));
        tmpl_set(f, "filename", db_text(req->arena, st, 1));
        tmpl_set(f, "size", file_size_label(req->arena, db_int(st, 2)));
    }
    sqlite3_reset(st);
}

/* The latest correction request, shown above the correction form: what to
 * correct and by when (Art. 30). Notices from before the period had its own
 * field have no date; then only the text is shown. */
static void add_correction_request(struct tmpl_dict *c, struct request *req, long long id)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT text, coalesce(due_by, '') FROM application_events WHERE application_id = ?1 "
        "AND kind = 'correction_requested' ORDER BY id DESC LIMIT 1");
    sqlite3_bind_int64(st, 1, id);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    tmpl_set(c, "request_text", found ? db_text(req->arena, st, 0) : "");
    const char *due_by = found ? db_text(req->arena, st, 1) : "";
    if (*due_by) {
        struct tmpl_dict *by = tmpl_add_section(c, "correct_by");
        tmpl_set(by, "day", due_by);
        tmpl_set(by, "day_label", date_label_zh(req->arena, due_by));
    }
    sqlite3_reset(st);
}

/* The application already filed at the named agency from this one, if any. */
static bool find_refiled(struct request *req, long long id, long long agency_id, struct tmpl_dict *out)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT number, submitted_at FROM applications WHERE referred_from = ?1 AND agency_id = ?2 "
        "ORDER BY id LIMIT 1");
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, agency_id);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        struct tmpl_dict *refiled = tmpl_add_section(out, "refiled");
        tmpl_set(refiled, "number", db_text(req->arena, st, 0));
        tmpl_set(refiled, "submitted_at", beijing_time_label(req->arena, db_text(req->arena, st, 1)));
    }
    sqlite3_reset(st);
    return found;
}

/* Art. 36(五): the agency the reply named and its contact; when it is on the
 * platform, either the application already filed there or the one-step form. */
static void add_referral(struct tmpl_dict *d, struct request *req, const struct app_row *row, long long id)
{
    if (row->state != APP_REPLIED || !*row->referral_name)
        return;
    struct tmpl_dict *r = tmpl_add_section(d, "referral");
    tmpl_set(r, "agency_name", row->referral_name);
    if (*row->referral_contact)
        tmpl_set(tmpl_add_section(r, "contact"), "text", row->referral_contact);
    struct agency target;
    if (!row->referral_agency_id || !agency_by_id(req, row->referral_agency_id, &target)
        || target.id != row->referral_agency_id || target.id == row->agency_id)
        return;
    if (find_refiled(req, id, target.id, r))
        return;
    struct tmpl_dict *form = tmpl_add_section(r, "refile");
    tmpl_set(form, "csrf_token", csrf_token(req, "/"));
    tmpl_set(form, "agency_name", target.name);
}

static void add_actions(struct tmpl_dict *d, struct request *req, const struct app_row *row,
                        long long id, const struct form *correction)
{
    const char *token = csrf_token(req, "/");
    if (row->state == APP_CORRECTION_REQUESTED) {
        struct tmpl_dict *c = tmpl_add_section(d, "correction_form");
        tmpl_set(c, "csrf_token", token);
        add_correction_request(c, req, id);
        if (correction)
            form_to_dict(correction, c);
    }
    if (app_state_is_open(row->state))
        tmpl_set(tmpl_add_section(d, "withdraw"), "csrf_token", token);
}

int status_page_render(struct request *req, long long application_id,
                       const struct form *correction, const char *notice)
{
    struct app_row row;
    if (!load_application(req, application_id, &row))
        return resp_error(req, 404, "没有找到这件申请。");
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, "申请办理进度", "apply/status.tpl", NAV_APPLY);
    page_breadcrumb(&page, "依申请公开", "/apply");
    page_breadcrumb(&page, "申请办理进度", NULL);
    tmpl_set(d, "number", row.number);
    const char *agency_name = application_agency_name(req, row.agency_id);
    if (*agency_name)
        tmpl_set(tmpl_add_section(d, "agency"), "agency_name", agency_name);
    if (*row.referred_from_number)
        tmpl_set(tmpl_add_section(d, "referred"), "from_number", row.referred_from_number);
    tmpl_set(d, "info_title", row.info_label);
    tmpl_set(d, "state_label", app_state_label(row.state));
    tmpl_set(d, "submitted_at", beijing_time_label(req->arena, row.submitted_at));
    if (notice)
        tmpl_set(tmpl_add_section(d, "notice"), "text", notice);
    add_steps(d, row.state, row.received);
    add_timeline(d, req, application_id);
    add_due(d, req, &row);
    add_reply(d, req, &row);
    add_referral(d, req, &row, application_id);
    add_files(d, req, application_id);
    add_actions(d, req, &row, application_id, correction);
    resp_header(req, "Cache-Control", "no-store");
    return page_render(&page);
}
