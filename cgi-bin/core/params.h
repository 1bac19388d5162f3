/* Name/value pairs from query strings, urlencoded bodies, cookies and
 * multipart bodies, parsed with hard limits. Values are NUL-terminated
 * copies in the arena and always valid UTF-8 (checked while parsing). */
#ifndef PORTAL_PARAMS_H
#define PORTAL_PARAMS_H

#include <stdbool.h>
#include <stddef.h>

struct arena;

struct param {
    const char *name;
    const char *value;
    size_t value_len;
};

struct upload {
    const char *field;
    const char *filename;      /* as sent, UTF-8 checked; never used as a path */
    const char *content_type;  /* as sent; callers sniff the bytes instead */
    const unsigned char *data;
    size_t size;
};

struct params {
    struct param *items;
    size_t count;
    size_t cap;
};

struct uploads {
    struct upload *items;
    size_t count;
    size_t cap;
};

struct parse_limits {
    size_t max_fields;
    size_t max_name_len;
    size_t max_value_len;   /* for text fields; files use max_file_size */
    size_t max_files;
    size_t max_file_size;
    size_t max_parts_header; /* bytes of headers per multipart part */
};

enum parse_error {
    PARSE_OK = 0,
    PARSE_TOO_MANY_FIELDS,
    PARSE_NAME_TOO_LONG,
    PARSE_VALUE_TOO_LONG,
    PARSE_BAD_ESCAPE,
    PARSE_BAD_UTF8,
    PARSE_EMPTY_NAME,
    PARSE_MALFORMED,
    PARSE_TOO_MANY_FILES,
    PARSE_FILE_TOO_LARGE,
};

extern const struct parse_limits parse_limits_default;

const char *parse_error_name(enum parse_error err);

/* application/x-www-form-urlencoded, also used for query strings. '+' is a space. */
enum parse_error parse_urlencoded(struct arena *arena, const char *s, size_t len,
                                  const struct parse_limits *limits, struct params *out);
/* Cookie header: "a=1; b=2". Values are not percent-decoded (RFC 6265). */
enum parse_error parse_cookies(struct arena *arena, const char *header,
                               const struct parse_limits *limits, struct params *out);
/* multipart/form-data with the boundary taken from the Content-Type header. */
enum parse_error parse_multipart(struct arena *arena, const char *content_type,
                                 const unsigned char *body, size_t len,
                                 const struct parse_limits *limits,
                                 struct params *fields, struct uploads *files);

/* Percent-decodes a URL path into the arena; NULL if malformed, not UTF-8 or containing NUL. */
char *url_path_decode(struct arena *arena, const char *s, size_t len);

/* First value of NAME, or NULL. */
const char *params_get(const struct params *p, const char *name);
size_t params_count_of(const struct params *p, const char *name);
void params_add(struct arena *arena, struct params *p, const char *name,
                const char *value, size_t value_len);
const struct upload *uploads_get(const struct uploads *u, const char *field);

#endif
