/* /admin/visits (issue 14): page views and distinct visitors of the last 30
 * days as a small server-rendered SVG bar chart with the numbers in a table
 * beside it, and the views per column this year; counted by `portalctl
 * visits` (cgi-bin/site/visits.c). Agency staff see their agency's column;
 * the platform administrator the whole site and each agency. */
#include <string.h>

#include "admin.h"
#include "agency.h"
#include "app.h"
#include "content.h"
#include "db.h"
#include "page.h"
#include "staff.h"
#include "tmpl.h"
#include "workdays.h"

enum { CHART_DAYS = 30, BAR_SLOT = 16, BAR_WIDTH = 12, CHART_LEFT = 40, CHART_HEIGHT = 140, CHART_TOP = 10 };

static const struct { const char *col, *label; } column_labels[] = {
    { "home", "首页" }, { "catalogue", "政府信息公开目录" }, { "guides", "办事指南" }, { "news", "工作动态" },
    { "search", "站内搜索" }, { "apply", "依申请公开" }, { "disclosure-guide", "政府信息公开指南" },
    { "rules", "政府信息公开制度" }, { "statutory", "法定主动公开内容" }, { "reports", "政府信息公开年报" },
    { "functions", "机构职能" }, { "contacts", "联系方式" }, { "sitemap", "网站地图" },
    { "accessibility", "无障碍声明" }, { "other", "其他页面" },
};

static const char *column_label_of(const char *col)
{
    for (size_t i = 0; i < sizeof column_labels / sizeof column_labels[0]; i++)
        if (strcmp(column_labels[i].col, col) == 0)
            return column_labels[i].label;
    return col;
}

/* Views and visitors of one day for AGENCY_ID (0: the whole site). */
static void day_counts(struct request *req, long long agency_id, const char *day, long long *views,
                       long long *visitors)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT (SELECT coalesce(sum(views), 0) FROM visit_counts WHERE day = ?1 AND (?2 = 0 OR agency_id = ?2)), "
        " (SELECT coalesce(max(visitors), 0) FROM visit_visitors WHERE day = ?1 AND agency_id = ?2)");
    sqlite3_bind_text(st, 1, day, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, agency_id);
    *views = *visitors = 0;
    if (sqlite3_step(st) == SQLITE_ROW) {
        *views = db_int(st, 0);
        *visitors = db_int(st, 1);
    }
    sqlite3_reset(st);
}

/* The last CHART_DAYS days up to TODAY as bars (height by views) and rows. */
static void add_chart(struct request *req, struct tmpl_dict *d, long long agency_id, int today)
{
    long long views[CHART_DAYS], visitors[CHART_DAYS], max = 1, total = 0;
    char days[CHART_DAYS][11];
    for (int i = 0; i < CHART_DAYS; i++) {
        day_format_iso(today - (CHART_DAYS - 1) + i, days[i]);
        day_counts(req, agency_id, days[i], &views[i], &visitors[i]);
        if (views[i] > max)
            max = views[i];
        total += views[i];
    }
    struct tmpl_dict *chart = tmpl_add_section(d, "chart");
    for (int i = 0; i < CHART_DAYS; i++) {
        struct tmpl_dict *bar = tmpl_add_section(chart, "day");
        long long h = views[i] * CHART_HEIGHT / max;
        tmpl_set_int(bar, "x", CHART_LEFT + i * BAR_SLOT);
        tmpl_set_int(bar, "y", CHART_TOP + CHART_HEIGHT - h);
        tmpl_set_int(bar, "h", h);
        tmpl_set_int(bar, "w", BAR_WIDTH);
        tmpl_set(bar, "day", days[i]);
        tmpl_set_int(bar, "views", views[i]);
        tmpl_set_int(bar, "visitors", visitors[i]);
        if (i % 7 == 0 || i == CHART_DAYS - 1) {
            struct tmpl_dict *label = tmpl_add_section(bar, "label");
            tmpl_set(label, "text", days[i] + 5);
            tmpl_set_int(label, "lx", CHART_LEFT + i * BAR_SLOT + BAR_WIDTH / 2);
        }
    }
    tmpl_set_int(chart, "max", max);
    tmpl_set_int(chart, "total", total);
    tmpl_set_int(chart, "width", CHART_LEFT + CHART_DAYS * BAR_SLOT);
    tmpl_set_int(chart, "axis_y", CHART_TOP + CHART_HEIGHT);
    tmpl_set_int(chart, "label_y", CHART_TOP + CHART_HEIGHT + 16);
    tmpl_set(chart, "first_day", days[0]);
    tmpl_set(chart, "last_day", days[CHART_DAYS - 1]);
}

/* This year's views per column of AGENCY_ID (0: the platform's own pages). */
static void add_columns(struct request *req, struct tmpl_dict *d, long long agency_id, const char *year)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT col, sum(views) FROM visit_counts WHERE agency_id = ?1 AND substr(day, 1, 4) = ?2 "
        "GROUP BY col ORDER BY 2 DESC, col");
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_text(st, 2, year, -1, SQLITE_STATIC);
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "column");
        tmpl_set(row, "label", column_label_of((const char *)sqlite3_column_text(st, 0)));
        tmpl_set_int(row, "views", db_int(st, 1));
    }
    sqlite3_reset(st);
}

/* The platform administrator's list: each agency's views this year. */
static void add_agencies(struct request *req, struct tmpl_dict *d, const char *year)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT a.name, (SELECT coalesce(sum(views), 0) FROM visit_counts v WHERE v.agency_id = a.id "
        " AND substr(v.day, 1, 4) = ?1) FROM agencies a WHERE a.parent_id IS NULL ORDER BY 2 DESC, a.sort, a.id");
    sqlite3_bind_text(st, 1, year, -1, SQLITE_STATIC);
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "agency");
        tmpl_set(row, "name", (const char *)sqlite3_column_text(st, 0));
        tmpl_set_int(row, "views", db_int(st, 1));
    }
    sqlite3_reset(st);
}

int visits_page(struct request *req)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "访问统计", "admin/visits.tpl");
    const char *today = today_iso(req->arena);
    int day = today_day_number();
    const char *year = arena_printf(req->arena, "%.4s", today);
    bool platform = staff_has(req, ROLE_ADMIN);
    long long agency_id = platform ? 0 : staff_agency_id(req);
    tmpl_set(d, "scope", platform ? "全平台" : current_staff(req)->agency_name);
    tmpl_set(d, "year", year);
    add_chart(req, d, agency_id, day);
    add_columns(req, d, agency_id, year);
    if (platform)
        add_agencies(req, tmpl_add_section(d, "platform"), year);
    return page_render(&page);
}
