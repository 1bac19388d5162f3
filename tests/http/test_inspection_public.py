"""What an inspector of the national website inspection (政府网站与政务新媒体
检查指标, 2019) looks for in an agency's column (issue 14, part A): policy
documents and their interpretations linked both ways, the 政策文件库 with its
validity filter, the leaders on the 机构职能 page, the 权责清单 linked to the
guides with their 运行流程图, and the 澄清说明 column. Every change goes
through review by a second person. Demo data: sql/demo/inspection_demo.sql."""

import html
import re
import xml.etree.ElementTree as ET

import pytest

from harness import Portal
from http_util import agency_form
from staff_login import make_staff, signed_in

PASSWORD = "correct horse battery"
SVG_NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def portal():
    p = Portal()
    for name, roles in (("ed", "editor"), ("rev", "reviewer"), ("rev2", "reviewer"),
                        ("both", "editor,reviewer")):
        make_staff(p, name, roles, PASSWORD)
    yield p
    p.close()


@pytest.fixture(scope="module")
def staff(portal):
    return {name: signed_in(portal, name, PASSWORD) for name in ("ed", "rev", "rev2", "both")}


def post(portal, session, path, data):
    return session.post(portal.url(path), data=dict(data, csrf_token=session.token), allow_redirects=False)


def text_of(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def section(page, heading_id):
    """The <section> or <aside> whose heading has id HEADING_ID."""
    m = re.search(r'<(section|aside)[^>]*aria-labelledby="%s".*?</\1>' % heading_id, page, re.S)
    return m.group(0) if m else ""


def field_box(page, name):
    """The div.field holding the input, select or textarea NAME (its label, error and value)."""
    for box in re.findall(r'<div class="field[^"]*">.*?</div>', page, re.S):
        if re.search(r'name="%s"' % name, box):
            return box
    return ""


# ---- 解读 tied to 原文 ----------------------------------------------------------------

def entry_form(title, **extra):
    fields = {"title": title, "doc_no": "", "agency_id": "1", "topic_id": "2", "genre_id": "27",
              "written_on": "2026-11-01", "keywords": "解读", "validity": "valid", "validity_note": "",
              "disclosure_method": "主动公开", "disclosure_scope": "面向社会", "art20": "",
              "relation": "", "relates_to": "", "body_md": "解读正文。", "change_note": "", "action": "save"}
    fields.update(extra)
    return fields


def create(portal, session, fields):
    r = post(portal, session, "/admin/entries/new", fields)
    assert r.status_code == 303, r.text[:800]
    return int(re.search(r"/admin/entries/(\d+)", r.headers["Location"]).group(1))


def submit_and_publish(portal, editor, reviewer, entry_id):
    assert post(portal, editor, f"/admin/entries/{entry_id}/submit", {}).status_code == 303
    r = post(portal, reviewer, f"/admin/entries/{entry_id}/publish", {"secrecy_checked": "1"})
    assert r.status_code == 303, r.text[:500]


def test_a_policy_shows_its_interpretations_and_each_interpretation_its_original(portal):
    policy = portal.get("/mzj/catalogue/22").text
    related = section(policy, "interpretations-heading")
    assert "相关解读" in related
    assert '<a href="/mzj/catalogue/23">' in related and '<a href="/mzj/catalogue/901">' in related
    assert "文字解读" in text_of(related) and "图解" in text_of(related)
    # the interpretations come before the document's text, one click from the top
    assert policy.index("interpretations-heading") < policy.index("entry-body")
    for interpretation in (23, 901):
        page = portal.get(f"/mzj/catalogue/{interpretation}").text
        original = re.search(r'<p class="related-original">(.*?)</p>', page, re.S).group(1)
        assert text_of(original).startswith("政策原文：宁国市最低生活保障审核确认实施细则")
        assert '<a href="/mzj/catalogue/22">' in original and "宁民〔2024〕3号" in original


def test_an_editor_links_an_interpretation_by_its_doc_no_and_only_a_second_person_publishes_it(portal, staff):
    ed, rev, both = staff["ed"], staff["rev"], staff["both"]
    entry_id = create(portal, ed, entry_form("图解：高龄津贴怎么领", relation="graphic", relates_to="宁民〔2025〕12号"))
    # the document is named by its 索引号 from now on, and the link waits in the revision
    (index_no,), = portal.query("content", "SELECT index_no FROM entries WHERE id = 37")
    form = ed.get(portal.url(f"/admin/entries/{entry_id}")).text
    assert f'value="{index_no}"' in field_box(form, "relates_to")
    assert portal.query("content", "SELECT relation, relates_to FROM entry_revisions WHERE entry_id = ?",
                        (entry_id,)) == [("graphic", 37)]
    assert "图解：高龄津贴怎么领" not in portal.get("/mzj/catalogue/37").text

    # the editor who is also a reviewer cannot publish what they wrote
    mine = create(portal, both, entry_form("文字解读：高龄津贴标准", relation="text", relates_to=index_no))
    assert post(portal, both, f"/admin/entries/{mine}/submit", {}).status_code == 303
    refused = post(portal, both, f"/admin/entries/{mine}/publish", {"secrecy_checked": "1"})
    assert refused.status_code == 409 and "另一位审核人" in refused.text
    assert "文字解读：高龄津贴标准" not in portal.get("/mzj/catalogue/37").text

    submit_and_publish(portal, ed, rev, entry_id)
    related = section(portal.get("/mzj/catalogue/37").text, "interpretations-heading")
    assert f'<a href="/mzj/catalogue/{entry_id}">图解：高龄津贴怎么领</a>' in related
    page = portal.get(f"/mzj/catalogue/{entry_id}").text
    assert '政策原文：<a href="/mzj/catalogue/37">' in page


def test_a_link_to_a_missing_or_unpublished_document_is_refused_beside_the_field(portal, staff):
    ed = staff["ed"]
    draft = create(portal, ed, entry_form("尚未发布的规范性文件", genre_id="22", doc_no="宁民〔2026〕77号"))
    for ref in ("宁民〔2099〕1号", "宁民〔2026〕77号", "尚未发布的规范性文件"):
        r = post(portal, ed, "/admin/entries/new", entry_form("一份解读<测试>", relation="text", relates_to=ref))
        assert r.status_code == 200, r.status_code
        box = field_box(r.text, "relates_to")
        assert "has-error" in box and "未发布的文件不能关联" in text_of(box)
        assert f'value="{html.escape(ref, quote=True)}"' in box          # what was typed is kept
        assert 'value="一份解读&lt;测试&gt;"' in r.text
    # an interpretation needs its original; a reference needs to say what this entry is
    r = post(portal, ed, "/admin/entries/new", entry_form("没有原文的解读", relation="text"))
    assert "解读须关联政策原文" in text_of(field_box(r.text, "relates_to"))
    r = post(portal, ed, "/admin/entries/new", entry_form("没有类型的关联", relates_to="宁民〔2024〕3号"))
    assert "请选择本信息是哪种解读或澄清说明" in text_of(field_box(r.text, "relation"))
    r = post(portal, ed, "/admin/entries/new", entry_form("长关联", relation="text", relates_to="长" * 201))
    assert "不能超过200个字" in text_of(field_box(r.text, "relates_to"))
    assert portal.query("content", "SELECT count(*) FROM entries WHERE title IN "
                        "('一份解读<测试>', '没有原文的解读', '没有类型的关联', '长关联')") == [(0,)]
    assert portal.query("content", "SELECT status FROM entries WHERE id = ?", (draft,)) == [("draft",)]


# ---- 政策文件库 ------------------------------------------------------------------

def library_rows(page):
    body = page.split('class="policy-table"', 1)[1].split("</table>", 1)[0] if 'class="policy-table"' in page else ""
    return re.findall(r"<tr>\s*(.*?)</tr>", body.split("<tbody>", 1)[-1], re.S)


def row_titles(page):
    return [text_of(re.search(r'class="policy-title">(.*?)</td>', r, re.S).group(1)) for r in library_rows(page)]


def test_the_library_lists_policy_documents_by_year_and_doc_no_with_their_validity(portal):
    page = portal.get("/mzj/policies").text
    titles = row_titles(page)
    assert "宁国市城乡最低生活保障实施细则" in titles            # 已废止, still listed
    assert "《宁国市临时救助实施办法》政策解读" not in titles     # 解读 are not policy documents
    # 2025: 宁民〔2025〕12号 before 〔2025〕8号 (by number, not as text)
    assert titles.index("宁国市高龄津贴和养老服务补贴发放实施办法") < titles.index("宁国市临时救助实施办法")
    rows = {row_titles(f"<table class=\"policy-table\"><tbody><tr>{r}</tr></tbody></table>")[0]: r
            for r in library_rows(page)}
    assert "已废止" in text_of(rows["宁国市城乡最低生活保障实施细则"])
    assert "现行有效" in text_of(rows["宁国市临时救助实施办法"])
    # each document's interpretations one click away
    row = rows["宁国市最低生活保障审核确认实施细则"]
    assert '<a href="/mzj/catalogue/23">文字解读</a>' in row and '<a href="/mzj/catalogue/901">图解</a>' in row


def test_the_validity_filter_shows_only_that_validity(portal):
    repealed = row_titles(portal.get("/mzj/policies?validity=repealed").text)
    assert repealed == ["宁国市城乡最低生活保障实施细则"]
    valid = row_titles(portal.get("/mzj/policies?validity=valid").text)
    assert "宁国市城乡最低生活保障实施细则" not in valid and "宁国市临时救助实施办法" in valid
    assert row_titles(portal.get("/mzj/policies?validity=valid&year=2025&kind=2").text) == [
        "宁国市高龄津贴和养老服务补贴发放实施办法", "宁国市临时救助实施办法"]
    assert row_titles(portal.get("/mzj/policies?q=" + "宁民〔2015〕").text) == ["宁国市城乡最低生活保障实施细则"]


def test_a_bad_filter_is_named_beside_its_field_and_ignored(portal):
    r = portal.get("/mzj/policies?validity=bogus&q=" + "长" * 51)
    assert r.status_code == 200
    assert "请从列表中选择" in text_of(field_box(r.text, "validity"))
    assert "不能超过50个字" in text_of(field_box(r.text, "q"))
    assert 'value="' + "长" * 51 + '"' in field_box(r.text, "q")
    assert len(row_titles(r.text)) == len(row_titles(portal.get("/mzj/policies").text))
    assert portal.get("/mzj/policies?page=99").status_code == 404


def test_the_platform_library_holds_every_agencys_documents(portal):
    page = portal.get("/policies").text
    titles = row_titles(page)
    assert "宁国市人民政府关于印发宁国市政府信息公开工作规定的通知" in titles and "宁国市临时救助实施办法" in titles
    assert "<th scope=\"col\">机构</th>" in page


def test_an_amended_document_is_marked_through_review_and_found_under_its_filter(portal, staff):
    ed, rev = staff["ed"], staff["rev"]
    fields = entry_form("宁国市困难残疾人生活补贴和重度残疾人护理补贴实施办法", doc_no="宁民〔2018〕22号",
                        genre_id="22", topic_id="3", written_on="2018-06-08", validity="amended",
                        art20="1", change_note="标注已修改")
    r = post(portal, ed, "/admin/entries/10", dict(fields, validity_note=""))
    assert "修改、废止或失效时请说明依据" in text_of(field_box(r.text, "validity_note"))
    fields["body_md"] = portal.query("content", "SELECT body_md FROM entries WHERE id = 10")[0][0]
    assert post(portal, ed, "/admin/entries/10", dict(fields, validity_note="第三条已被宁民〔2026〕5号修改")).status_code == 303
    assert "宁国市困难残疾人" not in "".join(row_titles(portal.get("/mzj/policies?validity=amended").text))
    submit_and_publish(portal, ed, rev, 10)
    assert row_titles(portal.get("/mzj/policies?validity=amended").text) == [
        "宁国市困难残疾人生活补贴和重度残疾人护理补贴实施办法"]
    page = portal.get("/mzj/catalogue/10").text
    assert "已修改" in page and "第三条已被宁民〔2026〕5号修改" in page and "不再作为办事依据" not in page


# ---- 负责人信息, 权责清单 (the agency change, published by a second reviewer) ----------------

def save_agency(portal, session, **changes):
    fields = agency_form(session.get(portal.url("/admin/agencies/1")).text, 1)
    fields.update(changes, action="save")
    return post(portal, session, "/admin/agencies/1", fields)


def test_the_functions_page_shows_the_leaders_with_their_duties(portal):
    page = portal.get("/mzj/functions").text
    leaders = section(page, "leaders-heading")
    rows = [[text_of(c) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r)]
            for r in re.findall(r"<tr>(.*?)</tr>", leaders.split("<tbody>", 1)[1])]
    assert rows[0] == ["王建国", "党组书记、局长", "主持局全面工作，分管办公室。"] and len(rows) == 3
    assert '<a href="/mzj/powers">权责清单</a>' in page


def test_a_leaders_change_waits_for_a_second_reviewer(portal, staff):
    rev, rev2 = staff["rev"], staff["rev2"]
    before = portal.get("/mzj/functions").text
    leaders = "赵六｜局长｜主持全面工作。\n钱七 | 副局长 | 分管社会救助股。"
    r = save_agency(portal, rev, leaders=leaders)
    assert r.status_code == 303, r.text[:800]
    assert "赵六" not in portal.get("/mzj/functions").text
    assert portal.get("/mzj/functions").text == before
    refused = post(portal, rev, "/admin/agencies/1/publish", {"secrecy_checked": "1"})
    assert refused.status_code == 409
    assert post(portal, rev2, "/admin/agencies/1/publish", {"secrecy_checked": "1"}).status_code == 303
    page = portal.get("/mzj/functions").text
    assert "赵六" in page and "分管社会救助股。" in page and "王建国" not in page


def test_bad_lines_in_the_lists_are_refused_with_the_line_named_and_the_text_kept(portal, staff):
    rev = staff["rev"]
    r = save_agency(portal, rev, leaders="张三｜局长｜全面工作\n李四")
    box = field_box(r.text, "leaders")
    assert r.status_code == 200 and "第2行缺少职务" in text_of(box) and "李四" in box
    r = save_agency(portal, rev, powers="结婚登记｜行政审查｜《婚姻登记条例》｜民政局｜")
    assert "第1行的类别“行政审查”不在权力类别中" in text_of(field_box(r.text, "powers"))
    r = save_agency(portal, rev, powers="结婚登记｜行政确认｜《婚姻登记条例》｜民政局｜不存在的指南")
    assert "不是本机关已发布的办事指南" in text_of(field_box(r.text, "powers"))
    r = save_agency(portal, rev, leaders="张三｜局长｜全面工作｜多余")
    assert "第1行多于3项" in text_of(field_box(r.text, "leaders"))
    assert portal.query("content", "SELECT count(*) FROM agency_changes WHERE agency_id = 1") == [(0,)]


def test_the_power_list_links_each_item_to_its_guide(portal):
    page = portal.get("/mzj/powers").text
    rows = re.findall(r"<tr>(.*?)</tr>", page.split("<tbody>", 1)[1], re.S)
    by_name = {text_of(re.search(r'class="power-name">(.*?)</th>', r).group(1)): r for r in rows}
    assert '<a href="/mzj/guides/10">' in by_name["最低生活保障审核确认"]
    assert '<a href="/mzj/guides/1">' in by_name["结婚登记"] and "行政确认" in by_name["结婚登记"]
    assert "暂无办事指南" in by_name["对社会组织违反登记管理规定行为的处罚"]
    assert len(rows) == 6


# ---- 运行流程图 ---------------------------------------------------------------------

def flowchart(page):
    m = re.search(r"<svg\b.*?</svg>", page, re.S)
    assert m, "no flowchart"
    return m.group(0), ET.fromstring(m.group(0))


def test_a_guide_draws_its_steps_as_an_svg_flowchart_beside_the_ordered_list(portal):
    page = portal.get("/mzj/guides/10").text
    raw, svg = flowchart(page)
    assert svg.get("aria-hidden") == "true" and svg.find(SVG_NS + "title") is not None
    texts = [t.text for t in svg.iter(SVG_NS + "text")]
    assert texts == ["1. 申请", "2. 调查", "3. 公示", "4. 确认"]
    assert len(list(svg.iter(SVG_NS + "rect"))) == 4 and len(list(svg.iter(SVG_NS + "line"))) == 3
    assert int(svg.get("width")) <= 360
    steps = re.search(r'<ol class="guide-steps">(.*?)</ol>', page, re.S).group(1)
    assert [text_of(s).split("：")[0] for s in re.findall(r"<li>(.*?)</li>", steps)] == ["申请", "调查", "公示", "确认"]


def test_step_names_are_escaped_in_the_svg_and_long_ones_wrap(portal):
    long_name = "乡镇人民政府（街道办事处）组织入户调查并对家庭经济状况进行信息核对和综合评估"
    portal.execute("content", "INSERT INTO guide_steps (guide_id, sort, title, description) VALUES "
                              "(11, 1, '<script>alert(\"x\")</script> & ''引号''', ''), (11, 2, ?, '')", (long_name,))
    page = portal.get("/mzj/guides/11").text
    assert "<script>alert" not in page
    raw, svg = flowchart(page)
    assert "&lt;script&gt;" in raw
    texts = [t.text for t in svg.iter(SVG_NS + "text")]
    assert "1. <script>alert(\"x\")</script> & '引号'" in "".join(texts)
    first = next(i for i, t in enumerate(texts) if t.startswith("2. "))
    last = next(i for i, t in enumerate(texts) if t.startswith("3. "))
    long_lines = texts[first:last]
    assert len(long_lines) >= 3 and "".join(long_lines) == "2. " + long_name
    for line in texts:
        assert sum(2 if ord(c) > 127 else 1 for c in line) <= 30
    ys = [int(r.get("y")) + int(r.get("height")) for r in svg.iter(SVG_NS + "rect")]
    assert max(ys) < int(svg.get("height"))


# ---- 澄清 --------------------------------------------------------------------------

def test_a_clarification_is_listed_in_its_column_and_linked_from_the_entry_it_concerns(portal):
    column = portal.get("/mzj/clarifications").text
    assert '<a href="/mzj/catalogue/902">关于网传“高龄津贴2027年起停发”不实信息的澄清说明</a>' in column
    corrected = section(portal.get("/mzj/catalogue/37").text, "clarifications-heading")
    assert "澄清说明" in corrected and '<a href="/mzj/catalogue/902">' in corrected
    page = portal.get("/mzj/catalogue/902").text
    assert '被澄清的信息：<a href="/mzj/catalogue/37">' in page


def test_a_clarification_without_a_linked_entry_goes_live_through_review(portal, staff):
    ed, rev = staff["ed"], staff["rev"]
    entry_id = create(portal, ed, entry_form("关于网传低保“一人一档”收费的澄清", genre_id="24", relation="clarifies"))
    assert "一人一档" not in portal.get("/mzj/clarifications").text
    submit_and_publish(portal, ed, rev, entry_id)
    assert f'<a href="/mzj/catalogue/{entry_id}">' in portal.get("/mzj/clarifications").text


# ---- as an inspector finds it ---------------------------------------------------------

def test_an_inspector_finds_leaders_powers_flowcharts_and_the_library_from_the_column(portal):
    home = portal.get("/mzj/").text
    nav = re.search(r'<nav class="column-nav".*?</nav>', home, re.S).group(0)
    links = dict((text_of(label), url) for url, label in re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', nav))
    assert links["机构职能"] == "/mzj/functions" and links["权责清单"] == "/mzj/powers"
    assert links["政策文件库"] == "/mzj/policies" and links["澄清说明"] == "/mzj/clarifications"
    assert "王建国" in portal.get(links["机构职能"]).text or "赵六" in portal.get(links["机构职能"]).text
    powers = portal.get(links["权责清单"]).text
    guide = re.search(r'<a href="(/mzj/guides/\d+)">办事指南和流程图</a>', powers).group(1)
    assert "<svg" in portal.get(guide).text
    library = portal.get(links["政策文件库"]).text
    interpretation = re.search(r'<a href="(/mzj/catalogue/\d+)">文字解读</a>', library).group(1)
    assert "政策原文：" in portal.get(interpretation).text
