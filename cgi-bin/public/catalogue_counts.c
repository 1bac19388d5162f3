/* The catalogue count cube (see catalogue_counts.h). With 100,000 entries the
 * per-request count(*) subqueries of the four facets cost about 0.6 s per
 * uncached catalogue page; one pass over the cube's cells per facet costs well
 * under a millisecond, and the GROUP BY runs only after content changes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue_counts.h"
#include "db.h"
#include "log.h"

struct cell {
    long long key[COUNT_DIMENSIONS];    /* 0 where the entry has no value */
    long long month;                    /* yyyymm, 0 when undated */
    uint32_t value_index[COUNT_DIMENSIONS];  /* into dimension_values[d] */
    uint32_t month_index;               /* into months (newest first) */
    long long count;
};

struct values {
    long long *items;                   /* distinct, ascending (months: descending) */
    size_t count;
};

static struct {
    bool loaded;
    long long version;
    struct cell *cells;
    size_t cell_count;
    struct values dimension_values[COUNT_DIMENSIONS];
    struct values months;
    long long *years;                   /* distinct non-zero years, descending */
    size_t year_count;
    long long *scratch;                 /* per-value sums, as long as the longest value list */
} cube;

/* Out of memory ends the worker (lighttpd restarts it), as everywhere else. */
static void *xrealloc(void *p, size_t size)
{
    p = realloc(p, size ? size : 1);
    if (!p)
        abort();
    return p;
}

static int compare_asc(const void *a, const void *b)
{
    long long x = *(const long long *)a, y = *(const long long *)b;
    return x < y ? -1 : x > y ? 1 : 0;
}

/* Sorts ITEMS (N of them) and drops repeats; returns the distinct count. */
static size_t sort_distinct(long long *items, size_t n)
{
    qsort(items, n, sizeof *items, compare_asc);
    size_t distinct = 0;
    for (size_t i = 0; i < n; i++)
        if (distinct == 0 || items[distinct - 1] != items[i])
            items[distinct++] = items[i];
    return distinct;
}

static uint32_t index_of(const struct values *v, long long value)
{
    long long *hit = bsearch(&value, v->items, v->count, sizeof *v->items, compare_asc);
    return hit ? (uint32_t)(hit - v->items) : 0;
}

/* Distinct values of one column of the cells (DIMENSION < 0: the month). */
static void collect_values(struct values *v, int dimension)
{
    free(v->items);
    v->items = xrealloc(NULL, cube.cell_count * sizeof *v->items);
    for (size_t i = 0; i < cube.cell_count; i++)
        v->items[i] = dimension < 0 ? cube.cells[i].month : cube.cells[i].key[dimension];
    v->count = sort_distinct(v->items, cube.cell_count);
}

static void reverse(long long *items, size_t n)
{
    for (size_t i = 0; i < n / 2; i++) {
        long long t = items[i];
        items[i] = items[n - 1 - i];
        items[n - 1 - i] = t;
    }
}

static void index_cells(void)
{
    size_t longest = 1;
    for (int d = 0; d < COUNT_DIMENSIONS; d++) {
        collect_values(&cube.dimension_values[d], d);
        if (cube.dimension_values[d].count > longest)
            longest = cube.dimension_values[d].count;
    }
    collect_values(&cube.months, -1);
    for (size_t i = 0; i < cube.cell_count; i++) {
        for (int d = 0; d < COUNT_DIMENSIONS; d++)
            cube.cells[i].value_index[d] = index_of(&cube.dimension_values[d], cube.cells[i].key[d]);
        cube.cells[i].month_index = (uint32_t)(cube.months.count - 1 - index_of(&cube.months, cube.cells[i].month));
    }
    reverse(cube.months.items, cube.months.count);
    if (cube.months.count > longest)
        longest = cube.months.count;
    cube.scratch = xrealloc(cube.scratch, longest * sizeof *cube.scratch);
    const struct values *years = &cube.dimension_values[COUNT_YEAR];
    cube.years = xrealloc(cube.years, (years->count + 1) * sizeof *cube.years);
    cube.year_count = 0;
    for (size_t i = years->count; i-- > 0;)
        if (years->items[i])
            cube.years[cube.year_count++] = years->items[i];
}

/* Reads the cube into a fresh array; keeps the old one when the query fails. */
static bool load_cells(sqlite3 *db)
{
    /* Ordered by owner: the cells of one agency are one run (see owner_run). */
    sqlite3_stmt *st = db_stmt(db,
        "SELECT coalesce(topic_id, 0), coalesce(genre_id, 0),"
        " coalesce(CAST(substr(published_on, 1, 4) AS INTEGER), 0), coalesce(owner_id, 0), agency_id,"
        " coalesce(art20, 0),"
        " coalesce(CAST(substr(published_on, 1, 4) || substr(published_on, 6, 2) AS INTEGER), 0), count(*)"
        " FROM entries WHERE status = 'published' GROUP BY 4, 1, 2, 3, 5, 6, 7 ORDER BY 4");
    size_t cap = 256, n = 0;
    struct cell *cells = xrealloc(NULL, cap * sizeof *cells);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (n == cap)
            cells = xrealloc(cells, (cap *= 2) * sizeof *cells);
        memset(&cells[n], 0, sizeof cells[n]);
        for (int d = 0; d < COUNT_DIMENSIONS; d++)
            cells[n].key[d] = db_int(st, d);
        cells[n].month = db_int(st, COUNT_DIMENSIONS);
        cells[n++].count = db_int(st, COUNT_DIMENSIONS + 1);
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
        index_cells();
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

/* The cells a pass must read: with an owner filter (that is not the facet
 * being counted) only the owner's run of the owner-sorted cells, else all. */
struct run {
    const struct cell *begin, *end;
};

static struct run owner_run(const long long *filter, int skip)
{
    struct run r = { cube.cells, cube.cells + cube.cell_count };
    long long owner = skip == COUNT_OWNER ? 0 : filter[COUNT_OWNER];
    if (!owner)
        return r;
    size_t lo = 0, hi = cube.cell_count;
    while (lo < hi) {           /* first cell with key >= owner */
        size_t mid = lo + (hi - lo) / 2;
        if (cube.cells[mid].key[COUNT_OWNER] < owner)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t end = lo;
    while (end < cube.cell_count && cube.cells[end].key[COUNT_OWNER] == owner)
        end++;
    r.begin = cube.cells + lo;
    r.end = cube.cells + end;
    return r;
}

long long catalogue_count_total(const long long filter[COUNT_DIMENSIONS])
{
    long long total = 0;
    struct run r = owner_run(filter, -1);
    for (const struct cell *c = r.begin; c < r.end; c++)
        if (cell_matches(c, filter, -1))
            total += c->count;
    return total;
}

void catalogue_count_facet(const long long filter[COUNT_DIMENSIONS], int dimension,
                           const long long *values, size_t value_count, long long *counts)
{
    const struct values *known = &cube.dimension_values[dimension];
    memset(cube.scratch, 0, known->count * sizeof *cube.scratch);
    struct run r = owner_run(filter, dimension);
    for (const struct cell *c = r.begin; c < r.end; c++)
        if (cell_matches(c, filter, dimension))
            cube.scratch[c->value_index[dimension]] += c->count;
    for (size_t v = 0; v < value_count; v++) {
        long long *hit = bsearch(&values[v], known->items, known->count, sizeof *known->items, compare_asc);
        counts[v] = hit ? cube.scratch[hit - known->items] : 0;
    }
}

const long long *catalogue_count_years(size_t *count)
{
    *count = cube.year_count;
    return cube.years;
}

void catalogue_count_position(const long long filter[COUNT_DIMENSIONS], long long offset,
                              char bound[8], long long *skip)
{
    memset(cube.scratch, 0, cube.months.count * sizeof *cube.scratch);
    struct run r = owner_run(filter, -1);
    for (const struct cell *c = r.begin; c < r.end; c++)
        if (cell_matches(c, filter, -1))
            cube.scratch[c->month_index] += c->count;
    long long before = 0;
    for (size_t m = 0; m < cube.months.count; m++) {
        long long month = cube.months.items[m];
        if (month > 0 && month < 999912 && offset < before + cube.scratch[m]) {
            long long next = month % 100 == 12 ? (month / 100 + 1) * 100 + 1 : month + 1;
            snprintf(bound, 8, "%04lld-%02lld", next / 100 % 10000, next % 100);
            *skip = offset - before;
            return;
        }
        before += cube.scratch[m];
    }
    bound[0] = '\0';
    *skip = offset;
}
