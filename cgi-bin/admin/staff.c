/* The signed-in staff member: session lookup with idle and absolute expiry,
 * role checks from the route table, CSRF on every POST, the admin layout
 * with its role-dependent navigation, and the audit log. See staff.h. */
#include "staff.h"

#include <string.h>
#include <time.h>

#include "agency.h"
#include "app.h"
#include "crypto.h"
#include "csrf.h"
#include "db.h"
#include "log.h"
#include "route.h"
#include "tmpl.h"

static const struct {
    unsigned role;
    const char *code;
    const char *label;
} role_table[] = {
    { ROLE_ADMIN, "admin", "平台管理员" },
    { ROLE_EDITOR, "editor", "信息编辑" },
    { ROLE_REVIEWER, "reviewer", "审核人" },
    { ROLE_SIGNER, "signer", "审签人" },
    { ROLE_HANDLER, "handler", "经办人" },
};

enum { ROLE_COUNT = sizeof role_table / sizeof role_table[0] };

unsigned staff_role_from_code(const char *code)
{
    for (int i = 0; i < ROLE_COUNT; i++)
        if (strcmp(role_table[i].code, code) == 0)
            return role_table[i].role;
    return 0;
}

/* "editor,reviewer" (codes) or "信息编辑、审核人" (labels) for a role mask. */
const char *staff_roles_text(struct arena *arena, unsigned roles, bool labels)
{
    struct buf b;
    buf_init(&b, arena);
    for (int i = 0; i < ROLE_COUNT; i++) {
        if (!(roles & role_table[i].role))
            continue;
        if (b.len)
            buf_puts(&b, labels ? "、" : ",");
        buf_puts(&b, labels ? role_table[i].label : role_table[i].code);
    }
    return b.len ? b.data : (labels ? "无" : "none");
}

const char *staff_role_code(int index)
{
    return index >= 0 && index < ROLE_COUNT ? role_table[index].code : NULL;
}

const char *staff_role_label(int index)
{
    return index >= 0 && index < ROLE_COUNT ? role_table[index].label : NULL;
}

unsigned staff_role_bit(int index)
{
    return index >= 0 && index < ROLE_COUNT ? role_table[index].role : 0;
}

unsigned staff_load_roles(sqlite3 *db, long long user_id)
{
    sqlite3_stmt *st = db_stmt(db, "SELECT role FROM user_roles WHERE user_id = ?1");
    sqlite3_bind_int64(st, 1, user_id);
    unsigned roles = 0;
    while (sqlite3_step(st) == SQLITE_ROW)
        roles |= staff_role_from_code((const char *)sqlite3_column_text(st, 0));
    sqlite3_reset(st);
    return roles & ROLE_ADMIN;
}

unsigned staff_agency_roles(sqlite3 *db, long long user_id, long long agency_id)
{
    sqlite3_stmt *st = db_stmt(db, "SELECT role FROM user_agency_roles WHERE user_id = ?1 AND agency_id = ?2");
    sqlite3_bind_int64(st, 1, user_id);
    sqlite3_bind_int64(st, 2, agency_id);
    unsigned roles = 0;
    while (sqlite3_step(st) == SQLITE_ROW)
        roles |= staff_role_from_code((const char *)sqlite3_column_text(st, 0));
    sqlite3_reset(st);
    return roles & ROLE_AGENCY_ROLES;
}

/* The first agency (by the platform's order) in which USER_ID holds a role; 0 if none. */
static long long first_agency_with_roles(struct request *req, long long user_id)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT agency_id FROM user_agency_roles WHERE user_id = ?1 GROUP BY agency_id");
    sqlite3_bind_int64(st, 1, user_id);
    long long best = 0, best_sort = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        long long id = db_int(st, 0);
        sqlite3_stmt *a = db_stmt(req->app->content_db,
            "SELECT sort FROM agencies WHERE id = ?1 AND parent_id IS NULL");
        sqlite3_bind_int64(a, 1, id);
        if (sqlite3_step(a) == SQLITE_ROW && (!best || db_int(a, 0) < best_sort))
            best = id, best_sort = db_int(a, 0);
        sqlite3_reset(a);
    }
    sqlite3_reset(st);
    return best;
}

/* Sets S's agency and roles there: the session's agency when the member still
 * holds a role in it, else the first one that has any. */
static void staff_enter_agency(struct request *req, struct staff *s, long long wanted)
{
    unsigned roles = wanted ? staff_agency_roles(req->app->private_db, s->id, wanted) : 0;
    if (!roles) {
        wanted = first_agency_with_roles(req, s->id);
        roles = wanted ? staff_agency_roles(req->app->private_db, s->id, wanted) : 0;
    }
    struct agency a;
    if (wanted && agency_by_id(req, wanted, &a) && a.id == wanted) {
        s->agency_id = a.id;
        s->agency_code = a.code;
        s->agency_name = a.name;
        s->roles |= roles;
    } else {
        s->agency_id = 0;
        s->agency_code = s->agency_name = "";
    }
}

long long staff_agency_id(const struct request *req)
{
    const struct staff *s = current_staff(req);
    return s ? s->agency_id : 0;
}

int staff_require_agency(struct request *req, long long owner_agency_id, const char *target)
{
    const struct staff *s = current_staff(req);
    if (s && s->agency_id && owner_agency_id == s->agency_id)
        return 0;
    struct agency owner;
    const char *owner_name = agency_by_id(req, owner_agency_id, &owner) ? owner.name : "其他机关";
    audit(req, "agency.refused", target, arena_printf(req->arena, "owner agency %lld", owner_agency_id));
    return resp_error(req, 403, arena_printf(req->arena,
        "该内容属于%s，您当前所在的机关（%s）无权查看或修改。", owner_name,
        s && *s->agency_name ? s->agency_name : "无"));
}

const struct staff *current_staff(const struct request *req)
{
    return req->user;
}

bool staff_has(const struct request *req, unsigned role)
{
    const struct staff *s = current_staff(req);
    return s && (s->roles & role) != 0;
}

const char *staff_display_name(struct request *req, long long user_id)
{
    return db_text_for_id(req->arena, db_stmt(req->app->private_db,
        "SELECT coalesce(nullif(display_name, ''), name) FROM users WHERE id = ?1"), user_id);
}

const char *url_query_escape(struct arena *arena, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    struct buf b;
    buf_init(&b, arena);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')
            || strchr("-._~/", *p)) {
            buf_putc(&b, (char)*p);
        } else {
            buf_putc(&b, '%');
            buf_putc(&b, hex[*p >> 4]);
            buf_putc(&b, hex[*p & 15]);
        }
    }
    return b.len ? b.data : "";
}

/* ---- sessions ------------------------------------------------------------ */

static void clear_session_cookie(struct request *req)
{
    resp_set_cookie(req, arena_printf(req->arena, "%s=; Path=%s/admin; Max-Age=0; HttpOnly; SameSite=Strict%s",
                                      SESSION_COOKIE, req->base, req->https ? "; Secure" : ""));
}

void session_delete(struct request *req, const char *token_hash)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db, "DELETE FROM sessions WHERE token_hash = ?1");
    sqlite3_bind_text(st, 1, token_hash, -1, SQLITE_TRANSIENT);
    sqlite3_step(st);
    sqlite3_reset(st);
    clear_session_cookie(req);
}

struct session_row {
    long long user_id, created_at, last_seen, agency_id;
    bool active;
};

/* Reads the session row and its user into S; false when there is none. */
static bool session_find(struct request *req, const char *token_hash, struct staff *s,
                         struct session_row *row)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT s.user_id, s.created_at, s.last_seen, u.name, u.display_name, u.active, "
        "coalesce(s.agency_id, 0), u.must_change_password "
        "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?1");
    sqlite3_bind_text(st, 1, token_hash, -1, SQLITE_TRANSIENT);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        row->user_id = s->id = db_int(st, 0);
        row->created_at = db_int(st, 1);
        row->last_seen = db_int(st, 2);
        s->name = db_text(req->arena, st, 3);
        s->display_name = db_text(req->arena, st, 4);
        row->active = db_int(st, 5) != 0;
        row->agency_id = db_int(st, 6);
        s->must_change_password = db_int(st, 7) != 0;
        if (!*s->display_name)
            s->display_name = s->name;
    }
    sqlite3_reset(st);
    return found;
}

/* Writes last_seen at most once a minute so reading pages does not write on every click. */
static void session_touch(struct request *req, const char *token_hash, long long last_seen, long long now)
{
    if (now - last_seen < 60)
        return;
    sqlite3_stmt *st = db_stmt(req->app->private_db,
                               "UPDATE sessions SET last_seen = ?2 WHERE token_hash = ?1");
    sqlite3_bind_text(st, 1, token_hash, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, now);
    sqlite3_step(st);
    sqlite3_reset(st);
}

enum session_status { SESSION_NONE, SESSION_EXPIRED, SESSION_OK };

static enum session_status session_load(struct request *req, struct staff *s)
{
    const char *token = params_get(&req->cookies, SESSION_COOKIE);
    if (!token || strlen(token) != SESSION_TOKEN_HEX)
        return SESSION_NONE;
    char *hash = arena_alloc(req->arena, 65);
    sha256_hex(token, strlen(token), hash);
    struct session_row row;
    if (!session_find(req, hash, s, &row))
        return SESSION_NONE;
    long long now = (long long)time(NULL);
    if (!row.active || now - row.last_seen > SESSION_IDLE_SECONDS
        || now - row.created_at > SESSION_ABSOLUTE_SECONDS) {
        session_delete(req, hash);
        return row.active ? SESSION_EXPIRED : SESSION_NONE;
    }
    session_touch(req, hash, row.last_seen, now);
    s->roles = staff_load_roles(req->app->private_db, row.user_id);
    staff_enter_agency(req, s, row.agency_id);
    s->session_hash = hash;
    return SESSION_OK;
}

/* ---- the before-hook ----------------------------------------------------- */

static int redirect_to_login(struct request *req, bool expired)
{
    const char *target = expired ? "/admin/login?expired=1"
                                 : arena_printf(req->arena, "/admin/login?next=%s",
                                                url_query_escape(req->arena, req->path));
    resp_redirect(req, 303, target);
    return 303;
}

/* A password someone else chose is replaced before anything else: every staff
 * page but the password form (and signing out) answers 303 to it. */
static bool password_change_pending(const struct request *req)
{
    const struct staff *s = current_staff(req);
    return s && s->must_change_password && strcmp(req->path, "/admin/password") != 0
        && strcmp(req->path, "/admin/logout") != 0;
}

static int refuse_missing_role(struct request *req, unsigned needed)
{
    const struct staff *s = current_staff(req);
    log_event(LOG_INFO, "role_refused", "user=%lld path=%s", s->id, req->path);
    return resp_error(req, 403, arena_printf(req->arena,
        "此页面需要以下角色之一：%s。您在%s的角色：%s。如需开通，请联系平台管理员。",
        staff_roles_text(req->arena, needed, true), *s->agency_name ? s->agency_name : "本平台",
        staff_roles_text(req->arena, s->roles, true)));
}

int admin_agency_switch(struct request *req)
{
    struct staff *s = req->user;
    struct agency a;
    const char *code = params_get(&req->form, "agency");
    if (!code || !agency_by_code(req, code, &a))
        return resp_error(req, 404, "没有这个机关。");
    if (!staff_agency_roles(req->app->private_db, s->id, a.id)) {
        audit(req, "agency.refused", arena_printf(req->arena, "agency:%lld", a.id), "switch without a role");
        return resp_error(req, 403, "您在该机关没有角色，不能切换到该机关。如需开通，请联系平台管理员。");
    }
    sqlite3_stmt *st = db_stmt(req->app->private_db,
                               "UPDATE sessions SET agency_id = ?2 WHERE token_hash = ?1");
    sqlite3_bind_text(st, 1, s->session_hash, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, a.id);
    if (db_run(req->app->private_db, st, "agency_switch") != 0)
        return 500;
    resp_redirect(req, 303, "/admin/");
    return 303;
}

/* The agencies the member can switch to, for the layout's selector. */
static void add_agency_choices(struct tmpl_dict *root, struct request *req, const struct staff *s)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT DISTINCT agency_id FROM user_agency_roles WHERE user_id = ?1 ORDER BY agency_id");
    sqlite3_bind_int64(st, 1, s->id);
    int count = 0;
    struct tmpl_dict *choice = NULL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct agency a;
        if (!agency_by_id(req, db_int(st, 0), &a))
            continue;
        if (!choice)
            choice = tmpl_add_section(root, "agency_choice");
        struct tmpl_dict *option = tmpl_add_section(choice, "agency_option");
        tmpl_set(option, "code", a.code);
        tmpl_set(option, "name", a.name);
        if (a.id == s->agency_id)
            tmpl_show(option, "selected");
        count++;
    }
    sqlite3_reset(st);
    if (count < 2 && choice)
        tmpl_set(choice, "single", "1");
}

int admin_before(struct request *req)
{
    unsigned needed = req->route->roles;
    if (needed) {
        struct staff *s = arena_calloc(req->arena, 1, sizeof *s);
        enum session_status status = session_load(req, s);
        if (status != SESSION_OK)
            return redirect_to_login(req, status == SESSION_EXPIRED);
        req->user = s;
        req->csrf_binding = s->session_hash;
    }
    if (req->method == METHOD_POST && !csrf_check(req)) {
        log_event(LOG_WARN, "csrf_refused", "path=%s", req->path);
        return resp_error(req, 403, "表单已过期或来源不明，操作未执行。请返回上一页，刷新后重新提交。");
    }
    if (password_change_pending(req)) {
        resp_redirect(req, 303, "/admin/password");
        return 303;
    }
    if (needed && !staff_has(req, needed))
        return refuse_missing_role(req, needed);
    return 0;
}

/* ---- the admin layout ---------------------------------------------------- */

static const struct {
    const char *label;
    const char *url;
} nav_table[] = {
    { "工作台", "/admin/" },
    { "依申请公开", "/admin/applications" },
    { "互动交流", "/admin/messages" },
    { "征集意见", "/admin/consultations" },
    { "信息发布", "/admin/entries" },
    { "办事指南", "/admin/guides" },
    { "工作动态", "/admin/news" },
    { "页面", "/admin/pages" },
    { "年度报告", "/admin/annual-report" },
    { "年报汇总", "/admin/annual-report-summary" },
    { "机构与联系方式", "/admin/agencies" },
    { "审核级数", "/admin/review-levels" },
    { "平台监督", "/admin/oversight" },
    { "分类", "/admin/categories" },
    { "站内搜索", "/admin/search" },
    { "外链检查", "/admin/links" },
    { "网站检查自查", "/admin/freshness" },
    { "访问统计", "/admin/visits" },
    { "网站年度报表", "/admin/website-report" },
    { "站点设置", "/admin/settings" },
    { "用户", "/admin/users" },
    { "工作日历", "/admin/calendar" },
    { "审计日志", "/admin/audit" },
};

/* The roles of the GET route for URL, read from the app's route table so the
 * navigation can never offer a page the table refuses; 0 when there is none. */
static unsigned nav_roles(const struct request *req, const char *url)
{
    for (size_t i = 0; i < req->app->route_count; i++) {
        const struct route *r = &req->app->routes[i];
        if ((r->methods & METHOD_GET) && strcmp(r->pattern, url) == 0)
            return r->roles;
    }
    return 0;
}

/* The entry is current when the path is its URL or lies below it. */
static bool nav_is_current(const char *path, const char *url)
{
    if (strcmp(url, "/admin/") == 0)
        return strcmp(path, "/admin/") == 0 || strcmp(path, "/admin") == 0;
    size_t len = strlen(url);
    return strncmp(path, url, len) == 0 && (path[len] == '\0' || path[len] == '/' || path[len] == '.');
}

static void add_navigation(struct tmpl_dict *root, struct request *req, const struct staff *s)
{
    for (size_t i = 0; i < sizeof nav_table / sizeof nav_table[0]; i++) {
        if (!(s->roles & nav_roles(req, nav_table[i].url)))
            continue;
        struct tmpl_dict *item = tmpl_add_section(root, "admin_nav");
        tmpl_set(item, "label", nav_table[i].label);
        tmpl_set(item, "url", nav_table[i].url);
        if (nav_is_current(req->path, nav_table[i].url))
            tmpl_show(item, "current");
    }
    if (strcmp(req->path, "/admin/password") == 0)
        tmpl_show(root, "password_current");
}

struct tmpl_dict *admin_page_begin(struct page *page, struct request *req, const char *title,
                                   const char *content_template)
{
    struct tmpl_dict *content = page_begin(page, req, title, content_template, NAV_ADMIN);
    page_use_layout(page, "admin/layout.tpl");
    tmpl_set_global(page->root, "csrf_token", csrf_token(req, "/admin"));
    const struct staff *s = current_staff(req);
    if (s) {
        /* Globals, so content templates can name the signed-in person too. */
        tmpl_set_global(page->root, "staff_display_name", s->display_name);
        tmpl_set_global(page->root, "staff_name", s->name);
        tmpl_set_global(page->root, "staff_roles", staff_roles_text(req->arena, s->roles, true));
        tmpl_set_global(page->root, "staff_agency_name", *s->agency_name ? s->agency_name : "平台");
        tmpl_set_global(page->root, "staff_agency_code", s->agency_code);
        tmpl_show(page->root, "signed_in");
        add_navigation(page->root, req, s);
        add_agency_choices(page->root, req, s);
    }
    return content;
}

/* ---- audit --------------------------------------------------------------- */

void audit(struct request *req, const char *action, const char *target, const char *summary)
{
    sqlite3 *db = req->app->private_db;
    const struct staff *s = current_staff(req);
    if (db_begin(db, "audit") != SQLITE_OK)
        return;
    sqlite3_stmt *st = db_stmt(db, "INSERT INTO audit_log (user_id, user_name, action, target, summary, agency_id) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    db_bind_id_or_null(st, 6, s ? s->agency_id : 0);
    if (s)
        sqlite3_bind_int64(st, 1, s->id);
    else
        sqlite3_bind_null(st, 1);
    sqlite3_bind_text(st, 2, s ? s->name : "anonymous", -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, action, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, target ? target : "", -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 5, summary ? summary : "", -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) {
        log_event(LOG_ERROR, "audit", "insert failed for %s: %s", action, sqlite3_errmsg(db));
        db_rollback(db);
        return;
    }
    db_commit(db);
}
