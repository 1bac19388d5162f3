"""Bad input to /search (issue 11), beyond what test_search.py (a 101-character
query, a few FTS operators inside words, `kind=secret`, malformed agency codes)
and test_bad_input.py (one invalid UTF-8 query, one NUL inside a query) already
cover: over-long queries of every sort, punctuation only, FTS5 syntax alone and
around a word, invalid UTF-8 of every kind, empty and blank queries, NUL bytes,
absurd page numbers and filters. Whatever the engine, each answers 200 or 400
(never 500) with a Chinese message or a sane page, shows no trace of an SQL or
FTS error, leaves none in the logs, and no handler dies."""

import html
import os
import re
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from harness import Portal  # noqa: E402
from search_util import get_patiently, log_errors_since, log_marks, results, search_url  # noqa: E402

# Text no page may show whatever was asked: an FTS5 or SQLite error, or the page's own "search failed" note.
FAILURE_TEXT = re.compile(r"fts5|syntax error|unterminated string|malformed MATCH|no such column|"
                          r"unrecognized token|sqlite|SQL logic|搜索暂时出错", re.I)
CHINESE_SENTENCE = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff，、：“”（）]{3,}")
LOW = "低保"


@pytest.fixture(scope="module")
def portal():
    """This module's own portal with the demo data: its error log holds only these tests' requests."""
    p = Portal()
    yield p
    p.close()


@pytest.fixture(autouse=True)
def no_sql_error_and_no_crash(portal):
    """After each test: no SQL or FTS error in the logs, the site still answers, no handler was replaced."""
    assert portal.get("/healthz").status_code == 200
    before, marks = sorted(portal.pids("portal.fcgi")), log_marks(portal)
    yield
    assert log_errors_since(portal, marks) == []
    assert portal.get("/healthz").status_code == 200
    assert sorted(portal.pids("portal.fcgi")) == before, "a portal.fcgi worker died and was restarted"


def main_text(page):
    m = re.search(r"<main\b.*?</main>", page, re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", m.group(0) if m else page))


def box_value(page):
    """The search box's value as the visitor sees it (None when the page has no search box)."""
    m = re.search(r'<input\b[^>]*\bname="q"[^>]*>', page)
    if not m:
        return None
    v = re.search(r'\bvalue="([^"]*)"', m.group(0))
    return html.unescape(v.group(1)) if v else ""


def ask(portal, path, allowed=(200, 400)):
    """GET PATH; asserts an allowed status, no error text, and a Chinese message on a 4xx page."""
    r = get_patiently(portal, path)
    assert r.status_code in allowed, (path, r.status_code)
    assert not FAILURE_TEXT.search(r.text), (path, FAILURE_TEXT.search(r.text).group(0))
    if r.status_code >= 400:
        assert CHINESE_SENTENCE.search(main_text(r.text)), (path, "a 4xx page without a Chinese message")
    return r


# ---------------------------------------------------------------- over-long queries

OVER_LONG = {
    "punctuation after a word": LOW + "！" * 99,
    "101 quotes": '"' * 101,
    "operators between words": " OR ".join([LOW] * 30),
    "ASCII letters": "a" * 150,
    "a thousand characters": "婚姻登记" * 250,
    "markup": "<b>" * 40,
}


@pytest.mark.parametrize("case", sorted(OVER_LONG))
def test_an_over_long_query_gets_the_length_message_and_stays_in_the_box(portal, case):
    q = OVER_LONG[case]
    r = ask(portal, search_url(q))
    text = main_text(r.text)
    assert "太长" in text and "100" in text and str(len(q)) in text, "the message says the limit and the length"
    assert results(portal, r.text) == []
    if r.status_code == 200:
        assert box_value(r.text) == q


# ---------------------------------------------------------------- punctuation only

@pytest.mark.parametrize("q", ["！？。，、……", "。", "……", "——", "“”‘’《》【】（）", "!?.,;:'", "~`@#$%&=+|\\/<>[]{}",
                               "、、、", "...", "???"])
def test_a_query_of_punctuation_only_gets_a_sane_page(portal, q):
    r = ask(portal, search_url(q))
    if r.status_code == 200:
        assert box_value(r.text) == q


# ---------------------------------------------------------------- FTS5 syntax

FTS_ALONE = ['"', '""', '"""', "*", "**", "NEAR", "AND", "OR", "NOT", "-", "^", "(", ")", "()", ":", "title:",
             "body:", "{title}:", "NEAR()", "NEAR(a b, 2)", "AND OR NOT", "near", "+", "* * *", "a:b:c", "'", "''"]
FTS_AROUND_A_WORD = ['"' + LOW, LOW + '"', '"' + LOW + ' 标准', LOW + ' " 标准', LOW + "*", "*" + LOW, "(" + LOW,
                     LOW + ")", "^" + LOW, LOW + "^", "title:" + LOW, "body:" + LOW, "{title body}:" + LOW,
                     LOW + " AND", "AND " + LOW, LOW + " OR", "OR " + LOW, "NOT " + LOW, LOW + " NOT", "-" + LOW,
                     LOW + " -标准", LOW + " NEAR/2 标准", "NEAR(" + LOW, LOW + " AND (标准 OR", "low*", LOW + ":",
                     LOW + " + 标准", "标准 AND NOT " + LOW]


@pytest.mark.parametrize("q", FTS_ALONE + FTS_AROUND_A_WORD)
def test_fts_syntax_is_searched_as_text_never_an_error(portal, q):
    r = ask(portal, search_url(q))
    if r.status_code == 200:
        assert box_value(r.text) == q
        for path, _ in results(portal, r.text):
            assert re.fullmatch(r"/[a-z0-9]+/(catalogue|guides|news|reports)/\d+", path), path


def test_syntax_in_one_query_does_not_break_the_next(portal):
    """A worker that met FTS syntax (a prepared statement left unreset, say) still answers the next plain query."""
    for q in FTS_ALONE:
        ask(portal, search_url(q))
        assert results(portal, ask(portal, search_url(LOW), allowed=(200,)).text), q


# ---------------------------------------------------------------- invalid UTF-8

INVALID_UTF8 = {
    "FF FE": "q=%FF%FE",
    "overlong slash, 2 bytes": "q=%C0%AF",
    "overlong slash, 3 bytes": "q=%E0%80%AF",
    "overlong slash, 4 bytes": "q=%F0%80%80%AF",
    "overlong NUL": "q=%C0%80",
    "lone continuation byte": "q=%80",
    "continuation inside a word": "q=%E4%BD%8E%80%E4%BF%9D",
    "truncated at the end": "q=%E4%BD%8E%E4%BF",
    "surrogate": "q=%ED%A0%80",
    "beyond U+10FFFF": "q=%F4%90%80%80",
    "word then FF": "q=%E4%BD%8E%E4%BF%9D%FF",
    "in kind": "q=%E4%BD%8E%E4%BF%9D&kind=%FF%FE",
    "in agency": "q=%E4%BD%8E%E4%BF%9D&agency=%C0%AF",
    "in page": "q=%E4%BD%8E%E4%BF%9D&page=%80",
}


@pytest.mark.parametrize("case", sorted(INVALID_UTF8))
def test_invalid_utf8_gets_a_chinese_400(portal, case):
    ask(portal, "/search?" + INVALID_UTF8[case], allowed=(400,))


# ---------------------------------------------------------------- empty, blank and NUL

@pytest.mark.parametrize("query", ["q=", "q=+", "q=%E3%80%80", "q=%E3%80%80+%E3%80%80", "q=&kind=guide",
                                   "q=%20&agency=mzj", "kind=news", "q"])
def test_an_empty_or_blank_query_shows_the_form_with_hints(portal, query):
    r = ask(portal, "/search?" + query, allowed=(200,))
    assert box_value(r.text).strip() == ""
    assert "搜索提示" in r.text
    assert results(portal, r.text) == [] and "没有找到" not in r.text


@pytest.mark.parametrize("query", ["q=%09", "q=%0A", "q=%0D%0A", "q=%09%0A%E3%80%80"])
def test_a_query_of_control_whitespace_is_refused_or_shown_as_blank(portal, query):
    r = ask(portal, "/search?" + query)
    if r.status_code == 200:
        assert results(portal, r.text) == []


@pytest.mark.parametrize("query", ["q=%00", "q=%00%E4%BD%8E%E4%BF%9D", "q=%E4%BD%8E%E4%BF%9D%00",
                                   "q=%E4%BD%8E%E4%BF%9D&kind=guide%00", "q=%E4%BD%8E%E4%BF%9D&agency=mzj%00",
                                   "q=%E4%BD%8E%E4%BF%9D&page=1%00"])
def test_a_nul_byte_anywhere_is_refused_with_a_chinese_400(portal, query):
    ask(portal, "/search?" + query, allowed=(400,))


# ---------------------------------------------------------------- pages and filters

@pytest.mark.parametrize("page", ["999999", "2147483648", "9223372036854775808", "99999999999999999999", "-1", "0",
                                  "abc", "1e9", "", "0x10", "+2", " 2", "1.5"])
def test_an_absurd_page_number_gets_a_sane_page(portal, page):
    r = ask(portal, search_url(LOW, page=page), allowed=(200, 400, 404))
    if r.status_code == 200:
        assert box_value(r.text) == LOW


@pytest.mark.parametrize("kind", ["entry' OR 1=1--", "x" * 300, "ENTRY", "guide,news", "", "%", "*"])
def test_an_unknown_kind_is_ignored_or_refused(portal, kind):
    ask(portal, search_url(LOW, kind=kind))


@pytest.mark.parametrize("agency", ["' OR 1=1", "x" * 300, "../mzj", "mzj ", "0", "mzj;x", "%", "mzj\u3000"])
def test_an_unknown_agency_is_refused_with_a_chinese_message(portal, agency):
    ask(portal, search_url(LOW, agency=agency), allowed=(400, 404))


@pytest.mark.parametrize("query", ["q=a&q=b", "q=%E4%BD%8E%E4%BF%9D&q=", "q[]=x", "q=%E4%BD%8E%E4%BF%9D&page=1&page=2",
                                   "q=%E4%BD%8E%E4%BF%9D&kind=guide&kind=news", "=x", "&&&q=%E4%BD%8E%E4%BF%9D",
                                   "q=%25%25%25", "q=%E4%BD%8E%E4%BF%9D%25"])
def test_repeated_and_malformed_parameters_are_answered_sanely(portal, query):
    ask(portal, "/search?" + query)

