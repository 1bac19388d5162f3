/* cgi-bin/site/mail_message.c: the headers of a notice mail, the RFC 2047
 * subject decoded back to the same Chinese text, the base64 body, and header
 * injection through the subject or an address made impossible. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <sodium.h>
#include <string.h>

#include "arena.h"
#include "mail_message.h"

static struct arena *arena;

/* Decodes a folded header value of encoded-words back to text (test only). */
static const char *decode_subject(const char *value)
{
    static char out[1024];
    size_t o = 0;
    const char *p = value;
    while ((p = strstr(p, "=?UTF-8?B?")) != NULL) {
        p += 10;
        const char *end = strstr(p, "?=");
        assert_non_null(end);
        size_t bin_len = 0;
        assert_int_equal(sodium_base642bin((unsigned char *)out + o, sizeof out - o - 1, p, (size_t)(end - p),
                                           NULL, &bin_len, NULL, sodium_base64_VARIANT_ORIGINAL), 0);
        o += bin_len;
        p = end + 2;
    }
    out[o] = '\0';
    return out;
}

static void subject_is_encoded_words_that_decode_to_the_text(void **state)
{
    (void)state;
    const char *subject = "【宁国市民政局】请补正政府信息公开申请 MZJ-2026-000001（期限至2026年12月17日）";
    const char *v = mail_encode_subject(arena, subject);
    assert_string_equal(decode_subject(v), subject);
    /* folded: every line fits in 76 characters with "Subject: ", continuations start with a space */
    const char *line = v;
    size_t first = 9;
    for (const char *nl; (nl = strstr(line, "\r\n")) != NULL; line = nl + 2, first = 0) {
        assert_true((size_t)(nl - line) + first <= 76);
        assert_int_equal(nl[2], ' ');
    }
    assert_true(strlen(line) + first <= 76);
    assert_ptr_not_equal(line, v);   /* this subject needs more than one encoded-word */
}

static void subject_with_line_breaks_cannot_add_a_header(void **state)
{
    (void)state;
    const char *v = mail_encode_subject(arena, "申请\r\nBcc: victim@example.cn");
    assert_null(strstr(v, "Bcc"));
    assert_string_equal(decode_subject(v), "申请  Bcc: victim@example.cn");
    const char *msg = mail_compose(arena, "portal@example.cn", "a@example.cn", "x\r\nBcc: v@example.cn",
                                   "<n.1@example.cn>", 0, "正文");
    assert_non_null(msg);
    assert_null(strstr(msg, "\r\nBcc:"));
}

static void addresses_with_line_breaks_or_brackets_are_refused(void **state)
{
    (void)state;
    assert_true(mail_address_ok("wangxm@example.cn"));
    assert_false(mail_address_ok("wangxm@example.cn\r\nBcc: v@example.cn"));
    assert_false(mail_address_ok("a@example.cn>"));
    assert_false(mail_address_ok(""));
    assert_null(mail_compose(arena, "portal@example.cn", "a@example.cn\nBcc: b@example.cn", "s",
                             "<n.1@example.cn>", 0, "b"));
    assert_null(mail_compose(arena, "portal@example.cn", "a@example.cn", "s", "<n.1@x>\r\nBcc: b@c", 0, "b"));
}

static void message_has_the_mime_headers_and_a_base64_body(void **state)
{
    (void)state;
    const char *msg = mail_compose(arena, "portal@example.cn", "wangxm@example.cn", "申请已受理",
                                   "<notice.ab@example.cn>", 1796198700, "您好：\n\n已受理。");
    assert_non_null(msg);
    assert_non_null(strstr(msg, "From: portal@example.cn\r\nTo: wangxm@example.cn\r\n"));
    assert_non_null(strstr(msg, "Date: Wed, 02 Dec 2026 08:05:00 +0000\r\n"));
    assert_non_null(strstr(msg, "Message-ID: <notice.ab@example.cn>\r\n"));
    assert_non_null(strstr(msg, "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                                "Content-Transfer-Encoding: base64\r\n"));
    const char *body = strstr(msg, "\r\n\r\n") + 4;
    unsigned char text[256];
    size_t len = 0;
    assert_int_equal(sodium_base642bin(text, sizeof text, body, strlen(body), "\r\n", &len, NULL,
                                       sodium_base64_VARIANT_ORIGINAL), 0);
    text[len] = '\0';
    assert_string_equal((char *)text, "您好：\r\n\r\n已受理。\r\n");
}

int main(void)
{
    arena = arena_new();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(subject_is_encoded_words_that_decode_to_the_text),
        cmocka_unit_test(subject_with_line_breaks_cannot_add_a_header),
        cmocka_unit_test(addresses_with_line_breaks_or_brackets_are_refused),
        cmocka_unit_test(message_has_the_mime_headers_and_a_base64_body),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    arena_free(arena);
    return failed;
}
