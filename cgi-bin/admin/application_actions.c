/* The clerk's actions on one application (确认收到, 补正, 已补正, 延期, 征求意见,
 * 答复, 逾期不补正, 代为撤回, notes, assignment). A table names each action, the
 * states it is allowed in, its declared fields and any further precondition
 * (逾期不补正 only once the applicant's period has passed); only the session's
 * agency's applications can be acted on (403, audited); every action runs
 * in one transaction that writes its timeline event (which replays the
 * deadline), the state change, the applicant's notices (notice.c) and an
 * audit row without personal data. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "admin.h"
#include "agency.h"
#include "app.h"
#include "application_agency.h"
#include "application_staff.h"
#include "crypto.h"
#include "db.h"
#include "form.h"
#include "log.h"
#include "notice.h"
#include "request_stats.h"
#include "staff.h"
#include "tmpl.h"
#include "upload.h"

#define IN(state) (1u << (APP_##state))
#define RUNNING (IN(RECEIVED) | IN(CORRECTED) | IN(EXTENDED))
#define OPEN (IN(SUBMITTED) | RUNNING | IN(CORRECTION_REQUESTED) | IN(CONSULTING))
#define ANY_STATE ((1u << APP_STATE__MAX) - 1)

/* What one action sees while it runs inside the transaction. */
struct action_run {
    struct request *req;
    const struct app_record *app;
    struct form *form;
    const char *actor;     /* "staff:<user id>" */
    const char *error;     /* a message for the whole action form, or NULL */
    const char *summary;   /* the audit summary (no personal data) */
};

struct app_action {
    const char *name;      /* URL segment and template section action_NAME */
    const char *label;
    unsigned states;       /* IN(...) bits of the states the action is allowed in */
    const struct field *fields;
    size_t field_count;
    int (*run)(struct action_run *run);   /* 0, or -1 with run->error or field errors */
    /* NULL, or a legal precondition beyond the state: NULL when met, else the
     * message of the 409 that refuses the action before it runs. */
    const char *(*refusal)(struct request *req, const struct app_record *app);
};

/* ---- declared fields of each action ---- */

/* A dated action: the legal date, and why it lies well before the day it is
 * entered (补录), which the audit log keeps (review finding 15.4). */
#define DAY_FIELD(label) { "day", label, FIELD_DATE, 10, true, NULL, 0, 0 }, \
    { "late_reason", "补录说明", FIELD_TEXTAREA, 500, false, NULL, 0, 0 }
/* Entered more than this many calendar days after its date, an action needs a 补录说明. */
enum { LATE_ENTRY_DAYS = 5 };

static const struct field_choice consult_parties[] = {
    { "third_party", "第三方" }, { "agency", "其他行政机关" }, { NULL, NULL } };
static const struct field_choice reply_deliveries[] = {
    { "post", "邮寄" }, { "pickup", "当面领取" }, { "email", "电子邮件" }, { "online", "网上获取" },
    { NULL, NULL } };

static const struct field receive_fields[] = { DAY_FIELD("收到申请的日期") };
static const struct field correction_fields[] = {
    DAY_FIELD("补正通知日期"),
    { "text", "需要补正的内容", FIELD_TEXTAREA, 2000, true, NULL, 0, 0 },
    { "correct_by", "补正期限", FIELD_DATE, 10, true, NULL, 0, 0 },
};
/* The period the form suggests (calendar days after the notice); the clerk may change it. */
enum { CORRECTION_PERIOD_SUGGESTED = 15 };
static const struct field corrected_fields[] = {
    DAY_FIELD("收到补正的日期"),
    { "text", "说明", FIELD_TEXTAREA, 2000, false, NULL, 0, 0 },
};
static const struct field extend_fields[] = {
    DAY_FIELD("延期决定日期"),
    { "days", "延长的工作日数", FIELD_INT_RANGE, 2, true, NULL, 1, 20 },
    { "text", "延期理由", FIELD_TEXTAREA, 2000, true, NULL, 0, 0 },
};
static const struct field consult_start_fields[] = {
    DAY_FIELD("开始征求意见的日期"),
    { "party", "征求意见对象", FIELD_CHOICE, 0, true, consult_parties, 0, 0 },
    { "text", "征求意见事项（内部记录）", FIELD_TEXTAREA, 2000, true, NULL, 0, 0 },
};
static const struct field consult_end_fields[] = {
    DAY_FIELD("收到意见（结束）的日期"),
    { "text", "意见结果（内部记录）", FIELD_TEXTAREA, 2000, false, NULL, 0, 0 },
};
static const struct field reply_fields[] = {
    DAY_FIELD("答复日期"),
    { "outcome", "答复结果", FIELD_TEXT, 40, true, NULL, 0, 0 },
    { "reason", "理由和依据", FIELD_TEXTAREA, 2000, false, NULL, 0, 0 },
    { "reply_text", "答复内容", FIELD_TEXTAREA, 20000, true, NULL, 0, 0 },
    { "delivery", "送达方式", FIELD_CHOICE, 0, true, reply_deliveries, 0, 0 },
    /* Art. 36(五): a code of the platform's agencies, REFER_ELSEWHERE, or "". */
    { "refer_agency", "负责公开该信息的机关", FIELD_TEXT, 20, false, NULL, 0, 0 },
    { "refer_name", "机关名称", FIELD_TEXT, 100, false, NULL, 0, 0 },
    { "refer_contact", "该机关的联系方式", FIELD_TEXTAREA, 500, false, NULL, 0, 0 },
    { "files", "答复文件", FIELD_TEXT, 0, false, NULL, 0, 0 },   /* uploads; errors only */
};
static const struct field close_fields[] = {
    DAY_FIELD("终止日期"),
    { "text", "说明", FIELD_TEXTAREA, 2000, false, NULL, 0, 0 },
};
static const struct field withdraw_fields[] = {
    DAY_FIELD("撤回日期"),
    { "text", "撤回说明（申请人何时以何种方式提出）", FIELD_TEXTAREA, 2000, true, NULL, 0, 0 },
};
static const struct field note_fields[] = {
    { "text", "内部备注", FIELD_TEXTAREA, 2000, true, NULL, 0, 0 },
};
static const struct field assign_fields[] = {
    { "user_id", "经办人", FIELD_UINT, 18, true, NULL, 0, 0 },
};
static const struct field resend_fields[] = {
    { "notice_id", "通知", FIELD_UINT, 18, true, NULL, 0, 0 },
};

/* ---- helpers every action uses ---- */

static int record_event(struct action_run *run, const char *kind, const char *day,
                        const char *text, int days, bool internal, long long *event_id)
{
    struct request *req = run->req;
    const char *error = NULL;
    if (application_add_event(req->arena, req->app->private_db, req->app->content_db,
                              run->app->id, kind, day, run->actor, text, days, internal,
                              event_id, &error) != 0) {
        run->error = error ? error : "记录办理事项时出错，请稍后重试。";
        return -1;
    }
    return 0;
}

/* A staff note the applicant never sees (for details that belong in the file only). */
static int record_note(struct action_run *run, const char *day, const char *text)
{
    return *text ? record_event(run, "note", day, text, 0, true, NULL) : 0;
}

static int change_state(struct action_run *run, enum app_state state)
{
    if (application_set_state(run->req->app->private_db, run->app->id, state) != 0) {
        run->error = "保存状态时出错，请稍后重试。";
        return -1;
    }
    return 0;
}

/* The due date after the event, for the audit summary. */
static const char *stored_due(struct action_run *run)
{
    sqlite3_stmt *st = db_stmt(run->req->app->private_db,
                               "SELECT coalesce(due_on, '') FROM applications WHERE id = ?1");
    sqlite3_bind_int64(st, 1, run->app->id);
    const char *due = sqlite3_step(st) == SQLITE_ROW ? db_text(run->req->arena, st, 0) : "";
    sqlite3_reset(st);
    return *due ? due : "（待补正，收到补正后重新计算）";
}

static void summarise(struct action_run *run, enum app_state to, const char *detail)
{
    run->summary = arena_printf(run->req->arena, "%s %s→%s；%s", run->app->number,
                                app_state_label(run->app->state), app_state_label(to), detail);
}

static const char *value(const struct action_run *run, const char *name)
{
    return form_value(run->form, name);
}

/* ---- the actions ---- */

static int run_receive(struct action_run *run)
{
    const char *day = value(run, "day");
    if (record_event(run, "received", day, "", 0, false, NULL) || change_state(run, APP_RECEIVED))
        return -1;
    summarise(run, APP_RECEIVED, arena_printf(run->req->arena, "收到日期 %s，答复期限 %s", day,
                                              stored_due(run)));
    return 0;
}

/* The applicant's period on the notice's event (Art. 30: a 补正 notice states one). */
static int store_correction_period(struct action_run *run, long long event_id, const char *due_by)
{
    sqlite3_stmt *st = db_stmt(run->req->app->private_db,
                               "UPDATE application_events SET due_by = ?2 WHERE id = ?1");
    sqlite3_bind_int64(st, 1, event_id);
    sqlite3_bind_text(st, 2, due_by, -1, SQLITE_STATIC);
    if (db_run(run->req->app->private_db, st, "correction_period") != 0) {
        run->error = "保存补正期限时出错，请稍后重试。";
        return -1;
    }
    return 0;
}

static int run_correction(struct action_run *run)
{
    const char *day = value(run, "day"), *due_by = value(run, "correct_by");
    long long event_id;
    if (strcmp(due_by, day) <= 0) {
        form_set_error(run->form, "correct_by", arena_printf(run->req->arena,
                       "补正期限须晚于补正通知日期（%s），请给申请人合理的补正时间。", day));
        return -1;
    }
    if (record_event(run, "correction_requested", day, value(run, "text"), 0, false, &event_id)
        || store_correction_period(run, event_id, due_by)
        || change_state(run, APP_CORRECTION_REQUESTED))
        return -1;
    summarise(run, APP_CORRECTION_REQUESTED, arena_printf(run->req->arena,
              "补正通知日期 %s，补正期限 %s，收到补正后重新计算答复期限", day, due_by));
    return 0;
}

static int run_corrected(struct action_run *run)
{
    const char *day = value(run, "day"), *text = value(run, "text");
    if (record_event(run, "corrected", day, *text ? text : "申请人已提交补正材料。", 0, false, NULL)
        || change_state(run, APP_CORRECTED))
        return -1;
    summarise(run, APP_CORRECTED, arena_printf(run->req->arena, "收到补正 %s，答复期限 %s", day,
                                               stored_due(run)));
    return 0;
}

/* Art. 33: the reply period is extended once at most, so a second 延期 is not offered. */
static const char *extend_refusal(struct request *req, const struct app_record *app)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT 1 FROM application_events WHERE application_id = ?1 AND kind = 'extended'");
    sqlite3_bind_int64(st, 1, app->id);
    bool extended = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_reset(st);
    return extended ? arena_printf(req->arena, "申请 %s 已延期答复一次，延长答复期限只能一次（条例第三十三条），"
                                   "不能再次延期。", app->number) : NULL;
}

static int run_extend(struct action_run *run)
{
    const char *day = value(run, "day");
    int days = atoi(value(run, "days"));
    if (record_event(run, "extended", day, value(run, "text"), days, false, NULL)
        || change_state(run, APP_EXTENDED))
        return -1;
    summarise(run, APP_EXTENDED, arena_printf(run->req->arena, "延长 %d 个工作日，答复期限 %s",
                                              days, stored_due(run)));
    return 0;
}

static int run_consult_start(struct action_run *run)
{
    const char *day = value(run, "day");
    bool third = strcmp(value(run, "party"), "third_party") == 0;
    const char *text = third ? "征求第三方意见，所需时间不计入答复期限。"
                             : "征求其他行政机关意见，所需时间不计入答复期限。";
    if (record_event(run, "consult_start", day, text, 0, false, NULL)
        || record_note(run, day, value(run, "text")) || change_state(run, APP_CONSULTING))
        return -1;
    summarise(run, APP_CONSULTING, arena_printf(run->req->arena, "%s，开始 %s，计时暂停",
                                                third ? "第三方" : "其他机关", day));
    return 0;
}

/* The state the clock was running in before the consultation began. */
static enum app_state state_before_consultation(struct action_run *run)
{
    sqlite3_stmt *st = db_stmt(run->req->app->private_db,
        "SELECT kind FROM application_events WHERE application_id = ?1 "
        "AND kind IN ('received', 'corrected', 'extended') ORDER BY day DESC, id DESC LIMIT 1");
    sqlite3_bind_int64(st, 1, run->app->id);
    enum app_state state = APP_RECEIVED;
    if (sqlite3_step(st) == SQLITE_ROW)
        app_state_parse((const char *)sqlite3_column_text(st, 0), &state);
    sqlite3_reset(st);
    return state;
}

static int run_consult_end(struct action_run *run)
{
    const char *day = value(run, "day");
    enum app_state back = state_before_consultation(run);
    if (record_event(run, "consult_end", day, "征求意见结束，恢复计算答复期限。", 0, false, NULL)
        || record_note(run, day, value(run, "text")) || change_state(run, back))
        return -1;
    summarise(run, back, arena_printf(run->req->arena, "结束 %s，答复期限 %s", day,
                                      stored_due(run)));
    return 0;
}

/* ---- 答复: outcome, text and files ---- */

/* The choice for an agency not on the platform; never an agency code (those have no '-'). */
static const char REFER_ELSEWHERE[] = "other-agency";

/* The agency an Art. 36(五) reply names: on the platform (id) or typed. */
struct named_agency {
    long long id;              /* 0: not on the platform, or none named */
    const char *name, *contact;
};

/* A name typed without choosing "not on the platform" would be lost: said beside the list. */
static void check_no_named_agency(struct action_run *run)
{
    if (*value(run, "refer_name") || *value(run, "refer_contact"))
        form_set_error(run->form, "refer_agency", "填写了机关名称或联系方式时，请在这里选择负责公开的机关"
                       "（不在本平台上的，选择“不在本平台上的机关”）。");
}

static void check_agency_elsewhere(struct action_run *run, struct named_agency *out)
{
    out->name = value(run, "refer_name");
    out->contact = value(run, "refer_contact");
    if (!*out->name)
        form_set_error(run->form, "refer_name", "请填写负责公开该信息的机关的名称。");
    if (!*out->contact)
        form_set_error(run->form, "refer_contact", "请填写该机关的联系方式（地址、电话等）。");
}

static void check_platform_agency(struct action_run *run, const char *code, struct named_agency *out)
{
    struct agency a;
    if (!agency_by_code(run->req, code, &a)) {
        form_set_error(run->form, "refer_agency", "请从列表中选择负责公开该信息的机关。");
    } else if (a.id == run->app->agency_id) {
        form_set_error(run->form, "refer_agency", "这里应选择负责公开该信息的其他机关，不能选择本机关。");
    } else {
        out->id = a.id;
        out->name = a.name;
        out->contact = *value(run, "refer_contact") ? value(run, "refer_contact")
                                                     : application_office_line(run->req, a.id);
    }
}

/* Art. 36(五): only a reply that the information is not this agency's to
 * disclose (counted as 本机关不掌握相关政府信息) names the agency that is. */
static void check_named_agency(struct action_run *run, const struct outcome *o, struct named_agency *out)
{
    const char *choice = value(run, "refer_agency");
    *out = (struct named_agency){ 0, "", "" };
    if (!*choice)
        check_no_named_agency(run);
    else if (!o)
        return;
    else if (strcmp(o->code, "none_not_held") != 0)
        form_set_error(run->form, "refer_agency", "只有答复结果为“本机关不掌握相关政府信息”（所申请信息不属于"
                       "本机关负责公开，条例第三十六条第五项）时，才告知负责公开的机关。");
    else if (strcmp(choice, REFER_ELSEWHERE) == 0)
        check_agency_elsewhere(run, out);
    else
        check_platform_agency(run, choice, out);
}

/* True when FILENAME ends in the extension of another accepted type (a PNG
 * named .pdf): a reply must not reach the applicant as something else than
 * the clerk believed it was. */
static bool name_contradicts_type(const char *filename, const struct file_type *type)
{
    static const char *const known[] = { "pdf", "doc", "docx", "xls", "xlsx", "jpg", "jpeg", "png" };
    const char *dot = strrchr(filename, '.');
    if (!dot)
        return false;
    const char *ext = dot + 1;
    if (strcasecmp(ext, type->extension) == 0
        || (strcasecmp(ext, "jpeg") == 0 && strcmp(type->extension, "jpg") == 0))
        return false;
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcasecmp(ext, known[i]) == 0)
            return true;
    return false;
}

/* Checks every upload of the reply form that carries a file (an empty file
 * input sends a part without name or bytes); TYPES[i] gets each one's type. */
static const char *check_reply_files(struct action_run *run, const struct file_type **types)
{
    const struct uploads *files = &run->req->files;
    for (size_t i = 0; i < files->count; i++) {
        const struct upload *u = &files->items[i];
        if (strcmp(u->field, "files") != 0 || (u->size == 0 && !*u->filename))
            continue;
        const char *problem = upload_check(u, &types[i]);
        if (!problem && name_contradicts_type(u->filename, types[i]))
            problem = arena_printf(run->req->arena, "文件名的扩展名与内容不符：内容实际是%s（.%s）。"
                                   "请确认是否选错了文件。", types[i]->label, types[i]->extension);
        if (problem)
            return arena_printf(run->req->arena, "“%s”：%s", u->filename, problem);
    }
    return NULL;
}

static int store_reply_file(struct action_run *run, const struct upload *u,
                            const struct file_type *type, long long event_id)
{
    char hash[65];
    sha256_hex(u->data, u->size, hash);
    sqlite3_stmt *st = db_stmt(run->req->app->private_db,
        "INSERT INTO application_files (application_id, event_id, filename, mime, size, sha256, "
        "data, for_applicant) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1)");
    sqlite3_bind_int64(st, 1, run->app->id);
    sqlite3_bind_int64(st, 2, event_id);
    sqlite3_bind_text(st, 3, upload_display_name(run->req->arena, u->filename, type), -1,
                      SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 4, type->mime, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 5, (sqlite3_int64)u->size);
    sqlite3_bind_text(st, 6, hash, -1, SQLITE_TRANSIENT);
    sqlite3_bind_blob64(st, 7, u->data, u->size, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        run->error = "保存答复文件时出错，请稍后重试。";
    return rc == SQLITE_DONE ? 0 : -1;
}

static int store_reply_files(struct action_run *run, const struct file_type **types,
                             long long event_id, int *stored)
{
    const struct uploads *files = &run->req->files;
    *stored = 0;
    for (size_t i = 0; i < files->count; i++) {
        if (!types[i])
            continue;
        if (store_reply_file(run, &files->items[i], types[i], event_id) != 0)
            return -1;
        (*stored)++;
    }
    return 0;
}

/* True when the applicant answered a 补正 notice on this application. */
static bool application_was_corrected(struct action_run *run)
{
    sqlite3_stmt *st = db_stmt(run->req->app->private_db,
        "SELECT 1 FROM application_events WHERE application_id = ?1 AND kind = 'corrected' LIMIT 1");
    sqlite3_bind_int64(st, 1, run->app->id);
    bool corrected = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_reset(st);
    return corrected;
}

/* Outcomes the reply form never takes: 逾期不补正 ends an application through
 * its own action once the 补正 period has run out (Art. 30), and the platform
 * issues no fee notices (Art. 42), so nobody can be late paying one. */
static bool outcome_outside_reply(const char *code)
{
    return strcmp(code, "other_no_correction") == 0 || strcmp(code, "other_no_fee") == 0;
}

/* The legal precondition of outcome O beyond the form, or NULL when it holds. */
static const char *outcome_refusal(struct action_run *run, const struct outcome *o)
{
    if (strcmp(o->code, "other_no_correction") == 0)
        return "逾期不补正须在补正期限届满后，用“逾期不补正，终止办理”操作结束（第三十条），不能作为答复结果。";
    if (strcmp(o->code, "other_no_fee") == 0)
        return "本平台不发出收费通知（第四十二条），不能以逾期未缴纳费用结束申请。";
    if (strcmp(o->code, "none_unclear") == 0 && !application_was_corrected(run))
        return "只有申请人补正后申请内容仍不明确时才能选择此项；请先发出补正通知（第三十条）。";
    return NULL;
}

/* Checks across the reply's fields; sets field errors and returns -1 when wrong. */
static int check_reply(struct action_run *run, const struct outcome **outcome,
                       struct named_agency *named, const struct file_type **types)
{
    *outcome = outcome_find(value(run, "outcome"));
    if (!*outcome)
        form_set_error(run->form, "outcome", "请从列表中选择答复结果。");
    else if (outcome_refusal(run, *outcome))
        form_set_error(run->form, "outcome", outcome_refusal(run, *outcome));
    else if (strcmp((*outcome)->code, "open") != 0 && !*value(run, "reason"))
        form_set_error(run->form, "reason", "除予以公开外，答复须写明理由和依据。");
    check_named_agency(run, *outcome, named);
    const char *problem = check_reply_files(run, types);
    if (problem)
        form_set_error(run->form, "files", problem);
    return run->form->error_count ? -1 : 0;
}

/* TEXT ending in one full stop, however the clerk ended it. */
static const char *sentence(struct arena *arena, const char *text)
{
    size_t len = strlen(text);
    while (len >= 3 && memcmp(text + len - 3, "。", 3) == 0)
        len -= 3;
    while (len && text[len - 1] == '.')
        len--;
    return arena_printf(arena, "%.*s。", (int)len, text);
}

static const char *reply_event_text(struct action_run *run, const struct outcome *o,
                                    const struct named_agency *named)
{
    struct arena *a = run->req->arena;
    const char *label = strcmp(o->group, o->label) == 0
                            ? o->label : arena_printf(a, "%s（%s）", o->group, o->label);
    const char *reason = value(run, "reason");
    const char *delivery = delivery_label(value(run, "delivery"));
    const char *text = *reason ? arena_printf(a, "答复结果：%s。理由和依据：%s送达方式：%s。", label,
                                              sentence(a, reason), delivery)
                               : arena_printf(a, "答复结果：%s。送达方式：%s。", label, delivery);
    if (!*named->name)
        return text;
    return arena_printf(a, "%s所申请信息不属于本机关负责公开，负责公开该信息的机关：%s；联系方式：%s",
                        text, named->name, sentence(a, named->contact));
}

/* The named agency is stored as the reply said it, whatever happens to it later. */
static int store_reply(struct action_run *run, const struct outcome *o, const struct named_agency *named)
{
    sqlite3_stmt *st = db_stmt(run->req->app->private_db,
        "UPDATE applications SET outcome = ?2, reply_text = ?3, replied_on = ?4, "
        "referral_agency_id = ?5, referral_name = ?6, referral_contact = ?7, reply_reason = ?8 WHERE id = ?1");
    sqlite3_bind_int64(st, 1, run->app->id);
    sqlite3_bind_text(st, 2, o->code, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, value(run, "reply_text"), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, value(run, "day"), -1, SQLITE_STATIC);
    db_bind_id_or_null(st, 5, named->id);
    sqlite3_bind_text(st, 6, named->name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 7, named->contact, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 8, value(run, "reason"), -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        run->error = "保存答复时出错，请稍后重试。";
    return rc == SQLITE_DONE ? 0 : -1;
}

/* The audit's words for the named agency (no personal data in either). */
static const char *named_summary(struct arena *arena, const struct named_agency *named)
{
    if (!*named->name)
        return "";
    return named->id ? arena_printf(arena, "，告知负责公开的机关 agency:%lld", named->id)
                     : arena_printf(arena, "，告知负责公开的机关 %s（平台外）", named->name);
}

static int run_reply(struct action_run *run)
{
    const struct outcome *o;
    struct named_agency named;
    const struct file_type **types = arena_calloc(run->req->arena, run->req->files.count + 1,
                                                  sizeof *types);
    if (check_reply(run, &o, &named, types) != 0)
        return -1;
    long long event_id;
    int stored;
    if (record_event(run, "replied", value(run, "day"), reply_event_text(run, o, &named), 0, false,
                     &event_id)
        || store_reply_files(run, types, event_id, &stored) || store_reply(run, o, &named)
        || change_state(run, APP_REPLIED))
        return -1;
    summarise(run, APP_REPLIED, arena_printf(run->req->arena, "答复日期 %s，结果 %s（%s），文件 %d 个%s",
                                             value(run, "day"), o->code, o->report_row, stored,
                                             named_summary(run->req->arena, &named)));
    return 0;
}

/* ---- ending without a reply ---- */

static int store_end(struct action_run *run, const char *outcome)
{
    sqlite3_stmt *st = db_stmt(run->req->app->private_db,
        "UPDATE applications SET closed_on = ?2, outcome = ?3 WHERE id = ?1");
    sqlite3_bind_int64(st, 1, run->app->id);
    sqlite3_bind_text(st, 2, value(run, "day"), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, outcome, -1, SQLITE_STATIC);
    if (db_run(run->req->app->private_db, st, "application_end") != 0) {
        run->error = "保存时出错，请稍后重试。";
        return -1;
    }
    return 0;
}

/* The period the latest 补正 notice gave the applicant (YYYY-MM-DD), or "" for
 * a notice recorded before the period had a field of its own: such a notice
 * stated its period, if at all, in its text, which the clerk reads. */
static const char *correction_period(struct request *req, long long id)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT coalesce(due_by, '') FROM application_events WHERE application_id = ?1 "
        "AND kind = 'correction_requested' ORDER BY id DESC LIMIT 1");
    sqlite3_bind_int64(st, 1, id);
    const char *due_by = sqlite3_step(st) == SQLITE_ROW ? db_text(req->arena, st, 0) : "";
    sqlite3_reset(st);
    return due_by;
}

/* Art. 30: only failing to correct within the period counts as giving up, so
 * the close waits until the period has passed (today in Asia/Shanghai). */
static const char *close_refusal(struct request *req, const struct app_record *app)
{
    const char *due_by = correction_period(req, app->id);
    if (!*due_by || strcmp(shanghai_today_iso(req->arena), due_by) > 0)
        return NULL;
    return arena_printf(req->arena, "申请 %s 的补正期限至 %s，尚未届满，不能按“逾期不补正”终止办理。"
                        "补正期限届满后申请人仍无正当理由未补正的，才视为放弃申请（条例第三十条）。",
                        app->number, due_by);
}

static int run_close(struct action_run *run)
{
    const char *day = value(run, "day"), *text = value(run, "text");
    const char *due_by = correction_period(run->req, run->app->id);
    if (*due_by && strcmp(day, due_by) <= 0) {
        form_set_error(run->form, "day", arena_printf(run->req->arena,
                       "终止日期须晚于申请人的补正期限（%s）。", due_by));
        return -1;
    }
    const char *statement = "申请人无正当理由逾期不补正，本机关不再处理该政府信息公开申请。";
    if (record_event(run, "closed", day, *text ? arena_printf(run->req->arena, "%s%s", statement,
                                                              text) : statement, 0, false, NULL)
        || store_end(run, "other_no_correction") || change_state(run, APP_CLOSED))
        return -1;
    summarise(run, APP_CLOSED, arena_printf(run->req->arena, "逾期不补正，终止 %s，结果 other_no_correction",
                                            day));
    return 0;
}

/* The annual report counts withdrawals by state, so no outcome is set here. */
static int run_withdraw(struct action_run *run)
{
    const char *day = value(run, "day");
    if (record_event(run, "withdrawn", day, "工作人员根据申请人的请求代为撤回申请。", 0, false, NULL)
        || record_note(run, day, value(run, "text")) || store_end(run, "")
        || change_state(run, APP_WITHDRAWN))
        return -1;
    summarise(run, APP_WITHDRAWN, arena_printf(run->req->arena, "代为撤回 %s", day));
    return 0;
}

/* ---- notes and assignment ---- */

static int run_note(struct action_run *run)
{
    if (record_note(run, shanghai_today_iso(run->req->arena), value(run, "text")))
        return -1;
    run->summary = arena_printf(run->req->arena, "%s 添加内部备注", run->app->number);
    return 0;
}

/* The display name of an active user with the handler role in AGENCY_ID, or NULL. */
static const char *handler_name(struct request *req, long long user_id, long long agency_id)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT coalesce(nullif(u.display_name, ''), u.name) FROM users u "
        "JOIN user_agency_roles r ON r.user_id = u.id AND r.role = 'handler' AND r.agency_id = ?2 "
        "WHERE u.id = ?1 AND u.active = 1");
    sqlite3_bind_int64(st, 1, user_id);
    sqlite3_bind_int64(st, 2, agency_id);
    const char *name = sqlite3_step(st) == SQLITE_ROW ? db_text(req->arena, st, 0) : NULL;
    sqlite3_reset(st);
    return name;
}

static int store_assignee(struct action_run *run, long long user_id)
{
    sqlite3_stmt *st = db_stmt(run->req->app->private_db,
                               "UPDATE applications SET assigned_to = ?2 WHERE id = ?1");
    sqlite3_bind_int64(st, 1, run->app->id);
    sqlite3_bind_int64(st, 2, user_id);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        run->error = "保存经办人时出错，请稍后重试。";
    return rc == SQLITE_DONE ? 0 : -1;
}

/* Whoever first acts on an unassigned application as its agency's 经办人
 * becomes its 经办人, so the page and the list name who is handling it. */
static int assign_first_actor(struct action_run *run, const struct app_action *act)
{
    const struct staff *s = current_staff(run->req);
    if (run->app->assigned_to || !s || strcmp(act->name, "note") == 0 || strcmp(act->name, "assign") == 0
        || strcmp(act->name, "resend") == 0)
        return 0;
    const char *name = handler_name(run->req, s->id, run->app->agency_id);
    if (!name)
        return 0;
    return record_event(run, "assigned", shanghai_today_iso(run->req->arena),
                        arena_printf(run->req->arena, "经办人：%s（首次办理时自动指派）", name), 0, true, NULL)
        || store_assignee(run, s->id);
}

static int run_assign(struct action_run *run)
{
    long long user_id = strtoll(value(run, "user_id"), NULL, 10);
    const char *name = handler_name(run->req, user_id, run->app->agency_id);
    if (!name) {
        form_set_error(run->form, "user_id", "请选择一位本机关具有经办人角色的在岗人员。");
        return -1;
    }
    const char *day = shanghai_today_iso(run->req->arena);
    if (record_event(run, "assigned", day, arena_printf(run->req->arena, "指派经办人：%s", name),
                     0, true, NULL) || store_assignee(run, user_id))
        return -1;
    run->summary = arena_printf(run->req->arena, "%s 指派经办人 user:%lld", run->app->number, user_id);
    return 0;
}

/* ---- 重新发送 a failed notice (issue 13): queued again, audited ---- */

static int run_resend(struct action_run *run)
{
    long long notice_id = strtoll(value(run, "notice_id"), NULL, 10);
    int rc = notice_requeue(run->req->app->private_db, notice_id, run->app->id, 0);
    if (rc <= 0) {
        run->error = rc < 0 ? "保存时出错，请稍后重试。"
                            : "这条通知不是发送失败的状态（可能已经重新发送），请查看页面上的最新状态。";
        return -1;
    }
    run->summary = arena_printf(run->req->arena, "%s 重新发送通知 notice:%lld", run->app->number, notice_id);
    return 0;
}

#define FIELDS(f) f, sizeof f / sizeof f[0]

static const struct app_action actions[] = {
    { "receive", "确认收到", IN(SUBMITTED), FIELDS(receive_fields), run_receive, NULL },
    { "correction", "通知补正", IN(RECEIVED), FIELDS(correction_fields), run_correction, NULL },
    { "corrected", "登记已补正", IN(CORRECTION_REQUESTED), FIELDS(corrected_fields), run_corrected, NULL },
    { "extend", "延期答复", RUNNING, FIELDS(extend_fields), run_extend, extend_refusal },
    { "consult-start", "征求意见", RUNNING, FIELDS(consult_start_fields), run_consult_start, NULL },
    { "consult-end", "征求意见结束", IN(CONSULTING), FIELDS(consult_end_fields), run_consult_end, NULL },
    { "reply", "答复", RUNNING, FIELDS(reply_fields), run_reply, NULL },
    { "close", "逾期不补正终止", IN(CORRECTION_REQUESTED), FIELDS(close_fields), run_close,
      close_refusal },
    { "withdraw", "代为撤回", OPEN, FIELDS(withdraw_fields), run_withdraw, NULL },
    { "note", "添加内部备注", ANY_STATE, FIELDS(note_fields), run_note, NULL },
    { "assign", "指派经办人", OPEN, FIELDS(assign_fields), run_assign, NULL },
    { "resend", "重新发送通知", ANY_STATE, FIELDS(resend_fields), run_resend, NULL },
};
enum { ACTION_COUNT = sizeof actions / sizeof actions[0] };

static const struct app_action *action_find(const char *name)
{
    for (size_t i = 0; name && i < ACTION_COUNT; i++)
        if (strcmp(actions[i].name, name) == 0)
            return &actions[i];
    return NULL;
}

/* ---- dates: not in the future, not before what already happened ---- */

/* The latest legal date on the timeline (or the submission date), as YYYY-MM-DD. */
static const char *earliest_allowed_day(struct request *req, long long id)
{
    sqlite3_stmt *st = db_stmt(req->app->private_db,
        "SELECT max(coalesce((SELECT max(day) FROM application_events WHERE application_id = ?1 "
        "AND kind NOT IN ('note', 'assigned')), ''), date(submitted_at, '+8 hours')) "
        "FROM applications WHERE id = ?1");
    sqlite3_bind_int64(st, 1, id);
    const char *day = sqlite3_step(st) == SQLITE_ROW ? db_text(req->arena, st, 0) : "";
    sqlite3_reset(st);
    return day;
}

/* Every dated action declares "day" first (DAY_FIELD), so errors[0] is its own. */
static void check_day(struct request *req, const struct app_record *app, struct form *form)
{
    const char *day = form_value(form, "day");
    if (!*day || form->errors[0])
        return;
    const char *today = shanghai_today_iso(req->arena);
    const char *floor = earliest_allowed_day(req, app->id);
    int day_n, today_n;
    bool late = day_parse_iso(day, &day_n) && day_parse_iso(today, &today_n) && today_n - day_n > LATE_ENTRY_DAYS;
    if (late && !*form_value(form, "late_reason"))
        form_set_error(form, "late_reason", arena_printf(req->arena,
                       "该日期早于今天%d天以上，属于补录：请说明原因（例如信函到达后补登记），说明将记入审计日志。",
                       LATE_ENTRY_DAYS));
    if (strcmp(day, today) > 0)
        form_set_error(form, "day", arena_printf(req->arena, "日期不能晚于今天（%s）。", today));
    else if (strcmp(day, floor) < 0)
        form_set_error(form, "day", arena_printf(req->arena, app->state == APP_SUBMITTED
                       ? "日期不能早于申请提交的日期（%s）。" : "日期不能早于上一办理环节的日期（%s）。",
                       floor));
}

/* ---- the handler ---- */

static const char *actor_of(struct request *req)
{
    const struct staff *s = current_staff(req);
    return arena_printf(req->arena, "staff:%lld", s ? s->id : 0);
}

static int refuse_in_state(struct request *req, const struct app_action *act,
                           const struct app_record *app)
{
    return resp_error(req, 409, arena_printf(req->arena,
        "申请 %s 当前状态为“%s”，不能执行“%s”。请返回申请页面查看最新状态。", app->number,
        app_state_label(app->state), act->label));
}

/* The applicant's notices about the events the action recorded after
 * LAST_EVENT, in the same transaction (issue 13). */
static int queue_notices(struct action_run *run, long long last_event)
{
    struct request *req = run->req;
    if (notice_queue_events(req->arena, req->app->private_db, req->app->content_db, run->app->id,
                            last_event) == 0)
        return 0;
    run->error = "生成给申请人的通知时出错，操作未执行，请稍后重试。";
    return -1;
}

/* Runs ACT in one transaction; returns 0, or -1 after rolling back. */
static int run_in_transaction(struct action_run *run, const struct app_action *act)
{
    sqlite3 *db = run->req->app->private_db;
    long long last_event = notice_last_event(db, run->app->id);
    if (act->run(run) != 0 || assign_first_actor(run, act) != 0 || queue_notices(run, last_event) != 0) {
        db_rollback(db);
        return -1;
    }
    const char *late = form_value(run->form, "late_reason");
    const char *summary = *late ? arena_printf(run->req->arena, "%s；补录（录入日 %s）：%s", run->summary,
                                               shanghai_today_iso(run->req->arena), late)
                                : run->summary;
    audit(run->req, arena_printf(run->req->arena, "application.%s", act->name),
          arena_printf(run->req->arena, "application:%lld", run->app->id), summary);
    if (db_commit(db) != SQLITE_OK) {
        run->error = "保存时出错（数据库繁忙），操作未执行，请稍后重试。";
        return -1;
    }
    return 0;
}

int application_action_submit(struct request *req)
{
    struct app_record app;
    struct form form;
    /* Another agency's application is refused before the action is even looked at. */
    int status = application_record_for_staff(req, req->path_ids[0], &app);
    if (status != 0)
        return status;
    const struct app_action *act = action_find(req->path_args[1]);
    if (!act)
        return resp_error(req, 404, NULL);
    form_read(req, act->fields, act->field_count, false, &form);
    if (db_begin(req->app->private_db, act->name) != SQLITE_OK)
        return resp_error(req, 503, "数据库繁忙，操作未执行，请稍后重试。");
    /* Loaded again inside the transaction: another clerk may have acted meanwhile. */
    application_record_load(req, app.id, &app);
    if (!(act->states & (1u << app.state))) {
        db_rollback(req->app->private_db);
        return refuse_in_state(req, act, &app);
    }
    const char *refused = act->refusal ? act->refusal(req, &app) : NULL;
    if (refused) {
        db_rollback(req->app->private_db);
        return resp_error(req, 409, refused);
    }
    check_day(req, &app, &form);
    struct action_run run = { req, &app, &form, actor_of(req), NULL, "" };
    if (form.error_count || run_in_transaction(&run, act) != 0) {
        db_rollback(req->app->private_db);
        return application_detail_render(req, &app, act->name, &form, run.error);
    }
    /* The public monthly statistics follow (issue 14); the action stands even if this fails. */
    request_stats_refresh(req->arena, req->app->private_db, req->app->content_db, app.agency_id);
    resp_redirect(req, 303, arena_printf(req->arena, "/admin/applications/%lld?done=%s", app.id,
                                         act->name));
    return 303;
}

/* ---- the forms on the detail page ---- */

/* DAYS calendar days after the ISO date DAY, as YYYY-MM-DD in the arena. */
static const char *days_after(struct arena *arena, const char *day, int days)
{
    int n = 0;
    char *iso = arena_alloc(arena, 11);
    day_parse_iso(day, &n);
    day_format_iso(n + days, iso);
    return iso;
}

/* An untouched form: today's date, the suggested correction period, the
 * delivery the applicant asked for, choices listed. */
static void default_form(struct request *req, const struct app_action *act,
                         const struct app_record *app, struct form *form)
{
    const char *today = shanghai_today_iso(req->arena);
    form_blank(req->arena, act->fields, act->field_count, form);
    for (size_t i = 0; i < act->field_count; i++) {
        const char *name = act->fields[i].name;
        form->values[i] = strcmp(name, "day") == 0 ? today
                        : strcmp(name, "correct_by") == 0
                            ? days_after(req->arena, today, CORRECTION_PERIOD_SUGGESTED)
                        : strcmp(name, "delivery") == 0 ? app->delivery : "";
    }
}

/* The close form shows the applicant's period (offered only once it has passed). */
static void add_close_period(struct tmpl_dict *s, struct request *req, const struct app_record *app)
{
    const char *due_by = correction_period(req, app->id);
    if (*due_by)
        tmpl_set(tmpl_add_section(s, "correct_by"), "day", due_by);
}

/* The national template's outcomes as <optgroup>s of a <select>. */
static void add_outcome_groups(struct tmpl_dict *s, const char *selected)
{
    struct tmpl_dict *group = NULL;
    const char *group_name = "";
    for (size_t i = 0; i < outcome_count; i++) {
        if (outcome_outside_reply(outcomes[i].code))
            continue;
        if (strcmp(outcomes[i].group, group_name) != 0) {
            group_name = outcomes[i].group;
            group = tmpl_add_section(s, "outcome_groups");
            tmpl_set(group, "group", group_name);
        }
        struct tmpl_dict *opt = tmpl_add_section(group, "outcome_options");
        tmpl_set(opt, "value", outcomes[i].code);
        tmpl_set(opt, "label", outcomes[i].label);
        if (strcmp(outcomes[i].code, selected) == 0)
            tmpl_show(opt, "selected");
    }
}

/* The reply form's lists: outcomes, and the agencies an Art. 36(五) reply can name. */
static void add_reply_choices(struct tmpl_dict *s, struct request *req, const struct app_record *app,
                              const struct form *form)
{
    const char *refer = form_value(form, "refer_agency");
    add_outcome_groups(s, form_value(form, "outcome"));
    application_agency_options(req, s, refer, app->agency_id);
    if (strcmp(refer, REFER_ELSEWHERE) == 0)
        tmpl_show(s, "refer_elsewhere_selected");
}

const char *application_action_label(const char *name)
{
    const struct app_action *act = action_find(name);
    return act ? act->label : NULL;
}

/* "consult-start" -> "action_consult_start" (section names have no hyphens). */
static const char *section_name(struct arena *arena, const char *action)
{
    char *name = arena_printf(arena, "action_%s", action);
    for (char *c = strchr(name, '-'); c; c = strchr(c, '-'))
        *c = '_';
    return name;
}

void application_actions_to_dict(struct request *req, struct tmpl_dict *d,
                                 const struct app_record *app, const char *failed_action,
                                 const struct form *failed_form, const char *failed_error)
{
    for (size_t i = 0; i < ACTION_COUNT; i++) {
        const struct app_action *act = &actions[i];
        if (!(act->states & (1u << app->state)) || (act->refusal && act->refusal(req, app)))
            continue;   /* an action that would be refused is not offered */
        struct tmpl_dict *s = tmpl_add_section(d, section_name(req->arena, act->name));
        tmpl_set(s, "action", act->name);
        tmpl_set(s, "label", act->label);
        tmpl_show(d, "has_actions");
        struct form form;
        bool failed = failed_action && failed_form && strcmp(failed_action, act->name) == 0;
        if (failed) {
            tmpl_show(s, "open");
            if (failed_error)
                tmpl_set(tmpl_add_section(s, "action_error"), "message", failed_error);
        } else {
            default_form(req, act, app, &form);
        }
        form_to_dict(failed ? failed_form : &form, s);
        if (strcmp(act->name, "reply") == 0)
            add_reply_choices(s, req, app, failed ? failed_form : &form);
        if (strcmp(act->name, "close") == 0)
            add_close_period(s, req, app);
    }
}
