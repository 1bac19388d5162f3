/* The platform's list of agencies, grouped by level as 61号 and the platform
 * home show them (本级政府, 部门, 乡镇（街道）), for the home page's lists,
 * the agency choices of search and guides and the HTML site map (/sitemap,
 * 网站地图: every agency with the pages of its column); and the agency=CODE filter. */
#include <string.h>

#include "agency.h"
#include "app.h"
#include "db.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"

/* agency_choice_fill, calling EACH (if not NULL) with every agency's row. */
static void agency_groups_fill(struct request *req, struct tmpl_dict *d, const char *section,
                               const char *selected,
                               void (*each)(struct request *, struct tmpl_dict *, const char *))
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT code, name, coalesce(level, '') FROM agencies WHERE parent_id IS NULL AND code IS NOT NULL"
        " ORDER BY CASE level WHEN 'government' THEN 0 WHEN 'department' THEN 1"
        " WHEN 'township' THEN 2 ELSE 3 END, sort, id");
    struct tmpl_dict *group = NULL;
    const char *group_level = NULL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *code = db_text(req->arena, st, 0), *level = db_text(req->arena, st, 2);
        if (!group || strcmp(level, group_level) != 0) {
            group = tmpl_add_section(d, section);
            group_level = level;
            const char *label = agency_level_label(level);
            tmpl_set(group, "level", *level ? level : "other");
            tmpl_set(group, "level_label", *label ? label : "其他机构");
        }
        struct tmpl_dict *a = tmpl_add_section(group, "agencies");
        tmpl_set(a, "code", code);
        tmpl_set(a, "name", db_text(req->arena, st, 1));
        tmpl_set(a, "url", agency_path(req, code, "/"));
        if (selected && strcmp(selected, code) == 0)
            tmpl_show(a, "selected");
        if (each)
            each(req, a, code);
    }
    sqlite3_reset(st);
}

void agency_choice_fill(struct request *req, struct tmpl_dict *d, const char *section,
                        const char *selected)
{
    agency_groups_fill(req, d, section, selected, NULL);
}

static void add_agency_columns(struct request *req, struct tmpl_dict *agency_row, const char *code)
{
    column_links_fill(req, agency_row, "columns", code);
}

/* The platform's own pages on the site map, before the agencies. */
static const struct { const char *label, *path; } platform_pages[] = {
    { "政府信息公开平台首页", "/" }, { "政府信息公开目录（全平台）", "/catalogue" },
    { "办事指南（全平台）", "/guides" }, { "搜索", "/search" }, { "依申请公开", "/apply" },
    { "无障碍声明", "/accessibility" }, { "订阅更新（Atom）", "/feed.atom" },
    { "网站地图（XML，供搜索引擎使用）", "/sitemap.xml" },
};

int site_map_page(struct request *req)
{
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, "网站地图", "public/site_map.tpl", NAV_NONE);
    page_breadcrumb(&page, "网站地图", NULL);
    for (size_t i = 0; i < sizeof platform_pages / sizeof platform_pages[0]; i++) {
        struct tmpl_dict *row = tmpl_add_section(d, "platform_pages");
        tmpl_set(row, "label", platform_pages[i].label);
        tmpl_set(row, "url", platform_pages[i].path);
    }
    agency_groups_fill(req, d, "levels", NULL, add_agency_columns);
    return page_render(&page);
}

int agency_filter_read(struct request *req, struct agency *out)
{
    memset(out, 0, sizeof *out);
    const char *code = params_get(&req->query, "agency");
    if (!code || !*code)
        return 0;
    if (!agency_code_valid(code))
        return resp_error(req, 400, arena_printf(req->arena, "筛选条件“机构”的值“%s”无效：机构代码由小写字母和数字组成。",
                                                 code));
    if (!agency_by_code(req, code, out))
        return resp_error(req, 404, "所选的机构不存在，可能已被调整。");
    return 0;
}
