"""Staff sign-in: sessions, login throttling, expiry, logout, CSRF and password change,
tested through real requests against a running portal."""

import glob
import itertools
import os
import subprocess
import time

import pytest
import requests

from harness import BUILD, Portal

from staff_login import STAFF_PASSWORD, LoginFailed, csrf_token, login, make_staff, page_token

_names = itertools.count(1)


@pytest.fixture(scope="module")
def portal():
    """A portal of this module's own: these tests add users, sessions and audit rows
    that other files' tests (which count rows on the shared portal) must not see."""
    p = Portal()
    yield p
    p.close()


def new_staff(portal, roles="editor"):
    name = f"auth{next(_names)}"
    return name, make_staff(portal, name, roles)


def attempt(portal, name, password, session=None):
    s = session or requests.Session()
    token = csrf_token(s.get(portal.url("/admin/login"), timeout=10).text)
    return s.post(portal.url("/admin/login"), data={"csrf_token": token, "name": name, "password": password},
                  allow_redirects=False, timeout=10)


def session_cookie(s):
    return s.cookies.get("staff_session", path="/admin")


def test_anonymous_staff_page_redirects_to_login_with_next(portal):
    r = portal.get("/admin/users")
    assert r.status_code == 303
    assert r.headers["Location"] == "/admin/login?next=/admin/users"


def test_login_page_shows_form_and_sets_csrf_cookie(portal):
    r = portal.get("/admin/login")
    assert r.status_code == 200
    assert "工作人员登录" in r.text and 'name="password"' in r.text
    assert csrf_token(r.text)
    assert "csrf=" in r.headers["Set-Cookie"] and "Path=/admin" in r.headers["Set-Cookie"]


def test_first_admin_from_portalctl_init_can_sign_in(portal):
    s = login(portal, "admin", portal.admin_password)
    page = s.get(portal.url("/admin/"))
    assert page.status_code == 200
    assert "工作台" in page.text and "当前用户" in page.text
    for label in ("用户", "工作日历", "审计日志", "依申请公开", "平台监督", "信息发布"):
        assert f">{label}</a>" in page.text


def attempt_with_next(portal, name, password, next_path):
    s = requests.Session()
    token = csrf_token(s.get(portal.url("/admin/login?next=" + requests.utils.quote(next_path))).text)
    return s.post(portal.url("/admin/login"), data={"csrf_token": token, "name": name, "password": password,
                                                    "next": next_path}, allow_redirects=False)


def test_login_returns_to_the_page_asked_for_but_only_inside_admin(portal):
    name, pw = new_staff(portal, "admin")
    assert attempt(portal, name, pw).headers["Location"] == "/admin/"
    assert attempt_with_next(portal, name, pw, "/admin/audit").headers["Location"] == "/admin/audit"
    for evil in ("https://evil.example/admin", "//evil.example/admin", "/admin//evil.example",
                 "/admin\\evil", "/administrator", "javascript:alert(1)"):
        r = attempt_with_next(portal, name, pw, evil)
        assert r.status_code == 303 and r.headers["Location"] == "/admin/", evil


def test_login_form_carries_next_from_the_redirect(portal):
    r = portal.get("/admin/login?next=/admin/users")
    assert 'name="next" value="/admin/users"' in r.text


def test_wrong_password_and_unknown_user_get_the_same_generic_message(portal):
    name, _ = new_staff(portal)
    wrong = attempt(portal, name, "definitely-wrong-1")
    unknown = attempt(portal, "nobody-here", "definitely-wrong-2")
    for r in (wrong, unknown):
        assert r.status_code == 200
        assert "用户名或密码错误" in r.text
        assert "staff_session" not in r.headers.get("Set-Cookie", "")
    rows = portal.query("private", "SELECT action, target, summary FROM audit_log WHERE target IN (?, ?) "
                        "AND action LIKE 'login.%' ORDER BY id", (name, "nobody-here"))
    assert [r[0] for r in rows] == ["login.failure", "login.failure"]
    everything = str(portal.query("private", "SELECT * FROM audit_log"))
    assert "definitely-wrong" not in everything
    assert "definitely-wrong" not in portal.error_log()


def test_successful_login_is_audited(portal):
    name, pw = new_staff(portal)
    login(portal, name, pw)
    rows = portal.query("private", "SELECT user_name, action FROM audit_log WHERE target = ?", (name,))
    assert (name, "login.success") in rows


def from_ip(ip):
    """A client at IP, as seen through the trusted proxy (PORTAL_TRUSTED_PROXY)."""
    s = requests.Session()
    s.headers["X-Forwarded-For"] = ip
    return s


def proxied_portal(fresh_portal):
    return fresh_portal(PORTAL_TRUSTED_PROXY="127.0.0.1")


def test_failures_for_one_name_throttle_that_name_from_that_client_only(fresh_portal):
    """15.17: five wrong passwords for a name from one address refuse that name from
    that address, right password or not; the account's owner elsewhere still signs in,
    so a stranger cannot lock anyone out."""
    p = proxied_portal(fresh_portal)
    name, pw = new_staff(p)
    stranger = "203.0.113.50"
    for i in range(5):
        r = attempt(p, name, f"wrong-password-{i}", from_ip(stranger))
        assert r.status_code == 200 and "用户名或密码错误" in r.text
    right = attempt(p, name, pw, from_ip(stranger))
    assert right.status_code == 429 and "登录失败次数过多" in right.text
    assert "staff_session" not in right.headers.get("Set-Cookie", "")
    owner = attempt(p, name, pw, from_ip("198.51.100.7"))
    assert owner.status_code == 303 and "staff_session" in owner.headers["Set-Cookie"]
    assert p.query("private", "SELECT failed_logins, locked_until FROM users WHERE name = ?", (name,)) == [(0, 0)]
    actions = [r[0] for r in p.query("private", "SELECT action FROM audit_log WHERE target = ? "
                                     "AND action LIKE 'login.%' ORDER BY id", (name,))]
    assert actions == ["login.failure"] * 5 + ["login.throttled", "login.success"]


def test_failed_logins_do_not_tell_whether_a_name_exists(fresh_portal):
    """15.17: a known and an unknown name get the same answers, the throttle included,
    and the password hash runs for both (an unknown name is not answered faster)."""
    p = fresh_portal()
    name, _ = new_staff(p)
    answers = {}
    for who in (name, "nobody-here"):
        answers[who] = []
        for i in range(6):
            start = time.monotonic()
            r = attempt(p, who, f"wrong-password-{i}")
            answers[who].append((r.status_code, r.text.replace(who, "NAME"), time.monotonic() - start))
    for (code_a, text_a, _), (code_b, text_b, _) in zip(answers[name], answers["nobody-here"]):
        assert code_a == code_b and text_a.count("用户名或密码错误") == text_b.count("用户名或密码错误")
        assert ("登录失败次数过多" in text_a) == ("登录失败次数过多" in text_b)
    assert [a[0] for a in answers[name]] == [200] * 5 + [429]
    known = sorted(t for _, _, t in answers[name][:5])[2]
    unknown = sorted(t for _, _, t in answers["nobody-here"][:5])[2]
    assert unknown > known / 3, (known, unknown)


def test_throttle_for_a_name_ends_with_its_window(fresh_portal):
    p = fresh_portal()
    name, pw = new_staff(p)
    for i in range(5):
        attempt(p, name, f"wrong-{i}")
    assert attempt(p, name, pw).status_code == 429
    p.execute("private", "UPDATE rate_limits SET window_start = window_start - 901")
    s = login(p, name, pw)
    assert s.get(p.url("/admin/")).status_code == 200


def test_a_client_with_many_failures_is_slowed_but_a_right_password_still_signs_in(fresh_portal):
    """15.17: past 20 failures (for other names) from one address each attempt waits,
    but a staff member behind that address signs in with the right password."""
    p = fresh_portal()
    name, pw = new_staff(p)
    codes = [attempt(p, f"ghost{i}", "wrong-password").status_code for i in range(21)]
    assert codes == [200] * 21
    start = time.monotonic()
    r = attempt(p, "ghost-next", "wrong-password")
    assert r.status_code == 200 and time.monotonic() - start >= 1.5
    r = attempt(p, name, pw)
    assert r.status_code == 303 and "staff_session" in r.headers["Set-Cookie"]
    assert "login_slowed" in p.handler_log()


def test_session_cookie_is_httponly_samesite_strict_and_scoped_to_admin(portal):
    name, pw = new_staff(portal)
    r = attempt(portal, name, pw)
    cookies = [c for c in r.raw.headers.getlist("Set-Cookie") if c.startswith("staff_session=")]
    assert len(cookies) == 1
    attrs = [a.strip() for a in cookies[0].split(";")]
    assert len(attrs[0].split("=", 1)[1]) == 64
    assert "HttpOnly" in attrs and "SameSite=Strict" in attrs and "Path=/admin" in attrs
    assert "Secure" not in attrs          # plain http in tests; Secure is added over https


def test_login_issues_a_new_csrf_cookie(portal):
    name, pw = new_staff(portal)
    s = requests.Session()
    r = attempt(portal, name, pw, s)
    before = [c for c in r.request.headers["Cookie"].split("; ") if c.startswith("csrf=")][0]
    after = [c for c in r.raw.headers.getlist("Set-Cookie") if c.startswith("csrf=")]
    assert after and after[0].split(";")[0] != before


def test_session_token_is_stored_hashed(portal):
    name, pw = new_staff(portal)
    s = login(portal, name, pw)
    token = session_cookie(s)
    stored = portal.query("private", "SELECT s.token_hash FROM sessions s JOIN users u ON u.id = s.user_id "
                          "WHERE u.name = ?", (name,))
    assert len(stored) == 1 and stored[0][0] != token and len(stored[0][0]) == 64
    for path in glob.glob(portal.private_db + "*"):
        with open(path, "rb") as f:
            assert token.encode() not in f.read(), path


def test_idle_session_expires_after_30_minutes(portal):
    name, pw = new_staff(portal)
    s = login(portal, name, pw)
    uid = portal.query("private", "SELECT id FROM users WHERE name = ?", (name,))[0][0]
    portal.execute("private", "UPDATE sessions SET last_seen = ? WHERE user_id = ?", (int(time.time()) - 31 * 60, uid))
    r = s.get(portal.url("/admin/"), allow_redirects=False)
    assert r.status_code == 303 and r.headers["Location"] == "/admin/login?expired=1"
    assert portal.query("private", "SELECT count(*) FROM sessions WHERE user_id = ?", (uid,)) == [(0,)]
    notice = s.get(portal.url(r.headers["Location"]))
    assert "登录已过期" in notice.text


def test_recent_activity_keeps_the_session_alive(portal):
    name, pw = new_staff(portal)
    s = login(portal, name, pw)
    uid = portal.query("private", "SELECT id FROM users WHERE name = ?", (name,))[0][0]
    portal.execute("private", "UPDATE sessions SET last_seen = ? WHERE user_id = ?", (int(time.time()) - 29 * 60, uid))
    assert s.get(portal.url("/admin/"), allow_redirects=False).status_code == 200
    last_seen = portal.query("private", "SELECT last_seen FROM sessions WHERE user_id = ?", (uid,))[0][0]
    assert time.time() - last_seen < 10


def test_session_expires_12_hours_after_login_even_when_active(portal):
    name, pw = new_staff(portal)
    s = login(portal, name, pw)
    uid = portal.query("private", "SELECT id FROM users WHERE name = ?", (name,))[0][0]
    now = int(time.time())
    portal.execute("private", "UPDATE sessions SET created_at = ?, last_seen = ? WHERE user_id = ?",
                   (now - 12 * 3600 - 60, now - 30, uid))
    r = s.get(portal.url("/admin/password"), allow_redirects=False)
    assert r.status_code == 303 and r.headers["Location"] == "/admin/login?expired=1"
    assert portal.query("private", "SELECT count(*) FROM sessions WHERE user_id = ?", (uid,)) == [(0,)]


def test_logout_ends_the_session_on_the_server(portal):
    name, pw = new_staff(portal)
    s = login(portal, name, pw)
    old_cookie = session_cookie(s)
    r = s.post(portal.url("/admin/logout"), data={"csrf_token": page_token(s, portal)}, allow_redirects=False)
    assert r.status_code == 303 and r.headers["Location"] == "/admin/login?logged_out=1"
    assert "staff_session=;" in r.headers["Set-Cookie"] and "Max-Age=0" in r.headers["Set-Cookie"]
    uid = portal.query("private", "SELECT id FROM users WHERE name = ?", (name,))[0][0]
    assert portal.query("private", "SELECT count(*) FROM sessions WHERE user_id = ?", (uid,)) == [(0,)]
    replay = portal.get("/admin/", cookies={"staff_session": old_cookie})
    assert replay.status_code == 303 and replay.headers["Location"].startswith("/admin/login")
    assert ("logout",) in portal.query("private", "SELECT action FROM audit_log WHERE user_id = ?", (uid,))


def test_post_without_csrf_token_is_refused(portal):
    name, pw = new_staff(portal)
    s = login(portal, name, pw)
    r = s.post(portal.url("/admin/logout"), data={}, allow_redirects=False)
    assert r.status_code == 403 and "表单已过期" in r.text
    assert s.get(portal.url("/admin/")).status_code == 200   # the session survived
    bad = s.post(portal.url("/admin/logout"), data={"csrf_token": "0" * 64}, allow_redirects=False)
    assert bad.status_code == 403


def test_post_from_a_foreign_origin_is_refused_even_with_a_token(portal):
    name, pw = new_staff(portal)
    s = login(portal, name, pw)
    token = page_token(s, portal)
    r = s.post(portal.url("/admin/logout"), data={"csrf_token": token},
               headers={"Origin": "http://evil.example"}, allow_redirects=False)
    assert r.status_code == 403
    r = s.post(portal.url("/admin/logout"), data={"csrf_token": token},
               headers={"Referer": "http://evil.example/page"}, allow_redirects=False)
    assert r.status_code == 403
    ok = s.post(portal.url("/admin/logout"), data={"csrf_token": token},
                headers={"Origin": portal.base}, allow_redirects=False)
    assert ok.status_code == 303


def test_login_post_itself_needs_the_csrf_token(portal):
    name, pw = new_staff(portal)
    r = portal.post("/admin/login", data={"name": name, "password": pw})
    assert r.status_code == 403
    assert "staff_session" not in r.headers.get("Set-Cookie", "")


def test_deactivated_user_cannot_sign_in(portal):
    name, pw = new_staff(portal)
    portal.execute("private", "UPDATE users SET active = 0 WHERE name = ?", (name,))
    r = attempt(portal, name, pw)
    assert "用户名或密码错误" in r.text


def password_change(s, portal, current, new, confirm=None):
    return s.post(portal.url("/admin/password"), data={
        "csrf_token": page_token(s, portal), "current": current, "new_password": new,
        "confirm": new if confirm is None else confirm}, allow_redirects=False)


def test_password_change_rules_are_explained_beside_the_fields(portal):
    name, pw = new_staff(portal)
    s = login(portal, name, pw)
    assert "当前密码不正确" in password_change(s, portal, "not-my-password", "a-good-new-password").text
    assert "至少需要10个字符" in password_change(s, portal, pw, "short").text
    assert "两次输入的新密码不一致" in password_change(s, portal, pw, "a-good-new-password", "another-one-x").text
    assert pw not in password_change(s, portal, pw, "short").text


def test_password_change_rejects_the_user_name(portal):
    name = f"longusername{next(_names)}"
    pw = make_staff(portal, name, "editor")
    s = login(portal, name, pw)
    assert "不能与用户名相同" in password_change(s, portal, pw, name).text


def test_weak_passwords_are_refused_with_the_reason_beside_the_field(portal):
    """15.16: libpwquality's verdict, in Chinese, next to 新密码; what was typed is not echoed."""
    name, pw = new_staff(portal)
    s = login(portal, name, pw)
    for weak, reason in (("sunshine12", "常见单词"), ("abcdefghijk", "过于简单或有规律"),
                         (f"{name}-2026-x", "不能包含用户名")):
        r = password_change(s, portal, pw, weak)
        assert r.status_code == 200, weak
        field = r.text.split('for="pw-new_password"')[1].split("</div>")[0]
        assert reason in field, (weak, field)
        assert weak not in r.text
    login(portal, name, pw)       # nothing was stored: the old password still works


def test_portalctl_user_add_refuses_a_weak_password_with_the_reason(portal):
    r = subprocess.run([os.path.join(BUILD, "portalctl"), "user", "add", "weakling", "editor"],
                       input="sunshine12\n", env=portal.env, capture_output=True, text=True)
    assert r.returncode == 2 and "常见单词" in r.stderr
    assert not portal.query("private", "SELECT 1 FROM users WHERE name = 'weakling'")


@pytest.fixture(scope="module")
def first_login_portal():
    """A portal whose admin still has the one-time password portalctl init printed."""
    p = Portal(first_login=True)
    yield p
    p.close()


def test_first_login_with_the_init_password_must_change_it_first(first_login_portal):
    """15.16: the one-time password leads to /admin/password, and every other staff
    page redirects there until it is changed; after that they open."""
    p = first_login_portal
    s = requests.Session()
    token = csrf_token(s.get(p.url("/admin/login?next=/admin/users")).text)
    first = s.post(p.url("/admin/login"), allow_redirects=False, data={
        "csrf_token": token, "name": "admin", "password": p.admin_password, "next": "/admin/users"})
    assert first.status_code == 303 and first.headers["Location"] == "/admin/password"
    page = s.get(p.url("/admin/password"))
    assert page.status_code == 200 and "一次性密码" in page.text
    for path in ("/admin/", "/admin/users", "/admin/applications", "/admin/audit"):
        r = s.get(p.url(path), allow_redirects=False)
        assert r.status_code == 303 and r.headers["Location"] == "/admin/password", path
    r = s.post(p.url("/admin/agency"), data={"csrf_token": page_token(s, p), "agency": "mzj"},
               allow_redirects=False)
    assert r.status_code == 303 and r.headers["Location"] == "/admin/password"
    assert password_change(s, p, p.admin_password, "sunshine12").status_code == 200
    assert s.get(p.url("/admin/"), allow_redirects=False).status_code == 303
    r = password_change(s, p, p.admin_password, "my-own-long-passphrase")
    assert r.status_code == 303 and r.headers["Location"] == "/admin/password?done=1"
    assert "一次性密码" not in s.get(p.url("/admin/password?done=1")).text
    for path in ("/admin/", "/admin/users", "/admin/audit"):
        assert s.get(p.url(path), allow_redirects=False).status_code == 200, path
    again = attempt_with_next(p, "admin", "my-own-long-passphrase", "/admin/users")
    assert again.status_code == 303 and again.headers["Location"] == "/admin/users"


def test_portalctl_user_add_must_change_forces_a_new_password(portal):
    subprocess.run([os.path.join(BUILD, "portalctl"), "user", "add", "--must-change", "temp1", "editor"],
                   input=STAFF_PASSWORD + "\n", env=portal.env, check=True, capture_output=True, text=True)
    s = login(portal, "temp1", STAFF_PASSWORD)
    assert s.get(portal.url("/admin/entries"), allow_redirects=False).headers["Location"] == "/admin/password"
    assert password_change(s, portal, STAFF_PASSWORD, "my-own-long-passphrase").status_code == 303
    assert s.get(portal.url("/admin/entries"), allow_redirects=False).status_code == 200


def test_password_change_ends_other_sessions_and_the_new_password_works(portal):
    name, pw = new_staff(portal)
    here = login(portal, name, pw)
    elsewhere = login(portal, name, pw)
    r = password_change(here, portal, pw, "my-brand-new-password")
    assert r.status_code == 303 and r.headers["Location"] == "/admin/password?done=1"
    assert "密码已修改" in here.get(portal.url(r.headers["Location"])).text
    assert elsewhere.get(portal.url("/admin/"), allow_redirects=False).status_code == 303
    assert here.get(portal.url("/admin/"), allow_redirects=False).status_code == 200
    login(portal, name, "my-brand-new-password")
    try:
        login(portal, name, pw)
        raise AssertionError("the old password still works")
    except LoginFailed:
        pass
    rows = portal.query("private", "SELECT action, summary FROM audit_log WHERE target = ?", ("user:" + name,))
    assert rows and rows[-1][0] == "user.password" and "1 other session(s) ended" in rows[-1][1]


def test_own_login_does_not_reset_the_clients_failure_count(fresh_portal):
    """An insider guessing at another account cannot reset the count by signing in
    to their own account between guesses: the 6th guess is still refused."""
    p = fresh_portal()
    make_staff(p, "insider", "editor")
    guesser = requests.Session()
    token = csrf_token(guesser.get(p.url("/admin/login")).text)

    def guess():
        return guesser.post(p.url("/admin/login"), timeout=10, allow_redirects=False,
                            data={"name": "nobody", "password": "wrong-password-1", "csrf_token": token})
    assert [guess().status_code for _ in range(4)] == [200] * 4
    login(p, "insider", STAFF_PASSWORD)             # a success in between
    assert guess().status_code == 200               # the 5th failure
    assert guess().status_code == 429


# ---- the agency a session works in ---------------------------------------------------------

def test_a_session_works_in_one_agency_at_a_time_with_that_agencys_roles(portal):
    name, pw = new_staff(portal, "editor@mzj,reviewer@rsj")
    s = login(portal, name, pw)
    home = s.get(portal.url("/admin/")).text
    assert "（宁国市民政局：信息编辑）" in home
    assert '<option value="mzj" selected>' in home and '<option value="rsj">' in home
    token = page_token(s, portal)
    # In 民政局 the member is no reviewer, and 人社局's rows are another agency's.
    assert s.post(portal.url("/admin/entries/105/publish"), data={"csrf_token": token},
                  allow_redirects=False).status_code == 403
    assert s.get(portal.url("/admin/entries/105"), allow_redirects=False).status_code == 403
    assert portal.query("private", "SELECT target FROM audit_log WHERE action = 'agency.refused' AND user_name = ?",
                        (name,)) == [("entry:105",)]

    r = s.post(portal.url("/admin/agency"), data={"agency": "rsj", "csrf_token": token}, allow_redirects=False)
    assert r.status_code == 303 and r.headers["Location"] == "/admin/"
    uid = portal.query("private", "SELECT id FROM users WHERE name = ?", (name,))[0][0]
    assert portal.query("private", "SELECT agency_id FROM sessions WHERE user_id = ?", (uid,)) == [(200,)]
    assert "（宁国市人力资源和社会保障局：审核人）" in s.get(portal.url("/admin/")).text
    assert s.get(portal.url("/admin/entries/105"), allow_redirects=False).status_code == 200
    assert s.get(portal.url("/admin/entries/new"), allow_redirects=False).status_code == 403   # no editor in 人社局
    assert s.get(portal.url("/admin/entries/1"), allow_redirects=False).status_code == 403     # 民政局's now

    again = login(portal, name, pw)   # a new session starts where the member has roles, in the registry's order
    assert "（宁国市民政局：信息编辑）" in again.get(portal.url("/admin/")).text
