/* Routing tables: a route row names the methods, a path pattern, the handler
 * and the role it needs. Patterns are literal segments and placeholders:
 * {id} is a positive decimal id, {year} four digits, {name} any one segment. */
#ifndef PORTAL_ROUTE_H
#define PORTAL_ROUTE_H

#include "request.h"

/* Returns an HTTP status: 200 when the response was built, or an error
 * status whose page the core renders; or 0 when the handler built a page of
 * its own for the status it set in req->response.status (search's 429). */
typedef int (*handler_fn)(struct request *req);

struct route {
    unsigned methods;       /* METHOD_GET | METHOD_POST ...; GET implies HEAD */
    const char *pattern;
    handler_fn handler;
    unsigned roles;         /* 0 = anyone; otherwise any of these role bits */
};

enum route_result { ROUTE_FOUND, ROUTE_NOT_FOUND, ROUTE_METHOD_NOT_ALLOWED };

/* Finds the route for METHOD and PATH, filling req->path_args / path_ids.
 * On ROUTE_METHOD_NOT_ALLOWED, *allowed gets the methods the path accepts. */
enum route_result route_match(const struct route *routes, size_t count, struct request *req,
                              const struct route **found, unsigned *allowed);

/* Matches one pattern against a path; exposed for unit tests. */
bool route_pattern_match(const char *pattern, const char *path, struct request *req);

#endif
