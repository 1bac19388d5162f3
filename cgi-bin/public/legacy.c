/* The single-agency version's URLs keep working (issue 10): each answers 301
 * with its place on the platform. Items (/catalogue/{id}, /guides/{id},
 * /news/{id}) go to their owner agency's column; the agency's own pages
 * (/disclosure-guide, /functions, /contacts, /news, /reports and below) go to
 * the column of the agency those URLs belonged to, settings.legacy_agency_id. */
#include <stdlib.h>

#include "agency.h"
#include "app.h"
#include "db.h"
#include "public.h"

/* /X -> /{legacy code}/X, the query kept. */
int legacy_agency_redirect(struct request *req)
{
    const char *id = db_setting(req->arena, req->app->content_db, "legacy_agency_id");
    struct agency ag;
    if (!*id || !agency_by_id(req, strtoll(id, NULL, 10), &ag))
        return resp_error(req, 404, NULL);
    return column_redirect(req, 301, ag.code, req->path);
}

/* 301 to /{owner}REST/{id} for the published item {id} whose owner_id ST
 * selects (?1 = the id), or 404 with MISSING. */
static int redirect_item(struct request *req, sqlite3_stmt *st, const char *rest, const char *missing)
{
    sqlite3_bind_int64(st, 1, req->path_ids[0]);
    long long owner = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : 0;
    sqlite3_reset(st);
    if (!owner)
        return resp_error(req, 404, missing);
    return column_redirect_to_owner(req, owner, arena_printf(req->arena, "%s/%lld", rest, req->path_ids[0]));
}

int legacy_entry_redirect(struct request *req)
{
    return redirect_item(req, db_stmt(req->app->content_db,
        "SELECT owner_id FROM entries WHERE id = ?1 AND status = 'published'"), "/catalogue",
        "该条政府信息不存在或尚未公开。");
}

int legacy_guide_redirect(struct request *req)
{
    return redirect_item(req, db_stmt(req->app->content_db,
        "SELECT owner_id FROM guides WHERE id = ?1 AND status = 'published'"), "/guides",
        "该办事指南不存在或尚未发布。");
}

int legacy_news_redirect(struct request *req)
{
    return redirect_item(req, db_stmt(req->app->content_db,
        "SELECT owner_id FROM news WHERE id = ?1 AND status = 'published'"), "/news",
        "没有找到这条工作动态，它可能已被撤下。");
}
