/* The search engine behind /search: what a query means (words, synonyms,
 * question words, a year, a wish to get something done), which documents
 * answer it best (BM25 over fields, a bonus for covering more of the query
 * and for its words side by side, one result per document), within a time
 * budget, and the snippets that show why. The same rules for every query. */
#ifndef PORTAL_SEARCH_ENGINE_H
#define PORTAL_SEARCH_ENGINE_H

#include <sqlite3.h>
#include <stdbool.h>

struct arena;

enum {
    SEARCH_MAX_CONCEPTS = 16,
    SEARCH_MAX_PHRASES = 48,
    SEARCH_KIND_COUNT = 5,      /* entry, guide, news, report, message (互动交流, issue 12) */
    SEARCH_COUNT_CAP = 1000,    /* more hits are shown as "1,000+" */
};

/* What the query asks for: each concept is one thing the person wants (a
 * word, or a span a synonym rule matched), found through any of its
 * alternatives (phrases of normalised words, space-separated). */
struct search_concept {
    const char *alts[8];
    int alt_count;
    bool optional;      /* a 办事 word (申请, 材料 ...): helps, but its absence costs nothing */
    bool from_run;      /* two neighbours of a run of single characters (宁 国 of 宁国市) */
};

struct search_plan {
    struct search_concept concepts[SEARCH_MAX_CONCEPTS];
    int concept_count;
    const char *match;          /* FTS5 expression; NULL when the query holds nothing to find */
    const char *phrase_map;     /* per phrase of MATCH: 'a'+k core concept k, 'A'+k optional, '+' bonus */
    const char *phrases[SEARCH_MAX_PHRASES];   /* MATCH's phrases, in order */
    int phrase_count;
    const char *match_all;      /* every core concept: the documents that answer all of it */
    const char *filter_map;     /* MATCH_ALL's phrase map and phrases */
    const char *filter_phrases[SEARCH_MAX_PHRASES];
    int filter_phrase_count;
    int year;                   /* a year named in the query, or 0 */
    bool howto;                 /* asks how to get something done: lifts 办事指南 */
    const char *words[SEARCH_MAX_PHRASES];  /* normalised words to highlight */
    int word_count;
    const char *synonyms_used;  /* "最低生活保障、低保对象" or NULL */
};

/* Reads QUERY (valid UTF-8, at most 100 characters) with the synonyms in DB. */
void search_plan_build(sqlite3 *db, struct arena *arena, const char *query, struct search_plan *plan);

struct search_hit_ref {
    long long doc_id;
    double score;
    int kind;                   /* index into the kinds: entry, guide, news, report */
    int fields;                 /* where the query's words are: 1 title, 2 文号, 4 keywords, 8 body, 16 attachments */
};

struct search_outcome {
    struct search_hit_ref *hits;    /* ranked, one per document, of the kind asked for */
    int hit_count;
    long long counts[SEARCH_KIND_COUNT];
    long long total;                /* of every kind */
    bool cut_short;                 /* the time budget ran out: the best found so far */
    bool approximate;               /* too many to rank them all: the best of the likeliest */
    bool failed;                    /* a database error (logged) */
};

/* Ranks the documents answering PLAN (of agency OWNER, 0 for all), keeping
 * those of kind KIND (-1 for all) in OUT. Stops looking after BUDGET_MS. */
void search_run(sqlite3 *db, struct arena *arena, const struct search_plan *plan, long long owner,
                int kind, int budget_ms, struct search_outcome *out);

/* TEXT (plain, not Markdown) with PLAN's words marked \x01..\x02: whole
 * words, the text's own spacing. With MAX_CHARS > 0, only the window of about
 * that many characters holding most of the words, with … where cut. */
const char *search_mark(struct arena *arena, const struct search_plan *plan, const char *text, int max_chars);

#endif
