/* One struct request per FastCGI request, passed explicitly to every handler.
 * Everything in it lives in the request's arena and is reset after the
 * response, so nothing points into libfcgi's environment across requests. */
#ifndef PORTAL_REQUEST_H
#define PORTAL_REQUEST_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "params.h"

struct app;
struct route;
struct tmpl_dict;

enum method { METHOD_GET = 1, METHOD_HEAD = 2, METHOD_POST = 4, METHOD_OTHER = 8 };

enum { MAX_PATH_ARGS = 4, MAX_RESPONSE_HEADERS = 16 };

struct response_header {
    const char *name;
    const char *value;
};

struct response {
    int status;
    const char *content_type;
    struct buf body;
    struct response_header headers[MAX_RESPONSE_HEADERS];
    int header_count;
    const char *error_message;   /* Chinese text for the error page, optional */
};

struct request {
    struct arena *arena;
    struct app *app;
    const struct route *route;
    enum method method;
    const char *method_name;
    const char *path;          /* percent-decoded, without the query and the base path */
    const char *base;          /* the mount point: "" or e.g. "/xxgk" (app->base_path) */
    const char *raw_query;
    const char *remote_addr;
    const char *host;
    const char *origin;        /* Origin header or NULL */
    const char *referer;
    const char *content_type;
    const char *if_none_match;
    const char *user_agent;
    bool https;
    struct params query;
    struct params form;        /* urlencoded or multipart text fields of a POST */
    struct uploads files;
    struct params cookies;
    const unsigned char *body;
    size_t body_len;
    const char *path_args[MAX_PATH_ARGS]; /* {placeholders} of the matched route */
    long long path_ids[MAX_PATH_ARGS];    /* the same, when numeric */
    void *user;                /* set by an app's before-hook, e.g. the staff session */
    const char *csrf_binding;  /* when set (the staff session's hash), form tokens are bound to it */
    struct response response;
};

/* Response building: handlers write into req->response; the core sends it. */
void resp_header(struct request *req, const char *name, const char *value);
void resp_set_cookie(struct request *req, const char *cookie);
/* A LOCATION that starts with one "/" is a site path: the base path goes before it. */
void resp_redirect(struct request *req, int status, const char *location);
/* The site path PATH ("/apply") with the base path before it ("/xxgk/apply"); for
 * cookie paths and URLs built outside templates. Allocates in the request arena. */
const char *site_path(struct request *req, const char *path);
/* Sets a status whose page the app renders (404, 400 ...), with an optional Chinese message. */
int resp_error(struct request *req, int status, const char *message_zh);

const char *http_status_text(int status);

#endif
