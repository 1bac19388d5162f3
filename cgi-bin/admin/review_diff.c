/* What a reviewer sees: the version in review field by field against the
 * published one, long Markdown text as a line diff (a small LCS over the
 * changed middle), rendered by the include admin/review_changes.tpl. */
#include <string.h>

#include "review.h"
#include "app.h"
#include "db.h"
#include "form.h"
#include "tmpl.h"

/* Lines of TEXT that hold something (blank lines only separate paragraphs). */
struct lines {
    const char **text;
    size_t count;
};

static struct lines split_lines(struct arena *arena, const char *text)
{
    struct lines l = { NULL, 0 };
    size_t cap = 0;
    while (*text) {
        const char *end = strchr(text, '\n');
        size_t len = end ? (size_t)(end - text) : strlen(text);
        size_t shown = len && text[len - 1] == '\r' ? len - 1 : len;
        if (strspn(text, " \t\r") < shown) {
            l.text = arena_array_reserve(arena, l.text, l.count, &cap, sizeof *l.text, 32);
            l.text[l.count++] = arena_strndup(arena, text, shown);
        }
        text += end ? len + 1 : len;
    }
    return l;
}

static void add_line(struct tmpl_dict *d, const char *kind, const char *text)
{
    tmpl_set(tmpl_add_section(tmpl_add_section(d, "diff_lines"), kind), "text", text);
}

/* Beyond this many cells the middle is shown as all removed then all added. */
enum { LCS_MAX_CELLS = 1 << 21 };

/* Adds the lines A[0..n) and B[0..m) as removed/added/kept by their longest common subsequence. */
static void add_middle(struct arena *arena, struct tmpl_dict *d, const char **a, size_t n,
                       const char **b, size_t m)
{
    if ((n + 1) * (m + 1) > LCS_MAX_CELLS) {
        for (size_t i = 0; i < n; i++)
            add_line(d, "del", a[i]);
        for (size_t j = 0; j < m; j++)
            add_line(d, "ins", b[j]);
        return;
    }
    /* len[i][j]: LCS length of a[i..n) and b[j..m) */
    unsigned short *len = arena_calloc(arena, (n + 1) * (m + 1), sizeof *len);
    for (size_t i = n; i-- > 0;)
        for (size_t j = m; j-- > 0;)
            len[i * (m + 1) + j] = strcmp(a[i], b[j]) == 0
                ? (unsigned short)(len[(i + 1) * (m + 1) + j + 1] + 1)
                : len[(i + 1) * (m + 1) + j] >= len[i * (m + 1) + j + 1]
                    ? len[(i + 1) * (m + 1) + j] : len[i * (m + 1) + j + 1];
    size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && strcmp(a[i], b[j]) == 0) {
            add_line(d, "same", a[i]);
            i++, j++;
        } else if (j == m || (i < n && len[(i + 1) * (m + 1) + j] >= len[i * (m + 1) + j + 1])) {
            add_line(d, "del", a[i++]);
        } else {
            add_line(d, "ins", b[j++]);
        }
    }
}

/* The line diff of BEFORE and AFTER into D's diff_lines; the common head and tail are kept as is. */
static void add_text_diff(struct arena *arena, struct tmpl_dict *d, const char *before, const char *after)
{
    struct lines a = split_lines(arena, before), b = split_lines(arena, after);
    size_t head = 0, tail = 0;
    while (head < a.count && head < b.count && strcmp(a.text[head], b.text[head]) == 0)
        add_line(d, "same", a.text[head++]);
    while (tail < a.count - head && tail < b.count - head
           && strcmp(a.text[a.count - 1 - tail], b.text[b.count - 1 - tail]) == 0)
        tail++;
    add_middle(arena, d, a.text + head, a.count - head - tail, b.text + head, b.count - head - tail);
    for (size_t k = a.count - tail; k < a.count; k++)
        add_line(d, "same", a.text[k]);
}

/* One field as the template shows it. */
struct review_field {
    const char *label;
    const char *before;
    const char *after;
    bool long_text;
};

static void add_field(struct arena *arena, struct tmpl_dict *list, const struct review_field *f,
                      bool amendment)
{
    struct tmpl_dict *row = tmpl_add_section(list, "review_fields");
    tmpl_set(row, "label", f->label);
    bool changed = amendment && strcmp(f->before, f->after) != 0;
    if (!changed) {
        tmpl_set(tmpl_add_section(row, f->long_text ? "long_same" : "short_same"), "value", f->after);
        return;
    }
    tmpl_show(row, "changed");
    if (f->long_text) {
        add_text_diff(arena, tmpl_add_section(row, "long_changed"), f->before, f->after);
        return;
    }
    struct tmpl_dict *s = tmpl_add_section(row, "short_changed");
    tmpl_set(s, "before", f->before);
    tmpl_set(s, "after", f->after);
}

/* What a form value means to a person: choice labels, names for agency and
 * category ids, the Art. 20 item spelled out. */
static const char *value_shown(struct request *req, const struct field *f, const char *value)
{
    const char *label = f->choices ? field_choice_label(f->choices, value) : NULL;
    size_t n = strlen(f->name);
    if (label || !*value)
        return label ? label : value;
    if (strcmp(f->name, "art20") == 0)
        return arena_printf(req->arena, "第二十条第（%s）项", value);
    if (n < 3 || strcmp(f->name + n - 3, "_id") != 0)
        return value;
    bool agency = strcmp(f->name, "agency_id") == 0;
    sqlite3_stmt *st = db_stmt(req->app->content_db, agency
        ? "SELECT name FROM agencies WHERE id = ?1" : "SELECT name FROM categories WHERE id = ?1");
    sqlite3_bind_text(st, 1, value, -1, SQLITE_STATIC);
    const char *name = sqlite3_step(st) == SQLITE_ROW ? db_text(req->arena, st, 0) : value;
    sqlite3_reset(st);
    return name;
}

void review_add_changes(struct request *req, struct tmpl_dict *d, const struct field *fields,
                        size_t count, const char *const *before, const char *const *after)
{
    struct tmpl_dict *inc = tmpl_add_include(d, "review_changes", "admin/review_changes.tpl");
    tmpl_show(inc, before ? "amendment" : "new_item");
    long long changes = 0;
    for (size_t i = 0; i < count; i++) {
        struct review_field f = {
            .label = fields[i].label,
            .before = before ? value_shown(req, &fields[i], before[i]) : "",
            .after = value_shown(req, &fields[i], after[i]),
            .long_text = fields[i].kind == FIELD_TEXTAREA };
        add_field(req->arena, inc, &f, before != NULL);
        changes += before && strcmp(f.before, f.after) != 0;
    }
    if (before)
        tmpl_set_int(inc, "change_count", changes);
}
