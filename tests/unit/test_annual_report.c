/* cgi-bin/site/annual_report.c without a server: section 三 counted from a
 * fixture of applications across 2025 and 2026 (both applicant kinds, every
 * organisation category, every outcome code) against tables worked out by
 * hand; the identity check; section 二's documents; the clerk's numbers; the
 * figures' key/value round trip; CSV; the dashboard reminder's dates; the
 * platform summary: agencies' tables (each from its own applications) summed
 * cell by cell, and section 三 shown alone. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "annual_report.h"
#include "application.h"
#include "arena.h"
#include "tmpl.h"
#include "workdays.h"

static struct arena *arena;

#define P "person", ""
#define ORG(category) "org", category

/* Days as the handler derives them: received_on, else the submission date in Beijing time. */
static const struct ar_application fixture[] = {
    /* received in 2025, concluded in 2026: 上年结转 of 2026 */
    { P, "replied", "2025-12-20", "2026-01-10", "open" },
    { ORG("business"), "replied", "2025-12-28", "2026-01-15", "partial" },
    /* received in 2025, still open at the end of 2026 */
    { ORG("research"), "extended", "2025-12-15", "", "" },
    /* received and concluded in 2025: not in 2026 at all */
    { P, "replied", "2025-03-01", "2025-03-20", "open" },
    { ORG("legal_service"), "closed", "2025-06-01", "2025-12-31", "other_no_correction" },
    /* submitted 2025-12-31T17:00Z = 2026-01-01 01:00 in Beijing */
    { P, "replied", "2026-01-01", "2026-01-20", "deny_secret" },
    { P, "replied", "2026-02-01", "2026-02-20", "open" },
    { P, "replied", "2026-02-02", "2026-02-21", "open" },
    { ORG("public_interest"), "replied", "2026-03-01", "2026-03-10", "partial" },
    { ORG("business"), "replied", "2026-03-02", "2026-03-11", "deny_law" },
    { ORG("research"), "replied", "2026-03-03", "2026-03-12", "deny_safety" },
    { ORG("public_interest"), "replied", "2026-03-04", "2026-03-13", "deny_third_party" },
    { ORG("legal_service"), "replied", "2026-03-05", "2026-03-14", "deny_internal" },
    { ORG("other"), "replied", "2026-03-06", "2026-03-15", "deny_process" },
    { P, "replied", "2026-03-07", "2026-03-16", "deny_enforcement" },
    { ORG("business"), "replied", "2026-03-08", "2026-03-17", "deny_query" },
    { P, "replied", "2026-04-01", "2026-04-10", "none_not_held" },
    { P, "replied", "2026-04-02", "2026-04-11", "none_not_held" },
    { ORG("research"), "replied", "2026-04-03", "2026-04-12", "none_need_create" },
    { ORG("public_interest"), "replied", "2026-04-04", "2026-04-13", "none_unclear" },
    { ORG("legal_service"), "replied", "2026-05-01", "2026-05-10", "reject_petition" },
    { ORG("other"), "replied", "2026-05-02", "2026-05-11", "reject_repeat" },
    { P, "replied", "2026-05-03", "2026-05-12", "reject_publication" },
    { ORG("business"), "replied", "2026-05-04", "2026-05-13", "reject_mass" },
    { ORG("research"), "replied", "2026-05-05", "2026-05-14", "reject_confirm" },
    { ORG("public_interest"), "closed", "2026-06-01", "2026-06-20", "other_no_correction" },
    { ORG("legal_service"), "closed", "2026-06-02", "2026-06-21", "other_no_fee" },
    { ORG("other"), "replied", "2026-06-03", "2026-06-22", "other" },
    /* withdrawn: （六）3.其他 */
    { P, "withdrawn", "2026-03-01", "2026-03-05", "" },
    /* received in 2026, open at its end (one replied in 2027): 结转下年度 */
    { ORG("business"), "received", "2026-12-28", "", "" },
    { ORG("other"), "replied", "2026-12-30", "2027-01-05", "open" },
    { P, "submitted", "2026-12-31", "", "" },
    /* submitted 2026-12-31T16:00Z = 2027-01-01 00:00 in Beijing: not in 2026 */
    { P, "submitted", "2027-01-01", "", "" },
    /* an organisation without a category counts as 其他 */
    { ORG(""), "replied", "2026-05-05", "2026-05-10", "open" },
};
enum { FIXTURE_ROWS = sizeof fixture / sizeof fixture[0] };

/* Section 三 of 2026 worked out by hand from the fixture, in the template's row order.
 * Columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计. */
static const long long expected_2026[AR_ROWS][AR_COLUMNS] = {
    { 9, 4, 3, 4, 3, 5, 28 },   /* 一、本年新收 */
    { 1, 1, 1, 0, 0, 0, 3 },    /* 二、上年结转 */
    { 3, 0, 0, 0, 0, 1, 4 },    /* （一）予以公开 */
    { 0, 1, 0, 1, 0, 0, 2 },    /* （二）部分公开 */
    { 1, 0, 0, 0, 0, 0, 1 },    /* （三）1 国家秘密 */
    { 0, 1, 0, 0, 0, 0, 1 },    /* 2 法律行政法规禁止 */
    { 0, 0, 1, 0, 0, 0, 1 },    /* 3 三安全一稳定 */
    { 0, 0, 0, 1, 0, 0, 1 },    /* 4 第三方合法权益 */
    { 0, 0, 0, 0, 1, 0, 1 },    /* 5 内部事务 */
    { 0, 0, 0, 0, 0, 1, 1 },    /* 6 过程性信息 */
    { 1, 0, 0, 0, 0, 0, 1 },    /* 7 行政执法案卷 */
    { 0, 1, 0, 0, 0, 0, 1 },    /* 8 行政查询事项 */
    { 2, 0, 0, 0, 0, 0, 2 },    /* （四）1 不掌握 */
    { 0, 0, 1, 0, 0, 0, 1 },    /* 2 另行制作 */
    { 0, 0, 0, 1, 0, 0, 1 },    /* 3 补正后仍不明确 */
    { 0, 0, 0, 0, 1, 0, 1 },    /* （五）1 信访举报投诉 */
    { 0, 0, 0, 0, 0, 1, 1 },    /* 2 重复申请 */
    { 1, 0, 0, 0, 0, 0, 1 },    /* 3 公开出版物 */
    { 0, 1, 0, 0, 0, 0, 1 },    /* 4 大量反复申请 */
    { 0, 0, 1, 0, 0, 0, 1 },    /* 5 确认或重新出具 */
    { 0, 0, 0, 1, 0, 0, 1 },    /* （六）1 逾期不补正 */
    { 0, 0, 0, 0, 1, 0, 1 },    /* 2 逾期未缴费 */
    { 1, 0, 0, 0, 0, 1, 2 },    /* 3 其他 (the withdrawal and the 'other' reply) */
    { 9, 4, 3, 4, 3, 4, 27 },   /* （七）总计 */
    { 1, 1, 1, 0, 0, 1, 4 },    /* 四、结转下年度继续办理 */
};

static void the_rows_are_the_templates_rows(void **state)
{
    (void)state;
    assert_int_equal(outcome_count, AR_OUTCOMES);
    assert_int_equal(AR_ROWS, 2 + 21 + 2);
}

static void section_three_of_2026_matches_the_hand_count(void **state)
{
    (void)state;
    struct table3 t;
    table3_compute(2026, fixture, FIXTURE_ROWS, &t);
    for (int r = 0; r < AR_ROWS; r++)
        for (int c = 0; c < AR_COLUMNS; c++) {
            if (t.cell[r][c] != expected_2026[r][c])
                fail_msg("row %d column %d: got %lld, expected %lld", r, c, t.cell[r][c], expected_2026[r][c]);
        }
    assert_true(t.all_balanced);
    for (int c = 0; c < AR_COLUMNS; c++)
        assert_int_equal(t.unclassified[c], 0);
}

static void section_three_of_2025_counts_what_was_carried_into_2026(void **state)
{
    (void)state;
    struct table3 t;
    table3_compute(2025, fixture, FIXTURE_ROWS, &t);
    assert_int_equal(t.cell[AR_ROW_NEW][AR_PERSON], 2);
    assert_int_equal(t.cell[AR_ROW_NEW][AR_TOTAL], 5);
    assert_int_equal(t.cell[AR_ROW_CARRIED_IN][AR_TOTAL], 0);
    assert_int_equal(t.cell[AR_ROW_FIRST_OUTCOME][AR_PERSON], 1);              /* 予以公开 */
    assert_int_equal(t.cell[AR_ROW_FIRST_OUTCOME + 18][AR_LEGAL_SERVICE], 1);  /* （六）1 */
    assert_int_equal(t.cell[AR_ROW_CONCLUDED][AR_TOTAL], 2);
    assert_int_equal(t.cell[AR_ROW_CARRIED_OUT][AR_PERSON], 1);
    assert_int_equal(t.cell[AR_ROW_CARRIED_OUT][AR_BUSINESS], 1);
    assert_int_equal(t.cell[AR_ROW_CARRIED_OUT][AR_RESEARCH], 1);
    assert_int_equal(t.cell[AR_ROW_CARRIED_OUT][AR_TOTAL], 3);
    assert_true(t.all_balanced);
}

static void a_withdrawal_counts_as_other_whatever_its_outcome_says(void **state)
{
    (void)state;
    const struct ar_application rows[] = {
        { P, "withdrawn", "2026-02-01", "2026-02-03", "open" },
    };
    struct table3 t;
    table3_compute(2026, rows, 1, &t);
    assert_int_equal(t.cell[AR_ROW_FIRST_OUTCOME][AR_PERSON], 0);
    assert_int_equal(t.cell[AR_ROW_FIRST_OUTCOME + 20][AR_PERSON], 1);
}

static void a_concluded_application_without_outcome_breaks_the_identity(void **state)
{
    (void)state;
    struct ar_application rows[FIXTURE_ROWS + 1];
    memcpy(rows, fixture, sizeof fixture);
    rows[FIXTURE_ROWS] = (struct ar_application){ ORG("research"), "replied", "2026-07-01", "2026-07-09", "" };
    struct table3 t;
    table3_compute(2026, rows, FIXTURE_ROWS + 1, &t);
    assert_false(t.all_balanced);
    assert_false(t.balanced[AR_RESEARCH]);
    assert_false(t.balanced[AR_TOTAL]);
    assert_true(t.balanced[AR_PERSON]);
    assert_int_equal(t.unclassified[AR_RESEARCH], 1);
    assert_int_equal(t.cell[AR_ROW_NEW][AR_RESEARCH], 4);
    assert_int_equal(t.cell[AR_ROW_CONCLUDED][AR_RESEARCH], 3);
}

static void a_tampered_cell_breaks_the_identity_of_its_column(void **state)
{
    (void)state;
    struct table3 t;
    table3_compute(2026, fixture, FIXTURE_ROWS, &t);
    t.cell[AR_ROW_CARRIED_OUT][AR_PUBLIC_INTEREST]++;
    table3_check(&t);
    assert_false(t.all_balanced);
    assert_false(t.balanced[AR_PUBLIC_INTEREST]);
    assert_true(t.balanced[AR_BUSINESS]);
    assert_true(t.balanced[AR_TOTAL]);   /* the total column was not touched */
}

static const struct ar_document documents[] = {
    { AR_DOC_RULE, "2019-04-22", "", false },
    { AR_DOC_RULE, "2026-05-01", "", false },
    { AR_DOC_NORMATIVE, "2015-08-05", "2026-03-01", true },     /* repealed in 2026 */
    { AR_DOC_NORMATIVE, "2023-06-20", "2024-07-01", false },    /* expired: not 废止 */
    { AR_DOC_NORMATIVE, "2026-01-22", "", false },
    { AR_DOC_NORMATIVE, "2027-01-05", "", false },              /* after the year */
};

static void section_two_counts_issued_repealed_and_valid_documents(void **state)
{
    (void)state;
    struct report_figures fig;
    report_figures_init(&fig);
    table2_compute(2026, documents, 6, &fig);
    assert_int_equal(fig.docs[AR_DOC_RULE][AR_DOC_NEW], 1);
    assert_int_equal(fig.docs[AR_DOC_RULE][AR_DOC_REPEALED], 0);
    assert_int_equal(fig.docs[AR_DOC_RULE][AR_DOC_VALID], 2);
    assert_int_equal(fig.docs[AR_DOC_NORMATIVE][AR_DOC_NEW], 1);
    assert_int_equal(fig.docs[AR_DOC_NORMATIVE][AR_DOC_REPEALED], 1);
    assert_int_equal(fig.docs[AR_DOC_NORMATIVE][AR_DOC_VALID], 1);
    table2_compute(2025, documents, 6, &fig);
    assert_int_equal(fig.docs[AR_DOC_NORMATIVE][AR_DOC_NEW], 0);
    assert_int_equal(fig.docs[AR_DOC_NORMATIVE][AR_DOC_REPEALED], 0);
    assert_int_equal(fig.docs[AR_DOC_NORMATIVE][AR_DOC_VALID], 1);
    table2_compute(2023, documents, 6, &fig);
    assert_int_equal(fig.docs[AR_DOC_NORMATIVE][AR_DOC_VALID], 2);
}

static void clerk_numbers_must_be_whole_and_totals_add_up(void **state)
{
    (void)state;
    assert_null(ar_clerk_check(AR_PERMIT, "0"));
    assert_null(ar_clerk_check(AR_PENALTY, "125"));
    assert_non_null(ar_clerk_check(AR_PERMIT, ""));
    assert_non_null(ar_clerk_check(AR_PERMIT, "-1"));
    assert_non_null(ar_clerk_check(AR_PERMIT, "1.5"));
    assert_non_null(ar_clerk_check(AR_PERMIT, "１"));
    assert_non_null(ar_clerk_check(AR_REVIEW_TOTAL, "1234567890"));
    assert_null(ar_clerk_check(AR_FEE, "0"));
    assert_null(ar_clerk_check(AR_FEE, "1.25"));
    assert_non_null(ar_clerk_check(AR_FEE, "1.23456"));
    assert_non_null(ar_clerk_check(AR_FEE, "1."));
    assert_non_null(ar_clerk_check(AR_FEE, ".5"));
    struct report_figures fig;
    report_figures_init(&fig);
    const char *review[] = { "1", "2", "0", "1", "4" };
    for (int i = 0; i < 5; i++)
        fig.clerk[AR_REVIEW_UPHELD + i] = review[i];
    long long sum;
    assert_null(ar_total_check(&fig, 0, &sum));
    assert_int_equal(sum, 4);
    fig.clerk[AR_DIRECT_UPHELD] = "2";
    assert_non_null(ar_total_check(&fig, 1, &sum));
    assert_int_equal(sum, 2);
}

struct pairs {
    struct report_figures *into;
    int count;
};

static void copy_pair(void *ctx, const char *key, const char *value)
{
    struct pairs *p = ctx;
    report_figures_set(arena, p->into, key, value);
    p->count++;
}

static void figures_survive_the_key_value_round_trip(void **state)
{
    (void)state;
    struct report_figures fig, back;
    report_figures_init(&fig);
    report_figures_init(&back);
    table3_compute(2026, fixture, FIXTURE_ROWS, &fig.t3);
    table2_compute(2026, documents, 6, &fig);
    struct pairs p = { &back, 0 };
    report_figures_each_computed(arena, &fig, copy_pair, &p);
    assert_int_equal(p.count, AR_DOC_KINDS * AR_DOC_MEASURES + AR_ROWS * AR_COLUMNS + AR_COLUMNS);
    assert_memory_equal(back.t3.cell, fig.t3.cell, sizeof fig.t3.cell);
    assert_memory_equal(back.docs, fig.docs, sizeof fig.docs);
    assert_true(back.t3.all_balanced);
    report_figures_set(arena, &back, "fee", "3.5");
    report_figures_set(arena, &back, "t3.deny_secret.person", "7");
    report_figures_set(arena, &back, "t3.total.person", "8");
    report_figures_set(arena, &back, "no.such.key", "9");
    assert_string_equal(back.clerk[AR_FEE], "3.5");
    assert_int_equal(back.t3.cell[AR_ROW_FIRST_OUTCOME + 2][AR_PERSON], 7);
    assert_false(back.t3.balanced[AR_PERSON]);   /* loading re-checks the identity */
}

static void csv_of_section_three_has_a_bom_and_the_template_rows(void **state)
{
    (void)state;
    struct report_figures fig;
    report_figures_init(&fig);
    table3_compute(2026, fixture, FIXTURE_ROWS, &fig.t3);
    struct buf out;
    buf_init(&out, arena);
    assert_int_equal(report_table_csv(&fig, 3, &out), 0);
    assert_memory_equal(out.data, "\xEF\xBB\xBF", 3);
    assert_non_null(strstr(out.data, "大项,分项,细项,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计\r\n"));
    assert_non_null(strstr(out.data, "\r\n一、本年新收政府信息公开申请数量,,,9,4,3,4,3,5,28\r\n"));
    assert_non_null(strstr(out.data, "\r\n三、本年度办理结果,（三）不予公开,1.属于国家秘密,1,0,0,0,0,0,1\r\n"));
    assert_non_null(strstr(out.data, "\r\n三、本年度办理结果,（七）总计,,9,4,3,4,3,4,27\r\n"));
    int lines = 0;
    for (const char *s = out.data; (s = strstr(s, "\r\n")); s += 2)
        lines++;
    assert_int_equal(lines, 1 + AR_ROWS);
    assert_int_equal(report_table_csv(&fig, 5, &out), -1);
}

static void the_tables_template_merges_the_label_cells(void **state)
{
    (void)state;
    struct report_figures fig;
    report_figures_init(&fig);
    table3_compute(2026, fixture, FIXTURE_ROWS, &fig.t3);
    struct tmpl_dict *d = tmpl_dict_new();
    report_tables_fill(arena, d, 2026, &fig);
    struct buf out;
    buf_init(&out, arena);
    assert_int_equal(tmpl_expand("public/report_tables.tpl", d, &out), 0);
    tmpl_dict_free(d);
    assert_non_null(strstr(out.data, "<th id=\"t3-r3\" scope=\"rowgroup\" rowspan=\"22\">三、本年度办理结果</th>"));
    assert_non_null(strstr(out.data, "<th id=\"t3-g3\" scope=\"rowgroup\" rowspan=\"8\">（三）不予公开</th>"));
    assert_non_null(strstr(out.data, "<th id=\"t3-r1\" scope=\"row\" colspan=\"3\">"));
    assert_non_null(strstr(out.data, "headers=\"t3-r3 t3-g3 t3-o3 t3-applicant t3-c0\""));
    assert_non_null(strstr(out.data, "<svg role=\"img\""));
    assert_null(strstr(out.data, "style="));
    assert_null(strstr(out.data, "数据勾稽关系不成立"));
}

/* Each agency counts only its own applications; the platform summary adds the
 * tables. Splitting the fixture between two agencies must give back the table
 * of the whole, and neither agency's table alone. */
static void two_agencies_tables_add_up_to_the_platforms(void **state)
{
    (void)state;
    enum { SPLIT = 17 };
    struct table3 whole, first, second, sum;
    table3_compute(2026, fixture, FIXTURE_ROWS, &whole);
    table3_compute(2026, fixture, SPLIT, &first);
    table3_compute(2026, fixture + SPLIT, FIXTURE_ROWS - SPLIT, &second);
    assert_true(first.cell[AR_ROW_NEW][AR_TOTAL] > 0 && second.cell[AR_ROW_NEW][AR_TOTAL] > 0);
    assert_int_not_equal(first.cell[AR_ROW_NEW][AR_TOTAL], whole.cell[AR_ROW_NEW][AR_TOTAL]);
    memset(&sum, 0, sizeof sum);
    table3_add(&sum, &first);
    table3_add(&sum, &second);
    for (int r = 0; r < AR_ROWS; r++)
        for (int c = 0; c < AR_COLUMNS; c++)
            if (sum.cell[r][c] != whole.cell[r][c])
                fail_msg("row %d column %d: sum %lld, whole %lld", r, c, sum.cell[r][c], whole.cell[r][c]);
    assert_true(sum.all_balanced);
}

/* An agency whose table is broken (an application concluded without outcome) breaks the sum's column too. */
static void a_broken_agency_table_shows_in_the_sum(void **state)
{
    (void)state;
    static const struct ar_application broken[] = { { ORG("research"), "replied", "2026-07-01", "2026-07-09", "" } };
    struct table3 ok, bad, sum;
    table3_compute(2026, fixture, FIXTURE_ROWS, &ok);
    table3_compute(2026, broken, 1, &bad);
    memset(&sum, 0, sizeof sum);
    table3_add(&sum, &ok);
    table3_add(&sum, &bad);
    assert_false(sum.all_balanced);
    assert_false(sum.balanced[AR_RESEARCH]);
    assert_true(sum.balanced[AR_PERSON]);
    assert_int_equal(sum.unclassified[AR_RESEARCH], 1);
    assert_int_equal(sum.cell[AR_ROW_NEW][AR_RESEARCH], ok.cell[AR_ROW_NEW][AR_RESEARCH] + 1);
}

static const char *expand_tables(struct tmpl_dict *d)
{
    struct buf out;
    buf_init(&out, arena);
    assert_int_equal(tmpl_expand("public/report_tables.tpl", d, &out), 0);
    tmpl_dict_free(d);
    return out.data;
}

/* The summary page shows section 三 alone; a report shows 二, 三 and 四, with the
 * download links under the report's own URL. */
static void the_summary_shows_section_three_alone(void **state)
{
    (void)state;
    struct report_figures fig;
    report_figures_init(&fig);
    table3_compute(2026, fixture, FIXTURE_ROWS, &fig.t3);
    struct tmpl_dict *d = tmpl_dict_new();
    report_table3_fill(arena, d, 2026, &fig.t3);
    const char *summary = expand_tables(d);
    assert_non_null(strstr(summary, "class=\"report-grid report-t3\""));
    assert_null(strstr(summary, "report-t2"));
    assert_null(strstr(summary, "report-t4"));
    d = tmpl_dict_new();
    report_tables_fill(arena, d, 2026, &fig);
    tmpl_set(d, "report_url", "/mzj/reports/2026");
    tmpl_show(d, "downloads");
    const char *report = expand_tables(d);
    assert_non_null(strstr(report, "report-t2"));
    assert_non_null(strstr(report, "report-t4"));
    assert_non_null(strstr(report, "href=\"/mzj/reports/2026/table-2.csv\""));
    assert_non_null(strstr(report, "href=\"/mzj/reports/2026/table-4.csv\""));
}

static void the_reminder_runs_from_december_to_the_deadline(void **state)
{
    (void)state;
    struct report_reminder r;
    assert_true(annual_report_reminder(day_from_ymd(2026, 12, 1), &r));
    assert_int_equal(r.year, 2026);
    assert_int_equal(r.due_day, day_from_ymd(2027, 1, 31));
    assert_false(r.overdue);
    assert_true(annual_report_reminder(day_from_ymd(2027, 1, 31), &r));
    assert_int_equal(r.year, 2026);
    assert_false(r.overdue);
    assert_true(annual_report_reminder(day_from_ymd(2027, 2, 1), &r));
    assert_true(r.overdue);
    /* In November the year's report is not yet due: only last year's, if it was missed. */
    assert_true(annual_report_reminder(day_from_ymd(2026, 11, 30), &r));
    assert_int_equal(r.year, 2025);
    assert_true(r.overdue);
}

static int setup(void **state)
{
    (void)state;
    arena = arena_new();
    tmpl_init("templates");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    arena_free(arena);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_rows_are_the_templates_rows),
        cmocka_unit_test(section_three_of_2026_matches_the_hand_count),
        cmocka_unit_test(section_three_of_2025_counts_what_was_carried_into_2026),
        cmocka_unit_test(a_withdrawal_counts_as_other_whatever_its_outcome_says),
        cmocka_unit_test(a_concluded_application_without_outcome_breaks_the_identity),
        cmocka_unit_test(a_tampered_cell_breaks_the_identity_of_its_column),
        cmocka_unit_test(section_two_counts_issued_repealed_and_valid_documents),
        cmocka_unit_test(clerk_numbers_must_be_whole_and_totals_add_up),
        cmocka_unit_test(figures_survive_the_key_value_round_trip),
        cmocka_unit_test(csv_of_section_three_has_a_bom_and_the_template_rows),
        cmocka_unit_test(the_tables_template_merges_the_label_cells),
        cmocka_unit_test(the_reminder_runs_from_december_to_the_deadline),
        cmocka_unit_test(two_agencies_tables_add_up_to_the_platforms),
        cmocka_unit_test(a_broken_agency_table_shows_in_the_sum),
        cmocka_unit_test(the_summary_shows_section_three_alone),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
