/* test_validate.c - cmocka unit tests for cgi-bin/core/validate.c.
 * Each test pins one behaviour of a field validator with real-world samples;
 * check chars of the hand-checked codes are worked out in comments. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "validate.h"

/* Passes a string literal as (pointer, length) so embedded NULs are kept. */
#define LIT(x) (x), (sizeof(x) - 1)

enum { TODAY = 20260115 };

/* Builds an 18-char ID / USCC from 17 chars plus the check char the library computes. */
static void complete_id(char out[19], const char *first17)
{
    memcpy(out, first17, 17);
    out[17] = cn_resident_id_check_char(first17);
    out[18] = '\0';
}

static void complete_uscc(char out[19], const char *first17)
{
    memcpy(out, first17, 17);
    out[17] = uscc_check_char(first17);
    out[18] = '\0';
}

static enum id_check check_id(const char *s) { return cn_resident_id_check(s, strlen(s), TODAY); }
static enum id_check check_built_id(const char *first17)
{
    char id[19];
    complete_id(id, first17);
    return check_id(id);
}

/* ---------------- 居民身份证 ---------------- */

static void test_id_published_sample_is_valid(void **state)
{
    (void)state;
    /* 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2 x weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2:
       7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 -> "10X98765432"[2] = 'X' */
    assert_int_equal(check_id("11010519491231002X"), ID_OK);
    assert_int_equal(cn_resident_id_check_char("11010519491231002"), 'X');
}

static void test_id_lowercase_x_accepted(void **state)
{
    (void)state;
    assert_int_equal(check_id("11010519491231002x"), ID_OK);
}

static void test_id_hand_computed_ningguo_sample_is_valid(void **state)
{
    (void)state;
    /* 3 4 2 5 2 4 1 9 8 0 0 1 0 1 0 0 1 x weights:
       21+36+20+25+16+16+2+9+48+0+0+9+0+5+0+0+2 = 209; 209 mod 11 = 0 -> '1' */
    assert_int_equal(cn_resident_id_check_char("34252419800101001"), '1');
    assert_int_equal(check_id("342524198001010011"), ID_OK);
}

static void test_id_year_before_1900_is_bad_birthdate(void **state)
{
    (void)state;
    /* Check digit is right: 28+36+0+25+16+16+2+8+48+0+0+9+0+5+0+0+2 = 195; 195 mod 11 = 8 -> '4' */
    assert_int_equal(cn_resident_id_check_char("44052418800101001"), '4');
    assert_int_equal(check_id("440524188001010014"), ID_BAD_BIRTHDATE);
}

static void test_id_wrong_check_digit(void **state)
{
    (void)state;
    assert_int_equal(check_id("110105194912310021"), ID_BAD_CHECKSUM);
    assert_int_equal(check_id("342524198001010012"), ID_BAD_CHECKSUM);
}

static void test_id_wrong_length(void **state)
{
    (void)state;
    assert_int_equal(check_id("11010519491231002"), ID_BAD_LENGTH);
    assert_int_equal(check_id("11010519491231002X1"), ID_BAD_LENGTH);
    assert_int_equal(check_id(""), ID_BAD_LENGTH);
}

static void test_id_letters_in_body_are_bad_chars(void **state)
{
    (void)state;
    assert_int_equal(check_id("1101051949A231002X"), ID_BAD_CHARS);
    assert_int_equal(check_id("11010519491231002Y"), ID_BAD_CHARS);
    assert_int_equal(check_id("X10105194912310021"), ID_BAD_CHARS);
}

static void test_id_embedded_nul_rejected(void **state)
{
    (void)state;
    assert_int_equal(cn_resident_id_check(LIT("1101051949123\0" "002X"), TODAY), ID_BAD_CHARS);
    assert_int_equal(cn_resident_id_check(LIT("11010519491231002\0"), TODAY), ID_BAD_CHARS);
}

static void test_id_feb29_only_in_leap_year(void **state)
{
    (void)state;
    assert_int_equal(check_built_id("11010519990229001"), ID_BAD_BIRTHDATE);
    assert_int_equal(check_built_id("11010520000229001"), ID_OK);
}

static void test_id_impossible_month_and_day(void **state)
{
    (void)state;
    assert_int_equal(check_built_id("11010519491331002"), ID_BAD_BIRTHDATE); /* month 13 */
    assert_int_equal(check_built_id("11010519491200002"), ID_BAD_BIRTHDATE); /* day 00 */
    assert_int_equal(check_built_id("11010519490431002"), ID_BAD_BIRTHDATE); /* April 31 */
}

static void test_id_birthdate_after_today_rejected(void **state)
{
    (void)state;
    assert_int_equal(check_built_id("11010520260116001"), ID_BAD_BIRTHDATE);
    assert_int_equal(check_built_id("11010520260115001"), ID_OK); /* born today is fine */
}

static void test_id_unknown_region_rejected(void **state)
{
    (void)state;
    assert_int_equal(check_built_id("99010519491231002"), ID_BAD_REGION);
    assert_int_equal(check_built_id("16010519491231002"), ID_BAD_REGION);
    assert_int_equal(check_built_id("91010519491231002"), ID_OK);
}

static void test_id_check_char_rejects_non_digits(void **state)
{
    (void)state;
    assert_int_equal(cn_resident_id_check_char("1101051949123100A"), 0);
    assert_int_equal(cn_resident_id_check_char("110105"), 0); /* stops at the NUL */
}

/* ---------------- 统一社会信用代码 ---------------- */

static void test_uscc_published_sample_is_valid(void **state)
{
    (void)state;
    /* 9 1 3 5 0 1 0 0 M=21 0 0 0 1 0 0 Y=30 4 x weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28:
       9+3+27+135+0+26+0+0+420+0+0+0+8+0+0+900+112 = 1640; 1640 mod 31 = 28; 31-28 = 3 -> '3' */
    assert_int_equal(uscc_check_char("91350100M000100Y4"), '3');
    assert_int_equal(uscc_check(LIT("91350100M000100Y43")), USCC_OK);
}

static void test_uscc_second_hand_computed_sample_is_valid(void **state)
{
    (void)state;
    /* 9 1 1 1 0 0 0 0 6 0 0 0 3 7 3 4 1 x weights:
       9+3+9+27+0+0+0+0+120+0+0+0+24+168+30+120+28 = 538; 538 mod 31 = 11; 31-11 = 20 -> 'L' */
    assert_int_equal(uscc_check_char("91110000600037341"), 'L');
    assert_int_equal(uscc_check(LIT("91110000600037341L")), USCC_OK);
}

static void test_uscc_lowercase_accepted(void **state)
{
    (void)state;
    assert_int_equal(uscc_check(LIT("91350100m000100y43")), USCC_OK);
    assert_int_equal(uscc_check(LIT("91110000600037341l")), USCC_OK);
}

static void test_uscc_wrong_check_char(void **state)
{
    (void)state;
    assert_int_equal(uscc_check(LIT("91350100M000100Y44")), USCC_BAD_CHECKSUM);
    assert_int_equal(uscc_check(LIT("91110000600037341M")), USCC_BAD_CHECKSUM);
}

static void test_uscc_excluded_letters_are_bad_chars(void **state)
{
    (void)state;
    assert_int_equal(uscc_check(LIT("91350100I000100Y43")), USCC_BAD_CHARS);
    assert_int_equal(uscc_check(LIT("91350100O000100Y43")), USCC_BAD_CHARS);
    assert_int_equal(uscc_check(LIT("91350100Z000100Y43")), USCC_BAD_CHARS);
    assert_int_equal(uscc_check(LIT("91350100S000100Y43")), USCC_BAD_CHARS);
    assert_int_equal(uscc_check(LIT("91350100V000100Y43")), USCC_BAD_CHARS);
    assert_int_equal(uscc_check(LIT("91350100M000100Y4\0")), USCC_BAD_CHARS);
    assert_int_equal(uscc_check_char("91350100O000100Y4"), 0);
}

static void test_uscc_wrong_length(void **state)
{
    (void)state;
    assert_int_equal(uscc_check(LIT("91350100M000100Y4")), USCC_BAD_LENGTH);
    assert_int_equal(uscc_check(LIT("91350100M000100Y433")), USCC_BAD_LENGTH);
    assert_int_equal(uscc_check(LIT("")), USCC_BAD_LENGTH);
}

static void test_uscc_generated_codes_round_trip(void **state)
{
    (void)state;
    char code[19];
    complete_uscc(code, "92341881MA2N0XYW0");
    assert_int_equal(uscc_check(code, 18), USCC_OK);
}

/* ---------------- phones ---------------- */

static bool phone(const char *s) { return cn_phone_valid(s, strlen(s)); }

static void test_phone_mobile_formats_accepted(void **state)
{
    (void)state;
    assert_true(phone("13800138000"));
    assert_true(phone("+86 138 0013 8000"));
    assert_true(phone("+8613800138000"));
    assert_true(phone("8613800138000"));
    assert_true(phone("138-0013-8000"));
    assert_true(phone("19912345678"));
}

static void test_phone_mobile_bad_prefix_or_length_rejected(void **state)
{
    (void)state;
    assert_false(phone("12800138000"));
    assert_false(phone("1380013800"));
    assert_false(phone("138001380000"));
    assert_false(phone("+87 138 0013 8000"));
    assert_false(phone("138  0013 8000"));
}

static void test_phone_landline_formats_accepted(void **state)
{
    (void)state;
    assert_true(phone("0563-4116396"));
    assert_true(phone("05634116396"));
    assert_true(phone("0563 4116396"));
    assert_true(phone("010-62345678"));
    assert_true(phone("0563-4116396-123"));
    assert_true(phone("0563-4116396-123456"));
}

static void test_phone_landline_local_number_must_start_2_to_9(void **state)
{
    (void)state;
    assert_false(phone("0563-1116396"));
    /* The brief listed 010-12345678 as valid, but it breaks its own "starts 2-9" rule. */
    assert_false(phone("010-12345678"));
}

static void test_phone_landline_bad_extension_rejected(void **state)
{
    (void)state;
    assert_false(phone("0563-4116396-"));
    assert_false(phone("0563-4116396-1234567"));
    assert_false(phone("0563-4116396-12a"));
}

static void test_phone_service_numbers_accepted(void **state)
{
    (void)state;
    assert_true(phone("400-123-4567"));
    assert_true(phone("4001234567"));
    assert_true(phone("800-123-4567"));
    assert_false(phone("500-123-4567"));
    assert_false(phone("400-123-456"));
}

static void test_phone_garbage_rejected(void **state)
{
    (void)state;
    assert_false(phone("abc"));
    assert_false(phone(""));
    assert_false(cn_phone_valid(LIT("1380013\0008000")));
    assert_false(cn_phone_valid(LIT("13800138000\0")));
}

/* ---------------- email ---------------- */

static bool email(const char *s) { return email_valid(s, strlen(s)); }

static void test_email_practical_addresses_accepted(void **state)
{
    (void)state;
    assert_true(email("x@ningguo.gov.cn"));
    assert_true(email("first.last+tag@example.com"));
    assert_true(email("a_b-c@sub-domain.example.org"));
}

static void test_email_malformed_rejected(void **state)
{
    (void)state;
    assert_false(email("a@b"));
    assert_false(email("a@@b.cn"));
    assert_false(email("a@x@b.cn"));
    assert_false(email(".a@b.cn"));
    assert_false(email("a.@b.cn"));
    assert_false(email("a..b@b.cn"));
    assert_false(email("a@-b.cn"));
    assert_false(email("a@b-.cn"));
    assert_false(email("a@b..cn"));
    assert_false(email("a@b.c"));
    assert_false(email("a@b.c1"));
    assert_false(email("@b.cn"));
    assert_false(email("a@"));
    assert_false(email(""));
    assert_false(email("中文@b.cn"));
    assert_false(email_valid(LIT("a\0@b.cn")));
}

static void test_email_length_limits(void **state)
{
    (void)state;
    char buf[300];
    memset(buf, 'a', 64);
    memcpy(buf + 64, "@b.cn", 6);
    assert_true(email(buf));
    memset(buf, 'a', 65);
    memcpy(buf + 65, "@b.cn", 6);
    assert_false(email(buf));

    /* 254 total is allowed, 255 is not: "a@" + labels + ".cn" */
    memcpy(buf, "a@", 2);
    size_t pos = 2;
    while (pos < 251) {
        buf[pos] = (pos % 50 == 1) ? '.' : 'b';
        pos++;
    }
    memcpy(buf + pos, ".cn", 4);
    assert_int_equal(strlen(buf), 254);
    assert_true(email(buf));
    memcpy(buf + pos, "b.cn", 5);
    assert_false(email(buf));
}

/* ---------------- postcode ---------------- */

static void test_postcode(void **state)
{
    (void)state;
    assert_true(cn_postcode_valid(LIT("242300")));
    assert_true(cn_postcode_valid(LIT("100000")));
    assert_false(cn_postcode_valid(LIT("24230")));
    assert_false(cn_postcode_valid(LIT("2423000")));
    assert_false(cn_postcode_valid(LIT("942300")));
    assert_false(cn_postcode_valid(LIT("24230a")));
    assert_false(cn_postcode_valid(LIT("24230\0")));
}

/* ---------------- UTF-8 and text ---------------- */

static void test_utf8_accepts_chinese(void **state)
{
    (void)state;
    assert_true(utf8_valid(LIT("公开")));
    assert_true(utf8_valid(LIT("")));
    assert_true(utf8_valid(LIT("\xF0\x9F\x98\x80"))); /* U+1F600 */
    assert_true(utf8_valid(LIT("\xF4\x8F\xBF\xBF"))); /* U+10FFFF, the last code point */
}

static void test_utf8_rejects_malformed(void **state)
{
    (void)state;
    assert_false(utf8_valid(LIT("\xC0\xAF")));         /* overlong '/' */
    assert_false(utf8_valid(LIT("\xE0\x80\xAF")));     /* overlong 3-byte */
    assert_false(utf8_valid(LIT("\xF0\x80\x80\xAF"))); /* overlong 4-byte */
    assert_false(utf8_valid(LIT("\xED\xA0\x80")));     /* surrogate U+D800 */
    assert_false(utf8_valid(LIT("\xF4\x90\x80\x80"))); /* U+110000 */
    assert_false(utf8_valid(LIT("\xE5\x85")));         /* truncated */
    assert_false(utf8_valid(LIT("\x80")));             /* lone continuation */
    assert_false(utf8_valid(LIT("\xE5\x85" "a")));     /* continuation missing */
    assert_false(utf8_valid(LIT("\xFF")));
    assert_false(utf8_valid(LIT("a\0b")));             /* embedded NUL */
}

static void test_utf8_length_counts_code_points(void **state)
{
    (void)state;
    assert_int_equal(utf8_length(LIT("公开a")), 3);
    assert_int_equal(utf8_length(LIT("")), 0);
}

static void test_text_line_rejects_controls(void **state)
{
    (void)state;
    assert_true(text_line_valid(LIT("宁国市 政务公开 2026")));
    assert_false(text_line_valid(LIT("a\x07")));
    assert_false(text_line_valid(LIT("a\nb")));
    assert_false(text_line_valid(LIT("\t")));
    assert_false(text_line_valid(LIT("\x7f")));
    assert_false(text_line_valid(LIT("\xC2\x85"))); /* C1 NEL U+0085 */
    assert_false(text_line_valid(LIT("\xC0\xAF")));
}

static void test_text_block_allows_line_breaks_and_tabs(void **state)
{
    (void)state;
    assert_true(text_block_valid(LIT("a\nb\tc\r\n")));
    assert_false(text_block_valid(LIT("a\x07")));
    assert_false(text_block_valid(LIT("a\x7f")));
    assert_false(text_block_valid(LIT("a\xC2\x9F")));
    assert_false(text_block_valid(LIT("a\0b")));
}

/* ---------------- ISO date ---------------- */

static void test_iso_date_leap_years(void **state)
{
    (void)state;
    assert_false(iso_date_valid(LIT("2026-02-29")));
    assert_true(iso_date_valid(LIT("2024-02-29")));
    assert_false(iso_date_valid(LIT("1900-02-29")));
    assert_true(iso_date_valid(LIT("2000-02-29")));
}

static void test_iso_date_range_and_format(void **state)
{
    (void)state;
    assert_true(iso_date_valid(LIT("1900-01-01")));
    assert_true(iso_date_valid(LIT("2199-12-31")));
    assert_false(iso_date_valid(LIT("1899-12-31")));
    assert_false(iso_date_valid(LIT("2200-01-01")));
    assert_false(iso_date_valid(LIT("2026-13-01")));
    assert_false(iso_date_valid(LIT("2026-00-10")));
    assert_false(iso_date_valid(LIT("2026-04-31")));
    assert_false(iso_date_valid(LIT("2026-1-01")));
    assert_false(iso_date_valid(LIT("2026-01-01x")));
    assert_false(iso_date_valid(LIT("2026/01/01")));
    assert_false(iso_date_valid(LIT("2026-01-0\0")));
}

/* ---------------- positive id ---------------- */

static void test_positive_id_accepts_plain_numbers(void **state)
{
    (void)state;
    long long v = 0;
    assert_true(positive_id_parse(LIT("1"), &v));
    assert_int_equal(v, 1);
    assert_true(positive_id_parse(LIT("123"), &v));
    assert_int_equal(v, 123);
    assert_true(positive_id_parse(LIT("999999999999999999"), &v));
    assert_true(v == 999999999999999999LL);
}

static void test_positive_id_rejects_and_leaves_out_untouched(void **state)
{
    (void)state;
    long long v = 42;
    assert_false(positive_id_parse(LIT("0"), &v));
    assert_false(positive_id_parse(LIT("01"), &v));
    assert_false(positive_id_parse(LIT("-1"), &v));
    assert_false(positive_id_parse(LIT("+1"), &v));
    assert_false(positive_id_parse(LIT(""), &v));
    assert_false(positive_id_parse(LIT("1a"), &v));
    assert_false(positive_id_parse(LIT(" 1"), &v));
    assert_false(positive_id_parse(LIT("1\0"), &v));
    assert_false(positive_id_parse(LIT("1234567890123456789"), &v));
    assert_int_equal(v, 42);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_id_published_sample_is_valid),
        cmocka_unit_test(test_id_lowercase_x_accepted),
        cmocka_unit_test(test_id_hand_computed_ningguo_sample_is_valid),
        cmocka_unit_test(test_id_year_before_1900_is_bad_birthdate),
        cmocka_unit_test(test_id_wrong_check_digit),
        cmocka_unit_test(test_id_wrong_length),
        cmocka_unit_test(test_id_letters_in_body_are_bad_chars),
        cmocka_unit_test(test_id_embedded_nul_rejected),
        cmocka_unit_test(test_id_feb29_only_in_leap_year),
        cmocka_unit_test(test_id_impossible_month_and_day),
        cmocka_unit_test(test_id_birthdate_after_today_rejected),
        cmocka_unit_test(test_id_unknown_region_rejected),
        cmocka_unit_test(test_id_check_char_rejects_non_digits),
        cmocka_unit_test(test_uscc_published_sample_is_valid),
        cmocka_unit_test(test_uscc_second_hand_computed_sample_is_valid),
        cmocka_unit_test(test_uscc_lowercase_accepted),
        cmocka_unit_test(test_uscc_wrong_check_char),
        cmocka_unit_test(test_uscc_excluded_letters_are_bad_chars),
        cmocka_unit_test(test_uscc_wrong_length),
        cmocka_unit_test(test_uscc_generated_codes_round_trip),
        cmocka_unit_test(test_phone_mobile_formats_accepted),
        cmocka_unit_test(test_phone_mobile_bad_prefix_or_length_rejected),
        cmocka_unit_test(test_phone_landline_formats_accepted),
        cmocka_unit_test(test_phone_landline_local_number_must_start_2_to_9),
        cmocka_unit_test(test_phone_landline_bad_extension_rejected),
        cmocka_unit_test(test_phone_service_numbers_accepted),
        cmocka_unit_test(test_phone_garbage_rejected),
        cmocka_unit_test(test_email_practical_addresses_accepted),
        cmocka_unit_test(test_email_malformed_rejected),
        cmocka_unit_test(test_email_length_limits),
        cmocka_unit_test(test_postcode),
        cmocka_unit_test(test_utf8_accepts_chinese),
        cmocka_unit_test(test_utf8_rejects_malformed),
        cmocka_unit_test(test_utf8_length_counts_code_points),
        cmocka_unit_test(test_text_line_rejects_controls),
        cmocka_unit_test(test_text_block_allows_line_breaks_and_tabs),
        cmocka_unit_test(test_iso_date_leap_years),
        cmocka_unit_test(test_iso_date_range_and_format),
        cmocka_unit_test(test_positive_id_accepts_plain_numbers),
        cmocka_unit_test(test_positive_id_rejects_and_leaves_out_untouched),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
