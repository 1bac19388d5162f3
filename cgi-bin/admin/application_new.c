/* Staff entry of an application that arrived on paper, by post, in person,
 * by e-mail or fax: all the fields of the citizen form plus the channel and
 * the true receipt date. It belongs to the session's agency and gets a number
 * in that agency's sequence and a 查询码 shown once to the clerk to pass on,
 * a 'submitted' and a 'received' event on the receipt date (so the clock
 * runs from that day), and an audit row. */
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "agency.h"
#include "app.h"
#include "application_form.h"
#include "application_staff.h"
#include "crypto.h"
#include "db.h"
#include "form.h"
#include "log.h"
#include "request_stats.h"
#include "staff.h"
#include "tmpl.h"

static const struct field_choice channels[] = {
    { "paper", "书面申请（纸质）" }, { "post", "信函申请" }, { "in_person", "当面申请" },
    { "email", "电子邮件申请" }, { "fax", "传真申请" }, { NULL, NULL } };

/* The shared application rows, after the channel and the true receipt date. */
static const struct field new_fields[] = {
    { "channel", "申请渠道", FIELD_CHOICE, 0, true, channels, 0, 0 },
    { "received_on", "收到申请的日期", FIELD_DATE, 10, true, NULL, 0, 0 },
    APPLICATION_FORM_FIELDS,
};
enum { NEW_FIELD_COUNT = sizeof new_fields / sizeof new_fields[0] };

static void check_received_on(struct request *req, struct form *form)
{
    const char *day = form_value(form, "received_on");
    const char *today = shanghai_today_iso(req->arena);
    if (*day && strcmp(day, today) > 0)
        form_set_error(form, "received_on", arena_printf(req->arena,
                       "收到日期不能晚于今天（%s）。", today));
}

static void read_new_form(struct request *req, struct form *form)
{
    form_read(req, new_fields, NEW_FIELD_COUNT, false, form);
    application_form_check(form);
    check_received_on(req, form);
}

/* ---- the form page ---- */

static int render_new_form(struct request *req, const struct form *form, const char *key,
                           const char *problem)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, "登记书面/来访申请",
                                           "admin/application_new.tpl");
    application_form_to_dict(req, d, form, key, problem);
    return page_render(&page);
}

int application_new_page(struct request *req)
{
    struct form form;
    form_blank(req->arena, new_fields, NEW_FIELD_COUNT, &form);
    form.values[form_field_index(&form, "channel")] = "paper";
    form.values[form_field_index(&form, "received_on")] = shanghai_today_iso(req->arena);
    return render_new_form(req, &form, application_form_new_key(req), NULL);
}

/* ---- storing ---- */

/* Midnight of the receipt day in Beijing, as the stored UTC time. */
static const char *submitted_at_for(struct arena *arena, const char *received_on)
{
    int day;
    char iso[11];
    day_parse_iso(received_on, &day);
    day_format_iso(day - 1, iso);
    return arena_printf(arena, "%sT16:00:00Z", iso);
}

struct new_application {
    long long id;
    const char *number;
    char code[13];
};

static int insert_row(struct request *req, const struct form *form, const struct agency *agency,
                      const char *key, struct new_application *out)
{
    sqlite3 *db = req->app->private_db;
    const char *received_on = form_value(form, "received_on");
    struct application_number n;
    char hash[65];
    if (application_next_number(req->arena, db, agency->id, agency->code,
                                (int)strtol(received_on, NULL, 10), &n) != 0)
        return -1;
    out->number = n.number;
    random_code(out->code, 12);
    sha256_hex(out->code, strlen(out->code), hash);
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO applications (number, year, seq, access_code_hash, idempotency_key, channel, "
        "applicant_type, name, id_type, id_number, work_unit, org_category, uscc, legal_rep, "
        "contact_name, phone, email, address, postcode, info_title, info_doc_no, info_description, "
        "info_purpose, medium, delivery, fee_waiver, submitted_at, agency_id, agency_seq) VALUES (?1, "
        "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, "
        "?23, ?24, ?25, ?26, ?27, ?28, ?29)");
    sqlite3_bind_text(st, 1, out->number, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, n.year);
    sqlite3_bind_int(st, 3, n.seq);
    sqlite3_bind_text(st, 4, hash, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 5, key, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 6, form_value(form, "channel"), -1, SQLITE_STATIC);
    application_bind_applicant(st, 7, form);
    sqlite3_bind_text(st, 27, submitted_at_for(req->arena, received_on), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 28, agency->id);
    sqlite3_bind_int(st, 29, n.agency_seq);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    out->id = sqlite3_last_insert_rowid(db);
    return rc == SQLITE_DONE ? 0 : -1;
}

/* Submitted and received on the same legal day: the clock starts there. */
static int add_first_events(struct request *req, const struct form *form,
                            const struct new_application *n)
{
    const char *day = form_value(form, "received_on"), *error;
    const struct staff *s = current_staff(req);
    const char *actor = arena_printf(req->arena, "staff:%lld", s ? s->id : 0);
    const char *text = arena_printf(req->arena, "%s，由工作人员登记。",
                                    channel_label(form_value(form, "channel")));
    return application_add_event(req->arena, req->app->private_db, req->app->content_db, n->id,
                                  "submitted", day, actor, text, 0, false, NULL, &error)
        || application_add_event(req->arena, req->app->private_db, req->app->content_db, n->id,
                                 "received", day, actor, "", 0, false, NULL, &error)
        || application_set_state(req->app->private_db, n->id, APP_RECEIVED);
}

/* ---- the result page: the 查询码, shown this once ---- */

static int render_created(struct request *req, long long id, const char *code)
{
    struct app_record app;
    struct page page;
    int status = application_record_for_staff(req, id, &app);
    if (status != 0)
        return status;
    struct tmpl_dict *d = admin_page_begin(&page, req, "申请已登记", "admin/application_created.tpl");
    tmpl_set_int(d, "id", id);
    tmpl_set(d, "number", app.number);
    tmpl_set(d, "received_on", app.received_on);
    tmpl_set(d, "due_on", app.due_on);
    if (code)
        tmpl_set(tmpl_add_section(d, "code"), "access_code", code);
    else
        tmpl_show(d, "repeat");
    resp_header(req, "Cache-Control", "no-store");
    return page_render(&page);
}

static const char save_failed[] =
    "系统暂时无法保存这件申请，尚未登记。填写的内容都保留在下方，请稍后再次提交。";

int application_new_submit(struct request *req)
{
    sqlite3 *db = req->app->private_db;
    struct form form;
    struct new_application created;
    struct agency agency;
    if (!agency_by_id(req, staff_agency_id(req), &agency))
        return resp_error(req, 403, "您当前没有所在的机关，不能登记申请。");
    const char *key = application_form_key(req);
    read_new_form(req, &form);
    if (form.error_count)
        return render_new_form(req, &form, key, NULL);
    if (db_begin(db, "application_new") != SQLITE_OK)
        return render_new_form(req, &form, key, save_failed);
    long long existing = application_by_key(db, key);
    if (existing) {
        db_rollback(db);
        return render_created(req, existing, NULL);
    }
    if (insert_row(req, &form, &agency, key, &created) != 0 || add_first_events(req, &form, &created) != 0) {
        log_event(LOG_ERROR, "application_new", "store failed: %s", sqlite3_errmsg(db));
        db_rollback(db);
        return render_new_form(req, &form, key, save_failed);
    }
    audit(req, "application.create", arena_printf(req->arena, "application:%lld", created.id),
          arena_printf(req->arena, "%s 登记%s（%s），收到日期 %s", created.number,
                       channel_label(form_value(&form, "channel")), form_value(&form, "channel"),
                       form_value(&form, "received_on")));
    if (db_commit(db) != SQLITE_OK)
        return render_new_form(req, &form, key, save_failed);
    request_stats_refresh(req->arena, db, req->app->content_db, agency.id);   /* issue 14 */
    return render_created(req, created.id, created.code);
}
