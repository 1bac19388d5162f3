/* The signed-in staff member, roles, the admin layout and the audit log.
 * admin_before (the app's before-hook) loads the session for every route
 * whose row names roles, refuses missing roles with 403, and checks the
 * CSRF token and origin of every POST. */
#ifndef PORTAL_STAFF_H
#define PORTAL_STAFF_H

#include <stdbool.h>

#include "page.h"
#include "request.h"

struct sqlite3;

/* ROLE_ADMIN is the platform administrator's (政务公开办: agencies, users,
 * settings, calendar, audit, oversight), held platform-wide in user_roles.
 * The others are held per agency (user_agency_roles) and count only in
 * the agency the session works in (sessions.agency_id). */
enum staff_role {
    ROLE_ADMIN = 1,      /* 平台管理员 */
    ROLE_EDITOR = 2,     /* 信息编辑: drafts */
    ROLE_REVIEWER = 4,   /* 审核人: review, 保密审查, publish */
    ROLE_HANDLER = 8,    /* 经办人: applications */
    ROLE_SIGNER = 16,    /* 审签人: the second level where the agency requires two (review_levels) */
    ROLE_ANY_STAFF = 31,
    ROLE_AGENCY_ROLES = ROLE_EDITOR | ROLE_REVIEWER | ROLE_SIGNER | ROLE_HANDLER,
};

struct staff {
    long long id;
    const char *name;
    const char *display_name;
    unsigned roles;             /* ROLE_ADMIN if held, plus the roles in the current agency */
    const char *session_hash;
    long long agency_id;        /* the agency the session works in; 0 = none (a platform admin only) */
    const char *agency_code;    /* "" when agency_id is 0 */
    const char *agency_name;
    bool must_change_password;  /* signed in with a password someone else chose: only /admin/password opens */
};

/* The before-hook for admin.fcgi. */
int admin_before(struct request *req);
/* The signed-in staff member, or NULL on public admin routes (login). */
const struct staff *current_staff(const struct request *req);
bool staff_has(const struct request *req, unsigned role);

/* The agency the signed-in member works in now, 0 when none. Lists and new
 * items of agency content use it; every row loaded by id is checked with
 * staff_require_agency. */
long long staff_agency_id(const struct request *req);
/* 0 when OWNER_AGENCY_ID is the current agency; otherwise audits the attempt
 * ("agency.refused", TARGET) and returns 403 with a Chinese message. Staff
 * of one agency can neither see nor change anything of another. */
int staff_require_agency(struct request *req, long long owner_agency_id, const char *target);
/* The role bits USER_ID holds in AGENCY_ID (user_agency_roles). */
unsigned staff_agency_roles(struct sqlite3 *db, long long user_id, long long agency_id);
/* POST /admin/agency (field "agency", a code): work in another agency in
 * which the member holds a role; 303 back to the dashboard. */
int admin_agency_switch(struct request *req);

/* Starts a page in the admin layout: {{csrf_token}} is set globally for
 * every form, and the navigation shows what the roles allow. Also global:
 * {{staff_name}}, {{staff_display_name}}, {{staff_roles}} (Chinese labels),
 * {{staff_agency_name}} and {{staff_agency_code}} (the current agency; "" when none). */
struct tmpl_dict *admin_page_begin(struct page *page, struct request *req, const char *title,
                                   const char *content_template);

/* One audit row: who (from the session), ACTION ("entry.publish"), TARGET
 * ("entry:12"), a short before/after SUMMARY without personal data. Runs
 * inside the caller's transaction when there is one. */
void audit(struct request *req, const char *action, const char *target, const char *summary);

/* ---- Added with the implementation (staff.c): sessions and role names ---- */

struct arena;
struct sqlite3;

#define SESSION_COOKIE "staff_session"
enum {
    SESSION_TOKEN_BYTES = 32,
    SESSION_TOKEN_HEX = 2 * SESSION_TOKEN_BYTES,
    SESSION_IDLE_SECONDS = 30 * 60,
    SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60,
};

/* Deletes the session row with TOKEN_HASH and clears the browser's cookie. */
void session_delete(struct request *req, const char *token_hash);
/* ROLE_ADMIN when the user is a platform administrator (user_roles), else 0. */
unsigned staff_load_roles(struct sqlite3 *db, long long user_id);
/* ROLE_ADMIN for "admin" ...; 0 for an unknown code. */
unsigned staff_role_from_code(const char *code);
/* "editor,reviewer" (codes) or "信息编辑、审核人" (LABELS) for ROLES, in the arena. */
const char *staff_roles_text(struct arena *arena, unsigned roles, bool labels);
/* The Nth role (0..4) in display order: its code, label and bit; NULL/0 past the end. */
const char *staff_role_code(int index);
const char *staff_role_label(int index);
unsigned staff_role_bit(int index);
/* The display name (else the user name) of staff member USER_ID, "" when
 * there is none; in the arena. */
const char *staff_display_name(struct request *req, long long user_id);
/* Percent-encodes S for a query-string value, in the arena. */
const char *url_query_escape(struct arena *arena, const char *s);

#endif
