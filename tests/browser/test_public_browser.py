"""The public pages in a real browser (headless Chromium) at desktop and
phone widths: no horizontal overflow, the 大字版 link works without
JavaScript, and screenshots for a person to look at in tests/output/."""


import pytest

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from browser_util import output_path, start_browser, stop_browser, wait_until_replaced  # noqa: E402

SIZES = {"desktop": (1280, 900), "phone": (360, 800)}
PAGES = {"home": "/", "agency": "/mzj/", "statutory": "/mzj/statutory", "catalogue": "/catalogue",
         "agency-catalogue": "/mzj/catalogue?art20=1", "guide1": "/mzj/guides/1", "search": "/search?q=婚姻登记"}


@pytest.fixture(scope="module")
def browser():
    driver, profile = start_browser()
    yield driver
    stop_browser(driver, profile)


def open_at(browser, portal, size, path):
    width, height = SIZES[size]
    browser.set_window_size(width, height)
    # The window includes browser chrome in headless=new too: fit the viewport exactly.
    inner = browser.execute_script("return [window.innerWidth, window.innerHeight]")
    browser.set_window_size(width + (width - inner[0]), height + (height - inner[1]))
    browser.get(portal.url(path))


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", PAGES)
def test_page_fits_the_window_without_horizontal_scrolling(browser, portal, size, name):
    open_at(browser, portal, size, PAGES[name])
    assert browser.execute_script("return window.innerWidth") == SIZES[size][0]
    browser.save_screenshot(output_path(f"public-{name}-{size}"))
    scroll_width = browser.execute_script("return document.documentElement.scrollWidth")
    assert scroll_width <= browser.execute_script("return window.innerWidth"), "horizontal overflow"


def test_agency_column_navigation_is_one_tap_away_on_a_phone(browser, portal):
    """61号's four columns sit side by side in two rows on a phone, each a touch target of 44 px or more."""
    open_at(browser, portal, "phone", "/mzj/catalogue/44")
    links = browser.find_elements(By.CSS_SELECTOR, ".column-main a")
    assert [a.text for a in links] == ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报"]
    assert all(a.size["height"] >= 44 for a in links)
    assert len({a.location["y"] for a in links}) == 2
    links[2].click()
    assert browser.current_url == portal.url("/mzj/statutory")
    assert browser.find_element(By.CSS_SELECTOR, ".agency-title").text.startswith("宁国市民政局")


def test_search_results_show_highlighted_matches(browser, portal):
    open_at(browser, portal, "phone", PAGES["search"])
    marks = browser.find_elements(By.CSS_SELECTOR, ".search-result mark")
    # Whole words of the query are marked, both together where they stand together.
    assert marks and all(m.text in ("婚姻登记", "婚姻", "登记") for m in marks)
    assert any(m.text == "婚姻登记" for m in marks)
    assert marks[0].value_of_css_property("background-color") != "rgba(0, 0, 0, 0)"
    assert browser.find_element(By.ID, "search-q").get_attribute("value") == "婚姻登记"


@pytest.mark.parametrize("size", SIZES)
def test_large_text_link_toggles_the_body_class(browser, portal, size):
    browser.delete_all_cookies()
    open_at(browser, portal, size, "/search?q=婚姻登记")
    body = browser.find_element(By.TAG_NAME, "body")
    assert "pref-large" not in body.get_attribute("class")
    browser.find_element(By.XPATH, "//button[@value='large']").click()
    wait_until_replaced(browser, body)   # the page came back
    body_class = browser.find_element(By.TAG_NAME, "body").get_attribute("class")
    assert "pref-large" in body_class
    switch = browser.find_element(By.XPATH, "//button[@value='large']")
    assert switch.get_attribute("aria-pressed") == "true" and "已开启" in switch.text   # finding 15.29
    # Came back to the page it was on, with the query still in the box.
    assert browser.find_element(By.ID, "search-q").get_attribute("value") == "婚姻登记"
    browser.save_screenshot(output_path(f"public-search-large-{size}"))
    assert browser.execute_script("return document.documentElement.scrollWidth") <= SIZES[size][0]
    body = browser.find_element(By.TAG_NAME, "body")
    browser.find_element(By.XPATH, "//button[@value='large']").click()
    wait_until_replaced(browser, body)
    assert "pref-large" not in browser.find_element(By.TAG_NAME, "body").get_attribute("class")


EVERY_PUBLIC_PAGE = ["/", "/catalogue", "/catalogue?agency=rsj", "/mzj/", "/gkz/", "/mzj/disclosure-guide",
                     "/mzj/rules", "/mzj/statutory", "/mzj/catalogue", "/mzj/catalogue/44", "/mzj/catalogue/2",
                     "/guides", "/mzj/guides", "/mzj/guides/1", "/mzj/guides/3", "/mzj/contacts", "/mzj/functions",
                     "/accessibility", "/mzj/reports", "/mzj/reports/2012", "/mzj/reports/2025", "/mzj/news",
                     "/mzj/news/1", "/search?q=公开", "/search?q=预算&agency=czj", "/apply", "/apply/status",
                     "/no-such-page"]


@pytest.mark.parametrize("prefs", ["", "large", "large,contrast"])
def test_every_public_page_fits_a_phone_in_each_display_mode(browser, portal, prefs):
    """大字版 made long metadata lines (report dates, news agencies) overflow once."""
    open_at(browser, portal, "phone", "/")
    browser.delete_all_cookies()
    if prefs:
        browser.add_cookie({"name": "a11y", "value": prefs, "path": "/"})
    wide = []
    for path in EVERY_PUBLIC_PAGE:
        browser.get(portal.url(path))
        if browser.execute_script("return document.documentElement.scrollWidth") > SIZES["phone"][0]:
            wide.append(path)
    assert wide == []
