/* The annual report (政府信息公开工作年度报告, 国办公开办函〔2021〕30号): the
 * tables of sections 二, 三 and 四 as pure computations over rows, their
 * figures as key/value pairs (frozen into content.db at publication), and
 * the rendering shared by the staff preview and the public page (HTML, CSV). */
#ifndef PORTAL_ANNUAL_REPORT_H
#define PORTAL_ANNUAL_REPORT_H

#include <stdbool.h>
#include <stddef.h>

struct arena;
struct buf;
struct tmpl_dict;

/* Section 三's columns: 自然人, the five kinds of 法人或其他组织, 总计. */
enum ar_column {
    AR_PERSON, AR_BUSINESS, AR_RESEARCH, AR_PUBLIC_INTEREST, AR_LEGAL_SERVICE, AR_ORG_OTHER,
    AR_TOTAL, AR_COLUMNS
};

/* Section 三's rows: 一, 二, the outcome rows in outcomes[] order, （七）总计, 四. */
enum {
    AR_OUTCOMES = 21,
    AR_ROW_NEW = 0,
    AR_ROW_CARRIED_IN = 1,
    AR_ROW_FIRST_OUTCOME = 2,
    AR_ROW_CONCLUDED = AR_ROW_FIRST_OUTCOME + AR_OUTCOMES,
    AR_ROW_CARRIED_OUT,
    AR_ROWS
};

/* One application as section 三 sees it. Days are YYYY-MM-DD in Beijing time.
 * received_day: received_on when the office confirmed receipt, else the
 * submission date; concluded_day: the reply, closing or withdrawal date, ""
 * while it is open. A withdrawn application counts as （六）3.其他 whatever
 * its outcome field says. */
struct ar_application {
    const char *applicant_type;   /* "person" or "org" */
    const char *org_category;     /* business ... other; unknown or "" counts as 其他 */
    const char *state;            /* applications.state */
    const char *received_day;
    const char *concluded_day;
    const char *outcome;          /* outcome code, "" when none was recorded */
};

struct table3 {
    long long cell[AR_ROWS][AR_COLUMNS];
    /* Concluded in the year without a known outcome: in no row, so they break the identity. */
    long long unclassified[AR_COLUMNS];
    bool balanced[AR_COLUMNS];    /* 一 + 二 == （七）总计 + 四 */
    bool all_balanced;
};

/* Fills OUT for YEAR from ROWS (any years; each row lands where its dates say). */
void table3_compute(int year, const struct ar_application *rows, size_t count, struct table3 *out);
/* Recomputes the balanced flags from the cells (also after loading frozen figures). */
void table3_check(struct table3 *t);
enum ar_column ar_column_of(const char *applicant_type, const char *org_category);
/* Adds every cell (and the unclassified counts) of T to SUM, then rechecks
 * SUM's identity: the platform summary is the sum of the agencies' tables. */
void table3_add(struct table3 *sum, const struct table3 *t);

/* Section 二's documents: catalogue entries of genre 规章 or 行政规范性文件.
 * issued_day: 成文日期, else the publication date; ended_day: the first day
 * a published revision marked it repealed or expired ("" while valid). */
enum ar_doc_kind { AR_DOC_RULE, AR_DOC_NORMATIVE, AR_DOC_KINDS };
enum { AR_DOC_NEW, AR_DOC_REPEALED, AR_DOC_VALID, AR_DOC_MEASURES };

struct ar_document {
    enum ar_doc_kind kind;
    const char *issued_day;
    const char *ended_day;
    bool repealed;                /* validity 'repealed' (not merely 'expired') */
};

/* Numbers the clerk enters: section 二's decisions and fees, section 四's 15 numbers. */
enum ar_clerk_figure {
    AR_PERMIT, AR_PENALTY, AR_COERCION, AR_FEE,
    AR_REVIEW_UPHELD, AR_REVIEW_CORRECTED, AR_REVIEW_OTHER, AR_REVIEW_PENDING, AR_REVIEW_TOTAL,
    AR_DIRECT_UPHELD, AR_DIRECT_CORRECTED, AR_DIRECT_OTHER, AR_DIRECT_PENDING, AR_DIRECT_TOTAL,
    AR_AFTER_UPHELD, AR_AFTER_CORRECTED, AR_AFTER_OTHER, AR_AFTER_PENDING, AR_AFTER_TOTAL,
    AR_CLERK_FIGURES
};

struct report_figures {
    long long docs[AR_DOC_KINDS][AR_DOC_MEASURES];
    const char *clerk[AR_CLERK_FIGURES];   /* as entered: digits, the fee may have decimals */
    struct table3 t3;
};

/* Counts section 二's documents for YEAR into FIG->docs. */
void table2_compute(int year, const struct ar_document *docs, size_t count, struct report_figures *fig);

/* The clerk figure's key (also its form field name): "permit" ... "after_total". */
const char *ar_clerk_key(enum ar_clerk_figure f);
const char *ar_clerk_label(enum ar_clerk_figure f);
/* NULL when VALUE is a valid figure (non-negative integer; the fee a
 * non-negative amount with at most 4 decimals), else a Chinese message. */
const char *ar_clerk_check(enum ar_clerk_figure f, const char *value);
/* For section 四's groups (0 复议, 1 直接起诉, 2 复议后起诉): NULL when 总计 is the
 * sum of its four, else the message; *SUM gets the sum. Values must be valid. */
const char *ar_total_check(const struct report_figures *fig, int group, long long *sum);

/* Every computed figure (sections 二 and 三) as key/value pairs: "t3.open.person" = "3". */
void report_figures_each_computed(struct arena *arena, const struct report_figures *fig,
                                  void (*fn)(void *ctx, const char *key, const char *value), void *ctx);
/* Sets the figure named KEY (computed or clerk); unknown keys are ignored.
 * VALUE is copied into ARENA. */
void report_figures_set(struct arena *arena, struct report_figures *fig, const char *key,
                        const char *value);
/* Empty figures: every number 0, clerk values "0". */
void report_figures_init(struct report_figures *fig);

/* Fills the dictionary of templates/public/report_tables.tpl: sections 二, 三 and 四. */
void report_tables_fill(struct arena *arena, struct tmpl_dict *d, int year,
                        const struct report_figures *fig);
/* The same template with section 三 alone (the platform summary): its table,
 * the identity check and the chart. Sections 二 and 四 stay hidden. */
void report_table3_fill(struct arena *arena, struct tmpl_dict *d, int year, const struct table3 *t3);
/* Writes table N (2, 3 or 4) as CSV (UTF-8 with BOM, CRLF) into OUT; -1 for another N. */
int report_table_csv(const struct report_figures *fig, int table, struct buf *out);

/* The dashboard reminder (Art. 50: by 31 January): the report year to remind
 * of on TODAY (day number) from 1 December, and whether 31 January passed. */
struct report_reminder {
    int year;
    int due_day;
    bool overdue;
};
bool annual_report_reminder(int today, struct report_reminder *out);

#endif
