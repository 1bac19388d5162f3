/* Composing a notice as a MIME message; see mail_message.h. */
#include "mail_message.h"

#include <sodium.h>
#include <string.h>

#include "arena.h"
#include "form.h"

bool mail_address_ok(const char *address)
{
    static const struct field rule = { "email", "电子邮箱", FIELD_EMAIL, 254, true, NULL, 0, 0 };
    for (const unsigned char *p = (const unsigned char *)address; *p; p++)
        if (*p <= 0x20 || *p >= 0x7f || *p == '<' || *p == '>')
            return false;
    return *address && field_check(&rule, address, 0) == NULL;
}

static bool message_id_ok(const char *id)
{
    size_t len = strlen(id);
    if (len < 3 || len > 250 || id[0] != '<' || id[len - 1] != '>')
        return false;
    for (size_t i = 1; i + 1 < len; i++)
        if (id[i] <= 0x20 || id[i] >= 0x7f || id[i] == '<' || id[i] == '>')
            return false;
    return true;
}

static void put_base64(struct buf *b, const unsigned char *data, size_t len)
{
    size_t size = sodium_base64_ENCODED_LEN(len, sodium_base64_VARIANT_ORIGINAL);
    char *out = arena_alloc(b->arena, size);
    sodium_bin2base64(out, size, data, len, sodium_base64_VARIANT_ORIGINAL);
    buf_puts(b, out);
}

/* Bytes of the UTF-8 character starting at P (1 for a stray byte). */
static size_t char_len(const unsigned char *p)
{
    size_t n = 1;
    while (n < 4 && (p[n] & 0xC0) == 0x80)
        n++;
    return n;
}

const char *mail_encode_subject(struct arena *arena, const char *subject)
{
    enum { WORD_BYTES = 39 };   /* 52 base64 characters: encoded-words of 64, lines within 76 */
    size_t len = strlen(subject);
    unsigned char *clean = (unsigned char *)arena_strdup(arena, subject);
    for (size_t i = 0; i < len; i++)
        if (clean[i] < 0x20 || clean[i] == 0x7f)
            clean[i] = ' ';
    struct buf b;
    buf_init(&b, arena);
    for (size_t start = 0; start < len || start == 0;) {
        size_t end = start;
        while (end < len && end + char_len(clean + end) - start <= WORD_BYTES)
            end += char_len(clean + end);
        if (start > 0)
            buf_puts(&b, "\r\n ");
        buf_puts(&b, "=?UTF-8?B?");
        put_base64(&b, clean + start, end - start);
        buf_puts(&b, "?=");
        if (end == start)
            break;
        start = end;
    }
    return b.data;
}

const char *mail_date(struct arena *arena, time_t time)
{
    static const char *const days[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    struct tm tm;
    gmtime_r(&time, &tm);
    return arena_printf(arena, "%s, %02d %s %04d %02d:%02d:%02d +0000", days[tm.tm_wday], tm.tm_mday,
                        months[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

/* BODY with CRLF line ends, in base64 lines of 76 characters. */
static void put_body(struct buf *b, const char *body)
{
    struct buf crlf;
    buf_init(&crlf, b->arena);
    for (const char *p = body; *p; p++) {
        if (*p == '\n')
            buf_putc(&crlf, '\r');
        if (*p != '\r')
            buf_putc(&crlf, *p);
    }
    buf_puts(&crlf, "\r\n");
    for (size_t at = 0; at < crlf.len; at += 57) {
        put_base64(b, (const unsigned char *)crlf.data + at, crlf.len - at < 57 ? crlf.len - at : 57);
        buf_puts(b, "\r\n");
    }
}

const char *mail_compose(struct arena *arena, const char *from, const char *to, const char *subject,
                         const char *message_id, time_t date, const char *body)
{
    if (!mail_address_ok(from) || !mail_address_ok(to) || !message_id_ok(message_id))
        return NULL;
    struct buf b;
    buf_init(&b, arena);
    buf_printf(&b, "From: %s\r\nTo: %s\r\nDate: %s\r\nMessage-ID: %s\r\nSubject: %s\r\n", from, to,
               mail_date(arena, date), message_id, mail_encode_subject(arena, subject));
    buf_puts(&b, "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                 "Content-Transfer-Encoding: base64\r\nAuto-Submitted: auto-generated\r\n\r\n");
    put_body(&b, body);
    return b.data;
}
