/* cmark-gfm rendering in safe mode; see markdown.h. */
#include "markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
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

/* Clerks link to the site's own pages as "/apply" or "/catalogue/4"; under a
 * mount point those are "/xxgk/apply". Other URLs ("//host", "https:", "#x",
 * relative ones) are left as written. */
static void prefix_site_links(cmark_node *doc)
{
    size_t base_len = strlen(site_base);
    if (base_len == 0)
        return;
    cmark_iter *iter = cmark_iter_new(doc);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        cmark_node_type type = cmark_node_get_type(node);
        const char *url = ev == CMARK_EVENT_ENTER && (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE)
                          ? cmark_node_get_url(node) : NULL;
        if (!url || url[0] != '/' || url[1] == '/')
            continue;
        size_t url_len = strlen(url);
        char *full = malloc(base_len + url_len + 1);
        if (!full)
            abort();   /* out of memory ends the worker; lighttpd starts another */
        memcpy(full, site_base, base_len);
        memcpy(full + base_len, url, url_len + 1);
        cmark_node_set_url(node, full);
        free(full);
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
