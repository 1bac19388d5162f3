/* The annual report's tables: section 三 counted from application rows,
 * section 二 from catalogue documents, the figures as key/value pairs, and
 * the shared HTML (template values), SVG chart and CSV renderings.
 * Pure functions over their inputs; no SQL here. */
#include "annual_report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "application.h"
#include "arena.h"
#include "tmpl.h"
#include "workdays.h"

/* ---- section 三 ----------------------------------------------------------- */

static const char *const column_keys[AR_COLUMNS] = {
    "person", "business", "research", "public_interest", "legal_service", "other", "total" };
static const char *const column_labels[AR_COLUMNS] = {
    "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计" };

enum ar_column ar_column_of(const char *applicant_type, const char *org_category)
{
    if (applicant_type && strcmp(applicant_type, "person") == 0)
        return AR_PERSON;
    for (int c = AR_BUSINESS; c < AR_ORG_OTHER; c++)
        if (org_category && strcmp(org_category, column_keys[c]) == 0)
            return (enum ar_column)c;
    return AR_ORG_OTHER;
}

/* The row an application concluded in the year counts in; -1 without a known outcome. */
static int outcome_row(const struct ar_application *a)
{
    const char *code = a->outcome ? a->outcome : "";
    if (a->state && strcmp(a->state, "withdrawn") == 0)
        code = "other";
    for (size_t i = 0; i < outcome_count && i < AR_OUTCOMES; i++)
        if (strcmp(outcomes[i].code, code) == 0)
            return AR_ROW_FIRST_OUTCOME + (int)i;
    return -1;
}

static void count_in(struct table3 *t, int row, enum ar_column col)
{
    t->cell[row][col]++;
    t->cell[row][AR_TOTAL]++;
}

/* Days are ISO strings, so comparing them as text orders them by date. */
static void count_application(struct table3 *t, const struct ar_application *a, const char *first,
                              const char *last)
{
    const char *received = a->received_day ? a->received_day : "";
    const char *concluded = a->concluded_day ? a->concluded_day : "";
    if (!*received || strcmp(received, last) > 0 || (*concluded && strcmp(concluded, first) < 0))
        return;
    enum ar_column col = ar_column_of(a->applicant_type, a->org_category);
    count_in(t, strcmp(received, first) >= 0 ? AR_ROW_NEW : AR_ROW_CARRIED_IN, col);
    if (!*concluded || strcmp(concluded, last) > 0) {
        count_in(t, AR_ROW_CARRIED_OUT, col);
        return;
    }
    int row = outcome_row(a);
    if (row < 0) {
        t->unclassified[col]++;
        t->unclassified[AR_TOTAL]++;
    } else {
        count_in(t, row, col);
    }
}

void table3_check(struct table3 *t)
{
    t->all_balanced = true;
    for (int c = 0; c < AR_COLUMNS; c++) {
        long long in = t->cell[AR_ROW_NEW][c] + t->cell[AR_ROW_CARRIED_IN][c];
        long long out = t->cell[AR_ROW_CONCLUDED][c] + t->cell[AR_ROW_CARRIED_OUT][c];
        t->balanced[c] = in == out;
        t->all_balanced = t->all_balanced && t->balanced[c];
    }
}

void table3_compute(int year, const struct ar_application *rows, size_t count, struct table3 *out)
{
    char first[16], last[16];
    snprintf(first, sizeof first, "%04d-01-01", year);
    snprintf(last, sizeof last, "%04d-12-31", year);
    memset(out, 0, sizeof *out);
    for (size_t i = 0; i < count; i++)
        count_application(out, &rows[i], first, last);
    for (int r = AR_ROW_FIRST_OUTCOME; r < AR_ROW_CONCLUDED; r++)
        for (int c = 0; c < AR_COLUMNS; c++)
            out->cell[AR_ROW_CONCLUDED][c] += out->cell[r][c];
    table3_check(out);
}

void table3_add(struct table3 *sum, const struct table3 *t)
{
    for (int c = 0; c < AR_COLUMNS; c++) {
        for (int r = 0; r < AR_ROWS; r++)
            sum->cell[r][c] += t->cell[r][c];
        sum->unclassified[c] += t->unclassified[c];
    }
    table3_check(sum);
}

/* ---- section 二 ----------------------------------------------------------- */

static bool day_in_year(const char *day, const char *year4)
{
    return day && strlen(day) >= 10 && strncmp(day, year4, 4) == 0;
}

void table2_compute(int year, const struct ar_document *docs, size_t count, struct report_figures *fig)
{
    char year4[8], last[16];
    snprintf(year4, sizeof year4, "%04d", year);
    snprintf(last, sizeof last, "%04d-12-31", year);
    memset(fig->docs, 0, sizeof fig->docs);
    for (size_t i = 0; i < count; i++) {
        const struct ar_document *d = &docs[i];
        const char *ended = d->ended_day ? d->ended_day : "";
        if (d->kind >= AR_DOC_KINDS || !d->issued_day || !*d->issued_day)
            continue;
        if (day_in_year(d->issued_day, year4))
            fig->docs[d->kind][AR_DOC_NEW]++;
        if (d->repealed && day_in_year(ended, year4))
            fig->docs[d->kind][AR_DOC_REPEALED]++;
        if (strcmp(d->issued_day, last) <= 0 && (!*ended || strcmp(ended, last) > 0))
            fig->docs[d->kind][AR_DOC_VALID]++;
    }
}

/* ---- clerk figures -------------------------------------------------------- */

static const struct {
    const char *key;
    const char *label;
} clerk_figures[AR_CLERK_FIGURES] = {
    { "permit", "行政许可 本年处理决定数量" },
    { "penalty", "行政处罚 本年处理决定数量" },
    { "coercion", "行政强制 本年处理决定数量" },
    { "fee", "行政事业性收费 本年收费金额（万元）" },
    { "review_upheld", "行政复议 结果维持" }, { "review_corrected", "行政复议 结果纠正" },
    { "review_other", "行政复议 其他结果" }, { "review_pending", "行政复议 尚未审结" },
    { "review_total", "行政复议 总计" },
    { "direct_upheld", "未经复议直接起诉 结果维持" }, { "direct_corrected", "未经复议直接起诉 结果纠正" },
    { "direct_other", "未经复议直接起诉 其他结果" }, { "direct_pending", "未经复议直接起诉 尚未审结" },
    { "direct_total", "未经复议直接起诉 总计" },
    { "after_upheld", "复议后起诉 结果维持" }, { "after_corrected", "复议后起诉 结果纠正" },
    { "after_other", "复议后起诉 其他结果" }, { "after_pending", "复议后起诉 尚未审结" },
    { "after_total", "复议后起诉 总计" },
};

const char *ar_clerk_key(enum ar_clerk_figure f)
{
    return f < AR_CLERK_FIGURES ? clerk_figures[f].key : "";
}

const char *ar_clerk_label(enum ar_clerk_figure f)
{
    return f < AR_CLERK_FIGURES ? clerk_figures[f].label : "";
}

/* Counts: 1 to 9 digits without a sign. The fee: the same, then up to 4 decimals. */
const char *ar_clerk_check(enum ar_clerk_figure f, const char *value)
{
    size_t digits = strspn(value, "0123456789");
    if (f != AR_FEE)
        return digits >= 1 && digits <= 9 && value[digits] == '\0'
                   ? NULL : "请填写0或正整数（没有则填0）。";
    const char *rest = value + digits;
    size_t decimals = *rest == '.' ? strspn(rest + 1, "0123456789") : 0;
    bool ok = digits >= 1 && digits <= 9
              && (*rest == '\0' || (decimals >= 1 && decimals <= 4 && rest[1 + decimals] == '\0'));
    return ok ? NULL : "请填写以万元为单位的金额，如 0 或 1.25（最多4位小数）。";
}

const char *ar_total_check(const struct report_figures *fig, int group, long long *sum)
{
    int base = AR_REVIEW_UPHELD + group * 5;
    *sum = 0;
    for (int i = 0; i < 4; i++)
        *sum += atoll(fig->clerk[base + i]);
    return atoll(fig->clerk[base + 4]) == *sum ? NULL : "总计应等于结果维持、结果纠正、其他结果、尚未审结四项之和。";
}

/* ---- figures as key/value pairs ------------------------------------------- */

static const char *const doc_kind_keys[AR_DOC_KINDS] = { "rule", "normative" };
static const char *const doc_measure_keys[AR_DOC_MEASURES] = { "new", "repealed", "valid" };

/* The key part of section 三's row R: "new", "carried_in", an outcome code, "total", "carried_out". */
static const char *t3_row_key(int r)
{
    if (r == AR_ROW_NEW)
        return "new";
    if (r == AR_ROW_CARRIED_IN)
        return "carried_in";
    if (r == AR_ROW_CONCLUDED)
        return "total";
    if (r == AR_ROW_CARRIED_OUT)
        return "carried_out";
    return outcomes[r - AR_ROW_FIRST_OUTCOME].code;
}

void report_figures_init(struct report_figures *fig)
{
    memset(fig, 0, sizeof *fig);
    for (int f = 0; f < AR_CLERK_FIGURES; f++)
        fig->clerk[f] = "0";
    table3_check(&fig->t3);
}

void report_figures_each_computed(struct arena *arena, const struct report_figures *fig,
                                  void (*fn)(void *ctx, const char *key, const char *value), void *ctx)
{
    for (int k = 0; k < AR_DOC_KINDS; k++)
        for (int m = 0; m < AR_DOC_MEASURES; m++)
            fn(ctx, arena_printf(arena, "t2.%s.%s", doc_kind_keys[k], doc_measure_keys[m]),
               arena_printf(arena, "%lld", fig->docs[k][m]));
    for (int r = 0; r < AR_ROWS; r++)
        for (int c = 0; c < AR_COLUMNS; c++)
            fn(ctx, arena_printf(arena, "t3.%s.%s", t3_row_key(r), column_keys[c]),
               arena_printf(arena, "%lld", fig->t3.cell[r][c]));
    for (int c = 0; c < AR_COLUMNS; c++)
        fn(ctx, arena_printf(arena, "t3.unclassified.%s", column_keys[c]),
           arena_printf(arena, "%lld", fig->t3.unclassified[c]));
}

static int index_of(const char *const *keys, int count, const char *key, size_t len)
{
    for (int i = 0; i < count; i++)
        if (strlen(keys[i]) == len && strncmp(keys[i], key, len) == 0)
            return i;
    return -1;
}

static void set_t2(struct report_figures *fig, const char *key, long long value)
{
    size_t kind_len = strcspn(key, ".");
    int k = index_of(doc_kind_keys, AR_DOC_KINDS, key, kind_len);
    int m = key[kind_len] ? index_of(doc_measure_keys, AR_DOC_MEASURES, key + kind_len + 1,
                                     strlen(key + kind_len + 1)) : -1;
    if (k >= 0 && m >= 0)
        fig->docs[k][m] = value;
}

/* KEY is "row.column"; the row may itself contain no dots (outcome codes have none). */
static void set_t3(struct report_figures *fig, const char *key, long long value)
{
    const char *dot = strrchr(key, '.');
    if (!dot)
        return;
    int c = index_of(column_keys, AR_COLUMNS, dot + 1, strlen(dot + 1));
    size_t row_len = (size_t)(dot - key);
    if (c < 0)
        return;
    if (row_len == 12 && strncmp(key, "unclassified", 12) == 0) {
        fig->t3.unclassified[c] = value;
        return;
    }
    for (int r = 0; r < AR_ROWS; r++)
        if (strlen(t3_row_key(r)) == row_len && strncmp(t3_row_key(r), key, row_len) == 0)
            fig->t3.cell[r][c] = value;
}

void report_figures_set(struct arena *arena, struct report_figures *fig, const char *key,
                        const char *value)
{
    if (strncmp(key, "t2.", 3) == 0) {
        set_t2(fig, key + 3, atoll(value));
    } else if (strncmp(key, "t3.", 3) == 0) {
        set_t3(fig, key + 3, atoll(value));
        table3_check(&fig->t3);
    } else {
        for (int f = 0; f < AR_CLERK_FIGURES; f++)
            if (strcmp(key, clerk_figures[f].key) == 0)
                fig->clerk[f] = arena_strdup(arena, value);
    }
}

/* ---- section 三's row labels (shared by HTML and CSV) ----------------------- */

struct t3_labels {
    const char *major;   /* 一、... 三、本年度办理结果 四、... */
    const char *group;   /* （一）予以公开 ... （七）总计; NULL for 一, 二, 四 */
    const char *sub;     /* 1.属于国家秘密 ...; NULL for single rows */
    int group_number;    /* 1-7 under 三, else 0 */
    int sub_number;      /* 1-8 inside a group, else 0 */
};

static const char partial_note[] = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";

static struct t3_labels t3_row_labels(struct arena *arena, int r)
{
    struct t3_labels l = { 0 };
    if (r == AR_ROW_NEW || r == AR_ROW_CARRIED_IN || r == AR_ROW_CARRIED_OUT) {
        l.major = r == AR_ROW_NEW ? "一、本年新收政府信息公开申请数量"
                  : r == AR_ROW_CARRIED_IN ? "二、上年结转政府信息公开申请数量" : "四、结转下年度继续办理";
        return l;
    }
    l.major = "三、本年度办理结果";
    if (r == AR_ROW_CONCLUDED) {
        l.group = "（七）总计";
        l.group_number = 7;
        return l;
    }
    const struct outcome *o = &outcomes[r - AR_ROW_FIRST_OUTCOME];
    const char *dot = strchr(o->report_row, '.');
    l.group_number = atoi(o->report_row);
    l.group = strcmp(o->code, "partial") == 0 ? partial_note : o->group;
    if (dot) {
        l.sub_number = atoi(dot + 1);
        l.sub = arena_printf(arena, "%d.%s", l.sub_number, o->label);
    }
    return l;
}

static int group_size(int group_number)
{
    int n = 0;
    for (size_t i = 0; i < outcome_count && i < AR_OUTCOMES; i++)
        n += atoi(outcomes[i].report_row) == group_number;
    return n;
}

/* ---- HTML: template values of report_tables.tpl ----------------------------- */

static void add_label_cell(struct tmpl_dict *row, const char *id, const char *scope, const char *text,
                           int rowspan, int colspan)
{
    struct tmpl_dict *cell = tmpl_add_section(row, "label");
    tmpl_set(cell, "id", id);
    tmpl_set(cell, "scope", scope);
    tmpl_set(cell, "text", text);
    if (rowspan > 1)
        tmpl_set_int(tmpl_add_section(cell, "rowspan"), "n", rowspan);
    if (colspan > 1)
        tmpl_set_int(tmpl_add_section(cell, "colspan"), "n", colspan);
}

/* Adds the row's label cells (only where a merged cell starts) and returns its header ids. */
static const char *add_t3_labels(struct arena *a, struct tmpl_dict *row, int r)
{
    struct t3_labels l = t3_row_labels(a, r);
    if (!l.group) {
        const char *id = r == AR_ROW_NEW ? "t3-r1" : r == AR_ROW_CARRIED_IN ? "t3-r2" : "t3-r4";
        add_label_cell(row, id, "row", l.major, 1, 3);
        return id;
    }
    if (r == AR_ROW_FIRST_OUTCOME)
        add_label_cell(row, "t3-r3", "rowgroup", l.major, AR_OUTCOMES + 1, 1);
    const char *group_id = arena_printf(a, "t3-g%d", l.group_number);
    if (!l.sub) {
        add_label_cell(row, group_id, "row", l.group, 1, 2);
        return arena_printf(a, "t3-r3 %s", group_id);
    }
    if (l.sub_number == 1)
        add_label_cell(row, group_id, "rowgroup", l.group, group_size(l.group_number), 1);
    const char *sub_id = arena_printf(a, "t3-o%d", r - AR_ROW_FIRST_OUTCOME + 1);
    add_label_cell(row, sub_id, "row", l.sub, 1, 1);
    return arena_printf(a, "t3-r3 %s %s", group_id, sub_id);
}

static const char *column_header_ids(struct arena *a, int c)
{
    if (c == AR_PERSON || c == AR_TOTAL)
        return arena_printf(a, "t3-applicant t3-c%d", c);
    return arena_printf(a, "t3-applicant t3-org t3-c%d", c);
}

static bool row_takes_part_in_identity(int r)
{
    return r == AR_ROW_NEW || r == AR_ROW_CARRIED_IN || r == AR_ROW_CONCLUDED || r == AR_ROW_CARRIED_OUT;
}

static void fill_table3(struct arena *a, struct tmpl_dict *d, const struct table3 *t)
{
    for (int r = 0; r < AR_ROWS; r++) {
        struct tmpl_dict *row = tmpl_add_section(d, "t3_row");
        if (r == AR_ROW_CONCLUDED || r == AR_ROW_NEW || r == AR_ROW_CARRIED_OUT)
            tmpl_show(row, "summary_row");
        const char *row_ids = add_t3_labels(a, row, r);
        for (int c = 0; c < AR_COLUMNS; c++) {
            struct tmpl_dict *v = tmpl_add_section(row, "value");
            tmpl_set(v, "headers", arena_printf(a, "%s %s", row_ids, column_header_ids(a, c)));
            tmpl_set_int(v, "n", t->cell[r][c]);
            if (!t->balanced[c] && row_takes_part_in_identity(r))
                tmpl_show(v, "broken");
        }
    }
}

static void fill_balance(struct arena *a, struct tmpl_dict *d, const struct table3 *t)
{
    if (t->all_balanced) {
        tmpl_show(d, "balanced");
        return;
    }
    struct tmpl_dict *box = tmpl_add_section(d, "unbalanced");
    for (int c = 0; c < AR_COLUMNS; c++) {
        if (t->balanced[c])
            continue;
        struct tmpl_dict *col = tmpl_add_section(box, "broken_column");
        tmpl_set(col, "label", column_labels[c]);
        tmpl_set_int(col, "in", t->cell[AR_ROW_NEW][c] + t->cell[AR_ROW_CARRIED_IN][c]);
        tmpl_set_int(col, "out", t->cell[AR_ROW_CONCLUDED][c] + t->cell[AR_ROW_CARRIED_OUT][c]);
        if (t->unclassified[c])
            tmpl_set(tmpl_add_section(col, "unclassified"), "n",
                     arena_printf(a, "%lld", t->unclassified[c]));
    }
}

/* ---- the SVG chart of outcomes: one bar per group （一）-（六） ------------------ */

enum { CHART_WIDTH = 640, CHART_LABEL_X = 150, CHART_BAR_MAX = 400, CHART_ROW = 40, CHART_TOP = 10,
       CHART_BAR_HEIGHT = 24, CHART_GROUPS = 6 };

static const char *const chart_colours[CHART_GROUPS] = {
    "#1d6b2f", "#0b4f9c", "#a8151b", "#8a4b00", "#5b3f8c", "#4a4a4a" };
static const char *const chart_labels[CHART_GROUPS] = {
    "予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理" };

static void group_totals(const struct table3 *t, long long totals[CHART_GROUPS])
{
    memset(totals, 0, CHART_GROUPS * sizeof totals[0]);
    for (size_t i = 0; i < outcome_count && i < AR_OUTCOMES; i++) {
        int g = atoi(outcomes[i].report_row) - 1;
        if (g >= 0 && g < CHART_GROUPS)
            totals[g] += t->cell[AR_ROW_FIRST_OUTCOME + i][AR_TOTAL];
    }
}

static void fill_chart(struct arena *a, struct tmpl_dict *d, int year, const struct table3 *t)
{
    long long totals[CHART_GROUPS], max = 1;
    group_totals(t, totals);
    struct buf desc;
    buf_init(&desc, a);
    buf_printf(&desc, "%d年度办结的政府信息公开申请共%lld件：", year, t->cell[AR_ROW_CONCLUDED][AR_TOTAL]);
    for (int g = 0; g < CHART_GROUPS; g++) {
        max = totals[g] > max ? totals[g] : max;
        buf_printf(&desc, "%s%s%lld件", g ? "，" : "", chart_labels[g], totals[g]);
    }
    buf_puts(&desc, "。");
    struct tmpl_dict *chart = tmpl_add_section(d, "chart");
    tmpl_set(chart, "desc", desc.data);
    tmpl_set_int(chart, "width", CHART_WIDTH);
    tmpl_set_int(chart, "height", CHART_TOP * 2 + CHART_GROUPS * CHART_ROW);
    for (int g = 0; g < CHART_GROUPS; g++) {
        struct tmpl_dict *bar = tmpl_add_section(chart, "bar");
        int y = CHART_TOP + g * CHART_ROW, w = (int)(totals[g] * CHART_BAR_MAX / max);
        tmpl_set(bar, "label", chart_labels[g]);
        tmpl_set(bar, "colour", chart_colours[g]);
        tmpl_set_int(bar, "n", totals[g]);
        tmpl_set_int(bar, "y", y);
        tmpl_set_int(bar, "text_y", y + CHART_BAR_HEIGHT / 2 + 5);
        tmpl_set_int(bar, "w", w);
        tmpl_set_int(bar, "value_x", CHART_LABEL_X + w + 8);
    }
    tmpl_set_int(chart, "label_x", CHART_LABEL_X - 10);
    tmpl_set_int(chart, "bar_x", CHART_LABEL_X);
    tmpl_set_int(chart, "bar_h", CHART_BAR_HEIGHT);
}

void report_table3_fill(struct arena *arena, struct tmpl_dict *d, int year, const struct table3 *t3)
{
    tmpl_set_int(d, "year", year);
    fill_table3(arena, d, t3);
    fill_balance(arena, d, t3);
    fill_chart(arena, d, year, t3);
}

void report_tables_fill(struct arena *arena, struct tmpl_dict *d, int year,
                        const struct report_figures *fig)
{
    tmpl_show(d, "full_report");
    for (int k = 0; k < AR_DOC_KINDS; k++)
        for (int m = 0; m < AR_DOC_MEASURES; m++)
            tmpl_set_int(d, arena_printf(arena, "t2_%s_%s", doc_kind_keys[k], doc_measure_keys[m]),
                         fig->docs[k][m]);
    for (int f = 0; f < AR_CLERK_FIGURES; f++)
        tmpl_set(d, clerk_figures[f].key, fig->clerk[f]);
    report_table3_fill(arena, d, year, &fig->t3);
}

/* ---- CSV ------------------------------------------------------------------- */

/* One field, quoted when it holds a comma, quote or line break. */
static void csv_field(struct buf *out, const char *s, bool last)
{
    if (strpbrk(s, ",\"\r\n")) {
        buf_putc(out, '"');
        for (; *s; s++) {
            if (*s == '"')
                buf_putc(out, '"');
            buf_putc(out, *s);
        }
        buf_putc(out, '"');
    } else {
        buf_puts(out, s);
    }
    buf_puts(out, last ? "\r\n" : ",");
}

static void csv_row(struct buf *out, const char *const *fields, int count)
{
    for (int i = 0; i < count; i++)
        csv_field(out, fields[i], i == count - 1);
}

static void csv_table2(const struct report_figures *fig, struct buf *out)
{
    static const char *const header[] = { "条款", "信息内容", "指标", "数值" };
    static const char *const kind_labels[AR_DOC_KINDS] = { "规章", "行政规范性文件" };
    static const char *const measure_labels[AR_DOC_MEASURES] = { "本年制发件数", "本年废止件数", "现行有效件数" };
    csv_row(out, header, 4);
    for (int k = 0; k < AR_DOC_KINDS; k++)
        for (int m = 0; m < AR_DOC_MEASURES; m++) {
            const char *row[] = { "第二十条第（一）项", kind_labels[k], measure_labels[m],
                                  arena_printf(out->arena, "%lld", fig->docs[k][m]) };
            csv_row(out, row, 4);
        }
    const char *decisions[][4] = {
        { "第二十条第（五）项", "行政许可", "本年处理决定数量", fig->clerk[AR_PERMIT] },
        { "第二十条第（六）项", "行政处罚", "本年处理决定数量", fig->clerk[AR_PENALTY] },
        { "第二十条第（六）项", "行政强制", "本年处理决定数量", fig->clerk[AR_COERCION] },
        { "第二十条第（八）项", "行政事业性收费", "本年收费金额（单位：万元）", fig->clerk[AR_FEE] },
    };
    for (size_t i = 0; i < sizeof decisions / sizeof decisions[0]; i++)
        csv_row(out, decisions[i], 4);
}

static void csv_table3(const struct report_figures *fig, struct buf *out)
{
    const char *header[3 + AR_COLUMNS] = { "大项", "分项", "细项" };
    for (int c = 0; c < AR_COLUMNS; c++)
        header[3 + c] = column_labels[c];
    csv_row(out, header, 3 + AR_COLUMNS);
    for (int r = 0; r < AR_ROWS; r++) {
        struct t3_labels l = t3_row_labels(out->arena, r);
        const char *row[3 + AR_COLUMNS] = { l.major, l.group ? l.group : "", l.sub ? l.sub : "" };
        for (int c = 0; c < AR_COLUMNS; c++)
            row[3 + c] = arena_printf(out->arena, "%lld", fig->t3.cell[r][c]);
        csv_row(out, row, 3 + AR_COLUMNS);
    }
}

static void csv_table4(const struct report_figures *fig, struct buf *out)
{
    static const char *const header[] = { "类别", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计" };
    static const char *const groups[] = { "行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）" };
    csv_row(out, header, 6);
    for (int g = 0; g < 3; g++) {
        const char *row[6] = { groups[g] };
        for (int i = 0; i < 5; i++)
            row[1 + i] = fig->clerk[AR_REVIEW_UPHELD + g * 5 + i];
        csv_row(out, row, 6);
    }
}

int report_table_csv(const struct report_figures *fig, int table, struct buf *out)
{
    if (table < 2 || table > 4)
        return -1;
    buf_puts(out, "\xEF\xBB\xBF");   /* the BOM makes spreadsheet programs read UTF-8 */
    if (table == 2)
        csv_table2(fig, out);
    else if (table == 3)
        csv_table3(fig, out);
    else
        csv_table4(fig, out);
    return 0;
}

/* ---- the dashboard reminder ------------------------------------------------ */

bool annual_report_reminder(int today, struct report_reminder *out)
{
    int y, m, d;
    day_to_ymd(today, &y, &m, &d);
    out->year = m == 12 ? y : y - 1;
    out->due_day = day_from_ymd(out->year + 1, 1, 31);
    out->overdue = today > out->due_day;
    /* From February to November only a missed deadline is worth a reminder. */
    return m == 12 || m == 1 || out->overdue;
}
