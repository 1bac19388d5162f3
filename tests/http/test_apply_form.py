"""The application form (依申请公开, issue 4): what a citizen or an organisation
sees and gets back when they apply online, and what ends up in private.db.
Since the platform (issue 10) every application is made to one agency, chosen
on the form; the demo's 宁国市民政局 (mzj) here. Choosing the agency is pinned
down in test_platform_applications.py."""

import hashlib
import html
import os
import re
import signal
import sys

import pytest
import requests

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from harness import Portal, csrf_from  # noqa: E402
from http_util import tidy_errors  # noqa: E402


@pytest.fixture(scope="module")
def portal():
    """This module's own portal: it submits far more than the default 5 an hour
    from one address, so the limits are raised here and pinned down below with
    fresh portals."""
    p = Portal(env_overrides={"PORTAL_APPLY_RATE": "10000", "PORTAL_STATUS_RATE": "10000"})
    yield p
    p.close()

VALID_ID = "11010519491231002X"
VALID_USCC = "91350100M000100Y43"

NUMBER = r"[A-Z][A-Z0-9]*-\d{4}-\d{6}"    # MZJ-2026-000001

PERSON = {
    "agency": "mzj",
    "applicant_type": "person",
    "person_name": "王晓明",
    "id_type": "resident_id",
    "id_number": VALID_ID,
    "work_unit": "宁国市第一中学",
    "phone": "13905634567",
    "email": "wangxm@example.cn",
    "address": "安徽省宁国市西津街道中山路88号",
    "postcode": "242300",
    "info_title": "2025年城乡最低生活保障资金发放情况",
    "info_doc_no": "",
    "info_description": "请提供2025年宁国市城乡低保资金发放总额和保障人数。",
    "info_purpose": "",
    "medium": "electronic",
    "delivery": "online",
    "declaration": "1",
}

ORG = {
    "agency": "mzj",
    "applicant_type": "org",
    "org_name": "宁国市青松社会工作服务中心",
    "org_category": "public_interest",
    "uscc": VALID_USCC,
    "legal_rep": "李青松",
    "contact_name": "赵敏",
    "phone": "0563-4116396",
    "email": "office@qingsong.org.cn",
    "address": "安徽省宁国市河沥溪街道宁阳西路12号",
    "postcode": "242300",
    "info_title": "2025年养老服务补贴项目招标文件",
    "info_doc_no": "宁民〔2025〕12号",
    "info_description": "请提供2025年居家养老服务补贴项目的招标公告和中标结果。",
    "medium": "paper",
    "delivery": "post",
    "declaration": "1",
}


def open_form(portal, session=None):
    """GETs /apply like a browser; returns (session, csrf token, idempotency key, html)."""
    s = session or requests.Session()
    r = s.get(portal.url("/apply"), timeout=10)
    assert r.status_code == 200
    key = re.search(r'name="idempotency_key" value="([0-9a-f]{32})"', r.text).group(1)
    return s, csrf_from(r.text), key, r.text


def submit(portal, data, session=None, key=None):
    """Fills a fresh form with DATA and submits it; returns (session, response)."""
    s, token, fresh_key, _ = open_form(portal, session)
    body = dict(data, csrf_token=token, idempotency_key=key or fresh_key)
    return s, s.post(portal.url("/apply"), data=body, allow_redirects=False, timeout=10)


def receipt_of(portal, session):
    r = session.get(portal.url("/apply/receipt"), timeout=10)
    assert r.status_code == 200, r.text
    number = re.search(r'class="receipt-number">(%s)<' % NUMBER, r.text).group(1)
    m = re.search(r'class="receipt-code">([0-9A-Z]+)<', r.text)
    return number, (m.group(1) if m else None), r.text


def apply_ok(portal, data=PERSON):
    """Submits DATA and returns (session, number, code) from the receipt."""
    s, r = submit(portal, data)
    assert r.status_code == 303, r.text
    assert r.headers["Location"] == "/apply/receipt"
    number, code, _ = receipt_of(portal, s)
    return s, number, code


def row_count(portal):
    return portal.query("private", "SELECT count(*) FROM applications")[0][0]


def field_block(page, name):
    """The <div>/<fieldset> of field NAME, where its message must appear."""
    m = re.search(r'<(div|fieldset) class="field[^"]*"[^>]*>(?:(?!</\1>).)*?(?:id|for)="%s"(?:(?!</\1>).)*</\1>'
                  % re.escape(name), page, re.S)
    assert m, f"no field block for {name}"
    return m.group(0)


def drop_cookie(session, name):
    for c in list(session.cookies):
        if c.name == name:
            session.cookies.clear(c.domain, c.path, c.name)


def text_of(page):
    return html.unescape(re.sub(r"<[^>]+>", "", page))


# ---------------------------------------------------------------- the form


def test_form_lists_the_article_29_fields_in_two_applicant_sections(portal):
    _, token, key, page = open_form(portal)
    assert token and key
    for name in ["agency", "applicant_type", "person_name", "id_type", "id_number", "work_unit", "org_name",
                 "org_category", "uscc", "legal_rep", "contact_name", "phone", "email", "address",
                 "postcode", "info_title", "info_doc_no", "info_description", "info_purpose",
                 "medium", "delivery", "declaration"]:
        assert f'name="{name}"' in page, name
    assert "公民填写" in page and "法人或其他组织填写" in page
    for label in ["居民身份证", "护照", "港澳居民来往内地通行证", "台湾居民来往大陆通行证",
                  "商业企业", "科研机构", "社会公益组织", "法律服务机构", "纸质", "电子文档",
                  "邮寄", "当面领取", "电子邮件", "网上获取"]:
        assert label in page, label
    assert "<script" not in page and "style=" not in page


def test_form_links_the_chosen_agencys_disclosure_guide(portal):
    page = requests.get(portal.url("/apply?agency=mzj"), timeout=10).text
    assert 'href="/mzj/disclosure-guide">宁国市民政局政府信息公开指南</a>' in page
    # Nothing chosen yet: the guides are in each agency's column.
    _, _, _, page = open_form(portal)
    intro = re.search(r'<div class="apply-intro">.*?</div>', page, re.S).group(0)
    assert 'href="/">各机关的政府信息公开栏目</a>' in intro and "disclosure-guide" not in intro


def test_honeypot_field_is_hidden_from_people_and_assistive_technology(portal):
    _, _, _, page = open_form(portal)
    block = re.search(r'<div class="honeypot" aria-hidden="true">.*?</div>', page, re.S).group(0)
    assert 'name="website"' in block and 'tabindex="-1"' in block and 'autocomplete="off"' in block


def test_each_form_gets_its_own_idempotency_key(portal):
    _, _, key1, _ = open_form(portal)
    _, _, key2, _ = open_form(portal)
    assert key1 != key2


# ---------------------------------------------------------------- valid submissions


def test_citizen_submission_redirects_to_a_receipt_with_number_and_code(portal):
    before = row_count(portal)
    s, number, code = apply_ok(portal, PERSON)
    assert re.fullmatch(r"MZJ-\d{4}-\d{6}", number)
    assert code and len(code) >= 10
    assert row_count(portal) == before + 1
    row = portal.query("private", "SELECT applicant_type, name, id_type, id_number, uscc, state, "
                       "access_code_hash, agency_id, agency_seq, seq FROM applications WHERE number = ?",
                       (number,))[0]
    assert row[:6] == ("person", "王晓明", "resident_id", VALID_ID, "", "submitted")
    assert row[6] == hashlib.sha256(code.encode()).hexdigest()
    assert row[7] == 1 and row[8] == int(number[-6:]) and row[9] >= row[8]
    events = portal.query("private", "SELECT kind, actor FROM application_events e JOIN applications a "
                          "ON a.id = e.application_id WHERE a.number = ?", (number,))
    assert events == [("submitted", "applicant")]


def test_organisation_submission_stores_the_organisation_fields_only(portal):
    data = dict(ORG, person_name="不应保存", id_number="也不应保存", fee_waiver="1")
    s, number, code = apply_ok(portal, data)
    row = portal.query("private", "SELECT applicant_type, name, org_category, uscc, legal_rep, contact_name, "
                       "id_number, medium, delivery, fee_waiver, info_doc_no FROM applications "
                       "WHERE number = ?", (number,))[0]
    # A crafted fee_waiver=1 is not a field any more: the column keeps 0.
    assert row == ("org", "宁国市青松社会工作服务中心", "public_interest", VALID_USCC, "李青松", "赵敏",
                   "", "paper", "post", 0, "宁民〔2025〕12号")
    _, _, receipt = receipt_of(portal, s)
    assert VALID_USCC in receipt and "法人或其他组织" in receipt


def test_receipt_shows_time_summary_and_what_happens_next_with_the_id_masked(portal):
    s, number, code = apply_ok(portal, PERSON)
    _, _, page = receipt_of(portal, s)
    text = text_of(page)
    # The agency applied to, and where its application office is.
    assert '<dd class="receipt-agency">宁国市民政局</dd>' in page
    assert "宁国市民政局的申请受理机构" in text and "宁国市民政局办公室（政府信息公开工作机构）" in text
    assert VALID_ID not in page
    assert "1101**********002X" in page
    assert re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", text)
    assert "2025年城乡最低生活保障资金发放情况" in text
    for words in ["确认收到", "20个工作日", "补正", "7个工作日", "延长", "/apply/status"]:
        assert words in page, words
    assert "请立即记下" in text
    assert text.count(code) == 1   # shown once; the status button carries it in a hidden field
    assert page.count(code) == 2 and f'name="code" value="{code}"' in page
    assert "no-store" in s.get(portal.url("/apply/receipt")).headers.get("Cache-Control", "")


def test_receipt_says_that_not_correcting_in_time_counts_as_giving_up(portal):
    s, _, _ = apply_ok(portal, PERSON)
    _, _, page = receipt_of(portal, s)
    step = [li for li in re.findall(r"<li>(.*?)</li>", page, re.S) if "补正" in li][0]
    assert "合理的补正期限" in step and "逾期无正当理由不补正的，视为放弃申请。" in text_of(step)


def test_numbers_are_sequential_within_the_year(portal):
    _, first, _ = apply_ok(portal, PERSON)
    _, second, _ = apply_ok(portal, ORG)
    assert first[:9] == second[:9]
    assert int(second[-6:]) == int(first[-6:]) + 1


def test_receipt_cookie_is_httponly_strict_and_scoped_to_apply(portal):
    s, r = submit(portal, PERSON)
    cookie = [v for v in r.raw.headers.getlist("Set-Cookie") if v.startswith("receipt=")][0]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/apply" in cookie
    assert "Location" in r.headers and "receipt=" not in r.headers["Location"]


def test_receipt_is_not_shown_without_the_browser_that_applied(portal):
    apply_ok(portal, PERSON)
    r = portal.get("/apply/receipt")
    assert r.status_code == 404
    assert "申请进度查询" in r.text


def test_forged_receipt_cookie_is_refused(portal):
    s, number, code = apply_ok(portal, PERSON)
    value = s.cookies.get("receipt", path="/apply")
    parts = value.split(".")
    forged = ".".join([str(int(parts[0]) + 0), parts[1], "AAAAAAAAAAAA", parts[3]])
    r = requests.get(portal.url("/apply/receipt"), cookies={"receipt": forged}, timeout=10)
    assert r.status_code == 404 and "AAAAAAAAAAAA" not in r.text


def test_access_code_and_personal_data_never_reach_the_log(portal):
    s, number, code = apply_ok(portal, PERSON)
    log = portal.error_log()
    for secret in [code, VALID_ID, "13905634567", "王晓明", "中山路88号"]:
        assert secret not in log
    hits = portal.query("private", "SELECT count(*) FROM applications WHERE access_code_hash = ? "
                        "OR number = ?", (code, code))[0][0]
    assert hits == 0


# ---------------------------------------------------------------- validation


BAD_VALUES = [
    ("id_number", "110105194912310021", "校验位不正确"),
    ("id_number", "110105199902290016", "出生日期不正确"),
    ("id_number", "11010519491231", "应为18位"),
    ("phone", "12345", "手机号码或固定电话"),
    ("email", "wang@@example", "电子邮箱格式不正确"),
    ("postcode", "24230", "6位数字"),
    ("info_title", "很长" * 101, "不能超过200个字"),
]


def test_each_bad_value_gets_its_message_beside_the_field_and_keeps_the_input(portal):
    for field, value, message in BAD_VALUES:
        before = row_count(portal)
        s, r = submit(portal, dict(PERSON, **{field: value}))
        assert r.status_code == 200, field
        block = field_block(r.text, field)
        assert message in html.unescape(block), (field, value)
        assert 'aria-invalid="true"' in block and f'{field}-error' in block
        assert f'href="#{field}"' in r.text
        assert html.escape(value, quote=True) in r.text or value in r.text
        assert 'value="王晓明"' in r.text
        assert "请提供2025年宁国市城乡低保资金发放总额和保障人数。" in r.text
        assert row_count(portal) == before


def test_bad_uscc_is_rejected_for_an_organisation(portal):
    s, r = submit(portal, dict(ORG, uscc="91350100M000100Y44"))
    assert r.status_code == 200
    assert "校验位不正确" in field_block(r.text, "uscc")
    assert 'value="91350100M000100Y44"' in r.text
    assert 'value="宁国市青松社会工作服务中心"' in r.text


GOOD_VALUES = [
    ("id_number", "11010519491231002x"),
    ("phone", "0563-4116396"),
    ("phone", "+86 139 0563 4567"),
    ("email", "a.b-c@mail.example.com"),
    ("postcode", "242300"),
    ("info_title", "标" * 200),
]


def test_good_values_are_accepted(portal):
    for field, value in GOOD_VALUES:
        s, r = submit(portal, dict(PERSON, **{field: value}))
        assert r.status_code == 303, (field, value, r.text[-2000:])


def test_lowercase_id_check_character_is_stored_in_upper_case(portal):
    s, number, _ = apply_ok(portal, dict(PERSON, id_number="11010519491231002x"))
    assert portal.query("private", "SELECT id_number FROM applications WHERE number = ?",
                        (number,))[0][0] == VALID_ID


def test_citizen_fields_are_required_only_for_citizens(portal):
    s, r = submit(portal, dict(PERSON, person_name="", id_number=""))
    assert r.status_code == 200
    assert "此项为必填项" in field_block(r.text, "person_name")
    assert "此项为必填项" in field_block(r.text, "id_number")
    # An organisation leaves the citizen section empty and that is fine.
    s, r = submit(portal, ORG)
    assert r.status_code == 303


def test_organisation_fields_are_required_for_organisations(portal):
    s, r = submit(portal, dict(ORG, uscc="", legal_rep="", org_category=""))
    assert r.status_code == 200
    assert "此项为必填项" in field_block(r.text, "uscc")
    assert "此项为必填项" in field_block(r.text, "legal_rep")
    assert "请选择此项" in field_block(r.text, "org_category")
    assert "有 3 处需要修改" in r.text


def test_applicant_type_must_be_chosen(portal):
    data = dict(PERSON)
    del data["applicant_type"]
    s, r = submit(portal, data)
    assert r.status_code == 200 and "请选择此项" in field_block(r.text, "applicant_type")


def test_other_documents_need_a_plausible_number_not_a_resident_id(portal):
    s, r = submit(portal, dict(PERSON, id_type="passport", id_number="E12345678"))
    assert r.status_code == 303
    s, r = submit(portal, dict(PERSON, id_type="passport", id_number="E1"))
    assert r.status_code == 200
    assert "5至30位" in html.unescape(field_block(r.text, "id_number"))


def test_declaration_must_be_ticked(portal):
    data = dict(PERSON)
    del data["declaration"]
    s, r = submit(portal, data)
    assert r.status_code == 200 and "请选择此项" in field_block(r.text, "declaration")


def test_email_delivery_needs_an_email_address(portal):
    s, r = submit(portal, dict(PERSON, delivery="email", email=""))
    assert r.status_code == 200 and "请填写电子邮箱" in field_block(r.text, "email")


def test_retyped_form_keeps_its_idempotency_key_and_choices(portal):
    s, token, key, _ = open_form(portal)
    body = dict(PERSON, id_number="110105194912310021", csrf_token=token, idempotency_key=key)
    r = s.post(portal.url("/apply"), data=body, allow_redirects=False)
    assert f'value="{key}"' in r.text
    assert re.search(r'value="person"[^>]*checked', r.text)
    assert re.search(r'<option value="resident_id" selected>', r.text)
    assert re.search(r'value="online"[^>]*checked', r.text)
    assert re.search(r'id="declaration"[^>]*checked', r.text)


# ---------------------------------------------------------------- no fees, no fee waiver (条例 Art. 42)


def test_form_offers_no_fee_waiver_and_says_requests_are_free(portal):
    _, _, _, page = open_form(portal)
    text = text_of(page)
    assert 'name="fee_waiver"' not in page
    assert "减免" not in text
    assert "依申请提供政府信息不收取费用；申请数量、频次明显超过合理范围的，按规定收取信息处理费。" in text


def test_receipt_does_not_mention_a_fee_waiver(portal):
    s, number, _ = apply_ok(portal, dict(ORG, fee_waiver="1"))
    _, _, page = receipt_of(portal, s)
    assert "减免" not in text_of(page)
    assert portal.query("private", "SELECT fee_waiver FROM applications WHERE number = ?",
                        (number,))[0][0] == 0


# ---------------------------------------------------------------- Art. 29(二): name, 文号 or description


ONE_OF_THREE = "请至少填写所需信息的名称、文号或内容描述中的一项。"


def test_name_and_description_are_not_each_required_on_the_form(portal):
    _, _, _, page = open_form(portal)
    for name in ("info_title", "info_description"):
        block = field_block(page, name)
        assert "required" not in block and 'class="required"' not in block, name
    assert "至少填写一项" in text_of(page)


def test_none_of_name_doc_no_and_description_gets_one_message_beside_the_name(portal):
    before = row_count(portal)
    s, r = submit(portal, dict(PERSON, info_title="", info_doc_no="", info_description="",
                               info_purpose="用于了解低保政策。"))
    assert r.status_code == 200
    block = html.unescape(field_block(r.text, "info_title"))
    assert ONE_OF_THREE in block and 'aria-invalid="true"' in block
    assert 'href="#info_title"' in r.text and "有 1 处需要修改" in r.text
    assert ONE_OF_THREE not in html.unescape(field_block(r.text, "info_description"))
    assert tidy_errors(r.text) == []
    assert 'value="王晓明"' in r.text and "用于了解低保政策。" in r.text   # typed values kept
    assert row_count(portal) == before


@pytest.mark.parametrize("given", [
    {"info_title": "2025年城乡最低生活保障资金发放情况"},
    {"info_doc_no": "宁民〔2025〕12号"},
    {"info_description": "请提供2025年宁国市城乡低保资金发放总额和保障人数。"},
])
def test_any_one_of_name_doc_no_or_description_is_enough(portal, given):
    data = dict(dict(PERSON, info_title="", info_doc_no="", info_description=""), **given)
    s, number, _ = apply_ok(portal, data)
    stored = portal.query("private", "SELECT info_title, info_doc_no, info_description FROM applications "
                          "WHERE number = ?", (number,))[0]
    assert stored == (data["info_title"], data["info_doc_no"], data["info_description"])
    _, _, page = receipt_of(portal, s)
    text = text_of(page)
    assert list(given.values())[0] in text
    assert ("所需信息的名称" in text) == ("info_title" in given)
    assert ("内容描述" in text) == ("info_description" in given)


def test_receipt_and_status_read_well_without_a_name(portal):
    description = "请提供2025年宁国市西津街道城乡低保资金发放总额、保障人数和每月发放标准的文件。"
    s, number, code = apply_ok(portal, dict(PERSON, info_title="", info_description=description))
    _, _, receipt = receipt_of(portal, s)
    assert "所需信息的名称" not in text_of(receipt) and description in text_of(receipt)
    lookup = requests.Session()
    page = lookup.get(portal.url("/apply/status")).text
    r = lookup.post(portal.url("/apply/status"), data={"csrf_token": csrf_from(page), "number": number,
                                                      "code": code})
    summary = re.search(r"<dt>所需信息</dt><dd>([^<]*)</dd>", r.text).group(1)
    assert html.unescape(summary) == description[:30] + "…"


# ---------------------------------------------------------------- anti-abuse


def test_missing_or_wrong_csrf_token_is_refused_and_nothing_stored(portal):
    before = row_count(portal)
    s, token, key, _ = open_form(portal)
    r = s.post(portal.url("/apply"), data=dict(PERSON, idempotency_key=key), allow_redirects=False)
    assert r.status_code == 403 and "未被接受" in r.text
    r = s.post(portal.url("/apply"), data=dict(PERSON, idempotency_key=key, csrf_token="0" * 64),
               allow_redirects=False)
    assert r.status_code == 403
    r = requests.post(portal.url("/apply"), data=dict(PERSON, csrf_token=token, idempotency_key=key),
                      allow_redirects=False)
    assert r.status_code == 403
    assert row_count(portal) == before


def test_cross_site_post_is_refused(portal):
    s, token, key, _ = open_form(portal)
    r = s.post(portal.url("/apply"), data=dict(PERSON, csrf_token=token, idempotency_key=key),
               headers={"Origin": "https://evil.example"}, allow_redirects=False)
    assert r.status_code == 403


def test_filled_honeypot_is_not_accepted_and_nothing_is_stored(portal):
    before = row_count(portal)
    s, token, key, _ = open_form(portal)
    r = s.post(portal.url("/apply"), data=dict(PERSON, csrf_token=token, idempotency_key=key,
                                               website="http://spam.example"), allow_redirects=False)
    assert r.status_code == 400
    assert "未被受理" in r.text
    assert "receipt" not in r.headers.get("Location", "")
    assert row_count(portal) == before


def test_rate_limit_gives_429_after_the_configured_number_of_submissions(fresh_portal):
    p = fresh_portal(PORTAL_APPLY_RATE=2)
    before = row_count(p)   # the demo's applications of 2024-2025
    apply_ok(p, PERSON)
    apply_ok(p, ORG)
    s, r = submit(p, PERSON)
    assert r.status_code == 429
    assert "一小时内提交的申请已达上限" in r.text
    assert 1 <= int(r.headers["Retry-After"]) <= 3600
    assert row_count(p) == before + 2


def test_invalid_submissions_do_not_use_up_the_rate_limit(fresh_portal):
    p = fresh_portal(PORTAL_APPLY_RATE=1)
    for _ in range(3):
        s, r = submit(p, dict(PERSON, phone="1"))
        assert r.status_code == 200
    apply_ok(p, PERSON)


# ---------------------------------------------------------------- durability and idempotency


def test_double_submit_with_the_same_key_stores_one_application_and_shows_the_same_receipt(portal):
    s, token, key, _ = open_form(portal)
    before = row_count(portal)
    body = dict(PERSON, csrf_token=token, idempotency_key=key)
    first = s.post(portal.url("/apply"), data=body, allow_redirects=False)
    number1, code1, _ = receipt_of(portal, s)
    second = s.post(portal.url("/apply"), data=body, allow_redirects=False)
    assert first.status_code == second.status_code == 303
    number2, code2, _ = receipt_of(portal, s)
    assert number1 == number2 and code1 == code2
    assert row_count(portal) == before + 1


def test_a_copied_key_with_other_details_learns_nothing_about_the_applicant(portal):
    s, token, key, _ = open_form(portal)
    body = dict(PERSON, csrf_token=token, idempotency_key=key)
    s.post(portal.url("/apply"), data=body, allow_redirects=False)
    number, code, _ = receipt_of(portal, s)
    drop_cookie(s, "receipt")
    r = s.post(portal.url("/apply"), data=dict(body, phone="13800000000", person_name="李四"),
               allow_redirects=False)
    assert r.status_code == 303
    number2, code2, page = receipt_of(portal, s)
    assert number2 == number and code2 is None
    assert code not in page and "第一次提交" in page
    # Whoever holds a copy of the form's key learns nothing about the applicant.
    for personal in (PERSON["person_name"], PERSON["info_title"], "申请内容摘要"):
        assert personal not in page


def test_a_lost_receipt_is_recovered_by_sending_the_same_application_again(portal):
    """Finding 15.10: the answer to a submission was lost, the applicant sent the
    form again and got no 查询码 ever. The same application again (every field
    the same) gets a new code; the old one, which nobody saw, stops working."""
    s, token, key, _ = open_form(portal)
    body = dict(PERSON, csrf_token=token, idempotency_key=key)
    before = row_count(portal)
    s.post(portal.url("/apply"), data=body, allow_redirects=False)
    number, lost_code, _ = receipt_of(portal, s)
    drop_cookie(s, "receipt")    # the response never reached the browser
    r = s.post(portal.url("/apply"), data=body, allow_redirects=False)
    assert r.status_code == 303 and row_count(portal) == before + 1
    number2, code, page = receipt_of(portal, s)
    assert number2 == number and code and code != lost_code
    assert look_up_ok(portal, number, code) and not look_up_ok(portal, number, lost_code)
    notes = portal.query("private", "SELECT text, internal FROM application_events e JOIN applications a "
                         "ON a.id = e.application_id WHERE a.number = ? AND e.kind = 'note'", (number,))
    assert notes and notes[0][1] == 1 and "新的查询码" in notes[0][0]


def look_up_ok(portal, number, code):
    s = requests.Session()
    token = csrf_from(s.get(portal.url("/apply/status")).text)
    r = s.post(portal.url("/apply/status"), data={"csrf_token": token, "number": number, "code": code})
    return "申请办理进度" in r.text

def test_a_failed_save_keeps_everything_typed_and_says_so(fresh_portal):
    p = fresh_portal()
    before = row_count(p)   # the demo's applications of 2024-2025
    counters = p.query("private", "SELECT * FROM application_counters ORDER BY year")
    agency_counters = p.query("private", "SELECT * FROM agency_application_counters ORDER BY agency_id, year")
    p.execute("private", "CREATE TRIGGER test_fail BEFORE INSERT ON applications "
                         "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")
    s, r = submit(p, PERSON)
    assert r.status_code == 200
    assert "申请尚未提交成功" in r.text and "服务器内部错误" in r.text
    for value in ["王晓明", VALID_ID, "13905634567", "请提供2025年宁国市城乡低保资金发放总额和保障人数。"]:
        assert value in r.text
    assert row_count(p) == before
    assert p.query("private", "SELECT * FROM application_counters ORDER BY year") == counters
    assert p.query("private", "SELECT * FROM agency_application_counters ORDER BY agency_id, year") == agency_counters
    # Once the problem is gone the same form goes through.
    p.execute("private", "DROP TRIGGER test_fail")
    key = re.search(r'name="idempotency_key" value="([0-9a-f]{32})"', r.text).group(1)
    body = dict(PERSON, csrf_token=csrf_from(r.text), idempotency_key=key)
    r = s.post(p.url("/apply"), data=body, allow_redirects=False)
    assert r.status_code == 303 and row_count(p) == before + 1


def test_an_acknowledged_application_survives_kill_9_of_server_and_handlers(fresh_portal):
    p = fresh_portal()
    s, number, code = apply_ok(p, PERSON)
    pids = p.pids("apply.fcgi") + p.pids("portal.fcgi") + p.pids("admin.fcgi")
    p.process.send_signal(signal.SIGKILL)
    p.process.wait(timeout=10)
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    p.process = None
    p.start()
    assert p.query("private", "SELECT count(*) FROM applications WHERE number = ?", (number,))[0][0] == 1
    s2 = requests.Session()
    page = s2.get(p.url("/apply/status")).text
    r = s2.post(p.url("/apply/status"), data={"csrf_token": csrf_from(page), "number": number, "code": code})
    assert r.status_code == 200 and number in r.text and "已提交" in r.text


def test_line_breaks_in_the_description_survive_a_re_render_and_the_receipt(portal):
    description = "第一项：2025年低保资金发放总额；\n第二项：保障人数。\n<b>不是标签</b>"
    s, r = submit(portal, dict(PERSON, info_description=description, phone="1"))
    assert r.status_code == 200
    textarea = re.search(r'<textarea id="info_description"[^>]*>(.*?)</textarea>', r.text, re.S).group(1)
    assert html.unescape(textarea) == description
    s, r = submit(portal, dict(PERSON, info_description=description))
    _, _, page = receipt_of(portal, s)
    assert "第一项：2025年低保资金发放总额；\n第二项：保障人数。" in page
    assert "<b>" not in page and "&lt;b&gt;" in page
