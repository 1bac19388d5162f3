/* The notice opt-in shared by the citizen forms; see notice_form.h. */
#include "notice_form.h"

#include "arena.h"
#include "tmpl.h"

void notice_choice_check(struct form *form)
{
    if (*form_value(form, "notify_email") && !*form_value(form, "email"))
        form_set_error(form, "notify_email", "选择电子邮件通知时，请在上方填写电子邮箱。");
    if (*form_value(form, "notify_sms") && !notice_phone_is_mobile(form_value(form, "phone")))
        form_set_error(form, "notify_sms", "短信通知只能发送到手机号码：请在上方联系电话中填写11位手机号码，"
                                          "或不选择短信通知。");
}

struct notice_choice notice_choice_of(const struct form *form)
{
    return (struct notice_choice){ *form_value(form, "notify_email") != '\0',
                                   *form_value(form, "notify_sms") != '\0',
                                   form_value(form, "email"), form_value(form, "phone") };
}

void notice_choice_to_dict(struct tmpl_dict *d, const struct form *form, const char *legend, const char *hint)
{
    struct tmpl_dict *box = tmpl_add_include(d, "notice_choice", "apply/notice_choice.tpl");
    tmpl_set(box, "notify_legend", legend);
    tmpl_set(box, "notify_hint", hint);
    /* The two rows are adjacent (NOTICE_CHOICE_FIELDS): export just them. */
    int first = form_field_index(form, "notify_email");
    struct form rows = { form->arena, form->fields + first, 2, form->values + first, form->errors + first, 0 };
    form_to_dict(&rows, box);
}

const char *notice_choice_receipt(struct arena *arena, bool by_email, bool by_sms, const char *what,
                                  const char *none)
{
    const char *label = notice_choice_label(by_email, by_sms);
    return label ? arena_printf(arena, "%s（%s）", label, what) : none;
}
