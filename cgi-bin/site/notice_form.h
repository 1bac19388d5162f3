/* The opt-in to notices on a citizen's form (issue 13): the application form
 * and the 互动交流 form offer the same two boxes, declared here once, with the
 * one check that each has somewhere to go, the fieldset the forms include
 * (templates/apply/notice_choice.tpl) and the receipt's wording. */
#ifndef PORTAL_NOTICE_FORM_H
#define PORTAL_NOTICE_FORM_H

#include <stdbool.h>

#include "form.h"
#include "notice.h"

/* The two rows, placed after the form's "phone" and "email" rows. */
#define NOTICE_CHOICE_FIELDS \
    { "notify_email", "电子邮件通知", FIELD_CHECKBOX, 0, false, NULL, 0, 0 }, \
    { "notify_sms", "短信通知", FIELD_CHECKBOX, 0, false, NULL, 0, 0 }

/* Notices go to the form's "email" and "phone": e-mail needs an address,
 * SMS a mobile number; otherwise a message beside the box that was ticked. */
void notice_choice_check(struct form *form);

/* What FORM chose, with its addresses (pointers into FORM). */
struct notice_choice notice_choice_of(const struct form *form);

/* The fieldset as the include "notice_choice" of D: LEGEND, the boxes as
 * FORM holds them, their errors, and HINT (what the person will be told of). */
void notice_choice_to_dict(struct tmpl_dict *d, const struct form *form, const char *legend, const char *hint);

/* The receipt's line: "电子邮件（WHAT）", "电子邮件和短信（WHAT）" ..., or NONE
 * when nothing was chosen (arena). */
const char *notice_choice_receipt(struct arena *arena, bool by_email, bool by_sms, const char *what,
                                  const char *none);

#endif
