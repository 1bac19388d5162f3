/* The printable receipt shown once after a submission: the agency applied
 * to and its application office, 申请编号, 查询码 (only from the signed receipt
 * cookie, see tickets.c), the time, the notices chosen, a summary with the ID number masked, and
 * what happens next. */
#include <string.h>

#include "app.h"
#include "application.h"
#include "application_agency.h"
#include "application_form.h"
#include "csrf.h"
#include "apply.h"
#include "db.h"
#include "log.h"
#include "notice_form.h"
#include "page.h"
#include "tmpl.h"

/* The label of a stored code, "" for one the form does not offer. */
static const char *choice_label(const struct field_choice *choices, const char *value)
{
    const char *label = field_choice_label(choices, value);
    return label ? label : "";
}

static void add_applicant(struct tmpl_dict *d, struct request *req, sqlite3_stmt *st)
{
    struct arena *a = req->arena;
    bool person = strcmp(db_text(a, st, 3), "person") == 0;
    tmpl_set(d, "applicant_type", person ? "公民" : "法人或其他组织");
    tmpl_set(d, "name", db_text(a, st, 4));
    if (person)
        tmpl_set(tmpl_add_section(d, "person"), "id_number_masked", mask_id_number(a, db_text(a, st, 5)));
    else
        tmpl_set(tmpl_add_section(d, "org"), "uscc", db_text(a, st, 6));
    tmpl_set(d, "phone_masked", mask_phone(a, db_text(a, st, 7)));
}

/* Only what was given: Art. 29(二) needs one of the name, 文号 and description. */
static void add_information(struct tmpl_dict *d, const char *title, const char *doc_no,
                            const char *description)
{
    if (*title)
        tmpl_set(tmpl_add_section(d, "title"), "info_title", title);
    if (*doc_no)
        tmpl_set(tmpl_add_section(d, "doc_no"), "info_doc_no", doc_no);
    if (*description)
        tmpl_set(tmpl_add_section(d, "description"), "info_description", description);
}

/* The agency applied to: its name on top, its application office below. */
static void add_agency(struct tmpl_dict *d, struct request *req, long long agency_id)
{
    const char *name = application_agency_name(req, agency_id);
    if (!*name)
        return;
    tmpl_set(tmpl_add_section(d, "agency"), "agency_name", name);
    struct tmpl_dict *office = tmpl_add_section(d, "office");
    tmpl_set(office, "agency_name", name);
    application_office_to_dict(req, office, agency_id);
}

/* Fills D from the application row; returns false when it does not exist. */
static bool add_summary(struct tmpl_dict *d, struct request *req, long long id)
{
    struct arena *a = req->arena;
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT a.number, a.submitted_at, a.info_title, a.applicant_type, a.name, a.id_number, a.uscc, "
        "a.phone, a.info_doc_no, a.info_description, a.medium, a.delivery, coalesce(a.agency_id, 0), "
        "coalesce(f.number, ''), a.notify_email, a.notify_sms "
        "FROM applications a LEFT JOIN applications f ON f.id = a.referred_from "
        "WHERE a.id = ?1");
    sqlite3_bind_int64(st, 1, id);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found) {
        tmpl_set(d, "number", db_text(a, st, 0));
        tmpl_set(d, "submitted_at", beijing_time_label(a, db_text(a, st, 1)));
        add_applicant(d, req, st);
        add_information(d, db_text(a, st, 2), db_text(a, st, 8), db_text(a, st, 9));
        tmpl_set(d, "medium", choice_label(application_media, db_text(a, st, 10)));
        tmpl_set(d, "delivery", choice_label(application_deliveries, db_text(a, st, 11)));
        add_agency(d, req, db_int(st, 12));
        tmpl_set(d, "notices", notice_choice_receipt(a, db_int(st, 14) == 1, db_int(st, 15) == 1,
                                                     "受理、补正、延期、答复等办理进展",
                                                     "未选择：请凭申请编号和查询码到申请进度查询页面查看办理进展"));
        if (*db_text(a, st, 13))
            tmpl_set(tmpl_add_section(d, "referred"), "from_number", db_text(a, st, 13));
    }
    sqlite3_reset(st);
    return found;
}

int apply_receipt_page(struct request *req)
{
    struct receipt_ticket ticket;
    if (!receipt_cookie_read(req, &ticket))
        return resp_error(req, 404, "回执只在提交申请后30分钟内、在提交申请的浏览器中可以查看。"
                                    "如需了解办理情况，请到“申请进度查询”输入申请编号和查询码。");
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, "申请回执", "apply/receipt.tpl", NAV_APPLY);
    page_breadcrumb(&page, "依申请公开", "/apply");
    page_breadcrumb(&page, "申请回执", NULL);
    if (!add_summary(d, req, ticket.application_id)) {
        page_render(&page);
        return resp_error(req, 404, NULL);
    }
    /* Only the browser that submitted sees what was asked and by whom: a
     * repeat with a copied idempotency key must not reveal the applicant. */
    if (*ticket.code) {
        struct tmpl_dict *code = tmpl_add_section(d, "code");
        tmpl_set(code, "access_code", ticket.code);
        /* The status page one click away, without typing both again. */
        tmpl_set(code, "csrf_token", csrf_token(req, "/"));
        tmpl_show(d, "with_summary");
    } else {
        tmpl_show(d, "code_shown_before");
    }
    resp_header(req, "Cache-Control", "no-store");
    return page_render(&page);
}

int receipt_repeat(struct request *req, long long id)
{
    struct receipt_ticket ticket;
    if (!receipt_cookie_read(req, &ticket) || ticket.application_id != id)
        receipt_cookie_set(req, id, NULL);
    log_event(LOG_INFO, "application_repeat", "id=%lld", id);
    resp_redirect(req, 303, "/apply/receipt");
    return 303;
}
