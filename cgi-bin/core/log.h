/* One line per event on stderr (lighttpd's error log): time, level, program,
 * event name, free text with control characters replaced. Callers never pass
 * personal data (names, ID numbers, phones, addresses, access codes). */
#ifndef PORTAL_LOG_H
#define PORTAL_LOG_H

enum log_level { LOG_DEBUG, LOG_INFO, LOG_WARN, LOG_ERROR };

void log_set_program(const char *name);
void log_event(enum log_level level, const char *event, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
