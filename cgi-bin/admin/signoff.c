/* Two-level sign-off (issue 14): per agency, whether review takes one level
 * (审核人 publishes) or two (审核人 approves, then a 审签人 who is neither the
 * author nor that reviewer publishes), kept as agency_settings review_levels.
 * Only the platform administrator sets it (for every agency); an agency's
 * reviewers, editors and signers see it read-only. The workflow itself is in
 * review.c and each kind's publish step (entry_publish.c, news_admin.c,
 * guides_admin.c, pages_admin.c, agencies_admin.c). */
#include <string.h>

#include "admin.h"
#include "agency.h"
#include "app.h"
#include "application.h"
#include "content.h"
#include "db.h"
#include "form.h"
#include "page.h"
#include "review.h"
#include "staff.h"
#include "tmpl.h"
#include "validate.h"

static const struct field_choice level_choices[] = {
    { "1", "一级：审核人审核后发布" },
    { "2", "两级：审核人审核，审签人审签后发布" },
    { NULL, NULL },
};

static const struct field level_fields[] = {
    { .name = "agency", .label = "机关", .kind = FIELD_UINT, .required = true },
    { .name = "levels", .label = "审核级数", .kind = FIELD_CHOICE, .required = true, .choices = level_choices },
};
enum { LEVEL_FIELD_COUNT = sizeof level_fields / sizeof level_fields[0] };

/* How many members hold ROLE (a role code) in AGENCY_ID. */
static int role_holders(struct request *req, long long agency_id, const char *role)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT count(*) FROM user_agency_roles r JOIN users u ON u.id = r.user_id "
        "WHERE r.agency_id = ?1 AND r.role = ?2 AND u.active = 1");
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_text(st, 2, role, -1, SQLITE_STATIC);
    int n = sqlite3_step(st) == SQLITE_ROW ? (int)db_int(st, 0) : 0;
    sqlite3_reset(st);
    return n;
}

/* One agency's row: its setting, its reviewers and signers, and the form
 * (with BAD's error and typed value when BAD is its failed submission). */
static void add_agency_row(struct request *req, struct tmpl_dict *d, long long id, const char *name,
                           const struct form *bad)
{
    struct tmpl_dict *row = tmpl_add_section(d, "agency_row");
    tmpl_set_int(row, "agency_id", id);
    tmpl_set(row, "agency_name", name);
    int levels = review_levels(req, id), signers = role_holders(req, id, "signer");
    tmpl_set(row, "levels_label", field_choice_label(level_choices, levels == 2 ? "2" : "1"));
    tmpl_set_int(row, "reviewers", role_holders(req, id, "reviewer"));
    tmpl_set_int(row, "signers", signers);
    if (levels == 2 && signers == 0)
        tmpl_show(row, "no_signer");
    if (staff_has(req, ROLE_ADMIN))
        tmpl_show(row, "can_change");
    bool failed = bad && id == form_id(bad, "agency");
    const char *chosen = failed ? form_value(bad, "levels") : levels == 2 ? "2" : "1";
    for (const struct field_choice *c = level_choices; c->value; c++) {
        struct tmpl_dict *opt = tmpl_add_section(row, "level_option");
        tmpl_set(opt, "value", c->value);
        tmpl_set(opt, "label", c->label);
        if (strcmp(c->value, chosen) == 0)
            tmpl_show(opt, "checked");
    }
    if (failed && bad->error_count)
        tmpl_set(tmpl_add_section(row, "levels_error"), "message", "请选择一级或两级审核。");
}

/* The platform administrator sees every agency; a reviewer only their own. */
static int render_levels_page(struct request *req, const struct form *bad, const char *notice)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "审核级数", "admin/review_levels.tpl");
    if (notice)
        tmpl_set(tmpl_add_section(d, "notice"), "notice_text", notice);
    bool platform = staff_has(req, ROLE_ADMIN);
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, name FROM agencies WHERE parent_id IS NULL AND (?1 = 0 OR id = ?1) ORDER BY sort, id");
    sqlite3_bind_int64(st, 1, platform ? 0 : staff_agency_id(req));
    while (sqlite3_step(st) == SQLITE_ROW)
        add_agency_row(req, d, db_int(st, 0), db_text(req->arena, st, 1), bad);
    sqlite3_reset(st);
    return page_render(&page);
}

int review_levels_page(struct request *req)
{
    const char *done = params_get(&req->query, "done");
    return render_levels_page(req, NULL, done && strcmp(done, "saved") == 0 ? "审核级数已保存。" : NULL);
}

static int store_levels(struct request *req, long long agency_id, const char *levels)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO agency_settings (agency_id, key, value) VALUES (?1, 'review_levels', ?2) "
        "ON CONFLICT (agency_id, key) DO UPDATE SET value = excluded.value");
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_text(st, 2, levels, -1, SQLITE_STATIC);
    return db_write_one(db, st, "review_levels");
}

int review_levels_submit(struct request *req)
{
    struct form form;
    form_read(req, level_fields, LEVEL_FIELD_COUNT, false, &form);
    long long agency_id = form_id(&form, "agency");
    struct agency a;
    if (!agency_id || !agency_by_id(req, agency_id, &a) || a.id != agency_id)
        return resp_error(req, 404, "没有这个机关。");
    if (form.error_count)
        return render_levels_page(req, &form, NULL);
    int before = review_levels(req, agency_id);
    const char *levels = form_value(&form, "levels");
    if (store_levels(req, agency_id, levels) != 0)
        return resp_error(req, 500, "保存失败，请稍后重试。");
    audit(req, "agency.review_levels", arena_printf(req->arena, "agency:%lld", agency_id),
          arena_printf(req->arena, "review_levels %d -> %s", before, levels));
    resp_redirect(req, 303, "/admin/review-levels?done=saved");
    return 303;
}

void signoff_dashboard(struct request *req, struct tmpl_dict *d)
{
    if (!staff_has(req, ROLE_SIGNER))
        return;
    struct tmpl_dict *box = tmpl_add_section(d, "signoff");
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT '/admin/entries/' || r.entry_id, r.title, r.approved_at, '公开信息' FROM entry_revisions r "
        "JOIN entries e ON e.id = r.entry_id WHERE r.status = 'review' AND r.approved_by IS NOT NULL AND e.owner_id = ?1 "
        "UNION ALL SELECT '/admin/news/' || id, title, approved_at, '工作动态' FROM news "
        "WHERE status = 'review' AND approved_by IS NOT NULL AND owner_id = ?1 "
        "UNION ALL SELECT '/admin/guides/' || id, name, approved_at, '办事指南' FROM guides "
        "WHERE status = 'review' AND approved_by IS NOT NULL AND owner_id = ?1 "
        "UNION ALL SELECT '/admin/pages/' || slug, COALESCE(work_title, title), approved_at, '页面' FROM pages "
        "WHERE work_status = 'review' AND approved_by IS NOT NULL AND agency_id = ?1 "
        "UNION ALL SELECT '/admin/agencies/' || a.id, a.name, c.approved_at, '机构公开信息' FROM agency_changes c "
        "JOIN agencies a ON a.id = c.agency_id WHERE c.status = 'review' AND c.approved_by IS NOT NULL "
        "AND c.owner_id = ?1 "
        "ORDER BY 3 LIMIT 50");
    sqlite3_bind_int64(st, 1, staff_agency_id(req));
    int count = 0;
    for (; sqlite3_step(st) == SQLITE_ROW; count++) {
        struct tmpl_dict *row = tmpl_add_section(box, "signoff_item");
        tmpl_set(row, "url", db_text(req->arena, st, 0));
        tmpl_set(row, "title", db_text(req->arena, st, 1));
        tmpl_set(row, "since", beijing_time_label(req->arena, db_text(req->arena, st, 2)));
        tmpl_set(row, "kind", db_text(req->arena, st, 3));
    }
    sqlite3_reset(st);
    tmpl_set_int(box, "signoff_count", count);
    if (!count)
        tmpl_show(box, "no_signoff");
}
