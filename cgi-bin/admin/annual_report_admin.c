/* /admin/annual-report/{year}: builds the 政府信息公开工作年度报告 of a year
 * for the agency the staff session works in (a report of another agency has
 * no URL here). Editors write sections 一/五/六 and enter the numbers that
 * come from other systems; sections 二 and 三 are computed
 * (cgi-bin/site/annual_report.c) from the agency's own catalogue and
 * applications. A reviewer attests the 保密审查 and publishes, which freezes
 * the computed numbers into content.db. */
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "annual_report.h"
#include "annual_report_admin.h"
#include "app.h"
#include "application.h"
#include "content.h"
#include "db.h"
#include "form.h"
#include "log.h"
#include "markdown.h"
#include "review.h"
#include "staff.h"
#include "tmpl.h"
#include "validate.h"

enum { LIST_YEARS = 5, TEXT_FIELDS = 4,
       FIELD_COUNT = TEXT_FIELDS + AR_CLERK_FIGURES };

/* ---- the form: title, three texts, the clerk's numbers ------------------- */

static struct field report_fields[FIELD_COUNT];

/* The numbers' fields are named after their figure keys, so they are built once from that list. */
static const struct field *fields(void)
{
    static const struct field texts[TEXT_FIELDS] = {
        { .name = "title", .label = "报告标题", .kind = FIELD_TEXT, .max_chars = 200, .required = true },
        { .name = "section1_md", .label = "一、总体情况", .kind = FIELD_TEXTAREA, .max_chars = 60000 },
        { .name = "section5_md", .label = "五、存在的主要问题及改进情况", .kind = FIELD_TEXTAREA, .max_chars = 60000 },
        { .name = "section6_md", .label = "六、其他需要报告的事项", .kind = FIELD_TEXTAREA, .max_chars = 60000 },
    };
    if (!report_fields[0].name) {
        memcpy(report_fields, texts, sizeof texts);
        for (int f = 0; f < AR_CLERK_FIGURES; f++)
            report_fields[TEXT_FIELDS + f] = (struct field){
                .name = ar_clerk_key((enum ar_clerk_figure)f), .label = ar_clerk_label((enum ar_clerk_figure)f),
                .kind = FIELD_TEXT, .max_chars = 16, .required = true };
    }
    return report_fields;
}

static void empty_form(struct request *req, struct form *form)
{
    form_blank(req->arena, fields(), FIELD_COUNT, form);
    for (int i = TEXT_FIELDS; i < FIELD_COUNT; i++)
        form->values[i] = "0";
}

/* Numbers must be whole (the fee an amount) and each section 四 总计 the sum of its four. */
static void check_figures(struct request *req, struct form *form)
{
    for (int f = 0; f < AR_CLERK_FIGURES; f++) {
        const char *msg = ar_clerk_check((enum ar_clerk_figure)f, form->values[TEXT_FIELDS + f]);
        if (msg)
            form_set_error(form, ar_clerk_key((enum ar_clerk_figure)f), msg);
    }
    struct report_figures fig;
    report_figures_init(&fig);
    for (int f = 0; f < AR_CLERK_FIGURES; f++)
        fig.clerk[f] = form->values[TEXT_FIELDS + f];
    for (int g = 0; g < 3; g++) {
        enum ar_clerk_figure total = (enum ar_clerk_figure)(AR_REVIEW_TOTAL + g * 5);
        bool parts_ok = true;
        for (int i = 1; i <= 5; i++)
            parts_ok = parts_ok && !ar_clerk_check(total - 5 + i, fig.clerk[total - 5 + i]);
        long long sum;
        const char *msg = parts_ok ? ar_total_check(&fig, g, &sum) : NULL;
        if (msg)
            form_set_error(form, ar_clerk_key(total),
                           arena_printf(req->arena, "%s前四项合计为 %lld。", msg, sum));
    }
}

/* ---- loading ---------------------------------------------------------------- */

struct report_row {
    bool exists;
    long long id;                /* annual_reports.id, 0 when there is no row yet */
    const char *status;          /* "" when there is no row yet */
    const char *format;
    const char *review_comment;
    const char *published_on;
    const char *frozen_at;
};

static void load_report(struct request *req, long long agency_id, int year, struct report_row *row,
                        struct form *form)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT title, section1_md, section5_md, section6_md, status, format, review_comment, "
        "COALESCE(published_on, ''), COALESCE(frozen_at, ''), id FROM annual_reports "
        "WHERE agency_id = ?1 AND year = ?2");
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, year);
    empty_form(req, form);
    memset(row, 0, sizeof *row);
    row->status = row->format = row->review_comment = row->published_on = row->frozen_at = "";
    if (sqlite3_step(st) == SQLITE_ROW) {
        row->exists = true;
        for (int i = 0; i < TEXT_FIELDS; i++)
            form->values[i] = db_text(req->arena, st, i);
        row->status = db_text(req->arena, st, 4);
        row->format = db_text(req->arena, st, 5);
        row->review_comment = db_text(req->arena, st, 6);
        row->published_on = db_text(req->arena, st, 7);
        row->frozen_at = db_text(req->arena, st, 8);
        row->id = db_int(st, 9);
    }
    sqlite3_reset(st);
}

/* Stored figures of report REPORT_ID: the clerk's numbers into FORM, and every figure into FIG. */
static void load_figures(struct request *req, long long report_id, struct form *form, struct report_figures *fig)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT key, value FROM annual_report_figures WHERE report_id = ?1");
    sqlite3_bind_int64(st, 1, report_id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *key = db_text(req->arena, st, 0), *value = db_text(req->arena, st, 1);
        report_figures_set(req->arena, fig, key, value);
        for (int f = 0; f < AR_CLERK_FIGURES; f++)
            if (strcmp(key, ar_clerk_key((enum ar_clerk_figure)f)) == 0)
                form->values[TEXT_FIELDS + f] = value;
    }
    sqlite3_reset(st);
}

/* AGENCY_ID's applications (another agency's never count in its report).
 * Receipt counts from received_on, or from the submission date in Beijing
 * time when receipt was never confirmed. The conclusion is the reply, the
 * closing or the withdrawal; its date comes from the row, else the timeline. */
static size_t load_applications(struct request *req, long long agency_id, int year, struct ar_application **out)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT applicant_type, org_category, state, received, "
        "  CASE WHEN state IN ('replied', 'withdrawn', 'closed') THEN COALESCE(replied_on, closed_on, "
        "    (SELECT max(e.day) FROM application_events e WHERE e.application_id = a.id "
        "     AND e.kind IN ('replied', 'withdrawn', 'closed')), '') ELSE '' END, outcome "
        "FROM (SELECT *, COALESCE(received_on, date(submitted_at, '+8 hours')) AS received "
        "      FROM applications WHERE agency_id = ?2) a WHERE received <= ?1");
    sqlite3_bind_text(st, 1, arena_printf(req->arena, "%04d-12-31", year), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 2, agency_id);
    size_t count = 0, cap = 0;
    struct ar_application *rows = NULL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        rows = arena_array_reserve(req->arena, rows, count, &cap, sizeof *rows, 64);
        const char **f[] = { &rows[count].applicant_type, &rows[count].org_category, &rows[count].state,
                             &rows[count].received_day, &rows[count].concluded_day, &rows[count].outcome };
        for (int i = 0; i < 6; i++)
            *f[i] = db_text(req->arena, st, i);
        count++;
    }
    sqlite3_reset(st);
    *out = rows;
    return count;
}

/* 规章 and 行政规范性文件 of AGENCY_ID (its own and its units') in the public
 * catalogue. A document was issued on its 成文日期 (else its publication
 * date); it ended on the publication day of the first revision that marked it
 * repealed or expired (else its last edit). An amended one (已修改) is still in force. */
static size_t load_documents(struct request *req, long long agency_id, struct ar_document **out)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT c.name, COALESCE(NULLIF(e.written_on, ''), e.published_on, ''), e.validity, "
        "  CASE WHEN e.validity IN ('valid', 'amended') THEN '' ELSE COALESCE("
        "    (SELECT min(date(r.published_at, '+8 hours')) FROM entry_revisions r WHERE r.entry_id = e.id "
        "     AND r.published_at IS NOT NULL AND r.validity NOT IN ('valid', 'amended')), date(e.updated_at, '+8 hours')) END "
        "FROM entries e JOIN categories c ON c.id = e.genre_id "
        "WHERE e.owner_id = ?1 AND e.status = 'published' AND c.scheme = 'genre' "
        "AND c.name IN ('规章', '行政规范性文件')");
    sqlite3_bind_int64(st, 1, agency_id);
    size_t count = 0, cap = 0;
    struct ar_document *docs = NULL;
    while (sqlite3_step(st) == SQLITE_ROW) {
        docs = arena_array_reserve(req->arena, docs, count, &cap, sizeof *docs, 32);
        docs[count].kind = strcmp((const char *)sqlite3_column_text(st, 0), "规章") == 0
                               ? AR_DOC_RULE : AR_DOC_NORMATIVE;
        docs[count].issued_day = db_text(req->arena, st, 1);
        docs[count].repealed = strcmp(db_text(req->arena, st, 2), "repealed") == 0;
        docs[count].ended_day = db_text(req->arena, st, 3);
        count++;
    }
    sqlite3_reset(st);
    *out = docs;
    return count;
}

/* Sections 二 and 三 of AGENCY_ID as the data say today. */
static void compute_figures(struct request *req, long long agency_id, int year, struct report_figures *fig)
{
    struct ar_application *apps;
    struct ar_document *docs;
    size_t app_count = load_applications(req, agency_id, year, &apps);
    size_t doc_count = load_documents(req, agency_id, &docs);
    table3_compute(year, apps, app_count, &fig->t3);
    table2_compute(year, docs, doc_count, fig);
}

/* ---- rendering ----------------------------------------------------------------- */

struct report_view {
    int year;
    const struct staff *staff;   /* its agency_id, agency_code and agency_name: the report's agency */
    struct report_row row;
    struct form form;
    struct report_figures fig;
    const char *notice;
    const char *publish_error;
    const char *return_error;
};

/* Where the published report is: "/mzj/reports/2025" (templates prefix {{base}}). */
static const char *report_public_url(struct request *req, const struct report_view *v)
{
    return arena_printf(req->arena, "/%s/reports/%d", v->staff->agency_code, v->year);
}

/* The audit target: the year alone no longer names a report. */
static const char *report_target(struct request *req, const struct report_view *v)
{
    return arena_printf(req->arena, "annual_report:%s/%d", v->staff->agency_code, v->year);
}

static bool is_frozen(const struct report_row *row)
{
    return strcmp(row->status, "published") == 0 && *row->frozen_at;
}

static bool is_draft(const struct report_row *row)
{
    return !row->exists || strcmp(row->status, "draft") == 0 || strcmp(row->status, "returned") == 0;
}

static void add_markdown(struct request *req, struct tmpl_dict *d, const char *section, const char *md)
{
    if (*md)
        tmpl_set(tmpl_add_section(d, section), "html", markdown_to_html(req->arena, md, strlen(md)));
}

/* The report as the public will see it: texts, then the tables with the typed numbers. */
static void add_preview(struct request *req, struct tmpl_dict *d, struct report_view *v)
{
    struct tmpl_dict *p = tmpl_add_section(d, "report_preview");
    tmpl_set(p, "title", form_value(&v->form, "title"));
    tmpl_set(p, "figures_note", is_frozen(&v->row)
             ? arena_printf(req->arena, "第二、三部分为发布时（%s）冻结的数字。", v->row.frozen_at)
             : "第二、三部分按当前数据实时计算，发布时冻结。");
    add_markdown(req, p, "section1", form_value(&v->form, "section1_md"));
    add_markdown(req, p, "section5", form_value(&v->form, "section5_md"));
    add_markdown(req, p, "section6", form_value(&v->form, "section6_md"));
    for (int f = 0; f < AR_CLERK_FIGURES; f++)
        v->fig.clerk[f] = v->form.values[TEXT_FIELDS + f];
    report_tables_fill(req->arena, tmpl_add_include(p, "report_tables", "public/report_tables.tpl"),
                       v->year, &v->fig);
    if (!v->fig.t3.all_balanced)
        tmpl_show(d, "unbalanced_warning");
}

static void add_workflow(struct request *req, struct tmpl_dict *d, const struct report_view *v)
{
    struct tmpl_dict *s = tmpl_add_section(d, "workflow");
    tmpl_set(s, "status_label", v->row.exists ? content_status_label(v->row.status) : "尚未编制");
    if (strcmp(v->row.status, "published") == 0) {
        struct tmpl_dict *p = tmpl_add_section(s, "published");
        tmpl_set(p, "published_on", v->row.published_on);
        if (is_frozen(&v->row))
            tmpl_show(p, "frozen");
    }
    if (strcmp(v->row.status, "returned") == 0)
        tmpl_set(tmpl_add_section(s, "returned"), "review_comment", v->row.review_comment);
    bool legacy = v->row.exists && strcmp(v->row.format, "template") != 0;
    if (legacy)
        tmpl_show(s, "legacy");
    if (v->row.exists && !legacy && is_draft(&v->row) && staff_has(req, ROLE_EDITOR))
        tmpl_show(s, "can_submit");
    if (strcmp(v->row.status, "review") == 0 && staff_has(req, ROLE_REVIEWER)) {
        struct tmpl_dict *r = tmpl_add_section(s, "can_review");
        if (v->publish_error)
            tmpl_set(tmpl_add_section(r, "publish_error"), "message", v->publish_error);
        if (v->return_error)
            tmpl_set(tmpl_add_section(r, "return_error"), "message", v->return_error);
    }
}

static void add_number_field(struct tmpl_dict *d, const char *section, const struct form *form,
                             int figure, const char *label)
{
    struct tmpl_dict *f = tmpl_add_section(d, section);
    const char *name = ar_clerk_key((enum ar_clerk_figure)figure);
    tmpl_set(f, "name", name);
    tmpl_set(f, "label", label);
    tmpl_set(f, "value", form->values[TEXT_FIELDS + figure]);
    if (form->errors[TEXT_FIELDS + figure])
        tmpl_set(tmpl_add_section(f, "error"), "message", form->errors[TEXT_FIELDS + figure]);
}

/* The clerk's numbers, grouped as the template groups them, each with its error beside it. */
static void add_number_fields(struct tmpl_dict *d, const struct form *form)
{
    static const char *const s2_labels[] = {
        "行政许可：本年处理决定数量（件）", "行政处罚：本年处理决定数量（件）",
        "行政强制：本年处理决定数量（件）", "行政事业性收费：本年收费金额（万元）" };
    static const char *const groups[] = { "行政复议", "行政诉讼：未经复议直接起诉", "行政诉讼：复议后起诉" };
    static const char *const parts[] = { "结果维持", "结果纠正", "其他结果", "尚未审结", "总计" };
    for (int f = AR_PERMIT; f <= AR_FEE; f++)
        add_number_field(d, "s2_number", form, f, s2_labels[f]);
    for (int g = 0; g < 3; g++) {
        struct tmpl_dict *group = tmpl_add_section(d, "s4_group");
        tmpl_set(group, "legend", groups[g]);
        for (int i = 0; i < 5; i++)
            add_number_field(group, "s4_number", form, AR_REVIEW_UPHELD + g * 5 + i, parts[i]);
    }
}

static int render(struct request *req, struct report_view *v, bool editable_now)
{
    struct page page;
    const char *heading = arena_printf(req->arena, "%s%d年度政府信息公开工作年度报告",
                                       v->staff->agency_name, v->year);
    struct tmpl_dict *d = admin_page_begin(&page, req, heading, "admin/annual_report.tpl");
    tmpl_set(d, "heading", heading);
    tmpl_set_int(d, "year", v->year);
    tmpl_set(d, "public_url", report_public_url(req, v));
    tmpl_set_int(d, "next_year", v->year + 1);
    if (v->notice)
        tmpl_set(tmpl_add_section(d, "notice"), "notice_text", v->notice);
    add_workflow(req, d, v);
    bool legacy = v->row.exists && strcmp(v->row.format, "template") != 0;
    if (editable_now && !legacy && is_draft(&v->row) && staff_has(req, ROLE_EDITOR)) {
        struct tmpl_dict *f = tmpl_add_section(d, "editor_form");
        form_to_dict(&v->form, f);
        add_number_fields(f, &v->form);
    }
    if (legacy)
        tmpl_show(d, "legacy_note");
    else
        add_preview(req, d, v);
    return page_render(&page);
}

/* ---- the year, the agency and the view ------------------------------------------ */

int annual_report_this_year(void)
{
    char today[11];
    beijing_today_iso(today);
    return atoi(today);
}

bool annual_report_year_allowed(long long year)
{
    return year >= ANNUAL_REPORT_FIRST_YEAR && year <= annual_report_this_year();
}

static const char no_agency_message[] =
    "您当前不在任何机关中工作，不能编制年度报告。平台管理员可在“年报汇总”中查看各机关的报告。";

/* Art. 49: the report covers a finished year. A year still running can be
 * drafted and previewed, but not submitted or published (its figures would
 * be frozen before December is counted). */
static int refuse_unfinished_year(struct request *req, struct report_view *v)
{
    v->notice = "本年度尚未结束，年度报告只能保存草稿和预览；次年1月1日起可提交审核和发布。";
    return render(req, v, true);
}

/* Loads the stored report; the computed sections come frozen when published, else live. */
static void load_view(struct request *req, const struct staff *s, int year, struct report_view *v)
{
    memset(v, 0, sizeof *v);
    v->year = year;
    v->staff = s;
    load_report(req, s->agency_id, year, &v->row, &v->form);
    report_figures_init(&v->fig);
    if (v->row.exists)
        load_figures(req, v->row.id, &v->form, &v->fig);
    if (!is_frozen(&v->row))
        compute_figures(req, s->agency_id, year, &v->fig);
    if (!v->row.exists)
        v->form.values[0] = arena_printf(req->arena, "%s%d年政府信息公开工作年度报告", s->agency_name, year);
}

/* The view of the route's year for the session's agency: 0, or the error
 * status already answered (a year outside the range: 404; no agency: 403). */
static int open_view(struct request *req, struct report_view *v, const char *bad_year)
{
    const struct staff *s = current_staff(req);
    if (!annual_report_year_allowed(req->path_ids[0]))
        return resp_error(req, 404, bad_year);
    if (!s || !s->agency_id)
        return resp_error(req, 403, no_agency_message);
    load_view(req, s, (int)req->path_ids[0], v);
    return 0;
}

/* The platform administrator outside any agency has no report of its own: the
 * year's summary of every agency's reports is what there is to see. */
static int to_summary(struct request *req, const char *year)
{
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/annual-report-summary%s", year));
    return 303;
}

int annual_report_page(struct request *req)
{
    if (!staff_agency_id(req) && staff_has(req, ROLE_ADMIN) && annual_report_year_allowed(req->path_ids[0]))
        return to_summary(req, arena_printf(req->arena, "/%lld", req->path_ids[0]));
    struct report_view v;
    int rc = open_view(req, &v, "只能编制已开始年度的年度报告。");
    if (rc)
        return rc;
    v.notice = content_step_notice(req);
    return render(req, &v, true);
}

/* ---- saving a draft ------------------------------------------------------------- */

static int store_figure(sqlite3 *db, long long report_id, const char *key, const char *value)
{
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO annual_report_figures (report_id, key, value) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (report_id, key) DO UPDATE SET value = excluded.value");
    sqlite3_bind_int64(st, 1, report_id);
    sqlite3_bind_text(st, 2, key, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 3, value, -1, SQLITE_TRANSIENT);
    return db_run(db, st, "annual_report_sql");
}

/* The id of the agency's report of YEAR, 0 when there is none (read inside the write transaction). */
static long long report_id_of(sqlite3 *db, long long agency_id, int year)
{
    sqlite3_stmt *st = db_stmt(db, "SELECT id FROM annual_reports WHERE agency_id = ?1 AND year = ?2");
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, year);
    long long id = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : 0;
    sqlite3_reset(st);
    return id;
}

/* Inserts or updates the draft; a report sent back becomes a draft again. */
static int store_draft(struct request *req, const struct report_view *v, const struct form *form)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO annual_reports (agency_id, year, title, section1_md, section5_md, section6_md, status, format, "
        " edited_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'draft', 'template', ?7) "
        "ON CONFLICT (agency_id, year) DO UPDATE SET title = excluded.title, section1_md = excluded.section1_md, "
        "section5_md = excluded.section5_md, section6_md = excluded.section6_md, format = 'template', "
        "status = 'draft', edited_by = excluded.edited_by WHERE annual_reports.status IN ('draft', 'returned')");
    sqlite3_bind_int64(st, 1, v->staff->agency_id);
    sqlite3_bind_int64(st, 7, v->staff->id);   /* four-eyes: this person cannot publish it */
    sqlite3_bind_int(st, 2, v->year);
    for (int i = 0; i < TEXT_FIELDS; i++)
        sqlite3_bind_text(st, 3 + i, form->values[i], -1, SQLITE_STATIC);
    if (db_run(db, st, "annual_report_sql") != 0 || sqlite3_changes(db) != 1)
        return -1;
    long long id = report_id_of(db, v->staff->agency_id, v->year);
    if (!id)
        return -1;
    for (int f = 0; f < AR_CLERK_FIGURES; f++)
        if (store_figure(db, id, ar_clerk_key((enum ar_clerk_figure)f), form->values[TEXT_FIELDS + f]) != 0)
            return -1;
    return 0;
}

static const char *draft_audit_summary(struct request *req, const struct form *before, const struct form *after)
{
    struct buf summary;
    buf_init(&summary, req->arena);
    for (int i = 0; i < FIELD_COUNT; i++)
        audit_diff(&summary, fields()[i].name, before->values[i], after->values[i]);
    return audit_summary_text(&summary);
}

int annual_report_save(struct request *req)
{
    struct report_view v;
    int rc = open_view(req, &v, "只能编制已开始年度的年度报告。");
    if (rc)
        return rc;
    struct form before = v.form;
    form_read(req, fields(), FIELD_COUNT, false, &v.form);
    check_figures(req, &v.form);
    const char *action = params_get(&req->form, "action");
    if (action && strcmp(action, "preview") == 0)
        return render(req, &v, true);
    if (!is_draft(&v.row) || (v.row.exists && strcmp(v.row.format, "template") != 0)) {
        v.notice = "该报告正在审核或已发布，不能再修改。";
        return render(req, &v, false);
    }
    if (v.form.error_count)
        return render(req, &v, true);
    sqlite3 *db = req->app->content_db;
    if (db_begin(db, "annual_report.save") != SQLITE_OK || store_draft(req, &v, &v.form) != 0
        || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return resp_error(req, 500, "保存失败，请稍后重试。");
    }
    audit(req, v.row.exists ? "annual_report.save" : "annual_report.create", report_target(req, &v),
          draft_audit_summary(req, &before, &v.form));
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/annual-report/%d?saved=1", v.year));
    return 303;
}

/* ---- the review workflow ------------------------------------------------------------ */

/* Moves report REPORT_ID FROM ("|draft|returned|") TO (see review_transition); 0 when exactly it changed. */
static int transition(struct request *req, long long report_id, const char *from, const char *to,
                      const char *comment)
{
    sqlite3 *db = req->app->content_db;
    char today[11];
    beijing_today_iso(today);
    sqlite3_stmt *st = db_stmt(db,
        "UPDATE annual_reports SET status = ?1, review_comment = COALESCE(?4, review_comment), "
        "published_on = CASE WHEN ?1 = 'published' THEN ?5 ELSE published_on END "
        "WHERE id = ?2 AND format = 'template' AND instr(?3, '|' || status || '|') > 0");
    sqlite3_bind_text(st, 5, today, -1, SQLITE_TRANSIENT);
    return review_transition(db, st, report_id, from, to, comment, "annual_report_sql");
}

static int after_step(struct request *req, const struct report_view *v, const char *action, const char *summary)
{
    return review_done(req, action, report_target(req, v), summary,
                       arena_printf(req->arena, "/admin/annual-report/%d", v->year));
}

static int refuse_step(struct request *req, struct report_view *v)
{
    v->notice = "当前状态下不能进行这一步（可能已被他人处理）。";
    return render(req, v, true);
}

int annual_report_submit(struct request *req)
{
    struct report_view v;
    int rc = open_view(req, &v, "没有这一年度的报告。");
    if (rc)
        return rc;
    if (v.year >= annual_report_this_year())
        return refuse_unfinished_year(req, &v);
    if (transition(req, v.row.id, "|draft|returned|", "review", NULL) != 0)
        return refuse_step(req, &v);
    return after_step(req, &v, "annual_report.submit", review_summary(req, v.row.status, "review", NULL));
}

int annual_report_return(struct request *req)
{
    struct report_view v;
    int rc = open_view(req, &v, "没有这一年度的报告。");
    if (rc)
        return rc;
    const char *comment = review_comment(req);
    if (!comment) {
        v.return_error = review_comment_missing;
        return render(req, &v, true);
    }
    if (transition(req, v.row.id, "|review|", "returned", comment) != 0)
        return refuse_step(req, &v);
    return after_step(req, &v, "annual_report.return", review_summary(req, "review", "returned", comment));
}

struct freeze_ctx {
    sqlite3 *db;
    long long report_id;
    int stored;
    bool failed;
};

static void freeze_one(void *ctx, const char *key, const char *value)
{
    struct freeze_ctx *f = ctx;
    if (!f->failed && store_figure(f->db, f->report_id, key, value) != 0)
        f->failed = true;
    f->stored++;
}

/* Who last saved report REPORT_ID's draft (four-eyes), 0 when unknown. */
static long long report_edited_by(struct request *req, long long report_id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT COALESCE(edited_by, 0) FROM annual_reports WHERE id = ?1");
    sqlite3_bind_int64(st, 1, report_id);
    long long id = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : 0;
    sqlite3_reset(st);
    return id;
}

/* Publishes and freezes sections 二 and 三 as computed now, in one transaction. */
static int publish_frozen(struct request *req, struct report_view *v)
{
    sqlite3 *db = req->app->content_db;
    struct freeze_ctx f = { db, v->row.id, 0, false };
    if (db_begin(db, "annual_report.publish") != SQLITE_OK)
        return -1;
    if (transition(req, v->row.id, "|review|", "published", NULL) != 0)
        goto fail;
    report_figures_each_computed(req->arena, &v->fig, freeze_one, &f);
    sqlite3_stmt *st = db_stmt(db, "UPDATE annual_reports SET frozen_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                                   "WHERE id = ?1");
    sqlite3_bind_int64(st, 1, v->row.id);
    if (f.failed || db_run(db, st, "annual_report_sql") != 0 || db_commit(db) != SQLITE_OK)
        goto fail;
    return f.stored;
fail:
    db_rollback(db);
    return -1;
}

int annual_report_publish(struct request *req)
{
    struct report_view v;
    int rc = open_view(req, &v, "没有这一年度的报告。");
    if (rc)
        return rc;
    if (v.year >= annual_report_this_year())
        return refuse_unfinished_year(req, &v);
    if (!review_attested(req)) {
        v.publish_error = review_attestation_missing;
        return render(req, &v, true);
    }
    if (strcmp(v.row.status, "review") != 0)
        return refuse_step(req, &v);
    /* Figures that break the template's identity would be published wrong for good. */
    if (strcmp(v.row.format, "template") == 0 && !v.fig.t3.all_balanced) {
        v.publish_error = "第三部分的勾稽关系不成立（本年新收 + 上年结转 ≠ 办理结果总计 + 结转下年），"
                          "不能发布。请先为没有答复结果的已办结申请补录结果，或退回修改。";
        return render(req, &v, true);
    }
    rc = review_refuse_own_edit(req, report_edited_by(req, v.row.id), report_target(req, &v));
    if (rc)
        return rc;
    int stored = publish_frozen(req, &v);
    if (stored < 0)
        return refuse_step(req, &v);
    const struct table3 *t = &v.fig.t3;
    return after_step(req, &v, "annual_report.publish", arena_printf(req->arena,
        "status review -> published; 保密审查: 已确认; 冻结数字 %d 项; 新收 %lld, 上年结转 %lld, 办结 %lld, "
        "结转下年 %lld; 勾稽关系%s", stored, t->cell[AR_ROW_NEW][AR_TOTAL], t->cell[AR_ROW_CARRIED_IN][AR_TOTAL],
        t->cell[AR_ROW_CONCLUDED][AR_TOTAL], t->cell[AR_ROW_CARRIED_OUT][AR_TOTAL],
        t->all_balanced ? "成立" : "不成立"));
}

/* ---- the list of years ------------------------------------------------------------- */

static void add_year_row(struct request *req, struct tmpl_dict *d, const char *code, int year, const char *status,
                         const char *format, const char *published_on)
{
    struct tmpl_dict *row = tmpl_add_section(d, "report");
    tmpl_set_int(row, "year", year);
    tmpl_set(row, "status_label", *status ? content_status_label(status) : "尚未编制");
    tmpl_set(row, "format_label", !*status ? "" : strcmp(format, "template") == 0 ? "按统一格式编制" : "旧格式正文");
    tmpl_set(row, "published_on", published_on);
    if (strcmp(status, "published") == 0)
        tmpl_set(tmpl_add_section(row, "published"), "public_url",
                 arena_printf(req->arena, "/%s/reports/%d", code, year));
}

/* The agency's reports down to the oldest one, and every year of the last LIST_YEARS with or without one. */
static void add_year_rows(struct request *req, struct tmpl_dict *d, const struct staff *s, int newest)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT year, status, format, COALESCE(published_on, '') FROM annual_reports "
        "WHERE agency_id = ?2 AND year <= ?1 ORDER BY year DESC");
    sqlite3_bind_int(st, 1, newest);
    sqlite3_bind_int64(st, 2, s->agency_id);
    int next = newest;
    while (sqlite3_step(st) == SQLITE_ROW) {
        int y = (int)db_int(st, 0);
        for (; next > y && next > newest - LIST_YEARS; next--)
            add_year_row(req, d, s->agency_code, next, "", "", "");
        add_year_row(req, d, s->agency_code, y, db_text(req->arena, st, 1), db_text(req->arena, st, 2), db_text(req->arena, st, 3));
        next = y - 1;
    }
    sqlite3_reset(st);
    for (; next > newest - LIST_YEARS; next--)
        add_year_row(req, d, s->agency_code, next, "", "", "");
}

int annual_report_list(struct request *req)
{
    const struct staff *s = current_staff(req);
    if (!s->agency_id && staff_has(req, ROLE_ADMIN))
        return to_summary(req, "");
    if (!s->agency_id)
        return resp_error(req, 403, no_agency_message);
    const char *wanted = params_get(&req->query, "year");
    long long year = 0;
    if (wanted && positive_id_parse(wanted, strlen(wanted), &year) && annual_report_year_allowed(year)) {
        resp_redirect(req, 303, arena_printf(req->arena, "/admin/annual-report/%lld", year));
        return 303;
    }
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "年度报告", "admin/annual_report_list.tpl");
    if (wanted)
        tmpl_show(d, "year_error");
    int newest = annual_report_this_year();
    tmpl_set(d, "agency_name", s->agency_name);
    tmpl_set_int(d, "first_year", ANNUAL_REPORT_FIRST_YEAR);
    tmpl_set_int(d, "this_year", newest);
    add_year_rows(req, d, s, newest);
    return page_render(&page);
}

/* ---- shared with the platform summary and the dashboard ----------------------------- */

void annual_report_state(struct request *req, long long agency_id, int year, struct annual_report_state *out)
{
    struct report_row row;
    struct form form;
    struct report_figures fig;
    load_report(req, agency_id, year, &row, &form);
    report_figures_init(&fig);
    out->status = row.status;
    out->published_on = row.published_on;
    out->frozen = is_frozen(&row);
    if (out->frozen) {
        load_figures(req, row.id, &form, &fig);
    } else {
        struct ar_application *apps;
        size_t count = load_applications(req, agency_id, year, &apps);
        table3_compute(year, apps, count, &fig.t3);
    }
    out->t3 = fig.t3;
}

/* ---- the dashboard reminder (called from dashboard.c) ------------------------------- */

static const char *report_status(struct request *req, long long agency_id, int year)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
                               "SELECT status FROM annual_reports WHERE agency_id = ?1 AND year = ?2");
    sqlite3_bind_int64(st, 1, agency_id);
    sqlite3_bind_int(st, 2, year);
    const char *status = sqlite3_step(st) == SQLITE_ROW ? db_text(req->arena, st, 0) : "";
    sqlite3_reset(st);
    return status;
}

/* The reminder concerns the report of the agency the session works in; outside any agency there is none. */
void annual_report_dashboard(struct request *req, struct tmpl_dict *d)
{
    char today_iso_day[11];
    int today;
    struct report_reminder r;
    long long agency_id = staff_agency_id(req);
    beijing_today_iso(today_iso_day);
    if (!agency_id || !day_parse_iso(today_iso_day, &today))
        return;
    if (!staff_has(req, ROLE_EDITOR | ROLE_REVIEWER | ROLE_ADMIN) || !annual_report_reminder(today, &r))
        return;
    const char *status = report_status(req, agency_id, r.year);
    if (strcmp(status, "published") == 0)
        return;
    struct tmpl_dict *box = tmpl_add_include(d, "annual_report_reminder", "admin/annual_report_reminder.tpl");
    char due[11];
    day_format_iso(r.due_day, due);
    tmpl_set_int(box, "year", r.year);
    tmpl_set(box, "due", due);
    tmpl_set(box, "due_label", date_label_zh(req->arena, due));
    tmpl_set(box, "status_label", *status ? content_status_label(status) : "尚未编制");
    tmpl_show(box, r.overdue ? "overdue" : "due");
}
