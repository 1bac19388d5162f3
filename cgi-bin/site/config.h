/* Configuration from the environment (set by lighttpd's bin-environment or
 * the shell): database paths, template directory, secrets, limits. */
#ifndef PORTAL_CONFIG_H
#define PORTAL_CONFIG_H

#include <stdbool.h>

struct config {
    const char *content_db;     /* PORTAL_CONTENT_DB, default var/content.db */
    const char *private_db;     /* PORTAL_PRIVATE_DB, default var/private.db */
    const char *template_dir;   /* PORTAL_TEMPLATES, default templates */
    const char *secret_file;    /* PORTAL_SECRET_FILE, default var/secret.key */
    const char *sql_dir;        /* PORTAL_SQL_DIR, default sql */
    const char *base_path;      /* PORTAL_BASE_PATH, default "" (the root); "/xxgk/" becomes "/xxgk" */
    int apply_rate_per_hour;    /* PORTAL_APPLY_RATE, default 5 */
    int status_rate_per_hour;   /* PORTAL_STATUS_RATE, default 30 */
    int message_rate_per_hour;  /* PORTAL_MESSAGE_RATE, default 5 messages (互动交流) per client per hour */
    int search_budget_ms;       /* PORTAL_SEARCH_BUDGET_MS, default 200: a search stops looking after this */
    const char *search_log;     /* PORTAL_SEARCH_LOG: where queries are counted for 热门搜索, "" for nowhere */
    const char *extract_path;   /* PORTAL_EXTRACT_PATH, default /usr/bin:/bin: where pdftotext & co. are looked for */
    int extract_timeout_s;      /* PORTAL_EXTRACT_TIMEOUT, default 30: a text extraction tool is killed after this */
    /* The worker pool this process serves (PORTAL_POOL): "" for a program's own
     * pool, "search" for portal.fcgi's search pool (conf/lighttpd.conf.in). */
    const char *pool;
    /* PORTAL_SEARCH_PRIORITY: the search pool's CPU priority, "idle" (the default:
     * the SCHED_IDLE policy, at nice 19) or a nice value 1-19 with the normal policy. */
    int search_nice;
    bool search_sched_idle;
    int search_rate_per_minute; /* PORTAL_SEARCH_RATE, default 30 searches per client per minute */
    int search_burst;           /* PORTAL_SEARCH_BURST, default 20 searches at once */
    const char *search_limit_file; /* PORTAL_SEARCH_LIMIT_FILE: the table the workers share; NULL: per worker */
    /* The notice sender (`portalctl notify`, cgi-bin/notify/); the web programs never send. */
    const char *smtp_host;      /* PORTAL_SMTP_HOST; "": mail waits in the outbox */
    int smtp_port;              /* PORTAL_SMTP_PORT, default 25 */
    bool smtp_starttls;         /* PORTAL_SMTP_STARTTLS on (default) | off */
    const char *smtp_user;      /* PORTAL_SMTP_USER, PORTAL_SMTP_PASSWORD: AUTH when a user is set */
    const char *smtp_password;
    const char *mail_from;      /* PORTAL_MAIL_FROM: the From address, required with a host */
    const char *sms_url;        /* PORTAL_SMS_URL; "": SMS waits in the outbox */
    const char *sms_token;      /* PORTAL_SMS_TOKEN: sent as Authorization: Bearer */
    int notify_timeout_s;       /* PORTAL_NOTIFY_TIMEOUT, default 30 seconds per message */
    int link_timeout_s;         /* PORTAL_LINK_TIMEOUT, default 15 seconds per outbound link (check-links) */
    int link_budget_s;          /* PORTAL_LINK_BUDGET, default 600 seconds for a whole check-links run */
    bool link_check_private;    /* PORTAL_LINK_CHECK_PRIVATE=allow: tests only, links to private addresses are requested */
};

void config_load(struct config *cfg);

/* NULL when URL is a site address for links outside a request (feeds, sitemaps,
 * the site_url and parent_site_url settings): http(s)://host[:port][/path] in
 * printable ASCII, without quotes, query or fragment. Else the reason in Chinese. */
const char *site_url_problem(const char *url);

#endif
