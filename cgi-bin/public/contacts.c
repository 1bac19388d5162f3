/* /{code}/contacts: the agency, its internal offices and its subordinate
 * units with address, postcode, office hours and phone numbers, grouped by
 * kind in the order set by staff. */
#include <string.h>

#include "agency.h"
#include "app.h"
#include "db.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"

static const char *kind_heading(const char *kind)
{
    return strcmp(kind, "bureau") == 0 ? "本机关" : strcmp(kind, "office") == 0 ? "内设机构" : "直属单位";
}

/* Empty fields are left out rather than shown as blank rows. */
static void set_if_present(struct tmpl_dict *d, const char *section, const char *value)
{
    if (*value)
        tmpl_set(tmpl_add_section(d, section), "value", value);
}

static void add_unit(struct tmpl_dict *group, struct request *req, sqlite3_stmt *st)
{
    static const char *const fields[] = {
        "address", "postcode", "office_hours", "phone", "fax", "email", "supervision_phone" };
    struct tmpl_dict *a = tmpl_add_section(group, "agencies");
    tmpl_set_int(a, "id", db_int(st, 0));
    tmpl_set(a, "name", db_text(req->arena, st, 2));
    for (int i = 0; i < 7; i++)
        set_if_present(a, fields[i], db_text(req->arena, st, 3 + i));
}

/* The agency itself (kind 'bureau', its own row) first, then its offices and units. */
static void add_units(struct tmpl_dict *d, struct request *req, const struct agency *ag)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, CASE WHEN id = ?1 THEN 'bureau' WHEN kind = 'office' THEN 'office' ELSE 'unit' END,"
        " name, address, postcode, office_hours, phone, fax, email, supervision_phone"
        " FROM agencies WHERE (id = ?1 OR parent_id = ?1) AND unpublished = 0"
        " ORDER BY CASE WHEN id = ?1 THEN 0 WHEN kind = 'office' THEN 1 ELSE 2 END, sort, id");
    sqlite3_bind_int64(st, 1, ag->id);
    struct tmpl_dict *group = NULL;
    const char *group_kind = "";
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *kind = db_text(req->arena, st, 1);
        if (!group || strcmp(kind, group_kind) != 0) {
            group = tmpl_add_section(d, "groups");
            group_kind = kind;
            tmpl_set(group, "heading", kind_heading(kind));
            tmpl_set(group, "kind", kind);
        }
        add_unit(group, req, st);
    }
    sqlite3_reset(st);
}

int contacts_page(struct request *req)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    if (status)
        return status;
    struct page page;
    struct tmpl_dict *d = column_page_begin(&page, req, &ag, COLUMN_CONTACTS, NULL, "public/contacts.tpl");
    tmpl_set(d, "disclosure_guide_url", column_url(req, &ag, COLUMN_DISCLOSURE_GUIDE));
    add_units(d, req, &ag);
    return page_render(&page);
}
