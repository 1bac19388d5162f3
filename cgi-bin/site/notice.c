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
    "received", "correction_requested", "extended", "consult_start", "replied", "withdrawn", "closed",
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

const char *notice_status_url(struct arena *arena, sqlite3 *content_db)
{
    const char *site = notice_site_url(arena, content_db);
    return *site ? arena_printf(arena, "%s/apply/status", site) : "";
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
        "message_id, created_at, next_attempt_at, digest_day) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11)");
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
    return db_run(private_db, st, "notice_insert");
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

/* ---- the applicant's notices about one event ---- */

struct event_facts {
    long long application_id, event_id, agency_id;
    const char *number, *email, *phone, *due_on, *kind, *day, *text, *due_by;
    bool by_email, by_sms;
    int days;
};

static const char *agency_name(struct arena *arena, sqlite3 *content_db, long long agency_id)
{
    sqlite3_stmt *st = db_stmt(content_db, "SELECT name FROM agencies WHERE id = ?1");
    sqlite3_bind_int64(st, 1, agency_id);
    const char *name = sqlite3_step(st) == SQLITE_ROW ? db_text(arena, st, 0) : "";
    sqlite3_reset(st);
    return *name ? name : "政府信息公开工作机构";
}

/* S with every control character (line breaks too) as a space: for values a
 * subject line may hold, which must not end it early. */
static const char *one_line(struct arena *arena, const char *s)
{
    char *out = arena_strdup(arena, s);
    for (char *c = out; *c; c++)
        if ((unsigned char)*c < 0x20 || *c == 0x7f)
            *c = ' ';
    return out;
}

/* The values every notice template may use; dates as 2026年12月2日. */
static struct tmpl_dict *facts_dict(struct arena *arena, sqlite3 *content_db, const struct event_facts *f)
{
    struct tmpl_dict *d = tmpl_dict_new();
    tmpl_set(d, "agency_name", one_line(arena, agency_name(arena, content_db, f->agency_id)));
    tmpl_set(d, "number", one_line(arena, f->number));
    tmpl_set(d, "day", date_label_zh(arena, f->day));
    tmpl_set(d, "text", f->text);
    tmpl_set_int(d, "days", f->days);
    const char *url = notice_status_url(arena, content_db);
    if (*url)
        tmpl_set(tmpl_add_section(d, "status_link"), "status_url", url);
    else
        tmpl_show(d, "no_status_link");
    if (*f->due_on)
        tmpl_set(tmpl_add_section(d, "due"), "due_on", date_label_zh(arena, f->due_on));
    if (*f->due_by)
        tmpl_set(tmpl_add_section(d, "period"), "due_by", date_label_zh(arena, f->due_by));
    return d;
}

static int queue_one(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db,
                     const struct event_facts *f, const char *channel, const char *recipient)
{
    struct tmpl_dict *d = facts_dict(arena, content_db, f);
    struct notice n = { f->application_id, f->event_id, 0, f->kind, channel, recipient, "", "", NULL };
    int rc = notice_render(arena, f->kind, d, channel, &n.subject, &n.body);
    tmpl_dict_free(d);
    if (rc != 0) {
        log_event(LOG_ERROR, "notice_render", "template notices/%s.tpl failed", f->kind);
        return -1;
    }
    return notice_insert(arena, private_db, content_db, &n);
}

static int queue_event(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db,
                       const struct event_facts *f)
{
    if (!is_noticed(f->kind))
        return 0;
    if (f->by_email && *f->email && queue_one(arena, private_db, content_db, f, "email", f->email) != 0)
        return -1;
    if (f->by_sms && notice_phone_is_mobile(f->phone)
        && queue_one(arena, private_db, content_db, f, "sms", f->phone) != 0)
        return -1;
    return 0;
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
