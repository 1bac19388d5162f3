/* cmark-gfm rendering in safe mode; see markdown.h. */
#include "markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

/* CMARK_OPT_UNSAFE is never set: cmark-gfm then omits raw HTML and unsafe URLs. */
static const int markdown_options = CMARK_OPT_DEFAULT | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;

static cmark_parser *parser_with_extensions(void)
{
    static const char *const extensions[] = { "table", "strikethrough", "autolink" };
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *parser = cmark_parser_new(markdown_options);
    for (size_t i = 0; i < sizeof extensions / sizeof extensions[0]; i++) {
        cmark_syntax_extension *ext = cmark_find_syntax_extension(extensions[i]);
        if (ext)
            cmark_parser_attach_syntax_extension(parser, ext);
    }
    return parser;
}

static const char *site_base = "";

void markdown_set_site_base(const char *base)
{
    site_base = base ? base : "";
}

/* Clerks link to site paths ("/apply", "/mzj/contacts"); under a mount point
 * they need its prefix like every other link. "//host" is not a site path. */
static void prefix_site_links(cmark_node *doc)
{
    if (!*site_base)
        return;
    cmark_iter *iter = cmark_iter_new(doc);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        cmark_node_type type = cmark_node_get_type(node);
        if (ev != CMARK_EVENT_ENTER || (type != CMARK_NODE_LINK && type != CMARK_NODE_IMAGE))
            continue;
        const char *url = cmark_node_get_url(node);
        if (!url || url[0] != '/' || url[1] == '/' || url[1] == '\\')
            continue;
        size_t len = strlen(site_base) + strlen(url) + 1;
        char *prefixed = malloc(len);
        if (!prefixed)
            abort();    /* out of memory ends the worker, as everywhere */
        snprintf(prefixed, len, "%s%s", site_base, url);
        cmark_node_set_url(node, prefixed);
        free(prefixed);
    }
    cmark_iter_free(iter);
}

char *markdown_to_html(struct arena *arena, const char *markdown, size_t len)
{
    cmark_parser *parser = parser_with_extensions();
    cmark_parser_feed(parser, markdown, len);
    cmark_node *doc = cmark_parser_finish(parser);
    prefix_site_links(doc);
    char *html = cmark_render_html(doc, markdown_options, cmark_parser_get_syntax_extensions(parser));
    char *copy = arena_strdup(arena, html ? html : "");
    free(html);
    cmark_node_free(doc);
    cmark_parser_free(parser);
    return copy;
}

void markdown_each_link(const char *markdown, size_t len,
                        void (*fn)(void *ctx, const char *url), void *ctx)
{
    cmark_parser *parser = parser_with_extensions();
    cmark_parser_feed(parser, markdown, len);
    cmark_node *doc = cmark_parser_finish(parser);
    cmark_iter *iter = cmark_iter_new(doc);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        cmark_node_type type = cmark_node_get_type(node);
        if (ev == CMARK_EVENT_ENTER && (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE)) {
            const char *url = cmark_node_get_url(node);
            if (url && *url)
                fn(ctx, url);
        }
    }
    cmark_iter_free(iter);
    cmark_node_free(doc);
    cmark_parser_free(parser);
}

/* Appends the text of NODE's subtree events: words as written, a space
 * between table cells, a line break after each block. Markdown syntax,
 * raw HTML and link targets are not text. */
static bool is_block_end(cmark_node *node)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH: case CMARK_NODE_HEADING: case CMARK_NODE_ITEM:
    case CMARK_NODE_CODE_BLOCK: case CMARK_NODE_BLOCK_QUOTE:
        return true;
    default:
        return strcmp(cmark_node_get_type_string(node), "table_row") == 0;
    }
}

char *markdown_to_text(struct arena *arena, const char *markdown, size_t len)
{
    cmark_parser *parser = parser_with_extensions();
    cmark_parser_feed(parser, markdown, len);
    cmark_node *doc = cmark_parser_finish(parser);
    struct buf b;
    buf_init(&b, arena);
    cmark_iter *iter = cmark_iter_new(doc);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        cmark_node_type type = cmark_node_get_type(node);
        bool ascii_before = b.len && (unsigned char)b.data[b.len - 1] < 0x80 && b.data[b.len - 1] != '\n';
        if (ev == CMARK_EVENT_ENTER && (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE
                                        || type == CMARK_NODE_CODE_BLOCK)) {
            buf_puts(&b, cmark_node_get_literal(node));
        } else if (ev == CMARK_EVENT_ENTER && type == CMARK_NODE_SOFTBREAK) {
            if (ascii_before)   /* Chinese lines join without a space */
                buf_putc(&b, ' ');
        } else if (ev == CMARK_EVENT_ENTER && type == CMARK_NODE_LINEBREAK) {
            buf_putc(&b, '\n');
        } else if (ev == CMARK_EVENT_EXIT && strcmp(cmark_node_get_type_string(node), "table_cell") == 0) {
            buf_putc(&b, ' ');
        } else if (ev == CMARK_EVENT_EXIT && is_block_end(node) && b.len && b.data[b.len - 1] != '\n') {
            buf_putc(&b, '\n');
        }
    }
    cmark_iter_free(iter);
    cmark_node_free(doc);
    cmark_parser_free(parser);
    return b.data;
}
