/* Staff login. */
#include "admin.h"
#include "page.h"
#include "tmpl.h"

int admin_login_page(struct request *req)
{
    struct page page;
    page_begin(&page, req, "工作人员登录", "admin/login.tpl", NAV_ADMIN);
    return page_render(&page);
}
