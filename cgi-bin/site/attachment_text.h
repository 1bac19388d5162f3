/* Filling attachment_texts in content.db: the text extracted from each
 * attachment (extract.h), or why there is none, which the search triggers of
 * migration 6 put into the owning document's index. Run by admin.fcgi after
 * an upload is committed and by `portalctl extract`; never by portal.fcgi. */
#ifndef PORTAL_ATTACHMENT_TEXT_H
#define PORTAL_ATTACHMENT_TEXT_H

#include <sqlite3.h>
#include <stdbool.h>

#include "config.h"

struct extract_summary {
    int extracted;   /* text stored (possibly none: a scanned PDF) */
    int failed;      /* the tool failed: its error stored, with no text */
    int skipped;     /* types without text (JPG, PNG): no row written */
};

/* Extracts and stores the text of every attachment of OWNER_KIND/OWNER_ID
 * (of all attachments when OWNER_KIND is NULL) that has no attachment_texts
 * row, and with RETRY also of those whose row records an error. Per
 * attachment: its bytes are copied out, the tool runs with no transaction
 * open, and the row is written in its own short BEGIN IMMEDIATE transaction.
 * Must not be called inside a transaction (returns -1, logged). Returns 0, or
 * -1 on a database error (logged). Counts go to SUMMARY when not NULL. */
int attachment_texts_fill(sqlite3 *db, const struct config *cfg, const char *owner_kind,
                          long long owner_id, bool retry, struct extract_summary *summary);

#endif
