/* Word splitting with ICU and the FTS5 tokenizer built on it; see words.h. */
#include "words.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include "log.h"

/* Longer "words" are runs of digits or letters no citizen types (hashes,
 * base64 in a pasted link): not indexed, so they cannot bloat the index. */
enum { MAX_WORD_UNITS = 64 };

struct word_splitter {
    UBreakIterator *breaker;
    UText text;
    const UNormalizer2 *nfkc_casefold;
};

struct word_splitter *words_open(void)
{
    struct word_splitter *ws = calloc(1, sizeof *ws);
    if (ws == NULL)
        return NULL;
    UErrorCode status = U_ZERO_ERROR;
    ws->text = (UText)UTEXT_INITIALIZER;
    ws->breaker = ubrk_open(UBRK_WORD, "zh", NULL, 0, &status);
    if (U_SUCCESS(status))
        ws->nfkc_casefold = unorm2_getNFKCCasefoldInstance(&status);
    if (U_FAILURE(status)) {
        log_event(LOG_ERROR, "words_open", "ICU: %s", u_errorName(status));
        words_close(ws);
        return NULL;
    }
    return ws;
}

void words_close(struct word_splitter *ws)
{
    if (ws == NULL)
        return;
    if (ws->breaker)
        ubrk_close(ws->breaker);
    utext_close(&ws->text);
    free(ws);
}

static bool is_ascii(const char *s, int len)
{
    for (int i = 0; i < len; i++)
        if ((unsigned char)s[i] >= 0x80)
            return false;
    return true;
}

/* The normalised form of TEXT[0..LEN) in OUT (OUT_SIZE bytes); its length, or
 * -1 when the word is to be skipped (too long, or not convertible). */
static int normalise(const struct word_splitter *ws, const char *text, int len, char *out, int out_size)
{
    if (is_ascii(text, len)) {
        if (len > MAX_WORD_UNITS)
            return -1;
        for (int i = 0; i < len; i++)
            out[i] = text[i] >= 'A' && text[i] <= 'Z' ? (char)(text[i] - 'A' + 'a') : text[i];
        return len;
    }
    UChar units[MAX_WORD_UNITS], folded[MAX_WORD_UNITS * 2];
    int32_t unit_count = 0, folded_count = 0, out_len = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8WithSub(units, MAX_WORD_UNITS, &unit_count, text, len, 0xFFFD, NULL, &status);
    if (U_FAILURE(status) || unit_count > MAX_WORD_UNITS)
        return -1;
    if (unorm2_quickCheck(ws->nfkc_casefold, units, unit_count, &status) == UNORM_YES && len <= out_size) {
        memcpy(out, text, (size_t)len);
        return len;
    }
    status = U_ZERO_ERROR;
    folded_count = unorm2_normalize(ws->nfkc_casefold, units, unit_count, folded, MAX_WORD_UNITS * 2, &status);
    if (U_FAILURE(status))
        return -1;
    u_strToUTF8(out, out_size, &out_len, folded, folded_count, &status);
    if (U_FAILURE(status) || out_len > out_size)
        return -1;
    return out_len;
}

int words_split(struct word_splitter *ws, const char *text, int len, word_fn fn, void *ctx)
{
    UErrorCode status = U_ZERO_ERROR;
    utext_openUTF8(&ws->text, text, len, &status);
    ubrk_setUText(ws->breaker, &ws->text, &status);
    if (U_FAILURE(status)) {
        log_event(LOG_ERROR, "words_split", "ICU: %s", u_errorName(status));
        return -1;
    }
    char norm[MAX_WORD_UNITS * 6];
    int32_t start = ubrk_first(ws->breaker);
    for (int32_t end = ubrk_next(ws->breaker); end != UBRK_DONE; start = end, end = ubrk_next(ws->breaker)) {
        int32_t rule = ubrk_getRuleStatus(ws->breaker);
        enum word_kind kind;
        if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT)
            kind = WORD_NUMBER;
        else if (rule >= UBRK_WORD_LETTER && rule < UBRK_WORD_KANA_LIMIT)
            kind = WORD_LETTER;
        else if (rule >= UBRK_WORD_IDEO && rule < UBRK_WORD_IDEO_LIMIT)
            kind = WORD_IDEOGRAPH;
        else
            continue; /* spaces, punctuation, Markdown syntax */
        int norm_len = normalise(ws, text + start, end - start, norm, (int)sizeof norm);
        if (norm_len <= 0)
            continue;
        int rc = fn(ctx, kind, norm, norm_len, start, end);
        if (rc != 0)
            return rc;
    }
    return 0;
}

/* ---- the FTS5 tokenizer ---------------------------------------------- */

struct fts_word {
    enum word_kind kind;
    int norm_at, norm_len, start, end, chars;
};

/* A document's words, collected first so that each can see its neighbours. */
struct fts_text {
    struct fts_word *words;
    int count, cap;
    char *norm;
    int norm_len, norm_cap;
    bool failed;
};

static int utf8_char_len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static int collect_fts_word(void *ctx, enum word_kind kind, const char *norm, int norm_len, int start, int end)
{
    struct fts_text *t = ctx;
    if (t->count == t->cap) {
        int cap = t->cap ? t->cap * 2 : 256;
        struct fts_word *bigger = sqlite3_realloc64(t->words, (sqlite3_uint64)cap * sizeof *bigger);
        if (bigger == NULL)
            return t->failed = true, 1;
        t->words = bigger;
        t->cap = cap;
    }
    if (t->norm_len + norm_len > t->norm_cap) {
        int cap = (t->norm_cap ? t->norm_cap * 2 : 4096) + norm_len;
        char *bigger = sqlite3_realloc64(t->norm, (sqlite3_uint64)cap);
        if (bigger == NULL)
            return t->failed = true, 1;
        t->norm = bigger;
        t->norm_cap = cap;
    }
    memcpy(t->norm + t->norm_len, norm, (size_t)norm_len);
    int chars = 0;
    for (int i = 0; i < norm_len; i += utf8_char_len((unsigned char)norm[i]))
        chars++;
    t->words[t->count++] = (struct fts_word){ kind, t->norm_len, norm_len, start, end, chars };
    t->norm_len += norm_len;
    return 0;
}

typedef int (*fts_emit)(void *ctx, int flags, const char *token, int len, int start, int end);

/* Emits the LEN-byte pieces of WORD of PIECE characters each, at the word's
 * position (colocated). */
static int emit_pieces(fts_emit emit, void *ctx, const char *word, int len, int piece, int start, int end)
{
    for (int first = 0; first < len; first += utf8_char_len((unsigned char)word[first])) {
        int after = first;
        for (int n = 0; n < piece && after < len; n++)
            after += utf8_char_len((unsigned char)word[after]);
        if (after > len || (after == len && first == 0))
            break;
        int rc = emit(ctx, FTS5_TOKEN_COLOCATED, word + first, after - first, start, end);
        if (rc != SQLITE_OK || after == len)
            return rc;
    }
    return SQLITE_OK;
}

static bool is_single_ideograph(const struct fts_text *t, int i)
{
    return i >= 0 && i < t->count && t->words[i].kind == WORD_IDEOGRAPH && t->words[i].chars == 1;
}

/* Besides each word, a document holds pieces where segmentation may be wrong:
 * - each two-character piece of a word of three or more characters (a query
 *   for 民政 finds 民政局, one for 殡葬 finds 惠民殡葬);
 * - each character of a short word next to a single character, the mark of
 *   a word the dictionary lacks (低保金 comes out as 低 + 保金, 河沥溪 as
 *   市河 + 沥 + 溪): a query for 低保 (低 + 保) then finds 低 + 保 there. */
static int emit_document(const struct fts_text *t, fts_emit emit, void *ctx, bool document)
{
    for (int i = 0; i < t->count; i++) {
        const struct fts_word *w = &t->words[i];
        const char *norm = t->norm + w->norm_at;
        int rc = emit(ctx, 0, norm, w->norm_len, w->start, w->end);
        if (rc == SQLITE_OK && document && w->kind == WORD_IDEOGRAPH) {
            if (w->chars >= 3)
                rc = emit_pieces(emit, ctx, norm, w->norm_len, 2, w->start, w->end);
            bool unsure = (is_single_ideograph(t, i - 1) && t->words[i - 1].end == w->start)
                       || (is_single_ideograph(t, i + 1) && t->words[i + 1].start == w->end);
            if (rc == SQLITE_OK && unsure && w->chars >= 2 && w->chars <= 3)
                rc = emit_pieces(emit, ctx, norm, w->norm_len, 1, w->start, w->end);
        }
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

/* FTS5 parses a MATCH expression, tokenizing every phrase, each time a
 * statement runs, and once per row when it is looked up by rowid: the
 * tokens of the last query phrases are remembered (ICU's dictionary
 * segmentation costs far more than the lookup itself). */
enum { QUERY_MEMO_SLOTS = 64, QUERY_MEMO_MAX_TEXT = 256 };

struct query_memo {
    char text[QUERY_MEMO_MAX_TEXT];
    int len;                    /* -1: empty slot */
    struct fts_text tokens;
};

struct fts_tokenizer {
    struct word_splitter *ws;
    struct query_memo memo[QUERY_MEMO_SLOTS];
    int next_slot;
};

static int tokenizer_create(void *unused, const char **argv, int argc, Fts5Tokenizer **out)
{
    (void)unused; (void)argv;
    if (argc != 0)
        return SQLITE_ERROR;
    struct fts_tokenizer *t = sqlite3_malloc(sizeof *t);
    if (t == NULL)
        return SQLITE_NOMEM;
    memset(t, 0, sizeof *t);
    for (int i = 0; i < QUERY_MEMO_SLOTS; i++)
        t->memo[i].len = -1;
    t->ws = words_open();
    if (t->ws == NULL) {
        sqlite3_free(t);
        return SQLITE_NOMEM;
    }
    *out = (Fts5Tokenizer *)t;
    return SQLITE_OK;
}

static void tokenizer_delete(Fts5Tokenizer *tokenizer)
{
    struct fts_tokenizer *t = (struct fts_tokenizer *)tokenizer;
    for (int i = 0; i < QUERY_MEMO_SLOTS; i++) {
        sqlite3_free(t->memo[i].tokens.words);
        sqlite3_free(t->memo[i].tokens.norm);
    }
    words_close(t->ws);
    sqlite3_free(t);
}

static struct query_memo *memo_find(struct fts_tokenizer *t, const char *text, int len)
{
    for (int i = 0; i < QUERY_MEMO_SLOTS; i++)
        if (t->memo[i].len == len && memcmp(t->memo[i].text, text, (size_t)len) == 0)
            return &t->memo[i];
    return NULL;
}

static int tokenizer_tokenize(Fts5Tokenizer *tokenizer, void *fts_ctx, int flags, const char *text, int len,
                              fts_emit emit)
{
    struct fts_tokenizer *t = (struct fts_tokenizer *)tokenizer;
    bool document = (flags & FTS5_TOKENIZE_DOCUMENT) != 0;
    bool memo = !document && len < QUERY_MEMO_MAX_TEXT;
    struct query_memo *known = memo ? memo_find(t, text, len) : NULL;
    if (known)
        return emit_document(&known->tokens, emit, fts_ctx, false);
    struct fts_text words = { 0 };
    int rc = words_split(t->ws, text, len, collect_fts_word, &words);
    if (rc < 0 || words.failed)
        rc = words.failed ? SQLITE_NOMEM : SQLITE_ERROR;
    else
        rc = emit_document(&words, emit, fts_ctx, document);
    if (rc == SQLITE_OK && memo) {
        struct query_memo *slot = &t->memo[t->next_slot];
        t->next_slot = (t->next_slot + 1) % QUERY_MEMO_SLOTS;
        sqlite3_free(slot->tokens.words);
        sqlite3_free(slot->tokens.norm);
        memcpy(slot->text, text, (size_t)len);
        slot->len = len;
        slot->tokens = words;
        return rc;
    }
    sqlite3_free(words.words);
    sqlite3_free(words.norm);
    return rc;
}

fts5_api *words_fts5_api(sqlite3 *db)
{
    fts5_api *api = NULL;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) == SQLITE_OK) {
        sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
        sqlite3_step(st);
    }
    sqlite3_finalize(st);
    return api;
}

int words_register_tokenizer(sqlite3 *db)
{
    static fts5_tokenizer tokenizer = { tokenizer_create, tokenizer_delete, tokenizer_tokenize };
    fts5_api *api = words_fts5_api(db);
    if (api == NULL || api->iVersion < 2)
        return SQLITE_ERROR;
    return api->xCreateTokenizer(api, "portal_words", NULL, &tokenizer, NULL);
}
