/* Visit statistics (issue 14): `portalctl visits` counts lighttpd's access
 * log into content.db (visit_counts, visit_visitors), keeping no address;
 * /admin/visits and the 网站工作年度报表 read them. */
#ifndef PORTAL_VISITS_H
#define PORTAL_VISITS_H

#include <sqlite3.h>

struct visits_summary {
    long lines, views;
};

/* Counts the lines of LOG_PATH added since the last run (all of it after a
 * rotation): GETs answered 200 of pages people read, per Beijing day and
 * agency column, and distinct visitors as hashes keyed with KEY (the server
 * secret). BASE_PATH is the mount point ("" at the root). 0 or -1 (logged). */
int visits_count_log(sqlite3 *content_db, const char *log_path, const unsigned char key[32], const char *base_path,
                     struct visits_summary *out);

#endif
