/* Bump allocator in linked blocks; see arena.h. */
#include "arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { ARENA_BLOCK = 64 * 1024, ARENA_ALIGN = 16 };

struct block {
    struct block *next;
    size_t size;
    size_t used;
    _Alignas(16) unsigned char data[];
};

struct arena {
    struct block *head;   /* current block; the first block is last in the list */
    struct block *first;
    size_t handed_out;
};

static void out_of_memory(void)
{
    fputs("fatal: out of memory, worker exits\n", stderr);
    abort();
}

static struct block *block_new(size_t size)
{
    struct block *b = malloc(sizeof *b + size);
    if (!b)
        out_of_memory();
    b->next = NULL;
    b->size = size;
    b->used = 0;
    return b;
}

struct arena *arena_new(void)
{
    struct arena *a = malloc(sizeof *a);
    if (!a)
        out_of_memory();
    a->first = a->head = block_new(ARENA_BLOCK);
    a->handed_out = 0;
    return a;
}

void arena_reset(struct arena *a)
{
    struct block *b = a->head;
    while (b != a->first) {
        struct block *next = b->next;
        free(b);
        b = next;
    }
    a->head = a->first;
    a->first->used = 0;
    a->handed_out = 0;
}

void arena_free(struct arena *a)
{
    if (!a)
        return;
    arena_reset(a);
    free(a->first);
    free(a);
}

size_t arena_used(const struct arena *a)
{
    return a->handed_out;
}

void *arena_alloc(struct arena *a, size_t size)
{
    size_t rounded = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (rounded < size)
        out_of_memory();
    if (a->head->size - a->head->used < rounded) {
        struct block *b = block_new(rounded > ARENA_BLOCK ? rounded : ARENA_BLOCK);
        b->next = a->head;
        a->head = b;
    }
    void *p = a->head->data + a->head->used;
    a->head->used += rounded;
    a->handed_out += rounded;
    return p;
}

void *arena_calloc(struct arena *a, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        out_of_memory();
    void *p = arena_alloc(a, count * size);
    memset(p, 0, count * size);
    return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t len)
{
    char *p = arena_alloc(a, len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}

char *arena_vprintf(struct arena *a, const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (n < 0)
        n = 0;
    char *p = arena_alloc(a, (size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p = arena_vprintf(a, fmt, ap);
    va_end(ap);
    return p;
}

void *arena_array_reserve(struct arena *arena, void *items, size_t count, size_t *cap,
                          size_t elem_size, size_t first_cap)
{
    if (count < *cap)
        return items;
    size_t grown = *cap ? *cap * 2 : first_cap;
    if (grown > SIZE_MAX / elem_size)
        out_of_memory();
    void *bigger = arena_alloc(arena, grown * elem_size);
    if (count)
        memcpy(bigger, items, count * elem_size);
    *cap = grown;
    return bigger;
}

void buf_init(struct buf *b, struct arena *arena)
{
    b->arena = arena;
    b->cap = 256;
    b->data = arena_alloc(arena, b->cap);
    b->len = 0;
    b->data[0] = '\0';
}

static void buf_reserve(struct buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap * 2;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *data = arena_alloc(b->arena, cap);
    memcpy(data, b->data, b->len + 1);
    b->data = data;
    b->cap = cap;
}

void buf_append(struct buf *b, const void *data, size_t len)
{
    buf_reserve(b, len);
    memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
}

void buf_puts(struct buf *b, const char *s)
{
    buf_append(b, s, strlen(s));
}

void buf_putc(struct buf *b, char c)
{
    buf_append(b, &c, 1);
}

void buf_printf(struct buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = arena_vprintf(b->arena, fmt, ap);
    va_end(ap);
    buf_puts(b, s);
}
