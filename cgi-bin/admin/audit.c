/* /admin/audit (系统管理员): the audit log newest first, filtered by user,
 * action prefix and date range, paginated, and the same rows as CSV
 * (/admin/audit.csv) for archiving or a spreadsheet. */
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "app.h"
#include "application.h"
#include "db.h"
#include "form.h"
#include "staff.h"
#include "tmpl.h"

enum { AUDIT_PAGE_SIZE = 50, AUDIT_CSV_MAX = 100000 };

static const struct field filter_fields[] = {
    { .name = "user", .label = "用户", .kind = FIELD_TEXT, .max_chars = 64 },
    { .name = "action", .label = "操作（前缀）", .kind = FIELD_TEXT, .max_chars = 64 },
    { .name = "from", .label = "起始日期", .kind = FIELD_DATE },
    { .name = "to", .label = "截止日期", .kind = FIELD_DATE },
    { .name = "page", .label = "页码", .kind = FIELD_INT_RANGE, .min = 1, .max = 100000 },
};
enum { FILTER_FIELD_COUNT = sizeof filter_fields / sizeof filter_fields[0] };

/* Bad filter values are dropped (and shown as errors), so the page still lists rows. */
static void read_filters(struct request *req, struct form *form)
{
    form_read(req, filter_fields, FILTER_FIELD_COUNT, true, form);
    for (size_t i = 0; i < form->count; i++)
        if (form->errors[i])
            form->values[i] = "";
}

/* One WHERE clause for the page, the count and the CSV: empty filters match all. */
#define AUDIT_WHERE \
    "WHERE (?1 = '' OR user_name = ?1) AND (?2 = '' OR substr(action, 1, length(?2)) = ?2) " \
    "AND (?3 = '' OR date(at, '+8 hours') >= ?3) AND (?4 = '' OR date(at, '+8 hours') <= ?4) "

static void bind_filters(sqlite3_stmt *st, const struct form *form)
{
    static const char *const names[] = { "user", "action", "from", "to" };
    for (int i = 0; i < 4; i++)
        sqlite3_bind_text(st, i + 1, form_value(form, names[i]), -1, SQLITE_TRANSIENT);
}

static long long count_rows(struct request *req, const struct form *form)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db, "SELECT count(*) FROM audit_log " AUDIT_WHERE);
    bind_filters(st, form);
    long long n = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : 0;
    sqlite3_reset(st);
    return n;
}

static void add_rows(struct tmpl_dict *d, struct request *req, const struct form *form, long long page)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT at, user_name, action, target, summary FROM audit_log " AUDIT_WHERE
        "ORDER BY id DESC LIMIT ?5 OFFSET ?6");
    bind_filters(st, form);
    sqlite3_bind_int(st, 5, AUDIT_PAGE_SIZE);
    sqlite3_bind_int64(st, 6, (page - 1) * AUDIT_PAGE_SIZE);
    static const char *const keys[] = { "at", "user_name", "action", "target", "summary" };
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "row");
        for (int i = 0; i < 5; i++)
            tmpl_set(row, keys[i], db_text(req->arena, st, i));
        tmpl_set(row, "at_label", beijing_time_label(req->arena, db_text(req->arena, st, 0)));
    }
    sqlite3_reset(st);
}

static void add_user_choices(struct tmpl_dict *d, struct request *req, const char *selected)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT DISTINCT user_name FROM audit_log ORDER BY user_name");
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *opt = tmpl_add_section(d, "user_option");
        const char *name = db_text(req->arena, st, 0);
        tmpl_set(opt, "name", name);
        if (strcmp(name, selected) == 0)
            tmpl_show(opt, "selected");
    }
    sqlite3_reset(st);
}

/* The filters as a query string, for the pager and the CSV link. */
static const char *filter_query(struct request *req, const struct form *form)
{
    static const char *const names[] = { "user", "action", "from", "to" };
    struct buf b;
    buf_init(&b, req->arena);
    for (int i = 0; i < 4; i++)
        buf_printf(&b, "%s%s=%s", i ? "&" : "", names[i],
                   url_query_escape(req->arena, form_value(form, names[i])));
    return b.data;
}

static void add_pager(struct tmpl_dict *d, struct request *req, const struct form *form,
                      long long page, long long total)
{
    long long pages = total ? (total + AUDIT_PAGE_SIZE - 1) / AUDIT_PAGE_SIZE : 1;
    const char *query = filter_query(req, form);
    tmpl_set(d, "filter_query", query);
    tmpl_set_int(d, "page", page);
    tmpl_set_int(d, "pages", pages);
    tmpl_set_int(d, "total", total);
    if (page > 1)
        tmpl_set(tmpl_add_section(d, "prev"), "url",
                 arena_printf(req->arena, "/admin/audit?%s&page=%lld", query, page - 1));
    if (page < pages)
        tmpl_set(tmpl_add_section(d, "next"), "url",
                 arena_printf(req->arena, "/admin/audit?%s&page=%lld", query, page + 1));
}

int admin_audit_page(struct request *req)
{
    struct form form;
    read_filters(req, &form);
    const char *page_text = form_value(&form, "page");
    long long page = *page_text ? atoll(page_text) : 1;
    struct page p;
    struct tmpl_dict *d = admin_page_begin(&p, req, "审计日志", "admin/audit.tpl");
    form_to_dict(&form, d);
    long long total = count_rows(req, &form);
    add_rows(d, req, &form, page);
    add_user_choices(d, req, form_value(&form, "user"));
    add_pager(d, req, &form, page, total);
    if (!total)
        tmpl_show(d, "empty");
    return page_render(&p);
}

/* ---- CSV ------------------------------------------------------------------------ */

/* RFC 4180 quoting; a cell that a spreadsheet would run as a formula gets a leading apostrophe. */
static void csv_cell(struct buf *b, const char *s, bool last)
{
    buf_putc(b, '"');
    if (strchr("=+-@\t\r", s[0]) && s[0])
        buf_putc(b, '\'');
    for (; *s; s++) {
        if (*s == '"')
            buf_putc(b, '"');
        buf_putc(b, *s);
    }
    buf_puts(b, last ? "\"\r\n" : "\",");
}

int admin_audit_csv(struct request *req)
{
    struct form form;
    read_filters(req, &form);
    struct buf *b = &req->response.body;
    buf_puts(b, "\xEF\xBB\xBF");   /* a BOM so spreadsheet programs read the Chinese as UTF-8 */
    buf_puts(b, "\"时间(UTC)\",\"用户\",\"操作\",\"对象\",\"摘要\"\r\n");
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT at, user_name, action, target, summary FROM audit_log " AUDIT_WHERE
        "ORDER BY id DESC LIMIT ?5");
    bind_filters(st, &form);
    sqlite3_bind_int(st, 5, AUDIT_CSV_MAX);
    while (sqlite3_step(st) == SQLITE_ROW)
        for (int i = 0; i < 5; i++)
            csv_cell(b, (const char *)sqlite3_column_text(st, i) ? (const char *)sqlite3_column_text(st, i) : "",
                     i == 4);
    sqlite3_reset(st);
    req->response.content_type = "text/csv; charset=utf-8";
    resp_header(req, "Content-Disposition", "attachment; filename=\"audit.csv\"");
    resp_header(req, "Cache-Control", "no-store");
    audit(req, "audit.export", "audit_log", arena_printf(req->arena, "CSV export; %s", filter_query(req, &form)));
    return 200;
}
