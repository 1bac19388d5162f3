/* /admin/users (平台管理员): list staff accounts, create them with roles in
 * one agency, edit the display name and the roles per agency (a matrix of
 * agencies × 信息编辑/审核人/经办人, plus 平台管理员), deactivate or
 * reactivate and reset passwords (there is no account lockout to undo: see
 * login.c). Every change leaves an audit row
 * with a before -> after summary. */
#include <string.h>

#include "admin.h"
#include "agency.h"
#include "app.h"
#include "content.h"
#include "crypto.h"
#include "db.h"
#include "form.h"
#include "password_policy.h"
#include "staff.h"
#include "tmpl.h"
#include "validate.h"

enum { AGENCY_ROLE_FIRST = 1 };   /* staff_role_code(1..4): the agency roles */

/* The create form: the person, 平台管理员, and roles in one chosen agency. */
static const struct field user_fields[] = {
    { .name = "name", .label = "用户名", .kind = FIELD_TEXT, .max_chars = 32, .required = true },
    { .name = "display_name", .label = "姓名（显示名称）", .kind = FIELD_TEXT, .max_chars = 32, .required = true },
    { .name = "role_admin", .label = "平台管理员", .kind = FIELD_CHECKBOX },
    { .name = "agency_id", .label = "所在机关", .kind = FIELD_UINT },
    { .name = "role_editor", .label = "信息编辑", .kind = FIELD_CHECKBOX },
    { .name = "role_reviewer", .label = "审核人", .kind = FIELD_CHECKBOX },
    { .name = "role_signer", .label = "审签人", .kind = FIELD_CHECKBOX },
    { .name = "role_handler", .label = "经办人", .kind = FIELD_CHECKBOX },
    { .name = "password", .label = "初始密码", .kind = FIELD_PASSWORD, .max_chars = 200, .required = true },
};
enum { USER_FIELD_COUNT = sizeof user_fields / sizeof user_fields[0] };
/* The edit form: the display name and 平台管理员; the agency roles come from the matrix. */
static const struct field edit_fields[] = {
    { .name = "display_name", .label = "姓名（显示名称）", .kind = FIELD_TEXT, .max_chars = 32, .required = true },
    { .name = "role_admin", .label = "平台管理员", .kind = FIELD_CHECKBOX },
};
enum { EDIT_FIELD_COUNT = sizeof edit_fields / sizeof edit_fields[0] };

/* The address the daily digest of applications goes to (issue 13); "" for none. */
static const struct field email_fields[] = {
    { .name = "email", .label = "电子邮箱", .kind = FIELD_EMAIL, .max_chars = 254 },
};

static const struct field reset_fields[] = {
    { .name = "password", .label = "新密码", .kind = FIELD_PASSWORD, .max_chars = 200, .required = true },
};

/* What a user may do: 平台管理员 (platform-wide) and the roles held in each agency. */
struct grant {
    long long agency_id;
    unsigned roles;
};

struct grants {
    bool admin;
    struct grant *items;
    size_t count, cap;
};

struct user_row {
    long long id;
    const char *name, *display_name, *email;
    bool active;
    struct grants grants;
};

static void grants_add(struct request *req, struct grants *g, long long agency_id, unsigned role)
{
    for (size_t i = 0; i < g->count; i++)
        if (g->items[i].agency_id == agency_id) {
            g->items[i].roles |= role;
            return;
        }
    g->items = arena_array_reserve(req->arena, g->items, g->count, &g->cap, sizeof *g->items, 8);
    g->items[g->count++] = (struct grant){ agency_id, role };
}

static unsigned grants_in(const struct grants *g, long long agency_id)
{
    for (size_t i = 0; i < g->count; i++)
        if (g->items[i].agency_id == agency_id)
            return g->items[i].roles;
    return 0;
}

static bool grants_empty(const struct grants *g)
{
    if (g->admin)
        return false;
    for (size_t i = 0; i < g->count; i++)
        if (g->items[i].roles)
            return false;
    return true;
}

static void grants_load(struct request *req, long long user_id, struct grants *g)
{
    *g = (struct grants){ .admin = staff_load_roles(req->app->private_db, user_id) & ROLE_ADMIN };
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT agency_id, role FROM user_agency_roles WHERE user_id = ?1 ORDER BY agency_id");
    sqlite3_bind_int64(st, 1, user_id);
    while (sqlite3_step(st) == SQLITE_ROW)
        grants_add(req, g, db_int(st, 0), staff_role_from_code((const char *)sqlite3_column_text(st, 1)));
    sqlite3_reset(st);
}

/* The platform's agencies in the order of the registry (for the matrix and the select). */
static sqlite3_stmt *registry_stmt(struct request *req)
{
    return db_stmt(req->app->content_db,
        "SELECT id, name, coalesce(code, '') FROM agencies WHERE parent_id IS NULL "
        "ORDER BY CASE level WHEN 'government' THEN 0 WHEN 'department' THEN 1 ELSE 2 END, sort, id");
}

/* "admin; mzj: editor,reviewer" (codes, for the audit log) or
 * "平台管理员；宁国市民政局：信息编辑、审核人" (labels), in the arena. */
static const char *grants_text(struct request *req, const struct grants *g, bool labels)
{
    struct buf b;
    buf_init(&b, req->arena);
    if (g->admin)
        buf_puts(&b, labels ? "平台管理员" : "admin");
    for (size_t i = 0; i < g->count; i++) {
        struct agency a;
        if (!g->items[i].roles || !agency_by_id(req, g->items[i].agency_id, &a))
            continue;
        buf_printf(&b, "%s%s%s%s", b.len ? (labels ? "；" : "; ") : "", labels ? a.name : a.code,
                   labels ? "：" : ": ", staff_roles_text(req->arena, g->items[i].roles, labels));
    }
    return b.len ? b.data : (labels ? "无" : "none");
}

static bool user_load(struct request *req, long long id, struct user_row *u)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT id, name, display_name, active, email FROM users WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        u->id = db_int(st, 0);
        u->name = db_text(req->arena, st, 1);
        u->display_name = db_text(req->arena, st, 2);
        u->active = db_int(st, 3) != 0;
        u->email = db_text(req->arena, st, 4);
    }
    sqlite3_reset(st);
    if (found)
        grants_load(req, id, &u->grants);
    return found;
}

static void set_user_values(struct tmpl_dict *row, struct request *req, const struct user_row *u)
{
    tmpl_set_int(row, "id", u->id);
    tmpl_set(row, "name", u->name);
    tmpl_set(row, "display_name", u->display_name);
    tmpl_set(row, "roles", grants_text(req, &u->grants, true));
    tmpl_show(row, u->active ? "active" : "inactive");
}

/* ---- the list -------------------------------------------------------------- */

/* The agency filter: users holding any role in it (0: everyone). */
static long long list_filter(struct request *req, struct tmpl_dict *d)
{
    long long agency = 0;
    const char *v = params_get(&req->query, "agency");
    if (v && !positive_id_parse(v, strlen(v), &agency))
        agency = 0;
    sqlite3_stmt *st = registry_stmt(req);
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *opt = tmpl_add_section(d, "filter_options");
        tmpl_set_int(opt, "value", db_int(st, 0));
        tmpl_set(opt, "label", (const char *)sqlite3_column_text(st, 1));
        if (db_int(st, 0) == agency)
            tmpl_show(opt, "selected");
    }
    sqlite3_reset(st);
    return agency;
}

int admin_users_page(struct request *req)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "用户管理", "admin/users.tpl");
    long long agency = list_filter(req, d);
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT id FROM users WHERE ?1 = 0 OR id IN (SELECT user_id FROM user_agency_roles WHERE agency_id = ?1) "
        "ORDER BY active DESC, name");
    sqlite3_bind_int64(st, 1, agency);
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

/* ---- the role matrix ----------------------------------------------------------- */

/* "r_200_editor": the matrix checkbox of ROLE_INDEX in AGENCY_ID. */
static const char *matrix_field(struct request *req, long long agency_id, int role_index)
{
    return arena_printf(req->arena, "r_%lld_%s", agency_id, staff_role_code(role_index));
}

/* The agency roles ticked in the matrix of the edit form. */
static void grants_from_matrix(struct request *req, struct grants *g)
{
    sqlite3_stmt *st = registry_stmt(req);
    while (sqlite3_step(st) == SQLITE_ROW) {
        long long id = db_int(st, 0);
        for (int i = AGENCY_ROLE_FIRST; staff_role_code(i); i++) {
            const char *v = params_get(&req->form, matrix_field(req, id, i));
            if (v && strcmp(v, "1") == 0)
                grants_add(req, g, id, staff_role_bit(i));
        }
    }
    sqlite3_reset(st);
}

static void add_matrix(struct request *req, struct tmpl_dict *d, const struct grants *g)
{
    for (int i = AGENCY_ROLE_FIRST; staff_role_code(i); i++)
        tmpl_set(tmpl_add_section(d, "matrix_head"), "label", staff_role_label(i));
    sqlite3_stmt *st = registry_stmt(req);
    while (sqlite3_step(st) == SQLITE_ROW) {
        long long id = db_int(st, 0);
        struct tmpl_dict *row = tmpl_add_section(d, "matrix_row");
        tmpl_set(row, "agency_name", (const char *)sqlite3_column_text(st, 1));
        tmpl_set(row, "agency_code", (const char *)sqlite3_column_text(st, 2));
        unsigned held = grants_in(g, id);
        for (int i = AGENCY_ROLE_FIRST; staff_role_code(i); i++) {
            struct tmpl_dict *cell = tmpl_add_section(row, "cell");
            tmpl_set(cell, "field", matrix_field(req, id, i));
            tmpl_set(cell, "label", staff_role_label(i));
            if (held & staff_role_bit(i))
                tmpl_show(cell, "checked");
        }
    }
    sqlite3_reset(st);
}

static void add_agency_choice(struct request *req, struct tmpl_dict *d, long long selected)
{
    sqlite3_stmt *st = registry_stmt(req);
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *opt = tmpl_add_section(d, "agency_options");
        tmpl_set_int(opt, "value", db_int(st, 0));
        tmpl_set(opt, "label", (const char *)sqlite3_column_text(st, 1));
        if (db_int(st, 0) == selected)
            tmpl_show(opt, "selected");
    }
    sqlite3_reset(st);
}

/* ---- create ---------------------------------------------------------------- */

/* The roles of the create form: 平台管理员 and the ticked roles in the chosen agency. */
static void grants_from_create_form(struct request *req, const struct form *form, struct grants *g)
{
    *g = (struct grants){ .admin = strcmp(form_value(form, "role_admin"), "1") == 0 };
    long long agency = 0;
    const char *v = form_value(form, "agency_id");
    positive_id_parse(v, strlen(v), &agency);
    for (int i = AGENCY_ROLE_FIRST; staff_role_code(i) && agency; i++)
        if (strcmp(form_value(form, arena_printf(req->arena, "role_%s", staff_role_code(i))), "1") == 0)
            grants_add(req, g, agency, staff_role_bit(i));
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

static bool agency_is_top_level(struct request *req, long long id)
{
    struct agency a;
    return agency_by_id(req, id, &a) && a.id == id;
}

static bool any_agency_role_ticked(const struct form *form)
{
    return strcmp(form_value(form, "role_editor"), "1") == 0 || strcmp(form_value(form, "role_reviewer"), "1") == 0
        || strcmp(form_value(form, "role_signer"), "1") == 0 || strcmp(form_value(form, "role_handler"), "1") == 0;
}

static void check_new_user(struct request *req, struct form *form, const struct grants *g)
{
    const char *name = form_value(form, "name");
    if (!user_name_valid(name))
        form_set_error(form, "name", "用户名只能使用2至32个小写字母、数字、点、下划线或连字符。");
    else if (user_name_taken(req, name))
        form_set_error(form, "name", "该用户名已被使用。");
    long long agency = form_id(form, "agency_id");
    if (agency && !agency_is_top_level(req, agency))
        form_set_error(form, "agency_id", "请从列表中选择机关。");
    else if (!agency && any_agency_role_ticked(form))
        form_set_error(form, "agency_id", "信息编辑、审核人和经办人的角色属于某个机关，请选择机关。");
    else if (grants_empty(g))
        form_set_error(form, "role_admin", "请至少选择一个角色：平台管理员，或所在机关的信息编辑、审核人、经办人。");
    const char *problem = password_problem(form_value(form, "password"), name, NULL);
    if (problem)
        form_set_error(form, "password", problem);
}

/* The user page; EMAIL_FORM is the digest address form sent back with its error, or NULL. */
static int render_user_page(struct request *req, struct form *form, const struct user_row *u,
                            const struct grants *shown, const struct form *email_form)
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
            if (u->grants.admin)
                tmpl_show(d, "role_admin_checked");
        }
        add_matrix(req, d, shown ? shown : &u->grants);
        struct tmpl_dict *mail = tmpl_add_section(d, "digest_email");
        if (email_form)
            form_to_dict(email_form, mail);
        else
            tmpl_set(mail, "email", u->email);
        const char *done = params_get(&req->query, "done");
        if (done)
            tmpl_set(tmpl_add_section(d, "done"), "what", strcmp(done, "password") == 0 ? "密码已重置，该用户的登录已全部退出。"
                                                         : strcmp(done, "active") == 0 ? "账户状态已更改。"
                                                         : strcmp(done, "email") == 0 ? "电子邮箱已保存。"
                                                         : "已保存。");
    } else {
        struct tmpl_dict *create = tmpl_add_section(d, "create");
        long long agency = form ? form_id(form, "agency_id") : 0;
        const char *pre = params_get(&req->query, "agency");
        if (!form && pre)
            positive_id_parse(pre, strlen(pre), &agency);
        add_agency_choice(req, create, agency);
    }
    tmpl_set_int(d, "min_chars", PASSWORD_MIN_CHARS);
    return page_render(&page);
}

static int render_user_form(struct request *req, struct form *form, const struct user_row *u,
                            const struct grants *shown)
{
    return render_user_page(req, form, u, shown, NULL);
}

int admin_user_new_page(struct request *req)
{
    return render_user_form(req, NULL, NULL, NULL);
}

static int store_grants(sqlite3 *db, long long user_id, const struct grants *g)
{
    sqlite3_stmt *st = db_stmt(db, "DELETE FROM user_roles WHERE user_id = ?1");
    sqlite3_bind_int64(st, 1, user_id);
    if (db_run(db, st, "user_roles") != 0)
        return -1;
    st = db_stmt(db, "DELETE FROM user_agency_roles WHERE user_id = ?1");
    sqlite3_bind_int64(st, 1, user_id);
    if (db_run(db, st, "user_roles") != 0)
        return -1;
    if (g->admin) {
        st = db_stmt(db, "INSERT INTO user_roles (user_id, role) VALUES (?1, 'admin')");
        sqlite3_bind_int64(st, 1, user_id);
        if (db_run(db, st, "user_roles") != 0)
            return -1;
    }
    for (size_t k = 0; k < g->count; k++)
        for (int i = AGENCY_ROLE_FIRST; staff_role_code(i); i++) {
            if (!(g->items[k].roles & staff_role_bit(i)))
                continue;
            st = db_stmt(db, "INSERT INTO user_agency_roles (user_id, agency_id, role) VALUES (?1, ?2, ?3)");
            sqlite3_bind_int64(st, 1, user_id);
            sqlite3_bind_int64(st, 2, g->items[k].agency_id);
            sqlite3_bind_text(st, 3, staff_role_code(i), -1, SQLITE_STATIC);
            if (db_run(db, st, "user_roles") != 0)
                return -1;
        }
    return 0;
}

static int insert_user(struct request *req, const struct form *form, const struct grants *g, long long *id)
{
    char hash[PASSWORD_HASH_MAX];
    if (password_hash(form_value(form, "password"), hash) != 0)
        return -1;
    sqlite3 *db = req->app->private_db;
    sqlite3_stmt *st = db_stmt(db, "INSERT INTO users (name, display_name, password_hash) VALUES (?1, ?2, ?3)");
    sqlite3_bind_text(st, 1, form_value(form, "name"), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, form_value(form, "display_name"), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, hash, -1, SQLITE_TRANSIENT);
    if (db_run(db, st, "user_create") != 0)
        return -1;
    *id = sqlite3_last_insert_rowid(db);
    return store_grants(db, *id, g);
}

int admin_user_create(struct request *req)
{
    struct form form;
    struct grants g;
    form_read(req, user_fields, USER_FIELD_COUNT, false, &form);
    grants_from_create_form(req, &form, &g);
    if (!form.error_count)
        check_new_user(req, &form, &g);
    if (form.error_count)
        return render_user_form(req, &form, NULL, NULL);
    sqlite3 *db = req->app->private_db;
    long long id;
    if (db_begin(db, "user create") != SQLITE_OK)
        return 503;
    if (insert_user(req, &form, &g, &id) != 0) {
        db_rollback(db);
        return 500;
    }
    audit(req, "user.create", arena_printf(req->arena, "user:%s", form_value(&form, "name")),
          arena_printf(req->arena, "created; roles: %s", grants_text(req, &g, false)));
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
    return render_user_form(req, NULL, &u, NULL);
}

static const char *change_summary(struct request *req, const struct user_row *u, const char *display_name,
                                  const struct grants *g)
{
    struct buf b;
    buf_init(&b, req->arena);
    const char *before = grants_text(req, &u->grants, false), *after = grants_text(req, g, false);
    if (strcmp(before, after) != 0)
        buf_printf(&b, "roles: %s -> %s", before, after);
    if (strcmp(display_name, u->display_name) != 0)
        buf_printf(&b, "%sdisplay name: %s -> %s", b.len ? "; " : "", u->display_name, display_name);
    return b.len ? b.data : "no change";
}

/* A platform administrator cannot take the role from themselves: the last
 * one would otherwise be able to lock everybody out of user management. */
static void check_edit(struct request *req, struct form *form, const struct user_row *u, const struct grants *g)
{
    if (grants_empty(g))
        form_set_error(form, "role_admin", "请至少选择一个角色：平台管理员，或某个机关的信息编辑、审核人、经办人。");
    else if (u->id == current_staff(req)->id && !g->admin)
        form_set_error(form, "role_admin", "不能取消您自己的平台管理员角色。");
}

static int store_edit(struct request *req, const struct user_row *u, const char *display_name,
                      const struct grants *g)
{
    sqlite3 *db = req->app->private_db;
    const char *summary = change_summary(req, u, display_name, g);
    if (db_begin(db, "user edit") != SQLITE_OK)
        return 503;
    sqlite3_stmt *st = db_stmt(db, "UPDATE users SET display_name = ?2 WHERE id = ?1");
    sqlite3_bind_int64(st, 1, u->id);
    sqlite3_bind_text(st, 2, display_name, -1, SQLITE_TRANSIENT);
    if (db_run(db, st, "user_edit") != 0 || store_grants(db, u->id, g) != 0) {
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
    struct grants g = { .admin = strcmp(form_value(&form, "role_admin"), "1") == 0 };
    grants_from_matrix(req, &g);
    if (!form.error_count)
        check_edit(req, &form, &u, &g);
    if (form.error_count)
        return render_user_form(req, &form, &u, &g);
    int rc = store_edit(req, &u, form_value(&form, "display_name"), &g);
    if (rc)
        return rc;
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/users/%lld?done=saved", u.id));
    return 303;
}

/* ---- actions: active, password ------------------------------------------ */

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

static int reset_password(struct request *req, const struct user_row *u)
{
    struct form form;
    form_read(req, reset_fields, 1, false, &form);
    const char *problem = form.error_count ? form.errors[0] : password_problem(form.values[0], u->name, NULL);
    if (problem)
        return resp_error(req, 400, arena_printf(req->arena, "密码未重置：%s请返回上一页重新输入。", problem));
    char hash[PASSWORD_HASH_MAX];
    if (password_hash(form.values[0], hash) != 0)
        return 500;
    sqlite3 *db = req->app->private_db;
    sqlite3_stmt *st = db_stmt(db, "UPDATE users SET password_hash = ?2, "
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

static int set_email(struct request *req, const struct user_row *u)
{
    struct form form;
    form_read(req, email_fields, 1, false, &form);
    if (form.error_count)
        return render_user_page(req, NULL, u, NULL, &form);
    sqlite3_stmt *st = db_stmt(req->app->private_db, "UPDATE users SET email = ?2 WHERE id = ?1");
    sqlite3_bind_int64(st, 1, u->id);
    sqlite3_bind_text(st, 2, form.values[0], -1, SQLITE_TRANSIENT);
    if (db_run(req->app->private_db, st, "user_email") != 0)
        return 500;
    audit(req, "user.email", arena_printf(req->arena, "user:%s", u->name),
          *form.values[0] ? "digest e-mail address set" : "digest e-mail address removed");
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
        : strcmp(action, "password") == 0 ? reset_password
        : strcmp(action, "email") == 0 ? set_email : NULL;
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
