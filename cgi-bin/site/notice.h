/* The notice outbox (issue 13): what the applicant asked to be told, written
 * in the same transaction as the event that causes it, and delivered later by
 * `portalctl notify` (cgi-bin/notify/). Shared by apply.fcgi, admin.fcgi and
 * portalctl; nothing here sends anything. */
#ifndef PORTAL_NOTICE_H
#define PORTAL_NOTICE_H

#include <sqlite3.h>
#include <stdbool.h>

struct arena;

/* One row of the outbox as it is queued. */
struct notice {
    long long application_id;   /* 0 for a staff digest */
    long long event_id;         /* 0 when no event caused it */
    long long user_id;          /* a digest's recipient, else 0 */
    const char *kind;           /* the event kind ('received' ...) or 'digest' */
    const char *channel;        /* "email" or "sms" */
    const char *recipient;
    const char *subject;        /* "" for SMS */
    const char *body;
    const char *digest_day;     /* NULL, or a digest's day */
};

/* The id of the newest event of APPLICATION_ID (0 when none). An action
 * notes it before it runs and passes it to notice_queue_events after. */
long long notice_last_event(sqlite3 *private_db, long long application_id);

/* Queues, inside the caller's transaction, the notices the applicant asked
 * for (applications.notify_email / notify_sms) about each event of
 * APPLICATION_ID after AFTER_EVENT that citizens are told of: 受理 with the
 * due date, 补正 with what is missing and the period, extension with its
 * reason and new date, consultation, reply, withdrawal, closing. Returns 0,
 * or -1 when a notice could not be written (the caller rolls back). */
int notice_queue_events(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db,
                        long long application_id, long long after_event);

/* Inserts N as a queued notice with a fresh Message-ID on the host of the
 * site_url setting. Returns 0, or -1 (logged). */
int notice_insert(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db, const struct notice *n);

/* Expands templates/notices/TEMPLATE with the values of D for CHANNEL
 * ("email": the first line is the subject, the rest the body; "sms": the text
 * in *BODY, *SUBJECT ""). Control characters other than line breaks become
 * spaces; the subject is one line. Returns 0 or -1. Allocates in ARENA. */
struct tmpl_dict;
int notice_render(struct arena *arena, const char *template_name, struct tmpl_dict *d,
                  const char *channel, const char **subject, const char **body);

/* The site_url setting without a trailing '/', "" when unset (arena). */
const char *notice_site_url(struct arena *arena, sqlite3 *content_db);
/* The absolute address of the applicant's status page from site_url, or ""
 * when the setting is empty (arena). */
const char *notice_status_url(struct arena *arena, sqlite3 *content_db);

/* True when PHONE is a mainland mobile number SMS can reach: 11 digits from 1,
 * optionally after +86 or 86. */
bool notice_phone_is_mobile(const char *phone);

/* Staff labels: 排队 / 已发送 / 失败. */
const char *notice_state_label(const char *state);

#endif
