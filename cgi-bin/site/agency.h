/* Agencies, the platform's unit (issue 10): the top-level rows of content.db's
 * `agencies` (parent_id IS NULL), each with a URL code ("mzj") and a level
 * (本级政府 / 部门 / 乡镇（街道）). Rows with a parent are an agency's own
 * offices and units. Shared by the three programs and portalctl. */
#ifndef PORTAL_AGENCY_H
#define PORTAL_AGENCY_H

#include <stdbool.h>

#include "request.h"

struct agency {
    long long id;
    const char *code;       /* lowercase letters and digits, unique */
    const char *name;
    const char *level;      /* "government", "department" or "township" */
    const char *uscc;       /* 统一社会信用代码, "" when unknown */
};

enum { AGENCY_CODE_MAX = 20 };

/* Fills OUT with the top-level agency whose code is CODE (strings copied into
 * the request arena). Returns true when found; an unknown or malformed code
 * returns false, and the caller answers 404. */
bool agency_by_code(struct request *req, const char *code, struct agency *out);
/* The same by id; also accepts the id of an office or unit and gives its agency. */
bool agency_by_id(struct request *req, long long id, struct agency *out);

/* True when CODE has 1 to AGENCY_CODE_MAX lowercase ASCII letters and digits,
 * starting with a letter (codes are URL segments next to words like "apply"). */
bool agency_code_valid(const char *code);
/* Codes that would shadow a platform URL (/catalogue, /search ...): refused. */
bool agency_code_reserved(const char *code);

/* 本级政府, 部门 or 乡镇（街道） for LEVEL; "" for anything else. */
const char *agency_level_label(const char *level);

/* The agency's setting KEY (agency_settings), else the platform's (settings),
 * else "". Copied into the request arena. */
const char *agency_setting(struct request *req, long long agency_id, const char *key);

/* "/mzj/catalogue/4" for agency CODE and the site path REST ("/catalogue/4"). */
const char *agency_path(struct request *req, const char *code, const char *rest);

#endif
