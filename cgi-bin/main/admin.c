/* admin.fcgi: the staff area under /admin/. Writes content.db and private.db. */
#include "admin.h"
#include "program.h"

static const struct route admin_routes[] = {
    { METHOD_GET, "/admin/login", admin_login_page, 0 },
};

int main(void)
{
    struct app app = {
        .name = "admin",
        .routes = admin_routes,
        .route_count = sizeof admin_routes / sizeof admin_routes[0],
        .max_body = 21 * 1024 * 1024,
    };
    return program_main(&app, RIGHTS_ADMIN);
}
