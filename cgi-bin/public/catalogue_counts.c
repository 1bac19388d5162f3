/* The catalogue count cube (see catalogue_counts.h). With 100,000 entries the
 * per-request count(*) subqueries of the four facets cost about 0.7 s per
 * uncached catalogue page; summing some thousand cube cells costs well under
 * a millisecond, and the one GROUP BY runs only after content changes. */
#include <stdlib.h>
#include <string.h>

#include "catalogue_counts.h"
#include "db.h"
#include "log.h"

struct cell {
    long long key[COUNT_DIMENSIONS];    /* 0 where the entry has no value */
    long long count;
};

static struct {
    bool loaded;
    long long version;
    struct cell *cells;
    size_t cell_count;
    long long *years;                   /* distinct non-zero years, descending */
    size_t year_count;
} cube;

/* Out of memory ends the worker (lighttpd restarts it), as everywhere else. */
static void *xrealloc(void *p, size_t size)
{
    p = realloc(p, size ? size : 1);
    if (!p)
        abort();
    return p;
}

static int compare_desc(const void *a, const void *b)
{
    long long x = *(const long long *)a, y = *(const long long *)b;
    return x < y ? 1 : x > y ? -1 : 0;
}

static void collect_years(void)
{
    free(cube.years);
    cube.years = xrealloc(NULL, cube.cell_count * sizeof *cube.years);
    size_t n = 0;
    for (size_t i = 0; i < cube.cell_count; i++)
        if (cube.cells[i].key[COUNT_YEAR])
            cube.years[n++] = cube.cells[i].key[COUNT_YEAR];
    qsort(cube.years, n, sizeof *cube.years, compare_desc);
    size_t distinct = 0;
    for (size_t i = 0; i < n; i++)
        if (distinct == 0 || cube.years[distinct - 1] != cube.years[i])
            cube.years[distinct++] = cube.years[i];
    cube.year_count = distinct;
}

/* Reads the cube into a fresh array; keeps the old one when the query fails. */
static bool load_cells(sqlite3 *db)
{
    sqlite3_stmt *st = db_stmt(db,
        "SELECT coalesce(topic_id, 0), coalesce(genre_id, 0),"
        " coalesce(CAST(substr(published_on, 1, 4) AS INTEGER), 0), agency_id, count(*)"
        " FROM entries WHERE status = 'published' GROUP BY 1, 2, 3, 4");
    size_t cap = 256, n = 0;
    struct cell *cells = xrealloc(NULL, cap * sizeof *cells);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (n == cap)
            cells = xrealloc(cells, (cap *= 2) * sizeof *cells);
        for (int d = 0; d < COUNT_DIMENSIONS; d++)
            cells[n].key[d] = db_int(st, d);
        cells[n++].count = db_int(st, COUNT_DIMENSIONS);
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) {
        log_event(LOG_ERROR, "catalogue_counts", "cannot read entries: %s", sqlite3_errmsg(db));
        free(cells);
        return false;
    }
    free(cube.cells);
    cube.cells = cells;
    cube.cell_count = n;
    return true;
}

bool catalogue_counts_ready(sqlite3 *db)
{
    long long version = db_content_version(db);
    if (cube.loaded && cube.version == version)
        return true;
    cube.loaded = load_cells(db);
    if (cube.loaded) {
        cube.version = version;
        collect_years();
    }
    return cube.loaded;
}

static bool cell_matches(const struct cell *c, const long long *filter, int skip)
{
    for (int d = 0; d < COUNT_DIMENSIONS; d++)
        if (d != skip && filter[d] && c->key[d] != filter[d])
            return false;
    return true;
}

long long catalogue_count(const long long filter[COUNT_DIMENSIONS], int skip, int dimension,
                          long long value)
{
    long long total = 0;
    for (size_t i = 0; i < cube.cell_count; i++) {
        const struct cell *c = &cube.cells[i];
        if ((dimension < 0 || c->key[dimension] == value) && cell_matches(c, filter, skip))
            total += c->count;
    }
    return total;
}

const long long *catalogue_count_years(size_t *count)
{
    *count = cube.year_count;
    return cube.years;
}
