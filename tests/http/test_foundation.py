"""The foundation: a real lighttpd with the real handlers over fresh SQLite
files. Security headers everywhere, the home page from content.db, Chinese
error pages, request limits, and the public process's rights."""

import http.client
import os
import socket

import pytest

SECURITY_HEADERS = ("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy")


def assert_security_headers(r):
    for h in SECURITY_HEADERS:
        assert h in r.headers, f"{h} missing on {r.url}"
    csp = r.headers["Content-Security-Policy"]
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert r.headers["X-Content-Type-Options"] == "nosniff"


def test_home_is_html_utf8_with_security_headers(portal):
    r = portal.get("/")
    assert r.status_code == 200
    assert r.headers["Content-Type"] == "text/html; charset=utf-8"
    assert_security_headers(r)
    assert "script-src" not in r.headers["Content-Security-Policy"] or \
        "'none'" in r.headers["Content-Security-Policy"]


def test_home_shows_agency_latest_entries_and_footer_from_database(portal):
    html = portal.get("/").text
    assert "宁国市民政局" in html and 'href="/mzj/"' in html
    latest = portal.query("content", "SELECT title FROM entries WHERE status='published' "
                                     "ORDER BY published_on DESC, id DESC LIMIT 5")
    assert len(latest) == 5
    for (title,) in latest:
        assert title.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;") in html
    settings = dict(portal.query("content", "SELECT key, value FROM settings"))
    for key in ("footer_sponsor", "footer_address", "footer_postcode", "footer_phone",
                "site_code", "icp", "police_record"):
        assert settings[key] and settings[key] in html, key
    assert 'lang="zh-CN"' in html and 'href="#main"' in html


def test_home_follows_database_changes(fresh_portal):
    p = fresh_portal()
    p.execute("content", "UPDATE settings SET value='测试主办单位' WHERE key='footer_sponsor'")
    assert "测试主办单位" in p.get("/").text


def test_home_never_shows_injected_spam_line(portal):
    assert "beplay" not in portal.get("/").text.lower()
    assert "beplay" not in portal.get("/mzj/reports/2012").text.lower()


def test_unknown_page_gets_chinese_404_inside_layout(portal):
    r = portal.get("/no-such-page")
    assert r.status_code == 404
    assert "页面不存在" in r.text and "返回首页" in r.text
    assert "主办单位" in r.text            # inside the layout, footer included
    assert_security_headers(r)


def test_wrong_method_gets_405_with_allow(portal):
    r = portal.post("/", data={"a": "1"})
    assert r.status_code == 405
    assert "GET" in r.headers.get("Allow", "")
    assert "请求方式不允许" in r.text


def raw_get(portal, target):
    """GET without the client re-quoting the target (requests turns %4 into %254)."""
    con = http.client.HTTPConnection("127.0.0.1", portal.port, timeout=10)
    con.request("GET", target)
    r = con.getresponse()
    body = r.read().decode("utf-8")
    con.close()
    return r.status, dict(r.getheaders()), body


def test_invalid_utf8_in_query_is_400(portal):
    status, headers, body = raw_get(portal, "/?q=%E5%85")   # a truncated 公
    assert status == 400
    assert "UTF-8" in body and "返回首页" in body
    assert "Content-Security-Policy" in headers
    status, _, body = raw_get(portal, "/?q=%C0%AF")          # overlong '/'
    assert status == 400


def test_truncated_percent_escape_is_400(portal):
    for target in ("/?q=%4", "/?q=%", "/?q=%zz"):
        status, _, body = raw_get(portal, target)
        assert status == 400, target
        assert "请求格式不正确" in body


LIGHTTPDS_OWN_ERRORS = {   # answered while the request head is read: no module runs
    400: b"GET / HTTP/1.1\r\nHost: a\r\nBad Header: x\r\n\r\n",
    411: b"POST /apply HTTP/1.0\r\nHost: a\r\n\r\n",
    431: b"GET / HTTP/1.1\r\nHost: a\r\nX-Big: " + b"a" * 70000 + b"\r\n\r\n",
    501: b"BREW / HTTP/1.1\r\nHost: a\r\n\r\n",
    505: b"GET / HTTP/2.5\r\nHost: a\r\n\r\n",
}


@pytest.mark.parametrize("status", sorted(LIGHTTPDS_OWN_ERRORS))
def test_lighttpds_own_answers_are_chinese_pages_that_restrict_themselves(portal, status):
    """Review finding 15.15: what lighttpd answers before any module runs can
    carry no response header of ours; its page is one of htdocs/errors/, in
    Chinese, with no script or form, and a CSP of its own in a meta element."""
    with socket.create_connection(("127.0.0.1", portal.port), timeout=10) as s:
        s.sendall(LIGHTTPDS_OWN_ERRORS[status])
        answer = b""
        while chunk := s.recv(65536):
            answer += chunk
    head, _, body = answer.decode("utf-8").partition("\r\n\r\n")
    assert head.split("\r\n")[0].split(" ")[1] == str(status)
    assert "Content-Type: text/html; charset=utf-8" in head
    assert f"错误代码：{status}" in body and "返回首页" in body
    assert "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';" in body
    assert "<script" not in body and "<form" not in body


def test_body_over_the_limit_is_413(portal):
    r = portal.post("/apply", data=b"x" * (600 * 1024),
                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413
    assert "过大" in r.content.decode("utf-8")


def test_too_many_fields_is_413(portal):
    before = portal.query("private", "SELECT count(*) FROM applications")[0][0]
    body = "&".join(f"f{i}=1" for i in range(1000))
    r = portal.post("/apply", data=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413          # refused by the parser, before any handler runs
    assert "过大" in r.text or "数量" in r.text
    assert portal.query("private", "SELECT count(*) FROM applications")[0][0] == before


def test_healthz_checks_the_database(portal):
    r = portal.get("/healthz")
    assert r.status_code == 200 and r.text == "ok\n"


def test_static_files_carry_nosniff_and_csp(portal):
    r = portal.get("/static/site.css")
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("text/css")
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in r.headers["Content-Security-Policy"]


def test_public_process_never_opens_private_db(portal):
    portal.get("/")
    pids = portal.pids("portal.fcgi")
    assert pids, "no portal.fcgi worker found"
    for pid in pids:
        targets = [os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")]
        assert not any("private.db" in t for t in targets), targets
        assert any(t.endswith("content.db") for t in targets)


def test_apply_process_holds_private_db(portal):
    portal.get("/apply")
    pids = portal.pids("apply.fcgi")
    assert pids
    targets = [os.readlink(f"/proc/{pids[0]}/fd/{fd}") for fd in os.listdir(f"/proc/{pids[0]}/fd")]
    assert any(t.endswith("private.db") for t in targets)


def test_killed_worker_is_restarted_by_lighttpd(fresh_portal):
    p = fresh_portal()
    before = p.pids("portal.fcgi")
    for pid in before:
        os.kill(pid, 9)
    import time
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            # A search worker (SCHED_IDLE) on a busy machine may take a moment to die.
            now = p.pids("portal.fcgi")
            if p.get("/healthz").status_code == 200 and now and set(now).isdisjoint(before):
                break
        except Exception:
            pass
        time.sleep(0.2)
    assert p.get("/").status_code == 200
    assert set(p.pids("portal.fcgi")).isdisjoint(before)


def test_request_header_flood_is_refused(portal):
    with socket.create_connection(("127.0.0.1", portal.port), timeout=5) as s:
        s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nCookie: " + b"a" * 70000 + b"\r\n\r\n")
        reply = s.recv(200)
    assert reply.split(b" ")[1].startswith(b"4"), reply
    assert portal.get("/healthz").status_code == 200


def test_access_log_records_paths_without_query_strings(fresh_portal):
    """Staff search names applicants in the query; the access log must not keep it."""
    p = fresh_portal()
    p.get("/search?q=%E5%BC%A0%E4%B8%89%E4%B8%B0", headers={"Referer": p.url("/admin/applications?q=x")})
    p.stop()   # lighttpd buffers the access log until it stops
    with open(os.path.join(p.state, "log", "access.log"), encoding="utf-8") as f:
        log = f.read()
    assert "GET /search HTTP/1.1" in log
    assert "q=" not in log and "%E5%BC%A0" not in log and "/admin/applications" not in log
