/* Disclosure-on-request applications: the states and the outcome codes, in
 * one place for apply.fcgi and admin.fcgi, and the timeline helpers that
 * record an event and recompute the due date with the deadline engine.
 * Outcome codes are the rows of the national annual-report template
 * (国办公开办函〔2021〕30号), so section 三 of the report is computed. */
#ifndef PORTAL_APPLICATION_H
#define PORTAL_APPLICATION_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>

#include "workdays.h"

struct arena;

enum app_state {
    APP_SUBMITTED, APP_RECEIVED, APP_CORRECTION_REQUESTED, APP_CORRECTED, APP_EXTENDED,
    APP_CONSULTING, APP_REPLIED, APP_WITHDRAWN, APP_CLOSED, APP_STATE__MAX
};

/* 'submitted', 'received' ... as stored in applications.state. */
const char *app_state_code(enum app_state state);
/* Plain Chinese for citizens and staff: 已提交, 已确认收到, 待补正 ... */
const char *app_state_label(enum app_state state);
bool app_state_parse(const char *code, enum app_state *out);
/* Open = the office still owes a reply (not replied, withdrawn or closed). */
bool app_state_is_open(enum app_state state);
/* Step of the citizen's indicator: 0 提交, 1 确认收到, 2 办理中, 3 已答复 (or ended). */
int app_state_step(enum app_state state);

struct outcome {
    const char *code;        /* stored in applications.outcome */
    const char *group;       /* （一）予以公开 ... （六）其他处理 */
    const char *label;       /* the row label; same as group for the single rows */
    const char *report_row;  /* the template's row number: "1", "2", "3.1" ... "3.8", "4.1" ... */
};

/* Exactly the template's rows, in its order:
 *   open 予以公开; partial 部分公开;
 *   deny_secret, deny_law, deny_safety, deny_third_party, deny_internal, deny_process,
 *   deny_enforcement, deny_query (不予公开 1-8);
 *   none_not_held, none_need_create, none_unclear (无法提供 1-3);
 *   reject_petition, reject_repeat, reject_publication, reject_mass, reject_confirm (不予处理 1-5);
 *   other_no_correction, other_no_fee, other (其他处理 1-3). */
extern const struct outcome outcomes[];
extern const size_t outcome_count;
const struct outcome *outcome_find(const char *code);

/* Organisation categories (the report's columns): business 商业企业, research 科研机构,
 * public_interest 社会公益组织, legal_service 法律服务机构, other 其他. */
const char *org_category_label(const char *code);

/* Loads the working-day calendar from content.db into ARENA memory. */
int calendar_load(struct arena *arena, sqlite3 *content_db, struct calendar *out);

/* Appends an event to the application's timeline (inside the caller's
 * transaction) and, for clock events, recomputes due_on. KIND is one of the
 * application_events kinds; DAY is the legal date (YYYY-MM-DD). Returns 0,
 * or -1 with *error set to a Chinese message (e.g. second extension). */
int application_add_event(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db,
                          long long application_id, const char *kind, const char *day,
                          const char *actor, const char *text, int days, bool internal,
                          long long *event_id, const char **error);

/* Replays the clock events of one application and stores due_on and
 * due_beyond_calendar. Returns 0 or -1. */
int application_recompute_due(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db,
                              long long application_id);
/* The same for every open application (after a calendar edit). Returns how many. */
int application_recompute_all_open(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db);

/* An application's numbers: the global (year, seq) pair orders every row of
 * the platform; the receipt number counts per agency and year. */
struct application_number {
    int year, seq, agency_seq;
    const char *number;         /* "MZJ-2026-000012": the agency's code upper-cased */
};

/* Allocates the next numbers for the agency AGENCY_ID (URL code AGENCY_CODE)
 * in YEAR, inside the caller's transaction: the global seq from
 * application_counters and the agency's own from agency_application_counters,
 * so two agencies both start at 000001. Returns 0, or -1 (nothing usable). */
int application_next_number(struct arena *arena, sqlite3 *private_db, long long agency_id,
                            const char *agency_code, int year, struct application_number *out);

/* Masks personal data for staff list views: 张** , 138****8000, 3425**********0011. */
const char *mask_name(struct arena *arena, const char *name);
const char *mask_phone(struct arena *arena, const char *phone);
const char *mask_id_number(struct arena *arena, const char *id);

/* ---- Added by the citizen-side feature (apply.fcgi); usable by staff too. ---- */

/* Sets applications.state (inside the caller's transaction). Returns 0 or -1. */
int application_set_state(sqlite3 *private_db, long long application_id, enum app_state state);
/* Today's date in Beijing time (UTC+8, no daylight saving) as YYYY-MM-DD. */
void beijing_today_iso(char out[11]);
/* The current UTC time as stored in *_at columns: 2026-11-27T08:05:00Z. */
void utc_now_iso(char out[21]);
/* "2026-11-27T08:05:00Z" (UTC, as stored) as Beijing time the way people read it,
 * "2026-11-27 16:05"; "" if malformed. Every timestamp a person reads goes through it. */
const char *beijing_time_label(struct arena *arena, const char *utc_iso);
/* "2026-11-27" as "2026年11月27日"; "" if malformed. */
const char *date_label_zh(struct arena *arena, const char *iso_day);
/* Chinese label of an application_events kind for the applicant's timeline. */
const char *event_kind_label(const char *kind);

#endif
