"""The demo's latest finished year in the national template (review finding 15.8):
starting from the demo data exactly as `make run` loads it (`portalctl init`,
the one-time admin password changed at the first login), the clerk opens
宁国市民政局's 2025 report at /admin/annual-report/2025, saves it, submits it,
attests the 保密审查 and publishes it; /mzj/reports/2025 then shows the
national tables, and section 三 holds what the demo's applications in
private.db say (sql/demo/private_demo.sql): 2 carried over from 2024, 12
received in 2025 with eight kinds of outcome, 2 carried into 2026, the
template's identity true in every column. The old-format reports (民政局's
2012, the other agencies' 2025) stay as they were."""

import csv
import html
import io
import os
import re
import sys
from html.parser import HTMLParser

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.dirname(__file__))
from harness import Portal  # noqa: E402
from staff_login import STAFF_PASSWORD, csrf_token, login, make_staff  # noqa: E402
from test_annual_report import COLUMNS, table3_rows, tables_of  # noqa: E402
from test_apply_form import PERSON, apply_ok  # noqa: E402

NEW_PASSWORD = "Wq7nzLp2vXk9 demo clerk"
R3 = "三、本年度办理结果"
NEW = ("一、本年新收政府信息公开申请数量",)
CARRIED_IN = ("二、上年结转政府信息公开申请数量",)
CONCLUDED = (R3, "（七）总计")
CARRIED_OUT = ("四、结转下年度继续办理",)
# The section 三 row of each outcome code the demo uses (withdrawn counts as "other").
OUTCOME_ROWS = {
    "open": (R3, "（一）予以公开"),
    "partial": (R3, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    "deny_process": (R3, "（三）不予公开", "6.属于四类过程性信息"),
    "none_not_held": (R3, "（四）无法提供", "1.本机关不掌握相关政府信息"),
    "none_need_create": (R3, "（四）无法提供", "2.没有现成信息需要另行制作"),
    "reject_petition": (R3, "（五）不予处理", "1.信访举报投诉类申请"),
    "other_no_correction": (R3, "（六）其他处理",
                            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    "other": (R3, "（六）其他处理", "3.其他"),
}
# Worked out by hand from sql/demo/private_demo.sql (columns as COLUMNS); every other row is 0.
EXPECTED_2025 = {
    NEW: [8, 1, 1, 1, 1, 0, 12],
    CARRIED_IN: [1, 1, 0, 0, 0, 0, 2],
    OUTCOME_ROWS["open"]: [2, 1, 0, 1, 0, 0, 4],
    OUTCOME_ROWS["partial"]: [2, 0, 0, 0, 0, 0, 2],
    OUTCOME_ROWS["deny_process"]: [0, 1, 0, 0, 0, 0, 1],
    OUTCOME_ROWS["none_not_held"]: [0, 0, 0, 0, 1, 0, 1],
    OUTCOME_ROWS["none_need_create"]: [1, 0, 0, 0, 0, 0, 1],
    OUTCOME_ROWS["reject_petition"]: [1, 0, 0, 0, 0, 0, 1],
    OUTCOME_ROWS["other_no_correction"]: [1, 0, 0, 0, 0, 0, 1],
    OUTCOME_ROWS["other"]: [1, 0, 0, 0, 0, 0, 1],
    CONCLUDED: [8, 2, 0, 1, 1, 0, 12],
    CARRIED_OUT: [1, 0, 1, 0, 0, 0, 2],
}
COLUMN_OF = {"business": 1, "research": 2, "public_interest": 3, "legal_service": 4}


def counted_from_private_db(portal, year):
    """Section 三 of 民政局's YEAR as the demo's application rows say, counted here
    from private.db (receipt: received_on; conclusion: reply, close or withdrawal)."""
    rows = portal.query("private",
        "SELECT applicant_type, org_category, state, outcome, coalesce(received_on, date(submitted_at, '+8 hours')), "
        "coalesce(replied_on, closed_on, (SELECT max(day) FROM application_events e WHERE e.application_id = a.id "
        "AND kind IN ('replied', 'closed', 'withdrawn')), '') FROM applications a WHERE agency_id = 1")
    first, last = f"{year}-01-01", f"{year}-12-31"
    table = {}

    def count(labels, col):
        line = table.setdefault(labels, [0] * 7)
        line[col] += 1
        line[6] += 1

    for kind, category, state, outcome, received, concluded in rows:
        if received > last or (concluded and concluded < first):
            continue
        col = 0 if kind == "person" else COLUMN_OF.get(category, 5)
        count(NEW if received >= first else CARRIED_IN, col)
        if not concluded or concluded > last:
            count(CARRIED_OUT, col)
        else:
            count(OUTCOME_ROWS["other" if state == "withdrawn" else outcome], col)
            count(CONCLUDED, col)
    return table


class FormFields(HTMLParser):
    """The named inputs and textareas of the form whose action ends with ACTION, as the browser would send them."""

    def __init__(self, action):
        super().__init__()
        self.action, self.inside, self.fields, self.textarea = action, False, {}, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = (a.get("action") or "").endswith(self.action)
        elif self.inside and tag == "input" and a.get("name"):
            self.fields[a["name"]] = a.get("value") or ""
        elif self.inside and tag == "textarea":
            self.textarea = a["name"]
            self.fields[self.textarea] = ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea":
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea] += data


def form_fields(page, action):
    parser = FormFields(action)
    parser.feed(page)
    return parser.fields


def admin_list_row(page, year):
    """The cells of YEAR's row on /admin/annual-report: 状态, 格式, 发布日期."""
    m = re.search(rf"<tr><th scope=\"row\">{year}年度</th><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td>", page)
    assert m, f"no row for {year}"
    return m.groups()


@pytest.fixture(scope="module")
def demo():
    """The demo as `make run` creates it, its admin still holding the one-time password."""
    p = Portal(first_login=True)
    yield p
    p.close()


@pytest.fixture(scope="module")
def clerk(demo):
    """The demo's admin (editor, reviewer and handler of 民政局), signed in the first time:
    with the password `portalctl init` printed, then one of its own."""
    s = login(demo, "admin", demo.admin_password)
    page = s.get(demo.url("/admin/password")).text
    r = s.post(demo.url("/admin/password"), data={"csrf_token": csrf_token(page), "current": demo.admin_password,
                                                  "new_password": NEW_PASSWORD, "confirm": NEW_PASSWORD},
               allow_redirects=False)
    assert r.status_code == 303, r.text[:500]
    return s


def step(s, portal, path, **data):
    data["csrf_token"] = csrf_token(s.get(portal.url("/admin/annual-report/2025")).text)
    return s.post(portal.url(path), data=data, allow_redirects=False)


def test_the_demo_applications_balance_2025_as_worked_out_by_hand(demo):
    table = counted_from_private_db(demo, 2025)
    assert table == EXPECTED_2025
    for col in range(7):
        assert table[NEW][col] + table[CARRIED_IN][col] == table[CONCLUDED][col] + table[CARRIED_OUT][col]
    # What 2025 carried in, 2024 carried out; what 2025 carried out, 2026 carries in.
    assert counted_from_private_db(demo, 2024)[CARRIED_OUT] == EXPECTED_2025[CARRIED_IN]
    assert counted_from_private_db(demo, 2026)[CARRIED_IN] == EXPECTED_2025[CARRIED_OUT]


def test_the_demo_clerk_produces_reviews_and_publishes_2025_in_the_national_template(demo, clerk):
    s = clerk
    listing = s.get(demo.url("/admin/annual-report")).text
    assert admin_list_row(listing, 2025) == ("草稿", "按统一格式编制", "")
    assert admin_list_row(listing, 2012) == ("已发布", "旧格式正文", "2013-03-15")
    # Until it is published, the year's address leads to the catalogue entry that announced it.
    assert demo.get("/mzj/reports/2025").headers.get("Location") == "/mzj/catalogue/43"
    # ... which points to the column's list, not back to that address (a loop a visitor would notice)
    announcement = demo.get("/mzj/catalogue/43").text
    assert 'href="/mzj/reports"' in announcement and "/reports/2025" not in announcement

    page = s.get(demo.url("/admin/annual-report/2025")).text
    assert "旧格式的整篇正文" not in page
    fields = form_fields(page, "/admin/annual-report/2025")
    assert fields["title"] == "宁国市民政局2025年政府信息公开工作年度报告"
    assert "全年新收政府信息公开申请12件" in fields["section1_md"]
    assert fields["permit"] == "126" and fields["review_total"] == "0"
    assert table3_rows(page) == {labels: EXPECTED_2025.get(labels, [0] * 7) for labels in table3_rows(page)}

    # The clerk adds a line to section 六 and saves the draft as the form sends it.
    fields["section6_md"] += "3. 2025年度政务公开工作要点确定的任务均已完成。\n"
    fields["action"] = "save"
    r = s.post(demo.url("/admin/annual-report/2025"), data=fields, allow_redirects=False)
    assert r.status_code == 303 and r.headers["Location"] == "/admin/annual-report/2025?saved=1"
    assert step(s, demo, "/admin/annual-report/2025/submit").status_code == 303
    page = s.get(demo.url("/admin/annual-report/2025")).text
    assert "状态：待审核" in page and "审核通过并发布" in page
    assert "勾稽关系不成立" not in page
    # Four eyes (finding 15.19): whoever saved it last cannot publish it; a second reviewer does.
    assert step(s, demo, "/admin/annual-report/2025/publish", secrecy_checked="1").status_code == 409
    make_staff(demo, "fuzeren", "reviewer@mzj")
    r = step(login(demo, "fuzeren", STAFF_PASSWORD), demo, "/admin/annual-report/2025/publish", secrecy_checked="1")
    assert r.status_code == 303

    public = demo.get("/mzj/reports/2025")
    assert public.status_code == 200
    assert "<h1>宁国市民政局2025年政府信息公开工作年度报告</h1>" in public.text
    assert "annual-report-template" in public.text and "数据勾稽关系不成立" not in public.text
    assert "2025年度政务公开工作要点确定的任务均已完成" in public.text
    rows = table3_rows(public.text)
    oracle = counted_from_private_db(demo, 2025)
    assert len(rows) == 25
    for labels, numbers in rows.items():
        assert numbers == oracle.get(labels, [0] * 7) == EXPECTED_2025.get(labels, [0] * 7), labels
    captions = [html.unescape(t["caption"]).strip() for t in tables_of(public.text)]
    assert captions == ["表一\u3000主动公开政府信息情况（2025年度）", "表二\u3000收到和处理政府信息公开申请情况（2025年度）",
                        "表三\u3000政府信息公开行政复议、行政诉讼情况（2025年度）"]
    t2 = next(t for t in tables_of(public.text) if "report-t2" in t["class"])
    assert ["行政许可", "126"] in [[c["text"].strip() for c in row] for row in t2["rows"]]

    csv_rows = list(csv.reader(io.StringIO(demo.get("/mzj/reports/2025/table-3.csv").content.decode("utf-8-sig"))))
    assert csv_rows[0] == ["大项", "分项", "细项"] + COLUMNS
    by_labels = {tuple(x for x in row[:3] if x): [int(x) for x in row[3:]] for row in csv_rows[1:]}
    assert by_labels == rows
    listing = demo.get("/mzj/reports").text
    assert 'href="/mzj/reports/2025">宁国市民政局2025年政府信息公开工作年度报告' in listing


def test_the_old_format_reports_stay_as_they_were(demo):
    r = demo.get("/mzj/reports/2012")
    assert r.status_code == 200 and "<h2>一、加强领导,为实施政务公开提供组织保证</h2>" in r.text
    for code in ("zf", "rsj", "czj", "xjjd", "gkz"):
        r = demo.get(f"/{code}/reports/2025")
        assert r.status_code == 200 and "全年收到政府信息公开申请2件" in r.text, code
        assert "annual-report-template" not in r.text, code
        # ... and the demo's private.db agrees with what the text says.
        (agency_id,), = demo.query("content", "SELECT id FROM agencies WHERE code = ?", (code,))
        assert demo.query("private", "SELECT count(*) FROM applications WHERE agency_id = ? "
                                     "AND received_on BETWEEN '2025-01-01' AND '2025-12-31'", (agency_id,)) == [(2,)]


def test_a_new_application_comes_before_the_demos_answered_ones_in_the_inbox(demo, clerk):
    """The demo's 17 answered applications of 民政局 have the oldest due dates: sorted by due
    date alone they filled the inbox's first page and the new one came after them."""
    _, number, _ = apply_ok(demo, PERSON)
    inbox = clerk.get(demo.url("/admin/applications")).text
    listed = re.findall(r">(MZJ-\d{4}-\d{6})</a>", inbox)
    answered = [n for (n,) in demo.query("private", "SELECT number FROM applications WHERE agency_id = 1 "
                                                    "AND state IN ('replied', 'withdrawn', 'closed') ORDER BY id DESC")]
    assert len(answered) == 17
    assert listed == [number] + answered
