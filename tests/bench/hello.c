/* The bench's FastCGI transport ceiling: a libfcgi accept loop that answers
 * every request with one fixed body (the catalogue page, read once from
 * BENCH_BODY at the first request, which the bench writes after the
 * portal is up) and headers like the portal's, doing no other work. */
#include <fcgiapp.h>
#include <stdio.h>
#include <stdlib.h>

static const char headers[] =
    "Status: 200 OK\r\n"
    "Content-Type: text/html; charset=utf-8\r\n"
    "Content-Security-Policy: default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self';"
    " form-action 'self'; frame-ancestors 'none'; base-uri 'none'\r\n"
    "X-Content-Type-Options: nosniff\r\n"
    "Referrer-Policy: same-origin\r\n"
    "X-Frame-Options: DENY\r\n"
    "Cross-Origin-Opener-Policy: same-origin\r\n"
    "Permissions-Policy: camera=(), microphone=(), geolocation=()\r\n"
    "Cache-Control: no-cache\r\n";

/* The whole file in memory; exits when it cannot be read (the bench then fails loudly). */
static char *read_body(const char *path, long *size)
{
    FILE *f = path ? fopen(path, "rb") : NULL;
    if (!f || fseek(f, 0, SEEK_END) != 0 || (*size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
        exit(1);
    char *body = malloc((size_t)*size + 1);
    if (!body || fread(body, 1, (size_t)*size, f) != (size_t)*size)
        exit(1);
    fclose(f);
    return body;
}

int main(void)
{
    long size = 0;
    char *body = NULL;
    FCGX_Request req;
    if (FCGX_Init() != 0 || FCGX_InitRequest(&req, 0, 0) != 0)
        return 1;
    while (FCGX_Accept_r(&req) >= 0) {
        if (!body)
            body = read_body(getenv("BENCH_BODY"), &size);
        FCGX_PutStr(headers, (int)sizeof headers - 1, req.out);
        FCGX_FPrintF(req.out, "Content-Length: %ld\r\n\r\n", size);
        FCGX_PutStr(body, (int)size, req.out);
        FCGX_Finish_r(&req);
    }
    free(body);
    return 0;
}
