/* Parsers for query strings, urlencoded bodies, cookies and multipart bodies.
 * Every parser enforces the limits it is given and rejects bad UTF-8, so
 * handlers only ever see bounded, valid text. */
#include "params.h"

#include <string.h>
#include <strings.h>

#include "arena.h"
#include "validate.h"

const struct parse_limits parse_limits_default = {
    .max_fields = 200,
    .max_name_len = 64,
    .max_value_len = 64 * 1024,
    .max_files = 10,
    .max_file_size = 20 * 1024 * 1024,
    .max_parts_header = 2048,
};

const char *parse_error_name(enum parse_error err)
{
    static const char *const names[] = {
        "ok", "too many fields", "name too long", "value too long", "bad percent escape",
        "invalid UTF-8", "empty name", "malformed", "too many files", "file too large",
    };
    return names[err];
}

void params_add(struct arena *arena, struct params *p, const char *name,
                const char *value, size_t value_len)
{
    p->items = arena_array_reserve(arena, p->items, p->count, &p->cap, sizeof *p->items, 16);
    p->items[p->count++] = (struct param){ name, value, value_len };
}

const char *params_get(const struct params *p, const char *name)
{
    for (size_t i = 0; i < p->count; i++)
        if (strcmp(p->items[i].name, name) == 0)
            return p->items[i].value;
    return NULL;
}

size_t params_count_of(const struct params *p, const char *name)
{
    size_t n = 0;
    for (size_t i = 0; i < p->count; i++)
        n += strcmp(p->items[i].name, name) == 0;
    return n;
}

const struct upload *uploads_get(const struct uploads *u, const char *field)
{
    for (size_t i = 0; i < u->count; i++)
        if (strcmp(u->items[i].field, field) == 0)
            return &u->items[i];
    return NULL;
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Decodes %XX (and '+' when plus_is_space) into a fresh arena string. */
static enum parse_error percent_decode(struct arena *arena, const char *s, size_t len,
                                       int plus_is_space, char **out, size_t *out_len)
{
    char *d = arena_alloc(arena, len + 1);
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '%') {
            if (i + 2 >= len)
                return PARSE_BAD_ESCAPE;
            int hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
            if (hi < 0 || lo < 0)
                return PARSE_BAD_ESCAPE;
            d[n++] = (char)(hi << 4 | lo);
            i += 2;
        } else if (s[i] == '+' && plus_is_space) {
            d[n++] = ' ';
        } else {
            d[n++] = s[i];
        }
    }
    d[n] = '\0';
    if (!utf8_valid(d, n))
        return PARSE_BAD_UTF8;
    *out = d;
    *out_len = n;
    return PARSE_OK;
}

static enum parse_error add_pair(struct arena *arena, const char *pair, size_t len,
                                 const struct parse_limits *limits, struct params *out)
{
    const char *eq = memchr(pair, '=', len);
    size_t name_raw = eq ? (size_t)(eq - pair) : len;
    const char *value_raw = eq ? eq + 1 : pair + len;
    size_t value_raw_len = eq ? len - name_raw - 1 : 0;
    if (name_raw == 0)
        return PARSE_EMPTY_NAME;
    if (name_raw > limits->max_name_len * 3)
        return PARSE_NAME_TOO_LONG;
    if (value_raw_len > limits->max_value_len * 3)
        return PARSE_VALUE_TOO_LONG;
    char *name, *value;
    size_t name_len, value_len;
    enum parse_error err = percent_decode(arena, pair, name_raw, 1, &name, &name_len);
    if (err == PARSE_OK)
        err = percent_decode(arena, value_raw, value_raw_len, 1, &value, &value_len);
    if (err != PARSE_OK)
        return err;
    if (name_len > limits->max_name_len || strlen(name) != name_len)
        return PARSE_NAME_TOO_LONG;
    if (value_len > limits->max_value_len)
        return PARSE_VALUE_TOO_LONG;
    if (out->count >= limits->max_fields)
        return PARSE_TOO_MANY_FIELDS;
    params_add(arena, out, name, value, value_len);
    return PARSE_OK;
}

enum parse_error parse_urlencoded(struct arena *arena, const char *s, size_t len,
                                  const struct parse_limits *limits, struct params *out)
{
    size_t start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && s[i] != '&')
            continue;
        if (i > start) {   /* "a=1&&b=2" and a trailing '&' are tolerated */
            enum parse_error err = add_pair(arena, s + start, i - start, limits, out);
            if (err != PARSE_OK)
                return err;
        }
        start = i + 1;
    }
    return PARSE_OK;
}

static int is_cookie_space(char c)
{
    return c == ' ' || c == '\t';
}

enum parse_error parse_cookies(struct arena *arena, const char *header,
                               const struct parse_limits *limits, struct params *out)
{
    const char *p = header;
    while (*p) {
        while (is_cookie_space(*p) || *p == ';')
            p++;
        if (!*p)
            break;
        const char *end = strchr(p, ';');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        while (len && is_cookie_space(p[len - 1]))
            len--;
        const char *eq = memchr(p, '=', len);
        /* A malformed cookie from some other site on this host is skipped, not fatal. */
        if (eq && eq > p && (size_t)(eq - p) <= limits->max_name_len) {
            size_t name_len = (size_t)(eq - p), value_len = len - name_len - 1;
            const char *value = eq + 1;
            if (value_len >= 2 && value[0] == '"' && value[value_len - 1] == '"') {
                value++;
                value_len -= 2;
            }
            if (value_len <= limits->max_value_len && utf8_valid(p, len)) {
                if (out->count >= limits->max_fields)
                    return PARSE_TOO_MANY_FIELDS;
                params_add(arena, out, arena_strndup(arena, p, name_len),
                           arena_strndup(arena, value, value_len), value_len);
            }
        }
        p += len;
        while (*p && *p != ';')
            p++;
    }
    return PARSE_OK;
}

char *url_path_decode(struct arena *arena, const char *s, size_t len)
{
    char *out;
    size_t out_len;
    if (percent_decode(arena, s, len, 0, &out, &out_len) != PARSE_OK)
        return NULL;
    if (strlen(out) != out_len)
        return NULL;
    return out;
}

/* --- multipart/form-data (RFC 7578) --- */

/* Extracts boundary=... (quoted or not) from a Content-Type value. */
static const char *multipart_boundary(struct arena *arena, const char *content_type)
{
    if (strncasecmp(content_type, "multipart/form-data", 19) != 0)
        return NULL;
    const char *b = strcasestr(content_type, "boundary=");
    if (!b)
        return NULL;
    b += 9;
    size_t len;
    if (*b == '"') {
        b++;
        const char *q = strchr(b, '"');
        if (!q)
            return NULL;
        len = (size_t)(q - b);
    } else {
        len = strcspn(b, "; \t");
    }
    if (len == 0 || len > 70)
        return NULL;
    return arena_strndup(arena, b, len);
}

/* Finds attribute NAME="value" in a Content-Disposition header line. */
static const char *disposition_attr(struct arena *arena, const char *line, size_t len,
                                    const char *name)
{
    size_t name_len = strlen(name);
    for (size_t i = 0; i + name_len + 2 <= len; i++) {
        if ((i == 0 || line[i - 1] == ' ' || line[i - 1] == ';') &&
            strncasecmp(line + i, name, name_len) == 0 && line[i + name_len] == '=' &&
            line[i + name_len + 1] == '"') {
            const char *v = line + i + name_len + 2;
            const char *q = memchr(v, '"', len - (size_t)(v - line));
            if (!q)
                return NULL;
            return arena_strndup(arena, v, (size_t)(q - v));
        }
    }
    return NULL;
}

/* Case-insensitive "Name:" prefix test that never reads past the line. */
static bool header_is(const char *line, size_t line_len, const char *name)
{
    size_t n = strlen(name);
    return line_len >= n && strncasecmp(line, name, n) == 0;
}

struct part_headers {
    const char *name;
    const char *filename;
    const char *content_type;
};

static enum parse_error parse_part_headers(struct arena *arena, const char *h, size_t len,
                                           struct part_headers *out)
{
    memset(out, 0, sizeof *out);
    size_t pos = 0;
    while (pos < len) {
        const char *eol = memmem(h + pos, len - pos, "\r\n", 2);
        size_t line_len = eol ? (size_t)(eol - (h + pos)) : len - pos;
        const char *line = h + pos;
        if (header_is(line, line_len, "Content-Disposition:")) {
            out->name = disposition_attr(arena, line, line_len, "name");
            out->filename = disposition_attr(arena, line, line_len, "filename");
        } else if (header_is(line, line_len, "Content-Type:")) {
            const char *v = line + 13;
            while (v < line + line_len && *v == ' ')
                v++;
            out->content_type = arena_strndup(arena, v, line_len - (size_t)(v - line));
        }
        pos += line_len + 2;
    }
    if (!out->name || !*out->name)
        return PARSE_EMPTY_NAME;
    if (!utf8_valid(out->name, strlen(out->name)) ||
        (out->filename && !utf8_valid(out->filename, strlen(out->filename))))
        return PARSE_BAD_UTF8;
    return PARSE_OK;
}

static enum parse_error add_part(struct arena *arena, const struct part_headers *ph,
                                 const unsigned char *data, size_t size,
                                 const struct parse_limits *limits,
                                 struct params *fields, struct uploads *files)
{
    if (strlen(ph->name) > limits->max_name_len)
        return PARSE_NAME_TOO_LONG;
    if (ph->filename) {
        if (!*ph->filename && size == 0)
            return PARSE_OK;   /* an empty file input */
        if (files->count >= limits->max_files)
            return PARSE_TOO_MANY_FILES;
        if (size > limits->max_file_size)
            return PARSE_FILE_TOO_LARGE;
        files->items = arena_array_reserve(arena, files->items, files->count, &files->cap,
                                           sizeof *files->items, 4);
        files->items[files->count++] = (struct upload){
            ph->name, ph->filename, ph->content_type ? ph->content_type : "", data, size };
        return PARSE_OK;
    }
    if (size > limits->max_value_len)
        return PARSE_VALUE_TOO_LONG;
    if (!utf8_valid((const char *)data, size))
        return PARSE_BAD_UTF8;
    if (fields->count >= limits->max_fields)
        return PARSE_TOO_MANY_FIELDS;
    params_add(arena, fields, ph->name, arena_strndup(arena, (const char *)data, size), size);
    return PARSE_OK;
}

enum parse_error parse_multipart(struct arena *arena, const char *content_type,
                                 const unsigned char *body, size_t len,
                                 const struct parse_limits *limits,
                                 struct params *fields, struct uploads *files)
{
    const char *boundary = multipart_boundary(arena, content_type);
    if (!boundary)
        return PARSE_MALFORMED;
    const char *delim = arena_printf(arena, "\r\n--%s", boundary);
    size_t delim_len = strlen(delim);
    /* The body starts with the delimiter minus its leading CRLF. */
    if (len < delim_len - 2 || memcmp(body, delim + 2, delim_len - 2) != 0)
        return PARSE_MALFORMED;
    size_t pos = delim_len - 2;
    for (;;) {
        if (len - pos >= 2 && memcmp(body + pos, "--", 2) == 0)
            return PARSE_OK;                       /* closing delimiter */
        if (len - pos < 2 || memcmp(body + pos, "\r\n", 2) != 0)
            return PARSE_MALFORMED;
        pos += 2;
        const unsigned char *hdr_end = memmem(body + pos, len - pos, "\r\n\r\n", 4);
        if (!hdr_end || (size_t)(hdr_end - (body + pos)) > limits->max_parts_header)
            return PARSE_MALFORMED;
        struct part_headers ph;
        enum parse_error err = parse_part_headers(arena, (const char *)body + pos,
                                                  (size_t)(hdr_end - (body + pos)), &ph);
        if (err != PARSE_OK)
            return err;
        size_t data_start = (size_t)(hdr_end - body) + 4;
        const unsigned char *next = memmem(body + data_start, len - data_start, delim, delim_len);
        if (!next)
            return PARSE_MALFORMED;
        err = add_part(arena, &ph, body + data_start, (size_t)(next - body) - data_start,
                       limits, fields, files);
        if (err != PARSE_OK)
            return err;
        pos = (size_t)(next - body) + delim_len;
    }
}
