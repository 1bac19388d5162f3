"""The public catalogue across agencies (/catalogue), one agency's
(/{code}/catalogue) and its entries (/{code}/catalogue/{id}): newest first,
filters that combine, honest facet counts, page numbers, 404/400 for bad
input, metadata, safe Markdown bodies, attachments, revision history and the
废止/失效 warnings. content.db is the oracle."""

import html
import os
import re
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from harness import Portal  # noqa: E402
from http_util import assert_tidy_clean  # noqa: E402

PUBLISHED = "SELECT count(*) FROM entries WHERE status = 'published'"
NEWEST_FIRST = ("SELECT id FROM entries WHERE status = 'published' "
                "ORDER BY published_on DESC, id DESC")


def listed_ids(page_html):
    """Entry ids of the result table, in the order shown."""
    table = page_html.split('class="catalogue-table"', 1)[1].split("</table>", 1)[0]
    return [int(i) for i in re.findall(r'<a href="/[a-z0-9]+/catalogue/(\d+)">', table)]


def total_shown(page_html):
    m = re.search(r"共 <strong>(\d+)</strong> 条", page_html)
    assert m, "the total count is not shown"
    return int(m.group(1))


def facet_counts(page_html, name):
    """{value: count} from the <select name=NAME> options of the filter form
    (values are ints, except the agency facet's codes)."""
    select = re.search(r'<select id="filter-%s" name="%s">(.*?)</select>' % (name, name),
                       page_html, re.S).group(1)
    pairs = re.findall(r'<option value="([a-z0-9]+)"[^>]*>[^<]*（(\d+)）</option>', select)
    return {(v if name == "agency" else int(v)): int(c) for v, c in pairs}


def main_text(page_html):
    return html.unescape(page_html.split('<main', 1)[1].split("</main>", 1)[0])


# ------------------------------------------------------------------ the list

def test_total_count_equals_published_entries(portal):
    r = portal.get("/catalogue")
    assert r.status_code == 200
    assert total_shown(r.text) == portal.query("content", PUBLISHED)[0][0]


def test_first_page_shows_newest_twenty_in_order(portal):
    expected = [i for (i,) in portal.query("content", NEWEST_FIRST + " LIMIT 20")]
    assert listed_ids(portal.get("/catalogue").text) == expected


def test_page_two_continues_with_next_twenty_without_overlap(portal):
    expected = [i for (i,) in portal.query("content", NEWEST_FIRST + " LIMIT 20 OFFSET 20")]
    first = listed_ids(portal.get("/catalogue").text)
    second = listed_ids(portal.get("/catalogue?page=2").text)
    assert second == expected
    assert not set(first) & set(second)


def test_page_numbers_link_every_page_and_mark_the_current_one(portal):
    total = portal.query("content", PUBLISHED)[0][0]
    pages = (total + 19) // 20
    page_html = portal.get("/catalogue?page=2").text
    nav = page_html.split('class="pagination"', 1)[1].split("</nav>", 1)[0]
    assert '<span aria-current="page">2</span>' in nav
    assert 'href="/catalogue?page=%d"' % pages in nav
    assert 'href="/catalogue"' in nav       # page 1 is the plain list
    assert f"共 {pages} 页" in nav


def test_rows_show_doc_number_and_publication_date(portal):
    entry_id, doc_no, published_on = portal.query(
        "content", "SELECT id, doc_no, published_on FROM entries WHERE status = 'published' "
                   "AND doc_no <> '' ORDER BY published_on DESC, id DESC LIMIT 1")[0]
    page_html = portal.get("/catalogue").text
    row = re.search(r'<tr>\s*<td><a href="/mzj/catalogue/%d">.*?</tr>' % entry_id, page_html, re.S).group(0)
    assert html.escape(doc_no, quote=False) in row
    assert f'<time datetime="{published_on}">{published_on}</time>' in row


@pytest.mark.parametrize("query, status", [
    ("page=99", 404), ("page=0", 404), ("page=-1", 404), ("page=abc", 400),
    ("topic=abc", 400), ("genre=1.5", 400), ("agency=MZJ", 400), ("agency=1x", 400), ("year=20x3", 400),
    ("art20=0", 400), ("art20=16", 400), ("art20=x", 400),
    ("topic=9999", 404), ("topic=21", 404), ("genre=1", 404), ("agency=nosuch", 404), ("agency=999", 404),
])
def test_bad_filter_values_are_refused_politely(portal, query, status):
    r = portal.get("/catalogue?" + query)
    assert r.status_code == status
    assert "<h1" in r.text and ("请求有误" in r.text or "页面不存在" in r.text)
    if status == 400:
        assert "无效" in r.text        # the message names the problem in Chinese


def test_empty_values_from_the_form_mean_no_filter(portal):
    page_html = portal.get("/catalogue?topic=&genre=&year=&agency=&art20=").text
    assert total_shown(page_html) == portal.query("content", PUBLISHED)[0][0]


def test_topic_filter_lists_exactly_the_sql_result(portal):
    expected = [i for (i,) in portal.query(
        "content", "SELECT id FROM entries WHERE status = 'published' AND topic_id = 2 "
                   "ORDER BY published_on DESC, id DESC")]
    page_html = portal.get("/catalogue?topic=2").text
    assert listed_ids(page_html) == expected
    assert total_shown(page_html) == len(expected)


@pytest.mark.parametrize("query, where, params", [
    ("topic=2&year=2024", "topic_id = ? AND substr(published_on, 1, 4) = ?", (2, "2024")),
    ("genre=24&agency=mzj", "genre_id = ? AND owner_id = ?", (24, 1)),
    ("topic=13&genre=22&year=2025&agency=zf",
     "topic_id = ? AND genre_id = ? AND substr(published_on, 1, 4) = ? AND owner_id = ?",
     (13, 22, "2025", 100)),
    ("art20=7", "art20 = ?", (7,)),
    ("art20=7&agency=czj", "art20 = ? AND owner_id = ?", (7, 300)),
    ("year=1999", "substr(published_on, 1, 4) = ?", ("1999",)),
])
def test_combined_filters_list_exactly_the_sql_result(portal, query, where, params):
    expected = [i for (i,) in portal.query(
        "content", "SELECT id FROM entries WHERE status = 'published' AND " + where +
                   " ORDER BY published_on DESC, id DESC", params)]
    page_html = portal.get("/catalogue?" + query).text
    assert total_shown(page_html) == len(expected)
    if expected:
        assert listed_ids(page_html) == expected[:20]
    else:
        assert "没有符合条件的政府信息" in page_html


def test_facet_counts_are_computed_under_the_other_filters(portal):
    page_html = portal.get("/catalogue?year=2025&genre=22").text
    topics = dict(portal.query(
        "content", "SELECT c.id, (SELECT count(*) FROM entries e WHERE e.topic_id = c.id AND "
                   "e.status = 'published' AND substr(e.published_on, 1, 4) = '2025' AND e.genre_id = 22) "
                   "FROM categories c WHERE c.scheme = 'topic'"))
    genres = dict(portal.query(
        "content", "SELECT c.id, (SELECT count(*) FROM entries e WHERE e.genre_id = c.id AND "
                   "e.status = 'published' AND substr(e.published_on, 1, 4) = '2025') "
                   "FROM categories c WHERE c.scheme = 'genre'"))
    years = dict(portal.query(
        "content", "SELECT CAST(substr(published_on, 1, 4) AS INTEGER), count(*) FROM entries "
                   "WHERE status = 'published' AND genre_id = 22 GROUP BY 1"))
    agencies = dict(portal.query(
        "content", "SELECT a.code, (SELECT count(*) FROM entries e WHERE e.owner_id = a.id AND "
                   "e.status = 'published' AND substr(e.published_on, 1, 4) = '2025' AND e.genre_id = 22) "
                   "FROM agencies a WHERE a.parent_id IS NULL"))
    items = dict(portal.query(
        "content", "SELECT art20, count(*) FROM entries WHERE status = 'published' AND genre_id = 22 "
                   "AND substr(published_on, 1, 4) = '2025' AND art20 IS NOT NULL GROUP BY art20"))
    assert facet_counts(page_html, "topic") == topics
    assert facet_counts(page_html, "genre") == genres
    assert {y: c for y, c in facet_counts(page_html, "year").items() if c} == years
    assert facet_counts(page_html, "agency") == agencies
    art20 = facet_counts(page_html, "art20")
    assert sorted(art20) == list(range(1, 16))
    assert {n: c for n, c in art20.items() if c} == items


def test_facet_links_add_a_filter_and_keep_the_others(portal):
    page_html = portal.get("/catalogue?year=2025").text
    aside = page_html.split('class="catalogue-facets"', 1)[1]
    assert 'href="/catalogue?topic=2&amp;year=2025"' in aside
    name = portal.query("content", "SELECT name FROM categories WHERE id = 2")[0][0]
    assert f'<a href="/catalogue?topic=2&amp;year=2025">{name}</a>' in aside


def test_each_active_filter_has_a_link_that_removes_only_it(portal):
    page_html = portal.get("/catalogue?topic=2&year=2024").text
    active = page_html.split('class="active-filters"', 1)[1].split("</div>", 1)[0]
    assert "主题分类：社会救助" in active and "发布年份：2024年" in active
    assert '<a href="/catalogue?year=2024" aria-label="移除筛选条件：主题分类 社会救助">移除</a>' in active
    assert '<a href="/catalogue?topic=2" aria-label="移除筛选条件：发布年份 2024年">移除</a>' in active
    assert 'href="/catalogue">清除全部条件</a>' in page_html


def test_filter_form_is_a_get_form_with_labelled_selects(portal):
    page_html = portal.get("/catalogue?genre=22").text
    form = page_html.split('<form class="catalogue-filter', 1)[1].split("</form>", 1)[0]
    assert 'method="get" action="/catalogue"' in form
    for name, label in [("topic", "主题分类"), ("genre", "体裁分类"), ("year", "发布年份"), ("agency", "机构"),
                        ("art20", "法定公开内容")]:
        assert f'<label for="filter-{name}">{label}</label>' in form
        assert f'<select id="filter-{name}" name="{name}">' in form
    assert '<option value="22" selected>' in form
    assert '<button type="submit">筛选</button>' in form


def test_repealed_and_expired_entries_carry_a_visible_badge_in_the_list(portal):
    rows = portal.query("content", "SELECT id, validity FROM entries WHERE status = 'published' "
                                   "AND validity <> 'valid' AND published_on LIKE '2012%'")
    assert rows, "demo data has repealed/expired entries in 2012"
    page_html = portal.get("/catalogue?year=2012").text
    for entry_id, validity in rows:
        row = re.search(r'<a href="/mzj/catalogue/%d">.*?</tr>' % entry_id, page_html, re.S).group(0)
        badge = "已废止" if validity == "repealed" else "已失效"
        assert f'<span class="status-badge status-{validity}">{badge}</span>' in row


def test_catalogue_pages_pass_tidy(portal):
    for path in ["/catalogue", "/catalogue?page=3", "/catalogue?topic=2&year=2024", "/catalogue?year=1999",
                 "/catalogue?agency=rsj&art20=6", "/mzj/catalogue", "/mzj/catalogue?unit=2&art20=1"]:
        r = portal.get(path)
        assert r.status_code == 200
        assert_tidy_clean(r.content)


# ------------------------------------------------------------------ one agency's catalogue

MZJ_PUBLISHED = "SELECT count(*) FROM entries WHERE status = 'published' AND owner_id = 1"


def test_agency_catalogue_lists_exactly_its_own_entries(portal):
    expected = [i for (i,) in portal.query(
        "content", "SELECT id FROM entries WHERE status = 'published' AND owner_id = 300 "
                   "ORDER BY published_on DESC, id DESC")]
    page_html = portal.get("/czj/catalogue").text
    assert total_shown(page_html) == len(expected)
    assert listed_ids(page_html) == expected
    assert 'action="/czj/catalogue"' in page_html
    assert 'id="filter-agency"' not in page_html     # the agency is the path


def test_agency_catalogue_pages_and_filters_stay_in_the_agency(portal):
    expected = [i for (i,) in portal.query(
        "content", "SELECT id FROM entries WHERE status = 'published' AND owner_id = 1 "
                   "ORDER BY published_on DESC, id DESC LIMIT 20 OFFSET 20")]
    page_html = portal.get("/mzj/catalogue?page=2").text
    assert listed_ids(page_html) == expected
    assert total_shown(page_html) == portal.query("content", MZJ_PUBLISHED)[0][0]
    nav = page_html.split('class="pagination"', 1)[1].split("</nav>", 1)[0]
    assert 'href="/mzj/catalogue"' in nav
    aside = page_html.split('class="catalogue-facets"', 1)[1]
    assert 'href="/mzj/catalogue?topic=2"' in aside


def test_agency_catalogue_unit_facet_counts_its_offices_and_units(portal):
    page_html = portal.get("/mzj/catalogue?year=2025").text
    units = dict(portal.query(
        "content", "SELECT a.id, (SELECT count(*) FROM entries e WHERE e.agency_id = a.id AND "
                   "e.status = 'published' AND substr(e.published_on, 1, 4) = '2025') "
                   "FROM agencies a WHERE coalesce(a.parent_id, a.id) = 1"))
    assert facet_counts(page_html, "unit") == units
    unit = max(units, key=units.get)
    expected = [i for (i,) in portal.query(
        "content", "SELECT id FROM entries WHERE status = 'published' AND agency_id = ? "
                   "ORDER BY published_on DESC, id DESC", (unit,))]
    assert listed_ids(portal.get(f"/mzj/catalogue?unit={unit}").text) == expected[:20]


@pytest.mark.parametrize("query, status", [("unit=abc", 400), ("unit=201", 404), ("unit=9999", 404),
                                           ("art20=99", 400), ("page=0", 404)])
def test_agency_catalogue_refuses_units_of_other_agencies_and_bad_values(portal, query, status):
    assert portal.get("/mzj/catalogue?" + query).status_code == status


def test_art20_list_names_the_item_and_leads_back_to_the_fifteen(portal):
    page_html = portal.get("/mzj/catalogue?art20=7").text
    assert "《条例》第二十条（七）：财政预算、决算信息" in main_text(page_html)
    assert 'href="/mzj/statutory"' in page_html
    expected = [i for (i,) in portal.query(
        "content", "SELECT id FROM entries WHERE status = 'published' AND owner_id = 1 AND art20 = 7 "
                   "ORDER BY published_on DESC, id DESC")]
    assert expected and listed_ids(page_html) == expected


def test_platform_list_names_each_entry_agency(portal):
    page_html = portal.get("/catalogue").text
    first_id = listed_ids(page_html)[0]
    code, name = portal.query("content", "SELECT a.code, a.name FROM entries e JOIN agencies a "
                                         "ON a.id = e.owner_id WHERE e.id = ?", (first_id,))[0]
    row = re.search(r'<a href="/%s/catalogue/%d">.*?</tr>' % (code, first_id), page_html, re.S).group(0)
    assert f'<td class="col-agency">{name}</td>' in row


# ------------------------------------------------------------------ one entry

META_LABELS = ["索引号", "发布机构", "成文日期", "发布日期", "文号", "主题分类", "体裁分类",
               "法定公开内容", "有效性", "关键词", "公开方式", "公开范围"]


def test_entry_shows_every_metadata_field_from_the_database(portal):
    row = portal.query("content", """
        SELECT e.title, e.index_no, a.name, e.written_on, e.published_on, e.doc_no, t.name, g.name,
               e.keywords, e.disclosure_method, e.disclosure_scope
        FROM entries e JOIN agencies a ON a.id = e.agency_id
        JOIN categories t ON t.id = e.topic_id JOIN categories g ON g.id = e.genre_id WHERE e.id = 44""")[0]
    assert portal.query("content", "SELECT art20 FROM entries WHERE id = 44")[0][0] == 1
    page_html = portal.get("/mzj/catalogue/44").text
    table = page_html.split('class="entry-meta"', 1)[1].split("</table>", 1)[0]
    labels = re.findall(r'<th scope="row">([^<]+)</th>', table)
    assert labels == META_LABELS
    cells = [html.unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r"<td>(.*?)</td>", table)]
    title, index_no, agency, written, published, doc_no, topic, genre, keywords, method, scope = row
    assert cells == [index_no, agency, written, published, doc_no, topic, genre,
                     "第二十条（一）行政法规、规章和规范性文件", "现行有效", keywords, method, scope]
    unit = portal.query("content", "SELECT agency_id FROM entries WHERE id = 44")[0][0]
    assert f'<a href="/mzj/catalogue?unit={unit}">' in table
    assert '<a href="/mzj/catalogue?art20=1">' in table
    assert f"<h1>{html.escape(title, quote=False)}</h1>" in page_html


def test_entry_breadcrumb_leads_back_to_the_catalogue(portal):
    page_html = portal.get("/mzj/catalogue/44").text
    crumbs = page_html.split('class="wrap breadcrumb"', 1)[1].split("</nav>", 1)[0]
    assert '<a href="/mzj/">宁国市民政局</a>' in crumbs
    assert '<a href="/mzj/catalogue">政府信息公开目录</a>' in crumbs
    assert 'aria-current="page"' in crumbs


def test_entry_body_markdown_table_becomes_an_html_table(portal):
    body = portal.query("content", "SELECT body_md FROM entries WHERE id = 20")[0][0]
    assert "|" in body, "entry 20's body has a Markdown table"
    page_html = portal.get("/mzj/catalogue/20").text
    body_html = page_html.split('<div class="markdown entry-body">', 1)[1].split("</div>", 1)[0]
    assert "<table>" in body_html and "<th>" in body_html and "|" not in body_html


def test_entry_lists_attachments_with_type_and_size(portal):
    att_id, filename, size = portal.query(
        "content", "SELECT id, filename, size FROM attachments WHERE owner_kind = 'entry' AND owner_id = 44")[0]
    page_html = portal.get("/mzj/catalogue/44").text
    section = page_html.split('class="attachments"', 1)[1].split("</section>", 1)[0]
    from urllib.parse import quote
    assert f'<a href="/files/{att_id}/{quote(filename)}">{filename}</a>' in section
    assert f"PDF，{size / 1024:.1f} KB" in section


def test_entry_without_attachments_has_no_attachment_section(portal):
    assert not portal.query("content", "SELECT 1 FROM attachments WHERE owner_kind = 'entry' AND owner_id = 20")
    assert 'class="attachments"' not in portal.get("/mzj/catalogue/20").text


def test_entry_revision_history_lists_public_revisions_newest_first(portal):
    revisions = portal.query(
        "content", "SELECT rev_no, substr(published_at, 1, 10), change_note FROM entry_revisions "
                   "WHERE entry_id = 27 AND status IN ('published', 'superseded') ORDER BY rev_no DESC")
    assert len(revisions) >= 2
    page_html = portal.get("/mzj/catalogue/27").text
    section = page_html.split('class="revisions"', 1)[1].split("</section>", 1)[0]
    rows = re.findall(r"<tr><td>第(\d+)版(?:（现行）)?</td><td><time datetime=\"([\d-]+)\">", section)
    assert [(int(n), d) for n, d in rows] == [(n, d) for n, d, _ in revisions]
    assert "第%d版（现行）" % revisions[0][0] in section
    for _, _, note in revisions:
        if note:
            assert html.escape(note, quote=False) in section


def test_repealed_entry_says_so_at_the_top_with_the_note(portal):
    note = portal.query("content", "SELECT validity_note FROM entries WHERE id = 2 AND validity = 'repealed'")[0][0]
    page_html = portal.get("/mzj/catalogue/2").text
    main = page_html.split("<main", 1)[1]
    notice_at = main.index('class="validity-notice')
    assert notice_at < main.index("<h1>")
    notice = main[notice_at:].split("</div>", 1)[0]
    assert "本文件已废止" in notice and html.escape(note, quote=False) in notice


def test_expired_entry_says_it_is_no_longer_in_force(portal):
    page_html = portal.get("/mzj/catalogue/20").text
    assert 'class="validity-notice validity-expired"' in page_html
    assert "本文件已失效" in page_html


def test_valid_entry_has_no_validity_warning(portal):
    assert "validity-notice" not in portal.get("/mzj/catalogue/44").text


@pytest.mark.parametrize("path", ["/mzj/catalogue/0", "/mzj/catalogue/abc", "/mzj/catalogue/999999",
                                  "/mzj/catalogue/-1", "/mzj/catalogue/44x", "/catalogue/999999",
                                  "/nosuch/catalogue/44"])
def test_unknown_or_malformed_entry_is_not_found(portal, path):
    r = portal.get(path)
    assert r.status_code == 404
    assert "页面不存在" in r.text


def test_entry_pages_pass_tidy(portal):
    for path in ["/mzj/catalogue/44", "/mzj/catalogue/2", "/mzj/catalogue/20", "/mzj/catalogue/27"]:
        r = portal.get(path)
        assert r.status_code == 200
        assert_tidy_clean(r.content)


# ------------------------------------------------------------------ entries we add

XSS_BODY = ("正文开始\n\n<script>alert(1)</script>\n\n[点我](javascript:alert(1))\n\n"
            "<img src=x onerror=alert(2)>\n\n| 列 | 值 |\n|---|---|\n| a | b |\n")


@pytest.fixture(scope="module")
def edited_portal():
    """A portal of this module's own: one draft entry and one published entry with hostile Markdown."""
    p = Portal()
    p.execute("content", "INSERT INTO entries (id, title, agency_id, topic_id, genre_id, published_on, "
                         "status, body_md) VALUES (9001, '尚未发布的草稿', 1, 1, 21, '2026-01-01', 'draft', '草稿')")
    p.execute("content", "INSERT INTO entries (id, index_no, title, agency_id, topic_id, genre_id, "
                         "published_on, status, body_md) VALUES (9002, 'TEST/9002', '含有脚本的测试条目', 1, 1, 24, "
                         "'2020-05-05', 'published', ?)", (XSS_BODY,))
    yield p
    p.close()


def test_unpublished_entry_is_not_found_and_not_listed(edited_portal):
    assert edited_portal.get("/mzj/catalogue/9001").status_code == 404
    assert edited_portal.get("/catalogue/9001").status_code == 404
    assert 9001 not in listed_ids(edited_portal.get("/catalogue?year=2026").text)


def test_raw_html_and_javascript_links_in_a_body_are_not_rendered(edited_portal):
    r = edited_portal.get("/mzj/catalogue/9002")
    assert r.status_code == 200
    body_html = r.text.split('<div class="markdown entry-body">', 1)[1].split("</div>", 1)[0]
    assert "正文开始" in body_html
    assert "<script" not in r.text.lower()
    assert "javascript:" not in r.text.lower()
    assert "onerror" not in body_html.lower() and "<img" not in body_html
    assert "<table>" in body_html      # Markdown itself still works


def test_published_entry_added_later_is_counted_and_listed(edited_portal):
    page_html = edited_portal.get("/catalogue?year=2020").text
    assert 9002 in listed_ids(page_html)
    assert total_shown(edited_portal.get("/catalogue").text) == edited_portal.query("content", PUBLISHED)[0][0]
