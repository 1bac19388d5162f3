/* /admin/search: the synonyms and abbreviations search applies to queries
 * (低保 = 最低生活保障 ...), what people search for most (热门搜索, counts
 * only), and how much of the attachments' text is searchable. Synonyms are
 * the platform's: administrators add and delete them, every change audited. */
#include <string.h>

#include "admin.h"
#include "app.h"
#include "db.h"
#include "form.h"
#include "staff.h"
#include "tmpl.h"

static const struct field synonym_fields[] = {
    { .name = "term", .label = "简称或俗称", .kind = FIELD_TEXT, .max_chars = 30, .required = true },
    { .name = "means", .label = "同时搜索", .kind = FIELD_TEXT, .max_chars = 30, .required = true },
};
enum { SYNONYM_FIELD_COUNT = sizeof synonym_fields / sizeof synonym_fields[0] };

static void add_synonyms(struct request *req, struct tmpl_dict *d)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, term, means FROM search_synonyms ORDER BY term, means");
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "synonyms");
        tmpl_set_int(row, "id", db_int(st, 0));
        tmpl_set(row, "term", db_text(req->arena, st, 1));
        tmpl_set(row, "means", db_text(req->arena, st, 2));
    }
    sqlite3_reset(st);
}

static void add_popular(struct request *req, struct tmpl_dict *d)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT query, sum(count) AS n FROM search_query_counts "
        "WHERE day >= date('now', 'localtime', '-30 days') GROUP BY query ORDER BY n DESC, query LIMIT 30");
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "popular");
        tmpl_set(row, "query", db_text(req->arena, st, 0));
        tmpl_set_int(row, "count", db_int(st, 1));
    }
    sqlite3_reset(st);
}

static void add_index_state(struct request *req, struct tmpl_dict *d)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT (SELECT count(*) FROM search_docs), "
        "  (SELECT count(*) FROM attachments WHERE owner_kind <> 'page'), "
        "  (SELECT count(*) FROM attachment_texts WHERE text <> ''), "
        "  (SELECT count(*) FROM attachment_texts WHERE error <> '')");
    if (sqlite3_step(st) == SQLITE_ROW) {
        tmpl_set_int(d, "documents", db_int(st, 0));
        tmpl_set_int(d, "attachments", db_int(st, 1));
        tmpl_set_int(d, "attachments_with_text", db_int(st, 2));
        tmpl_set_int(d, "attachments_failed", db_int(st, 3));
    }
    sqlite3_reset(st);
}

static int render_search_admin(struct request *req, const struct form *form, const char *notice)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "站内搜索", "admin/search.tpl");
    add_synonyms(req, d);
    add_popular(req, d);
    add_index_state(req, d);
    if (form)
        form_to_dict(form, d);
    if (notice)
        tmpl_set(tmpl_add_section(d, "notice"), "notice_text", notice);
    return page_render(&page);
}

int search_admin_page(struct request *req)
{
    const char *done = params_get(&req->query, "done");
    return render_search_admin(req, NULL, !done ? NULL : strcmp(done, "added") == 0 ? "已添加。" : "已删除。");
}

int synonym_add(struct request *req)
{
    struct form form;
    form_read(req, synonym_fields, SYNONYM_FIELD_COUNT, false, &form);
    const char *term = form.values[0], *means = form.values[1];
    if (!form.error_count && strcmp(term, means) == 0)
        form_set_error(&form, "means", "与简称相同，不必添加。");
    if (!form.error_count) {
        sqlite3_stmt *st = db_stmt(req->app->content_db,
            "SELECT 1 FROM search_synonyms WHERE (term = ?1 AND means = ?2) OR (term = ?2 AND means = ?1)");
        sqlite3_bind_text(st, 1, term, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, means, -1, SQLITE_STATIC);
        if (sqlite3_step(st) == SQLITE_ROW)
            form_set_error(&form, "means", "这一对已经有了。");
        sqlite3_reset(st);
    }
    if (form.error_count)
        return render_search_admin(req, &form, NULL);
    sqlite3_stmt *st = db_stmt(req->app->content_db, "INSERT INTO search_synonyms (term, means) VALUES (?1, ?2)");
    sqlite3_bind_text(st, 1, term, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, means, -1, SQLITE_STATIC);
    if (db_run(req->app->content_db, st, "synonym_add") != 0)
        return resp_error(req, 500, "保存失败，请稍后重试。");
    audit(req, "search.synonym_add",
          arena_printf(req->arena, "synonym:%lld", (long long)sqlite3_last_insert_rowid(req->app->content_db)),
          arena_printf(req->arena, "%s = %s", term, means));
    resp_redirect(req, 303, "/admin/search?done=added");
    return 303;
}

int synonym_delete(struct request *req)
{
    long long id = req->path_ids[0];
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "DELETE FROM search_synonyms WHERE id = ?1 RETURNING term, means");
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_reset(st);
        return resp_error(req, 404, "没有这条同义词。");
    }
    const char *pair = arena_printf(req->arena, "%s = %s", db_text(req->arena, st, 0), db_text(req->arena, st, 1));
    sqlite3_step(st);
    sqlite3_reset(st);
    audit(req, "search.synonym_delete", arena_printf(req->arena, "synonym:%lld", id), pair);
    resp_redirect(req, 303, "/admin/search?done=deleted");
    return 303;
}
