/* /prefs?toggle=large|contrast|reset&back=/path: the 大字版 / 高对比度 switch.
 * Works with plain links (no JavaScript): sets the "a11y" cookie the layout
 * reads and sends the person back to the page they came from. */
#include <stdbool.h>
#include <string.h>

#include "page.h"
#include "public.h"

enum { ONE_YEAR_SECONDS = 365 * 24 * 3600 };

/* Only a path on this site: one leading "/", never "//" or a backslash
 * (browsers read both as another host), no control characters. */
static bool local_path(const char *back)
{
    if (!back || back[0] != '/' || back[1] == '/' || back[1] == '\\')
        return false;
    for (const unsigned char *p = (const unsigned char *)back; *p; p++)
        if (*p < 0x20 || *p == 0x7f || *p == '\\')
            return false;
    return true;
}

/* The Location header carries ASCII only: bytes outside it and spaces become %XX. */
static const char *location_for(struct arena *arena, const char *path)
{
    static const char hex[] = "0123456789ABCDEF";
    struct buf out;
    buf_init(&out, arena);
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if (*p > 0x20 && *p < 0x7f && *p != '"' && *p != '<' && *p != '>') {
            buf_putc(&out, (char)*p);
        } else {
            buf_putc(&out, '%');
            buf_putc(&out, hex[*p >> 4]);
            buf_putc(&out, hex[*p & 15]);
        }
    }
    return out.data;
}

static const char *cookie_for(struct request *req, bool large, bool contrast)
{
    const char *secure = req->https ? "; Secure" : "";
    if (!large && !contrast)
        return arena_printf(req->arena, "a11y=; Path=%s/; Max-Age=0; SameSite=Lax%s", req->base, secure);
    const char *value = large && contrast ? "large,contrast" : large ? "large" : "contrast";
    return arena_printf(req->arena, "a11y=%s; Path=%s/; Max-Age=%d; SameSite=Lax%s",
                        value, req->base, ONE_YEAR_SECONDS, secure);
}

int prefs_toggle(struct request *req)
{
    const char *toggle = params_get(&req->query, "toggle");
    const char *current = page_body_class(req);
    bool large = strstr(current, "pref-large") != NULL;
    bool contrast = strstr(current, "pref-contrast") != NULL;
    if (toggle && strcmp(toggle, "large") == 0)
        large = !large;
    else if (toggle && strcmp(toggle, "contrast") == 0)
        contrast = !contrast;
    else if (toggle && strcmp(toggle, "reset") == 0)
        large = contrast = false;
    else
        return resp_error(req, 400, "未知的显示设置。可选：大字版、高对比度、恢复默认。");
    const char *back = params_get(&req->query, "back");
    resp_set_cookie(req, cookie_for(req, large, contrast));
    resp_header(req, "Cache-Control", "no-store");
    resp_redirect(req, 303, local_path(back) ? location_for(req->arena, back) : "/");
    return 303;
}
