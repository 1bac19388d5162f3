/* Handlers of portal.fcgi, one file per feature. Each owns its SQL. */
#ifndef PORTAL_PUBLIC_H
#define PORTAL_PUBLIC_H

#include <sqlite3.h>

#include "request.h"

struct agency;
struct page;
struct tmpl_dict;

int home_page(struct request *req);
int health_check(struct request *req);

/* --- the platform of agencies (issue 10) --- */
/* An agency's column (column.c): the pages under /{code}/, in navigation order. */
enum column {
    COLUMN_HOME, COLUMN_DISCLOSURE_GUIDE, COLUMN_RULES, COLUMN_STATUTORY, COLUMN_REPORTS,
    COLUMN_CATALOGUE, COLUMN_POLICIES, COLUMN_GUIDES, COLUMN_POWERS, COLUMN_FUNCTIONS, COLUMN_CONTACTS,
    COLUMN_NEWS, COLUMN_CLARIFICATIONS, COLUMN_APPLY, COLUMN_MESSAGES,
    COLUMN__MAX
};
/* Fills OUT with the agency whose code is the route's first placeholder ({name}).
 * Returns 0, or 404 (the Chinese page) for an unknown or malformed code. */
int column_agency(struct request *req, struct agency *out);
/* Starts a page of AG's column inside the layout, with the agency's name and the
 * column navigation (COLUMN marked current) and the breadcrumb 首页 › agency ›
 * column [› ITEM_TITLE]. ITEM_TITLE is NULL on the column's own page. Returns the
 * content dictionary, which already has agency_name and agency_code. */
struct tmpl_dict *column_page_begin(struct page *page, struct request *req, const struct agency *ag,
                                    enum column column, const char *item_title,
                                    const char *content_template);
const char *column_label(enum column column);
/* "/mzj/catalogue": the site path of AG's COLUMN (no base path). */
const char *column_url(struct request *req, const struct agency *ag, enum column column);
/* Redirects with STATUS to /CODE + REST, the request's query kept. Returns STATUS. */
int column_redirect(struct request *req, int status, const char *code, const char *rest);
/* 301 to /{code of OWNER_ID} + REST (an item asked for under another code or an old URL). */
int column_redirect_to_owner(struct request *req, long long owner_id, const char *rest);
/* An item page of AG's column (entry, guide, news): steps ST, bound to the
 * item's row, and returns 0 when the row is there and column OWNER_COL names
 * AG. Otherwise resets ST and answers 404 with MISSING, or 301 to the item
 * under its own agency's code (/{owner}KIND/ID). */
int column_item_row(struct request *req, const struct agency *ag, sqlite3_stmt *st, int owner_col,
                    const char *kind, long long id, const char *missing);

/* 互动交流 (messages.c, issue 12): published questions and replies of the
 * platform (/messages) and of an agency (/{code}/messages[/{id}]), and the
 * agency's monthly numbers (/{code}/messages/stats), from content.db. */
int messages_platform_list(struct request *req);
int messages_agency_list(struct request *req);
int message_public_page(struct request *req);
int message_stats_page(struct request *req);
/* 征集意见 (consultations.c, issue 12): drafts published for comment, of the
 * platform (/consultations) and of an agency (/{code}/consultations[/{id}]),
 * and after the end the 意见采纳情况 (/{code}/consultations/{id}/feedback). */
int consultations_platform_list(struct request *req);
int consultations_agency_list(struct request *req);
int consultation_public_page(struct request *req);
int consultation_feedback_page(struct request *req);

int agency_home(struct request *req);
int agency_slash_redirect(struct request *req);
int agency_apply_redirect(struct request *req);
/* /{code}/apply/statistics: the agency's monthly request statistics (apply_stats.c, issue 14). */
int apply_statistics_page(struct request *req);
/* /website-report/{year} and the platform home's link to the latest one (website_report.c, issue 14). */
int website_report_public_page(struct request *req);
struct tmpl_dict;
void website_report_home_link(struct request *req, struct tmpl_dict *d);
int statutory_page(struct request *req);
int rules_page(struct request *req);
/* Old single-agency URLs (legacy.c): 301 to their place in the platform. */
int legacy_agency_redirect(struct request *req);
int legacy_entry_redirect(struct request *req);
int legacy_guide_redirect(struct request *req);
int legacy_news_redirect(struct request *req);
/* The platform's agencies (agencies.c) by level (本级政府, 部门, 乡镇（街道）) then
 * sort: one SECTION of D per level (level, level_label) holding "agencies"
 * (code, name, url, and {{#selected}} for the code SELECTED, which may be NULL). */
void agency_choice_fill(struct request *req, struct tmpl_dict *d, const char *section,
                        const char *selected);
/* GET /sitemap: the HTML site map (网站地图), the platform's pages and every
 * agency by level with the pages of its column. */
int site_map_page(struct request *req);
/* Adds SECTION rows {{label}} {{url}} for every page of the column of the
 * agency CODE, in the navigation's order (column.c). */
void column_links_fill(struct request *req, struct tmpl_dict *d, const char *section, const char *code);
/* Reads the optional agency=CODE filter of a platform page: 0 with *OUT filled
 * (OUT->id 0 when absent), 400 for a malformed code, 404 for an unknown one. */
int agency_filter_read(struct request *req, struct agency *out);
/* --- end the platform of agencies --- */

/* --- catalogue, guides, contacts, pages, files, prefs (issue 3, part 1) --- */
int catalogue_list(struct request *req);
int agency_catalogue_list(struct request *req);
int catalogue_entry(struct request *req);
int file_download(struct request *req);
int guides_list(struct request *req);
int agency_guides_list(struct request *req);
int guide_page(struct request *req);
int contacts_page(struct request *req);
int disclosure_guide_page(struct request *req);
int functions_page(struct request *req);
int accessibility_page(struct request *req);
/* What an inspector looks for (issue 14): the 政策文件库 of the platform and of
 * an agency, an agency's 澄清说明 (policies.c) and its 权责清单 (powers.c). */
int policies_page(struct request *req);
int agency_policies_page(struct request *req);
int clarifications_page(struct request *req);
int powers_page(struct request *req);
int prefs_toggle(struct request *req);
/* Attachment helpers (files.c); results live in ARENA. */
const char *percent_encode(struct arena *arena, const char *s);
const char *attachment_url(struct arena *arena, long long id, const char *filename);
const char *attachment_kind_label(const char *mime);
/* {{#has_attachments}} and {{#attachments}} rows {{url}} {{filename}} {{kind}} {{size}}
 * for the published files of OWNER_KIND/OWNER_ID (entry.tpl's list). */
void attachments_to_dict(struct tmpl_dict *d, struct request *req, const char *owner_kind, long long owner_id);
/* --- end catalogue, guides, contacts, pages, files, prefs --- */

/* --- search, feeds, reports, news, HTTP caching (issue 3, part 2) --- */
int search_page(struct request *req);
/* Counts a search for 热门搜索 (search.c); also for pages the cache answers. */
void search_note_query(struct request *req);
/* /search behind the per-client search rate limit (search_limit.c): 429 past it. */
int search_limited_page(struct request *req);
int feed_atom(struct request *req);
int sitemap_xml(struct request *req);
int agency_feed_atom(struct request *req);
int agency_sitemap_xml(struct request *req);
int robots_txt(struct request *req);
int reports_list(struct request *req);
int report_page(struct request *req);
int news_list(struct request *req);
int news_item(struct request *req);
/* app hooks (cache.c): validators, 304 and the render cache for every GET/HEAD. */
int portal_cache_lookup(struct request *req);
void portal_cache_store(struct request *req);
/* Helpers (search.c); results live in the arena. */
const char *url_query_encode(struct arena *arena, const char *s);
/* MARKDOWN as one line of plain text, cut after MAX_CHARS characters with "…". */
const char *plain_excerpt(struct arena *arena, const char *markdown, size_t max_chars);
/* Shows {{#pager}} (prev, next, page_link) when PAGES > 1; links are URL_PREFIX + number. */
void pager_fill(struct request *req, struct tmpl_dict *d, const char *url_prefix,
                long long page, long long pages);
/* --- end search, feeds, reports, news, HTTP caching --- */

/* --- annual reports in the national template's format (issue 6, reports.c) --- */
int report_table2_csv(struct request *req);
int report_table3_csv(struct request *req);
int report_table4_csv(struct request *req);
/* --- end annual reports in the national template's format --- */

#endif
