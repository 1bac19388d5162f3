/* Search upkeep run by portalctl: rebuilding the word index, and counting
 * the query log into 热门搜索. */
#ifndef PORTAL_SEARCH_JOBS_H
#define PORTAL_SEARCH_JOBS_H

#include <sqlite3.h>

/* Rebuilds search_docs from search_source and the FTS index from it in one
 * transaction, then merges the index into one segment. 0 or -1 (logged). */
int search_reindex(sqlite3 *content_db);

/* Adds the lines of the query log at LOG_PATH ("YYYY-MM-DD\tquery") to
 * search_query_counts and empties the log; counts older than 90 days go.
 * Sets *COUNTED to the queries counted. 0 or -1 (logged). */
int search_count_queries(sqlite3 *content_db, const char *log_path, long *counted);

#endif
