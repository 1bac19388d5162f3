/* Handlers of portal.fcgi, one file per feature. Each owns its SQL. */
#ifndef PORTAL_PUBLIC_H
#define PORTAL_PUBLIC_H

#include "request.h"

int home_page(struct request *req);
int health_check(struct request *req);

/* --- catalogue, guides, contacts, pages, files, prefs (issue 3, part 1) --- */
int catalogue_list(struct request *req);
int catalogue_entry(struct request *req);
int file_download(struct request *req);
int guides_list(struct request *req);
int guide_page(struct request *req);
int contacts_page(struct request *req);
int disclosure_guide_page(struct request *req);
int functions_page(struct request *req);
int accessibility_page(struct request *req);
int prefs_toggle(struct request *req);
/* Attachment helpers (files.c); results live in ARENA. */
const char *percent_encode(struct arena *arena, const char *s);
const char *attachment_url(struct arena *arena, long long id, const char *filename);
const char *attachment_kind_label(const char *mime);
const char *human_size(struct arena *arena, long long bytes);
/* --- end catalogue, guides, contacts, pages, files, prefs --- */

/* --- search, feeds, reports, news, HTTP caching (issue 3, part 2) --- */
int search_page(struct request *req);
int feed_atom(struct request *req);
int sitemap_xml(struct request *req);
int robots_txt(struct request *req);
int reports_list(struct request *req);
int report_page(struct request *req);
int news_list(struct request *req);
int news_item(struct request *req);
/* app hooks (cache.c): validators, 304 and the render cache for every GET/HEAD. */
int portal_cache_lookup(struct request *req);
void portal_cache_store(struct request *req);
/* Helpers (search.c); results live in the arena. */
struct tmpl_dict;
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
