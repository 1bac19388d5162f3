/* Markdown to HTML through cmark-gfm in safe mode (raw HTML dropped,
 * javascript:/vbscript:/file: links removed) with the GFM table,
 * strikethrough and autolink extensions. Its output is the only HTML that
 * templates print unescaped (see templates/README.md). */
#ifndef PORTAL_MARKDOWN_H
#define PORTAL_MARKDOWN_H

#include <stddef.h>

struct arena;

/* Returns the HTML in ARENA. */
char *markdown_to_html(struct arena *arena, const char *markdown, size_t len);

/* Calls FN for every link and image destination in MARKDOWN (outbound-link audit). */
void markdown_each_link(const char *markdown, size_t len,
                        void (*fn)(void *ctx, const char *url), void *ctx);

#endif
