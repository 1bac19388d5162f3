/* /{code}/statutory, 法定主动公开内容: the fifteen items of 条例 Art. 20 in
 * their wording, each leading to where the agency publishes it — item (二) to
 * its 机构职能 and 联系方式 pages, item (五) to its 办事指南, every other item
 * to its catalogue filtered by that item — with the number of catalogue
 * entries filed under it. */
#include "agency.h"
#include "app.h"
#include "art20.h"
#include "catalogue_counts.h"
#include "db.h"
#include "page.h"
#include "public.h"
#include "tmpl.h"

/* COUNTS[n] = the agency's published entries filed under item n (1..15), from
 * the catalogue's count cube (a GROUP BY here reads every row of the agency). */
static int count_entries(struct request *req, long long owner_id, long long counts[ART20_ITEMS + 1])
{
    if (!catalogue_counts_ready(req->app->content_db))
        return resp_error(req, 500, NULL);
    long long filter[COUNT_DIMENSIONS] = { 0 }, items[ART20_ITEMS + 1];
    filter[COUNT_OWNER] = owner_id;
    for (int n = 0; n <= ART20_ITEMS; n++)
        items[n] = n;
    catalogue_count_facet(filter, COUNT_ART20, items, ART20_ITEMS + 1, counts);
    return 0;
}

static long long count_guides(struct request *req, long long owner_id)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT count(*) FROM guides WHERE owner_id = ?1 AND status = 'published'");
    sqlite3_bind_int64(st, 1, owner_id);
    long long n = sqlite3_step(st) == SQLITE_ROW ? db_int(st, 0) : 0;
    sqlite3_reset(st);
    return n;
}

static void add_link(struct tmpl_dict *item, const char *label, const char *url)
{
    struct tmpl_dict *link = tmpl_add_section(item, "links");
    tmpl_set(link, "label", label);
    tmpl_set(link, "url", url);
}

/* Items (二) and (五) are published as pages of their own; entries filed
 * under them are linked as well when there are any. */
static void add_item(struct tmpl_dict *d, struct request *req, const struct agency *ag, int n,
                     long long count, long long guides)
{
    const struct art20_item *it = art20_item(n);
    const char *catalogue = arena_printf(req->arena, "/%s/catalogue?art20=%d", ag->code, n);
    struct tmpl_dict *item = tmpl_add_section(d, "item");
    tmpl_set_int(item, "n", n);
    tmpl_set(item, "numeral", it->numeral);
    tmpl_set(item, "text", it->text);
    tmpl_set_int(item, "count", count);
    if (n == 2 || n == 5) {
        tmpl_set(tmpl_add_section(item, "plain"), "text", it->text);
        if (n == 2) {
            add_link(item, column_label(COLUMN_FUNCTIONS), column_url(req, ag, COLUMN_FUNCTIONS));
            add_link(item, column_label(COLUMN_CONTACTS), column_url(req, ag, COLUMN_CONTACTS));
        } else {
            add_link(item, arena_printf(req->arena, "办事指南（%lld项）", guides),
                     column_url(req, ag, COLUMN_GUIDES));
        }
        if (count)
            add_link(item, "目录中的信息", catalogue);
    } else {
        tmpl_set(tmpl_add_section(item, "linked"), "url", catalogue);
        if (n == 1)   /* its documents by validity, with their interpretations (issue 14) */
            add_link(item, column_label(COLUMN_POLICIES), column_url(req, ag, COLUMN_POLICIES));
    }
}

int statutory_page(struct request *req)
{
    struct agency ag;
    int status = column_agency(req, &ag);
    if (status)
        return status;
    long long counts[ART20_ITEMS + 1];
    status = count_entries(req, ag.id, counts);
    if (status)
        return status;
    long long guides = count_guides(req, ag.id);
    struct page page;
    struct tmpl_dict *d = column_page_begin(&page, req, &ag, COLUMN_STATUTORY, NULL, "public/statutory.tpl");
    for (int n = 1; n <= ART20_ITEMS; n++)
        add_item(d, req, &ag, n, counts[n], guides);
    return page_render(&page);
}
