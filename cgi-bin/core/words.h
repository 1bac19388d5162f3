/* Words of Chinese (and any other) text for search: ICU's word break
 * iterator finds the words (a dictionary for Chinese, Unicode rules for the
 * rest), each normalised (NFKC with case folding, so ２０２４ is 2024 and
 * ABC is abc). The same splitter indexes documents (as the SQLite FTS5
 * tokenizer "portal_words") and reads queries, so both see the same words. */
#ifndef PORTAL_WORDS_H
#define PORTAL_WORDS_H

#include <sqlite3.h>
#include <stdbool.h>

enum word_kind { WORD_NUMBER, WORD_LETTER, WORD_IDEOGRAPH };

/* Called for each word: NORM (NORM_LEN bytes, not terminated) is the
 * normalised word, START and END its byte offsets in the text. Return 0 to
 * go on, anything else to stop (returned by words_split). */
typedef int (*word_fn)(void *ctx, enum word_kind kind, const char *norm, int norm_len,
                       int start, int end);

struct word_splitter;

/* NULL if ICU cannot open a break iterator (logged). */
struct word_splitter *words_open(void);
void words_close(struct word_splitter *ws);
/* Splits TEXT (LEN bytes of UTF-8; invalid bytes are skipped). Returns 0, the
 * callback's non-zero result, or -1 on an ICU error. */
int words_split(struct word_splitter *ws, const char *text, int len, word_fn fn, void *ctx);

/* DB's FTS5 API (to register tokenizers and ranking functions), or NULL. */
fts5_api *words_fts5_api(sqlite3 *db);

/* Registers the FTS5 tokenizer "portal_words" on DB. SQLITE_OK or an error. */
int words_register_tokenizer(sqlite3 *db);

#endif
