/* The agency of an application: the grouped list of the platform's agencies,
 * the application office of one agency, and the checks of a chosen code;
 * see application_agency.h. */
#include "application_agency.h"

#include <string.h>

#include "app.h"
#include "arena.h"
#include "db.h"
#include "tmpl.h"

/* "" -> 其他机关 for an agency whose level was never set. */
static const char *group_label(const char *level)
{
    const char *label = agency_level_label(level);
    return *label ? label : "其他机关";
}

void application_agency_options(struct request *req, struct tmpl_dict *d, const char *selected_code,
                                long long exclude_id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, code, name, coalesce(level, '') FROM agencies "
        "WHERE parent_id IS NULL AND code IS NOT NULL AND id <> ?1 "
        "ORDER BY CASE level WHEN 'government' THEN 0 WHEN 'department' THEN 1 "
        "WHEN 'township' THEN 2 ELSE 3 END, sort, id");
    sqlite3_bind_int64(st, 1, exclude_id);
    struct tmpl_dict *group = NULL;
    const char *group_level = NULL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *code = db_text(req->arena, st, 1), *level = db_text(req->arena, st, 3);
        if (!group || strcmp(level, group_level) != 0) {
            group = tmpl_add_section(d, "agency_groups");
            tmpl_set(group, "group", group_label(level));
            group_level = level;
        }
        struct tmpl_dict *option = tmpl_add_section(group, "agency_options");
        tmpl_set(option, "code", code);
        tmpl_set(option, "name", db_text(req->arena, st, 2));
        if (selected_code && strcmp(code, selected_code) == 0)
            tmpl_show(option, "selected");
    }
    sqlite3_reset(st);
}

static const struct {
    const char *key;
    const char *label;
} office_keys[] = {
    { "applications_office", "受理机构" }, { "applications_address", "地址" },
    { "applications_postcode", "邮政编码" }, { "applications_hours", "办公时间" },
    { "applications_phone", "电话" }, { "applications_fax", "传真" },
};
enum { OFFICE_KEY_COUNT = sizeof office_keys / sizeof office_keys[0] };

void application_office_to_dict(struct request *req, struct tmpl_dict *d, long long agency_id)
{
    for (int i = 0; i < OFFICE_KEY_COUNT; i++) {
        const char *value = agency_setting(req, agency_id, office_keys[i].key);
        if (!*value)
            continue;
        struct tmpl_dict *row = tmpl_add_section(d, "office_rows");
        tmpl_set(row, "label", office_keys[i].label);
        tmpl_set(row, "value", value);
    }
}

const char *application_office_line(struct request *req, long long agency_id)
{
    struct buf b;
    buf_init(&b, req->arena);
    for (int i = 0; i < OFFICE_KEY_COUNT; i++) {
        const char *value = agency_setting(req, agency_id, office_keys[i].key);
        if (!*value || strcmp(office_keys[i].key, "applications_hours") == 0)
            continue;
        if (b.len)
            buf_puts(&b, "，");
        if (i > 0)
            buf_printf(&b, "%s：", office_keys[i].label);
        buf_puts(&b, value);
    }
    return b.len ? b.data : "";
}

const char *application_agency_check(struct request *req, const char *code, struct agency *out)
{
    if (!code || !*code)
        return "请选择受理申请的机关。";
    if (!agency_by_code(req, code, out))
        return "所选的机关不在本平台上，请从列表中重新选择受理申请的机关。";
    return NULL;
}

const char *application_agency_name(struct request *req, long long agency_id)
{
    struct agency a;
    return agency_id > 0 && agency_by_id(req, agency_id, &a) ? a.name : "";
}
