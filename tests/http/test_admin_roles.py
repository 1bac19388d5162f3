"""Every admin route against every single role: the route table in
cgi-bin/main/admin.c is parsed here, so a new route is tested (and an
unknown role expression fails) without anyone editing this file.
Allowed -> never 403; refused -> 403 naming the role; anonymous -> 303 to login.
The agency roles are held in 民政局 (the default agency), whose rows the
concrete ids below name; "admin" is the platform administrator alone.
Rows of another agency are test_platform_admin.py's."""

import os
import re

import pytest
import requests

from harness import ROOT, Portal
from staff_login import login, make_staff, page_token

ADMIN_C = os.path.join(ROOT, "cgi-bin", "main", "admin.c")
ROLE_BITS = {"0": 0, "ROLE_ADMIN": 1, "ROLE_EDITOR": 2, "ROLE_REVIEWER": 4, "ROLE_HANDLER": 8,
             "ROLE_SIGNER": 16, "ROLE_ANY_STAFF": 31}
SINGLE_ROLES = {"admin": 1, "editor": 2, "reviewer": 4, "handler": 8, "signer": 16}
ROW = re.compile(r'\{\s*(METHOD_[A-Z_| ]+?)\s*,\s*"([^"]+)"\s*,\s*(\w+)\s*,\s*([^}]*?)\s*\}')


def role_mask(expr):
    mask = 0
    for token in expr.split("|"):
        token = token.strip()
        if token not in ROLE_BITS:
            raise ValueError(f"unknown role expression {token!r} in admin.c")
        mask |= ROLE_BITS[token]
    return mask


def parse_routes():
    with open(ADMIN_C, encoding="utf-8") as f:
        text = f.read()
    table = text[text.index("admin_routes[] = {"):]
    table = table[:table.index("\n};")]
    routes = []
    for methods, pattern, handler, roles in ROW.findall(table):
        for method in ("GET", "POST"):
            if f"METHOD_{method}" in methods:
                routes.append((method, pattern, handler, role_mask(roles)))
    return table, routes


TABLE_TEXT, ROUTES = parse_routes()
STAFF_ROUTES = [r for r in ROUTES if r[3]]
# Logging out ends the session the checks use, so it runs last.
STAFF_ROUTES.sort(key=lambda r: r[1] == "/admin/logout")


def concrete(pattern):
    return pattern.replace("{id}", "1").replace("{year}", "2026").replace("{name}", "x")


def route_id(route):
    return f"{route[0]} {route[1]}"


@pytest.fixture(scope="module")
def role_portal():
    """A portal of its own: allowed POSTs with empty forms must not disturb other tests' data."""
    p = Portal()
    for role in SINGLE_ROLES:
        make_staff(p, "only_" + role, role)
    yield p
    p.close()


class Sessions:
    """One signed-in session per role, signed in again after a logout."""

    def __init__(self, portal):
        self.portal = portal
        self.cache = {}

    def get(self, role):
        s = self.cache.get(role)
        if s is None or s.get(self.portal.url("/admin/password"), allow_redirects=False).status_code != 200:
            s = login(self.portal, "only_" + role, "correct horse battery")
            s.token = page_token(s, self.portal)
            self.cache[role] = s
        return s


@pytest.fixture(scope="module")
def sessions(role_portal):
    return Sessions(role_portal)


def send(portal, session, method, path, token=None):
    url = portal.url(concrete(path))
    if method == "GET":
        return session.get(url, allow_redirects=False, timeout=30)
    return session.post(url, data={"csrf_token": token} if token else {}, allow_redirects=False, timeout=30)


def test_every_route_row_of_admin_c_was_parsed():
    rows_in_file = len(re.findall(r"\{\s*METHOD_", TABLE_TEXT))
    parsed_rows = len({(r[1], r[2]) for r in ROUTES})
    assert parsed_rows == rows_in_file
    assert len(STAFF_ROUTES) >= 15


def test_only_the_login_page_is_open_without_a_session():
    open_routes = {(m, p) for m, p, _, roles in ROUTES if roles == 0}
    assert open_routes == {("GET", "/admin/login"), ("POST", "/admin/login")}


@pytest.mark.parametrize("route", STAFF_ROUTES, ids=route_id)
def test_anonymous_visitor_is_sent_to_login(role_portal, route):
    method, pattern = route[0], route[1]
    r = send(role_portal, requests.Session(), method, pattern)
    assert r.status_code == 303
    assert r.headers["Location"].startswith("/admin/login?next=")


@pytest.mark.parametrize("role", sorted(SINGLE_ROLES))
@pytest.mark.parametrize("route", STAFF_ROUTES, ids=route_id)
def test_single_role_is_allowed_or_refused_as_the_route_table_says(role_portal, sessions, route, role):
    method, pattern, handler, needed = route
    s = sessions.get(role)
    r = send(role_portal, s, method, pattern, token=s.token)
    if needed & SINGLE_ROLES[role]:
        assert r.status_code != 403, f"{role} refused on {method} {pattern}: {r.text[:300]}"
        assert r.status_code < 500, f"{handler} failed for {role}: {r.status_code}"
        if pattern != "/admin/logout":
            assert not r.headers.get("Location", "").startswith("/admin/login"), "session lost"
    else:
        assert r.status_code == 403, f"{role} was let into {method} {pattern} ({r.status_code})"
        assert "此页面需要以下角色之一" in r.text


def test_refusal_page_names_the_role_that_is_needed(role_portal, sessions):
    r = sessions.get("editor").get(role_portal.url("/admin/users"), allow_redirects=False)
    assert r.status_code == 403
    assert "平台管理员" in r.text and "您在宁国市民政局的角色：信息编辑" in r.text


NAVIGATION = {"依申请公开": "/admin/applications", "互动交流": "/admin/messages", "信息发布": "/admin/entries", "办事指南": "/admin/guides",
              "工作动态": "/admin/news", "页面": "/admin/pages", "外链检查": "/admin/links",
              "站点设置": "/admin/settings", "用户": "/admin/users", "工作日历": "/admin/calendar",
              "审计日志": "/admin/audit", "机构与联系方式": "/admin/agencies", "平台监督": "/admin/oversight"}


@pytest.mark.parametrize("role", sorted(SINGLE_ROLES))
def test_navigation_offers_exactly_the_pages_the_role_may_open(role_portal, sessions, role):
    page = sessions.get(role).get(role_portal.url("/admin/")).text
    page = page[page.index('<nav class="admin-nav"'):]
    page = page[:page.index("</nav>")]
    get_roles = {p: roles for m, p, _, roles in ROUTES if m == "GET"}
    assert '<a href="/admin/" aria-current="page">工作台</a>' in page
    for label, url in NAVIGATION.items():
        shown = f'<a href="{url}">{label}</a>' in page
        assert shown == bool(get_roles.get(url, 0) & SINGLE_ROLES[role]), (role, label)
    assert page.count('<a href="/admin/users">用户</a>') == (1 if role == "admin" else 0)
