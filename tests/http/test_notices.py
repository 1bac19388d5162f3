"""Notices (issue 13): a citizen asks on the form to be told by e-mail (or
SMS) what happens; each event the clerk records queues its notice in the same
transaction; `portalctl notify` delivers them by SMTP to a relay — here an
aiosmtpd sink in the test (Debian python3-aiosmtpd) — and SMS to an HTTP
gateway — here a small http.server. The mails are read as they arrived:
headers, the RFC 2047 subject decoded back to Chinese, the body's dates, a
status link that answers 200. Also: an unreachable relay, a refused
recipient, the sender killed mid-batch, header injection, the staff digest."""

import datetime
import email.utils
import os
import re
import signal
import subprocess
import sys
import time

import pytest
import requests

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from harness import BUILD, Portal, csrf_from, free_port  # noqa: E402
from mail_sink import (MAIL_FROM, Gateway, add_workdays, gateway, mail_env, notify, page_text,  # noqa: E402,F401
                       parsed, sink, today, zh)
from staff_login import csrf_token, login, make_staff  # noqa: E402

PERSON = {
    "agency": "mzj", "applicant_type": "person", "person_name": "王晓明", "id_type": "resident_id",
    "id_number": "11010519491231002X", "phone": "13905634567", "email": "wangxm@example.cn",
    "address": "安徽省宁国市西津街道中山路88号", "postcode": "242300",
    "info_title": "2025年城乡最低生活保障资金发放情况",
    "info_description": "请提供2025年宁国市城乡低保资金发放总额和保障人数。",
    "medium": "electronic", "delivery": "online", "declaration": "1",
}


@pytest.fixture(scope="module")
def site(sink):
    p = Portal(env_overrides=dict(mail_env(sink), PORTAL_APPLY_RATE="10000", PORTAL_STATUS_RATE="10000"))
    make_staff(p, "clerk", "handler")
    yield p
    p.close()


@pytest.fixture(scope="module")
def clerk(site):
    return login(site, "clerk", "correct horse battery")


# ---------------------------------------------------------------- citizens and clerks


_emails = iter(range(1, 10000))


def apply(portal, **fields):
    """Files an application through the real form; returns (id, number, code)."""
    data = dict(PERSON, **fields)
    s = requests.Session()
    page = s.get(portal.url("/apply"), timeout=10).text
    key = re.search(r'name="idempotency_key" value="([0-9a-f]{32})"', page).group(1)
    r = s.post(portal.url("/apply"), data=dict(data, csrf_token=csrf_from(page), idempotency_key=key),
               allow_redirects=False, timeout=10)
    assert r.status_code == 303, r.text[:2000]
    receipt = s.get(portal.url("/apply/receipt"), timeout=10).text
    number = re.search(r'class="receipt-number">([^<]+)<', receipt).group(1)
    code = re.search(r'class="receipt-code">([0-9A-Z]+)<', receipt).group(1)
    app_id = portal.query("private", "SELECT id FROM applications WHERE number = ?", (number,))[0][0]
    return app_id, number, code, receipt


def fresh_email():
    return f"applicant{next(_emails)}@example.cn"


def act(portal, session, app_id, action, **fields):
    page = session.get(portal.url(f"/admin/applications/{app_id}"), timeout=10)
    r = session.post(portal.url(f"/admin/applications/{app_id}/{action}"),
                     data=dict(fields, csrf_token=csrf_token(page.text)), allow_redirects=False, timeout=10)
    assert r.status_code == 303, r.text[:3000]


def receive(portal, clerk, app_id):
    act(portal, clerk, app_id, "receive", day=today().isoformat())


def notices(portal, app_id):
    return portal.query("private", "SELECT kind, channel, recipient, state, attempts, last_error, message_id "
                                   "FROM notices WHERE application_id = ? ORDER BY id", (app_id,))


# ---------------------------------------------------------------- the form


def test_form_offers_email_and_sms_notices_and_the_receipt_says_which(site):
    page = requests.get(site.url("/apply"), timeout=10).text
    assert 'name="notify_email"' in page and 'name="notify_sms"' in page
    _, _, _, receipt = apply(site, notify_email="1", email=fresh_email())
    assert "电子邮件（受理、补正、延期、答复等办理进展）" in page_text(receipt)
    _, _, _, receipt = apply(site)
    assert "未选择" in page_text(receipt)


def test_notices_need_an_address_or_a_mobile_number(site):
    s = requests.Session()
    page = s.get(site.url("/apply"), timeout=10).text
    key = re.search(r'name="idempotency_key" value="([0-9a-f]{32})"', page).group(1)
    before = site.query("private", "SELECT count(*) FROM applications")[0][0]
    r = s.post(site.url("/apply"), data=dict(PERSON, email="", phone="0563-4116396", notify_email="1",
                                            notify_sms="1", csrf_token=csrf_from(page), idempotency_key=key),
               timeout=10)
    assert r.status_code == 200
    assert "选择电子邮件通知时，请在上方填写电子邮箱。" in r.text
    assert "短信通知只能发送到手机号码" in r.text
    assert 'value="0563-4116396"' in r.text and "notify_sms\" value=\"1\" checked" in r.text
    assert site.query("private", "SELECT count(*) FROM applications")[0][0] == before


# ---------------------------------------------------------------- the acceptance path


def test_receipt_correction_and_reply_arrive_as_three_mails_in_order(site, sink, clerk):
    address = fresh_email()
    app_id, number, code, _ = apply(site, notify_email="1", email=address)
    day = today()
    receive(site, clerk, app_id)
    assert [n[:4] for n in notices(site, app_id)] == [("received", "email", address, "queued")]
    out = notify(site)
    assert "1 sent" in out
    correct_by = day + datetime.timedelta(days=15)
    # "&" and "<" as typed: plain text, not escaped for a web page
    act(site, clerk, app_id, "correction", day=day.isoformat(), text="请说明所需信息的年份范围（2024 & 2025年，<全年>）。",
        correct_by=correct_by.isoformat())
    act(site, clerk, app_id, "corrected", day=day.isoformat(), text="申请人来电补充：2025年全年。")
    act(site, clerk, app_id, "reply", day=day.isoformat(), outcome="open", reason="",
        reply_text="所申请信息予以公开，见附件。", delivery="online")
    notify(site)
    notify(site)    # a second run sends nothing again
    mails = [parsed(raw) for raw in sink.to(address)]
    assert len(mails) == 3
    subjects = [m["Subject"] for m in mails]
    assert subjects == [f"【宁国市民政局】政府信息公开申请 {number} 已受理",
                        f"【宁国市民政局】请补正政府信息公开申请 {number}（期限至{zh(correct_by)}）",
                        f"【宁国市民政局】政府信息公开申请 {number} 已答复"]
    rows = notices(site, app_id)
    assert [r[0] for r in rows] == ["received", "correction_requested", "replied"]
    assert all(r[3] == "sent" for r in rows)
    for m, r in zip(mails, rows):
        assert m["From"] == MAIL_FROM and m["To"] == address
        assert m["Message-ID"] == r[6] and re.fullmatch(r"<notice\.[0-9a-f]{32}@127\.0\.0\.1>", r[6])
        sent = email.utils.parsedate_to_datetime(m["Date"])
        assert abs((datetime.datetime.now(datetime.timezone.utc) - sent).total_seconds()) < 120
        assert m["MIME-Version"] == "1.0" and m.get_content_type() == "text/plain"
        assert m.get_content_charset() == "utf-8" and m["Content-Transfer-Encoding"] == "base64"
    raws = [raw for raw in sink.to(address)]
    assert all(b"\r\nSubject: =?UTF-8?B?" in raw for raw in raws)
    bodies = [m.get_content() for m in mails]
    due = add_workdays(site, day, 20)
    assert f"本机关将在{zh(due)}前作出答复" in bodies[0]
    assert "请说明所需信息的年份范围（2024 & 2025年，<全年>）。" in bodies[1] and f"请在{zh(correct_by)}前提交补正" in bodies[1]
    assert "视为放弃申请" in bodies[1]
    assert "已于" in bodies[2] and number in bodies[2]
    for body in bodies:
        assert code not in body and "王晓明" not in body and PERSON["id_number"] not in body
        link = re.search(r"查询办理进度：(\S+)", body).group(1)
        assert link == site.base + "/apply/status"
        assert requests.get(link, timeout=10).status_code == 200
    page = page_text(clerk.get(site.url(f"/admin/applications/{app_id}"), timeout=10).text)
    assert "申请人选择的办理进度通知：电子邮件" in page and page.count("已发送") == 3


def test_end_of_a_consultation_tells_the_applicant_the_clock_runs_again_with_the_due_date(site, sink, clerk):
    address = fresh_email()
    app_id, number, code, _ = apply(site, notify_email="1", email=address)
    day = today().isoformat()
    receive(site, clerk, app_id)
    act(site, clerk, app_id, "consult-start", day=day, party="third_party", text="征求第三方（某公司）意见")
    act(site, clerk, app_id, "consult-end", day=day, text="第三方同意公开")
    assert [n[0] for n in notices(site, app_id)] == ["received", "consult_start", "consult_end"]
    notify(site)
    mails = [parsed(raw) for raw in sink.to(address)]
    due = site.query("private", "SELECT due_on FROM applications WHERE id = ?", (app_id,))[0][0]
    due_zh = zh(datetime.date.fromisoformat(due))
    assert mails[-1]["Subject"] == f"【宁国市民政局】政府信息公开申请 {number} 征求意见结束，答复期限至{due_zh}"
    body = mails[-1].get_content()
    assert f"征求意见已于{zh(today())}结束" in body and f"现在的答复期限为{due_zh}" in body
    assert "某公司" not in body and code not in body
    assert re.search(r"查询办理进度：(\S+)", body).group(1) == site.base + "/apply/status"


# ---------------------------------------------------------------- bad relays and recipients


def test_unreachable_relay_keeps_the_notice_queued_with_the_error_for_staff(site, sink, clerk):
    address = fresh_email()
    app_id, _, _, _ = apply(site, notify_email="1", email=address)
    receive(site, clerk, app_id)
    out = notify(site, PORTAL_SMTP_PORT=str(free_port()))
    assert "1 to retry" in out
    (kind, _, _, state, attempts, error, _), = notices(site, app_id)
    assert (state, attempts) == ("queued", 1) and "无法连接邮件服务器" in error
    page = page_text(clerk.get(site.url(f"/admin/applications/{app_id}"), timeout=10).text)
    assert "排队" in page and "无法连接邮件服务器" in page and "下次重试约" in page
    notify(site)                      # the relay is back, but the retry is not due yet
    assert sink.to(address) == []
    assert "1 sent" in notify(site, "--now")
    assert notices(site, app_id)[0][3:5] == ("sent", 2)
    assert len(sink.to(address)) == 1


def test_refused_recipient_fails_and_staff_see_why(site, sink, clerk):
    address = fresh_email()
    sink.refuse.add(address)
    app_id, _, _, _ = apply(site, notify_email="1", email=address)
    receive(site, clerk, app_id)
    assert "1 failed" in notify(site)
    (_, _, _, state, attempts, error, _), = notices(site, app_id)
    assert state == "failed" and attempts == 1 and "550" in error
    page = page_text(clerk.get(site.url(f"/admin/applications/{app_id}"), timeout=10).text)
    assert "失败" in page and "邮件服务器拒绝了收件人" in page
    notify(site, "--now")             # a failed notice is not retried
    assert notices(site, app_id)[0][3:5] == ("failed", 1)


def resend_forms(page, path):
    """The notice ids of the 重新发送 buttons on a staff page, posting to PATH."""
    return re.findall(r'<form class="inline-form" method="post" action="%s">\s*'
                      r'<input type="hidden" name="csrf_token" value="[0-9a-f]+">\s*'
                      r'<input type="hidden" name="notice_id" value="(\d+)">' % re.escape(path), page)


def test_staff_resend_a_failed_notice_which_is_queued_now_and_audited(site, sink, clerk):
    address = fresh_email()
    sink.refuse.add(address)
    app_id, number, _, _ = apply(site, notify_email="1", email=address)
    receive(site, clerk, app_id)
    notify(site)
    (notice_id,), = site.query("private", "SELECT id FROM notices WHERE application_id = ?", (app_id,))
    path = f"/admin/applications/{app_id}/resend"
    page = clerk.get(site.url(f"/admin/applications/{app_id}"), timeout=10).text
    assert resend_forms(page, path) == [str(notice_id)]
    sink.refuse.discard(address)      # the recipient's mailbox works again
    r = clerk.post(site.url(path), data={"csrf_token": csrf_token(page), "notice_id": str(notice_id)},
                   allow_redirects=False, timeout=10)
    assert r.status_code == 303 and r.headers["Location"] == f"/admin/applications/{app_id}?done=resend"
    state, attempts, error = site.query("private", "SELECT state, attempts, last_error FROM notices WHERE id = ?",
                                        (notice_id,))[0]
    assert (state, attempts) == ("queued", 0) and error.startswith("工作人员已重新发送（上次失败：")
    audit = site.query("private", "SELECT user_name, summary FROM audit_log WHERE action = 'application.resend' "
                                  "AND target = ?", (f"application:{app_id}",))
    assert audit == [("clerk", f"{number} 重新发送通知 notice:{notice_id}")]
    page = page_text(clerk.get(site.url(r.headers["Location"]), timeout=10).text)
    assert "已完成：重新发送通知" in page and "排队" in page
    assert "1 sent" in notify(site)   # at once: no waiting for a retry time
    assert notices(site, app_id)[0][3] == "sent" and len(sink.to(address)) == 1
    # A notice that is not failed (now sent) is not sent again; nor another application's.
    page = clerk.get(site.url(f"/admin/applications/{app_id}"), timeout=10).text
    assert resend_forms(page, path) == []
    r = clerk.post(site.url(path), data={"csrf_token": csrf_token(page), "notice_id": str(notice_id)}, timeout=10)
    assert r.status_code == 200 and "这条通知不是发送失败的状态" in r.text
    assert notices(site, app_id)[0][3:5] == ("sent", 1)


def test_sender_killed_mid_batch_loses_nothing_and_repeats_at_most_the_one_in_flight(site, sink, clerk):
    notify(site, "--now")             # nothing of earlier tests left to send
    addresses = [fresh_email() for _ in range(6)]
    ids = []
    for address in addresses:
        app_id, _, _, _ = apply(site, notify_email="1", email=address)
        receive(site, clerk, app_id)
        ids.append(app_id)
    before = len(sink.messages)
    sink.delay = 0.6
    proc = subprocess.Popen([os.path.join(BUILD, "portalctl"), "notify"], env=site.env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 30
    while len(sink.messages) - before < 2 and time.time() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)                   # the third is in flight now
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    sent_before_rerun = len(sink.messages) - before
    assert 2 <= sent_before_rerun < 6
    time.sleep(1.0)                   # the sink finishes what it was answering
    sink.delay = 0
    notify(site)
    by_id = {}
    for _, _, raw in sink.messages[before:]:
        mid = parsed(raw)["Message-ID"]
        by_id[mid] = by_id.get(mid, 0) + 1
    expected = [notices(site, i)[0][6] for i in ids]
    assert all(by_id.get(mid, 0) >= 1 for mid in expected), "a notice was lost"
    assert sum(n - 1 for n in by_id.values()) <= 1, "more than the one in flight was sent twice"
    assert all(notices(site, i)[0][3] == "sent" for i in ids)


# ---------------------------------------------------------------- header injection


def test_line_breaks_in_the_address_or_name_are_refused_at_the_form(site):
    s = requests.Session()
    page = s.get(site.url("/apply"), timeout=10).text
    key = re.search(r'name="idempotency_key" value="([0-9a-f]{32})"', page).group(1)
    r = s.post(site.url("/apply"), data=dict(PERSON, email="wangxm@example.cn\r\nBcc: victim@example.cn",
                                            person_name="王晓明\r\nBcc: victim@example.cn", notify_email="1",
                                            csrf_token=csrf_from(page), idempotency_key=key), timeout=10)
    assert r.status_code == 200 and "（有" in r.text
    for field in ("email", "person_name"):
        assert re.search(r'id="%s-error">[^<]+<' % field, r.text), field
    assert site.query("private", "SELECT count(*) FROM applications WHERE email LIKE '%victim%' "
                                 "OR name LIKE '%victim%'")[0][0] == 0


def test_line_breaks_that_reach_a_subject_cannot_add_a_header(site, sink, clerk):
    """An agency name is printed into the subject; one with CR LF (typed into
    the database, as no form accepts it) still yields one Subject header."""
    address = fresh_email()
    app_id, number, _, _ = apply(site, notify_email="1", email=address)
    name = site.query("content", "SELECT name FROM agencies WHERE id = 1")[0][0]
    site.execute("content", "UPDATE agencies SET name = ? WHERE id = 1",
                 (name + "\r\nBcc: victim@example.cn",))
    try:
        receive(site, clerk, app_id)
    finally:
        site.execute("content", "UPDATE agencies SET name = ? WHERE id = 1", (name,))
    notify(site)
    (mail_from, rcpts, raw), = [m for m in sink.messages if address in m[1]]
    assert rcpts == [address]
    headers = raw.split(b"\r\n\r\n", 1)[0]
    assert b"Bcc" not in headers and b"victim" not in headers
    assert not re.search(rb"\r\n(?![ \t])[^:\r\n]*victim", raw)
    assert parsed(raw)["Subject"] == f"【{name}  Bcc: victim@example.cn】政府信息公开申请 {number} 已受理"


# ---------------------------------------------------------------- SMS


def test_sms_goes_to_the_gateway_and_a_gateway_error_is_retried(site, clerk, gateway):
    notify(site, "--now")
    app_id, number, code, receipt = apply(site, notify_sms="1", phone="13805630001")
    assert "短信（" in page_text(receipt)
    receive(site, clerk, app_id)
    (kind, channel, recipient, state, *_), = notices(site, app_id)
    assert (kind, channel, recipient, state) == ("received", "sms", "13805630001", "queued")
    assert "waiting" in notify(site) and notices(site, app_id)[0][3] == "queued"   # no gateway configured
    Gateway.status = 503
    out = notify(site, PORTAL_SMS_URL=gateway, PORTAL_SMS_TOKEN="t0ken")
    assert "1 to retry" in out
    assert "HTTP 503" in notices(site, app_id)[0][5]
    Gateway.status = 200
    Gateway.received.clear()
    assert "1 sent" in notify(site, "--now", PORTAL_SMS_URL=gateway, PORTAL_SMS_TOKEN="t0ken")
    (auth, payload), = Gateway.received
    assert auth == "Bearer t0ken"
    assert payload["to"] == "13805630001" and payload["id"] == notices(site, app_id)[0][6]
    assert number in payload["text"] and "受理" in payload["text"] and code not in payload["text"]


# ---------------------------------------------------------------- staff


def insert_open_application(portal, agency_id, due_on, state="received"):
    seq = 800000 + next(_emails)
    number = f"T{agency_id}-2026-{seq}"
    portal.execute("private",
                   "INSERT INTO applications (number, year, seq, access_code_hash, applicant_type, name, phone, "
                   "address, info_title, info_description, medium, delivery, submitted_at, agency_id, agency_seq, "
                   "state, received_on, due_on) VALUES (?, 2026, ?, 'x', 'person', '赵六', '13900000000', '宁国', "
                   "'x', 'x', 'paper', 'post', '2026-10-01T02:00:00Z', ?, ?, ?, '2026-10-01', ?)",
                   (number, seq, agency_id, seq, state, due_on))
    return number


def insert_open_message(portal, agency_id, due_on, kind="consult"):
    seq = 900000 + next(_emails)
    number = f"LY-2026-{seq}"
    portal.execute("private",
                   "INSERT INTO messages (number, year, seq, agency_id, kind, subject, body, name, phone, "
                   "access_code_hash, idempotency_key, submitted_at, received_on, due_on) "
                   "VALUES (?, 2026, ?, ?, ?, '高龄津贴', '怎么领？', '钱七', '13900000001', 'x', ?, "
                   "'2026-10-01T02:00:00Z', '2026-10-01', ?)",
                   (number, seq, agency_id, kind, f"k{seq}", due_on))
    return number


def test_daily_digest_lists_an_application_due_in_two_working_days(site, sink):
    make_staff(site, "digester", "handler")
    make_staff(site, "overseer", "admin")
    admin = login(site, "overseer", "correct horse battery")
    for name, address in (("digester", "digester@ningguo.gov.cn"), ("overseer", "overseer@ningguo.gov.cn")):
        user_id = site.query("private", "SELECT id FROM users WHERE name = ?", (name,))[0][0]
        page = admin.get(site.url(f"/admin/users/{user_id}"), timeout=10).text
        r = admin.post(site.url(f"/admin/users/{user_id}/email"),
                       data={"csrf_token": csrf_token(page), "email": address}, allow_redirects=False,
                       timeout=10)
        assert r.status_code == 303, r.text[:2000]
    page = admin.get(site.url(f"/admin/users/{user_id}"), timeout=10).text
    r = admin.post(site.url(f"/admin/users/{user_id}/email"),
                   data={"csrf_token": csrf_token(page), "email": "overseer@@ningguo"}, timeout=10)
    assert r.status_code == 200 and 'id="digest-email-error"' in r.text and 'value="overseer@@ningguo"' in r.text
    assert site.query("private", "SELECT email FROM users WHERE id = ?", (user_id,))[0][0] == address
    soon = insert_open_application(site, 1, add_workdays(site, today(), 2).isoformat())
    later = insert_open_application(site, 1, add_workdays(site, today(), 10).isoformat())
    late_elsewhere = insert_open_application(site, 2, "2026-11-02")
    message_soon = insert_open_message(site, 1, add_workdays(site, today(), 1).isoformat())
    message_late_elsewhere = insert_open_message(site, 2, "2026-11-02")
    error_report = insert_open_message(site, None, add_workdays(site, today(), 4).isoformat(), kind="error")
    notify(site, "--now")
    before = len(sink.messages)
    out = notify(site, "--digest")
    assert "digests queued: 2" in out   # digester and overseer; the clerk has no address
    digest = parsed(sink.to("digester@ningguo.gov.cn")[-1])
    assert digest["Subject"].startswith("政府信息公开申请办理提醒")
    body = digest.get_content()
    assert f"{soon}（宁国市民政局，已确认收到）答复期限{zh(add_workdays(site, today(), 2))}，还剩2个工作日" in body
    assert "【3个工作日内到期】" in body and later not in body and late_elsewhere not in body
    assert site.base + "/admin/applications/" in body
    # The agency's 互动交流 messages too (issue 12), without the writer's name.
    assert "【互动交流留言3个工作日内到期】" in body and message_soon in body
    assert message_late_elsewhere not in body and error_report not in body and "钱七" not in body
    assert site.base + "/admin/messages/" in body
    overseer = parsed(sink.to("overseer@ningguo.gov.cn")[-1]).get_content()
    assert "【全平台已逾期的申请】" in overseer and late_elsewhere in overseer and "赵六" not in overseer
    assert "【全平台已逾期的互动交流留言】" in overseer and message_late_elsewhere in overseer
    assert "【新留言，尚未指派】" in overseer and error_report in overseer and "钱七" not in overseer
    notify(site, "--digest")          # once a day
    assert len([m for m in sink.messages[before:] if "digester@ningguo.gov.cn" in m[1]]) == 1


def test_dashboard_counts_waiting_notices_and_says_mail_is_not_configured(clerk):
    p = Portal()
    try:
        make_staff(p, "clerk", "handler")
        s = login(p, "clerk", "correct horse battery")
        dash = page_text(s.get(p.url("/admin/"), timeout=10).text)
        assert "发送程序（portalctl notify）尚未运行过" in dash
        app_id, _, _, _ = apply(p, notify_email="1", email=fresh_email())
        receive(p, s, app_id)
        out = notify(p)
        assert "1 waiting" in out and "mail NOT configured" in out
        dash = page_text(s.get(p.url("/admin/"), timeout=10).text)
        assert re.search(r"本机关申请和留言的通知：\s*1\s*条在发件箱中等待发送", dash)
        assert "邮件发送未配置" in dash
        assert notices(p, app_id)[0][3:5] == ("queued", 0)
    finally:
        p.close()


# ---------------------------------------------------------------- settings refused for safety


def run_notify(portal, *args, **env):
    return subprocess.run([os.path.join(BUILD, "portalctl"), "notify", *args], env=dict(portal.env, **env),
                          capture_output=True, text=True, timeout=60)


def test_smtp_auth_without_starttls_is_refused_and_the_mail_waits_with_the_reason(site, sink, clerk):
    address = fresh_email()
    app_id, _, _, _ = apply(site, notify_email="1", email=address)
    receive(site, clerk, app_id)
    r = run_notify(site, "--now", PORTAL_SMTP_USER="xxgk", PORTAL_SMTP_PASSWORD="secret")
    assert r.returncode == 0 and "mail NOT configured" in r.stdout
    assert "PORTAL_SMTP_STARTTLS=off" in r.stderr and "unencrypted" in r.stderr
    (_, _, _, state, attempts, error, _), = notices(site, app_id)
    assert (state, attempts) == ("queued", 0) and "STARTTLS" in error and "未加密" in error
    assert sink.to(address) == []
    page = page_text(clerk.get(site.url(f"/admin/applications/{app_id}"), timeout=10).text)
    assert "未加密的连接" in page
    assert "未加密的连接" in page_text(clerk.get(site.url("/admin/"), timeout=10).text)
    assert "sent" in notify(site, "--now")          # without a user (a relay on this host) it goes
    assert notices(site, app_id)[0][3] == "sent" and len(sink.to(address)) == 1


def test_an_http_sms_gateway_on_another_host_is_refused_and_the_sms_waits(site, clerk, gateway):
    app_id, _, _, _ = apply(site, notify_sms="1", phone="13805630002")
    receive(site, clerk, app_id)
    Gateway.status = 200
    Gateway.received.clear()
    r = run_notify(site, "--now", PORTAL_SMS_URL="http://sms.example.invalid/send", PORTAL_SMS_TOKEN="t0ken")
    assert r.returncode == 0 and "SMS NOT configured" in r.stdout and "in clear" in r.stderr
    (_, _, _, state, attempts, error, _), = notices(site, app_id)
    assert (state, attempts) == ("queued", 0) and "https://" in error and "明文" in error
    assert "sent" in notify(site, "--now", PORTAL_SMS_URL=gateway, PORTAL_SMS_TOKEN="t0ken")   # http on 127.0.0.1
    assert notices(site, app_id)[0][3] == "sent" and Gateway.received


def test_the_sender_refuses_to_run_without_its_lock(site):
    lock = site.private_db + "-notify.lock"
    if os.path.exists(lock):
        os.remove(lock)
    os.mkdir(lock)                                    # cannot be opened as the lock file
    try:
        r = run_notify(site, "--now")
        assert r.returncode != 0 and "lock file" in r.stderr and "nothing sent" in r.stderr
    finally:
        os.rmdir(lock)
