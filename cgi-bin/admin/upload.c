/* Recognising uploaded files by their bytes and storing them as attachments;
 * see upload.h. The declared name and Content-Type are never trusted: a
 * renamed executable is refused, a PNG named .pdf is stored as a PNG. */
#include "upload.h"

#include <string.h>

#include "arena.h"
#include "attachment_text.h"
#include "crypto.h"
#include "db.h"
#include "log.h"
#include "program.h"
#include "validate.h"

static const struct file_type type_pdf = { "application/pdf", "pdf", "PDF 文档" };
static const struct file_type type_doc = { "application/msword", "doc", "Word 文档" };
static const struct file_type type_xls = { "application/vnd.ms-excel", "xls", "Excel 表格" };
static const struct file_type type_docx = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word 文档" };
static const struct file_type type_xlsx = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Excel 表格" };
static const struct file_type type_jpeg = { "image/jpeg", "jpg", "JPG 图片" };
static const struct file_type type_png = { "image/png", "png", "PNG 图片" };

static bool starts_with(const unsigned char *data, size_t size, const char *magic, size_t len)
{
    return size >= len && memcmp(data, magic, len) == 0;
}

static unsigned read_le16(const unsigned char *p) { return (unsigned)p[0] | (unsigned)p[1] << 8; }

static size_t read_le32(const unsigned char *p)
{
    return (size_t)p[0] | (size_t)p[1] << 8 | (size_t)p[2] << 16 | (size_t)p[3] << 24;
}

/* Offset of the zip end-of-central-directory record, or (size_t)-1. */
static size_t zip_end_record(const unsigned char *data, size_t size)
{
    if (size < 22)
        return (size_t)-1;
    size_t lowest = size > 22 + 65535 ? size - 22 - 65535 : 0;
    for (size_t at = size - 22;; at--) {
        if (memcmp(data + at, "PK\x05\x06", 4) == 0)
            return at;
        if (at == lowest)
            return (size_t)-1;
    }
}

struct zip_names {
    bool content_types, word, xl;
};

/* Walks the central directory (bounds-checked) and notes the names OOXML needs. */
static bool zip_scan_names(const unsigned char *data, size_t size, struct zip_names *names)
{
    size_t end = zip_end_record(data, size);
    if (end == (size_t)-1)
        return false;
    size_t count = read_le16(data + end + 10), at = read_le32(data + end + 16);
    for (size_t i = 0; i < count; i++) {
        if (at + 46 > end || memcmp(data + at, "PK\x01\x02", 4) != 0)
            return false;
        size_t name_len = read_le16(data + at + 28);
        size_t next = at + 46 + name_len + read_le16(data + at + 30) + read_le16(data + at + 32);
        if (next > end)
            return false;
        const char *name = (const char *)data + at + 46;
        if (name_len == 19 && memcmp(name, "[Content_Types].xml", 19) == 0)
            names->content_types = true;
        names->word |= name_len > 5 && memcmp(name, "word/", 5) == 0;
        names->xl |= name_len > 3 && memcmp(name, "xl/", 3) == 0;
        at = next;
    }
    return true;
}

static const struct file_type *sniff_ooxml(const unsigned char *data, size_t size)
{
    struct zip_names names = { false, false, false };
    if (!zip_scan_names(data, size, &names) || !names.content_types)
        return NULL;
    if (names.word != names.xl)
        return names.word ? &type_docx : &type_xlsx;
    return NULL;
}

/* OLE compound files hold Word and Excel alike; the directory names the main
 * stream in UTF-16LE ("WordDocument", "Workbook", or "Book" for Excel 5). */
static bool has_utf16_name(const unsigned char *data, size_t size, const char *name)
{
    unsigned char wide[64];
    size_t n = 0;
    for (const char *c = name; *c && n + 4 <= sizeof wide; c++) {
        wide[n++] = (unsigned char)*c;
        wide[n++] = 0;
    }
    wide[n++] = 0;
    wide[n++] = 0;
    return memmem(data, size, wide, n) != NULL;
}

static const struct file_type *sniff_ole(const unsigned char *data, size_t size)
{
    if (has_utf16_name(data, size, "WordDocument"))
        return &type_doc;
    if (has_utf16_name(data, size, "Workbook") || has_utf16_name(data, size, "Book"))
        return &type_xls;
    return NULL;
}

const struct file_type *file_type_sniff(const unsigned char *data, size_t size)
{
    if (starts_with(data, size, "%PDF-", 5))
        return &type_pdf;
    if (starts_with(data, size, "\x89PNG\r\n\x1a\n", 8))
        return &type_png;
    if (starts_with(data, size, "\xFF\xD8\xFF", 3))
        return &type_jpeg;
    if (starts_with(data, size, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return sniff_ole(data, size);
    if (starts_with(data, size, "PK\x03\x04", 4))
        return sniff_ooxml(data, size);
    return NULL;
}

const char *upload_check(const struct upload *file, const struct file_type **type)
{
    if (!file || file->size == 0)
        return "请选择要上传的文件（文件不能为空）。";
    if (file->size > UPLOAD_MAX_BYTES)
        return "文件超过 20 MB，无法上传。请压缩或拆分后重试。";
    *type = file_type_sniff(file->data, file->size);
    if (!*type)
        return "无法识别该文件的格式。只接受 PDF、DOC、DOCX、XLS、XLSX、JPG、PNG 文件"
               "（按文件内容判断，与文件名无关）。";
    return NULL;
}

/* Characters that never belong in a served filename. */
static bool name_char_dropped(unsigned char c)
{
    return c < 0x20 || c == 0x7F || c == '/' || c == '\\' || c == '"' || c == ':' || c == '<'
        || c == '>' || c == '|' || c == '*' || c == '?' || c == ';' || c == '%';
}

/* The length of an invisible formatting character at S (N bytes left), 0 for
 * anything else: bidirectional controls (U+202A-202E, U+2066-2069, U+200E/F,
 * U+061C) would make "gpj.exe" read as "exe.jpg", zero-width ones (U+200B-200D,
 * U+FEFF) hide differences between names. */
static size_t invisible_format_char(const unsigned char *s, size_t n)
{
    if (n >= 2 && s[0] == 0xD8 && s[1] == 0x9C)
        return 2;
    if (n < 3)
        return 0;
    if (s[0] == 0xE2 && s[1] == 0x80 && ((s[2] >= 0x8B && s[2] <= 0x8F) || (s[2] >= 0xAA && s[2] <= 0xAE)))
        return 3;
    if (s[0] == 0xE2 && s[1] == 0x81 && s[2] >= 0xA6 && s[2] <= 0xA9)
        return 3;
    return s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF ? 3 : 0;
}

/* The declared name's last component without its extension, cleaned, at most 80 characters. */
static char *name_stem(struct arena *arena, const char *declared)
{
    const char *base = declared;
    for (const char *p = declared; *p; p++)
        if (*p == '/' || *p == '\\')
            base = p + 1;
    const char *dot = strrchr(base, '.');
    size_t len = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    char *out = arena_alloc(arena, len + 1);
    size_t n = 0, chars = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)base[i];
        size_t invisible = invisible_format_char((const unsigned char *)base + i, len - i);
        if (invisible) {
            i += invisible - 1;
            continue;
        }
        if (name_char_dropped(c))
            continue;
        if ((c & 0xC0) != 0x80 && chars++ == 80)
            break;   /* stop at a character boundary, never inside a UTF-8 sequence */
        out[n++] = (char)c;
    }
    out[n] = '\0';
    while (*out == '.' || *out == ' ')
        out++;
    return text_line_valid(out, strlen(out)) ? out : arena_strdup(arena, "");
}

const char *upload_display_name(struct arena *arena, const char *declared,
                                const struct file_type *type)
{
    const char *stem = name_stem(arena, declared ? declared : "");
    return arena_printf(arena, "%s.%s", *stem ? stem : "附件", type->extension);
}

long long attachment_store(struct arena *arena, sqlite3 *content_db, const char *owner_kind,
                           long long owner_id, const struct upload *file,
                           const struct file_type *type)
{
    char digest[65];
    sha256_hex(file->data, file->size, digest);
    sqlite3_stmt *st = db_stmt(content_db,
        "INSERT INTO attachments (owner_kind, owner_id, filename, mime, size, sha256, data, sort) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
        " (SELECT COALESCE(MAX(sort), 0) + 10 FROM attachments WHERE owner_kind = ?1 AND owner_id = ?2))");
    sqlite3_bind_text(st, 1, owner_kind, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, owner_id);
    sqlite3_bind_text(st, 3, upload_display_name(arena, file->filename, type), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 4, type->mime, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 5, (sqlite3_int64)file->size);
    sqlite3_bind_text(st, 6, digest, -1, SQLITE_TRANSIENT);
    sqlite3_bind_blob64(st, 7, file->data, file->size, SQLITE_STATIC);
    if (db_run(content_db, st, "attachment_store") != 0)
        return 0;
    return sqlite3_last_insert_rowid(content_db);
}

void attachment_extract_new(sqlite3 *content_db, const char *owner_kind, long long owner_id)
{
    attachment_texts_fill(content_db, &program_config, owner_kind, owner_id, false, NULL);
}
