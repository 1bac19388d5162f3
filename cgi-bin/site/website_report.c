/* The rows of the 政府网站工作年度报表 (国办函〔2018〕12号), shared by the
 * platform administrator's form (admin/website_report_admin.c) and the
 * public page (public/website_report.c): each row's section, label and unit,
 * and whether the data gives it (and how) or a person types it. */
#include "website_report.h"

#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "db.h"
#include "tmpl.h"

/* Generated rows: SQL of one value, ?1 the year as text ("2026"). */
#define VISITORS "SELECT coalesce(sum(visitors), 0) FROM visit_visitors WHERE agency_id = 0 AND substr(day, 1, 4) = ?1"
#define VIEWS "SELECT coalesce(sum(views), 0) FROM visit_counts WHERE substr(day, 1, 4) = ?1"
#define OVERVIEW "SELECT count(*) FROM pages WHERE substr(updated_on, 1, 4) = ?1 AND trim(body_md) <> ''"
#define NEWS "SELECT count(*) FROM news WHERE status = 'published' AND substr(published_on, 1, 4) = ?1"
#define CATALOGUE "SELECT count(*) FROM entries WHERE status = 'published' AND substr(published_on, 1, 4) = ?1"
#define INTERPRETATIONS "SELECT count(*) FROM entries e JOIN categories c ON c.id = e.genre_id " \
    "WHERE e.status = 'published' AND c.code = 'zcjd' AND substr(e.published_on, 1, 4) = ?1"

const struct website_report_row website_report_rows[] = {
    { "site_name", "基本信息", "网站名称", "", 'g', "SELECT coalesce((SELECT value FROM settings WHERE key = 'site_name'), '') || '政府信息公开平台' WHERE ?1 IS NOT NULL" },
    { "home_url", "基本信息", "首页网址", "", 'g', "SELECT coalesce((SELECT value FROM settings WHERE key = 'site_url'), '') WHERE ?1 IS NOT NULL" },
    { "sponsor", "基本信息", "主办单位", "", 'g', "SELECT coalesce((SELECT value FROM settings WHERE key = 'footer_sponsor'), '') WHERE ?1 IS NOT NULL" },
    { "site_type", "基本信息", "网站类型", "", 't', NULL },
    { "site_code", "基本信息", "政府网站标识码", "", 'g', "SELECT coalesce((SELECT value FROM settings WHERE key = 'site_code'), '') WHERE ?1 IS NOT NULL" },
    { "icp", "基本信息", "ICP备案号", "", 'g', "SELECT coalesce((SELECT value FROM settings WHERE key = 'icp'), '') WHERE ?1 IS NOT NULL" },
    { "police_record", "基本信息", "公安机关备案号", "", 'g', "SELECT coalesce((SELECT value FROM settings WHERE key = 'police_record'), '') WHERE ?1 IS NOT NULL" },
    { "visitors", "访问情况", "独立用户访问总量", "个", 'g', VISITORS },
    { "views", "访问情况", "网站总访问量", "次", 'g', VIEWS },
    { "info_total", "信息发布", "信息发布总数", "条", 'g', "SELECT (" OVERVIEW ") + (" NEWS ") + (" CATALOGUE ")" },
    { "info_overview", "信息发布", "其中：概况类信息更新量", "条", 'g', OVERVIEW },
    { "info_news", "信息发布", "其中：政务动态信息更新量", "条", 'g', NEWS },
    { "info_catalogue", "信息发布", "其中：信息公开目录信息更新量", "条", 'g', CATALOGUE },
    { "topics_kept", "专栏专题", "维护数量", "个", 'n', NULL },
    { "topics_new", "专栏专题", "新开设数量", "个", 'n', NULL },
    { "interpretations", "解读回应", "解读材料数量", "条", 'g', INTERPRETATIONS },
    { "interpretation_products", "解读回应", "解读产品数量", "个", 'n', NULL },
    { "media_reviews", "解读回应", "媒体评论文章数量", "篇", 'n', NULL },
    { "responses", "解读回应", "回应公众关注热点或重大舆情数量", "次", 'n', NULL },
    { "service_catalogue", "办事服务", "是否发布服务事项目录", "", 'g',
      "SELECT CASE WHEN EXISTS (SELECT 1 FROM guides WHERE status = 'published') THEN '是' ELSE '否' END WHERE ?1 IS NOT NULL" },
    { "service_items", "办事服务", "政务服务事项数量（办事指南）", "项", 'g',
      "SELECT count(*) FROM guides WHERE status = 'published' AND ?1 IS NOT NULL" },
    { "service_online", "办事服务", "可全程在线办理政务服务事项数量", "项", 'n', NULL },
    { "service_cases", "办事服务", "办件量", "件", 'n', NULL },
    { "messages_received", "互动交流", "收到留言数量", "条", 'n', NULL },
    { "messages_done", "互动交流", "办结留言数量", "条", 'n', NULL },
    { "messages_days", "互动交流", "平均办理时间", "天", 'n', NULL },
    { "surveys", "互动交流", "征集调查期数", "期", 'n', NULL },
    { "interviews", "互动交流", "在线访谈期数", "期", 'n', NULL },
    { "security_checks", "安全防护", "安全检测评估次数", "次", 'n', NULL },
    { "security_found", "安全防护", "发现问题数量", "个", 'n', NULL },
    { "security_fixed", "安全防护", "问题整改数量", "个", 'n', NULL },
    { "security_warning", "安全防护", "是否建立安全监测预警机制", "", 'y', NULL },
    { "security_drill", "安全防护", "是否开展应急演练", "", 'y', NULL },
    { "security_owner", "安全防护", "是否明确网站安全责任人", "", 'y', NULL },
    { "new_media", "移动新媒体", "政务新媒体（名称及信息发布量）", "", 't', NULL },
    { "accessibility", "创新发展", "无障碍浏览", "", 'g',
      "SELECT '是（大字版、高对比度，无需脚本）' WHERE ?1 IS NOT NULL" },
    { "innovation", "创新发展", "其他创新（搜索即服务、多语言版本等）", "", 't', NULL },
    { "head", "填报", "单位负责人", "", 't', NULL },
    { "reviewer", "填报", "审核人", "", 't', NULL },
    { "filer", "填报", "填报人", "", 't', NULL },
    { "phone", "填报", "联系电话", "", 't', NULL },
};
const size_t website_report_row_count = sizeof website_report_rows / sizeof website_report_rows[0];

const char *website_report_generated(struct arena *arena, sqlite3 *content_db, const struct website_report_row *row,
                                     int year)
{
    sqlite3_stmt *st = db_stmt(content_db, row->sql);
    char year_text[16];
    snprintf(year_text, sizeof year_text, "%d", year);
    sqlite3_bind_text(st, 1, year_text, -1, SQLITE_TRANSIENT);
    const char *value = sqlite3_step(st) == SQLITE_ROW ? db_text(arena, st, 0) : "";
    sqlite3_reset(st);
    return value;
}

const char *website_report_value(struct arena *arena, sqlite3 *content_db, long long year, const char *key,
                                 bool published)
{
    sqlite3_stmt *st = db_stmt(content_db,
        "SELECT CASE WHEN ?3 THEN coalesce(published_value, '') ELSE value END FROM website_report_values "
        "WHERE year = ?1 AND key = ?2");
    sqlite3_bind_int64(st, 1, year);
    sqlite3_bind_text(st, 2, key, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 3, published);
    const char *v = sqlite3_step(st) == SQLITE_ROW ? db_text(arena, st, 0) : "";
    sqlite3_reset(st);
    return v;
}

struct tmpl_dict *website_report_add_row(struct tmpl_dict *d, size_t i, struct tmpl_dict **group)
{
    const struct website_report_row *r = &website_report_rows[i];
    if (!*group || i == 0 || strcmp(website_report_rows[i - 1].section, r->section) != 0) {
        *group = tmpl_add_section(d, "section");
        tmpl_set(*group, "name", r->section);
    }
    struct tmpl_dict *row = tmpl_add_section(*group, "row");
    tmpl_set(row, "label", r->label);
    return row;
}
