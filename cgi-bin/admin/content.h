/* Helpers shared by the content-editing areas of admin.fcgi (entries, guides,
 * news, pages, agencies, categories, settings, links): workflow labels,
 * select options for categories and agencies, and audit summaries. */
#ifndef PORTAL_CONTENT_H
#define PORTAL_CONTENT_H

#include <stdbool.h>
#include <stddef.h>

#include "request.h"

struct form;
struct tmpl_dict;

/* 草稿, 待审核, 已发布, 已退回, 已被替代 for the stored status codes. */
const char *content_status_label(const char *status);
/* 有效, 已废止, 已失效. */
const char *validity_label(const char *validity);

/* Adds SECTION rows {{value}} {{label}} {{#selected}} for the categories of SCHEME. */
void add_category_options(struct request *req, struct tmpl_dict *dict, const char *section,
                          const char *scheme, long long selected);
/* The same for agencies (all kinds, in their order). */
void add_agency_options(struct request *req, struct tmpl_dict *dict, const char *section,
                        long long selected);
/* True when ID names a category of SCHEME (0 counts as "none chosen": true). */
bool category_in_scheme(struct request *req, long long id, const char *scheme);
bool agency_exists(struct request *req, long long id);

/* The value of form field NAME as an id, 0 when empty or invalid. */
long long form_id(const struct form *form, const char *name);
/* A copy of S (in ARENA) with newlines and tabs as spaces, for audit summaries. */
const char *one_line(struct arena *arena, const char *s);
/* S shortened to MAX characters with "…" (never splits a UTF-8 sequence). */
const char *clip_text(struct arena *arena, const char *s, size_t max);
/* Appends "LABEL: before -> after; " to SUMMARY when the values differ
 * (each clipped to 30 characters), so audit rows say what changed. */
void audit_diff(struct buf *summary, const char *label, const char *before, const char *after);
/* The summary text, or "无字段变化" when nothing was appended. */
const char *audit_summary_text(struct buf *summary);

/* Today as YYYY-MM-DD (server local time), in ARENA. */
const char *today_iso(struct arena *arena);

/* Markdown preview: sets {{#preview}} with {{preview_html}} in DICT. */
void add_markdown_preview(struct request *req, struct tmpl_dict *dict, const char *markdown);

#endif
