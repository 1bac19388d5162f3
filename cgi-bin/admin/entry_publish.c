/* The review workflow of catalogue entries: a draft revision is submitted,
 * then published by a reviewer who attests the 保密审查 (the revision is
 * copied into entries, the first publication gets its 索引号) or sent back
 * with a comment. The editor and the list are in entries.c. */
#include <string.h>

#include "app.h"
#include "content.h"
#include "db.h"
#include "entries.h"
#include "review.h"
#include "staff.h"

/* ---- submitting and sending back ------------------------------------------ */

/* "entry:ID", the audit target. */
static const char *entry_target(struct request *req, long long id)
{
    return arena_printf(req->arena, "entry:%lld", id);
}

static int set_revision_status(sqlite3 *db, long long rev_id, const char *from, const char *to)
{
    sqlite3_stmt *st = db_stmt(db, "UPDATE entry_revisions SET status = ?1 WHERE id = ?2 AND status = ?3");
    sqlite3_bind_text(st, 1, to, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, rev_id);
    sqlite3_bind_text(st, 3, from, -1, SQLITE_STATIC);
    return db_run(db, st, "entry_sql") == 0 && sqlite3_changes(db) == 1 ? 0 : -1;
}

int entry_submit(struct request *req)
{
    struct entry_state e;
    int refused = load_own_entry(req, req->path_ids[0], &e);
    if (refused)
        return refused;
    if (strcmp(e.work_status, "draft") != 0 && strcmp(e.work_status, "returned") != 0)
        return entry_notice(req, &e, "没有可提交审核的草稿（可能已经提交）。");
    sqlite3 *db = req->app->content_db;
    const char *from = e.work_status;
    if (db_begin(db, "entry_submit") != SQLITE_OK)
        return resp_error(req, 500, NULL);
    if (set_revision_status(db, e.work_rev_id, from, "review") != 0
        || set_unpublished_status(db, e.id, "review") != 0 || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return resp_error(req, 500, "提交失败，请稍后重试。");
    }
    audit(req, "entry.submit", entry_target(req, e.id), review_summary(req, from, "review", NULL));
    return redirect_to_entry(req, e.id, "submitted");
}

int entry_return(struct request *req)
{
    struct entry_state e;
    int refused = load_own_entry(req, req->path_ids[0], &e);
    if (refused)
        return refused;
    if (strcmp(e.work_status, "review") != 0)
        return entry_notice(req, &e, "该信息不在待审核状态（可能已被处理）。");
    const char *not_yours = review_return_refused(req, entry_awaits_signoff(&e));
    if (not_yours)
        return entry_notice(req, &e, not_yours);
    const char *comment = review_comment(req);
    if (!comment) {
        struct entry_page_extras x = { .return_error = "退回时请填写退回意见（不超过600字），编辑会看到它。" };
        return entry_page_with(req, &e, &x);
    }
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "UPDATE entry_revisions SET status = 'returned', review_comment = ?1, reviewer_id = ?2, "
        "approved_by = NULL, approved_at = NULL, secrecy_checked = 0 WHERE id = ?3 AND status = 'review'");
    sqlite3_bind_text(st, 1, comment, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, current_staff(req)->id);
    sqlite3_bind_int64(st, 3, e.work_rev_id);
    if (db_begin(db, "entry_return") != SQLITE_OK)
        return resp_error(req, 500, NULL);
    if (db_run(db, st, "entry_sql") != 0 || set_unpublished_status(db, e.id, "returned") != 0
        || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return resp_error(req, 500, "退回失败，请稍后重试。");
    }
    audit(req, "entry.return", entry_target(req, e.id),
          review_summary(req, entry_awaits_signoff(&e) ? "signoff" : "review", "returned", comment));
    return redirect_to_entry(req, e.id, "returned");
}

/* ---- index numbers ------------------------------------------------------- */

/* Appends TEXT[0..LEN) with {uscc} {yyyymm} {yyyy} {mm} replaced. */
static void expand_index_text(struct buf *out, const char *text, size_t len, const char *uscc,
                              const char *today)
{
    static const char *const names[] = { "{uscc}", "{yyyymm}", "{yyyy}", "{mm}" };
    for (size_t i = 0; i < len;) {
        size_t k = 0;
        for (; k < 4; k++)
            if (strncmp(text + i, names[k], strlen(names[k])) == 0 && i + strlen(names[k]) <= len)
                break;
        switch (k) {
        case 0: buf_puts(out, uscc); break;
        case 1: buf_printf(out, "%.4s%.2s", today, today + 5); break;
        case 2: buf_printf(out, "%.4s", today); break;
        case 3: buf_printf(out, "%.2s", today + 5); break;
        default: buf_putc(out, text[i]); i++; continue;
        }
        i += strlen(names[k]);
    }
}

/* The 统一社会信用代码 of the agency that owns the entry: each agency numbers its own. */
static const char *owner_uscc(struct request *req, long long owner_id)
{
    return db_text_for_id(req->arena, db_stmt(req->app->content_db,
        "SELECT COALESCE(uscc, '') FROM agencies WHERE id = ?1"), owner_id);
}

/* Highest sequence among index numbers PREFIX + DIGITS digits + SUFFIX. */
static long highest_sequence(struct request *req, const char *prefix, int digits, const char *suffix)
{
    sqlite3_stmt *st = db_stmt(req->app->content_db,
        "SELECT index_no FROM entries WHERE substr(index_no, 1, length(?1)) = ?1 "
        "AND length(index_no) = length(?1) + ?2 + length(?3) "
        "AND (?3 = '' OR substr(index_no, -length(?3)) = ?3)");
    sqlite3_bind_text(st, 1, prefix, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, digits);
    sqlite3_bind_text(st, 3, suffix, -1, SQLITE_STATIC);
    long best = 0;
    size_t plen = strlen(prefix);
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *no = (const char *)sqlite3_column_text(st, 0);
        long v = 0;
        int i = 0;
        for (; i < digits && no[plen + i] >= '0' && no[plen + i] <= '9'; i++)
            v = v * 10 + (no[plen + i] - '0');
        if (i == digits && v > best)
            best = v;
    }
    sqlite3_reset(st);
    return best;
}

/* The next 索引号 from the index_format setting ('{uscc}/{yyyymm}-{seq5}') for a
 * publication on TODAY (YYYY-MM-DD) by agency OWNER_ID. Runs inside the
 * publishing transaction. */
static const char *next_index_no(struct request *req, long long owner_id, const char *today)
{
    const char *format = db_setting(req->arena, req->app->content_db, "index_format");
    if (!*format)
        format = "{uscc}/{yyyymm}-{seq5}";
    const char *uscc = owner_uscc(req, owner_id);
    const char *seq = strstr(format, "{seq");
    int digits = seq && seq[4] >= '1' && seq[4] <= '9' && seq[5] == '}' ? seq[4] - '0' : 0;
    struct buf prefix, suffix;
    buf_init(&prefix, req->arena);
    buf_init(&suffix, req->arena);
    if (!digits) {   /* a format without a sequence still needs unique numbers */
        expand_index_text(&prefix, format, strlen(format), uscc, today);
        buf_puts(&prefix, "-");
        digits = 5;
    } else {
        expand_index_text(&prefix, format, (size_t)(seq - format), uscc, today);
        expand_index_text(&suffix, seq + 6, strlen(seq + 6), uscc, today);
    }
    long next = highest_sequence(req, prefix.data ? prefix.data : "", digits,
                                 suffix.data ? suffix.data : "") + 1;
    return arena_printf(req->arena, "%s%0*ld%s", prefix.data ? prefix.data : "", digits, next,
                        suffix.data ? suffix.data : "");
}

/* ---- publishing ---------------------------------------------------------- */

/* Copies the revision into entries; first publication sets the date and index number. */
static int copy_revision_to_entry(struct request *req, long long entry_id, long long rev_id,
                                  const char *today, const char *index_no)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "UPDATE entries SET (title, doc_no, agency_id, topic_id, genre_id, written_on, keywords, "
        "validity, validity_note, disclosure_method, disclosure_scope, art20, body_md, relation, relates_to) = "
        "(SELECT title, doc_no, agency_id, topic_id, genre_id, written_on, keywords, validity, "
        " validity_note, disclosure_method, disclosure_scope, art20, body_md, relation, relates_to "
        " FROM entry_revisions WHERE id = ?1), "
        "status = 'published', published_on = COALESCE(published_on, ?2), "
        "index_no = COALESCE(index_no, ?3), updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
        "WHERE id = ?4");
    sqlite3_bind_int64(st, 1, rev_id);
    sqlite3_bind_text(st, 2, today, -1, SQLITE_STATIC);
    db_bind_text_or_null(st, 3, index_no);
    sqlite3_bind_int64(st, 4, entry_id);
    return db_run(db, st, "entry_sql");
}

/* The files the revision adds go public and those it removes go, before the
 * entry row changes (its update re-indexes the entry with its files' text). */
static int publish_revision_files(sqlite3 *db, long long entry_id, long long rev_id)
{
    sqlite3_stmt *gone = db_stmt(db,
        "DELETE FROM attachments WHERE owner_kind = 'entry' AND owner_id = ?1 AND removed_rev = ?2");
    sqlite3_bind_int64(gone, 1, entry_id);
    sqlite3_bind_int64(gone, 2, rev_id);
    if (db_run(db, gone, "entry_sql") != 0)
        return -1;
    sqlite3_stmt *added = db_stmt(db,
        "UPDATE attachments SET pending_rev = NULL WHERE owner_kind = 'entry' AND owner_id = ?1 AND pending_rev = ?2");
    sqlite3_bind_int64(added, 1, entry_id);
    sqlite3_bind_int64(added, 2, rev_id);
    return db_run(db, added, "entry_sql");
}

static int publish_revision(struct request *req, const struct entry_state *e, const char *today,
                            const char *index_no)
{
    sqlite3 *db = req->app->content_db;
    if (publish_revision_files(db, e->id, e->work_rev_id) != 0)
        return -1;
    sqlite3_stmt *old = db_stmt(db,
        "UPDATE entry_revisions SET status = 'superseded' WHERE entry_id = ?1 AND status = 'published'");
    sqlite3_bind_int64(old, 1, e->id);
    if (db_run(db, old, "entry_sql") != 0)
        return -1;
    sqlite3_stmt *st = db_stmt(db,
        "UPDATE entry_revisions SET status = 'published', reviewer_id = ?1, secrecy_checked = 1, "
        "published_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?2 AND status = 'review'");
    sqlite3_bind_int64(st, 1, current_staff(req)->id);
    sqlite3_bind_int64(st, 2, e->work_rev_id);
    if (db_run(db, st, "entry_sql") != 0 || sqlite3_changes(db) != 1)
        return -1;
    return copy_revision_to_entry(req, e->id, e->work_rev_id, today, index_no);
}

/* Publishes the revision in review now, in one transaction; SUMMARY starts
 * the audit row (entry.publish), which adds the new 索引号. */
static int publish_now(struct request *req, const struct entry_state *e, const char *summary)
{
    sqlite3 *db = req->app->content_db;
    if (db_begin(db, "entry_publish") != SQLITE_OK)
        return resp_error(req, 500, NULL);
    const char *today = today_iso(req->arena);
    const char *index_no = *e->index_no ? "" : next_index_no(req, e->owner_id, today);
    if (publish_revision(req, e, today, index_no) != 0 || db_commit(db) != SQLITE_OK) {
        db_rollback(db);
        return resp_error(req, 500, "发布失败，请稍后重试。");
    }
    audit(req, "entry.publish", entry_target(req, e->id),
          arena_printf(req->arena, "%s%s%s", summary, *index_no ? "; 索引号: " : "", index_no));
    return redirect_to_entry(req, e->id, "published");
}

/* The first of two levels (审核): the revision stays in review, approved by
 * the current reviewer, and waits for a signer (待审签). */
static int approve_for_signoff(struct request *req, const struct entry_state *e)
{
    sqlite3 *db = req->app->content_db;
    sqlite3_stmt *st = db_stmt(db,
        "UPDATE entry_revisions SET approved_by = ?1, secrecy_checked = 1, "
        "approved_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
        "WHERE id = ?2 AND status = 'review' AND approved_by IS NULL");
    sqlite3_bind_int64(st, 1, current_staff(req)->id);
    sqlite3_bind_int64(st, 2, e->work_rev_id);
    if (db_write_one(db, st, "entry_approve") != 0)
        return resp_error(req, 500, "审核失败，请稍后重试。");
    audit(req, "entry.approve", entry_target(req, e->id), review_approved_summary);
    return redirect_to_entry(req, e->id, "approved");
}

int entry_publish(struct request *req)
{
    struct entry_state e;
    int refused = load_own_entry(req, req->path_ids[0], &e);
    if (refused)
        return refused;
    if (strcmp(e.work_status, "review") != 0)
        return entry_notice(req, &e, "该信息不在待审核状态，不能发布（可能已被处理）。");
    /* Approved under two levels: only a signer's sign publishes it, even if the levels changed since. */
    if (entry_awaits_signoff(&e))
        return entry_notice(req, &e, "该信息已审核通过，正在等待审签人审签发布。");
    refused = review_refuse_own_edit(req, e.work_author_id, entry_target(req, e.id));
    if (refused)
        return refused;
    if (!review_attested(req)) {
        struct entry_page_extras x = {
            .publish_error = "发布前必须完成保密审查：请勾选“已按规定完成保密审查”后再发布。" };
        return entry_page_with(req, &e, &x);
    }
    if (review_levels(req, e.owner_id) == 2)
        return approve_for_signoff(req, &e);
    return publish_now(req, &e, "status review -> published; 保密审查: 已确认");
}

/* The second level (审签): a signer who is neither the author nor the
 * first-level reviewer publishes the approved revision. */
int entry_sign(struct request *req)
{
    struct entry_state e;
    int refused = load_own_entry(req, req->path_ids[0], &e);
    if (refused)
        return refused;
    if (!entry_awaits_signoff(&e))
        return entry_notice(req, &e, "该信息不在待审签状态（尚未审核通过，或已被处理）。");
    refused = review_refuse_signer(req, e.work_author_id, e.work_approved_by, entry_target(req, e.id));
    if (refused)
        return refused;
    return publish_now(req, &e, arena_printf(req->arena, "status signoff -> published; 审签; 审核人: 用户%lld",
                                             e.work_approved_by));
}
