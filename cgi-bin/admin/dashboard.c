/* The staff dashboard /admin/: what needs action today for each role in the
 * agency the member works in (applications per state, due soon and overdue;
 * items awaiting review; calendar coverage for the platform administrator;
 * the notices waiting in the outbox and whether the sender can deliver them)
 * and an SVG chart of applications per month. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "app.h"
#include "application.h"
#include "db.h"
#include "staff.h"
#include "tmpl.h"

enum { DUE_SOON_WORKING_DAYS = 3, CHART_MONTHS = 12, LIST_LIMIT = 20 };

int admin_root_redirect(struct request *req)
{
    resp_redirect(req, 303, "/admin/");
    return 303;
}

/* Deadlines are counted in Beijing time whatever the server's time zone. */
static int today_day(void)
{
    char iso[11];
    int day = 0;
    beijing_today_iso(iso);
    day_parse_iso(iso, &day);
    return day;
}

static void today_ymd(int *y, int *m)
{
    int d;
    day_to_ymd(today_day(), y, m, &d);
}

/* ---- applications (handlers) --------------------------------------------- */

static void add_state_counts(struct tmpl_dict *box, struct request *req)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT state, count(*) FROM applications WHERE agency_id = ?1 GROUP BY state");
    sqlite3_bind_int64(st, 1, staff_agency_id(req));
    long long counts[APP_STATE__MAX] = { 0 };
    while (sqlite3_step(st) == SQLITE_ROW) {
        enum app_state s;
        if (app_state_parse((const char *)sqlite3_column_text(st, 0), &s))
            counts[s] = db_int(st, 1);
    }
    sqlite3_reset(st);
    for (int s = 0; s < APP_STATE__MAX; s++) {
        struct tmpl_dict *row = tmpl_add_section(box, "state_count");
        tmpl_set(row, "code", app_state_code((enum app_state)s));
        tmpl_set(row, "label", app_state_label((enum app_state)s));
        tmpl_set_int(row, "count", counts[s]);
        if (app_state_is_open((enum app_state)s) && counts[s])
            tmpl_show(row, "open");
    }
}

/* One open application with a due date: listed as overdue or due soon. */
static void add_due_row(struct tmpl_dict *box, struct request *req, sqlite3_stmt *st, int days_left)
{
    struct tmpl_dict *row = tmpl_add_section(box, days_left < 0 ? "overdue" : "due_soon");
    enum app_state state = APP_SUBMITTED;
    app_state_parse((const char *)sqlite3_column_text(st, 2), &state);
    tmpl_set_int(row, "id", db_int(st, 0));
    tmpl_set(row, "number", db_text(req->arena, st, 1));
    tmpl_set(row, "state", app_state_label(state));
    tmpl_set(row, "due_on", db_text(req->arena, st, 3));
    tmpl_set(row, "days", days_left < 0
             ? arena_printf(req->arena, "已逾期%d个工作日", -days_left)
             : days_left == 0 ? "今天到期" : arena_printf(req->arena, "还剩%d个工作日", days_left));
}

static void add_deadlines(struct tmpl_dict *box, struct request *req)
{
    struct calendar cal;
    if (calendar_load(req->arena, req->app->content_db, &cal) != 0) {
        tmpl_show(box, "calendar_failed");
        return;
    }
    int today = today_day(), soon = 0, overdue = 0;
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT id, number, state, due_on FROM applications WHERE agency_id = ?1 "
        "AND state NOT IN ('replied', 'withdrawn', 'closed') AND due_on IS NOT NULL ORDER BY due_on, id");
    sqlite3_bind_int64(st, 1, staff_agency_id(req));
    while (sqlite3_step(st) == SQLITE_ROW) {
        int due;
        if (!day_parse_iso((const char *)sqlite3_column_text(st, 3), &due))
            continue;
        int left = deadline_working_days_left(&cal, today, due, NULL);
        if (left > DUE_SOON_WORKING_DAYS)
            continue;
        if ((left < 0 ? overdue++ : soon++) < LIST_LIMIT)
            add_due_row(box, req, st, left);
    }
    sqlite3_reset(st);
    tmpl_set_int(box, "due_soon_count", soon);
    tmpl_set_int(box, "overdue_count", overdue);
    if (!soon)
        tmpl_show(box, "no_due_soon");
    if (!overdue)
        tmpl_show(box, "no_overdue");
}

/* ---- review (reviewers) ------------------------------------------------- */

/* Everything of the current agency waiting for a reviewer: entries (new or
 * amended), guides (or their working copies), news, pages and changes to
 * the agency's or its units' public text. */
static int add_review_items(struct tmpl_dict *box, struct request *req)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT '/admin/entries/' || e.id, e.title, e.updated_at, '新条目' FROM entries e "
        "WHERE e.status = 'review' AND e.owner_id = ?1 AND NOT EXISTS (SELECT 1 FROM entry_revisions a "
        " WHERE a.entry_id = e.id AND a.status = 'review' AND a.approved_by IS NOT NULL) "
        "UNION ALL "
        "SELECT '/admin/entries/' || r.entry_id, r.title, r.created_at, '修订' FROM entry_revisions r "
        "JOIN entries e ON e.id = r.entry_id WHERE r.status = 'review' AND r.approved_by IS NULL "
        "AND e.status <> 'review' AND e.owner_id = ?1 "
        "UNION ALL "
        "SELECT '/admin/guides/' || id, name, coalesce(updated_on, ''), '办事指南' FROM guides "
        "WHERE status = 'review' AND owner_id = ?1 "
        "UNION ALL "
        "SELECT '/admin/news/' || id, title, coalesce(published_on, ''), '工作动态' FROM news "
        "WHERE status = 'review' AND approved_by IS NULL AND owner_id = ?1 "
        "UNION ALL "
        "SELECT '/admin/pages/' || slug, coalesce(work_title, title), coalesce(work_saved_at, ''), '页面' FROM pages "
        "WHERE work_status = 'review' AND agency_id = ?1 "
        "UNION ALL "
        "SELECT '/admin/agencies/' || coalesce(c.agency_id, 'changes/' || c.id), "
        " coalesce((SELECT name FROM agencies WHERE id = c.agency_id), '新增内设机构或下属单位'), c.created_at, '机构信息' "
        "FROM agency_changes c WHERE c.status = 'review' AND c.owner_id = ?1 "
        "ORDER BY 3 LIMIT 50");
    sqlite3_bind_int64(st, 1, staff_agency_id(req));
    int count = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(box, "review_item");
        tmpl_set(row, "url", db_text(req->arena, st, 0));
        tmpl_set(row, "title", db_text(req->arena, st, 1));
        const char *since = db_text(req->arena, st, 2), *time = beijing_time_label(req->arena, since);
        tmpl_set(row, "since", *time ? time : since);   /* entries carry a time, guides and news a day */
        tmpl_set(row, "kind", db_text(req->arena, st, 3));
        count++;
    }
    sqlite3_reset(st);
    tmpl_set_int(box, "review_count", count);
    if (!count)
        tmpl_show(box, "no_review");
    return count;
}

/* ---- calendar coverage (admins) ------------------------------------------ */

static bool calendar_has_year(struct request *req, int year)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db, "SELECT 1 FROM calendar_years WHERE year = ?1");
    sqlite3_bind_int(st, 1, year);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_reset(st);
    return found;
}

static void add_calendar_coverage(struct tmpl_dict *box, struct request *req)
{
    int year, month;
    today_ymd(&year, &month);
    tmpl_set_int(box, "year", year);
    tmpl_set_int(box, "next_year", year + 1);
    if (!calendar_has_year(req, year))
        tmpl_show(box, "this_year_missing");
    else if (month >= 11 && !calendar_has_year(req, year + 1))
        tmpl_show(box, "next_year_missing");
    else
        tmpl_show(box, "calendar_ok");
}

/* ---- the chart ----------------------------------------------------------- */

struct month_counts {
    char month[CHART_MONTHS][12];  /* YYYY-MM */
    long long received[CHART_MONTHS];
    long long answered[CHART_MONTHS];
};

static void chart_months(struct month_counts *mc)
{
    int y, m;
    today_ymd(&y, &m);
    for (int i = CHART_MONTHS - 1; i >= 0; i--) {
        snprintf(mc->month[i], sizeof mc->month[i], "%04d-%02d", (y % 10000 + 10000) % 10000,
                 (m % 100 + 100) % 100);
        if (--m == 0) {
            m = 12;
            y--;
        }
    }
}

static void count_per_month(sqlite3_stmt *st, long long agency_id, const struct month_counts *mc,
                            long long *out)
{
    sqlite3_bind_text(st, 1, mc->month[0], -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, agency_id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *month = (const char *)sqlite3_column_text(st, 0);
        for (int i = 0; i < CHART_MONTHS; i++)
            if (month && strcmp(month, mc->month[i]) == 0)
                out[i] = db_int(st, 1);
    }
    sqlite3_reset(st);
}

static void load_month_counts(struct request *req, struct month_counts *mc)
{
    memset(mc, 0, sizeof *mc);
    chart_months(mc);
    sqlite3 *db = req->app->private_db;
    long long agency = staff_agency_id(req);
    count_per_month(db_stmt(db, "SELECT substr(submitted_at, 1, 7) AS m, count(*) FROM applications "
                                "WHERE substr(submitted_at, 1, 7) >= ?1 AND agency_id = ?2 GROUP BY m"),
                    agency, mc, mc->received);
    count_per_month(db_stmt(db, "SELECT substr(replied_on, 1, 7) AS m, count(*) FROM applications "
                                "WHERE replied_on IS NOT NULL AND substr(replied_on, 1, 7) >= ?1 "
                                "AND agency_id = ?2 GROUP BY m"),
                    agency, mc, mc->answered);
}

enum { CHART_LEFT = 36, CHART_TOP = 10, CHART_HEIGHT = 160, CHART_SLOT = 50, BAR_WIDTH = 18 };

static long long chart_scale_max(const struct month_counts *mc)
{
    long long max = 1;
    for (int i = 0; i < CHART_MONTHS; i++) {
        if (mc->received[i] > max)
            max = mc->received[i];
        if (mc->answered[i] > max)
            max = mc->answered[i];
    }
    return max;
}

static void add_bar(struct tmpl_dict *month, const char *section, int x, long long value, long long max)
{
    struct tmpl_dict *bar = tmpl_add_section(month, section);
    int h = (int)(value * CHART_HEIGHT / max);
    tmpl_set_int(bar, "x", x);
    tmpl_set_int(bar, "y", CHART_TOP + CHART_HEIGHT - h);
    tmpl_set_int(bar, "h", h);
    tmpl_set_int(bar, "w", BAR_WIDTH);
    tmpl_set_int(bar, "value", value);
}

static void add_chart(struct tmpl_dict *d, struct request *req)
{
    struct month_counts mc;
    load_month_counts(req, &mc);
    long long max = chart_scale_max(&mc), total_received = 0, total_answered = 0;
    struct tmpl_dict *chart = tmpl_add_section(d, "chart");
    for (int i = 0; i < CHART_MONTHS; i++) {
        struct tmpl_dict *month = tmpl_add_section(chart, "month");
        int x = CHART_LEFT + i * CHART_SLOT;
        tmpl_set(month, "month", mc.month[i]);
        tmpl_set(month, "label", arena_printf(req->arena, "%d月", atoi(mc.month[i] + 5)));
        tmpl_set_int(month, "label_x", x + BAR_WIDTH);
        tmpl_set_int(month, "received", mc.received[i]);
        tmpl_set_int(month, "answered", mc.answered[i]);
        add_bar(month, "received_bar", x, mc.received[i], max);
        add_bar(month, "answered_bar", x + BAR_WIDTH + 2, mc.answered[i], max);
        total_received += mc.received[i];
        total_answered += mc.answered[i];
    }
    tmpl_set_int(chart, "max", max);
    tmpl_set_int(chart, "total_received", total_received);
    tmpl_set_int(chart, "total_answered", total_answered);
    tmpl_set(chart, "first_month", mc.month[0]);
    tmpl_set(chart, "last_month", mc.month[CHART_MONTHS - 1]);
    tmpl_set_int(chart, "axis_y", CHART_TOP + CHART_HEIGHT);
    tmpl_set_int(chart, "label_y", CHART_TOP + CHART_HEIGHT + 16);
    tmpl_set_int(chart, "width", CHART_LEFT + CHART_MONTHS * CHART_SLOT);
}

/* ---- the notice outbox (issue 13) ---- */

/* Queued and failed notices: of the agency's applications and messages for
 * a handler, of the whole platform (digests included) for the administrator. */
static void add_notice_counts(struct tmpl_dict *box, struct request *req, long long agency_id)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT coalesce(sum(n.state = 'queued'), 0), coalesce(sum(n.state = 'failed'), 0) FROM notices n "
        "LEFT JOIN applications a ON a.id = n.application_id LEFT JOIN messages m ON m.id = n.message_ref "
        "WHERE ?1 = 0 OR a.agency_id = ?1 OR m.agency_id = ?1");
    sqlite3_bind_int64(st, 1, agency_id);
    if (sqlite3_step(st) == SQLITE_ROW) {
        tmpl_set_int(box, "queued", db_int(st, 0));
        tmpl_set_int(box, "failed", db_int(st, 1));
        if (db_int(st, 1) > 0)
            tmpl_show(box, "has_failed");
    }
    sqlite3_reset(st);
}

/* What the sender found on its last run: admin.fcgi cannot see its environment. */
static void add_sender_status(struct tmpl_dict *box, struct request *req)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT ran_at, mail_configured, sms_configured, summary FROM notice_sender WHERE id = 1");
    if (sqlite3_step(st) != SQLITE_ROW) {
        tmpl_show(box, "sender_never_ran");
    } else {
        struct tmpl_dict *ran = tmpl_add_section(box, "sender_ran");
        tmpl_set(ran, "ran_at", beijing_time_label(req->arena, db_text(req->arena, st, 0)));
        tmpl_set(ran, "summary", db_text(req->arena, st, 3));
        tmpl_show(ran, db_int(st, 1) ? "mail_configured" : "mail_not_configured");
        tmpl_show(ran, db_int(st, 2) ? "sms_configured" : "sms_not_configured");
    }
    sqlite3_reset(st);
}

static void add_notices(struct tmpl_dict *d, struct request *req)
{
    struct tmpl_dict *box = tmpl_add_section(d, "notices");
    bool platform = staff_has(req, ROLE_ADMIN) && !staff_has(req, ROLE_HANDLER);
    tmpl_set(box, "scope", platform ? "全平台" : "本机关申请和留言的");
    add_notice_counts(box, req, platform ? 0 : staff_agency_id(req));
    add_sender_status(box, req);
}

int admin_dashboard(struct request *req)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "工作台", "admin/dashboard.tpl");
    const struct staff *s = current_staff(req);
    tmpl_set(d, "display_name", s->display_name);
    tmpl_set(d, "agency_name", *s->agency_name ? s->agency_name : "平台");
    char today[11];
    day_format_iso(today_day(), today);
    tmpl_set(d, "today", today);
    if (staff_has(req, ROLE_HANDLER)) {
        struct tmpl_dict *box = tmpl_add_section(d, "handler");
        add_state_counts(box, req);
        add_deadlines(box, req);
    }
    if (staff_has(req, ROLE_REVIEWER))
        add_review_items(tmpl_add_section(d, "reviewer"), req);
    if (staff_has(req, ROLE_EDITOR))
        tmpl_show(d, "editor");
    if (staff_has(req, ROLE_ADMIN))
        add_calendar_coverage(tmpl_add_section(d, "admin"), req);
    if (staff_has(req, ROLE_HANDLER | ROLE_ADMIN) && staff_agency_id(req))
        add_chart(d, req);
    if (staff_has(req, ROLE_HANDLER | ROLE_ADMIN))
        add_notices(d, req);
    signoff_dashboard(req, d);   /* 待审签 for signers (issue 14, signoff.c) */
    /* ---- annual report reminder (issue 6, annual_report_admin.c) ---- */
    annual_report_dashboard(req, d);
    /* ---- end annual report reminder ---- */
    /* ---- 互动交流: messages near three months unanswered (message_stats.c, issue 12) ---- */
    message_veto_warning(req, d);
    /* ---- end 互动交流 ---- */
    return page_render(&page);
}
