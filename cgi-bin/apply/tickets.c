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
 * without the code being echoed into any page or URL. Messages (互动交流,
 * message.c) use the same two kinds of ticket under their own cookie names;
 * the cookie's name is part of what is signed, so one cannot stand for another. */
#include "apply.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "crypto.h"
#include "db.h"
#include "log.h"
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

void code_ticket_set(struct request *req, const char *name, long long id, const char *code)
{
    long long expiry = (long long)time(NULL) + TICKET_SECONDS;
    const char *shown = code && *code ? code : "-";
    set_ticket_cookie(req, name, arena_printf(req->arena, "%lld.%lld.%s.%s", id, expiry, shown,
                                              ticket_mac(req, name, id, expiry, shown)));
}

bool code_ticket_read(struct request *req, const char *name, struct receipt_ticket *out)
{
    long long id, expiry;
    const char *rest;
    if (!ticket_head(params_get(&req->cookies, name), &id, &expiry, &rest))
        return false;
    const char *dot = strchr(rest, '.');
    if (!dot || !code_chars_valid(rest, (size_t)(dot - rest)))
        return false;
    const char *code = arena_strndup(req->arena, rest, (size_t)(dot - rest));
    if (!hex_equal(ticket_mac(req, name, id, expiry, code), dot + 1))
        return false;
    out->application_id = id;
    out->code = strcmp(code, "-") == 0 ? "" : code;
    return true;
}

void id_ticket_set(struct request *req, const char *name, long long id)
{
    long long expiry = (long long)time(NULL) + TICKET_SECONDS;
    set_ticket_cookie(req, name, arena_printf(req->arena, "%lld.%lld.%s", id, expiry,
                                              ticket_mac(req, name, id, expiry, "")));
}

long long id_ticket_read(struct request *req, const char *name)
{
    long long id, expiry;
    const char *mac;
    if (!ticket_head(params_get(&req->cookies, name), &id, &expiry, &mac))
        return 0;
    return hex_equal(ticket_mac(req, name, id, expiry, ""), mac) ? id : 0;
}

void receipt_cookie_set(struct request *req, long long application_id, const char *code)
{
    code_ticket_set(req, "receipt", application_id, code);
}

bool receipt_cookie_read(struct request *req, struct receipt_ticket *out)
{
    return code_ticket_read(req, "receipt", out);
}

void status_cookie_set(struct request *req, long long application_id)
{
    id_ticket_set(req, "status", application_id);
}

long long status_cookie_application(struct request *req)
{
    return id_ticket_read(req, "status");
}

/* Upper case without spaces (and without hyphens when DROP_HYPHENS), as
 * numbers and codes are copied from a printed receipt. */
static const char *normalised(struct arena *arena, const char *s, bool drop_hyphens)
{
    char *out = arena_strdup(arena, s), *w = out;
    for (const char *r = s; *r; r++) {
        if (*r == ' ' || (drop_hyphens && *r == '-'))
            continue;
        *w++ = (*r >= 'a' && *r <= 'z') ? (char)(*r - 'a' + 'A') : *r;
    }
    *w = '\0';
    return out;
}

long long row_by_number_and_code(struct request *req, sqlite3_stmt *st, const char *number, const char *code)
{
    static const char no_hash[] = "0000000000000000000000000000000000000000000000000000000000000000";
    char hash[65];
    const char *plain = normalised(req->arena, code, true);
    sha256_hex(plain, strlen(plain), hash);
    sqlite3_bind_text(st, 1, normalised(req->arena, number, false), -1, SQLITE_TRANSIENT);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    long long id = found ? db_int(st, 0) : 0;
    const char *stored = found ? db_text(req->arena, st, 1) : no_hash;
    sqlite3_reset(st);
    bool match = hex_equal(stored, hash);
    return found && match ? id : 0;
}

bool apply_honeypot_filled(struct request *req)
{
    const char *trap = params_get(&req->form, "website");
    return trap && *trap;
}

int apply_honeypot_refusal(struct request *req)
{
    log_event(LOG_INFO, "honeypot", "submission to %s not accepted", req->path);
    return resp_error(req, 400, "本次提交未被受理：表单中一个应保持空白的隐藏栏目被填写了，"
                                "这通常是自动程序所为。如您是正常填写，请返回上一页重新填写并提交。");
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
