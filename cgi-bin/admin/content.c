/* Helpers shared by the content-editing areas of admin.fcgi; see content.h. */
#include "content.h"

#include <string.h>

#include "app.h"
#include "db.h"
#include "form.h"
#include "markdown.h"
#include "staff.h"
#include "tmpl.h"
#include "validate.h"

const char *content_status_label(const char *status)
{
    static const char *const labels[][2] = {
        { "draft", "草稿" }, { "review", "待审核" }, { "published", "已发布" },
        { "returned", "已退回" }, { "superseded", "已被替代" },
    };
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        if (status && strcmp(status, labels[i][0]) == 0)
            return labels[i][1];
    return status ? status : "";
}

const char *validity_label(const char *validity)
{
    if (validity && strcmp(validity, "repealed") == 0)
        return "已废止";
    if (validity && strcmp(validity, "expired") == 0)
        return "已失效";
    return "有效";
}

static void add_options_from(sqlite3_stmt *st, struct tmpl_dict *dict, const char *section,
                             long long selected)
{
    while (sqlite3_step(st) == SQLITE_ROW) {
        struct tmpl_dict *opt = tmpl_add_section(dict, section);
        tmpl_set_int(opt, "value", db_int(st, 0));
        tmpl_set(opt, "label", (const char *)sqlite3_column_text(st, 1));
        if (db_int(st, 0) == selected)
            tmpl_show(opt, "selected");
    }
    sqlite3_reset(st);
}

void add_category_options(struct request *req, struct tmpl_dict *dict, const char *section,
                          const char *scheme, long long selected)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, code || ' ' || name FROM categories WHERE scheme = ?1 ORDER BY sort, id");
    sqlite3_bind_text(st, 1, scheme, -1, SQLITE_STATIC);
    add_options_from(st, dict, section, selected);
}

void add_agency_options(struct request *req, struct tmpl_dict *dict, const char *section,
                        long long selected)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT id, name FROM agencies WHERE id = ?1 OR parent_id = ?1 ORDER BY parent_id IS NOT NULL, sort, id");
    sqlite3_bind_int64(st, 1, staff_agency_id(req));
    add_options_from(st, dict, section, selected);
}

bool category_in_scheme(struct request *req, long long id, const char *scheme)
{
    if (id == 0)
        return true;
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT 1 FROM categories WHERE id = ?1 AND scheme = ?2");
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_text(st, 2, scheme, -1, SQLITE_STATIC);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_reset(st);
    return found;
}

bool agency_is_own(struct request *req, long long id)
{
    long long own = staff_agency_id(req);
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT 1 FROM agencies WHERE id = ?1 AND coalesce(parent_id, id) = ?2");
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, own);
    bool found = own && sqlite3_step(st) == SQLITE_ROW;
    sqlite3_reset(st);
    return found;
}

int content_require_own(struct request *req, long long owner_id, const char *kind, long long id)
{
    return staff_require_agency(req, owner_id, arena_printf(req->arena, "%s:%lld", kind, id));
}

/* 《政府信息公开条例》(2019) 第二十条, items (一) to (十五). */
static const char *const art20_items[15] = {
    "（一）行政法规、规章和规范性文件",
    "（二）机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名",
    "（三）国民经济和社会发展规划、专项规划、区域规划及相关政策",
    "（四）国民经济和社会发展统计信息",
    "（五）办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果",
    "（六）实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定",
    "（七）财政预算、决算信息",
    "（八）行政事业性收费项目及其依据、标准",
    "（九）政府集中采购项目的目录、标准及实施情况",
    "（十）重大建设项目的批准和实施情况",
    "（十一）扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况",
    "（十二）突发公共事件的应急预案、预警信息及应对情况",
    "（十三）环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况",
    "（十四）公务员招考的职位、名额、报考条件等事项以及录用结果",
    "（十五）法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息",
};

const char *art20_label(int item)
{
    return item >= 1 && item <= 15 ? art20_items[item - 1] : NULL;
}

void add_art20_options(struct tmpl_dict *dict, const char *section, long long selected)
{
    for (int i = 1; i <= 15; i++) {
        struct tmpl_dict *opt = tmpl_add_section(dict, section);
        tmpl_set_int(opt, "value", i);
        tmpl_set(opt, "label", art20_items[i - 1]);
        if (i == selected)
            tmpl_show(opt, "selected");
    }
}

long long form_id(const struct form *form, const char *name)
{
    long long id = 0;
    const char *v = form_value(form, name);
    return positive_id_parse(v, strlen(v), &id) ? id : 0;
}

const char *clip_text(struct arena *arena, const char *s, size_t max)
{
    size_t chars = 0, i = 0;
    for (; s[i]; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80 && chars++ == max)
            return arena_printf(arena, "%.*s…", (int)i, s);
    }
    return s;
}

/* Newlines would make an audit summary hard to read in one line. */
const char *one_line(struct arena *arena, const char *s)
{
    char *copy = arena_strdup(arena, s);
    for (char *p = copy; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t')
            *p = ' ';
    return copy;
}

void audit_diff(struct buf *summary, const char *label, const char *before, const char *after)
{
    if (strcmp(before ? before : "", after ? after : "") == 0)
        return;
    struct arena *arena = summary->arena;
    buf_printf(summary, "%s%s: %s -> %s", summary->len ? "; " : "", label,
               clip_text(arena, one_line(arena, before ? before : ""), 30),
               clip_text(arena, one_line(arena, after ? after : ""), 30));
}

const char *audit_summary_text(struct buf *summary)
{
    return summary->len ? summary->data : "无字段变化";
}

const char *today_iso(struct arena *arena)
{
    int t = today_yyyymmdd();
    return arena_printf(arena, "%04d-%02d-%02d", t / 10000, t / 100 % 100, t % 100);
}

void add_markdown_preview(struct request *req, struct tmpl_dict *dict, const char *markdown)
{
    struct tmpl_dict *p = tmpl_add_section(dict, "preview");
    tmpl_set(p, "preview_html", markdown_to_html(req->arena, markdown, strlen(markdown)));
}
