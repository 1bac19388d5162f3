/* libFuzzer harness: query strings and urlencoded bodies, plus URL paths. */
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
    struct params p = { 0 };
    if (parse_urlencoded(arena, (const char *)data, size, &parse_limits_default, &p) == PARSE_OK) {
        for (size_t i = 0; i < p.count; i++) {
            /* Invariants every handler relies on. */
            if (!utf8_valid(p.items[i].value, p.items[i].value_len) ||
                strlen(p.items[i].value) != p.items[i].value_len || !*p.items[i].name)
                __builtin_trap();
        }
    }
    char *path = url_path_decode(arena, (const char *)data, size);
    if (path && !utf8_valid(path, strlen(path)))
        __builtin_trap();
    arena_reset(arena);
    return 0;
}
