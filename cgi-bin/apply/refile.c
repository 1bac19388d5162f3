/* Filing at the agency an Art. 36(五) reply named, in one step (issue 10):
 * from the status page of the answered application (CSRF and the signed
 * status cookie prove the 查询码 was entered), a new application at that
 * agency with the same applicant and request, its own number, receipt date
 * and 查询码, and referred_from pointing back. The first application is not
 * changed; filing twice from it shows the first filing's receipt again. */
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "agency.h"
#include "application.h"
#include "apply.h"
#include "crypto.h"
#include "csrf.h"
#include "db.h"
#include "log.h"
#include "program.h"
#include "ratelimit.h"

/* The answered application and the agency its reply named. */
struct referral {
    long long id;
    const char *number;
    struct agency target;
};

/* True when application ID was answered naming an agency of the platform
 * (other than its own) that can be filed at. */
static bool referral_load(struct request *req, long long id, struct referral *out)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT number, state, coalesce(referral_agency_id, 0), coalesce(agency_id, 0) "
        "FROM applications WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    long long target = found ? db_int(st, 2) : 0, own = found ? db_int(st, 3) : 0;
    bool replied = found && strcmp(db_text(req->arena, st, 1), "replied") == 0;
    out->id = id;
    out->number = found ? db_text(req->arena, st, 0) : "";
    sqlite3_reset(st);
    return replied && target > 0 && target != own && agency_by_id(req, target, &out->target)
        && out->target.id == target;
}

/* The application already filed at the named agency from this one, or 0. */
static long long refiled_application(sqlite3 *db, const struct referral *ref)
{
    sqlite3_stmt *st = db_stmt(db, "SELECT id FROM applications WHERE referred_from = ?1 "
                                   "AND agency_id = ?2 ORDER BY id LIMIT 1");
    sqlite3_bind_int64(st, 1, ref->id);
    sqlite3_bind_int64(st, 2, ref->target.id);
    long long id = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : 0;
    sqlite3_reset(st);
    return id;
}

/* The new row: the first application's applicant and request, copied in SQL. */
static int insert_copy(struct request *req, const struct referral *ref, const char *code_hash,
                       long long *id)
{
    sqlite3 *db = req->app->private_db;
    char today[11], now[21];
    beijing_today_iso(today);
    utc_now_iso(now);
    struct application_number n;
    if (application_next_number(req->arena, db, ref->target.id, ref->target.code, atoi(today), &n) != 0)
        return -1;
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO applications (number, year, seq, access_code_hash, channel, applicant_type, name, "
        "id_type, id_number, work_unit, org_category, uscc, legal_rep, contact_name, phone, email, "
        "address, postcode, info_title, info_doc_no, info_description, info_purpose, medium, delivery, "
        "submitted_at, agency_id, agency_seq, referred_from, notify_email, notify_sms) "
        "SELECT ?1, ?2, ?3, ?4, 'online', applicant_type, name, id_type, id_number, work_unit, "
        "org_category, uscc, legal_rep, contact_name, phone, email, address, postcode, info_title, "
        "info_doc_no, info_description, info_purpose, medium, delivery, ?5, ?6, ?7, id, notify_email, "
        "notify_sms "
        "FROM applications WHERE id = ?8");
    sqlite3_bind_text(st, 1, n.number, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, n.year);
    sqlite3_bind_int(st, 3, n.seq);
    sqlite3_bind_text(st, 4, code_hash, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, now, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 6, ref->target.id);
    sqlite3_bind_int(st, 7, n.agency_seq);
    sqlite3_bind_int64(st, 8, ref->id);
    if (db_run(db, st, "application_refile") != 0 || sqlite3_changes(db) != 1)
        return -1;
    *id = sqlite3_last_insert_rowid(db);
    const char *error;
    const char *text = arena_printf(req->arena, "申请人依据申请 %s 的答复（所需信息由本机关负责公开，"
                                    "条例第三十六条第五项）向本机关提出本申请。", ref->number);
    return application_add_event(req->arena, db, req->app->content_db, *id, "submitted", today,
                                 "applicant", text, 0, false, NULL, &error);
}

static const char save_failed[] =
    "系统暂时无法保存新的申请（服务器内部错误），申请尚未提出。请稍后再次点击提交；原申请不受影响。";

/* The one transaction: an earlier filing, the rate limit, the copy, COMMIT. */
static int store_and_redirect(struct request *req, const struct referral *ref)
{
    sqlite3 *db = req->app->private_db;
    char code[13], hash[65];
    random_code(code, 12);
    sha256_hex(code, strlen(code), hash);
    if (db_begin(db, "apply_refile") != SQLITE_OK)
        return status_page_render(req, ref->id, NULL, save_failed);
    long long id = refiled_application(db, ref);
    if (id) {
        db_rollback(db);
        return receipt_repeat(req, id);
    }
    if (rate_limit_exceeded(req, db, "apply", program_config.apply_rate_per_hour, 3600)) {
        db_rollback(db);
        return apply_too_many(req, "apply", "您在一小时内提交的申请已达上限，本次申请未被提交。");
    }
    if (insert_copy(req, ref, hash, &id) != 0) {
        db_rollback(db);
        log_event(LOG_ERROR, "application_refile", "insert failed: %s", sqlite3_errmsg(db));
        return status_page_render(req, ref->id, NULL, save_failed);
    }
    if (db_commit(db) != SQLITE_OK)
        return status_page_render(req, ref->id, NULL, save_failed);
    log_event(LOG_INFO, "application_submitted", "id=%lld agency=%s referred_from=%lld", id,
              ref->target.code, ref->id);
    receipt_cookie_set(req, id, code);
    resp_redirect(req, 303, "/apply/receipt");
    return 303;
}

int apply_refile(struct request *req)
{
    if (!csrf_check(req))
        return apply_csrf_failed(req);
    long long id = status_cookie_application(req);
    if (!id)
        return resp_error(req, 403, "查询已超过30分钟或已失效。请回到“申请进度查询”，"
                                    "重新输入申请编号和查询码后再操作。");
    struct referral ref;
    if (!referral_load(req, id, &ref))
        return status_page_render(req, id, NULL, "这件申请的答复没有指明本平台上可以另行提出申请的机关，"
                                                 "未提出新的申请。");
    return store_and_redirect(req, &ref);
}
