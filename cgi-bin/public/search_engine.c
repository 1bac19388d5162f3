/* Search engine; see search_engine.h. Queries and documents are split into
 * words by the same ICU splitter (words.h); the index is the FTS5 table
 * search_fts over search_docs (sql/content/006_search_words.sql). */
#include "search_engine.h"

#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "db.h"
#include "log.h"
#include "words.h"

/* Field weights, in the order of search_fts's columns, and how much a long
 * field's hits are discounted for its length (BM25's b): attachments are
 * few and long, so theirs is mild. */
static const double field_weights[] = { 10.0, 6.0, 5.0, 1.0, 0.6 };
static const double length_discount[] = { 0.75, 0.75, 0.75, 0.75, 0.3 };
/* In words: most documents have no attachment, and the average length of
 * a field most leave empty would make every attachment look endless. */
static const double min_average_length[] = { 1, 1, 1, 1, 200 };
enum { FIELD_COUNT = sizeof field_weights / sizeof field_weights[0] };

static const char *const kind_names[SEARCH_KIND_COUNT] = { "entry", "guide", "news", "report", "message" };
enum { KIND_GUIDE = 1, KIND_REPORT = 3 };

/* Words that shape a question but say nothing of what is sought. */
static const char *const question_words[] = {
    "怎么", "怎样", "怎么样", "如何", "什么", "哪些", "哪里", "哪儿", "哪个", "在哪", "在哪里", "吗", "呢",
    "吧", "啊", "呀", "的", "了", "是", "我", "我们", "你", "您", "想", "要", "需要", "能", "能否", "可以",
    "可否", "请问", "请", "有", "有没有", "没有", "多少", "几", "多久", "谁", "去", "到", "在", "和", "与",
    "及", "或", "带", "应该", "一下", "关于", "还", "都", "就", "该", "给", "对", "把", "被", "让", "得",
    "哪", "为什么", "啥", "么", "个", "些", "这", "那", "从", "向", "跟", "时候", "什么时候",
};
/* Of those, the ones that ask how to get something done. */
static const char *const howto_words[] = { "怎么", "怎样", "如何", "需要", "带", "哪里", "在哪", "在哪里", "去" };
/* Words about getting something done: they lift 办事指南 and count a
 * little, but a document without them is not worse for it. */
static const char *const service_words[] = {
    "申请", "办理", "办", "材料", "流程", "条件", "手续", "领取", "领", "指南", "程序", "资料", "所需",
    "怎么办", "要求", "咨询", "办事", "提交", "准备",
};

static bool word_in(const char *word, int len, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if ((int)strlen(list[i]) == len && memcmp(list[i], word, (size_t)len) == 0)
            return true;
    return false;
}
#define WORD_IN(word, len, list) word_in(word, len, list, sizeof list / sizeof list[0])

/* ---- reading the query ---- */

enum { MAX_QUERY_WORDS = 64 };

struct query_word {
    const char *norm;           /* normalised, NUL-terminated */
    int len, joined_at;         /* bytes; offset in the joined string */
    enum word_kind kind;
    int concept;                /* -1 until claimed */
};

struct word_list {
    struct arena *arena;
    struct query_word words[MAX_QUERY_WORDS];
    int count;
    struct buf joined;          /* the normalised words without spaces */
};

static int collect_word(void *ctx, enum word_kind kind, const char *norm, int norm_len, int start, int end)
{
    (void)start; (void)end;
    struct word_list *list = ctx;
    if (list->count == MAX_QUERY_WORDS)
        return 1;
    struct query_word *w = &list->words[list->count++];
    w->norm = arena_strndup(list->arena, norm, (size_t)norm_len);
    w->len = norm_len;
    w->kind = kind;
    w->concept = -1;
    w->joined_at = (int)list->joined.len;
    buf_append(&list->joined, norm, (size_t)norm_len);
    return 0;
}

static struct word_splitter *splitter(void)
{
    static struct word_splitter *ws;
    if (ws == NULL)
        ws = words_open();
    return ws;
}

static void split_into(struct word_list *list, struct arena *arena, const char *text)
{
    list->arena = arena;
    list->count = 0;
    buf_init(&list->joined, arena);
    if (splitter())
        words_split(splitter(), text, (int)strlen(text), collect_word, list);
}

/* TEXT as a phrase of its normalised words ("最低 生活 保障"); NULL if it has none. */
static const char *phrase_of(struct arena *arena, const char *text)
{
    struct word_list list;
    split_into(&list, arena, text);
    if (list.count == 0)
        return NULL;
    struct buf b;
    buf_init(&b, arena);
    for (int i = 0; i < list.count; i++) {
        if (i)
            buf_putc(&b, ' ');
        buf_append(&b, list.words[i].norm, (size_t)list.words[i].len);
    }
    return b.data;
}

static int add_concept(struct search_plan *plan, const char *phrase, bool optional)
{
    if (plan->concept_count == SEARCH_MAX_CONCEPTS || phrase == NULL)
        return -1;
    struct search_concept *c = &plan->concepts[plan->concept_count];
    *c = (struct search_concept){ .alts = { phrase }, .alt_count = 1, .optional = optional };
    return plan->concept_count++;
}

static void add_alt(struct search_concept *c, const char *phrase)
{
    if (phrase == NULL || c->alt_count == (int)(sizeof c->alts / sizeof c->alts[0]))
        return;
    for (int i = 0; i < c->alt_count; i++)
        if (strcmp(c->alts[i], phrase) == 0)
            return;
    c->alts[c->alt_count++] = phrase;
}

/* The words [FIRST, LAST) joined by spaces. */
static const char *span_phrase(struct arena *arena, const struct word_list *q, int first, int last)
{
    struct buf b;
    buf_init(&b, arena);
    for (int i = first; i < last; i++) {
        if (i > first)
            buf_putc(&b, ' ');
        buf_append(&b, q->words[i].norm, (size_t)q->words[i].len);
    }
    return b.data;
}

/* Index of the word starting at joined offset AT, or -1. */
static int word_starting_at(const struct word_list *q, int at)
{
    for (int i = 0; i < q->count; i++)
        if (q->words[i].joined_at == at)
            return i;
    return -1;
}

/* Finds SIDE (normalised, joined) in the query on word boundaries, from
 * joined offset FROM on: the words [*FIRST, *LAST). False when absent. */
static bool find_span(const struct word_list *q, const char *side, int from, int *first, int *last)
{
    const char *joined = q->joined.data;
    size_t side_len = strlen(side);
    if (side_len == 0 || from > (int)q->joined.len)
        return false;
    for (const char *hit = strstr(joined + from, side); hit; hit = strstr(hit + 1, side)) {
        int at = (int)(hit - joined), end_at = at + (int)side_len;
        *first = word_starting_at(q, at);
        *last = *first;
        while (*last >= 0 && *last < q->count && q->words[*last].joined_at < end_at)
            (*last)++;
        if (*first >= 0 && (*last == q->count ? end_at == (int)q->joined.len
                                              : q->words[*last].joined_at == end_at))
            return true;
    }
    return false;
}

/* If SIDE occurs in the query and its words are free or already one
 * concept, claims them for a concept that also searches OTHER. */
static void apply_synonym(struct search_plan *plan, struct arena *arena, struct word_list *q,
                          const char *side, const char *other, struct buf *used)
{
    int first, last;
    for (int from = 0; find_span(q, side, from, &first, &last); from = q->words[first].joined_at + 1) {
        int owner = q->words[first].concept;
        bool free = true;
        for (int i = first; i < last; i++)
            free &= q->words[i].concept == -1 || (owner >= 0 && q->words[i].concept == owner);
        if (!free)
            continue;
        if (owner < 0) {
            owner = add_concept(plan, span_phrase(arena, q, first, last), false);
            if (owner < 0)
                return;
            for (int i = first; i < last; i++)
                q->words[i].concept = owner;
        }
        const char *alt = phrase_of(arena, other);
        add_alt(&plan->concepts[owner], alt);
        if (alt) {
            if (used->len)
                buf_puts(used, "、");
            buf_puts(used, other);
        }
        return;
    }
}

/* Questions whose words the splitter cuts apart (多长时间 as 多 + 长 + 时间). */
static const char *const question_phrases[] = { "多长时间", "多长", "多久", "多少钱", "多少天", "什么时候", "在哪里",
                                                "在哪儿", "哪里办", "怎么弄", "咋办", "咋弄" };

static void drop_question_phrases(struct search_plan *plan, struct word_list *q)
{
    for (size_t p = 0; p < sizeof question_phrases / sizeof question_phrases[0]; p++) {
        int first, last;
        for (int from = 0; find_span(q, question_phrases[p], from, &first, &last);
             from = q->words[first].joined_at + 1) {
            for (int i = first; i < last; i++)
                if (q->words[i].concept == -1)
                    q->words[i].concept = -2;
            plan->howto = true;
        }
    }
}

static void apply_synonyms(sqlite3 *db, struct search_plan *plan, struct arena *arena, struct word_list *q)
{
    struct buf used;
    buf_init(&used, arena);
    /* Longer spans first, so 高龄补贴 is claimed before 补贴 alone could be. */
    sqlite3_stmt *st = db_stmt(db,
        "SELECT term, means FROM search_synonyms ORDER BY max(length(term), length(means)) DESC, id");
    while (sqlite3_step(st) == SQLITE_ROW) {
        const char *term = (const char *)sqlite3_column_text(st, 0);
        const char *means = (const char *)sqlite3_column_text(st, 1);
        /* Split a side into words (ICU: dear) only where the query may hold
         * it; then match on the joined normalised words ("低 保" -> "低保"). */
        struct word_list side;
        if (strcasestr(q->joined.data, term)) {
            split_into(&side, arena, term);
            apply_synonym(plan, arena, q, side.joined.data, means, &used);
        }
        if (strcasestr(q->joined.data, means)) {
            split_into(&side, arena, means);
            apply_synonym(plan, arena, q, side.joined.data, term, &used);
        }
    }
    sqlite3_reset(st);
    plan->synonyms_used = used.len ? used.data : NULL;
}

static bool is_year(const struct query_word *w)
{
    if (w->kind != WORD_NUMBER || w->len != 4)
        return false;
    int year = atoi(w->norm);
    return year >= 1949 && year <= 2099;
}

/* One Chinese character: 3 bytes in the BMP, 4 beyond. */
static bool single_ideograph(const struct query_word *w)
{
    return w->kind == WORD_IDEOGRAPH && (w->len == 3 || (w->len == 4 && (unsigned char)w->norm[0] >= 0xF0));
}

/* Other ways the index may hold a Chinese word of three characters, for
 * where the splitter cuts them differently in a document (清明节 as 清明 +
 * 节; see words.c for the pieces documents keep). Two-character words are
 * not split: their single characters are too common to search cheaply. */
static void add_split_alternatives(struct arena *arena, struct search_concept *c, const struct query_word *w)
{
    int chars[8], n = 0;
    for (int i = 0; i < w->len && n < 8; n++) {
        chars[n] = i;
        unsigned char b = (unsigned char)w->norm[i];
        i += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    }
    if (w->kind != WORD_IDEOGRAPH || n != 3)
        return;
    const char *s = w->norm;
    add_alt(c, arena_printf(arena, "%.*s %s", chars[2], s, s + chars[2]));
    add_alt(c, arena_printf(arena, "%.*s %s", chars[1], s, s + chars[1]));
}

/* Claims the words no synonym took: question words are dropped, a year is
 * noted, 办事 words become optional concepts, every other word its own
 * concept. A run of single characters (a name or term ICU did not know)
 * becomes one concept per neighbouring pair, since one character alone
 * matches nearly anything. */
static void claim_words(struct search_plan *plan, struct arena *arena, struct word_list *q)
{
    for (int i = 0; i < q->count; i++) {
        struct query_word *w = &q->words[i];
        if (WORD_IN(w->norm, w->len, howto_words))
            plan->howto = true;
        if (w->concept != -1)
            continue;
        if (WORD_IN(w->norm, w->len, question_words)) {
            w->concept = -2;
            continue;
        }
        if (strcmp(w->norm, "年") == 0 && i > 0 && is_year(&q->words[i - 1])) {
            w->concept = -2;
            continue;
        }
        if (is_year(w))
            plan->year = atoi(w->norm);
        if (WORD_IN(w->norm, w->len, service_words)) {
            plan->howto = true;
            w->concept = add_concept(plan, w->norm, true);
            continue;
        }
        int last = i + 1;
        if (single_ideograph(w))
            while (last < q->count && q->words[last].concept == -1 && single_ideograph(&q->words[last])
                   && !WORD_IN(q->words[last].norm, q->words[last].len, question_words))
                last++;
        if (last - i == 1) {
            w->concept = add_concept(plan, w->norm, false);
            if (w->concept >= 0)
                add_split_alternatives(arena, &plan->concepts[w->concept], w);
            else
                w->concept = -2;
            continue;
        }
        for (int j = i; j + 1 < last; j++) {
            int concept = add_concept(plan, span_phrase(arena, q, j, j + 2), false);
            q->words[j].concept = concept < 0 ? -2 : concept;
            if (concept >= 0)
                plan->concepts[concept].from_run = true;
        }
        q->words[last - 1].concept = q->words[last - 2].concept;
        i = last - 1;
    }
}

static void append_quoted(struct buf *b, const char *phrase)
{
    buf_putc(b, '"');
    for (const char *p = phrase; *p; p++) {
        if (*p == '"')
            buf_putc(b, '"');
        buf_putc(b, *p);
    }
    buf_putc(b, '"');
}

static void append_phrase(struct search_plan *plan, struct buf *match, struct buf *map, const char *phrase, char code)
{
    if (match->len)
        buf_puts(match, " OR ");
    append_quoted(match, phrase);
    buf_putc(map, code);
    plan->phrases[plan->phrase_count++] = phrase;
}

/* Every core concept, each through any of its alternatives: (a OR a2) AND
 * (b), with its phrases and their map like MATCH's. */
static void all_core_concepts(struct search_plan *plan, struct arena *arena)
{
    struct buf all, map;
    buf_init(&all, arena);
    buf_init(&map, arena);
    for (int k = 0; k < plan->concept_count; k++) {
        const struct search_concept *c = &plan->concepts[k];
        if (c->optional || c->alt_count == 0)
            continue;
        buf_puts(&all, all.len ? " AND (" : "(");
        for (int a = 0; a < c->alt_count && plan->filter_phrase_count < SEARCH_MAX_PHRASES; a++) {
            if (a)
                buf_puts(&all, " OR ");
            append_quoted(&all, c->alts[a]);
            buf_putc(&map, (char)('a' + k));
            plan->filter_phrases[plan->filter_phrase_count++] = c->alts[a];
        }
        buf_putc(&all, ')');
    }
    plan->match_all = all.len ? all.data : NULL;
    plan->filter_map = map.data;
}

/* The FTS5 expression: every alternative of every concept ORed (a document
 * needs only one; ranking rewards the rest), then each pair of neighbouring
 * concepts as one phrase, whose hits earn the phrase bonus. */
static void build_match(struct search_plan *plan, struct arena *arena, const struct word_list *q)
{
    bool any_core = false;
    for (int k = 0; k < plan->concept_count; k++)
        any_core |= !plan->concepts[k].optional;
    /* "办事指南" alone: what is asked is those words; "怎么办" asks nothing. */
    for (int k = 0; !any_core && k < plan->concept_count; k++) {
        struct search_concept *c = &plan->concepts[k];
        c->optional = false;
        if (strlen(c->alts[0]) <= 3)
            c->alt_count = 0;
    }
    struct buf match, map;
    buf_init(&match, arena);
    buf_init(&map, arena);
    for (int k = 0; k < plan->concept_count && (int)map.len < SEARCH_MAX_PHRASES; k++) {
        const struct search_concept *c = &plan->concepts[k];
        for (int a = 0; a < c->alt_count && (int)map.len < SEARCH_MAX_PHRASES; a++) {
            append_phrase(plan, &match, &map, c->alts[a], (char)((c->optional ? 'A' : 'a') + k));
            if (plan->word_count < SEARCH_MAX_PHRASES)
                plan->words[plan->word_count++] = c->alts[a];
        }
    }
    for (int i = 0; i + 1 < q->count && (int)map.len < SEARCH_MAX_PHRASES; i++) {
        int a = q->words[i].concept, b = q->words[i + 1].concept;
        if (a >= 0 && b >= 0 && a != b && !plan->concepts[a].optional && !plan->concepts[b].optional
            && !plan->concepts[a].from_run && !plan->concepts[b].from_run)
            append_phrase(plan, &match, &map,
                          arena_printf(arena, "%s %s", plan->concepts[a].alts[0], plan->concepts[b].alts[0]), '+');
    }
    plan->match = match.len ? match.data : NULL;
    plan->phrase_map = map.data;
    all_core_concepts(plan, arena);
}

void search_plan_build(sqlite3 *db, struct arena *arena, const char *query, struct search_plan *plan)
{
    *plan = (struct search_plan){ 0 };
    struct word_list *q = arena_calloc(arena, 1, sizeof *q);
    split_into(q, arena, query);
    apply_synonyms(db, plan, arena, q);
    drop_question_phrases(plan, q);
    claim_words(plan, arena, q);
    build_match(plan, arena, q);
}

/* ---- ranking inside FTS5 ---- */

/* Per query: each phrase's IDF (given by the caller, which keeps document
 * frequencies between queries) and the fields' average lengths (BM25). */
struct rank_stats {
    int phrase_count;
    double idf[SEARCH_MAX_PHRASES];
    double average_length[FIELD_COUNT];
};

static struct rank_stats *rank_stats(const Fts5ExtensionApi *api, Fts5Context *fts, const char *idf_list)
{
    struct rank_stats *stats = api->xGetAuxdata(fts, 0);
    if (stats)
        return stats;
    stats = sqlite3_malloc(sizeof *stats);
    if (stats == NULL)
        return NULL;
    sqlite3_int64 rows = 0;
    api->xRowCount(fts, &rows);
    if (rows < 1)
        rows = 1;
    stats->phrase_count = api->xPhraseCount(fts);
    if (stats->phrase_count > SEARCH_MAX_PHRASES)
        stats->phrase_count = SEARCH_MAX_PHRASES;
    const char *p = idf_list;
    for (int i = 0; i < stats->phrase_count; i++) {
        char *end;
        double idf = p ? strtod(p, &end) : 1.0;
        stats->idf[i] = idf > 1e-6 ? idf : 1e-6;
        p = p && *end == ',' ? end + 1 : NULL;
    }
    for (int f = 0; f < FIELD_COUNT; f++) {
        sqlite3_int64 total = 0;
        api->xColumnTotalSize(fts, f, &total);
        double average = (double)total / (double)rows;
        stats->average_length[f] = average > min_average_length[f] ? average : min_average_length[f];
    }
    if (api->xSetAuxdata(fts, stats, sqlite3_free) != SQLITE_OK)
        return NULL;
    return stats;
}

/* The fields (bit mask) where the row portal_rank scored last holds the
 * query's words, read by rank_tier right after each step: the row's one
 * call of portal_rank has happened by then. Saves a second full-text query
 * per shown result to tell whether the hits are only in attachments. */
static int last_hit_fields;

/* portal_rank(search_fts, phrase_map, idf_list): BM25 (k1 1.2) per phrase
 * over the weighted fields; a concept scores its best alternative; the sum
 * is scaled by the square of the share of core concepts the document covers. */
static void portal_rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx,
                        int argc, sqlite3_value **argv)
{
    const char *map = argc > 1 ? (const char *)sqlite3_value_text(argv[0]) : NULL;
    struct rank_stats *stats = rank_stats(api, fts, argc > 1 ? (const char *)sqlite3_value_text(argv[1]) : NULL);
    if (stats == NULL || map == NULL) {
        sqlite3_result_error(ctx, "portal_rank: no memory or no phrase map", -1);
        return;
    }
    int tf[SEARCH_MAX_PHRASES][FIELD_COUNT] = { { 0 } };
    int instances = 0;
    api->xInstCount(fts, &instances);
    for (int i = 0; i < instances; i++) {
        int phrase, field, offset;
        if (api->xInst(fts, i, &phrase, &field, &offset) == SQLITE_OK && phrase < stats->phrase_count
            && field < FIELD_COUNT)
            tf[phrase][field]++;
    }
    double field_length[FIELD_COUNT];
    for (int f = 0; f < FIELD_COUNT; f++) {
        int len = 0;
        api->xColumnSize(fts, f, &len);
        field_length[f] = len;
    }
    double concept_score[SEARCH_MAX_CONCEPTS] = { 0 }, bonus = 0;
    bool core[SEARCH_MAX_CONCEPTS] = { false }, seen[SEARCH_MAX_CONCEPTS] = { false };
    size_t map_len = strlen(map);
    last_hit_fields = 0;
    for (int p = 0; p < stats->phrase_count && (size_t)p < map_len; p++) {
        double s = 0;
        for (int f = 0; f < FIELD_COUNT; f++) {
            if (tf[p][f] == 0)
                continue;
            if (map[p] != '.')
                last_hit_fields |= 1 << f;
            double b = length_discount[f];
            double norm = 1.2 * (1 - b + b * field_length[f] / stats->average_length[f]);
            s += field_weights[f] * tf[p][f] * 2.2 / (tf[p][f] + norm);
        }
        s *= stats->idf[p];
        char code = map[p];
        if (code == '.')
            continue;   /* a scope word: which agency or kind, not what was asked */
        if (code == '+') {
            bonus += 0.5 * s;
            continue;
        }
        int k = code >= 'a' ? code - 'a' : code - 'A';
        if (k < 0 || k >= SEARCH_MAX_CONCEPTS)
            continue;
        seen[k] = true;
        core[k] = code >= 'a';
        if (s > concept_score[k])
            concept_score[k] = s;
    }
    double sum = bonus;
    int core_count = 0, covered = 0;
    for (int k = 0; k < SEARCH_MAX_CONCEPTS; k++) {
        if (!seen[k])
            continue;
        sum += core[k] ? concept_score[k] : 0.3 * concept_score[k];
        core_count += core[k];
        covered += core[k] && concept_score[k] > 0;
    }
    double share = core_count ? (double)covered / core_count : 1.0;
    /* Under half of what was asked is not an answer (量子计算机 is not about 计算). */
    if (covered * 2 < core_count)
        sum = 0;
    sqlite3_result_double(ctx, sum * (0.15 + 0.85 * share * share));
}

static bool register_functions(sqlite3 *db)
{
    static sqlite3 *registered;
    if (registered == db)
        return true;
    fts5_api *api = words_fts5_api(db);
    if (api == NULL || api->xCreateFunction(api, "portal_rank", NULL, portal_rank, NULL) != SQLITE_OK) {
        log_event(LOG_ERROR, "search", "cannot register the ranking functions");
        return false;
    }
    registered = db;
    return true;
}

/* ---- ranking helpers ---- */

struct candidate {
    long long doc_id, ref_id;
    double score;
    uint64_t same_key;          /* owner and title: the same document published twice */
    int kind;
    int posted;                 /* yyyymmdd, 0 if unknown */
    int fields;                 /* where the query's words are (search_hit_ref.fields) */
};

static int kind_index(const char *kind)
{
    for (int i = 0; i < SEARCH_KIND_COUNT; i++)
        if (kind && strcmp(kind, kind_names[i]) == 0)
            return i;
    return -1;
}

static uint64_t same_document_key(long long owner, const unsigned char *title)
{
    uint64_t h = 1469598103934665603ULL ^ (uint64_t)owner;   /* FNV-1a */
    for (const unsigned char *p = title; p && *p; p++)
        h = (h ^ *p) * 1099511628211ULL;
    return h;
}

static int by_score(const void *a, const void *b)
{
    const struct candidate *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? 1 : -1;
    /* An annual report over its copy in the catalogue, then the newer; the
     * order never depends on row ids, which a reindex renumbers. */
    if (x->kind != y->kind && (x->kind == KIND_REPORT || y->kind == KIND_REPORT))
        return x->kind == KIND_REPORT ? -1 : 1;
    if (x->posted != y->posted)
        return x->posted < y->posted ? 1 : -1;
    if (x->kind != y->kind)
        return x->kind - y->kind;
    return x->ref_id < y->ref_id ? 1 : x->ref_id > y->ref_id ? -1 : 0;
}

struct deadline { struct timespec at; };

static int past_deadline(void *ctx)
{
    const struct deadline *d = ctx;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec > d->at.tv_sec || (now.tv_sec == d->at.tv_sec && now.tv_nsec >= d->at.tv_nsec);
}

/* "2024-03-01" -> 20240301; 0 for anything else. */
static int day_number(const unsigned char *date)
{
    int y, m, d;
    return date && sscanf((const char *)date, "%4d-%2d-%2d", &y, &m, &d) == 3 ? y * 10000 + m * 100 + d : 0;
}

/* A year named in the query lifts documents of that year (posted, or named in the title). */
static double year_lift(int year, const unsigned char *posted_on, const unsigned char *title)
{
    if (year == 0)
        return 1.0;
    char digits[8];
    snprintf(digits, sizeof digits, "%d", year);
    if ((title && strstr((const char *)title, digits)) || (posted_on && strncmp((const char *)posted_on, digits, 4) == 0))
        return 1.6;
    return 1.0;
}

/* Drops later copies of the same document (same owner and title) from the
 * ranked CANDS in place; returns how many remain. Where one copy is the
 * annual report itself, that one stands at the best copy's place. */
static int drop_copies(struct arena *arena, struct candidate *cands, int count)
{
    size_t slots = 16;
    while (slots < (size_t)count * 2)
        slots *= 2;
    struct { uint64_t key; int kept_at; } *seen = arena_calloc(arena, slots, sizeof *seen);
    int kept = 0;
    for (int i = 0; i < count; i++) {
        uint64_t key = cands[i].same_key | 1;   /* 0 marks a free slot */
        size_t slot = key & (slots - 1);
        while (seen[slot].key && seen[slot].key != key)
            slot = (slot + 1) & (slots - 1);
        if (seen[slot].key) {
            struct candidate *first = &cands[seen[slot].kept_at];
            if (cands[i].kind == KIND_REPORT && first->kind != KIND_REPORT) {
                first->doc_id = cands[i].doc_id;
                first->kind = KIND_REPORT;
            }
            continue;
        }
        seen[slot].key = key;
        seen[slot].kept_at = kept;
        cands[kept++] = cands[i];
    }
    return kept;
}

/* ---- document frequencies, kept between queries ---- */

/* How many documents hold each phrase, for its IDF: counts are kept per
 * process until content changes. */
struct frequency {
    char *phrase;               /* NULL: a free slot */
    long long documents;
};

enum {
    FREQUENCY_SLOTS = 32768,    /* open addressing, kept under 2/3 full */
    FREQUENCY_CACHE_MAX = 20000,
    /* Counting stops here: a phrase in more documents is common, its IDF
     * small either way, and counting all of them would cost as much as the
     * phrase is common. */
    DF_COUNT_CAP = 20000,
    /* A phrase is first counted among the newest eighth of the documents (its
     * rowid range, which FTS5 reads alone); found there at least
     * DF_SAMPLE_ENOUGH times, the whole is estimated from it, eight times
     * cheaper for a common phrase. A rarer one is counted in full, cheaply. */
    DF_SAMPLE_SHARE = 8,
    DF_SAMPLE_ENOUGH = 64,
};

static struct {
    long long version, rows;
    long long first_id, sample_last_id;   /* search_docs ids: the newest first */
    struct frequency slots[FREQUENCY_SLOTS];
    size_t count;
} frequencies;

static void frequencies_reset(long long version)
{
    for (size_t i = 0; frequencies.count && i < FREQUENCY_SLOTS; i++) {
        free(frequencies.slots[i].phrase);
        frequencies.slots[i].phrase = NULL;
    }
    frequencies.count = 0;
    frequencies.version = version;
    frequencies.rows = -1;
}

/* The slot of PHRASE, or the free slot where it would go. */
static struct frequency *frequency_slot(const char *phrase)
{
    uint64_t h = 1469598103934665603ULL;   /* FNV-1a */
    for (const unsigned char *p = (const unsigned char *)phrase; *p; p++)
        h = (h ^ *p) * 1099511628211ULL;
    size_t i = h & (FREQUENCY_SLOTS - 1);
    while (frequencies.slots[i].phrase && strcmp(frequencies.slots[i].phrase, phrase) != 0)
        i = (i + 1) & (FREQUENCY_SLOTS - 1);
    return &frequencies.slots[i];
}

static long long cached_documents(const char *phrase)
{
    const struct frequency *f = frequency_slot(phrase);
    return f->phrase ? f->documents : -1;
}

static void remember_documents(const char *phrase, long long documents)
{
    if (frequencies.count == FREQUENCY_CACHE_MAX)
        frequencies_reset(frequencies.version);
    struct frequency *f = frequency_slot(phrase);
    if (f->phrase == NULL && (f->phrase = strdup(phrase)) != NULL)
        frequencies.count++;
    f->documents = documents;
}

/* How many documents hold the quoted PHRASE, up to CAP: estimated from the
 * newest eighth where it is common there; -1 when interrupted. */
static long long documents_holding(sqlite3 *db, const char *phrase, long long cap)
{
    sqlite3_stmt *st = db_stmt(db,
        "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH ?1 AND rowid <= ?3 LIMIT ?2)");
    sqlite3_bind_text(st, 1, phrase, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, cap);
    bool sampled = frequencies.rows >= DF_SAMPLE_SHARE * DF_SAMPLE_ENOUGH;
    sqlite3_bind_int64(st, 3, sampled ? frequencies.sample_last_id : INT64_MAX);
    long long n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_reset(st);
    if (!sampled || n < 0)
        return n;
    if (n >= DF_SAMPLE_ENOUGH) {
        long long sample_rows = frequencies.sample_last_id - frequencies.first_id + 1;
        long long estimate = (long long)((double)n * (double)frequencies.rows / (double)sample_rows);
        return estimate < cap ? estimate : cap;
    }
    sqlite3_bind_text(st, 1, phrase, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, cap);
    sqlite3_bind_int64(st, 3, INT64_MAX);
    n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_reset(st);
    return n;
}

/* The IDF of each of PHRASES as "1.25,0.4,...", or NULL when the budget ran
 * out while counting. */
static const char *phrase_idfs(sqlite3 *db, struct arena *arena, const char *const *phrases, int phrase_count)
{
    long long version = db_content_version(db);
    if (version != frequencies.version)
        frequencies_reset(version);
    if (frequencies.rows < 0) {
        sqlite3_stmt *st = db_stmt(db, "SELECT count(*) FROM search_fts_docsize");
        frequencies.rows = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
        sqlite3_reset(st);
        if (frequencies.rows < 0)
            return NULL;
        st = db_stmt(db, "SELECT coalesce(min(id), 0), coalesce(max(id), 0) FROM search_docs");
        if (sqlite3_step(st) == SQLITE_ROW) {
            frequencies.first_id = sqlite3_column_int64(st, 0);
            long long span = sqlite3_column_int64(st, 1) - frequencies.first_id + 1;
            frequencies.sample_last_id = frequencies.first_id + span / DF_SAMPLE_SHARE;
        }
        sqlite3_reset(st);
    }
    long long rows = frequencies.rows > 0 ? frequencies.rows : 1, cap = DF_COUNT_CAP;
    struct buf list, quoted;
    buf_init(&list, arena);
    for (int i = 0; i < phrase_count; i++) {
        long long n = cached_documents(phrases[i]);
        if (n < 0) {
            buf_init(&quoted, arena);
            append_quoted(&quoted, phrases[i]);
            n = documents_holding(db, quoted.data, cap);
            if (n < 0)
                return NULL;
            remember_documents(phrases[i], n);
        }
        double idf = log(((double)rows - (double)n + 0.5) / ((double)n + 0.5));
        buf_printf(&list, "%s%.4f", i ? "," : "", idf > 1e-6 ? idf : 1e-6);
    }
    return list.data;
}

/* ---- running a search ---- */

/* Rows are numbered newest first (search_docs.id, sql/content/006), so the
 * newest matches come in rowid order, which FTS5 reads lazily.
 *
 * A search ranks every document matching any of the query while there are
 * at most TIER_CAP. Past that only the newest TIER_CAP of them are ranked,
 * and also the newest TIER_CAP holding all of the query, the likeliest
 * answers. Those are ranked by the query's core words alone (FTS5 evaluates
 * a narrow filter joined to the whole query slowly), so they carry no bonus
 * for 办事 words or neighbouring words: a fair price where thousands match.
 * (A tier of all of the query in the title fields was tried: where titles
 * hold it rarely, FTS5 checks the columns of every other match, up to a
 * second at 100,000 entries.) */
enum { TIER_CAP = 120 };

struct ranking {
    struct arena *arena;
    const struct search_plan *plan;
    struct candidate *cands;
    size_t count, cap;
    long long *seen;            /* open addressing over doc ids; 0 is free */
    size_t seen_slots;
};

static bool first_sight(struct ranking *r, long long id)
{
    if (r->seen_slots < (r->count + 1) * 2) {
        size_t slots = r->seen_slots ? r->seen_slots * 2 : 1024;
        long long *bigger = arena_calloc(r->arena, slots, sizeof *bigger);
        for (size_t i = 0; i < r->seen_slots; i++) {
            if (!r->seen[i])
                continue;
            size_t j = (size_t)r->seen[i] * 2654435761u & (slots - 1);
            while (bigger[j])
                j = (j + 1) & (slots - 1);
            bigger[j] = r->seen[i];
        }
        r->seen = bigger;
        r->seen_slots = slots;
    }
    size_t j = (size_t)id * 2654435761u & (r->seen_slots - 1);
    while (r->seen[j]) {
        if (r->seen[j] == id)
            return false;
        j = (j + 1) & (r->seen_slots - 1);
    }
    r->seen[j] = id;
    return true;
}

/* Ranks the newest TIER_CAP documents matching EXPRESSION, MAP and IDFS
 * describing its phrases. Returns how many matched, TIER_CAP meaning
 * perhaps more, or -1 when interrupted or failed. */
static int rank_tier(sqlite3 *db, struct ranking *r, const char *expression, const char *map, const char *idfs,
                     bool *failed)
{
    sqlite3_stmt *st = db_stmt(db,
        "SELECT search_fts.rowid, portal_rank(search_fts, ?2, ?3), d.kind, d.owner_id, d.title, d.posted_on, "
        "  d.ref_id "
        "FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid "
        "WHERE search_fts MATCH ?1 ORDER BY search_fts.rowid LIMIT ?4");
    /* FTS5 returns rows in rowid order (no sorter), so portal_rank runs once
     * per row as it is stepped to, and last_hit_fields is that row's. */
    sqlite3_bind_text(st, 1, expression, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, map, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, idfs, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 4, TIER_CAP);
    const struct search_plan *plan = r->plan;
    int found = 0, rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        found++;
        long long id = sqlite3_column_int64(st, 0);
        int k = kind_index((const char *)sqlite3_column_text(st, 2));
        double score = sqlite3_column_double(st, 1);
        if (k < 0 || score <= 0 || !first_sight(r, id))
            continue;
        if (plan->howto && k == KIND_GUIDE)
            score *= 1.8;
        score *= year_lift(plan->year, sqlite3_column_text(st, 5), sqlite3_column_text(st, 4));
        r->cands = arena_array_reserve(r->arena, r->cands, r->count, &r->cap, sizeof *r->cands, 256);
        r->cands[r->count++] = (struct candidate){
            .doc_id = id, .ref_id = sqlite3_column_int64(st, 6), .score = score,
            .same_key = same_document_key(sqlite3_column_int64(st, 3), sqlite3_column_text(st, 4)),
            .kind = k, .posted = day_number(sqlite3_column_text(st, 5)), .fields = last_hit_fields };
    }
    if (rc != SQLITE_DONE && rc != SQLITE_INTERRUPT) {
        log_event(LOG_WARN, "search_failed", "%s", sqlite3_errmsg(db));
        *failed = true;
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? found : -1;
}

/* A search of one agency or kind: EXPRESSION AND the scope words (o12,
 * kguide) of search_docs.scope, narrowed inside the index; *MAP and *IDFS
 * get a phrase that counts for nothing per scope word. */
struct scope {
    long long owner;
    const char *kind;
};

static const char *scoped(struct arena *arena, const char *expression, const struct scope *scope,
                          const char **map, const char **idfs)
{
    struct buf b;
    buf_init(&b, arena);
    buf_printf(&b, "(%s)", expression);
    if (scope->owner) {
        buf_printf(&b, " AND scope : \"o%lld\"", scope->owner);
        *map = arena_printf(arena, "%s.", *map);
        *idfs = arena_printf(arena, "%s,0", *idfs);
    }
    if (scope->kind) {
        buf_printf(&b, " AND scope : \"k%s\"", scope->kind);
        *map = arena_printf(arena, "%s.", *map);
        *idfs = arena_printf(arena, "%s,0", *idfs);
    }
    return b.data;
}

/* Ranks PLAN's documents into R: the newest TIER_CAP matching any of the
 * query, and where there are more, also the newest TIER_CAP holding all of
 * it. True when every document matching any of it was ranked. *ALL_RANKED
 * tells whether every document holding all of it was (so none is left to
 * count). */
static bool rank_tiers(sqlite3 *db, struct ranking *r, const char *idfs, const struct scope *scope, bool *failed,
                       bool *all_ranked)
{
    const struct search_plan *plan = r->plan;
    const char *map = plan->phrase_map;
    const char *any = scoped(r->arena, plan->match, scope, &map, &idfs);
    int found = rank_tier(db, r, any, map, idfs, failed);
    *all_ranked = found >= 0 && found < TIER_CAP;
    if (found < TIER_CAP || plan->match_all == NULL)
        return *all_ranked;
    const char *filter_map = plan->filter_map;
    const char *filter_idfs = phrase_idfs(db, r->arena, plan->filter_phrases, plan->filter_phrase_count);
    if (filter_idfs == NULL)
        return false;
    const char *all = scoped(r->arena, plan->match_all, scope, &filter_map, &filter_idfs);
    found = rank_tier(db, r, all, filter_map, filter_idfs, failed);
    *all_ranked = found >= 0 && found < TIER_CAP;
    return false;
}

/* How many documents hold all of the query, counted up to the cap (and
 * never fewer than were ranked). The counts per kind stay those ranked. */
static void count_capped(sqlite3 *db, struct arena *arena, const struct search_plan *plan, long long owner,
                         struct search_outcome *out)
{
    const char *map = "", *idfs = "";
    struct scope scope = { owner, NULL };
    sqlite3_stmt *st = db_stmt(db, "SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH ?1 LIMIT ?2)");
    sqlite3_bind_text(st, 1, scoped(arena, plan->match_all ? plan->match_all : plan->match, &scope, &map, &idfs),
                      -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 2, SEARCH_COUNT_CAP + 1);
    long long total = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    if (total > out->total)
        out->total = total;
}

void search_run(sqlite3 *db, struct arena *arena, const struct search_plan *plan, long long owner,
                int kind, int budget_ms, struct search_outcome *out)
{
    *out = (struct search_outcome){ 0 };
    if (plan->match == NULL)
        return;
    if (!register_functions(db)) {
        out->failed = true;
        return;
    }
    struct deadline deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline.at);
    deadline.at.tv_nsec += (long)budget_ms * 1000000L;
    deadline.at.tv_sec += deadline.at.tv_nsec / 1000000000L;
    deadline.at.tv_nsec %= 1000000000L;
    sqlite3_progress_handler(db, 1000, past_deadline, &deadline);

    const char *idfs = phrase_idfs(db, arena, plan->phrases, plan->phrase_count);
    struct ranking r = { .arena = arena, .plan = plan };
    struct scope every_kind = { owner, NULL }, one_kind = { owner, kind >= 0 ? kind_names[kind] : NULL };
    bool all_ranked = false, all_of_kind_ranked;
    bool complete = idfs && rank_tiers(db, &r, idfs, &every_kind, &out->failed, &all_ranked);
    if (idfs && !complete && kind >= 0)     /* enough of the kind asked for, too */
        rank_tiers(db, &r, idfs, &one_kind, &out->failed, &all_of_kind_ranked);
    out->cut_short = idfs == NULL || past_deadline(&deadline);
    sqlite3_progress_handler(db, 0, NULL, NULL);

    struct candidate *cands = r.cands;
    int count = (int)r.count;
    if (count > 1)
        qsort(cands, (size_t)count, sizeof *cands, by_score);
    count = drop_copies(arena, cands, count);
    out->hits = arena_alloc(arena, ((size_t)count + 1) * sizeof *out->hits);
    for (int i = 0; i < count; i++) {
        out->counts[cands[i].kind]++;
        if (kind < 0 || cands[i].kind == kind)
            out->hits[out->hit_count++] = (struct search_hit_ref){ cands[i].doc_id, cands[i].score, cands[i].kind,
                                                                   cands[i].fields };
    }
    out->total = count;
    if (!complete) {
        out->approximate = true;
        /* Where every document holding all of the query was ranked, they are
         * already among the ones counted: only more than a tier needs counting. */
        if (!out->cut_short && !all_ranked)
            count_capped(db, arena, plan, owner, out);
    }
}

/* ---- marking words in text ---- */

struct text_word {
    const char *norm;
    int norm_len, start, end;
    bool same_bytes;            /* the text holds the normalised form itself */
};

struct mark {
    int start, end;             /* bytes of the text */
    int word;                   /* which of the plan's phrases */
};

struct mark_list {
    struct arena *arena;
    const char *text;
    struct text_word *words;    /* the text's words in order */
    size_t words_cap;
    int word_count;
    struct mark *marks;
    size_t cap;
    int count;
};

static int collect_text_word(void *ctx, enum word_kind kind, const char *norm, int norm_len, int start, int end)
{
    (void)kind;
    struct mark_list *m = ctx;
    m->words = arena_array_reserve(m->arena, m->words, (size_t)m->word_count, &m->words_cap, sizeof *m->words, 64);
    m->words[m->word_count++] = (struct text_word){
        arena_strndup(m->arena, norm, (size_t)norm_len), norm_len, start, end,
        norm_len == end - start && memcmp(norm, m->text + start, (size_t)norm_len) == 0 };
    return 0;
}

static void push_mark(struct mark_list *m, int start, int end, int word)
{
    m->marks = arena_array_reserve(m->arena, m->marks, (size_t)m->count, &m->cap, sizeof *m->marks, 16);
    m->marks[m->count++] = (struct mark){ start, end, word };
}

/* Does PHRASE's word at P (LEN bytes) equal WORD? */
static bool word_is(const char *p, size_t len, const struct text_word *word)
{
    return (int)len == word->norm_len && memcmp(p, word->norm, len) == 0;
}

/* A one-character word of a phrase may be the edge of a text word the
 * splitter cut elsewhere (低保 in 低 + 保金, as the index finds it): the first
 * phrase word the end of a text word, the last one its start. */
static int edge_match(const char *p, size_t len, const struct text_word *word, bool first)
{
    if (len > 4 || (int)len >= word->norm_len || !word->same_bytes)
        return -1;
    if (first)
        return memcmp(word->norm + word->norm_len - len, p, len) == 0 ? word->end - (int)len : -1;
    return memcmp(word->norm, p, len) == 0 ? word->start : -1;
}

/* Marks every place the text holds PHRASE (words separated by spaces) word
 * for word; a one-word phrase of two or more characters is also marked
 * inside a longer word (民政 in 民政局), as the index finds it there. */
static void mark_phrase(struct mark_list *m, const char *phrase, int which)
{
    bool several = strchr(phrase, ' ') != NULL;
    for (int i = 0; i < m->word_count; i++) {
        const char *p = phrase;
        int j = i, first_start = m->words[i].start, last_end = -1;
        while (*p && j < m->word_count) {
            size_t len = strcspn(p, " ");
            bool last = p[len] == '\0';
            int edge;
            if (word_is(p, len, &m->words[j])) {
                last_end = m->words[j].end;
            } else if (several && p == phrase && (edge = edge_match(p, len, &m->words[j], true)) >= 0) {
                first_start = edge;
                last_end = m->words[j].end;
            } else if (several && last && j > i && (edge = edge_match(p, len, &m->words[j], false)) >= 0) {
                last_end = edge + (int)len;
            } else {
                break;
            }
            j++;
            p += len;
            p += strspn(p, " ");
        }
        if (*p == '\0') {
            push_mark(m, first_start, last_end, which);
            continue;
        }
        size_t len = strlen(phrase);
        const struct text_word *w = &m->words[i];
        if (p == phrase && strchr(phrase, ' ') == NULL && len >= 6 && (int)len < w->norm_len && w->same_bytes) {
            const char *inside = memmem(w->norm, (size_t)w->norm_len, phrase, len);
            if (inside)
                push_mark(m, w->start + (int)(inside - w->norm), w->start + (int)(inside - w->norm) + (int)len, which);
        }
    }
}

static int utf8_chars(const char *s, int from, int to)
{
    int n = 0;
    for (int i = from; i < to; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* The byte offset MAX_CHARS characters after FROM (or the end). */
static int chars_after(const char *s, int len, int from, int max_chars)
{
    int i = from, n = 0;
    while (i < len && n <= max_chars) {
        i++;
        while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        n++;
    }
    return i;
}

/* The window of about MAX_CHARS characters with most distinct words marked. */
static void best_window(const struct mark_list *m, int len, int max_chars, int *from, int *to)
{
    int best = -1, best_first = 0;
    for (int i = 0; i < m->count; i++) {
        int limit = chars_after(m->text, len, m->marks[i].start, max_chars * 2 / 3);
        uint64_t words = 0;
        for (int j = i; j < m->count && m->marks[j].end <= limit; j++)
            words |= 1ULL << (m->marks[j].word & 63);
        int n = __builtin_popcountll(words);
        if (n > best) {
            best = n;
            best_first = i;
        }
    }
    int hit = m->count ? m->marks[best_first].start : 0;
    /* Start a few words before the first hit, on a word's start (or at the
     * text's start when that is near). */
    int lead = max_chars / 5, start = hit;
    if (utf8_chars(m->text, 0, hit) <= lead) {
        start = 0;
    } else {
        for (int i = 0; i < m->word_count && m->words[i].start <= hit; i++) {
            if (utf8_chars(m->text, m->words[i].start, hit) <= lead) {
                start = m->words[i].start;
                break;
            }
        }
    }
    int end = chars_after(m->text, len, start, max_chars);
    /* End on a word boundary: after the last word that fits. */
    for (int i = m->word_count - 1; i >= 0 && end < len; i--)
        if (m->words[i].start <= end) {
            end = m->words[i].start;
            break;
        }
    *from = start;
    *to = end > start ? end : len;
}

static int by_start(const void *a, const void *b)
{
    const struct mark *x = a, *y = b;
    return (x->start > y->start) - (x->start < y->start);
}

/* Where the plan's words stand in TEXT, found without splitting it: their
 * characters (without a phrase's spaces) as substrings, at most
 * HITS_PER_WORD places each. Some are inside other words; the splitting
 * that follows, of the slice around them only, decides. */
enum { HITS_PER_WORD = 32 };

struct raw_hit {
    int at, word;
};

static int by_at(const void *a, const void *b)
{
    const struct raw_hit *x = a, *y = b;
    return (x->at > y->at) - (x->at < y->at);
}

/* The byte offset in TEXT (LEN bytes) where the span of WINDOW bytes holding
 * most of PLAN's distinct words starts; 0 when none is there. */
static int densest_at(struct arena *arena, const struct search_plan *plan, const char *text, int len, int window)
{
    struct raw_hit *hits = arena_alloc(arena, sizeof *hits * (size_t)(plan->word_count * HITS_PER_WORD + 1));
    int count = 0;
    for (int w = 0; w < plan->word_count; w++) {
        struct buf joined;
        buf_init(&joined, arena);
        for (const char *p = plan->words[w]; *p; p++)
            if (*p != ' ')
                buf_putc(&joined, *p);
        if (joined.len == 0)
            continue;
        const char *from = text;
        for (int n = 0; n < HITS_PER_WORD && (from = strcasestr(from, joined.data)) != NULL; n++) {
            hits[count++] = (struct raw_hit){ (int)(from - text), w };
            from += joined.len;
        }
    }
    if (count == 0)
        return 0;
    qsort(hits, (size_t)count, sizeof *hits, by_at);
    int best = -1, best_at = 0;
    for (int i = 0; i < count; i++) {
        uint64_t words = 0;
        for (int j = i; j < count && hits[j].at < hits[i].at + window && hits[j].at < len; j++)
            words |= 1ULL << (hits[j].word & 63);
        int n = __builtin_popcountll(words);
        if (n > best) {
            best = n;
            best_at = hits[i].at;
        }
    }
    return best_at;
}

/* A snippet is looked for in a slice of the text around its densest span
 * of the query's words, not in the whole: splitting is the costly part (a
 * body of a thousand characters, or a 1 MB attachment). The slice reaches
 * SLICE_LEAD bytes before that span and SLICE_FACTOR times the snippet's
 * bytes after it, so the words a snippet starts with are split as in the
 * whole. */
enum { SLICE_LEAD = 240, SLICE_FACTOR = 2 };

/* Cuts *TEXT to the slice for a snippet of MAX_CHARS characters; says whether
 * anything was cut before or after it. */
static void snippet_slice(struct arena *arena, const struct search_plan *plan, const char **text,
                          int max_chars, bool *cut_before, bool *cut_after)
{
    int whole = (int)strlen(*text), reach = max_chars * 3 * SLICE_FACTOR;   /* 3 bytes a CJK character */
    if (whole <= SLICE_LEAD + reach)
        return;
    int at = densest_at(arena, plan, *text, whole, max_chars * 3 * 2 / 3);
    int start = at > SLICE_LEAD ? at - SLICE_LEAD : 0;
    while (start > 0 && ((unsigned char)(*text)[start] & 0xC0) == 0x80)
        start--;
    int end = at + reach < whole ? at + reach : whole;
    while (end < whole && ((unsigned char)(*text)[end] & 0xC0) == 0x80)
        end--;
    *cut_before = start > 0;
    *cut_after = end < whole;
    *text = arena_strndup(arena, *text + start, (size_t)(end - start));
}

const char *search_mark(struct arena *arena, const struct search_plan *plan, const char *text, int max_chars)
{
    bool cut_before = false, cut_after = false;
    if (max_chars > 0)
        snippet_slice(arena, plan, &text, max_chars, &cut_before, &cut_after);
    int len = (int)strlen(text);
    struct mark_list m = { .arena = arena, .text = text };
    if (splitter())
        words_split(splitter(), text, len, collect_text_word, &m);
    for (int w = 0; w < plan->word_count; w++)
        mark_phrase(&m, plan->words[w], w);
    if (m.count > 1)
        qsort(m.marks, (size_t)m.count, sizeof *m.marks, by_start);
    int from = 0, to = len;
    if (max_chars > 0)
        best_window(&m, len, max_chars, &from, &to);
    struct buf b;
    buf_init(&b, arena);
    if (from > 0 || cut_before)
        buf_puts(&b, "…");
    int at = from;
    for (int i = 0; i < m.count; i++) {
        if (m.marks[i].start < at || m.marks[i].end > to)
            continue;
        /* Marks that touch become one: 结婚登记, not 结婚|登记. */
        int start = m.marks[i].start, end = m.marks[i].end;
        while (i + 1 < m.count && m.marks[i + 1].start <= end && m.marks[i + 1].end <= to) {
            if (m.marks[i + 1].end > end)
                end = m.marks[i + 1].end;
            i++;
        }
        buf_append(&b, text + at, (size_t)(start - at));
        buf_putc(&b, '\x01');
        buf_append(&b, text + start, (size_t)(end - start));
        buf_putc(&b, '\x02');
        at = end;
    }
    buf_append(&b, text + at, (size_t)(to - at));
    if (to < len || cut_after)
        buf_puts(&b, "…");
    return b.data;
}
