/* Notices to the writer of a 互动交流 message (issues 12 and 13): the reply,
 * a transfer to another agency (which agency now handles it and its new due
 * date) and a refusal with its reason, queued in the transaction of the
 * staff action, by the channels the writer ticked on the form; and the
 * outbox rows of a message on its staff page. The text says the number and
 * links to /apply/message/status, never the 查询码, the name or the phone. */
#include <string.h>

#include "app.h"
#include "application.h"
#include "application_staff.h"
#include "db.h"
#include "message.h"
#include "messages_admin.h"
#include "notice.h"
#include "tmpl.h"

/* What a message notice says, read after the action changed the row. */
struct message_facts {
    long long agency_id;
    const char *number, *kind_label, *due_on, *text, *from_agency;
};

/* Who signs: the agency handling the message, or for a 找错 report the site. */
static const char *signer(struct arena *arena, sqlite3 *content_db, long long agency_id)
{
    if (agency_id)
        return notice_agency_name(arena, content_db, agency_id);
    const char *site = db_setting(arena, content_db, "site_name");
    return *site ? site : "政府网站";
}

static struct tmpl_dict *message_dict(struct arena *arena, sqlite3 *content_db, const void *facts)
{
    const struct message_facts *f = facts;
    struct tmpl_dict *d = tmpl_dict_new();
    tmpl_set(d, "agency_name", notice_one_line(arena, signer(arena, content_db, f->agency_id)));
    tmpl_set(d, "number", notice_one_line(arena, f->number));
    tmpl_set(d, "kind", f->kind_label);
    tmpl_set(d, "day", date_label_zh(arena, shanghai_today_iso(arena)));
    tmpl_set(d, "text", f->text);
    tmpl_set(d, "from_agency", notice_one_line(arena, f->from_agency));
    if (*f->due_on)
        tmpl_set(tmpl_add_section(d, "due"), "due_on", date_label_zh(arena, f->due_on));
    notice_add_status_link(arena, content_db, d, "/apply/message/status");
    return d;
}

int message_notice_queue(struct request *req, long long message_id, const char *kind, const char *text,
                         const char *from_agency)
{
    struct arena *a = req->arena;
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT number, coalesce(agency_id, 0), kind, due_on, email, phone, notify_email, notify_sms "
        "FROM messages WHERE id = ?1 AND (notify_email = 1 OR notify_sms = 1)");
    sqlite3_bind_int64(st, 1, message_id);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_reset(st);
        return 0;   /* the writer asked for no notices */
    }
    struct message_facts f = { db_int(st, 1), db_text(a, st, 0), message_kind_label(db_text(a, st, 2)),
                               strcmp(kind, "message_transferred") == 0 ? db_text(a, st, 3) : "", text,
                               from_agency };
    struct notice_choice choice = { db_int(st, 6) == 1, db_int(st, 7) == 1, db_text(a, st, 4), db_text(a, st, 5) };
    sqlite3_reset(st);
    struct notice n = { .kind = kind, .message_ref = message_id };
    return notice_queue_chosen(a, req->app->private_db, req->app->content_db, &choice, n, message_dict, &f);
}

void message_notices_to_dict(struct request *req, struct tmpl_dict *d, const struct message_record *m)
{
    const char *chosen = notice_choice_label(m->notify_email, m->notify_sms);
    tmpl_set(d, "notify_choice", chosen ? chosen : "未选择通知（写信人自行查询答复）");
    notice_rows_to_dict(req->arena, d, req->app->private_db, 0, m->id,
                        arena_printf(req->arena, "/admin/messages/%lld/resend", m->id));
}
