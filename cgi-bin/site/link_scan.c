/* Link discovery over content.db's public fields; see link_scan.h. */
#include "link_scan.h"

#include <ctype.h>
#include <string.h>

#include "arena.h"
#include "db.h"
#include "markdown.h"

/* Scheme of URL in lowercase ("https"), or NULL for a relative URL. "//host" counts as "//". */
const char *link_url_scheme(struct arena *arena, const char *url)
{
    if (url[0] == '/' && url[1] == '/')
        return "//";
    size_t i = 0;
    if (!isalpha((unsigned char)url[0]))
        return NULL;
    while (isalnum((unsigned char)url[i]) || url[i] == '+' || url[i] == '-' || url[i] == '.')
        i++;
    if (url[i] != ':')
        return NULL;
    char *s = arena_strndup(arena, url, i);
    for (char *p = s; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return s;
}

/* The host of an authority URL ("scheme://user@host:port/..."), lowercase, or "". */
const char *link_url_host(struct arena *arena, const char *url)
{
    const char *start = strstr(url, "//");
    if (!start)
        return "";
    start += 2;
    size_t len = strcspn(start, "/?#\\");
    const char *at = NULL;
    for (size_t i = 0; i < len; i++)
        if (start[i] == '@')
            at = start + i;   /* the last @ ends any user info */
    if (at) {
        len -= (size_t)(at + 1 - start);
        start = at + 1;
    }
    size_t host_len = strcspn(start, ":");
    if (host_len > len)
        host_len = len;
    char *host = arena_strndup(arena, start, host_len);
    for (char *p = host; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    size_t n = strlen(host);
    if (n && host[n - 1] == '.')
        host[n - 1] = '\0';   /* "example.gov.cn." is the same host */
    return host;
}

bool link_host_is_gov_cn(const char *host)
{
    size_t n = strlen(host);
    return strcmp(host, "gov.cn") == 0 || (n > 7 && strcmp(host + n - 7, ".gov.cn") == 0);
}

static void report(struct link_scan *scan, const char *url, char kind)
{
    struct link_found link = scan->current;
    link.url = url;
    link.kind = kind;
    scan->found(scan->ctx, &link);
}

static void note_markdown_link(void *ctx, const char *url)
{
    struct link_scan *scan = ctx;
    report(scan, arena_strdup(scan->arena, url), 'm');
}

static void scan_markdown(struct link_scan *scan, const char *markdown)
{
    if (markdown && *markdown)
        markdown_each_link(markdown, strlen(markdown), note_markdown_link, scan);
}

/* Plain text: every http(s):// or www. run inside it counts; the public pages
 * show it as text, and a reader may still follow it. */
static void scan_text(struct link_scan *scan, const char *value)
{
    struct arena *arena = scan->arena;
    for (const char *p = value; p && *p; p++) {
        bool www = strncasecmp(p, "www.", 4) == 0 && (p == value || !isalnum((unsigned char)p[-1]))
                   && (p < value + 2 || strncmp(p - 2, "//", 2) != 0);
        if (strncasecmp(p, "http://", 7) != 0 && strncasecmp(p, "https://", 8) != 0 && !www)
            continue;
        size_t len = 0;
        while (p[len] && (unsigned char)p[len] > 0x20 && (unsigned char)p[len] < 0x7F
               && !strchr("\"'<>", p[len]))
            len++;
        const char *url = arena_strndup(arena, p, len);
        report(scan, www ? arena_printf(arena, "http://%s", url) : url, 't');
        p += len - 1;
    }
}

/* An e-mail address the public pages link as mailto: (机关的电子邮箱). */
static void scan_email(struct link_scan *scan, const char *value)
{
    if (value && *value)
        report(scan, arena_printf(scan->arena, "mailto:%s", value), 'e');
}

/* One kind of public row: SQL whose columns are the place's label, its admin
 * URL ('' for none), its public URL, then the columns to scan, each read as
 * KINDS says: 'm' Markdown, 't' plain text, 'e' an e-mail address. Agency rows
 * bind ?1 the agency's id and ?2 its code; platform rows bind nothing. */
struct link_source {
    const char *sql;
    const char *kinds;
};

/* Everything of an agency that its public column shows, URL-bearing or able to bear one. */
static const struct link_source agency_sources[] = {
    { "SELECT '公开信息：' || title, '/admin/entries/' || id, '/' || ?2 || '/catalogue/' || id, "
      " title, doc_no, keywords, validity_note, disclosure_method, disclosure_scope, body_md "
      "FROM entries WHERE status = 'published' AND owner_id = ?1 ORDER BY id", "ttttttm" },
    { "SELECT '公开信息的修订说明：' || e.title, '/admin/entries/' || e.id, '/' || ?2 || '/catalogue/' || e.id, "
      " r.change_note FROM entry_revisions r JOIN entries e ON e.id = r.entry_id "
      "WHERE e.status = 'published' AND e.owner_id = ?1 AND r.status IN ('published', 'superseded') "
      "ORDER BY e.id, r.rev_no", "t" },
    { "SELECT '办事指南：' || name, '/admin/guides/' || id, '/' || ?2 || '/guides/' || id, name, legal_limit, "
      " promised_limit, fee, location, hours, consult_phone, complaint_phone, legal_basis_md, conditions_md, "
      " faq_md FROM guides WHERE status = 'published' AND owner_id = ?1 ORDER BY id", "ttttttttmmm" },
    { "SELECT '办事指南的申请材料：' || g.name, '/admin/guides/' || g.id, '/' || ?2 || '/guides/' || g.id, "
      " m.name, m.form, m.notes FROM guide_materials m JOIN guides g ON g.id = m.guide_id "
      "WHERE g.status = 'published' AND g.owner_id = ?1 ORDER BY g.id, m.sort, m.id", "ttt" },
    { "SELECT '办事指南的办理流程：' || g.name, '/admin/guides/' || g.id, '/' || ?2 || '/guides/' || g.id, "
      " s.title, s.description FROM guide_steps s JOIN guides g ON g.id = s.guide_id "
      "WHERE g.status = 'published' AND g.owner_id = ?1 ORDER BY g.id, s.sort, s.id", "tt" },
    { "SELECT '工作动态：' || title, '/admin/news/' || id, '/' || ?2 || '/news/' || id, title, body_md "
      "FROM news WHERE status = 'published' AND owner_id = ?1 ORDER BY id", "tm" },
    { "SELECT '页面：' || title, '/admin/pages/' || slug, '/' || ?2 || '/' || slug, title, body_md FROM pages "
      "WHERE agency_id = ?1 ORDER BY slug", "tm" },
    { "SELECT '年度报告：' || title, '', '/' || ?2 || '/reports/' || year, title, body_md, section1_md, "
      " section5_md, section6_md FROM annual_reports WHERE status = 'published' AND agency_id = ?1 "
      "ORDER BY year", "tmmmm" },
    { "SELECT '机构与联系方式：' || name, '/admin/agencies/' || id, '/' || ?2 || '/contacts', name, address, "
      " postcode, office_hours, phone, fax, email, supervision_phone, duties_md FROM agencies "
      "WHERE id = ?1 OR parent_id = ?1 ORDER BY parent_id IS NOT NULL, sort, id", "ttttttettm" },
    { "SELECT '依申请公开受理机构：' || key, '/admin/agencies/' || agency_id, '/apply?agency=' || ?2, value "
      "FROM agency_settings WHERE agency_id = ?1 ORDER BY key", "t" },
};

/* The platform's own: its pages, settings (footer, parent portal) and category names. */
static const struct link_source platform_sources[] = {
    { "SELECT '平台页面：' || title, '/admin/pages/' || slug, '/' || slug, title, body_md FROM pages "
      "WHERE agency_id IS NULL ORDER BY slug", "tm" },
    { "SELECT '站点设置：' || key, '/admin/settings', '/', value FROM settings ORDER BY key", "t" },
    { "SELECT '分类：' || name, '/admin/categories', '/catalogue', name FROM categories ORDER BY scheme, sort, id",
      "t" },
};

/* Runs ST and scans each row's columns as KINDS says (see struct link_source). */
static void scan_rows(struct link_scan *scan, sqlite3_stmt *st, const char *kinds)
{
    while (sqlite3_step(st) == SQLITE_ROW) {
        scan->current.where = db_text(scan->arena, st, 0);
        scan->current.admin_url = db_text(scan->arena, st, 1);
        scan->current.public_url = db_text(scan->arena, st, 2);
        for (int i = 0; kinds[i]; i++) {
            const char *value = (const char *)sqlite3_column_text(st, 3 + i);
            if (kinds[i] == 'm')
                scan_markdown(scan, value);
            else if (kinds[i] == 'e')
                scan_email(scan, value);
            else
                scan_text(scan, value);
        }
    }
    sqlite3_reset(st);
}

void link_scan_agency(struct link_scan *scan, long long agency_id, const char *code)
{
    for (size_t i = 0; i < sizeof agency_sources / sizeof agency_sources[0]; i++) {
        sqlite3_stmt *st = db_stmt(scan->db, agency_sources[i].sql);
        sqlite3_bind_int64(st, 1, agency_id);
        sqlite3_bind_text(st, 2, code, -1, SQLITE_TRANSIENT);
        scan_rows(scan, st, agency_sources[i].kinds);
    }
}

void link_scan_platform(struct link_scan *scan)
{
    for (size_t i = 0; i < sizeof platform_sources / sizeof platform_sources[0]; i++)
        scan_rows(scan, db_stmt(scan->db, platform_sources[i].sql), platform_sources[i].kinds);
}
