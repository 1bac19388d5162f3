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

/* Adds SECTION rows {{value}} {{label}} {{#selected}} for the categories of SCHEME. */
void add_category_options(struct request *req, struct tmpl_dict *dict, const char *section,
                          const char *scheme, long long selected);
/* The same for the current agency and its own offices and units (the
 * 发布机构 / 实施主体 choices): staff never pick another agency's unit. */
void add_agency_options(struct request *req, struct tmpl_dict *dict, const char *section,
                        long long selected);
/* True when ID names a category of SCHEME (0 counts as "none chosen": true). */
bool category_in_scheme(struct request *req, long long id, const char *scheme);
/* True when ID is the current agency or one of its offices and units. */
bool agency_is_own(struct request *req, long long id);
/* 0 when OWNER_ID is the current agency; else the 403 of staff_require_agency
 * (audited with the target "KIND:ID"). For every row loaded by id. */
int content_require_own(struct request *req, long long owner_id, const char *kind, long long id);

/* Adds SECTION rows {{value}} {{label}} {{#selected}} for the 15 items of
 * 条例 Art. 20, labelled in the regulation's words (site/art20.h). */
void add_art20_options(struct tmpl_dict *dict, const char *section, long long selected);

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
/* The same as a day number for workdays.h arithmetic. */
int today_day_number(void);

/* Stores the empty standard pages (公开指南, 公开制度, 机构职能) of a new agency,
 * titled after AGENCY_NAME, so its column is complete at once (pages_admin.c).
 * Inside the caller's transaction; 0 or -1. */
int pages_create_for_agency(struct request *req, long long agency_id, const char *agency_name);

/* The confirmation an item's page shows after the 303 of a step: ?saved=1 or
 * ?done=STEP (submitted, returned, published, uploaded, removed); NULL for none. */
const char *content_step_notice(struct request *req);

/* Markdown preview: sets {{#preview}} with {{preview_html}} in DICT. */
void add_markdown_preview(struct request *req, struct tmpl_dict *dict, const char *markdown);

#endif
