/* Table-driven routing; see route.h. */
#include "route.h"

#include <string.h>

#include "validate.h"

static bool placeholder_accepts(const char *kind, size_t kind_len, const char *seg,
                                size_t seg_len, long long *id)
{
    *id = 0;
    if (kind_len == 2 && memcmp(kind, "id", 2) == 0)
        return positive_id_parse(seg, seg_len, id);
    if (kind_len == 4 && memcmp(kind, "year", 4) == 0) {
        if (seg_len != 4 || !positive_id_parse(seg, seg_len, id))
            return false;
        return true;
    }
    return seg_len > 0;   /* {name}: any non-empty segment */
}

bool route_pattern_match(const char *pattern, const char *path, struct request *req)
{
    int arg = 0;
    const char *p = pattern, *s = path;
    while (*p && *s) {
        if (*p != '/' || *s != '/')
            return false;
        p++;
        s++;
        size_t plen = strcspn(p, "/"), slen = strcspn(s, "/");
        if (p[0] == '{' && plen >= 2 && p[plen - 1] == '}') {
            long long id;
            if (arg >= MAX_PATH_ARGS || !placeholder_accepts(p + 1, plen - 2, s, slen, &id))
                return false;
            req->path_args[arg] = arena_strndup(req->arena, s, slen);
            req->path_ids[arg++] = id;
        } else if (plen != slen || memcmp(p, s, plen) != 0) {
            return false;
        }
        p += plen;
        s += slen;
    }
    return *p == '\0' && *s == '\0';
}

enum route_result route_match(const struct route *routes, size_t count, struct request *req,
                              const struct route **found, unsigned *allowed)
{
    unsigned method = req->method == METHOD_HEAD ? METHOD_GET : req->method;
    *allowed = 0;
    for (size_t i = 0; i < count; i++) {
        if (!route_pattern_match(routes[i].pattern, req->path, req))
            continue;
        if (routes[i].methods & method) {
            *found = &routes[i];
            return ROUTE_FOUND;
        }
        *allowed |= routes[i].methods;
    }
    return *allowed ? ROUTE_METHOD_NOT_ALLOWED : ROUTE_NOT_FOUND;
}
