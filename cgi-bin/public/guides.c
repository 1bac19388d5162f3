/* 办事指南: /guides lists every agency's guides (filter agency=CODE) and
 * /{code}/guides one agency's, grouped by service theme (婚姻登记, 收养登记 ...)
 * and by 事项类型; /{code}/guides/{id} shows one guide with every field of the
 * national template, printable as a one-page 一次性告知单. */
#include <string.h>

#include "agency.h"
#include "app.h"
#include "db.h"
#include "flowchart.h"
#include "markdown.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"

/* Rows (group id, group name, guide id, guide name, agency code, agency name)
 * ordered by group become one SECTION per group with its guides; SHOW_AGENCY
 * names each guide's agency (the platform's list). */
static void add_grouped(struct tmpl_dict *d, struct request *req, sqlite3_stmt *st,
                        const char *section, bool show_agency)
{
    struct tmpl_dict *group = NULL;
    long long group_id = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (!group || db_int(st, 0) != group_id) {
            group_id = db_int(st, 0);
            group = tmpl_add_section(d, section);
            tmpl_set_int(group, "group_id", group_id);
            tmpl_set(group, "group", db_text(req->arena, st, 1));
        }
        struct tmpl_dict *g = tmpl_add_section(group, "guides");
        tmpl_set(g, "url", arena_printf(req->arena, "/%s/guides/%lld", db_text(req->arena, st, 4),
                                        db_int(st, 2)));
        tmpl_set(g, "name", db_text(req->arena, st, 3));
        if (show_agency)
            tmpl_set(tmpl_add_section(g, "agency"), "agency", db_text(req->arena, st, 5));
    }
    sqlite3_reset(st);
}

/* The lists by theme and by type of OWNER_ID's guides, or of every agency's for 0. */
static void add_guide_lists(struct tmpl_dict *d, struct request *req, long long owner_id)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *by_theme = db_stmt(db,
        "SELECT c.id, c.name, g.id, g.name, o.code, o.name FROM guides g JOIN categories c ON c.id = g.theme_id"
        " JOIN agencies o ON o.id = g.owner_id WHERE g.status = 'published' AND (?1 = 0 OR g.owner_id = ?1)"
        " ORDER BY c.sort, c.id, g.sort, g.id");
    sqlite3_bind_int64(by_theme, 1, owner_id);
    add_grouped(d, req, by_theme, "themes", owner_id == 0);
    sqlite3_stmt *by_type = db_stmt(db,
        "SELECT c.id, c.name, g.id, g.name, o.code, o.name FROM guides g JOIN categories c ON c.id = g.type_id"
        " JOIN agencies o ON o.id = g.owner_id WHERE g.status = 'published' AND (?1 = 0 OR g.owner_id = ?1)"
        " ORDER BY c.sort, c.id, g.sort, g.id");
    sqlite3_bind_int64(by_type, 1, owner_id);
    add_grouped(d, req, by_type, "types", owner_id == 0);
}

/* /guides: the platform's list, optionally of one agency (?agency=CODE). */
int guides_list(struct request *req)
{
    struct agency filter;
    int status = agency_filter_read(req, &filter);
    if (status)
        return status;
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, "办事指南", "public/guides.tpl", NAV_GUIDES);
    page_breadcrumb(&page, "办事指南", NULL);
    struct tmpl_dict *form = tmpl_add_section(d, "agency_filter");
    agency_choice_fill(req, form, "levels", filter.id ? filter.code : NULL);
    if (filter.id) {
        struct tmpl_dict *active = tmpl_add_section(d, "filtered");
        tmpl_set(active, "agency", filter.name);
        tmpl_set(active, "agency_url", column_url(req, &filter, COLUMN_GUIDES));
    }
    add_guide_lists(d, req, filter.id);
    return page_render(&page);
}

/* /{code}/guides: one agency's guides. */
int agency_guides_list(struct request *req)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    if (status)
        return status;
    struct page page;
    struct tmpl_dict *d = column_page_begin(&page, req, &ag, COLUMN_GUIDES, NULL, "public/guides.tpl");
    tmpl_set(tmpl_add_section(d, "agency_contacts"), "url", column_url(req, &ag, COLUMN_CONTACTS));
    add_guide_lists(d, req, ag.id);
    return page_render(&page);
}

/* Columns of the guide query below, in order. */
enum guide_col {
    G_NAME, G_TYPE, G_THEME, G_AGENCY, G_LEGAL_BASIS, G_CONDITIONS, G_LEGAL_LIMIT, G_PROMISED_LIMIT,
    G_FEE, G_LOCATION, G_HOURS, G_CONSULT_PHONE, G_COMPLAINT_PHONE, G_VISITS, G_FAQ, G_UPDATED, G_OWNER,
};

static void set_markdown(struct tmpl_dict *d, struct request *req, const char *key,
                         sqlite3_stmt *st, int col)
{
    const char *md = (const char *)sqlite3_column_text(st, col);
    size_t len = (size_t)sqlite3_column_bytes(st, col);
    if (md && len)
        tmpl_set(tmpl_add_section(d, key), "html", markdown_to_html(req->arena, md, len));
}

static void add_guide_fields(struct tmpl_dict *d, struct request *req, sqlite3_stmt *st)
{
    static const struct { const char *key; int col; } text_fields[] = {
        { "name", G_NAME }, { "type", G_TYPE }, { "theme", G_THEME }, { "agency", G_AGENCY },
        { "legal_limit", G_LEGAL_LIMIT }, { "promised_limit", G_PROMISED_LIMIT },
        { "location", G_LOCATION }, { "hours", G_HOURS }, { "consult_phone", G_CONSULT_PHONE },
        { "complaint_phone", G_COMPLAINT_PHONE },
    };
    for (size_t i = 0; i < sizeof text_fields / sizeof text_fields[0]; i++)
        tmpl_set(d, text_fields[i].key, db_text(req->arena, st, text_fields[i].col));
    const char *fee = db_text(req->arena, st, G_FEE);
    tmpl_set(d, "fee", *fee ? fee : "不收费");
    tmpl_set_int(d, "visits", db_int(st, G_VISITS));
    const char *updated = db_text(req->arena, st, G_UPDATED);
    if (*updated)
        tmpl_set(tmpl_add_section(d, "updated"), "updated_on", updated);
    set_markdown(d, req, "legal_basis", st, G_LEGAL_BASIS);
    set_markdown(d, req, "conditions", st, G_CONDITIONS);
    set_markdown(d, req, "faq", st, G_FAQ);
}

/* A download link for a blank form or sample, when the material has one. */
static void add_form_link(struct tmpl_dict *row, struct request *req, sqlite3_stmt *st, int col,
                          const char *label)
{
    if (sqlite3_column_type(st, col) == SQLITE_NULL)
        return;
    struct tmpl_dict *link = tmpl_add_section(row, "downloads");
    tmpl_set(link, "url", attachment_url(req->arena, db_int(st, col), db_text(req->arena, st, col + 1)));
    tmpl_set(link, "label", label);
    tmpl_set(link, "filename", db_text(req->arena, st, col + 1));
}

static void add_materials(struct tmpl_dict *d, struct request *req, long long guide_id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT m.name, m.form, m.copies, m.required, m.notes, b.id, b.filename, s.id, s.filename "
        "FROM guide_materials m LEFT JOIN attachments b ON b.id = m.blank_form_id "
        "LEFT JOIN attachments s ON s.id = m.sample_id "
        "WHERE m.guide_id = ?1 ORDER BY m.sort, m.id");
    sqlite3_bind_int64(st, 1, guide_id);
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "materials");
        tmpl_set_int(row, "n", ++n);
        tmpl_set(row, "name", db_text(req->arena, st, 0));
        tmpl_set(row, "form", db_text(req->arena, st, 1));
        tmpl_set_int(row, "copies", db_int(st, 2));
        tmpl_set(row, "required", db_int(st, 3) ? "必需" : "非必需（视情况提供）");
        tmpl_set(row, "notes", db_text(req->arena, st, 4));
        add_form_link(row, req, st, 5, "空白表格");
        add_form_link(row, req, st, 7, "样表");
    }
    sqlite3_reset(st);
    tmpl_show(d, n ? "has_materials" : "no_materials");
}

enum { MAX_CHART_STEPS = 40 };

/* The steps as an ordered list (the text screen readers read) and as the
 * 运行流程图 drawn from their titles (flowchart.c). */
static void add_steps(struct tmpl_dict *d, struct request *req, long long guide_id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT title, description FROM guide_steps WHERE guide_id = ?1 ORDER BY sort, id");
    sqlite3_bind_int64(st, 1, guide_id);
    int n = 0;
    const char *titles[MAX_CHART_STEPS];
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *title = db_text(req->arena, st, 0);
        if (n < MAX_CHART_STEPS)
            titles[n] = title;
        n++;
        struct tmpl_dict *step = tmpl_add_section(d, "steps");
        tmpl_set(step, "title", title);
        const char *description = db_text(req->arena, st, 1);
        if (*description)
            tmpl_set(tmpl_add_section(step, "description"), "text", description);
    }
    sqlite3_reset(st);
    if (n)
        tmpl_show(d, "has_steps");
    flowchart_fill(req->arena, d, titles, n < MAX_CHART_STEPS ? n : MAX_CHART_STEPS);
}

int guide_page(struct request *req)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    if (status)
        return status;
    long long id = req->path_ids[1];
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT g.name, t.name, th.name, a.name, g.legal_basis_md, g.conditions_md, g.legal_limit,"
        " g.promised_limit, g.fee, g.location, g.hours, g.consult_phone, g.complaint_phone, g.visits,"
        " g.faq_md, coalesce(g.updated_on, ''), g.owner_id"
        " FROM guides g JOIN categories t ON t.id = g.type_id JOIN categories th ON th.id = g.theme_id"
        " JOIN agencies a ON a.id = g.agency_id WHERE g.id = ?1 AND g.status = 'published'");
    sqlite3_bind_int64(st, 1, id);
    status = column_item_row(req, &ag, st, G_OWNER, "/guides", id, "该办事指南不存在或尚未发布。");
    if (status)
        return status;
    const char *name = db_text(req->arena, st, G_NAME);
    struct page page;
    struct tmpl_dict *d = column_page_begin(&page, req, &ag, COLUMN_GUIDES, name, "public/guide.tpl");
    add_guide_fields(d, req, st);
    sqlite3_reset(st);
    add_materials(d, req, id);
    add_steps(d, req, id);
    tmpl_set(d, "list_url", column_url(req, &ag, COLUMN_GUIDES));
    return page_render(&page);
}
