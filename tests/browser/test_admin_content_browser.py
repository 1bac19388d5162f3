"""An editor of 民政局 writes a catalogue entry in headless Chromium (its
发布机构 among 民政局's own units, filed under an item of 条例 Art. 20),
previews its Markdown, saves and submits it; a reviewer ticks the 保密审查
box and publishes; the public page shows it. Screenshots go to
tests/output/admin-content-*.png for a person to look at."""

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
from staff_login import STAFF_PASSWORD, make_staff  # noqa: E402

screenshot = functools.partial(browser_util.screenshot, prefix="admin-content-")
BODY = ("为做好2026年冬季困难群众基本生活保障工作，现将有关事项通知如下。\n\n"
        "## 一、保障标准\n\n| 类别 | 月标准 |\n|---|---|\n| 城乡低保 | 800元 |\n| 特困供养 | 1040元 |\n\n"
        "## 二、办理渠道\n\n- 向户籍所在地乡镇（街道）提出申请\n- 详见[民政部网站](https://www.mca.gov.cn/)\n")


@pytest.fixture(scope="module")
def staff():
    portal = Portal()
    make_staff(portal, "editor1", "editor")
    make_staff(portal, "reviewer1", "reviewer")
    editor, editor_profile = start_browser()
    reviewer, reviewer_profile = start_browser()
    yield portal, editor, reviewer
    stop_browser(editor, editor_profile)
    stop_browser(reviewer, reviewer_profile)
    portal.close()


def sign_in(browser, portal, name):
    browser.get(portal.url("/admin/login"))
    browser.find_element(By.NAME, "name").send_keys(name)
    browser.find_element(By.NAME, "password").send_keys(STAFF_PASSWORD)
    click(browser, "form button[type=submit]")


def click(browser, selector):
    """Clicks a submit button and waits until the next page has replaced this one."""
    old = browser.find_element(By.TAG_NAME, "html")
    browser.find_element(By.CSS_SELECTOR, selector).click()
    wait_until_replaced(browser, old)


def test_editor_previews_submits_and_reviewer_publishes(staff):
    portal, editor, reviewer = staff
    sign_in(editor, portal, "editor1")
    editor.get(portal.url("/admin/entries/new"))
    editor.find_element(By.NAME, "title").send_keys("关于做好2026年冬季困难群众基本生活保障工作的通知")
    editor.find_element(By.NAME, "doc_no").send_keys("宁民〔2026〕88号")
    Select(editor.find_element(By.NAME, "topic_id")).select_by_value("1")
    Select(editor.find_element(By.NAME, "genre_id")).select_by_value("21")
    publishers = Select(editor.find_element(By.NAME, "agency_id"))
    assert publishers.first_selected_option.text == "宁国市民政局"
    assert all("人力资源" not in o.text and "财政局" not in o.text for o in publishers.options)   # 民政局's own only
    Select(editor.find_element(By.NAME, "art20")).select_by_value("11")
    editor.find_element(By.NAME, "body_md").send_keys(BODY)
    click(editor, "button[value=preview]")
    preview = editor.find_element(By.CSS_SELECTOR, ".markdown-preview")
    assert "城乡低保" in preview.text and "800元" in preview.text
    assert preview.find_element(By.TAG_NAME, "table")
    assert editor.find_element(By.NAME, "title").get_attribute("value").startswith("关于做好2026年冬季")
    screenshot(editor, "editor-preview")

    click(editor, "button[value=save]")
    entry_id = int(re.search(r"/admin/entries/(\d+)", editor.current_url).group(1))
    click(editor, "form[action$='/submit'] button")
    assert "此修订正在等待审核" in editor.find_element(By.TAG_NAME, "main").text
    screenshot(editor, "editor-submitted")

    sign_in(reviewer, portal, "reviewer1")
    reviewer.get(portal.url(f"/admin/entries/{entry_id}"))
    click(reviewer, "form[action$='/publish'] button")
    assert "发布前必须完成保密审查" in reviewer.find_element(By.TAG_NAME, "main").text
    screenshot(reviewer, "reviewer-needs-attestation")
    reviewer.find_element(By.ID, "secrecy_checked").click()
    click(reviewer, "form[action$='/publish'] button")
    assert "已发布" in reviewer.find_element(By.TAG_NAME, "main").text
    screenshot(reviewer, "reviewer-published")

    assert portal.query("content", "SELECT art20, owner_id FROM entries WHERE id = ?", (entry_id,)) == [(11, 1)]
    reviewer.get(portal.url(f"/catalogue/{entry_id}"))   # the old address: followed to 民政局's column
    text = reviewer.find_element(By.TAG_NAME, "main").text
    assert "宁民〔2026〕88号" in text and "首次发布" in text
    screenshot(reviewer, "public-entry")
