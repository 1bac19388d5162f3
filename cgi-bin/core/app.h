/* The accept loop shared by the three FastCGI programs: reads one request
 * into a struct request (copying what it keeps), routes it, runs the handler,
 * renders error pages and writes the response with the security headers. */
#ifndef PORTAL_APP_H
#define PORTAL_APP_H

#include <sqlite3.h>
#include <stddef.h>

#include "route.h"

struct app {
    const char *name;
    const struct route *routes;
    size_t route_count;
    size_t max_body;            /* bytes; larger bodies get 413 */
    /* Where the site is mounted: "" at the root, or "/xxgk" behind a portal's
     * reverse proxy. Stripped from incoming paths (routes never see it) and
     * put before site URLs by resp_redirect, site_path and {{base}}. */
    const char *base_path;
    /* Cache-Control for responses whose handler set none (admin and apply:
     * "no-store", so no shared or browser cache keeps personal data). */
    const char *default_cache_control;
    struct parse_limits limits;
    sqlite3 *content_db;
    sqlite3 *private_db;        /* NULL in portal.fcgi */
    /* Runs after routing, before the handler: sessions, roles, CSRF. Returns 0 or an error status. */
    int (*before)(struct request *req);
    /* Fills req->response.body with the Chinese error page for req->response.status. */
    void (*render_error)(struct request *req);
    /* Optional: serve from / store into a cache (portal render cache). */
    int (*cache_lookup)(struct request *req);
    void (*cache_store)(struct request *req);
};

/* Runs the FastCGI accept loop until the process is told to stop. Returns an exit code. */
int app_run(struct app *app);

/* Processes one request whose CGI environment and body are given; used by
 * app_run and by unit tests and fuzzers that have no FastCGI socket. */
void app_handle(struct app *app, struct request *req, char **envp,
                const unsigned char *body, size_t body_len);

/* Serialises the status line and headers into OUT; the body is written
 * separately (see response_body_to_send) so it is never copied twice. */
void app_serialise_headers(struct request *req, struct buf *out);
/* The body bytes to send after the headers: none for HEAD and 304. */
size_t response_body_to_send(const struct request *req);

/* Looks up a CGI variable in ENVP. */
const char *env_get(char **envp, const char *name);

/* Builds the Content-Security-Policy and other headers every response carries. */
extern const struct response_header security_headers[];
extern const size_t security_header_count;

#endif
