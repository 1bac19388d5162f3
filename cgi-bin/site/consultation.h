/* 征集意见 (issue 12): drafts an agency publishes for comment, shared by
 * portal.fcgi (the public pages), apply.fcgi (citizens' comments) and
 * admin.fcgi (editing, review, moderation, 意见采纳情况): the phase a
 * consultation is in on a given day, and a published one read from
 * content.db. The comments themselves live in private.db. */
#ifndef PORTAL_CONSULTATION_H
#define PORTAL_CONSULTATION_H

#include <stdbool.h>

#include "request.h"

enum consultation_phase { CONSULTATION_UPCOMING, CONSULTATION_OPEN, CONSULTATION_ENDED };

/* Limits of a citizen's comment (the text; web addresses as for messages). */
enum { COMMENT_MAX_CHARS = 3000 };

/* The phase on TODAY of a consultation taking comments from STARTS_ON to
 * ENDS_ON, both days included (YYYY-MM-DD compare as text). */
enum consultation_phase consultation_phase(const char *starts_on, const char *ends_on, const char *today);
/* 未开始, 征集中, 已结束. */
const char *consultation_phase_label(enum consultation_phase phase);
/* Today in Beijing as YYYY-MM-DD (PORTAL_TODAY overrides it), in the arena. */
const char *consultation_today(struct request *req);

/* One consultation row of content.db (strings in the request arena; "" for NULL). */
struct consultation {
    long long id, owner_id, comments_accepted, feedback_received, feedback_adopted;
    long long edited_by, feedback_edited_by;     /* private.db users.id, 0 when unknown */
    bool show_comments, feedback_published;
    const char *title, *summary_md, *starts_on, *ends_on, *published_on, *status, *review_comment;
    const char *feedback_md, *feedback_status, *feedback_comment, *feedback_published_on;
    enum consultation_phase phase;
};
/* Loads consultation ID from content.db, whatever its status; false when there is none. */
bool consultation_load(struct request *req, long long id, struct consultation *out);
/* The same when it is published (the public and the comment form); false otherwise. */
bool consultation_published(struct request *req, long long id, struct consultation *out);

/* The number a commenter is given, "YJ-000012" (the row id), in the arena. */
const char *consultation_comment_number(struct request *req, long long comment_id);

#endif
