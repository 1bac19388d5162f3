"""申请进度查询 (issue 4): looking an application up by number and 查询码, the
status page a citizen reads, correction (补正), withdrawal and reply files.
Staff actions are simulated by writing private.db directly."""

import datetime
import os
import re
import sys

import pytest
import requests

sys.path.insert(0, os.path.dirname(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from harness import Portal, csrf_from  # noqa: E402
from http_util import tidy_errors  # noqa: E402
from test_apply_form import ORG, PERSON, VALID_ID, apply_ok, drop_cookie, text_of  # noqa: E402

GENERIC = "申请编号或查询码不正确"


@pytest.fixture(scope="module")
def portal():
    """Own portal with high limits (many submissions and lookups from one address)."""
    p = Portal(env_overrides={"PORTAL_APPLY_RATE": "10000", "PORTAL_STATUS_RATE": "10000"})
    yield p
    p.close()


def look_up(portal, number, code, session=None):
    s = session or requests.Session()
    page = s.get(portal.url("/apply/status")).text
    r = s.post(portal.url("/apply/status"), data={"csrf_token": csrf_from(page), "number": number,
                                                   "code": code}, allow_redirects=False)
    return s, r


def app_id(portal, number):
    return portal.query("private", "SELECT id FROM applications WHERE number = ?", (number,))[0][0]


def staff_event(portal, number, kind, day, text="", days=0, internal=0, due_by=None):
    portal.execute("private", "INSERT INTO application_events (application_id, at, day, kind, actor, text, "
                   "days, internal, due_by) VALUES (?, '2026-01-01T00:00:00Z', ?, ?, 'staff:1', ?, ?, ?, ?)",
                   (app_id(portal, number), day, kind, text, days, internal, due_by))


def set_state(portal, number, state, **columns):
    sets = ", ".join(["state = ?"] + [f"{k} = ?" for k in columns])
    portal.execute("private", f"UPDATE applications SET {sets} WHERE number = ?",
                   (state, *columns.values(), number))


def beijing_today():
    return (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=8)).date()


def nth_workday_after(portal, day, n):
    """The calendar rule, independently: Mon-Fri plus the overrides in content.db."""
    overrides = dict(portal.query("content", "SELECT day, kind FROM calendar_days"))
    while n > 0:
        day += datetime.timedelta(days=1)
        kind = overrides.get(day.isoformat())
        if kind == "workday" or (kind is None and day.weekday() < 5):
            n -= 1
    return day


# ---------------------------------------------------------------- lookup


def test_lookup_form_asks_for_number_and_code_by_post(portal):
    r = portal.get("/apply/status")
    assert r.status_code == 200
    assert 'method="post" action="/apply/status"' in r.text
    assert 'name="number"' in r.text and 'name="code"' in r.text and csrf_from(r.text)


def test_right_number_and_code_show_the_status_page(portal):
    _, number, code = apply_ok(portal, PERSON)
    s, r = look_up(portal, number, code)
    assert r.status_code == 200
    text = text_of(r.text)
    assert number in text and "已提交" in text and "提交申请" in text
    assert re.search(r'<li class="step-current" aria-current="step"><span class="step-number">1</span> 提交', r.text)
    assert r.text.count('aria-current="step"') == 1
    assert "20个工作日内答复" in text
    assert code not in r.text
    assert "no-store" in r.headers.get("Cache-Control", "")


def test_status_page_names_the_agency_applied_to(portal):
    _, number, code = apply_ok(portal, dict(PERSON, agency="xjjd"))
    assert number.startswith("XJJD-")
    _, r = look_up(portal, number, code)
    assert "<dt>受理机关</dt><dd>宁国市西津街道办事处</dd>" in r.text


def test_an_upgraded_applications_old_number_still_finds_it(portal):
    # portalctl migrate keeps the numbers of a single-agency database (YSQ-...):
    # the applicant's receipt stays valid, and the status names the agency it was given.
    _, number, code = apply_ok(portal, PERSON)
    old = "YSQ-2025-000417"
    portal.execute("private", "UPDATE applications SET number = ? WHERE number = ?", (old, number))
    _, r = look_up(portal, old.lower(), code)
    assert r.status_code == 200 and old in r.text and "宁国市民政局" in r.text


def test_code_is_accepted_in_lower_case_with_spaces(portal):
    _, number, code = apply_ok(portal, PERSON)
    s, r = look_up(portal, number.lower(), " ".join([code[:4], code[4:8], code[8:]]).lower())
    assert r.status_code == 200 and "申请办理进度" in r.text


def test_wrong_code_and_wrong_number_get_the_same_generic_answer(portal):
    _, number, code = apply_ok(portal, PERSON)
    wrong_code = "2" * len(code) if code != "2" * len(code) else "3" * len(code)
    _, by_code = look_up(portal, number, wrong_code)
    _, by_number = look_up(portal, "YSQ-2026-999999", code)
    assert by_code.status_code == by_number.status_code == 200
    for r in (by_code, by_number):
        assert GENERIC in r.text and "申请办理进度" not in r.text
    strip = lambda t: re.sub(r'value="[^"]*"', "", t)  # noqa: E731
    assert strip(by_code.text) == strip(by_number.text)


def test_lookup_without_csrf_token_is_refused(portal):
    _, number, code = apply_ok(portal, PERSON)
    r = requests.post(portal.url("/apply/status"), data={"number": number, "code": code})
    assert r.status_code == 403


def test_lookups_are_rate_limited(fresh_portal):
    p = fresh_portal(PORTAL_STATUS_RATE=2)
    _, number, code = apply_ok(p, PERSON)
    look_up(p, number, "WRONGWRONG22")
    s, r = look_up(p, number, code)
    assert r.status_code == 200
    s, r = look_up(p, number, code)
    assert r.status_code == 429 and "查询次数已达上限" in r.text
    assert int(r.headers["Retry-After"]) > 0


def test_status_and_receipt_never_show_the_full_id_number(portal):
    s, number, code = apply_ok(portal, PERSON)
    receipt = s.get(portal.url("/apply/receipt")).text
    _, r = look_up(portal, number, code)
    assert VALID_ID not in receipt and VALID_ID not in r.text
    assert VALID_ID[:-1] not in r.text and "13905634567" not in r.text


def test_view_without_a_valid_lookup_asks_again(portal):
    r = portal.get("/apply/status?view=1")
    assert r.status_code == 200 and "重新输入申请编号和查询码" in r.text
    r = requests.get(portal.url("/apply/status?view=1"), cookies={"status": "1.99999999999.abc"})
    assert "重新输入申请编号和查询码" in r.text and "申请办理进度" not in r.text


# ---------------------------------------------------------------- timeline, due date, reply


def test_received_application_shows_step_two_and_the_due_date(portal):
    _, number, code = apply_ok(portal, PERSON)
    staff_event(portal, number, "received", "2026-09-28")
    set_state(portal, number, "received", received_on="2026-09-28", due_on="2026-10-30")
    staff_event(portal, number, "note", "2026-09-28", text="内部备注：请王科长处理", internal=1)
    _, r = look_up(portal, number, code)
    text = text_of(r.text)
    assert re.search(r'aria-current="step"><span class="step-number">2</span> 确认收到', r.text)
    assert "答复期限：2026年10月30日" in text
    assert "2026年9月28日 确认收到" in text
    assert "内部备注" not in text


def test_extension_and_provisional_due_date_are_explained(portal):
    _, number, code = apply_ok(portal, PERSON)
    staff_event(portal, number, "received", "2026-12-01")
    staff_event(portal, number, "extended", "2026-12-20", text="需调取档案", days=15)
    set_state(portal, number, "extended", due_on="2027-01-20", due_beyond_calendar=1)
    _, r = look_up(portal, number, code)
    text = text_of(r.text)
    assert "延期答复" in text and "延长15个工作日。理由：需调取档案" in text
    assert "2027年1月20日" in text and "暂定" in text
    assert re.search(r'aria-current="step"><span class="step-number">3</span> 办理中', r.text)


def test_replied_application_shows_outcome_reply_and_only_applicant_files(portal):
    _, number, code = apply_ok(portal, PERSON)
    other_number = apply_ok(portal, ORG)[1]
    staff_event(portal, number, "received", "2026-09-28")
    staff_event(portal, number, "replied", "2026-10-20", text="已作出答复")
    set_state(portal, number, "replied", outcome="deny_secret", reply_text="经审查，所申请信息属于国家秘密。",
              replied_on="2026-10-20")
    aid, other = app_id(portal, number), app_id(portal, other_number)
    for application, name, for_applicant in [(aid, "答复书.pdf", 1), (aid, "内部审批单.pdf", 0),
                                             (other, "别人的答复.pdf", 1)]:
        portal.execute("private", "INSERT INTO application_files (application_id, filename, mime, size, sha256, "
                       "data, for_applicant) VALUES (?, ?, 'application/pdf', 9, '', ?, ?)",
                       (application, name, b"%PDF-1.4\n", for_applicant))
    files = dict(portal.query("private", "SELECT filename, id FROM application_files"))
    s, r = look_up(portal, number, code)
    text = text_of(r.text)
    assert "已答复" in text and "不予公开（属于国家秘密）" in text
    assert "经审查，所申请信息属于国家秘密。" in text and "2026年10月20日" in text
    assert "答复书.pdf" in text and "内部审批单.pdf" not in text and "别人的答复.pdf" not in text
    assert 'action="/apply/withdraw"' not in r.text
    assert re.search(r'aria-current="step"><span class="step-number">4</span> 已答复', r.text)

    download = s.get(portal.url(f"/apply/files/{files['答复书.pdf']}"))
    assert download.status_code == 200 and download.content == b"%PDF-1.4\n"
    assert download.headers["Content-Type"] == "application/pdf"
    assert "attachment" in download.headers["Content-Disposition"]
    assert "%E7%AD%94%E5%A4%8D%E4%B9%A6.pdf" in download.headers["Content-Disposition"]
    assert s.get(portal.url(f"/apply/files/{files['内部审批单.pdf']}")).status_code == 404
    assert s.get(portal.url(f"/apply/files/{files['别人的答复.pdf']}")).status_code == 404
    assert requests.get(portal.url(f"/apply/files/{files['答复书.pdf']}")).status_code == 403


# ---------------------------------------------------------------- correction


def request_correction(portal, number, text="请写明所需低保资金信息的具体年份和乡镇。", due_by=None):
    staff_event(portal, number, "received", "2026-09-28")
    staff_event(portal, number, "correction_requested", "2026-09-30", text=text, due_by=due_by)
    set_state(portal, number, "correction_requested", received_on="2026-09-28")


def test_correction_request_is_shown_with_a_form(portal):
    _, number, code = apply_ok(portal, PERSON)
    request_correction(portal, number)
    _, r = look_up(portal, number, code)
    text = text_of(r.text)
    assert "待补正" in text and "需要您补正" in text
    assert "请写明所需低保资金信息的具体年份和乡镇。" in text
    assert 'action="/apply/correct"' in r.text and 'name="correction"' in r.text
    # Art. 30: the period starts afresh on the correction; it is not "paused".
    assert "答复期限自本机关收到您的补正之日起重新计算20个工作日（第三十条）。" in text
    assert "暂停" not in text


def test_correction_request_tells_the_applicant_the_period_and_what_missing_it_means(portal):
    _, number, code = apply_ok(portal, PERSON)
    request_correction(portal, number, due_by="2026-10-15")
    _, r = look_up(portal, number, code)
    text = text_of(r.text)
    assert "请于2026年10月15日前提交补正，逾期无正当理由不补正的，视为放弃申请（第三十条）" in text
    assert '<time datetime="2026-10-15">' in r.text
    # The timeline keeps the period after the state has moved on.
    events = re.search(r'<ol class="timeline">(.*?)</ol>', r.text, re.S).group(1)
    assert "补正期限：2026年10月15日" in text_of(events)
    assert tidy_errors(r.text) == []


def test_correction_notice_recorded_without_a_period_shows_its_text_only(portal):
    _, number, code = apply_ok(portal, PERSON)
    request_correction(portal, number)
    _, r = look_up(portal, number, code)
    text = text_of(r.text)
    assert "请写明所需低保资金信息的具体年份和乡镇。" in text and "请于" not in text


def test_correction_records_an_event_and_restarts_the_clock(portal):
    _, number, code = apply_ok(portal, PERSON)
    request_correction(portal, number)
    s, r = look_up(portal, number, code)
    corrected = "所需信息为2025年宁国市西津街道、河沥溪街道的城乡低保资金发放总额。"
    r = s.post(portal.url("/apply/correct"), data={"csrf_token": csrf_from(r.text), "correction": corrected},
               allow_redirects=False)
    assert r.status_code == 303 and r.headers["Location"].startswith("/apply/status?view=1")
    page = s.get(portal.url(r.headers["Location"]))
    text = text_of(page.text)
    assert "您的补正内容已提交" in text and "已补正" in text and corrected in text
    today = beijing_today()
    row = portal.query("private", "SELECT state, due_on, info_description FROM applications WHERE number = ?",
                       (number,))[0]
    assert row[0] == "corrected"
    assert row[1] == nth_workday_after(portal, today, 20).isoformat()
    assert row[2] == PERSON["info_description"]
    events = portal.query("private", "SELECT kind, day, actor, text FROM application_events "
                          "WHERE application_id = ? ORDER BY id", (app_id(portal, number),))
    assert events[-1] == ("corrected", today.isoformat(), "applicant", corrected)


def test_empty_correction_gets_a_message_and_records_nothing(portal):
    _, number, code = apply_ok(portal, PERSON)
    request_correction(portal, number)
    s, r = look_up(portal, number, code)
    r = s.post(portal.url("/apply/correct"), data={"csrf_token": csrf_from(r.text), "correction": "  "})
    assert r.status_code == 200 and "此项为必填项" in r.text and 'aria-invalid="true"' in r.text
    assert portal.query("private", "SELECT state FROM applications WHERE number = ?", (number,))[0][0] \
        == "correction_requested"


def test_correction_is_refused_when_none_was_asked_for(portal):
    _, number, code = apply_ok(portal, PERSON)
    s, r = look_up(portal, number, code)
    r = s.post(portal.url("/apply/correct"), data={"csrf_token": csrf_from(r.text), "correction": "补充"})
    assert "目前不需要补正" in r.text
    kinds = [k for (k,) in portal.query("private", "SELECT kind FROM application_events WHERE application_id = ?",
                                        (app_id(portal, number),))]
    assert kinds == ["submitted"]


def test_correction_needs_a_lookup_in_this_browser(portal):
    _, number, code = apply_ok(portal, PERSON)
    request_correction(portal, number)
    s, r = look_up(portal, number, code)
    token = csrf_from(r.text)
    drop_cookie(s, "status")
    r = s.post(portal.url("/apply/correct"), data={"csrf_token": token, "correction": "补充"})
    assert r.status_code == 403 and "重新输入申请编号和查询码" in r.text


# ---------------------------------------------------------------- withdrawal


def test_withdrawal_asks_for_confirmation_then_withdraws(portal):
    _, number, code = apply_ok(portal, PERSON)
    s, r = look_up(portal, number, code)
    token = csrf_from(r.text)
    r = s.post(portal.url("/apply/withdraw"), data={"csrf_token": token})
    assert r.status_code == 200 and "确定撤回申请？撤回后本机关将终止办理" in r.text
    assert 'name="confirm" value="1"' in r.text
    assert portal.query("private", "SELECT state FROM applications WHERE number = ?", (number,))[0][0] == "submitted"
    r = s.post(portal.url("/apply/withdraw"), data={"csrf_token": token, "confirm": "1"}, allow_redirects=False)
    assert r.status_code == 303
    html = s.get(portal.url(r.headers["Location"])).text
    page = text_of(html)
    assert "您的申请已撤回" in page and "撤回申请" in page
    # Withdrawn before receipt: 确认收到 and 办理中 never happened (finding 15.23).
    steps = re.findall(r'<li class="(step-[a-z]+)"[^>]*><span class="step-number">(\d)</span>', html)
    assert steps == [("step-done", "1"), ("step-skipped", "2"), ("step-skipped", "3"), ("step-current", "4")]
    row = portal.query("private", "SELECT state, closed_on FROM applications WHERE number = ?", (number,))[0]
    assert row == ("withdrawn", beijing_today().isoformat())
    r = s.post(portal.url("/apply/withdraw"), data={"csrf_token": token, "confirm": "1"})
    assert "已不能撤回" in r.text
    assert portal.query("private", "SELECT count(*) FROM application_events WHERE kind = 'withdrawn' "
                        "AND application_id = ?", (app_id(portal, number),))[0][0] == 1


def test_replied_application_cannot_be_withdrawn(portal):
    _, number, code = apply_ok(portal, PERSON)
    s, r = look_up(portal, number, code)
    set_state(portal, number, "replied", outcome="open")
    r = s.post(portal.url("/apply/withdraw"), data={"csrf_token": csrf_from(r.text), "confirm": "1"})
    assert "已答复，已不能撤回" in r.text
    assert portal.query("private", "SELECT state FROM applications WHERE number = ?", (number,))[0][0] == "replied"


def test_withdrawal_without_csrf_is_refused(portal):
    _, number, code = apply_ok(portal, PERSON)
    s, r = look_up(portal, number, code)
    r = s.post(portal.url("/apply/withdraw"), data={"confirm": "1"})
    assert r.status_code == 403
    assert portal.query("private", "SELECT state FROM applications WHERE number = ?", (number,))[0][0] == "submitted"


# ---------------------------------------------------------------- from the receipt (finding 15.28)


def test_the_receipt_opens_the_status_page_in_one_step_and_the_code_field_is_plain_text(portal):
    s, number, code = apply_ok(portal, PERSON)
    receipt = s.get(portal.url("/apply/receipt")).text
    assert "查询码只在本页显示这一次" not in receipt and "30分钟内" in receipt
    form = re.search(r'<form[^>]*action="/apply/status"[^>]*>(.*?)</form>', receipt, re.S).group(1)
    fields = dict(re.findall(r'name="([a-z_]+)" value="([^"]*)"', form))
    assert fields["number"] == number and fields["code"] == code
    r = s.post(portal.url("/apply/status"), data=fields)
    assert r.status_code == 200 and "申请办理进度" in r.text and number in r.text

    lookup = s.get(portal.url("/apply/status")).text
    assert 'type="password"' not in lookup and re.search(r'<input type="text" id="code"', lookup)
    wrong = s.post(portal.url("/apply/status"), data={"csrf_token": csrf_from(lookup), "number": number,
                                                      "code": "WRONGCODE123"})
    assert "申请编号或查询码不正确" in wrong.text and 'value="WRONGCODE123"' in wrong.text   # typed input kept
