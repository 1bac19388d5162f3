/* What every anonymous form of apply.fcgi does around storing a submission
 * (messages, comments on drafts): the checks before the form is read (CSRF,
 * honeypot, a repeat of an idempotency key already stored) and the durable
 * store (BEGIN IMMEDIATE, the key again inside the transaction, the
 * per-client limit, the row, COMMIT), so that a person is told "received"
 * only after COMMIT returned and a repeated submission stores nothing. */
#include "apply.h"

#include "app.h"
#include "application_form.h"
#include "csrf.h"
#include "db.h"
#include "log.h"
#include "ratelimit.h"

int submission_open(struct request *req, const struct submission *s, const char **key, long long *existing)
{
    if (!csrf_check(req))
        return apply_csrf_failed(req);
    if (apply_honeypot_filled(req))
        return apply_honeypot_refusal(req);
    *key = application_form_key(req);
    *existing = s->by_key(req->app->private_db, *key);
    return 0;
}

enum submission_result submission_store(struct request *req, const struct submission *s, const char *key,
                                        const void *row, long long *id)
{
    sqlite3 *db = req->app->private_db;
    if (db_begin(db, s->event) != SQLITE_OK)
        return SUBMISSION_FAILED;
    *id = s->by_key(db, key);
    if (*id) {
        db_rollback(db);
        return SUBMISSION_REPEAT;
    }
    if (rate_limit_exceeded(req, db, s->rate_bucket, s->rate_per_hour, 3600)) {
        db_rollback(db);
        apply_too_many(req, s->rate_bucket, s->too_many);
        return SUBMISSION_LIMITED;
    }
    if (s->insert(req, row, id) != 0) {
        log_event(LOG_ERROR, s->event, "insert failed: %s", sqlite3_errmsg(db));
        db_rollback(db);
        return SUBMISSION_FAILED;
    }
    return db_commit(db) == SQLITE_OK ? SUBMISSION_STORED : SUBMISSION_FAILED;
}
