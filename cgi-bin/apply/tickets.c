/* Signed short-lived cookies of apply.fcgi and the shared refusals (403, 429).
 *
 * Why cookies: the 查询码 is shown once and stored only as a hash, and it must
 * never appear in a URL, a log or the database in clear. After a submission
 * the browser is sent 303 to /apply/receipt (a URL with nothing secret) with
 * a `receipt` cookie "ID.EXPIRY.CODE.MAC": the plain code lives only there,
 * HttpOnly, SameSite=Strict, Path=/apply, for 30 minutes, signed with
 * HMAC-SHA-256 under the server secret so it cannot be forged for another
 * application. A repeat submission (same idempotency key) re-uses the
 * browser's cookie when it still names that application; otherwise it issues
 * one with CODE "-" and the receipt says the code was shown the first time.
 * After a successful status lookup a `status` cookie "ID.EXPIRY.MAC" lets
 * the same browser download reply files, send a correction or withdraw
 * without the code being echoed into any page or URL. */
#include "apply.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "crypto.h"
#include "program.h"
#include "ratelimit.h"

enum { TICKET_SECONDS = 30 * 60, MAX_CODE_CHARS = 32 };

static const char *ticket_mac(struct request *req, const char *purpose, long long id,
                              long long expiry, const char *code)
{
    char *mac = arena_alloc(req->arena, 65);
    hmac_hex(program_secret, arena_printf(req->arena, "%s|%lld|%lld|%s", purpose, id, expiry, code),
             mac);
    return mac;
}

static void set_ticket_cookie(struct request *req, const char *name, const char *value)
{
    resp_set_cookie(req, arena_printf(req->arena, "%s=%s; Path=%s/apply; Max-Age=%d; HttpOnly; "
                                      "SameSite=Strict%s", name, value, req->base, TICKET_SECONDS,
                                      req->https ? "; Secure" : ""));
}

/* Splits "ID.EXPIRY.REST" and checks the expiry; REST is what follows the second dot. */
static bool ticket_head(const char *value, long long *id, long long *expiry, const char **rest)
{
    char *end;
    if (!value)
        return false;
    *id = strtoll(value, &end, 10);
    if (*id <= 0 || *end != '.')
        return false;
    *expiry = strtoll(end + 1, &end, 10);
    if (*end != '.' || *expiry < (long long)time(NULL))
        return false;
    *rest = end + 1;
    return true;
}

static bool code_chars_valid(const char *code, size_t len)
{
    if (len == 1 && code[0] == '-')
        return true;
    if (len == 0 || len > MAX_CODE_CHARS)
        return false;
    for (size_t i = 0; i < len; i++)
        if (!((code[i] >= '0' && code[i] <= '9') || (code[i] >= 'A' && code[i] <= 'Z')))
            return false;
    return true;
}

void receipt_cookie_set(struct request *req, long long application_id, const char *code)
{
    long long expiry = (long long)time(NULL) + TICKET_SECONDS;
    const char *shown = code && *code ? code : "-";
    set_ticket_cookie(req, "receipt", arena_printf(req->arena, "%lld.%lld.%s.%s", application_id,
                      expiry, shown, ticket_mac(req, "receipt", application_id, expiry, shown)));
}

bool receipt_cookie_read(struct request *req, struct receipt_ticket *out)
{
    long long id, expiry;
    const char *rest;
    if (!ticket_head(params_get(&req->cookies, "receipt"), &id, &expiry, &rest))
        return false;
    const char *dot = strchr(rest, '.');
    if (!dot || !code_chars_valid(rest, (size_t)(dot - rest)))
        return false;
    const char *code = arena_strndup(req->arena, rest, (size_t)(dot - rest));
    if (!hex_equal(ticket_mac(req, "receipt", id, expiry, code), dot + 1))
        return false;
    out->application_id = id;
    out->code = strcmp(code, "-") == 0 ? "" : code;
    return true;
}

void status_cookie_set(struct request *req, long long application_id)
{
    long long expiry = (long long)time(NULL) + TICKET_SECONDS;
    set_ticket_cookie(req, "status", arena_printf(req->arena, "%lld.%lld.%s", application_id, expiry,
                      ticket_mac(req, "status", application_id, expiry, "")));
}

long long status_cookie_application(struct request *req)
{
    long long id, expiry;
    const char *mac;
    if (!ticket_head(params_get(&req->cookies, "status"), &id, &expiry, &mac))
        return 0;
    return hex_equal(ticket_mac(req, "status", id, expiry, ""), mac) ? id : 0;
}

int apply_csrf_failed(struct request *req)
{
    return resp_error(req, 403, "表单已过期或来源无法确认，本次提交未被接受。"
                                "请返回上一页，刷新页面后重新提交。");
}

int apply_too_many(struct request *req, const char *bucket, const char *message_zh)
{
    int seconds = rate_limit_retry_after(req, req->app->private_db, bucket, 3600);
    resp_header(req, "Retry-After", arena_printf(req->arena, "%d", seconds));
    int minutes = (seconds + 59) / 60;
    return resp_error(req, 429, arena_printf(req->arena, "%s请约%d分钟后再试。", message_zh, minutes));
}
