"""Search relevance (issue 11): the queries of tests/search/relevance.tsv,
worded as citizens type them, each with the documents of the demo data that
would satisfy the person asking. At least 90% of the queries must show one
of their acceptable documents among the first three results. The same rules
must hold for every query: a miss is fixed in the engine, never by a case for
that query. The misses are printed as a table (query, the first three results,
what was acceptable); run with -s to see it when the share passes."""

import os
import re
import sys
import unicodedata
from collections import namedtuple

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from harness import ROOT, Portal  # noqa: E402
from search_util import get_patiently, results, search_url  # noqa: E402

JUDGEMENTS = os.path.join(ROOT, "tests", "search", "relevance.tsv")
TARGET = 0.90
TOP = 3
DOCUMENT = re.compile(r"/[a-z0-9]+/(?:(?:catalogue|guides|news)/[1-9][0-9]*|reports/[0-9]{4})")

Judgement = namedtuple("Judgement", "line query acceptable")


def load_judgements():
    judgements = []
    with open(JUDGEMENTS, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            columns = line.split("\t")
            assert len(columns) in (2, 3), f"relevance.tsv line {number}: query TAB acceptable [TAB note]"
            judgements.append(Judgement(number, columns[0], tuple(columns[1].split())))
    return judgements


JUDGED = load_judgements()


@pytest.fixture(scope="module")
def portal():
    """A portal of this module's own, with the demo data (its own search rate budget and log)."""
    p = Portal()
    yield p
    p.close()


def test_the_judgements_are_well_formed():
    assert len(JUDGED) >= 60, "issue 11 asks for at least 60 queries"
    queries = [j.query for j in JUDGED]
    assert len(queries) == len(set(queries)), "a query is listed twice"
    for j in JUDGED:
        assert j.query and j.query == j.query.strip() and len(j.query) <= 100, f"line {j.line}: {j.query!r}"
        assert j.acceptable, f"line {j.line}: no acceptable answer"
        for path in j.acceptable:
            assert DOCUMENT.fullmatch(path), f"line {j.line}: {path} is not the URL path of a document"


def test_every_acceptable_answer_exists(portal):
    """The file cannot rot silently: each listed document answers 200 at its own URL."""
    paths = sorted({path for j in JUDGED for path in j.acceptable})
    missing = [f"{path} -> {status}" for path in paths
               if (status := portal.get(path).status_code) != 200]
    assert not missing, "acceptable answers that do not exist in the demo data:\n" + "\n".join(missing)


def width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def clip(text, columns):
    """TEXT cut to COLUMNS display columns (CJK characters count two)."""
    out = ""
    for c in text:
        if width(out + c) > columns - 1:
            return out + "…"
        out += c
    return out


def page_title(portal, path):
    m = re.search(r"<h1[^>]*>(.*?)</h1>", portal.get(path).text, re.S)
    return re.sub(r"<[^>]+>|\s+", "", m.group(1)) if m else "?"


def miss_table(portal, misses):
    """One block per missed query: the query, the first three results got, the acceptable documents."""
    lines = []
    for j, got in misses:
        lines.append(f"line {j.line:<4} {j.query}")
        if not got:
            lines.append(f"    {'got':<11}   (no result)")
        for rank, (path, title) in enumerate(got, 1):
            label = "got" if rank == 1 else ""
            lines.append(f"    {label:<11}{rank}. {path:<20} {clip(title, 56)}")
        for n, path in enumerate(j.acceptable):
            label = "acceptable" if n == 0 else ""
            lines.append(f"    {label:<11}   {path:<20} {clip(page_title(portal, path), 56)}")
    return "\n".join(lines)


def test_an_acceptable_answer_is_in_the_first_three_for_90_percent_of_queries(portal):
    misses = []
    for j in JUDGED:
        r = get_patiently(portal, search_url(j.query))
        got = results(portal, r.text)[:TOP] if r.status_code == 200 else [(f"HTTP {r.status_code}", "")]
        if not {path for path, _ in got} & set(j.acceptable):
            misses.append((j, got))
    hits = len(JUDGED) - len(misses)
    share = hits / len(JUDGED)
    summary = (f"relevance: {hits} of {len(JUDGED)} queries ({share:.1%}) have an acceptable answer "
               f"in the first {TOP} results; the target is {TARGET:.0%}")
    print("\n" + summary)
    if misses:
        print(f"\n{len(misses)} misses:\n" + miss_table(portal, misses))
    if share < TARGET:
        pytest.fail(summary + " (the misses are printed above)", pytrace=False)
