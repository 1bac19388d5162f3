/* Every link the public site carries, found in the public fields of
 * content.db that hold or may hold one: Markdown (every link and image
 * destination, relative ones included), plain text with an address in it,
 * and e-mail addresses the contacts page links as mailto:. Shared by
 * /admin/links (outbound links), /admin/freshness (internal links that lead
 * nowhere) and `portalctl check-links` (outbound links that no longer answer). */
#ifndef PORTAL_LINK_SCAN_H
#define PORTAL_LINK_SCAN_H

#include <sqlite3.h>
#include <stdbool.h>

struct arena;

/* One link and where it appears: a label ("公开信息：标题"), the staff page
 * ("" for none) and the public page. KIND: 'm' Markdown, 't' plain text, 'e'
 * an e-mail address (URL is then "mailto:..."). Strings live in the scan's arena. */
struct link_found {
    const char *url, *where, *admin_url, *public_url;
    char kind;
};

struct link_scan {
    struct arena *arena;
    sqlite3 *db;        /* content.db */
    void (*found)(void *ctx, const struct link_found *link);
    void *ctx;
    struct link_found current;   /* the row being scanned (internal) */
};

/* Calls SCAN->found for every link in the published content of agency
 * AGENCY_ID (URL code CODE): entries, guides, news, pages, annual reports,
 * its offices' contacts and its application office. */
void link_scan_agency(struct link_scan *scan, long long agency_id, const char *code);
/* The same for the platform's own pages, settings and category names. */
void link_scan_platform(struct link_scan *scan);

/* Scheme of URL in lowercase ("https"), "//" for "//host...", NULL for a relative URL. */
const char *link_url_scheme(struct arena *arena, const char *url);
/* The host of an authority URL ("scheme://user@host:port/..."), lowercase, or "". */
const char *link_url_host(struct arena *arena, const char *url);
bool link_host_is_gov_cn(const char *host);

#endif
