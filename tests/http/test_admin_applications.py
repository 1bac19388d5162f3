"""Application processing for clerks (issue 5): the inbox, the detail page,
every action with the due date it produces on the 2026 calendar, actions
refused in the wrong state, reply files, staff-entered paper applications,
the CSV export per role, and the audit rows all of them leave. Every clerk
here works in 宁国市民政局 (mzj, agency 1), the demo's default agency; what
other agencies' staff see of it is pinned down in test_platform_applications.py.

Due dates are hand-counted on the 2026 calendar (State Council schedule in
sql/demo/content_demo.sql); the receipt day is day 0 and the reply is due on
the 20th working day after it (条例 Art. 31-33)."""

import datetime
import itertools
import os
import re
import sys

import pytest
import requests

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from harness import Portal  # noqa: E402
from http_util import tidy_errors  # noqa: E402
from staff_login import csrf_token, login, make_staff  # noqa: E402

NAME = "欧阳春晓"
PHONE = "13905634567"
ID_NUMBER = "11010519491231002X"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 32

_seq = itertools.count(1)


# ---------------------------------------------------------------- set-up


@pytest.fixture(scope="module")
def site():
    """A portal of this module's own (applications change global counts), with
    a clerk (经办人), a second clerk, a platform admin working in 民政局 without
    the handler role, and an editor."""
    p = Portal()
    for name, roles in (("clerk", "handler"), ("clerk2", "handler"), ("boss", "admin,reviewer"),
                        ("writer", "editor")):
        make_staff(p, name, roles)
    yield p
    p.close()


@pytest.fixture(scope="module")
def clerk(site):
    return login(site, "clerk", "correct horse battery")


def insert_application(portal, submitted="2026-03-01T02:00:00Z", name=NAME, phone=PHONE,
                       applicant_type="person", info_title="2025年低保资金发放情况", info_doc_no="",
                       info_description="请提供2025年低保资金发放总额。", agency_id=1):
    """Stores an application of AGENCY_ID (民政局) as the citizen form would,
    submitted on SUBMITTED (UTC); returns (id, number). Numbers YSQ-2026-9xxxxx
    (as an upgraded single-agency database has them) never meet the real counter."""
    seq = 900000 + next(_seq)
    number = f"YSQ-2026-{seq}"
    portal.execute("private",
                   "INSERT INTO applications (number, year, seq, access_code_hash, applicant_type, name, "
                   "id_type, id_number, phone, email, address, info_title, info_doc_no, info_description, "
                   "medium, delivery, submitted_at, agency_id, agency_seq) VALUES (?, 2026, ?, 'x', ?, ?, "
                   "'resident_id', ?, ?, 'chunxiao@example.cn', '安徽省宁国市中山路1号', ?, ?, ?, 'electronic', "
                   "'online', ?, ?, ?)",
                   (number, seq, applicant_type, name, ID_NUMBER, phone, info_title, info_doc_no,
                    info_description, submitted, agency_id, seq))
    app_id = portal.query("private", "SELECT id FROM applications WHERE number = ?", (number,))[0][0]
    day = submitted[:10]
    portal.execute("private", "INSERT INTO application_events (application_id, at, day, kind, actor) "
                              "VALUES (?, ?, ?, 'submitted', 'applicant')", (app_id, submitted, day))
    return app_id, number


LATE_REASON = "测试数据：按历史日期补录。"


def act(portal, session, app_id, action, files=None, **fields):
    """POSTs one action form of the detail page, like the browser would."""
    if "day" in fields:   # fixed historical dates: entered late, so with a 补录说明 (finding 15.4)
        fields.setdefault("late_reason", LATE_REASON)
    page = session.get(portal.url(f"/admin/applications/{app_id}"), timeout=10)
    data = dict(fields, csrf_token=csrf_token(page.text))
    return session.post(portal.url(f"/admin/applications/{app_id}/{action}"), data=data, files=files,
                        allow_redirects=False, timeout=10)


def done(portal, session, app_id, action, **fields):
    r = act(portal, session, app_id, action, **fields)
    assert r.status_code == 303, r.text[:3000]
    assert r.headers["Location"] == f"/admin/applications/{app_id}?done={action}"
    return r


def row(portal, app_id):
    return portal.query("private", "SELECT state, received_on, due_on, outcome, replied_on, closed_on "
                                   "FROM applications WHERE id = ?", (app_id,))[0]


def audit_rows(portal, app_id):
    """The audit rows of APP_ID, without the 补录说明 that act() adds to every historical date."""
    rows = portal.query("private", "SELECT user_name, action, summary FROM audit_log WHERE target = ? "
                                   "ORDER BY id", (f"application:{app_id}",))
    return [(u, a, re.sub(r"；补录（录入日 [0-9-]+）：" + LATE_REASON + "$", "", s)) for u, a, s in rows]


def text_of(page):
    import html
    return html.unescape(re.sub(r"<[^>]+>", "", page))


# The demo calendar, to count working days relative to today in the tests
# that depend on the date they run (due-soon and overdue marks).
def _calendar(portal):
    return dict(portal.query("content", "SELECT day, kind FROM calendar_days"))


def is_workday(cal, day):
    kind = cal.get(day.isoformat())
    return kind == "workday" if kind else day.weekday() < 5


def add_workdays(cal, day, n):
    while n > 0:
        day += datetime.timedelta(days=1)
        n -= is_workday(cal, day)
    return day


def workdays_between(cal, after, upto):
    n, day = 0, after
    while day < upto:
        day += datetime.timedelta(days=1)
        n += is_workday(cal, day)
    return n


def shanghai_today():
    return (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=8)).date()


# ---------------------------------------------------------------- receipt and the clock


def test_receipt_starts_the_clock_and_the_reply_is_due_on_the_20th_working_day(site, clerk):
    # Receipt Mon 2026-03-02 = day 0; March 3-6 (4), 9-13 (9), 16-20 (14),
    # 23-27 (19), Mon 30 (20): due 2026-03-30.
    app_id, number = insert_application(site)
    r = done(site, clerk, app_id, "receive", day="2026-03-02")
    assert row(site, app_id)[:3] == ("received", "2026-03-02", "2026-03-30")
    page = clerk.get(site.url(r.headers["Location"])).text
    assert "已完成：确认收到" in page and "2026-03-30" in page
    # The window to send a correction notice: 7th working day after receipt, March 3-6, 9-11.
    assert re.search(r"通知补正截止日（收到后第7个工作日）\s*2026-03-11", text_of(page))
    assert audit_rows(site, app_id) == [
        ("clerk", "application.receive", f"{number} 已提交→已确认收到；收到日期 2026-03-02，答复期限 2026-03-30")]


def test_receipt_before_mid_autumn_and_national_day_skips_both_holidays(site, clerk):
    # Receipt Fri 2026-09-18. Sun 09-20 调休 (1), Sep 21-24 (5), Sep 25-27 中秋 off,
    # 28-30 (8), Oct 1-7 国庆 off, Oct 8-9 (10), Sat 10 调休 (11), 12-16 (16),
    # 19-22 (20): due 2026-10-22.
    app_id, _ = insert_application(site, submitted="2026-09-17T03:00:00Z")
    done(site, clerk, app_id, "receive", day="2026-09-18")
    assert row(site, app_id)[2] == "2026-10-22"


def test_receipt_before_spring_festival_counts_the_adjusted_working_saturdays(site, clerk):
    # Receipt Thu 2026-02-12. Feb 13 (1), Sat 14 调休 (2), Feb 15-23 春节 off,
    # 24-27 (6), Sat 28 调休 (7), Mar 2-6 (12), 9-13 (17), 16-18 (20): due 2026-03-18.
    app_id, _ = insert_application(site, submitted="2026-02-11T03:00:00Z")
    done(site, clerk, app_id, "receive", day="2026-02-12")
    assert row(site, app_id)[2] == "2026-03-18"


def test_receipt_date_may_not_be_in_the_future_or_before_submission(site, clerk):
    app_id, _ = insert_application(site, submitted="2026-03-01T02:00:00Z")
    r = act(site, clerk, app_id, "receive", day="2099-01-05")
    assert r.status_code == 200
    assert "日期不能晚于今天" in r.text and 'value="2099-01-05"' in r.text
    r = act(site, clerk, app_id, "receive", day="2026-02-27")
    assert "日期不能早于申请提交的日期（2026-03-01）" in r.text
    assert row(site, app_id)[0] == "submitted"
    assert audit_rows(site, app_id) == []


def test_submission_late_in_the_evening_counts_as_that_day_in_beijing(site, clerk):
    # 2026-03-01T17:00Z is 2026-03-02 01:00 in Beijing: receipt on 03-01 would be before it.
    app_id, _ = insert_application(site, submitted="2026-03-01T17:00:00Z")
    assert "日期不能早于申请提交的日期（2026-03-02）" in act(site, clerk, app_id, "receive", day="2026-03-01").text
    done(site, clerk, app_id, "receive", day="2026-03-02")


# ---------------------------------------------------------------- correction and extension


def test_correction_stops_the_clock_and_a_paper_correction_restarts_twenty_days_then_one_extension(site, clerk):
    app_id, number = insert_application(site)
    done(site, clerk, app_id, "receive", day="2026-03-02")
    done(site, clerk, app_id, "correction", day="2026-03-05", text="请写明所需信息的年份和范围。",
         correct_by="2026-03-20")
    state, _, due, *_ = row(site, app_id)
    assert (state, due) == ("correction_requested", None)
    page = clerk.get(site.url(f"/admin/applications/{app_id}")).text
    assert "重新计算" in page and "中止" not in page   # Art. 30 restarts the period (finding 15.7)

    # Correction received Fri 2026-03-20: Mar 23-27 (5), 30-31 (7), Apr 1-3 (10),
    # Apr 4-6 清明 off, 7-10 (14), 13-17 (19), Mon 20 (20): due 2026-04-20.
    done(site, clerk, app_id, "corrected", day="2026-03-20")
    assert row(site, app_id)[:3] == ("corrected", "2026-03-02", "2026-04-20")

    # Extension by 20 after 04-20: Apr 21-24 (4), 27-30 (8), May 1-5 劳动节 off,
    # 6-8 (11), Sat 9 调休 (12), 11-15 (17), 18-20 (20): due 2026-05-20.
    done(site, clerk, app_id, "extend", day="2026-04-15", days="20", text="需要调取多个年度的档案。")
    assert row(site, app_id)[:3] == ("extended", "2026-03-02", "2026-05-20")
    page = clerk.get(site.url(f"/admin/applications/{app_id}")).text
    assert "已延期一次" in page and "（延长 20 个工作日）" in page

    # A second extension is neither offered nor accepted (Art. 33), nothing stored.
    assert f"/admin/applications/{app_id}/extend\"" not in page
    r = act(site, clerk, app_id, "extend", day="2026-04-16", days="5", text="再延期")
    assert r.status_code == 409
    assert "延长答复期限只能一次" in r.text
    assert row(site, app_id)[:3] == ("extended", "2026-03-02", "2026-05-20")
    assert site.query("private", "SELECT count(*) FROM application_events WHERE application_id = ? "
                                 "AND kind = 'extended'", (app_id,))[0][0] == 1
    assert [a for _, a, _ in audit_rows(site, app_id)] == [
        "application.receive", "application.correction", "application.corrected", "application.extend"]
    summary = audit_rows(site, app_id)[-1][2]
    assert summary == f"{number} 已补正→已延期答复；延长 20 个工作日，答复期限 2026-05-20"


def test_extension_outside_one_to_twenty_working_days_is_refused_beside_the_field(site, clerk):
    app_id, _ = insert_application(site)
    done(site, clerk, app_id, "receive", day="2026-03-02")
    r = act(site, clerk, app_id, "extend", day="2026-03-20", days="21", text="理由")
    assert "请输入有效范围内的数字" in r.text
    r = act(site, clerk, app_id, "extend", day="2026-03-20", days="5", text="")
    assert "此项为必填项" in r.text
    assert row(site, app_id)[2] == "2026-03-30"


def test_correction_after_the_seventh_working_day_is_allowed_with_a_warning(site, clerk):
    app_id, _ = insert_application(site)
    done(site, clerk, app_id, "receive", day="2026-03-02")
    page = text_of(clerk.get(site.url(f"/admin/applications/{app_id}")).text)
    assert "已超过通知补正截止日（2026-03-11）" in page   # warned before sending
    done(site, clerk, app_id, "correction", day="2026-03-13", text="请补充信息名称。", correct_by="2026-03-30")
    page = text_of(clerk.get(site.url(f"/admin/applications/{app_id}")).text)
    assert "本件的补正通知晚于收到后第7个工作日" in page
    assert row(site, app_id)[0] == "correction_requested"


def test_correction_text_is_required(site, clerk):
    app_id, _ = insert_application(site)
    done(site, clerk, app_id, "receive", day="2026-03-02")
    r = act(site, clerk, app_id, "correction", day="2026-03-04", text="  ", correct_by="2026-03-19")
    assert r.status_code == 200 and "此项为必填项" in r.text
    assert row(site, app_id)[0] == "received"


# ---------------------------------------------------------------- the applicant's period to correct (Art. 30)


def correction_event(site, app_id):
    return site.query("private", "SELECT day, text, due_by FROM application_events WHERE application_id = ? "
                                 "AND kind = 'correction_requested'", (app_id,))


def test_correction_notice_needs_a_period_after_the_notice_date(site, clerk):
    app_id, _ = insert_application(site)
    done(site, clerk, app_id, "receive", day="2026-03-02")
    page = clerk.get(site.url(f"/admin/applications/{app_id}")).text
    assert 'name="correct_by" type="date" required' in page
    r = act(site, clerk, app_id, "correction", day="2026-03-04", text="请说明所需信息的范围。")
    assert r.status_code == 200
    assert re.search(r'<div class="field has-error">\s*<label for="correction-correct-by">补正期限', r.text)
    assert "此项为必填项" in r.text
    for same_or_before in ("2026-03-04", "2026-03-03"):
        r = act(site, clerk, app_id, "correction", day="2026-03-04", text="请说明所需信息的范围。",
                correct_by=same_or_before)
        assert r.status_code == 200
        assert "补正期限须晚于补正通知日期（2026-03-04）" in r.text
        assert "请说明所需信息的范围。" in r.text and f'value="{same_or_before}"' in r.text   # typed values kept
    assert row(site, app_id)[0] == "received"
    assert correction_event(site, app_id) == []


def test_correction_form_suggests_fifteen_days_after_today(site, clerk):
    app_id, _ = insert_application(site)
    done(site, clerk, app_id, "receive", day="2026-03-02")
    page = clerk.get(site.url(f"/admin/applications/{app_id}")).text
    suggested = (shanghai_today() + datetime.timedelta(days=15)).isoformat()
    assert f'id="correction-correct-by" name="correct_by" type="date" required value="{suggested}"' in page


def test_correction_period_is_stored_with_the_notice_and_shown_to_the_clerk(site, clerk):
    app_id, number = insert_application(site)
    done(site, clerk, app_id, "receive", day="2026-03-02")
    done(site, clerk, app_id, "correction", day="2026-03-04", text="请说明所需信息的范围。",
         correct_by="2026-03-19")
    assert correction_event(site, app_id) == [("2026-03-04", "请说明所需信息的范围。", "2026-03-19")]
    assert audit_rows(site, app_id)[-1][2] == (
        f"{number} 已确认收到→待补正；补正通知日期 2026-03-04，补正期限 2026-03-19，收到补正后重新计算答复期限")
    page = text_of(clerk.get(site.url(f"/admin/applications/{app_id}")).text)
    assert re.search(r"补正期限\s*2026-03-19（申请人应在此日前补正）", page)
    assert "补正期限已过，申请人尚未补正" in page            # 2026-03-19 is behind us
    assert "补正期限：2026-03-19" in page                   # on the timeline too
    # The agency's own 7-working-day window has its own name.
    assert re.search(r"通知补正截止日（收到后第7个工作日）\s*2026-03-11", page)


def test_close_for_no_correction_is_refused_while_the_period_runs(site, clerk):
    app_id, number = insert_application(site)
    today = shanghai_today()
    done(site, clerk, app_id, "receive", day="2026-03-02")
    period_end = today + datetime.timedelta(days=15)
    done(site, clerk, app_id, "correction", day=today.isoformat(), text="请说明所需信息的范围。",
         correct_by=period_end.isoformat())
    page = clerk.get(site.url(f"/admin/applications/{app_id}")).text
    assert f"/admin/applications/{app_id}/close\"" not in page      # no close form yet
    assert "<summary>逾期不补正终止</summary>" not in page              # nor the action (finding 15.27)
    assert "期限届满前不能按逾期不补正终止办理" in text_of(page)
    r = act(site, clerk, app_id, "close", day=today.isoformat())
    assert r.status_code == 409
    assert (f"申请 {number} 的补正期限至 {period_end.isoformat()}，尚未届满，不能按“逾期不补正”终止办理"
            in text_of(r.text))
    assert "条例第三十条" in text_of(r.text)
    assert row(site, app_id)[0] == "correction_requested"
    assert [a for _, a, _ in audit_rows(site, app_id)] == ["application.receive", "application.correction"]


def test_close_on_the_last_day_of_the_period_is_refused_too(site, clerk):
    # The period includes its last day: refused when it is today.
    app_id, _ = insert_application(site)
    today = shanghai_today()
    done(site, clerk, app_id, "receive", day="2026-03-02")
    done(site, clerk, app_id, "correction", day=(today - datetime.timedelta(days=1)).isoformat(),
         text="请说明所需信息的范围。", correct_by=today.isoformat())
    assert act(site, clerk, app_id, "close", day=today.isoformat()).status_code == 409
    assert row(site, app_id)[0] == "correction_requested"


def test_close_date_must_be_after_the_period(site, clerk):
    app_id, _ = insert_application(site)
    done(site, clerk, app_id, "receive", day="2026-03-02")
    done(site, clerk, app_id, "correction", day="2026-03-04", text="请说明所需信息的范围。",
         correct_by="2026-03-19")
    page = text_of(clerk.get(site.url(f"/admin/applications/{app_id}")).text)
    assert "申请人的补正期限：2026-03-19" in page
    r = act(site, clerk, app_id, "close", day="2026-03-19")
    assert r.status_code == 200 and "终止日期须晚于申请人的补正期限（2026-03-19）" in r.text
    assert row(site, app_id)[0] == "correction_requested"
    done(site, clerk, app_id, "close", day="2026-03-20")
    assert row(site, app_id)[0] == "closed"


# ---------------------------------------------------------------- consultation


def test_consultation_pauses_the_clock_and_resumes_with_the_days_that_were_left(site, clerk):
    app_id, number = insert_application(site)
    done(site, clerk, app_id, "receive", day="2026-03-02")          # due 2026-03-30
    # Started Tue 03-10: left are Mar 11-13 (3), 16-20 (8), 23-27 (13), 30 (14).
    done(site, clerk, app_id, "consult-start", day="2026-03-10", party="third_party",
         text="征求某公司对商业秘密的意见")
    assert row(site, app_id)[0] == "consulting" and row(site, app_id)[2] is None
    page = text_of(clerk.get(site.url(f"/admin/applications/{app_id}")).text)
    assert "结束后还有 14 个工作日" in page
    # 15 working days after 03-10 end on 03-31; today is long past it (finding 15.5).
    assert "应于 2026-03-31 前" in page and "征求意见已超过15个工作日" in page
    assert "征求某公司对商业秘密的意见" in page and "内部" in page
    # Ended Wed 04-01: Apr 2-3 (2), 4-6 清明 off, 7-10 (6), 13-17 (11), 20-22 (14).
    done(site, clerk, app_id, "consult-end", day="2026-04-01", text="第三方同意公开")
    assert row(site, app_id)[:3] == ("received", "2026-03-02", "2026-04-22")
    assert audit_rows(site, app_id)[-1][2] == f"{number} 征求意见中→已确认收到；结束 2026-04-01，答复期限 2026-04-22"
    # The third party's name stays internal: the consult event the applicant sees is generic.
    public = site.query("private", "SELECT text FROM application_events WHERE application_id = ? "
                                   "AND internal = 0 AND kind = 'consult_start'", (app_id,))
    assert public == [("征求第三方意见，所需时间不计入答复期限。",)]


def test_consultation_during_an_extension_returns_to_extended_and_keeps_the_one_extension(site, clerk):
    app_id, _ = insert_application(site)
    done(site, clerk, app_id, "receive", day="2026-03-02")          # due 2026-03-30
    # 5 after 03-30: Mar 31, Apr 1, 2, 3, (4-6 off) 7: due 2026-04-07.
    done(site, clerk, app_id, "extend", day="2026-03-25", days="5", text="材料较多")
    assert row(site, app_id)[2] == "2026-04-07"
    # Paused 04-01 with Apr 2, 3, 7 left (3); resumed 04-20: Apr 21, 22, 23.
    done(site, clerk, app_id, "consult-start", day="2026-04-01", party="agency", text="征求市财政局意见")
    done(site, clerk, app_id, "consult-end", day="2026-04-20")
    assert row(site, app_id)[:3] == ("extended", "2026-03-02", "2026-04-23")
    assert "延长答复期限只能一次" in act(site, clerk, app_id, "extend", day="2026-04-21", days="3", text="x").text


# ---------------------------------------------------------------- wrong states


@pytest.mark.parametrize("action,fields", [
    ("correction", {"day": "2026-03-05", "text": "x"}),
    ("corrected", {"day": "2026-03-05"}),
    ("extend", {"day": "2026-03-05", "days": "5", "text": "x"}),
    ("consult-start", {"day": "2026-03-05", "party": "agency", "text": "x"}),
    ("consult-end", {"day": "2026-03-05"}),
    ("reply", {"day": "2026-03-05", "outcome": "open", "reply_text": "x", "delivery": "post"}),
    ("close", {"day": "2026-03-05"}),
])
def test_actions_before_receipt_are_refused_and_change_nothing(site, clerk, action, fields):
    app_id, number = insert_application(site)
    r = act(site, clerk, app_id, action, **fields)
    assert r.status_code == 409
    assert f"申请 {number} 当前状态为“已提交”" in r.text
    assert row(site, app_id)[0] == "submitted"
    assert audit_rows(site, app_id) == []
    assert site.query("private", "SELECT count(*) FROM application_events WHERE application_id = ?",
                      (app_id,))[0][0] == 1


def test_close_for_no_correction_is_allowed_only_while_waiting_for_a_correction(site, clerk):
    app_id, number = insert_application(site)
    done(site, clerk, app_id, "receive", day="2026-03-02")
    assert act(site, clerk, app_id, "close", day="2026-03-20").status_code == 409
    done(site, clerk, app_id, "correction", day="2026-03-04", text="请说明所需信息的范围。",
         correct_by="2026-03-19")
    done(site, clerk, app_id, "close", day="2026-04-20")
    state, _, _, outcome, _, closed_on = row(site, app_id)
    assert (state, outcome, closed_on) == ("closed", "other_no_correction", "2026-04-20")
    assert audit_rows(site, app_id)[-1][1:] == (
        "application.close", f"{number} 待补正→已终止（逾期未补正）；逾期不补正，终止 2026-04-20，结果 other_no_correction")
    # Ended: no more actions but notes.
    page = clerk.get(site.url(f"/admin/applications/{app_id}")).text
    assert "/reply\"" not in page and "/withdraw\"" not in page and "/note\"" in page
    assert act(site, clerk, app_id, "withdraw", day="2026-04-21", text="x").status_code == 409


def test_withdrawal_on_the_applicants_behalf_sets_no_outcome(site, clerk):
    app_id, number = insert_application(site)
    done(site, clerk, app_id, "receive", day="2026-03-02")
    done(site, clerk, app_id, "withdraw", day="2026-03-06", text="申请人3月6日来电要求撤回。")
    state, _, _, outcome, _, closed_on = row(site, app_id)
    assert (state, outcome, closed_on) == ("withdrawn", "", "2026-03-06")
    events = site.query("private", "SELECT kind, internal, text FROM application_events "
                                   "WHERE application_id = ? AND kind IN ('withdrawn', 'note') ORDER BY id", (app_id,))
    assert events == [("withdrawn", 0, "工作人员根据申请人的请求代为撤回申请。"),
                      ("note", 1, "申请人3月6日来电要求撤回。")]
    assert audit_rows(site, app_id)[-1][1] == "application.withdraw"


def test_unknown_action_or_application_is_not_found(site, clerk):
    app_id, _ = insert_application(site)
    assert act(site, clerk, app_id, "approve-all").status_code == 404
    assert clerk.get(site.url("/admin/applications/999999")).status_code == 404


# ---------------------------------------------------------------- reply and files


def reply(site, clerk, app_id, files, outcome="partial", **extra):
    fields = dict(day="2026-03-25", outcome=outcome, reason="第三方商业秘密部分不予公开（条例第十五条）。",
                  reply_text="现将2025年低保资金发放情况提供给您，详见附件。", delivery="online")
    fields.update(extra)
    return act(site, clerk, app_id, "reply", files=files, **fields)


def test_reply_with_a_pdf_stores_the_outcome_and_a_file_for_the_applicant(site, clerk):
    app_id, number = insert_application(site)
    done(site, clerk, app_id, "receive", day="2026-03-02")
    r = reply(site, clerk, app_id, files=[("files", ("答复书.pdf", PDF, "application/pdf"))])
    assert r.status_code == 303, r.text[:2000]
    state, _, _, outcome, replied_on, _ = row(site, app_id)
    assert (state, outcome, replied_on) == ("replied", "partial", "2026-03-25")
    files = site.query("private", "SELECT id, filename, mime, size, sha256, for_applicant, event_id IS NOT NULL "
                                  "FROM application_files WHERE application_id = ?", (app_id,))
    import hashlib
    assert files == [(files[0][0], "答复书.pdf", "application/pdf", len(PDF), hashlib.sha256(PDF).hexdigest(), 1, 1)]
    assert audit_rows(site, app_id)[-1][2] == f"{number} 已确认收到→已答复；答复日期 2026-03-25，结果 partial（2），文件 1 个"
    assert site.query("private", "SELECT text, internal FROM application_events WHERE application_id = ? "
                                 "AND kind = 'replied'", (app_id,)) == [
        ("答复结果：（二）部分公开。理由和依据：第三方商业秘密部分不予公开（条例第十五条）。送达方式：网上获取。", 0)]

    # The clerk downloads it as an attachment with its Chinese name.
    d = clerk.get(site.url(f"/admin/application-files/{files[0][0]}"))
    assert d.status_code == 200 and d.content == PDF
    assert d.headers["Content-Type"] == "application/pdf"
    assert d.headers["Content-Disposition"].startswith("attachment;")
    assert "filename*=UTF-8''%E7%AD%94%E5%A4%8D%E4%B9%A6.pdf" in d.headers["Content-Disposition"]
    assert d.headers["X-Content-Type-Options"] == "nosniff"
    page = text_of(clerk.get(site.url(f"/admin/applications/{app_id}")).text)
    assert "（二）部分公开" in page and "答复书.pdf" in page


def test_reply_outcomes_are_offered_grouped_as_in_the_national_template(site, clerk):
    app_id, _ = insert_application(site)
    done(site, clerk, app_id, "receive", day="2026-03-02")
    page = clerk.get(site.url(f"/admin/applications/{app_id}")).text
    outcome = re.search(r'<select id="reply-outcome".*?</select>', page, re.S).group(0)
    groups = re.findall(r'<optgroup label="([^"]+)">', outcome)
    assert groups == ["（一）予以公开", "（二）部分公开", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"]
    deny = re.search(r'<optgroup label="（三）不予公开">(.*?)</optgroup>', page).group(1)
    assert len(re.findall(r"<option ", deny)) == 8 and 'value="deny_third_party"' in deny


@pytest.mark.parametrize("name,data,message", [
    ("伪装.pdf", PNG, "文件名的扩展名与内容不符：内容实际是PNG 图片"),
    ("答复书.pdf", b"MZ\x90\x00" + b"not a document at all " * 50, "无法识别该文件的格式"),
])
def test_reply_file_that_is_not_what_its_name_says_is_refused(site, clerk, name, data, message):
    app_id, _ = insert_application(site)
    done(site, clerk, app_id, "receive", day="2026-03-02")
    r = reply(site, clerk, app_id, files=[("files", (name, data, "application/pdf"))])
    assert r.status_code == 200
    assert message in r.text
    assert "现将2025年低保资金发放情况提供给您" in r.text   # typed text kept
    assert row(site, app_id)[0] == "received"
    assert site.query("private", "SELECT count(*) FROM application_files WHERE application_id = ?",
                      (app_id,))[0][0] == 0


def test_reply_other_than_full_disclosure_needs_a_reason(site, clerk):
    app_id, _ = insert_application(site)
    done(site, clerk, app_id, "receive", day="2026-03-02")
    r = reply(site, clerk, app_id, files=None, outcome="deny_process", reason="")
    assert "除予以公开外，答复须写明理由和依据" in r.text
    r = reply(site, clerk, app_id, files=None, outcome="no_such_code")
    assert "请从列表中选择答复结果" in r.text
    assert row(site, app_id)[0] == "received"
    done(site, clerk, app_id, "reply", day="2026-03-20", outcome="open", reason="", reply_text="见附件。",
         delivery="post")


CITIZEN = {
    "agency": "mzj", "applicant_type": "person", "person_name": "王晓明", "id_type": "resident_id", "id_number": ID_NUMBER,
    "phone": "13905634567", "address": "安徽省宁国市西津街道中山路88号", "postcode": "242300",
    "info_title": "2025年城乡最低生活保障资金发放情况",
    "info_description": "请提供2025年宁国市城乡低保资金发放总额和保障人数。",
    "medium": "electronic", "delivery": "online", "declaration": "1",
}


def citizen_apply(site):
    """Files CITIZEN through the public form; returns (number, 查询码) from the receipt."""
    s = requests.Session()
    page = s.get(site.url("/apply")).text
    key = re.search(r'name="idempotency_key" value="([0-9a-f]{32})"', page).group(1)
    r = s.post(site.url("/apply"), data=dict(CITIZEN, csrf_token=csrf_token(page), idempotency_key=key),
               allow_redirects=False)
    assert r.status_code == 303, r.text[:2000]
    receipt = s.get(site.url("/apply/receipt")).text
    return (re.search(r'class="receipt-number">(MZJ-\d{4}-\d{6})<', receipt).group(1),
            re.search(r'class="receipt-code">([0-9A-Z]+)<', receipt).group(1))


def citizen_status(site, number, code):
    """Looks the application up as the citizen does; returns (session, status page)."""
    s = requests.Session()
    lookup = s.get(site.url("/apply/status")).text
    r = s.post(site.url("/apply/status"), data={"csrf_token": csrf_token(lookup), "number": number, "code": code})
    assert r.status_code == 200 and number in r.text, r.text[:2000]
    return s, r.text


def test_online_application_received_corrected_by_the_citizen_and_answered_with_a_pdf_they_download(site, clerk):
    number, code = citizen_apply(site)
    inbox = clerk.get(site.url("/admin/applications?state=submitted")).text
    assert number in inbox and "王**" in inbox
    app_id = site.query("private", "SELECT id FROM applications WHERE number = ?", (number,))[0][0]
    today = shanghai_today().isoformat()
    page = clerk.get(site.url(f"/admin/applications/{app_id}")).text
    assert f'id="receive-day" name="day" type="date" required value="{today}"' in page   # default: today
    done(site, clerk, app_id, "receive", day=today)
    done(site, clerk, app_id, "correction", day=today, text="请写明需要哪一季度的数据。",
         correct_by=(shanghai_today() + datetime.timedelta(days=15)).isoformat())

    # The citizen sees the request on the status page and corrects online.
    s, status = citizen_status(site, number, code)
    assert "请写明需要哪一季度的数据。" in status
    token = csrf_token(status)
    r = s.post(site.url("/apply/correct"), data={"csrf_token": token, "correction": "需要2025年第四季度的数据。"},
               allow_redirects=False)
    assert r.status_code in (200, 303), r.text[:2000]
    assert row(site, app_id)[0] == "corrected"

    r = reply(site, clerk, app_id, files=[("files", ("答复告知书.pdf", PDF, "application/pdf"))], day=today)
    assert r.status_code == 303, r.text[:2000]
    _, status = citizen_status(site, number, code)
    assert "部分公开" in status and "现将2025年低保资金发放情况提供给您" in status
    # The reasons and the applicant's remedies stand beside the outcome (finding 15.9).
    reply_panel = status[status.index('id="reply-heading"'):]
    assert "理由和依据" in reply_panel and "第三方商业秘密部分不予公开（条例第十五条）。" in reply_panel
    assert "行政复议" in reply_panel and "行政诉讼" in reply_panel
    file_id = re.search(r'href="/apply/files/(\d+)"', status).group(1)
    download = s.get(site.url(f"/apply/files/{file_id}"))
    assert download.status_code == 200 and download.content == PDF
    # Internal notes never reach the applicant.
    done(site, clerk, app_id, "note", text="内部：已电话告知申请人答复已发出。")
    assert "已电话告知" not in citizen_status(site, number, code)[1]


# ---------------------------------------------------------------- notes and assignment


def test_internal_notes_and_assignment_are_marked_internal(site, clerk):
    app_id, number = insert_application(site)
    done(site, clerk, app_id, "note", text="申请人来电询问进度，已告知。")
    clerk2 = site.query("private", "SELECT id FROM users WHERE name = 'clerk2'")[0][0]
    done(site, clerk, app_id, "assign", user_id=str(clerk2))
    assert site.query("private", "SELECT assigned_to FROM applications WHERE id = ?", (app_id,))[0][0] == clerk2
    events = site.query("private", "SELECT kind, internal, text FROM application_events WHERE application_id = ? "
                                   "AND kind IN ('note', 'assigned') ORDER BY id", (app_id,))
    assert events == [("note", 1, "申请人来电询问进度，已告知。"), ("assigned", 1, "指派经办人：clerk2")]
    page = text_of(clerk.get(site.url(f"/admin/applications/{app_id}")).text)
    assert re.search(r"办理说明\s*内部\s*申请人来电询问进度", page)
    assert [a for _, a, _ in audit_rows(site, app_id)] == ["application.note", "application.assign"]
    assert audit_rows(site, app_id)[1][2] == f"{number} 指派经办人 user:{clerk2}"
    # The inbox filter by handler finds it.
    inbox = clerk.get(site.url(f"/admin/applications?handler={clerk2}&q={number}")).text
    assert number in inbox and "共 1 件" in inbox


def test_assignment_only_to_a_user_with_the_handler_role(site, clerk):
    app_id, _ = insert_application(site)
    writer = site.query("private", "SELECT id FROM users WHERE name = 'writer'")[0][0]
    r = act(site, clerk, app_id, "assign", user_id=str(writer))
    assert "请选择一位本机关具有经办人角色的在岗人员" in r.text
    assert site.query("private", "SELECT assigned_to FROM applications WHERE id = ?", (app_id,))[0][0] is None


# ---------------------------------------------------------------- the inbox


def test_inbox_masks_names_and_phones_and_the_detail_shows_them_in_full(site, clerk):
    app_id, number = insert_application(site, name="司马相如", phone="13812348000")
    inbox = clerk.get(site.url(f"/admin/applications?q={number}")).text
    assert number in inbox and "司***" in inbox and "138****8000" in inbox
    assert "司马相如" not in inbox and "13812348000" not in inbox
    detail = clerk.get(site.url(f"/admin/applications/{app_id}")).text
    assert "司马相如" in detail and "13812348000" in detail and ID_NUMBER in detail


def test_inbox_search_by_full_name_finds_the_application_but_shows_it_masked(site, clerk):
    _, number = insert_application(site, name="诸葛孔明")
    r = clerk.get(site.url("/admin/applications"), params={"q": "诸葛孔明"})
    assert number in r.text and "诸***" in r.text and "诸葛孔明" not in text_of(r.text)
    assert "共 1 件" in r.text
    r = clerk.get(site.url("/admin/applications"), params={"q": number.lower()})
    assert number in r.text and "共 1 件" in r.text


def test_inbox_marks_overdue_and_due_soon_rows_in_words(site, clerk):
    cal = _calendar(site)
    today = shanghai_today()
    late_id, late_number = insert_application(site)
    done(site, clerk, late_id, "receive", day="2026-03-02")                  # due 2026-03-30
    overdue_by = workdays_between(cal, datetime.date(2026, 3, 30), today)
    # A receipt whose 20th working day is the 2nd working day from today.
    receipt = today
    while add_workdays(cal, receipt, 20) > add_workdays(cal, today, 2):
        receipt -= datetime.timedelta(days=1)
    soon_id, soon_number = insert_application(site, submitted=f"{receipt - datetime.timedelta(days=1)}T02:00:00Z")
    done(site, clerk, soon_id, "receive", day=receipt.isoformat())
    left = workdays_between(cal, today, add_workdays(cal, receipt, 20))

    overdue = clerk.get(site.url("/admin/applications?due=overdue")).text
    assert late_number in overdue and f"已逾期{overdue_by}个工作日" in overdue
    assert soon_number not in overdue
    soon = clerk.get(site.url("/admin/applications?due=due_soon")).text
    assert soon_number in soon and (f"剩{left}个工作日" if left else "今日到期") in soon
    assert late_number not in soon
    # The tabs count them.
    assert re.search(r"已逾期 <span class=\"app-count\">（\d+）</span>", overdue)


def test_inbox_filters_by_state_and_type_and_sorts_by_due_date(site, clerk):
    older, older_number = insert_application(site, applicant_type="org", name="宁国市青松社会工作服务中心")
    newer, newer_number = insert_application(site, applicant_type="org", name="宁国市青松社会工作服务中心")
    done(site, clerk, older, "receive", day="2026-03-02")    # due 2026-03-30
    done(site, clerk, newer, "receive", day="2026-03-20")    # due 2026-04-20
    by_due = clerk.get(site.url("/admin/applications?state=received&type=org&q=青松社会")).text
    assert "共 2 件" in by_due and by_due.index(older_number) < by_due.index(newer_number)
    newest = clerk.get(site.url("/admin/applications?state=received&type=org&q=青松社会&sort=newest")).text
    assert newest.index(newer_number) < newest.index(older_number)
    assert "共 0 件" in clerk.get(site.url("/admin/applications?state=received&type=person&q=青松社会")).text
    assert older_number not in clerk.get(site.url("/admin/applications?state=replied&q=青松社会")).text
    assert "没有这个状态" in clerk.get(site.url("/admin/applications?state=nonsense")).text


def test_inbox_paginates_twenty_a_page(site, clerk):
    for _ in range(21):
        insert_application(site, name="分页测试")
    first = clerk.get(site.url("/admin/applications?q=分页测试")).text
    rows = re.compile(r'">YSQ-2026-9\d+</a>')
    assert "共 21 件，第 1 / 2 页" in first and len(rows.findall(first)) == 20
    next_url = re.search(r'<a href="([^"]+)" rel="next">下一页</a>', first).group(1).replace("&amp;", "&")
    second = clerk.get(site.url(next_url)).text
    assert "第 2 / 2 页" in second and len(rows.findall(second)) == 1


# ---------------------------------------------------------------- applications without a name (Art. 29(二))


def test_inbox_csv_and_detail_read_well_without_a_name(site, clerk):
    description = "请提供2025年宁国市西津街道城乡低保资金发放总额、保障人数和每月发放标准的文件。"
    by_description, number1 = insert_application(site, info_title="", info_description=description)
    by_doc_no, number2 = insert_application(site, info_title="", info_doc_no="宁民〔2025〕12号",
                                            info_description="")
    for number, shown in ((number1, description[:30] + "…"), (number2, "宁民〔2025〕12号")):
        inbox = clerk.get(site.url(f"/admin/applications?q={number}")).text
        assert re.search(r"<td[^>]*>%s</td>" % re.escape(shown), inbox), number
        rows = csv_rows(clerk.get(site.url(f"/admin/applications.csv?q={number}")))
        assert rows[1][0] == number and rows[1][8] == shown
    detail = text_of(clerk.get(site.url(f"/admin/applications/{by_doc_no}")).text)
    assert "所需信息的名称" not in detail and "宁民〔2025〕12号" in detail
    detail = text_of(clerk.get(site.url(f"/admin/applications/{by_description}")).text)
    assert "所需信息的名称" not in detail and description in detail


def test_detail_page_shows_no_fee_waiver(site, clerk):
    app_id, _ = insert_application(site)
    site.execute("private", "UPDATE applications SET fee_waiver = 1 WHERE id = ?", (app_id,))   # an old row
    assert "减免" not in text_of(clerk.get(site.url(f"/admin/applications/{app_id}")).text)


# ---------------------------------------------------------------- roles and CSV


def test_application_pages_need_the_handler_role(site):
    writer = login(site, "writer", "correct horse battery")
    for path in ("/admin/applications", "/admin/applications/1", "/admin/applications/new",
                 "/admin/applications.csv", "/admin/application-files/1"):
        assert writer.get(site.url(path), allow_redirects=False).status_code == 403, path
    assert site.get("/admin/applications").status_code == 303   # anonymous: to the login


def csv_rows(response):
    assert response.content.startswith(b"\xef\xbb\xbf")
    import csv
    import io
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_csv_export_masks_personal_fields_for_clerks_and_shows_them_to_admins(site, clerk):
    _, number = insert_application(site, name="上官婉儿", phone="13700001111")
    r = clerk.get(site.url(f"/admin/applications.csv?q={number}"))
    assert r.status_code == 200 and r.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert r.headers["Content-Disposition"].startswith("attachment;")
    rows = csv_rows(r)
    assert rows[0][:4] == ["申请编号", "申请渠道", "申请人类型", "申请人"]
    assert rows[1][0] == number and rows[1][3] == "上***" and rows[1][5] == "137****1111"
    assert ID_NUMBER not in r.text and "上官婉儿" not in r.text and "中山路" not in r.text

    boss = login(site, "boss", "correct horse battery")
    rows = csv_rows(boss.get(site.url(f"/admin/applications.csv?q={number}")))
    assert rows[1][3:8] == ["上官婉儿", ID_NUMBER, "13700001111", "chunxiao@example.cn", "安徽省宁国市中山路1号"]
    exports = site.query("private", "SELECT user_name, summary FROM audit_log WHERE action = 'application.export' "
                                    "ORDER BY id DESC LIMIT 2")
    assert exports[0][0] == "boss" and "personal fields full" in exports[0][1]
    assert exports[1][0] == "clerk" and "personal fields masked" in exports[1][1]
    assert "上官婉儿" not in exports[0][1] and "search=yes" in exports[0][1]


def test_csv_cells_that_look_like_formulas_are_defused(site, clerk):
    _, number = insert_application(site, name="=HYPERLINK(\"http://x\")")
    boss = login(site, "boss", "correct horse battery")
    rows = csv_rows(boss.get(site.url(f"/admin/applications.csv?q={number}")))
    assert rows[1][3] == "'=HYPERLINK(\"http://x\")"


# ---------------------------------------------------------------- paper applications


def new_form(site, session):
    page = session.get(site.url("/admin/applications/new")).text
    key = re.search(r'name="idempotency_key" value="([0-9a-f]{32})"', page).group(1)
    return csrf_token(page), key, page


PAPER = {
    "channel": "post", "received_on": "2026-09-18", "applicant_type": "person", "person_name": "钱学森",
    "id_type": "resident_id", "id_number": ID_NUMBER, "phone": "0563-4116396",
    "address": "安徽省宁国市南山街道1号", "postcode": "242300", "info_title": "2026年养老服务补贴名单",
    "info_description": "请提供2026年第一季度养老服务补贴发放名单（不含身份证号）。", "medium": "paper",
    "delivery": "post",
}


def test_staff_enter_a_postal_application_with_its_true_receipt_date_and_the_citizen_can_follow_it(site, clerk):
    token, key, page = new_form(site, clerk)
    assert 'name="channel"' in page and 'name="received_on"' in page
    r = clerk.post(site.url("/admin/applications/new"), data=dict(PAPER, csrf_token=token, idempotency_key=key))
    assert r.status_code == 200, r.text[:2000]
    number = re.search(r"<strong>(MZJ-2026-\d{6})</strong>", r.text).group(1)
    code = re.search(r'class="app-access-code">([0-9A-Z]+)<', r.text).group(1)
    assert len(code) >= 10 and "查询码只显示这一次" in r.text
    assert r.headers["Cache-Control"] == "no-store"
    app_id, channel, state, received_on, due_on, name = site.query(
        "private", "SELECT id, channel, state, received_on, due_on, name FROM applications WHERE number = ?",
        (number,))[0]
    # Received 2026-09-18: due 2026-10-22 (counted above).
    assert (channel, state, received_on, due_on, name) == ("post", "received", "2026-09-18", "2026-10-22", "钱学森")
    assert site.query("private", "SELECT kind, day FROM application_events WHERE application_id = ? ORDER BY id",
                      (app_id,)) == [("submitted", "2026-09-18"), ("received", "2026-09-18")]
    assert audit_rows(site, app_id) == [("clerk", "application.create", f"{number} 登记信函申请（post），收到日期 2026-09-18")]
    assert code not in site.error_log() and "钱学森" not in site.error_log()

    # The same form sent again (double click) stores nothing new and shows no code.
    again = clerk.post(site.url("/admin/applications/new"), data=dict(PAPER, csrf_token=token, idempotency_key=key))
    assert "没有重复登记" in again.text and code not in again.text
    assert site.query("private", "SELECT count(*) FROM applications WHERE name = '钱学森'")[0][0] == 1

    # The applicant looks it up with the number and code the clerk passed on.
    citizen = requests.Session()
    lookup = citizen.get(site.url("/apply/status"))
    status = citizen.post(site.url("/apply/status"), data={"csrf_token": csrf_token(lookup.text),
                                                           "number": number, "code": code})
    assert status.status_code == 200 and number in status.text


def test_paper_application_form_keeps_everything_typed_when_a_field_is_wrong(site, clerk):
    token, key, _ = new_form(site, clerk)
    bad = dict(PAPER, id_number="110105194912310021", received_on="2099-01-01")
    r = clerk.post(site.url("/admin/applications/new"), data=dict(bad, csrf_token=token, idempotency_key=key))
    assert r.status_code == 200
    assert "居民身份证号码校验位不正确" in r.text and "收到日期不能晚于今天" in r.text
    assert 'value="钱学森"' in r.text and "2026年养老服务补贴名单" in r.text
    assert site.query("private", "SELECT count(*) FROM applications WHERE id_number = '110105194912310021'")[0][0] == 0


def test_paper_application_form_has_no_fee_waiver_and_needs_one_of_name_doc_no_description(site, clerk):
    token, key, page = new_form(site, clerk)
    assert 'name="fee_waiver"' not in page and "减免" not in text_of(page)
    empty = dict(PAPER, info_title="", info_doc_no="", info_description="", person_name="李四光")
    r = clerk.post(site.url("/admin/applications/new"), data=dict(empty, csrf_token=token, idempotency_key=key))
    assert r.status_code == 200
    assert "请至少填写所需信息的名称、文号或内容描述中的一项。" in r.text and 'value="李四光"' in r.text
    only_doc_no = dict(empty, info_doc_no="宁民〔2025〕12号", fee_waiver="1")
    r = clerk.post(site.url("/admin/applications/new"), data=dict(only_doc_no, csrf_token=token, idempotency_key=key))
    assert r.status_code == 200 and "查询码只显示这一次" in r.text, r.text[:2000]
    assert site.query("private", "SELECT info_title, info_doc_no, info_description, fee_waiver FROM applications "
                                 "WHERE name = '李四光'") == [("", "宁民〔2025〕12号", "", 0)]


# ---------------------------------------------------------------- HTML


def test_application_pages_are_valid_html(site, clerk):
    app_id, _ = insert_application(site)
    done(site, clerk, app_id, "receive", day="2026-03-02")
    for path in ("/admin/applications", f"/admin/applications/{app_id}", "/admin/applications/new"):
        assert tidy_errors(clerk.get(site.url(path)).text) == [], path
    failed = act(site, clerk, app_id, "extend", day="2026-03-05", days="99", text="")
    assert tidy_errors(failed.text) == []
    # Waiting for a correction: the period running (no close form) and past (close form).
    today = shanghai_today()
    for correct_by in (today + datetime.timedelta(days=15), datetime.date(2026, 3, 19)):
        waiting, _ = insert_application(site)
        done(site, clerk, waiting, "receive", day="2026-03-02")
        done(site, clerk, waiting, "correction", day="2026-03-04", text="请说明所需信息的范围。",
             correct_by=correct_by.isoformat())
        assert tidy_errors(clerk.get(site.url(f"/admin/applications/{waiting}")).text) == [], correct_by


def test_an_action_dated_well_before_it_is_entered_needs_a_reason_that_is_audited(site, clerk):
    """Finding 15.4: an extension entered on 12-31 with decision date 03-20 passed the
    Art. 33 check. A date more than five days back is a 补录 with a stated reason."""
    app_id, _ = insert_application(site)
    today = shanghai_today()
    old_day = (today - datetime.timedelta(days=6)).isoformat()
    site.execute("private", "UPDATE applications SET submitted_at = ? WHERE id = ?",
                 ((today - datetime.timedelta(days=10)).isoformat() + "T02:00:00Z", app_id))
    r = act(site, clerk, app_id, "receive", day=old_day, late_reason="")
    assert r.status_code == 200 and "属于补录" in r.text and row(site, app_id)[0] == "submitted"
    assert 'name="late_reason"' in r.text
    done(site, clerk, app_id, "receive", day=old_day, late_reason="信函于周末送达，今日补登记。")
    summary = site.query("private", "SELECT summary FROM audit_log WHERE target = ? AND action = "
                         "'application.receive'", (f"application:{app_id}",))[0][0]
    assert summary.endswith(f"补录（录入日 {today.isoformat()}）：信函于周末送达，今日补登记。")
    recent = insert_application(site)[0]
    site.execute("private", "UPDATE applications SET submitted_at = ? WHERE id = ?",
                 ((today - datetime.timedelta(days=10)).isoformat() + "T02:00:00Z", recent))
    done(site, clerk, recent, "receive", day=(today - datetime.timedelta(days=5)).isoformat(), late_reason="")


def test_outcomes_that_need_an_earlier_step_are_refused_in_the_reply(site, clerk):
    """Findings 15.2, 15.3: （六）1 逾期不补正 and （四）3 补正后仍不明确 need a 补正 notice
    (and its answer), and （六）2 逾期未缴纳费用 needs a fee notice the platform never sends."""
    app_id, _ = insert_application(site)
    done(site, clerk, app_id, "receive", day="2026-03-02")
    form = clerk.get(site.url(f"/admin/applications/{app_id}")).text
    assert 'value="other_no_fee"' not in form and 'value="other_no_correction"' not in form
    assert 'value="none_unclear"' in form and 'value="other"' in form
    for outcome, message in (("other_no_correction", "逾期不补正"), ("other_no_fee", "收费通知"),
                             ("none_unclear", "补正后申请内容仍不明确时")):
        r = reply(site, clerk, app_id, files=None, outcome=outcome)
        assert r.status_code == 200 and message in r.text, outcome
        assert row(site, app_id)[0] == "received"

    done(site, clerk, app_id, "correction", day="2026-03-05", text="请写明年份。", correct_by="2026-03-20")
    done(site, clerk, app_id, "corrected", day="2026-03-10")
    r = reply(site, clerk, app_id, files=None, outcome="none_unclear")
    assert r.status_code == 303, r.text[:2000]
    assert row(site, app_id)[3] == "none_unclear"


def test_the_detail_names_who_acted_and_keeps_the_due_date_after_the_reply(site, clerk):
    """15.27: 经办人 stayed 未指派 after a clerk had acted on the application, and
    after the reply the due date vanished, so nobody could see whether the
    reply was in time."""
    on_time, _ = insert_application(site)
    assert "<dd>未指派</dd>" in clerk.get(site.url(f"/admin/applications/{on_time}")).text
    done(site, clerk, on_time, "receive", day="2026-03-02")
    page = clerk.get(site.url(f"/admin/applications/{on_time}")).text
    assert "<dt>经办人</dt><dd>clerk</dd>" in page and "首次办理时自动指派" in page
    assert site.query("private", "SELECT assigned_to FROM applications WHERE id = ?", (on_time,))[0][0]
    r = reply(site, clerk, on_time, None, outcome="open", reason="")
    assert r.status_code == 303, text_of(r.text)[:800]
    page = " ".join(text_of(clerk.get(site.url(f"/admin/applications/{on_time}")).text).split())
    assert "答复期限 2026-03-30，2026-03-25 答复 按期答复" in page

    late, _ = insert_application(site)
    done(site, clerk, late, "receive", day="2026-03-02")
    assert reply(site, clerk, late, None, outcome="open", reason="", day="2026-04-01").status_code == 303
    page = " ".join(text_of(clerk.get(site.url(f"/admin/applications/{late}")).text).split())
    assert "答复期限 2026-03-30，2026-04-01 答复 逾期 2 个工作日答复" in page
