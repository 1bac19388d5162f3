/* What an applicant can do after a status lookup, proven by the signed
 * status cookie (never by the 查询码 in a URL or page): send a correction
 * (补正, Art. 30), withdraw before the reply, download reply files. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "application.h"
#include "application_form.h"
#include "apply.h"
#include "csrf.h"
#include "db.h"
#include "form.h"
#include "log.h"
#include "notice.h"
#include "page.h"
#include "tmpl.h"

static const struct field correction_fields[] = {
    { "correction", "补正后的内容描述", FIELD_TEXTAREA, 4000, true, NULL, 0, 0 },
};

static const char lookup_again[] =
    "查询已超过30分钟或已失效。请回到“申请进度查询”，重新输入申请编号和查询码后再操作。";

static enum app_state current_state(struct request *req, long long id)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db, "SELECT state FROM applications WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    enum app_state state = APP_STATE__MAX;
    if (sqlite3_step(st) != SQLITE_ROW
        || !app_state_parse((const char *)sqlite3_column_text(st, 0), &state))
        state = APP_STATE__MAX;
    sqlite3_reset(st);
    return state;
}

/* Checks CSRF and the status cookie; returns the application id, or 0 with *status set. */
static long long acting_application(struct request *req, int *status)
{
    if (!csrf_check(req)) {
        *status = apply_csrf_failed(req);
        return 0;
    }
    long long id = status_cookie_application(req);
    if (!id)
        *status = resp_error(req, 403, lookup_again);
    return id;
}

static bool correction_allowed(enum app_state state)
{
    return state == APP_CORRECTION_REQUESTED;
}

static void store_closed_on(sqlite3 *db, long long id, const char *day)
{
    sqlite3_stmt *st = db_stmt(db, "UPDATE applications SET closed_on = ?2 WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, day, -1, SQLITE_STATIC);
    sqlite3_step(st);
    sqlite3_reset(st);
}

/* Records KIND (and its clock effect), NEW_STATE and the notices the
 * applicant asked for (a withdrawal is confirmed) in one transaction, after
 * checking inside it that the state still ALLOWS it (staff may act meanwhile). */
static int record(struct request *req, long long id, bool (*allows)(enum app_state),
                  const char *kind, const char *text, enum app_state new_state, const char **error)
{
    static const char failed[] = "系统暂时无法保存，请稍后重试。";
    sqlite3 *db = req->app->private_db;
    char today[11];
    beijing_today_iso(today);
    *error = NULL;
    if (db_begin(db, kind) != SQLITE_OK) {
        *error = failed;
        return -1;
    }
    long long last_event = notice_last_event(db, id);
    if (!allows(current_state(req, id)))
        *error = "申请的办理状态刚刚发生了变化，请重新查询后再操作。";
    else if (application_add_event(req->arena, db, req->app->content_db, id, kind, today, "applicant",
                                   text, 0, false, NULL, error) != 0
             || application_set_state(db, id, new_state) != 0
             || notice_queue_events(req->arena, db, req->app->content_db, id, last_event) != 0)
        *error = *error ? *error : failed;
    if (*error) {
        db_rollback(db);
        return -1;
    }
    if (new_state == APP_WITHDRAWN)
        store_closed_on(db, id, today);
    if (db_commit(db) != SQLITE_OK) {
        *error = failed;
        return -1;
    }
    log_event(LOG_INFO, "application_event", "id=%lld kind=%s by applicant", id, kind);
    return 0;
}

int apply_correct(struct request *req)
{
    int status = 0;
    long long id = acting_application(req, &status);
    if (!id)
        return status;
    if (current_state(req, id) != APP_CORRECTION_REQUESTED)
        return status_page_render(req, id, NULL, "这件申请目前不需要补正，本次内容未提交。");
    struct form form;
    form_read(req, correction_fields, 1, false, &form);
    if (form.error_count)
        return status_page_render(req, id, &form, NULL);
    const char *error = NULL;
    if (record(req, id, correction_allowed, "corrected", form_value(&form, "correction"),
               APP_CORRECTED, &error) != 0)
        return status_page_render(req, id, &form,
                                  arena_printf(req->arena, "补正未能保存：%s您填写的内容已保留。", error));
    resp_redirect(req, 303, "/apply/status?view=1&notice=corrected");
    return 303;
}

static int confirm_withdrawal(struct request *req, long long id)
{
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, "撤回申请", "apply/withdraw.tpl", NAV_APPLY);
    page_breadcrumb(&page, "依申请公开", "/apply");
    page_breadcrumb(&page, "撤回申请", NULL);
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT number, info_title, info_doc_no, info_description FROM applications WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) == SQLITE_ROW) {
        tmpl_set(d, "number", db_text(req->arena, st, 0));
        tmpl_set(d, "info_title", application_info_label(req->arena, db_text(req->arena, st, 1),
                                                         db_text(req->arena, st, 2),
                                                         db_text(req->arena, st, 3)));
    }
    sqlite3_reset(st);
    tmpl_set(d, "csrf_token", csrf_token(req, "/"));
    resp_header(req, "Cache-Control", "no-store");
    return page_render(&page);
}

int apply_withdraw(struct request *req)
{
    int status = 0;
    long long id = acting_application(req, &status);
    if (!id)
        return status;
    enum app_state state = current_state(req, id);
    if (!app_state_is_open(state))
        return status_page_render(req, id, NULL, arena_printf(req->arena,
            "这件申请%s，已不能撤回。", app_state_label(state)));
    const char *confirm = params_get(&req->form, "confirm");
    if (!confirm || strcmp(confirm, "1") != 0)
        return confirm_withdrawal(req, id);
    const char *error = NULL;
    if (record(req, id, app_state_is_open, "withdrawn", "", APP_WITHDRAWN, &error) != 0)
        return status_page_render(req, id, NULL, arena_printf(req->arena, "撤回未能保存：%s", error));
    resp_redirect(req, 303, "/apply/status?view=1&notice=withdrawn");
    return 303;
}

/* RFC 6266 / 5987: an ASCII fallback name and the UTF-8 name percent-encoded. */
static const char *content_disposition(struct arena *arena, const char *filename)
{
    struct buf b;
    buf_init(&b, arena);
    buf_puts(&b, "attachment; filename=\"");
    for (const unsigned char *c = (const unsigned char *)filename; *c; c++)
        buf_putc(&b, *c < 0x80 && *c >= 0x20 && *c != '"' && *c != '\\' ? (char)*c : '_');
    buf_puts(&b, "\"; filename*=UTF-8''");
    for (const unsigned char *c = (const unsigned char *)filename; *c; c++) {
        if ((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9')
            || strchr("-._~", *c))
            buf_putc(&b, (char)*c);
        else
            buf_printf(&b, "%%%02X", *c);
    }
    return b.data;
}

/* A stored type is used only when it looks like one; files are always attachments. */
static const char *safe_mime(struct arena *arena, const char *mime)
{
    size_t len = strlen(mime);
    if (len == 0 || len > 100 || strspn(mime, "abcdefghijklmnopqrstuvwxyz0123456789.+-/") != len
        || !strchr(mime, '/'))
        return "application/octet-stream";
    return arena_strdup(arena, mime);
}

int apply_file_download(struct request *req)
{
    long long app_id = status_cookie_application(req);
    if (!app_id)
        return resp_error(req, 403, lookup_again);
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT filename, mime, data FROM application_files "
        "WHERE id = ?1 AND application_id = ?2 AND for_applicant = 1");
    sqlite3_bind_int64(st, 1, req->path_ids[0]);
    sqlite3_bind_int64(st, 2, app_id);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_reset(st);
        return resp_error(req, 404, "没有找到这个文件。");
    }
    req->response.content_type = safe_mime(req->arena, db_text(req->arena, st, 1));
    resp_header(req, "Content-Disposition", content_disposition(req->arena, db_text(req->arena, st, 0)));
    resp_header(req, "Cache-Control", "no-store");
    buf_append(&req->response.body, sqlite3_column_blob(st, 2), (size_t)sqlite3_column_bytes(st, 2));
    sqlite3_reset(st);
    return 200;
}
