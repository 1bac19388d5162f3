/* The platform's list of agencies, grouped by level as 61号 and the platform
 * home show them (本级政府, 部门, 乡镇（街道）), for the home page's lists and
 * the agency choices of search and guides; and the agency=CODE filter. */
#include <string.h>

#include "agency.h"
#include "app.h"
#include "db.h"
#include "public.h"
#include "tmpl.h"

void agency_choice_fill(struct request *req, struct tmpl_dict *d, const char *section,
                        const char *selected)
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
    }
    sqlite3_reset(st);
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
