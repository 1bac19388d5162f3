/* The clerk's work view of one application of the session's agency (any
 * other agency's: 403, audited): every field unmasked, the
 * deadline (replayed from the timeline with the deadline engine), the
 * window to send a 补正 notice and the applicant's period to correct, the
 * whole timeline with internal notes marked, the
 * files, the agency an Art. 36(五) reply named, and the forms of the actions
 * the state allows; plus the staff download of application files. */
#include <string.h>

#include "admin.h"
#include "app.h"
#include "application_agency.h"
#include "application_form.h"
#include "application_staff.h"
#include "db.h"
#include "form.h"
#include "notice.h"
#include "page.h"
#include "staff.h"
#include "tmpl.h"

/* ---- the application's own fields ---- */

static void add_field(struct tmpl_dict *d, const char *section, const char *label,
                      const char *value)
{
    if (!value || !*value)
        return;
    struct tmpl_dict *row = tmpl_add_section(d, section);
    tmpl_set(row, "label", label);
    tmpl_set(row, "value", value);
}

static void add_applicant(struct tmpl_dict *d, const struct app_record *a)
{
    bool person = strcmp(a->applicant_type, "person") == 0;
    add_field(d, "applicant", "申请人类型", applicant_type_label(a->applicant_type));
    add_field(d, "applicant", person ? "姓名" : "名称", a->name);
    if (person) {
        add_field(d, "applicant", "证件类型", a->id_type);
        add_field(d, "applicant", "证件号码", a->id_number);
        add_field(d, "applicant", "工作单位", a->work_unit);
    } else {
        add_field(d, "applicant", "组织类别", org_category_label(a->org_category));
        add_field(d, "applicant", "统一社会信用代码", a->uscc);
        add_field(d, "applicant", "法定代表人或负责人", a->legal_rep);
        add_field(d, "applicant", "联系人姓名", a->contact_name);
    }
    add_field(d, "applicant", "联系电话", a->phone);
    add_field(d, "applicant", "电子邮箱", a->email);
    add_field(d, "applicant", "通信地址", a->address);
    add_field(d, "applicant", "邮政编码", a->postcode);
}

static void add_request(struct tmpl_dict *d, const struct app_record *a)
{
    add_field(d, "request", "所需信息的名称", a->info_title);
    add_field(d, "request", "文号", a->info_doc_no);
    add_field(d, "request", "内容描述", a->info_description);
    add_field(d, "request", "用途", a->info_purpose);
    add_field(d, "request", "获取信息的形式", medium_label(a->medium));
    add_field(d, "request", "获取信息的途径", delivery_label(a->delivery));
}

/* The id-type codes of the citizen form, for reading them back. */
static const char *id_type_label(const char *code)
{
    const char *label = field_choice_label(application_id_types, code);
    return label ? label : code;
}

/* ---- timeline and the deadline replayed from it ---- */

static bool clock_kind_of(const char *kind, enum clock_event_kind *out)
{
    static const struct { const char *name; enum clock_event_kind kind; } map[] = {
        { "received", CLOCK_RECEIVED }, { "correction_requested", CLOCK_CORRECTION_REQUESTED },
        { "corrected", CLOCK_CORRECTED }, { "extended", CLOCK_EXTENDED },
        { "consult_start", CLOCK_CONSULT_START }, { "consult_end", CLOCK_CONSULT_END },
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
        if (strcmp(map[i].name, kind) == 0) {
            *out = map[i].kind;
            return true;
        }
    }
    return false;
}

struct clock_events {
    struct clock_event items[64];   /* far more clock events than one application has */
    int count;
};

static void note_clock_event(struct clock_events *ce, const char *kind, const char *day, int days)
{
    struct clock_event *e = &ce->items[ce->count];
    if (ce->count < 64 && clock_kind_of(kind, &e->kind) && day_parse_iso(day, &e->day)) {
        e->extension_days = days;
        ce->count++;
    }
}

static const char *actor_label(struct arena *arena, const char *actor, const char *staff_name)
{
    if (strcmp(actor, "applicant") == 0)
        return "申请人";
    return *staff_name ? arena_printf(arena, "工作人员 %s", staff_name) : "工作人员";
}

/* Reads the timeline into D and its clock events into CE; *CORRECT_BY gets
 * the period of the latest 补正 notice ("" if none or recorded without one). */
static void add_timeline(struct tmpl_dict *d, struct request *req, long long id,
                         struct clock_events *ce, const char **correct_by)
{
    struct arena *a = req->arena;
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT e.day, e.kind, e.text, e.days, e.internal, e.at, e.actor, "
        "coalesce(nullif(u.display_name, ''), u.name, ''), coalesce(e.due_by, '') "
        "FROM application_events e "
        "LEFT JOIN users u ON e.actor = 'staff:' || u.id "
        "WHERE e.application_id = ?1 ORDER BY e.day, e.id");
    sqlite3_bind_int64(st, 1, id);
    ce->count = 0;
    *correct_by = "";
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *day = db_text(a, st, 0), *kind = db_text(a, st, 1);
        struct tmpl_dict *ev = tmpl_add_section(d, "timeline");
        tmpl_set(ev, "day", day);
        tmpl_set(ev, "kind", event_kind_label(kind));
        const char *text = db_text(a, st, 2);
        if (*text)
            tmpl_set(tmpl_add_section(ev, "event_text"), "text", text);
        if (strcmp(kind, "extended") == 0)
            tmpl_set_int(tmpl_add_section(ev, "extension"), "days", db_int(st, 3));
        if (strcmp(kind, "correction_requested") == 0) {
            *correct_by = db_text(a, st, 8);
            if (**correct_by)
                tmpl_set(tmpl_add_section(ev, "event_due_by"), "due_by", *correct_by);
        }
        if (db_int(st, 4))
            tmpl_show(ev, "internal");
        tmpl_set(ev, "recorded", beijing_time_label(a, db_text(a, st, 5)));
        tmpl_set(ev, "actor", actor_label(a, db_text(a, st, 6), db_text(a, st, 7)));
        note_clock_event(ce, kind, day, (int)db_int(st, 3));
    }
    sqlite3_reset(st);
}

static void add_day(struct tmpl_dict *d, const char *key, int day)
{
    char iso[11];
    day_format_iso(day, iso);
    tmpl_set(d, key, iso);
}

/* The window to send a 补正 notice (Art. 30): the 7th working day after receipt. */
static void add_correction_window(struct tmpl_dict *d, const struct app_record *a,
                                  const struct deadline *dl)
{
    if (!*a->received_on)
        return;
    struct tmpl_dict *w = tmpl_add_section(d, "correction_window");
    add_day(w, "day", dl->correction_deadline_day);
    if (a->state == APP_RECEIVED && shanghai_today() > dl->correction_deadline_day)
        tmpl_show(w, "window_past");
    if (dl->correction_late)
        tmpl_show(w, "was_late");
}

/* The applicant's period to correct (Art. 30), while a correction is awaited. */
static void add_correction_period(struct tmpl_dict *d, const struct app_record *a,
                                  const char *correct_by)
{
    int day;
    if (a->state != APP_CORRECTION_REQUESTED || !day_parse_iso(correct_by, &day))
        return;
    struct tmpl_dict *p = tmpl_add_section(d, "correction_period");
    tmpl_set(p, "day", correct_by);
    tmpl_show(p, shanghai_today() > day ? "period_past" : "period_running");
}

static void add_running_due(struct tmpl_dict *d, struct request *req, const struct calendar *cal,
                            const struct app_record *a)
{
    bool soon, overdue;
    const char *text = application_due_text(req, cal, a->state, a->due_on, &soon, &overdue);
    struct tmpl_dict *due = tmpl_add_section(d, "due_running");
    tmpl_set(due, "due_on", a->due_on);
    tmpl_set(due, "text", text);
    tmpl_set(due, "class", overdue ? "due-overdue" : soon ? "due-soon" : "due-ok");
}

/* A consultation in progress: the days the reply period keeps, the day the
 * consulted party's 15 working days end (Art. 32, 34) and a warning past it. */
static void add_consultation(struct tmpl_dict *d, struct request *req, const struct deadline *dl)
{
    struct tmpl_dict *paused = tmpl_add_section(d, "due_paused");
    tmpl_set_int(paused, "days_left", dl->days_left_when_paused);
    char reply_by[11];
    day_format_iso(dl->consult_reply_by_day, reply_by);
    tmpl_set(paused, "reply_by", arena_strdup(req->arena, reply_by));
    if (shanghai_today() > dl->consult_reply_by_day)
        tmpl_show(paused, "consult_overdue");
    if (dl->consult_started_late)
        tmpl_show(paused, "consult_late");
}

/* After the reply: the period it had and whether the reply met it, so that
 * timeliness stays visible (the stored due date ends with the clock). */
static void add_replied_due(struct tmpl_dict *d, struct request *req, const struct calendar *cal,
                            const struct app_record *a, const struct deadline *dl)
{
    int replied;
    if (a->state != APP_REPLIED || dl->state != CLOCK_RUNNING || !day_parse_iso(a->replied_on, &replied))
        return;
    bool beyond = false;
    int left = deadline_working_days_left(cal, replied, dl->due_day, &beyond);
    struct tmpl_dict *due = tmpl_add_section(d, "due_replied");
    add_day(due, "due_on", dl->due_day);
    tmpl_set(due, "replied_on", a->replied_on);
    tmpl_set(due, "text", left >= 0 ? "按期答复" : arena_printf(req->arena, "逾期 %d 个工作日答复", -left));
    tmpl_set(due, "class", left >= 0 ? "due-ok" : "due-overdue");
}

static void add_deadline(struct tmpl_dict *d, struct request *req, const struct app_record *a,
                         const struct clock_events *ce)
{
    struct calendar cal;
    struct deadline dl = { 0 };
    calendar_load(req->arena, req->app->content_db, &cal);
    if (ce->count > 0)
        deadline_compute(&cal, ce->items, ce->count, &dl);
    if (app_state_is_open(a->state))
        tmpl_show(d, "has_due");
    if (app_state_clock_runs(a->state) && *a->due_on)
        add_running_due(d, req, &cal, a);
    else if (a->state == APP_CORRECTION_REQUESTED)
        tmpl_show(d, "due_stopped");
    else if (a->state == APP_CONSULTING)
        add_consultation(d, req, &dl);
    else if (a->state == APP_SUBMITTED)
        tmpl_show(d, "due_not_started");
    if (ce->count > 0)
        add_replied_due(d, req, &cal, a, &dl);
    if (dl.extended)
        tmpl_show(d, "was_extended");
    if (a->due_beyond_calendar || dl.beyond_calendar)
        tmpl_set_int(tmpl_add_section(d, "beyond_calendar"), "last_year", cal.last_year);
    add_correction_window(d, a, &dl);
}

/* ---- files, outcome, assignment ---- */

static void add_files(struct tmpl_dict *d, struct request *req, long long id)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT id, filename, size, for_applicant FROM application_files "
        "WHERE application_id = ?1 ORDER BY id");
    sqlite3_bind_int64(st, 1, id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *f = tmpl_add_section(d, "files");
        tmpl_set_int(f, "id", db_int(st, 0));
        tmpl_set(f, "filename", db_text(req->arena, st, 1));
        tmpl_set(f, "size", file_size_label(req->arena, db_int(st, 2)));
        tmpl_set(f, "audience", db_int(st, 3) ? "答复申请人" : "内部材料");
        tmpl_show(d, "has_files");
    }
    sqlite3_reset(st);
}

static void add_reply(struct tmpl_dict *d, struct request *req, const struct app_record *a)
{
    const struct outcome *o = outcome_find(a->outcome);
    if (!o && a->state != APP_REPLIED)
        return;
    struct tmpl_dict *r = tmpl_add_section(d, "reply");
    tmpl_set(r, "outcome", o ? (strcmp(o->group, o->label) == 0 ? o->label
                                : arena_printf(req->arena, "%s：%s", o->group, o->label)) : "");
    tmpl_set(r, "replied_on", *a->replied_on ? a->replied_on : a->closed_on);
    tmpl_set(r, "reply_text", a->reply_text);
    if (*a->referral_name) {
        struct tmpl_dict *ref = tmpl_add_section(r, "referral");
        tmpl_set(ref, "name", a->referral_name);
        tmpl_set(ref, "contact", a->referral_contact);
        tmpl_set(ref, "where", a->referral_agency_id ? "本平台上的机关，申请人可在查询页面一步向其提出申请"
                                                     : "不在本平台上的机关");
    }
}

/* ---- notices to the applicant (issue 13) ---- */

static void add_notice_choice(struct tmpl_dict *d, struct request *req, long long id)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
                               "SELECT notify_email, notify_sms FROM applications WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    const char *chosen = sqlite3_step(st) == SQLITE_ROW ? notice_choice_label(db_int(st, 0) == 1, db_int(st, 1) == 1)
                                                        : NULL;
    sqlite3_reset(st);
    tmpl_set(d, "notify_choice", chosen ? chosen : "未选择通知（申请人自行查询办理进度）");
}

/* The outbox rows of the application: what was queued, and whether it went
 * out; a failed one can be sent again (the "resend" action). */
static void add_notices(struct tmpl_dict *d, struct request *req, long long id)
{
    add_notice_choice(d, req, id);
    notice_rows_to_dict(req->arena, d, req->app->private_db, id, 0,
                        arena_printf(req->arena, "/admin/applications/%lld/resend", id));
}

/* The handlers of the application's agency (user_agency_roles). */
static void add_handler_choices(struct tmpl_dict *d, struct request *req, const struct app_record *a)
{
    long long current = a->assigned_to;
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT u.id, coalesce(nullif(u.display_name, ''), u.name) FROM users u "
        "JOIN user_agency_roles r ON r.user_id = u.id AND r.role = 'handler' AND r.agency_id = ?1 "
        "WHERE u.active = 1 ORDER BY u.name");
    sqlite3_bind_int64(st, 1, a->agency_id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *opt = tmpl_add_section(d, "assignees");
        tmpl_set_int(opt, "value", db_int(st, 0));
        tmpl_set(opt, "label", (const char *)sqlite3_column_text(st, 1));
        if (db_int(st, 0) == current)
            tmpl_show(opt, "selected");
    }
    sqlite3_reset(st);
}

/* ---- the page ---- */

static void add_summary(struct tmpl_dict *d, struct request *req, const struct app_record *a)
{
    tmpl_set(d, "id", arena_printf(req->arena, "%lld", a->id));
    tmpl_set(d, "number", a->number);
    tmpl_set(d, "agency_name", application_agency_name(req, a->agency_id));
    if (*a->referred_from_number)
        tmpl_set(tmpl_add_section(d, "referred"), "from_number", a->referred_from_number);
    tmpl_set(d, "state", app_state_label(a->state));
    tmpl_set(d, "state_code", app_state_code(a->state));
    tmpl_set(d, "channel", channel_label(a->channel));
    tmpl_set(d, "submitted", beijing_time_label(req->arena, a->submitted_at));
    tmpl_set(d, "received_on", a->received_on);
    tmpl_set(d, "assigned_name", *a->assigned_name ? a->assigned_name : "未指派");
    const char *done = application_action_label(params_get(&req->query, "done"));
    if (done)
        tmpl_set(tmpl_add_section(d, "done"), "label", done);
}

int application_detail_render(struct request *req, const struct app_record *app,
                              const char *failed_action, const struct form *form,
                              const char *error)
{
    struct page page;
    struct clock_events ce;
    struct app_record a = *app;
    a.id_type = id_type_label(a.id_type);
    struct tmpl_dict *d = admin_page_begin(&page, req, arena_printf(req->arena, "申请 %s", a.number),
                                           "admin/application.tpl");
    add_summary(d, req, &a);
    add_applicant(d, &a);
    add_request(d, &a);
    const char *correct_by;
    add_timeline(d, req, a.id, &ce, &correct_by);
    add_deadline(d, req, &a, &ce);
    add_correction_period(d, &a, correct_by);
    add_files(d, req, a.id);
    add_reply(d, req, &a);
    application_release_to_dict(req, d, app);
    add_notices(d, req, a.id);
    add_handler_choices(d, req, &a);
    application_actions_to_dict(req, d, app, failed_action, form, error);
    if (failed_action)
        tmpl_show(d, "action_failed");
    resp_header(req, "Cache-Control", "no-store");
    return page_render(&page);
}

int application_detail_page(struct request *req)
{
    struct app_record app;
    int status = application_record_for_staff(req, req->path_ids[0], &app);
    if (status != 0)
        return status;
    return application_detail_render(req, &app, NULL, NULL, NULL);
}

/* ---- staff download of application files ---- */

/* RFC 5987 filename*: UTF-8, percent-encoded; plus a plain ASCII fallback. */
static const char *content_disposition(struct arena *arena, long long id, const char *filename)
{
    const char *dot = strrchr(filename, '.');
    return arena_printf(arena, "attachment; filename=\"file-%lld%s\"; filename*=UTF-8''%s", id,
                        dot && strlen(dot) <= 6 ? dot : "", url_query_escape(arena, filename));
}

/* The agency of the application file ID belongs to; -1 when there is no such file. */
static long long file_agency(struct request *req, long long id)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT coalesce(a.agency_id, 0) FROM application_files f "
        "JOIN applications a ON a.id = f.application_id WHERE f.id = ?1");
    sqlite3_bind_int64(st, 1, id);
    long long agency = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : -1;
    sqlite3_reset(st);
    return agency;
}

int application_file_download(struct request *req)
{
    long long agency = file_agency(req, req->path_ids[0]);
    if (agency < 0)
        return resp_error(req, 404, "没有这个文件。");
    int refused = staff_require_agency(req, agency,
                                       arena_printf(req->arena, "application-file:%lld", req->path_ids[0]));
    if (refused)
        return refused;
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT filename, mime, data FROM application_files WHERE id = ?1");
    sqlite3_bind_int64(st, 1, req->path_ids[0]);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_reset(st);
        return resp_error(req, 404, "没有这个文件。");
    }
    const char *filename = db_text(req->arena, st, 0);
    req->response.content_type = db_text(req->arena, st, 1);
    buf_append(&req->response.body, sqlite3_column_blob(st, 2), (size_t)sqlite3_column_bytes(st, 2));
    sqlite3_reset(st);
    resp_header(req, "Content-Disposition", content_disposition(req->arena, req->path_ids[0], filename));
    resp_header(req, "Cache-Control", "no-store");
    return 200;
}
