/* 征集意见 on the public site (issue 12): drafts agencies published for
 * comment, open now or ended, per agency (under its 互动交流) and across the
 * platform; a page per draft with its documents, dates, state and the
 * number of comments staff accepted (content.db, copied by admin.fcgi), the
 * way to comment while it is open, and after the end the 意见采纳情况. The
 * state depends on the day: the render cache keys pages by date too. */
#include <string.h>

#include "agency.h"
#include "app.h"
#include "consultation.h"
#include "db.h"
#include "markdown.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"

enum { LIST_LIMIT = 200 };

/* Adds the row of ST to D's open or ended list; returns which. */
static enum consultation_phase add_item(struct request *req, struct tmpl_dict *d, sqlite3_stmt *st,
                                        const char *today)
{
    struct arena *a = req->arena;
    const char *starts_on = db_text(a, st, 2), *ends_on = db_text(a, st, 3), *code = db_text(a, st, 6);
    enum consultation_phase phase = consultation_phase(starts_on, ends_on, today);
    struct tmpl_dict *item = tmpl_add_section(d, phase == CONSULTATION_ENDED ? "ended_item" : "open_item");
    tmpl_set(item, "url", agency_path(req, code, arena_printf(a, "/consultations/%lld", db_int(st, 0))));
    tmpl_set(item, "title", db_text(a, st, 1));
    tmpl_set(item, "starts_on", starts_on);
    tmpl_set(item, "ends_on", ends_on);
    tmpl_set(item, "state", consultation_phase_label(phase));
    tmpl_set_int(item, "comments", db_int(st, 4));
    tmpl_set(item, "agency", db_text(a, st, 5));
    if (db_int(st, 7))
        tmpl_set(tmpl_add_section(item, "feedback"), "url",
                 agency_path(req, code, arena_printf(a, "/consultations/%lld/feedback", db_int(st, 0))));
    return phase;
}

/* AGENCY_ID's (0: every agency's) published consultations, open ones and ended ones. */
static void add_lists(struct request *req, struct tmpl_dict *d, long long agency_id)
{
    const char *today = consultation_today(req);
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT c.id, c.title, c.starts_on, c.ends_on, c.comments_accepted, a.name, a.code, "
        "c.feedback_status = 'published' FROM consultations c JOIN agencies a ON a.id = c.owner_id "
        "WHERE c.status = 'published' AND (?1 = 0 OR c.owner_id = ?1) "
        "ORDER BY c.ends_on DESC, c.id DESC LIMIT ?2");
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, LIST_LIMIT);
    int open = 0, ended = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (add_item(req, d, st, today) == CONSULTATION_ENDED)
            ended++;
        else
            open++;
    }
    sqlite3_reset(st);
    tmpl_show(d, open ? "has_open" : "no_open");
    tmpl_show(d, ended ? "has_ended" : "no_ended");
}

int consultations_platform_list(struct request *req)
{
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, "征集意见", "public/consultations.tpl", NAV_NONE);
    page_breadcrumb(&page, "互动交流", "/messages");
    page_breadcrumb(&page, "征集意见", NULL);
    tmpl_show(d, "platform");
    add_lists(req, d, 0);
    return page_render(&page);
}

int consultations_agency_list(struct request *req)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    if (status)
        return status;
    struct page page;
    struct tmpl_dict *d = column_page_begin(&page, req, &ag, COLUMN_MESSAGES, "征集意见", "public/consultations.tpl");
    tmpl_set(tmpl_add_section(d, "agency"), "messages_url", column_url(req, &ag, COLUMN_MESSAGES));
    add_lists(req, d, ag.id);
    return page_render(&page);
}

/* The consultation of the path for a page of AG's column: 0 when it is
 * published and AG's; else the 404 or the 301 to its owner answered. */
static int load_for_column(struct request *req, struct agency *ag, struct consultation *c, const char *rest)
{
    int status = column_agency(req, ag);
    if (status)
        return status;
    long long id = req->path_ids[1];
    if (!consultation_published(req, id, c))
        return resp_error(req, 404, "没有这项公开征求意见的事项，它可能尚未发布。");
    if (c->owner_id != ag->id)
        return column_redirect_to_owner(req, c->owner_id, arena_printf(req->arena, "/consultations/%lld%s", id, rest));
    return 0;
}

static void add_public_comments(struct request *req, struct tmpl_dict *d, long long id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT body, submitted_on FROM consultation_comments WHERE consultation_id = ?1 ORDER BY id");
    sqlite3_bind_int64(st, 1, id);
    struct tmpl_dict *box = tmpl_add_section(d, "public_comments");
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(box, "comment");
        tmpl_set(row, "body", db_text(req->arena, st, 0));
        tmpl_set(row, "submitted_on", db_text(req->arena, st, 1));
        n++;
    }
    sqlite3_reset(st);
    tmpl_show(box, n ? "has_comments" : "no_comments");
}

int consultation_public_page(struct request *req)
{
    struct agency ag;
    struct consultation c;
    int status = load_for_column(req, &ag, &c, "");
    if (status)
        return status;
    struct arena *a = req->arena;
    struct page page;
    struct tmpl_dict *d = column_page_begin(&page, req, &ag, COLUMN_MESSAGES, c.title, "public/consultation.tpl");
    tmpl_set(d, "title", c.title);
    tmpl_set(d, "published_on", c.published_on);
    tmpl_set(d, "starts_on", c.starts_on);
    tmpl_set(d, "ends_on", c.ends_on);
    tmpl_set(d, "state", consultation_phase_label(c.phase));
    tmpl_set_int(d, "comments", c.comments_accepted);
    tmpl_set(d, "summary_html", markdown_to_html(a, c.summary_md, strlen(c.summary_md)));
    tmpl_set(d, "list_url", agency_path(req, ag.code, "/consultations"));
    attachments_to_dict(d, req, "consultation", c.id);
    if (c.phase == CONSULTATION_OPEN)
        tmpl_set(tmpl_add_section(d, "open"), "comment_url", arena_printf(a, "/apply/comment?consultation=%lld", c.id));
    else if (c.phase == CONSULTATION_UPCOMING)
        tmpl_show(d, "upcoming");
    else if (c.feedback_published)
        tmpl_set(tmpl_add_section(d, "feedback"), "url",
                 agency_path(req, ag.code, arena_printf(a, "/consultations/%lld/feedback", c.id)));
    else
        tmpl_show(d, "feedback_pending");
    if (c.show_comments)
        add_public_comments(req, d, c.id);
    return page_render(&page);
}

int consultation_feedback_page(struct request *req)
{
    struct agency ag;
    struct consultation c;
    int status = load_for_column(req, &ag, &c, "/feedback");
    if (status)
        return status;
    if (!c.feedback_published)
        return resp_error(req, 404, "这项征求意见的意见采纳情况尚未公布。");
    struct arena *a = req->arena;
    struct page page;
    const char *heading = arena_printf(a, "《%s》意见采纳情况", c.title);
    struct tmpl_dict *d = column_page_begin(&page, req, &ag, COLUMN_MESSAGES, heading,
                                            "public/consultation_feedback.tpl");
    tmpl_set(d, "heading", heading);
    tmpl_set(d, "title", c.title);
    tmpl_set(d, "starts_on", c.starts_on);
    tmpl_set(d, "ends_on", c.ends_on);
    tmpl_set(d, "published_on", c.feedback_published_on);
    tmpl_set_int(d, "received", c.feedback_received);
    tmpl_set_int(d, "adopted", c.feedback_adopted);
    tmpl_set(d, "feedback_html", markdown_to_html(a, c.feedback_md, strlen(c.feedback_md)));
    tmpl_set(d, "draft_url", agency_path(req, ag.code, arena_printf(a, "/consultations/%lld", c.id)));
    return page_render(&page);
}
