/* validate.c - allocation-free validators for user-supplied form fields
 * (UTF-8 text, Chinese ID numbers and credit codes, phones, emails, dates, ids).
 * All input is (pointer, length); bytes are never assumed to be NUL-terminated. */
#include "validate.h"

#include <stdint.h>
#include <string.h>

/* ---------- small ASCII helpers (locale-independent on purpose) ---------- */

static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
static bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
static char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c; }

static bool all_digits(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (!is_digit(s[i]))
            return false;
    return true;
}

/* Caller guarantees s[0..n) are digits and n <= 9, so this cannot overflow an int. */
static int digits_to_int(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

/* ---------- calendar ---------- */

static bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int y, int m)
{
    static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return (m == 2 && is_leap_year(y)) ? 29 : days[m - 1];
}

static bool date_is_real(int y, int m, int d)
{
    return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

/* ---------- UTF-8 ---------- */

static bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

/* Decodes one strict UTF-8 sequence; returns its length, or 0 if invalid/truncated/NUL.
   The lead byte fixes the allowed range of the second byte, which is what rules out
   overlongs (E0, F0), surrogates (ED) and code points above U+10FFFF (F4). */
static size_t utf8_decode(const unsigned char *p, size_t avail, uint32_t *cp)
{
    unsigned char b = p[0];
    size_t n;
    unsigned char lo = 0x80, hi = 0xBF;

    if (b == 0)
        return 0;
    if (b < 0x80) {
        *cp = b;
        return 1;
    }
    if (b >= 0xC2 && b <= 0xDF)
        n = 2;
    else if (b >= 0xE0 && b <= 0xEF)
        n = 3;
    else if (b >= 0xF0 && b <= 0xF4)
        n = 4;
    else
        return 0; /* continuation byte as lead, C0/C1 overlong lead, or F5+ */

    if (b == 0xE0) lo = 0xA0;
    if (b == 0xED) hi = 0x9F;
    if (b == 0xF0) lo = 0x90;
    if (b == 0xF4) hi = 0x8F;

    if (avail < n || p[1] < lo || p[1] > hi)
        return 0;
    uint32_t v = b & (0x7F >> n);
    for (size_t i = 1; i < n; i++) {
        if (!is_continuation(p[i]))
            return 0;
        v = (v << 6) | (p[i] & 0x3Fu);
    }
    *cp = v;
    return n;
}

bool utf8_valid(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s;
    uint32_t cp;
    for (size_t i = 0; i < len;) {
        size_t n = utf8_decode(p + i, len - i, &cp);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

size_t utf8_length(const char *s, size_t len)
{
    size_t count = 0;
    for (size_t i = 0; i < len; i++)
        if (!is_continuation((unsigned char)s[i]))
            count++;
    return count;
}

static bool is_control(uint32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

static bool text_valid(const char *s, size_t len, bool allow_line_breaks)
{
    const unsigned char *p = (const unsigned char *)s;
    uint32_t cp;
    for (size_t i = 0; i < len;) {
        size_t n = utf8_decode(p + i, len - i, &cp);
        if (n == 0)
            return false;
        bool whitespace = cp == '\t' || cp == '\n' || cp == '\r';
        if (is_control(cp) && !(allow_line_breaks && whitespace))
            return false;
        i += n;
    }
    return true;
}

bool text_line_valid(const char *s, size_t len) { return text_valid(s, len, false); }
bool text_block_valid(const char *s, size_t len) { return text_valid(s, len, true); }

/* ---------- 居民身份证 (GB 11643-1999) ---------- */

enum { ID_LEN = 18, CODE_BODY_LEN = 17 };

/* ISO 7064 MOD 11-2: weight of position i is 2^(17-i) mod 11. */
char cn_resident_id_check_char(const char *first17)
{
    static const int weights[CODE_BODY_LEN] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    static const char check_chars[11] = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };
    int sum = 0;
    /* Stops at the first non-digit, so a short NUL-terminated string is never over-read. */
    for (size_t i = 0; i < CODE_BODY_LEN; i++) {
        if (!is_digit(first17[i]))
            return 0;
        sum += (first17[i] - '0') * weights[i];
    }
    return check_chars[sum % 11];
}

static bool id_region_plausible(int province)
{
    static const struct { int lo, hi; } ranges[] = {
        { 11, 15 }, { 21, 23 }, { 31, 37 }, { 41, 46 }, { 50, 54 },
        { 61, 65 }, { 71, 71 }, { 81, 83 }, { 91, 91 },
    };
    for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++)
        if (province >= ranges[i].lo && province <= ranges[i].hi)
            return true;
    return false;
}

static bool id_birthdate_plausible(const char *yyyymmdd, int today_yyyymmdd)
{
    int y = digits_to_int(yyyymmdd, 4);
    int m = digits_to_int(yyyymmdd + 4, 2);
    int d = digits_to_int(yyyymmdd + 6, 2);
    return y >= 1900 && date_is_real(y, m, d) && digits_to_int(yyyymmdd, 8) <= today_yyyymmdd;
}

enum id_check cn_resident_id_check(const char *s, size_t len, int today_yyyymmdd)
{
    if (len != ID_LEN)
        return ID_BAD_LENGTH;
    char last = ascii_upper(s[CODE_BODY_LEN]);
    if (!all_digits(s, CODE_BODY_LEN) || !(is_digit(last) || last == 'X'))
        return ID_BAD_CHARS;
    if (!id_region_plausible(digits_to_int(s, 2)))
        return ID_BAD_REGION;
    if (!id_birthdate_plausible(s + 6, today_yyyymmdd))
        return ID_BAD_BIRTHDATE;
    if (cn_resident_id_check_char(s) != last)
        return ID_BAD_CHECKSUM;
    return ID_OK;
}

/* ---------- 统一社会信用代码 (GB 32100-2015) ---------- */

/* The index of a char in this alphabet is its numeric value (I, O, Z, S, V are excluded). */
static const char USCC_ALPHABET[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
enum { USCC_RADIX = 31 };

static int uscc_char_value(char c)
{
    char u = ascii_upper(c);
    for (int v = 0; v < USCC_RADIX; v++)
        if (USCC_ALPHABET[v] == u)
            return v;
    return -1;
}

char uscc_check_char(const char *first17)
{
    int sum = 0, weight = 1;
    for (size_t i = 0; i < CODE_BODY_LEN; i++) {
        int v = uscc_char_value(first17[i]);
        if (v < 0)
            return 0; /* also stops at a terminating NUL */
        sum += v * weight;
        weight = weight * 3 % USCC_RADIX;
    }
    return USCC_ALPHABET[(USCC_RADIX - sum % USCC_RADIX) % USCC_RADIX];
}

enum uscc_check uscc_check(const char *s, size_t len)
{
    if (len != ID_LEN)
        return USCC_BAD_LENGTH;
    for (size_t i = 0; i < ID_LEN; i++)
        if (uscc_char_value(s[i]) < 0)
            return USCC_BAD_CHARS;
    if (uscc_check_char(s) != ascii_upper(s[CODE_BODY_LEN]))
        return USCC_BAD_CHECKSUM;
    return USCC_OK;
}

/* ---------- phone numbers ---------- */

/* A read position over (s, len); parsers take it by value so alternatives can backtrack. */
struct cursor {
    const char *s;
    size_t len;
    size_t pos;
};

static bool at_end(struct cursor c) { return c.pos == c.len; }
static char peek(struct cursor c) { return c.pos < c.len ? c.s[c.pos] : '\0'; }

static bool take_digits(struct cursor *c, size_t n)
{
    if (c->len - c->pos < n || !all_digits(c->s + c->pos, n))
        return false;
    c->pos += n;
    return true;
}

static bool take_char(struct cursor *c, char want)
{
    if (c->pos >= c->len || c->s[c->pos] != want)
        return false;
    c->pos++;
    return true;
}

/* Group separators are optional and at most one char, so "138  0013" is rejected. */
static void skip_group_separator(struct cursor *c)
{
    if (!take_char(c, ' '))
        take_char(c, '-');
}

static bool mobile_valid(struct cursor c)
{
    if (take_char(&c, '+')) {
        if (!take_char(&c, '8') || !take_char(&c, '6'))
            return false;
        skip_group_separator(&c);
    } else if (peek(c) == '8') { /* a mobile starts with 1, so a leading 8 can only be "86" */
        if (!take_char(&c, '8') || !take_char(&c, '6'))
            return false;
        skip_group_separator(&c);
    }
    if (c.len - c.pos < 2 || c.s[c.pos] != '1' || c.s[c.pos + 1] < '3' || c.s[c.pos + 1] > '9')
        return false;
    if (!take_digits(&c, 3))
        return false;
    skip_group_separator(&c);
    if (!take_digits(&c, 4))
        return false;
    skip_group_separator(&c);
    return take_digits(&c, 4) && at_end(c);
}

static bool extension_valid(struct cursor c)
{
    if (at_end(c))
        return true;
    if (!take_char(&c, '-'))
        return false;
    size_t digits = 0;
    while (digits < 6 && take_digits(&c, 1))
        digits++;
    return digits >= 1 && at_end(c);
}

static bool local_number_valid(struct cursor c, size_t digits)
{
    char first = peek(c);
    return first >= '2' && first <= '9' && take_digits(&c, digits) && extension_valid(c);
}

/* Without a separator "05634116396" splits more than one way, so every split is tried. */
static bool landline_valid(struct cursor c)
{
    if (peek(c) != '0' || c.len < 2 || c.s[1] == '0') /* "00" is the international prefix */
        return false;
    for (size_t area_len = 3; area_len <= 4; area_len++) {
        struct cursor a = c;
        if (!take_digits(&a, area_len))
            continue;
        if (!take_char(&a, '-'))
            take_char(&a, ' ');
        if (local_number_valid(a, 7) || local_number_valid(a, 8))
            return true;
    }
    return false;
}

static bool service_number_valid(struct cursor c)
{
    if (c.len < 3 || !(c.s[0] == '4' || c.s[0] == '8') || c.s[1] != '0' || c.s[2] != '0')
        return false;
    c.pos = 3;
    skip_group_separator(&c);
    if (!take_digits(&c, 3))
        return false;
    skip_group_separator(&c);
    return take_digits(&c, 4) && at_end(c);
}

bool cn_phone_valid(const char *s, size_t len)
{
    struct cursor c = { s, len, 0 };
    return len > 0 && (mobile_valid(c) || landline_valid(c) || service_number_valid(c));
}

/* ---------- email ---------- */

enum { EMAIL_MAX = 254, EMAIL_LOCAL_MAX = 64, DNS_LABEL_MAX = 63 };

static bool is_local_part_char(char c)
{
    static const char specials[] = "!#$%&'*+/=?^_`{|}~-.";
    if (is_alnum(c))
        return true;
    for (size_t i = 0; i < sizeof specials - 1; i++)
        if (specials[i] == c)
            return true;
    return false;
}

static bool email_local_valid(const char *s, size_t len)
{
    if (len < 1 || len > EMAIL_LOCAL_MAX || s[0] == '.' || s[len - 1] == '.')
        return false;
    for (size_t i = 0; i < len; i++) {
        if (!is_local_part_char(s[i]) || (s[i] == '.' && i + 1 < len && s[i + 1] == '.'))
            return false;
    }
    return true;
}

static bool dns_label_valid(const char *s, size_t len)
{
    if (len < 1 || len > DNS_LABEL_MAX || s[0] == '-' || s[len - 1] == '-')
        return false;
    for (size_t i = 0; i < len; i++)
        if (!is_alnum(s[i]) && s[i] != '-')
            return false;
    return true;
}

static bool tld_valid(const char *s, size_t len)
{
    if (len < 2)
        return false;
    for (size_t i = 0; i < len; i++)
        if (!is_alpha(s[i]))
            return false;
    return true;
}

static bool email_domain_valid(const char *s, size_t len)
{
    size_t label_start = 0, dots = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && s[i] != '.')
            continue;
        if (!dns_label_valid(s + label_start, i - label_start))
            return false;
        if (i == len)
            return dots > 0 && tld_valid(s + label_start, i - label_start);
        dots++;
        label_start = i + 1;
    }
    return false; /* unreachable: the loop always returns at i == len */
}

bool email_valid(const char *s, size_t len)
{
    if (len > EMAIL_MAX)
        return false;
    size_t at = len, at_count = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '@') {
            at = i;
            at_count++;
        }
    }
    return at_count == 1 && email_local_valid(s, at) && email_domain_valid(s + at + 1, len - at - 1);
}

/* ---------- postcode, date, numeric id ---------- */

bool cn_postcode_valid(const char *s, size_t len)
{
    return len == 6 && all_digits(s, len) && s[0] != '9';
}

bool iso_date_valid(const char *s, size_t len)
{
    if (len != 10 || s[4] != '-' || s[7] != '-')
        return false;
    if (!all_digits(s, 4) || !all_digits(s + 5, 2) || !all_digits(s + 8, 2))
        return false;
    int y = digits_to_int(s, 4);
    return y >= 1900 && y <= 2199 && date_is_real(y, digits_to_int(s + 5, 2), digits_to_int(s + 8, 2));
}

enum { POSITIVE_ID_MAX_DIGITS = 18 }; /* 10^18 - 1 < INT64_MAX, so no overflow check needed */

bool positive_id_parse(const char *s, size_t len, long long *out)
{
    if (len < 1 || len > POSITIVE_ID_MAX_DIGITS || s[0] == '0' || !all_digits(s, len))
        return false;
    long long v = 0;
    for (size_t i = 0; i < len; i++)
        v = v * 10 + (s[i] - '0');
    if (out)
        *out = v;
    return true;
}

/* ---------- personal data before publishing ---------- */

static bool email_local_char(char c)
{
    return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

static bool email_domain_char(char c)
{
    return is_alnum(c) || c == '.' || c == '-';
}

/* Some a@b.cc in TEXT: a local part, '@', then a domain with a dot followed by a letter. */
static bool email_pattern_in(const char *text)
{
    for (const char *at = strchr(text, '@'); at; at = strchr(at + 1, '@')) {
        if (at == text || !email_local_char(at[-1]))
            continue;
        const char *p = at + 1;
        bool dotted = false;
        while (email_domain_char(*p)) {
            if (*p == '.' && p > at + 1 && is_alpha(p[1]))
                dotted = true;
            p++;
        }
        if (dotted)
            return true;
    }
    return false;
}

static bool number_separator(char c)
{
    return c == ' ' || c == '-' || c == '\t';
}

/* Does TEXT at P hold the digits OWN, with spaces and dashes anywhere between them? */
static bool digits_at(const char *p, const char *own)
{
    for (; *own; own++) {
        while (number_separator(*p))
            p++;
        if (*p++ != *own)
            return false;
    }
    return true;
}

/* A run of digits (spaces and dashes between them ignored): a resident ID number or a mobile number? */
static enum personal_data number_kind(const char *run, size_t len)
{
    if (len == 18 && cn_resident_id_check(run, len, 99991231) == ID_OK)
        return PERSONAL_ID_NUMBER;
    if (len == 13 && run[0] == '8' && run[1] == '6') {
        run += 2;
        len -= 2;
    }
    if (len == 11 && run[0] == '1' && run[1] >= '3' && run[1] <= '9' && all_digits(run, len))
        return PERSONAL_MOBILE;
    return PERSONAL_NONE;
}

/* The first ID or mobile number in TEXT; with JOIN, digits separated by spaces or dashes are one number. */
static enum personal_data number_in(const char *text, bool join)
{
    for (const char *p = text; *p;) {
        if (!is_digit(*p)) {
            p++;
            continue;
        }
        char run[20];
        size_t len = 0;
        bool too_long = false;
        while (is_digit(*p) || (join && number_separator(*p) && is_digit(p[1]))
               || (len == 17 && (*p == 'X' || *p == 'x'))) {
            bool check_char = *p == 'X' || *p == 'x';
            if (is_digit(*p) || check_char) {
                if (len < sizeof run)
                    run[len++] = *p;
                else
                    too_long = true;
            }
            p++;
            if (check_char)
                break;
        }
        enum personal_data kind = too_long ? PERSONAL_NONE : number_kind(run, len);
        if (kind != PERSONAL_NONE)
            return kind;
    }
    return PERSONAL_NONE;
}

enum personal_data personal_data_in(const char *text, const char *name, const char *phone, const char *email)
{
    if ((strlen(name) >= 4 && strstr(text, name)) || (strlen(email) >= 4 && strstr(text, email)))
        return PERSONAL_OWN;
    char own[32];
    size_t own_len = 0;
    for (const char *p = phone; *p && own_len + 1 < sizeof own; p++)
        if (is_digit(*p))
            own[own_len++] = *p;
    own[own_len] = '\0';
    for (const char *p = text; own_len >= 7 && *p; p++)
        if (*p == own[0] && digits_at(p, own))
            return PERSONAL_OWN;
    for (int join = 0; join < 2; join++) {   /* "138 0013 8000" as one number, and "2025 13800138000" as two */
        enum personal_data kind = number_in(text, join);
        if (kind != PERSONAL_NONE)
            return kind;
    }
    return email_pattern_in(text) ? PERSONAL_EMAIL : PERSONAL_NONE;
}

const char *personal_data_label(enum personal_data kind)
{
    switch (kind) {
    case PERSONAL_ID_NUMBER: return "身份证号码";
    case PERSONAL_MOBILE: return "手机号码";
    case PERSONAL_EMAIL: return "电子邮箱地址";
    default: return "";
    }
}
