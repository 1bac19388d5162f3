/* The catalogue count cube (see catalogue_counts.h). With 100,000 entries the
 * per-request count(*) subqueries of the facets cost about 0.6 s per uncached
 * catalogue page; the cube's cells are read once per filter instead: a single
 * pass gives the total, the per-month sums and every facet's counts, because a
 * cell counts for facet D exactly when it matches the filter on every other
 * dimension (it misses at most on D). With entries spread over 50 agencies
 * nearly every entry is a cell of its own, so cells hold 32-bit indexes into
 * the sorted values of each dimension rather than the values themselves. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue_counts.h"
#include "db.h"
#include "log.h"

struct cell {
    uint32_t index[COUNT_DIMENSIONS];   /* into cube.dimension_values[d] */
    uint32_t month_index;               /* into cube.months (newest first) */
    uint32_t count;
};

/* One row of the GROUP BY, before the values are indexed. */
struct raw_cell {
    long long key[COUNT_DIMENSIONS];    /* 0 where the entry has no value */
    long long month;                    /* yyyymm, 0 when undated */
    long long count;
};

struct values {
    long long *items;                   /* distinct, ascending (months: descending) */
    size_t count;
};

static struct {
    bool loaded;
    long long version;
    struct cell *cells;                 /* ordered by owner (see owner_run) */
    size_t cell_count;
    struct values dimension_values[COUNT_DIMENSIONS];
    struct values months;
    long long *years;                   /* distinct non-zero years, descending */
    size_t year_count;
} cube;

/* The sums of the last filter asked for: one pass serves the total, the
 * position and every facet of a page. */
static struct {
    bool valid;
    long long filter[COUNT_DIMENSIONS];
    bool owner_facet_done;              /* the owner facet needs every agency's cells */
    long long total;
    long long *facet[COUNT_DIMENSIONS]; /* per value index */
    long long *month;                   /* per month index */
} sums;

enum { ANY = UINT32_MAX, NONE = UINT32_MAX - 1 };   /* a filter index: no filter; a value no cell has */

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

/* The index of VALUE among V's items, or NONE. */
static uint32_t index_of(const struct values *v, long long value)
{
    long long *hit = bsearch(&value, v->items, v->count, sizeof *v->items, compare_asc);
    return hit ? (uint32_t)(hit - v->items) : NONE;
}

/* Distinct values of one column of RAW (DIMENSION < 0: the month). */
static void collect_values(struct values *v, const struct raw_cell *raw, size_t n, int dimension)
{
    free(v->items);
    v->items = xrealloc(NULL, n * sizeof *v->items);
    for (size_t i = 0; i < n; i++)
        v->items[i] = dimension < 0 ? raw[i].month : raw[i].key[dimension];
    v->count = sort_distinct(v->items, n);
}

static void reverse(long long *items, size_t n)
{
    for (size_t i = 0; i < n / 2; i++) {
        long long t = items[i];
        items[i] = items[n - 1 - i];
        items[n - 1 - i] = t;
    }
}

static void collect_years(void)
{
    const struct values *years = &cube.dimension_values[COUNT_YEAR];
    cube.years = xrealloc(cube.years, (years->count + 1) * sizeof *cube.years);
    cube.year_count = 0;
    for (size_t i = years->count; i-- > 0;)
        if (years->items[i])
            cube.years[cube.year_count++] = years->items[i];
}

/* The sums arrays, as long as the value lists they sum over. */
static void size_sums(void)
{
    for (int d = 0; d < COUNT_DIMENSIONS; d++)
        sums.facet[d] = xrealloc(sums.facet[d], (cube.dimension_values[d].count + 1) * sizeof *sums.facet[d]);
    sums.month = xrealloc(sums.month, (cube.months.count + 1) * sizeof *sums.month);
    sums.valid = false;
}

/* Turns RAW (ordered by owner) into the compact cells; the order is kept. */
static void index_cells(const struct raw_cell *raw, size_t n)
{
    for (int d = 0; d < COUNT_DIMENSIONS; d++)
        collect_values(&cube.dimension_values[d], raw, n, d);
    collect_values(&cube.months, raw, n, -1);
    free(cube.cells);
    cube.cells = xrealloc(NULL, n * sizeof *cube.cells);
    cube.cell_count = n;
    for (size_t i = 0; i < n; i++) {
        for (int d = 0; d < COUNT_DIMENSIONS; d++)
            cube.cells[i].index[d] = index_of(&cube.dimension_values[d], raw[i].key[d]);
        cube.cells[i].month_index = (uint32_t)(cube.months.count - 1 - index_of(&cube.months, raw[i].month));
        cube.cells[i].count = (uint32_t)raw[i].count;
    }
    reverse(cube.months.items, cube.months.count);
    collect_years();
    size_sums();
}

/* Reads the GROUP BY into RAW (malloc'd, *N rows); false when the query fails. */
static bool load_raw(sqlite3 *db, struct raw_cell **out, size_t *out_n)
{
    /* Ordered by owner: the cells of one agency are one run (see owner_run). */
    sqlite3_stmt *st = db_stmt(db,
        "SELECT coalesce(topic_id, 0), coalesce(genre_id, 0),"
        " coalesce(CAST(substr(published_on, 1, 4) AS INTEGER), 0), coalesce(owner_id, 0), agency_id,"
        " coalesce(art20, 0),"
        " coalesce(CAST(substr(published_on, 1, 4) || substr(published_on, 6, 2) AS INTEGER), 0), count(*)"
        " FROM entries WHERE status = 'published' GROUP BY 4, 1, 2, 3, 5, 6, 7 ORDER BY 4");
    size_t cap = 256, n = 0;
    struct raw_cell *raw = xrealloc(NULL, cap * sizeof *raw);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (n == cap)
            raw = xrealloc(raw, (cap *= 2) * sizeof *raw);
        for (int d = 0; d < COUNT_DIMENSIONS; d++)
            raw[n].key[d] = db_int(st, d);
        raw[n].month = db_int(st, COUNT_DIMENSIONS);
        raw[n++].count = db_int(st, COUNT_DIMENSIONS + 1);
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) {
        log_event(LOG_ERROR, "catalogue_counts", "cannot read entries: %s", sqlite3_errmsg(db));
        free(raw);
        return false;
    }
    *out = raw;
    *out_n = n;
    return true;
}

bool catalogue_counts_ready(sqlite3 *db)
{
    long long version = db_content_version(db);
    if (cube.loaded && cube.version == version)
        return true;
    struct raw_cell *raw;
    size_t n;
    if (!load_raw(db, &raw, &n)) {
        cube.loaded = false;        /* read again on the next request */
        return false;
    }
    index_cells(raw, n);
    free(raw);
    cube.loaded = true;
    cube.version = version;
    return true;
}

/* The filter as value indexes: ANY, or the index (NONE when no cell has it). */
static void filter_indexes(const long long *filter, uint32_t want[COUNT_DIMENSIONS])
{
    for (int d = 0; d < COUNT_DIMENSIONS; d++)
        want[d] = filter[d] ? index_of(&cube.dimension_values[d], filter[d]) : ANY;
}

/* The cells a pass reads: with an owner filter only that owner's run of the
 * owner-ordered cells (every other cell misses on the owner), else all. */
static void owner_run(uint32_t owner, const struct cell **begin, const struct cell **end)
{
    *begin = cube.cells;
    *end = cube.cells + cube.cell_count;
    if (owner == ANY)
        return;
    size_t lo = 0, hi = cube.cell_count;
    while (lo < hi) {           /* the first cell at or after the owner */
        size_t mid = lo + (hi - lo) / 2;
        if (cube.cells[mid].index[COUNT_OWNER] < owner)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t last = lo;
    while (last < cube.cell_count && cube.cells[last].index[COUNT_OWNER] == owner)
        last++;
    *begin = cube.cells + lo;
    *end = cube.cells + last;
}

static void add_cell(const struct cell *c, const uint32_t want[COUNT_DIMENSIONS])
{
    int misses = 0, missed = -1;
    for (int d = 0; d < COUNT_DIMENSIONS && misses < 2; d++)
        if (want[d] != ANY && c->index[d] != want[d]) {
            misses++;
            missed = d;
        }
    if (misses == 1) {
        sums.facet[missed][c->index[missed]] += c->count;
    } else if (misses == 0) {
        sums.total += c->count;
        sums.month[c->month_index] += c->count;
        for (int d = 0; d < COUNT_DIMENSIONS; d++)
            sums.facet[d][c->index[d]] += c->count;
    }
}

static void clear_sums(void)
{
    for (int d = 0; d < COUNT_DIMENSIONS; d++)
        memset(sums.facet[d], 0, cube.dimension_values[d].count * sizeof *sums.facet[d]);
    memset(sums.month, 0, cube.months.count * sizeof *sums.month);
    sums.total = 0;
}

/* The one pass for FILTER, unless its sums are at hand. */
static void compute_sums(const long long *filter)
{
    if (sums.valid && memcmp(sums.filter, filter, sizeof sums.filter) == 0)
        return;
    uint32_t want[COUNT_DIMENSIONS];
    filter_indexes(filter, want);
    clear_sums();
    const struct cell *begin, *end;
    owner_run(want[COUNT_OWNER], &begin, &end);
    for (const struct cell *c = begin; c < end; c++)
        add_cell(c, want);
    memcpy(sums.filter, filter, sizeof sums.filter);
    sums.owner_facet_done = want[COUNT_OWNER] == ANY;
    sums.valid = true;
}

/* The owner facet under an owner filter: the cells of every other owner too. */
static void compute_owner_facet(const long long *filter)
{
    uint32_t want[COUNT_DIMENSIONS];
    filter_indexes(filter, want);
    want[COUNT_OWNER] = ANY;
    long long *owners = sums.facet[COUNT_OWNER];
    memset(owners, 0, cube.dimension_values[COUNT_OWNER].count * sizeof *owners);
    for (const struct cell *c = cube.cells; c < cube.cells + cube.cell_count; c++) {
        int d = 0;
        while (d < COUNT_DIMENSIONS && (want[d] == ANY || c->index[d] == want[d]))
            d++;
        if (d == COUNT_DIMENSIONS)
            owners[c->index[COUNT_OWNER]] += c->count;
    }
    sums.owner_facet_done = true;
}

long long catalogue_count_total(const long long filter[COUNT_DIMENSIONS])
{
    compute_sums(filter);
    return sums.total;
}

void catalogue_count_facet(const long long filter[COUNT_DIMENSIONS], int dimension,
                           const long long *values, size_t value_count, long long *counts)
{
    compute_sums(filter);
    if (dimension == COUNT_OWNER && !sums.owner_facet_done)
        compute_owner_facet(filter);
    for (size_t v = 0; v < value_count; v++) {
        uint32_t i = index_of(&cube.dimension_values[dimension], values[v]);
        counts[v] = i == NONE ? 0 : sums.facet[dimension][i];
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
    compute_sums(filter);
    long long before = 0;
    for (size_t m = 0; m < cube.months.count; m++) {
        long long month = cube.months.items[m];
        if (month > 0 && month < 999912 && offset < before + sums.month[m]) {
            long long next = month % 100 == 12 ? (month / 100 + 1) * 100 + 1 : month + 1;
            snprintf(bound, 8, "%04lld-%02lld", next / 100 % 10000, next % 100);
            *skip = offset - before;
            return;
        }
        before += sums.month[m];
    }
    bound[0] = '\0';
    *skip = offset;
}
