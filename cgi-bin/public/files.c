/* /files/{id}/{name}: attachments of published content, served from
 * content.db with their stored type, a download file name, an ETag and 304s.
 * Also the small helpers pages use to link and describe attachments. */
#include <stdbool.h>
#include <string.h>

#include "app.h"
#include "db.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"

/* Unreserved characters (RFC 3986) stay; everything else, UTF-8 included, is %XX. */
const char *percent_encode(struct arena *arena, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    struct buf out;
    buf_init(&out, arena);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')
            || strchr("-._~", *p)) {
            buf_putc(&out, (char)*p);
        } else {
            buf_putc(&out, '%');
            buf_putc(&out, hex[*p >> 4]);
            buf_putc(&out, hex[*p & 15]);
        }
    }
    return out.data ? out.data : "";
}

const char *attachment_url(struct arena *arena, long long id, const char *filename)
{
    return arena_printf(arena, "/files/%lld/%s", id, percent_encode(arena, filename));
}

const char *attachment_kind_label(const char *mime)
{
    static const struct { const char *prefix, *label; } kinds[] = {
        { "application/pdf", "PDF" },
        { "application/msword", "Word" },
        { "application/vnd.openxmlformats-officedocument.wordprocessingml", "Word" },
        { "application/vnd.ms-excel", "Excel" },
        { "application/vnd.openxmlformats-officedocument.spreadsheetml", "Excel" },
        { "text/csv", "CSV" },
        { "image/", "图片" },
        { "application/zip", "压缩包" },
        { "text/plain", "文本" },
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (strncmp(mime, kinds[i].prefix, strlen(kinds[i].prefix)) == 0)
            return kinds[i].label;
    return "文件";
}

void attachments_to_dict(struct tmpl_dict *d, struct request *req, const char *owner_kind,
                            long long owner_id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, filename, mime, size FROM attachments WHERE owner_kind = ?1 AND owner_id = ?2 AND pending_rev IS NULL "
        "ORDER BY sort, id");
    sqlite3_bind_text(st, 1, owner_kind, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, owner_id);
    int count = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        count++;
        struct tmpl_dict *f = tmpl_add_section(d, "attachments");
        const char *filename = db_text(req->arena, st, 1);
        tmpl_set(f, "url", attachment_url(req->arena, db_int(st, 0), filename));
        tmpl_set(f, "filename", filename);
        tmpl_set(f, "kind", attachment_kind_label(db_text(req->arena, st, 2)));
        tmpl_set(f, "size", file_size_label(req->arena, db_int(st, 3)));
    }
    sqlite3_reset(st);
    if (count)
        tmpl_show(d, "has_attachments");
}

/* The owner must be published: a draft's files stay private until it is, and
 * so does a file added in a revision not published yet (pending_rev). */
static sqlite3_stmt *published_attachment(struct request *req, long long id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT a.filename, a.mime, a.sha256, a.data FROM attachments a WHERE a.id = ?1 AND a.pending_rev IS NULL AND ("
        " (a.owner_kind = 'entry' AND EXISTS (SELECT 1 FROM entries o"
        "   WHERE o.id = a.owner_id AND o.status = 'published'))"
        " OR (a.owner_kind = 'guide' AND EXISTS (SELECT 1 FROM guides o"
        "   WHERE o.id = a.owner_id AND o.status = 'published'))"
        " OR (a.owner_kind = 'news' AND EXISTS (SELECT 1 FROM news o"
        "   WHERE o.id = a.owner_id AND o.status = 'published'))"
        " OR (a.owner_kind = 'report' AND EXISTS (SELECT 1 FROM annual_reports o"
        "   WHERE o.year = a.owner_id AND o.status = 'published'))"
        " OR (a.owner_kind = 'page' AND EXISTS (SELECT 1 FROM pages o WHERE o.rowid = a.owner_id))"
        " OR (a.owner_kind = 'consultation' AND EXISTS (SELECT 1 FROM consultations o"
        "   WHERE o.id = a.owner_id AND o.status = 'published')))");
    sqlite3_bind_int64(st, 1, id);
    return st;
}

/* True when If-None-Match names ETAG (a list of quoted tags, possibly weak) or is "*". */
static bool etag_matches(const char *if_none_match, const char *etag)
{
    if (!if_none_match)
        return false;
    return strcmp(if_none_match, "*") == 0 || strstr(if_none_match, etag) != NULL;
}

static void add_download_headers(struct request *req, const char *filename, const char *etag)
{
    resp_header(req, "Content-Disposition",
                arena_printf(req->arena, "attachment; filename*=UTF-8''%s",
                             percent_encode(req->arena, filename)));
    resp_header(req, "ETag", etag);
    /* Revalidate every time: an owner can be withdrawn, and the ETag makes it cheap. */
    resp_header(req, "Cache-Control", "no-cache");
}

int file_download(struct request *req)
{
    sqlite3_stmt *st = published_attachment(req, req->path_ids[0]);
    int status = 404;
    if (sqlite3_step(st) == SQLITE_ROW
        && strcmp(db_text(req->arena, st, 0), req->path_args[1]) == 0) {
        const char *filename = db_text(req->arena, st, 0);
        const char *etag = arena_printf(req->arena, "\"%.16s\"", db_text(req->arena, st, 2));
        add_download_headers(req, filename, etag);
        if (etag_matches(req->if_none_match, etag)) {
            status = 304;
        } else {
            req->response.content_type = db_text(req->arena, st, 1);
            const void *data = sqlite3_column_blob(st, 3);
            if (data)
                buf_append(&req->response.body, data, (size_t)sqlite3_column_bytes(st, 3));
            status = 200;
        }
    }
    sqlite3_reset(st);
    return status == 404 ? resp_error(req, 404, "该附件不存在或尚未公开。") : status;
}
