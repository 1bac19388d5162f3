/* The staff digest (`portalctl notify --digest`, daily): to each 经办人 with
 * an e-mail address, the open applications of their agencies that are theirs
 * or nobody's yet, in three lists: new (not yet confirmed), due within three
 * working days, overdue; to each platform administrator, the overdue
 * applications of every agency. Numbers, states and dates only: no names. */
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

/* One line of a list: number, agency, state, due date and what is left. */
static void add_item(struct digest *g, const char *section, sqlite3_stmt *st, int left)
{
    struct tmpl_dict *row = tmpl_add_section(g->d, section);
    tmpl_show(g->d, arena_printf(g->arena, "has_%s", section));
    enum app_state state = APP_SUBMITTED;
    app_state_parse((const char *)sqlite3_column_text(st, 2), &state);
    tmpl_set(row, "number", db_text(g->arena, st, 1));
    tmpl_set(row, "agency_name", agency_name(g, db_int(st, 4)));
    tmpl_set(row, "state", app_state_label(state));
    tmpl_set(row, "due_on", date_label_zh(g->arena, db_text(g->arena, st, 3)));
    tmpl_set_int(row, "days", left < 0 ? -left : left);
    if (*g->admin_url)
        tmpl_set(tmpl_add_section(row, "link"), "url", arena_printf(g->arena, "%s%lld", g->admin_url,
                                                                    db_int(st, 0)));
    g->items++;
}

/* Sorts the open applications ST yields (id, number, state, due_on, agency_id)
 * into the lists; only overdue ones when OVERDUE_ONLY. */
static void add_rows(struct digest *g, sqlite3_stmt *st, bool overdue_only, const char *overdue_section)
{
    int shown = 0;
    while (sqlite3_step(st) == SQLITE_ROW && shown < LIST_LIMIT) {
        int due;
        bool dated = day_parse_iso(db_text(g->arena, st, 3), &due);
        int left = dated ? deadline_working_days_left(g->cal, g->today, due, NULL) : 0;
        const char *state = (const char *)sqlite3_column_text(st, 2);
        if (dated && left < 0)
            add_item(g, overdue_section, st, left);
        else if (overdue_only)
            continue;
        else if (dated && left <= DUE_SOON_WORKDAYS)
            add_item(g, "due_soon", st, left);
        else if (strcmp(state, "submitted") == 0)
            add_item(g, "new", st, 0);
        else
            continue;
        shown++;
    }
    sqlite3_reset(st);
}

static void add_handler_lists(struct digest *g, long long user_id)
{
    sqlite3_stmt *st = db_stmt(g->private_db,
        "SELECT a.id, a.number, a.state, coalesce(a.due_on, ''), a.agency_id FROM applications a "
        "WHERE a.state NOT IN ('replied', 'withdrawn', 'closed') "
        "AND a.agency_id IN (SELECT agency_id FROM user_agency_roles WHERE user_id = ?1 AND role = 'handler') "
        "AND (a.assigned_to = ?1 OR a.assigned_to IS NULL) ORDER BY coalesce(a.due_on, '9999'), a.id");
    sqlite3_bind_int64(st, 1, user_id);
    add_rows(g, st, false, "overdue");
}

static void add_platform_overdue(struct digest *g)
{
    sqlite3_stmt *st = db_stmt(g->private_db,
        "SELECT id, number, state, due_on, coalesce(agency_id, 0) FROM applications "
        "WHERE state NOT IN ('replied', 'withdrawn', 'closed') AND due_on IS NOT NULL "
        "ORDER BY agency_id, due_on, id");
    add_rows(g, st, true, "platform_overdue");
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
        add_platform_overdue(g);
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
    struct digest g = { arena, private_db, content_db, &cal, 0, "", NULL, 0 };
    day_parse_iso(day, &g.today);
    if (*site)
        g.admin_url = arena_printf(arena, "%s/admin/applications/", site);
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
