/* /{code}/powers, 权责清单 (issue 14): the agency's powers as its reviewer
 * published them (agency_settings "powers", lines of 事项名称｜类别｜依据｜
 * 实施主体｜办事指南, policy.h), each linked to its 办事指南, whose page draws
 * the 运行流程图 from the guide's steps. */
#include "agency.h"
#include "app.h"
#include "db.h"
#include "page.h"
#include "policy.h"
#include "public.h"
#include "tmpl.h"

/* The id of AG's published guide named NAME, or 0. */
static long long guide_named(struct request *req, const struct agency *ag, const char *name)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id FROM guides WHERE owner_id = ?1 AND name = ?2 AND status = 'published' AND draft_of IS NULL "
        "ORDER BY id LIMIT 1");
    sqlite3_bind_int64(st, 1, ag->id);
    sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
    long long id = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : 0;
    sqlite3_reset(st);
    return id;
}

int powers_page(struct request *req)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    if (status)
        return status;
    struct list_row *rows;
    const char *problem;
    int n = list_parse(req->arena, agency_setting(req, ag.id, "powers"), &power_list, &rows, &problem);
    struct page page;
    struct tmpl_dict *d = column_page_begin(&page, req, &ag, COLUMN_POWERS, NULL, "public/powers.tpl");
    for (int i = 0; i < n; i++) {
        struct tmpl_dict *row = tmpl_add_section(d, "rows");
        tmpl_set_int(row, "n", i + 1);
        tmpl_set(row, "name", rows[i].cell[0]);
        tmpl_set(row, "category", rows[i].cell[1]);
        tmpl_set(row, "basis", rows[i].cell[2]);
        tmpl_set(row, "implementer", rows[i].cell[3]);
        long long guide = guide_named(req, &ag, *rows[i].cell[4] ? rows[i].cell[4] : rows[i].cell[0]);
        if (guide)
            tmpl_set(tmpl_add_section(row, "guide"), "url",
                     agency_path(req, ag.code, arena_printf(req->arena, "/guides/%lld", guide)));
        else
            tmpl_show(row, "no_guide");
    }
    tmpl_show(d, n > 0 ? "has_rows" : "empty");
    tmpl_set(d, "functions_url", column_url(req, &ag, COLUMN_FUNCTIONS));
    return page_render(&page);
}
