/* The static Markdown pages, each with the date it was last updated: an
 * agency's 政府信息公开指南 (/{code}/disclosure-guide), 政府信息公开制度
 * (/{code}/rules) and 机构职能 (/{code}/functions, with the agency's leaders
 * and duties), and the platform's accessibility statement
 * (/accessibility). */
#include <string.h>

#include "agency.h"
#include "app.h"
#include "db.h"
#include "markdown.h"
#include "page.h"
#include "policy.h"
#include "public.h"
#include "tmpl.h"

struct markdown_page {
    const char *title;
    const char *body_md;
    const char *updated_on;
};

/* The page SLUG of agency AGENCY_ID (0: the platform's). False when there is none. */
static bool load_page(struct request *req, long long agency_id, const char *slug, struct markdown_page *out)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT title, body_md, coalesce(updated_on, '') FROM pages WHERE ifnull(agency_id, 0) = ?1 AND slug = ?2");
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_text(st, 2, slug, -1, SQLITE_STATIC);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        out->title = db_text(req->arena, st, 0);
        out->body_md = db_text(req->arena, st, 1);
        out->updated_on = db_text(req->arena, st, 2);
    }
    sqlite3_reset(st);
    return found;
}

static void fill_page(struct tmpl_dict *d, struct request *req, const struct markdown_page *p)
{
    tmpl_set(d, "title", p->title);
    tmpl_set(d, "body_html", markdown_to_html(req->arena, p->body_md, strlen(p->body_md)));
    if (*p->updated_on)
        tmpl_set(tmpl_add_section(d, "updated"), "updated_on", p->updated_on);
}

/* The agency's duties below its 机构职能 page, unless the page already is that text. */
static void add_duties(struct tmpl_dict *d, struct request *req, const struct agency *ag,
                       const struct markdown_page *p)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db, "SELECT duties_md FROM agencies WHERE id = ?1");
    sqlite3_bind_int64(st, 1, ag->id);
    const char *duties = sqlite3_step(st) == SQLITE_ROW ? db_text(req->arena, st, 0) : "";
    sqlite3_reset(st);
    if (*duties && strcmp(duties, p->body_md) != 0) {
        struct tmpl_dict *extra = tmpl_add_section(d, "extra");
        tmpl_set(extra, "heading", arena_printf(req->arena, "%s职能概述", ag->name));
        tmpl_set(extra, "extra_html", markdown_to_html(req->arena, duties, strlen(duties)));
    }
    tmpl_set(tmpl_add_section(d, "contacts_link"), "url", column_url(req, ag, COLUMN_CONTACTS));
}

/* 负责人信息 (Art. 20(一), issue 14): the agency's published list of leaders,
 * name, position and the work each is in charge of (分管工作). */
static void add_leaders(struct tmpl_dict *d, struct request *req, const struct agency *ag)
{
    struct list_row *rows;
    const char *problem;
    int n = list_parse(req->arena, agency_setting(req, ag->id, "leaders"), &leader_list, &rows, &problem);
    if (n <= 0)
        return;
    struct tmpl_dict *box = tmpl_add_section(d, "leaders");
    tmpl_set(box, "agency_name", ag->name);
    for (int i = 0; i < n; i++) {
        struct tmpl_dict *row = tmpl_add_section(box, "rows");
        tmpl_set(row, "name", rows[i].cell[0]);
        tmpl_set(row, "position", rows[i].cell[1]);
        tmpl_set(row, "duties", rows[i].cell[2]);
    }
}

/* A page of the agency's column. Every agency has the same columns (61号):
 * one whose page is not written yet says so instead of disappearing. */
static int agency_markdown_page(struct request *req, const char *slug, enum column column)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    if (status)
        return status;
    struct markdown_page p;
    bool found = load_page(req, ag.id, slug, &p);
    if (!found)
        p = (struct markdown_page){ arena_printf(req->arena, "%s%s", ag.name, column_label(column)), "", "" };
    struct page page;
    struct tmpl_dict *d = column_page_begin(&page, req, &ag, column, NULL, "public/page.tpl");
    fill_page(d, req, &p);
    if (!found)
        tmpl_show(d, "not_written");
    if (column == COLUMN_FUNCTIONS) {
        add_leaders(d, req, &ag);
        add_duties(d, req, &ag, &p);
        tmpl_set(tmpl_add_section(d, "powers_link"), "url", column_url(req, &ag, COLUMN_POWERS));
    }
    return page_render(&page);
}

int disclosure_guide_page(struct request *req)
{
    return agency_markdown_page(req, "disclosure-guide", COLUMN_DISCLOSURE_GUIDE);
}

int rules_page(struct request *req)
{
    return agency_markdown_page(req, "rules", COLUMN_RULES);
}

int functions_page(struct request *req)
{
    return agency_markdown_page(req, "functions", COLUMN_FUNCTIONS);
}

int accessibility_page(struct request *req)
{
    struct markdown_page p;
    if (!load_page(req, 0, "accessibility", &p))
        return resp_error(req, 404, "该页面尚未发布。");
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, p.title, "public/page.tpl", NAV_NONE);
    page_breadcrumb(&page, p.title, NULL);
    fill_page(d, req, &p);
    return page_render(&page);
}
