/* portal.fcgi: the public site. Opens content.db read-only and never opens
 * private.db, so no bug here can reach personal data. */
#include "program.h"
#include "public.h"

static const struct route portal_routes[] = {
    { METHOD_GET, "/", home_page, 0 },
    { METHOD_GET, "/healthz", health_check, 0 },
    /* --- catalogue, guides, contacts, pages, files, prefs (issue 3, part 1) --- */
    { METHOD_GET, "/catalogue", catalogue_list, 0 },
    { METHOD_GET, "/files/{id}/{name}", file_download, 0 },
    { METHOD_GET, "/guides", guides_list, 0 },
    { METHOD_GET, "/accessibility", accessibility_page, 0 },
    { METHOD_GET, "/policies", policies_page, 0 },
    { METHOD_GET, "/prefs", prefs_toggle, 0 },
    /* --- end catalogue, guides, contacts, pages, files, prefs --- */
    /* --- search, feeds, reports, news (issue 3, part 2) --- */
    { METHOD_GET, "/search", search_limited_page, 0 },
    { METHOD_GET, "/feed.atom", feed_atom, 0 },
    { METHOD_GET, "/sitemap.xml", sitemap_xml, 0 },
    { METHOD_GET, "/sitemap", site_map_page, 0 },
    { METHOD_GET, "/robots.txt", robots_txt, 0 },
    { METHOD_GET, "/messages", messages_platform_list, 0 },   /* 互动交流 (issue 12) */
    { METHOD_GET, "/consultations", consultations_platform_list, 0 },   /* 征集意见 (issue 12) */
    { METHOD_GET, "/website-report/{year}", website_report_public_page, 0 },
    /* --- end search, feeds, reports, news --- */
    /* --- the single-agency version's URLs: 301 to their place on the platform (issue 10) --- */
    { METHOD_GET, "/catalogue/{id}", legacy_entry_redirect, 0 },
    { METHOD_GET, "/guides/{id}", legacy_guide_redirect, 0 },
    { METHOD_GET, "/news/{id}", legacy_news_redirect, 0 },
    { METHOD_GET, "/contacts", legacy_agency_redirect, 0 },
    { METHOD_GET, "/disclosure-guide", legacy_agency_redirect, 0 },
    { METHOD_GET, "/functions", legacy_agency_redirect, 0 },
    { METHOD_GET, "/news", legacy_agency_redirect, 0 },
    { METHOD_GET, "/reports", legacy_agency_redirect, 0 },
    { METHOD_GET, "/reports/{year}", legacy_agency_redirect, 0 },
    { METHOD_GET, "/reports/{year}/table-2.csv", legacy_agency_redirect, 0 },
    { METHOD_GET, "/reports/{year}/table-3.csv", legacy_agency_redirect, 0 },
    { METHOD_GET, "/reports/{year}/table-4.csv", legacy_agency_redirect, 0 },
    /* --- end the single-agency version's URLs --- */
    /* --- an agency's 政府信息公开 column, /{code}/... (issue 10); after every
     *     platform path, so that no code can shadow one --- */
    { METHOD_GET, "/{name}", agency_slash_redirect, 0 },
    { METHOD_GET, "/{name}/", agency_home, 0 },
    { METHOD_GET, "/{name}/disclosure-guide", disclosure_guide_page, 0 },
    { METHOD_GET, "/{name}/rules", rules_page, 0 },
    { METHOD_GET, "/{name}/statutory", statutory_page, 0 },
    { METHOD_GET, "/{name}/catalogue", agency_catalogue_list, 0 },
    { METHOD_GET, "/{name}/catalogue/{id}", catalogue_entry, 0 },
    { METHOD_GET, "/{name}/guides", agency_guides_list, 0 },
    { METHOD_GET, "/{name}/guides/{id}", guide_page, 0 },
    { METHOD_GET, "/{name}/functions", functions_page, 0 },
    { METHOD_GET, "/{name}/contacts", contacts_page, 0 },
    { METHOD_GET, "/{name}/news", news_list, 0 },
    { METHOD_GET, "/{name}/news/{id}", news_item, 0 },
    { METHOD_GET, "/{name}/feed.atom", agency_feed_atom, 0 },
    { METHOD_GET, "/{name}/sitemap.xml", agency_sitemap_xml, 0 },
    { METHOD_GET, "/{name}/apply", agency_apply_redirect, 0 },
    /* 互动交流 (issue 12) */
    { METHOD_GET, "/{name}/messages", messages_agency_list, 0 },
    { METHOD_GET, "/{name}/messages/stats", message_stats_page, 0 },
    { METHOD_GET, "/{name}/messages/{id}", message_public_page, 0 },
    /* what the national website inspection looks for (issue 14) */
    { METHOD_GET, "/{name}/policies", agency_policies_page, 0 },
    { METHOD_GET, "/{name}/powers", powers_page, 0 },
    { METHOD_GET, "/{name}/clarifications", clarifications_page, 0 },
    { METHOD_GET, "/{name}/consultations", consultations_agency_list, 0 },
    { METHOD_GET, "/{name}/consultations/{id}", consultation_public_page, 0 },
    { METHOD_GET, "/{name}/consultations/{id}/feedback", consultation_feedback_page, 0 },
    { METHOD_GET, "/{name}/apply/statistics", apply_statistics_page, 0 },
    /* 政府信息公开年报 (issue 6; per agency, issue 10) */
    { METHOD_GET, "/{name}/reports", reports_list, 0 },
    { METHOD_GET, "/{name}/reports/{year}", report_page, 0 },
    { METHOD_GET, "/{name}/reports/{year}/table-2.csv", report_table2_csv, 0 },
    { METHOD_GET, "/{name}/reports/{year}/table-3.csv", report_table3_csv, 0 },
    { METHOD_GET, "/{name}/reports/{year}/table-4.csv", report_table4_csv, 0 },
    /* --- end an agency's column --- */
};

int main(void)
{
    struct app app = {
        .name = "portal",
        .routes = portal_routes,
        .route_count = sizeof portal_routes / sizeof portal_routes[0],
        .max_body = 64 * 1024,
        /* HTTP caching and the render cache (cgi-bin/public/cache.c, issue 3 part 2 / issue 7) */
        .cache_lookup = portal_cache_lookup,
        .cache_store = portal_cache_store,
    };
    return program_main(&app, RIGHTS_PUBLIC);
}
