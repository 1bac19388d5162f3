/* An agency's 政府信息公开 column (/{code}/...): finding the agency named by
 * the URL, and the frame every page of the column shares — the agency's name
 * and the column navigation (templates/public/agency_nav.tpl, included by the
 * layout) with the four columns of 国办公开办函〔2019〕61号 first, in its
 * order and with its names, the same for every agency. */
#include <stdbool.h>

#include "agency.h"
#include "app.h"
#include "db.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"

struct column_info {
    const char *label;
    const char *rest;       /* the path after /{code} */
    bool statutory_61;      /* one of 61号's four columns */
};

static const struct column_info columns[COLUMN__MAX] = {
    [COLUMN_HOME] = { "栏目首页", "/", false },
    [COLUMN_DISCLOSURE_GUIDE] = { "政府信息公开指南", "/disclosure-guide", true },
    [COLUMN_RULES] = { "政府信息公开制度", "/rules", true },
    [COLUMN_STATUTORY] = { "法定主动公开内容", "/statutory", true },
    [COLUMN_REPORTS] = { "政府信息公开年报", "/reports", true },
    [COLUMN_CATALOGUE] = { "政府信息公开目录", "/catalogue", false },
    [COLUMN_POLICIES] = { "政策文件库", "/policies", false },
    [COLUMN_GUIDES] = { "办事指南", "/guides", false },
    [COLUMN_POWERS] = { "权责清单", "/powers", false },
    [COLUMN_FUNCTIONS] = { "机构职能", "/functions", false },
    [COLUMN_CONTACTS] = { "联系方式", "/contacts", false },
    [COLUMN_NEWS] = { "工作动态", "/news", false },
    [COLUMN_CLARIFICATIONS] = { "澄清说明", "/clarifications", false },
    [COLUMN_APPLY] = { "依申请公开", "/apply", false },
    [COLUMN_MESSAGES] = { "互动交流", "/messages", false },
};

const char *column_label(enum column column)
{
    return columns[column].label;
}

const char *column_url(struct request *req, const struct agency *ag, enum column column)
{
    return agency_path(req, ag->code, columns[column].rest);
}

void column_links_fill(struct request *req, struct tmpl_dict *d, const char *section, const char *code)
{
    for (int c = COLUMN_DISCLOSURE_GUIDE; c < COLUMN__MAX; c++) {
        struct tmpl_dict *item = tmpl_add_section(d, section);
        tmpl_set(item, "label", columns[c].label);
        tmpl_set(item, "url", agency_path(req, code, columns[c].rest));
    }
}

int column_agency(struct request *req, struct agency *out)
{
    if (agency_by_code(req, req->path_args[0], out))
        return 0;
    return resp_error(req, 404, "您访问的页面不存在。各机构的政府信息公开栏目请从首页的机构列表进入。");
}

/* The navigation partial: 61号's columns, then the column's other pages. */
static void add_column_nav(struct page *page, struct request *req, const struct agency *ag,
                           enum column current)
{
    struct tmpl_dict *nav = tmpl_add_include(page->root, "agency_nav", "public/agency_nav.tpl");
    tmpl_set(nav, "agency_name", ag->name);
    tmpl_set(nav, "agency_level", agency_level_label(ag->level));
    tmpl_set(nav, "home_url", column_url(req, ag, COLUMN_HOME));
    for (int c = COLUMN_DISCLOSURE_GUIDE; c < COLUMN__MAX; c++) {
        struct tmpl_dict *item = tmpl_add_section(nav, columns[c].statutory_61 ? "main_column"
                                                                               : "more_column");
        tmpl_set(item, "label", columns[c].label);
        tmpl_set(item, "url", column_url(req, ag, (enum column)c));
        if (c == (int)current)
            tmpl_show(item, "current");
    }
}

struct tmpl_dict *column_page_begin(struct page *page, struct request *req, const struct agency *ag,
                                    enum column column, const char *item_title,
                                    const char *content_template)
{
    const char *heading = item_title ? item_title : columns[column].label;
    const char *title = column == COLUMN_HOME && !item_title
        ? arena_printf(req->arena, "%s政府信息公开", ag->name)
        : arena_printf(req->arena, "%s - %s", heading, ag->name);
    struct tmpl_dict *d = page_begin(page, req, title, content_template, NAV_NONE);
    add_column_nav(page, req, ag, column);
    tmpl_set(page->root, "agency_code", ag->code);
    tmpl_show(page->root, "agency_feed");
    if (column == COLUMN_HOME && !item_title) {
        page_breadcrumb(page, ag->name, NULL);
    } else {
        page_breadcrumb(page, ag->name, column_url(req, ag, COLUMN_HOME));
        page_breadcrumb(page, columns[column].label, item_title ? column_url(req, ag, column) : NULL);
        if (item_title)
            page_breadcrumb(page, item_title, NULL);
    }
    tmpl_set(d, "agency_name", ag->name);
    tmpl_set(d, "agency_code", ag->code);
    return d;
}

/* "?query" of the request, or "" (kept on redirects of list pages). */
static const char *query_suffix(struct request *req)
{
    return *req->raw_query ? arena_printf(req->arena, "?%s", req->raw_query) : "";
}

int column_redirect(struct request *req, int status, const char *code, const char *rest)
{
    resp_redirect(req, status, arena_printf(req->arena, "/%s%s%s", code, rest, query_suffix(req)));
    return status;
}

int column_item_row(struct request *req, const struct agency *ag, sqlite3_stmt *st, int owner_col,
                    const char *kind, long long id, const char *missing)
{
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_reset(st);
        return resp_error(req, 404, missing);
    }
    long long owner = db_int(st, owner_col);
    if (owner == ag->id)
        return 0;
    sqlite3_reset(st);
    return column_redirect_to_owner(req, owner, arena_printf(req->arena, "%s/%lld", kind, id));
}

int column_redirect_to_owner(struct request *req, long long owner_id, const char *rest)
{
    struct agency owner;
    if (!agency_by_id(req, owner_id, &owner))
        return resp_error(req, 404, NULL);
    return column_redirect(req, 301, owner.code, rest);
}
