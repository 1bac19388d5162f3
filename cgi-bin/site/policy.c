/* Labels and list parsing for the inspection-facing parts of a column
 * (policy.h): validity, relations between entries, and the agency's lists of
 * leaders and powers kept as lines of cells. */
#include "policy.h"

#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "validate.h"

static const char *const validity_labels[][2] = {
    { "valid", "现行有效" }, { "amended", "已修改" }, { "repealed", "已废止" }, { "expired", "已失效" },
};

const char *policy_validity_label(const char *validity)
{
    for (size_t i = 0; i < sizeof validity_labels / sizeof validity_labels[0]; i++)
        if (validity && strcmp(validity, validity_labels[i][0]) == 0)
            return validity_labels[i][1];
    return validity_labels[0][1];
}

const char *policy_validity_badge(const char *validity)
{
    return !validity || strcmp(validity, "valid") == 0 ? NULL : policy_validity_label(validity);
}

bool policy_validity_known(const char *validity)
{
    for (size_t i = 0; i < sizeof validity_labels / sizeof validity_labels[0]; i++)
        if (strcmp(validity, validity_labels[i][0]) == 0)
            return true;
    return false;
}

static const char *const relation_labels[][2] = {
    { "text", "文字解读" }, { "graphic", "图解" }, { "media", "音视频解读" }, { "clarifies", "澄清说明" },
};

const char *policy_relation_label(const char *relation)
{
    for (size_t i = 0; i < sizeof relation_labels / sizeof relation_labels[0]; i++)
        if (relation && strcmp(relation, relation_labels[i][0]) == 0)
            return relation_labels[i][1];
    return "";
}

bool policy_relation_interprets(const char *relation)
{
    return relation && *relation && strcmp(relation, "clarifies") != 0 && *policy_relation_label(relation);
}

const char *const policy_genre_names[POLICY_GENRES] = { "规章", "行政规范性文件", "其他文件" };

/* ---- lists of cells ------------------------------------------------------------- */

const struct list_spec leader_list = {
    .cells = 3, .required = 2, .max_chars = { 20, 40, 300 }, .names = { "姓名", "职务", "分管工作" },
    .max_rows = 30,
};

const struct list_spec power_list = {
    .cells = 5, .required = 4, .max_chars = { 100, 20, 500, 100, 100 },
    .names = { "事项名称", "类别", "依据", "实施主体", "办事指南" }, .max_rows = LIST_MAX_ROWS,
};

/* The ten kinds of 行政权力 of the provincial 权责清单 catalogues, and 公共服务. */
static const char *const power_categories[] = {
    "行政许可", "行政处罚", "行政强制", "行政征收", "行政给付", "行政检查", "行政确认",
    "行政奖励", "行政裁决", "其他行政权力", "公共服务",
};

bool power_category_known(const char *category)
{
    for (size_t i = 0; i < sizeof power_categories / sizeof power_categories[0]; i++)
        if (strcmp(category, power_categories[i]) == 0)
            return true;
    return false;
}

/* A copy of [S, E) without surrounding spaces (ASCII and the ideographic space). */
static const char *trimmed(struct arena *arena, const char *s, const char *e)
{
    for (;;) {
        if (s < e && (*s == ' ' || *s == '\t' || *s == '\r'))
            s++;
        else if (e - s >= 3 && memcmp(s, "\u3000", 3) == 0)
            s += 3;
        else
            break;
    }
    for (;;) {
        if (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
            e--;
        else if (e - s >= 3 && memcmp(e - 3, "\u3000", 3) == 0)
            e -= 3;
        else
            break;
    }
    return arena_strndup(arena, s, (size_t)(e - s));
}

/* The next separator ("|" or the full-width "｜") in [S, E), its length in *LEN; NULL when none. */
static const char *next_separator(const char *s, const char *e, size_t *len)
{
    for (; s < e; s++) {
        if (*s == '|') {
            *len = 1;
            return s;
        }
        if (e - s >= 3 && memcmp(s, "\uff5c", 3) == 0) {
            *len = 3;
            return s;
        }
    }
    return NULL;
}

/* Splits one line into ROW; NULL, or the problem. */
static const char *parse_line(struct arena *arena, const char *s, const char *e, const struct list_spec *spec,
                              struct list_row *row)
{
    size_t n = 0, sep_len = 0;
    for (;;) {
        const char *sep = next_separator(s, e, &sep_len);
        if (n == spec->cells)
            return arena_printf(arena, "第%d行多于%zu项，请用“|”分隔%s等%zu项。", row->line, spec->cells,
                                spec->names[0], spec->cells);
        row->cell[n] = trimmed(arena, s, sep ? sep : e);
        size_t len = strlen(row->cell[n]);
        if (!utf8_valid(row->cell[n], len) || utf8_length(row->cell[n], len) > spec->max_chars[n])
            return arena_printf(arena, "第%d行的%s不能超过%zu个字。", row->line, spec->names[n], spec->max_chars[n]);
        n++;
        if (!sep)
            break;
        s = sep + sep_len;
    }
    for (size_t i = n; i < LIST_MAX_CELLS; i++)
        row->cell[i] = "";
    for (size_t i = 0; i < spec->required; i++)
        if (!*row->cell[i])
            return arena_printf(arena, "第%d行缺少%s（每行依次填写%s，用“|”分隔）。", row->line, spec->names[i],
                                spec->names[0]);
    return NULL;
}

int list_parse(struct arena *arena, const char *text, const struct list_spec *spec,
               struct list_row **rows, const char **problem)
{
    struct list_row *out = arena_alloc(arena, sizeof *out * (spec->max_rows + 1));
    int count = 0, line = 0;
    *problem = NULL;
    for (const char *s = text; s && *s;) {
        const char *e = strchr(s, '\n');
        if (!e)
            e = s + strlen(s);
        line++;
        if (*trimmed(arena, s, e)) {
            if ((size_t)count == spec->max_rows) {
                *problem = arena_printf(arena, "最多%zu行。", spec->max_rows);
                return -1;
            }
            out[count].line = line;
            if ((*problem = parse_line(arena, s, e, spec, &out[count])))
                return -1;
            count++;
        }
        s = *e ? e + 1 : e;
    }
    *rows = out;
    return count;
}
