/* /admin/links: every outbound link the public site carries, from every
 * public field of content.db that holds or may hold one (Markdown, plain text
 * with an address in it, e-mail addresses linked as mailto:), with where it
 * appears and its host. Hosts outside .gov.cn are marked, so an injected link (a
 * gambling site in an old entry's body) cannot hide among the real ones.
 * Agency staff see their agency's content; the platform administrator also
 * sees the platform's settings and pages. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "app.h"
#include "content.h"
#include "db.h"
#include "link_scan.h"
#include "staff.h"
#include "tmpl.h"

struct link_row {
    const char *url, *host, *where, *admin_url, *public_url;
    bool flagged;       /* host outside .gov.cn, or a scheme without a host */
};

struct link_list {
    struct request *req;
    struct link_row *rows;
    size_t count, cap;
};

/* This site's own host, from the request (without a port). */
static bool host_is_this_site(const struct request *req, const char *host)
{
    if (!req->host || !*host)
        return false;
    size_t n = strcspn(req->host, ":");
    return strlen(host) == n && strncasecmp(req->host, host, n) == 0;
}

static void list_push(struct link_list *list, struct link_row row)
{
    list->rows = arena_array_reserve(list->req->arena, list->rows, list->count, &list->cap,
                                     sizeof *list->rows, 64);
    list->rows[list->count++] = row;
}

/* Called for every link found; keeps the outbound ones. */
static void note_link(void *ctx, const struct link_found *link)
{
    struct link_list *list = ctx;
    struct arena *arena = list->req->arena;
    const char *scheme = link_url_scheme(arena, link->url);
    if (!scheme)
        return;   /* relative: a page of this site */
    struct link_row row = { link->url, "", link->where, link->admin_url, link->public_url, false };
    if (strcmp(scheme, "mailto") == 0) {
        const char *at = strrchr(link->url, '@');
        row.host = at ? link_url_host(arena, arena_printf(arena, "//%s", at + 1)) : "";
    } else {
        row.host = link_url_host(arena, link->url);
    }
    if (host_is_this_site(list->req, row.host))
        return;
    row.flagged = !link_host_is_gov_cn(row.host);
    list_push(list, row);
}

static int compare_rows(const void *a, const void *b)
{
    const struct link_row *x = a, *y = b;
    if (x->flagged != y->flagged)
        return x->flagged ? -1 : 1;
    int c = strcmp(x->host, y->host);
    return c ? c : strcmp(x->url, y->url);
}

static void add_rows(struct tmpl_dict *d, const struct link_list *list)
{
    int flagged = 0;
    for (size_t i = 0; i < list->count; i++) {
        const struct link_row *r = &list->rows[i];
        struct tmpl_dict *row = tmpl_add_section(d, "links");
        tmpl_set(row, "url", r->url);
        tmpl_set(row, "host", *r->host ? r->host : "（无主机）");
        tmpl_set(row, "where", r->where);
        if (*r->admin_url)
            tmpl_set(tmpl_add_section(row, "admin_link"), "admin_url", r->admin_url);
        tmpl_set(row, "public_url", r->public_url);
        if (r->flagged) {
            tmpl_show(row, "flagged");
            flagged++;
        }
    }
    tmpl_set_int(d, "link_count", (long long)list->count);
    tmpl_set_int(d, "flagged_count", flagged);
    if (flagged)
        tmpl_show(d, "has_flagged");
    if (!list->count)
        tmpl_show(d, "no_links");
}

int links_page(struct request *req)
{
    struct link_list list = { .req = req };
    struct link_scan scan = { .arena = req->arena, .db = req->app->content_db, .found = note_link, .ctx = &list };
    const struct staff *s = current_staff(req);
    if (s->agency_id)
        link_scan_agency(&scan, s->agency_id, s->agency_code);
    if (staff_has(req, ROLE_ADMIN))
        link_scan_platform(&scan);
    if (list.count)
        qsort(list.rows, list.count, sizeof list.rows[0], compare_rows);
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "外链检查", "admin/links.tpl");
    add_rows(d, &list);
    return page_render(&page);
}
