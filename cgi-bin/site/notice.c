/* The notice outbox: queuing the applicant's notices with the event that
 * causes them, and rendering notice templates; see notice.h. */
#include "notice.h"

#include <string.h>

#include "application.h"
#include "arena.h"
#include "crypto.h"
#include "db.h"
#include "log.h"
#include "tmpl.h"

/* The events citizens are told of; each has templates/notices/KIND.tpl. */
static const char *const noticed_kinds[] = {
    "received", "correction_requested", "extended", "consult_start", "consult_end", "replied", "withdrawn",
    "closed",
};

static bool is_noticed(const char *kind)
{
    for (size_t i = 0; i < sizeof noticed_kinds / sizeof noticed_kinds[0]; i++)
        if (strcmp(noticed_kinds[i], kind) == 0)
            return true;
    return false;
}

long long notice_last_event(sqlite3 *private_db, long long application_id)
{
    sqlite3_stmt *st = db_stmt(private_db,
        "SELECT coalesce(max(id), 0) FROM application_events WHERE application_id = ?1");
    sqlite3_bind_int64(st, 1, application_id);
    long long id = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : 0;
    sqlite3_reset(st);
    return id;
}

const char *notice_site_url(struct arena *arena, sqlite3 *content_db)
{
    const char *site = db_setting(arena, content_db, "site_url");
    size_t len = strlen(site);
    while (len > 0 && site[len - 1] == '/')
        len--;
    return arena_strndup(arena, site, len);
}

const char *notice_site_page(struct arena *arena, sqlite3 *content_db, const char *path)
{
    const char *site = notice_site_url(arena, content_db);
    return *site ? arena_printf(arena, "%s%s", site, path) : "";
}

/* The host of site_url for Message-IDs; "localhost" while it is unset. */
static const char *message_id_host(struct arena *arena, sqlite3 *content_db)
{
    const char *site = db_setting(arena, content_db, "site_url");
    const char *host = strstr(site, "//");
    if (!host)
        return "localhost";
    host += 2;
    size_t len = strcspn(host, ":/");
    return len ? arena_strndup(arena, host, len) : "localhost";
}

int notice_insert(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db, const struct notice *n)
{
    char hex[33], now[21];
    random_hex(hex, 16);
    utc_now_iso(now);
    const char *message_id = arena_printf(arena, "<notice.%s@%s>", hex, message_id_host(arena, content_db));
    sqlite3_stmt *st = db_stmt(private_db,
        "INSERT INTO notices (application_id, event_id, user_id, kind, channel, recipient, subject, body, "
        "message_id, created_at, next_attempt_at, digest_day, message_ref) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11, ?12)");
    db_bind_id_or_null(st, 1, n->application_id);
    db_bind_id_or_null(st, 2, n->event_id);
    db_bind_id_or_null(st, 3, n->user_id);
    sqlite3_bind_text(st, 4, n->kind, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, n->channel, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, n->recipient, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 7, n->subject, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 8, n->body, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 9, message_id, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 10, now, -1, SQLITE_TRANSIENT);
    if (n->digest_day)
        sqlite3_bind_text(st, 11, n->digest_day, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, 11);
    db_bind_id_or_null(st, 12, n->message_ref);
    return db_run(private_db, st, "notice_insert");
}

/* Renders N.kind for CHANNEL with a fresh dictionary and queues it to RECIPIENT. */
static int queue_channel(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db, struct notice n,
                         const char *channel, const char *recipient, notice_dict_fn make_dict, const void *facts)
{
    struct tmpl_dict *d = make_dict(arena, content_db, facts);
    n.channel = channel;
    n.recipient = recipient;
    int rc = notice_render(arena, n.kind, d, channel, &n.subject, &n.body);
    tmpl_dict_free(d);
    if (rc != 0) {
        log_event(LOG_ERROR, "notice_render", "template notices/%s.tpl failed", n.kind);
        return -1;
    }
    return notice_insert(arena, private_db, content_db, &n);
}

int notice_queue_chosen(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db,
                        const struct notice_choice *choice, struct notice n, notice_dict_fn make_dict,
                        const void *facts)
{
    if (choice->by_email && *choice->email
        && queue_channel(arena, private_db, content_db, n, "email", choice->email, make_dict, facts) != 0)
        return -1;
    if (choice->by_sms && notice_phone_is_mobile(choice->phone)
        && queue_channel(arena, private_db, content_db, n, "sms", choice->phone, make_dict, facts) != 0)
        return -1;
    return 0;
}

int notice_requeue(sqlite3 *private_db, long long notice_id, long long application_id, long long message_ref)
{
    char now[21];
    utc_now_iso(now);
    sqlite3_stmt *st = db_stmt(private_db,
        "UPDATE notices SET state = 'queued', attempts = 0, next_attempt_at = ?4, "
        "last_error = '工作人员已重新发送（上次失败：' || last_error || '）' "
        "WHERE id = ?1 AND state = 'failed' AND (application_id = ?2 OR message_ref = ?3)");
    sqlite3_bind_int64(st, 1, notice_id);
    sqlite3_bind_int64(st, 2, application_id);
    sqlite3_bind_int64(st, 3, message_ref);
    sqlite3_bind_text(st, 4, now, -1, SQLITE_TRANSIENT);
    if (db_run(private_db, st, "notice_requeue") != 0)
        return -1;
    return sqlite3_changes(private_db) > 0;
}

/* TEXT with every control character but '\n' as a space, '\r' dropped. */
static char *plain_text(struct arena *arena, const char *text, size_t len)
{
    char *out = arena_alloc(arena, len + 1);
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == '\r')
            continue;
        out[o++] = (c < 0x20 && c != '\n') || c == 0x7f ? ' ' : (char)c;
    }
    while (o > 0 && (out[o - 1] == '\n' || out[o - 1] == ' '))
        o--;
    out[o] = '\0';
    return out;
}

int notice_render(struct arena *arena, const char *template_name, struct tmpl_dict *d,
                  const char *channel, const char **subject, const char **body)
{
    struct buf b;
    buf_init(&b, arena);
    tmpl_show(d, channel);
    if (tmpl_expand_text(arena_printf(arena, "notices/%s.tpl", template_name), d, &b) != 0)
        return -1;
    const char *text = b.data + strspn(b.data, "\r\n ");
    if (strcmp(channel, "sms") == 0) {
        *subject = "";
        *body = plain_text(arena, text, strlen(text));
        return **body ? 0 : -1;
    }
    size_t line = strcspn(text, "\n");
    *subject = plain_text(arena, text, line);
    const char *rest = text + line;
    *body = plain_text(arena, rest + strspn(rest, "\r\n"), strlen(rest + strspn(rest, "\r\n")));
    return **subject && **body ? 0 : -1;
}

bool notice_phone_is_mobile(const char *phone)
{
    if (strncmp(phone, "+86", 3) == 0)
        phone += 3;
    else if (strncmp(phone, "86", 2) == 0 && strlen(phone) == 13)
        phone += 2;
    return strlen(phone) == 11 && phone[0] == '1' && strspn(phone, "0123456789") == 11;
}

const char *notice_state_label(const char *state)
{
    if (strcmp(state, "sent") == 0)
        return "已发送";
    if (strcmp(state, "failed") == 0)
        return "失败";
    return "排队";
}

const char *notice_choice_label(bool by_email, bool by_sms)
{
    return by_email && by_sms ? "电子邮件和短信" : by_email ? "电子邮件" : by_sms ? "短信" : NULL;
}

const char *notice_kind_label(const char *kind)
{
    static const char *const message_kinds[][2] = {
        { "message_replied", "留言答复" }, { "message_transferred", "留言转交" },
        { "message_refused", "留言不予受理" },
    };
    for (size_t i = 0; i < sizeof message_kinds / sizeof message_kinds[0]; i++)
        if (strcmp(message_kinds[i][0], kind) == 0)
            return message_kinds[i][1];
    return event_kind_label(kind);
}

/* One outbox row for staff; a failed one gets the 重新发送 form. */
static void add_notice_row(struct arena *a, struct tmpl_dict *list, sqlite3_stmt *st, const char *resend_path)
{
    struct tmpl_dict *n = tmpl_add_section(list, "notices");
    const char *state = db_text(a, st, 5);
    tmpl_set(n, "created", beijing_time_label(a, db_text(a, st, 1)));
    tmpl_set(n, "kind", notice_kind_label(db_text(a, st, 2)));
    tmpl_set(n, "channel", strcmp(db_text(a, st, 3), "sms") == 0 ? "短信" : "电子邮件");
    tmpl_set(n, "recipient", db_text(a, st, 4));
    tmpl_set(n, "state", notice_state_label(state));
    tmpl_set(n, "state_code", state);
    tmpl_set_int(n, "attempts", db_int(st, 6));
    if (*db_text(a, st, 7))
        tmpl_set(tmpl_add_section(n, "notice_error"), "error", db_text(a, st, 7));
    if (strcmp(state, "sent") == 0)
        tmpl_set(tmpl_add_section(n, "sent"), "sent_at", beijing_time_label(a, db_text(a, st, 8)));
    else if (strcmp(state, "queued") == 0 && db_int(st, 6) > 0)
        tmpl_set(tmpl_add_section(n, "retry"), "next_at", beijing_time_label(a, db_text(a, st, 9)));
    else if (strcmp(state, "failed") == 0) {
        struct tmpl_dict *resend = tmpl_add_section(n, "resend");
        tmpl_set(resend, "resend_path", resend_path);
        tmpl_set_int(resend, "notice_id", db_int(st, 0));
    }
}

void notice_rows_to_dict(struct arena *arena, struct tmpl_dict *d, sqlite3 *private_db, long long application_id,
                         long long message_ref, const char *resend_path)
{
    sqlite3_stmt *st = db_stmt(private_db,
        "SELECT id, created_at, kind, channel, recipient, state, attempts, last_error, coalesce(sent_at, ''), "
        "next_attempt_at FROM notices WHERE application_id = ?1 OR message_ref = ?2 ORDER BY id");
    sqlite3_bind_int64(st, 1, application_id);
    sqlite3_bind_int64(st, 2, message_ref);
    struct tmpl_dict *list = tmpl_add_include(d, "notice_rows", "admin/notice_rows.tpl");
    bool any = false;
    while (sqlite3_step(st) == SQLITE_ROW) {
        add_notice_row(arena, list, st, resend_path);
        any = true;
    }
    sqlite3_reset(st);
    if (any)
        tmpl_show(list, "has_notices");
}

/* ---- the applicant's notices about one event ---- */

struct event_facts {
    long long application_id, event_id, agency_id;
    const char *number, *email, *phone, *due_on, *kind, *day, *text, *due_by;
    bool by_email, by_sms;
    int days;
};

const char *notice_agency_name(struct arena *arena, sqlite3 *content_db, long long agency_id)
{
    sqlite3_stmt *st = db_stmt(content_db, "SELECT name FROM agencies WHERE id = ?1");
    sqlite3_bind_int64(st, 1, agency_id);
    const char *name = sqlite3_step(st) == SQLITE_ROW ? db_text(arena, st, 0) : "";
    sqlite3_reset(st);
    return *name ? name : "政府信息公开工作机构";
}

const char *notice_one_line(struct arena *arena, const char *s)
{
    char *out = arena_strdup(arena, s);
    for (char *c = out; *c; c++)
        if ((unsigned char)*c < 0x20 || *c == 0x7f)
            *c = ' ';
    return out;
}

void notice_add_status_link(struct arena *arena, sqlite3 *content_db, struct tmpl_dict *d, const char *path)
{
    const char *url = notice_site_page(arena, content_db, path);
    if (*url)
        tmpl_set(tmpl_add_section(d, "status_link"), "status_url", url);
    else
        tmpl_show(d, "no_status_link");
}

/* The values every notice template may use; dates as 2026年12月2日. */
static struct tmpl_dict *facts_dict(struct arena *arena, sqlite3 *content_db, const void *facts)
{
    const struct event_facts *f = facts;
    struct tmpl_dict *d = tmpl_dict_new();
    tmpl_set(d, "agency_name", notice_one_line(arena, notice_agency_name(arena, content_db, f->agency_id)));
    tmpl_set(d, "number", notice_one_line(arena, f->number));
    tmpl_set(d, "day", date_label_zh(arena, f->day));
    tmpl_set(d, "text", f->text);
    tmpl_set_int(d, "days", f->days);
    notice_add_status_link(arena, content_db, d, "/apply/status");
    if (*f->due_on)
        tmpl_set(tmpl_add_section(d, "due"), "due_on", date_label_zh(arena, f->due_on));
    if (*f->due_by)
        tmpl_set(tmpl_add_section(d, "period"), "due_by", date_label_zh(arena, f->due_by));
    return d;
}

static int queue_event(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db,
                       const struct event_facts *f)
{
    if (!is_noticed(f->kind))
        return 0;
    struct notice_choice choice = { f->by_email, f->by_sms, f->email, f->phone };
    struct notice n = { .application_id = f->application_id, .event_id = f->event_id, .kind = f->kind };
    return notice_queue_chosen(arena, private_db, content_db, &choice, n, facts_dict, f);
}

int notice_queue_events(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db,
                        long long application_id, long long after_event)
{
    enum { MAX_EVENTS = 16 };   /* one action records at most a few */
    struct event_facts facts[MAX_EVENTS];
    int n = 0;
    sqlite3_stmt *st = db_stmt(private_db,
        "SELECT a.id, e.id, coalesce(a.agency_id, 0), a.number, a.email, a.phone, coalesce(a.due_on, ''), "
        "e.kind, e.day, e.text, coalesce(e.due_by, ''), a.notify_email, a.notify_sms, e.days "
        "FROM application_events e JOIN applications a ON a.id = e.application_id "
        "WHERE e.application_id = ?1 AND e.id > ?2 AND e.internal = 0 "
        "AND (a.notify_email = 1 OR a.notify_sms = 1) ORDER BY e.id");
    sqlite3_bind_int64(st, 1, application_id);
    sqlite3_bind_int64(st, 2, after_event);
    while (n < MAX_EVENTS && sqlite3_step(st) == SQLITE_ROW) {
        struct event_facts *f = &facts[n++];
        *f = (struct event_facts){
            db_int(st, 0), db_int(st, 1), db_int(st, 2), db_text(arena, st, 3), db_text(arena, st, 4),
            db_text(arena, st, 5), db_text(arena, st, 6), db_text(arena, st, 7), db_text(arena, st, 8),
            db_text(arena, st, 9), db_text(arena, st, 10), db_int(st, 11) == 1, db_int(st, 12) == 1,
            (int)db_int(st, 13) };
    }
    sqlite3_reset(st);
    for (int i = 0; i < n; i++)
        if (queue_event(arena, private_db, content_db, &facts[i]) != 0)
            return -1;
    return 0;
}
