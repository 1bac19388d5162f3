"""互动交流, the citizen's side (issue 12): writing to an agency (咨询, 建议, 投诉)
through apply.fcgi, the receipt with number and 查询码 after COMMIT, the
lookup of the reply, and every kind of bad input: a Chinese message beside
the field, everything typed kept, nothing stored (or stored twice)."""

import html
import os
import re
import sys

import pytest
import requests

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from harness import Portal, csrf_from  # noqa: E402

NUMBER = r"LY-\d{4}-\d{6}"

LETTER = {
    "agency": "mzj",
    "kind": "consult",
    "subject": "高龄津贴怎么申请",
    "body": "我父亲今年满80周岁，户籍在西津街道，请问高龄津贴需要带什么材料、到哪里申请？",
    "name": "李建国",
    "phone": "13905631234",
    "email": "lijianguo@example.cn",
    "consent": "1",
}


@pytest.fixture(scope="module")
def portal():
    p = Portal(env_overrides={"PORTAL_MESSAGE_RATE": "10000", "PORTAL_STATUS_RATE": "10000"})
    yield p
    p.close()


def open_form(portal, query="", session=None):
    s = session or requests.Session()
    r = s.get(portal.url("/apply/message" + query), timeout=10)
    assert r.status_code == 200, r.text[:300]
    key = re.search(r'name="idempotency_key" value="([0-9a-f]{32})"', r.text).group(1)
    return s, csrf_from(r.text), key, r.text


def submit(portal, data, session=None, key=None, query=""):
    s, token, fresh_key, _ = open_form(portal, query, session)
    body = dict(data, csrf_token=token, idempotency_key=key or fresh_key)
    return s, s.post(portal.url("/apply/message"), data=body, allow_redirects=False, timeout=10)


def receipt_of(portal, session):
    r = session.get(portal.url("/apply/message/receipt"), timeout=10)
    assert r.status_code == 200, r.text[:300]
    number = re.search(r'class="receipt-number">(%s)<' % NUMBER, r.text).group(1)
    m = re.search(r'class="receipt-code">([0-9A-Z]+)<', r.text)
    return number, (m.group(1) if m else None), r.text


def write_ok(portal, data=LETTER, query=""):
    s, r = submit(portal, data, query=query)
    assert r.status_code == 303, r.text[:500]
    assert r.headers["Location"] == "/apply/message/receipt"
    number, code, _ = receipt_of(portal, s)
    return s, number, code


def count(portal):
    return portal.query("private", "SELECT count(*) FROM messages")[0][0]


def field_block(page, name):
    m = re.search(r'<(div|fieldset) class="field[^"]*"[^>]*>(?:(?!</\1>).)*?(?:id|for)="%s"(?:(?!</\1>).)*</\1>'
                  % re.escape(name), page, re.S)
    assert m, f"no field block for {name}"
    return m.group(0)


def lookup(portal, number, code, session=None):
    s = session or requests.Session()
    r = s.get(portal.url("/apply/message/status"), timeout=10)
    return s, s.post(portal.url("/apply/message/status"),
                     data={"csrf_token": csrf_from(r.text), "number": number, "code": code}, timeout=10)


# ---- the form ----------------------------------------------------------------------------------

def test_agency_column_preselects_the_agency_and_offers_the_three_kinds(portal):
    _, _, _, page = open_form(portal, "?agency=mzj")
    assert '<option value="mzj" selected>宁国市民政局</option>' in page
    for value, label in (("consult", "咨询"), ("suggest", "建议"), ("complain", "投诉")):
        assert f'value="{value}"' in page and label in page
    assert 'name="website"' in page and 'name="consent"' in page
    assert 'novalidate' in page


def test_an_unknown_agency_in_the_link_is_said_beside_the_field(portal):
    _, _, _, page = open_form(portal, "?agency=nosuch")
    assert "所选的机关不在本平台上" in field_block(page, "agency")


# ---- writing in ---------------------------------------------------------------------------------

def test_a_letter_is_stored_with_its_due_date_and_the_receipt_shows_number_and_code(portal):
    before = count(portal)
    s, number, code = write_ok(portal)
    assert code and len(code) == 12
    assert count(portal) == before + 1
    row = portal.query("private", "SELECT agency_id, kind, subject, name, phone, consent, state, received_on, due_on "
                                  "FROM messages WHERE number = ?", (number,))[0]
    assert row[:7] == (1, "consult", LETTER["subject"], "李建国", "13905631234", 1, "open")
    assert row[8] > row[7]   # five working days after receipt
    _, _, receipt = receipt_of(portal, s)
    assert "宁国市民政局" in receipt and "高龄津贴怎么申请" in receipt and "您同意公开" in receipt


def test_the_receipt_cookie_is_httponly_strict_and_scoped_to_apply(portal):
    s, r = submit(portal, LETTER)
    cookie = r.headers["Set-Cookie"]
    assert cookie.startswith("msg_receipt=") and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert "Path=/apply" in cookie


def test_a_repeated_submission_stores_nothing_twice_and_hides_the_code(portal):
    s, token, key, _ = open_form(portal)
    body = dict(LETTER, csrf_token=token, idempotency_key=key)
    assert s.post(portal.url("/apply/message"), data=body, allow_redirects=False).status_code == 303
    before = count(portal)
    other = requests.Session()
    other.get(portal.url("/apply/message"))
    r = other.post(portal.url("/apply/message"), data=dict(body, csrf_token=csrf_from(
        other.get(portal.url("/apply/message")).text)), allow_redirects=False)
    assert r.status_code == 303 and count(portal) == before
    page = other.get(portal.url("/apply/message/receipt")).text
    assert "此前已经提交成功" in page and 'class="receipt-code"' not in page
    # The same browser sending again keeps its receipt with the code.
    r = s.post(portal.url("/apply/message"), data=body, allow_redirects=False)
    assert r.status_code == 303 and count(portal) == before
    assert 'class="receipt-code"' in s.get(portal.url("/apply/message/receipt")).text


BAD = [
    ("subject", {"subject": ""}, "此项为必填项。"),
    ("subject", {"subject": "高" * 51}, "不能超过50个字。"),
    ("body", {"body": ""}, "此项为必填项。"),
    ("body", {"body": "字" * 2001}, "不能超过2000个字。"),
    ("name", {"name": ""}, "此项为必填项。"),
    ("phone", {"phone": "12345"}, "请填写有效的手机号码或固定电话"),
    ("email", {"email": "li@@example"}, "电子邮箱格式不正确。"),
    ("agency", {"agency": ""}, "请选择写信对象（机关）。"),
    ("agency", {"agency": "nosuch"}, "所选的机关不在本平台上"),
    ("kind", {"kind": "spam"}, "请从列表中选择。"),
    ("body", {"body": "便宜 http://a.example/1 http://b.example/2 https://c.example/3 www.d.example/4"},
     "网址超过3个"),
]


@pytest.mark.parametrize("field,change,message", BAD, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(BAD)])
def test_bad_input_is_refused_beside_the_field_with_everything_kept(portal, field, change, message):
    before = count(portal)
    data = dict(LETTER, **change)
    s, r = submit(portal, data)
    assert r.status_code == 200
    assert r.text.startswith("<!DOCTYPE") and "有 1 处需要修改" in r.text
    assert message in field_block(r.text, field)
    assert count(portal) == before
    page = html.unescape(r.text)
    for name in ("subject", "name", "phone", "email"):
        if name != field:
            assert f'value="{data[name]}"' in page
    if field != "body":
        assert data["body"] in page
    assert 'name="consent" value="1" checked' in r.text


def test_a_link_or_two_are_fine(portal):
    data = dict(LETTER, body="我在 https://www.ningguo.gov.cn/xxgk/mzj/ 上没有找到高龄津贴的标准，请告知。")
    write_ok(portal, data)


def test_csrf_and_honeypot_refuse_and_store_nothing(portal):
    before = count(portal)
    s, token, key, _ = open_form(portal)
    r = s.post(portal.url("/apply/message"), data=dict(LETTER, csrf_token="0" * 64, idempotency_key=key))
    assert r.status_code == 403 and "表单已过期" in r.text
    r = s.post(portal.url("/apply/message"), data=dict(LETTER, csrf_token=token, idempotency_key=key,
                                                         website="http://spam.example"))
    assert r.status_code == 400 and "隐藏栏目" in r.text
    assert count(portal) == before


def test_the_rate_limit_answers_429_and_stores_nothing_more():
    p = Portal(env_overrides={"PORTAL_MESSAGE_RATE": "2"})
    try:
        write_ok(p)
        write_ok(p)
        s, r = submit(p, LETTER)
        assert r.status_code == 429 and "留言已达上限" in r.text and int(r.headers["Retry-After"]) > 0
        assert count(p) == 2
    finally:
        p.close()


# ---- the lookup ---------------------------------------------------------------------------------

def test_lookup_with_number_and_code_shows_the_letter_and_its_state(portal):
    _, number, code = write_ok(portal)
    s, r = lookup(portal, number, code.lower())
    assert r.status_code == 200
    assert "待答复" in r.text and "高龄津贴怎么申请" in r.text and "提交留言" in r.text
    assert s.get(portal.url("/apply/message/status?view=1")).text.count(number) >= 1


def test_lookup_with_a_wrong_code_is_refused_beside_the_code_with_both_kept(portal):
    _, number, code = write_ok(portal)
    wrong = ("A" if code[0] != "A" else "B") + code[1:]
    _, r = lookup(portal, number, wrong)
    assert r.status_code == 200
    assert "留言编号或查询码不正确" in field_block(r.text, "code")
    assert f'value="{number}"' in r.text and f'value="{wrong}"' in r.text
    assert "高龄津贴怎么申请" not in r.text
    _, r = lookup(portal, "LY-2026-999999", code)
    assert "留言编号或查询码不正确" in field_block(r.text, "code")


def test_lookup_with_empty_fields_says_so_beside_them(portal):
    _, r = lookup(portal, "", "")
    assert "此项为必填项。" in field_block(r.text, "number")
    assert "此项为必填项。" in field_block(r.text, "code")
