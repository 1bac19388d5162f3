/* Pages inside the site layout (header, navigation, footer from the site
 * settings), shared by the three programs, and the Chinese error pages. */
#ifndef PORTAL_PAGE_H
#define PORTAL_PAGE_H

#include "request.h"

struct tmpl_dict;

enum nav_item {
    NAV_NONE, NAV_HOME, NAV_CATALOGUE, NAV_GUIDES, NAV_DISCLOSURE_GUIDE,
    NAV_APPLY, NAV_REPORTS, NAV_CONTACTS, NAV_SEARCH, NAV_NEWS, NAV_ADMIN,
};

struct page {
    struct request *req;
    struct tmpl_dict *root;     /* layout values: title, site settings, navigation */
    struct tmpl_dict *content;  /* the page's own template values */
    const char *layout;
};

/* Starts a page rendered with CONTENT_TEMPLATE inside the public layout.
 * Returns the content dictionary. The page must be finished with page_render. */
struct tmpl_dict *page_begin(struct page *page, struct request *req, const char *title,
                             const char *content_template, enum nav_item nav);
/* TITLE for a form that came back with ERROR_COUNT errors: "（有 3 处需要修改）依申请公开",
 * so the first thing a screen reader or a tab strip says is that it was not
 * sent; TITLE itself when there are none. In ARENA. */
const char *page_form_title(struct arena *arena, const char *title, int error_count);
/* Uses another layout file (the admin area). Call before page_render. */
void page_use_layout(struct page *page, const char *layout);
/* Adds a breadcrumb step after 首页; URL may be NULL for the current page. */
void page_breadcrumb(struct page *page, const char *label, const char *url);
/* Expands the page into req->response.body. Returns 200, or 500 (nothing written). */
int page_render(struct page *page);

/* app->render_error for all programs: the Chinese page for req->response.status. */
void page_render_error(struct request *req);

/* A file's size as people read it, the same on every page: "193 字节",
 * "1.5 KB", "2.0 MB". In ARENA. */
const char *file_size_label(struct arena *arena, long long bytes);

/* Accessibility preferences from the "a11y" cookie: "large", "contrast", both or none. */
const char *page_body_class(struct request *req);

#endif
