"""征集意见 (issue 12): 民政局's editor publishes a draft policy for comment
through review (a second person publishes it), with its documents and the
dates comments are taken; citizens comment through apply.fcgi while it is
open (name and a phone or e-mail, the same protections as messages), and
are refused after the end; staff accept comments or refuse them as spam;
only the count (and, if the agency chose, accepted texts without names)
reaches content.db and the public pages; after the end the agency publishes
the 意见采纳情况, again through review, linked from the draft. Staff of
another agency can do nothing with it (403, audited, nothing changed):
every /admin/consultations route of cgi-bin/main/admin.c is classified
here (test_platform_admin.py leaves them to this file)."""

import datetime
import html
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
PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"

COMMENT = {"body": "建议第五条把高龄津贴的申请年龄从80周岁降到75周岁，并写明乡镇（街道）的受理时限。",
           "name": "王秀英", "phone": "13905631111", "email": ""}


def today():
    return (datetime.datetime.utcnow() + datetime.timedelta(hours=8)).date()


def day(offset):
    return (today() + datetime.timedelta(days=offset)).isoformat()


@pytest.fixture(scope="module")
def pp():
    p = Portal(env_overrides={"PORTAL_MESSAGE_RATE": "10000"})
    for name, roles in (("mzj_ed", "editor@mzj"), ("mzj_rev", "reviewer@mzj"), ("mzj_h", "handler@mzj"),
                        ("rsj_all", "editor@rsj,reviewer@rsj,handler@rsj")):
        make_staff(p, name, roles)
    yield p
    p.close()


@pytest.fixture(scope="module")
def staff(pp):
    s = {n: signed_in(pp, n) for n in ("mzj_ed", "mzj_rev", "mzj_h", "rsj_all")}
    s["admin"] = signed_in(pp, "admin", pp.admin_password)   # also 民政局's editor and reviewer
    return s


def post(pp, session, path, **data):
    return session.post(pp.url(path), data=dict(data, csrf_token=session.token), allow_redirects=False)


def draft_form(**change):
    data = {"title": "宁国市高龄津贴发放办法（征求意见稿）", "starts_on": day(0), "ends_on": day(30),
            "summary_md": "为做好高龄津贴发放工作，我局起草了本办法，现公开征求意见。", "show_comments": "",
            "action": "save"}
    data.update(change)
    return data


def create(pp, ed, **change):
    r = post(pp, ed, "/admin/consultations/new", **draft_form(**change))
    assert r.status_code == 303, r.text[:500]
    return int(re.search(r"/admin/consultations/(\d+)", r.headers["Location"]).group(1))


def upload(pp, session, cid, name="征求意见稿.pdf", data=PDF):
    return session.post(pp.url(f"/admin/consultations/{cid}/attachments"), data={"csrf_token": session.token},
                        files={"file": (name, data, "application/pdf")}, allow_redirects=False)


def publish(pp, staff, cid, editor="mzj_ed"):
    assert post(pp, staff[editor], f"/admin/consultations/{cid}/submit").status_code == 303
    r = post(pp, staff["mzj_rev"], f"/admin/consultations/{cid}/publish", secrecy_checked="1")
    assert r.status_code == 303, r.text[:300]


def published_draft(pp, staff, **change):
    cid = create(pp, staff["mzj_ed"], **change)
    publish(pp, staff, cid)
    return cid


def comment(pp, cid, session=None, key=None, **change):
    s = session or requests.Session()
    page = s.get(pp.url(f"/apply/comment?consultation={cid}")).text
    form_key = re.search(r'name="idempotency_key" value="([0-9a-f]{32})"', page)
    data = dict(COMMENT, consultation=str(cid), csrf_token=csrf_from(page),
                idempotency_key=key or (form_key.group(1) if form_key else "0" * 32))
    data.update(change)
    return s, s.post(pp.url("/apply/comment"), data=data, allow_redirects=False)


def comment_ok(pp, cid, **change):
    s, r = comment(pp, cid, **change)
    assert r.status_code == 303 and r.headers["Location"] == "/apply/comment/receipt", r.text[:500]
    receipt = s.get(pp.url("/apply/comment/receipt")).text
    number = re.search(r'class="receipt-number">YJ-(\d{6})<', receipt).group(1)
    return int(number), receipt


def comments(pp, cid):
    return pp.query("private", "SELECT count(*) FROM consultation_comments WHERE consultation_id = ?", (cid,))[0][0]


def end(pp, cid):
    """The comment period passes (as if the calendar had moved on)."""
    pp.execute("content", "UPDATE consultations SET starts_on = ?, ends_on = ? WHERE id = ?", (day(-40), day(-1), cid))


def public(pp, path):
    return requests.get(pp.url(path))


# ---- the draft: editing, documents, review -----------------------------------------------------------

def test_a_draft_with_its_documents_goes_public_only_when_a_second_person_publishes_it(pp, staff):
    cid = create(pp, staff["admin"])
    assert upload(pp, staff["admin"], cid).status_code == 303
    file_id, name = pp.query("content", "SELECT id, filename FROM attachments WHERE owner_kind = 'consultation' "
                                        "AND owner_id = ?", (cid,))[0]
    assert public(pp, f"/mzj/consultations/{cid}").status_code == 404
    assert public(pp, f"/files/{file_id}/{name}").status_code == 404
    assert post(pp, staff["admin"], f"/admin/consultations/{cid}/submit").status_code == 303
    # Four eyes: its own last editor cannot publish it (409, audited).
    r = post(pp, staff["admin"], f"/admin/consultations/{cid}/publish", secrecy_checked="1")
    assert r.status_code == 409 and "双人审核" in r.text
    assert pp.query("private", "SELECT count(*) FROM audit_log WHERE action = 'review.self_refused' "
                               "AND target = ?", (f"consultation:{cid}",))[0][0] == 1
    r = post(pp, staff["mzj_rev"], f"/admin/consultations/{cid}/publish")
    assert "保密审查" in r.text
    assert post(pp, staff["mzj_rev"], f"/admin/consultations/{cid}/publish", secrecy_checked="1").status_code == 303
    page = public(pp, f"/mzj/consultations/{cid}").text
    assert "宁国市高龄津贴发放办法（征求意见稿）" in page and "征集中" in page and "收到意见" in page
    assert f"{day(0)}</time> 至 <time datetime=\"{day(30)}\">{day(30)}" in page
    assert f'href="/apply/comment?consultation={cid}"' in page and "我要提意见" in page
    assert f"/files/{file_id}/" in page
    f = public(pp, f"/files/{file_id}/{name}")
    assert f.status_code == 200 and f.content == PDF
    for listing in ("/mzj/consultations", "/consultations"):
        text = public(pp, listing).text
        assert f'href="/mzj/consultations/{cid}"' in text
        assert text.index(f"/mzj/consultations/{cid}") < text.index("已结束</h2>")
    assert 'href="/mzj/consultations"' in public(pp, "/mzj/messages").text
    assert pp.query("private", "SELECT count(*) FROM audit_log WHERE action = 'consultation.publish' "
                               "AND target = ?", (f"consultation:{cid}",))[0][0] == 1


def test_a_reviewer_sends_a_draft_back_with_a_comment_the_editor_reads(pp, staff):
    cid = create(pp, staff["mzj_ed"])
    post(pp, staff["mzj_ed"], f"/admin/consultations/{cid}/submit")
    assert "退回" in post(pp, staff["mzj_rev"], f"/admin/consultations/{cid}/return", comment="").text
    assert post(pp, staff["mzj_rev"], f"/admin/consultations/{cid}/return",
                comment="请补充起草依据").status_code == 303
    assert "请补充起草依据" in staff["mzj_ed"].get(pp.url(f"/admin/consultations/{cid}")).text
    assert pp.query("content", "SELECT status FROM consultations WHERE id = ?", (cid,))[0][0] == "returned"


@pytest.mark.parametrize("change, field, message", [
    ({"ends_on": day(0)}, "ends_on", "征集截止日期须晚于开始日期"),
    ({"starts_on": day(-30), "ends_on": day(-1)}, "ends_on", "征集截止日期已经过去"),
    ({"ends_on": ""}, "ends_on", ""),
    ({"ends_on": "2026-02-30"}, "ends_on", ""),
    ({"title": ""}, "title", ""),
    ({"title": "长" * 201}, "title", ""),
])
def test_wrong_dates_and_fields_are_said_beside_the_field_with_everything_kept(pp, staff, change, field, message):
    before = pp.query("content", "SELECT count(*) FROM consultations")[0][0]
    data = draft_form(summary_md="保留的起草说明文字", **change)
    r = post(pp, staff["mzj_ed"], "/admin/consultations/new", **data)
    assert r.status_code == 200
    block = re.search(r'<div class="field has-error">.*?id="c-%s"' % field, r.text, re.S)
    assert block, r.text[:2000]
    assert message in block.group(0)
    assert "保留的起草说明文字" in r.text
    assert pp.query("content", "SELECT count(*) FROM consultations")[0][0] == before


def test_a_published_draft_and_its_documents_are_fixed(pp, staff):
    cid = published_draft(pp, staff)
    r = post(pp, staff["mzj_ed"], f"/admin/consultations/{cid}", **draft_form(title="改过的标题"))
    assert "不能再修改" in r.text
    assert upload(pp, staff["mzj_ed"], cid).status_code == 409
    assert pp.query("content", "SELECT title FROM consultations WHERE id = ?", (cid,))[0][0] != "改过的标题"


def test_a_reviewer_does_not_publish_a_draft_whose_end_date_passed_during_review(pp, staff):
    cid = create(pp, staff["mzj_ed"])
    post(pp, staff["mzj_ed"], f"/admin/consultations/{cid}/submit")
    end(pp, cid)
    r = post(pp, staff["mzj_rev"], f"/admin/consultations/{cid}/publish", secrecy_checked="1")
    assert "征集截止日期已经过去" in r.text
    assert pp.query("content", "SELECT status FROM consultations WHERE id = ?", (cid,))[0][0] == "review"


# ---- citizens' comments -----------------------------------------------------------------------------

def test_a_citizen_comments_and_gets_a_receipt_after_commit_and_a_repeat_stores_nothing(pp, staff):
    cid = published_draft(pp, staff)
    s = requests.Session()
    page = s.get(pp.url(f"/apply/comment?consultation={cid}")).text
    key = re.search(r'name="idempotency_key" value="([0-9a-f]{32})"', page).group(1)
    _, r = comment(pp, cid, session=s, key=key)
    assert r.status_code == 303
    receipt = s.get(pp.url("/apply/comment/receipt")).text
    assert "您的意见已成功提交" in receipt and "宁国市高龄津贴发放办法" in receipt and COMMENT["body"] in receipt
    row = pp.query("private", "SELECT name, phone, state, agency_id FROM consultation_comments "
                              "WHERE consultation_id = ?", (cid,))
    assert row == [("王秀英", "13905631111", "new", 1)]
    _, again = comment(pp, cid, session=s, key=key)
    assert again.status_code == 303 and comments(pp, cid) == 1
    assert "王秀英" not in public(pp, f"/mzj/consultations/{cid}").text
    assert requests.get(pp.url("/apply/comment/receipt")).status_code == 404   # another browser


@pytest.mark.parametrize("change, field, message", [
    ({"body": ""}, "body", "必填"),
    ({"body": "意" * 3001}, "body", ""),
    ({"body": "优惠 http://a.example/1 http://b.example/2 www.c.example https://d.example/4"}, "body", "网址超过3个"),
    ({"name": ""}, "name", ""),
    ({"phone": "", "email": ""}, "phone", "至少填写联系电话或电子邮箱"),
    ({"phone": "12345"}, "phone", ""),
    ({"phone": "", "email": "not-an-address"}, "email", ""),
])
def test_bad_comments_are_said_beside_the_field_with_everything_kept_and_nothing_stored(pp, staff, change, field,
                                                                                        message):
    cid = published_draft(pp, staff)
    _, r = comment(pp, cid, **change)
    assert r.status_code == 200
    assert "有 1 处需要修改，意见尚未提交" in r.text and "（有 1 处需要修改）提交意见" in r.text
    block = re.search(r'<div class="field has-error">(?:(?!</div>).)*?id="%s-error"(?:(?!</div>).)*</div>' % field,
                      r.text, re.S)
    assert block and message in html.unescape(block.group(0)), r.text[:3000]
    for name, value in dict(COMMENT, **change).items():
        if value and len(value) < 200:
            assert html.escape(value, quote=True) in r.text or value in html.unescape(r.text)
    assert comments(pp, cid) == 0


def test_forged_robotic_and_unknown_comments_are_refused(pp, staff):
    cid = published_draft(pp, staff)
    s = requests.Session()
    page = s.get(pp.url(f"/apply/comment?consultation={cid}")).text
    r = s.post(pp.url("/apply/comment"), data=dict(COMMENT, consultation=str(cid), csrf_token="0" * 64),
               allow_redirects=False)
    assert r.status_code == 403
    _, r = comment(pp, cid, website="http://spam.example")
    assert r.status_code == 400
    assert requests.get(pp.url("/apply/comment?consultation=99999")).status_code == 404
    draft = create(pp, staff["mzj_ed"])
    assert requests.get(pp.url(f"/apply/comment?consultation={draft}")).status_code == 404
    assert comments(pp, cid) == 0 and comments(pp, draft) == 0
    assert "csrf_token" in page


def test_comments_past_the_per_client_limit_are_refused():
    p = Portal(env_overrides={"PORTAL_MESSAGE_RATE": "2"})
    try:
        make_staff(p, "ed", "editor@mzj")
        make_staff(p, "rev", "reviewer@mzj")
        st = {"mzj_ed": signed_in(p, "ed"), "mzj_rev": signed_in(p, "rev")}
        cid = published_draft(p, st)
        assert comment(p, cid)[1].status_code == 303
        assert comment(p, cid)[1].status_code == 303
        r = comment(p, cid)[1]
        assert r.status_code == 429 and "Retry-After" in r.headers and "已达上限" in r.text
        assert comments(p, cid) == 2
    finally:
        p.close()


def test_a_comment_after_the_end_is_refused_with_a_clear_message_and_the_text_kept(pp, staff):
    cid = published_draft(pp, staff)
    s = requests.Session()
    page = s.get(pp.url(f"/apply/comment?consultation={cid}")).text
    key = re.search(r'name="idempotency_key" value="([0-9a-f]{32})"', page).group(1)
    end(pp, cid)
    r = s.post(pp.url("/apply/comment"), data=dict(COMMENT, consultation=str(cid), csrf_token=csrf_from(page),
                                                   idempotency_key=key), allow_redirects=False)
    assert r.status_code == 200 and "不再接收意见" in r.text and "您的意见未能提交" in r.text
    assert COMMENT["body"] in r.text and "提交意见</button>" not in r.text
    assert comments(pp, cid) == 0
    form = requests.get(pp.url(f"/apply/comment?consultation={cid}")).text
    assert "不再接收意见" in form and "提交意见</button>" not in form
    page = public(pp, f"/mzj/consultations/{cid}").text
    assert "已结束" in page and "我要提意见" not in page and "意见采纳情况公布后将在本页链接" in page
    listing = public(pp, "/mzj/consultations").text
    assert listing.index(f"/mzj/consultations/{cid}") > listing.index("已结束</h2>")


# ---- moderation --------------------------------------------------------------------------------------

def test_staff_accept_comments_or_refuse_spam_with_a_reason_and_only_the_count_goes_public(pp, staff):
    cid = published_draft(pp, staff)
    good, _ = comment_ok(pp, cid)
    spam, _ = comment_ok(pp, cid, body="低价代办证件 http://spam.example", name="广告", phone="13900000000")
    listing = staff["mzj_h"].get(pp.url(f"/admin/consultations/{cid}/comments")).text
    assert "王**" in listing and "王秀英" not in listing and "13905631111" not in listing
    r = post(pp, staff["mzj_h"], f"/admin/consultations/{cid}/comments/{spam}/refuse", reason="")
    assert "排除时请填写理由" in r.text
    assert post(pp, staff["mzj_h"], f"/admin/consultations/{cid}/comments/{spam}/refuse",
                reason="商业广告，与草案无关").status_code == 303
    assert post(pp, staff["mzj_ed"], f"/admin/consultations/{cid}/comments/{good}/accept").status_code == 303
    assert post(pp, staff["mzj_ed"], f"/admin/consultations/{cid}/comments/{good}/accept").status_code == 409
    assert pp.query("private", "SELECT state, refusal_reason FROM consultation_comments WHERE id IN (?, ?) "
                               "ORDER BY id", (good, spam)) == [("accepted", ""), ("refused", "商业广告，与草案无关")]
    assert pp.query("content", "SELECT comments_accepted FROM consultations WHERE id = ?", (cid,)) == [(1,)]
    assert pp.query("content", "SELECT count(*) FROM consultation_comments WHERE consultation_id = ?", (cid,)) == [(0,)]
    page = public(pp, f"/mzj/consultations/{cid}").text
    assert "1条" in page and COMMENT["body"] not in page and "王秀英" not in page
    actions = pp.query("private", "SELECT action, user_name FROM audit_log WHERE target = ? AND action LIKE "
                                  "'consultation_comment.%' ORDER BY id", (f"consultation:{cid}",))
    assert actions == [("consultation_comment.refuse", "mzj_h"), ("consultation_comment.accept", "mzj_ed")]


def test_accepted_texts_are_shown_only_when_the_agency_chose_so_and_without_the_commenters_name(pp, staff):
    cid = published_draft(pp, staff, show_comments="1")
    cm, _ = comment_ok(pp, cid, body="我是王秀英，建议增加上门办理。")
    r = post(pp, staff["mzj_ed"], f"/admin/consultations/{cid}/comments/{cm}/accept",
             public_text="我是王秀英，建议增加上门办理。")
    assert "仍有提意见人的姓名" in r.text
    assert pp.query("private", "SELECT state FROM consultation_comments WHERE id = ?", (cm,)) == [("new",)]
    assert post(pp, staff["mzj_ed"], f"/admin/consultations/{cid}/comments/{cm}/accept",
                public_text="建议增加上门办理。").status_code == 303
    page = public(pp, f"/mzj/consultations/{cid}").text
    assert "建议增加上门办理。" in page and "王秀英" not in page and "公众意见" in page


def test_an_accepted_text_with_a_phone_id_number_or_e_mail_in_any_spelling_is_refused_beside_it(pp, staff):
    cid = published_draft(pp, staff, show_comments="1")
    cm, _ = comment_ok(pp, cid, body="建议增加上门办理，电话13905631111。")
    for text, found in (("建议增加上门办理，电话139 0563 1111。", "仍有提意见人的姓名、电话或电子邮箱"),
                        ("建议增加上门办理，我的身份证号11010519491231002X。", "意见内容中有身份证号码"),
                        ("建议增加上门办理，联系我女儿13800138000。", "意见内容中有手机号码"),
                        ("建议增加上门办理，邮箱wxy@example.com。", "意见内容中有电子邮箱地址")):
        r = post(pp, staff["mzj_ed"], f"/admin/consultations/{cid}/comments/{cm}/accept", public_text=text)
        assert r.status_code == 200 and found in r.text, found
        assert f">{text}</textarea>" in r.text                         # the typed text is kept
        assert 'class="field-error"' in r.text
        assert pp.query("private", "SELECT state FROM consultation_comments WHERE id = ?", (cm,)) == [("new",)]
    assert pp.query("content", "SELECT count(*) FROM consultation_comments WHERE id = ?", (cm,)) == [(0,)]
    assert post(pp, staff["mzj_ed"], f"/admin/consultations/{cid}/comments/{cm}/accept",
                public_text="建议增加上门办理。").status_code == 303


def test_accepting_again_after_a_half_done_accept_succeeds(pp, staff):
    cid = published_draft(pp, staff, show_comments="1")
    cm, _ = comment_ok(pp, cid)
    # what a failed private.db commit leaves behind: the public copy without the accepted state
    pp.execute("content", "INSERT INTO consultation_comments (id, consultation_id, body, submitted_on) "
                          "VALUES (?, ?, '旧的公开内容', '2026-01-01')", (cm, cid))
    assert post(pp, staff["mzj_ed"], f"/admin/consultations/{cid}/comments/{cm}/accept",
                public_text="建议增加上门办理。").status_code == 303
    assert pp.query("content", "SELECT body FROM consultation_comments WHERE id = ?", (cm,)) == [("建议增加上门办理。",)]
    assert pp.query("private", "SELECT state FROM consultation_comments WHERE id = ?", (cm,)) == [("accepted",)]


# ---- 意见采纳情况 ------------------------------------------------------------------------------------

def test_feedback_waits_for_the_end_and_its_counts_are_checked(pp, staff):
    cid = published_draft(pp, staff)
    assert post(pp, staff["mzj_ed"], f"/admin/consultations/{cid}/feedback", feedback_md="x",
                adopted="0").status_code == 409
    end(pp, cid)
    r = post(pp, staff["mzj_ed"], f"/admin/consultations/{cid}/feedback", feedback_md="采纳情况说明", adopted="3")
    assert "采纳的意见数不能多于收到的意见数" in r.text and "采纳情况说明" in r.text
    r = post(pp, staff["mzj_ed"], f"/admin/consultations/{cid}/feedback", feedback_md="", adopted="0")
    assert 'id="f-feedback_md"' in r.text and "has-error" in r.text
    assert pp.query("content", "SELECT feedback_status FROM consultations WHERE id = ?", (cid,)) == [("none",)]


def test_acceptance_a_draft_policy_collects_two_comments_and_later_shows_its_feedback_summary(pp, staff):
    # The editor writes the draft and attaches it; a reviewer publishes it.
    cid = create(pp, staff["admin"], title="宁国市困难群众临时救助实施细则（征求意见稿）")
    assert upload(pp, staff["admin"], cid, "临时救助实施细则（征求意见稿）.pdf").status_code == 303
    assert post(pp, staff["admin"], f"/admin/consultations/{cid}/submit").status_code == 303
    assert post(pp, staff["mzj_rev"], f"/admin/consultations/{cid}/publish", secrecy_checked="1").status_code == 303
    # A citizen finds it from 民政局's 互动交流 and two people comment.
    column = public(pp, "/mzj/messages").text
    assert 'href="/mzj/consultations"' in column
    assert f'href="/mzj/consultations/{cid}"' in public(pp, "/mzj/consultations").text
    first, _ = comment_ok(pp, cid, body="建议把临时救助的申请时限从30日放宽到60日。")
    second, _ = comment_ok(pp, cid, body="建议明确急难型救助先行救助的金额上限。", name="陈立", phone="",
                           email="chenli@example.cn")
    for cm in (first, second):
        assert post(pp, staff["mzj_h"], f"/admin/consultations/{cid}/comments/{cm}/accept").status_code == 303
    assert "收到意见</dt><dd>2条" in public(pp, f"/mzj/consultations/{cid}").text
    # The period ends while a third person still has the form open: refused; the
    # agency writes and publishes the summary.
    late = requests.Session()
    form = late.get(pp.url(f"/apply/comment?consultation={cid}")).text
    end(pp, cid)
    r = late.post(pp.url("/apply/comment"), data=dict(COMMENT, consultation=str(cid), csrf_token=csrf_from(form),
                                                      idempotency_key="ab" * 16))
    assert "不再接收意见" in r.text and comments(pp, cid) == 2
    summary = "共收到意见2条，采纳1条：\n\n- 申请时限已放宽到60日（采纳）；\n- 先行救助金额上限由县级统一规定，本细则不作规定（未采纳）。"
    assert post(pp, staff["admin"], f"/admin/consultations/{cid}/feedback", feedback_md=summary,
                adopted="1").status_code == 303
    assert post(pp, staff["admin"], f"/admin/consultations/{cid}/feedback/submit").status_code == 303
    r = post(pp, staff["admin"], f"/admin/consultations/{cid}/feedback/publish", secrecy_checked="1")
    assert r.status_code == 409
    assert public(pp, f"/mzj/consultations/{cid}/feedback").status_code == 404
    assert post(pp, staff["mzj_rev"], f"/admin/consultations/{cid}/feedback/publish",
                secrecy_checked="1").status_code == 303
    page = public(pp, f"/mzj/consultations/{cid}").text
    assert "已结束" in page and f'href="/mzj/consultations/{cid}/feedback"' in page
    feedback = public(pp, f"/mzj/consultations/{cid}/feedback").text
    assert "意见采纳情况" in feedback and "收到意见</dt><dd>2条" in feedback and "采纳意见</dt><dd>1条" in feedback
    assert "<li>申请时限已放宽到60日（采纳）；</li>" in feedback
    assert "陈立" not in feedback and "chenli@example.cn" not in feedback
    listing = public(pp, "/consultations").text
    assert f'href="/mzj/consultations/{cid}/feedback"' in listing
    # Under another agency's code the pages move to 民政局's.
    r = requests.get(pp.url(f"/rsj/consultations/{cid}/feedback"), allow_redirects=False)
    assert r.status_code == 301 and r.headers["Location"].endswith(f"/mzj/consultations/{cid}/feedback")


# ---- roles and another agency's staff ------------------------------------------------------------------

def test_each_step_needs_its_role(pp, staff):
    cid = create(pp, staff["mzj_ed"])
    assert post(pp, staff["mzj_rev"], "/admin/consultations/new", **draft_form()).status_code == 403
    assert post(pp, staff["mzj_h"], f"/admin/consultations/{cid}/submit").status_code == 403
    post(pp, staff["mzj_ed"], f"/admin/consultations/{cid}/submit")
    assert post(pp, staff["mzj_ed"], f"/admin/consultations/{cid}/publish", secrecy_checked="1").status_code == 403
    assert post(pp, staff["mzj_h"], f"/admin/consultations/{cid}/publish", secrecy_checked="1").status_code == 403
    assert "征集意见" in staff["mzj_h"].get(pp.url("/admin/consultations")).text


def parse_consultation_routes():
    with open(ADMIN_C, encoding="utf-8") as f:
        text = f.read()
    table = text[text.index("admin_routes[] = {"):text.index("\n};", text.index("admin_routes[] = {"))]
    return sorted((m.split("_")[1], p) for m, p, _h, _r in ROW.findall(table)
                  if p.startswith("/admin/consultations"))


# Each route with a row: what another agency's member sends to 民政局's consultation.
CROSS = {
    ("GET", "/admin/consultations/{id}"): {},
    ("POST", "/admin/consultations/{id}"): draft_form(title="篡改"),
    ("POST", "/admin/consultations/{id}/submit"): {},
    ("POST", "/admin/consultations/{id}/publish"): {"secrecy_checked": "1"},
    ("POST", "/admin/consultations/{id}/return"): {"comment": "篡改"},
    ("POST", "/admin/consultations/{id}/attachments"): {},
    ("POST", "/admin/consultations/{id}/attachments/{id}/delete"): {},
    ("POST", "/admin/consultations/{id}/feedback"): {"feedback_md": "篡改", "adopted": "0"},
    ("POST", "/admin/consultations/{id}/feedback/submit"): {},
    ("POST", "/admin/consultations/{id}/feedback/publish"): {"secrecy_checked": "1"},
    ("POST", "/admin/consultations/{id}/feedback/return"): {"comment": "篡改"},
    ("GET", "/admin/consultations/{id}/comments"): {},
    ("POST", "/admin/consultations/{id}/comments/{id}/{name}"): {"reason": "篡改"},
}
LISTS = {("GET", "/admin/consultations")}
NEW = {("GET", "/admin/consultations/new"), ("POST", "/admin/consultations/new")}


def test_every_consultations_route_of_admin_c_is_classified_here():
    assert set(parse_consultation_routes()) == set(CROSS) | LISTS | NEW


def test_another_agencys_staff_get_403_audited_and_nothing_changes(pp, staff):
    cid = published_draft(pp, staff)
    cm, _ = comment_ok(pp, cid)
    file_id = pp.query("content", "SELECT coalesce(max(id), 1) FROM attachments")[0][0]
    snapshot = lambda: (pp.query("content", "SELECT * FROM consultations WHERE id = ?", (cid,)),  # noqa: E731
                        pp.query("private", "SELECT * FROM consultation_comments WHERE consultation_id = ?", (cid,)))
    before = snapshot()
    s = staff["rsj_all"]
    for (method, pattern), data in CROSS.items():
        path = pattern.replace("{id}", str(cid), 1).replace("{id}", str(cm if "comments" in pattern else file_id))
        path = path.replace("{name}", "refuse")
        audited = pp.query("private", "SELECT count(*) FROM audit_log WHERE action = 'agency.refused' "
                                      "AND user_name = 'rsj_all' AND target = ?", (f"consultation:{cid}",))[0][0]
        r = s.get(pp.url(path), allow_redirects=False) if method == "GET" else post(pp, s, path, **data)
        assert r.status_code == 403, (pattern, r.status_code, r.text[:200])
        assert "该内容属于宁国市民政局" in r.text and "王秀英" not in r.text
        assert pp.query("private", "SELECT count(*) FROM audit_log WHERE action = 'agency.refused' AND "
                                   "user_name = 'rsj_all' AND target = ?", (f"consultation:{cid}",))[0][0] == audited + 1
    assert snapshot() == before
    assert f"/admin/consultations/{cid}\"" not in s.get(pp.url("/admin/consultations")).text
    new = create(pp, s, title="人社局的征求意见稿")
    assert pp.query("content", "SELECT owner_id FROM consultations WHERE id = ?", (new,)) == [(200,)]
