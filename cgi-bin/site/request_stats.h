/* Public request statistics (issue 14): monthly counts of applications per
 * agency, from private.db into content.db's request_stats (counts of 1 or 2
 * stored as NULL, shown as 少于3件), for the public 依申请公开统计 page.
 * Used by admin.fcgi and portalctl, which open both databases. */
#ifndef PORTAL_REQUEST_STATS_H
#define PORTAL_REQUEST_STATS_H

#include <sqlite3.h>

struct arena;

/* Recomputes every month of AGENCY_ID (every agency for 0): received
 * (confirmed receipt), answered (replied, or closed with an outcome),
 * answered by the due date, and the answers by outcome group, replacing the
 * agency's rows in one content.db transaction. Returns 0 or -1 (logged). */
int request_stats_refresh(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db, long long agency_id);

#endif
