/* /contacts: the bureau, its offices and its units with address, postcode,
 * office hours and phone numbers, grouped by kind in the order set by staff. */
#include <string.h>

#include "app.h"
#include "db.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"

static const char *kind_heading(const char *kind)
{
    return strcmp(kind, "bureau") == 0 ? "本局" : strcmp(kind, "office") == 0 ? "内设机构" : "直属单位";
}

/* Empty fields are left out rather than shown as blank rows. */
static void set_if_present(struct tmpl_dict *d, const char *section, const char *value)
{
    if (*value)
        tmpl_set(tmpl_add_section(d, section), "value", value);
}

static void add_agency(struct tmpl_dict *group, struct request *req, sqlite3_stmt *st)
{
    static const char *const fields[] = {
        "address", "postcode", "office_hours", "phone", "fax", "email", "supervision_phone" };
    struct tmpl_dict *a = tmpl_add_section(group, "agencies");
    tmpl_set_int(a, "id", db_int(st, 0));
    tmpl_set(a, "name", db_text(req->arena, st, 2));
    for (int i = 0; i < 7; i++)
        set_if_present(a, fields[i], db_text(req->arena, st, 3 + i));
}

static void add_agencies(struct tmpl_dict *d, struct request *req)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, kind, name, address, postcode, office_hours, phone, fax, email, supervision_phone "
        "FROM agencies ORDER BY CASE kind WHEN 'bureau' THEN 0 WHEN 'office' THEN 1 ELSE 2 END, sort, id");
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
        add_agency(group, req, st);
    }
    sqlite3_reset(st);
}

int contacts_page(struct request *req)
{
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, "联系我们", "public/contacts.tpl", NAV_CONTACTS);
    page_breadcrumb(&page, "联系我们", NULL);
    add_agencies(d, req);
    return page_render(&page);
}
