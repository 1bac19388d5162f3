/* `portalctl check-links`: whether the outbound links of the public site
 * still answer, recorded in content.db (link_checks, link_check_runs) for the
 * freshness self-check (/admin/freshness). portalctl only: it uses libcurl. */
#ifndef PORTAL_LINK_CHECK_H
#define PORTAL_LINK_CHECK_H

#include <sqlite3.h>

struct config;

struct link_check_summary {
    int checked, failed;
    int left;   /* not checked this run: the time budget ran out */
};

/* Requests every outbound http(s) link of every agency and of the platform
 * once, records each answer in its own transaction, forgets links no longer
 * on the site and records the run; after cfg->link_budget_s seconds the
 * rest is left for the next run (longest unchecked first). Returns 0, or -1
 * on a database error. */
int links_check_all(const struct config *cfg, sqlite3 *content_db, struct link_check_summary *out);

#endif
