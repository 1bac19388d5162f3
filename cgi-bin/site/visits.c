/* `portalctl visits` (issue 14): counts lighttpd's access log
 * ("%h %t \"%m %U %H\" %>s %b", conf/lighttpd.conf.in) into content.db's
 * visit_counts (page views per Beijing day and agency column) and
 * visit_visitors (distinct visitors per day and agency, 0 = the whole site).
 * A visitor is HMAC(secret, "visit|day|address") cut to 16 hex digits,
 * kept in visit_hashes for the day and the one before and then deleted; the
 * address itself is never stored. The run resumes where the last one stopped
 * (visit_log_state: the log's inode and offset, committed with the counts). */
#include "visits.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "arena.h"
#include "crypto.h"
#include "db.h"
#include "log.h"

enum { LINE_MAX_BYTES = 8192, LINES_PER_TRANSACTION = 5000, MAX_AGENCIES = 4096 };

struct agency_code {
    long long id;
    char code[24];
};

struct visit_run {
    sqlite3 *db;
    const unsigned char *key;
    const char *base_path;
    struct agency_code *agencies;
    int agency_count;
    struct visits_summary *sum;
};

/* A request of the log: the client, the Beijing day, the method, the path and the status. */
struct log_line {
    char client[64], day[11], method[12], path[1024];
    int status;
};

static const char *const month_names[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

/* "[02/Dec/2026:16:30:18 +0000]" as the Beijing day "2026-12-03" (UTC+8). */
static bool beijing_day_of(const char *stamp, char day[11])
{
    char mon[4];
    int d, y, hh, mm, ss, zone;
    if (sscanf(stamp, "[%2d/%3s/%4d:%2d:%2d:%2d %5d]", &d, mon, &y, &hh, &mm, &ss, &zone) != 7)
        return false;
    int m = 0;
    while (m < 12 && strcmp(mon, month_names[m]) != 0)
        m++;
    if (m == 12)
        return false;
    struct tm t = { .tm_year = y - 1900, .tm_mon = m, .tm_mday = d, .tm_hour = hh, .tm_min = mm, .tm_sec = ss };
    int offset = (zone / 100) * 3600 + (zone % 100) * 60;
    time_t beijing = timegm(&t) - offset + 8 * 3600;
    struct tm b;
    gmtime_r(&beijing, &b);
    return strftime(day, 11, "%Y-%m-%d", &b) == 10;
}

static bool parse_line(const char *line, struct log_line *out)
{
    char stamp[40], zone[8], protocol[16];
    if (sscanf(line, "%63s %39s %7s \"%11s %1023s %15[^\"]\" %d", out->client, stamp, zone, out->method,
               out->path, protocol, &out->status) != 7)
        return false;
    char whole[48];
    snprintf(whole, sizeof whole, "%s %s", stamp, zone);
    return beijing_day_of(whole, out->day);
}

static long long agency_of(const struct visit_run *run, const char *code, size_t len)
{
    for (int i = 0; i < run->agency_count; i++)
        if (strlen(run->agencies[i].code) == len && strncmp(run->agencies[i].code, code, len) == 0)
            return run->agencies[i].id;
    return -1;
}

/* Which column PATH (without the mount point) shows: *AGENCY_ID (0 for the
 * platform's pages) and the column's name; false for what is not a page
 * people read (static files, feeds, staff pages, health checks ...). */
static bool page_of(const struct visit_run *run, const char *path, long long *agency_id, char col[24])
{
    static const char *const platform[] = { "catalogue", "guides", "search", "apply", "news", "reports", "sitemap",
        "accessibility", "disclosure-guide", "functions", "contacts", NULL };
    static const char *const columns[] = { "disclosure-guide", "rules", "statutory", "reports", "catalogue", "guides",
        "functions", "contacts", "news", "apply", NULL };
    if (path[0] != '/')
        return false;
    const char *seg = path + 1, *slash = strchr(seg, '/');
    size_t len = slash ? (size_t)(slash - seg) : strlen(seg);
    *agency_id = 0;
    if (len == 0) {
        snprintf(col, 24, "home");
        return true;
    }
    for (int i = 0; platform[i]; i++)
        if (strlen(platform[i]) == len && strncmp(seg, platform[i], len) == 0) {
            snprintf(col, 24, "%s", platform[i]);
            return true;
        }
    *agency_id = agency_of(run, seg, len);
    if (*agency_id < 0)
        return false;
    const char *rest = slash ? slash + 1 : "";
    size_t rest_len = strcspn(rest, "/");
    snprintf(col, 24, "%s", rest_len ? "other" : "home");
    for (int i = 0; rest_len && columns[i]; i++)
        if (strlen(columns[i]) == rest_len && strncmp(rest, columns[i], rest_len) == 0)
            snprintf(col, 24, "%s", columns[i]);
    return true;
}

static int count_view(struct visit_run *run, const char *day, long long agency_id, const char *col)
{
    sqlite3_stmt *st = db_stmt(run->db,
        "INSERT INTO visit_counts (day, agency_id, col, views) VALUES (?1, ?2, ?3, 1) "
        "ON CONFLICT (day, agency_id, col) DO UPDATE SET views = views + 1");
    sqlite3_bind_text(st, 1, day, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, agency_id);
    sqlite3_bind_text(st, 3, col, -1, SQLITE_STATIC);
    return db_run(run->db, st, "visits");
}

static int note_visitor(struct visit_run *run, const char *day, long long agency_id, const char *hash)
{
    sqlite3_stmt *st = db_stmt(run->db,
        "INSERT OR IGNORE INTO visit_hashes (day, agency_id, hash) VALUES (?1, ?2, ?3)");
    sqlite3_bind_text(st, 1, day, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, agency_id);
    sqlite3_bind_text(st, 3, hash, -1, SQLITE_STATIC);
    return db_run(run->db, st, "visits");
}

/* One line of the log: a read page counts a view and its visitor. */
static int count_line(struct visit_run *run, const char *text)
{
    struct log_line line;
    if (!parse_line(text, &line) || strcmp(line.method, "GET") != 0 || line.status != 200)
        return 0;
    const char *path = line.path;
    size_t base = strlen(run->base_path);
    if (base && strncmp(path, run->base_path, base) == 0)
        path += base;
    long long agency_id;
    char col[24];
    if (!page_of(run, path, &agency_id, col))
        return 0;
    char message[160], hash[65];
    snprintf(message, sizeof message, "visit|%s|%s", line.day, line.client);
    hmac_hex(run->key, message, hash);
    hash[16] = '\0';
    run->sum->views++;
    if (count_view(run, line.day, agency_id, col) != 0 || note_visitor(run, line.day, 0, hash) != 0)
        return -1;
    return agency_id ? note_visitor(run, line.day, agency_id, hash) : 0;
}

/* Visitors per day from the hashes; then only the two latest days' hashes
 * stay. A late line of a day whose hashes are gone cannot lower its count. */
static int settle_visitors(sqlite3 *db)
{
    return db_exec(db,
        "INSERT INTO visit_visitors (day, agency_id, visitors) "
        " SELECT day, agency_id, count(*) FROM visit_hashes WHERE true GROUP BY day, agency_id "
        " ON CONFLICT (day, agency_id) DO UPDATE SET visitors = max(visitors, excluded.visitors);"
        "DELETE FROM visit_hashes WHERE day < (SELECT max(day) FROM visit_hashes WHERE day < "
        " (SELECT max(day) FROM visit_hashes));") == SQLITE_OK ? 0 : -1;
}

static int save_offset(sqlite3 *db, long long inode, long long offset)
{
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO visit_log_state (id, inode, offset) VALUES (1, ?1, ?2) "
        "ON CONFLICT (id) DO UPDATE SET inode = excluded.inode, offset = excluded.offset");
    sqlite3_bind_int64(st, 1, inode);
    sqlite3_bind_int64(st, 2, offset);
    return db_run(db, st, "visits");
}

/* Where to start in the log with inode INODE and SIZE bytes. */
static long long resume_offset(sqlite3 *db, long long inode, long long size)
{
    sqlite3_stmt *st = db_stmt(db, "SELECT inode, offset FROM visit_log_state WHERE id = 1");
    long long offset = 0;
    if (sqlite3_step(st) == SQLITE_ROW && db_int(st, 0) == inode && db_int(st, 1) <= size)
        offset = db_int(st, 1);
    sqlite3_reset(st);
    return offset;
}

static void load_agencies(struct visit_run *run, struct arena *arena)
{
    run->agencies = arena_calloc(arena, MAX_AGENCIES, sizeof *run->agencies);
    sqlite3_stmt *st = db_stmt(run->db, "SELECT id, code FROM agencies WHERE parent_id IS NULL AND code IS NOT NULL");
    while (sqlite3_step(st) == SQLITE_ROW && run->agency_count < MAX_AGENCIES) {
        struct agency_code *a = &run->agencies[run->agency_count++];
        a->id = db_int(st, 0);
        snprintf(a->code, sizeof a->code, "%s", (const char *)sqlite3_column_text(st, 1));
    }
    sqlite3_reset(st);
}

/* Counts the lines of F from where the last run stopped, committing every
 * LINES_PER_TRANSACTION lines with the offset reached. */
static int count_file(struct visit_run *run, FILE *f, long long inode, long long offset)
{
    char *line = malloc(LINE_MAX_BYTES);
    if (!line || fseeko(f, offset, SEEK_SET) != 0) {
        free(line);
        return -1;
    }
    int rc = db_begin(run->db, "visits") == SQLITE_OK ? 0 : -1, in_tx = 0;
    while (rc == 0 && fgets(line, LINE_MAX_BYTES, f)) {
        size_t len = strlen(line);
        if (len && line[len - 1] != '\n') {
            if (feof(f))
                break;   /* a line still being written: the next run reads it whole */
            /* longer than the buffer (no request line is): skip to its end, count nothing */
            int c;
            while ((c = getc(f)) != EOF && c != '\n')
                ;
            if (c == EOF)
                break;   /* its end is still being written */
            offset = (long long)ftello(f);
            continue;
        }
        offset += (long long)len;
        run->sum->lines++;
        rc = count_line(run, line);
        if (rc == 0 && ++in_tx == LINES_PER_TRANSACTION) {
            rc = save_offset(run->db, inode, offset) == 0 && db_commit(run->db) == SQLITE_OK
                 && db_begin(run->db, "visits") == SQLITE_OK ? 0 : -1;
            in_tx = 0;
        }
    }
    if (rc == 0)
        rc = save_offset(run->db, inode, offset) == 0 && settle_visitors(run->db) == 0
             && db_commit(run->db) == SQLITE_OK ? 0 : -1;
    if (rc != 0)
        db_rollback(run->db);
    free(line);
    return rc;
}

int visits_count_log(sqlite3 *content_db, const char *log_path, const unsigned char key[32], const char *base_path,
                     struct visits_summary *out)
{
    *out = (struct visits_summary){ 0, 0 };
    FILE *f = fopen(log_path, "r");
    if (!f) {
        log_event(LOG_ERROR, "visits", "cannot open %s", log_path);
        return -1;
    }
    struct stat sb;
    fstat(fileno(f), &sb);
    struct arena *arena = arena_new();
    struct visit_run run = { .db = content_db, .key = key, .base_path = base_path ? base_path : "", .sum = out };
    load_agencies(&run, arena);
    long long inode = (long long)sb.st_ino;
    int rc = count_file(&run, f, inode, resume_offset(content_db, inode, (long long)sb.st_size));
    arena_free(arena);
    fclose(f);
    return rc;
}
