/* /{code}/catalogue/{id}: one catalogue entry with its metadata (linked to the
 * agency's catalogue filtered by each value), its body, attachments and
 * revision history. An entry asked for under another agency's code answers
 * 301 to its own agency's URL. */
#include <stdbool.h>
#include <string.h>

#include "agency.h"
#include "app.h"
#include "art20.h"
#include "db.h"
#include "markdown.h"
#include "page.h"
#include "policy.h"
#include "public.h"
#include "tmpl.h"

/* One row of the metadata table; URL (may be NULL) links the value to a filtered list. */
static void add_meta(struct tmpl_dict *d, const char *label, const char *value, const char *url)
{
    struct tmpl_dict *row = tmpl_add_section(d, "meta");
    tmpl_set(row, "label", label);
    tmpl_set(row, "value", value);
    if (url && *value)
        tmpl_set(tmpl_add_section(row, "link"), "url", url);
    else
        tmpl_show(row, "text");
}

/* Columns of the entry query below, in order. */
enum entry_col {
    E_TITLE, E_INDEX_NO, E_AGENCY, E_AGENCY_ID, E_WRITTEN, E_PUBLISHED, E_DOC_NO, E_TOPIC,
    E_TOPIC_ID, E_GENRE, E_GENRE_ID, E_VALIDITY, E_VALIDITY_NOTE, E_KEYWORDS, E_METHOD, E_SCOPE,
    E_BODY, E_ART20, E_OWNER, E_RELATION, E_RELATES_TO,
};

/* The Art. 20 item the entry is filed under, when it has one. */
static void add_art20_meta(struct tmpl_dict *d, struct request *req, const char *list, sqlite3_stmt *st)
{
    const struct art20_item *it = art20_item(db_int(st, E_ART20));
    if (it)
        add_meta(d, "法定公开内容", arena_printf(req->arena, "第二十条%s%s", it->numeral, it->text),
                 arena_printf(req->arena, "%s?art20=%lld", list, db_int(st, E_ART20)));
}

/* LIST is the agency's catalogue ("/mzj/catalogue"): the values link to it, filtered. */
static void add_entry_meta(struct tmpl_dict *d, struct request *req, const char *list, sqlite3_stmt *st)
{
    struct arena *a = req->arena;
    add_meta(d, "索引号", db_text(a, st, E_INDEX_NO), NULL);
    add_meta(d, "发布机构", db_text(a, st, E_AGENCY),
             arena_printf(a, "%s?unit=%lld", list, db_int(st, E_AGENCY_ID)));
    add_meta(d, "成文日期", db_text(a, st, E_WRITTEN), NULL);
    add_meta(d, "发布日期", db_text(a, st, E_PUBLISHED), NULL);
    add_meta(d, "文号", db_text(a, st, E_DOC_NO), NULL);
    add_meta(d, "主题分类", db_text(a, st, E_TOPIC),
             arena_printf(a, "%s?topic=%lld", list, db_int(st, E_TOPIC_ID)));
    add_meta(d, "体裁分类", db_text(a, st, E_GENRE),
             arena_printf(a, "%s?genre=%lld", list, db_int(st, E_GENRE_ID)));
    add_art20_meta(d, req, list, st);
    add_meta(d, "有效性", policy_validity_label(db_text(a, st, E_VALIDITY)), NULL);
    add_meta(d, "关键词", db_text(a, st, E_KEYWORDS), NULL);
    add_meta(d, "公开方式", db_text(a, st, E_METHOD), NULL);
    add_meta(d, "公开范围", db_text(a, st, E_SCOPE), NULL);
}

/* A repealed, expired or amended document says so before anything else. */
static void add_validity_notice(struct tmpl_dict *d, struct request *req, sqlite3_stmt *st)
{
    const char *validity = db_text(req->arena, st, E_VALIDITY);
    const char *badge = policy_validity_badge(validity);
    if (!badge)
        return;
    struct tmpl_dict *notice = tmpl_add_section(d, "invalid");
    tmpl_set(notice, "badge", badge);
    tmpl_set(notice, "validity", validity);
    tmpl_set(notice, "sentence", strcmp(validity, "amended") == 0
        ? "本文件已被修改，修改的内容以修改文件为准，未修改的规定继续有效。"
        : arena_printf(req->arena, "本文件%s，仅供查阅，不再作为办事依据。", badge));
    const char *note = db_text(req->arena, st, E_VALIDITY_NOTE);
    if (*note)
        tmpl_set(tmpl_add_section(notice, "note"), "note", note);
}

/* ---- 解读 and 澄清: links both ways (issue 14) ------------------------------------ */

/* Sets url, title, doc_no of ROW from columns FIRST.. (id, code, title, doc_no). */
static void set_entry_link(struct tmpl_dict *row, struct request *req, sqlite3_stmt *st, int first)
{
    tmpl_set(row, "url", arena_printf(req->arena, "/%s/catalogue/%lld", db_text(req->arena, st, first + 1),
                                      db_int(st, first)));
    tmpl_set(row, "title", db_text(req->arena, st, first + 2));
    const char *doc_no = db_text(req->arena, st, first + 3);
    if (*doc_no)
        tmpl_set(tmpl_add_section(row, "doc_no"), "doc_no", doc_no);
}

/* The published interpretations (相关解读) and clarifications (澄清说明) of ENTRY_ID. */
static void add_related(struct tmpl_dict *d, struct request *req, long long entry_id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT e.relation, e.id, a.code, e.title, e.doc_no FROM entries e JOIN agencies a ON a.id = e.owner_id "
        "WHERE e.relates_to = ?1 AND e.status = 'published' "
        "ORDER BY e.relation = 'clarifies', e.published_on DESC, e.id DESC LIMIT 50");
    sqlite3_bind_int64(st, 1, entry_id);
    struct tmpl_dict *interpretations = NULL, *clarifications = NULL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *relation = db_text(req->arena, st, 0);
        bool clarifies = !policy_relation_interprets(relation);
        struct tmpl_dict **box = clarifies ? &clarifications : &interpretations;
        if (!*box)
            *box = tmpl_add_section(d, clarifies ? "clarifications" : "interpretations");
        struct tmpl_dict *row = tmpl_add_section(*box, "items");
        tmpl_set(row, "kind", policy_relation_label(relation));
        set_entry_link(row, req, st, 1);
    }
    sqlite3_reset(st);
}

/* What this entry interprets (政策原文) or clarifies, when that is published. */
static void add_original(struct tmpl_dict *d, struct request *req, const char *relation, long long target)
{
    if (!target)
        return;
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT e.id, a.code, e.title, e.doc_no FROM entries e JOIN agencies a ON a.id = e.owner_id "
        "WHERE e.id = ?1 AND e.status = 'published'");
    sqlite3_bind_int64(st, 1, target);
    if (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "original");
        tmpl_set(row, "label", policy_relation_interprets(relation) ? "政策原文" : "被澄清的信息");
        set_entry_link(row, req, st, 0);
    }
    sqlite3_reset(st);
}

/* How a revision was approved, by date and never by name (issue 14): 审核 and
 * 审签 under two levels, 审核 alone when the reviewer published it. Columns
 * 1 (the publication date), 4 (approved_at) and 5 (secrecy_checked) of ST. */
static void add_revision_approval(struct tmpl_dict *r, struct request *req, sqlite3_stmt *st)
{
    const char *published = db_text(req->arena, st, 1), *approved = db_text(req->arena, st, 4);
    if (*approved)
        tmpl_set(r, "approval", arena_printf(req->arena, "%s 审核通过；%s 审签发布", approved, published));
    else if (db_int(st, 5))
        tmpl_set(r, "approval", arena_printf(req->arena, "%s 审核发布", published));
    else
        tmpl_set(r, "approval", "—");
}

static void add_revisions(struct tmpl_dict *d, struct request *req, long long entry_id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT rev_no, date(coalesce(published_at, created_at), '+8 hours'), change_note, status, "
        "coalesce(date(approved_at, '+8 hours'), ''), secrecy_checked "
        "FROM entry_revisions WHERE entry_id = ?1 AND status IN ('published', 'superseded') "
        "ORDER BY rev_no DESC");
    sqlite3_bind_int64(st, 1, entry_id);
    int count = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        count++;
        struct tmpl_dict *r = tmpl_add_section(d, "revisions");
        tmpl_set_int(r, "rev_no", db_int(st, 0));
        tmpl_set(r, "date", db_text(req->arena, st, 1));
        const char *note = db_text(req->arena, st, 2);
        tmpl_set(r, "note", *note ? note : db_int(st, 0) == 1 ? "首次发布" : "（未填写修订说明）");
        if (strcmp(db_text(req->arena, st, 3), "published") == 0)
            tmpl_show(r, "current");
        add_revision_approval(r, req, st);
    }
    sqlite3_reset(st);
    if (count)
        tmpl_show(d, "has_revisions");
}

int catalogue_entry(struct request *req)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    if (status)
        return status;
    long long id = req->path_ids[1];
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT e.title, coalesce(e.index_no, ''), a.name, a.id, coalesce(e.written_on, ''),"
        " coalesce(e.published_on, ''), e.doc_no, coalesce(t.name, ''), coalesce(t.id, 0),"
        " coalesce(g.name, ''), coalesce(g.id, 0), e.validity, e.validity_note, e.keywords,"
        " e.disclosure_method, e.disclosure_scope, e.body_md, coalesce(e.art20, 0), e.owner_id,"
        " e.relation, coalesce(e.relates_to, 0)"
        " FROM entries e JOIN agencies a ON a.id = e.agency_id"
        " LEFT JOIN categories t ON t.id = e.topic_id LEFT JOIN categories g ON g.id = e.genre_id"
        " WHERE e.id = ?1 AND e.status = 'published'");
    sqlite3_bind_int64(st, 1, id);
    status = column_item_row(req, &ag, st, E_OWNER, "/catalogue", id, "该条政府信息不存在或尚未公开。");
    if (status)
        return status;
    const char *title = db_text(req->arena, st, E_TITLE);
    const char *list = column_url(req, &ag, COLUMN_CATALOGUE);
    struct page page;
    struct tmpl_dict *d = column_page_begin(&page, req, &ag, COLUMN_CATALOGUE, title, "public/entry.tpl");
    tmpl_set(d, "title", title);
    tmpl_set(d, "list_url", list);
    add_validity_notice(d, req, st);
    add_entry_meta(d, req, list, st);
    tmpl_set(d, "body_html", markdown_to_html(req->arena, (const char *)sqlite3_column_text(st, E_BODY),
                                              (size_t)sqlite3_column_bytes(st, E_BODY)));
    const char *relation = db_text(req->arena, st, E_RELATION);
    long long target = db_int(st, E_RELATES_TO);
    if (*relation)
        tmpl_set(tmpl_add_section(d, "relation"), "relation_label", policy_relation_label(relation));
    sqlite3_reset(st);
    add_original(d, req, relation, target);
    add_related(d, req, id);
    attachments_to_dict(d, req, "entry", id);
    add_revisions(d, req, id);
    return page_render(&page);
}
