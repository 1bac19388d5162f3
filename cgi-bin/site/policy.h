/* What the inspection indicators (政府网站与政务新媒体检查指标, 2019) look for
 * in an agency's column, shared by admin.fcgi and portal.fcgi: the validity of
 * a policy document, an entry's relation to another (解读, 澄清), and the
 * agency's lists kept as lines of cells (负责人信息, 权责清单). */
#ifndef PORTAL_POLICY_H
#define PORTAL_POLICY_H

#include <stdbool.h>
#include <stddef.h>

struct arena;

/* 现行有效, 已修改, 已废止 or 已失效 for entries.validity. */
const char *policy_validity_label(const char *validity);
/* The same, but NULL for a document in force unamended (nothing to flag). */
const char *policy_validity_badge(const char *validity);
/* True for the validity codes a filter may ask for. */
bool policy_validity_known(const char *validity);

/* 文字解读, 图解, 音视频解读 or 澄清说明 for entries.relation; "" for none. */
const char *policy_relation_label(const char *relation);
/* True for the interpretation relations (text, graphic, media). */
bool policy_relation_interprets(const char *relation);

/* The genres (体裁, by name) of the 政策文件库: 规章, 行政规范性文件, 其他文件. */
enum { POLICY_GENRES = 3 };
extern const char *const policy_genre_names[POLICY_GENRES];

/* A list an agency keeps as text, one item a line, cells split by "|" or "｜"
 * (负责人: 姓名｜职务｜分管工作; 权责清单: 事项名称｜类别｜依据｜实施主体｜办事指南). */
enum { LIST_MAX_CELLS = 5, LIST_MAX_ROWS = 200 };

struct list_spec {
    size_t cells;                             /* cells a line has at most */
    size_t required;                          /* the first REQUIRED must not be empty */
    size_t max_chars[LIST_MAX_CELLS];         /* per cell */
    const char *names[LIST_MAX_CELLS];        /* 姓名, 职务 ... for messages */
    size_t max_rows;
};

struct list_row {
    const char *cell[LIST_MAX_CELLS];         /* trimmed, "" when absent */
    int line;                                 /* 1-based line of the text */
};

/* Splits TEXT by SPEC into *ROWS (in ARENA; blank lines skipped). Returns the
 * row count, or -1 with *PROBLEM set to a Chinese message naming the line. */
int list_parse(struct arena *arena, const char *text, const struct list_spec *spec,
               struct list_row **rows, const char **problem);

extern const struct list_spec leader_list, power_list;

/* The categories of 权力事项 a 权责清单 line may name (行政许可 ...). */
bool power_category_known(const char *category);

#endif
