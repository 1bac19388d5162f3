/* The template bridge: Google ctemplate behind a C API. A dictionary is
 * opaque and per request; expansion goes into a buffer that the caller
 * writes only when expansion succeeded. Every template starts with an
 * AUTOESCAPE pragma, so values set here are escaped for their context. */
#ifndef PORTAL_TMPL_H
#define PORTAL_TMPL_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct buf;
struct tmpl_dict;

/* Sets the directory templates are read from (once per process). */
void tmpl_init(const char *template_dir);

struct tmpl_dict *tmpl_dict_new(void);
void tmpl_dict_free(struct tmpl_dict *dict);

void tmpl_set(struct tmpl_dict *dict, const char *key, const char *value);
void tmpl_set_len(struct tmpl_dict *dict, const char *key, const char *value, size_t len);
/* A value visible in DICT, its sections and its included templates. */
void tmpl_set_global(struct tmpl_dict *dict, const char *key, const char *value);
void tmpl_set_int(struct tmpl_dict *dict, const char *key, long long value);
/* Shows {{#NAME}} once with the parent's values. */
void tmpl_show(struct tmpl_dict *dict, const char *section);
/* Adds one iteration of section NAME; returns its dictionary (owned by DICT). */
struct tmpl_dict *tmpl_add_section(struct tmpl_dict *dict, const char *section);
/* Fills {{>NAME}} with FILENAME; returns its dictionary (owned by DICT). */
struct tmpl_dict *tmpl_add_include(struct tmpl_dict *dict, const char *name, const char *filename);

/* Expands FILENAME with DICT, appending to OUT only on success. Returns 0 on success. */
int tmpl_expand(const char *filename, struct tmpl_dict *dict, struct buf *out);
/* The same for plain text (notices): every line kept as written, blank
 * lines included (tmpl_expand drops them, harmless in HTML). */
int tmpl_expand_text(const char *filename, struct tmpl_dict *dict, struct buf *out);

#ifdef __cplusplus
}
#endif

#endif
