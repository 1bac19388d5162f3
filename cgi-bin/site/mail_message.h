/* A notice as an Internet message (RFC 5322, MIME): the headers every mail
 * the portal sends carries, the Subject encoded by RFC 2047, the text body in
 * base64. Pure text work, no I/O: the sender (cgi-bin/notify/) hands the
 * result to the relay. Header injection cannot happen here: addresses with
 * anything but printable ASCII are refused, and the subject is only ever
 * written as encoded-words. */
#ifndef PORTAL_MAIL_MESSAGE_H
#define PORTAL_MAIL_MESSAGE_H

#include <stdbool.h>
#include <time.h>

struct arena;

/* True when ADDRESS can stand in a header and an SMTP command: a valid
 * e-mail address (the form's rule), printable ASCII, no <>, no CR or LF. */
bool mail_address_ok(const char *address);

/* SUBJECT (UTF-8) as a header value of RFC 2047 encoded-words, folded so no
 * line exceeds 76 characters; control characters become spaces first. */
const char *mail_encode_subject(struct arena *arena, const char *subject);

/* TIME as an RFC 5322 date in UTC: "Wed, 02 Dec 2026 08:05:00 +0000". */
const char *mail_date(struct arena *arena, time_t time);

/* The whole message with CRLF line ends: From, To, Date, Message-ID,
 * Subject, MIME-Version, Content-Type text/plain; charset=UTF-8,
 * Content-Transfer-Encoding base64, Auto-Submitted, then BODY in base64.
 * NULL when FROM or TO is not mail_address_ok or MESSAGE_ID is not <...>
 * in printable ASCII. Allocates in ARENA. */
const char *mail_compose(struct arena *arena, const char *from, const char *to, const char *subject,
                         const char *message_id, time_t date, const char *body);

#endif
