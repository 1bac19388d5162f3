/* 互动交流 on the staff side (issue 12), shared by messages_admin.c (inbox,
 * one message) and message_actions.c (reply, transfer, publication ...). */
#ifndef PORTAL_MESSAGES_ADMIN_H
#define PORTAL_MESSAGES_ADMIN_H

#include <stdbool.h>

#include "request.h"

struct form;
struct tmpl_dict;

/* One message as staff see it (strings in the request arena). */
struct message_record {
    long long id, agency_id, assigned_to;   /* agency_id 0: the platform's (找错) */
    bool consent, published;
    bool notify_email, notify_sms;          /* the notices the writer asked for */
    const char *number, *kind, *subject, *body, *page_path, *name, *phone, *email, *state;
    const char *submitted_at, *received_on, *due_on, *reply_text, *replied_on, *refusal_reason;
    const char *published_subject, *published_question, *published_answer, *assigned_name;
};

/* Loads message ID for the signed-in member: 404 when there is none; 403
 * (audited as agency.refused) when it is another agency's, or the platform's
 * and the member is not the platform administrator; 403 when it is the
 * agency's and the member is not its 经办人. Returns 0 or the status answered. */
int message_for_staff(struct request *req, long long id, struct message_record *out);

/* The page of one message; FAILED_ACTION (or NULL) is re-shown open with
 * FORM's values and errors. */
int message_detail_render(struct request *req, const struct message_record *m, const char *failed_action,
                          const struct form *form);

/* message_actions.c: the action forms the message's state allows, as sections of D. */
void message_actions_to_dict(struct request *req, struct tmpl_dict *d, const struct message_record *m,
                             const char *failed_action, const struct form *form);
/* message_notices.c: queues, inside the caller's transaction, the notice KIND
 * (message_replied, message_transferred, message_refused: templates/notices/)
 * about message MESSAGE_ID by the channels its writer chose, from the row as
 * the action left it (its agency, due date); TEXT is the reply, the reason
 * of a refusal or of a transfer, FROM_AGENCY the agency a transfer came
 * from ("" otherwise). Returns 0, or -1 (the caller rolls back). */
int message_notice_queue(struct request *req, long long message_id, const char *kind, const char *text,
                         const char *from_agency);
/* The writer's choice and the message's outbox rows, with 重新发送 for a failed one. */
void message_notices_to_dict(struct request *req, struct tmpl_dict *d, const struct message_record *m);

/* Recomputes content.db's message_stats (per agency and month of receipt)
 * from private.db; writes only rows that changed. */
void message_stats_refresh(struct request *req);

#endif
