/* libFuzzer harness: every validator on arbitrary bytes, with cross-checks
 * (a valid ID or credit code must end in its computed check character). */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "validate.h"
#include "workdays.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    bool utf8 = utf8_valid(s, size);
    if (utf8)
        (void)utf8_length(s, size);
    if (text_line_valid(s, size) && !utf8)
        __builtin_trap();
    (void)text_block_valid(s, size);
    if (cn_resident_id_check(s, size, 20261127) == ID_OK) {
        char first17[18];
        memcpy(first17, s, 17);
        first17[17] = '\0';
        char c = cn_resident_id_check_char(first17);
        if (c != s[17] && !(c == 'X' && s[17] == 'x'))
            __builtin_trap();
    }
    if (uscc_check(s, size) == USCC_OK && size != 18)
        __builtin_trap();
    (void)cn_phone_valid(s, size);
    (void)email_valid(s, size);
    (void)cn_postcode_valid(s, size);
    if (iso_date_valid(s, size)) {
        char copy[11];
        memcpy(copy, s, 10);
        copy[10] = '\0';
        int day;
        char back[11];
        if (!day_parse_iso(copy, &day))
            __builtin_trap();
        day_format_iso(day, back);
        if (strcmp(back, copy) != 0)
            __builtin_trap();
    }
    long long id;
    (void)positive_id_parse(s, size, &id);
    return 0;
}
