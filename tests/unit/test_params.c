/* Parsers on good and malformed input: query strings, urlencoded bodies,
 * cookies and multipart bodies, each against its limits. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "params.h"

static struct arena *arena;

static int setup(void **state) { (void)state; arena = arena_new(); return 0; }
static int teardown(void **state) { (void)state; arena_free(arena); return 0; }

static enum parse_error parse(const char *s, struct params *out)
{
    memset(out, 0, sizeof *out);
    return parse_urlencoded(arena, s, strlen(s), &parse_limits_default, out);
}

static void urlencoded_decodes_percent_and_plus(void **state)
{
    (void)state;
    struct params p;
    assert_int_equal(parse("q=%E5%85%AC%E5%BC%80+2026&kind=entry", &p), PARSE_OK);
    assert_int_equal(p.count, 2);
    assert_string_equal(params_get(&p, "q"), "公开 2026");
    assert_string_equal(params_get(&p, "kind"), "entry");
}

static void urlencoded_keeps_repeated_keys_in_order(void **state)
{
    (void)state;
    struct params p;
    assert_int_equal(parse("a=1&a=2&b=&c", &p), PARSE_OK);
    assert_int_equal(params_count_of(&p, "a"), 2);
    assert_string_equal(params_get(&p, "a"), "1");
    assert_string_equal(params_get(&p, "b"), "");
    assert_string_equal(params_get(&p, "c"), "");
}

static void urlencoded_tolerates_empty_pairs(void **state)
{
    (void)state;
    struct params p;
    assert_int_equal(parse("&&a=1&&", &p), PARSE_OK);
    assert_int_equal(p.count, 1);
    assert_int_equal(parse("", &p), PARSE_OK);
    assert_int_equal(p.count, 0);
}

static void urlencoded_rejects_truncated_escapes(void **state)
{
    (void)state;
    struct params p;
    assert_int_equal(parse("a=%", &p), PARSE_BAD_ESCAPE);
    assert_int_equal(parse("a=%4", &p), PARSE_BAD_ESCAPE);
    assert_int_equal(parse("a=%zz", &p), PARSE_BAD_ESCAPE);
    assert_int_equal(parse("a=%41", &p), PARSE_OK);
    assert_string_equal(params_get(&p, "a"), "A");
}

static void urlencoded_rejects_empty_names(void **state)
{
    (void)state;
    struct params p;
    assert_int_equal(parse("=1", &p), PARSE_EMPTY_NAME);
}

static void urlencoded_rejects_invalid_utf8_and_nul(void **state)
{
    (void)state;
    struct params p;
    assert_int_equal(parse("q=%C0%AF", &p), PARSE_BAD_UTF8);
    assert_int_equal(parse("q=%FF", &p), PARSE_BAD_UTF8);
    assert_int_equal(parse("q=a%00b", &p), PARSE_BAD_UTF8);
    assert_int_equal(parse("%00=1", &p), PARSE_BAD_UTF8);
}

static void urlencoded_enforces_limits(void **state)
{
    (void)state;
    struct params p;
    struct parse_limits small = parse_limits_default;
    small.max_fields = 3;
    small.max_value_len = 8;
    small.max_name_len = 4;
    memset(&p, 0, sizeof p);
    assert_int_equal(parse_urlencoded(arena, "a=1&b=2&c=3&d=4", 15, &small, &p), PARSE_TOO_MANY_FIELDS);
    memset(&p, 0, sizeof p);
    assert_int_equal(parse_urlencoded(arena, "a=123456789", 11, &small, &p), PARSE_VALUE_TOO_LONG);
    memset(&p, 0, sizeof p);
    assert_int_equal(parse_urlencoded(arena, "abcde=1", 7, &small, &p), PARSE_NAME_TOO_LONG);
    memset(&p, 0, sizeof p);
    assert_int_equal(parse_urlencoded(arena, "a=12345678", 10, &small, &p), PARSE_OK);
}

static void cookies_split_and_unquote(void **state)
{
    (void)state;
    struct params p = { 0 };
    assert_int_equal(parse_cookies(arena, "a11y=large; csrf=\"abc\";x=1", &parse_limits_default, &p),
                     PARSE_OK);
    assert_string_equal(params_get(&p, "a11y"), "large");
    assert_string_equal(params_get(&p, "csrf"), "abc");
    assert_string_equal(params_get(&p, "x"), "1");
}

static void cookies_skip_malformed_pairs(void **state)
{
    (void)state;
    struct params p = { 0 };
    assert_int_equal(parse_cookies(arena, "junk; =v; ok=1; bad=\xff", &parse_limits_default, &p),
                     PARSE_OK);
    assert_int_equal(p.count, 1);
    assert_string_equal(params_get(&p, "ok"), "1");
}

static const char multipart_type[] = "multipart/form-data; boundary=XyZ";

static enum parse_error parse_mp(const char *body, struct params *f, struct uploads *u)
{
    memset(f, 0, sizeof *f);
    memset(u, 0, sizeof *u);
    return parse_multipart(arena, multipart_type, (const unsigned char *)body, strlen(body),
                           &parse_limits_default, f, u);
}

static void multipart_reads_fields_and_files(void **state)
{
    (void)state;
    struct params f;
    struct uploads u;
    const char *body =
        "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n低保标准\r\n"
        "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"表.pdf\"\r\n"
        "Content-Type: application/pdf\r\n\r\n%PDF-1.4 data\r\n--XyZ--\r\n";
    assert_int_equal(parse_mp(body, &f, &u), PARSE_OK);
    assert_string_equal(params_get(&f, "title"), "低保标准");
    assert_int_equal(u.count, 1);
    assert_string_equal(u.items[0].filename, "表.pdf");
    assert_int_equal(u.items[0].size, 13);
    assert_memory_equal(u.items[0].data, "%PDF-1.4 data", 13);
}

static void multipart_rejects_malformed_bodies(void **state)
{
    (void)state;
    struct params f;
    struct uploads u;
    assert_int_equal(parse_mp("no boundary here", &f, &u), PARSE_MALFORMED);
    assert_int_equal(parse_mp("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated", &f, &u),
                     PARSE_MALFORMED);
    assert_int_equal(parse_mp("--XyZ\r\nContent-Disposition: form-data\r\n\r\nx\r\n--XyZ--", &f, &u),
                     PARSE_EMPTY_NAME);
    assert_int_equal(parse_mp("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\xc0\xaf\r\n--XyZ--", &f, &u),
                     PARSE_BAD_UTF8);
    memset(&f, 0, sizeof f);
    memset(&u, 0, sizeof u);
    assert_int_equal(parse_multipart(arena, "multipart/form-data", (const unsigned char *)"--x", 3,
                                     &parse_limits_default, &f, &u), PARSE_MALFORMED);
}

static void multipart_limits_file_size(void **state)
{
    (void)state;
    struct params f = { 0 };
    struct uploads u = { 0 };
    struct parse_limits small = parse_limits_default;
    small.max_file_size = 4;
    const char *body = "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.png\"\r\n\r\n"
                       "12345\r\n--XyZ--";
    assert_int_equal(parse_multipart(arena, multipart_type, (const unsigned char *)body, strlen(body),
                                     &small, &f, &u), PARSE_FILE_TOO_LARGE);
}

/* Found by fuzz_multipart: a short header line at the very end of an
 * unterminated buffer was compared 20 bytes long, reading past the body. */
static void multipart_short_header_line_stays_in_bounds(void **state)
{
    (void)state;
    const char text[] = "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\nCf\r\n\r\n";
    size_t len = sizeof text - 1;
    unsigned char *exact = malloc(len);        /* no NUL after it: ASan sees any overread */
    memcpy(exact, text, len);
    struct params f = { 0 };
    struct uploads u = { 0 };
    assert_int_equal(parse_multipart(arena, multipart_type, exact, len, &parse_limits_default, &f, &u),
                     PARSE_MALFORMED);
    free(exact);
}

static void url_path_decode_rejects_nul_and_bad_utf8(void **state)
{
    (void)state;
    assert_string_equal(url_path_decode(arena, "/files/1/%E8%A1%A8.pdf", 22), "/files/1/表.pdf");
    assert_null(url_path_decode(arena, "/a%00b", 6));
    assert_null(url_path_decode(arena, "/a%FF", 5));
    assert_null(url_path_decode(arena, "/a%2", 4));
    /* '+' is literal in paths */
    assert_string_equal(url_path_decode(arena, "/a+b", 4), "/a+b");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(urlencoded_decodes_percent_and_plus),
        cmocka_unit_test(urlencoded_keeps_repeated_keys_in_order),
        cmocka_unit_test(urlencoded_tolerates_empty_pairs),
        cmocka_unit_test(urlencoded_rejects_truncated_escapes),
        cmocka_unit_test(urlencoded_rejects_empty_names),
        cmocka_unit_test(urlencoded_rejects_invalid_utf8_and_nul),
        cmocka_unit_test(urlencoded_enforces_limits),
        cmocka_unit_test(cookies_split_and_unquote),
        cmocka_unit_test(cookies_skip_malformed_pairs),
        cmocka_unit_test(multipart_reads_fields_and_files),
        cmocka_unit_test(multipart_rejects_malformed_bodies),
        cmocka_unit_test(multipart_limits_file_size),
        cmocka_unit_test(multipart_short_header_line_stays_in_bounds),
        cmocka_unit_test(url_path_decode_rejects_nul_and_bad_utf8),
    };
    return cmocka_run_group_tests_name("params", tests, setup, teardown);
}
