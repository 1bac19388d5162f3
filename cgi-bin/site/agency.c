/* Agency lookups shared by the programs; see agency.h. */
#include "agency.h"

#include <string.h>

#include "app.h"
#include "db.h"

/* Platform URLs that an agency code must not take. */
static const char *const reserved_codes[] = {
    "admin", "apply", "static", "catalogue", "guides", "news", "reports", "search", "files",
    "contacts", "functions", "accessibility", "prefs", "healthz", "robots", "sitemap", "feed",
    "disclosure", "agencies", "rules", "errors", "messages", "policies", "consultations",
};

bool agency_code_valid(const char *code)
{
    size_t len = code ? strlen(code) : 0;
    if (len == 0 || len > AGENCY_CODE_MAX || code[0] < 'a' || code[0] > 'z')
        return false;
    for (size_t i = 0; i < len; i++)
        if (!((code[i] >= 'a' && code[i] <= 'z') || (code[i] >= '0' && code[i] <= '9')))
            return false;
    return true;
}

bool agency_code_reserved(const char *code)
{
    for (size_t i = 0; i < sizeof reserved_codes / sizeof reserved_codes[0]; i++)
        if (strcmp(code, reserved_codes[i]) == 0)
            return true;
    return false;
}

static bool fill_agency(struct request *req, sqlite3_stmt *st, struct agency *out)
{
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        out->id = db_int(st, 0);
        out->code = db_text(req->arena, st, 1);
        out->name = db_text(req->arena, st, 2);
        out->level = db_text(req->arena, st, 3);
        out->uscc = db_text(req->arena, st, 4);
    }
    sqlite3_reset(st);
    return found;
}

bool agency_by_code(struct request *req, const char *code, struct agency *out)
{
    if (!agency_code_valid(code))
        return false;
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, code, name, coalesce(level, ''), coalesce(uscc, '') FROM agencies"
        " WHERE code = ?1 AND parent_id IS NULL");
    sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
    return fill_agency(req, st, out);
}

bool agency_by_id(struct request *req, long long id, struct agency *out)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT a.id, a.code, a.name, coalesce(a.level, ''), coalesce(a.uscc, '') FROM agencies a"
        " WHERE a.id = (SELECT coalesce(parent_id, id) FROM agencies WHERE id = ?1)");
    sqlite3_bind_int64(st, 1, id);
    return fill_agency(req, st, out);
}

const char *agency_level_label(const char *level)
{
    if (!level)
        return "";
    if (strcmp(level, "government") == 0)
        return "本级政府";
    if (strcmp(level, "department") == 0)
        return "部门";
    if (strcmp(level, "township") == 0)
        return "乡镇（街道）";
    return "";
}

const char *agency_setting(struct request *req, long long agency_id, const char *key)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT value FROM agency_settings WHERE agency_id = ?1 AND key = ?2");
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_text(st, 2, key, -1, SQLITE_STATIC);
    const char *v = sqlite3_step(st) == SQLITE_ROW ? db_text(req->arena, st, 0) : NULL;
    sqlite3_reset(st);
    return v ? v : db_setting(req->arena, req->app->content_db, key);
}

const char *agency_path(struct request *req, const char *code, const char *rest)
{
    return arena_printf(req->arena, "/%s%s", code, rest);
}
