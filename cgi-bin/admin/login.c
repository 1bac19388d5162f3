/* Staff sign-in, sign-out and password change: argon2id verification, failed
 * logins throttled per (client, name) and slowed per client (no lockout that a
 * stranger could trigger), the same answer for every name, a new hashed session
 * token at every login, and an audit row for each attempt. */
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

/* Failed logins are counted in two windows of 15 minutes (rate_limits in
 * private.db, keyed hashes: no address or name is stored):
 * - per (client, name): after NAME_FAILURES the name is refused from that
 *   client, right password or not, until the window ends: guessing one
 *   account's password is 5 tries per 15 minutes per address. Other
 *   addresses, the account's owner among them, are not affected.
 * - per client, over all names: past CLIENT_FAILURES every further attempt
 *   from it waits a second more (up to CLIENT_DELAY_MAX) before the password
 *   is checked, which slows trying one password against many names, but a
 *   right password still signs in: a colleague's typos behind the same NAT
 *   do not lock anyone out.
 * A success clears only its own (client, name) count. Unknown names are
 * counted, hashed and answered exactly like known ones. */
enum {
    LOGIN_WINDOW = 15 * 60,
    NAME_FAILURES = 5,
    CLIENT_FAILURES = 20,
    CLIENT_DELAY_MAX = 3,
};
#define LOGIN_NAME_BUCKET "login-name"
#define LOGIN_CLIENT_BUCKET "login"

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
    bool must_change_password;
};

static bool account_find(struct request *req, const char *name, struct account *a)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT id, name, password_hash, active, must_change_password "
        "FROM users WHERE name = ?1");
    sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        a->id = db_int(st, 0);
        a->name = db_text(req->arena, st, 1);
        a->password_hash = db_text(req->arena, st, 2);
        a->active = db_int(st, 3) != 0;
        a->must_change_password = db_int(st, 4) != 0;
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

static int login_failed(struct request *req, struct form *form, const struct account *a, const char *name)
{
    sqlite3 *db = req->app->private_db;
    if (db_begin(db, "login failure") != SQLITE_OK)
        return 503;
    rate_limit_add(db, LOGIN_CLIENT_BUCKET, client_key(req), LOGIN_WINDOW);
    rate_limit_add(db, LOGIN_NAME_BUCKET, client_name_key(req, name), LOGIN_WINDOW);
    audit(req, "login.failure", name, a ? "wrong password or inactive account" : "unknown user name");
    db_commit(db);
    return render_login(req, form, NULL, "用户名或密码错误。");
}

/* The same answer for a known and an unknown name: it says nothing of either. */
static int login_refused_throttled(struct request *req, const char *name)
{
    audit(req, "login.throttled", name, "too many failures for this name from this client; password not checked");
    return resp_error(req, 429, "使用该用户名的登录失败次数过多，请15分钟后再试。"
                                "如忘记密码，请联系平台管理员重置。");
}

/* Past CLIENT_FAILURES failures from this client, waits before the check. */
static void slow_down_busy_client(struct request *req)
{
    int over = rate_limit_count(req->app->private_db, LOGIN_CLIENT_BUCKET, client_key(req), LOGIN_WINDOW)
             - CLIENT_FAILURES;
    if (over < 0)
        return;
    int seconds = over + 1 < CLIENT_DELAY_MAX ? over + 1 : CLIENT_DELAY_MAX;
    log_event(LOG_WARN, "login_slowed", "seconds=%d", seconds);
    nanosleep(&(struct timespec){ seconds, 0 }, NULL);
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

static int login_succeeded(struct request *req, const struct account *a, const char *next)
{
    sqlite3 *db = req->app->private_db;
    char token[SESSION_TOKEN_HEX + 1];
    if (db_begin(db, "login success") != SQLITE_OK)
        return 503;
    rate_limit_clear(db, LOGIN_NAME_BUCKET, client_name_key(req, a->name));
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
    struct form form;
    form_read(req, login_fields, LOGIN_FIELD_COUNT, false, &form);
    if (form.error_count)
        return render_login(req, &form, NULL, NULL);
    const char *name = form_value(&form, "name");
    if (rate_limit_count(req->app->private_db, LOGIN_NAME_BUCKET, client_name_key(req, name), LOGIN_WINDOW)
        >= NAME_FAILURES)
        return login_refused_throttled(req, name);
    slow_down_busy_client(req);
    struct account a;
    bool found = account_find(req, name, &a);
    bool ok = verify_password(found ? &a : NULL, form_value(&form, "password"));
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
