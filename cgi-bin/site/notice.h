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
    long long message_ref;      /* the 互动交流 message it is about, else 0 */
};

/* Where a citizen asked to be told (the choice on the form) and the
 * addresses given there. */
struct notice_choice {
    bool by_email, by_sms;
    const char *email, *phone;
};

/* Makes the values one notice template expands with from FACTS (a fresh
 * dictionary per channel: rendering shows the channel's section in it). */
struct tmpl_dict;
typedef struct tmpl_dict *(*notice_dict_fn)(struct arena *arena, sqlite3 *content_db, const void *facts);

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

/* Queues N once for each channel CHOICE names that has somewhere to go: the
 * e-mail address when one was given, SMS when the phone is a mobile number;
 * the text is templates/notices/N.kind.tpl expanded with MAKE_DICT(FACTS).
 * N's channel, recipient, subject and body are filled in here. Returns 0, or
 * -1 (logged; the caller rolls back). */
int notice_queue_chosen(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db,
                        const struct notice_choice *choice, struct notice n, notice_dict_fn make_dict,
                        const void *facts);

/* Puts failed notice NOTICE_ID of application APPLICATION_ID (or of message
 * MESSAGE_REF; the other 0) back in the queue to be sent at the sender's next
 * run, with a fresh count of attempts, inside the caller's transaction.
 * Returns 1, 0 when there is no such failed notice, or -1. */
int notice_requeue(sqlite3 *private_db, long long notice_id, long long application_id, long long message_ref);

/* The outbox rows of application APPLICATION_ID (or of message MESSAGE_REF;
 * the other 0) as the include admin/notice_rows.tpl of D: when, what, how,
 * state, the error, and for a failed one a 重新发送 button posting notice_id
 * to RESEND_PATH. */
void notice_rows_to_dict(struct arena *arena, struct tmpl_dict *d, sqlite3 *private_db, long long application_id,
                         long long message_ref, const char *resend_path);

/* The staff label of a notice's kind: an application event's, or
 * 留言答复 / 留言转交 / 留言不予受理. */
const char *notice_kind_label(const char *kind);

/* Expands templates/notices/TEMPLATE with the values of D for CHANNEL
 * ("email": the first line is the subject, the rest the body; "sms": the text
 * in *BODY, *SUBJECT ""). Control characters other than line breaks become
 * spaces; the subject is one line. Returns 0 or -1. Allocates in ARENA. */
int notice_render(struct arena *arena, const char *template_name, struct tmpl_dict *d,
                  const char *channel, const char **subject, const char **body);

/* The site_url setting without a trailing '/', "" when unset (arena). */
const char *notice_site_url(struct arena *arena, sqlite3 *content_db);
/* The absolute address of PATH on this site from site_url, or "" when the
 * setting is empty (arena): "/apply/status" for an application's notices,
 * "/apply/message/status" for a message's. */
const char *notice_site_page(struct arena *arena, sqlite3 *content_db, const char *path);
/* Shows {{#status_link}}{{status_url}} (PATH on this site) in D, or
 * {{#no_status_link}} while site_url is unset. */
void notice_add_status_link(struct arena *arena, sqlite3 *content_db, struct tmpl_dict *d, const char *path);

/* The name of content.db agency AGENCY_ID, "政府信息公开工作机构" when there
 * is none (arena). */
const char *notice_agency_name(struct arena *arena, sqlite3 *content_db, long long agency_id);
/* S with every control character (line breaks too) as a space: for values a
 * subject line may hold, which must not end it early (arena). */
const char *notice_one_line(struct arena *arena, const char *s);

/* True when PHONE is a mainland mobile number SMS can reach: 11 digits from 1,
 * optionally after +86 or 86. */
bool notice_phone_is_mobile(const char *phone);

/* Staff labels: 排队 / 已发送 / 失败. */
const char *notice_state_label(const char *state);
/* How the citizen chose to be told, in words for receipts and staff pages:
 * 电子邮件和短信, 电子邮件, 短信, or NULL when not at all. */
const char *notice_choice_label(bool by_email, bool by_sms);

#endif
