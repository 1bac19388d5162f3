/* Markdown to HTML through cmark-gfm in safe mode (raw HTML dropped,
 * javascript:/vbscript:/file: links removed) with the GFM table,
 * strikethrough and autolink extensions. Its output is the only HTML that
 * templates print unescaped (see templates/README.md). */
#ifndef PORTAL_MARKDOWN_H
#define PORTAL_MARKDOWN_H

#include <stddef.h>

struct arena;

/* Returns the HTML in ARENA. Links and images to a site path ("/apply") get
 * the base path set by markdown_set_site_base before them. */
char *markdown_to_html(struct arena *arena, const char *markdown, size_t len);

/* The mount point ("" or "/xxgk", kept by the caller for the process) that
 * site-path links in Markdown are rendered under (issue 10). */
void markdown_set_site_base(const char *base);

/* The text of MARKDOWN as a person reads it, in ARENA: no Markdown syntax,
 * one line per paragraph, heading, list item or table row. */
char *markdown_to_text(struct arena *arena, const char *markdown, size_t len);
/* Calls FN for every link and image destination in MARKDOWN (outbound-link audit). */
void markdown_each_link(const char *markdown, size_t len,
                        void (*fn)(void *ctx, const char *url), void *ctx);

#endif
