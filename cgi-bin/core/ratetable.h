/* Per-client rate limits shared by the worker processes of one program without
 * a database: a small file mapped into every worker holds one slot per recent
 * client (a keyed 64-bit hash of its address and the time its allowance is used
 * up to), locked with flock() for the few instructions of an update. The rule
 * is a token bucket in its GCRA form: BURST events at once, then one per
 * 60/RATE seconds. portal.fcgi never opens private.db, so its search limit
 * (cgi-bin/public/search_limit.c) lives here instead. */
#ifndef PORTAL_RATETABLE_H
#define PORTAL_RATETABLE_H

#include <stdint.h>

struct rate_table;

struct rate_rule {
    int per_minute;     /* the sustained rate */
    int burst;          /* events allowed at once after a quiet spell */
};

/* Opens or creates the table file PATH (mode 0600) and maps it. A file of
 * another layout is reset. With PATH NULL, or when the file cannot be used
 * (logged), the table is private to this process. Returns NULL only when out
 * of memory. */
struct rate_table *rate_table_open(const char *path);
void rate_table_close(struct rate_table *t);

/* The slot key for a client address: a hash keyed by the table's own random
 * key (the file holds no addresses). An IPv6 address counts by its /64, the
 * block one subscriber gets, so a client cannot step around its limit by
 * changing the low bits. Never 0. */
uint64_t rate_table_key(const struct rate_table *t, const char *address);

/* Counts one event for KEY at NOW_US (microseconds since the epoch). Returns 0
 * when RULE allows it, else the microseconds until the next event would be
 * allowed (the event is then not counted). */
int64_t rate_table_take(struct rate_table *t, uint64_t key, int64_t now_us, const struct rate_rule *rule);

#endif
