/* `portalctl notify`: delivers the outbox. One notice at a time, oldest
 * first; each attempt is recorded in its own transaction right after it, so a
 * crash between sending and marking sends that one notice again (with the
 * same Message-ID, which mail clients fold) and never loses one. A lock file
 * keeps two runs from sending the same notices side by side. */
#include <curl/curl.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <time.h>
#include <unistd.h>

#include "application.h"
#include "arena.h"
#include "config.h"
#include "db.h"
#include "log.h"
#include "mail_message.h"
#include "notify.h"

/* After this many attempts a notice is given up as failed (about two days of retries). */
enum { MAX_ATTEMPTS = 12, FIRST_RETRY_S = 60, LONGEST_RETRY_S = 6 * 3600 };

const char *notify_mail_refusal(const struct config *cfg)
{
    if (*cfg->smtp_host && *cfg->smtp_user && !cfg->smtp_starttls)
        return "邮件服务器设置了登录用户（PORTAL_SMTP_USER）却关闭了 STARTTLS（PORTAL_SMTP_STARTTLS=off）："
               "密码不在未加密的连接上发送，邮件通知在发件箱中等待";
    return NULL;
}

/* True when URL's host is this machine (localhost, 127.0.0.1, ::1). */
static bool local_host(const char *url)
{
    CURLU *u = curl_url();
    char *host = NULL;
    bool local = u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK
              && curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK
              && (strcmp(host, "localhost") == 0 || strcmp(host, "127.0.0.1") == 0 || strcmp(host, "[::1]") == 0);
    curl_free(host);
    curl_url_cleanup(u);
    return local;
}

const char *notify_sms_refusal(const struct config *cfg)
{
    if (strncmp(cfg->sms_url, "http://", 7) == 0 && !local_host(cfg->sms_url))
        return "短信网关地址（PORTAL_SMS_URL）是 http://：令牌和手机号会明文传输，只接受 https:// 或本机的 http://，"
               "短信通知在发件箱中等待";
    return NULL;
}

void notify_config_check(const struct config *cfg)
{
    if (*cfg->smtp_host && !mail_address_ok(cfg->mail_from))
        fputs("PORTAL_SMTP_HOST is set but PORTAL_MAIL_FROM is not a valid address: mail waits\n", stderr);
    if (notify_mail_refusal(cfg))
        fputs("PORTAL_SMTP_USER is set but PORTAL_SMTP_STARTTLS=off: the password is never sent unencrypted, "
              "mail waits\n", stderr);
    if (*cfg->sms_url && strncmp(cfg->sms_url, "https://", 8) != 0 && strncmp(cfg->sms_url, "http://", 7) != 0)
        fputs("PORTAL_SMS_URL is not an http(s) address: SMS waits\n", stderr);
    if (notify_sms_refusal(cfg))
        fputs("PORTAL_SMS_URL is http:// to another host: the token and phone numbers would travel in clear, "
              "SMS waits (use https://)\n", stderr);
}

bool notify_mail_configured(const struct config *cfg)
{
    return *cfg->smtp_host && mail_address_ok(cfg->mail_from) && !notify_mail_refusal(cfg);
}

bool notify_sms_configured(const struct config *cfg)
{
    return (strncmp(cfg->sms_url, "https://", 8) == 0 || strncmp(cfg->sms_url, "http://", 7) == 0)
        && !notify_sms_refusal(cfg);
}

static void iso_at(time_t t, char out[21])
{
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* 1, 4, 16, 64 minutes ... at most 6 hours after the ATTEMPTS-th failure. */
static long retry_delay_s(int attempts)
{
    long delay = FIRST_RETRY_S;
    for (int i = 1; i < attempts && delay < LONGEST_RETRY_S; i++)
        delay *= 4;
    return delay < LONGEST_RETRY_S ? delay : LONGEST_RETRY_S;
}

struct queued {
    long long id;
    const char *channel, *recipient, *subject, *body, *message_id;
    int attempts;
};

/* The oldest queued notice after AFTER whose time has come by NOW. */
static bool next_due(struct arena *arena, sqlite3 *db, const char *now, long long after, struct queued *q)
{
    sqlite3_stmt *st = db_stmt(db,
        "SELECT id, channel, recipient, subject, body, message_id, attempts FROM notices "
        "WHERE state = 'queued' AND next_attempt_at <= ?1 AND id > ?2 ORDER BY id LIMIT 1");
    sqlite3_bind_text(st, 1, now, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, after);
    bool found = sqlite3_step(st) == SQLITE_ROW;
    if (found)
        *q = (struct queued){ db_int(st, 0), db_text(arena, st, 1), db_text(arena, st, 2), db_text(arena, st, 3),
                              db_text(arena, st, 4), db_text(arena, st, 5), (int)db_int(st, 6) };
    sqlite3_reset(st);
    return found;
}

/* Stores the outcome of one attempt in its own transaction. */
static int record_attempt(sqlite3 *db, const struct queued *q, enum send_result result, const char *error)
{
    time_t now = time(NULL);
    char now_iso[21], next_iso[21];
    iso_at(now, now_iso);
    int attempts = q->attempts + 1;
    iso_at(now + retry_delay_s(attempts), next_iso);
    const char *state = result == SEND_OK ? "sent"
                      : result == SEND_PERMANENT || attempts >= MAX_ATTEMPTS ? "failed" : "queued";
    sqlite3_stmt *st = db_stmt(db,
        "UPDATE notices SET state = ?2, attempts = ?3, last_error = ?4, next_attempt_at = ?5, "
        "sent_at = ?6 WHERE id = ?1");
    sqlite3_bind_int64(st, 1, q->id);
    sqlite3_bind_text(st, 2, state, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 3, attempts);
    sqlite3_bind_text(st, 4, result == SEND_OK ? "" : error, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 5, next_iso, -1, SQLITE_STATIC);
    if (result == SEND_OK)
        sqlite3_bind_text(st, 6, now_iso, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, 6);
    if (db_begin(db, "notice_attempt") != SQLITE_OK || db_run(db, st, "notice_attempt") != 0
        || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return -1;
    }
    log_event(result == SEND_OK ? LOG_INFO : LOG_WARN, "notice", "id=%lld %s attempt=%d %s", q->id, state,
              attempts, result == SEND_OK ? "" : error);
    return 0;
}

/* A notice that waits because its channel's settings are refused says why. */
static int note_waiting(sqlite3 *db, const struct queued *q, const char *reason)
{
    sqlite3_stmt *st = db_stmt(db, "UPDATE notices SET last_error = ?2 WHERE id = ?1");
    sqlite3_bind_int64(st, 1, q->id);
    sqlite3_bind_text(st, 2, reason, -1, SQLITE_STATIC);
    return db_write_one(db, st, "notice_waiting");
}

static enum send_result deliver(struct arena *arena, CURL *curl, const struct config *cfg,
                                const struct queued *q, char *error, size_t size)
{
    if (strcmp(q->channel, "sms") == 0)
        return sms_send(curl, cfg, q->recipient, q->body, q->message_id, error, size);
    const char *message = mail_compose(arena, cfg->mail_from, q->recipient, q->subject, q->message_id,
                                       time(NULL), q->body);
    if (!message) {
        snprintf(error, size, "收件地址无效，无法发送，不再重试");
        return SEND_PERMANENT;
    }
    return smtp_send(curl, cfg, q->recipient, message, error, size);
}

static void record_run(sqlite3 *db, const struct config *cfg, const struct notify_summary *s)
{
    char now[21], summary[1000];
    iso_at(time(NULL), now);
    const char *mail_refusal = notify_mail_refusal(cfg), *sms_refusal = notify_sms_refusal(cfg);
    snprintf(summary, sizeof summary, "已发送 %d，稍后重试 %d，失败 %d，等待配置 %d%s%s%s%s", s->sent, s->retrying,
             s->failed, s->waiting, mail_refusal ? "；" : "", mail_refusal ? mail_refusal : "",
             sms_refusal ? "；" : "", sms_refusal ? sms_refusal : "");
    sqlite3_stmt *st = db_stmt(db,
        "INSERT INTO notice_sender (id, ran_at, mail_configured, sms_configured, summary) "
        "VALUES (1, ?1, ?2, ?3, ?4) ON CONFLICT (id) DO UPDATE SET ran_at = ?1, mail_configured = ?2, "
        "sms_configured = ?3, summary = ?4");
    sqlite3_bind_text(st, 1, now, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, notify_mail_configured(cfg));
    sqlite3_bind_int(st, 3, notify_sms_configured(cfg));
    sqlite3_bind_text(st, 4, summary, -1, SQLITE_STATIC);
    if (db_begin(db, "notice_sender") == SQLITE_OK && db_run(db, st, "notice_sender") == 0)
        db_commit(db);
    else
        db_rollback(db);
}

static void count(struct notify_summary *out, enum send_result result, const struct queued *q)
{
    if (result == SEND_OK)
        out->sent++;
    else if (result == SEND_PERMANENT || q->attempts + 1 >= MAX_ATTEMPTS)
        out->failed++;
    else
        out->retrying++;
}

/* Held for the run: a second `portalctl notify` finds it taken and leaves. */
static int take_lock(const char *private_db_path)
{
    char path[4200];
    snprintf(path, sizeof path, "%s-notify.lock", private_db_path);
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        fprintf(stderr, "cannot open the lock file %s (%s): nothing sent, a second run could send twice\n", path,
                strerror(errno));
        return -1;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        close(fd);
        return -2;
    }
    return fd;
}

static int send_loop(const struct config *cfg, sqlite3 *db, bool now_all, struct notify_summary *out)
{
    struct arena *arena = arena_new();
    CURL *curl = curl_easy_init();
    char now[21];
    iso_at(time(NULL), now);
    struct queued q;
    long long after = 0;
    bool mail = notify_mail_configured(cfg), sms = notify_sms_configured(cfg);
    int rc = curl ? 0 : -1;
    while (rc == 0 && next_due(arena, db, now_all ? "9999" : now, after, &q)) {
        after = q.id;
        bool is_sms = strcmp(q.channel, "sms") == 0;
        if (!(is_sms ? sms : mail)) {
            out->waiting++;
            const char *refusal = is_sms ? notify_sms_refusal(cfg) : notify_mail_refusal(cfg);
            if (refusal)
                rc = note_waiting(db, &q, refusal);
        } else {
            char error[600] = "";
            enum send_result result = deliver(arena, curl, cfg, &q, error, sizeof error);
            count(out, result, &q);
            rc = record_attempt(db, &q, result, error);
        }
        arena_reset(arena);
    }
    if (curl)
        curl_easy_cleanup(curl);
    arena_free(arena);
    return rc;
}

int notify_send_due(const struct config *cfg, sqlite3 *db, bool now_all, struct notify_summary *out)
{
    *out = (struct notify_summary){ 0, 0, 0, 0 };
    int lock = take_lock(sqlite3_db_filename(db, "main"));
    if (lock == -2) {
        fputs("another portalctl notify is sending; nothing done\n", stderr);
        return 0;
    }
    if (lock < 0)
        return -1;
    int rc = send_loop(cfg, db, now_all, out);
    record_run(db, cfg, out);
    close(lock);
    return rc;
}
