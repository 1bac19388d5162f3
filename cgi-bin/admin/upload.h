/* Uploaded files: what a file really is, judged by its bytes and never by the
 * name or Content-Type the browser declared, and storing one as an attachment
 * in content.db. Shared by content editing and application replies. */
#ifndef PORTAL_UPLOAD_H
#define PORTAL_UPLOAD_H

#include <sqlite3.h>
#include <stddef.h>

#include "params.h"

struct arena;

enum { UPLOAD_MAX_BYTES = 20 * 1024 * 1024 };

struct file_type {
    const char *mime;       /* stored in attachments.mime / application_files.mime */
    const char *extension;  /* without the dot: "pdf", "docx" ... */
    const char *label;      /* Chinese, for lists: "PDF 文档" */
};

/* The type of DATA from its leading bytes (and, for Office files, the names
 * inside the container): PDF, DOC, XLS, DOCX, XLSX, JPEG or PNG. NULL for
 * anything else. Allocates nothing. */
const struct file_type *file_type_sniff(const unsigned char *data, size_t size);

/* Checks an upload: not empty, at most UPLOAD_MAX_BYTES, an accepted type.
 * Returns NULL and sets *type, or a Chinese message for the person. */
const char *upload_check(const struct upload *file, const struct file_type **type);

/* The filename to show and serve: the last path component of the declared
 * name with control and path characters dropped, at most 80 characters, and
 * the extension of the sniffed type (a PNG named x.pdf becomes x.png).
 * Allocates in ARENA. */
const char *upload_display_name(struct arena *arena, const char *declared,
                                const struct file_type *type);

/* Stores FILE (already checked) as an attachment of OWNER_KIND/OWNER_ID with
 * its sha256, size and sniffed mime. Returns the new id, or 0 on a database
 * error (logged). Runs inside the caller's transaction when there is one. */
long long attachment_store(struct arena *arena, sqlite3 *content_db, const char *owner_kind,
                           long long owner_id, const struct upload *file,
                           const struct file_type *type);

/* Extracts the text of OWNER_KIND/OWNER_ID's attachments that have none yet,
 * for search (attachment_text.h). Call it after the upload's transaction has
 * committed: the tool may run for seconds, and a failure is recorded in
 * attachment_texts.error without touching the stored upload. */
void attachment_extract_new(sqlite3 *content_db, const char *owner_kind, long long owner_id);

#endif
