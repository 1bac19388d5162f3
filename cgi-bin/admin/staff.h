/* The signed-in staff member, roles, the admin layout and the audit log.
 * admin_before (the app's before-hook) loads the session for every route
 * whose row names roles, refuses missing roles with 403, and checks the
 * CSRF token and origin of every POST. */
#ifndef PORTAL_STAFF_H
#define PORTAL_STAFF_H

#include <stdbool.h>

#include "page.h"
#include "request.h"

enum staff_role {
    ROLE_ADMIN = 1,      /* 系统管理员: users, settings, calendar, audit */
    ROLE_EDITOR = 2,     /* 信息编辑: drafts */
    ROLE_REVIEWER = 4,   /* 审核人: review, 保密审查, publish */
    ROLE_HANDLER = 8,    /* 经办人: applications */
    ROLE_ANY_STAFF = 15,
};

struct staff {
    long long id;
    const char *name;
    const char *display_name;
    unsigned roles;
    const char *session_hash;
};

/* The before-hook for admin.fcgi. */
int admin_before(struct request *req);
/* The signed-in staff member, or NULL on public admin routes (login). */
const struct staff *current_staff(const struct request *req);
bool staff_has(const struct request *req, unsigned role);

/* Starts a page in the admin layout: {{csrf_token}} is set globally for
 * every form, and the navigation shows what the roles allow. Also global:
 * {{staff_name}}, {{staff_display_name}}, {{staff_roles}} (Chinese labels). */
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
/* The role bits a user holds, from user_roles. */
unsigned staff_load_roles(struct sqlite3 *db, long long user_id);
/* ROLE_ADMIN for "admin" ...; 0 for an unknown code. */
unsigned staff_role_from_code(const char *code);
/* "editor,reviewer" (codes) or "信息编辑、审核人" (LABELS) for ROLES, in the arena. */
const char *staff_roles_text(struct arena *arena, unsigned roles, bool labels);
/* The Nth role (0..3) in display order: its code, label and bit; NULL/0 past the end. */
const char *staff_role_code(int index);
const char *staff_role_label(int index);
unsigned staff_role_bit(int index);
/* Percent-encodes S for a query-string value, in the arena. */
const char *url_query_escape(struct arena *arena, const char *s);

#endif
