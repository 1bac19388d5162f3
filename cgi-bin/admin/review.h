/* The review workflow the content areas share (entries, guides, news, the
 * annual report): draft or returned -> review -> published, or back to the
 * editor with a comment; publishing needs the 保密审查 attestation, and each
 * step leaves an audit row "status FROM -> TO". */
#ifndef PORTAL_REVIEW_H
#define PORTAL_REVIEW_H

#include <sqlite3.h>
#include <stdbool.h>

#include "request.h"

/* Said beside the publish button when the 保密审查 box was not ticked. */
extern const char review_attestation_missing[];
/* Said beside the send-back form when the comment is missing or unusable. */
extern const char review_comment_missing[];
/* The audit summary of a first-level approval under two levels (*.approve). */
extern const char review_approved_summary[];

/* Four-eyes: 0 when the current staff member is not LAST_EDITOR_ID (the
 * one who last changed the version; 0 when unknown), else the audited 409
 * already answered for TARGET ("entry:12"). */
int review_refuse_own_edit(struct request *req, long long last_editor_id, const char *target);

/* Two-level sign-off (issue 14): 2 when AGENCY_ID requires 审签 after 审核
 * (agency_settings review_levels = '2'), else 1. */
int review_levels(struct request *req, long long agency_id);
/* The second level's four eyes: 0 when the current staff member is neither
 * AUTHOR_ID nor APPROVER_ID (the first-level reviewer), else the audited 409
 * (review.self_refused) already answered for TARGET. */
int review_refuse_signer(struct request *req, long long author_id, long long approver_id,
                         const char *target);

struct tmpl_dict;
/* Adds to D the include {{>signoff}} (admin/signoff_actions.tpl) for an item
 * waiting for 审签: who approved it (APPROVED_BY) and when (APPROVED_AT, UTC),
 * and for a signer the 审签并发布 and 退回修改 forms posting to ITEM_URL/sign
 * and ITEM_URL/return, RETURN_ERROR (or NULL) beside the comment. */
void review_add_signoff(struct request *req, struct tmpl_dict *d, const char *item_url, long long approved_by,
                        const char *approved_at, const char *return_error);
/* Who may send back an item in review: a reviewer before the first level's
 * approval (APPROVED false), a signer after it; NULL, or the reason. */
const char *review_return_refused(struct request *req, bool approved);

/* True when the publish form carries secrecy_checked=1. */
bool review_attested(struct request *req);
/* The send-back comment, or NULL when it is empty, over 2000 bytes or holds
 * control characters. */
const char *review_comment(struct request *req);

/* Runs ST, a status UPDATE whose parameters are ?1 the new status TO, ?2 the
 * row's ID, ?3 the allowed current statuses as "|draft|returned|" and ?4 the
 * comment or NULL (further parameters bound by the caller). Returns 0 when
 * exactly one row moved; errors are logged under EVENT. */
int review_transition(sqlite3 *db, sqlite3_stmt *st, long long id, const char *from,
                      const char *to, const char *comment, const char *event);

/* "status FROM -> TO", with "; 意见: …" (one line, 60 characters) for a
 * comment; in the request's arena. */
const char *review_summary(struct request *req, const char *from, const char *to,
                           const char *comment);

/* After a step: the audit row ACTION on TARGET with SUMMARY, then 303 to LOCATION
 * with ?done= (submitted, returned, published, approved) for the page's confirmation (content_step_notice). */
int review_done(struct request *req, const char *action, const char *target, const char *summary,
                const char *location);

struct field;
struct tmpl_dict;
/* Adds to D the include review_changes (admin/review_changes.tpl): the
 * values AFTER of FIELDS read-only, and when BEFORE (the published values)
 * is not NULL each changed field with its old and new value marked
 * <del>/<ins>, Markdown as a line diff (review_diff.c). */
void review_add_changes(struct request *req, struct tmpl_dict *d, const struct field *fields,
                        size_t count, const char *const *before, const char *const *after);

#endif
