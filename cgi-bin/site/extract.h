/* The text of PDF, DOC, XLS, DOCX and XLSX attachments, for search: Debian's
 * tools read them (pdftotext, catdoc, xls2csv, docx2txt, xlsx2csv), each run
 * as a child process (no shell) on a copy of the file in a private temporary
 * directory, under a wall-clock timeout and CPU and memory limits. Only
 * admin.fcgi and portalctl run it; portal.fcgi opens content.db read-only. */
#ifndef PORTAL_EXTRACT_H
#define PORTAL_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"

enum { EXTRACT_MAX_TEXT = 1024 * 1024 };   /* bytes of text kept per attachment */

enum extract_status {
    EXTRACT_DONE,          /* text holds what the tool found (possibly "") */
    EXTRACT_FAILED,        /* error says why, in Chinese */
    EXTRACT_UNSUPPORTED,   /* a type with no text to extract (JPG, PNG) */
};

struct extract_result {
    char *text;        /* malloc'd when DONE (the caller frees), else NULL */
    char error[320];   /* when FAILED: "pdftotext 未安装", "pdftotext 超时 ..." */
};

/* Whether files of MIME (attachments.mime) have a text extractor. */
bool extract_supported(const char *mime);

/* Runs the extractor for MIME on DATA (SIZE bytes) with CFG's tool path and
 * timeout. The text is valid UTF-8 (invalid bytes dropped), whitespace runs
 * collapsed, at most EXTRACT_MAX_TEXT bytes. Allocates out->text. */
enum extract_status extract_text(const struct config *cfg, const char *mime, const void *data,
                                 size_t size, struct extract_result *out);

/* Rewrites TEXT (LEN bytes) in place as valid UTF-8 with invalid bytes
 * dropped, control characters taken as spaces, each whitespace run made one
 * newline (when it held one) or one space, none at the ends, and cut on a
 * character boundary to at most MAX bytes. Returns the new length and
 * NUL-terminates (TEXT must have room for LEN + 1 bytes). */
size_t extract_clean_text(char *text, size_t len, size_t max);

#endif
