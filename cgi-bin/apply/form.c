/* The application form (依申请公开). */
#include "apply.h"
#include "page.h"
#include "tmpl.h"

int apply_form_page(struct request *req)
{
    struct page page;
    page_begin(&page, req, "依申请公开", "apply/form.tpl", NAV_APPLY);
    return page_render(&page);
}
