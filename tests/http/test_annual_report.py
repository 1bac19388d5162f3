"""The annual report built from the data (issue 6), per agency (issue 10):
/admin/annual-report/{year} builds the report of the agency the staff session
works in (民政局 for the bare roles used here), computes section 三 from that
agency's applications in private.db and section 二 from its catalogue, takes
the clerk's numbers (section 四 totals checked), goes through draft -> review
-> published with the 保密审查 attestation, and freezes its numbers;
/mzj/reports/{year} shows the tables in the national template's layout, with
an SVG chart and CSV downloads. The application fixture is the one of
tests/unit/test_annual_report.c, inserted as 民政局's rows. Other agencies and
the platform summary: test_platform_reports.py."""

import csv
import datetime
import html
import io
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from harness import Portal  # noqa: E402
from staff_login import login, make_staff, page_token  # noqa: E402

COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]

# (applicant_type, org_category, state, submitted_at UTC, received_on, replied_on, closed_on, outcome)
FIXTURE = [
    ("person", "", "replied", "2025-12-19T02:00:00Z", "2025-12-20", "2026-01-10", None, "open"),
    ("org", "business", "replied", "2025-12-27T02:00:00Z", "2025-12-28", "2026-01-15", None, "partial"),
    ("org", "research", "extended", "2025-12-14T02:00:00Z", "2025-12-15", None, None, ""),
    ("person", "", "replied", "2025-02-28T02:00:00Z", "2025-03-01", "2025-03-20", None, "open"),
    ("org", "legal_service", "closed", "2025-05-31T02:00:00Z", "2025-06-01", None, "2025-12-31", "other_no_correction"),
    # never confirmed as received: counts from the submission, 2026-01-01 01:00 in Beijing
    ("person", "", "replied", "2025-12-31T17:00:00Z", None, "2026-01-20", None, "deny_secret"),
    ("person", "", "replied", "2026-01-31T02:00:00Z", "2026-02-01", "2026-02-20", None, "open"),
    ("person", "", "replied", "2026-02-01T02:00:00Z", "2026-02-02", "2026-02-21", None, "open"),
    ("org", "public_interest", "replied", "2026-02-28T02:00:00Z", "2026-03-01", "2026-03-10", None, "partial"),
    ("org", "business", "replied", "2026-03-01T02:00:00Z", "2026-03-02", "2026-03-11", None, "deny_law"),
    ("org", "research", "replied", "2026-03-02T02:00:00Z", "2026-03-03", "2026-03-12", None, "deny_safety"),
    ("org", "public_interest", "replied", "2026-03-03T02:00:00Z", "2026-03-04", "2026-03-13", None, "deny_third_party"),
    ("org", "legal_service", "replied", "2026-03-04T02:00:00Z", "2026-03-05", "2026-03-14", None, "deny_internal"),
    ("org", "other", "replied", "2026-03-05T02:00:00Z", "2026-03-06", "2026-03-15", None, "deny_process"),
    ("person", "", "replied", "2026-03-06T02:00:00Z", "2026-03-07", "2026-03-16", None, "deny_enforcement"),
    ("org", "business", "replied", "2026-03-07T02:00:00Z", "2026-03-08", "2026-03-17", None, "deny_query"),
    ("person", "", "replied", "2026-03-31T02:00:00Z", "2026-04-01", "2026-04-10", None, "none_not_held"),
    ("person", "", "replied", "2026-04-01T02:00:00Z", "2026-04-02", "2026-04-11", None, "none_not_held"),
    ("org", "research", "replied", "2026-04-02T02:00:00Z", "2026-04-03", "2026-04-12", None, "none_need_create"),
    ("org", "public_interest", "replied", "2026-04-03T02:00:00Z", "2026-04-04", "2026-04-13", None, "none_unclear"),
    ("org", "legal_service", "replied", "2026-04-30T02:00:00Z", "2026-05-01", "2026-05-10", None, "reject_petition"),
    ("org", "other", "replied", "2026-05-01T02:00:00Z", "2026-05-02", "2026-05-11", None, "reject_repeat"),
    ("person", "", "replied", "2026-05-02T02:00:00Z", "2026-05-03", "2026-05-12", None, "reject_publication"),
    ("org", "business", "replied", "2026-05-03T02:00:00Z", "2026-05-04", "2026-05-13", None, "reject_mass"),
    ("org", "research", "replied", "2026-05-04T02:00:00Z", "2026-05-05", "2026-05-14", None, "reject_confirm"),
    ("org", "public_interest", "closed", "2026-05-31T02:00:00Z", "2026-06-01", None, "2026-06-20", "other_no_correction"),
    ("org", "legal_service", "closed", "2026-06-01T02:00:00Z", "2026-06-02", None, "2026-06-21", "other_no_fee"),
    ("org", "other", "replied", "2026-06-02T02:00:00Z", "2026-06-03", "2026-06-22", None, "other"),
    # withdrawn: no closed_on, so the date comes from its timeline event (added below)
    ("person", "", "withdrawn", "2026-02-28T02:00:00Z", "2026-03-01", None, None, ""),
    ("org", "business", "received", "2026-12-27T02:00:00Z", "2026-12-28", None, None, ""),
    ("org", "other", "replied", "2026-12-29T02:00:00Z", "2026-12-30", "2027-01-05", None, "open"),
    ("person", "", "submitted", "2026-12-31T15:59:00Z", None, None, None, ""),
    ("person", "", "submitted", "2026-12-31T16:00:00Z", None, None, None, ""),
    ("org", "", "replied", "2026-05-04T02:00:00Z", "2026-05-05", "2026-05-10", None, "open"),
]
WITHDRAWN_ROW = 28

# Section 三 of 2026 worked out by hand (same as tests/unit/test_annual_report.c), keyed by
# the row labels the template prints.
EXPECTED_2026 = [
    (("一、本年新收政府信息公开申请数量",), [9, 4, 3, 4, 3, 5, 28]),
    (("二、上年结转政府信息公开申请数量",), [1, 1, 1, 0, 0, 0, 3]),
    (("三、本年度办理结果", "（一）予以公开"), [3, 0, 0, 0, 0, 1, 4]),
    (("三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"), [0, 1, 0, 1, 0, 0, 2]),
    (("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"), [1, 0, 0, 0, 0, 0, 1]),
    (("三、本年度办理结果", "（三）不予公开", "2.其他法律行政法规禁止公开"), [0, 1, 0, 0, 0, 0, 1]),
    (("三、本年度办理结果", "（三）不予公开", "3.危及“三安全一稳定”"), [0, 0, 1, 0, 0, 0, 1]),
    (("三、本年度办理结果", "（三）不予公开", "4.保护第三方合法权益"), [0, 0, 0, 1, 0, 0, 1]),
    (("三、本年度办理结果", "（三）不予公开", "5.属于三类内部事务信息"), [0, 0, 0, 0, 1, 0, 1]),
    (("三、本年度办理结果", "（三）不予公开", "6.属于四类过程性信息"), [0, 0, 0, 0, 0, 1, 1]),
    (("三、本年度办理结果", "（三）不予公开", "7.属于行政执法案卷"), [1, 0, 0, 0, 0, 0, 1]),
    (("三、本年度办理结果", "（三）不予公开", "8.属于行政查询事项"), [0, 1, 0, 0, 0, 0, 1]),
    (("三、本年度办理结果", "（四）无法提供", "1.本机关不掌握相关政府信息"), [2, 0, 0, 0, 0, 0, 2]),
    (("三、本年度办理结果", "（四）无法提供", "2.没有现成信息需要另行制作"), [0, 0, 1, 0, 0, 0, 1]),
    (("三、本年度办理结果", "（四）无法提供", "3.补正后申请内容仍不明确"), [0, 0, 0, 1, 0, 0, 1]),
    (("三、本年度办理结果", "（五）不予处理", "1.信访举报投诉类申请"), [0, 0, 0, 0, 1, 0, 1]),
    (("三、本年度办理结果", "（五）不予处理", "2.重复申请"), [0, 0, 0, 0, 0, 1, 1]),
    (("三、本年度办理结果", "（五）不予处理", "3.要求提供公开出版物"), [1, 0, 0, 0, 0, 0, 1]),
    (("三、本年度办理结果", "（五）不予处理", "4.无正当理由大量反复申请"), [0, 1, 0, 0, 0, 0, 1]),
    (("三、本年度办理结果", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"), [0, 0, 1, 0, 0, 0, 1]),
    (("三、本年度办理结果", "（六）其他处理",
      "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"), [0, 0, 0, 1, 0, 0, 1]),
    (("三、本年度办理结果", "（六）其他处理",
      "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"), [0, 0, 0, 0, 1, 0, 1]),
    (("三、本年度办理结果", "（六）其他处理", "3.其他"), [1, 0, 0, 0, 0, 1, 2]),
    (("三、本年度办理结果", "（七）总计"), [9, 4, 3, 4, 3, 4, 27]),
    (("四、结转下年度继续办理",), [1, 1, 1, 0, 0, 1, 4]),
]

CLERK = {
    "permit": "12", "penalty": "3", "coercion": "1", "fee": "0.35",
    "review_upheld": "1", "review_corrected": "1", "review_other": "0", "review_pending": "1", "review_total": "3",
    "direct_upheld": "2", "direct_corrected": "0", "direct_other": "0", "direct_pending": "0", "direct_total": "2",
    "after_upheld": "0", "after_corrected": "0", "after_other": "1", "after_pending": "0", "after_total": "1",
}


MZJ = 1   # 宁国市民政局, the agency of the bare roles make_staff gives


def insert_application(portal, seq, row, year=None, agency_id=MZJ):
    """One application row of AGENCY_ID, straight into private.db (the numbers are the test's own)."""
    kind, category, state, submitted, received, replied, closed, outcome = row
    year = year or int(submitted[:4])
    portal.execute("private",
        "INSERT INTO applications (number, year, seq, access_code_hash, applicant_type, org_category, name, "
        "phone, address, info_title, info_description, medium, delivery, state, submitted_at, received_on, "
        "replied_on, closed_on, outcome, agency_id, agency_seq) VALUES (?, ?, ?, 'x', ?, ?, '测试申请人', "
        "'13800000000', '测试地址', '测试信息', '测试描述', 'electronic', 'online', ?, ?, ?, ?, ?, ?, ?, ?)",
        (f"YSQ-T-{seq:06d}", year, 900000 + seq, kind, category, state, submitted, received, replied, closed,
         outcome, agency_id, 900000 + seq))
    return portal.query("private", "SELECT id FROM applications WHERE number = ?", (f"YSQ-T-{seq:06d}",))[0][0]


def load_fixture(portal):
    # The fixture is all of 民政局's applications (the demo's own 2025 report: test_demo_report_2025.py).
    portal.without_demo_applications()
    for i, row in enumerate(FIXTURE):
        app_id = insert_application(portal, i + 1, row)
        if i == WITHDRAWN_ROW:
            portal.execute("private", "INSERT INTO application_events (application_id, at, day, kind, actor) "
                                      "VALUES (?, '2026-03-05T01:00:00Z', '2026-03-05', 'withdrawn', 'applicant')",
                           (app_id,))
    # A 行政规范性文件 repealed by a revision published in 2026 (宁民〔2024〕20号 style entry 27).
    portal.execute("content", "UPDATE entries SET validity = 'repealed' WHERE id = 27")
    portal.execute("content",
        "INSERT INTO entry_revisions (entry_id, rev_no, status, title, agency_id, genre_id, validity, published_at) "
        "SELECT id, (SELECT max(rev_no) + 1 FROM entry_revisions WHERE entry_id = 27), 'published', title, agency_id, "
        "genre_id, 'repealed', '2026-03-01T02:00:00Z' "
        "FROM entries WHERE id = 27")


@pytest.fixture(scope="module")
def rp():
    """A portal of this module's own with the fixture loaded and staff: rep (editor+reviewer),
    ed (editor only), rv (reviewer only). Its clock says 2027-01-20: the 2026
    report can only be submitted and published once 2026 has ended (Art. 49)."""
    p = Portal(env_overrides={"PORTAL_TODAY": "2027-01-20"})
    load_fixture(p)
    make_staff(p, "rep", "editor,reviewer")
    make_staff(p, "ed", "editor")
    make_staff(p, "rv", "reviewer")
    yield p
    p.close()


# ---- parsing tables the way a screen reader sees them -------------------------------------

class TableParser(HTMLParser):
    """Every <table>: its caption and rows of cells (tag, text, rowspan, colspan, attrs)."""

    def __init__(self):
        super().__init__()
        self.tables, self.cell, self.in_caption = [], None, False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.tables.append({"caption": "", "rows": [], "class": a.get("class", "")})
        elif tag == "caption":
            self.in_caption = True
        elif tag == "tr" and self.tables:
            self.tables[-1]["rows"].append([])
        elif tag in ("th", "td") and self.tables:
            self.cell = {"tag": tag, "text": "", "rowspan": int(a.get("rowspan", 1)),
                         "colspan": int(a.get("colspan", 1)), "attrs": a}
            self.tables[-1]["rows"][-1].append(self.cell)

    def handle_endtag(self, tag):
        if tag in ("th", "td"):
            self.cell = None
        elif tag == "caption":
            self.in_caption = False

    def handle_data(self, data):
        if self.cell is not None:
            self.cell["text"] += data
        elif self.in_caption:
            self.tables[-1]["caption"] += data


def tables_of(page):
    parser = TableParser()
    parser.feed(page)
    return parser.tables


def grid(table):
    """The table as a full grid: merged cells repeated in every slot they cover."""
    out, pending = [], {}
    for r, row in enumerate(table["rows"]):
        line, c, cells = [], 0, list(row)
        while cells or (r, c) in pending:
            if (r, c) in pending:
                line.append(pending.pop((r, c)))
                c += 1
                continue
            cell = cells.pop(0)
            for dc in range(cell["colspan"]):
                line.append(cell)
                for dr in range(1, cell["rowspan"]):
                    pending[(r + dr, c + dc)] = cell
            c += cell["colspan"]
        out.append(line)
    return out


def table3_rows(page):
    """{row labels (merged label cells, deduplicated): [7 numbers]} from the section 三 table."""
    t = next(t for t in tables_of(page) if "report-t3" in t["class"])
    rows = {}
    for line in grid(t)[3:]:
        assert len(line) == 10, [c["text"] for c in line]
        labels = []
        for cell in line[:3]:
            assert cell["tag"] == "th"
            if not labels or labels[-1] != cell["text"].strip():
                labels.append(cell["text"].strip())
        rows[tuple(labels)] = [int(c["text"]) for c in line[3:]]
    return rows


def save_form(session, portal, year, **overrides):
    token = page_token(session, portal, f"/admin/annual-report/{year}")
    data = {"csrf_token": token, "action": "save", "title": f"测试{year}年度报告",
            "section1_md": "全年**主动公开**政府信息。", "section5_md": "问题与改进。", "section6_md": "未收取信息处理费。"}
    data.update(CLERK)
    data.update(overrides)
    return session.post(portal.url(f"/admin/annual-report/{year}"), data=data, allow_redirects=False, timeout=10)


def post_step(session, portal, year, step, **data):
    data["csrf_token"] = page_token(session, portal, f"/admin/annual-report/{year}")
    return session.post(portal.url(f"/admin/annual-report/{year}/{step}"), data=data, allow_redirects=False,
                        timeout=10)


def main_text(page):
    m = re.search(r"<main\b.*?</main>", page, re.S)
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", m.group(0))))


# ---- the staff page -----------------------------------------------------------------------

def test_admin_page_puts_every_section_three_number_where_the_template_has_it(rp):
    s = login(rp, "rep", "correct horse battery")
    r = s.get(rp.url("/admin/annual-report/2026"))
    assert r.status_code == 200
    rows = table3_rows(r.text)
    assert list(rows) == [labels for labels, _ in EXPECTED_2026]
    for labels, numbers in EXPECTED_2026:
        assert rows[labels] == numbers, labels
    assert "数据勾稽关系不成立" not in r.text


def test_admin_page_counts_section_two_from_the_catalogue(rp):
    s = login(rp, "rep", "correct horse battery")
    page = s.get(rp.url("/admin/annual-report/2026")).text
    t2 = next(t for t in tables_of(page) if "report-t2" in t["class"])
    by_label = {row[0]["text"]: [c["text"] for c in row[1:]] for row in t2["rows"] if row[0]["tag"] == "th"}
    # Demo catalogue: no 规章 (entry 12, a reprinted ministry rule, is 其他文件); 行政规范性文件 44 written 2026-01-22, and
    # 10/22/27/34/37 valid until the fixture repealed 27 in 2026; 6 repealed and 20 expired earlier.
    assert by_label["规章"] == ["0", "0", "0"]   # a county bureau makes none; entry 12 is a reprint
    assert by_label["行政规范性文件"] == ["1", "1", "5"]


def test_the_year_before_shows_its_own_carry_over(rp):
    # Without the demo's 2025 draft (its clerk figures) the year is computed afresh from the fixture.
    rp.execute("content", "DELETE FROM annual_reports WHERE year = 2025 AND agency_id = 1")
    s = login(rp, "rep", "correct horse battery")
    rows = table3_rows(s.get(rp.url("/admin/annual-report/2025")).text)
    assert rows[("一、本年新收政府信息公开申请数量",)] == [2, 1, 1, 0, 1, 0, 5]
    assert rows[("四、结转下年度继续办理",)] == [1, 1, 1, 0, 0, 0, 3]


def test_section_four_totals_must_add_up_and_the_error_stands_beside_the_field(rp):
    s = login(rp, "ed", "correct horse battery")
    r = save_form(s, rp, 2024, review_total="5", direct_pending="-1", fee="abc")
    assert r.status_code == 200
    page = r.text
    field = re.search(r'<div class="field has-error">\s*<label for="r-review_total">总计</label>\s*'
                      r'<p class="field-error">([^<]+)</p>\s*<input id="r-review_total" name="review_total"[^>]*'
                      r'value="5"', page)
    assert field, "the total's error is not beside its field"
    assert "总计应等于" in field.group(1) and "前四项合计为 3" in field.group(1)
    assert re.search(r'<label for="r-direct_pending">尚未审结</label>\s*<p class="field-error">请填写0或正整数', page)
    assert re.search(r'<label for="r-fee">[^<]+</label>\s*<p class="field-error">请填写以万元为单位的金额', page)
    assert "有 3 处需要修改" in page
    assert 'value="全年**主动公开**政府信息。"' not in page   # textarea keeps it as content
    assert "全年**主动公开**政府信息。</textarea>" in page
    assert rp.query("content", "SELECT count(*) FROM annual_reports WHERE year = 2024 AND agency_id = 1") == [(0,)]


def test_preview_renders_the_typed_text_without_saving(rp):
    s = login(rp, "ed", "correct horse battery")
    r = save_form(s, rp, 2023, action="preview", section1_md="## 小标题\n\n预览**加粗**")
    assert r.status_code == 200
    assert "<strong>加粗</strong>" in r.text
    assert rp.query("content", "SELECT count(*) FROM annual_reports WHERE year = 2023 AND agency_id = 1") == [(0,)]


def test_a_future_year_cannot_be_built(rp):
    s = login(rp, "rep", "correct horse battery")
    assert s.get(rp.url("/admin/annual-report/2028")).status_code == 404   # rp's today is 2027-01-20


def test_a_handler_cannot_open_the_report(rp):
    make_staff(rp, "hd", "handler")
    s = login(rp, "hd", "correct horse battery")
    assert s.get(rp.url("/admin/annual-report/2026")).status_code == 403


def test_an_application_concluded_without_outcome_shows_the_identity_break(fresh_portal):
    p = fresh_portal()
    make_staff(p, "rep", "editor,reviewer")
    p.without_demo_applications()
    insert_application(p, 1, ("org", "research", "replied", "2026-06-30T02:00:00Z", "2026-07-01", "2026-07-09",
                              None, ""))
    s = login(p, "rep", "correct horse battery")
    page = s.get(p.url("/admin/annual-report/2026")).text
    text = main_text(page)
    assert "数据勾稽关系不成立" in text
    assert "科研机构：一＋二＝1，（七）＋四＝0（其中1件申请已办结但未登记办理结果）" in text
    assert "总计：一＋二＝1，（七）＋四＝0" in text
    assert "自然人：" not in text
    assert 'class="num report-broken"' in page


def test_a_report_whose_identity_fails_cannot_be_published(fresh_portal):
    """Finding 15.6: figures that do not add up were published and frozen."""
    p = fresh_portal(PORTAL_TODAY="2027-01-20")
    make_staff(p, "rep", "editor,reviewer")
    p.without_demo_applications()
    insert_application(p, 1, ("org", "research", "replied", "2026-06-30T02:00:00Z", "2026-07-01", "2026-07-09",
                              None, ""))
    s = login(p, "rep", "correct horse battery")
    assert save_form(s, p, 2026).status_code == 303
    assert post_step(s, p, 2026, "submit").status_code == 303
    r = post_step(s, p, 2026, "publish", secrecy_checked="1")
    assert r.status_code == 200 and "勾稽关系不成立" in r.text and "不能发布" in r.text
    assert p.query("content", "SELECT status, frozen_at FROM annual_reports WHERE agency_id = 1 AND year = 2026") \
        == [("review", None)]


# ---- the workflow and the public page --------------------------------------------------------

@pytest.fixture(scope="module")
def published(rp):
    """The 2026 report drafted by ed, submitted, and published by rv with the attestation."""
    ed = login(rp, "ed", "correct horse battery")
    r = save_form(ed, rp, 2026)
    assert r.status_code == 303 and r.headers["Location"] == "/admin/annual-report/2026?saved=1"
    assert post_step(ed, rp, 2026, "submit").status_code == 303
    rv = login(rp, "rv", "correct horse battery")
    refused = post_step(rv, rp, 2026, "publish")
    assert refused.status_code == 200 and "发布前必须完成保密审查" in refused.text
    assert rp.query("content", "SELECT status FROM annual_reports WHERE year = 2026 AND agency_id = 1") == [("review",)]
    assert post_step(ed, rp, 2026, "publish", secrecy_checked="1").status_code == 403
    r = post_step(rv, rp, 2026, "publish", secrecy_checked="1")
    assert r.status_code == 303
    return rp


def test_publishing_goes_draft_review_published_with_audit_rows(published):
    rows = published.query("private", "SELECT user_name, action, target, summary FROM audit_log "
                                      "WHERE target = 'annual_report:mzj/2026' ORDER BY id")
    assert [(u, a) for u, a, _, _ in rows] == [
        ("ed", "annual_report.create"), ("ed", "annual_report.submit"), ("rv", "annual_report.publish")]
    assert "保密审查: 已确认" in rows[-1][3] and "新收 28" in rows[-1][3] and "勾稽关系成立" in rows[-1][3]
    assert published.query("private", "SELECT DISTINCT agency_id FROM audit_log "
                                      "WHERE target = 'annual_report:mzj/2026'") == [(MZJ,)]
    status, fmt, frozen = published.query(
        "content", "SELECT status, format, frozen_at FROM annual_reports WHERE year = 2026 AND agency_id = 1")[0]
    assert (status, fmt) == ("published", "template") and frozen


def test_public_page_shows_the_tables_in_the_templates_layout(published):
    r = published.get("/mzj/reports/2026")
    assert r.status_code == 200
    page = r.text
    assert "测试2026年度报告" in page and '发布机关：<a href="/mzj/">宁国市民政局</a>' in page and "<strong>主动公开</strong>" in page
    order = [page.index(h) for h in ("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                                     "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况",
                                     "六、其他需要报告的事项")]
    assert order == sorted(order)
    rows = table3_rows(page)
    for labels, numbers in EXPECTED_2026:
        assert rows[labels] == numbers, labels
    t3 = next(t for t in tables_of(page) if "report-t3" in t["class"])
    assert "收到和处理政府信息公开申请情况" in t3["caption"]
    header = t3["rows"]
    assert [(c["text"], c["rowspan"], c["colspan"]) for c in header[0]][1] == ("申请人情况", 1, 7)
    assert [(c["text"], c["rowspan"], c["colspan"]) for c in header[1]] == [
        ("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1)]
    assert [c["text"] for c in header[2]] == COLUMNS[1:6]
    first_result = header[5]
    assert (first_result[0]["text"], first_result[0]["rowspan"]) == ("三、本年度办理结果", 22)
    deny = header[7]
    assert (deny[0]["text"], deny[0]["rowspan"], deny[0]["attrs"]["scope"]) == ("（三）不予公开", 8, "rowgroup")
    secret_cell = deny[2]
    assert secret_cell["tag"] == "td" and secret_cell["text"] == "1"
    assert secret_cell["attrs"]["headers"] == "t3-r3 t3-g3 t3-o3 t3-applicant t3-c0"
    ids = set(re.findall(r'\bid="([^"]+)"', page))
    for cell in (c for row in t3["rows"] for c in row if c["tag"] == "td"):
        assert set(cell["attrs"]["headers"].split()) <= ids
    t4 = next(t for t in tables_of(page) if "report-t4" in t["class"])
    assert [c["text"] for c in t4["rows"][-1]] == [CLERK[k] for k in (
        "review_upheld", "review_corrected", "review_other", "review_pending", "review_total",
        "direct_upheld", "direct_corrected", "direct_other", "direct_pending", "direct_total",
        "after_upheld", "after_corrected", "after_other", "after_pending", "after_total")]
    t2 = next(t for t in tables_of(page) if "report-t2" in t["class"])
    values = {row[0]["text"]: row[1]["text"] for row in t2["rows"] if len(row) == 2 and row[1]["tag"] == "td"}
    assert values == {"行政许可": "12", "行政处罚": "3", "行政强制": "1", "行政事业性收费": "0.35"}


def test_public_page_has_an_accessible_svg_chart_of_outcomes(published):
    page = published.get("/mzj/reports/2026").text
    svg = re.search(r"<svg role=\"img\".*?</svg>", page, re.S).group(0)
    assert "<title>本年度办理结果分类统计图</title>" in svg
    assert "予以公开4件，部分公开2件，不予公开8件，无法提供4件，不予处理5件，其他处理4件" in svg
    assert "style" not in svg and "<script" not in svg


def test_csv_downloads_match_the_tables(published):
    page = published.get("/mzj/reports/2026").text
    for n in (2, 3, 4):
        assert f'href="/mzj/reports/2026/table-{n}.csv"' in page
    r = published.get("/mzj/reports/2026/table-3.csv")
    assert r.status_code == 200
    assert r.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert r.headers["Content-Disposition"] == 'attachment; filename="annual-report-mzj-2026-table-3.csv"'
    assert r.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert rows[0] == ["大项", "分项", "细项"] + COLUMNS
    assert len(rows) == 1 + len(EXPECTED_2026)
    for row, (labels, numbers) in zip(rows[1:], EXPECTED_2026):
        assert tuple(x for x in row[:3] if x) == labels
        assert [int(x) for x in row[3:]] == numbers
    t2 = list(csv.reader(io.StringIO(published.get("/mzj/reports/2026/table-2.csv").content.decode("utf-8-sig"))))
    assert ["第二十条第（一）项", "行政规范性文件", "本年废止件数", "1"] in t2
    assert ["第二十条第（八）项", "行政事业性收费", "本年收费金额（单位：万元）", "0.35"] in t2
    t4 = list(csv.reader(io.StringIO(published.get("/mzj/reports/2026/table-4.csv").content.decode("utf-8-sig"))))
    assert t4[0] == ["类别", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    assert t4[1] == ["行政复议", "1", "1", "0", "1", "3"]
    assert t4[3] == ["行政诉讼（复议后起诉）", "0", "0", "1", "0", "1"]


def test_published_numbers_stay_frozen_when_the_data_changes(published):
    insert_application(published, 500, ("person", "", "replied", "2026-08-01T02:00:00Z", "2026-08-02",
                                        "2026-08-10", None, "open"))
    rows = table3_rows(published.get("/mzj/reports/2026").text)
    assert rows[("三、本年度办理结果", "（一）予以公开")] == [3, 0, 0, 0, 0, 1, 4]
    s = login(published, "rep", "correct horse battery")
    page = s.get(published.url("/admin/annual-report/2026")).text
    assert table3_rows(page)[("三、本年度办理结果", "（一）予以公开")] == [3, 0, 0, 0, 0, 1, 4]
    assert "发布时" in page and 'name="section1_md"' not in page
    published.execute("private", "DELETE FROM applications WHERE number = 'YSQ-T-000500'")


def test_the_staff_pages_name_the_agency_and_link_its_public_report(published):
    s = login(published, "rep", "correct horse battery")
    page = s.get(published.url("/admin/annual-report/2026")).text
    assert "<h1>宁国市民政局2026年度政府信息公开工作年度报告</h1>" in page
    assert '公开页面：<a href="/mzj/reports/2026">/mzj/reports/2026</a>' in page
    listing = s.get(published.url("/admin/annual-report")).text
    assert "宁国市民政局" in listing and '<a href="/mzj/reports/2026">公开页面</a>' in listing


def test_a_published_report_cannot_be_saved_again(published):
    s = login(published, "ed", "correct horse battery")
    r = save_form(s, published, 2026, title="改过的标题")
    assert r.status_code == 200 and "不能再修改" in r.text
    assert published.query("content", "SELECT title FROM annual_reports WHERE year = 2026 AND agency_id = 1") == [
        ("测试2026年度报告",)]


def test_public_report_pages_are_valid_html(published, tmp_path):
    for path in ("/mzj/reports/2026", "/mzj/reports/2012", "/mzj/reports"):
        f = tmp_path / "page.html"
        f.write_bytes(published.get(path).content)
        out = subprocess.run(["tidy", "-errors", "-q", "-utf8", str(f)], capture_output=True, text=True)
        assert "Error" not in out.stderr, (path, out.stderr)


def test_legacy_2012_report_renders_as_before_without_tables(published):
    r = published.get("/mzj/reports/2012")
    assert r.status_code == 200
    assert "report-t3" not in r.text and "<svg" not in r.text
    assert published.get("/mzj/reports/2012/table-3.csv").status_code == 404
    assert published.get("/mzj/reports/2025/table-2.csv").status_code == 404


def test_a_reviewer_returns_a_report_with_a_comment_and_the_editor_sees_it(rp):
    ed = login(rp, "ed", "correct horse battery")
    assert save_form(ed, rp, 2022).status_code == 303
    assert post_step(ed, rp, 2022, "submit").status_code == 303
    rv = login(rp, "rv", "correct horse battery")
    assert post_step(rv, rp, 2022, "return").status_code == 200     # no comment: refused
    assert post_step(rv, rp, 2022, "return", comment="第五部分请补充整改措施").status_code == 303
    page = ed.get(rp.url("/admin/annual-report/2022")).text
    assert "审核人退回意见" in page and "第五部分请补充整改措施" in page
    assert 'name="section5_md"' in page


def test_the_dashboard_reminds_of_an_unpublished_report(fresh_portal):
    p = fresh_portal()
    make_staff(p, "rep", "editor,reviewer")
    today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()
    year = today.year if today.month == 12 else today.year - 1
    p.execute("content", "DELETE FROM annual_report_figures WHERE report_id IN "
                         "(SELECT id FROM annual_reports WHERE agency_id = 1 AND year = ?)", (year,))
    p.execute("content", "DELETE FROM annual_reports WHERE agency_id = 1 AND year = ?", (year,))
    s = login(p, "rep", "correct horse battery")
    text = main_text(s.get(p.url("/admin/")).text)
    assert f"{year}年度报告应于{year + 1}年1月31日" in text.replace(" ", "")
    p.execute("content", "INSERT INTO annual_reports (agency_id, year, title, status, published_on) "
                         "VALUES (1, ?, '已发布', 'published', '2026-01-20')", (year,))
    assert f"{year}年度报告应于" not in main_text(s.get(p.url("/admin/")).text).replace(" ", "")


def test_a_year_still_running_cannot_be_submitted_or_published(fresh_portal):
    """Publishing in November would freeze the figures before December counts."""
    p = fresh_portal(PORTAL_TODAY="2026-11-28")
    make_staff(p, "rep2", "editor,reviewer")
    s = login(p, "rep2", "correct horse battery")
    assert post_step(s, p, 2026, "submit").status_code == 200
    page = post_step(s, p, 2026, "publish", secrecy_checked="1")
    assert page.status_code == 200 and "本年度尚未结束" in page.text
    status = p.query("content", "SELECT status FROM annual_reports WHERE agency_id = 1 AND year = 2026")
    assert status in ([], [("draft",)])


def test_whoever_last_saved_the_report_cannot_publish_it_even_as_reviewer(fresh_portal):
    """Four eyes (finding 15.19): an editor who is also reviewer needs a second person."""
    p = fresh_portal(PORTAL_TODAY="2027-01-20")
    make_staff(p, "rep", "editor,reviewer")
    make_staff(p, "rv", "reviewer")
    s = login(p, "rep", "correct horse battery")
    assert save_form(s, p, 2026).status_code == 303
    assert post_step(s, p, 2026, "submit").status_code == 303
    r = post_step(s, p, 2026, "publish", secrecy_checked="1")
    assert r.status_code == 409 and "不能发布您自己最后修改的版本" in r.text
    assert p.query("content", "SELECT status, frozen_at FROM annual_reports WHERE agency_id = 1 AND year = 2026") \
        == [("review", None)]
    assert p.get("/mzj/reports/2026").status_code == 404
    assert p.query("private", "SELECT user_name FROM audit_log WHERE action = 'review.self_refused' "
                   "AND target LIKE '%2026%'") == [("rep",)]
    rv = login(p, "rv", "correct horse battery")
    assert post_step(rv, p, 2026, "publish", secrecy_checked="1").status_code == 303
    assert p.get("/mzj/reports/2026").status_code == 200
