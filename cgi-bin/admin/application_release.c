/* 依申请转主动 (条例 Art. 44, issue 14): from an application answered with
 * 予以公开 or 部分公开, its 经办人 drafts a catalogue entry of the released
 * information — a title and the reply files they choose, copied into
 * content.db — which then goes through review like any entry. Nothing of the
 * applicant is carried over: not the name, ID number, phone, e-mail or
 * address, the request's wording or the reply text; a title or a file name
 * holding the applicant's name, ID number, phone or e-mail is refused. */
#include <string.h>

#include "admin.h"
#include "app.h"
#include "application_staff.h"
#include "content.h"
#include "db.h"
#include "entries.h"
#include "form.h"
#include "log.h"
#include "page.h"
#include "staff.h"
#include "tmpl.h"
#include "upload.h"
#include "validate.h"

static const char release_note[] =
    "本信息系依申请公开后转为主动公开（《中华人民共和国政府信息公开条例》第四十四条）。";
static const char release_change_note[] = "依申请公开转主动公开";

static const struct field release_fields[] = {
    { .name = "title", .label = "标题", .kind = FIELD_TEXT, .max_chars = 200, .required = true },
};

/* Answered with information released (予以公开, 部分公开) and not drafted yet. */
static const char *release_refused(const struct app_record *app, long long entry_id)
{
    if (entry_id)
        return "该申请的公开信息已转为主动公开草稿。";
    if (app->state != APP_REPLIED || (strcmp(app->outcome, "open") != 0 && strcmp(app->outcome, "partial") != 0))
        return "只有答复结果为“予以公开”或“部分公开”的申请，才能把公开的信息转为主动公开。";
    return NULL;
}

static long long released_entry(struct request *req, long long app_id)
{
    return db_int_for_id(db_stmt(req->app->private_db,
        "SELECT coalesce(released_entry_id, 0) FROM applications WHERE id = ?1"), app_id);
}

/* True when TEXT holds one of the applicant's identifying values (at least
 * two characters each: a one-character name part would match everywhere). */
static bool holds_applicant_data(const char *text, const struct app_record *a)
{
    const char *values[] = { a->name, a->id_number, a->phone, a->email, a->contact_name, a->legal_rep, a->address };
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
        if (values[i] && strlen(values[i]) >= 6 && strstr(text, values[i]))   /* 6 bytes: two Chinese characters */
            return true;
    return false;
}

/* The reply files meant for the applicant, for the form (ticked ones kept). */
static void add_reply_files(struct request *req, struct tmpl_dict *d, long long app_id)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT f.id, f.filename, f.size FROM application_files f JOIN application_events e ON e.id = f.event_id "
        "WHERE f.application_id = ?1 AND f.for_applicant = 1 AND e.kind = 'replied' ORDER BY f.id");
    sqlite3_bind_int64(st, 1, app_id);
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *f = tmpl_add_section(d, "file");
        long long id = db_int(st, 0);
        tmpl_set_int(f, "file_id", id);
        tmpl_set(f, "filename", db_text(req->arena, st, 1));
        tmpl_set(f, "size", file_size_label(req->arena, db_int(st, 2)));
        const char *ticked = params_get(&req->form, arena_printf(req->arena, "file_%lld", id));
        if (ticked && strcmp(ticked, "1") == 0)
            tmpl_show(f, "checked");
    }
    sqlite3_reset(st);
}

static int render_release(struct request *req, const struct app_record *app, struct form *form,
                          const char *files_error)
{
    struct page page;
    struct tmpl_dict *d = admin_page_begin(&page, req, arena_printf(req->arena, "转为主动公开：%s", app->number),
                                           "admin/application_release.tpl");
    tmpl_set_int(d, "id", app->id);
    tmpl_set(d, "number", app->number);
    tmpl_set(d, "release_note", release_note);
    form_to_dict(form, d);
    add_reply_files(req, d, app->id);
    if (files_error)
        tmpl_set(tmpl_add_section(d, "files_error"), "message", files_error);
    resp_header(req, "Cache-Control", "no-store");
    return page_render(&page);
}

/* Loads the application for the form and its POST: 403/404 answered, or the refusal shown. */
static int load_releasable(struct request *req, struct app_record *app)
{
    int status = application_record_for_staff(req, req->path_ids[0], app);
    if (status != 0)
        return status;
    const char *refused = release_refused(app, released_entry(req, app->id));
    return refused ? resp_error(req, 409, refused) : 0;
}

int application_release_page(struct request *req)
{
    struct app_record app;
    int status = load_releasable(req, &app);
    if (status != 0)
        return status;
    struct form form;
    form_blank(req->arena, release_fields, 1, &form);
    form.values[0] = holds_applicant_data(app.info_title, &app) ? "" : app.info_title;
    return render_release(req, &app, &form, NULL);
}

/* Copies reply file FILE_ID of the application into the new entry's attachments. */
static const char *copy_file(struct request *req, const struct app_record *app, long long file_id, long long entry_id)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT f.filename, f.data FROM application_files f JOIN application_events e ON e.id = f.event_id "
        "WHERE f.id = ?1 AND f.application_id = ?2 AND f.for_applicant = 1 AND e.kind = 'replied'");
    sqlite3_bind_int64(st, 1, file_id);
    sqlite3_bind_int64(st, 2, app->id);
    const char *problem = "所选文件不是本申请的答复文件。";
    if (sqlite3_step(st) == SQLITE_ROW) {
        struct upload file = { .field = "file", .filename = db_text(req->arena, st, 0),
                               .data = sqlite3_column_blob(st, 1), .size = (size_t)sqlite3_column_bytes(st, 1) };
        const struct file_type *type = file_type_sniff(file.data, file.size);
        problem = holds_applicant_data(file.filename, app)
            ? arena_printf(req->arena, "文件“%s”的名称含有申请人的信息，不能转为主动公开。请只选择所公开的信息本身，"
                                       "不要选择载有申请人信息的答复书。", file.filename)
            : !type ? "所选文件的类型无法识别。"
            : attachment_store(req->arena, req->app->content_db, "entry", entry_id, &file, type) ? NULL
            : "保存附件时出错，请稍后重试。";
    }
    sqlite3_reset(st);
    return problem;
}

/* The draft and its files in one content.db transaction, then the
 * application remembers it in private.db (should that fail after the commit,
 * the draft stands without the link, logged, and could be drafted twice —
 * never an application pointing at a draft that does not exist). Returns the
 * entry id, or 0 with *PROBLEM set. */
static long long create_release(struct request *req, const struct app_record *app, const char *title,
                                const char **problem)
{
    sqlite3 *content = req->app->content_db;
    *problem = "保存草稿时出错，请稍后重试。";
    if (db_begin(content, "application_release") != SQLITE_OK)
        return 0;
    long long entry_id = entry_create_draft(req, title, release_note, release_change_note);
    if (entry_id)
        *problem = NULL;
    for (size_t i = 0; entry_id && !*problem && i < req->form.count; i++) {
        long long file_id;
        const char *name = req->form.items[i].name, *v = req->form.items[i].value;
        if (strncmp(name, "file_", 5) == 0 && strcmp(v, "1") == 0 && positive_id_parse(name + 5, strlen(name + 5), &file_id))
            *problem = copy_file(req, app, file_id, entry_id);
    }
    if (*problem || db_commit(content) != SQLITE_OK) {
        db_rollback(content);
        return 0;
    }
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "UPDATE applications SET released_entry_id = ?2 WHERE id = ?1 AND released_entry_id IS NULL");
    sqlite3_bind_int64(st, 1, app->id);
    sqlite3_bind_int64(st, 2, entry_id);
    if (db_write_one(req->app->private_db, st, "application_release") != 0)
        log_event(LOG_ERROR, "application_release", "entry %lld drafted, application %lld not linked", entry_id, app->id);
    return entry_id;
}

int application_release_submit(struct request *req)
{
    struct app_record app;
    int status = load_releasable(req, &app);
    if (status != 0)
        return status;
    struct form form;
    form_read(req, release_fields, 1, false, &form);
    if (!form.errors[0] && holds_applicant_data(form.values[0], &app))
        form_set_error(&form, "title", "标题含有申请人的信息（姓名、证件号码、电话、邮箱或地址），请改写。");
    if (form.error_count)
        return render_release(req, &app, &form, NULL);
    const char *problem = NULL;
    long long entry_id = create_release(req, &app, form.values[0], &problem);
    if (!entry_id)
        return render_release(req, &app, &form, problem);
    attachment_extract_new(req->app->content_db, "entry", entry_id);
    audit(req, "application.release", arena_printf(req->arena, "application:%lld", app.id),
          arena_printf(req->arena, "依申请公开转主动公开：草稿 entry:%lld", entry_id));
    audit(req, "entry.create", arena_printf(req->arena, "entry:%lld", entry_id),
          arena_printf(req->arena, "%s（申请 application:%lld）", release_change_note, app.id));
    resp_redirect(req, 303, staff_has(req, ROLE_EDITOR | ROLE_REVIEWER)
                                ? arena_printf(req->arena, "/admin/entries/%lld?saved=1", entry_id)
                                : arena_printf(req->arena, "/admin/applications/%lld", app.id));
    return 303;
}

void application_release_to_dict(struct request *req, struct tmpl_dict *d, const struct app_record *app)
{
    long long entry_id = released_entry(req, app->id);
    if (entry_id) {
        struct tmpl_dict *r = tmpl_add_section(d, "released");
        tmpl_set_int(r, "entry_id", entry_id);
        if (staff_has(req, ROLE_EDITOR | ROLE_REVIEWER | ROLE_SIGNER))
            tmpl_show(r, "can_view");
    }
    else if (!release_refused(app, 0))
        tmpl_set_int(tmpl_add_section(d, "can_release"), "id", app->id);
}
