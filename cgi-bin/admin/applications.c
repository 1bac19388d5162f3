/* The clerk's inbox of disclosure-on-request applications of the session's
 * agency only: counts per state, due-soon and overdue rows marked in words,
 * filters, search by number or name (names shown masked), sort by due date,
 * pagination; and the CSV export of the same filtered list (personal fields
 * only for admins). */
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "app.h"
#include "application_form.h"
#include "application_staff.h"
#include "db.h"
#include "form.h"
#include "staff.h"
#include "tmpl.h"

enum { INBOX_PAGE_SIZE = 20, CSV_MAX_ROWS = 100000 };

static const struct field_choice due_choices[] = {
    { "overdue", "已逾期" }, { "due_soon", "3个工作日内到期" }, { "open", "未办结" },
    { NULL, NULL } };
static const struct field_choice type_choices[] = {
    { "person", "公民" }, { "org", "法人或其他组织" }, { NULL, NULL } };
static const struct field_choice sort_choices[] = {
    { "due", "按答复期限（最早在前）" }, { "newest", "按提交时间（最新在前）" }, { NULL, NULL } };

static const struct field inbox_fields[] = {
    { "state", "状态", FIELD_TEXT, 30, false, NULL, 0, 0 },
    { "due", "期限", FIELD_CHOICE, 10, false, due_choices, 0, 0 },
    { "type", "申请人类型", FIELD_CHOICE, 10, false, type_choices, 0, 0 },
    { "year", "年份", FIELD_INT_RANGE, 4, false, NULL, 2000, 2100 },
    { "handler", "经办人", FIELD_UINT, 18, false, NULL, 0, 0 },
    { "q", "编号或姓名", FIELD_TEXT, 50, false, NULL, 0, 0 },
    { "sort", "排序", FIELD_CHOICE, 10, false, sort_choices, 0, 0 },
    { "page", "页码", FIELD_INT_RANGE, 7, false, NULL, 1, 1000000 },
};
enum { INBOX_FIELD_COUNT = sizeof inbox_fields / sizeof inbox_fields[0] };

/* The validated filter; a value that failed validation counts as absent. */
struct inbox_filter {
    struct form form;
    const char *state, *due, *type, *q, *sort;
    long long year, handler, page;
    long long agency_id;              /* the session's agency: no other agency's rows */
    char today[11], soon_limit[11];   /* due_soon: today <= due_on < soon_limit */
};

#define INBOX_FROM \
    "FROM applications a LEFT JOIN users u ON u.id = a.assigned_to " \
    "WHERE (?1 = '' OR a.state = ?1) " \
    "AND (?2 = '' " \
    "  OR (?2 = 'open' AND a.state NOT IN ('replied', 'withdrawn', 'closed')) " \
    "  OR (?2 = 'overdue' AND a.state IN ('received', 'corrected', 'extended') AND a.due_on < ?3) " \
    "  OR (?2 = 'due_soon' AND a.state IN ('received', 'corrected', 'extended') " \
    "      AND a.due_on >= ?3 AND a.due_on < ?4)) " \
    "AND (?5 = '' OR a.applicant_type = ?5) " \
    "AND (?6 = 0 OR a.year = ?6) " \
    "AND (?7 = 0 OR a.assigned_to = ?7) " \
    "AND (?8 = '' OR instr(upper(a.number), upper(?8)) > 0 OR instr(a.name, ?8) > 0 " \
    "     OR instr(a.contact_name, ?8) > 0) " \
    "AND a.agency_id = ?12 "

/* Due first: open applications by due date (none last), then the concluded
 * ones newest first, so years of answered applications never bury a new one
 * (their due dates are the oldest); or everything newest first. */
#define INBOX_CONCLUDED "a.state IN ('replied', 'withdrawn', 'closed')"
#define INBOX_ORDER \
    "ORDER BY CASE WHEN ?9 = 'newest' THEN 0 ELSE " INBOX_CONCLUDED " END, " \
    "CASE WHEN ?9 = 'newest' OR " INBOX_CONCLUDED " THEN 0 ELSE a.due_on IS NULL END, " \
    "CASE WHEN ?9 = 'newest' OR " INBOX_CONCLUDED " THEN '' ELSE a.due_on END, " \
    "CASE WHEN ?9 = 'newest' OR " INBOX_CONCLUDED " THEN -a.id ELSE a.id END "

#define INBOX_COLUMNS \
    "SELECT a.id, a.number, a.applicant_type, a.name, a.phone, a.info_title, a.state, " \
    "a.submitted_at, a.received_on, a.due_on, a.channel, " \
    "coalesce(nullif(u.display_name, ''), u.name, ''), a.id_number, a.uscc, a.email, a.address, " \
    "a.outcome, a.replied_on, a.info_doc_no, substr(a.info_description, 1, 40) "

enum inbox_column {
    COL_ID, COL_NUMBER, COL_TYPE, COL_NAME, COL_PHONE, COL_TITLE, COL_STATE, COL_SUBMITTED,
    COL_RECEIVED, COL_DUE, COL_CHANNEL, COL_HANDLER, COL_ID_NUMBER, COL_USCC, COL_EMAIL,
    COL_ADDRESS, COL_OUTCOME, COL_REPLIED, COL_DOC_NO, COL_DESCRIPTION,
};

/* The name may be empty (Art. 29(二) needs one of name, 文号, description). */
static const char *info_label(struct arena *a, sqlite3_stmt *st)
{
    return application_info_label(a, db_text(a, st, COL_TITLE), db_text(a, st, COL_DOC_NO),
                                  db_text(a, st, COL_DESCRIPTION));
}

static const char *valid_value(const struct form *form, const char *name)
{
    for (size_t i = 0; i < form->count; i++)
        if (strcmp(form->fields[i].name, name) == 0)
            return form->errors[i] ? "" : form->values[i];
    return "";
}

static long long valid_number(const struct form *form, const char *name)
{
    const char *v = valid_value(form, name);
    return *v ? strtoll(v, NULL, 10) : 0;
}

/* Reads the filter from the query; an unknown state is reported beside the field. */
static void inbox_filter_read(struct request *req, const struct calendar *cal,
                              struct inbox_filter *f)
{
    enum app_state state;
    form_read(req, inbox_fields, INBOX_FIELD_COUNT, true, &f->form);
    f->state = valid_value(&f->form, "state");
    if (*f->state && !app_state_parse(f->state, &state)) {
        form_set_error(&f->form, "state", "没有这个状态。");
        f->state = "";
    }
    f->due = valid_value(&f->form, "due");
    f->type = valid_value(&f->form, "type");
    f->q = valid_value(&f->form, "q");
    f->sort = *valid_value(&f->form, "sort") ? valid_value(&f->form, "sort") : "due";
    f->year = valid_number(&f->form, "year");
    f->handler = valid_number(&f->form, "handler");
    f->page = valid_number(&f->form, "page");
    f->agency_id = staff_agency_id(req);
    if (f->page < 1)
        f->page = 1;
    int today = shanghai_today();
    day_format_iso(today, f->today);
    day_format_iso(calendar_add_workdays(cal, today, 4, NULL), f->soon_limit);
}

static void inbox_bind(sqlite3_stmt *st, const struct inbox_filter *f)
{
    sqlite3_bind_text(st, 1, f->state, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, f->due, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, f->today, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, f->soon_limit, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, f->type, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 6, f->year);
    sqlite3_bind_int64(st, 7, f->handler);
    sqlite3_bind_text(st, 8, f->q, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 12, f->agency_id);
}

/* The filter as a query string (without page), for pagination and the CSV link. */
static const char *inbox_query_string(struct arena *arena, const struct inbox_filter *f)
{
    struct buf b;
    buf_init(&b, arena);
    buf_printf(&b, "state=%s&due=%s&type=%s&q=%s&sort=%s", url_query_escape(arena, f->state),
               f->due, f->type, url_query_escape(arena, f->q), f->sort);
    if (f->year)
        buf_printf(&b, "&year=%lld", f->year);
    if (f->handler)
        buf_printf(&b, "&handler=%lld", f->handler);
    return b.data;
}

/* ---- the tabs: counts per state, due soon, overdue ---- */

static void add_state_tab(struct tmpl_dict *d, const char *url, const char *label,
                          long long count, bool current)
{
    struct tmpl_dict *tab = tmpl_add_section(d, "tabs");
    tmpl_set(tab, "url", url);
    tmpl_set(tab, "label", label);
    tmpl_set_int(tab, "count", count);
    if (current)
        tmpl_show(tab, "current");
}

static void count_states(struct request *req, const struct inbox_filter *f,
                         long long counts[APP_STATE__MAX], long long *total)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT state, count(*) FROM applications WHERE agency_id = ?1 GROUP BY state");
    sqlite3_bind_int64(st, 1, f->agency_id);
    *total = 0;
    memset(counts, 0, sizeof(long long) * APP_STATE__MAX);
    while (sqlite3_step(st) == SQLITE_ROW) {
        enum app_state s;
        if (app_state_parse((const char *)sqlite3_column_text(st, 0), &s))
            counts[s] = db_int(st, 1);
        *total += db_int(st, 1);
    }
    sqlite3_reset(st);
}

static void count_due(struct request *req, const struct inbox_filter *f, long long *soon,
                      long long *overdue)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT coalesce(sum(due_on < ?1), 0), coalesce(sum(due_on >= ?1 AND due_on < ?2), 0) "
        "FROM applications WHERE agency_id = ?3 AND state IN ('received', 'corrected', 'extended')");
    sqlite3_bind_text(st, 1, f->today, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 3, f->agency_id);
    sqlite3_bind_text(st, 2, f->soon_limit, -1, SQLITE_STATIC);
    *soon = *overdue = 0;
    if (sqlite3_step(st) == SQLITE_ROW) {
        *overdue = db_int(st, 0);
        *soon = db_int(st, 1);
    }
    sqlite3_reset(st);
}

static void add_tabs(struct tmpl_dict *d, struct request *req, const struct inbox_filter *f)
{
    long long counts[APP_STATE__MAX], total, soon, overdue;
    count_states(req, f, counts, &total);
    count_due(req, f, &soon, &overdue);
    bool unfiltered = !*f->state && !*f->due;
    add_state_tab(d, "/admin/applications", "全部", total, unfiltered);
    add_state_tab(d, "/admin/applications?due=overdue", "已逾期", overdue,
                  strcmp(f->due, "overdue") == 0 && !*f->state);
    add_state_tab(d, "/admin/applications?due=due_soon", "3个工作日内到期", soon,
                  strcmp(f->due, "due_soon") == 0 && !*f->state);
    for (int s = 0; s < APP_STATE__MAX; s++)
        add_state_tab(d, arena_printf(req->arena, "/admin/applications?state=%s",
                                      app_state_code((enum app_state)s)),
                      app_state_label((enum app_state)s), counts[s],
                      strcmp(f->state, app_state_code((enum app_state)s)) == 0 && !*f->due);
}

/* ---- filter controls ---- */

static void add_state_options(struct tmpl_dict *d, const struct inbox_filter *f)
{
    for (int s = 0; s < APP_STATE__MAX; s++) {
        struct tmpl_dict *opt = tmpl_add_section(d, "state_options");
        tmpl_set(opt, "value", app_state_code((enum app_state)s));
        tmpl_set(opt, "label", app_state_label((enum app_state)s));
        if (strcmp(f->state, app_state_code((enum app_state)s)) == 0)
            tmpl_show(opt, "selected");
    }
}

/* The handlers of the session's agency (user_agency_roles). */
static void add_handler_options(struct tmpl_dict *d, struct request *req, long long selected)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT u.id, coalesce(nullif(u.display_name, ''), u.name) FROM users u "
        "JOIN user_agency_roles r ON r.user_id = u.id AND r.role = 'handler' AND r.agency_id = ?1 "
        "WHERE u.active = 1 ORDER BY u.name");
    sqlite3_bind_int64(st, 1, staff_agency_id(req));
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *opt = tmpl_add_section(d, "handler_options");
        tmpl_set_int(opt, "value", db_int(st, 0));
        tmpl_set(opt, "label", (const char *)sqlite3_column_text(st, 1));
        if (db_int(st, 0) == selected)
            tmpl_show(opt, "selected");
    }
    sqlite3_reset(st);
}

/* ---- the rows ---- */

static void add_row(struct tmpl_dict *d, struct request *req, sqlite3_stmt *st,
                    const struct calendar *cal)
{
    struct arena *a = req->arena;
    enum app_state state = APP_SUBMITTED;
    app_state_parse((const char *)sqlite3_column_text(st, COL_STATE), &state);
    struct tmpl_dict *row = tmpl_add_section(d, "rows");
    tmpl_set_int(row, "id", db_int(st, COL_ID));
    tmpl_set(row, "number", db_text(a, st, COL_NUMBER));
    tmpl_set(row, "type", applicant_type_label(db_text(a, st, COL_TYPE)));
    tmpl_set(row, "name", mask_name(a, db_text(a, st, COL_NAME)));
    tmpl_set(row, "phone", mask_phone(a, db_text(a, st, COL_PHONE)));
    tmpl_set(row, "info_title", info_label(a, st));
    tmpl_set(row, "state", app_state_label(state));
    tmpl_set(row, "state_code", app_state_code(state));
    tmpl_set(row, "submitted", beijing_time_label(a, db_text(a, st, COL_SUBMITTED)));
    tmpl_set(row, "channel", channel_label(db_text(a, st, COL_CHANNEL)));
    tmpl_set(row, "handler", db_text(a, st, COL_HANDLER));
    const char *due_on = db_text(a, st, COL_DUE);
    tmpl_set(row, "due_on", app_state_clock_runs(state) ? due_on : "");
    bool soon, overdue;
    const char *due_text = application_due_text(req, cal, state, due_on, &soon, &overdue);
    if (*due_text) {
        struct tmpl_dict *mark = tmpl_add_section(row, "due_mark");
        tmpl_set(mark, "text", due_text);
        tmpl_set(mark, "class", overdue ? "due-overdue" : soon ? "due-soon" : "due-ok");
    }
}

static long long add_rows(struct tmpl_dict *d, struct request *req, const struct inbox_filter *f,
                          const struct calendar *cal)
{
    sqlite3_stmt *count = db_stmt(req->app->private_db, "SELECT count(*) " INBOX_FROM);
    inbox_bind(count, f);
    long long total = sqlite3_step(count) == SQLITE_ROW ? db_int(count, 0) : 0;
    sqlite3_reset(count);
    sqlite3_stmt *st = db_stmt(req->app->private_db,
                               INBOX_COLUMNS INBOX_FROM INBOX_ORDER "LIMIT ?10 OFFSET ?11");
    inbox_bind(st, f);
    sqlite3_bind_text(st, 9, f->sort, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 10, INBOX_PAGE_SIZE);
    sqlite3_bind_int64(st, 11, (f->page - 1) * INBOX_PAGE_SIZE);
    bool any = false;
    for (; sqlite3_step(st) == SQLITE_ROW; any = true)
        add_row(d, req, st, cal);
    sqlite3_reset(st);
    tmpl_show(d, any ? "has_rows" : "no_rows");
    return total;
}

static void add_pagination(struct tmpl_dict *d, struct request *req, const struct inbox_filter *f,
                           long long total)
{
    long long pages = total ? (total + INBOX_PAGE_SIZE - 1) / INBOX_PAGE_SIZE : 1;
    const char *base = arena_printf(req->arena, "/admin/applications?%s",
                                    inbox_query_string(req->arena, f));
    tmpl_set_int(d, "total", total);
    tmpl_set_int(d, "page", f->page);
    tmpl_set_int(d, "pages", pages);
    if (f->page > 1)
        tmpl_set(tmpl_add_section(d, "prev_page"), "url",
                 arena_printf(req->arena, "%s&page=%lld", base, f->page - 1));
    if (f->page < pages)
        tmpl_set(tmpl_add_section(d, "next_page"), "url",
                 arena_printf(req->arena, "%s&page=%lld", base, f->page + 1));
    tmpl_set(d, "csv_url", arena_printf(req->arena, "/admin/applications.csv?%s",
                                        inbox_query_string(req->arena, f)));
}

int application_inbox_page(struct request *req)
{
    struct calendar cal;
    struct inbox_filter f;
    struct page page;
    calendar_load(req->arena, req->app->content_db, &cal);
    inbox_filter_read(req, &cal, &f);
    struct tmpl_dict *d = admin_page_begin(&page, req, "依申请公开办理", "admin/applications.tpl");
    form_to_dict(&f.form, d);
    add_tabs(d, req, &f);
    add_state_options(d, &f);
    add_handler_options(d, req, f.handler);
    long long total = add_rows(d, req, &f, &cal);
    add_pagination(d, req, &f, total);
    resp_header(req, "Cache-Control", "no-store");
    return page_render(&page);
}

/* ---- CSV export ---- */

/* One CSV cell: always quoted; a leading = + - @ gets an apostrophe so that a
 * spreadsheet never runs what an applicant typed as a formula. */
static void csv_cell(struct buf *b, const char *value, bool last)
{
    buf_putc(b, '"');
    if (strchr("=+-@\t\r", value[0]) && value[0])
        buf_putc(b, '\'');
    for (const char *p = value; *p; p++) {
        if (*p == '"')
            buf_putc(b, '"');
        buf_putc(b, *p);
    }
    buf_puts(b, last ? "\"\r\n" : "\",");
}

static const char *const csv_header[] = {
    "申请编号", "申请渠道", "申请人类型", "申请人", "证件号码/统一社会信用代码", "联系电话",
    "电子邮箱", "通信地址", "所需信息", "状态", "提交时间", "确认收到日期", "答复期限",
    "期限提示", "答复日期", "答复结果", "经办人",
};
enum { CSV_COLUMNS = sizeof csv_header / sizeof csv_header[0] };

static const char *mask_text(struct arena *a, const char *s)
{
    return *s ? mask_id_number(a, s) : "";
}

/* Personal columns: in full for admins, masked for everyone else. */
static void csv_personal(const char **cells, struct arena *a, sqlite3_stmt *st, bool full)
{
    const char *id = db_text(a, st, COL_ID_NUMBER);
    if (!*id)
        id = db_text(a, st, COL_USCC);
    const char *name = db_text(a, st, COL_NAME), *phone = db_text(a, st, COL_PHONE);
    const char *email = db_text(a, st, COL_EMAIL), *address = db_text(a, st, COL_ADDRESS);
    cells[3] = full ? name : mask_name(a, name);
    cells[4] = full ? id : mask_text(a, id);
    cells[5] = full ? phone : mask_phone(a, phone);
    cells[6] = full ? email : mask_text(a, email);
    cells[7] = full ? address : (*address ? "（已隐去）" : "");
}

static void csv_row(struct buf *b, struct request *req, sqlite3_stmt *st,
                    const struct calendar *cal, bool full)
{
    struct arena *a = req->arena;
    const char *cells[CSV_COLUMNS];
    enum app_state state = APP_SUBMITTED;
    app_state_parse((const char *)sqlite3_column_text(st, COL_STATE), &state);
    const struct outcome *o = outcome_find(db_text(a, st, COL_OUTCOME));
    const char *due_on = db_text(a, st, COL_DUE);
    bool soon, overdue;
    cells[0] = db_text(a, st, COL_NUMBER);
    cells[1] = channel_label(db_text(a, st, COL_CHANNEL));
    cells[2] = applicant_type_label(db_text(a, st, COL_TYPE));
    csv_personal(cells, a, st, full);
    cells[8] = info_label(a, st);
    cells[9] = app_state_label(state);
    cells[10] = beijing_time_label(a, db_text(a, st, COL_SUBMITTED));
    cells[11] = db_text(a, st, COL_RECEIVED);
    cells[12] = app_state_clock_runs(state) ? due_on : "";
    cells[13] = application_due_text(req, cal, state, due_on, &soon, &overdue);
    cells[14] = db_text(a, st, COL_REPLIED);
    cells[15] = o ? (strcmp(o->group, o->label) == 0
                         ? o->label : arena_printf(a, "%s：%s", o->group, o->label)) : "";
    cells[16] = db_text(a, st, COL_HANDLER);
    for (int i = 0; i < CSV_COLUMNS; i++)
        csv_cell(b, cells[i], i == CSV_COLUMNS - 1);
}

static long long csv_write(struct request *req, const struct inbox_filter *f,
                           const struct calendar *cal, bool full)
{
    struct buf *b = &req->response.body;
    buf_puts(b, "\xEF\xBB\xBF");   /* the BOM makes Excel read UTF-8 */
    for (int i = 0; i < CSV_COLUMNS; i++)
        csv_cell(b, csv_header[i], i == CSV_COLUMNS - 1);
    sqlite3_stmt *st = db_stmt(req->app->private_db,
                               INBOX_COLUMNS INBOX_FROM INBOX_ORDER "LIMIT ?10");
    inbox_bind(st, f);
    sqlite3_bind_text(st, 9, f->sort, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 10, CSV_MAX_ROWS);
    long long rows = 0;
    for (; sqlite3_step(st) == SQLITE_ROW; rows++)
        csv_row(b, req, st, cal, full);
    sqlite3_reset(st);
    return rows;
}

int application_csv_export(struct request *req)
{
    struct calendar cal;
    struct inbox_filter f;
    calendar_load(req->arena, req->app->content_db, &cal);
    inbox_filter_read(req, &cal, &f);
    bool full = staff_has(req, ROLE_ADMIN);
    long long rows = csv_write(req, &f, &cal, full);
    req->response.content_type = "text/csv; charset=utf-8";
    const struct staff *s = current_staff(req);
    resp_header(req, "Content-Disposition", arena_printf(req->arena,
                "attachment; filename=\"applications-%s-%s.csv\"",
                s && *s->agency_code ? s->agency_code : "none", f.today));
    resp_header(req, "Cache-Control", "no-store");
    audit(req, "application.export", "applications",
          arena_printf(req->arena, "CSV %lld rows of agency %lld, personal fields %s; filter state=%s "
                       "due=%s type=%s year=%lld handler=%lld search=%s", rows, f.agency_id,
                       full ? "full" : "masked", f.state, f.due, f.type, f.year, f.handler,
                       *f.q ? "yes" : "no"));
    return 200;
}
