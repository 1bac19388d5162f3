"""Signing staff in from tests: login(portal, name, password) returns a
requests.Session holding the staff_session and csrf cookies, and
make_staff(portal, name, roles) creates an account with portalctl.
Shared by every admin test file (import from tests/)."""

import os
import re
import subprocess

import requests

from harness import BUILD

STAFF_PASSWORD = "correct horse battery"


class LoginFailed(AssertionError):
    pass


def csrf_token(html):
    """The csrf_token hidden field of the first form on an admin page."""
    m = re.search(r'name="csrf_token" value="([0-9a-f]+)"', html)
    return m.group(1) if m else None


def login(portal, name, password, next_path=None):
    """Signs NAME in and returns the requests.Session; raises LoginFailed
    (with the page text) when the portal did not answer with a redirect."""
    s = requests.Session()
    page = s.get(portal.url("/admin/login"), timeout=10)
    data = {"csrf_token": csrf_token(page.text), "name": name, "password": password}
    if next_path:
        data["next"] = next_path
    r = s.post(portal.url("/admin/login"), data=data, allow_redirects=False, timeout=10)
    if r.status_code != 303 or "staff_session" not in s.cookies:
        raise LoginFailed(f"login of {name} failed: {r.status_code} {r.text[:500]}")
    return s


def page_token(session, portal, path="/admin/password"):
    """A CSRF token for POSTs of SESSION, read from a page every staff member may open."""
    return csrf_token(session.get(portal.url(path), timeout=10).text)


def signed_in(portal, name, password=STAFF_PASSWORD):
    """login(), with the session's CSRF token for POSTs as .token."""
    s = login(portal, name, password)
    s.token = page_token(s, portal)
    return s


def make_staff(portal, name, roles, password=STAFF_PASSWORD):
    """Creates user NAME with ROLES ("editor" or "editor,reviewer") through portalctl."""
    subprocess.run([os.path.join(BUILD, "portalctl"), "user", "add", name, roles],
                   input=password + "\n", env=portal.env, check=True, capture_output=True, text=True)
    return password
