/* Cross-site request forgery defence for every POST: a random per-browser
 * cookie, a form token that is the HMAC of that cookie under the server
 * secret, and a same-origin check of the Origin (or Referer) header. */
#ifndef PORTAL_CSRF_H
#define PORTAL_CSRF_H

#include <stdbool.h>

#include "request.h"

/* The hidden-field value for forms on this page; sets the cookie when the
 * browser has none yet. Cookie path: "/" for apply, "/admin" for staff. */
const char *csrf_token(struct request *req, const char *cookie_path);
/* Replaces the browser's CSRF cookie (at login) and returns the new form token. */
const char *csrf_rotate(struct request *req, const char *cookie_path);
/* True when the POST carries a valid csrf_token field and comes from this site. */
bool csrf_check(struct request *req);
/* True when Origin/Referer are absent or name this host. */
bool same_origin(const struct request *req);

#endif
