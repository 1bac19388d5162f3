"""The platform administrator (政务公开办) adds an agency and its first editor
and reviewer in headless Chromium; the editor drafts an entry and the
reviewer publishes it after the 保密审查 (issue 10's acceptance walk, staff
side). Three browsers, because they are three people. Screenshots at 1280 px
go to tests/output/platform-*.png for a person to look at."""

import functools
import os
import re
import sys

import pytest

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import browser_util  # noqa: E402
from browser_util import start_browser, stop_browser, wait_until_replaced  # noqa: E402
from harness import Portal  # noqa: E402

screenshot = functools.partial(browser_util.screenshot, prefix="platform-", width=1280)
PASSWORD = "weijianwei-2026-start"
AGENCY = {"name": "宁国市卫生健康委员会", "uscc": "113418810030187665", "sort": "60",
          "duties_md": "负责全市卫生健康、疾病预防控制和医疗服务管理工作。",
          "address": "安徽省宁国市西津街道宁阳东路9号", "postcode": "242300", "phone": "0563-4067701",
          "email": "wsj@ningguo.gov.cn", "applications_office": "宁国市卫生健康委员会办公室",
          "applications_address": "安徽省宁国市西津街道宁阳东路9号二楼", "applications_hours": "周一至周五 8:00-17:30",
          "applications_phone": "0563-4067711", "applications_postcode": "242300"}


@pytest.fixture(scope="module")
def people():
    """(portal, the platform administrator's, the new editor's and the new reviewer's browsers)."""
    portal = Portal()
    browsers = [start_browser() for _ in range(3)]
    yield (portal,) + tuple(b for b, _ in browsers)
    for browser, profile in browsers:
        stop_browser(browser, profile)
    portal.close()


def click(browser, selector, scope=None):
    """Clicks a link or submit button and waits until the next page has replaced this one."""
    old = browser.find_element(By.TAG_NAME, "html")
    (scope or browser).find_element(By.CSS_SELECTOR, selector).click()
    wait_until_replaced(browser, old)


def type_into(browser, name, text):
    box = browser.find_element(By.NAME, name)
    box.clear()
    box.send_keys(text)


def main_text(browser):
    return browser.find_element(By.TAG_NAME, "main").text


def sign_in(browser, portal, name, password):
    browser.get(portal.url("/admin/login"))
    type_into(browser, "name", name)
    type_into(browser, "password", password)
    click(browser, "main form button[type=submit]")
    assert "工作台" in browser.title, main_text(browser)[:300]


def check_digit_is_right():
    """The credit code above carries a correct GB 32100 check character (else the form refuses it)."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    total, weight = 0, 1
    for c in AGENCY["uscc"][:17]:
        total += alphabet.index(c) * weight
        weight = weight * 3 % 31
    return alphabet[(31 - total % 31) % 31] == AGENCY["uscc"][17]


def add_agency(admin, portal):
    admin.get(portal.url("/admin/agencies"))
    click(admin, "a[href='/admin/agencies/new']")
    for name, text in AGENCY.items():
        type_into(admin, name, text)
    type_into(admin, "code", "WSJ")
    Select(admin.find_element(By.NAME, "level")).select_by_visible_text("部门")
    click(admin, "button[value=save]")
    error = admin.find_element(By.CSS_SELECTOR, ".has-error .field-error").text
    assert "只能使用小写英文字母和数字" in error
    assert admin.find_element(By.NAME, "name").get_attribute("value") == AGENCY["name"]   # kept
    screenshot(admin, "agency-code-refused")
    type_into(admin, "code", "wsj")
    click(admin, "button[value=save]")
    assert "机关已创建" in main_text(admin)
    screenshot(admin, "agency-created")
    return int(re.search(r"/admin/agencies/(\d+)", admin.current_url).group(1))


def add_user(admin, portal, agency_id, name, display_name, role):
    admin.get(portal.url(f"/admin/agencies/{agency_id}"))
    click(admin, f"a[href='/admin/users/new?agency={agency_id}']")
    selected = Select(admin.find_element(By.NAME, "agency_id")).first_selected_option.text
    assert selected == AGENCY["name"]
    type_into(admin, "name", name)
    type_into(admin, "display_name", display_name)
    admin.find_element(By.CSS_SELECTOR, f"input[name={role}]").click()
    type_into(admin, "password", PASSWORD)
    if role == "role_editor":
        screenshot(admin, "user-form")
    click(admin, "form.admin-form button[type=submit]")
    assert "用户已创建" in main_text(admin)


def test_platform_admin_adds_an_agency_and_its_editor_who_publishes_through_review(people):
    portal, admin, editor, reviewer = people
    assert check_digit_is_right()
    sign_in(admin, portal, "admin", portal.admin_password)
    agency_id = add_agency(admin, portal)
    add_user(admin, portal, agency_id, "zhang.wj", "张卫健", "role_editor")
    add_user(admin, portal, agency_id, "li.wj", "李审核", "role_reviewer")
    admin.get(portal.url(f"/admin/users?agency={agency_id}"))
    listing = main_text(admin)
    assert "张卫健" in listing and "李审核" in listing and "宁国市卫生健康委员会：信息编辑" in listing
    screenshot(admin, "users")
    click(admin, "a[href*='/admin/users/']:not([href*='new'])")
    matrix = admin.find_element(By.CSS_SELECTOR, ".role-matrix")
    ticked = [b.get_attribute("name") for b in matrix.find_elements(By.CSS_SELECTOR, "input:checked")]
    assert len(ticked) == 1 and ticked[0].startswith(f"r_{agency_id}_")
    screenshot(admin, "user-roles-matrix")

    sign_in(editor, portal, "zhang.wj", PASSWORD)
    assert "宁国市卫生健康委员会：信息编辑" in editor.find_element(By.CSS_SELECTOR, ".admin-user").text
    editor.get(portal.url("/admin/entries/new"))
    publishers = [o.text for o in Select(editor.find_element(By.NAME, "agency_id")).options]
    assert publishers == [AGENCY["name"]]
    type_into(editor, "title", "宁国市2026年基本公共卫生服务项目实施方案")
    type_into(editor, "doc_no", "宁卫健〔2026〕5号")
    Select(editor.find_element(By.NAME, "art20")).select_by_value("11")
    type_into(editor, "body_md", "## 一、服务项目\n\n- 居民健康档案管理\n- 预防接种\n- 老年人健康管理\n")
    click(editor, "button[value=save]")
    entry_id = int(re.search(r"/admin/entries/(\d+)", editor.current_url).group(1))
    click(editor, "form[action$='/submit'] button")
    assert "此修订正在等待审核" in main_text(editor)
    screenshot(editor, "editor-submitted")

    sign_in(reviewer, portal, "li.wj", PASSWORD)
    click(reviewer, f"a[href='/admin/entries/{entry_id}']")
    reviewer.find_element(By.ID, "secrecy_checked").click()
    click(reviewer, "form[action$='/publish'] button")
    status = main_text(reviewer)
    assert "已发布" in status and f"/wsj/catalogue/{entry_id}" in status
    screenshot(reviewer, "reviewer-published")

    (owner, index_no), = portal.query("content", "SELECT owner_id, index_no FROM entries WHERE id = ? "
                                      "AND status = 'published'", (entry_id,))
    assert owner == agency_id and index_no.startswith(AGENCY["uscc"] + "/")

    admin.get(portal.url("/admin/oversight"))
    row = admin.find_element(By.ID, "agency-wsj").text
    assert AGENCY["name"] in row and portal.query("content", "SELECT published_on FROM entries WHERE id = ?",
                                                  (entry_id,))[0][0] in row
    screenshot(admin, "oversight")
