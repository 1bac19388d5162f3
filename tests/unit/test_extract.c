/* test_extract.c - cmocka unit tests for cgi-bin/site/extract.c: the text
 * kept from a tool's output, and how a tool is run: the file handed over, a
 * missing tool, a failing one, one that hangs (killed at the timeout with
 * its children) and one that never stops printing. The tools here are shell
 * scripts standing in for pdftotext in a directory of their own
 * (PORTAL_EXTRACT_PATH); the real tools are exercised by
 * tests/http/test_attachment_text.py. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "extract.h"

static char tool_dir[64];

static struct config tool_config(int timeout_s)
{
    return (struct config){ .extract_path = tool_dir, .extract_timeout_s = timeout_s };
}

/* Writes the shell script BODY as the directory's pdftotext. */
static void fake_pdftotext(const char *body)
{
    char path[128];
    snprintf(path, sizeof path, "%s/pdftotext", tool_dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fprintf(f, "#!/bin/sh\n%s\n", body);
    fclose(f);
    chmod(path, 0700);
}

/* Runs the directory's pdftotext on DATA with a TIMEOUT_S timeout. */
static enum extract_status run_pdftotext(int timeout_s, const char *data, struct extract_result *r)
{
    struct config cfg = tool_config(timeout_s);
    return extract_text(&cfg, "application/pdf", data, strlen(data), r);
}

static char *cleaned(const char *input, size_t max)
{
    static char buf[256];
    size_t len = strlen(input);
    memcpy(buf, input, len + 1);
    extract_clean_text(buf, len, max);
    return buf;
}

static void invalid_utf8_bytes_are_dropped(void **state)
{
    (void)state;
    assert_string_equal(cleaned("a\xff\xfe" "b", 100), "ab");
    assert_string_equal(cleaned("x\xc0\xaf" "y", 100), "xy");            /* overlong "/" */
    assert_string_equal(cleaned("x\xed\xa0\x80" "y", 100), "xy");        /* a surrogate */
    assert_string_equal(cleaned("甲\xe4\xb9" "乙", 100), "甲乙");         /* a cut sequence */
}

static void whitespace_runs_become_one_space_or_one_line_break(void **state)
{
    (void)state;
    assert_string_equal(cleaned("  a \t b\n\n c \f d  ", 100), "a b\nc\nd");
    assert_string_equal(cleaned("甲\xe3\x80\x80\xe3\x80\x80乙\xc2\xa0丙\x01丁", 100), "甲 乙 丙 丁");
}

static void text_is_cut_on_a_character_boundary(void **state)
{
    (void)state;
    assert_string_equal(cleaned("甲乙丙", 7), "甲乙");
    assert_string_equal(cleaned("ab 甲", 4), "ab");
}

static void the_tool_reads_the_file_it_is_given(void **state)
{
    (void)state;
    fake_pdftotext("cat \"$3\"; echo");   /* pdftotext -enc UTF-8 FILE - */
    struct extract_result r;
    assert_int_equal(run_pdftotext(10, "%PDF-1.4  hello\n\n\nworld  ", &r), EXTRACT_DONE);
    assert_string_equal(r.text, "%PDF-1.4 hello\nworld");
    free(r.text);
}

static void a_missing_tool_is_named(void **state)
{
    (void)state;
    struct config cfg = { .extract_path = "/nonexistent:/also/nonexistent", .extract_timeout_s = 10 };
    struct extract_result r;
    assert_int_equal(extract_text(&cfg, "application/pdf", "%PDF-", 5, &r), EXTRACT_FAILED);
    assert_string_equal(r.error, "pdftotext 未安装");
    assert_null(r.text);
}

static void a_failing_tool_leaves_its_message(void **state)
{
    (void)state;
    fake_pdftotext("echo 'Syntax Error: Couldn'\"'\"'t find trailer dictionary' >&2; exit 1");
    struct extract_result r;
    assert_int_equal(run_pdftotext(10, "%PDF-", &r), EXTRACT_FAILED);
    assert_string_equal(r.error, "pdftotext 无法读取该文件（退出码 1）：Syntax Error: Couldn't find trailer dictionary");
}

static bool process_gone(const char *pid)
{
    char path[64], stat[256] = "";
    snprintf(path, sizeof path, "/proc/%s/stat", pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return true;
    size_t n = fread(stat, 1, sizeof stat - 1, f);
    fclose(f);
    stat[n] = '\0';
    const char *end = strrchr(stat, ')');
    return end && end[1] == ' ' && end[2] == 'Z';   /* a zombie waiting for init counts as gone */
}

static void a_hanging_tool_and_its_children_are_killed_at_the_timeout(void **state)
{
    (void)state;
    char pids[128], script[512];
    snprintf(pids, sizeof pids, "%s/pids", tool_dir);
    snprintf(script, sizeof script, "sleep 60 & echo $! > %s; sleep 60", pids);
    fake_pdftotext(script);
    struct extract_result r;
    time_t start = time(NULL);
    assert_int_equal(run_pdftotext(1, "%PDF-", &r), EXTRACT_FAILED);
    assert_true(time(NULL) - start <= 3);
    assert_string_equal(r.error, "pdftotext 超时（超过 1 秒），已终止");
    char child[32] = "";
    FILE *f = fopen(pids, "r");
    assert_non_null(f);
    assert_non_null(fgets(child, sizeof child, f));
    fclose(f);
    child[strcspn(child, "\n")] = '\0';
    for (int i = 0; i < 100 && !process_gone(child); i++)
        usleep(10000);
    assert_true(process_gone(child));
}

static void endless_output_stops_at_the_text_cap(void **state)
{
    (void)state;
    fake_pdftotext("yes 甲乙");
    struct extract_result r;
    assert_int_equal(run_pdftotext(20, "%PDF-", &r), EXTRACT_DONE);
    size_t len = strlen(r.text);
    assert_true(len <= EXTRACT_MAX_TEXT && len > EXTRACT_MAX_TEXT - 8);
    assert_memory_equal(r.text, "甲乙\n甲乙", strlen("甲乙\n甲乙"));
    free(r.text);
}

static void images_have_no_extractor(void **state)
{
    (void)state;
    struct config cfg = tool_config(10);
    struct extract_result r;
    assert_int_equal(extract_text(&cfg, "image/png", "\x89PNG", 4, &r), EXTRACT_UNSUPPORTED);
    assert_false(extract_supported("image/jpeg"));
    assert_true(extract_supported("application/msword"));
}

static int setup(void **state)
{
    (void)state;
    snprintf(tool_dir, sizeof tool_dir, "/tmp/portal-test-tools-XXXXXX");
    return mkdtemp(tool_dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tool_dir);
    return system(cmd) == 0 ? 0 : -1;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(invalid_utf8_bytes_are_dropped),
        cmocka_unit_test(whitespace_runs_become_one_space_or_one_line_break),
        cmocka_unit_test(text_is_cut_on_a_character_boundary),
        cmocka_unit_test(the_tool_reads_the_file_it_is_given),
        cmocka_unit_test(a_missing_tool_is_named),
        cmocka_unit_test(a_failing_tool_leaves_its_message),
        cmocka_unit_test(a_hanging_tool_and_its_children_are_killed_at_the_timeout),
        cmocka_unit_test(endless_output_stops_at_the_text_cap),
        cmocka_unit_test(images_have_no_extractor),
    };
    return cmocka_run_group_tests_name("extract", tests, setup, teardown);
}
