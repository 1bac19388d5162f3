/* Helpers shared by the content-editing areas of admin.fcgi; see content.h. */
#include "content.h"

#include <stdio.h>
#include <string.h>

#include "app.h"
#include "art20.h"
#include "db.h"
#include "form.h"
#include "markdown.h"
#include "staff.h"
#include "tmpl.h"
#include "workdays.h"
#include "validate.h"

const char *content_status_label(const char *status)
{
    static const char *const labels[][2] = {
        { "draft", "草稿" }, { "review", "待审核" }, { "published", "已发布" },
        { "returned", "已退回" }, { "superseded", "已被替代" },
    };
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        if (status && strcmp(status, labels[i][0]) == 0)
            return labels[i][1];
    return status ? status : "";
}

static void add_options_from(sqlite3_stmt *st, struct tmpl_dict *dict, const char *section,
                             long long selected)
{
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *opt = tmpl_add_section(dict, section);
        tmpl_set_int(opt, "value", db_int(st, 0));
        tmpl_set(opt, "label", (const char *)sqlite3_column_text(st, 1));
        if (db_int(st, 0) == selected)
            tmpl_show(opt, "selected");
    }
    sqlite3_reset(st);
}

const char *content_step_notice(struct request *req)
{
    static const struct { const char *step, *text; } notices[] = {
        { "submitted", "已提交审核，等待审核人审核。" },
        { "returned", "已退回，编辑可按退回意见修改后重新提交。" },
        { "published", "已发布，公开页面已更新。" },
        { "approved", "已审核通过，等待审签人审签发布。" },
        { "uploaded", "附件已上传。" },
        { "removed", "附件已删除。" },
    };
    if (params_get(&req->query, "saved"))
        return "已保存。";
    const char *step = params_get(&req->query, "done");
    for (size_t i = 0; step && i < sizeof notices / sizeof notices[0]; i++)
        if (strcmp(step, notices[i].step) == 0)
            return notices[i].text;
    return NULL;
}

/* Staff choose categories by name; the codes are for the category admin page. */
void add_category_options(struct request *req, struct tmpl_dict *dict, const char *section,
                          const char *scheme, long long selected)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, name FROM categories WHERE scheme = ?1 ORDER BY sort, id");
    sqlite3_bind_text(st, 1, scheme, -1, SQLITE_STATIC);
    add_options_from(st, dict, section, selected);
}

void add_agency_options(struct request *req, struct tmpl_dict *dict, const char *section,
                        long long selected)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, name FROM agencies WHERE (id = ?1 OR parent_id = ?1) AND unpublished = 0"
        " ORDER BY parent_id IS NOT NULL, sort, id");
    sqlite3_bind_int64(st, 1, staff_agency_id(req));
    add_options_from(st, dict, section, selected);
}

bool category_in_scheme(struct request *req, long long id, const char *scheme)
{
    if (id == 0)
        return true;
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT 1 FROM categories WHERE id = ?1 AND scheme = ?2");
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, scheme, -1, SQLITE_STATIC);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_reset(st);
    return found;
}

bool agency_is_own(struct request *req, long long id)
{
    long long own = staff_agency_id(req);
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT 1 FROM agencies WHERE id = ?1 AND coalesce(parent_id, id) = ?2 AND unpublished = 0");
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, own);
    bool found = own && sqlite3_step(st) == SQLITE_ROW;
    sqlite3_reset(st);
    return found;
}

int content_require_own(struct request *req, long long owner_id, const char *kind, long long id)
{
    return staff_require_agency(req, owner_id, arena_printf(req->arena, "%s:%lld", kind, id));
}

void add_art20_options(struct tmpl_dict *dict, const char *section, long long selected)
{
    for (int i = 1; i <= ART20_ITEMS; i++) {
        const struct art20_item *item = art20_item(i);
        struct tmpl_dict *opt = tmpl_add_section(dict, section);
        tmpl_set_int(opt, "value", i);
        char label[256];
        snprintf(label, sizeof label, "%s%s", item->numeral, item->text);
        tmpl_set(opt, "label", label);
        if (i == selected)
            tmpl_show(opt, "selected");
    }
}

long long form_id(const struct form *form, const char *name)
{
    long long id = 0;
    const char *v = form_value(form, name);
    return positive_id_parse(v, strlen(v), &id) ? id : 0;
}

const char *clip_text(struct arena *arena, const char *s, size_t max)
{
    size_t chars = 0, i = 0;
    for (; s[i]; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80 && chars++ == max)
            return arena_printf(arena, "%.*s…", (int)i, s);
    }
    return s;
}

/* Newlines would make an audit summary hard to read in one line. */
const char *one_line(struct arena *arena, const char *s)
{
    char *copy = arena_strdup(arena, s);
    for (char *p = copy; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t')
            *p = ' ';
    return copy;
}

void audit_diff(struct buf *summary, const char *label, const char *before, const char *after)
{
    if (strcmp(before ? before : "", after ? after : "") == 0)
        return;
    struct arena *arena = summary->arena;
    buf_printf(summary, "%s%s: %s -> %s", summary->len ? "; " : "", label,
               clip_text(arena, one_line(arena, before ? before : ""), 30),
               clip_text(arena, one_line(arena, after ? after : ""), 30));
}

const char *audit_summary_text(struct buf *summary)
{
    return summary->len ? summary->data : "无字段变化";
}

const char *today_iso(struct arena *arena)
{
    int t = today_yyyymmdd();
    return arena_printf(arena, "%04d-%02d-%02d", t / 10000, t / 100 % 100, t % 100);
}

int today_day_number(void)
{
    int t = today_yyyymmdd(), day = 0;
    char iso[32];
    snprintf(iso, sizeof iso, "%04d-%02d-%02d", t / 10000, t / 100 % 100, t % 100);
    day_parse_iso(iso, &day);
    return day;
}

void add_markdown_preview(struct request *req, struct tmpl_dict *dict, const char *markdown)
{
    struct tmpl_dict *p = tmpl_add_section(dict, "preview");
    tmpl_set(p, "preview_html", markdown_to_html(req->arena, markdown, strlen(markdown)));
}
