/* /admin/users (系统管理员): list staff accounts, create them, edit display
 * name and roles, deactivate or reactivate, unlock and reset passwords.
 * Every change leaves an audit row with a before -> after summary. */
#include <string.h>
#include <time.h>

#include "admin.h"
#include "app.h"
#include "crypto.h"
#include "db.h"
#include "form.h"
#include "staff.h"
#include "tmpl.h"
#include "validate.h"

enum { PASSWORD_MIN_CHARS = 10 };

static const struct field user_fields[] = {
    { .name = "name", .label = "用户名", .kind = FIELD_TEXT, .max_chars = 32, .required = true },
    { .name = "display_name", .label = "姓名（显示名称）", .kind = FIELD_TEXT, .max_chars = 32, .required = true },
    { .name = "role_admin", .label = "系统管理员", .kind = FIELD_CHECKBOX },
    { .name = "role_editor", .label = "信息编辑", .kind = FIELD_CHECKBOX },
    { .name = "role_reviewer", .label = "审核人", .kind = FIELD_CHECKBOX },
    { .name = "role_handler", .label = "经办人", .kind = FIELD_CHECKBOX },
    { .name = "password", .label = "初始密码", .kind = FIELD_PASSWORD, .max_chars = 200, .required = true },
};
enum { USER_FIELD_COUNT = sizeof user_fields / sizeof user_fields[0] };
/* The edit form is the same without the name and the password. */
static const struct field *const edit_fields = user_fields + 1;
enum { EDIT_FIELD_COUNT = USER_FIELD_COUNT - 2 };

static const struct field reset_fields[] = {
    { .name = "password", .label = "新密码", .kind = FIELD_PASSWORD, .max_chars = 200, .required = true },
};

struct user_row {
    long long id;
    const char *name, *display_name;
    bool active;
    long long locked_until;
    unsigned roles;
};

static bool user_load(struct request *req, long long id, struct user_row *u)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT id, name, display_name, active, locked_until FROM users WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        u->id = db_int(st, 0);
        u->name = db_text(req->arena, st, 1);
        u->display_name = db_text(req->arena, st, 2);
        u->active = db_int(st, 3) != 0;
        u->locked_until = db_int(st, 4);
    }
    sqlite3_reset(st);
    if (found)
        u->roles = staff_load_roles(req->app->private_db, id);
    return found;
}

static const char *time_label(struct request *req, long long unix_time)
{
    time_t t = (time_t)unix_time + 8 * 3600;   /* shown in Beijing time */
    struct tm tm;
    gmtime_r(&t, &tm);
    return arena_printf(req->arena, "%04d-%02d-%02d %02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                        tm.tm_mday, tm.tm_hour, tm.tm_min);
}

static void set_user_values(struct tmpl_dict *row, struct request *req, const struct user_row *u)
{
    tmpl_set_int(row, "id", u->id);
    tmpl_set(row, "name", u->name);
    tmpl_set(row, "display_name", u->display_name);
    tmpl_set(row, "roles", staff_roles_text(req->arena, u->roles, true));
    tmpl_show(row, u->active ? "active" : "inactive");
    if (u->locked_until > (long long)time(NULL))
        tmpl_set(tmpl_add_section(row, "locked"), "until", time_label(req, u->locked_until));
}

/* ---- the list -------------------------------------------------------------- */

int admin_users_page(struct request *req)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "用户管理", "admin/users.tpl");
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT id FROM users ORDER BY active DESC, name");
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct user_row u;
        long long id = db_int(st, 0);
        if (user_load(req, id, &u))
            set_user_values(tmpl_add_section(d, "user"), req, &u);
    }
    sqlite3_reset(st);
    const char *done = params_get(&req->query, "done");
    if (done && strcmp(done, "created") == 0)
        tmpl_show(d, "created");
    return page_render(&page);
}

/* ---- create ---------------------------------------------------------------- */

static unsigned roles_from_form(const struct form *form)
{
    unsigned roles = 0;
    for (int i = 0; staff_role_code(i); i++)
        if (strcmp(form_value(form, arena_printf(form->arena, "role_%s", staff_role_code(i))), "1") == 0)
            roles |= staff_role_bit(i);
    return roles;
}

/* User names are short ASCII words: they appear in URLs-free places only, but
 * they are typed at every login. */
static bool user_name_valid(const char *name)
{
    size_t len = strlen(name);
    if (len < 2 || len > 32)
        return false;
    for (const char *p = name; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || strchr("._-", *p)))
            return false;
    return true;
}

static bool user_name_taken(struct request *req, const char *name)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db, "SELECT 1 FROM users WHERE name = ?1");
    sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
    bool taken = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_reset(st);
    return taken;
}

/* The rules every new password follows (also used by the reset form). */
static const char *password_problem(const char *password, const char *user_name)
{
    if (utf8_length(password, strlen(password)) < PASSWORD_MIN_CHARS)
        return "密码至少需要10个字符。";
    if (strcmp(password, user_name) == 0)
        return "密码不能与用户名相同。";
    return NULL;
}

static void check_new_user(struct request *req, struct form *form)
{
    const char *name = form_value(form, "name");
    if (!user_name_valid(name))
        form_set_error(form, "name", "用户名只能使用2至32个小写字母、数字、点、下划线或连字符。");
    else if (user_name_taken(req, name))
        form_set_error(form, "name", "该用户名已被使用。");
    if (!roles_from_form(form))
        form_set_error(form, "role_admin", "请至少选择一个角色。");
    const char *problem = password_problem(form_value(form, "password"), name);
    if (problem)
        form_set_error(form, "password", problem);
}

static int render_user_form(struct request *req, struct form *form, const struct user_row *u)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, u ? "编辑用户" : "新建用户", "admin/user_form.tpl");
    if (form)
        form_to_dict(form, d);
    if (u) {
        struct tmpl_dict *edit = tmpl_add_section(d, "edit");
        set_user_values(edit, req, u);
        tmpl_set_int(d, "id", u->id);
        tmpl_set(d, "name", u->name);
        if (!form) {
            tmpl_set(d, "display_name", u->display_name);
            for (int i = 0; staff_role_code(i); i++)
                if (u->roles & staff_role_bit(i))
                    tmpl_show(d, arena_printf(req->arena, "role_%s_checked", staff_role_code(i)));
        }
        const char *done = params_get(&req->query, "done");
        if (done)
            tmpl_set(tmpl_add_section(d, "done"), "what", strcmp(done, "password") == 0 ? "密码已重置，该用户的登录已全部退出。"
                                                         : strcmp(done, "unlock") == 0 ? "账户已解锁。"
                                                         : strcmp(done, "active") == 0 ? "账户状态已更改。"
                                                         : "已保存。");
    } else {
        tmpl_show(d, "create");
    }
    tmpl_set_int(d, "min_chars", PASSWORD_MIN_CHARS);
    return page_render(&page);
}

int admin_user_new_page(struct request *req)
{
    return render_user_form(req, NULL, NULL);
}

static int insert_roles(sqlite3 *db, long long user_id, unsigned roles)
{
    sqlite3_stmt *st = db_stmt(db, "DELETE FROM user_roles WHERE user_id = ?1");
    sqlite3_bind_int64(st, 1, user_id);
    sqlite3_step(st);
    sqlite3_reset(st);
    for (int i = 0; staff_role_code(i); i++) {
        if (!(roles & staff_role_bit(i)))
            continue;
        st = db_stmt(db, "INSERT INTO user_roles (user_id, role) VALUES (?1, ?2)");
        sqlite3_bind_int64(st, 1, user_id);
        sqlite3_bind_text(st, 2, staff_role_code(i), -1, SQLITE_STATIC);
        int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            return -1;
    }
    return 0;
}

static int insert_user(struct request *req, const struct form *form, long long *id)
{
    char hash[PASSWORD_HASH_MAX];
    if (password_hash(form_value(form, "password"), hash) != 0)
        return -1;
    sqlite3 *db = req->app->private_db;
    sqlite3_stmt *st = db_stmt(db, "INSERT INTO users (name, display_name, password_hash) VALUES (?1, ?2, ?3)");
    sqlite3_bind_text(st, 1, form_value(form, "name"), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, form_value(form, "display_name"), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, hash, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    *id = sqlite3_last_insert_rowid(db);
    return rc == SQLITE_DONE ? insert_roles(db, *id, roles_from_form(form)) : -1;
}

int admin_user_create(struct request *req)
{
    struct form form;
    form_read(req, user_fields, USER_FIELD_COUNT, false, &form);
    if (!form.error_count)
        check_new_user(req, &form);
    if (form.error_count)
        return render_user_form(req, &form, NULL);
    sqlite3 *db = req->app->private_db;
    long long id;
    if (db_begin(db, "user create") != SQLITE_OK)
        return 503;
    if (insert_user(req, &form, &id) != 0) {
        db_rollback(db);
        return 500;
    }
    audit(req, "user.create", arena_printf(req->arena, "user:%s", form_value(&form, "name")),
          arena_printf(req->arena, "created; roles: %s", staff_roles_text(req->arena, roles_from_form(&form), false)));
    if (db_commit(db) != SQLITE_OK)
        return 500;
    resp_redirect(req, 303, "/admin/users?done=created");
    return 303;
}

/* ---- edit -------------------------------------------------------------------- */

int admin_user_edit_page(struct request *req)
{
    struct user_row u;
    if (!user_load(req, req->path_ids[0], &u))
        return 404;
    return render_user_form(req, NULL, &u);
}

static const char *change_summary(struct request *req, const struct user_row *u, const char *display_name,
                                  unsigned roles)
{
    struct buf b;
    buf_init(&b, req->arena);
    if (roles != u->roles)
        buf_printf(&b, "roles: %s -> %s", staff_roles_text(req->arena, u->roles, false),
                   staff_roles_text(req->arena, roles, false));
    if (strcmp(display_name, u->display_name) != 0)
        buf_printf(&b, "%sdisplay name: %s -> %s", b.len ? "; " : "", u->display_name, display_name);
    return b.len ? b.data : "no change";
}

/* An administrator cannot take the admin role from themselves: the last
 * admin would otherwise be able to lock everybody out of user management. */
static void check_edit(struct request *req, struct form *form, const struct user_row *u)
{
    unsigned roles = roles_from_form(form);
    if (!roles)
        form_set_error(form, "role_admin", "请至少选择一个角色。");
    else if (u->id == current_staff(req)->id && !(roles & ROLE_ADMIN))
        form_set_error(form, "role_admin", "不能取消您自己的系统管理员角色。");
}

static int store_edit(struct request *req, const struct user_row *u, const char *display_name, unsigned roles)
{
    sqlite3 *db = req->app->private_db;
    const char *summary = change_summary(req, u, display_name, roles);
    if (db_begin(db, "user edit") != SQLITE_OK)
        return 503;
    sqlite3_stmt *st = db_stmt(db, "UPDATE users SET display_name = ?2 WHERE id = ?1");
    sqlite3_bind_int64(st, 1, u->id);
    sqlite3_bind_text(st, 2, display_name, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE || insert_roles(db, u->id, roles) != 0) {
        db_rollback(db);
        return 500;
    }
    audit(req, "user.edit", arena_printf(req->arena, "user:%s", u->name), summary);
    return db_commit(db) == SQLITE_OK ? 0 : 500;
}

int admin_user_update(struct request *req)
{
    struct user_row u;
    if (!user_load(req, req->path_ids[0], &u))
        return 404;
    struct form form;
    form_read(req, edit_fields, EDIT_FIELD_COUNT, false, &form);
    if (!form.error_count)
        check_edit(req, &form, &u);
    if (form.error_count)
        return render_user_form(req, &form, &u);
    int rc = store_edit(req, &u, form_value(&form, "display_name"), roles_from_form(&form));
    if (rc)
        return rc;
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/users/%lld?done=saved", u.id));
    return 303;
}

/* ---- actions: active, unlock, password ------------------------------------------ */

static void end_sessions(sqlite3 *db, long long user_id)
{
    sqlite3_stmt *st = db_stmt(db, "DELETE FROM sessions WHERE user_id = ?1");
    sqlite3_bind_int64(st, 1, user_id);
    sqlite3_step(st);
    sqlite3_reset(st);
}

static int toggle_active(struct request *req, const struct user_row *u)
{
    if (u->id == current_staff(req)->id)
        return resp_error(req, 400, "不能停用您自己的账户。");
    sqlite3 *db = req->app->private_db;
    sqlite3_stmt *st = db_stmt(db, "UPDATE users SET active = ?2 WHERE id = ?1");
    sqlite3_bind_int64(st, 1, u->id);
    sqlite3_bind_int(st, 2, !u->active);
    sqlite3_step(st);
    sqlite3_reset(st);
    if (u->active)
        end_sessions(db, u->id);
    audit(req, u->active ? "user.deactivate" : "user.reactivate", arena_printf(req->arena, "user:%s", u->name),
          u->active ? "active: yes -> no; sessions ended" : "active: no -> yes");
    return 0;
}

static int unlock(struct request *req, const struct user_row *u)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
                               "UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = ?1");
    sqlite3_bind_int64(st, 1, u->id);
    sqlite3_step(st);
    sqlite3_reset(st);
    audit(req, "user.unlock", arena_printf(req->arena, "user:%s", u->name),
          u->locked_until > (long long)time(NULL) ? "locked -> unlocked" : "was not locked; failure count reset");
    return 0;
}

static int reset_password(struct request *req, const struct user_row *u)
{
    struct form form;
    form_read(req, reset_fields, 1, false, &form);
    const char *problem = form.error_count ? form.errors[0] : password_problem(form.values[0], u->name);
    if (problem)
        return resp_error(req, 400, arena_printf(req->arena, "密码未重置：%s请返回上一页重新输入。", problem));
    char hash[PASSWORD_HASH_MAX];
    if (password_hash(form.values[0], hash) != 0)
        return 500;
    sqlite3 *db = req->app->private_db;
    sqlite3_stmt *st = db_stmt(db, "UPDATE users SET password_hash = ?2, failed_logins = 0, locked_until = 0, "
                                   "password_changed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1");
    sqlite3_bind_int64(st, 1, u->id);
    sqlite3_bind_text(st, 2, hash, -1, SQLITE_TRANSIENT);
    sqlite3_step(st);
    sqlite3_reset(st);
    end_sessions(db, u->id);
    audit(req, "user.password_reset", arena_printf(req->arena, "user:%s", u->name),
          "password reset by an administrator; sessions ended");
    return 0;
}

int admin_user_action(struct request *req)
{
    struct user_row u;
    if (!user_load(req, req->path_ids[0], &u))
        return 404;
    const char *action = req->path_args[1];
    int (*apply)(struct request *, const struct user_row *) =
        strcmp(action, "active") == 0 ? toggle_active
        : strcmp(action, "unlock") == 0 ? unlock
        : strcmp(action, "password") == 0 ? reset_password : NULL;
    if (!apply)
        return 404;
    sqlite3 *db = req->app->private_db;
    if (db_begin(db, "user action") != SQLITE_OK)
        return 503;
    int rc = apply(req, &u);
    if (rc) {
        db_rollback(db);
        return rc;
    }
    if (db_commit(db) != SQLITE_OK)
        return 500;
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/users/%lld?done=%s", u.id, action));
    return 303;
}
