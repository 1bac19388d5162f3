/* libFuzzer harness: the Cookie header parser. */
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
    char *header = arena_strndup(arena, (const char *)data, size);  /* headers arrive NUL-terminated */
    struct params p = { 0 };
    if (parse_cookies(arena, header, &parse_limits_default, &p) == PARSE_OK)
        for (size_t i = 0; i < p.count; i++)
            if (!*p.items[i].name || !utf8_valid(p.items[i].value, strlen(p.items[i].value)))
                __builtin_trap();
    arena_reset(arena);
    return 0;
}
