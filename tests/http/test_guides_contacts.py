"""Service guides (/guides across agencies, /{code}/guides, /{code}/guides/{id}),
an agency's contacts (/{code}/contacts) and the static Markdown pages
(/{code}/disclosure-guide, /{code}/rules, /{code}/functions, /accessibility):
every field from content.db, findable by theme, type and agency, printable as
a 一次性告知单, valid HTML, and breadcrumbs on every page."""

import html
import re
from urllib.parse import quote

import pytest

from http_util import assert_tidy_clean


def section(page_html, start, end="</section>"):
    return page_html.split(start, 1)[1].split(end, 1)[0]


def text_of(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def breadcrumb(page_html):
    return section(page_html, 'class="wrap breadcrumb"', "</nav>")


# ------------------------------------------------------------------ /guides

GUIDE_LINK = r'<a href="/([a-z0-9]+)/guides/(\d+)">([^<]+)</a>'


def guides_by_theme(page_html):
    by_theme = section(page_html, 'aria-labelledby="by-theme"', "</div>\n</section>")
    groups = re.findall(r"<h3 id=\"theme-\d+\">([^<]+)</h3>\s*<ul class=\"guide-links\">(.*?)</ul>", by_theme, re.S)
    return [(theme, code, int(i), html.unescape(n)) for theme, links in groups
            for code, i, n in re.findall(GUIDE_LINK, links)]


def test_guides_of_every_agency_are_grouped_by_service_theme(portal):
    rows = portal.query("content", """
        SELECT c.name, o.code, g.id, g.name FROM guides g JOIN categories c ON c.id = g.theme_id
        JOIN agencies o ON o.id = g.owner_id
        WHERE g.status = 'published' ORDER BY c.sort, c.id, g.sort, g.id""")
    assert {code for _, code, _, _ in rows} >= {"mzj", "rsj", "xjjd", "gkz"}
    assert guides_by_theme(portal.get("/guides").text) == rows


@pytest.mark.parametrize("code", ["mzj", "rsj", "gkz"])
def test_agency_guides_and_the_platform_filter_list_only_that_agency(portal, code):
    rows = portal.query("content", """
        SELECT c.name, o.code, g.id, g.name FROM guides g JOIN categories c ON c.id = g.theme_id
        JOIN agencies o ON o.id = g.owner_id
        WHERE g.status = 'published' AND o.code = ? ORDER BY c.sort, c.id, g.sort, g.id""", (code,))
    assert rows
    assert guides_by_theme(portal.get(f"/{code}/guides").text) == rows
    filtered = portal.get(f"/guides?agency={code}").text
    assert guides_by_theme(filtered) == rows
    assert f'<option value="{code}" selected>' in filtered


@pytest.mark.parametrize("query, status", [("agency=NOPE", 400), ("agency=nosuch", 404)])
def test_guides_agency_filter_refuses_bad_codes(portal, query, status):
    assert portal.get("/guides?" + query).status_code == status


def test_guides_are_grouped_by_service_type(portal):
    rows = portal.query("content", """
        SELECT c.name, g.id FROM guides g JOIN categories c ON c.id = g.type_id
        WHERE g.status = 'published' ORDER BY c.sort, c.id, g.sort, g.id""")
    by_type = section(portal.get("/guides").text, 'aria-labelledby="by-type"', "</div>\n</section>")
    groups = re.findall(r"<h3 id=\"type-\d+\">([^<]+)</h3>\s*<ul class=\"doc-list\">(.*?)</ul>", by_type, re.S)
    shown = [(t, int(i)) for t, links in groups for i in re.findall(r'href="/[a-z0-9]+/guides/(\d+)"', links)]
    assert shown == rows


def test_marriage_registration_is_found_under_its_theme(portal):
    by_theme = section(portal.get("/guides").text, 'aria-labelledby="by-theme"', "</div>\n</section>")
    marriage = by_theme.split("<h3", 2)[1]
    assert ">婚姻登记</h3>" in marriage
    assert '<a href="/mzj/guides/1">结婚登记</a>' in marriage


def test_unpublished_guide_is_neither_listed_nor_shown(fresh_portal):
    p = fresh_portal()
    p.execute("content", "UPDATE guides SET status = 'draft' WHERE id = 2")
    assert 'href="/mzj/guides/2"' not in p.get("/guides").text
    assert 'href="/mzj/guides/2"' not in p.get("/mzj/guides").text
    assert p.get("/mzj/guides/2").status_code == 404
    assert p.get("/guides/2").status_code == 404


# ------------------------------------------------------------------ /guides/{id}

GUIDE_LABELS = ["事项名称", "事项类型", "服务主题", "实施主体", "法定时限", "承诺时限", "收费标准",
                "办理地点", "办理时间", "咨询电话", "监督投诉电话", "到现场次数"]


def test_guide_shows_every_field_of_the_national_template(portal):
    (name, type_name, theme, agency, legal, promised, fee, location, hours, consult, complaint,
     visits) = portal.query("content", """
        SELECT g.name, t.name, th.name, a.name, g.legal_limit, g.promised_limit, g.fee, g.location,
               g.hours, g.consult_phone, g.complaint_phone, g.visits
        FROM guides g JOIN categories t ON t.id = g.type_id JOIN categories th ON th.id = g.theme_id
        JOIN agencies a ON a.id = g.agency_id WHERE g.id = 1""")[0]
    page_html = portal.get("/mzj/guides/1").text
    table = section(page_html, 'class="guide-info"', "</table>")
    assert re.findall(r'<th scope="row">([^<]+)</th>', table) == GUIDE_LABELS
    cells = [text_of(c) for c in re.findall(r"<td>(.*?)</td>", table)]
    assert cells == [name, type_name, theme, agency, legal, promised, fee or "不收费", location, hours,
                     consult, complaint, f"最多跑{visits}次"]
    assert f'<a href="tel:{consult}">' in table
    for heading in ["设定依据", "受理条件", "申请材料", "办理流程", "常见问题"]:
        assert f">{heading}</h2>" in page_html


def test_empty_fee_reads_no_charge(portal):
    assert portal.query("content", "SELECT fee FROM guides WHERE id = 1")[0][0] == ""
    assert "<strong>不收费</strong>" in portal.get("/mzj/guides/1").text


def test_guide_markdown_fields_are_rendered(portal):
    page_html = portal.get("/mzj/guides/1").text
    conditions = section(page_html, 'aria-labelledby="guide-conditions"')
    assert "<ol>" in conditions and "男方年满22周岁" in conditions
    faq = section(page_html, 'aria-labelledby="guide-faq"')
    assert "<strong>问：办理结婚登记需要预约吗？</strong>" in faq


def test_materials_form_a_table_in_order_with_downloads(portal):
    rows = portal.query("content", """
        SELECT m.name, m.form, m.copies, m.required, m.notes, b.id, b.filename
        FROM guide_materials m LEFT JOIN attachments b ON b.id = m.blank_form_id
        WHERE m.guide_id = 1 ORDER BY m.sort, m.id""")
    table = section(portal.get("/mzj/guides/1").text, 'class="materials"', "</table>")
    headers = re.findall(r'<th scope="col"[^>]*>([^<]+)</th>', table)
    assert headers == ["序号", "材料名称", "原件/复印件", "份数", "是否必需", "备注", "空表/样表"]
    shown = re.findall(r"<tr>(.*?)</tr>", section(table, "<tbody>", "</tbody>"), re.S)
    assert len(shown) == len(rows)
    for n, (row_html, (name, form, copies, required, notes, blank_id, blank_name)) in enumerate(zip(shown, rows), 1):
        cells = [text_of(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row_html, re.S)]
        assert cells[:6] == [str(n), name, form, str(copies), "必需" if required else "非必需（视情况提供）", notes]
        if blank_id:
            assert f'href="/files/{blank_id}/{quote(blank_name)}"' in row_html


def test_blank_form_link_downloads_the_file(portal):
    page_html = portal.get("/mzj/guides/1").text
    href = re.search(r'<a href="(/files/[^"]+)" aria-label="下载空白表格', page_html).group(1)
    r = portal.get(href)
    assert r.status_code == 200 and r.content.startswith(b"%PDF")


def test_procedure_is_an_ordered_list_of_steps(portal):
    steps = portal.query("content", "SELECT title, description FROM guide_steps WHERE guide_id = 2 ORDER BY sort, id")
    ol = section(portal.get("/mzj/guides/2").text, '<ol class="guide-steps">', "</ol>")
    shown = re.findall(r"<li><strong>([^<]+)</strong>：([^<]*)</li>", ol)
    assert shown == [(t, html.escape(d, quote=False)) for t, d in steps]


def test_visits_read_at_most_n_trips(portal):
    visits = portal.query("content", "SELECT visits FROM guides WHERE id = 2")[0][0]
    assert f"最多跑{visits}次" in portal.get("/mzj/guides/2").text


def test_guide_prints_as_a_one_off_notice(portal):
    page_html = portal.get("/mzj/guides/1").text
    assert '<p class="print-only print-title">一次性告知单</p>' in page_html
    css = portal.get("/static/site.css").text
    assert ".print-only { display: none; }" in css
    print_css = portal.get("/static/print.css").text
    assert ".print-only { display: block !important; }" in print_css
    assert '<section class="no-print" aria-labelledby="guide-faq">' in page_html   # FAQ stays off paper


def test_guide_breadcrumb_names_the_guide(portal):
    crumbs = breadcrumb(portal.get("/mzj/guides/1").text)
    assert '<a href="/mzj/">宁国市民政局</a>' in crumbs
    assert '<a href="/mzj/guides">办事指南</a>' in crumbs
    assert '<span aria-current="page">结婚登记</span>' in crumbs


@pytest.mark.parametrize("path", ["/mzj/guides/0", "/mzj/guides/999", "/mzj/guides/abc", "/guides/999",
                                  "/nosuch/guides/1"])
def test_unknown_guide_is_not_found(portal, path):
    r = portal.get(path)
    assert r.status_code == 404 and "页面不存在" in r.text


# ------------------------------------------------------------------ /contacts

def test_contacts_list_the_agency_then_its_offices_and_units(portal):
    names = [n for (n,) in portal.query("content", """
        SELECT name FROM agencies WHERE coalesce(parent_id, id) = 1
        ORDER BY CASE WHEN id = 1 THEN 0 WHEN kind = 'office' THEN 1 ELSE 2 END, sort, id""")]
    page_html = portal.get("/mzj/contacts").text
    shown = [html.unescape(n) for n in re.findall(r'<h3 id="agency-\d+">([^<]+)</h3>', page_html)]
    assert shown == names
    assert re.findall(r'<h2 id="contacts-\w+">([^<]+)</h2>', page_html) == ["本机关", "内设机构", "直属单位"]
    town = portal.get("/xjjd/contacts").text
    assert re.findall(r'<h3 id="agency-\d+">([^<]+)</h3>', town) == ["宁国市西津街道办事处", "党政办公室"]
    assert "宁国市民政局" not in main_text(town)


def main_text(page_html):
    return html.unescape(page_html.split("<main", 1)[1].split("</main>", 1)[0])


def test_contact_details_come_from_the_database_with_tel_and_mailto(portal):
    rows = portal.query("content", "SELECT id, address, postcode, office_hours, phone, fax, email, "
                                   "supervision_phone FROM agencies WHERE coalesce(parent_id, id) = 1")
    page_html = portal.get("/mzj/contacts").text
    for agency_id, address, postcode, hours, phone, fax, email, supervision in rows:
        card = section(page_html, f'aria-labelledby="agency-{agency_id}"')
        assert f"<dt>地址</dt><dd>{html.escape(address, quote=False)}</dd>" in card
        assert f"<dt>邮编</dt><dd>{postcode}</dd>" in card
        assert f"<dt>办公时间</dt><dd>{html.escape(hours, quote=False)}</dd>" in card
        assert f'<dt>电话</dt><dd><a href="tel:{phone}">{phone}</a></dd>' in card
        assert f'<a href="mailto:{email}">{email}</a>' in card
        assert ("<dt>传真</dt>" in card) == bool(fax)
        assert (f'<dt>监督电话</dt><dd><a href="tel:{supervision}">' in card) == bool(supervision)


# ------------------------------------------------------------------ static pages

@pytest.mark.parametrize("path, agency, slug", [
    ("/mzj/disclosure-guide", 1, "disclosure-guide"), ("/mzj/rules", 1, "rules"), ("/mzj/functions", 1, "functions"),
    ("/rsj/disclosure-guide", 200, "disclosure-guide"), ("/gkz/rules", 500, "rules"),
    ("/accessibility", 0, "accessibility")])
def test_static_page_shows_its_title_updated_date_and_markdown(portal, path, agency, slug):
    title, body, updated = portal.query(
        "content", "SELECT title, body_md, updated_on FROM pages WHERE slug = ? AND ifnull(agency_id, 0) = ?",
        (slug, agency))[0]
    r = portal.get(path)
    assert r.status_code == 200
    assert f"<h1>{html.escape(title, quote=False)}</h1>" in r.text
    assert f'更新日期：<time datetime="{updated}">{updated}</time>' in r.text
    first_heading = re.search(r"^## (.+)$", body, re.M)
    if first_heading:
        assert f"<h2>{html.escape(first_heading.group(1), quote=False)}</h2>" in r.text
    current = title if agency == 0 else {"disclosure-guide": "政府信息公开指南", "rules": "政府信息公开制度",
                                         "functions": "机构职能"}[slug]
    assert f'<span aria-current="page">{current}</span>' in breadcrumb(r.text)


def test_functions_page_adds_the_agency_duties(portal):
    duties = portal.query("content", "SELECT duties_md FROM agencies WHERE id = 1")[0][0]
    first_item = re.search(r"^- (.+)$", duties, re.M).group(1)
    page_html = portal.get("/mzj/functions").text
    extra = section(page_html, 'aria-labelledby="extra-heading"')
    assert "宁国市民政局职能概述" in extra
    assert f"<li>{html.escape(first_item, quote=False)}</li>" in extra


def test_missing_static_page_is_not_found(fresh_portal):
    p = fresh_portal()
    p.execute("content", "DELETE FROM pages WHERE slug = 'accessibility'")
    assert p.get("/accessibility").status_code == 404
    # An agency's column keeps every 61号 column: a page not written yet says so.
    p.execute("content", "DELETE FROM pages WHERE agency_id = 300 AND slug = 'rules'")
    r = p.get("/czj/rules")
    assert r.status_code == 200
    assert "<h1>宁国市财政局政府信息公开制度</h1>" in r.text and "正在编制" in r.text


# ------------------------------------------------------------------ every page

ALL_PAGES = ["/guides", "/guides?agency=rsj", "/mzj/guides", "/mzj/guides/1", "/mzj/guides/2", "/mzj/guides/3",
             "/mzj/guides/7", "/rsj/guides/101", "/mzj/contacts", "/gkz/contacts", "/mzj/disclosure-guide",
             "/mzj/rules", "/mzj/functions", "/zf/functions", "/accessibility"]


@pytest.mark.parametrize("path", ALL_PAGES)
def test_page_passes_tidy_and_has_a_breadcrumb(portal, path):
    r = portal.get(path)
    assert r.status_code == 200
    assert '<span aria-current="page">' in breadcrumb(r.text)
    assert_tidy_clean(r.content)
