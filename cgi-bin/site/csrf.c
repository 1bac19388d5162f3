/* CSRF tokens bound to a cookie; see csrf.h. */
#include "csrf.h"

#include <string.h>

#include "crypto.h"
#include "program.h"

static const char *cookie_token(const struct request *req)
{
    const char *c = params_get(&req->cookies, "csrf");
    return c && strlen(c) == 32 ? c : NULL;
}

/* HMAC of the cookie, and of the staff session when there is one, so a token
 * taken from one signed-in session is worthless in another. */
static const char *form_token_for(struct request *req, const char *cookie)
{
    char *mac = arena_alloc(req->arena, 65);
    const char *message = req->csrf_binding
                          ? arena_printf(req->arena, "%s:%s", cookie, req->csrf_binding) : cookie;
    hmac_hex(program_secret, message, mac);
    return mac;
}

static const char *set_new_cookie(struct request *req, const char *cookie_path)
{
    char value[33];
    random_hex(value, 16);
    resp_set_cookie(req, arena_printf(req->arena, "csrf=%s; Path=%s; HttpOnly; SameSite=Strict%s",
                                      value, site_path(req, cookie_path), req->https ? "; Secure" : ""));
    /* Later reads in this request see the new cookie. */
    const char *copy = arena_strdup(req->arena, value);
    params_add(req->arena, &req->cookies, "csrf", copy, 32);
    for (size_t i = 0; i + 1 < req->cookies.count; i++)
        if (strcmp(req->cookies.items[i].name, "csrf") == 0)
            req->cookies.items[i].value = copy;
    return form_token_for(req, copy);
}

const char *csrf_token(struct request *req, const char *cookie_path)
{
    const char *cookie = cookie_token(req);
    return cookie ? form_token_for(req, cookie) : set_new_cookie(req, cookie_path);
}

const char *csrf_rotate(struct request *req, const char *cookie_path)
{
    return set_new_cookie(req, cookie_path);
}

/* Compares "scheme://host" of URL with this request's host. */
static bool url_is_this_site(const struct request *req, const char *url)
{
    const char *host = req->host ? req->host : "";
    const char *rest = strncmp(url, "https://", 8) == 0 ? url + 8
                     : strncmp(url, "http://", 7) == 0 ? url + 7 : NULL;
    if (!rest)
        return false;
    size_t len = strlen(host);
    return strncmp(rest, host, len) == 0 && (rest[len] == '\0' || rest[len] == '/');
}

bool same_origin(const struct request *req)
{
    if (req->origin && strcmp(req->origin, "null") != 0)
        return url_is_this_site(req, req->origin);
    if (req->origin)
        return false;
    return !req->referer || url_is_this_site(req, req->referer);
}

bool csrf_check(struct request *req)
{
    const char *cookie = cookie_token(req);
    const char *sent = params_get(&req->form, "csrf_token");
    if (!cookie || !sent || !same_origin(req))
        return false;
    return hex_equal(form_token_for(req, cookie), sent);
}
