/* /admin/website-report/{year}: the platform's 政府网站工作年度报表 (国办函
 * 〔2018〕12号), published on the platform home by 31 January. The figures the
 * data holds (visits, information published, guides ...) are generated when
 * the report is saved; the platform administrator types the rest. Saving
 * puts it into review; another platform administrator publishes it (four
 * eyes, as for a platform page), which copies the reviewed values into the
 * published ones the public page shows. The publish form carries the version
 * it shows (saved_at, strictly increasing per save): a publish after anyone
 * saved again is refused, so nobody releases figures they did not see. */
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "app.h"
#include "content.h"
#include "db.h"
#include "page.h"
#include "review.h"
#include "staff.h"
#include "tmpl.h"
#include "validate.h"
#include "website_report.h"

enum { FIRST_YEAR = 2018, TEXT_MAX_CHARS = 200, NUMBER_MAX_DIGITS = 12 };

static bool year_allowed(struct request *req, long long year)
{
    return year >= FIRST_YEAR && year <= atoi(today_iso(req->arena));
}

int website_report_redirect(struct request *req)
{
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/website-report/%d", atoi(today_iso(req->arena)) - 1));
    return 303;
}

/* The report's state: "" when never saved, "review" or "published"; *EDITOR who saved it last,
 * *SAVED_AT the version (when it was last saved). */
static const char *report_status(struct request *req, long long year, long long *editor, const char **published_on,
                                 const char **saved_at)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT status, coalesce(edited_by, 0), coalesce(published_on, ''), coalesce(saved_at, '') "
        "FROM website_reports WHERE year = ?1");
    sqlite3_bind_int64(st, 1, year);
    const char *status = "";
    *editor = 0;
    *published_on = "";
    *saved_at = "";
    if (sqlite3_step(st) == SQLITE_ROW) {
        status = db_text(req->arena, st, 0);
        *editor = db_int(st, 1);
        *published_on = db_text(req->arena, st, 2);
        *saved_at = db_text(req->arena, st, 3);
    }
    sqlite3_reset(st);
    return status;
}

/* Checks a typed value: a number, 是/否 or a line of text; NULL or the message. */
static const char *typed_value_problem(const struct website_report_row *row, const char *v)
{
    size_t len = strlen(v);
    if (!*v)
        return NULL;
    if (row->kind == 'n') {
        for (const char *p = v; *p; p++)
            if (*p < '0' || *p > '9')
                return "请填写不带单位的整数（如 12），不知道的留空。";
        return len > NUMBER_MAX_DIGITS ? "数字太大。" : NULL;
    }
    if (row->kind == 'y')
        return strcmp(v, "是") == 0 || strcmp(v, "否") == 0 ? NULL : "请选择“是”或“否”。";
    return !text_line_valid(v, len) || utf8_length(v, len) > TEXT_MAX_CHARS ? "请填写不超过200字的一行文字。" : NULL;
}

/* The typed value of row KEY in the POST, "" when absent. */
static const char *posted(struct request *req, const char *key)
{
    const char *v = params_get(&req->form, key);
    return v ? v : "";
}

/* The form: every row with its value (generated now, or typed, or what was
 * typed in a refused POST with its message), and the state and steps. */
static int render_report(struct request *req, long long year, bool from_post, const char *notice)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, arena_printf(req->arena, "%lld年度政府网站工作年度报表", year),
                                           "admin/website_report.tpl");
    tmpl_set_int(d, "year", year);
    int errors = 0;
    struct tmpl_dict *group = NULL;
    for (size_t i = 0; i < website_report_row_count; i++) {
        const struct website_report_row *r = &website_report_rows[i];
        struct tmpl_dict *row = website_report_add_row(d, i, &group);
        tmpl_set(row, "key", r->key);
        tmpl_set(row, "unit", r->unit);
        if (*r->unit)
            tmpl_show(row, "has_unit");
        const char *v = r->kind == 'g' ? website_report_generated(req->arena, req->app->content_db, r, (int)year)
                      : from_post ? posted(req, r->key) : website_report_value(req->arena, req->app->content_db, year, r->key, false);
        tmpl_set(row, "value", v);
        const char *problem = r->kind != 'g' && from_post ? typed_value_problem(r, v) : NULL;
        if (problem) {
            tmpl_set(tmpl_add_section(row, "error"), "message", problem);
            errors++;
        }
        tmpl_show(row, r->kind == 'g' ? "generated" : r->kind == 'y' ? "yes_no" : "typed");
        if (r->kind == 'y')
            tmpl_show(row, strcmp(v, "是") == 0 ? "yes" : strcmp(v, "否") == 0 ? "no" : "unset");
    }
    long long editor;
    const char *published_on, *saved_at, *status = report_status(req, year, &editor, &published_on, &saved_at);
    tmpl_set(d, "status_label", !*status ? "尚未保存" : strcmp(status, "review") == 0 ? "待审核发布" : "已发布");
    if (*published_on)
        tmpl_set(tmpl_add_section(d, "published"), "published_on", published_on);
    if (strcmp(status, "review") == 0 && editor != current_staff(req)->id)
        tmpl_set(tmpl_add_section(d, "can_publish"), "version", saved_at);
    if (errors)
        tmpl_set_int(tmpl_add_section(d, "has_errors"), "count", errors);
    if (notice)
        tmpl_set(tmpl_add_section(d, "notice"), "text", notice);
    resp_header(req, "Cache-Control", "no-store");
    return page_render(&page);
}

int website_report_page(struct request *req)
{
    long long year = req->path_ids[0];
    if (!year_allowed(req, year))
        return resp_error(req, 404, "没有这一年的报表。");
    const char *done = params_get(&req->query, "done");
    return render_report(req, year, false, !done ? NULL : strcmp(done, "saved") == 0
                         ? "已保存，等待另一位平台管理员审核发布。" : "已发布，平台首页显示本报表。");
}

static int store_value(sqlite3 *db, long long year, const char *key, const char *value)
{
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO website_report_values (year, key, value) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (year, key) DO UPDATE SET value = excluded.value");
    sqlite3_bind_int64(st, 1, year);
    sqlite3_bind_text(st, 2, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, value, -1, SQLITE_STATIC);
    return db_run(db, st, "website_report");
}

/* Every row's value: generated ones computed now, typed ones as posted. */
static int store_report(struct request *req, long long year)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO website_reports (year, status, edited_by, saved_at) "
        "VALUES (?1, 'review', ?2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) "
        "ON CONFLICT (year) DO UPDATE SET status = 'review', edited_by = excluded.edited_by, "
        "saved_at = CASE WHEN excluded.saved_at > coalesce(website_reports.saved_at, '') THEN excluded.saved_at "
        "ELSE strftime('%Y-%m-%dT%H:%M:%fZ', website_reports.saved_at, '+0.001 seconds') END");
    sqlite3_bind_int64(st, 1, year);
    sqlite3_bind_int64(st, 2, current_staff(req)->id);
    int rc = db_run(db, st, "website_report");
    for (size_t i = 0; rc == 0 && i < website_report_row_count; i++) {
        const struct website_report_row *r = &website_report_rows[i];
        rc = store_value(db, year, r->key, r->kind == 'g'
                         ? website_report_generated(req->arena, db, r, (int)year)
                         : posted(req, r->key));
    }
    return rc;
}

int website_report_save(struct request *req)
{
    long long year = req->path_ids[0];
    if (!year_allowed(req, year))
        return resp_error(req, 404, "没有这一年的报表。");
    for (size_t i = 0; i < website_report_row_count; i++)
        if (website_report_rows[i].kind != 'g'
            && typed_value_problem(&website_report_rows[i], posted(req, website_report_rows[i].key)))
            return render_report(req, year, true, NULL);
    sqlite3 *db = req->app->content_db;
    if (db_begin(db, "website_report") != SQLITE_OK)
        return resp_error(req, 500, NULL);
    if (store_report(req, year) != 0 || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return resp_error(req, 500, "保存失败，请稍后重试。");
    }
    audit(req, "website_report.save", arena_printf(req->arena, "website_report:%lld", year), "status -> review");
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/website-report/%lld?done=saved", year));
    return 303;
}

int website_report_publish(struct request *req)
{
    long long year = req->path_ids[0], editor;
    const char *published_on, *saved_at;
    const char *status = year_allowed(req, year) ? report_status(req, year, &editor, &published_on, &saved_at) : "";
    if (strcmp(status, "review") != 0)
        return resp_error(req, 409, "该报表没有待审核发布的版本。");
    const char *target = arena_printf(req->arena, "website_report:%lld", year);
    int refused = review_refuse_own_edit(req, editor, target);
    if (refused)
        return refused;
    const char *version = params_get(&req->form, "version");
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *report = db_stmt(db,
        "UPDATE website_reports SET status = 'published', published_on = coalesce(published_on, ?2) "
        "WHERE year = ?1 AND status = 'review' AND saved_at = ?3 AND coalesce(edited_by, 0) <> ?4");
    sqlite3_bind_int64(report, 1, year);
    sqlite3_bind_text(report, 2, today_iso(req->arena), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(report, 3, version ? version : "", -1, SQLITE_STATIC);
    sqlite3_bind_int64(report, 4, current_staff(req)->id);
    sqlite3_stmt *values = db_stmt(db, "UPDATE website_report_values SET published_value = value WHERE year = ?1");
    sqlite3_bind_int64(values, 1, year);
    if (db_begin(db, "website_report") != SQLITE_OK)
        return resp_error(req, 500, NULL);
    if (db_run(db, report, "website_report") != 0) {
        db_rollback(db);
        return resp_error(req, 500, "发布失败，请稍后重试。");
    }
    if (sqlite3_changes(db) != 1) {     /* saved again (or by this admin) since the form was shown */
        db_rollback(db);
        audit(req, "website_report.stale", target, "publish refused: version changed since it was shown");
        return resp_error(req, 409, "报表在您查看后已被修改，请重新审阅。");
    }
    if (db_run(db, values, "website_report") != 0 || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return resp_error(req, 500, "发布失败，请稍后重试。");
    }
    audit(req, "website_report.publish", target, "status review -> published");
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/website-report/%lld?done=published", year));
    return 303;
}
