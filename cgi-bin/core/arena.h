/* Per-request memory: everything a request allocates comes from one arena
 * that is reset when the response is written, so a long-running FastCGI
 * worker cannot leak across requests. Out of memory aborts the worker
 * (lighttpd restarts it); callers never check for NULL. */
#ifndef PORTAL_ARENA_H
#define PORTAL_ARENA_H

#include <stdarg.h>
#include <stddef.h>

struct arena;

struct arena *arena_new(void);
void arena_free(struct arena *arena);
/* Frees everything allocated since creation, keeping the first block for reuse. */
void arena_reset(struct arena *arena);
/* Bytes handed out since the last reset (for tests and memory gauges). */
size_t arena_used(const struct arena *arena);

void *arena_alloc(struct arena *arena, size_t size);
void *arena_calloc(struct arena *arena, size_t count, size_t size);
char *arena_strdup(struct arena *arena, const char *s);
char *arena_strndup(struct arena *arena, const char *s, size_t len);
char *arena_printf(struct arena *arena, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
char *arena_vprintf(struct arena *arena, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));

/* Room for one more element in an arena array of COUNT used out of *CAP
 * (FIRST_CAP when empty): returns ITEMS, or a copy twice as large. */
void *arena_array_reserve(struct arena *arena, void *items, size_t count, size_t *cap,
                          size_t elem_size, size_t first_cap);

/* A growable byte buffer whose storage lives in an arena. Always NUL-terminated. */
struct buf {
    struct arena *arena;
    char *data;
    size_t len;
    size_t cap;
};

void buf_init(struct buf *b, struct arena *arena);
void buf_append(struct buf *b, const void *data, size_t len);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
