"""互动交流 on the staff side (issue 12): 民政局's 经办人 works the messages
written to 民政局 (inbox with working-day due dates and marks in words,
assignment, reply, refusal, notes, transfer, publication with consent and
without personal data), the platform administrator the 找错 reports, and
staff of another agency can do nothing with them (403, audited, nothing
changed). Every /admin/messages route of cgi-bin/main/admin.c must be
classified below (test_platform_admin.py leaves them to this file)."""

import datetime
import os
import re
import sys

import pytest
import requests

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from harness import ROOT, Portal, csrf_from  # noqa: E402
from staff_login import make_staff, signed_in  # noqa: E402

ADMIN_C = os.path.join(ROOT, "cgi-bin", "main", "admin.c")
ROW = re.compile(r'\{\s*(METHOD_[A-Z_| ]+?)\s*,\s*"([^"]+)"\s*,\s*(\w+)\s*,\s*([^}]*?)\s*\}')

LETTER = {"agency": "mzj", "kind": "consult", "subject": "低保年审材料", "consent": "1",
          "body": "请问城乡低保年审需要提交哪些材料？", "name": "周桂兰", "phone": "13905637788",
          "email": "zgl@example.cn"}


@pytest.fixture(scope="module")
def pp():
    p = Portal(env_overrides={"PORTAL_MESSAGE_RATE": "10000"})
    for name, roles in (("mzj_h", "handler@mzj"), ("mzj_h2", "handler@mzj"), ("mzj_rev", "reviewer@mzj"),
                        ("mzj_ed", "editor@mzj"), ("rsj_h", "handler@rsj"), ("rsj_rev", "reviewer@rsj,handler@rsj")):
        make_staff(p, name, roles)
    yield p
    p.close()


@pytest.fixture(scope="module")
def staff(pp):
    return {n: signed_in(pp, n) for n in ("mzj_h", "mzj_h2", "mzj_rev", "rsj_h")}


@pytest.fixture(scope="module")
def admin(pp):
    return signed_in(pp, "admin", pp.admin_password)


def write(pp, **change):
    """A citizen writes in; returns (message id, citizen session holding the status cookie's way in)."""
    s = requests.Session()
    query = "?kind=error&page=" + change["page"] if "page" in change else ""
    page = s.get(pp.url("/apply/message" + query)).text
    key = re.search(r'name="idempotency_key" value="([0-9a-f]{32})"', page).group(1)
    r = s.post(pp.url("/apply/message"), data=dict(LETTER, csrf_token=csrf_from(page), idempotency_key=key, **change),
               allow_redirects=False)
    assert r.status_code == 303, r.text[:400]
    receipt = s.get(pp.url("/apply/message/receipt")).text
    number = re.search(r'class="receipt-number">([A-Z0-9-]+)<', receipt).group(1)
    code = re.search(r'class="receipt-code">([0-9A-Z]+)<', receipt).group(1)
    mid = pp.query("private", "SELECT id FROM messages WHERE number = ?", (number,))[0][0]
    return mid, (number, code)


def citizen_view(pp, ticket):
    s = requests.Session()
    token = csrf_from(s.get(pp.url("/apply/message/status")).text)
    return s.post(pp.url("/apply/message/status"), data={"csrf_token": token, "number": ticket[0],
                                                         "code": ticket[1]}).text


def act(pp, session, mid, action, **data):
    return session.post(pp.url(f"/admin/messages/{mid}/{action}"), data=dict(data, csrf_token=session.token),
                        allow_redirects=False)


def row(pp, mid, cols="state, agency_id, assigned_to, reply_text, refusal_reason, published, received_on, due_on"):
    return pp.query("private", f"SELECT {cols} FROM messages WHERE id = ?", (mid,))[0]


def user_id(pp, name):
    return pp.query("private", "SELECT id FROM users WHERE name = ?", (name,))[0][0]


def today():
    return (datetime.datetime.utcnow() + datetime.timedelta(hours=8)).date()


# ---- the inbox ------------------------------------------------------------------------------------

def test_the_inbox_lists_the_agencys_messages_with_due_dates_in_words_and_names_masked(pp, staff):
    mid, _ = write(pp)
    page = staff["mzj_h"].get(pp.url("/admin/messages")).text
    assert f'href="/admin/messages/{mid}"' in page and "低保年审材料" in page
    assert "剩5个工作日" in page and "周**" in page and "周桂兰" not in page
    assert staff["rsj_h"].get(pp.url("/admin/messages")).text.count(f'href="/admin/messages/{mid}"') == 0


def test_due_soon_overdue_and_near_three_months_are_marked_in_words(pp, staff, admin):
    soon, _ = write(pp, subject="即将到期的留言")
    late, _ = write(pp, subject="逾期的留言")
    old, _ = write(pp, subject="七十天前的留言")
    pp.execute("private", "UPDATE messages SET due_on = ? WHERE id = ?", (today().isoformat(), soon))
    pp.execute("private", "UPDATE messages SET due_on = ? WHERE id = ?",
               ((today() - datetime.timedelta(days=10)).isoformat(), late))
    pp.execute("private", "UPDATE messages SET received_on = ?, due_on = ? WHERE id = ?",
               ((today() - datetime.timedelta(days=100)).isoformat(),
                (today() - datetime.timedelta(days=93)).isoformat(), old))
    page = staff["mzj_h"].get(pp.url("/admin/messages")).text
    assert re.search(r"即将到期：今日到期", page)
    assert re.search(r"已逾期：已逾期\d+个工作日", page)
    assert "已收到100天未答复" in page
    for session in (staff["mzj_h"], admin):
        dash = session.get(pp.url("/admin/")).text
        assert "留言长期未答复" in dash and "宁国市民政局" in dash and "已超过3个月" in dash
    assert "留言长期未答复" in admin.get(pp.url("/admin/oversight")).text
    assert "留言长期未答复" not in staff["rsj_h"].get(pp.url("/admin/")).text
    act(pp, staff["mzj_h"], old, "reply", reply_text="已答复。")
    assert "已超过3个月" not in admin.get(pp.url("/admin/oversight")).text


# ---- the actions ----------------------------------------------------------------------------------

def test_assignment_to_a_handler_of_the_agency_only(pp, staff):
    mid, _ = write(pp)
    r = act(pp, staff["mzj_h"], mid, "assign", user=str(user_id(pp, "rsj_h")))
    assert r.status_code == 200 and "所选人员不是本机关的经办人" in r.text
    assert row(pp, mid)[2] is None
    r = act(pp, staff["mzj_h"], mid, "assign", user=str(user_id(pp, "mzj_h2")))
    assert r.status_code == 303 and row(pp, mid)[2] == user_id(pp, "mzj_h2")
    assert pp.query("private", "SELECT count(*) FROM audit_log WHERE action = 'message.assign' AND target = ?",
                    (f"message:{mid}",))[0][0] == 1


def test_reply_is_required_then_stored_and_shown_to_the_writer(pp, staff):
    mid, ticket = write(pp)
    r = act(pp, staff["mzj_h"], mid, "reply", reply_text="")
    assert r.status_code == 200 and "此项为必填项。" in r.text and row(pp, mid)[0] == "open"
    r = act(pp, staff["mzj_h"], mid, "reply", reply_text="低保年审需提交户口簿和收入证明。")
    assert r.status_code == 303
    state, _, assigned, reply = row(pp, mid)[:4]
    assert (state, reply, assigned) == ("replied", "低保年审需提交户口簿和收入证明。", user_id(pp, "mzj_h"))
    view = citizen_view(pp, ticket)
    assert "已答复" in view and "低保年审需提交户口簿和收入证明。" in view
    assert act(pp, staff["mzj_h"], mid, "reply", reply_text="再答一次").status_code == 409


def test_internal_notes_are_not_shown_to_the_writer(pp, staff):
    mid, ticket = write(pp)
    assert act(pp, staff["mzj_h"], mid, "note", note="已电话联系社救科核实").status_code == 303
    assert "已电话联系社救科核实" in staff["mzj_h"].get(pp.url(f"/admin/messages/{mid}")).text
    assert "已电话联系社救科核实" not in citizen_view(pp, ticket)


def test_refusal_of_abuse_needs_a_reason_the_writer_reads(pp, staff):
    mid, ticket = write(pp, subject="广告", body="代办各类证件")
    r = act(pp, staff["mzj_h"], mid, "refuse", reason="")
    assert "此项为必填项。" in r.text and row(pp, mid)[0] == "open"
    assert act(pp, staff["mzj_h"], mid, "refuse", reason="内容为商业广告，与政务无关").status_code == 303
    assert row(pp, mid)[:5:4] == ("refused", "内容为商业广告，与政务无关")
    view = citizen_view(pp, ticket)
    assert "不予受理" in view and "内容为商业广告" in view


def test_transfer_restarts_the_clock_at_the_other_agency_and_the_writer_is_told(pp, staff):
    mid, ticket = write(pp, subject="社保卡补办")
    pp.execute("private", "UPDATE messages SET received_on = '2026-11-20', due_on = '2026-11-27' WHERE id = ?", (mid,))
    r = act(pp, staff["mzj_h"], mid, "transfer", to_agency="mzj", transfer_reason="")
    assert r.status_code == 200 and row(pp, mid)[1] == 1
    r = act(pp, staff["mzj_h"], mid, "transfer", to_agency="rsj", transfer_reason="社保卡由人社局办理")
    assert r.status_code == 303
    _, agency, assigned, *_, received, due = row(pp, mid)
    assert agency == 200 and assigned is None and received == today().isoformat() and due > received
    view = citizen_view(pp, ticket)
    assert "由宁国市民政局转交宁国市人力资源和社会保障局办理（社保卡由人社局办理）" in view
    assert "宁国市人力资源和社会保障局" in view
    assert staff["mzj_h"].get(pp.url(f"/admin/messages/{mid}")).status_code == 403
    assert f'href="/admin/messages/{mid}"' in staff["rsj_h"].get(pp.url("/admin/messages")).text


def test_publication_refuses_personal_data_in_any_spelling_beside_the_field_keeping_the_text(pp, staff):
    mid, _ = write(pp, body="我是周桂兰，电话13905637788，请问低保年审需要什么材料？")
    act(pp, staff["mzj_h"], mid, "reply", reply_text="需要户口簿和收入证明。")
    for question, answer, found in (
            ("电话139 0563-7788，请问低保年审需要什么材料？", "需要户口簿。", "仍有写信人的姓名、电话或电子邮箱"),
            ("身份证11010519491231002X，请问低保年审需要什么材料？", "需要户口簿。", "公开的内容中有身份证号码"),
            ("请问低保年审需要什么材料？", "请致电138 0013 8000咨询。", "公开的内容中有手机号码"),
            ("请问低保年审需要什么材料？", "请发邮件至 someone@mail.example.cn。", "公开的内容中有电子邮箱地址")):
        r = act(pp, staff["mzj_h"], mid, "publish", pub_subject="低保年审材料", pub_question=question,
                pub_answer=answer)
        assert r.status_code == 200 and found in r.text, found
        assert question in r.text and answer in r.text                # what was typed is kept
        assert pp.query("content", "SELECT count(*) FROM published_messages WHERE id = ?", (mid,))[0][0] == 0
    # a date, a 办件 number or a landline of the office is not personal data
    r = act(pp, staff["mzj_h"], mid, "publish", pub_subject="低保年审材料", pub_question="请问低保年审需要什么材料？",
            pub_answer="2026-12-01起，请带户口簿到窗口办理，咨询电话0563-4012345。")
    assert r.status_code == 303


def test_publishing_again_after_a_half_done_publish_succeeds(pp, staff):
    mid, _ = write(pp, body="请问低保年审需要什么材料？")
    act(pp, staff["mzj_h"], mid, "reply", reply_text="需要户口簿。")
    # what a failed private.db commit leaves behind: the public copy while the message is not marked published
    pp.execute("content", "INSERT INTO published_messages (id, owner_id, kind, subject, question, answer, asked_on, "
                          "answered_on) VALUES (?, 1, 'consult', '旧', '旧', '旧', '2026-01-01', '2026-01-02')", (mid,))
    r = act(pp, staff["mzj_h"], mid, "publish", pub_subject="低保年审", pub_question="请问低保年审需要什么材料？",
            pub_answer="需要户口簿。")
    assert r.status_code == 303
    assert pp.query("content", "SELECT subject, answer FROM published_messages WHERE id = ?", (mid,)) == [
        ("低保年审", "需要户口簿。")]


def test_publication_needs_consent_and_copies_only_the_edited_question_and_answer(pp, staff):
    mid, _ = write(pp, consent="")
    act(pp, staff["mzj_h"], mid, "reply", reply_text="答复。")
    r = act(pp, staff["mzj_h"], mid, "publish", pub_subject="t", pub_question="q", pub_answer="a")
    assert r.status_code == 409 and "写信人不同意公开" in r.text
    assert pp.query("content", "SELECT count(*) FROM published_messages WHERE id = ?", (mid,))[0][0] == 0

    mid, ticket = write(pp, body="我是周桂兰，电话13905637788，请问低保年审需要什么材料？")
    act(pp, staff["mzj_h"], mid, "reply", reply_text="需要户口簿和收入证明。")
    page = staff["mzj_h"].get(pp.url(f"/admin/messages/{mid}")).text
    assert "我是周桂兰，电话13905637788" in page   # the publish form starts from the writer's text
    r = act(pp, staff["mzj_h"], mid, "publish", pub_subject="低保年审材料",
            pub_question="我是周桂兰，电话13905637788，请问低保年审需要什么材料？", pub_answer="需要户口簿和收入证明。")
    assert r.status_code == 200 and "仍有写信人的姓名、电话或电子邮箱" in r.text
    assert pp.query("content", "SELECT count(*) FROM published_messages WHERE id = ?", (mid,))[0][0] == 0
    r = act(pp, staff["mzj_h"], mid, "publish", pub_subject="低保年审材料",
            pub_question="请问低保年审需要什么材料？", pub_answer="需要户口簿和收入证明。")
    assert r.status_code == 303
    stored = pp.query("content", "SELECT owner_id, kind, subject, question, answer FROM published_messages WHERE id = ?",
                      (mid,))
    assert stored == [(1, "consult", "低保年审材料", "请问低保年审需要什么材料？", "需要户口簿和收入证明。")]
    dump = "\n".join(str(r) for r in pp.query("content", "SELECT * FROM published_messages"))
    assert "周桂兰" not in dump and "13905637788" not in dump and "zgl@example.cn" not in dump
    assert "已公开" in citizen_view(pp, ticket)
    assert act(pp, staff["mzj_h"], mid, "unpublish").status_code == 303
    assert pp.query("content", "SELECT count(*) FROM published_messages WHERE id = ?", (mid,))[0][0] == 0


def test_reply_days_per_kind_are_set_by_the_agencys_reviewer(pp, staff):
    r = staff["mzj_rev"].post(pp.url("/admin/messages-settings"), data={
        "csrf_token": staff["mzj_rev"].token, "days_consult": "99", "days_suggest": "10", "days_complain": "3"})
    assert r.status_code == 200 and "请输入有效范围内的数字" in r.text and 'value="99"' in r.text
    r = staff["mzj_rev"].post(pp.url("/admin/messages-settings"), data={
        "csrf_token": staff["mzj_rev"].token, "days_consult": "5", "days_suggest": "10", "days_complain": "3"},
        allow_redirects=False)
    assert r.status_code == 303
    mid, _ = write(pp, kind="complain")
    received, due = row(pp, mid, "received_on, due_on")
    mid2, _ = write(pp, kind="suggest")
    assert row(pp, mid2, "due_on")[0] > due > received
    assert staff["mzj_h"].get(pp.url("/admin/messages-settings")).status_code == 403


# ---- 找错 reports go to the platform administrator ----------------------------------------------------

def test_error_reports_reach_only_the_platform_administrator(pp, staff, admin):
    mid, _ = write(pp, page="/mzj/catalogue/4", kind="error", subject="链接失效", agency="")
    assert row(pp, mid, "agency_id, page_path") == (None, "/mzj/catalogue/4")
    inbox = admin.get(pp.url("/admin/messages")).text
    assert "找错" in inbox and f'href="/admin/messages/{mid}"' in inbox
    page = admin.get(pp.url(f"/admin/messages/{mid}")).text
    assert 'href="/mzj/catalogue/4"' in page
    before = row(pp, mid)
    r = staff["mzj_h"].get(pp.url(f"/admin/messages/{mid}"))
    assert r.status_code == 403
    assert act(pp, staff["mzj_h"], mid, "reply", reply_text="x").status_code == 403
    assert row(pp, mid) == before
    assert act(pp, admin, mid, "reply", reply_text="已修复，谢谢。").status_code == 303


# ---- another agency's staff ------------------------------------------------------------------------

def parse_message_routes():
    with open(ADMIN_C, encoding="utf-8") as f:
        text = f.read()
    table = text[text.index("admin_routes[] = {"):text.index("\n};", text.index("admin_routes[] = {"))]
    return sorted((m.split("_")[1], p) for m, p, _h, _r in ROW.findall(table) if p.startswith("/admin/messages"))


# Each /admin/messages route: how another agency's 经办人 tries it on 民政局's message.
CROSS = {
    ("GET", "/admin/messages/{id}"): [None],
    ("POST", "/admin/messages/{id}/{name}"): [("assign", {"user": "1"}), ("reply", {"reply_text": "篡改"}),
                                               ("refuse", {"reason": "篡改"}), ("note", {"note": "篡改"}),
                                               ("transfer", {"to_agency": "rsj", "transfer_reason": "篡改"}),
                                               ("publish", {"pub_subject": "篡改", "pub_question": "篡改",
                                                            "pub_answer": "篡改"}),
                                               ("unpublish", {}), ("resend", {"notice_id": "1"})],
}
LISTS = {("GET", "/admin/messages")}
OWN_AGENCY = {("GET", "/admin/messages-settings"), ("POST", "/admin/messages-settings")}


def test_every_messages_route_of_admin_c_is_classified_here():
    routes = set(parse_message_routes())
    assert routes == set(CROSS) | LISTS | OWN_AGENCY, routes


def test_another_agencys_handler_gets_403_audited_and_nothing_changes(pp, staff):
    mid, _ = write(pp)
    s = signed_in(pp, "rsj_rev")
    before = row(pp, mid, "*")
    events = pp.query("private", "SELECT count(*) FROM message_events WHERE message_id = ?", (mid,))
    cases = [("GET", None, {})] + [("POST", name, data) for name, data in CROSS[("POST", "/admin/messages/{id}/{name}")]]
    for method, name, data in cases:
        audited = pp.query("private", "SELECT count(*) FROM audit_log WHERE action = 'agency.refused' "
                                      "AND user_name = 'rsj_rev' AND target = ?", (f"message:{mid}",))[0][0]
        if method == "GET":
            r = s.get(pp.url(f"/admin/messages/{mid}"), allow_redirects=False)
        else:
            r = s.post(pp.url(f"/admin/messages/{mid}/{name}"), data=dict(data, csrf_token=s.token),
                       allow_redirects=False)
        assert r.status_code == 403, (name, r.status_code)
        assert "该内容属于宁国市民政局" in r.text and "周桂兰" not in r.text and "13905637788" not in r.text
        assert pp.query("private", "SELECT count(*) FROM audit_log WHERE action = 'agency.refused' "
                                   "AND user_name = 'rsj_rev' AND target = ?", (f"message:{mid}",))[0][0] == audited + 1
    assert row(pp, mid, "*") == before
    assert pp.query("private", "SELECT count(*) FROM message_events WHERE message_id = ?", (mid,)) == events
    # Lists: none of 民政局's messages; settings: only the reviewer's own agency's keys change.
    assert "低保年审材料" not in s.get(pp.url("/admin/messages?state=all")).text
    r = s.post(pp.url("/admin/messages-settings"), data={"csrf_token": s.token, "days_consult": "7",
                                                         "days_suggest": "7", "days_complain": "7"},
               allow_redirects=False)
    assert r.status_code == 303
    assert pp.query("content", "SELECT DISTINCT agency_id FROM agency_settings WHERE key = 'message_days_consult' "
                               "AND value = '7'") == [(200,)]
