/* /admin/freshness, the self-check against the national inspection
 * indicators (政府网站与政务新媒体检查指标, 国办秘函〔2019〕19号): with the data
 * already in content.db, the newest item of each column against its limit,
 * blank columns, guides missing required elements, links in Markdown to pages
 * of this site that do not exist, and outbound links that no longer answer
 * (as `portalctl check-links` last found them). Red, amber or green, with the
 * rule's text beside each line. Agency staff see their agency; the platform
 * administrator sees the platform home, the counts the single-veto rules
 * total over the whole platform, and every agency's problems. */
#include <string.h>

#include "admin.h"
#include "agency.h"
#include "app.h"
#include "application.h"
#include "content.h"
#include "db.h"
#include "link_scan.h"
#include "page.h"
#include "staff.h"
#include "tmpl.h"
#include "validate.h"
#include "workdays.h"

/* The indicators' words (国办秘函〔2019〕19号, 政府网站检查指标; README cites them). */
static const char rule_home[] = "首页不更新（单项否决）：监测2周，首页无信息更新的，即单项否决。";
static const char rule_news[] = "栏目不更新（单项否决）：监测时间点前2周内的动态、要闻类栏目，以及监测时间点前6个月内的"
                                "通知公告、政策文件类栏目，累计超过（含）5个未更新的，即单项否决。";
static const char rule_blank[] = "栏目不更新（单项否决）：空白栏目（有栏目无内容）数量超过（含）5个的，即单项否决。";
static const char rule_guide[] = "服务不实用：办事指南重点要素类别（事项名称、设定依据、申请条件、办理材料、办理地点、"
                                 "办理机构、收费标准、办理时间、联系电话、办理流程）缺失。";
static const char rule_links[] = "网站可用性（链接可用性）：首页及其他页面不能正常访问的链接数量，按个扣分。";

enum light { LIGHT_GREEN, LIGHT_AMBER, LIGHT_RED };
enum { VETO_COUNT = 5 };   /* 累计超过（含）5个 */

/* A column with an update rule (RED_DAYS > 0: red from that many days
 * without an update, amber from AMBER_DAYS) or with only the blank rule.
 * SQL gives the newest date and the count of published items; ?1 the agency. */
struct column_rule {
    const char *name, *path, *rule, *sql;
    int red_days, amber_days;
};

static const struct column_rule column_rules[] = {
    { "工作动态（动态、要闻类）", "/news", rule_news,
      "SELECT max(published_on), count(*) FROM news WHERE status = 'published' AND owner_id = ?1", 14, 10 },
    { "通知公告", "/catalogue", rule_news,
      "SELECT max(e.published_on), count(*) FROM entries e JOIN categories c ON c.id = e.genre_id "
      "WHERE e.status = 'published' AND e.owner_id = ?1 AND c.code = 'tzgg'", 182, 152 },
    { "政策文件（规章、行政规范性文件、其他文件）", "/catalogue", rule_news,
      "SELECT max(e.published_on), count(*) FROM entries e JOIN categories c ON c.id = e.genre_id "
      "WHERE e.status = 'published' AND e.owner_id = ?1 AND c.code IN ('gz', 'gfxwj', 'qtwj')", 182, 152 },
    { "政府信息公开指南", "/disclosure-guide", rule_blank,
      "SELECT max(updated_on), count(*) FROM pages WHERE agency_id = ?1 AND slug = 'disclosure-guide' "
      "AND trim(body_md) <> ''", 0, 0 },
    { "政府信息公开制度", "/rules", rule_blank,
      "SELECT max(updated_on), count(*) FROM pages WHERE agency_id = ?1 AND slug = 'rules' AND trim(body_md) <> ''",
      0, 0 },
    { "机构职能", "/functions", rule_blank,
      "SELECT max(updated_on), count(*) FROM pages WHERE agency_id = ?1 AND slug = 'functions' "
      "AND trim(body_md) <> ''", 0, 0 },
    { "政府信息公开目录", "/catalogue", rule_blank,
      "SELECT max(published_on), count(*) FROM entries WHERE status = 'published' AND owner_id = ?1", 0, 0 },
    { "办事指南", "/guides", rule_blank,
      "SELECT max(updated_on), count(*) FROM guides WHERE status = 'published' AND owner_id = ?1", 0, 0 },
    { "政府信息公开年报", "/reports", rule_blank,
      "SELECT max(year), count(*) FROM annual_reports WHERE status = 'published' AND agency_id = ?1", 0, 0 },
};

/* One report: the platform's or an agency's lines and what they count toward. */
struct check {
    struct request *req;
    struct tmpl_dict *box;
    const struct agency *agency;   /* NULL for the platform's own lines */
    int today;
    bool problems_only;            /* the platform view lists an agency's red and amber lines */
    int red, amber, green;
    int stale_columns, blank_columns, internal_links, outbound_links, outbound_unchecked;
};

static void add_line(struct check *c, enum light light, const char *subject, const char *finding,
                     const char *rule, const char *url)
{
    static const char *const classes[] = { "green", "amber", "red" };
    static const char *const labels[] = { "正常", "注意", "不合格" };
    int *counter[] = { &c->green, &c->amber, &c->red };
    (*counter[light])++;
    if (c->problems_only && light == LIGHT_GREEN)
        return;
    struct tmpl_dict *line = tmpl_add_section(c->box, "line");
    tmpl_set(line, "light", classes[light]);
    tmpl_set(line, "light_label", labels[light]);
    tmpl_set(line, "subject", subject);
    tmpl_set(line, "finding", finding);
    tmpl_set(line, "rule", rule);
    if (url && *url)
        tmpl_set(tmpl_add_section(line, "link"), "url", url);
}

/* Days from DATE (YYYY-MM-DD) to today; -1 when DATE is not a date. */
static int age_in_days(const struct check *c, const char *date)
{
    int day;
    return day_parse_iso(date, &day) ? c->today - day : -1;
}

static const char *public_path(struct check *c, const char *rest)
{
    return c->agency ? agency_path(c->req, c->agency->code, rest) : rest;
}

/* An update rule's line for a column whose newest item is NEWEST. */
static enum light judge_age(struct check *c, const char *subject, const char *newest, int red_days,
                            int amber_days, const char *rule, const char *url)
{
    int age = age_in_days(c, newest);
    enum light light = age < 0 || age >= red_days ? LIGHT_RED : age >= amber_days ? LIGHT_AMBER : LIGHT_GREEN;
    const char *finding = age < 0
        ? "没有注明发布日期的信息（视为不更新）。"
        : arena_printf(c->req->arena, "最近一次更新：%s（%d天前）；期限%d天%s。", newest, age, red_days,
                       light == LIGHT_RED ? "，已超过" : light == LIGHT_AMBER ? "，即将超过" : "");
    add_line(c, light, subject, finding, rule, url);
    return light;
}

static void check_column(struct check *c, const struct column_rule *r)
{
    sqlite3_stmt *st = db_stmt(c->req->app->content_db, r->sql);
    sqlite3_bind_int64(st, 1, c->agency->id);
    const char *newest = "";
    long long count = 0;
    if (sqlite3_step(st) == SQLITE_ROW) {
        newest = db_text(c->req->arena, st, 0);
        count = db_int(st, 1);
    }
    sqlite3_reset(st);
    const char *url = public_path(c, r->path);
    if (count == 0) {
        c->blank_columns++;
        add_line(c, LIGHT_RED, r->name, "空白栏目：没有已发布的内容。", rule_blank, url);
    } else if (r->red_days) {
        if (judge_age(c, r->name, newest, r->red_days, r->amber_days, r->rule, url) == LIGHT_RED)
            c->stale_columns++;
    } else {
        add_line(c, LIGHT_GREEN, r->name, arena_printf(c->req->arena, "已发布%lld项。", count), r->rule, url);
    }
}

/* A home page's newest item: the agency's column home (/{code}/) shows its
 * latest entries, news and guides; the platform home (agency NULL) the latest
 * entries and news of every agency. */
static void check_home(struct check *c)
{
    sqlite3_stmt *st = db_stmt(c->req->app->content_db,
        "SELECT coalesce(max(d), '') FROM ("
        " SELECT max(published_on) AS d FROM entries WHERE status = 'published' AND (?1 = 0 OR owner_id = ?1) "
        " UNION ALL SELECT max(published_on) FROM news WHERE status = 'published' AND (?1 = 0 OR owner_id = ?1) "
        " UNION ALL SELECT max(updated_on) FROM guides WHERE status = 'published' AND ?1 <> 0 AND owner_id = ?1)");
    const char *newest = db_text_for_id(c->req->arena, st, c->agency ? c->agency->id : 0);
    judge_age(c, c->agency ? "本机关栏目首页" : "平台首页", newest, 14, 10, rule_home, public_path(c, "/"));
}

/* ---- guides ---------------------------------------------------------------- */

/* The required elements a published guide leaves empty, "、"-joined; "" when none.
 * 事项名称 and 办理机构 are required by the guide form, and an empty 收费标准
 * is shown as 不收费, so those three cannot be missing. */
static const char *missing_guide_elements(struct request *req, sqlite3_stmt *st)
{
    static const char *const names[] = { "设定依据", "申请条件", "办理地点", "办理时间", "联系电话",
                                         "办理材料", "办理流程" };
    struct buf b;
    buf_init(&b, req->arena);
    for (int i = 0; i < 7; i++) {
        bool empty = i < 5 ? !*db_text(req->arena, st, 2 + i) : db_int(st, 2 + i) == 0;
        if (empty)
            buf_printf(&b, "%s%s", b.len ? "、" : "", names[i]);
    }
    return b.len ? b.data : "";
}

static void check_guides(struct check *c)
{
    sqlite3_stmt *st = db_stmt(c->req->app->content_db,
        "SELECT g.id, g.name, trim(g.legal_basis_md), trim(g.conditions_md), trim(g.location), trim(g.hours), "
        " trim(g.consult_phone), (SELECT count(*) FROM guide_materials m WHERE m.guide_id = g.id), "
        " (SELECT count(*) FROM guide_steps s WHERE s.guide_id = g.id) "
        "FROM guides g WHERE g.status = 'published' AND g.owner_id = ?1 ORDER BY g.sort, g.id");
    sqlite3_bind_int64(st, 1, c->agency->id);
    int guides = 0, incomplete = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        guides++;
        const char *missing = missing_guide_elements(c->req, st);
        if (!*missing)
            continue;
        incomplete++;
        add_line(c, LIGHT_RED, arena_printf(c->req->arena, "办事指南：%s", db_text(c->req->arena, st, 1)),
                 arena_printf(c->req->arena, "缺少：%s。", missing), rule_guide,
                 arena_printf(c->req->arena, "/admin/guides/%lld", db_int(st, 0)));
    }
    sqlite3_reset(st);
    if (guides && !incomplete)
        add_line(c, LIGHT_GREEN, "办事指南要素", arena_printf(c->req->arena, "%d个办事指南的重点要素齐全。", guides),
                 rule_guide, NULL);
}

/* ---- links ----------------------------------------------------------------- */

static bool path_is_one_of(const char *segment, const char *const *names)
{
    for (; *names; names++)
        if (strcmp(segment, *names) == 0)
            return true;
    return false;
}

/* True when the published row KIND ("entry", "guide", "news", "file", "report")
 * ID exists (a report: the year of AGENCY_ID, any agency's when 0). */
static bool published_row_exists(struct request *req, const char *kind, const char *id_text, long long agency_id)
{
    long long id;
    if (!positive_id_parse(id_text, strlen(id_text), &id))
        return false;
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT CASE ?1 "
        " WHEN 'catalogue' THEN EXISTS (SELECT 1 FROM entries WHERE id = ?2 AND status = 'published') "
        " WHEN 'guides' THEN EXISTS (SELECT 1 FROM guides WHERE id = ?2 AND status = 'published') "
        " WHEN 'news' THEN EXISTS (SELECT 1 FROM news WHERE id = ?2 AND status = 'published') "
        " WHEN 'files' THEN EXISTS (SELECT 1 FROM attachments WHERE id = ?2 AND pending_rev IS NULL) "
        " WHEN 'reports' THEN EXISTS (SELECT 1 FROM annual_reports WHERE year = ?2 AND status = 'published' "
        "  AND (?3 = 0 OR agency_id = ?3)) ELSE 0 END");
    sqlite3_bind_text(st, 1, kind, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, id);
    sqlite3_bind_int64(st, 3, agency_id);
    bool found = sqlite3_step(st) == SQLITE_ROW && db_int(st, 0);
    sqlite3_reset(st);
    return found;
}

/* Whether site path SEG[0..N) answers (the URL list in README's design section):
 * platform pages, legacy single-agency URLs, and each agency's columns and items. */
static bool site_path_exists(struct request *req, char **seg, int n)
{
    static const char *const platform[] = { "", "catalogue", "guides", "search", "apply", "feed.atom", "sitemap.xml",
        "sitemap", "robots.txt", "healthz", "prefs", "accessibility", "disclosure-guide", "functions", "contacts",
        "news", "reports", NULL };
    static const char *const columns[] = { "", "disclosure-guide", "rules", "statutory", "reports", "catalogue",
        "guides", "functions", "contacts", "news", "apply", "feed.atom", "sitemap.xml", NULL };
    static const char *const items[] = { "catalogue", "guides", "news", "files", "reports", NULL };
    if (n == 1 && path_is_one_of(seg[0], platform))
        return true;
    if (n == 2 && strcmp(seg[0], "apply") == 0)
        return path_is_one_of(seg[1], (const char *const[]){ "status", "receipt", NULL });
    if (n >= 2 && strcmp(seg[0], "static") == 0)
        return true;   /* lighttpd's files: not in content.db */
    if ((n == 2 || (n == 3 && strcmp(seg[0], "files") == 0)) && path_is_one_of(seg[0], items))
        return published_row_exists(req, seg[0], seg[1], 0);
    struct agency a;
    if (!agency_by_code(req, seg[0], &a))
        return false;
    if (n == 1 || (n == 2 && path_is_one_of(seg[1], columns)))
        return true;
    if ((n == 3 || (n == 4 && strcmp(seg[1], "reports") == 0)) && path_is_one_of(seg[1], items))
        return published_row_exists(req, seg[1], seg[2], a.id);
    return false;
}

/* The site path of URL when it points into this site (a path, or the host of
 * site_url or of this request), without the mount point, query and fragment;
 * NULL for an outbound link, a fragment or a relative path. */
static const char *own_site_path(struct request *req, const char *url)
{
    const char *scheme = link_url_scheme(req->arena, url);
    const char *path = url;
    if (scheme) {
        const char *host = link_url_host(req->arena, url);
        const char *site_host = link_url_host(req->arena, db_setting(req->arena, req->app->content_db, "site_url"));
        size_t own = req->host ? strcspn(req->host, ":") : 0;
        bool ours = (*site_host && strcmp(host, site_host) == 0)
                    || (own && strlen(host) == own && strncasecmp(req->host, host, own) == 0);
        if (!ours || (strcmp(scheme, "http") != 0 && strcmp(scheme, "https") != 0))
            return NULL;
        path = strchr(strstr(url, "//") + 2, '/');
        if (!path)
            return "/";
    }
    if (path[0] != '/' || path[1] == '/')
        return NULL;
    size_t base = strlen(req->base);
    if (base && strncmp(path, req->base, base) == 0 && (path[base] == '/' || !path[base]))
        path += base;
    return arena_strndup(req->arena, path, strcspn(path, "?#"));
}

static bool own_link_works(struct request *req, const char *path)
{
    char *copy = arena_strdup(req->arena, path + 1), *seg[8];
    int n = 0;
    for (char *p = copy; n < 8; n++) {
        seg[n] = p;
        p = strchr(p, '/');
        if (!p) {
            n++;
            break;
        }
        *p++ = '\0';
    }
    if (n > 1 && !*seg[n - 1])
        n--;   /* a trailing slash */
    return n < 8 && site_path_exists(req, seg, n);
}

/* The last check of outbound URL: NULL when never checked, else the line's finding. */
static const char *outbound_failure(struct check *c, const char *url, enum light *light)
{
    sqlite3_stmt *st = db_stmt(c->req->app->content_db,
        "SELECT ok, failures, error, checked_at FROM link_checks WHERE url = ?1");
    sqlite3_bind_text(st, 1, url, -1, SQLITE_TRANSIENT);
    const char *finding = NULL;
    if (sqlite3_step(st) != SQLITE_ROW) {
        c->outbound_unchecked++;
    } else if (!db_int(st, 0)) {
        *light = db_int(st, 1) >= 2 ? LIGHT_RED : LIGHT_AMBER;
        finding = arena_printf(c->req->arena, "外部链接 %s 无法正常访问（%s；连续%lld次，最近检查%s）。", url,
                               db_text(c->req->arena, st, 2), db_int(st, 1),
                               beijing_time_label(c->req->arena, db_text(c->req->arena, st, 3)));
    } else {
        finding = "";
    }
    sqlite3_reset(st);
    return finding;
}

static void note_link(void *ctx, const struct link_found *link)
{
    struct check *c = ctx;
    struct request *req = c->req;
    const char *path = own_site_path(req, link->url);
    if (path) {
        c->internal_links++;
        if (!own_link_works(req, path))
            add_line(c, LIGHT_RED, link->where, arena_printf(req->arena, "站内链接 %s 指向的页面不存在。", link->url),
                     rule_links, *link->admin_url ? link->admin_url : link->public_url);
        return;
    }
    const char *scheme = link_url_scheme(req->arena, link->url);
    if (!scheme || (strcmp(scheme, "http") != 0 && strcmp(scheme, "https") != 0))
        return;
    c->outbound_links++;
    enum light light = LIGHT_GREEN;
    const char *finding = outbound_failure(c, link->url, &light);
    if (finding && *finding)
        add_line(c, light, link->where, finding, rule_links, *link->admin_url ? link->admin_url : link->public_url);
}

/* The job's last run, for the outbound links' summary line. */
static const char *last_link_check(struct request *req)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db, "SELECT ran_at FROM link_check_runs WHERE id = 1");
    const char *ran = sqlite3_step(st) == SQLITE_ROW ? db_text(req->arena, st, 0) : NULL;
    sqlite3_reset(st);
    return ran ? beijing_time_label(req->arena, ran) : NULL;
}

static void check_links(struct check *c)
{
    int red = c->red, amber = c->amber;
    struct link_scan scan = { .arena = c->req->arena, .db = c->req->app->content_db, .found = note_link, .ctx = c };
    if (c->agency)
        link_scan_agency(&scan, c->agency->id, c->agency->code);
    else
        link_scan_platform(&scan);
    const char *ran = last_link_check(c->req);
    if (c->outbound_unchecked)
        add_line(c, LIGHT_AMBER, "外部链接",
                 arena_printf(c->req->arena, "%d个外部链接尚未检查%s。外部链接由 portalctl check-links 每晚检查。",
                              c->outbound_unchecked, ran ? arena_printf(c->req->arena, "（上次检查：%s）", ran) : ""),
                 rule_links, NULL);
    else if (c->red == red && c->amber == amber)
        add_line(c, LIGHT_GREEN, "链接",
                 arena_printf(c->req->arena, "站内链接%d个均有效；外部链接%d个%s均可访问。", c->internal_links,
                              c->outbound_links, ran ? arena_printf(c->req->arena, "（检查于%s）", ran) : ""),
                 rule_links, NULL);
}

/* ---- the page --------------------------------------------------------------- */

static void finish_box(struct check *c)
{
    tmpl_set_int(c->box, "red", c->red);
    tmpl_set_int(c->box, "amber", c->amber);
    tmpl_set_int(c->box, "green", c->green);
    if (c->problems_only && !c->red && !c->amber)
        tmpl_show(c->box, "all_green");
}

static void check_agency(struct check *c)
{
    check_home(c);
    for (size_t i = 0; i < sizeof column_rules / sizeof column_rules[0]; i++)
        check_column(c, &column_rules[i]);
    check_guides(c);
    check_links(c);
    finish_box(c);
}

/* A single-veto count over the whole platform against its threshold. */
static void add_total(struct check *c, int count, const char *what, const char *rule)
{
    enum light light = count >= VETO_COUNT ? LIGHT_RED : count > 0 ? LIGHT_AMBER : LIGHT_GREEN;
    add_line(c, light, what, arena_printf(c->req->arena, "全平台共%d个%s。", count,
                                          count >= VETO_COUNT ? "，已达到单项否决的数量" : ""), rule, NULL);
}

static int platform_page(struct request *req, struct tmpl_dict *d, int today)
{
    struct check platform = { .req = req, .box = tmpl_add_section(d, "report"), .today = today };
    tmpl_set(platform.box, "heading", "平台");
    tmpl_set(platform.box, "anchor", "platform");
    check_home(&platform);
    check_links(&platform);
    int stale = 0, blank = 0;
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT code FROM agencies WHERE parent_id IS NULL ORDER BY sort, id");
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct agency *a = arena_calloc(req->arena, 1, sizeof *a);
        if (!agency_by_code(req, db_text(req->arena, st, 0), a))
            continue;
        struct check c = { .req = req, .box = tmpl_add_section(d, "report"), .agency = a, .today = today,
                           .problems_only = true };
        tmpl_set(c.box, "heading", a->name);
        tmpl_set(c.box, "anchor", a->code);
        check_agency(&c);
        stale += c.stale_columns;
        blank += c.blank_columns;
    }
    sqlite3_reset(st);
    add_total(&platform, stale, "动态、要闻类栏目超过2周或通知公告、政策文件类栏目超过6个月未更新", rule_news);
    add_total(&platform, blank, "空白栏目", rule_blank);
    finish_box(&platform);
    return 0;
}

int freshness_page(struct request *req)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "网站检查自查", "admin/freshness.tpl");
    int day = today_day_number();
    tmpl_set(d, "today", today_iso(req->arena));
    if (staff_has(req, ROLE_ADMIN)) {
        tmpl_show(d, "platform");
        platform_page(req, d, day);
    } else {
        struct agency a;
        if (!agency_by_id(req, staff_agency_id(req), &a))
            return resp_error(req, 404, "没有这个机关。");
        struct check c = { .req = req, .box = tmpl_add_section(d, "report"), .agency = &a, .today = day };
        tmpl_set(c.box, "heading", a.name);
        tmpl_set(c.box, "anchor", a.code);
        check_agency(&c);
    }
    return page_render(&page);
}
