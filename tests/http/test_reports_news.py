"""Annual reports of an agency (/{code}/reports, /{code}/reports/{year}) and
news (/{code}/news, /{code}/news/{id}): lists, the real 2012 report text, Markdown
rendering, drafts and 404s."""

import html
import os
import re

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
REAL_REPORT = "/work/shared/demo/ningguo-civil-affairs-2012-disclosure-report.txt"


def main_text(page_html):
    """The visible text of <main>, tags removed and entities decoded."""
    m = re.search(r"<main\b.*?</main>", page_html, re.S)
    assert m, "no <main>"
    return html.unescape(re.sub(r"<[^>]+>", "", m.group(0)))


def real_report_paragraphs():
    if os.path.exists(REAL_REPORT):
        with open(REAL_REPORT, encoding="utf-8") as f:
            lines = [line.strip() for line in f if line.strip()]
        # The captured page ends with footer lines (and a spam line): keep the report body.
        return [line for line in lines if "beplay" not in line.lower() and len(line) > 40][:12]
    return ["局党组对政务公开工作高度重视,根据人事变动情况,及时调整了局政务公开工作领导组"]


def test_reports_list_shows_the_agencys_published_reports_newest_first(portal):
    r = portal.get("/mzj/reports")
    assert r.status_code == 200
    assert r.text.index('href="/mzj/reports/2025"') < r.text.index('href="/mzj/reports/2012"')
    assert "宁国市民政局2012年政府信息公开工作年度报告" in r.text
    assert "<h1>政府信息公开年报</h1>" in r.text and 'href="/mzj/">宁国市民政局</a>' in r.text
    assert "人力资源和社会保障局" not in main_text(r.text)   # another agency's reports are not listed


def test_2012_report_shows_the_real_report_text_and_no_spam(portal):
    r = portal.get("/mzj/reports/2012")
    assert r.status_code == 200
    text = main_text(r.text)
    for paragraph in real_report_paragraphs():
        assert paragraph[:30] in text, paragraph[:30]
    assert "beplay" not in r.text.lower()
    assert "<h1>宁国市民政局2012年政府信息公开工作年度报告</h1>" in r.text
    assert re.search(r'<div class="markdown">\s*<p>2012 年', r.text)
    assert "<h2>一、加强领导,为实施政务公开提供组织保证</h2>" in r.text
    assert "2013-03-15" in text


def test_unknown_or_malformed_report_year_or_agency_is_404(portal):
    for path in ["/mzj/reports/1999", "/mzj/reports/20125", "/mzj/reports/abcd", "/mzj/reports/0000",
                 "/rsj/reports/2012", "/nosuch/reports", "/nosuch/reports/2025", "/MZJ/reports/2025",
                 "/mzj/reports/2025/table-5.csv", "/nosuch/reports/2025/table-3.csv"]:
        r = portal.get(path)
        assert r.status_code == 404, path
        assert "页面不存在" in r.text or "年度报告" in r.text


def test_draft_report_is_hidden_and_sections_render_as_safe_markdown(fresh_portal):
    # 2019: a year with no report entry in the catalogue (those years answer 301 to it).
    p = fresh_portal()
    p.execute("content", "INSERT INTO annual_reports (agency_id, year, title, status) "
                         "VALUES (1, 2019, '2019年草稿报告', 'draft')")
    assert p.get("/mzj/reports/2019").status_code == 404
    assert "2019年草稿报告" not in p.get("/mzj/reports").text
    p.execute("content", """UPDATE annual_reports SET status = 'published', published_on = '2020-01-25',
        section1_md = '本年度**总体情况**良好。<script>alert(1)</script>',
        section5_md = '- 问题一：栏目更新不及时', section6_md = '无其他需要报告的事项。'
        WHERE agency_id = 1 AND year = 2019""")
    r = p.get("/mzj/reports/2019")
    assert r.status_code == 200
    assert "一、总体情况" in r.text and "<strong>总体情况</strong>" in r.text
    assert "<li>问题一：栏目更新不及时</li>" in r.text
    assert "六、其他需要报告的事项" in r.text and "无其他需要报告的事项。" in r.text
    assert "<script>alert(1)" not in r.text
    listing = p.get("/mzj/reports").text
    assert listing.index('href="/mzj/reports/2025"') < listing.index('href="/mzj/reports/2019"')
    assert p.get("/rsj/reports/2019").status_code == 404   # 民政局's report, not 人社局's


def test_news_list_shows_every_published_item_of_the_agency_newest_first(portal):
    r = portal.get("/mzj/news")
    assert r.status_code == 200
    ids = [int(i) for i in re.findall(r'<a href="/mzj/news/(\d+)">', main_text_html(r.text))]
    expected = [i for (i,) in portal.query(
        "content", "SELECT id FROM news WHERE status = 'published' AND owner_id = 1 "
                   "ORDER BY published_on DESC, id DESC")]
    assert ids == expected
    town = main_text_html(portal.get("/xjjd/news").text)
    assert re.findall(r'<a href="/xjjd/news/(\d+)">', town) == ["104"]
    assert "婚姻登记处" in r.text  # agency of news 2 (宁国市婚姻登记处)
    assert 'class="pagination"' not in r.text   # 8 items fit on one page


def main_text_html(page_html):
    return re.search(r"<main\b.*?</main>", page_html, re.S).group(0)


def test_news_item_shows_title_date_agency_and_markdown_body(portal):
    r = portal.get("/mzj/news/2")
    assert r.status_code == 200
    assert "<h1>婚姻登记处“520”当天为新人提供特色颁证服务</h1>" in r.text
    assert "2024-05-21" in r.text
    agency = portal.query("content", "SELECT a.name FROM news n JOIN agencies a ON a.id = n.agency_id WHERE n.id = 2")[0][0]
    assert "发布机构：" + agency in main_text(r.text)
    assert "<p>登记处提醒：婚姻登记不收取任何费用" in r.text


def test_unknown_news_and_bad_pages_are_404(portal):
    for path in ["/mzj/news/999", "/mzj/news/0", "/mzj/news/abc", "/mzj/news?page=2", "/mzj/news?page=0",
                 "/mzj/news?page=x", "/news/999", "/nosuch/news"]:
        assert portal.get(path).status_code == 404, path


def test_news_paginates_twenty_to_a_page_and_hides_drafts(fresh_portal):
    p = fresh_portal()
    for i in range(25):
        p.execute("content", "INSERT INTO news (title, agency_id, published_on, body_md, status) VALUES (?, 1, ?, '正文', 'published')",
                  (f"测试动态{i:02d}", f"2020-01-{i + 1:02d}"))
    p.execute("content", "UPDATE news SET status = 'draft' WHERE id = 8")
    first, second = p.get("/mzj/news"), p.get("/mzj/news?page=2")
    assert first.status_code == second.status_code == 200
    ids_first = re.findall(r'<a href="/mzj/news/(\d+)">', main_text_html(first.text))
    ids_second = re.findall(r'<a href="/mzj/news/(\d+)">', main_text_html(second.text))
    assert len(ids_first) == 20 and len(ids_second) == 32 - 20
    assert not set(ids_first) & set(ids_second)
    assert "8" not in ids_first + ids_second
    assert p.get("/mzj/news/8").status_code == 404
    assert 'rel="next"' in first.text and 'rel="prev"' in second.text
    assert "第 2 页，共 2 页" in second.text
