"""Helpers shared by the headless-Chromium tests."""

from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.support.ui import WebDriverWait


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
