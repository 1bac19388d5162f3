/* /admin/settings: the platform's settings (its identity and the parent
 * portal's: 网站标识码, ICP and 公安 numbers, footer fields, the index-number
 * format, the site's address), each with a Chinese label and a validator,
 * saved in one transaction with an audit row that lists every value before
 * and after. Platform administrator only. */
#include <string.h>

#include "admin.h"
#include "app.h"
#include "config.h"
#include "content.h"
#include "db.h"
#include "form.h"
#include "log.h"
#include "staff.h"
#include "tmpl.h"

/* Every platform key the site reads; keys not listed here are shown but not
 * edited. Agencies' own settings (the 依申请公开 office) are on each
 * agency's page (agencies_admin.c). */
static const struct field setting_fields[] = {
    { .name = "site_name", .label = "网站名称", .kind = FIELD_TEXT, .max_chars = 60, .required = true },
    { .name = "platform_name", .label = "平台所属人民政府", .kind = FIELD_TEXT, .max_chars = 60, .required = true },
    { .name = "agency_name", .label = "页头名称", .kind = FIELD_TEXT, .max_chars = 60, .required = true },
    { .name = "parent_site_url", .label = "上级门户网站网址", .kind = FIELD_TEXT, .max_chars = 200 },
    { .name = "site_url", .label = "本平台网址", .kind = FIELD_TEXT, .max_chars = 200, .required = true },
    { .name = "footer_sponsor", .label = "主办单位（页脚）", .kind = FIELD_TEXT, .max_chars = 60, .required = true },
    { .name = "footer_address", .label = "地址（页脚）", .kind = FIELD_TEXT, .max_chars = 100, .required = true },
    { .name = "footer_postcode", .label = "邮编（页脚）", .kind = FIELD_POSTCODE, .required = true },
    { .name = "footer_phone", .label = "运维电话（页脚）", .kind = FIELD_PHONE, .required = true },
    { .name = "site_code", .label = "网站标识码", .kind = FIELD_TEXT, .max_chars = 20, .required = true },
    { .name = "icp", .label = "ICP备案号", .kind = FIELD_TEXT, .max_chars = 40, .required = true },
    { .name = "police_record", .label = "公安机关备案号", .kind = FIELD_TEXT, .max_chars = 40 },
    { .name = "ipv6_note", .label = "IPv6 说明", .kind = FIELD_TEXT, .max_chars = 40 },
    { .name = "index_format", .label = "索引号格式", .kind = FIELD_TEXT, .max_chars = 60, .required = true },
    { .name = "demo_notice", .label = "演示数据提示（留空则不显示）", .kind = FIELD_TEXT, .max_chars = 100 },
};
enum { SETTING_COUNT = sizeof setting_fields / sizeof setting_fields[0] };

static const char *const setting_hints[SETTING_COUNT] = {
    [1] = "本平台是哪一级人民政府的政府信息公开平台，例如“宁国市人民政府”。",
    [2] = "页头左上角显示的名称。",
    [3] = "挂载本平台的政府门户网站，页头和页脚链接到它，例如 https://www.ningguo.gov.cn/ 。",
    [4] = "订阅源、网站地图和 robots.txt 中完整地址所用的网址，含挂载路径，例如 https://www.ningguo.gov.cn/xxgk 。"
          "这些地址只取自这里，不取自访问者请求中的主机名。",
    [13] = "全平台统一的格式。可用占位符：{uscc} 发布机关的统一社会信用代码，{yyyymm} 发布年月，{yyyy}，{mm}，"
           "{seq5} 当月5位顺序号（必须有，各机关分别编号）。只影响今后首次发布的信息。",
};

static bool is_known_setting(const char *key)
{
    for (size_t i = 0; i < SETTING_COUNT; i++)
        if (strcmp(setting_fields[i].name, key) == 0)
            return true;
    return false;
}

/* The format may use only the placeholders next_index_no understands, and needs a sequence. */
static const char *index_format_problem(const char *format)
{
    static const char *const known[] = { "{uscc}", "{yyyymm}", "{yyyy}", "{mm}" };
    bool has_seq = false;
    for (const char *p = strchr(format, '{'); p; p = strchr(p + 1, '{')) {
        bool ok = false;
        for (size_t k = 0; k < 4 && !ok; k++)
            ok = strncmp(p, known[k], strlen(known[k])) == 0;
        if (!ok && strncmp(p, "{seq", 4) == 0 && p[4] >= '3' && p[4] <= '9' && p[5] == '}')
            ok = has_seq = true;
        if (!ok)
            return "含有不认识的占位符。可用：{uscc} {yyyymm} {yyyy} {mm} {seq5}。";
    }
    return has_seq ? NULL : "必须包含顺序号占位符，例如 {seq5}。";
}

static void load_current(struct request *req, struct form *current)
{
    current->arena = req->arena;
    current->fields = setting_fields;
    current->count = SETTING_COUNT;
    current->values = arena_calloc(req->arena, SETTING_COUNT, sizeof *current->values);
    current->errors = arena_calloc(req->arena, SETTING_COUNT, sizeof *current->errors);
    current->error_count = 0;
    for (size_t i = 0; i < SETTING_COUNT; i++)
        current->values[i] = db_setting(req->arena, req->app->content_db, setting_fields[i].name);
}

static void add_other_settings(struct request *req, struct tmpl_dict *d)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db, "SELECT key, value FROM settings ORDER BY key");
    struct tmpl_dict *other = NULL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *key = (const char *)sqlite3_column_text(st, 0);
        if (is_known_setting(key))
            continue;
        if (!other)
            other = tmpl_add_section(d, "has_other");
        struct tmpl_dict *row = tmpl_add_section(other, "other_settings");
        tmpl_set(row, "key", key);
        tmpl_set(row, "value", (const char *)sqlite3_column_text(st, 1));
    }
    sqlite3_reset(st);
}

static int render_settings(struct request *req, const struct form *form, const char *notice)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "站点设置", "admin/settings.tpl");
    for (size_t i = 0; i < SETTING_COUNT; i++) {
        struct tmpl_dict *row = tmpl_add_section(d, "settings");
        tmpl_set(row, "key", setting_fields[i].name);
        tmpl_set(row, "label", setting_fields[i].label);
        tmpl_set(row, "value", form->values[i]);
        tmpl_set_int(row, "max_chars", setting_fields[i].max_chars ? (long long)setting_fields[i].max_chars : 40);
        if (setting_fields[i].required)
            tmpl_show(row, "required");
        if (setting_hints[i])
            tmpl_set(tmpl_add_section(row, "hint"), "hint_text", setting_hints[i]);
        if (form->errors[i])
            tmpl_set(tmpl_add_section(row, "error"), "message", form->errors[i]);
    }
    if (form->error_count)
        tmpl_set_int(tmpl_add_section(d, "has_errors"), "error_count", form->error_count);
    if (notice)
        tmpl_set(tmpl_add_section(d, "notice"), "notice_text", notice);
    add_other_settings(req, d);
    return page_render(&page);
}

int settings_admin_page(struct request *req)
{
    struct form current;
    load_current(req, &current);
    return render_settings(req, &current, params_get(&req->query, "saved") ? "设置已保存，公开网站已更新。" : NULL);
}

static int save_changed(struct request *req, const struct form *before, const struct form *after)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO settings (key, value) VALUES (?1, ?2) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    for (size_t i = 0; i < SETTING_COUNT; i++) {
        if (strcmp(before->values[i], after->values[i]) == 0)
            continue;
        sqlite3_bind_text(st, 1, setting_fields[i].name, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, after->values[i], -1, SQLITE_STATIC);
        int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE) {
            log_event(LOG_ERROR, "settings_save", "%s", sqlite3_errmsg(db));
            return -1;
        }
    }
    return 0;
}

int settings_admin_submit(struct request *req)
{
    struct form form, before;
    form_read(req, setting_fields, SETTING_COUNT, false, &form);
    const char *problem = index_format_problem(form_value(&form, "index_format"));
    if (problem && *form_value(&form, "index_format"))
        form_set_error(&form, "index_format", problem);
    static const char *const url_keys[] = { "parent_site_url", "site_url" };
    for (size_t i = 0; i < 2; i++)
        if (*form_value(&form, url_keys[i]) && (problem = site_url_problem(form_value(&form, url_keys[i]))))
            form_set_error(&form, url_keys[i], problem);
    if (form.error_count)
        return render_settings(req, &form, NULL);
    load_current(req, &before);
    struct buf summary;
    buf_init(&summary, req->arena);
    for (size_t i = 0; i < SETTING_COUNT; i++)
        audit_diff(&summary, setting_fields[i].name, before.values[i], form.values[i]);
    sqlite3 *db = req->app->content_db;
    if (db_begin(db, "settings_save") != SQLITE_OK)
        return resp_error(req, 500, NULL);
    if (save_changed(req, &before, &form) != 0 || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return resp_error(req, 500, "保存失败，请稍后重试。");
    }
    audit(req, "settings.save", "settings", audit_summary_text(&summary));
    resp_redirect(req, 303, "/admin/settings?saved=1");
    return 303;
}
