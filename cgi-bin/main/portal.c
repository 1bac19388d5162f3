/* portal.fcgi: the public site. Opens content.db read-only and never opens
 * private.db, so no bug here can reach personal data. */
#include "program.h"
#include "public.h"

static const struct route portal_routes[] = {
    { METHOD_GET, "/", home_page, 0 },
    { METHOD_GET, "/healthz", health_check, 0 },
};

int main(void)
{
    struct app app = {
        .name = "portal",
        .routes = portal_routes,
        .route_count = sizeof portal_routes / sizeof portal_routes[0],
        .max_body = 64 * 1024,
    };
    return program_main(&app, RIGHTS_PUBLIC);
}
