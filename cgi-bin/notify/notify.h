/* Delivering the notice outbox (issue 13), for `portalctl notify` only: mail
 * by SMTP to a configured relay and SMS through an HTTP gateway, both with
 * libcurl (linked into portalctl alone: the web programs never send), retries
 * with backoff, and the daily digests for staff. */
#ifndef PORTAL_NOTIFY_H
#define PORTAL_NOTIFY_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>

struct arena;

struct config;

/* Says on stderr what is wrong with the sender's settings (struct config,
 * README "Configuration"); the notices of a channel that is not configured
 * wait in the outbox. */
void notify_config_check(const struct config *cfg);
bool notify_mail_configured(const struct config *cfg);
bool notify_sms_configured(const struct config *cfg);
/* Why a channel that is set is refused, in Chinese for staff, or NULL: SMTP
 * AUTH without STARTTLS; an http:// gateway on another host than this one. */
const char *notify_mail_refusal(const struct config *cfg);
const char *notify_sms_refusal(const struct config *cfg);

enum send_result { SEND_OK, SEND_RETRY, SEND_PERMANENT };

/* Hands one MESSAGE (CRLF lines) for TO to the relay with the reused easy
 * handle CURL. On failure ERROR (SIZE bytes) gets a Chinese reason for staff. */
enum send_result smtp_send(void *curl, const struct config *cfg, const char *to,
                           const char *message, char *error, size_t size);
/* POSTs one SMS to the gateway as JSON {"to", "text", "id"}. */
enum send_result sms_send(void *curl, const struct config *cfg, const char *to, const char *text,
                          const char *id, char *error, size_t size);

struct notify_summary {
    int sent, retrying, failed;
    int waiting;    /* queued for a channel that is not configured */
};

/* Sends every queued notice whose time has come (all queued ones with
 * NOW_ALL), oldest first, each marked sent, retrying or failed in its own
 * transaction right after its attempt, and records the run in
 * notice_sender. Returns 0, or -1 on a database error. */
int notify_send_due(const struct config *cfg, sqlite3 *private_db, bool now_all,
                    struct notify_summary *out);

/* Queues today's digest for each handler with an e-mail address (new,
 * due-soon and overdue applications of their agencies) and for each platform
 * administrator (overdue ones of every agency); nothing for someone with
 * nothing to report, and at most one per person and day. *QUEUED counts them.
 * Returns 0 or -1. */
int notify_queue_digests(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db, int *queued);

#endif
