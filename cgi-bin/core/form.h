/* Declared form fields: each form lists its fields once (name, Chinese label,
 * kind, maximum length, required). The same table validates a submission,
 * re-renders the form with what was typed and a message beside each bad
 * field, and tells tests which fields exist. */
#ifndef PORTAL_FORM_H
#define PORTAL_FORM_H

#include <stdbool.h>
#include <stddef.h>

struct arena;
struct request;
struct tmpl_dict;

enum field_kind {
    FIELD_TEXT,        /* one line */
    FIELD_TEXTAREA,    /* several lines */
    FIELD_CHOICE,      /* one of field.choices (values) */
    FIELD_CHECKBOX,    /* "1" when ticked, "" otherwise */
    FIELD_DATE,        /* YYYY-MM-DD */
    FIELD_UINT,        /* positive decimal id */
    FIELD_INT_RANGE,   /* integer in [min, max] */
    FIELD_PHONE,
    FIELD_EMAIL,
    FIELD_POSTCODE,
    FIELD_CN_ID,       /* 居民身份证 number */
    FIELD_USCC,        /* 统一社会信用代码 */
    FIELD_PASSWORD,    /* never echoed back */
};

struct field_choice {
    const char *value;
    const char *label;
};

struct field {
    const char *name;
    const char *label;
    enum field_kind kind;
    size_t max_chars;
    bool required;
    const struct field_choice *choices;   /* FIELD_CHOICE: terminated by {NULL, NULL} */
    long min, max;                        /* FIELD_INT_RANGE */
};

struct form {
    struct arena *arena;    /* the request's: section names and messages live there */
    const struct field *fields;
    size_t count;
    const char **values;    /* trimmed, as typed; "" when absent */
    const char **errors;    /* NULL or a Chinese message */
    int error_count;
};

/* Reads and validates every declared field from req->form (or the query for GET forms). */
void form_read(struct request *req, const struct field *fields, size_t count, bool from_query,
               struct form *out);
/* A form as first shown: every value "" and no errors (arrays in ARENA). */
void form_blank(struct arena *arena, const struct field *fields, size_t count, struct form *out);
/* The label of VALUE among CHOICES (terminated by {NULL, NULL}), or NULL. */
const char *field_choice_label(const struct field_choice *choices, const char *value);
/* Checks one value against its declaration; returns NULL or a Chinese message. */
const char *field_check(const struct field *f, const char *value, int today_yyyymmdd);
/* Marks field NAME as wrong with MESSAGE (for checks across fields). */
void form_set_error(struct form *form, const char *name, const char *message);
/* Replaces field NAME's value (a check that puts what was typed in its canonical form). */
void form_set_value(struct form *form, const char *name, const char *value);
const char *form_value(const struct form *form, const char *name);
/* The position of field NAME in the form's declaration, or -1. */
int form_field_index(const struct form *form, const char *name);
/* Exports values as {{name}}, {{#name_error}}{{message}}{{/name_error}}, choice
 * sections {{#name_options}}{{value}}{{label}}{{#selected}}...{{/name_options}}
 * and {{#name_checked}}, plus {{#form_has_errors}} with {{error_count}}. */
void form_to_dict(const struct form *form, struct tmpl_dict *dict);
/* Today's date in Beijing as yyyymmdd (PORTAL_TODAY overrides it for tests). */
int today_yyyymmdd(void);

#endif
