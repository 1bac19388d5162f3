"""The public side of the platform (issue 10): the government's 政府信息公开
home with its agencies by level, each agency's column with 61号's four columns
in order and with their names, the 法定主动公开内容 page by Art. 20, the agency
facet of the platform catalogue, items under another agency's code, the 301s of
every single-agency URL, 404 for unknown or malformed codes, and the whole
public walk under a base path (PORTAL_BASE_PATH=/xxgk)."""

import html
import http.client
import re
import xml.etree.ElementTree as ET
from urllib.parse import urlparse

import pytest
import requests

from harness import Portal
from http_util import assert_tidy_clean

LEVEL_ORDER = "CASE level WHEN 'government' THEN 0 WHEN 'department' THEN 1 WHEN 'township' THEN 2 ELSE 3 END"
LEVEL_LABEL = {"government": "本级政府", "department": "部门", "township": "乡镇（街道）"}
COLUMNS_61 = [("政府信息公开指南", "disclosure-guide"), ("政府信息公开制度", "rules"),
              ("法定主动公开内容", "statutory"), ("政府信息公开年报", "reports")]
ART20 = ["行政法规、规章和规范性文件",
         "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名",
         "国民经济和社会发展规划、专项规划、区域规划及相关政策",
         "国民经济和社会发展统计信息",
         "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果",
         "实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定",
         "财政预算、决算信息",
         "行政事业性收费项目及其依据、标准",
         "政府集中采购项目的目录、标准及实施情况",
         "重大建设项目的批准和实施情况",
         "扶贫、教育、医疗、社会保障、促进就业等方面的政策、措施及其实施情况",
         "突发公共事件的应急预案、预警信息及应对情况",
         "环境保护、公共卫生、安全生产、食品药品、产品质量的监督检查情况",
         "公务员招考的职位、名额、报考条件等事项以及录用结果",
         "法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息"]
NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"]


def part(page_html, start, end):
    return page_html.split(start, 1)[1].split(end, 1)[0]


def agencies(portal):
    """(code, name, level) of the platform's agencies in the order the platform lists them."""
    return portal.query("content", f"SELECT code, name, level FROM agencies WHERE parent_id IS NULL "
                                   f"ORDER BY {LEVEL_ORDER}, sort, id")


def column_nav(page_html):
    """The agency name and the (label, href) of the 61号 columns and of the other links."""
    nav = part(page_html, '<div class="agency-column">', '</nav>')
    name = html.unescape(re.search(r'<p class="agency-title"><a href="[^"]+">([^<]+)</a>', nav).group(1))
    main = re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', part(nav, 'class="column-main"', "</ul>"))
    more = re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', part(nav, 'class="column-more"', "</ul>"))
    return name, [(label, href) for href, label in main], [(label, href) for href, label in more]


# ------------------------------------------------------------------ the platform home

def test_platform_home_lists_the_agencies_by_level(portal):
    page_html = portal.get("/").text
    block = part(page_html, 'class="panel platform-agencies"', "</section>\n  <section")
    shown = []
    for level, items in re.findall(r'<h3 id="level-(\w+)">[^<]+</h3>\s*<ul class="agency-links">(.*?)</ul>',
                                   block, re.S):
        shown += [(code, html.unescape(name), level)
                  for code, name in re.findall(r'<a href="/([a-z0-9]+)/">([^<]+)</a>', items)]
    assert shown == agencies(portal)
    headings = re.findall(r'<h3 id="level-\w+">([^<]+)</h3>', block)
    assert headings == ["本级政府", "部门", "乡镇（街道）"]
    assert "<h1 class=\"platform-title\">宁国市人民政府政府信息公开</h1>" in page_html


def test_platform_home_shows_the_latest_items_with_their_agency(portal):
    latest = portal.query("content", "SELECT e.id, a.code, a.name FROM entries e JOIN agencies a ON a.id = e.owner_id "
                                     "WHERE e.status = 'published' ORDER BY e.published_on DESC, e.id DESC LIMIT 12")
    block = part(portal.get("/").text, 'class="panel home-latest"', "</section>")
    rows = re.findall(r'<li><a href="/([a-z0-9]+)/catalogue/(\d+)">[^<]+</a> <span class="meta">'
                      r'<a class="agency-name" href="/[a-z0-9]+/">([^<]+)</a>', block)
    assert [(c, int(i), n) for c, i, n in rows] == [(c, i, n) for i, c, n in latest]
    assert len({c for c, _, _ in rows}) >= 3


def test_platform_home_search_offers_every_agency_and_links_catalogue_and_apply(portal):
    page_html = portal.get("/").text
    form = part(page_html, '<form class="platform-search', "</form>")
    assert 'action="/search"' in form and 'name="q"' in form
    assert re.findall(r'<option value="([a-z0-9]+)">', form) == [c for c, _, _ in agencies(portal)]
    assert re.findall(r'<optgroup label="([^"]+)">', form) == ["本级政府", "部门", "乡镇（街道）"]
    main = part(page_html, "<main", "</main>")
    assert 'href="/catalogue"' in main and 'href="/apply"' in main
    r = portal.get("/search?q=预算&agency=gkz")
    assert r.status_code == 200 and 'href="/gkz/catalogue/116"' in r.text


def test_layout_carries_the_parent_site_identity(portal):
    settings = dict(portal.query("content", "SELECT key, value FROM settings"))
    page_html = portal.get("/mzj/statutory").text
    for key in ("site_code", "icp", "police_record", "footer_sponsor"):
        assert settings[key] in page_html, key
    assert f'<a href="{settings["parent_site_url"]}">{settings["site_name"]}门户网站</a>' in page_html


# ------------------------------------------------------------------ each agency's column

@pytest.mark.parametrize("code", ["zf", "mzj", "rsj", "czj", "xjjd", "gkz"])
def test_each_agency_column_has_the_four_61_columns_in_order(portal, code):
    name, level = portal.query("content", "SELECT name, level FROM agencies WHERE code = ?", (code,))[0]
    for path in ["/", "/disclosure-guide", "/rules", "/statutory", "/catalogue", "/guides", "/contacts",
                 "/functions", "/news"]:
        r = portal.get(f"/{code}{path}")
        assert r.status_code == 200, path
        shown_name, main, more = column_nav(r.text)
        assert shown_name == name
        assert main == [(label, f"/{code}/{slug}") for label, slug in COLUMNS_61], path
        assert [label for label, _ in more] == ["政府信息公开目录", "政策文件库", "办事指南", "权责清单", "机构职能",
                                                "联系方式", "工作动态", "澄清说明", "依申请公开", "互动交流"]
        assert f'<span class="agency-level">{LEVEL_LABEL[level]}</span>' in r.text
    home = portal.get(f"/{code}/").text
    tiles = re.findall(r'<li><a href="/[a-z0-9]+/([a-z-]+)"><strong>([^<]+)</strong>',
                       part(home, 'class="column-tiles"', "</ul>"))
    assert [(label, slug) for slug, label in tiles] == COLUMNS_61


def test_the_current_column_is_marked(portal):
    nav = part(portal.get("/rsj/rules").text, 'class="column-main"', "</ul>")
    assert '<a href="/rsj/rules" aria-current="page">政府信息公开制度</a>' in nav
    nav = part(portal.get("/rsj/catalogue/105").text, 'class="column-more"', "</ul>")
    assert '<a href="/rsj/catalogue" aria-current="page">政府信息公开目录</a>' in nav


def test_agency_home_shows_its_own_items_and_how_to_apply(portal):
    page_html = portal.get("/czj/").text
    latest = [i for (i,) in portal.query("content", "SELECT id FROM entries WHERE owner_id = 300 AND status = "
                                                    "'published' ORDER BY published_on DESC, id DESC LIMIT 10")]
    assert [int(i) for i in re.findall(r'href="/czj/catalogue/(\d+)"', page_html)] == latest
    office = portal.query("content", "SELECT value FROM agency_settings WHERE agency_id = 300 "
                                     "AND key = 'applications_office'")[0][0]
    assert office in html.unescape(page_html)
    assert 'href="/czj/apply"' in page_html
    assert "<h1>宁国市财政局政府信息公开</h1>" in page_html
    assert '<input type="hidden" name="agency" value="czj">' in page_html


def test_agency_apply_link_opens_the_form_with_the_agency_chosen(portal):
    r = portal.get("/rsj/apply")
    assert r.status_code == 303 and r.headers["Location"] == "/apply?agency=rsj"
    assert portal.get("/nosuch/apply").status_code == 404


def test_statutory_page_lists_the_fifteen_items_with_their_links_and_counts(portal):
    page_html = portal.get("/mzj/statutory").text
    items = re.findall(r'<li class="statutory-item" id="art20-(\d+)">(.*?)</li>', page_html, re.S)
    assert [int(n) for n, _ in items] == list(range(1, 16))
    counts = dict(portal.query("content", "SELECT art20, count(*) FROM entries WHERE owner_id = 1 "
                                          "AND status = 'published' AND art20 IS NOT NULL GROUP BY art20"))
    assert sum(counts.values()) >= 20, "the demo files 民政局's entries under Art. 20"
    for (n, body), wording, numeral in zip(items, ART20, NUMERALS):
        n = int(n)
        assert f'<span class="item-no">（{numeral}）</span>' in body
        assert wording in html.unescape(body)
        assert f'<span class="item-count">{counts.get(n, 0)}条</span>' in body
        hrefs = re.findall(r'href="([^"]+)"', body)
        if n == 2:
            assert hrefs[:2] == ["/mzj/functions", "/mzj/contacts"]
        elif n == 5:
            assert hrefs[0] == "/mzj/guides"
            guides = portal.query("content", "SELECT count(*) FROM guides WHERE owner_id = 1 AND status = 'published'")
            assert f"办事指南（{guides[0][0]}项）" in body
        elif n == 1:    # and the 政策文件库 (issue 14)
            assert hrefs == ["/mzj/catalogue?art20=1", "/mzj/policies"]
        else:
            assert hrefs == [f"/mzj/catalogue?art20={n}"]
    for href in {h for _, body in items for h in re.findall(r'href="([^"]+)"', body)}:
        assert portal.get(html.unescape(href)).status_code == 200, href
    total = re.search(r"共 <strong>(\d+)</strong> 条", portal.get("/mzj/catalogue?art20=7").text).group(1)
    assert int(total) == counts[7]


@pytest.mark.parametrize("code, owner", [("rsj", 200), ("gkz", 500)])
def test_statutory_counts_are_each_agency_own(portal, code, owner):
    page_html = portal.get(f"/{code}/statutory").text
    counts = dict(portal.query("content", "SELECT art20, count(*) FROM entries WHERE owner_id = ? "
                                          "AND status = 'published' AND art20 IS NOT NULL GROUP BY art20", (owner,)))
    shown = {int(n): int(c) for n, c in re.findall(
        r'id="art20-(\d+)">.*?<span class="item-count">(\d+)条</span>', page_html, re.S)}
    assert {n: c for n, c in shown.items() if c} == counts and len(shown) == 15


# ------------------------------------------------------------------ the platform catalogue

def facet_options(page_html, name):
    select = re.search(r'<select id="filter-%s" name="%s">(.*?)</select>' % (name, name), page_html, re.S).group(1)
    return [(v, html.unescape(label), int(c)) for v, label, c in
            re.findall(r'<option value="([a-z0-9]+)"[^>]*>([^<（]+)（(\d+)）</option>', select)]


@pytest.mark.parametrize("query, where, params", [
    ("", "", ()), ("year=2026", "AND substr(e.published_on, 1, 4) = ?", ("2026",)),
    ("art20=7", "AND e.art20 = ?", (7,)), ("agency=rsj&topic=13", "AND e.topic_id = ?", (13,)),
])
def test_agency_facet_counts_match_the_database(portal, query, where, params):
    expected = portal.query("content", f"""
        SELECT a.code, a.name, (SELECT count(*) FROM entries e WHERE e.owner_id = a.id
               AND e.status = 'published' {where}) FROM agencies a WHERE a.parent_id IS NULL
        ORDER BY {LEVEL_ORDER}, a.sort, a.id""", params)
    page_html = portal.get("/catalogue?" + query).text
    assert facet_options(page_html, "agency") == expected
    aside = part(page_html, 'class="catalogue-facets"', "</aside>")
    facet = part(aside, "<h2>按机构浏览</h2>", "</section>")
    linked = re.findall(r'<a href="/catalogue\?([^"]*)">([^<]+)</a> <span class="count">(\d+)</span>', facet)
    assert {html.unescape(n): int(c) for _, n, c in linked} == {n: c for code, n, c in expected if c
                                                                 and f"agency={code}" not in query}


def test_agency_filter_lists_that_agency_only(portal):
    expected = [f"/xjjd/catalogue/{i}" for (i,) in portal.query(
        "content", "SELECT id FROM entries WHERE owner_id = 400 AND status = 'published' "
                   "ORDER BY published_on DESC, id DESC")]
    page_html = portal.get("/catalogue?agency=xjjd").text
    table = part(page_html, 'class="catalogue-table"', "</table>")
    assert re.findall(r'<a href="(/[a-z0-9]+/catalogue/\d+)">', table) == expected
    active = part(page_html, 'class="active-filters"', "</div>")
    assert "机构：宁国市西津街道办事处" in active and 'href="/catalogue"' in active


# ------------------------------------------------------------------ items under another code

@pytest.mark.parametrize("path, location", [
    ("/rsj/catalogue/44", "/mzj/catalogue/44"), ("/zf/catalogue/110", "/czj/catalogue/110"),
    ("/mzj/guides/101", "/rsj/guides/101"), ("/gkz/news/1", "/mzj/news/1"),
    ("/mzj/catalogue/113?x=1", "/xjjd/catalogue/113?x=1"),
])
def test_item_under_another_agency_code_moves_to_its_own(portal, path, location):
    r = portal.get(path)
    assert r.status_code == 301 and r.headers["Location"] == location
    assert portal.get(location).status_code == 200


# ------------------------------------------------------------------ old URLs

OLD_URLS = [
    ("/catalogue/4", "/mzj/catalogue/4"), ("/catalogue/105", "/rsj/catalogue/105"),
    ("/guides/1", "/mzj/guides/1"), ("/guides/103", "/gkz/guides/103"),
    ("/news/2", "/mzj/news/2"), ("/news/104", "/xjjd/news/104"),
    ("/disclosure-guide", "/mzj/disclosure-guide"), ("/functions", "/mzj/functions"),
    ("/contacts", "/mzj/contacts"), ("/news", "/mzj/news"), ("/news?page=1", "/mzj/news?page=1"),
    ("/catalogue?agency=2&topic=4", "/mzj/catalogue?unit=2&topic=4"), ("/catalogue?agency=1", "/mzj/catalogue?unit=1"),
    ("/mzj", "/mzj/"),
]
OLD_REPORT_URLS = [
    ("/reports", "/mzj/reports"), ("/reports/2012", "/mzj/reports/2012"),
    ("/reports/2025/table-2.csv", "/mzj/reports/2025/table-2.csv"),
    ("/reports/2025/table-3.csv", "/mzj/reports/2025/table-3.csv"),
    ("/reports/2025/table-4.csv", "/mzj/reports/2025/table-4.csv"),
]


@pytest.mark.parametrize("old, new", OLD_URLS)
def test_old_url_moves_permanently_to_its_place_on_the_platform(portal, old, new):
    r = portal.get(old)
    assert r.status_code == 301 and r.headers["Location"] == new
    assert portal.get(new).status_code == 200


@pytest.mark.parametrize("old, new", OLD_REPORT_URLS)
def test_old_report_urls_move_to_the_legacy_agency_reports(portal, old, new):
    r = portal.get(old)
    assert r.status_code == 301 and r.headers["Location"] == new


def test_old_entry_lands_on_the_same_entry(portal):
    r = portal.get("/catalogue/4", allow_redirects=True)
    title = portal.query("content", "SELECT title FROM entries WHERE id = 4")[0][0]
    assert r.status_code == 200 and r.url == portal.url("/mzj/catalogue/4")
    assert f"<h1>{html.escape(title, quote=False)}</h1>" in r.text


def test_old_urls_follow_the_legacy_agency_setting(fresh_portal):
    p = fresh_portal()
    p.execute("content", "UPDATE settings SET value = '200' WHERE key = 'legacy_agency_id'")
    assert p.get("/disclosure-guide").headers["Location"] == "/rsj/disclosure-guide"
    assert p.get("/catalogue/4").headers["Location"] == "/mzj/catalogue/4"   # items go by their owner
    p.execute("content", "DELETE FROM settings WHERE key = 'legacy_agency_id'")
    assert p.get("/contacts").status_code == 404


@pytest.mark.parametrize("path", ["/catalogue/999999", "/guides/999", "/news/999"])
def test_old_url_of_a_missing_item_is_not_found(portal, path):
    assert portal.get(path).status_code == 404


@pytest.mark.parametrize("path", ["/catalogue", "/guides", "/search?q=公开", "/feed.atom", "/sitemap.xml",
                                  "/accessibility", "/robots.txt"])
def test_platform_pages_stay_where_they_were(portal, path):
    assert portal.get(path).status_code == 200


# ------------------------------------------------------------------ unknown codes

@pytest.mark.parametrize("path", ["/nosuch/", "/nosuch", "/MZJ!/", "/MZJ/", "/mzj!/statutory", "/nosuch/statutory",
                                  "/nosuch/catalogue/4", "/catalogue/", "/search/", "/a_b/", "/1mzj/",
                                  "/abcdefghijklmnopqrstu/"])
def test_unknown_or_malformed_agency_code_is_a_chinese_404(portal, path):
    r = portal.get(path)
    assert r.status_code == 404
    assert "页面不存在" in r.text and "返回首页" in r.text
    assert 'class="agency-column"' not in r.text
    assert_tidy_clean(r.content)


def test_raw_malformed_code_is_a_404(portal):
    con = http.client.HTTPConnection("127.0.0.1", portal.port, timeout=10)
    con.request("GET", "/MZJ!/")
    r = con.getresponse()
    assert r.status == 404 and "页面不存在" in r.read().decode()
    con.close()


def test_an_agency_added_later_gets_the_same_column(fresh_portal):
    p = fresh_portal()
    p.execute("content", "INSERT INTO agencies (id, parent_id, kind, name, code, level, sort) "
                         "VALUES (700, NULL, 'bureau', '宁国市测试局', 'csj', 'department', 70)")
    assert 'href="/csj/"' in p.get("/").text
    for path in ["/csj/", "/csj/disclosure-guide", "/csj/rules", "/csj/statutory", "/csj/catalogue", "/csj/guides",
                 "/csj/contacts", "/csj/functions", "/csj/news"]:
        r = p.get(path)
        assert r.status_code == 200, path
        name, main, _ = column_nav(r.text)
        assert name == "宁国市测试局" and [label for label, _ in main] == [label for label, _ in COLUMNS_61]
    assert "正在编制" in p.get("/csj/disclosure-guide").text


# ------------------------------------------------------------------ under a base path

@pytest.fixture(scope="module")
def mounted():
    p = Portal(env_overrides={"PORTAL_BASE_PATH": "/xxgk"})
    yield p
    p.close()


WALK = ["/", "/mzj/", "/mzj/disclosure-guide", "/mzj/rules", "/mzj/statutory", "/mzj/catalogue",
        "/mzj/catalogue?art20=7", "/mzj/catalogue/44", "/mzj/guides", "/mzj/guides/1", "/mzj/contacts",
        "/mzj/functions", "/mzj/news", "/mzj/news/1", "/gkz/", "/catalogue", "/catalogue?agency=rsj&page=1",
        "/guides", "/guides?agency=xjjd", "/search?q=婚姻", "/search?q=预算&agency=czj", "/accessibility",
        "/nosuch/"]


def site_links(page_html):
    links = re.findall(r'(?:href|action|src)="([^"]*)"', page_html)
    return [html.unescape(u) for u in links if not u.startswith(("http://", "https://", "mailto:", "tel:", "#"))]


@pytest.mark.parametrize("path", WALK)
def test_every_link_of_the_public_walk_keeps_the_base_path(mounted, path):
    r = mounted.get(path)
    assert r.status_code == (404 if path == "/nosuch/" else 200)
    links = site_links(r.text)
    assert links
    assert [u for u in links if not u.startswith("/xxgk/")] == []


def test_links_followed_under_the_base_path_open_pages(mounted):
    seen, todo, failing = set(), ["/xxgk/mzj/"], []
    while todo and len(seen) < 60:
        url = todo.pop(0)
        if url in seen:
            continue
        seen.add(url)
        r = mounted.get(url[len("/xxgk"):], allow_redirects=True)
        if r.status_code != 200:
            failing.append((url, r.status_code))
            continue
        if "text/html" in r.headers["Content-Type"]:
            todo += [u for u in site_links(r.text)
                     if "/static/" not in u and "/prefs" not in u and "/reports" not in u and "/apply" not in u]
    assert len(seen) >= 40 and failing == []


@pytest.mark.parametrize("path, location", [
    ("/catalogue/4", "/xxgk/mzj/catalogue/4"), ("/disclosure-guide", "/xxgk/mzj/disclosure-guide"),
    ("/reports/2012", "/xxgk/mzj/reports/2012"), ("/mzj", "/xxgk/mzj/"), ("/rsj/catalogue/44", "/xxgk/mzj/catalogue/44"),
    ("/mzj/apply", "/xxgk/apply?agency=mzj"), ("/catalogue?agency=2", "/xxgk/mzj/catalogue?unit=2"),
])
def test_redirects_carry_the_base_path(mounted, path, location):
    r = mounted.get(path)
    assert r.status_code in (301, 303) and r.headers["Location"] == location


def test_feeds_and_sitemaps_use_absolute_urls_under_the_base_path(mounted):
    root = ET.fromstring(mounted.get("/mzj/feed.atom").content)
    atom = "{http://www.w3.org/2005/Atom}"
    hrefs = [link.get("href") for link in root.iter(atom + "link")]
    assert hrefs and all(h.startswith(mounted.base + "/") for h in hrefs)
    assert mounted.base + "/mzj/feed.atom" in hrefs
    sitemap = ET.fromstring(mounted.get("/sitemap.xml").content)
    locs = [loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locs and all(loc.startswith(mounted.base + "/") for loc in locs)
    assert mounted.base + "/gkz/statutory" in locs
    robots = mounted.get("/robots.txt").text
    assert "Disallow: /xxgk/admin/" in robots and f"Sitemap: {mounted.base}/sitemap.xml" in robots


def test_markdown_links_to_site_paths_keep_the_base_path(mounted):
    body = part(mounted.get("/mzj/disclosure-guide").text, '<div class="markdown">', "</div>")
    links = re.findall(r'href="(/[^"]*)"', body)
    assert links and all(u.startswith("/xxgk/") for u in links)


def test_outside_the_base_path_nothing_is_served(mounted):
    assert urlparse(mounted.base).path == "/xxgk"
    assert mounted.get("/mzj/").status_code == 200
    # lighttpd refuses every path outside the mount point (conf/lighttpd.conf.in).
    assert requests.get(mounted.origin + "/mzj/", timeout=10).status_code in (403, 404)
