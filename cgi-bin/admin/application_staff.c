/* Helpers shared by the staff-side application pages: loading one
 * application (only the session's agency's for staff pages), Asia/Shanghai
 * dates, deadline texts and code labels. See application_staff.h. */
#include "application_staff.h"

#include <string.h>

#include "app.h"
#include "application_form.h"
#include "db.h"
#include "staff.h"

enum { RECORD_TEXT_COLUMNS = 32 };

/* The text fields of struct app_record in the order the SELECT below reads them. */
static const char **record_field(struct app_record *r, int i)
{
    const char **fields[RECORD_TEXT_COLUMNS] = {
        &r->number, &r->channel, &r->applicant_type, &r->name, &r->id_type, &r->id_number,
        &r->work_unit, &r->org_category, &r->uscc, &r->legal_rep, &r->contact_name, &r->phone,
        &r->email, &r->address, &r->postcode, &r->info_title, &r->info_doc_no,
        &r->info_description, &r->info_purpose, &r->medium, &r->delivery, &r->submitted_at,
        &r->received_on, &r->due_on, &r->outcome, &r->reply_text, &r->replied_on, &r->closed_on,
        &r->assigned_name, &r->referral_name, &r->referral_contact, &r->referred_from_number,
    };
    return fields[i];
}

int application_record_load(struct request *req, long long id, struct app_record *out)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT a.number, a.channel, a.applicant_type, a.name, a.id_type, a.id_number, a.work_unit, "
        "a.org_category, a.uscc, a.legal_rep, a.contact_name, a.phone, a.email, a.address, a.postcode, "
        "a.info_title, a.info_doc_no, a.info_description, a.info_purpose, a.medium, a.delivery, "
        "a.submitted_at, a.received_on, a.due_on, a.outcome, a.reply_text, a.replied_on, a.closed_on, "
        "coalesce(nullif(u.display_name, ''), u.name), a.referral_name, a.referral_contact, f.number, "
        "a.id, coalesce(a.assigned_to, 0), a.state, a.fee_waiver, a.due_beyond_calendar, "
        "coalesce(a.agency_id, 0), coalesce(a.referral_agency_id, 0) "
        "FROM applications a LEFT JOIN users u ON u.id = a.assigned_to "
        "LEFT JOIN applications f ON f.id = a.referred_from WHERE a.id = ?1");
    sqlite3_bind_int64(st, 1, id);
    int status = 404;
    if (sqlite3_step(st) == SQLITE_ROW) {
        const int n = RECORD_TEXT_COLUMNS;
        for (int i = 0; i < n; i++)
            *record_field(out, i) = db_text(req->arena, st, i);
        out->id = db_int(st, n);
        out->assigned_to = db_int(st, n + 1);
        if (!app_state_parse(db_text(req->arena, st, n + 2), &out->state))
            out->state = APP_SUBMITTED;
        out->fee_waiver = db_int(st, n + 3) != 0;
        out->due_beyond_calendar = db_int(st, n + 4) != 0;
        out->agency_id = db_int(st, n + 5);
        out->referral_agency_id = db_int(st, n + 6);
        status = 0;
    }
    sqlite3_reset(st);
    return status;
}

int application_record_for_staff(struct request *req, long long id, struct app_record *out)
{
    if (application_record_load(req, id, out) != 0)
        return resp_error(req, 404, "没有这件申请。");
    return staff_require_agency(req, out->agency_id, arena_printf(req->arena, "application:%lld", id));
}

int shanghai_today(void)
{
    char iso[11];
    int day = 0;
    beijing_today_iso(iso);
    day_parse_iso(iso, &day);
    return day;
}

const char *shanghai_today_iso(struct arena *arena)
{
    char *iso = arena_alloc(arena, 11);
    beijing_today_iso(iso);
    return iso;
}

bool app_state_clock_runs(enum app_state state)
{
    return state == APP_RECEIVED || state == APP_CORRECTED || state == APP_EXTENDED;
}

const char *application_due_text(struct request *req, const struct calendar *cal,
                                 enum app_state state, const char *due_on, bool *soon,
                                 bool *overdue)
{
    int due;
    *soon = *overdue = false;
    if (!app_state_clock_runs(state) || !day_parse_iso(due_on, &due))
        return "";
    bool beyond = false;
    int left = deadline_working_days_left(cal, shanghai_today(), due, &beyond);
    *soon = left >= 0 && left <= 3;
    *overdue = left < 0;
    if (left > 0)
        return arena_printf(req->arena, "剩%d个工作日", left);
    return left == 0 ? "今日到期" : arena_printf(req->arena, "已逾期%d个工作日", -left);
}

/* The label of a known code; the code itself otherwise. */
static const char *choice_label_or_code(const struct field_choice *choices, const char *code)
{
    const char *label = field_choice_label(choices, code);
    return label ? label : code;
}

const char *channel_label(const char *code)
{
    static const struct field_choice t[] = {
        { "online", "网上申请" }, { "paper", "书面申请（纸质）" }, { "post", "信函申请" },
        { "in_person", "当面申请" }, { "email", "电子邮件申请" }, { "fax", "传真申请" },
        { NULL, NULL } };
    return choice_label_or_code(t, code);
}

const char *applicant_type_label(const char *code)
{
    return choice_label_or_code(application_applicant_types, code);
}

const char *medium_label(const char *code)
{
    return choice_label_or_code(application_media, code);
}

const char *delivery_label(const char *code)
{
    return choice_label_or_code(application_deliveries, code);
}
