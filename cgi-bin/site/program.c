/* Program start-up; see program.h. */
#include "program.h"

#include <sched.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include "db.h"
#include "log.h"
#include "markdown.h"
#include "page.h"
#include "tmpl.h"

struct config program_config;
unsigned char program_secret[SECRET_KEY_BYTES];

/* The search pool (PORTAL_POOL=search, its own fastcgi.server entry) yields
 * the CPU: on a machine with two cores, separate processes alone still let
 * eight clients searching without pause take the cores from the pool that
 * answers every other page. Under SCHED_IDLE searches run on CPU time nothing
 * else wants, and any other process that wakes takes the core at once; at
 * nice 19 alone the home page kept about 0.8 of its rate, 0.9-1.0 idle (make
 * bench, 100k entries). */
static void lower_priority_of_search_pool(void)
{
    if (strcmp(program_config.pool, "search") != 0)
        return;
    bool lowered = setpriority(PRIO_PROCESS, 0, program_config.search_nice) == 0;
    struct sched_param none = { .sched_priority = 0 };
    bool idle = program_config.search_sched_idle && sched_setscheduler(0, SCHED_IDLE, &none) == 0;
    if (!lowered || (program_config.search_sched_idle && !idle))
        log_event(LOG_WARN, "pool", "cannot lower the search pool's priority");
    log_event(LOG_INFO, "pool", "search pool, nice %d%s", program_config.search_nice, idle ? ", SCHED_IDLE" : "");
}

int program_main(struct app *app, enum program_rights rights)
{
    umask(027);   /* the -wal/-shm files a handler may create are not world-readable */
    log_set_program(app->name);
    config_load(&program_config);
    lower_priority_of_search_pool();
    tmpl_init(program_config.template_dir);
    /* The public process needs no secret: it has no forms and no sessions. */
    if (crypto_init() != 0 || (rights != RIGHTS_PUBLIC &&
                               secret_key_load(program_config.secret_file, program_secret) != 0)) {
        log_event(LOG_ERROR, "secret", "cannot load the server secret");
        return 1;
    }
    app->content_db = db_open(program_config.content_db,
                              rights == RIGHTS_ADMIN ? DB_READ_WRITE : DB_READ_ONLY);
    if (!app->content_db)
        return 1;
    if (rights != RIGHTS_PUBLIC) {
        app->private_db = db_open(program_config.private_db, DB_READ_WRITE);
        if (!app->private_db)
            return 1;
    }
    app->base_path = program_config.base_path;
    markdown_set_site_base(app->base_path);
    if (!app->render_error)
        app->render_error = page_render_error;
    if (app->limits.max_fields == 0)
        app->limits = parse_limits_default;
    int rc = app_run(app);
    db_close(app->content_db);
    db_close(app->private_db);
    return rc;
}
