/* 征集意见 on the staff side (issue 12), shared by consultations_admin.c (the
 * draft, its documents and review), consultation_feedback.c (意见采纳情况 and
 * its review) and consultation_comments.c (moderation). */
#ifndef PORTAL_CONSULTATIONS_ADMIN_H
#define PORTAL_CONSULTATIONS_ADMIN_H

#include <stdbool.h>

#include "consultation.h"
#include "request.h"

struct form;
struct tmpl_dict;

/* Loads consultation ID for the signed-in member: 404 when there is none,
 * the audited 403 when it is another agency's. Returns 0 or the status answered. */
int consultation_for_staff(struct request *req, long long id, struct consultation *out);

/* The page of consultation C with NOTICE (or NULL) on top; DRAFT (or NULL)
 * re-shows the draft form as typed, FEEDBACK (or NULL) the feedback form. */
int consultation_page_render(struct request *req, const struct consultation *c, const char *notice,
                             const struct form *draft, const struct form *feedback);

/* A review step of C (consultations_admin.c): runs ST, an UPDATE with the
 * parameters of review_transition and ?5 today, from CURRENT's status; then
 * the audit row ACTION and 303 to the page, or the page with a notice. */
int consultation_step(struct request *req, const struct consultation *c, struct sqlite3_stmt *st,
                      const char *current, const char *from, const char *to, const char *comment,
                      const char *action);

/* consultation_feedback.c: the feedback part of the page (form, state, review). */
void consultation_feedback_to_dict(struct request *req, struct tmpl_dict *d, const struct consultation *c,
                                   const struct form *feedback);

/* consultation_comments.c: copies the number of accepted comments of
 * CONSULTATION_ID from private.db to content.db (inside the caller's content.db
 * transaction). 0 or -1. */
int consultation_count_accepted(struct request *req, long long consultation_id);

#endif
