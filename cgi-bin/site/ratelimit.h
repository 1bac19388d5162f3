/* Fixed-window rate limits kept in private.db, per client. The client is a
 * keyed hash of its address, so the table holds no IP addresses. */
#ifndef PORTAL_RATELIMIT_H
#define PORTAL_RATELIMIT_H

#include <sqlite3.h>
#include <stdbool.h>

#include "request.h"

/* The keyed hash that stands for this client (hex, in the request arena). */
const char *client_key(struct request *req);
/* The keyed hash that stands for this client together with NAME (a login
 * name), so failures can be counted per (client, name) without storing either. */
const char *client_name_key(struct request *req, const char *name);
/* The events CLIENT (a key from above) has in BUCKET's current window. */
int rate_limit_count(sqlite3 *db, const char *bucket, const char *client, int window_seconds);
/* Counts one event in BUCKET for CLIENT; returns the count in the window, this one included. */
int rate_limit_add(sqlite3 *db, const char *bucket, const char *client, int window_seconds);
/* Forgets CLIENT's events in BUCKET. */
void rate_limit_clear(sqlite3 *db, const char *bucket, const char *client);
/* True when this client already has LIMIT events in BUCKET's current window (counts nothing). */
bool rate_limit_reached(struct request *req, sqlite3 *db, const char *bucket, int limit, int window_seconds);
/* Counts one event in BUCKET for this client; true when it exceeds LIMIT per WINDOW seconds. */
bool rate_limit_exceeded(struct request *req, sqlite3 *db, const char *bucket, int limit, int window_seconds);
/* Seconds until this client's window in BUCKET ends (for Retry-After); at least 1. */
int rate_limit_retry_after(struct request *req, sqlite3 *db, const char *bucket, int window_seconds);

#endif
