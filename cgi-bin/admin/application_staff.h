/* Shared by the staff-side application files (inbox, detail, actions, new):
 * one application row as the clerk sees it, today's date in Asia/Shanghai,
 * and the deadline texts that mark due-soon and overdue rows in words. */
#ifndef PORTAL_APPLICATION_STAFF_H
#define PORTAL_APPLICATION_STAFF_H

#include <stdbool.h>

#include "application.h"
#include "request.h"

struct form;
struct tmpl_dict;

/* Every column of one application, as text ("" for NULL). */
struct app_record {
    long long id, assigned_to;
    long long agency_id;                 /* 0 for a row without one (never shown to staff) */
    long long referral_agency_id;        /* Art. 36(五): the named agency on the platform, or 0 */
    const char *referral_name, *referral_contact;
    const char *referred_from_number;    /* the application this one was filed from, or "" */
    enum app_state state;
    const char *number, *channel, *applicant_type, *name, *id_type, *id_number, *work_unit;
    const char *org_category, *uscc, *legal_rep, *contact_name, *phone, *email, *address;
    const char *postcode, *info_title, *info_doc_no, *info_description, *info_purpose;
    const char *medium, *delivery, *submitted_at, *received_on, *due_on, *outcome;
    const char *reply_text, *replied_on, *closed_on, *assigned_name;
    bool fee_waiver, due_beyond_calendar;
};

/* Loads application ID into OUT (strings in the request arena). Returns 0, or 404. */
int application_record_load(struct request *req, long long id, struct app_record *out);
/* The same for a page or action of the signed-in staff member: 404 (answered)
 * when there is no such application, 403 (answered and audited by
 * staff_require_agency) when it belongs to another agency than the session's. */
int application_record_for_staff(struct request *req, long long id, struct app_record *out);

/* Today as a day number in Asia/Shanghai (beijing_today_iso as a day). */
int shanghai_today(void);
/* The same as "YYYY-MM-DD", in the arena. */
const char *shanghai_today_iso(struct arena *arena);

/* True while the reply clock runs (received, corrected, extended). */
bool app_state_clock_runs(enum app_state state);

/* Words for the deadline, so that urgency is never shown by colour alone:
 * "剩3个工作日", "今日到期", "已逾期2个工作日"; "" when no clock runs. Sets
 * *soon for 0-3 working days left and *overdue when past. */
const char *application_due_text(struct request *req, const struct calendar *cal,
                                 enum app_state state, const char *due_on, bool *soon,
                                 bool *overdue);

/* Labels for the stored codes (channel, applicant type, medium, delivery, id type). */
const char *channel_label(const char *code);
const char *applicant_type_label(const char *code);
const char *medium_label(const char *code);
const char *delivery_label(const char *code);

/* application_detail.c: the clerk's page for one application. FAILED_ACTION
 * (or NULL) is re-shown open with FORM's values and errors and ERROR on top. */
int application_detail_render(struct request *req, const struct app_record *app,
                              const char *failed_action, const struct form *form,
                              const char *error);

/* application_actions.c: a section action_NAME for every action allowed in
 * the application's state, each with its fields (defaults, or the failed
 * action's values and errors). */
void application_actions_to_dict(struct request *req, struct tmpl_dict *d,
                                 const struct app_record *app, const char *failed_action,
                                 const struct form *failed_form, const char *failed_error);
/* The Chinese label of action NAME ("receive" -> 确认收到), or NULL. */
const char *application_action_label(const char *name);

/* application_release.c (issue 14): on the detail page, {{#can_release}}{{id}} (a link to
 * draft a catalogue entry of the released information) or {{#released}}{{entry_id}}. */
void application_release_to_dict(struct request *req, struct tmpl_dict *d, const struct app_record *app);

#endif
