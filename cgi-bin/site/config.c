/* Reads struct config from the environment; see config.h. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

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

/* "/xxgk/" or "xxgk" -> "/xxgk"; "/" or "" -> "". Only [a-z0-9_-] segments are
 * accepted (the value goes into every URL and cookie path); anything else is
 * ignored with the site at the root, and write-config.sh refuses it first. */
static const char *base_path_from(const char *value)
{
    static char path[128];
    size_t out = 0;
    for (const char *p = value; *p; p++) {
        char c = *p;
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '/';
        if (!ok || out + 2 >= sizeof path)
            return "";
        if (c == '/' && out > 0 && path[out - 1] == '/')
            continue;
        if (c != '/' && out == 0)
            path[out++] = '/';
        path[out++] = c;
    }
    while (out > 0 && path[out - 1] == '/')
        out--;
    path[out] = '\0';
    return path;
}

void config_load(struct config *cfg)
{
    cfg->content_db = env_or("PORTAL_CONTENT_DB", "var/content.db");
    cfg->private_db = env_or("PORTAL_PRIVATE_DB", "var/private.db");
    cfg->template_dir = env_or("PORTAL_TEMPLATES", "templates");
    cfg->secret_file = env_or("PORTAL_SECRET_FILE", "var/secret.key");
    cfg->sql_dir = env_or("PORTAL_SQL_DIR", "sql");
    cfg->base_path = base_path_from(env_or("PORTAL_BASE_PATH", ""));
    cfg->apply_rate_per_hour = env_int_or("PORTAL_APPLY_RATE", 5);
    cfg->status_rate_per_hour = env_int_or("PORTAL_STATUS_RATE", 30);
    cfg->message_rate_per_hour = env_int_or("PORTAL_MESSAGE_RATE", 5);
    cfg->search_budget_ms = env_int_or("PORTAL_SEARCH_BUDGET_MS", 200);
    cfg->search_log = env_or("PORTAL_SEARCH_LOG", "");
    cfg->extract_path = env_or("PORTAL_EXTRACT_PATH", "/usr/bin:/bin");
    cfg->extract_timeout_s = env_int_or("PORTAL_EXTRACT_TIMEOUT", 30);
    cfg->pool = env_or("PORTAL_POOL", "");
    /* A nice value 1-19; "idle", unset or anything else: SCHED_IDLE at nice 19. */
    int nice = env_int_or("PORTAL_SEARCH_PRIORITY", 0);
    cfg->search_sched_idle = nice < 1 || nice > 19;
    cfg->search_nice = cfg->search_sched_idle ? 19 : nice;
    cfg->search_rate_per_minute = env_int_or("PORTAL_SEARCH_RATE", 30);
    cfg->search_burst = env_int_or("PORTAL_SEARCH_BURST", 20);
    cfg->search_limit_file = env_or("PORTAL_SEARCH_LIMIT_FILE", NULL);
    cfg->smtp_host = env_or("PORTAL_SMTP_HOST", "");
    cfg->smtp_port = env_int_or("PORTAL_SMTP_PORT", 25);
    cfg->smtp_starttls = strcmp(env_or("PORTAL_SMTP_STARTTLS", "on"), "off") != 0;
    cfg->smtp_user = env_or("PORTAL_SMTP_USER", "");
    cfg->smtp_password = env_or("PORTAL_SMTP_PASSWORD", "");
    cfg->mail_from = env_or("PORTAL_MAIL_FROM", "");
    cfg->sms_url = env_or("PORTAL_SMS_URL", "");
    cfg->sms_token = env_or("PORTAL_SMS_TOKEN", "");
    cfg->notify_timeout_s = env_int_or("PORTAL_NOTIFY_TIMEOUT", 30);
    cfg->link_timeout_s = env_int_or("PORTAL_LINK_TIMEOUT", 15);
    cfg->link_budget_s = env_int_or("PORTAL_LINK_BUDGET", 600);
    cfg->link_check_private = strcmp(env_or("PORTAL_LINK_CHECK_PRIVATE", ""), "allow") == 0;
}

const char *site_url_problem(const char *url)
{
    if (strncmp(url, "https://", 8) != 0 && strncmp(url, "http://", 7) != 0)
        return "请填写以 https:// 或 http:// 开头的完整网址。";
    const char *host = strstr(url, "//") + 2;
    if (!*host || *host == '/' || *host == ':')
        return "网址缺少主机名。";
    for (const unsigned char *p = (const unsigned char *)url; *p; p++) {
        if (*p <= 0x20 || *p >= 0x7F || strchr("\"'<>\\`", *p))
            return "网址中含有空格、引号或非 ASCII 字符，请检查。";
        if (*p == '?' || *p == '#')
            return "网址不能带查询参数（?）或锚点（#），只填写到平台所在的路径。";
    }
    return NULL;
}
