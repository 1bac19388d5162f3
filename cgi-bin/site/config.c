/* Reads struct config from the environment; see config.h. */
#include "config.h"

#include <stdlib.h>

static const char *env_or(const char *name, const char *fallback)
{
    const char *v = getenv(name);
    return v && *v ? v : fallback;
}

static int env_int_or(const char *name, int fallback)
{
    const char *v = getenv(name);
    if (!v || !*v)
        return fallback;
    char *end;
    long n = strtol(v, &end, 10);
    return *end == '\0' && n > 0 && n < 1000000000 ? (int)n : fallback;
}

void config_load(struct config *cfg)
{
    cfg->content_db = env_or("PORTAL_CONTENT_DB", "var/content.db");
    cfg->private_db = env_or("PORTAL_PRIVATE_DB", "var/private.db");
    cfg->template_dir = env_or("PORTAL_TEMPLATES", "templates");
    cfg->secret_file = env_or("PORTAL_SECRET_FILE", "var/secret.key");
    cfg->sql_dir = env_or("PORTAL_SQL_DIR", "sql");
    cfg->apply_rate_per_hour = env_int_or("PORTAL_APPLY_RATE", 5);
    cfg->status_rate_per_hour = env_int_or("PORTAL_STATUS_RATE", 30);
}
