"""Helpers shared by the headless-Chromium tests: starting a browser with a
profile of its own, whole-page screenshots into tests/output/, and waiting
for a page to be replaced after a click."""

import os
import shutil
import tempfile

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

OUTPUT = os.path.abspath(os.path.join(os.path.dirname(__file__), "output"))
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def start_browser(downloads=None):
    """Starts headless Chromium at 1280x900 with a fresh profile; returns
    (driver, profile folder). With DOWNLOADS, files are saved there unasked."""
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for arg in CHROMIUM_ARGS + [f"--user-data-dir={profile}"]:
        options.add_argument(arg)
    if downloads:
        options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                                  "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_window_size(1280, 900)
    return driver, profile


def stop_browser(driver, profile):
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def output_path(name):
    """tests/output/NAME.png (the folder made if missing)."""
    os.makedirs(OUTPUT, exist_ok=True)
    return os.path.join(OUTPUT, f"{name}.png")


def screenshot(browser, name, width=1280, prefix="", max_height=8000):
    """Saves the whole page at WIDTH as tests/output/PREFIXNAME.png, then
    puts the window back to 1280x900."""
    browser.set_window_size(width, 900)
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(width, min(height + 150, max_height))
    browser.save_screenshot(output_path(prefix + name))
    browser.set_window_size(1280, 900)


def wait_until_replaced(browser, element, timeout=10):
    """Waits until ELEMENT no longer belongs to the page, i.e. a new page loaded.
    chromedriver reports a node of a replaced document either as stale or as
    'does not belong to the document', depending on timing: both mean done."""
    def replaced(_):
        try:
            element.is_enabled()
            return False
        except (StaleElementReferenceException, WebDriverException):
            return True
    WebDriverWait(browser, timeout).until(replaced)
    WebDriverWait(browser, timeout).until(
        lambda b: b.execute_script("return document.readyState") == "complete")


def resize(browser, width, height, timeout=10):
    """Sets the window to WIDTH x HEIGHT and waits until the page's viewport
    has followed (the resize reaches the renderer a little later)."""
    browser.set_window_size(width, height)
    WebDriverWait(browser, timeout).until(lambda b: b.execute_script("return window.innerWidth") <= width)
