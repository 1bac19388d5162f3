/* validate.h - input validation for form fields submitted to the disclosure portal.
 * Every check works on (pointer, length) without allocating; an embedded NUL byte
 * always makes a value invalid. */
#ifndef CORE_VALIDATE_H
#define CORE_VALIDATE_H

#include <stdbool.h>
#include <stddef.h>

/* Strict UTF-8: rejects overlongs, surrogates (U+D800-DFFF), > U+10FFFF, truncated sequences, and NUL bytes. */
bool utf8_valid(const char *s, size_t len);
/* Number of code points in valid UTF-8 (caller checked validity). */
size_t utf8_length(const char *s, size_t len);
/* Text for a single-line field: valid UTF-8 with no C0/C1 control characters and no DEL. */
bool text_line_valid(const char *s, size_t len);
/* Multi-line text: like text_line_valid but allows \t, \n, \r. */
bool text_block_valid(const char *s, size_t len);

/* 居民身份证 GB 11643-1999: 18 chars, 17 digits + check char (0-9 or X, lowercase x accepted),
   ISO 7064 MOD 11-2 check, a real birth date (YYYYMMDD at offset 6, year >= 1900, not after
   today_yyyymmdd), first two digits a plausible province code. */
enum id_check { ID_OK, ID_BAD_LENGTH, ID_BAD_CHARS, ID_BAD_REGION, ID_BAD_BIRTHDATE, ID_BAD_CHECKSUM };
enum id_check cn_resident_id_check(const char *s, size_t len, int today_yyyymmdd);
/* Check char ('0'-'9' or 'X') for the first 17 chars of an ID number; 0 if any is not a digit. */
char cn_resident_id_check_char(const char *first17);

/* 统一社会信用代码 GB 32100-2015: 18 chars from 0-9 A-H J-N P-R T-U W-Y (lowercase accepted),
   last char is the MOD 31 check char over the first 17 (weights 3^i mod 31). */
enum uscc_check { USCC_OK, USCC_BAD_LENGTH, USCC_BAD_CHARS, USCC_BAD_CHECKSUM };
enum uscc_check uscc_check(const char *s, size_t len);
/* Check char (uppercase) for the first 17 chars of a USCC; 0 if any is outside the charset. */
char uscc_check_char(const char *first17);

/* Mainland mobile 1[3-9]XXXXXXXXX (optional +86 / 86 prefix, spaces or hyphens between 3-4-4 groups),
   landline 0XX/0XXX area code, '-', ' ' or no separator, 7-8 digit number starting 2-9, optional
   "-NNNN" extension (1-6 digits), or 400/800 service numbers (400-XXX-XXXX). */
bool cn_phone_valid(const char *s, size_t len);
/* Practical email: one @, local part 1-64 of [A-Za-z0-9.!#$%&'*+/=?^_`{|}~-] without leading,
   trailing or double dots; domain labels of [A-Za-z0-9-] not starting/ending with '-', at least
   one dot, alphabetic TLD of >= 2 letters; total <= 254. */
bool email_valid(const char *s, size_t len);
/* 6 ASCII digits, first digit 0-8. */
bool cn_postcode_valid(const char *s, size_t len);
/* YYYY-MM-DD, a real calendar date between 1900-01-01 and 2199-12-31. */
bool iso_date_valid(const char *s, size_t len);
/* A positive decimal id without sign or leading zero, at most 18 digits (fits in int64).
   Writes it to *out (if out is not NULL) only on success. */
bool positive_id_parse(const char *s, size_t len, long long *out);

/* Personal data in text about to be published: the writer's own NAME, PHONE (compared digits only,
   spaces and dashes in TEXT ignored) or EMAIL (any may be ""), or anybody's 18-char resident ID number
   (check char valid), 11-digit mobile number 1[3-9]... (optionally after 86) or e-mail address. */
enum personal_data { PERSONAL_NONE, PERSONAL_OWN, PERSONAL_ID_NUMBER, PERSONAL_MOBILE, PERSONAL_EMAIL };
enum personal_data personal_data_in(const char *text, const char *name, const char *phone, const char *email);
/* What was found, for a message beside the field: "身份证号码" etc.; OWN gives "" (the caller names whose). */
const char *personal_data_label(enum personal_data kind);

#endif /* CORE_VALIDATE_H */
