/* What the two halves of the catalogue-entry area share: entries.c (the
 * list, the editor, attachments) and entry_publish.c (the review workflow,
 * index numbers, publishing). */
#ifndef PORTAL_ENTRIES_H
#define PORTAL_ENTRIES_H

#include <sqlite3.h>
#include <stdbool.h>

#include "request.h"

/* Where an entry stands: its live row and the revision being worked on. */
struct entry_state {
    long long id;                 /* 0 for a new entry */
    long long owner_id;           /* entries.owner_id, the agency it belongs to */
    const char *status;           /* entries.status */
    const char *index_no;
    const char *published_on;
    long long work_rev_id;        /* draft/review/returned revision, 0 if none */
    const char *work_status;      /* "" if none */
    long long work_author_id;     /* who last saved it (four-eyes), 0 if unknown */
    long long work_approved_by;   /* two levels: the reviewer who approved it (待审签), else 0 */
    const char *work_approved_at;
    const char *review_comment;
    long long shown_rev_id;       /* the revision the form starts from */
};

/* Messages and extras for the edit page; NULL members are not shown. */
struct entry_page_extras {
    const char *preview_md;       /* non-NULL: show the preview */
    const char *upload_error;
    const char *publish_error;
    const char *return_error;
    const char *notice;
};

/* Loads entry ID into E (strings in the request's arena); false when there is none. */
bool load_entry_state(struct request *req, long long id, struct entry_state *e);
/* The same for a handler: 0 when loaded and of the current agency, else the
 * 404 (no such entry) or the audited 403 (another agency's) already answered. */
int load_own_entry(struct request *req, long long id, struct entry_state *e);
bool entry_is_published(const struct entry_state *e);
/* In review and approved at the first of two levels: waiting for a signer (待审签). */
bool entry_awaits_signoff(const struct entry_state *e);
/* Sets entries.status of a never-published entry (published ones keep theirs). 0 or -1. */
int set_unpublished_status(sqlite3 *db, long long entry_id, const char *status);

/* Makes the current staff member the author of revision REV_ID (they
 * changed it last, so four-eyes keeps them from publishing it). 0 or -1. */
int entry_mark_revision_author(struct request *req, long long rev_id);

/* A new draft entry of the current agency with TITLE, BODY_MD and the
 * revision's CHANGE_NOTE (the other fields as a new entry starts), the
 * current member its author. Runs inside the caller's transaction when there
 * is one. Returns its id, or 0. */
long long entry_create_draft(struct request *req, const char *title, const char *body_md, const char *change_note);

/* The edit page again with X after a refused step (a reviewer sees the preview). */
int entry_page_with(struct request *req, const struct entry_state *e,
                    const struct entry_page_extras *x);
int entry_notice(struct request *req, const struct entry_state *e, const char *notice);
/* 303 to the entry's edit page with ?FLAG=1. */
int redirect_to_entry(struct request *req, long long id, const char *flag);

#endif
