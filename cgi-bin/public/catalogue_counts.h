/* Catalogue counts without scanning entries per request: one GROUP BY over
 * the published entries per content version, kept in memory as a small cube
 * (topic x genre x year x agency -> count) from which the total, every facet
 * count and the year a page starts in are summed. */
#ifndef PORTAL_CATALOGUE_COUNTS_H
#define PORTAL_CATALOGUE_COUNTS_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>

/* The dimensions, in the order of catalogue.c's facets and filter values. */
enum { COUNT_TOPIC, COUNT_GENRE, COUNT_YEAR, COUNT_AGENCY, COUNT_DIMENSIONS };

/* (Re)builds the cube when content_version changed since it was built.
 * False when the database could not be read (logged). Allocates with malloc
 * once per content version; out of memory aborts the worker. */
bool catalogue_counts_ready(sqlite3 *db);

/* Published entries matching FILTER (0 = any) on every dimension except
 * SKIP (-1: none) and, when DIMENSION >= 0, having VALUE in DIMENSION. */
long long catalogue_count(const long long filter[COUNT_DIMENSIONS], int skip, int dimension,
                          long long value);

/* Years with published entries, newest first; *COUNT gets how many. */
const long long *catalogue_count_years(size_t *count);

#endif
