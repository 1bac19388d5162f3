/* Handlers of apply.fcgi, one file per feature, and what the features
 * share: the signed receipt and status cookies and the status page. */
#ifndef PORTAL_APPLY_H
#define PORTAL_APPLY_H

#include <sqlite3.h>
#include <stdbool.h>

#include "request.h"

struct form;

/* form.c: GET /apply (the form) and POST /apply (submit, then 303 to the receipt). */
int apply_form_page(struct request *req);
int apply_submit(struct request *req);
/* receipt.c: GET /apply/receipt. */
int apply_receipt_page(struct request *req);
/* receipt.c: 303 to the receipt of stored application ID after a repeated
 * submission: the 查询码 stays only in a receipt cookie this browser holds. */
int receipt_repeat(struct request *req, long long id);
/* refile.c: POST /apply/refile, filing at the agency an Art. 36(五) reply named. */
int apply_refile(struct request *req);
/* status.c: GET /apply/status (lookup form, or the status after ?view=1), POST lookup. */
int apply_status_page(struct request *req);
int apply_status_lookup(struct request *req);
/* actions.c: POST /apply/correct, POST /apply/withdraw, GET /apply/files/{id}. */
int apply_correct(struct request *req);
int apply_withdraw(struct request *req);
int apply_file_download(struct request *req);

/* status.c: renders the status of APPLICATION_ID; CORRECTION (or NULL) re-shows a
 * correction form with its errors, NOTICE (or NULL) is said at the top. */
int status_page_render(struct request *req, long long application_id,
                       const struct form *correction, const char *notice);

/* tickets.c: short-lived signed cookies (HttpOnly, SameSite=Strict, Path=/apply).
 * receipt: the application just submitted and, only there, its plain 查询码;
 * status: the application whose number and code were just entered. */
struct receipt_ticket {
    long long application_id;
    const char *code;   /* "" when the browser no longer holds it */
};
void receipt_cookie_set(struct request *req, long long application_id, const char *code);
bool receipt_cookie_read(struct request *req, struct receipt_ticket *out);
void status_cookie_set(struct request *req, long long application_id);
/* The application named by a valid, unexpired status cookie, or 0. */
long long status_cookie_application(struct request *req);

/* The same tickets under cookie NAME (also signed into the MAC): a code
 * ticket "ID.EXPIRY.CODE.MAC" and an id ticket "ID.EXPIRY.MAC". */
void code_ticket_set(struct request *req, const char *name, long long id, const char *code);
bool code_ticket_read(struct request *req, const char *name, struct receipt_ticket *out);
void id_ticket_set(struct request *req, const char *name, long long id);
long long id_ticket_read(struct request *req, const char *name);

/* message.c, message_status.c: 互动交流 (issue 12). GET/POST /apply/message
 * (also 我为政府网站找错 with ?kind=error&page=PATH), GET /apply/message/receipt,
 * GET/POST /apply/message/status. */
int message_form_page(struct request *req);
int message_submit(struct request *req);
int message_receipt_page(struct request *req);
int message_status_page(struct request *req);
int message_status_lookup(struct request *req);

/* comment.c: 征集意见 (issue 12). GET/POST /apply/comment (?consultation=ID),
 * GET /apply/comment/receipt. */
int comment_form_page(struct request *req);
int comment_submit(struct request *req);
int comment_receipt_page(struct request *req);

/* submission.c: storing what an anonymous form sent, for messages and comments. */
struct submission {
    const char *event;            /* transaction and log name, "message_submit" */
    const char *rate_bucket;      /* per-client limit, one-hour window */
    int rate_per_hour;
    const char *too_many;         /* the 429's Chinese message */
    /* The row stored under idempotency KEY, or 0. */
    long long (*by_key)(sqlite3 *db, const char *key);
    /* Inserts ROW inside the transaction; 0 with *ID set, or -1. */
    int (*insert)(struct request *req, const void *row, long long *id);
};
enum submission_result { SUBMISSION_STORED, SUBMISSION_REPEAT, SUBMISSION_LIMITED, SUBMISSION_FAILED };
/* Before the form is read: CSRF and honeypot (their refusal answered and its
 * status returned), then *KEY (a fresh one when the form's is malformed) and
 * *EXISTING, the row a submission with that key stored already (0: none). */
int submission_open(struct request *req, const struct submission *s, const char **key, long long *existing);
/* Stores ROW under KEY in one BEGIN IMMEDIATE transaction: STORED (*ID the new
 * row, committed), REPEAT (*ID the row stored before), LIMITED (the 429 is
 * answered) or FAILED (logged, nothing stored: re-show the form). */
enum submission_result submission_store(struct request *req, const struct submission *s, const char *key,
                                        const void *row, long long *id);

/* The id of the row ST (a "SELECT id, access_code_hash ... WHERE number = ?1")
 * finds for NUMBER when CODE's hash matches, else 0. Both are upper-cased and
 * spaces (and the code's hyphens) dropped; the hash is compared even when no
 * row is found, so a wrong number and a wrong code take the same path. */
long long row_by_number_and_code(struct request *req, sqlite3_stmt *st, const char *number, const char *code);

/* True when the hidden honeypot field "website" was filled (a robot), and
 * the 400 answered then. */
bool apply_honeypot_filled(struct request *req);
int apply_honeypot_refusal(struct request *req);

/* Answers 403 with the Chinese message every apply form uses when CSRF fails. */
int apply_csrf_failed(struct request *req);
/* Answers 429 with Retry-After for BUCKET (window one hour). */
int apply_too_many(struct request *req, const char *bucket, const char *message_zh);

#endif
