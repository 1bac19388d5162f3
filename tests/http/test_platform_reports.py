"""Annual reports on the platform (issue 10): every agency publishes its own
政府信息公开年报 at /{code}/reports; each report counts only its own agency's
applications (section 三) and staff reach only the report of the agency they
work in; the platform administrator's summary (/admin/annual-report-summary)
adds section 三 over all agencies, shows each agency's report state and gives
the summed table as CSV. Applications are written straight into the test's
private.db with agency_id set, as the form would have filed them."""

import csv
import io
import os
import re
import subprocess
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.dirname(__file__))
from harness import Portal  # noqa: E402
from staff_login import login, make_staff, page_token  # noqa: E402
from test_annual_report import COLUMNS, CLERK, insert_application, table3_rows, tables_of  # noqa: E402

MZJ, RSJ, CZJ = 1, 200, 300
PASSWORD = "correct horse battery"
NEW = ("一、本年新收政府信息公开申请数量",)
CARRIED_IN = ("二、上年结转政府信息公开申请数量",)
OPENED = ("三、本年度办理结果", "（一）予以公开")
PARTIAL = ("三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")
SECRET = ("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密")
NOT_HELD = ("三、本年度办理结果", "（四）无法提供", "1.本机关不掌握相关政府信息")
CONCLUDED = ("三、本年度办理结果", "（七）总计")
CARRIED_OUT = ("四、结转下年度继续办理",)

# (agency, (applicant_type, org_category, state, submitted_at, received_on, replied_on, closed_on, outcome))
APPLICATIONS = [
    (MZJ, ("person", "", "replied", "2026-03-01T02:00:00Z", "2026-03-01", "2026-03-10", None, "open")),
    (MZJ, ("org", "business", "replied", "2026-04-01T02:00:00Z", "2026-04-01", "2026-04-20", None, "partial")),
    (MZJ, ("person", "", "received", "2026-12-28T02:00:00Z", "2026-12-28", None, None, "")),
    (RSJ, ("person", "", "replied", "2026-02-01T02:00:00Z", "2026-02-01", "2026-02-15", None, "deny_secret")),
    (RSJ, ("org", "research", "replied", "2025-12-20T02:00:00Z", "2025-12-20", "2026-01-10", None, "open")),
    (RSJ, ("org", "legal_service", "replied", "2026-05-01T02:00:00Z", "2026-05-01", "2026-05-05", None,
           "none_not_held")),
    (RSJ, ("person", "", "replied", "2026-06-01T02:00:00Z", "2026-06-01", "2026-06-05", None, "open")),
]

# Section 三 of 2026 per agency, worked out by hand from APPLICATIONS
# (columns 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计).
EXPECTED = {
    MZJ: {NEW: [2, 1, 0, 0, 0, 0, 3], CARRIED_IN: [0] * 7, OPENED: [1, 0, 0, 0, 0, 0, 1],
          PARTIAL: [0, 1, 0, 0, 0, 0, 1], SECRET: [0] * 7, NOT_HELD: [0] * 7,
          CONCLUDED: [1, 1, 0, 0, 0, 0, 2], CARRIED_OUT: [1, 0, 0, 0, 0, 0, 1]},
    RSJ: {NEW: [2, 0, 0, 0, 1, 0, 3], CARRIED_IN: [0, 0, 1, 0, 0, 0, 1], OPENED: [1, 0, 1, 0, 0, 0, 2],
          PARTIAL: [0] * 7, SECRET: [1, 0, 0, 0, 0, 0, 1], NOT_HELD: [0, 0, 0, 0, 1, 0, 1],
          CONCLUDED: [2, 0, 1, 0, 1, 0, 4], CARRIED_OUT: [0] * 7},
}


@pytest.fixture(scope="module")
def pp():
    """A platform whose clock says 2027-01-20 (2026 can be published), with 民政局's and
    人社局's applications and staff: ed (editor, 民政局), rs (editor, 人社局), rsrev (editor
    and reviewer, 人社局), pa (platform administrator only)."""
    p = Portal(env_overrides={"PORTAL_TODAY": "2027-01-20"})
    p.without_demo_applications()
    for i, (agency, row) in enumerate(APPLICATIONS):
        insert_application(p, 700 + i, row, agency_id=agency)
    make_staff(p, "ed", "editor")
    make_staff(p, "rs", "editor@rsj")
    make_staff(p, "rsrev", "editor@rsj,reviewer@rsj")
    make_staff(p, "pa", "admin")
    yield p
    p.close()


def summary_rows(page):
    """{agency name: {column header: cell text}} from the summary's agency table."""
    t = next(t for t in tables_of(page) if "report-summary-agencies" in t["class"])
    header = [c["text"].strip() for c in t["rows"][0]]
    return {row[0]["text"].strip(): dict(zip(header, (c["text"].strip() for c in row)))
            for row in t["rows"][1:]}


def agencies(portal):
    return portal.query("content", "SELECT id, code, name FROM agencies WHERE parent_id IS NULL ORDER BY id")


# ---- public pages ---------------------------------------------------------------------------

def test_every_demo_agency_publishes_its_2025_report_in_its_own_column(portal):
    """民政局's 2025 report is a draft in the national format for the demo's clerk to publish
    (test_demo_report_2025.py); until then its year leads to the catalogue entry that announced it."""
    rows = agencies(portal)
    assert len(rows) >= 6
    for _, code, name in rows:
        r = portal.get(f"/{code}/reports/2025")
        if code == "mzj":
            assert r.status_code == 301 and r.headers["Location"] == "/mzj/catalogue/43"
            assert 'href="/mzj/reports/2025"' in portal.get("/mzj/reports").text
            continue
        assert r.status_code == 200, code
        assert f"<h1>{name}2025年政府信息公开工作年度报告</h1>" in r.text, code
        assert f'发布机关：<a href="/{code}/">{name}</a>' in r.text, code
        assert f'<a href="/{code}/reports">{name}全部年度报告</a>' in r.text, code
        listing = portal.get(f"/{code}/reports")
        assert listing.status_code == 200 and f'href="/{code}/reports/2025"' in listing.text, code
        others = [n for _, c, n in rows if c != code]
        assert not any(f"{n}2025年" in listing.text for n in others), code


def test_an_agency_without_a_report_of_the_year_answers_404(portal):
    assert portal.get("/rsj/reports/2012").status_code == 404     # only 民政局 has 2012
    assert portal.get("/mzj/reports/2012").status_code == 200


def test_links_carry_the_base_path_when_mounted_under_a_prefix():
    p = Portal(env_overrides={"PORTAL_BASE_PATH": "/xxgk"})
    try:
        r = p.get("/rsj/reports/2025")
        assert r.status_code == 200
        assert 'href="/xxgk/rsj/"' in r.text and 'href="/xxgk/rsj/reports"' in r.text
        listing = p.get("/rsj/reports").text
        assert 'href="/xxgk/rsj/reports/2025"' in listing
        assert not re.search(r'href="/(rsj|reports)', listing)
    finally:
        p.close()


# ---- each agency counts its own applications ---------------------------------------------------

@pytest.mark.parametrize("user,agency,name", [("ed", MZJ, "宁国市民政局"), ("rs", RSJ, "宁国市人力资源和社会保障局")])
def test_section_three_counts_only_the_agencys_own_applications(pp, user, agency, name):
    s = login(pp, user, PASSWORD)
    r = s.get(pp.url("/admin/annual-report/2026"))
    assert r.status_code == 200
    assert f"<h1>{name}2026年度政府信息公开工作年度报告</h1>" in r.text
    rows = table3_rows(r.text)
    for labels, numbers in EXPECTED[agency].items():
        assert rows[labels] == numbers, (user, labels)


def test_an_editor_of_rsj_reaches_only_rsjs_report(pp):
    s = login(pp, "rs", PASSWORD)
    page = s.get(pp.url("/admin/annual-report/2025")).text
    assert "<h1>宁国市人力资源和社会保障局2025年度" in page
    assert "宁国市民政局" not in re.search(r"<main\b.*?</main>", page, re.S).group(0)
    listing = s.get(pp.url("/admin/annual-report")).text
    assert 'href="/rsj/reports/2025"' in listing and "/mzj/reports" not in listing
    # switching into 民政局 without a role there is refused and audited
    switch = s.post(pp.url("/admin/agency"), data={"csrf_token": page_token(s, pp), "agency": "mzj"},
                    allow_redirects=False)
    assert switch.status_code == 403
    assert pp.query("private", "SELECT count(*) FROM audit_log WHERE user_name = 'rs' AND action = 'agency.refused'") \
        == [(1,)]
    assert "<h1>宁国市人力资源和社会保障局2025年度" in s.get(pp.url("/admin/annual-report/2025")).text


def test_a_draft_saved_by_rsj_is_rsjs_and_leaves_mzjs_report_alone(pp):
    s = login(pp, "rs", PASSWORD)
    data = {"csrf_token": page_token(s, pp, "/admin/annual-report/2024"), "action": "save",
            "title": "人社局2024年度报告（草稿）", "section1_md": "总体情况。", "section5_md": "", "section6_md": ""}
    data.update(CLERK)
    r = s.post(pp.url("/admin/annual-report/2024"), data=data, allow_redirects=False)
    assert r.status_code == 303
    assert pp.query("content", "SELECT agency_id, status FROM annual_reports WHERE year = 2024") == [(RSJ, "draft")]
    assert pp.query("private", "SELECT target, agency_id FROM audit_log WHERE action = 'annual_report.create'") == [
        ("annual_report:rsj/2024", RSJ)]
    ed = login(pp, "ed", PASSWORD)
    page = ed.get(pp.url("/admin/annual-report/2024")).text
    assert "人社局2024年度报告（草稿）" not in page and "尚未编制" in page
    assert pp.get("/rsj/reports/2024").status_code == 404   # a draft is not public


# ---- the platform summary -------------------------------------------------------------------------

def test_the_summary_is_refused_to_everyone_but_the_platform_administrator(pp):
    for user in ("ed", "rs", "rsrev"):
        s = login(pp, user, PASSWORD)
        for path in ("/admin/annual-report-summary", "/admin/annual-report-summary/2026",
                     "/admin/annual-report-summary/2026/table-3.csv"):
            assert s.get(pp.url(path), allow_redirects=False).status_code == 403, (user, path)
        assert "/admin/annual-report-summary" not in s.get(pp.url("/admin/")).text
    assert pp.get("/admin/annual-report-summary/2026").status_code in (303, 403)   # anonymous: to the login


def test_the_summary_adds_section_three_of_every_agency(pp):
    s = login(pp, "pa", PASSWORD)
    r = s.get(pp.url("/admin/annual-report-summary"), allow_redirects=False)
    assert r.status_code == 303 and r.headers["Location"] == "/admin/annual-report-summary/2026"
    page = s.get(pp.url("/admin/annual-report-summary/2026")).text
    assert 'href="/admin/annual-report-summary"' in page   # the navigation offers it to the administrator
    rows = table3_rows(page)
    assert rows[NEW] == [4, 1, 0, 0, 1, 0, 6]
    for labels in EXPECTED[MZJ]:
        assert rows[labels] == [a + b for a, b in zip(EXPECTED[MZJ][labels], EXPECTED[RSJ][labels])], labels
    assert rows[CONCLUDED] == [3, 1, 1, 0, 1, 0, 6]
    assert "数据勾稽关系不成立" not in page


def test_the_summary_lists_each_agencys_report_state(pp):
    s = login(pp, "pa", PASSWORD)
    states = summary_rows(s.get(pp.url("/admin/annual-report-summary/2025")).text)
    names = [n for _, _, n in agencies(pp)]
    assert sorted(states) == sorted(names)
    assert states.pop("宁国市民政局")["报告状态"] == "草稿"   # the demo leaves it to be published
    assert all(row["报告状态"] == "已发布" for row in states.values())
    page = s.get(pp.url("/admin/annual-report-summary/2025")).text
    for _, code, _ in agencies(pp):
        assert (f'href="/{code}/reports/2025"' in page) == (code != "mzj"), code
    states_2026 = summary_rows(s.get(pp.url("/admin/annual-report-summary/2026")).text)
    assert states_2026["宁国市财政局"]["报告状态"] == "尚未编制"
    assert states_2026["宁国市财政局"]["公开页面"] == ""
    assert states_2026["宁国市人力资源和社会保障局"]["本年新收"] == "3"
    assert states_2026["宁国市民政局"]["本年新收"] == "3"
    assert states_2026["宁国市民政局"]["结转下年"] == "1"


def test_the_summary_csv_matches_the_table(pp):
    s = login(pp, "pa", PASSWORD)
    page = s.get(pp.url("/admin/annual-report-summary/2026")).text
    assert 'href="/admin/annual-report-summary/2026/table-3.csv"' in page
    table = table3_rows(page)
    r = s.get(pp.url("/admin/annual-report-summary/2026/table-3.csv"))
    assert r.status_code == 200
    assert r.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert r.headers["Content-Disposition"] == 'attachment; filename="annual-report-summary-2026-table-3.csv"'
    rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert rows[0] == ["大项", "分项", "细项"] + COLUMNS
    assert len(rows) - 1 == len(table)
    for row, (labels, numbers) in zip(rows[1:], table.items()):
        assert tuple(x for x in row[:3] if x) == labels
        assert [int(x) for x in row[3:]] == numbers


def test_an_unknown_or_future_summary_year_is_404(pp):
    s = login(pp, "pa", PASSWORD)
    assert s.get(pp.url("/admin/annual-report-summary/2028")).status_code == 404
    assert s.get(pp.url("/admin/annual-report-summary/2007")).status_code == 404
    r = s.get(pp.url("/admin/annual-report-summary?year=abc"))
    assert r.status_code == 200 and "请输入2008至2027之间的年份" in r.text


def test_a_platform_administrator_outside_any_agency_is_sent_to_the_summary(pp):
    s = login(pp, "pa", PASSWORD)
    r = s.get(pp.url("/admin/annual-report"), allow_redirects=False)
    assert r.status_code == 303 and r.headers["Location"] == "/admin/annual-report-summary"
    r = s.get(pp.url("/admin/annual-report/2026"), allow_redirects=False)
    assert r.status_code == 303 and r.headers["Location"] == "/admin/annual-report-summary/2026"
    assert s.get(pp.url("/admin/annual-report/2028")).status_code == 404


def test_publishing_rsjs_report_freezes_its_share_of_the_summary(pp):
    """rsj publishes 2026; the summary then counts rsj's frozen numbers and links its public page,
    and an application filed at rsj afterwards no longer moves rsj's part."""
    s = login(pp, "rs", PASSWORD)   # rs drafts and submits, rsrev publishes (four eyes)
    data = {"csrf_token": page_token(s, pp, "/admin/annual-report/2026"), "action": "save",
            "title": "人社局2026年度报告", "section1_md": "总体情况。", "section5_md": "", "section6_md": ""}
    data.update(CLERK)
    assert s.post(pp.url("/admin/annual-report/2026"), data=data, allow_redirects=False).status_code == 303
    rev = login(pp, "rsrev", PASSWORD)
    for who, step, extra in ((s, "submit", {}), (rev, "publish", {"secrecy_checked": "1"})):
        extra["csrf_token"] = page_token(who, pp, "/admin/annual-report/2026")
        assert who.post(pp.url(f"/admin/annual-report/2026/{step}"), data=extra,
                        allow_redirects=False).status_code == 303, step
    public = pp.get("/rsj/reports/2026")
    assert public.status_code == 200
    assert table3_rows(public.text)[NEW] == EXPECTED[RSJ][NEW]
    assert pp.get("/mzj/reports/2026").status_code == 404   # 民政局 has not published
    insert_application(pp, 790, ("person", "", "replied", "2026-09-01T02:00:00Z", "2026-09-01", "2026-09-05",
                                 None, "open"), agency_id=RSJ)
    admin = login(pp, "pa", PASSWORD)
    page = admin.get(pp.url("/admin/annual-report-summary/2026")).text
    states = summary_rows(page)
    assert states["宁国市人力资源和社会保障局"]["报告状态"] == "已发布"
    assert states["宁国市人力资源和社会保障局"]["数字"] == "发布时冻结"
    assert states["宁国市民政局"]["数字"] == "实时计算"
    assert 'href="/rsj/reports/2026"' in page
    assert table3_rows(page)[NEW] == [4, 1, 0, 0, 1, 0, 6]
    pp.execute("private", "DELETE FROM applications WHERE number = 'YSQ-T-000790'")


def test_summary_and_report_pages_are_valid_html(pp, tmp_path):
    admin = login(pp, "pa", PASSWORD)
    pages = {"summary": admin.get(pp.url("/admin/annual-report-summary/2026")).content,
             "list": login(pp, "rs", PASSWORD).get(pp.url("/admin/annual-report")).content,
             "reports": pp.get("/rsj/reports").content, "report": pp.get("/rsj/reports/2025").content}
    for name, body in pages.items():
        f = tmp_path / f"{name}.html"
        f.write_bytes(body)
        out = subprocess.run(["tidy", "-errors", "-q", "-utf8", str(f)], capture_output=True, text=True)
        assert "Error" not in out.stderr, (name, out.stderr)


def test_the_link_check_names_the_report_by_its_agencys_url(pp):
    pp.execute("content", "UPDATE annual_reports SET section6_md = '详见 http://example.com/a' "
                          "WHERE agency_id = ? AND year = 2025", (RSJ,))
    try:
        page = login(pp, "rs", PASSWORD).get(pp.url("/admin/links")).text   # 人社局's own links
        assert 'href="/rsj/reports/2025"' in page and 'href="/reports/2025"' not in page
    finally:
        pp.execute("content", "UPDATE annual_reports SET section6_md = '' WHERE agency_id = ? AND year = 2025", (RSJ,))


def test_reports_published_as_catalogue_entries_are_listed_and_reached(pp):
    """Finding 15.22: /reports listed 2025 and 2012 only; 民政局's 2022-2024 reports,
    published as catalogue entries (体裁 年度报告), answered 404 at their year."""
    listing = pp.get("/mzj/reports").text
    years = [int(y) for y in re.findall(r'href="/mzj/reports/(\d{4})"', listing)]
    assert years == [2025, 2024, 2023, 2022, 2012]
    for year in (2022, 2023, 2024):
        (entry_id,), = pp.query("content", "SELECT id FROM entries WHERE owner_id = 1 AND title LIKE ?",
                                (f"%{year}年政府信息公开工作年度报告",))
        r = pp.get(f"/mzj/reports/{year}")
        assert r.status_code == 301 and r.headers["Location"] == f"/mzj/catalogue/{entry_id}"
    assert pp.get("/mzj/reports/2019").status_code == 404
    assert pp.get("/rsj/reports/2024").status_code == 404   # 民政局's entry, not 人社局's
