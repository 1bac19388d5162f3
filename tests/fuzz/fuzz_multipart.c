/* libFuzzer harness: multipart/form-data bodies (the first line of the input
 * is the boundary, the rest the body). */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "params.h"
#include "validate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct arena *arena;
    if (!arena)
        arena = arena_new();
    const uint8_t *nl = memchr(data, '\n', size);
    size_t blen = nl ? (size_t)(nl - data) : 0;
    const char *content_type = arena_printf(arena, "multipart/form-data; boundary=%.*s",
                                            (int)blen, (const char *)data);
    const uint8_t *body = nl ? nl + 1 : data;
    size_t body_len = nl ? size - blen - 1 : size;
    struct params fields = { 0 };
    struct uploads files = { 0 };
    if (parse_multipart(arena, content_type, body, body_len, &parse_limits_default, &fields, &files)
        == PARSE_OK) {
        for (size_t i = 0; i < files.count; i++)
            if (files.items[i].data < body || files.items[i].data + files.items[i].size > body + body_len)
                __builtin_trap();
        for (size_t i = 0; i < fields.count; i++)
            if (!utf8_valid(fields.items[i].value, fields.items[i].value_len))
                __builtin_trap();
    }
    arena_reset(arena);
    return 0;
}
