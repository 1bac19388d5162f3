/* Catalogue counts without scanning entries per request: one GROUP BY over
 * the published entries per content version, kept in memory as a cube
 * (topic x genre x month x owner agency x publishing unit x Art. 20 item ->
 * count) from which the total, every facet count and the month a page starts
 * in are summed in one pass per filter (the functions below share it). Cells
 * are ordered by owner agency, so one agency's catalogue reads only its own. */
#ifndef PORTAL_CATALOGUE_COUNTS_H
#define PORTAL_CATALOGUE_COUNTS_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>

/* The dimensions, in the order of catalogue.c's facets and filter values. */
enum { COUNT_TOPIC, COUNT_GENRE, COUNT_YEAR, COUNT_OWNER, COUNT_UNIT, COUNT_ART20, COUNT_DIMENSIONS };

/* (Re)builds the cube when content_version changed since it was built.
 * False when the database could not be read (logged). Allocates with malloc
 * once per content version; out of memory aborts the worker. */
bool catalogue_counts_ready(sqlite3 *db);

/* Published entries matching FILTER (0 = any) on every dimension. */
long long catalogue_count_total(const long long filter[COUNT_DIMENSIONS]);

/* The counts of a facet: COUNTS[i] = entries with VALUES[i] in DIMENSION that
 * match FILTER on every other dimension. COUNTS is zeroed first. */
void catalogue_count_facet(const long long filter[COUNT_DIMENSIONS], int dimension,
                           const long long *values, size_t value_count, long long *counts);

/* Years with published entries, newest first; *COUNT gets how many. */
const long long *catalogue_count_years(size_t *count);

/* Where the row at OFFSET (newest first, FILTER applied) lies: in the month
 * before BOUND ("YYYY-MM", so published_on < BOUND), after *SKIP newer rows
 * of that bound. BOUND is "" when the row is undated. */
void catalogue_count_position(const long long filter[COUNT_DIMENSIONS], long long offset,
                              char bound[8], long long *skip);

#endif
