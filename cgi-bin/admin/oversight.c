/* /admin/oversight: the platform administrator's view of every agency's
 * disclosure work (政务公开办 supervises, Art. 3): overdue and due-soon
 * applications, content waiting for review, the last publication and last
 * year's annual report. Counts only: no applicant, title or text is read. */
#include <string.h>

#include "admin.h"
#include "app.h"
#include "agency.h"
#include "application.h"
#include "content.h"
#include "db.h"
#include "staff.h"
#include "tmpl.h"
#include "workdays.h"

enum { DUE_SOON_WORKING_DAYS = 3, REPORT_DEADLINE_MMDD = 131 };

struct agency_work {
    long long overdue, due_soon;
    long long entries, guides, news, reports;   /* waiting for review */
    long long pages;                            /* pages and agency changes waiting for review */
    const char *last_published;                 /* YYYY-MM-DD or "" */
};

struct totals {
    long long overdue, due_soon, review;
};

/* Counts the agency's open applications whose reply is overdue or due within
 * DUE_SOON_WORKING_DAYS working days (the dashboard's rule). Reads only
 * agency_id, state and due_on. */
static void count_deadlines(struct request *req, const struct calendar *cal, int today, long long agency_id,
                            struct agency_work *w)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT due_on FROM applications WHERE agency_id = ?1 "
        "AND state NOT IN ('replied', 'withdrawn', 'closed') AND due_on IS NOT NULL");
    sqlite3_bind_int64(st, 1, agency_id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        int due;
        if (!day_parse_iso((const char *)sqlite3_column_text(st, 0), &due))
            continue;
        int left = deadline_working_days_left(cal, today, due, NULL);
        if (left < 0)
            w->overdue++;
        else if (left <= DUE_SOON_WORKING_DAYS)
            w->due_soon++;
    }
    sqlite3_reset(st);
}

static long long count_for(sqlite3_stmt *st, long long agency_id)
{
    sqlite3_bind_int64(st, 1, agency_id);
    long long n = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : 0;
    sqlite3_reset(st);
    return n;
}

static void count_review(struct request *req, long long agency_id, struct agency_work *w)
{
    sqlite3 *db = req->app->content_db;
    w->entries = count_for(db_stmt(db,
        "SELECT count(DISTINCT r.entry_id) FROM entry_revisions r JOIN entries e ON e.id = r.entry_id "
        "WHERE r.status = 'review' AND e.owner_id = ?1"), agency_id);
    w->guides = count_for(db_stmt(db,
        "SELECT count(*) FROM guides WHERE owner_id = ?1 AND status = 'review'"), agency_id);
    w->news = count_for(db_stmt(db,
        "SELECT count(*) FROM news WHERE owner_id = ?1 AND status = 'review'"), agency_id);
    w->reports = count_for(db_stmt(db,
        "SELECT count(*) FROM annual_reports WHERE agency_id = ?1 AND status = 'review'"), agency_id);
    w->pages = count_for(db_stmt(db,
        "SELECT (SELECT count(*) FROM pages WHERE agency_id = ?1 AND work_status = 'review') "
        " + (SELECT count(*) FROM agency_changes WHERE owner_id = ?1 AND status = 'review')"), agency_id);
}

/* The latest day anything of the agency went public: an entry (first
 * publication or an amendment, in Beijing time), news, a guide, a report. */
static const char *last_publication(struct request *req, long long agency_id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT coalesce(max(d), '') FROM ("
        " SELECT max(published_on) AS d FROM entries WHERE owner_id = ?1 AND status = 'published'"
        " UNION ALL SELECT max(date(r.published_at, '+8 hours')) FROM entry_revisions r"
        "  JOIN entries e ON e.id = r.entry_id WHERE e.owner_id = ?1 AND r.published_at IS NOT NULL"
        " UNION ALL SELECT max(published_on) FROM news WHERE owner_id = ?1 AND status = 'published'"
        " UNION ALL SELECT max(updated_on) FROM guides WHERE owner_id = ?1 AND status = 'published'"
        " UNION ALL SELECT max(published_on) FROM annual_reports WHERE agency_id = ?1 AND status = 'published')");
    sqlite3_bind_int64(st, 1, agency_id);
    const char *d = sqlite3_step(st) == SQLITE_ROW ? db_text(req->arena, st, 0) : "";
    sqlite3_reset(st);
    return d;
}

/* Last year's report: its state, and a warning once 31 January has passed unpublished (Art. 49). */
static void add_report_state(struct request *req, struct tmpl_dict *row, long long agency_id, int today)
{
    int y, m, d;
    day_to_ymd(today, &y, &m, &d);
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT status, coalesce(published_on, '') FROM annual_reports WHERE agency_id = ?1 AND year = ?2");
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, y - 1);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    const char *status = found ? db_text(req->arena, st, 0) : "";
    const char *published_on = found ? db_text(req->arena, st, 1) : "";
    sqlite3_reset(st);
    bool published = strcmp(status, "published") == 0;
    tmpl_set(row, "report_state", !found ? "未编制" : published
             ? arena_printf(req->arena, "已发布（%s）", published_on) : content_status_label(status));
    tmpl_set(row, "report_status", found ? status : "none");
    if (!published && m * 100 + d > REPORT_DEADLINE_MMDD)
        tmpl_show(row, "report_late");
}

static long long review_total(const struct agency_work *w)
{
    return w->entries + w->guides + w->news + w->reports + w->pages;
}

static void set_counts(struct tmpl_dict *row, const struct agency_work *w, bool deadlines_known)
{
    if (deadlines_known) {
        struct tmpl_dict *dl = tmpl_add_section(row, "deadlines");
        tmpl_set_int(dl, "overdue", w->overdue);
        tmpl_set_int(dl, "due_soon", w->due_soon);
        if (w->overdue)
            tmpl_show(dl, "has_overdue");
    } else {
        tmpl_show(row, "deadlines_unknown");
    }
    tmpl_set_int(row, "review_entries", w->entries);
    tmpl_set_int(row, "review_guides", w->guides);
    tmpl_set_int(row, "review_news", w->news);
    tmpl_set_int(row, "review_reports", w->reports);
    tmpl_set_int(row, "review_pages", w->pages);
    tmpl_set_int(row, "review_total", review_total(w));
    tmpl_set(row, "last_published", *w->last_published ? w->last_published : "尚无");
}

static void add_agency_rows(struct request *req, struct tmpl_dict *d, int today, struct totals *t)
{
    struct calendar cal;
    bool deadlines_known = calendar_load(req->arena, req->app->content_db, &cal) == 0;
    if (!deadlines_known)
        tmpl_show(d, "calendar_failed");
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, name, coalesce(code, ''), coalesce(level, '') FROM agencies WHERE parent_id IS NULL "
        "ORDER BY CASE level WHEN 'government' THEN 0 WHEN 'department' THEN 1 ELSE 2 END, sort, id");
    while (sqlite3_step(st) == SQLITE_ROW) {
        long long id = db_int(st, 0);
        struct agency_work w = { 0 };
        if (deadlines_known)
            count_deadlines(req, &cal, today, id, &w);
        count_review(req, id, &w);
        w.last_published = last_publication(req, id);
        struct tmpl_dict *row = tmpl_add_section(d, "agency");
        tmpl_set_int(row, "id", id);
        tmpl_set(row, "name", (const char *)sqlite3_column_text(st, 1));
        tmpl_set(row, "code", (const char *)sqlite3_column_text(st, 2));
        tmpl_set(row, "level_label", agency_level_label((const char *)sqlite3_column_text(st, 3)));
        set_counts(row, &w, deadlines_known);
        add_report_state(req, row, id, today);
        t->overdue += w.overdue;
        t->due_soon += w.due_soon;
        t->review += review_total(&w);
    }
    sqlite3_reset(st);
}

int oversight_page(struct request *req)
{
    char iso[11];
    int today = 0;
    beijing_today_iso(iso);
    day_parse_iso(iso, &today);
    int y, m, d;
    day_to_ymd(today, &y, &m, &d);
    struct page page;
    struct tmpl_dict *dict = admin_page_begin(&page, req, "平台监督", "admin/oversight.tpl");
    tmpl_set(dict, "today", iso);
    tmpl_set_int(dict, "report_year", y - 1);
    struct totals t = { 0 };
    add_agency_rows(req, dict, today, &t);
    tmpl_set_int(dict, "total_overdue", t.overdue);
    tmpl_set_int(dict, "total_due_soon", t.due_soon);
    tmpl_set_int(dict, "total_review", t.review);
    message_veto_warning(req, dict);   /* 互动交流 (issue 12) */
    return page_render(&page);
}
