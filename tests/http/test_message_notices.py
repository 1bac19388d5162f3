"""Notices to the writer of a 互动交流 message (issues 12 and 13): the message
form offers the application form's choice (e-mail and/or SMS, checked the
same way, the receipt says which); the reply, a transfer to another agency
and a refusal queue a notice in the same transaction as the staff action;
`portalctl notify` delivers it to the SMTP sink (or the fake SMS gateway)
and the mail is read as it arrived: headers, the RFC 2047 subject decoded
back, the reply's wording, a status link that answers 200, no 查询码 and no
personal data. Staff see a message's notices and send a failed one again.
Header injection through the form's name or e-mail is impossible."""

import datetime
import email.utils
import os
import re
import sys

import pytest
import requests

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from harness import Portal, csrf_from  # noqa: E402
from mail_sink import (MAIL_FROM, Gateway, add_workdays, gateway, mail_env, notify, page_text,  # noqa: E402,F401
                       parsed, sink, today, zh)
from staff_login import csrf_token, make_staff, signed_in  # noqa: E402

LETTER = {"agency": "mzj", "kind": "consult", "subject": "高龄津贴怎么申请", "consent": "1",
          "body": "我父亲今年满80周岁，户籍在西津街道，请问高龄津贴需要带什么材料、到哪里申请？",
          "name": "李建国", "phone": "13905631234"}
REPLY = "请携带老人身份证、户口簿和一寸照片，到户籍所在地乡镇（街道）民政办申请，审核通过后次月发放。"
_addresses = iter(range(1, 10000))


@pytest.fixture(scope="module")
def site(sink):
    p = Portal(env_overrides=dict(mail_env(sink), PORTAL_MESSAGE_RATE="10000", PORTAL_STATUS_RATE="10000"))
    make_staff(p, "mzj_clerk", "handler@mzj")
    make_staff(p, "rsj_clerk", "handler@rsj")
    yield p
    p.close()


@pytest.fixture(scope="module")
def clerk(site):
    return signed_in(site, "mzj_clerk")


def fresh_email():
    return f"writer{next(_addresses)}@example.cn"


def open_form(site):
    s = requests.Session()
    page = s.get(site.url("/apply/message?agency=mzj"), timeout=10).text
    key = re.search(r'name="idempotency_key" value="([0-9a-f]{32})"', page).group(1)
    return s, page, dict(csrf_token=csrf_from(page), idempotency_key=key)


def write(site, **fields):
    """A citizen writes in through the real form; returns (id, number, code, receipt text)."""
    s, _, hidden = open_form(site)
    r = s.post(site.url("/apply/message"), data=dict(LETTER, **hidden, **fields), allow_redirects=False,
               timeout=10)
    assert r.status_code == 303, r.text[:2000]
    receipt = s.get(site.url("/apply/message/receipt"), timeout=10).text
    number = re.search(r'class="receipt-number">([A-Z0-9-]+)<', receipt).group(1)
    code = re.search(r'class="receipt-code">([0-9A-Z]+)<', receipt).group(1)
    mid = site.query("private", "SELECT id FROM messages WHERE number = ?", (number,))[0][0]
    return mid, number, code, page_text(receipt)


def act(site, session, mid, action, **fields):
    """Posts one action form of the message's staff page, with the page's own token, like a browser."""
    page = session.get(site.url(f"/admin/messages/{mid}"), timeout=10)
    assert page.status_code == 200, page.text[:500]
    assert f'action="/admin/messages/{mid}/{action}"' in page.text
    return session.post(site.url(f"/admin/messages/{mid}/{action}"),
                        data=dict(fields, csrf_token=csrf_token(page.text)), allow_redirects=False, timeout=10)


def notices(site, mid):
    return site.query("private", "SELECT kind, channel, recipient, state, attempts, last_error, message_id "
                                 "FROM notices WHERE message_ref = ? ORDER BY id", (mid,))


def link_in(body, label):
    return re.search(label + r"：(\S+)", body).group(1)


# ---------------------------------------------------------------- the form


def test_message_form_offers_the_application_forms_choice_and_the_receipt_says_which(site):
    _, page, _ = open_form(site)
    form = requests.get(site.url("/apply"), timeout=10).text
    for box in ('<input type="checkbox" id="notify_email" name="notify_email" value="1">',
                '<input type="checkbox" id="notify_sms" name="notify_sms" value="1">'):
        assert box in page and box in form
    assert "<legend>答复通知</legend>" in page and "不含查询码" in page
    *_, receipt = write(site, notify_email="1", notify_sms="1", email=fresh_email())
    assert "答复通知电子邮件和短信（答复、转交其他机关办理或不予受理时）" in receipt
    *_, receipt = write(site)
    assert "答复通知未选择：请凭留言编号和查询码到留言查询页面查看答复" in receipt


def test_a_notice_needs_an_address_or_a_mobile_number_as_on_the_application_form(site):
    s, _, hidden = open_form(site)
    before = site.query("private", "SELECT count(*) FROM messages")[0][0]
    r = s.post(site.url("/apply/message"), data=dict(LETTER, **hidden, phone="0563-4116396", email="",
                                                     notify_email="1", notify_sms="1"), timeout=10)
    assert r.status_code == 200
    assert re.search(r'id="notify_email-error">选择电子邮件通知时，请在上方填写电子邮箱。<', r.text)
    assert re.search(r'id="notify_sms-error">短信通知只能发送到手机号码', r.text)
    assert 'value="0563-4116396"' in r.text and LETTER["body"] in r.text
    assert 'name="notify_email" value="1" checked' in r.text and 'name="notify_sms" value="1" checked' in r.text
    assert site.query("private", "SELECT count(*) FROM messages")[0][0] == before


# ---------------------------------------------------------------- the reply by mail


def test_the_reply_arrives_by_mail_with_its_wording_and_a_status_link_but_no_code(site, sink, clerk):
    address = fresh_email()
    mid, number, code, _ = write(site, notify_email="1", email=address)
    assert site.query("private", "SELECT notify_email, notify_sms FROM messages WHERE id = ?", (mid,)) == [(1, 0)]
    r = act(site, clerk, mid, "reply", reply_text=REPLY)
    assert r.status_code == 303, r.text[:2000]
    # Queued with the reply, in its transaction: the state and the notice together.
    assert site.query("private", "SELECT state FROM messages WHERE id = ?", (mid,)) == [("replied",)]
    assert [n[:4] for n in notices(site, mid)] == [("message_replied", "email", address, "queued")]
    assert "1 sent" in notify(site)
    (raw,) = sink.to(address)
    mail = parsed(raw)
    assert mail["Subject"] == f"【宁国市民政局】您的留言 {number} 已答复"
    assert b"\r\nSubject: =?UTF-8?B?" in raw
    assert mail["From"] == MAIL_FROM and mail["To"] == address
    assert mail["Message-ID"] == notices(site, mid)[0][6]
    sent = email.utils.parsedate_to_datetime(mail["Date"])
    assert abs((datetime.datetime.now(datetime.timezone.utc) - sent).total_seconds()) < 120
    assert mail.get_content_type() == "text/plain" and mail.get_content_charset() == "utf-8"
    body = mail.get_content()
    assert f"宁国市民政局已于{zh(today())}答复您的咨询留言（留言编号 {number}）" in body and REPLY in body
    link = link_in(body, "查看留言和答复")
    assert link == site.base + "/apply/message/status"
    assert requests.get(link, timeout=10).status_code == 200
    for personal in (code, LETTER["name"], LETTER["phone"], LETTER["body"], address):
        assert personal not in body, personal
    page = page_text(clerk.get(site.url(f"/admin/messages/{mid}"), timeout=10).text)
    assert "写信人选择的答复通知：电子邮件" in page and "留言答复" in page and "已发送" in page


def test_a_writer_who_asked_for_no_notice_gets_none(site, clerk):
    mid, *_ = write(site, email=fresh_email())
    assert act(site, clerk, mid, "reply", reply_text=REPLY).status_code == 303
    assert notices(site, mid) == []
    assert "写信人选择的答复通知：未选择通知" in page_text(clerk.get(site.url(f"/admin/messages/{mid}")).text)


# ---------------------------------------------------------------- transfer and refusal


def test_a_transfer_tells_the_writer_which_agency_handles_it_now_and_the_new_due_date(site, sink, clerk):
    address = fresh_email()
    mid, number, code, _ = write(site, notify_email="1", email=address, kind="complain")
    r = act(site, clerk, mid, "transfer", to_agency="rsj", transfer_reason="社保待遇问题由人社局负责")
    assert r.status_code == 303, r.text[:2000]
    due = datetime.date.fromisoformat(site.query("private", "SELECT due_on FROM messages WHERE id = ?", (mid,))[0][0])
    assert due == add_workdays(site, today(), 5)
    notify(site)
    (raw,) = sink.to(address)
    mail = parsed(raw)
    assert mail["Subject"] == f"【宁国市人力资源和社会保障局】您的留言 {number} 已转交宁国市人力资源和社会保障局办理"
    body = mail.get_content()
    assert f"您的投诉留言（留言编号 {number}）已于{zh(today())}由宁国市民政局转交宁国市人力资源和社会保障局办理" in body
    assert "转交原因：社保待遇问题由人社局负责" in body
    assert f"宁国市人力资源和社会保障局将在{zh(due)}前答复" in body
    assert link_in(body, "查看留言和办理情况") == site.base + "/apply/message/status"
    assert code not in body and LETTER["name"] not in body
    # The notice follows the message: the new agency's clerk sees it on the page, the old one no longer can.
    rsj = signed_in(site, "rsj_clerk")
    assert "留言转交" in page_text(rsj.get(site.url(f"/admin/messages/{mid}"), timeout=10).text)


def test_a_refusal_tells_the_writer_why_also_by_sms(site, clerk, gateway):
    notify(site, "--now")
    mid, number, code, receipt = write(site, notify_sms="1", phone="13805630002")
    assert "答复通知短信（" in receipt
    r = act(site, clerk, mid, "refuse", reason="留言内容为商业广告")
    assert r.status_code == 303, r.text[:2000]
    (kind, channel, recipient, state, *_), = notices(site, mid)
    assert (kind, channel, recipient, state) == ("message_refused", "sms", "13805630002", "queued")
    Gateway.status = 200
    Gateway.received.clear()
    assert "1 sent" in notify(site, PORTAL_SMS_URL=gateway, PORTAL_SMS_TOKEN="t0ken")
    (_, payload), = Gateway.received
    assert payload["to"] == "13805630002" and payload["id"] == notices(site, mid)[0][6]
    assert number in payload["text"] and "不予受理" in payload["text"] and "留言内容为商业广告" in payload["text"]
    assert code not in payload["text"] and LETTER["name"] not in payload["text"]


# ---------------------------------------------------------------- header injection


def test_line_breaks_in_the_message_forms_name_or_email_are_refused_and_nothing_is_stored(site):
    s, _, hidden = open_form(site)
    before = site.query("private", "SELECT count(*) FROM messages")[0][0]
    r = s.post(site.url("/apply/message"), data=dict(LETTER, **hidden, notify_email="1",
                                                     name="李建国\r\nBcc: victim@example.cn",
                                                     email="lijg@example.cn\r\nBcc: victim@example.cn"), timeout=10)
    assert r.status_code == 200
    for field in ("name", "email"):
        assert re.search(r'id="%s-error">[^<]+<' % field, r.text), field
    r = s.post(site.url("/apply/message"), data=dict(LETTER, **hidden, notify_email="1",
                                                     email="lijg@example.cn, victim@example.cn"), timeout=10)
    assert r.status_code == 200 and re.search(r'id="email-error">[^<]+<', r.text)
    assert site.query("private", "SELECT count(*) FROM messages")[0][0] == before
    assert site.query("private", "SELECT count(*) FROM messages WHERE email LIKE '%victim%' "
                                 "OR name LIKE '%victim%'")[0][0] == 0


def test_an_address_with_a_line_break_that_reaches_the_outbox_is_never_sent(site, sink, clerk):
    """Past the form (typed into the database, as no form accepts it), an
    address with CR LF still cannot add a header or a recipient: the sender
    refuses it and staff see why."""
    mid, *_ = write(site, notify_email="1", email=fresh_email())
    site.execute("private", "UPDATE messages SET email = ? WHERE id = ?",
                 ("lijg@example.cn\r\nBcc: victim@example.cn", mid))
    assert act(site, clerk, mid, "reply", reply_text=REPLY).status_code == 303
    before = len(sink.messages)
    assert "1 failed" in notify(site)
    assert len(sink.messages) == before and sink.to("victim@example.cn") == []
    (_, _, _, state, _, error, _), = notices(site, mid)
    assert state == "failed" and "收件地址无效" in error


# ---------------------------------------------------------------- 重新发送


def test_staff_resend_a_failed_message_notice_which_goes_out_at_the_next_run(site, sink, clerk):
    address = fresh_email()
    sink.refuse.add(address)
    mid, number, _, _ = write(site, notify_email="1", email=address)
    assert act(site, clerk, mid, "reply", reply_text=REPLY).status_code == 303
    assert "1 failed" in notify(site)
    (notice_id,), = site.query("private", "SELECT id FROM notices WHERE message_ref = ?", (mid,))
    page = clerk.get(site.url(f"/admin/messages/{mid}"), timeout=10).text
    assert "邮件服务器拒绝了收件人" in page_text(page)
    assert re.search(r'action="/admin/messages/%d/resend">\s*<input type="hidden" name="csrf_token" value="[0-9a-f]+">'
                     r'\s*<input type="hidden" name="notice_id" value="%d">' % (mid, notice_id), page)
    sink.refuse.discard(address)
    r = act(site, clerk, mid, "resend", notice_id=str(notice_id))
    assert r.status_code == 303 and r.headers["Location"] == f"/admin/messages/{mid}"
    assert site.query("private", "SELECT state, attempts FROM notices WHERE id = ?", (notice_id,)) == [("queued", 0)]
    assert site.query("private", "SELECT user_name, summary FROM audit_log WHERE action = 'message.resend' "
                                 "AND target = ?", (f"message:{mid}",)) == [("mzj_clerk", f"{number} 重新发送通知")]
    assert "1 sent" in notify(site)
    assert len(sink.to(address)) == 1 and parsed(sink.to(address)[0])["Subject"].endswith(f"{number} 已答复")
    # Sent now: no button, and a second press changes nothing.
    page = clerk.get(site.url(f"/admin/messages/{mid}"), timeout=10).text
    assert f"/admin/messages/{mid}/resend" not in page
    r = clerk.post(site.url(f"/admin/messages/{mid}/resend"),
                   data={"csrf_token": csrf_token(page), "notice_id": str(notice_id)}, timeout=10)
    assert r.status_code == 200 and "这条通知不是发送失败的状态" in r.text
    assert site.query("private", "SELECT state, attempts FROM notices WHERE id = ?", (notice_id,)) == [("sent", 1)]
