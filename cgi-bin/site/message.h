/* 互动交流 (issue 12): messages citizens write to an agency (咨询, 建议, 投诉)
 * or to the platform administrator (找错), shared by apply.fcgi (writing in,
 * status) and admin.fcgi (inbox, reply, publication): the kinds and states,
 * the reply deadline in working days, numbering, the history, and the checks
 * of a message's text and of a page path. private.db holds them. */
#ifndef PORTAL_MESSAGE_H
#define PORTAL_MESSAGE_H

#include <sqlite3.h>
#include <stdbool.h>

#include "form.h"
#include "request.h"

struct calendar;

/* consult 咨询, suggest 建议, complain 投诉, error 找错 (to the platform). */
extern const struct field_choice message_kinds[];
const char *message_kind_label(const char *code);
/* open 待答复, replied 已答复, refused 不予受理. */
const char *message_state_label(const char *code);
/* The history's kinds as the writer reads them: submitted 提交留言, transferred 转交 ... */
const char *message_event_label(const char *kind);

enum { MESSAGE_DEFAULT_DAYS = 5, MESSAGE_MAX_DAYS = 60, MESSAGE_MAX_LINKS = 3 };

/* Working days AGENCY_ID (0: the platform) has to answer a message of KIND:
 * the agency setting message_days_KIND (settings for the platform), else
 * MESSAGE_DEFAULT_DAYS. */
int message_reply_days(struct request *req, long long agency_id, const char *kind);
/* The due date, RECEIVED_ON (YYYY-MM-DD, day 0) plus the reply days, as
 * YYYY-MM-DD in the arena; received_on itself when the calendar cannot be read. */
const char *message_due_on(struct request *req, long long agency_id, const char *kind,
                           const char *received_on);
/* Working days from RECEIVED_ON to REPLIED_ON, or -1 when either is malformed. */
int message_workdays_between(const struct calendar *cal, const char *received_on, const char *replied_on);

/* Recomputes every agency's monthly 互动交流 statistics (received, answered,
 * answered on time, working days) from PRIVATE_DB into CONTENT_DB's
 * message_stats, for portal.fcgi to show: admin.fcgi after each staff action
 * and inbox view, `portalctl request-stats` nightly (messages nobody opened
 * yet count too). 0, or -1 when nothing was stored. */
int message_stats_recompute(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db);

/* Allocates the next number "LY-2026-000001" of YEAR inside the caller's
 * transaction; *SEQ gets its sequence. NULL on failure. */
const char *message_next_number(struct request *req, int year, int *seq);
/* Appends a history row (inside the caller's transaction). USER_ID 0: the writer. */
int message_add_event(sqlite3 *private_db, long long message_id, const char *kind, const char *text,
                      bool internal, long long user_id);

/* How many web addresses TEXT holds (http://, https://, www.). */
int message_link_count(const char *text);
/* NULL when PATH is a path of this site ("/mzj/catalogue/4?page=2"), else the
 * Chinese message for the field. */
const char *message_page_path_problem(const char *path);

#endif
