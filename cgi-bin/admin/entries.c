/* Catalogue entries in admin.fcgi: the list with filters, the editor with a
 * Markdown preview, and attachments. entries holds the live published state;
 * every version is an entry_revisions row. The workflow draft -> review ->
 * published (or returned) is in entry_publish.c. Staff see and change only
 * the entries of the agency they work in (entries.owner_id). */
#include "entries.h"

#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "app.h"
#include "application.h"
#include "content.h"
#include "db.h"
#include "form.h"
#include "page.h"
#include "policy.h"
#include "review.h"
#include "staff.h"
#include "tmpl.h"
#include "upload.h"
#include "validate.h"

/* ---- the entry form ------------------------------------------------------ */

static const struct field_choice validity_choices[] = {
    { "valid", "现行有效" }, { "amended", "已修改" }, { "repealed", "已废止" }, { "expired", "已失效" },
    { NULL, NULL } };
/* An interpretation of a policy document, or a clarification (policy.h). */
static const struct field_choice relation_choices[] = {
    { "text", "文字解读" }, { "graphic", "图解" }, { "media", "音视频解读" }, { "clarifies", "澄清说明" },
    { NULL, NULL } };
static const struct field_choice method_choices[] = {
    { "主动公开", "主动公开" }, { "依申请公开", "依申请公开" }, { NULL, NULL } };
static const struct field_choice scope_choices[] = {
    { "面向社会", "面向社会" }, { "特定群体", "特定群体" }, { NULL, NULL } };

/* The order matches the revision columns selected in form_from_revision. */
static const struct field entry_fields[] = {
    { .name = "title", .label = "标题", .kind = FIELD_TEXT, .max_chars = 200, .required = true },
    { .name = "doc_no", .label = "文号", .kind = FIELD_TEXT, .max_chars = 100 },
    { .name = "agency_id", .label = "发布机构", .kind = FIELD_UINT, .required = true },
    { .name = "topic_id", .label = "主题分类", .kind = FIELD_UINT },
    { .name = "genre_id", .label = "体裁分类", .kind = FIELD_UINT },
    { .name = "written_on", .label = "成文日期", .kind = FIELD_DATE },
    { .name = "keywords", .label = "关键词", .kind = FIELD_TEXT, .max_chars = 200 },
    { .name = "validity", .label = "有效性", .kind = FIELD_CHOICE, .required = true,
      .choices = validity_choices },
    { .name = "validity_note", .label = "有效性说明", .kind = FIELD_TEXT, .max_chars = 200 },
    { .name = "disclosure_method", .label = "公开方式", .kind = FIELD_CHOICE, .required = true,
      .choices = method_choices },
    { .name = "disclosure_scope", .label = "公开范围", .kind = FIELD_CHOICE, .required = true,
      .choices = scope_choices },
    { .name = "art20", .label = "法定主动公开内容（条例第二十条）", .kind = FIELD_INT_RANGE, .min = 1, .max = 15 },
    { .name = "relation", .label = "解读或澄清", .kind = FIELD_CHOICE, .choices = relation_choices },
    { .name = "relates_to", .label = "政策原文或被澄清的信息", .kind = FIELD_TEXT, .max_chars = 200 },
    { .name = "body_md", .label = "正文", .kind = FIELD_TEXTAREA, .max_chars = 60000 },
    { .name = "change_note", .label = "修改说明", .kind = FIELD_TEXT, .max_chars = 500 },
};
enum { ENTRY_FIELD_COUNT = sizeof entry_fields / sizeof entry_fields[0] };

bool entry_is_published(const struct entry_state *e)
{
    return strcmp(e->status, "published") == 0;
}

bool entry_awaits_signoff(const struct entry_state *e)
{
    return strcmp(e->work_status, "review") == 0 && e->work_approved_by != 0;
}

static bool entry_editable(const struct entry_state *e)
{
    return strcmp(e->work_status, "review") != 0;
}

static void load_working_revision(struct request *req, struct entry_state *e)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, status, review_comment, COALESCE(author_id, 0), COALESCE(approved_by, 0), "
        "COALESCE(approved_at, '') FROM entry_revisions "
        "WHERE entry_id = ?1 AND status IN ('draft', 'review', 'returned')");
    sqlite3_bind_int64(st, 1, e->id);
    if (sqlite3_step(st) == SQLITE_ROW) {
        e->work_rev_id = db_int(st, 0);
        e->work_status = db_text(req->arena, st, 1);
        e->review_comment = db_text(req->arena, st, 2);
        e->work_author_id = db_int(st, 3);
        e->work_approved_by = db_int(st, 4);
        e->work_approved_at = db_text(req->arena, st, 5);
    }
    sqlite3_reset(st);
}

static long long published_revision_id(struct request *req, long long entry_id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id FROM entry_revisions WHERE entry_id = ?1 AND status = 'published' "
        "ORDER BY rev_no DESC LIMIT 1");
    sqlite3_bind_int64(st, 1, entry_id);
    long long id = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : 0;
    sqlite3_reset(st);
    return id;
}

bool load_entry_state(struct request *req, long long id, struct entry_state *e)
{
    memset(e, 0, sizeof *e);
    e->work_status = e->review_comment = e->work_approved_at = "";
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT status, COALESCE(index_no, ''), COALESCE(published_on, ''), COALESCE(owner_id, 0) "
        "FROM entries WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        e->id = id;
        e->status = db_text(req->arena, st, 0);
        e->index_no = db_text(req->arena, st, 1);
        e->published_on = db_text(req->arena, st, 2);
        e->owner_id = db_int(st, 3);
    }
    sqlite3_reset(st);
    if (!found)
        return false;
    load_working_revision(req, e);
    e->shown_rev_id = e->work_rev_id ? e->work_rev_id : published_revision_id(req, id);
    return true;
}

int load_own_entry(struct request *req, long long id, struct entry_state *e)
{
    if (!load_entry_state(req, id, e))
        return resp_error(req, 404, "没有这条公开信息。");
    return content_require_own(req, e->owner_id, "entry", id);
}

static void form_defaults_for_new(struct request *req, struct form *form)
{
    form_blank(req->arena, entry_fields, ENTRY_FIELD_COUNT, form);
    form->values[2] = arena_printf(req->arena, "%lld", staff_agency_id(req));   /* the agency itself */
    form->values[7] = "valid";
    form->values[9] = "主动公开";
    form->values[10] = "面向社会";
}

/* The linked entry as the form names it: by its 索引号, which is unique (R is the row read). */
#define RELATES_TO_INDEX_NO \
    "COALESCE((SELECT COALESCE(o.index_no, '') FROM entries o WHERE o.id = r.relates_to), '')"

/* Fills FORM from a revision (or, for entries without one, the live row). */
static void form_from_revision(struct request *req, const struct entry_state *e, struct form *form)
{
    form_blank(req->arena, entry_fields, ENTRY_FIELD_COUNT, form);
    sqlite3_stmt *st = e->shown_rev_id
        ? db_stmt(req->app->content_db,
              "SELECT title, doc_no, agency_id, topic_id, genre_id, written_on, keywords, validity, "
              "validity_note, disclosure_method, disclosure_scope, COALESCE(art20, ''), relation, "
              RELATES_TO_INDEX_NO ", body_md, change_note FROM entry_revisions r WHERE id = ?1")
        : db_stmt(req->app->content_db,
              "SELECT title, doc_no, agency_id, topic_id, genre_id, written_on, keywords, validity, "
              "validity_note, disclosure_method, disclosure_scope, COALESCE(art20, ''), relation, "
              RELATES_TO_INDEX_NO ", body_md, '' FROM entries r WHERE id = ?1");
    sqlite3_bind_int64(st, 1, e->shown_rev_id ? e->shown_rev_id : e->id);
    if (sqlite3_step(st) == SQLITE_ROW)
        for (int i = 0; i < ENTRY_FIELD_COUNT; i++)
            form->values[i] = db_text(req->arena, st, i);
    sqlite3_reset(st);
    if (!e->work_rev_id)
        form->values[ENTRY_FIELD_COUNT - 1] = "";   /* an amendment needs its own note */
}

/* ---- the reviewer's read-only view ------------------------------------------ */

/* The entry's live (published) values in the order of entry_fields. */
static void form_from_live_entry(struct request *req, long long id, struct form *form)
{
    struct entry_state live = { .id = id };
    form_from_revision(req, &live, form);
}

/* The revision in review, read-only, against the published entry when it amends one. */
static void add_review_view(struct request *req, struct tmpl_dict *d, const struct entry_state *e,
                            const struct form *form)
{
    struct form live;
    if (entry_is_published(e)) {
        form_from_live_entry(req, e->id, &live);
        live.values[ENTRY_FIELD_COUNT - 1] = form->values[ENTRY_FIELD_COUNT - 1];   /* this revision's own note */
    }
    review_add_changes(req, d, entry_fields, ENTRY_FIELD_COUNT,
                       entry_is_published(e) ? (const char *const *)live.values : NULL,
                       (const char *const *)form->values);
}

/* ---- rendering ----------------------------------------------------------- */

static void add_revisions(struct request *req, struct tmpl_dict *d, long long entry_id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT rev_no, status, change_note, created_at, COALESCE(published_at, ''), review_comment "
        "FROM entry_revisions WHERE entry_id = ?1 ORDER BY rev_no DESC");
    sqlite3_bind_int64(st, 1, entry_id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "revisions");
        tmpl_set_int(row, "rev_no", db_int(st, 0));
        tmpl_set(row, "status_label", content_status_label((const char *)sqlite3_column_text(st, 1)));
        tmpl_set(row, "change_note", (const char *)sqlite3_column_text(st, 2));
        tmpl_set(row, "created_at", beijing_time_label(req->arena, (const char *)sqlite3_column_text(st, 3)));
        tmpl_set(row, "published_at", beijing_time_label(req->arena, (const char *)sqlite3_column_text(st, 4)));
        tmpl_set(row, "review_comment", (const char *)sqlite3_column_text(st, 5));
    }
    sqlite3_reset(st);
}

/* The entry's files; those added or removed in the working revision are
 * marked, for the editor and for the reviewer who publishes it. */
static void add_attachments(struct request *req, struct tmpl_dict *d, long long entry_id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, filename, mime, size, pending_rev IS NOT NULL, removed_rev IS NOT NULL FROM attachments "
        "WHERE owner_kind = 'entry' AND owner_id = ?1 ORDER BY sort, id");
    sqlite3_bind_int64(st, 1, entry_id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *row = tmpl_add_section(d, "attachments");
        tmpl_set_int(row, "attachment_id", db_int(st, 0));
        tmpl_set(row, "filename", (const char *)sqlite3_column_text(st, 1));
        tmpl_set(row, "mime", (const char *)sqlite3_column_text(st, 2));
        tmpl_set(row, "size", file_size_label(req->arena, db_int(st, 3)));
        if (db_int(st, 4))
            tmpl_show(row, "pending_add");
        if (db_int(st, 5))
            tmpl_show(row, "pending_remove");
        else
            tmpl_show(row, "removable");
    }
    sqlite3_reset(st);
}

/* A revision in review: the reviewer's forms, or after the first of two
 * levels (待审签) who approved it and when, and the signer's forms. */
static void add_review_steps(struct request *req, struct tmpl_dict *d, const struct entry_state *e,
                             const char *return_error)
{
    if (!entry_awaits_signoff(e)) {
        tmpl_show(d, "in_review");
        if (staff_has(req, ROLE_REVIEWER)) {
            tmpl_show(d, "can_review");
            tmpl_show(d, review_levels(req, e->owner_id) == 2 ? "two_levels" : "one_level");
        }
        return;
    }
    review_add_signoff(req, d, arena_printf(req->arena, "/admin/entries/%lld", e->id), e->work_approved_by,
                       e->work_approved_at, return_error);
}

static void add_workflow(struct request *req, struct tmpl_dict *d, const struct entry_state *e,
                         const char *return_error)
{
    tmpl_set(d, "status_label", content_status_label(e->status));
    if (*e->work_status)
        tmpl_set(tmpl_add_section(d, "working"), "work_status_label",
                 entry_awaits_signoff(e) ? "待审签" : content_status_label(e->work_status));
    if (strcmp(e->work_status, "returned") == 0)
        tmpl_set(tmpl_add_section(d, "returned"), "review_comment", e->review_comment);
    bool submittable = strcmp(e->work_status, "draft") == 0 || strcmp(e->work_status, "returned") == 0;
    if (submittable && staff_has(req, ROLE_EDITOR))
        tmpl_show(d, "can_submit");
    if (strcmp(e->work_status, "review") == 0)
        add_review_steps(req, d, e, return_error);
    if (entry_is_published(e)) {
        struct tmpl_dict *pub = tmpl_add_section(d, "published");
        tmpl_set(pub, "index_no", e->index_no);
        tmpl_set(pub, "published_on", e->published_on);
    }
}

static int render_entry_page(struct request *req, const struct entry_state *e, struct form *form,
                             const struct entry_page_extras *x)
{
    struct page page;
    const char *title = e->id ? arena_printf(req->arena, "编辑公开信息：%s",
                                             clip_text(req->arena, form_value(form, "title"), 40))
                              : "新建公开信息";
    struct tmpl_dict *d = admin_page_begin(&page, req, title, "admin/entry_form.tpl");
    tmpl_set(d, "heading", e->id ? "编辑公开信息" : "新建公开信息");
    form_to_dict(form, d);
    add_agency_options(req, d, "agency_options", form_id(form, "agency_id"));
    add_art20_options(d, "art20_choices", form_id(form, "art20"));
    add_category_options(req, d, "topic_options", "topic", form_id(form, "topic_id"));
    add_category_options(req, d, "genre_options", "genre", form_id(form, "genre_id"));
    tmpl_set(d, "form_action", e->id ? arena_printf(req->arena, "/admin/entries/%lld", e->id)
                                     : "/admin/entries/new");
    if (entry_editable(e))
        tmpl_show(d, "editable");
    else
        add_review_view(req, tmpl_add_section(d, "read_only"), e, form);
    if (entry_is_published(e))
        tmpl_show(d, "amending");
    if (x->notice)
        tmpl_set(tmpl_add_section(d, "notice"), "notice_text", x->notice);
    if (x->preview_md)
        add_markdown_preview(req, d, x->preview_md);
    if (e->id) {
        struct tmpl_dict *ex = tmpl_add_section(d, "existing");
        tmpl_set_int(ex, "entry_id", e->id);
        add_workflow(req, ex, e, x->return_error);
        add_revisions(req, ex, e->id);
        add_attachments(req, ex, e->id);
        if (x->upload_error)
            tmpl_set(tmpl_add_section(ex, "upload_error"), "message", x->upload_error);
        if (x->publish_error)
            tmpl_set(tmpl_add_section(ex, "publish_error"), "message", x->publish_error);
        if (x->return_error)
            tmpl_set(tmpl_add_section(ex, "return_error"), "message", x->return_error);
    }
    return page_render(&page);
}

/* ---- saving ------------------------------------------------------------- */

/* ---- the link to a policy document or to the entry clarified -------------------- */

/* Published entries of the platform that REF names by 索引号, 文号 or exact
 * title, other than SELF: how many (at most 2), and the first one's 索引号. */
static int find_linked_entries(struct request *req, const char *ref, long long self, const char **index_no)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT index_no FROM entries WHERE status = 'published' AND id <> ?2 "
        "AND (index_no = ?1 OR (doc_no = ?1 AND doc_no <> '') OR title = ?1) ORDER BY id LIMIT 2");
    sqlite3_bind_text(st, 1, ref, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, self);
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW)
        if (n++ == 0)
            *index_no = db_text(req->arena, st, 0);
    sqlite3_reset(st);
    return n;
}

/* The relation needs a published entry to point at (a clarification may stand
 * alone: what it corrects was said elsewhere). A match becomes its 索引号. */
static void check_relation(struct request *req, const struct entry_state *e, struct form *form)
{
    const char *relation = form_value(form, "relation"), *ref = form_value(form, "relates_to");
    if (form->errors[form_field_index(form, "relation")] || form->errors[form_field_index(form, "relates_to")])
        return;   /* already named beside the field */
    if (!*ref) {
        if (policy_relation_interprets(relation))
            form_set_error(form, "relates_to", "解读须关联政策原文：请填写原文的文号、索引号或标题。");
        return;
    }
    if (!*relation) {
        form_set_error(form, "relation", "填写了关联的信息，请选择本信息是哪种解读或澄清说明。");
        return;
    }
    const char *index_no = NULL;
    int n = find_linked_entries(req, ref, e->id, &index_no);
    if (n == 0)
        form_set_error(form, "relates_to", arena_printf(req->arena,
            "本平台没有已发布的“%s”：请填写已发布信息的文号、索引号或完整标题（未发布的文件不能关联）。",
            clip_text(req->arena, ref, 40)));
    else if (n > 1)
        form_set_error(form, "relates_to", "有多条已发布信息与此相符，请改填原文的索引号。");
    else
        form_set_value(form, "relates_to", index_no);
}

static void validate_entry_form(struct request *req, const struct entry_state *e, struct form *form)
{
    if (form_id(form, "agency_id") && !agency_is_own(req, form_id(form, "agency_id")))
        form_set_error(form, "agency_id", "请从列表中选择本机关或其内设机构、下属单位作为发布机构。");
    if (!category_in_scheme(req, form_id(form, "topic_id"), "topic"))
        form_set_error(form, "topic_id", "请从列表中选择主题分类。");
    if (!category_in_scheme(req, form_id(form, "genre_id"), "genre"))
        form_set_error(form, "genre_id", "请从列表中选择体裁分类。");
    if (strcmp(form_value(form, "validity"), "valid") != 0 && !*form_value(form, "validity_note"))
        form_set_error(form, "validity_note", "修改、废止或失效时请说明依据（例如修改或废止文件的文号）。");
    check_relation(req, e, form);
    if (entry_is_published(e) && !*form_value(form, "change_note"))
        form_set_error(form, "change_note", "修改已发布的信息时必须填写修改说明，公开页面的修改记录会显示它。");
}

/* The relation and the linked entry (its 索引号 after check_relation) are ?20 and ?21 in every statement. */
enum { ENTRY_RELATION_PARAM = 20 };
#define RELATION_VALUES "?20, (SELECT id FROM entries WHERE index_no = ?21 AND ?21 <> '')"
#define RELATION_SET "relation = ?20, relates_to = (SELECT id FROM entries WHERE index_no = ?21 AND ?21 <> '')"

/* Binds the 12 metadata fields and the body of FORM to ?FIRST..?FIRST+12 in
 * field order, and the relation to ?20 and ?21. */
static void bind_entry_fields(sqlite3_stmt *st, int first, const struct form *form)
{
    sqlite3_bind_text(st, first, form_value(form, "title"), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, first + 1, form_value(form, "doc_no"), -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, first + 2, form_id(form, "agency_id"));
    db_bind_id_or_null(st, first + 3, form_id(form, "topic_id"));
    db_bind_id_or_null(st, first + 4, form_id(form, "genre_id"));
    db_bind_text_or_null(st, first + 5, form_value(form, "written_on"));
    sqlite3_bind_text(st, first + 6, form_value(form, "keywords"), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, first + 7, form_value(form, "validity"), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, first + 8, form_value(form, "validity_note"), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, first + 9, form_value(form, "disclosure_method"), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, first + 10, form_value(form, "disclosure_scope"), -1, SQLITE_STATIC);
    db_bind_id_or_null(st, first + 11, form_id(form, "art20"));
    sqlite3_bind_text(st, first + 12, form_value(form, "body_md"), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, ENTRY_RELATION_PARAM, form_value(form, "relation"), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, ENTRY_RELATION_PARAM + 1, form_value(form, "relates_to"), -1, SQLITE_STATIC);
}

/* A never-published entry mirrors its working revision, so lists show it. */
static int mirror_unpublished_entry(sqlite3 *db, long long id, const struct form *form)
{
    sqlite3_stmt *st = db_stmt(db,
        "UPDATE entries SET title = ?1, doc_no = ?2, agency_id = ?3, topic_id = ?4, genre_id = ?5, "
        "written_on = ?6, keywords = ?7, validity = ?8, validity_note = ?9, disclosure_method = ?10, "
        "disclosure_scope = ?11, art20 = ?12, body_md = ?13, " RELATION_SET ", "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?14 AND status <> 'published'");
    bind_entry_fields(st, 1, form);
    sqlite3_bind_int64(st, 14, id);
    return db_run(db, st, "entry_sql");
}

static long long insert_entry_row(sqlite3 *db, const struct form *form)
{
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO entries (title, doc_no, agency_id, topic_id, genre_id, written_on, keywords, "
        "validity, validity_note, disclosure_method, disclosure_scope, art20, body_md, status, relation, relates_to) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 'draft', " RELATION_VALUES ")");
    bind_entry_fields(st, 1, form);
    return db_run(db, st, "entry_sql") == 0 ? sqlite3_last_insert_rowid(db) : 0;
}

static int insert_revision(struct request *req, long long entry_id, const struct form *form)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO entry_revisions (entry_id, rev_no, status, title, doc_no, agency_id, topic_id, "
        "genre_id, written_on, keywords, validity, validity_note, disclosure_method, disclosure_scope, "
        "art20, body_md, change_note, author_id, relation, relates_to) "
        "VALUES (?14, (SELECT COALESCE(MAX(rev_no), 0) + 1 FROM entry_revisions WHERE entry_id = ?14), "
        "'draft', ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?15, ?16, " RELATION_VALUES ")");
    bind_entry_fields(st, 1, form);
    sqlite3_bind_int64(st, 14, entry_id);
    sqlite3_bind_text(st, 15, form_value(form, "change_note"), -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 16, current_staff(req)->id);
    return db_run(db, st, "entry_sql");
}

/* Saving a returned revision makes it a draft again; the comment stays for reference. */
static int update_revision(struct request *req, long long rev_id, const struct form *form)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "UPDATE entry_revisions SET title = ?1, doc_no = ?2, agency_id = ?3, topic_id = ?4, "
        "genre_id = ?5, written_on = ?6, keywords = ?7, validity = ?8, validity_note = ?9, "
        "disclosure_method = ?10, disclosure_scope = ?11, art20 = ?12, body_md = ?13, change_note = ?14, "
        "author_id = ?15, " RELATION_SET ", status = 'draft' WHERE id = ?16 AND status IN ('draft', 'returned')");
    bind_entry_fields(st, 1, form);
    sqlite3_bind_text(st, 14, form_value(form, "change_note"), -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 15, current_staff(req)->id);
    sqlite3_bind_int64(st, 16, rev_id);
    return db_run(db, st, "entry_sql");
}

int set_unpublished_status(sqlite3 *db, long long entry_id, const char *status)
{
    sqlite3_stmt *st = db_stmt(db,
        "UPDATE entries SET status = ?1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
        "WHERE id = ?2 AND status <> 'published'");
    sqlite3_bind_text(st, 1, status, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, entry_id);
    return db_run(db, st, "entry_sql");
}

int entry_mark_revision_author(struct request *req, long long rev_id)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db, "UPDATE entry_revisions SET author_id = ?1 WHERE id = ?2");
    sqlite3_bind_int64(st, 1, current_staff(req)->id);
    sqlite3_bind_int64(st, 2, rev_id);
    return db_run(db, st, "entry_sql");
}

/* Writes the form as the entry's working revision; returns the entry id or 0. */
static long long save_entry(struct request *req, struct entry_state *e, const struct form *form)
{
    sqlite3 *db = req->app->content_db;
    if (db_begin(db, "save_entry") != SQLITE_OK)
        return 0;
    long long id = e->id ? e->id : insert_entry_row(db, form);
    int rc = id ? 0 : -1;
    if (rc == 0 && e->work_rev_id)
        rc = update_revision(req, e->work_rev_id, form);
    else if (rc == 0)
        rc = insert_revision(req, id, form);
    if (rc == 0)
        rc = mirror_unpublished_entry(db, id, form);
    if (rc == 0)
        rc = set_unpublished_status(db, id, "draft");
    if (rc != 0 || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return 0;
    }
    return id;
}

static const char *entry_diff_summary(struct request *req, const struct form *before,
                                      const struct form *after)
{
    struct buf b;
    buf_init(&b, req->arena);
    for (size_t i = 0; i < ENTRY_FIELD_COUNT; i++)
        audit_diff(&b, entry_fields[i].name, before->values[i], after->values[i]);
    return audit_summary_text(&b);
}

static int entry_form_submit(struct request *req, struct entry_state *e)
{
    struct form form, before;
    form_read(req, entry_fields, ENTRY_FIELD_COUNT, false, &form);
    const char *action = params_get(&req->form, "action");
    struct entry_page_extras x = { 0 };
    if (action && strcmp(action, "preview") == 0) {
        x.preview_md = form_value(&form, "body_md");
        return render_entry_page(req, e, &form, &x);
    }
    if (!entry_editable(e)) {
        x.notice = "该信息正在审核中，审核结束前不能修改。";
        return render_entry_page(req, e, &form, &x);
    }
    validate_entry_form(req, e, &form);
    if (form.error_count)
        return render_entry_page(req, e, &form, &x);
    if (e->id)
        form_from_revision(req, e, &before);
    else
        form_blank(req->arena, entry_fields, ENTRY_FIELD_COUNT, &before);
    long long id = save_entry(req, e, &form);
    if (!id)
        return resp_error(req, 500, "保存失败，请稍后重试。");
    audit(req, e->id ? "entry.save" : "entry.create", arena_printf(req->arena, "entry:%lld", id),
          entry_diff_summary(req, &before, &form));
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/entries/%lld?saved=1", id));
    return 303;
}

/* An entry not yet stored. */
static const struct entry_state new_entry = { .status = "draft", .work_status = "",
                                              .review_comment = "", .index_no = "",
                                              .published_on = "", .work_approved_at = "" };

long long entry_create_draft(struct request *req, const char *title, const char *body_md, const char *change_note)
{
    struct entry_state e = new_entry;
    struct form form;
    form_defaults_for_new(req, &form);
    form.values[form_field_index(&form, "title")] = title;
    form.values[form_field_index(&form, "body_md")] = body_md;
    form.values[form_field_index(&form, "change_note")] = change_note;
    return save_entry(req, &e, &form);
}

int entry_new_page(struct request *req)
{
    struct entry_state e = new_entry;
    struct form form;
    form_defaults_for_new(req, &form);
    struct entry_page_extras x = { 0 };
    return render_entry_page(req, &e, &form, &x);
}

int entry_new_submit(struct request *req)
{
    struct entry_state e = new_entry;
    return entry_form_submit(req, &e);
}

int entry_edit_page(struct request *req)
{
    struct entry_state e;
    int refused = load_own_entry(req, req->path_ids[0], &e);
    if (refused)
        return refused;
    struct entry_page_extras x = { .notice = content_step_notice(req) };
    return entry_page_with(req, &e, &x);
}

int entry_edit_submit(struct request *req)
{
    struct entry_state e;
    int refused = load_own_entry(req, req->path_ids[0], &e);
    if (refused)
        return refused;
    return entry_form_submit(req, &e);
}

/* ---- pages after a workflow step (entries.h) ------------------------------ */

/* Re-renders the edit page with a message after a refused workflow step. */
int entry_page_with(struct request *req, const struct entry_state *e,
                           const struct entry_page_extras *x)
{
    struct form form;
    form_from_revision(req, e, &form);
    struct entry_page_extras shown = *x;
    if (strcmp(e->work_status, "review") == 0 && !shown.preview_md)
        shown.preview_md = form_value(&form, "body_md");   /* the reviewer reads the rendered text */
    return render_entry_page(req, e, &form, &shown);
}

int entry_notice(struct request *req, const struct entry_state *e, const char *notice)
{
    struct entry_page_extras x = { .notice = notice };
    return entry_page_with(req, e, &x);
}

int redirect_to_entry(struct request *req, long long id, const char *flag)
{
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/entries/%lld?done=%s", id, flag));
    return 303;
}

/* ---- attachments --------------------------------------------------------- */

/* Files change with the text: not while a revision waits in review (the
 * reviewer attests what they saw). A published entry's files change within
 * its next revision: added ones stay off the public site and removed ones on
 * it until a second person publishes that revision (attachments.pending_rev,
 * removed_rev; entry_publish.c). */
static const char *attachments_locked(const struct entry_state *e)
{
    if (!entry_editable(e))
        return "审核中的信息不能更改附件。";
    if (entry_is_published(e) && !e->work_rev_id)
        return "已发布信息的附件随修订一起审核发布：请先在上方填写修改说明并保存修改，再上传或删除附件。";
    return NULL;
}

static int attachment_refused(struct request *req, const struct entry_state *e, const char *problem)
{
    struct entry_page_extras x = { .upload_error = problem };
    return entry_page_with(req, e, &x);
}

/* A published entry's new file waits for the working revision, whose author
 * the uploader becomes (four-eyes: they cannot publish it). */
static int attach_to_revision(struct request *req, const struct entry_state *e, long long attachment_id)
{
    if (!entry_is_published(e))
        return 0;
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db, "UPDATE attachments SET pending_rev = ?1 WHERE id = ?2");
    sqlite3_bind_int64(st, 1, e->work_rev_id);
    sqlite3_bind_int64(st, 2, attachment_id);
    if (db_run(db, st, "entry_sql") != 0)
        return -1;
    return entry_mark_revision_author(req, e->work_rev_id);
}

int entry_attachment_upload(struct request *req)
{
    struct entry_state e;
    int refused = load_own_entry(req, req->path_ids[0], &e);
    if (refused)
        return refused;
    const char *locked = attachments_locked(&e);
    if (locked)
        return attachment_refused(req, &e, locked);
    const struct upload *file = uploads_get(&req->files, "file");
    const struct file_type *type = NULL;
    const char *problem = upload_check(file, &type);
    if (problem)
        return attachment_refused(req, &e, problem);
    sqlite3 *db = req->app->content_db;
    if (db_begin(db, "entry_attachment") != SQLITE_OK)
        return resp_error(req, 500, NULL);
    long long id = attachment_store(req->arena, db, "entry", e.id, file, type);
    if (!id || attach_to_revision(req, &e, id) != 0 || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return resp_error(req, 500, "附件保存失败，请稍后重试。");
    }
    attachment_extract_new(db, "entry", e.id);
    audit(req, "entry.attachment_add", arena_printf(req->arena, "entry:%lld", e.id),
          arena_printf(req->arena, "附件 %lld: %s (%s, %zu 字节)%s", id,
                       upload_display_name(req->arena, file->filename, type), type->mime, file->size,
                       entry_is_published(&e) ? "; 随修订审核发布后公开" : ""));
    return redirect_to_entry(req, e.id, "uploaded");
}

/* Deletes a file the public has not seen (a draft's, or one added in the
 * working revision); a published one is only marked, and goes when the
 * revision is published. Returns its name, or NULL when there is no such file. */
static const char *remove_attachment(struct request *req, const struct entry_state *e, long long id,
                                     bool *deferred)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "DELETE FROM attachments WHERE id = ?1 AND owner_kind = 'entry' AND owner_id = ?2 "
        "AND (?3 = 0 OR pending_rev = ?3) RETURNING filename");
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, e->id);
    sqlite3_bind_int64(st, 3, entry_is_published(e) ? e->work_rev_id : 0);
    const char *name = sqlite3_step(st) == SQLITE_ROW ? db_text(req->arena, st, 0) : NULL;
    sqlite3_reset(st);
    *deferred = false;
    if (name || !entry_is_published(e))
        return name;
    st = db_stmt(db, "UPDATE attachments SET removed_rev = ?3 WHERE id = ?1 AND owner_kind = 'entry' "
                     "AND owner_id = ?2 AND pending_rev IS NULL RETURNING filename");
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, e->id);
    sqlite3_bind_int64(st, 3, e->work_rev_id);
    name = sqlite3_step(st) == SQLITE_ROW ? db_text(req->arena, st, 0) : NULL;
    sqlite3_reset(st);
    *deferred = name != NULL;
    return name;
}

int entry_attachment_remove(struct request *req)
{
    struct entry_state e;
    int refused = load_own_entry(req, req->path_ids[0], &e);
    if (refused)
        return refused;
    const char *locked = attachments_locked(&e);
    if (locked)
        return attachment_refused(req, &e, locked);
    sqlite3 *db = req->app->content_db;
    bool deferred = false;
    if (db_begin(db, "entry_attachment") != SQLITE_OK)
        return resp_error(req, 500, NULL);
    const char *name = remove_attachment(req, &e, req->path_ids[1], &deferred);
    if (!name || (entry_is_published(&e) && entry_mark_revision_author(req, e.work_rev_id) != 0)
        || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return name ? resp_error(req, 500, "删除失败，请稍后重试。") : resp_error(req, 404, "没有这个附件。");
    }
    audit(req, "entry.attachment_remove", arena_printf(req->arena, "entry:%lld", e.id),
          arena_printf(req->arena, "附件 %lld: %s %s", req->path_ids[1], name,
                       deferred ? "随修订审核发布后删除" : "已删除"));
    return redirect_to_entry(req, e.id, "removed");
}

/* ---- the list ------------------------------------------------------------ */

static const struct field_choice status_filter_choices[] = {
    { "draft", "草稿" }, { "review", "待审核" }, { "returned", "已退回" }, { "published", "已发布" },
    { NULL, NULL } };

static const struct field list_fields[] = {
    { .name = "status", .label = "状态", .kind = FIELD_CHOICE, .choices = status_filter_choices },
    { .name = "topic", .label = "主题分类", .kind = FIELD_UINT },
    { .name = "genre", .label = "体裁分类", .kind = FIELD_UINT },
    { .name = "year", .label = "年份", .kind = FIELD_INT_RANGE, .min = 1990, .max = 2199 },
    { .name = "q", .label = "标题", .kind = FIELD_TEXT, .max_chars = 100 },
    { .name = "page", .label = "页码", .kind = FIELD_INT_RANGE, .min = 1, .max = 100000 },
};
enum { LIST_FIELD_COUNT = sizeof list_fields / sizeof list_fields[0], LIST_PAGE_SIZE = 50 };

static const char *valid_or_empty(const struct form *f, const char *name)
{
    for (size_t i = 0; i < f->count; i++)
        if (strcmp(f->fields[i].name, name) == 0)
            return f->errors[i] ? "" : f->values[i];
    return "";
}

static sqlite3_stmt *list_query(struct request *req, const struct form *f, long page)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT e.id, e.title, COALESCE(e.index_no, ''), e.status, COALESCE(e.published_on, ''), "
        " CASE WHEN w.approved_by IS NOT NULL THEN 'signoff' ELSE COALESCE(w.status, '') END, e.updated_at, e.validity "
        "FROM entries e LEFT JOIN entry_revisions w ON w.entry_id = e.id "
        " AND w.status IN ('draft', 'review', 'returned') "
        "WHERE (?1 = '' OR e.status = ?1 OR w.status = ?1) "
        " AND (?2 = 0 OR e.topic_id = ?2) AND (?3 = 0 OR e.genre_id = ?3) "
        " AND (?4 = '' OR substr(COALESCE(e.published_on, e.created_at), 1, 4) = ?4) "
        " AND (?5 = '' OR instr(e.title, ?5) > 0 OR instr(COALESCE(w.title, ''), ?5) > 0) "
        " AND e.owner_id = ?8 "
        "ORDER BY COALESCE(w.status, '') = 'review' DESC, e.updated_at DESC, e.id DESC "
        "LIMIT ?6 OFFSET ?7");
    sqlite3_bind_text(st, 1, valid_or_empty(f, "status"), -1, SQLITE_STATIC);
    long long topic = 0, genre = 0;
    const char *t = valid_or_empty(f, "topic"), *g = valid_or_empty(f, "genre");
    positive_id_parse(t, strlen(t), &topic);
    positive_id_parse(g, strlen(g), &genre);
    sqlite3_bind_int64(st, 2, topic);
    sqlite3_bind_int64(st, 3, genre);
    sqlite3_bind_text(st, 4, valid_or_empty(f, "year"), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, valid_or_empty(f, "q"), -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 6, LIST_PAGE_SIZE + 1);
    sqlite3_bind_int64(st, 7, (page - 1) * LIST_PAGE_SIZE);
    sqlite3_bind_int64(st, 8, staff_agency_id(req));
    return st;
}

static int add_list_rows(struct tmpl_dict *d, struct arena *arena, sqlite3_stmt *st)
{
    int n = 0;
    while (sqlite3_step(st) == SQLITE_ROW && ++n <= LIST_PAGE_SIZE) {
        struct tmpl_dict *row = tmpl_add_section(d, "entries");
        tmpl_set_int(row, "id", db_int(st, 0));
        tmpl_set(row, "title", (const char *)sqlite3_column_text(st, 1));
        tmpl_set(row, "index_no", (const char *)sqlite3_column_text(st, 2));
        tmpl_set(row, "status", (const char *)sqlite3_column_text(st, 3));
        tmpl_set(row, "status_label", content_status_label((const char *)sqlite3_column_text(st, 3)));
        tmpl_set(row, "published_on", (const char *)sqlite3_column_text(st, 4));
        const char *work = (const char *)sqlite3_column_text(st, 5);
        if (*work && strcmp(work, (const char *)sqlite3_column_text(st, 3)) != 0)
            tmpl_set(tmpl_add_section(row, "pending"), "work_label",
                     strcmp(work, "signoff") == 0 ? "待审签" : content_status_label(work));
        tmpl_set(row, "updated_at", beijing_time_label(arena, (const char *)sqlite3_column_text(st, 6)));
        const char *validity = (const char *)sqlite3_column_text(st, 7);
        if (strcmp(validity, "valid") != 0)
            tmpl_set(tmpl_add_section(row, "invalid"), "validity_label", policy_validity_label(validity));
    }
    sqlite3_reset(st);
    return n;
}

static const char *list_page_url(struct request *req, const struct form *f, long page)
{
    return arena_printf(req->arena, "/admin/entries?status=%s&topic=%s&genre=%s&year=%s&q=%s&page=%ld",
                        url_query_escape(req->arena, valid_or_empty(f, "status")),
                        url_query_escape(req->arena, valid_or_empty(f, "topic")),
                        url_query_escape(req->arena, valid_or_empty(f, "genre")),
                        url_query_escape(req->arena, valid_or_empty(f, "year")),
                        url_query_escape(req->arena, valid_or_empty(f, "q")), page);
}

int entries_list(struct request *req)
{
    struct form f;
    form_read(req, list_fields, LIST_FIELD_COUNT, true, &f);
    const char *p = valid_or_empty(&f, "page");
    long page = *p ? strtol(p, NULL, 10) : 1;
    struct page pg;
    struct tmpl_dict *d = admin_page_begin(&pg, req, "信息发布", "admin/entries.tpl");
    form_to_dict(&f, d);
    add_category_options(req, d, "topic_filter", "topic", form_id(&f, "topic"));
    add_category_options(req, d, "genre_filter", "genre", form_id(&f, "genre"));
    if (staff_has(req, ROLE_EDITOR))
        tmpl_show(d, "can_create");
    int n = add_list_rows(d, req->arena, list_query(req, &f, page));
    if (n == 0)
        tmpl_show(d, "no_entries");
    if (page > 1)
        tmpl_set(tmpl_add_section(d, "prev_page"), "url", list_page_url(req, &f, page - 1));
    if (n > LIST_PAGE_SIZE)
        tmpl_set(tmpl_add_section(d, "next_page"), "url", list_page_url(req, &f, page + 1));
    tmpl_set_int(d, "page_no", page);
    return page_render(&pg);
}
