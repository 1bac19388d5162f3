/* 互动交流 on the public site (issue 12): the questions and replies staff
 * published (content.db published_messages, copied by admin.fcgi without the
 * writer's name or contacts), newest reply first, each with the day it was
 * asked and answered; per agency in its column and for the whole platform;
 * and each agency's numbers per month (message_stats): received, answered,
 * answered on time, average working days to answer. */
#include <stdlib.h>
#include <string.h>

#include "agency.h"
#include "app.h"
#include "db.h"
#include "message.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"

enum { PAGE_SIZE = 20 };

static long long page_number(struct request *req)
{
    const char *p = params_get(&req->query, "page");
    long long n = p ? atoll(p) : 1;
    return n >= 1 && n <= 100000 ? n : 1;
}

static void add_item(struct request *req, struct tmpl_dict *d, sqlite3_stmt *st)
{
    struct arena *a = req->arena;
    struct tmpl_dict *item = tmpl_add_section(d, "item");
    tmpl_set(item, "url", agency_path(req, db_text(a, st, 6), arena_printf(a, "/messages/%lld", db_int(st, 0))));
    tmpl_set(item, "kind", message_kind_label(db_text(a, st, 1)));
    tmpl_set(item, "subject", db_text(a, st, 2));
    tmpl_set(item, "asked_on", db_text(a, st, 3));
    tmpl_set(item, "answered_on", db_text(a, st, 4));
    tmpl_set(item, "agency", db_text(a, st, 5));
}

/* One page of AGENCY_ID's (0: every agency's) published messages into D. */
static void add_list(struct request *req, struct tmpl_dict *d, long long agency_id, const char *path)
{
    long long page = page_number(req);
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT m.id, m.kind, m.subject, m.asked_on, m.answered_on, a.name, a.code FROM published_messages m "
        "JOIN agencies a ON a.id = m.owner_id WHERE ?1 = 0 OR m.owner_id = ?1 "
        "ORDER BY m.answered_on DESC, m.id DESC LIMIT ?2 OFFSET ?3");
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, PAGE_SIZE + 1);
    sqlite3_bind_int64(st, 3, (page - 1) * PAGE_SIZE);
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW && ++n <= PAGE_SIZE)
        add_item(req, d, st);
    sqlite3_reset(st);
    tmpl_show(d, n ? "has_items" : "no_items");
    if (page > 1)
        tmpl_set(tmpl_add_section(d, "prev"), "url", arena_printf(req->arena, "%s?page=%lld", path, page - 1));
    if (n > PAGE_SIZE)
        tmpl_set(tmpl_add_section(d, "next"), "url", arena_printf(req->arena, "%s?page=%lld", path, page + 1));
}

int messages_platform_list(struct request *req)
{
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, "互动交流", "public/messages.tpl", NAV_NONE);
    page_breadcrumb(&page, "互动交流", NULL);
    tmpl_set(d, "write_url", "/apply/message");
    tmpl_set(d, "consultations_url", "/consultations");
    tmpl_show(d, "platform");
    add_list(req, d, 0, "/messages");
    return page_render(&page);
}

int messages_agency_list(struct request *req)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    if (status)
        return status;
    struct page page;
    struct tmpl_dict *d = column_page_begin(&page, req, &ag, COLUMN_MESSAGES, NULL, "public/messages.tpl");
    tmpl_set(d, "write_url", arena_printf(req->arena, "/apply/message?agency=%s", ag.code));
    tmpl_set(d, "consultations_url", agency_path(req, ag.code, "/consultations"));
    tmpl_set(tmpl_add_section(d, "agency"), "stats_url", agency_path(req, ag.code, "/messages/stats"));
    add_list(req, d, ag.id, agency_path(req, ag.code, "/messages"));
    return page_render(&page);
}

int message_public_page(struct request *req)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    if (status)
        return status;
    long long id = req->path_ids[1];
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT kind, subject, question, answer, asked_on, answered_on, owner_id FROM published_messages "
        "WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    status = column_item_row(req, &ag, st, 6, "/messages", id, "没有这条公开的留言，它可能已被撤下。");
    if (status)
        return status;
    struct arena *a = req->arena;
    const char *subject = db_text(a, st, 1);
    struct page page;
    struct tmpl_dict *d = column_page_begin(&page, req, &ag, COLUMN_MESSAGES, subject, "public/message.tpl");
    tmpl_set(d, "kind", message_kind_label(db_text(a, st, 0)));
    tmpl_set(d, "subject", subject);
    tmpl_set(d, "question", db_text(a, st, 2));
    tmpl_set(d, "answer", db_text(a, st, 3));
    tmpl_set(d, "asked_on", db_text(a, st, 4));
    tmpl_set(d, "answered_on", db_text(a, st, 5));
    sqlite3_reset(st);
    tmpl_set(d, "list_url", agency_path(req, ag.code, "/messages"));
    return page_render(&page);
}

int message_stats_page(struct request *req)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    if (status)
        return status;
    struct page page;
    struct tmpl_dict *d = column_page_begin(&page, req, &ag, COLUMN_MESSAGES, "留言办理统计", "public/message_stats.tpl");
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT month, received, answered, on_time, workdays_sum FROM message_stats WHERE owner_id = ?1 "
        "ORDER BY month DESC LIMIT 36");
    sqlite3_bind_int64(st, 1, ag.id);
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "month");
        long long answered = db_int(st, 2);
        tmpl_set(row, "month", db_text(req->arena, st, 0));
        tmpl_set_int(row, "received", db_int(st, 1));
        tmpl_set_int(row, "answered", answered);
        tmpl_set_int(row, "on_time", db_int(st, 3));
        tmpl_set(row, "average", answered ? arena_printf(req->arena, "%.1f", (double)db_int(st, 4) / (double)answered)
                                          : "—");
        n++;
    }
    sqlite3_reset(st);
    tmpl_show(d, n ? "has_months" : "no_months");
    tmpl_set(d, "list_url", agency_path(req, ag.code, "/messages"));
    return page_render(&page);
}
