"""One- and two-character searches use the trigram index through the
trigrams that begin with the term (sql/content/004_search_short_queries.sql).
These pin the cases that approach could miss: a term at the very end of a
title or body, a one-character title, ASCII case, and index upkeep on edits."""

import re
from urllib.parse import quote

import pytest

RESULT_LINK = re.compile(r'<h2 class="search-title"><a href="/[a-z0-9]+/catalogue/(\d+)">')


def entry_ids_found(portal, q):
    ids, page = set(), 1
    while True:
        r = portal.get("/search?q=" + quote(q) + f"&kind=entry&page={page}")
        assert r.status_code == 200
        ids |= {int(m) for m in RESULT_LINK.findall(r.text)}
        if 'rel="next"' not in r.text:
            return ids
        page += 1


def add_entry(portal, title, body):
    portal.execute("content", "INSERT INTO entries (title, agency_id, status, published_on, body_md) "
                              "VALUES (?, 1, 'published', '2026-11-01', ?)", (title, body))
    return portal.query("content", "SELECT max(id) FROM entries")[0][0]


@pytest.fixture(scope="module")
def own_portal():
    import harness
    p = harness.Portal()
    yield p
    p.close()


def test_term_at_the_end_of_a_title_or_body_is_found(own_portal):
    at_title_end = add_entry(own_portal, "关于做好冬季救助工作的通知鹤鸣", "正文没有那个词。")
    at_body_end = add_entry(own_portal, "普通标题", "正文最后两个字是鹤鸣")
    assert {at_title_end, at_body_end} <= entry_ids_found(own_portal, "鹤鸣")
    assert {at_title_end, at_body_end} <= entry_ids_found(own_portal, "鸣")


def test_one_character_title_is_found(own_portal):
    single = add_entry(own_portal, "麟", "")
    assert single in entry_ids_found(own_portal, "麟")


def test_ascii_short_terms_ignore_case(own_portal):
    entry = add_entry(own_portal, "关于QX系统上线的说明", "内容")
    assert entry in entry_ids_found(own_portal, "qx")
    assert entry in entry_ids_found(own_portal, "QX")


def test_edits_and_unpublishing_update_short_results(own_portal):
    entry = add_entry(own_portal, "关于犀牛的说明", "内容")
    assert entry in entry_ids_found(own_portal, "犀牛")
    own_portal.execute("content", "UPDATE entries SET title = '关于大象的说明' WHERE id = ?", (entry,))
    assert entry not in entry_ids_found(own_portal, "犀牛")
    assert entry in entry_ids_found(own_portal, "大象")
    own_portal.execute("content", "UPDATE entries SET status = 'draft' WHERE id = ?", (entry,))
    assert entry not in entry_ids_found(own_portal, "大象")


def test_short_results_equal_a_full_scan_for_every_two_character_title_prefix(own_portal):
    rows = own_portal.query("content", "SELECT ref_id, title, body FROM search_docs WHERE kind = 'entry'")
    terms = sorted({t[:2] for _, t, _ in rows if len(t) >= 2})[:25]
    for term in terms:
        expected = {ref for ref, title, body in rows if term in title or term in body}
        assert entry_ids_found(own_portal, term) == expected, term
