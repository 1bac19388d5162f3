/* The site layout and error pages; see page.h. */
#include "page.h"

#include <string.h>

#include "app.h"
#include "db.h"
#include "log.h"
#include "tmpl.h"

static const char *const nav_keys[] = {
    [NAV_NONE] = NULL, [NAV_HOME] = "nav_home", [NAV_CATALOGUE] = "nav_catalogue",
    [NAV_GUIDES] = "nav_guides", [NAV_DISCLOSURE_GUIDE] = "nav_disclosure_guide",
    [NAV_APPLY] = "nav_apply", [NAV_REPORTS] = "nav_reports", [NAV_CONTACTS] = "nav_contacts",
    [NAV_SEARCH] = "nav_search", [NAV_NEWS] = "nav_news", [NAV_ADMIN] = "nav_admin",
};

const char *page_body_class(struct request *req)
{
    const char *prefs = params_get(&req->cookies, "a11y");
    if (!prefs)
        return "";
    bool large = strstr(prefs, "large") != NULL, contrast = strstr(prefs, "contrast") != NULL;
    return large && contrast ? "pref-large pref-contrast"
         : large ? "pref-large" : contrast ? "pref-contrast" : "";
}

/* Every setting becomes {{site_KEY}} in the layout (footer fields, site name ...).
 * Also {{platform_name}} (platform_name, else site_name: the government whose
 * 政府信息公开 platform this is) and {{#parent_site}} with the link back to the
 * government portal when parent_site_url is set. */
static void add_site_settings(struct tmpl_dict *root, struct request *req)
{
    sqlite3 *db = req->app->content_db;
    if (!db)
        return;
    const char *platform = "", *site = "";
    sqlite3_stmt *st = db_stmt(db, "SELECT key, value FROM settings");
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *key = (const char *)sqlite3_column_text(st, 0);
        const char *value = (const char *)sqlite3_column_text(st, 1);
        tmpl_set_global(root, arena_printf(req->arena, "site_%s", key), value);
        if (strcmp(key, "platform_name") == 0)
            platform = arena_strdup(req->arena, value ? value : "");
        else if (strcmp(key, "site_name") == 0)
            site = arena_strdup(req->arena, value ? value : "");
        else if (strcmp(key, "parent_site_url") == 0 && value && *value)
            tmpl_set(tmpl_add_section(root, "parent_site"), "url", value);
    }
    sqlite3_reset(st);
    tmpl_set_global(root, "platform_name", *platform ? platform : site);
}

const char *page_form_title(struct arena *arena, const char *title, int error_count)
{
    return error_count ? arena_printf(arena, "（有 %d 处需要修改）%s", error_count, title) : title;
}

struct tmpl_dict *page_begin(struct page *page, struct request *req, const char *title,
                             const char *content_template, enum nav_item nav)
{
    page->req = req;
    page->layout = "layout.tpl";
    page->root = tmpl_dict_new();
    tmpl_set(page->root, "title", title);
    tmpl_set_global(page->root, "base", req->base);
    const char *body_class = page_body_class(req);
    tmpl_set(page->root, "body_class", body_class);
    /* The 大字版 / 高对比度 switches say whether they are on (aria-pressed). */
    bool large = strstr(body_class, "pref-large") != NULL, contrast = strstr(body_class, "pref-contrast") != NULL;
    tmpl_set(page->root, "large_pressed", large ? "true" : "false");
    tmpl_set(page->root, "large_state", large ? "（已开启）" : "");
    tmpl_set(page->root, "contrast_pressed", contrast ? "true" : "false");
    tmpl_set(page->root, "contrast_state", contrast ? "（已开启）" : "");
    /* The a11y links send the person back here: keep the query (a search, a filter). */
    tmpl_set(page->root, "path", req->raw_query && *req->raw_query
                                     ? arena_printf(req->arena, "%s?%s", req->path, req->raw_query)
                                     : req->path);
    tmpl_set(page->root, "search_query", params_get(&req->query, "q"));
    if (nav != NAV_NONE)
        tmpl_show(page->root, arena_printf(req->arena, "%s_current", nav_keys[nav]));
    add_site_settings(page->root, req);
    page->content = tmpl_add_include(page->root, "content", content_template);
    return page->content;
}

void page_use_layout(struct page *page, const char *layout)
{
    page->layout = layout;
}

void page_breadcrumb(struct page *page, const char *label, const char *url)
{
    struct tmpl_dict *step = tmpl_add_section(page->root, "breadcrumb");
    tmpl_set(step, "label", label);
    if (url)
        tmpl_set(tmpl_add_section(step, "link"), "url", url);
    else
        tmpl_show(step, "current");
}

int page_render(struct page *page)
{
    struct request *req = page->req;
    int rc = tmpl_expand(page->layout, page->root, &req->response.body);
    tmpl_dict_free(page->root);
    page->root = page->content = NULL;
    return rc == 0 ? 200 : 500;
}

static const char *default_error_message(int status)
{
    switch (status) {
    case 400: return "请求格式不正确，无法处理。请检查后重试。";
    case 403: return "您没有权限访问此页面，或表单已过期。请返回上一页刷新后重试。";
    case 404: return "您访问的页面不存在或已被移除。";
    case 405: return "此页面不支持该请求方式。";
    case 409: return "该操作与当前状态不符，未执行。请刷新页面查看最新状态。";
    case 413: return "提交的内容过大，超过了本站允许的大小。";
    case 429: return "您的操作过于频繁，请稍后再试。";
    default: return "服务器暂时无法处理您的请求，请稍后再试。如问题持续，请拨打页面底部的运维电话。";
    }
}

static const char *error_title(int status)
{
    switch (status) {
    case 400: return "请求有误";
    case 403: return "禁止访问";
    case 404: return "页面不存在";
    case 405: return "请求方式不允许";
    case 409: return "无法执行此操作";
    case 413: return "提交内容过大";
    case 429: return "请求过于频繁";
    default: return "服务器错误";
    }
}

/* Last resort when the layout itself cannot be rendered. */
static void render_plain_error(struct request *req, int status)
{
    req->response.body.len = 0;
    buf_printf(&req->response.body,
               "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
               "<title>%s</title></head><body><h1>%s</h1><p>%s</p><p><a href=\"%s/\">返回首页</a></p>"
               "</body></html>", error_title(status), error_title(status),
               default_error_message(status), req->base);
}

void page_render_error(struct request *req)
{
    int status = req->response.status;
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, error_title(status), "errors/error.tpl", NAV_NONE);
    tmpl_set_int(d, "status", status);
    tmpl_set(d, "heading", error_title(status));
    tmpl_set(d, "message", req->response.error_message ? req->response.error_message
                                                       : default_error_message(status));
    if (status == 404)
        tmpl_show(d, "not_found");
    if (page_render(&page) != 200) {
        log_event(LOG_ERROR, "error_page", "layout failed for status %d", status);
        render_plain_error(req, status);
    }
}

const char *file_size_label(struct arena *arena, long long bytes)
{
    if (bytes < 1024)
        return arena_printf(arena, "%lld 字节", bytes);
    if (bytes < 1024 * 1024)
        return arena_printf(arena, "%.1f KB", (double)bytes / 1024.0);
    return arena_printf(arena, "%.1f MB", (double)bytes / (1024.0 * 1024.0));
}
