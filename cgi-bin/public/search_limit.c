/* The per-client search rate limit (issue 11). Searches that reach the handler
 * (the render cache answers a repeated one for nothing) are counted per client
 * in a table every portal.fcgi worker shares (cgi-bin/core/ratetable.c, the file
 * PORTAL_SEARCH_LIMIT_FILE); past PORTAL_SEARCH_RATE a minute, after a burst of
 * PORTAL_SEARCH_BURST, the client gets 429 with Retry-After and a page in the
 * site's layout that keeps its query in the search box. The client is
 * REMOTE_ADDR, which lighttpd takes from a trusted proxy's X-Forwarded-For
 * (PORTAL_TRUSTED_PROXY), as for apply.fcgi's limits. */
#include <time.h>

#include "log.h"
#include "page.h"
#include "program.h"
#include "public.h"
#include "ratetable.h"
#include "tmpl.h"

static struct rate_table *search_rates;

static int64_t now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* Counts this search for the client: 0 when it may run, else the microseconds to wait. */
static int64_t search_wait_us(struct request *req)
{
    if (!search_rates)
        search_rates = rate_table_open(program_config.search_limit_file);
    struct rate_rule rule = { program_config.search_rate_per_minute, program_config.search_burst };
    return rate_table_take(search_rates, rate_table_key(search_rates, req->remote_addr), now_us(), &rule);
}

/* Copies the query parameter NAME into D as a hidden field when it is set. */
static void keep_parameter(struct request *req, struct tmpl_dict *d, const char *name)
{
    const char *value = params_get(&req->query, name);
    if (value && *value) {
        struct tmpl_dict *field = tmpl_add_section(d, "kept");
        tmpl_set(field, "name", name);
        tmpl_set(field, "value", value);
    }
}

/* The 429 page: wait this long, then search again with what you typed. Its
 * status is set here, not rendered by the core (route.h: a handler returns 0). */
static int search_busy_page(struct request *req, int64_t wait_us)
{
    long long seconds = (wait_us + 999999) / 1000000;
    seconds = seconds < 1 ? 1 : seconds;
    log_event(LOG_WARN, "rate_limited", "bucket=search");
    resp_header(req, "Retry-After", arena_printf(req->arena, "%lld", seconds));
    resp_header(req, "Cache-Control", "no-store");
    struct page page;
    struct tmpl_dict *d = page_begin(&page, req, "请稍后再搜索", "public/search_busy.tpl", NAV_SEARCH);
    page_breadcrumb(&page, "站内搜索", NULL);
    tmpl_set(d, "query", params_get(&req->query, "q"));
    keep_parameter(req, d, "agency");
    keep_parameter(req, d, "kind");
    tmpl_set_int(d, "seconds", seconds);
    tmpl_set_int(d, "per_minute", program_config.search_rate_per_minute);
    if (page_render(&page) != 200)
        return 500;
    req->response.status = 429;
    return 0;
}

int search_limited_page(struct request *req)
{
    const char *q = params_get(&req->query, "q");
    if (q && *q) {
        int64_t wait = search_wait_us(req);
        if (wait > 0)
            return search_busy_page(req, wait);
    }
    return search_page(req);
}
