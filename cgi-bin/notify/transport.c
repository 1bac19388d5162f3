/* The two transports of the sender, with libcurl: SMTP to the relay and a
 * JSON POST to the SMS gateway. Each answers ok, retry later, or give up
 * (the address was refused), with a reason staff can read. */
#include <curl/curl.h>
#include <stdio.h>
#include <string.h>

#include "config.h"
#include "notify.h"

struct upload {
    const char *data;
    size_t left;
};

static size_t read_upload(char *out, size_t size, size_t count, void *user)
{
    struct upload *u = user;
    size_t n = size * count < u->left ? size * count : u->left;
    memcpy(out, u->data, n);
    u->data += n;
    u->left -= n;
    return n;
}

/* Keeps at most the first bytes of a gateway's answer for the error text. */
struct answer {
    char text[200];
    size_t len;
};

static size_t keep_answer(char *data, size_t size, size_t count, void *user)
{
    struct answer *a = user;
    size_t n = size * count;
    size_t room = sizeof a->text - 1 - a->len;
    memcpy(a->text + a->len, data, n < room ? n : room);
    a->len += n < room ? n : room;
    a->text[a->len] = '\0';
    return n;
}

/* Control characters out of text that staff read in a page and the log, and
 * no character cut in half by snprintf at the end. */
static void printable(char *s)
{
    size_t len = strlen(s);
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
            s[i] = ' ';
    size_t start = len;
    while (start > 0 && ((unsigned char)s[start - 1] & 0xC0) == 0x80)
        start--;
    if (start > 0 && (unsigned char)s[start - 1] >= 0xC0) {
        unsigned char lead = (unsigned char)s[start - 1];
        size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (len - (start - 1) < need)
            s[start - 1] = '\0';
    }
}

static void common_options(CURL *curl, const struct config *cfg, char *curl_error)
{
    curl_easy_reset(curl);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, curl_error);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, (long)cfg->notify_timeout_s);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
}

/* Relay answers that concern this recipient or message alone: retrying cannot help. */
static bool permanent_smtp(long code)
{
    return code == 501 || (code >= 550 && code <= 554);
}

static enum send_result smtp_failure(CURLcode rc, long code, const char *curl_error, const char *host,
                                     int port, char *error, size_t size)
{
    const char *detail = *curl_error ? curl_error : curl_easy_strerror(rc);
    if (rc == CURLE_COULDNT_CONNECT || rc == CURLE_COULDNT_RESOLVE_HOST || rc == CURLE_OPERATION_TIMEDOUT)
        snprintf(error, size, "无法连接邮件服务器 %s:%d（%s），稍后重试", host, port, detail);
    else if (rc == CURLE_USE_SSL_FAILED)
        snprintf(error, size, "邮件服务器不支持 STARTTLS（%s），稍后重试", detail);
    else if (rc == CURLE_LOGIN_DENIED)
        snprintf(error, size, "邮件服务器拒绝登录（SMTP %ld），请检查用户名和密码，稍后重试", code);
    else if (permanent_smtp(code))
        snprintf(error, size, "邮件服务器拒绝了收件人或邮件（SMTP %ld：%s），不再重试", code, detail);
    else
        snprintf(error, size, "发送失败（SMTP %ld：%s），稍后重试", code, detail);
    printable(error);
    return permanent_smtp(code) ? SEND_PERMANENT : SEND_RETRY;
}

enum send_result smtp_send(void *handle, const struct config *cfg, const char *to,
                           const char *message, char *error, size_t size)
{
    CURL *curl = handle;
    char curl_error[CURL_ERROR_SIZE] = "", url[512], from[300], rcpt_text[300];
    const char *domain = strchr(cfg->mail_from, '@');
    snprintf(url, sizeof url, "smtp://%s:%d/%s", cfg->smtp_host, cfg->smtp_port, domain ? domain + 1 : "");
    snprintf(from, sizeof from, "<%s>", cfg->mail_from);
    snprintf(rcpt_text, sizeof rcpt_text, "<%s>", to);
    struct curl_slist *rcpt = curl_slist_append(NULL, rcpt_text);
    struct upload up = { message, strlen(message) };
    common_options(curl, cfg, curl_error);
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_USE_SSL, cfg->smtp_starttls ? (long)CURLUSESSL_ALL : (long)CURLUSESSL_NONE);
    if (*cfg->smtp_user) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, cfg->smtp_user);
        curl_easy_setopt(curl, CURLOPT_PASSWORD, cfg->smtp_password);
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from);
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_upload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &up);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    CURLcode rc = curl_easy_perform(curl);
    long code = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
    curl_slist_free_all(rcpt);
    if (rc == CURLE_OK)
        return SEND_OK;
    return smtp_failure(rc, code, curl_error, cfg->smtp_host, cfg->smtp_port, error, size);
}

/* S as a JSON string into OUT (SIZE bytes); false when it does not fit. */
static bool json_string(char *out, size_t size, const char *s)
{
    size_t o = 0;
    out[o++] = '"';
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        char esc[8];
        int n = *p == '"' || *p == '\\' ? snprintf(esc, sizeof esc, "\\%c", *p)
              : *p < 0x20 ? snprintf(esc, sizeof esc, "\\u%04x", *p)
              : snprintf(esc, sizeof esc, "%c", *p);
        if (o + (size_t)n + 2 >= size)
            return false;
        memcpy(out + o, esc, (size_t)n);
        o += (size_t)n;
    }
    out[o++] = '"';
    out[o] = '\0';
    return true;
}

enum send_result sms_send(void *handle, const struct config *cfg, const char *to, const char *text,
                          const char *id, char *error, size_t size)
{
    CURL *curl = handle;
    char curl_error[CURL_ERROR_SIZE] = "", jto[64], jtext[4096], jid[600], body[5000], auth[600];
    if (!json_string(jto, sizeof jto, to) || !json_string(jtext, sizeof jtext, text)
        || !json_string(jid, sizeof jid, id)) {
        snprintf(error, size, "短信内容过长，不再重试");
        return SEND_PERMANENT;
    }
    snprintf(body, sizeof body, "{\"to\":%s,\"text\":%s,\"id\":%s}", jto, jtext, jid);
    struct curl_slist *headers = curl_slist_append(NULL, "Content-Type: application/json; charset=utf-8");
    if (*cfg->sms_token) {
        snprintf(auth, sizeof auth, "Authorization: Bearer %s", cfg->sms_token);
        headers = curl_slist_append(headers, auth);
    }
    struct answer answer = { "", 0 };
    common_options(curl, cfg, curl_error);
    curl_easy_setopt(curl, CURLOPT_URL, cfg->sms_url);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, keep_answer);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer);
    CURLcode rc = curl_easy_perform(curl);
    long code = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
    curl_slist_free_all(headers);
    if (rc != CURLE_OK) {
        snprintf(error, size, "无法连接短信网关（%s），稍后重试", *curl_error ? curl_error : curl_easy_strerror(rc));
        printable(error);
        return SEND_RETRY;
    }
    if (code >= 200 && code < 300)
        return SEND_OK;
    bool permanent = code >= 400 && code < 500 && code != 408 && code != 429;
    snprintf(error, size, "短信网关拒绝（HTTP %ld：%s），%s", code, answer.text, permanent ? "不再重试" : "稍后重试");
    printable(error);
    return permanent ? SEND_PERMANENT : SEND_RETRY;
}
