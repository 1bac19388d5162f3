"""A clerk processes an online application end to end in headless Chromium
(issue 5): the citizen applies through the public form, the clerk signs in,
confirms receipt and asks for a correction, the citizen corrects it on the
status page, the clerk replies 部分公开 with a PDF, and the citizen downloads
it. Two browsers, because they are two people. Screenshots go to
tests/output/admin-app-*.png for a person to look at."""

import functools
import os
import re
import shutil
import sys
import tempfile
import time

import pytest

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import browser_util  # noqa: E402
from browser_util import resize, start_browser, stop_browser, wait_until_replaced  # noqa: E402
from harness import Portal  # noqa: E402
from staff_login import STAFF_PASSWORD, make_staff  # noqa: E402

screenshot = functools.partial(browser_util.screenshot, prefix="admin-app-")
PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
       b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")


@pytest.fixture(scope="module")
def people():
    """(portal, clerk's browser, citizen's browser, citizen's download folder)."""
    portal = Portal()
    make_staff(portal, "clerk", "handler")
    downloads = tempfile.mkdtemp(prefix="downloads-")
    clerk, clerk_profile = start_browser(downloads)
    citizen, citizen_profile = start_browser(downloads)
    yield portal, clerk, citizen, downloads
    stop_browser(clerk, clerk_profile)
    stop_browser(citizen, citizen_profile)
    shutil.rmtree(downloads, ignore_errors=True)
    portal.close()


def type_into(browser, name, text, scope=None):
    box = (scope or browser).find_element(By.NAME, name)
    box.clear()
    box.send_keys(text)


def main_text(browser):
    return browser.find_element(By.TAG_NAME, "main").text


def citizen_applies(citizen, portal):
    citizen.get(portal.url("/apply?agency=mzj"))
    citizen.find_element(By.CSS_SELECTOR, 'input[name="applicant_type"][value="person"]').click()
    for name, text in {"person_name": "王晓明", "phone": "13905634567",
                       "address": "安徽省宁国市西津街道中山路88号",
                       "info_title": "2025年城乡最低生活保障资金发放情况",
                       "info_description": "请提供2025年宁国市城乡低保资金的发放总额和保障人数。"}.items():
        type_into(citizen, name, text)
    Select(citizen.find_element(By.NAME, "id_type")).select_by_visible_text("居民身份证")
    type_into(citizen, "id_number", "11010519491231002X")
    citizen.find_element(By.CSS_SELECTOR, 'input[name="medium"][value="electronic"]').click()
    citizen.find_element(By.CSS_SELECTOR, 'input[name="delivery"][value="online"]').click()
    citizen.find_element(By.ID, "declaration").click()
    submit(citizen, citizen.find_element(By.CSS_SELECTOR, "form.apply-form"))
    return (citizen.find_element(By.CSS_SELECTOR, ".receipt-number").text,
            citizen.find_element(By.CSS_SELECTOR, ".receipt-code").text)


def citizen_looks_up(citizen, portal, number, code):
    citizen.get(portal.url("/apply/status"))
    type_into(citizen, "number", number)
    type_into(citizen, "code", code)
    submit(citizen, citizen.find_element(By.CSS_SELECTOR, "form.status-lookup"))
    assert number in main_text(citizen)


def clerk_signs_in(clerk, portal):
    clerk.get(portal.url("/admin/login"))
    type_into(clerk, "name", "clerk")
    type_into(clerk, "password", STAFF_PASSWORD)
    submit(clerk, clerk.find_element(By.CSS_SELECTOR, 'form[action="/admin/login"]'))
    assert "当前用户" in clerk.page_source


def submit(browser, form):
    """Clicks FORM's submit button and waits for the next page to replace this one."""
    button = form.find_element(By.CSS_SELECTOR, "button[type=submit]")
    button.click()
    wait_until_replaced(browser, button)


def open_action(clerk, action):
    """Unfolds the <details> of ACTION and returns its form."""
    form = clerk.find_element(By.CSS_SELECTOR, f'form[action$="/{action}"]')
    details = form.find_element(By.XPATH, "./ancestor::details")
    if not details.get_attribute("open"):
        details.find_element(By.TAG_NAME, "summary").click()
    return form


def test_clerk_processes_an_online_application_to_a_partial_disclosure_the_citizen_downloads(people):
    portal, clerk, citizen, downloads = people
    number, code = citizen_applies(citizen, portal)
    assert re.fullmatch(r"MZJ-\d{4}-\d{6}", number)

    # The clerk finds it in the inbox, the name masked.
    clerk_signs_in(clerk, portal)
    clerk.get(portal.url("/admin/applications"))
    row = clerk.find_element(By.XPATH, f'//tr[.//a[text()="{number}"]]')
    assert "王**" in row.text and "王晓明" not in row.text and "已提交" in row.text
    screenshot(clerk, "inbox")
    row.find_element(By.LINK_TEXT, number).click()
    assert "王晓明" in main_text(clerk) and "11010519491231002X" in main_text(clerk)
    screenshot(clerk, "detail-submitted")

    # 确认收到 with today's date, as the form proposes.
    submit(clerk, open_action(clerk, "receive"))
    text = main_text(clerk)
    assert "已完成：确认收到" in text and "已确认收到" in text and "剩20个工作日" in text
    screenshot(clerk, "detail-received")

    # 补正, with the period the form proposes (15 days); no 逾期不补正 close while it runs.
    form = open_action(clerk, "correction")
    type_into(clerk, "text", "请写明需要哪一年度、哪些乡镇的数据。", scope=form)
    correct_by = form.find_element(By.NAME, "correct_by").get_attribute("value")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", correct_by)
    submit(clerk, form)
    text = main_text(clerk)
    assert "待补正" in text and "重新计算" in text and "中止" not in text
    assert f"{correct_by}（申请人应在此日前补正）" in text
    assert not clerk.find_elements(By.CSS_SELECTOR, 'form[action$="/close"]')

    # The citizen reads the request and its period, and corrects online.
    citizen_looks_up(citizen, portal, number, code)
    assert "请写明需要哪一年度、哪些乡镇的数据。" in main_text(citizen)
    y, m, d = (int(part) for part in correct_by.split("-"))
    assert f"请于{y}年{m}月{d}日前提交补正，逾期无正当理由不补正的，视为放弃申请（第三十条）" in main_text(citizen)
    type_into(citizen, "correction", "需要2025年全年、全市各乡镇（街道）的数据。")
    screenshot(citizen, "citizen-correction")
    submit(citizen, citizen.find_element(By.CSS_SELECTOR, 'form[action="/apply/correct"]'))

    # The clerk sees it corrected and replies 部分公开 with a PDF.
    clerk.refresh()
    assert "已补正" in main_text(clerk)
    form = open_action(clerk, "reply")
    Select(form.find_element(By.NAME, "outcome")).select_by_visible_text("（二）部分公开")
    type_into(clerk, "reason", "涉及个人隐私的部分不予公开（《政府信息公开条例》第十五条）。", scope=form)
    type_into(clerk, "reply_text", "现将2025年全市城乡低保资金发放情况提供给您，详见附件。", scope=form)
    pdf_path = os.path.join(tempfile.mkdtemp(prefix="reply-"), "答复告知书.pdf")
    with open(pdf_path, "wb") as f:
        f.write(PDF)
    form.find_element(By.NAME, "files").send_keys(pdf_path)
    screenshot(clerk, "reply-form")
    submit(clerk, form)
    text = main_text(clerk)
    assert "已答复" in text and "（二）部分公开" in text and "答复告知书.pdf" in text
    screenshot(clerk, "detail-replied")

    # The citizen sees the answer and downloads the PDF.
    citizen_looks_up(citizen, portal, number, code)
    text = main_text(citizen)
    assert "部分公开" in text and "详见附件" in text
    screenshot(citizen, "citizen-replied")
    citizen.find_element(By.PARTIAL_LINK_TEXT, "答复告知书").click()
    # Chromium creates the final name empty at once and renames the .crdownload
    # over it when done: wait until no download is in progress and the file is whole.
    target = None
    for _ in range(100):
        names = os.listdir(downloads)
        done = [n for n in names if not n.endswith(".crdownload")]
        if done and len(done) == len(names) and os.path.getsize(os.path.join(downloads, done[0])) > 0:
            target = os.path.join(downloads, done[0])
            break
        time.sleep(0.1)
    assert target, f"the download did not arrive: {os.listdir(downloads)}"
    with open(target, "rb") as f:
        assert f.read() == PDF
    shutil.rmtree(os.path.dirname(pdf_path), ignore_errors=True)


def widths(browser, css):
    return browser.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0])).filter(e => e.textContent.trim())"
        ".map(e => e.getBoundingClientRect().width)", css)


def test_inbox_and_detail_are_usable_on_a_phone(people):
    """Review finding 15.25: at 360 px the inbox's seven columns were each a
    character or two wide, and a received application's page was 465 px wide
    (the reply form's referral box) with its dates one character wide beside
    long labels. Now the inbox is a list of cards, labels sit above values,
    and nothing is wider than the screen, every action unfolded."""
    portal, clerk, citizen, _ = people
    number, _ = citizen_applies(citizen, portal)
    clerk.get(portal.url("/admin/applications"))
    if "/admin/login" in clerk.current_url:
        clerk_signs_in(clerk, portal)
        clerk.get(portal.url("/admin/applications"))
    link = clerk.find_element(By.LINK_TEXT, number)
    link.click()
    wait_until_replaced(clerk, link)
    submit(clerk, open_action(clerk, "receive"))    # the state with the most actions, the reply among them
    detail = clerk.current_url
    resize(clerk, 360, 2000)
    try:
        clerk.get(portal.url("/admin/applications"))
        assert clerk.execute_script("return document.documentElement.scrollWidth") <= 360
        assert min(widths(clerk, ".app-list td:nth-child(3)")) >= 200
        clerk.get(detail)
        clerk.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
        assert clerk.execute_script("return document.documentElement.scrollWidth") <= 360
        assert min(widths(clerk, ".app-facts dd")) >= 200
        assert "通知补正截止日" in main_text(clerk)
    finally:
        clerk.set_window_size(1280, 900)
    screenshot(clerk, "detail-phone", width=360)
    clerk.get(portal.url("/admin/applications"))
    screenshot(clerk, "inbox-phone", width=360)


def test_clerk_enters_a_postal_application_sees_it_overdue_and_a_refused_extension_keeps_the_input(people):
    portal, clerk, _, _ = people
    clerk.get(portal.url("/admin/applications/new"))
    form = clerk.find_element(By.CSS_SELECTOR, 'form[action="/admin/applications/new"]')
    Select(form.find_element(By.NAME, "channel")).select_by_visible_text("信函申请")
    received = form.find_element(By.NAME, "received_on")
    clerk.execute_script("arguments[0].value = '2026-03-02'", received)   # a date input: set, not typed
    Select(form.find_element(By.NAME, "applicant_type")).select_by_visible_text("法人或其他组织")
    for name, text in {"org_name": "宁国市青松社会工作服务中心", "uscc": "91350100M000100Y43",
                       "legal_rep": "李青松", "contact_name": "赵敏", "phone": "0563-4116396",
                       "address": "安徽省宁国市河沥溪街道宁阳西路12号",
                       "info_title": "2025年养老服务补贴项目招标文件",
                       "info_description": "请提供2025年居家养老服务补贴项目的招标公告和中标结果。"}.items():
        type_into(clerk, name, text, scope=form)
    Select(form.find_element(By.NAME, "org_category")).select_by_visible_text("社会公益组织")
    Select(form.find_element(By.NAME, "medium")).select_by_visible_text("纸质")
    Select(form.find_element(By.NAME, "delivery")).select_by_visible_text("邮寄")
    screenshot(clerk, "new-form")
    submit(clerk, form)
    text = main_text(clerk)
    assert "申请已登记" in text and "查询码只显示这一次" in text and "2026-03-30" in text
    code = clerk.find_element(By.CSS_SELECTOR, ".app-access-code").text
    assert len(code) == 12
    screenshot(clerk, "new-created")

    clerk.get(portal.url("/admin/applications?due=overdue"))
    mark = clerk.find_element(By.CSS_SELECTOR, ".due-mark.due-overdue")
    assert re.fullmatch(r"已逾期\d+个工作日", mark.text)
    screenshot(clerk, "inbox-overdue")

    clerk.find_element(By.XPATH, '//tr[.//strong[contains(@class, "due-overdue")]]//a').click()
    form = open_action(clerk, "extend")
    clerk.execute_script("arguments[0].value = '2099-01-05'", form.find_element(By.NAME, "day"))
    type_into(clerk, "days", "10", scope=form)
    type_into(clerk, "text", "需要向档案馆调取资料。", scope=form)
    submit(clerk, form)
    form = clerk.find_element(By.CSS_SELECTOR, 'form[action$="/extend"]')
    assert form.find_element(By.XPATH, "./ancestor::details").get_attribute("open") is not None
    assert "日期不能晚于今天" in form.text
    assert form.find_element(By.NAME, "days").get_attribute("value") == "10"
    assert form.find_element(By.NAME, "text").get_attribute("value") == "需要向档案馆调取资料。"
    screenshot(clerk, "extend-refused")
