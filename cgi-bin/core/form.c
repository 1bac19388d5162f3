/* Declared form fields and their validators; see form.h. */
#include "form.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "request.h"
#include "tmpl.h"
#include "validate.h"

/* The agencies are in China: "today" is the date in Beijing (UTC+8, no
 * daylight saving) whatever the server's zone. PORTAL_TODAY=YYYY-MM-DD fixes
 * it for tests of year-end rules; never set it in production. */
int today_yyyymmdd(void)
{
    const char *fixed = getenv("PORTAL_TODAY");
    if (fixed && iso_date_valid(fixed, strlen(fixed)))
        return atoi(fixed) * 10000 + atoi(fixed + 5) * 100 + atoi(fixed + 8);
    time_t beijing = time(NULL) + 8 * 3600;
    struct tm tm;
    gmtime_r(&beijing, &tm);
    return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

static const char *id_message(enum id_check c)
{
    switch (c) {
    case ID_OK: return NULL;
    case ID_BAD_LENGTH: return "居民身份证号码应为18位。";
    case ID_BAD_CHARS: return "居民身份证号码只能由数字和末位的X组成。";
    case ID_BAD_REGION: return "居民身份证号码的地区码不正确。";
    case ID_BAD_BIRTHDATE: return "居民身份证号码中的出生日期不正确。";
    case ID_BAD_CHECKSUM: return "居民身份证号码校验位不正确，请核对后重新输入。";
    }
    return "居民身份证号码不正确。";
}

static const char *uscc_message(enum uscc_check c)
{
    switch (c) {
    case USCC_OK: return NULL;
    case USCC_BAD_LENGTH: return "统一社会信用代码应为18位。";
    case USCC_BAD_CHARS: return "统一社会信用代码含有不允许的字符（不使用I、O、Z、S、V）。";
    case USCC_BAD_CHECKSUM: return "统一社会信用代码校验位不正确，请核对后重新输入。";
    }
    return "统一社会信用代码不正确。";
}

static bool choice_known(const struct field *f, const char *value)
{
    for (const struct field_choice *c = f->choices; c && c->value; c++)
        if (strcmp(c->value, value) == 0)
            return true;
    return false;
}

static const char *int_range_check(const struct field *f, const char *value)
{
    char *end;
    long v = strtol(value, &end, 10);
    if (*end || end == value || v < f->min || v > f->max)
        return "请输入有效范围内的数字。";
    return NULL;
}

static const char *kind_check(const struct field *f, const char *v, size_t len, int today)
{
    switch (f->kind) {
    case FIELD_TEXT:
    case FIELD_PASSWORD:
        return text_line_valid(v, len) ? NULL : "含有不允许的控制字符。";
    case FIELD_TEXTAREA:
        return text_block_valid(v, len) ? NULL : "含有不允许的控制字符。";
    case FIELD_CHOICE:
        return choice_known(f, v) ? NULL : "请从列表中选择。";
    case FIELD_CHECKBOX:
        return strcmp(v, "1") == 0 ? NULL : "选项值无效。";
    case FIELD_DATE:
        return iso_date_valid(v, len) ? NULL : "请按“年-月-日”格式填写有效日期，例如 2026-03-01。";
    case FIELD_UINT: {
        long long id;
        return positive_id_parse(v, len, &id) ? NULL : "请输入正整数。";
    }
    case FIELD_INT_RANGE:
        return int_range_check(f, v);
    case FIELD_PHONE:
        return cn_phone_valid(v, len) ? NULL : "请填写有效的手机号码或固定电话（如 0563-4116396）。";
    case FIELD_EMAIL:
        return email_valid(v, len) ? NULL : "电子邮箱格式不正确。";
    case FIELD_POSTCODE:
        return cn_postcode_valid(v, len) ? NULL : "邮政编码应为6位数字。";
    case FIELD_CN_ID:
        return id_message(cn_resident_id_check(v, len, today));
    case FIELD_USCC:
        return uscc_message(uscc_check(v, len));
    }
    return "内容无效。";
}

const char *field_check(const struct field *f, const char *value, int today)
{
    size_t len = strlen(value);
    if (len == 0)
        return f->required ? (f->kind == FIELD_CHOICE || f->kind == FIELD_CHECKBOX
                                  ? "请选择此项。" : "此项为必填项。")
                           : NULL;
    if (!utf8_valid(value, len))
        return "含有无效的字符编码。";
    if (f->max_chars && utf8_length(value, len) > f->max_chars) {
        static _Thread_local char message[96];
        snprintf(message, sizeof message, "不能超过%zu个字。", f->max_chars);
        return message;
    }
    return kind_check(f, value, len, today);
}

/* Leading and trailing spaces (ASCII and the ideographic space) are dropped. */
static const char *trimmed(struct arena *arena, const char *s)
{
    while (*s == ' ' || *s == '\t' || strncmp(s, "\xE3\x80\x80", 3) == 0)
        s += (*s == ' ' || *s == '\t') ? 1 : 3;
    size_t len = strlen(s);
    for (;;) {
        if (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r' || s[len - 1] == '\n'))
            len--;
        else if (len >= 3 && memcmp(s + len - 3, "\xE3\x80\x80", 3) == 0)
            len -= 3;
        else
            break;
    }
    return arena_strndup(arena, s, len);
}

void form_read(struct request *req, const struct field *fields, size_t count, bool from_query,
               struct form *out)
{
    const struct params *src = from_query ? &req->query : &req->form;
    int today = today_yyyymmdd();
    out->arena = req->arena;
    out->fields = fields;
    out->count = count;
    out->values = arena_calloc(req->arena, count, sizeof *out->values);
    out->errors = arena_calloc(req->arena, count, sizeof *out->errors);
    out->error_count = 0;
    for (size_t i = 0; i < count; i++) {
        const char *raw = params_get(src, fields[i].name);
        out->values[i] = raw ? (fields[i].kind == FIELD_PASSWORD ? arena_strdup(req->arena, raw)
                                                                   : trimmed(req->arena, raw))
                             : "";
        if (fields[i].kind == FIELD_CN_ID || fields[i].kind == FIELD_USCC) {
            /* Check characters are written in upper case on the cards. */
            char *v = (char *)out->values[i];
            for (; *v; v++)
                if (*v >= 'a' && *v <= 'z')
                    *v = (char)(*v - 'a' + 'A');
        }
        out->errors[i] = field_check(&fields[i], out->values[i], today);
        if (out->errors[i])
            out->errors[i] = arena_strdup(req->arena, out->errors[i]);
        out->error_count += out->errors[i] != NULL;
    }
}

int form_field_index(const struct form *form, const char *name)
{
    for (size_t i = 0; i < form->count; i++)
        if (strcmp(form->fields[i].name, name) == 0)
            return (int)i;
    return -1;
}

void form_blank(struct arena *arena, const struct field *fields, size_t count, struct form *out)
{
    *out = (struct form){ .arena = arena, .fields = fields, .count = count };
    out->values = arena_calloc(arena, count, sizeof *out->values);
    out->errors = arena_calloc(arena, count, sizeof *out->errors);
    for (size_t i = 0; i < count; i++)
        out->values[i] = "";
}

const char *field_choice_label(const struct field_choice *choices, const char *value)
{
    for (const struct field_choice *c = choices; value && c->value; c++)
        if (strcmp(c->value, value) == 0)
            return c->label;
    return NULL;
}

void form_set_error(struct form *form, const char *name, const char *message)
{
    int i = form_field_index(form, name);
    if (i < 0)
        return;
    if (!form->errors[i])
        form->error_count++;
    form->errors[i] = message;
}

void form_set_value(struct form *form, const char *name, const char *value)
{
    int i = form_field_index(form, name);
    if (i >= 0)
        form->values[i] = value;
}

const char *form_value(const struct form *form, const char *name)
{
    int i = form_field_index(form, name);
    return i < 0 ? "" : form->values[i];
}

static void export_choices(const struct field *f, const char *value, struct tmpl_dict *dict,
                           struct arena *arena)
{
    const char *section = arena_printf(arena, "%s_options", f->name);
    for (const struct field_choice *c = f->choices; c && c->value; c++) {
        struct tmpl_dict *opt = tmpl_add_section(dict, section);
        tmpl_set(opt, "value", c->value);
        tmpl_set(opt, "label", c->label);
        if (strcmp(c->value, value) == 0)
            tmpl_show(opt, "selected");
    }
    if (*value)
        tmpl_show(dict, arena_printf(arena, "%s_is_%s", f->name, value));
}

void form_to_dict(const struct form *form, struct tmpl_dict *dict)
{
    struct arena *arena = form->arena;
    for (size_t i = 0; i < form->count; i++) {
        const struct field *f = &form->fields[i];
        if (f->kind != FIELD_PASSWORD)
            tmpl_set(dict, f->name, form->values[i]);
        if (form->errors[i]) {
            struct tmpl_dict *err = tmpl_add_section(dict, arena_printf(arena, "%s_error", f->name));
            tmpl_set(err, "message", form->errors[i]);
            tmpl_set(err, "label", f->label);
        }
        if (f->kind == FIELD_CHOICE)
            export_choices(f, form->values[i], dict, arena);
        if (f->kind == FIELD_CHECKBOX && strcmp(form->values[i], "1") == 0)
            tmpl_show(dict, arena_printf(arena, "%s_checked", f->name));
    }
    if (form->error_count) {
        struct tmpl_dict *summary = tmpl_add_section(dict, "form_has_errors");
        tmpl_set_int(summary, "error_count", form->error_count);
        for (size_t i = 0; i < form->count; i++) {
            if (!form->errors[i])
                continue;
            struct tmpl_dict *item = tmpl_add_section(summary, "form_errors");
            tmpl_set(item, "name", form->fields[i].name);
            tmpl_set(item, "label", form->fields[i].label);
            tmpl_set(item, "message", form->errors[i]);
        }
    }
}
