/* /admin/annual-report-summary/{year}: the platform administrator's (政务公开办)
 * summary of a year's annual reports: each agency's report state with a link
 * to its published report, and section 三 summed over every agency in the
 * report's own table, also as CSV. A published report counts with the numbers
 * it froze (what the public reads); any other with today's count. */
#include <string.h>

#include "admin.h"
#include "agency.h"
#include "annual_report.h"
#include "annual_report_admin.h"
#include "app.h"
#include "content.h"
#include "db.h"
#include "staff.h"
#include "tmpl.h"
#include "validate.h"

struct summary_agency {
    long long id;
    const char *code;
    const char *name;
    const char *level;
    struct annual_report_state state;
};

struct summary {
    int year;
    struct summary_agency *agencies;
    size_t count;
    struct table3 total;
};

/* The platform's agencies in the home page's order: 本级政府, 部门, 乡镇（街道）. */
static size_t load_agencies(struct request *req, struct summary_agency **out)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, code, name, coalesce(level, '') FROM agencies WHERE parent_id IS NULL "
        "ORDER BY CASE level WHEN 'government' THEN 0 WHEN 'department' THEN 1 ELSE 2 END, sort, id");
    size_t count = 0, cap = 0;
    struct summary_agency *rows = NULL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        rows = arena_array_reserve(req->arena, rows, count, &cap, sizeof *rows, 16);
        memset(&rows[count], 0, sizeof rows[count]);
        rows[count].id = db_int(st, 0);
        rows[count].code = db_text(req->arena, st, 1);
        rows[count].name = db_text(req->arena, st, 2);
        rows[count].level = db_text(req->arena, st, 3);
        count++;
    }
    sqlite3_reset(st);
    *out = rows;
    return count;
}

/* Every agency's state, and their tables summed (after the agency list is read). */
static void load_summary(struct request *req, int year, struct summary *s)
{
    memset(s, 0, sizeof *s);
    s->year = year;
    s->count = load_agencies(req, &s->agencies);
    table3_check(&s->total);
    for (size_t i = 0; i < s->count; i++) {
        annual_report_state(req, s->agencies[i].id, year, &s->agencies[i].state);
        table3_add(&s->total, &s->agencies[i].state.t3);
    }
}

static void add_agency_row(struct request *req, struct tmpl_dict *d, const struct summary_agency *a, int year)
{
    const struct annual_report_state *st = &a->state;
    struct tmpl_dict *row = tmpl_add_section(d, "agency");
    tmpl_set(row, "name", a->name);
    tmpl_set(row, "level_label", agency_level_label(a->level));
    tmpl_set(row, "status", *st->status ? st->status : "none");
    tmpl_set(row, "status_label", *st->status ? content_status_label(st->status) : "尚未编制");
    tmpl_set(row, "published_on", st->published_on);
    tmpl_set_int(row, "new", st->t3.cell[AR_ROW_NEW][AR_TOTAL]);
    tmpl_set_int(row, "concluded", st->t3.cell[AR_ROW_CONCLUDED][AR_TOTAL]);
    tmpl_set_int(row, "carried_out", st->t3.cell[AR_ROW_CARRIED_OUT][AR_TOTAL]);
    tmpl_set(row, "source", st->frozen ? "发布时冻结" : "实时计算");
    if (strcmp(st->status, "published") == 0)
        tmpl_set(tmpl_add_section(row, "published"), "public_url",
                 arena_printf(req->arena, "/%s/reports/%d", a->code, year));
}

static int render_summary(struct request *req, int year, bool year_error)
{
    struct summary s;
    load_summary(req, year, &s);
    struct page page;
    const char *heading = arena_printf(req->arena, "%d年度政府信息公开工作年度报告汇总", year);
    struct tmpl_dict *d = admin_page_begin(&page, req, heading, "admin/annual_report_summary.tpl");
    tmpl_set(d, "heading", heading);
    tmpl_set_int(d, "year", year);
    tmpl_set_int(d, "agency_count", (long long)s.count);
    tmpl_set_int(d, "first_year", ANNUAL_REPORT_FIRST_YEAR);
    tmpl_set_int(d, "this_year", annual_report_this_year());
    if (year_error)
        tmpl_show(d, "year_error");
    for (size_t i = 0; i < s.count; i++)
        add_agency_row(req, d, &s.agencies[i], year);
    struct tmpl_dict *tables = tmpl_add_include(d, "report_tables", "public/report_tables.tpl");
    report_table3_fill(req->arena, tables, year, &s.total);
    tmpl_set(tables, "report_url", arena_printf(req->arena, "/admin/annual-report-summary/%d", year));
    tmpl_show(tables, "downloads");
    return page_render(&page);
}

/* Without a year: the year asked for in ?year=, else the last finished year (the one being reported on). */
int annual_report_summary_redirect(struct request *req)
{
    const char *wanted = params_get(&req->query, "year");
    long long year = 0;
    bool valid = wanted && positive_id_parse(wanted, strlen(wanted), &year) && annual_report_year_allowed(year);
    if (wanted && !valid)
        return render_summary(req, annual_report_this_year() - 1, true);
    if (!valid)
        year = annual_report_this_year() - 1;
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/annual-report-summary/%lld", year));
    return 303;
}

int annual_report_summary_page(struct request *req)
{
    if (!annual_report_year_allowed(req->path_ids[0]))
        return resp_error(req, 404, "没有这一年度的年度报告。");
    return render_summary(req, (int)req->path_ids[0], false);
}

int annual_report_summary_csv(struct request *req)
{
    if (!annual_report_year_allowed(req->path_ids[0]))
        return resp_error(req, 404, "没有这一年度的年度报告。");
    struct summary s;
    struct report_figures fig;
    load_summary(req, (int)req->path_ids[0], &s);
    report_figures_init(&fig);
    fig.t3 = s.total;
    report_table_csv(&fig, 3, &req->response.body);
    req->response.content_type = "text/csv; charset=utf-8";
    resp_header(req, "Content-Disposition", arena_printf(req->arena,
                "attachment; filename=\"annual-report-summary-%d-table-3.csv\"", s.year));
    return 200;
}
