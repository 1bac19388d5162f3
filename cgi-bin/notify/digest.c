/* The staff digest (`portalctl notify --digest`, daily): to each 经办人 with
 * an e-mail address, the open applications of their agencies that are theirs
 * or nobody's yet, in three lists: new (not yet confirmed), due within three
 * working days, overdue; the same for the agencies' open 互动交流 messages
 * (new: not yet assigned); to each platform administrator, the overdue
 * applications and messages of every agency and the platform's own open 找错
 * reports. Numbers, states and dates only: no names. */
#include <string.h>

#include "application.h"
#include "arena.h"
#include "db.h"
#include "log.h"
#include "notice.h"
#include "notify.h"
#include "tmpl.h"
#include "workdays.h"

enum { DUE_SOON_WORKDAYS = 3, LIST_LIMIT = 50 };

struct recipient {
    long long id;
    const char *name, *email;
    bool admin;
};

struct digest {
    struct arena *arena;
    sqlite3 *private_db, *content_db;
    const struct calendar *cal;
    int today;
    const char *admin_url;      /* site_url + "/admin/applications/", or "" */
    const char *message_url;    /* site_url + "/admin/messages/", or "" */
    struct tmpl_dict *d;
    int items;
};

static const char *agency_name(struct digest *g, long long agency_id)
{
    sqlite3_stmt *st = db_stmt(g->content_db, "SELECT name FROM agencies WHERE id = ?1");
    sqlite3_bind_int64(st, 1, agency_id);
    const char *name = sqlite3_step(st) == SQLITE_ROW ? db_text(g->arena, st, 0) : "";
    sqlite3_reset(st);
    return name;
}

/* Which lists the rows of one query go to: applications or messages. */
struct digest_lists {
    const char *overdue, *due_soon, *new_items;
    bool messages;
};

static const struct digest_lists application_lists = { "overdue", "due_soon", "new", false };
static const struct digest_lists message_lists = { "message_overdue", "message_due_soon", "message_new", true };

/* One line of a list: number, agency, state, due date and what is left. */
static void add_item(struct digest *g, const char *section, sqlite3_stmt *st, int left, bool message)
{
    struct tmpl_dict *row = tmpl_add_section(g->d, section);
    tmpl_show(g->d, arena_printf(g->arena, "has_%s", section));
    enum app_state state = APP_SUBMITTED;
    app_state_parse((const char *)sqlite3_column_text(st, 2), &state);
    long long agency = db_int(st, 4);
    tmpl_set(row, "number", db_text(g->arena, st, 1));
    tmpl_set(row, "agency_name", agency ? agency_name(g, agency) : "平台");
    tmpl_set(row, "state", message ? "待答复" : app_state_label(state));
    tmpl_set(row, "due_on", date_label_zh(g->arena, db_text(g->arena, st, 3)));
    tmpl_set_int(row, "days", left < 0 ? -left : left);
    const char *url = message ? g->message_url : g->admin_url;
    if (*url)
        tmpl_set(tmpl_add_section(row, "link"), "url", arena_printf(g->arena, "%s%lld", url, db_int(st, 0)));
    g->items++;
}

/* Sorts the open items ST yields (id, number, state, due_on, agency_id, new)
 * into LISTS; only overdue ones when OVERDUE_ONLY (into OVERDUE_SECTION). */
static void add_rows(struct digest *g, sqlite3_stmt *st, const struct digest_lists *lists, bool overdue_only,
                     const char *overdue_section)
{
    int shown = 0;
    while (sqlite3_step(st) == SQLITE_ROW && shown < LIST_LIMIT) {
        int due;
        bool dated = day_parse_iso(db_text(g->arena, st, 3), &due);
        int left = dated ? deadline_working_days_left(g->cal, g->today, due, NULL) : 0;
        if (dated && left < 0)
            add_item(g, overdue_section, st, left, lists->messages);
        else if (overdue_only)
            continue;
        else if (dated && left <= DUE_SOON_WORKDAYS)
            add_item(g, lists->due_soon, st, left, lists->messages);
        else if (db_int(st, 5))
            add_item(g, lists->new_items, st, 0, lists->messages);
        else
            continue;
        shown++;
    }
    sqlite3_reset(st);
}

static void add_handler_lists(struct digest *g, long long user_id)
{
    sqlite3_stmt *st = db_stmt(g->private_db,
        "SELECT a.id, a.number, a.state, coalesce(a.due_on, ''), a.agency_id, a.state = 'submitted' "
        "FROM applications a WHERE a.state NOT IN ('replied', 'withdrawn', 'closed') "
        "AND a.agency_id IN (SELECT agency_id FROM user_agency_roles WHERE user_id = ?1 AND role = 'handler') "
        "AND (a.assigned_to = ?1 OR a.assigned_to IS NULL) ORDER BY coalesce(a.due_on, '9999'), a.id");
    sqlite3_bind_int64(st, 1, user_id);
    add_rows(g, st, &application_lists, false, "overdue");
    st = db_stmt(g->private_db,
        "SELECT m.id, m.number, m.state, m.due_on, m.agency_id, m.assigned_to IS NULL FROM messages m "
        "WHERE m.state = 'open' "
        "AND m.agency_id IN (SELECT agency_id FROM user_agency_roles WHERE user_id = ?1 AND role = 'handler') "
        "AND (m.assigned_to = ?1 OR m.assigned_to IS NULL) ORDER BY m.due_on, m.id");
    sqlite3_bind_int64(st, 1, user_id);
    add_rows(g, st, &message_lists, false, "message_overdue");
}

/* The platform administrator: overdue applications and messages of every
 * agency, and the platform's own 找错 reports as a handler would see them. */
static void add_platform_lists(struct digest *g)
{
    sqlite3_stmt *st = db_stmt(g->private_db,
        "SELECT id, number, state, due_on, coalesce(agency_id, 0), 0 FROM applications "
        "WHERE state NOT IN ('replied', 'withdrawn', 'closed') AND due_on IS NOT NULL "
        "ORDER BY agency_id, due_on, id");
    add_rows(g, st, &application_lists, true, "platform_overdue");
    st = db_stmt(g->private_db,
        "SELECT id, number, state, due_on, agency_id, 0 FROM messages "
        "WHERE state = 'open' AND agency_id IS NOT NULL ORDER BY agency_id, due_on, id");
    add_rows(g, st, &message_lists, true, "platform_message_overdue");
    st = db_stmt(g->private_db,
        "SELECT id, number, state, due_on, 0, assigned_to IS NULL FROM messages "
        "WHERE state = 'open' AND agency_id IS NULL ORDER BY due_on, id");
    add_rows(g, st, &message_lists, false, "message_overdue");
}

static bool already_queued(sqlite3 *db, long long user_id, const char *day)
{
    sqlite3_stmt *st = db_stmt(db, "SELECT 1 FROM notices WHERE user_id = ?1 AND digest_day = ?2");
    sqlite3_bind_int64(st, 1, user_id);
    sqlite3_bind_text(st, 2, day, -1, SQLITE_STATIC);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_reset(st);
    return found;
}

/* Queues R's digest when it has anything in it; 1 when queued, 0 when not, -1 on error. */
static int queue_digest(struct digest *g, const struct recipient *r, const char *day)
{
    g->d = tmpl_dict_new();
    g->items = 0;
    tmpl_set(g->d, "name", r->name);
    tmpl_set(g->d, "day", date_label_zh(g->arena, day));
    tmpl_set_int(g->d, "due_soon_days", DUE_SOON_WORKDAYS);
    add_handler_lists(g, r->id);
    if (r->admin)
        add_platform_lists(g);
    int rc = 0;
    if (g->items > 0) {
        struct notice n = { 0, 0, r->id, "digest", "email", r->email, "", "", day, 0 };
        rc = notice_render(g->arena, "digest", g->d, "email", &n.subject, &n.body) == 0
             && notice_insert(g->arena, g->private_db, g->content_db, &n) == 0 ? 1 : -1;
    }
    tmpl_dict_free(g->d);
    return rc;
}

/* Staff with an e-mail address who handle applications or run the platform. */
static int load_recipients(struct arena *arena, sqlite3 *db, struct recipient **out)
{
    sqlite3_stmt *st = db_stmt(db,
        "SELECT u.id, coalesce(nullif(u.display_name, ''), u.name), u.email, "
        "EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'admin') AS admin "
        "FROM users u WHERE u.active = 1 AND u.email != '' AND (admin OR EXISTS (SELECT 1 FROM "
        "user_agency_roles h WHERE h.user_id = u.id AND h.role = 'handler')) ORDER BY u.id");
    size_t cap = 0, n = 0;
    struct recipient *list = NULL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        list = arena_array_reserve(arena, list, n, &cap, sizeof *list, 16);
        list[n++] = (struct recipient){ db_int(st, 0), db_text(arena, st, 1), db_text(arena, st, 2),
                                        db_int(st, 3) == 1 };
    }
    sqlite3_reset(st);
    *out = list;
    return (int)n;
}

int notify_queue_digests(struct arena *arena, sqlite3 *private_db, sqlite3 *content_db, int *queued)
{
    struct calendar cal;
    char day[11];
    beijing_today_iso(day);
    *queued = 0;
    if (calendar_load(arena, content_db, &cal) != 0)
        return -1;
    const char *site = notice_site_url(arena, content_db);
    struct digest g = { arena, private_db, content_db, &cal, 0, "", "", NULL, 0 };
    day_parse_iso(day, &g.today);
    if (*site) {
        g.admin_url = arena_printf(arena, "%s/admin/applications/", site);
        g.message_url = arena_printf(arena, "%s/admin/messages/", site);
    }
    struct recipient *list;
    int n = load_recipients(arena, private_db, &list);
    if (db_begin(private_db, "digest") != SQLITE_OK)
        return -1;
    for (int i = 0; i < n; i++) {
        int rc = already_queued(private_db, list[i].id, day) ? 0 : queue_digest(&g, &list[i], day);
        if (rc < 0) {
            db_rollback(private_db);
            return -1;
        }
        *queued += rc;
    }
    return db_commit(private_db) == SQLITE_OK ? 0 : -1;
}
