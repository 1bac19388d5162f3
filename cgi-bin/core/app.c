/* FastCGI accept loop and response writer; see app.h. */
#include "app.h"

#include <fcgiapp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "db.h"
#include "log.h"

const struct response_header security_headers[] = {
    { "Content-Security-Policy",
      "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
      "form-action 'self'; frame-ancestors 'none'; base-uri 'none'" },
    { "X-Content-Type-Options", "nosniff" },
    { "Referrer-Policy", "same-origin" },
    { "X-Frame-Options", "DENY" },
    { "Cross-Origin-Opener-Policy", "same-origin" },
    { "Permissions-Policy", "camera=(), microphone=(), geolocation=()" },
};
const size_t security_header_count = sizeof security_headers / sizeof security_headers[0];

const char *http_status_text(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 503: return "Service Unavailable";
    default: return status >= 500 ? "Internal Server Error" : "Error";
    }
}

void resp_header(struct request *req, const char *name, const char *value)
{
    struct response *r = &req->response;
    if (r->header_count >= MAX_RESPONSE_HEADERS) {
        log_event(LOG_ERROR, "too_many_headers", "dropped %s", name);
        return;
    }
    r->headers[r->header_count++] = (struct response_header){ name, value };
}

void resp_set_cookie(struct request *req, const char *cookie)
{
    resp_header(req, "Set-Cookie", cookie);
}

void resp_redirect(struct request *req, int status, const char *location)
{
    req->response.status = status;
    bool site = location[0] == '/' && location[1] != '/';
    resp_header(req, "Location", site ? site_path(req, location) : location);
}

const char *site_path(struct request *req, const char *path)
{
    return *req->base ? arena_printf(req->arena, "%s%s", req->base, path) : path;
}

int resp_error(struct request *req, int status, const char *message_zh)
{
    req->response.status = status;
    req->response.error_message = message_zh;
    return status;
}

const char *env_get(char **envp, const char *name)
{
    size_t len = strlen(name);
    for (; envp && *envp; envp++)
        if (strncmp(*envp, name, len) == 0 && (*envp)[len] == '=')
            return *envp + len + 1;
    return NULL;
}

static const char *env_copy(struct request *req, char **envp, const char *name)
{
    const char *v = env_get(envp, name);
    return v ? arena_strdup(req->arena, v) : NULL;
}

static enum method method_from_name(const char *name)
{
    if (!name)
        return METHOD_OTHER;
    if (strcmp(name, "GET") == 0)
        return METHOD_GET;
    if (strcmp(name, "HEAD") == 0)
        return METHOD_HEAD;
    if (strcmp(name, "POST") == 0)
        return METHOD_POST;
    return METHOD_OTHER;
}

/* Removes the mount point from req->path: "/xxgk/apply" -> "/apply", "/xxgk" -> "/".
 * A path outside the mount point was not meant for this site: 404. */
static int strip_base_path(struct request *req)
{
    size_t len = strlen(req->base);
    if (len == 0)
        return 0;
    if (strncmp(req->path, req->base, len) != 0 || (req->path[len] != '/' && req->path[len] != '\0'))
        return 404;
    req->path = req->path[len] ? req->path + len : "/";
    return 0;
}

/* Splits REQUEST_URI into a decoded path and the raw query. Returns 0, 400 or 404. */
static int read_target(struct request *req, char **envp)
{
    const char *uri = env_get(envp, "REQUEST_URI");
    if (!uri || uri[0] != '/')
        return 400;
    const char *q = strchr(uri, '?');
    size_t path_len = q ? (size_t)(q - uri) : strlen(uri);
    req->path = url_path_decode(req->arena, uri, path_len);
    req->raw_query = arena_strdup(req->arena, q ? q + 1 : "");
    if (!req->path || strstr(req->path, "//"))
        return 400;
    return strip_base_path(req);
}

static void read_headers(struct request *req, char **envp)
{
    req->method_name = env_copy(req, envp, "REQUEST_METHOD");
    req->method = method_from_name(req->method_name);
    req->remote_addr = env_copy(req, envp, "REMOTE_ADDR");
    req->host = env_copy(req, envp, "HTTP_HOST");
    req->origin = env_copy(req, envp, "HTTP_ORIGIN");
    req->referer = env_copy(req, envp, "HTTP_REFERER");
    req->content_type = env_copy(req, envp, "CONTENT_TYPE");
    req->if_none_match = env_copy(req, envp, "HTTP_IF_NONE_MATCH");
    req->user_agent = env_copy(req, envp, "HTTP_USER_AGENT");
    const char *https = env_get(envp, "HTTPS");
    const char *scheme = env_get(envp, "REQUEST_SCHEME");
    req->https = (https && strcasecmp(https, "on") == 0) || (scheme && strcmp(scheme, "https") == 0);
}

static int parse_inputs(struct request *req, char **envp)
{
    struct app *app = req->app;
    enum parse_error err = parse_urlencoded(req->arena, req->raw_query, strlen(req->raw_query),
                                            &app->limits, &req->query);
    if (err == PARSE_OK) {
        const char *cookie = env_get(envp, "HTTP_COOKIE");
        if (cookie)
            err = parse_cookies(req->arena, cookie, &app->limits, &req->cookies);
    }
    if (err == PARSE_OK && req->method == METHOD_POST && req->body_len) {
        const char *ct = req->content_type ? req->content_type : "";
        if (strncasecmp(ct, "application/x-www-form-urlencoded", 33) == 0)
            err = parse_urlencoded(req->arena, (const char *)req->body, req->body_len,
                                   &app->limits, &req->form);
        else if (strncasecmp(ct, "multipart/form-data", 19) == 0)
            err = parse_multipart(req->arena, ct, req->body, req->body_len, &app->limits,
                                  &req->form, &req->files);
        else
            return resp_error(req, 400, "不支持的提交格式。");
    }
    if (err == PARSE_TOO_MANY_FIELDS || err == PARSE_FILE_TOO_LARGE)
        return resp_error(req, 413, "提交的内容超过了允许的大小或数量。");
    if (err != PARSE_OK) {
        log_event(LOG_INFO, "bad_request", "path=%s reason=%s", req->path, parse_error_name(err));
        return resp_error(req, 400, err == PARSE_BAD_UTF8
                                        ? "请求中含有无效的字符编码（须为 UTF-8）。"
                                        : "请求格式不正确。");
    }
    return 0;
}

static void add_allow_header(struct request *req, unsigned allowed)
{
    const char *allow = (allowed & METHOD_POST) && (allowed & METHOD_GET) ? "GET, HEAD, POST"
                        : (allowed & METHOD_POST) ? "POST" : "GET, HEAD";
    resp_header(req, "Allow", allow);
}

static int dispatch(struct request *req)
{
    const struct route *route;
    unsigned allowed;
    switch (route_match(req->app->routes, req->app->route_count, req, &route, &allowed)) {
    case ROUTE_NOT_FOUND:
        return resp_error(req, 404, NULL);
    case ROUTE_METHOD_NOT_ALLOWED:
        add_allow_header(req, allowed);
        return resp_error(req, 405, NULL);
    case ROUTE_FOUND:
        break;
    }
    req->route = route;
    if (req->app->before) {
        int status = req->app->before(req);
        if (status >= 300)
            return status;
    }
    return route->handler(req);
}

void app_handle(struct app *app, struct request *req, char **envp,
                const unsigned char *body, size_t body_len)
{
    struct arena *arena = req->arena;
    memset(req, 0, sizeof *req);
    req->arena = arena;
    req->app = app;
    req->base = app->base_path ? app->base_path : "";
    req->path = "/";
    req->raw_query = "";
    req->response.status = 200;
    req->response.content_type = "text/html; charset=utf-8";
    buf_init(&req->response.body, arena);
    req->body = body;
    req->body_len = body_len;
    read_headers(req, envp);

    int status = read_target(req, envp);
    if (status == 0 && body_len > app->max_body)
        status = resp_error(req, 413, NULL);
    if (status == 0)
        status = parse_inputs(req, envp);
    if (status == 0 && app->cache_lookup && app->cache_lookup(req))
        return;
    if (status == 0)
        status = dispatch(req);
    if (status >= 400) {
        req->response.status = status;
        req->response.body.len = 0;   /* a half-built page is never sent */
        req->response.content_type = "text/html; charset=utf-8";
        if (app->render_error)
            app->render_error(req);
    } else if (status > 0) {
        req->response.status = status;
    }
    if (req->response.status == 200 && app->cache_store)
        app->cache_store(req);
}

size_t response_body_to_send(const struct request *req)
{
    return req->method == METHOD_HEAD || req->response.status == 304 ? 0 : req->response.body.len;
}

static void put_header(struct buf *out, const char *name, const char *value)
{
    buf_puts(out, name);
    buf_append(out, ": ", 2);
    buf_puts(out, value);
    buf_append(out, "\r\n", 2);
}

/* The security headers are the same on every response: joined once. */
static const char *security_header_block(void)
{
    static char block[1024];
    if (!block[0]) {
        size_t used = 0;
        for (size_t i = 0; i < security_header_count; i++)
            used += (size_t)snprintf(block + used, sizeof block - used, "%s: %s\r\n",
                                     security_headers[i].name, security_headers[i].value);
    }
    return block;
}

void app_serialise_headers(struct request *req, struct buf *out)
{
    struct response *r = &req->response;
    char line[64];
    snprintf(line, sizeof line, "Status: %d %s\r\n", r->status, http_status_text(r->status));
    buf_puts(out, line);
    if (r->status != 304) {
        put_header(out, "Content-Type", r->content_type);
        snprintf(line, sizeof line, "Content-Length: %lu\r\n", (unsigned long)r->body.len);
        buf_puts(out, line);
    }
    buf_puts(out, security_header_block());
    bool cache_control = false;
    for (int i = 0; i < r->header_count; i++) {
        put_header(out, r->headers[i].name, r->headers[i].value);
        cache_control = cache_control || strcasecmp(r->headers[i].name, "Cache-Control") == 0;
    }
    if (!cache_control && req->app && req->app->default_cache_control)
        put_header(out, "Cache-Control", req->app->default_cache_control);
    buf_puts(out, "\r\n");
}

/* Reads the whole body, at most max+1 bytes so an oversized one is detected. */
static unsigned char *read_body(struct request *req, FCGX_Stream *in, char **envp,
                                size_t max, size_t *len)
{
    const char *cl = env_get(envp, "CONTENT_LENGTH");
    unsigned long want = cl ? strtoul(cl, NULL, 10) : 0;
    *len = 0;
    if (want == 0)
        return NULL;
    if (want > max) {
        *len = (size_t)want;  /* app_handle answers 413 without reading it */
        return NULL;
    }
    unsigned char *body = arena_alloc(req->arena, want + 1);
    int got = FCGX_GetStr((char *)body, (int)want, in);
    *len = got > 0 ? (size_t)got : 0;
    body[*len] = '\0';
    return body;
}

static volatile sig_atomic_t stop_requested;

static void on_term(int sig)
{
    (void)sig;
    stop_requested = 1;
}

int app_run(struct app *app)
{
    FCGX_Request fcgx;
    struct sigaction sa = { .sa_handler = on_term };
    sigaction(SIGTERM, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    /* FCGI_FAIL_ACCEPT_ON_INTR: without it libfcgi retries accept() after
     * SIGTERM interrupts it, so lighttpd's shutdown left the worker running. */
    if (FCGX_Init() != 0 || FCGX_InitRequest(&fcgx, 0, FCGI_FAIL_ACCEPT_ON_INTR) != 0) {
        log_event(LOG_ERROR, "fcgi_init", "cannot initialise libfcgi");
        return 1;
    }
    struct request req = { .arena = arena_new() };
    log_event(LOG_INFO, "start", "worker ready");
    while (!stop_requested && FCGX_Accept_r(&fcgx) >= 0) {
        size_t body_len;
        unsigned char *body = read_body(&req, fcgx.in, fcgx.envp, app->max_body, &body_len);
        app_handle(app, &req, fcgx.envp, body, body_len);
        struct buf out;
        buf_init(&out, req.arena);
        app_serialise_headers(&req, &out);
        FCGX_PutStr(out.data, (int)out.len, fcgx.out);
        FCGX_PutStr(req.response.body.data, (int)response_body_to_send(&req), fcgx.out);
        FCGX_Finish_r(&fcgx);
        db_reset_all(app->content_db);
        db_reset_all(app->private_db);
        arena_reset(req.arena);
    }
    arena_free(req.arena);
    return 0;
}
