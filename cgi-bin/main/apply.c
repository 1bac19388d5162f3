/* apply.fcgi: disclosure-on-request applications from citizens. Reads
 * content.db (agencies, calendar, settings) read-only, writes private.db. */
#include "apply.h"
#include "program.h"

static const struct route apply_routes[] = {
    /* Citizen side (issue 4): form, receipt, status, correction, withdrawal, files. */
    { METHOD_GET, "/apply", apply_form_page, 0 },
    { METHOD_POST, "/apply", apply_submit, 0 },
    { METHOD_GET, "/apply/receipt", apply_receipt_page, 0 },
    { METHOD_GET, "/apply/status", apply_status_page, 0 },
    { METHOD_POST, "/apply/status", apply_status_lookup, 0 },
    { METHOD_POST, "/apply/correct", apply_correct, 0 },
    { METHOD_POST, "/apply/withdraw", apply_withdraw, 0 },
    { METHOD_GET, "/apply/files/{id}", apply_file_download, 0 },
    /* Platform (issue 10): file at the agency an Art. 36(五) reply named. */
    { METHOD_POST, "/apply/refile", apply_refile, 0 },
    /* 互动交流 (issue 12): writing in, 我为政府网站找错, receipt, lookup. */
    { METHOD_GET, "/apply/message", message_form_page, 0 },
    { METHOD_POST, "/apply/message", message_submit, 0 },
    { METHOD_GET, "/apply/message/receipt", message_receipt_page, 0 },
    { METHOD_GET, "/apply/message/status", message_status_page, 0 },
    { METHOD_POST, "/apply/message/status", message_status_lookup, 0 },
    /* 征集意见 (issue 12): comments on a draft published for comment, and the receipt. */
    { METHOD_GET, "/apply/comment", comment_form_page, 0 },
    { METHOD_POST, "/apply/comment", comment_submit, 0 },
    { METHOD_GET, "/apply/comment/receipt", comment_receipt_page, 0 },
};

int main(void)
{
    struct app app = {
        .name = "apply",
        .routes = apply_routes,
        .route_count = sizeof apply_routes / sizeof apply_routes[0],
        .max_body = 256 * 1024,
        .default_cache_control = "no-store",
    };
    return program_main(&app, RIGHTS_APPLY);
}
