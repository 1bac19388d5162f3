/* Fixed-format logging; see log.h. */
#include "log.h"

#include <stdarg.h>
#include <stdio.h>
#include <time.h>

static const char *program = "portal";

void log_set_program(const char *name)
{
    program = name;
}

static const char *level_name(enum log_level level)
{
    static const char *const names[] = { "debug", "info", "warn", "error" };
    return names[level];
}

/* Control characters would let a value forge extra log lines. */
static void sanitise(char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 || *s == 0x7f)
            *s = '?';
}

void log_event(enum log_level level, const char *event, const char *fmt, ...)
{
    char text[1024], stamp[32];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    sanitise(text);
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
    fprintf(stderr, "%s %s %s %s %s\n", stamp, level_name(level), program, event, text);
}
