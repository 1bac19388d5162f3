/* Staff sign-in, sign-out and password change: argon2id verification, a
 * per-user lockout after repeated failures, a per-client rate limit, a new
 * hashed session token at every login, and an audit row for each attempt. */
#include <string.h>
#include <time.h>

#include "admin.h"
#include "app.h"
#include "crypto.h"
#include "csrf.h"
#include "db.h"
#include "form.h"
#include "log.h"
#include "password_policy.h"
#include "ratelimit.h"
#include "staff.h"
#include "tmpl.h"
#include "validate.h"

enum {
    LOCKOUT_FAILURES = 5,
    LOCKOUT_SECONDS = 15 * 60,
    LOGIN_RATE_LIMIT = 20,
    LOGIN_RATE_WINDOW = 15 * 60,
};

static const struct field login_fields[] = {
    { .name = "name", .label = "用户名", .kind = FIELD_TEXT, .max_chars = 64, .required = true },
    { .name = "password", .label = "密码", .kind = FIELD_PASSWORD, .max_chars = 200, .required = true },
    { .name = "next", .label = "登录后前往", .kind = FIELD_TEXT, .max_chars = 300 },
};
enum { LOGIN_FIELD_COUNT = sizeof login_fields / sizeof login_fields[0] };

/* Only a path inside the staff area: never another host or scheme. */
static const char *safe_next(const char *next)
{
    if (!next || strncmp(next, "/admin", 6) != 0)
        return "/admin/";
    if (next[6] != '\0' && next[6] != '/' && next[6] != '?')
        return "/admin/";
    for (const char *p = next; *p; p++)
        if ((unsigned char)*p < 0x20 || *p == '\\' || (p[0] == '/' && p[1] == '/'))
            return "/admin/";
    return strncmp(next, "/admin/login", 12) == 0 ? "/admin/" : next;
}

static int render_login(struct request *req, struct form *form, const char *notice, const char *error)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "工作人员登录", "admin/login.tpl");
    if (form)
        form_to_dict(form, d);
    else
        tmpl_set(d, "next", safe_next(params_get(&req->query, "next")));
    if (notice)
        tmpl_set(tmpl_add_section(d, "notice"), "text", notice);
    if (error)
        tmpl_set(tmpl_add_section(d, "login_error"), "text", error);
    return page_render(&page);
}

int admin_login_page(struct request *req)
{
    const char *notice = NULL;
    if (params_get(&req->query, "expired"))
        notice = "您的登录已过期（30分钟未操作或登录超过12小时），请重新登录。";
    else if (params_get(&req->query, "logged_out"))
        notice = "您已安全退出。";
    return render_login(req, NULL, notice, NULL);
}

/* ---- the account being signed in to ------------------------------------- */

struct account {
    long long id;
    const char *name;
    const char *password_hash;
    bool active;
    long long failed_logins;
    long long locked_until;
    bool must_change_password;
};

static bool account_find(struct request *req, const char *name, struct account *a)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT id, name, password_hash, active, failed_logins, locked_until, must_change_password "
        "FROM users WHERE name = ?1");
    sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        a->id = db_int(st, 0);
        a->name = db_text(req->arena, st, 1);
        a->password_hash = db_text(req->arena, st, 2);
        a->active = db_int(st, 3) != 0;
        a->failed_logins = db_int(st, 4);
        a->locked_until = db_int(st, 5);
        a->must_change_password = db_int(st, 6) != 0;
    }
    sqlite3_reset(st);
    return found;
}

/* Verifies against a throwaway hash when the user does not exist, so the
 * answer takes as long as for a real account and does not reveal names. */
static bool verify_password(const struct account *a, const char *password)
{
    static char dummy_hash[PASSWORD_HASH_MAX];
    if (a)
        return password_verify(a->password_hash, password);
    if (!dummy_hash[0] && password_hash("not-a-real-account-password", dummy_hash) != 0)
        return false;
    password_verify(dummy_hash, password);
    return false;
}

static const char *lock_message(struct request *req, long long locked_until)
{
    time_t t = (time_t)locked_until + 8 * 3600;   /* shown in Beijing time */
    struct tm tm;
    gmtime_r(&t, &tm);
    return arena_printf(req->arena, "由于连续%d次登录失败，该账户已被临时锁定。请于 %02d:%02d 之后再试，"
                        "或联系系统管理员解锁。", LOCKOUT_FAILURES, tm.tm_hour, tm.tm_min);
}

/* Counts a failure; returns the new locked_until (0 when not locked). */
static long long record_failure(struct request *req, const struct account *a, long long now)
{
    long long failures = a->failed_logins + 1;
    long long locked_until = failures >= LOCKOUT_FAILURES ? now + LOCKOUT_SECONDS : 0;
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "UPDATE users SET failed_logins = ?2, locked_until = ?3 WHERE id = ?1");
    sqlite3_bind_int64(st, 1, a->id);
    sqlite3_bind_int64(st, 2, locked_until ? 0 : failures);
    sqlite3_bind_int64(st, 3, locked_until);
    sqlite3_step(st);
    sqlite3_reset(st);
    return locked_until;
}

static int login_failed(struct request *req, struct form *form, const struct account *a, const char *name)
{
    long long now = (long long)time(NULL);
    sqlite3 *db = req->app->private_db;
    long long locked_until = 0;
    if (db_begin(db, "login failure") != SQLITE_OK)
        return 503;
    rate_limit_exceeded(req, db, "login", LOGIN_RATE_LIMIT, LOGIN_RATE_WINDOW);   /* counts it */
    if (a)
        locked_until = record_failure(req, a, now);
    audit(req, "login.failure", name, locked_until ? "wrong password; account locked for 15 minutes"
                                                   : a ? "wrong password or inactive account"
                                                       : "unknown user name");
    db_commit(db);
    return render_login(req, form, NULL, locked_until ? lock_message(req, locked_until)
                                                      : "用户名或密码错误。");
}

static int login_refused_locked(struct request *req, struct form *form, const struct account *a)
{
    audit(req, "login.locked", a->name, "attempt while locked; password not checked");
    return render_login(req, form, NULL, lock_message(req, a->locked_until));
}

/* ---- success: a new session --------------------------------------------- */

static int session_create(struct request *req, const struct account *a, char token[SESSION_TOKEN_HEX + 1])
{
    char hash[65], csrf_hash[65];
    random_hex(token, SESSION_TOKEN_BYTES);
    sha256_hex(token, strlen(token), hash);
    const char *csrf = csrf_rotate(req, "/admin");
    sha256_hex(csrf, strlen(csrf), csrf_hash);
    long long now = (long long)time(NULL);
    sqlite3 *db = req->app->private_db;
    sqlite3_stmt *st = db_stmt(db, "DELETE FROM sessions WHERE last_seen < ?1 OR created_at < ?2");
    sqlite3_bind_int64(st, 1, now - SESSION_IDLE_SECONDS);
    sqlite3_bind_int64(st, 2, now - SESSION_ABSOLUTE_SECONDS);
    sqlite3_step(st);
    sqlite3_reset(st);
    st = db_stmt(db, "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen) "
                     "VALUES (?1, ?2, ?3, ?4, ?4)");
    sqlite3_bind_text(st, 1, hash, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, a->id);
    sqlite3_bind_text(st, 3, csrf_hash, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 4, now);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

static void reset_failures(struct request *req, long long user_id)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = ?1");
    sqlite3_bind_int64(st, 1, user_id);
    sqlite3_step(st);
    sqlite3_reset(st);
}

static int login_succeeded(struct request *req, const struct account *a, const char *next)
{
    sqlite3 *db = req->app->private_db;
    char token[SESSION_TOKEN_HEX + 1];
    if (db_begin(db, "login success") != SQLITE_OK)
        return 503;
    reset_failures(req, a->id);
    if (session_create(req, a, token) != 0) {
        db_rollback(db);
        return 500;
    }
    struct staff who = { .id = a->id, .name = a->name, .display_name = a->name };
    req->user = &who;
    audit(req, "login.success", a->name, "");
    req->user = NULL;
    /* The per-client window is not cleared here: a staff member's own login
     * must not reset the count of guesses made at other accounts. */
    if (db_commit(db) != SQLITE_OK)
        return 500;
    resp_set_cookie(req, arena_printf(req->arena, "%s=%s; Path=%s/admin; HttpOnly; SameSite=Strict%s",
                                      SESSION_COOKIE, token, req->base, req->https ? "; Secure" : ""));
    /* A one-time password goes straight to the form that replaces it. */
    resp_redirect(req, 303, a->must_change_password ? "/admin/password" : safe_next(next));
    return 303;
}

int admin_login_submit(struct request *req)
{
    /* Failures are what is counted (in login_failed): a staff member's own
     * successful logins neither use up nor reset the client's allowance. */
    if (rate_limit_reached(req, req->app->private_db, "login", LOGIN_RATE_LIMIT, LOGIN_RATE_WINDOW))
        return resp_error(req, 429, "登录尝试过于频繁，请15分钟后再试。");
    struct form form;
    form_read(req, login_fields, LOGIN_FIELD_COUNT, false, &form);
    if (form.error_count)
        return render_login(req, &form, NULL, NULL);
    const char *name = form_value(&form, "name");
    struct account a;
    bool found = account_find(req, name, &a);
    bool ok = verify_password(found ? &a : NULL, form_value(&form, "password"));
    /* Checked after the hash so a locked account answers no faster than any other. */
    if (found && a.locked_until > (long long)time(NULL))
        return login_refused_locked(req, &form, &a);
    if (!ok || !a.active)
        return login_failed(req, &form, found ? &a : NULL, name);
    return login_succeeded(req, &a, form_value(&form, "next"));
}

int admin_logout(struct request *req)
{
    const struct staff *s = current_staff(req);
    audit(req, "logout", s->name, "");
    session_delete(req, s->session_hash);
    resp_redirect(req, 303, "/admin/login?logged_out=1");
    return 303;
}

/* ---- password change ----------------------------------------------------- */

static const struct field password_fields[] = {
    { .name = "current", .label = "当前密码", .kind = FIELD_PASSWORD, .max_chars = 200, .required = true },
    { .name = "new_password", .label = "新密码", .kind = FIELD_PASSWORD, .max_chars = 200, .required = true },
    { .name = "confirm", .label = "再次输入新密码", .kind = FIELD_PASSWORD, .max_chars = 200, .required = true },
};
enum { PASSWORD_FIELD_COUNT = sizeof password_fields / sizeof password_fields[0] };

static int render_password(struct request *req, struct form *form)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "修改密码", "admin/password.tpl");
    if (form)
        form_to_dict(form, d);
    if (!form && params_get(&req->query, "done"))
        tmpl_show(d, "done");
    if (current_staff(req)->must_change_password)
        tmpl_show(d, "must_change");
    tmpl_set_int(d, "min_chars", PASSWORD_MIN_CHARS);
    return page_render(&page);
}

int admin_password_page(struct request *req)
{
    return render_password(req, NULL);
}

/* Checks across fields: the current password, then the policy (length, the
 * user name, the current password, libpwquality), then the confirmation. */
static void check_new_password(struct request *req, struct form *form)
{
    const struct staff *s = current_staff(req);
    struct account a;
    const char *fresh = form_value(form, "new_password");
    if (!account_find(req, s->name, &a) || !password_verify(a.password_hash, form_value(form, "current")))
        form_set_error(form, "current", "当前密码不正确。");
    const char *problem = password_problem(fresh, s->name, form_value(form, "current"));
    if (problem)
        form_set_error(form, "new_password", problem);
    if (strcmp(fresh, form_value(form, "confirm")) != 0)
        form_set_error(form, "confirm", "两次输入的新密码不一致。");
}

/* Stores the new hash and ends every other session of this user. */
static int store_new_password(struct request *req, const char *password)
{
    const struct staff *s = current_staff(req);
    char hash[PASSWORD_HASH_MAX];
    if (password_hash(password, hash) != 0)
        return 500;
    sqlite3 *db = req->app->private_db;
    if (db_begin(db, "password change") != SQLITE_OK)
        return 503;
    sqlite3_stmt *st = db_stmt(db, "UPDATE users SET password_hash = ?2, must_change_password = 0, "
                                   "password_changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1");
    sqlite3_bind_int64(st, 1, s->id);
    sqlite3_bind_text(st, 2, hash, -1, SQLITE_TRANSIENT);
    sqlite3_step(st);
    sqlite3_reset(st);
    st = db_stmt(db, "DELETE FROM sessions WHERE user_id = ?1 AND token_hash <> ?2");
    sqlite3_bind_int64(st, 1, s->id);
    sqlite3_bind_text(st, 2, s->session_hash, -1, SQLITE_TRANSIENT);
    sqlite3_step(st);
    int ended = sqlite3_changes(db);
    sqlite3_reset(st);
    audit(req, "user.password", arena_printf(req->arena, "user:%s", s->name),
          arena_printf(req->arena, "password changed by the user; %d other session(s) ended", ended));
    return db_commit(db) == SQLITE_OK ? 0 : 500;
}

int admin_password_submit(struct request *req)
{
    struct form form;
    form_read(req, password_fields, PASSWORD_FIELD_COUNT, false, &form);
    if (!form.error_count)
        check_new_password(req, &form);
    if (form.error_count)
        return render_password(req, &form);
    int rc = store_new_password(req, form_value(&form, "new_password"));
    if (rc)
        return rc;
    resp_redirect(req, 303, "/admin/password?done=1");
    return 303;
}
