"""Applications on the platform (issue 10): the citizen chooses the agency on
the form; each agency numbers its own applications; each agency's handlers
see and process only its applications (any other agency's: 403, audited, on
every application route of admin.fcgi); and a reply that the information is
another agency's (条例 Art. 36(五)) names that agency, after which the
applicant can file there in one step. Demo agencies: 宁国市民政局 (mzj, 1),
宁国市人力资源和社会保障局 (rsj, 200), 宁国市西津街道办事处 (xjjd, 400)."""

import datetime
import html
import os
import re
import sys

import pytest
import requests

sys.path.insert(0, os.path.dirname(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from harness import ROOT, Portal, csrf_from  # noqa: E402
from http_util import tidy_errors  # noqa: E402
from staff_login import csrf_token, login, make_staff, page_token  # noqa: E402
from test_apply_form import PERSON, apply_ok, field_block, open_form, receipt_of, submit, text_of  # noqa: E402

MZJ, RSJ, XJJD = 1, 200, 400
RSJ_NAME = "宁国市人力资源和社会保障局"
RSJ_OFFICE_PHONE = "0563-4023311"      # demo: rsj's 办公室, its application office
PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def site():
    """A portal of this module's own: a 民政局 handler, a 人社局 handler, a
    handler of both, and high limits for the many submissions from one address."""
    p = Portal(env_overrides={"PORTAL_APPLY_RATE": "10000", "PORTAL_STATUS_RATE": "10000"})
    for name, roles in (("mzjclerk", "handler"), ("rsjclerk", "handler@rsj"),
                        ("both", "handler@mzj,handler@rsj")):
        make_staff(p, name, roles)
    yield p
    p.close()


@pytest.fixture(scope="module")
def mzj(site):
    return login(site, "mzjclerk", PASSWORD)


@pytest.fixture(scope="module")
def rsj(site):
    return login(site, "rsjclerk", PASSWORD)


def beijing_today():
    return (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=8)).date()


def app_row(portal, number):
    cols = ("id", "agency_id", "agency_seq", "year", "seq", "state", "referred_from", "name", "id_number",
            "phone", "address", "info_title", "info_description", "medium", "delivery", "access_code_hash",
            "submitted_at", "outcome", "reply_text", "replied_on")
    row = portal.query("private", f"SELECT {', '.join(cols)} FROM applications WHERE number = ?", (number,))
    return dict(zip(cols, row[0])) if row else None


def form_token(portal, session):
    """A CSRF token of SESSION for citizen POSTs (a page without forms has none)."""
    return csrf_from(session.get(portal.url("/apply/status")).text)


def look_up(portal, number, code, session=None):
    s = session or requests.Session()
    page = s.get(portal.url("/apply/status")).text
    r = s.post(portal.url("/apply/status"), data={"csrf_token": csrf_from(page), "number": number, "code": code})
    assert r.status_code == 200 and number in r.text, r.text[:2000]
    return s, r


def staff_post(portal, session, path, **fields):
    data = dict(fields, csrf_token=page_token(session, portal))
    return session.post(portal.url(path), data=data, allow_redirects=False, timeout=10)


LATE_REASON = "测试数据：按历史日期补录。"


def act(portal, session, app_id, action, **fields):
    if "day" in fields:   # fixed historical dates: entered late, so with a 补录说明 (finding 15.4)
        fields.setdefault("late_reason", LATE_REASON)
    page = session.get(portal.url(f"/admin/applications/{app_id}"), timeout=10)
    assert page.status_code == 200, page.text[:1000]
    data = dict(fields, csrf_token=csrf_token(page.text))
    return session.post(portal.url(f"/admin/applications/{app_id}/{action}"), data=data,
                        allow_redirects=False, timeout=10)


def done(portal, session, app_id, action, **fields):
    r = act(portal, session, app_id, action, **fields)
    assert r.status_code == 303, r.text[:3000]
    return r


# ---------------------------------------------------------------- numbers per agency


def test_each_agency_numbers_its_own_applications_from_000001(fresh_portal):
    p = fresh_portal(PORTAL_APPLY_RATE=100)
    year = beijing_today().year
    numbers = [apply_ok(p, dict(PERSON, agency=code))[1] for code in ("mzj", "rsj", "mzj", "xjjd", "rsj")]
    assert numbers == [f"MZJ-{year}-000001", f"RSJ-{year}-000001", f"MZJ-{year}-000002",
                       f"XJJD-{year}-000001", f"RSJ-{year}-000002"]
    rows = [app_row(p, n) for n in numbers]
    assert [(r["agency_id"], r["agency_seq"]) for r in rows] == [(MZJ, 1), (RSJ, 1), (MZJ, 2), (XJJD, 1), (RSJ, 2)]
    # The global (year, seq) pair still numbers every row of the platform once.
    assert [(r["year"], r["seq"]) for r in rows] == [(year, n) for n in range(1, 6)]
    assert p.query("private", "SELECT agency_id, year, last_seq FROM agency_application_counters WHERE year = ? "
                              "ORDER BY agency_id", (year,)) == [(MZJ, year, 2), (RSJ, year, 2), (XJJD, year, 1)]


def test_staff_entered_applications_take_the_next_number_of_the_clerks_agency(site, rsj):
    page = rsj.get(site.url("/admin/applications/new")).text
    assert f"登记为<strong>{RSJ_NAME}</strong>收到的申请" in page
    key = re.search(r'name="idempotency_key" value="([0-9a-f]{32})"', page).group(1)
    paper = {"channel": "post", "received_on": beijing_today().isoformat(), "applicant_type": "person",
             "person_name": "钱学森", "id_type": "resident_id", "id_number": "11010519491231002X",
             "phone": "0563-4116396", "address": "安徽省宁国市南山街道1号", "info_title": "2026年失业保险金发放名单",
             "medium": "paper", "delivery": "post"}
    r = rsj.post(site.url("/admin/applications/new"), data=dict(paper, csrf_token=csrf_token(page),
                                                                idempotency_key=key))
    assert r.status_code == 200, r.text[:2000]
    number = re.search(r"<strong>(RSJ-\d{4}-\d{6})</strong>", r.text).group(1)
    assert f"<dt>受理机关</dt><dd>{RSJ_NAME}</dd>" in r.text
    assert app_row(site, number)["agency_id"] == RSJ


# ---------------------------------------------------------------- choosing the agency on the form


def agency_select(page):
    return re.search(r'<select id="agency" name="agency" required[^>]*>.*?</select>', page, re.S).group(0)


def test_form_offers_every_agency_grouped_by_level_and_says_how_to_choose(site):
    _, _, _, page = open_form(site)
    select = agency_select(page)
    groups = re.findall(r'<optgroup label="([^"]+)">(.*?)</optgroup>', select, re.S)
    assert [g for g, _ in groups] == ["本级政府", "部门", "乡镇（街道）"]
    members = {g: re.findall(r'<option value="([a-z0-9]+)">', body) for g, body in groups}
    assert members == {"本级政府": ["zf"], "部门": ["mzj", "rsj", "czj"], "乡镇（街道）": ["xjjd", "gkz"]}
    assert '<option value="">请选择受理申请的机关</option>' in select and " selected" not in select
    # How to tell which agency holds the information (条例 Art. 10), and what happens if it is the wrong one.
    hint = text_of(re.search(r'<p class="hint" id="agency-hint">.*?</p>', page, re.S).group(0))
    assert "由制作该信息的机关负责公开" in hint and "由保存该信息的机关负责公开" in hint and "第十条" in hint
    assert "第三十六条第五项" in hint
    assert "<script" not in page                       # a plain <select>: type-ahead without JavaScript
    assert tidy_errors(page) == []


def test_agency_in_the_query_is_preselected_with_its_application_office(site):
    page = requests.get(site.url("/apply?agency=rsj"), timeout=10).text
    assert '<option value="rsj" selected>' in agency_select(page)
    assert agency_select(page).count(" selected") == 1
    assert f'<p class="apply-agency">受理机关：<strong>{RSJ_NAME}</strong></p>' in page
    office = text_of(re.search(r'<div class="agency-office">.*?</div>', page, re.S).group(0))
    assert f"{RSJ_NAME}的申请受理机构" in office
    assert RSJ_OFFICE_PHONE in office and "津北路20号二楼" in office and "办公时间" in office
    assert tidy_errors(page) == []


@pytest.mark.parametrize("code", ["nosuch", "MZJ", "a" * 21, "<b>x</b>", "101", "admin"])
def test_unknown_or_malformed_agency_in_the_query_is_said_beside_the_field(site, code):
    r = requests.get(site.url("/apply"), params={"agency": code}, timeout=10)
    assert r.status_code == 200
    block = html.unescape(field_block(r.text, "agency"))
    assert "所选的机关不在本平台上，请从列表中重新选择受理申请的机关。" in block
    assert 'aria-invalid="true"' in block and " selected" not in agency_select(r.text)
    assert "<b>x</b>" not in r.text and 'class="agency-office"' not in r.text
    assert tidy_errors(r.text) == []


@pytest.mark.parametrize("code,message", [
    ("", "请选择受理申请的机关。"),
    ("nosuch", "所选的机关不在本平台上，请从列表中重新选择受理申请的机关。"),
    ("zz9", "所选的机关不在本平台上，请从列表中重新选择受理申请的机关。"),
    ('"><script>alert(1)</script>', "所选的机关不在本平台上，请从列表中重新选择受理申请的机关。"),
])
def test_submission_without_a_valid_agency_keeps_everything_typed_and_stores_nothing(site, code, message):
    before = site.query("private", "SELECT count(*) FROM applications")[0][0]
    s, r = submit(site, dict(PERSON, agency=code))
    assert r.status_code == 200
    block = html.unescape(field_block(r.text, "agency"))
    assert message in block and 'aria-invalid="true"' in block
    assert 'href="#agency"' in r.text and "有 1 处需要修改" in r.text
    for typed in ("王晓明", "11010519491231002X", "13905634567", PERSON["info_description"]):
        assert typed in r.text, typed
    assert "<script>alert(1)</script>" not in r.text
    assert site.query("private", "SELECT count(*) FROM applications")[0][0] == before
    assert tidy_errors(r.text) == []


def test_agency_error_does_not_hide_the_other_fields_errors_and_a_fixed_form_goes_through(site):
    s, r = submit(site, dict(PERSON, agency="", phone="12345"))
    assert "有 2 处需要修改" in r.text
    assert "请选择受理申请的机关。" in html.unescape(field_block(r.text, "agency"))
    key = re.search(r'name="idempotency_key" value="([0-9a-f]{32})"', r.text).group(1)
    r = s.post(site.url("/apply"), data=dict(PERSON, agency="xjjd", csrf_token=csrf_from(r.text),
                                             idempotency_key=key), allow_redirects=False)
    assert r.status_code == 303
    number, _, receipt = receipt_of(site, s)
    assert number.startswith("XJJD-") and '<dd class="receipt-agency">宁国市西津街道办事处</dd>' in receipt


# ---------------------------------------------------------------- each agency's handlers, and only they


def application_routes():
    """The application routes of admin.fcgi, read from its route table."""
    with open(os.path.join(ROOT, "cgi-bin", "main", "admin.c"), encoding="utf-8") as f:
        source = f.read()
    block = source[source.index("---- applications"):source.index("---- end applications")]
    return set(re.findall(r'\{ METHOD_(GET|POST), "([^"]+)"', block))


def action_names():
    """Every action of the action table (application_actions.c), plus one that does not exist."""
    with open(os.path.join(ROOT, "cgi-bin", "admin", "application_actions.c"), encoding="utf-8") as f:
        source = f.read()
    table = source[source.index("static const struct app_action actions[]"):]
    table = table[:table.index("};")]
    return re.findall(r'\{ "([a-z-]+)", "', table) + ["no-such-action"]


def mzj_application_with_a_file(site, mzj):
    """A 民政局 application filed online, received and answered with a reply file."""
    _, number, _ = apply_ok(site, PERSON)
    app_id = app_row(site, number)["id"]
    today = beijing_today().isoformat()
    done(site, mzj, app_id, "receive", day=today)
    page = mzj.get(site.url(f"/admin/applications/{app_id}")).text
    r = mzj.post(site.url(f"/admin/applications/{app_id}/reply"),
                 data={"csrf_token": csrf_token(page), "day": today, "outcome": "open", "reply_text": "见附件。",
                       "delivery": "online"},
                 files=[("files", ("答复书.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf"))], allow_redirects=False)
    assert r.status_code == 303, r.text[:2000]
    file_id = site.query("private", "SELECT id FROM application_files WHERE application_id = ?", (app_id,))[0][0]
    return app_id, number, file_id


def test_every_application_route_refuses_another_agencys_handler_and_the_refusal_is_audited(site, mzj, rsj):
    assert application_routes() == {
        ("GET", "/admin/applications"), ("GET", "/admin/applications.csv"),
        ("GET", "/admin/applications/new"), ("POST", "/admin/applications/new"),
        ("GET", "/admin/applications/{id}"), ("POST", "/admin/applications/{id}/{name}"),
        ("GET", "/admin/application-files/{id}"),
        ("GET", "/admin/application-release/{id}"), ("POST", "/admin/application-release/{id}"),
    }, "a new application route: cover it here"
    app_id, number, file_id = mzj_application_with_a_file(site, mzj)
    before = app_row(site, number)
    events = site.query("private", "SELECT count(*) FROM application_events WHERE application_id = ?", (app_id,))

    # Routes that name the application or its file: 403 with the owner named, nothing shown.
    refused = [("GET", f"/admin/applications/{app_id}"), ("GET", f"/admin/application-files/{file_id}")]
    refused += [("POST", f"/admin/applications/{app_id}/{name}") for name in action_names()]
    refused += [("GET", f"/admin/application-release/{app_id}"), ("POST", f"/admin/application-release/{app_id}")]
    assert len(refused) >= 15
    token = page_token(rsj, site)
    for method, path in refused:
        r = (rsj.get(site.url(path), allow_redirects=False) if method == "GET" else
             rsj.post(site.url(path), data={"csrf_token": token, "day": beijing_today().isoformat(),
                                            "text": "x", "user_id": "1"}, allow_redirects=False))
        assert r.status_code == 403, (method, path, r.status_code)
        assert "该内容属于宁国市民政局" in r.text and RSJ_NAME in r.text, path
        assert PERSON["person_name"] not in r.text and number not in r.text, path
        assert b"%PDF" not in r.content
    assert app_row(site, number) == before
    assert site.query("private", "SELECT count(*) FROM application_events WHERE application_id = ?",
                      (app_id,)) == events

    # Every refusal is in the audit log, with the user and the agency they were working in.
    audited = site.query("private", "SELECT target, agency_id, summary FROM audit_log WHERE action = 'agency.refused' "
                                    "AND user_name = 'rsjclerk' AND target IN (?, ?)",
                         (f"application:{app_id}", f"application-file:{file_id}"))
    assert len(audited) == len(refused)
    assert {t for t, _, _ in audited} == {f"application:{app_id}", f"application-file:{file_id}"}
    assert all(agency == RSJ and summary == f"owner agency {MZJ}" for _, agency, summary in audited)

    # The routes without an application id show only the 人社局's own.
    inbox = rsj.get(site.url("/admin/applications"), params={"q": number}).text
    assert f">{number}</a>" not in inbox and "共 0 件" in inbox
    csv = rsj.get(site.url("/admin/applications.csv")).content.decode("utf-8-sig")
    assert number not in csv and PERSON["person_name"] not in csv
    assert "登记为<strong>" + RSJ_NAME in rsj.get(site.url("/admin/applications/new")).text
    # The owner's handler works as before.
    assert mzj.get(site.url(f"/admin/applications/{app_id}")).status_code == 200
    assert mzj.get(site.url(f"/admin/application-files/{file_id}")).content.startswith(b"%PDF")


def test_a_handler_sees_and_processes_only_their_agencys_applications(site, mzj, rsj):
    _, to_mzj, _ = apply_ok(site, dict(PERSON, person_name="民政申请人"))
    _, to_rsj, _ = apply_ok(site, dict(PERSON, agency="rsj", person_name="社保申请人"))
    mzj_inbox = mzj.get(site.url("/admin/applications?state=submitted")).text
    rsj_inbox = rsj.get(site.url("/admin/applications?state=submitted")).text
    assert to_mzj in mzj_inbox and to_rsj not in mzj_inbox
    assert to_rsj in rsj_inbox and to_mzj not in rsj_inbox
    assert "依申请公开办理 <span class=\"app-agency\">宁国市民政局</span>" in mzj_inbox
    # The tabs count the agency's own applications only.
    counted = dict(site.query("private", "SELECT agency_id, count(*) FROM applications GROUP BY agency_id"))
    assert f"全部 <span class=\"app-count\">（{counted[MZJ]}）</span>" in mzj_inbox
    assert f"全部 <span class=\"app-count\">（{counted[RSJ]}）</span>" in rsj_inbox
    # The CSV export, too.
    csv = mzj.get(site.url("/admin/applications.csv")).content.decode("utf-8-sig")
    assert to_mzj in csv and to_rsj not in csv and not re.search(r"\nRSJ-", csv)
    assert 'filename="applications-mzj-' in mzj.get(site.url("/admin/applications.csv")).headers["Content-Disposition"]
    # Each processes its own.
    today = beijing_today().isoformat()
    done(site, mzj, app_row(site, to_mzj)["id"], "receive", day=today)
    done(site, rsj, app_row(site, to_rsj)["id"], "receive", day=today)
    assert app_row(site, to_mzj)["state"] == app_row(site, to_rsj)["state"] == "received"


def test_assignment_lists_and_accepts_only_handlers_of_the_applications_agency(site, mzj):
    _, number, _ = apply_ok(site, PERSON)
    app_id = app_row(site, number)["id"]
    page = mzj.get(site.url(f"/admin/applications/{app_id}")).text
    assignees = re.search(r'<select id="assign-user".*?</select>', page, re.S).group(0)
    assert ">mzjclerk<" in assignees and ">both<" in assignees and ">rsjclerk<" not in assignees
    rsjclerk = site.query("private", "SELECT id FROM users WHERE name = 'rsjclerk'")[0][0]
    r = act(site, mzj, app_id, "assign", user_id=str(rsjclerk))
    assert r.status_code == 200 and "请选择一位本机关具有经办人角色的在岗人员" in r.text
    assert site.query("private", "SELECT assigned_to FROM applications WHERE id = ?", (app_id,)) == [(None,)]


def test_a_handler_of_two_agencies_sees_each_agencys_applications_after_switching(site):
    _, to_mzj, _ = apply_ok(site, dict(PERSON, person_name="两机关甲"))
    _, to_rsj, _ = apply_ok(site, dict(PERSON, agency="rsj", person_name="两机关乙"))
    both = login(site, "both", PASSWORD)
    for code, mine, other in (("mzj", to_mzj, to_rsj), ("rsj", to_rsj, to_mzj)):
        assert staff_post(site, both, "/admin/agency", agency=code).status_code == 303
        inbox = both.get(site.url("/admin/applications?state=submitted")).text
        assert mine in inbox and other not in inbox, code
        assert both.get(site.url(f"/admin/applications/{app_row(site, mine)['id']}")).status_code == 200
        assert both.get(site.url(f"/admin/applications/{app_row(site, other)['id']}")).status_code == 403


def insert_due(portal, agency_id, number, due_on):
    portal.execute("private",
                   "INSERT INTO applications (number, year, seq, access_code_hash, applicant_type, name, phone, "
                   "address, info_title, info_description, medium, delivery, state, submitted_at, received_on, "
                   "due_on, agency_id, agency_seq) VALUES (?, 2026, ?, 'x', 'person', '测试', '13800000000', '测试地址', "
                   "'测试', '测试', 'electronic', 'email', 'received', '2026-03-01T01:00:00Z', '2026-03-02', ?, ?, ?)",
                   (number, 800000 + int(number[-4:]), due_on, agency_id, 800000 + int(number[-4:])))
    return portal.query("private", "SELECT id FROM applications WHERE number = ?", (number,))[0][0]


def test_dashboard_counts_deadlines_of_the_sessions_agency_only(site, mzj, rsj):
    late = (beijing_today() - datetime.timedelta(days=10)).isoformat()
    insert_due(site, MZJ, "YSQ-2026-DASH-7001", late)
    insert_due(site, RSJ, "RSJ-2026-DASH-7002", late)
    mzj_page, rsj_page = mzj.get(site.url("/admin/")).text, rsj.get(site.url("/admin/")).text
    overdue = {agency: site.query("private", "SELECT count(*) FROM applications WHERE agency_id = ? AND due_on < ? "
                                             "AND state IN ('received', 'corrected', 'extended')",
                                  (agency, beijing_today().isoformat()))[0][0] for agency in (MZJ, RSJ)}
    assert "YSQ-2026-DASH-7001" in mzj_page and "RSJ-2026-DASH-7002" not in mzj_page
    assert "RSJ-2026-DASH-7002" in rsj_page and "YSQ-2026-DASH-7001" not in rsj_page
    assert f"已逾期（{overdue[MZJ]}件）" in mzj_page and f"已逾期（{overdue[RSJ]}件）" in rsj_page
    assert "依申请公开：期限提醒（宁国市民政局）" in mzj_page


# ---------------------------------------------------------------- Art. 36(五): naming the agency that holds it


SOCIAL = dict(PERSON, info_title="2025年宁国市失业保险金发放总额",
              info_description="请提供2025年宁国市失业保险金的发放总额和领取人数。")


def reply_fields(**extra):
    fields = {"day": beijing_today().isoformat(), "outcome": "none_not_held",
              "reason": "失业保险金由人力资源和社会保障部门负责发放和管理，相关信息不属于本机关负责公开。",
              "reply_text": "经查，您申请的信息不属于本机关负责公开，请向下列机关申请。", "delivery": "online"}
    fields.update(extra)
    return fields


def received_mzj_application(site, mzj, data=SOCIAL):
    _, number, code = apply_ok(site, data)
    app_id = app_row(site, number)["id"]
    done(site, mzj, app_id, "receive", day=beijing_today().isoformat())
    return app_id, number, code


def test_referral_end_to_end_the_reply_names_rsj_and_the_applicant_files_there_in_one_step(site, mzj, rsj):
    app_id, number, code = received_mzj_application(site, mzj)
    reply_form = mzj.get(site.url(f"/admin/applications/{app_id}")).text
    refer = re.search(r'<select id="reply-refer-agency".*?</select>', reply_form, re.S).group(0)
    assert '<option value="rsj">' in refer and 'value="mzj"' not in refer and 'value="other-agency"' in refer

    # 民政局 answers: not ours to disclose; 人社局 is (Art. 36(五)).
    done(site, mzj, app_id, "reply", **reply_fields(refer_agency="rsj"))
    row = site.query("private", "SELECT state, outcome, referral_agency_id, referral_name, referral_contact "
                                "FROM applications WHERE id = ?", (app_id,))[0]
    assert row[:4] == ("replied", "none_not_held", RSJ, RSJ_NAME) and RSJ_OFFICE_PHONE in row[4]
    summary = site.query("private", "SELECT summary FROM audit_log WHERE action = 'application.reply' "
                                    "AND target = ?", (f"application:{app_id}",))[0][0]
    assert f"告知负责公开的机关 agency:{RSJ}；补录" in summary or summary.endswith(f"告知负责公开的机关 agency:{RSJ}")
    detail = text_of(mzj.get(site.url(f"/admin/applications/{app_id}")).text)
    assert f"告知的负责公开机关{RSJ_NAME}（本平台上的机关" in detail
    answered = app_row(site, number)

    # The applicant's status page names 人社局 with its contact and offers the one step.
    s, status = look_up(site, number, code)
    panel = re.search(r'<section class="panel referral-panel".*?</section>', status.text, re.S).group(0)
    assert f'<dd class="referral-agency">{RSJ_NAME}</dd>' in panel and RSJ_OFFICE_PHONE in panel
    assert 'action="/apply/refile"' in panel and f"向{RSJ_NAME}提出同样的申请" in panel
    timeline = text_of(re.search(r'<ol class="timeline">.*?</ol>', status.text, re.S).group(0))
    assert f"负责公开该信息的机关：{RSJ_NAME}" in timeline
    assert tidy_errors(status.text) == []

    # Without the form's token, or without the lookup in this browser: refused, nothing filed.
    count = site.query("private", "SELECT count(*) FROM applications")[0][0]
    assert s.post(site.url("/apply/refile"), data={"x": "1"}, allow_redirects=False).status_code == 403
    stranger = requests.Session()
    stranger_page = stranger.get(site.url("/apply/status")).text
    r = stranger.post(site.url("/apply/refile"), data={"csrf_token": csrf_from(stranger_page)}, allow_redirects=False)
    assert r.status_code == 403 and "重新输入申请编号和查询码" in r.text
    assert site.query("private", "SELECT count(*) FROM applications")[0][0] == count

    # One step: a new application at 人社局 with its own number, date and 查询码.
    r = s.post(site.url("/apply/refile"), data={"csrf_token": csrf_from(status.text)}, allow_redirects=False)
    assert r.status_code == 303 and r.headers["Location"] == "/apply/receipt"
    new_number, new_code, receipt = receipt_of(site, s)
    assert re.fullmatch(r"RSJ-\d{4}-\d{6}", new_number) and new_code and new_code != code
    assert f'<dd class="receipt-agency">{RSJ_NAME}</dd>' in receipt
    assert f"依据申请 {number} 的答复" in text_of(receipt)
    new = app_row(site, new_number)
    assert (new["agency_id"], new["referred_from"], new["state"]) == (RSJ, app_id, "submitted")
    for field in ("name", "id_number", "phone", "address", "info_title", "info_description", "medium", "delivery"):
        assert new[field] == answered[field], field
    assert new["submitted_at"] >= answered["submitted_at"] and new["access_code_hash"] != answered["access_code_hash"]
    assert site.query("private", "SELECT kind, actor, text FROM application_events WHERE application_id = ?",
                      (new["id"],)) == [("submitted", "applicant", f"申请人依据申请 {number} 的答复（所需信息由本机关负责"
                                                                      "公开，条例第三十六条第五项）向本机关提出本申请。")]
    # Nothing moved: the first application is exactly as it was.
    assert app_row(site, number) == answered

    # Sending the step again files nothing new and shows the same receipt.
    r = s.post(site.url("/apply/refile"), data={"csrf_token": csrf_from(status.text)}, allow_redirects=False)
    assert r.status_code == 303
    again, again_code, _ = receipt_of(site, s)
    assert again == new_number and again_code == new_code
    assert site.query("private", "SELECT count(*) FROM applications WHERE referred_from = ?", (app_id,)) == [(1,)]

    # The first application's status now says where it went instead of offering the step again.
    _, status = look_up(site, number, code)
    assert 'action="/apply/refile"' not in status.text
    assert f"申请编号 <strong>{new_number}</strong>" in status.text
    # The new one is followed with its own number and code, and says where it came from.
    _, new_status = look_up(site, new_number, new_code)
    assert f"<dt>受理机关</dt><dd>{RSJ_NAME}</dd>" in new_status.text and number in new_status.text

    # It is 人社局's to process, not 民政局's.
    assert new_number in rsj.get(site.url("/admin/applications"), params={"q": new_number}).text
    rsj_detail = rsj.get(site.url(f"/admin/applications/{new['id']}"))
    assert rsj_detail.status_code == 200 and f"申请人依据申请 {number}" in rsj_detail.text
    assert f">{new_number}</a>" not in mzj.get(site.url("/admin/applications"), params={"q": new_number}).text
    assert mzj.get(site.url(f"/admin/applications/{new['id']}")).status_code == 403
    assert rsj.get(site.url(f"/admin/applications/{app_id}")).status_code == 403
    done(site, rsj, new["id"], "receive", day=beijing_today().isoformat())


def test_an_agency_off_the_platform_is_named_with_the_contact_typed_and_no_step_is_offered(site, mzj):
    app_id, number, code = received_mzj_application(site, mzj)
    done(site, mzj, app_id, "reply", **reply_fields(refer_agency="other-agency", refer_name="宣城市医疗保障局",
                                                     refer_contact="宣城市宣州区鳌峰中路1号，电话 0563-2000000"))
    assert site.query("private", "SELECT referral_agency_id, referral_name, referral_contact FROM applications "
                                 "WHERE id = ?", (app_id,)) == [(None, "宣城市医疗保障局", "宣城市宣州区鳌峰中路1号，电话 0563-2000000")]
    s, status = look_up(site, number, code)
    panel = text_of(re.search(r'<section class="panel referral-panel".*?</section>', status.text, re.S).group(0))
    assert "宣城市医疗保障局" in panel and "0563-2000000" in panel
    assert 'action="/apply/refile"' not in status.text
    count = site.query("private", "SELECT count(*) FROM applications")[0][0]
    r = s.post(site.url("/apply/refile"), data={"csrf_token": form_token(site, s)}, allow_redirects=False)
    assert r.status_code == 200 and "未提出新的申请" in r.text
    assert site.query("private", "SELECT count(*) FROM applications")[0][0] == count


def test_no_step_before_a_reply_naming_an_agency(site):
    _, number, code = apply_ok(site, SOCIAL)
    s, status = look_up(site, number, code)
    assert "referral-panel" not in status.text
    count = site.query("private", "SELECT count(*) FROM applications")[0][0]
    r = s.post(site.url("/apply/refile"), data={"csrf_token": csrf_from(status.text)}, allow_redirects=False)
    assert r.status_code == 200 and "未提出新的申请" in r.text
    assert site.query("private", "SELECT count(*) FROM applications")[0][0] == count


@pytest.mark.parametrize("fields,field,message", [
    ({"outcome": "open", "refer_agency": "rsj"}, "refer_agency", "只有答复结果为“本机关不掌握相关政府信息”"),
    ({"refer_agency": "mzj"}, "refer_agency", "不能选择本机关"),
    ({"refer_agency": "nosuch"}, "refer_agency", "请从列表中选择负责公开该信息的机关"),
    ({"refer_agency": "other-agency", "refer_contact": "电话 0563-2000000"}, "refer_name", "请填写负责公开该信息的机关的名称"),
    ({"refer_agency": "other-agency", "refer_name": "宣城市医疗保障局"}, "refer_contact", "请填写该机关的联系方式"),
    ({"refer_name": "宣城市医疗保障局"}, "refer_agency", "请在这里选择负责公开的机关"),
])
def test_a_wrong_referral_is_said_beside_its_field_and_nothing_is_answered(site, mzj, fields, field, message):
    app_id, number, _ = received_mzj_application(site, mzj)
    r = act(site, mzj, app_id, "reply", **reply_fields(**fields))
    assert r.status_code == 200
    reply = re.search(r'<details class="panel app-action" open>\s*<summary>答复</summary>.*?</details>', r.text, re.S)
    assert reply, "the reply form is shown open again"
    block = re.search(r'<div class="field has-error">\s*<label for="reply-%s">.*?</div>' % field.replace("_", "-"),
                      reply.group(0), re.S)
    assert block and message in html.unescape(block.group(0)), field
    assert "经查，您申请的信息不属于本机关负责公开" in r.text           # typed text kept
    assert app_row(site, number)["state"] == "received"
    assert tidy_errors(r.text) == []


# ---------------------------------------------------------------- mounted under a path


def test_choosing_and_filing_work_under_a_base_path():
    p = Portal(env_overrides={"PORTAL_BASE_PATH": "/xxgk"})
    try:
        s = requests.Session()
        page = s.get(p.url("/apply?agency=rsj"), timeout=10).text
        assert 'action="/xxgk/apply"' in page and 'href="/xxgk/rsj/disclosure-guide"' in page
        key = re.search(r'name="idempotency_key" value="([0-9a-f]{32})"', page).group(1)
        r = s.post(p.url("/apply"), data=dict(PERSON, agency="rsj", csrf_token=csrf_from(page), idempotency_key=key),
                   headers={"Origin": p.origin}, allow_redirects=False, timeout=10)
        assert r.status_code == 303 and r.headers["Location"] == "/xxgk/apply/receipt"
        cookie = [v for v in r.raw.headers.getlist("Set-Cookie") if v.startswith("receipt=")][0]
        assert "Path=/xxgk/apply" in cookie
        receipt = s.get(p.url("/apply/receipt"), timeout=10).text
        assert re.search(r'class="receipt-number">RSJ-\d{4}-000001<', receipt)
    finally:
        p.close()
