"""Search upkeep: synonyms edited by the platform administrator at
/admin/search and applied to the next query, 热门搜索 counted by
`portalctl search-stats` from the query log (queries and days only), and
`portalctl reindex` rebuilding the index without changing any result."""

import os
import re
from urllib.parse import quote

import pytest

from harness import Portal
from staff_login import make_staff, signed_in

RESULT = re.compile(r'<h2 class="search-title"><a href="([^"]+)">')


@pytest.fixture(scope="module")
def sp():
    p = Portal()
    make_staff(p, "mzj_editor", "editor@mzj")
    yield p
    p.close()


def results(portal, q):
    r = portal.get("/search?q=" + quote(q))
    assert r.status_code == 200
    return RESULT.findall(r.text), r.text


def test_a_synonym_added_by_the_administrator_applies_to_the_next_search(sp):
    admin = signed_in(sp, "admin", sp.admin_password)
    before, _ = results(sp, "老人补贴")
    r = admin.post(sp.url("/admin/search/synonyms"), data={"term": "老人补贴", "means": "高龄津贴",
                                                         "csrf_token": admin.token}, allow_redirects=False)
    assert r.status_code == 303
    page = admin.get(sp.url("/admin/search?done=added")).text
    assert "已添加" in page and "<td>老人补贴</td><td>高龄津贴</td>" in page
    after, text = results(sp, "老人补贴")
    assert "同时搜索了：高龄津贴" in text
    assert "/mzj/guides/11" in after[:3] and "/mzj/guides/11" not in before[:3]
    audit = sp.query("private", "SELECT action, summary FROM audit_log WHERE action LIKE 'search.%'")
    assert ("search.synonym_add", "老人补贴 = 高龄津贴") in audit
    synonym_id = sp.query("content", "SELECT id FROM search_synonyms WHERE term = '老人补贴'")[0][0]
    r = admin.post(sp.url(f"/admin/search/synonyms/{synonym_id}"), data={"csrf_token": admin.token},
                   allow_redirects=False)
    assert r.status_code == 303
    _, text = results(sp, "老人补贴")
    assert "高龄津贴" not in text.split('class="search-summary"')[-1].split("</p>")[0]


@pytest.mark.parametrize("term, means, message", [
    ("", "高龄津贴", "必填"), ("低保", "", "必填"), ("低保", "低保", "与简称相同"),
    ("低保", "最低生活保障", "已经有了"), ("最低生活保障", "低保", "已经有了"), ("长" * 31, "高龄津贴", "30"),
])
def test_a_bad_synonym_is_refused_next_to_its_field_with_the_input_kept(sp, term, means, message):
    admin = signed_in(sp, "admin", sp.admin_password)
    count = sp.query("content", "SELECT count(*) FROM search_synonyms")[0][0]
    r = admin.post(sp.url("/admin/search/synonyms"), data={"term": term, "means": means, "csrf_token": admin.token},
                   allow_redirects=False)
    assert r.status_code == 200
    assert message in r.text and "field-error" in r.text
    assert f'value="{means}"' in r.text and f'value="{term}"' in r.text
    assert sp.query("content", "SELECT count(*) FROM search_synonyms")[0][0] == count


def test_synonyms_are_the_administrators_alone(sp):
    editor = signed_in(sp, "mzj_editor")
    assert editor.get(sp.url("/admin/search")).status_code == 403
    r = editor.post(sp.url("/admin/search/synonyms"), data={"term": "甲", "means": "乙", "csrf_token": editor.token},
                    allow_redirects=False)
    assert r.status_code == 403
    assert sp.query("content", "SELECT count(*) FROM search_synonyms WHERE term = '甲'")[0][0] == 0


def test_popular_searches_come_from_counts_of_queries_only(sp):
    for q in ["殡葬", "殡葬", "殡葬", "婚姻登记", "13912345678", "someone@example.com"]:
        results(sp, q)
    log = os.path.join(sp.state, "log", "search-queries.log")
    with open(log, encoding="utf-8") as f:
        lines = f.read().splitlines()
    # The log holds the day and the query: no address, no time of day, no cookie.
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}\t[^\t]+", line) for line in lines)
    assert not any("127.0.0.1" in line for line in lines)
    r = sp.portalctl("search-stats")
    assert r.returncode == 0, r.stderr
    assert not os.path.exists(log)
    counts = dict(sp.query("content", "SELECT query, sum(count) FROM search_query_counts GROUP BY query"))
    assert counts["殡葬"] >= 3 and counts["婚姻登记"] >= 1
    assert "13912345678" not in counts and "someone@example.com" not in counts
    page = sp.get("/search").text
    assert "热门搜索" in page and f'href="/search?q={quote("殡葬")}"' in page
    assert "婚姻登记</a>" not in page.split("热门搜索")[-1]   # fewer than three searches
    assert sp.portalctl("search-stats").returncode == 0    # nothing new: still fine


def test_reindex_rebuilds_the_index_without_changing_results(sp):
    queries = ["低保怎么申请", "结婚登记需要什么材料", "2024年决算", "殡葬", "宁国市民政局"]
    before = [results(sp, q)[0] for q in queries]
    r = sp.portalctl("reindex")
    assert r.returncode == 0 and "rebuilt" in r.stdout, r.stdout + r.stderr
    sp.execute("content", "UPDATE content_version SET version = version + 1")   # past the render cache
    assert [results(sp, q)[0] for q in queries] == before
    triggers = {n for (n,) in sp.query("content", "SELECT name FROM sqlite_schema WHERE type = 'trigger' "
                                                  "AND name LIKE 'search_docs_a%'")}
    assert triggers == {"search_docs_ai", "search_docs_ad", "search_docs_au"}
