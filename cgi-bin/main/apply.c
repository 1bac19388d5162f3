/* apply.fcgi: disclosure-on-request applications from citizens. Reads
 * content.db (calendar, settings) read-only, writes private.db. */
#include "apply.h"
#include "program.h"

static const struct route apply_routes[] = {
    { METHOD_GET, "/apply", apply_form_page, 0 },
};

int main(void)
{
    struct app app = {
        .name = "apply",
        .routes = apply_routes,
        .route_count = sizeof apply_routes / sizeof apply_routes[0],
        .max_body = 256 * 1024,
    };
    return program_main(&app, RIGHTS_APPLY);
}
