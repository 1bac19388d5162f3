"""A person applies online in headless Chromium (issue 4): picks the agency
from the grouped list with the keyboard (issue 10), mistypes the ID number,
sees the message with everything kept, fixes it, reads the receipt, looks the
application up; one arrives from an agency's column with the agency already
chosen; an organisation applies to a 街道 too. Screenshots go to
tests/output/apply-*.png for a person to look at."""

import functools
import re

import pytest

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402
import browser_util  # noqa: E402
from browser_util import resize, start_browser, stop_browser, wait_until_replaced  # noqa: E402

screenshot = functools.partial(browser_util.screenshot, prefix="apply-", max_height=6000)

CITIZEN = {
    "person_name": "王晓明",
    "work_unit": "宁国市第一中学",
    "phone": "13905634567",
    "email": "wangxm@example.cn",
    "address": "安徽省宁国市西津街道中山路88号",
    "postcode": "242300",
    "info_title": "2025年城乡最低生活保障资金发放情况",
    "info_description": "请提供2025年宁国市城乡低保资金的发放总额、保障人数，按乡镇（街道）列出。",
}
MISTYPED_ID = "110105194912310021"
VALID_ID = "11010519491231002X"


@pytest.fixture(scope="module")
def browser():
    driver, profile = start_browser()
    yield driver
    stop_browser(driver, profile)


def type_into(browser, name, text):
    box = browser.find_element(By.NAME, name)
    box.clear()
    box.send_keys(text)


def choose(browser, name, value):
    browser.find_element(By.CSS_SELECTOR, f'input[name="{name}"][value="{value}"]').click()


def value_of(browser, name):
    return browser.find_element(By.NAME, name).get_attribute("value")


def submit_form(browser):
    button = browser.find_element(By.CSS_SELECTOR, "form.apply-form button[type=submit]")
    button.click()
    wait_until_replaced(browser, button)


def fill_citizen(browser, id_number):
    choose(browser, "applicant_type", "person")
    for name, text in CITIZEN.items():
        type_into(browser, name, text)
    Select(browser.find_element(By.NAME, "id_type")).select_by_visible_text("居民身份证")
    type_into(browser, "id_number", id_number)
    choose(browser, "medium", "electronic")
    choose(browser, "delivery", "online")
    browser.find_element(By.ID, "declaration").click()


def chosen_agency(browser):
    return Select(browser.find_element(By.ID, "agency")).first_selected_option.text


def test_citizen_mistypes_the_id_fixes_it_gets_a_receipt_and_looks_it_up(browser, portal):
    browser.get(portal.url("/apply"))
    assert "政府信息公开申请" in browser.page_source
    assert chosen_agency(browser) == "请选择受理申请的机关"
    # A plain <select>: typing the agency's name finds it, no script needed.
    browser.find_element(By.ID, "agency").send_keys("宁国市民")
    assert chosen_agency(browser) == "宁国市民政局"
    fill_citizen(browser, MISTYPED_ID)
    screenshot(browser, "form-filled")
    submit_form(browser)

    # The message sits beside the ID field, the summary links to it, and nothing typed is lost.
    block = browser.find_element(By.CSS_SELECTOR, ".field.has-error")
    assert "校验位不正确" in block.text
    assert browser.find_element(By.ID, "id_number").get_attribute("aria-invalid") == "true"
    assert browser.find_element(By.CSS_SELECTOR, '.error-summary a[href="#id_number"]')
    for name, text in CITIZEN.items():
        assert value_of(browser, name) == text, name
    assert value_of(browser, "id_number") == MISTYPED_ID
    assert browser.find_element(By.CSS_SELECTOR, 'input[name="delivery"][value="online"]').is_selected()
    assert browser.find_element(By.ID, "declaration").is_selected()
    assert chosen_agency(browser) == "宁国市民政局"
    screenshot(browser, "form-error")
    screenshot(browser, "form-error-phone", width=360)
    resize(browser, 360, 800)
    assert browser.execute_script("return document.documentElement.scrollWidth") <= 360
    browser.set_window_size(1280, 900)

    type_into(browser, "id_number", VALID_ID)
    submit_form(browser)
    assert browser.current_url.endswith("/apply/receipt")
    number = browser.find_element(By.CSS_SELECTOR, ".receipt-number").text
    code = browser.find_element(By.CSS_SELECTOR, ".receipt-code").text
    assert re.fullmatch(r"MZJ-\d{4}-\d{6}", number) and len(code) == 12
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "受理机关" in page and "宁国市民政局的申请受理机构" in page
    assert "1101**********002X" in page and VALID_ID not in page
    assert "20个工作日" in page
    screenshot(browser, "receipt")

    # One click from the receipt to the status page, nothing typed again (finding 15.28).
    button = browser.find_element(By.XPATH, "//button[normalize-space()='查看办理进度']")
    button.click()
    wait_until_replaced(browser, button)
    main = browser.find_element(By.TAG_NAME, "main").text
    assert number in main and "申请办理进度" in main

    # The lookup form, as a later visit uses it: the code is typed in plain text.
    browser.get(portal.url("/apply/status"))
    type_into(browser, "number", number)
    type_into(browser, "code", code)
    assert browser.find_element(By.ID, "code").get_attribute("type") == "text"
    button = browser.find_element(By.CSS_SELECTOR, "form.status-lookup button[type=submit]")
    button.click()
    wait_until_replaced(browser, button)
    main = browser.find_element(By.TAG_NAME, "main").text
    assert number in main and "已提交" in main and "提交申请" in main and "宁国市民政局" in main
    current = browser.find_element(By.CSS_SELECTOR, '.progress-steps [aria-current="step"]')
    assert "提交" in current.text
    screenshot(browser, "status")


def test_citizen_who_knows_only_the_doc_no_is_told_one_of_three_is_enough_and_applies(browser, portal):
    browser.get(portal.url("/apply?agency=mzj"))     # as the link in 民政局's column sends them
    assert chosen_agency(browser) == "宁国市民政局"
    assert "宁国市民政局的申请受理机构" in browser.find_element(By.TAG_NAME, "main").text
    screenshot(browser, "form-agency-chosen")
    main = browser.find_element(By.TAG_NAME, "main").text
    assert not browser.find_elements(By.NAME, "fee_waiver") and "减免" not in main
    assert "依申请提供政府信息不收取费用" in main
    fill_citizen(browser, VALID_ID)
    type_into(browser, "info_title", "")
    type_into(browser, "info_description", "")
    submit_form(browser)    # nothing stops it in the browser: no field is required on its own
    block = browser.find_element(By.CSS_SELECTOR, ".field.has-error")
    assert "请至少填写所需信息的名称、文号或内容描述中的一项。" in block.text
    assert block.find_element(By.ID, "info_title")
    assert value_of(browser, "person_name") == CITIZEN["person_name"]
    type_into(browser, "info_doc_no", "宁民〔2025〕12号")
    submit_form(browser)
    assert browser.current_url.endswith("/apply/receipt")
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "宁民〔2025〕12号" in main and "所需信息的名称" not in main and "减免" not in main


def test_organisation_applies_with_its_credit_code(browser, portal):
    browser.get(portal.url("/apply"))
    Select(browser.find_element(By.ID, "agency")).select_by_visible_text("宁国市西津街道办事处")
    choose(browser, "applicant_type", "org")
    for name, text in {"org_name": "宁国市青松社会工作服务中心", "uscc": "91350100M000100Y43",
                       "legal_rep": "李青松", "contact_name": "赵敏", "phone": "0563-4116396",
                       "address": "安徽省宁国市河沥溪街道宁阳西路12号",
                       "info_title": "2025年养老服务补贴项目招标文件",
                       "info_description": "请提供2025年居家养老服务补贴项目的招标公告和中标结果。"}.items():
        type_into(browser, name, text)
    Select(browser.find_element(By.NAME, "org_category")).select_by_visible_text("社会公益组织")
    choose(browser, "medium", "paper")
    choose(browser, "delivery", "post")
    browser.find_element(By.ID, "declaration").click()
    submit_form(browser)
    assert browser.current_url.endswith("/apply/receipt")
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "法人或其他组织" in main and "91350100M000100Y43" in main
    assert re.fullmatch(r"XJJD-\d{4}-\d{6}", browser.find_element(By.CSS_SELECTOR, ".receipt-number").text)
    screenshot(browser, "receipt-org")


def displayed(browser, css):
    return browser.find_element(By.CSS_SELECTOR, css).is_displayed()


def test_an_empty_form_goes_to_the_server_once_and_only_the_chosen_type_shows(browser, portal):
    """Review finding 15.30: the browser's bubbles (from required) stopped the
    form before the server's Chinese messages could come; now one click sends it
    and every message comes back beside its field, the title counting them. Only
    the chosen applicant type's section shows, by CSS alone (no script)."""
    browser.get(portal.url("/apply?agency=mzj"))
    assert browser.title.startswith("依申请公开")
    # Nothing chosen yet: both sections, each headed with the type it is for.
    assert displayed(browser, ".person-section") and displayed(browser, ".org-section")
    choose(browser, "applicant_type", "org")
    assert displayed(browser, ".org-section") and not displayed(browser, ".person-section")
    choose(browser, "applicant_type", "person")
    assert displayed(browser, ".person-section") and not displayed(browser, ".org-section")
    screenshot(browser, "form-person-only")

    submit_form(browser)    # one click reaches the server, though required fields are empty
    errors = browser.find_elements(By.CSS_SELECTOR, ".field.has-error .field-error")
    assert len(errors) >= 5 and all(e.text for e in errors)
    assert "此项为必填项。" in browser.find_element(By.ID, "person_name-error").text
    count = len(browser.find_elements(By.CSS_SELECTOR, ".error-summary li"))
    assert browser.title.startswith(f"（有 {count} 处需要修改）依申请公开")
    assert not browser.find_elements(By.CSS_SELECTOR, "#org_name-error")   # the other type is not checked
    assert not displayed(browser, ".org-section")                          # and stays hidden
    screenshot(browser, "form-empty-errors")
