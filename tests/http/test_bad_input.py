"""Bad-input battery (issue 7): what a hostile scanner or a broken client
sends (oversized bodies, thousands of fields, huge cookies and headers,
invalid UTF-8, NUL bytes, malformed multipart, bodies shorter than their
Content-Length, slow partial bodies) gets a clean 4xx or is dropped by
lighttpd, and afterwards the same handler processes go on serving: nothing
crashed. Loopback only; every case is bounded in size and time."""

import os
import socket
import sys
import time

import pytest
import requests

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from harness import HANDLERS, Portal, csrf_from  # noqa: E402
from staff_login import STAFF_PASSWORD, login, make_staff, page_token  # noqa: E402


@pytest.fixture(scope="module")
def portal():
    """This module's own portal with an editor account (uploads are staff-only)."""
    p = Portal(env_overrides={"PORTAL_APPLY_RATE": "10000"})
    make_staff(p, "editor1", "editor")
    yield p
    p.close()


def handler_pids(portal):
    return {program: sorted(portal.pids(program)) for program in HANDLERS}


@pytest.fixture
def still_serving(portal):
    """Asserts after the test that /healthz and /apply answer and no handler was replaced."""
    for path in ("/healthz", "/apply", "/admin/login"):     # every program has started
        assert portal.get(path).status_code == 200
    before = handler_pids(portal)
    yield
    assert portal.get("/healthz").status_code == 200
    assert portal.get("/apply").status_code == 200
    assert handler_pids(portal) == before, "a handler process died and was restarted"


def raw_exchange(portal, data, read_timeout=5.0, then_close=True):
    """Sends DATA on a fresh connection; returns the status line's code (0 if dropped)."""
    with socket.create_connection(("127.0.0.1", portal.port), timeout=read_timeout) as s:
        s.sendall(data)
        if then_close:
            s.shutdown(socket.SHUT_WR)
        try:
            head = s.recv(64)
        except (socket.timeout, ConnectionResetError):
            return 0
    if not head.startswith(b"HTTP/1."):
        return 0
    return int(head.split()[1])


def assert_clean_4xx(status):
    assert 400 <= status < 500, status


def apply_form(portal):
    s = requests.Session()
    r = s.get(portal.url("/apply"), timeout=10)
    return s, csrf_from(r.text)


VALID = {
    "applicant_type": "person", "person_name": "王晓明", "id_type": "resident_id",
    "id_number": "11010519491231002X", "phone": "13905634567", "address": "安徽省宁国市西津街道中山路88号",
    "info_title": "2025年城乡最低生活保障资金发放情况", "info_description": "请提供资金发放总额。",
    "medium": "electronic", "delivery": "online", "declaration": "1",
}


# ---------------------------------------------------------------- sizes and counts

def test_a_body_over_the_limit_is_refused_with_413(portal, still_serving):
    r = portal.post("/apply", data=b"info_title=" + b"x" * (600 * 1024),
                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 413


def test_a_huge_declared_length_is_refused_before_the_body_is_sent(portal, still_serving):
    for path in ("/apply", "/admin/login", "/catalogue"):
        status = raw_exchange(portal, f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Length: {40 * 1024 * 1024}\r\n"
                                      "Content-Type: application/x-www-form-urlencoded\r\n\r\nab".encode())
        assert status in (0, 413), (path, status)


def test_thousands_of_fields_are_refused(portal, still_serving):
    body = "&".join(f"f{i}=v" for i in range(5000))
    for path in ("/apply", "/admin/login", "/search"):
        r = portal.post(path, data=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert_clean_4xx(r.status_code)
    r = portal.get("/search?" + "&".join(f"q{i}=1" for i in range(3000)))
    assert_clean_4xx(r.status_code)


def test_a_huge_cookie_header_is_refused(portal, still_serving):
    r = portal.get("/", headers={"Cookie": "a=" + "b" * 40000})
    assert_clean_4xx(r.status_code)


def test_hundreds_of_small_cookies_are_refused_or_ignored(portal, still_serving):
    cookie = "; ".join(f"c{i}=v" for i in range(1500))
    r = portal.get("/catalogue", headers={"Cookie": cookie})
    assert r.status_code in (200, 400, 413, 431)


def test_huge_and_many_headers_are_refused(portal, still_serving):
    assert_clean_4xx(portal.get("/", headers={"X-Filler": "a" * 40000}).status_code)
    many = "".join(f"X-H{i}: {'v' * 100}\r\n" for i in range(400))
    assert_clean_4xx(raw_exchange(portal, f"GET / HTTP/1.1\r\nHost: x\r\n{many}\r\n".encode()))


# ---------------------------------------------------------------- encodings

def application_count(portal):
    """Applications stored (the demo has some already)."""
    return portal.query("private", "SELECT count(*) FROM applications")[0][0]


def test_invalid_utf8_in_a_form_field_gets_a_chinese_400(portal, still_serving):
    before = application_count(portal)
    s, token = apply_form(portal)
    body = "&".join(f"{k}={requests.utils.quote(v)}" for k, v in dict(VALID, csrf_token=token).items())
    r = s.post(portal.url("/apply"), data=body + "&info_purpose=%FF%FE%C3%28",
               headers={"Content-Type": "application/x-www-form-urlencoded"}, allow_redirects=False, timeout=10)
    assert r.status_code == 400
    assert "UTF-8" in r.text
    assert application_count(portal) == before


@pytest.mark.parametrize("path", ["/catalogue/%FF%FE", "/guides/%C3%28", "/search?q=%FF%FE%FD",
                                  "/catalogue?topic=%E4%B8"])
def test_invalid_utf8_in_paths_and_queries_is_a_4xx(portal, still_serving, path):
    assert_clean_4xx(portal.get(path).status_code)


def test_invalid_utf8_in_a_cookie_is_a_4xx_or_ignored(portal, still_serving):
    status = raw_exchange(portal, b"GET /apply HTTP/1.1\r\nHost: x\r\nCookie: csrf=\xff\xfe\xc3\x28; receipt=\xed\xa0\x80\r\n"
                                  b"Connection: close\r\n\r\n")
    assert status in (200, 400), status


def test_nul_bytes_in_query_and_body_are_refused(portal, still_serving):
    assert portal.get("/search?q=%E5%A9%9A%00%E5%A7%BB").status_code == 400
    assert_clean_4xx(portal.get("/catalogue%00/1").status_code)
    before = application_count(portal)
    s, token = apply_form(portal)
    data = dict(VALID, csrf_token=token, info_title="申请%00信息")
    body = "&".join(f"{k}={requests.utils.quote(v, safe='%')}" for k, v in data.items())
    r = s.post(portal.url("/apply"), data=body, headers={"Content-Type": "application/x-www-form-urlencoded"},
               allow_redirects=False, timeout=10)
    assert r.status_code == 400
    assert application_count(portal) == before


def test_raw_nul_bytes_on_the_wire_are_refused_or_dropped(portal, still_serving):
    for data in (b"GET /\x00 HTTP/1.1\r\nHost: x\r\n\r\n",
                 b"GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\n\r\n",
                 b"POST /apply HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                 b"Content-Length: 9\r\nConnection: close\r\n\r\na=\x00\x00\x00&b=1"):
        status = raw_exchange(portal, data)
        assert status == 0 or 400 <= status < 500, (data, status)


# ---------------------------------------------------------------- multipart

def multipart(boundary, parts, close=True):
    body = b"".join(b"--" + boundary + b"\r\n" + p for p in parts)
    return body + (b"--" + boundary + b"--\r\n" if close else b"")


MALFORMED_MULTIPART = {
    "no boundary parameter": ("multipart/form-data", b"--x\r\n\r\nabc\r\n--x--\r\n"),
    "unterminated": ("multipart/form-data; boundary=b1",
                     multipart(b"b1", [b'Content-Disposition: form-data; name="a"\r\n\r\nnever ends'], close=False)),
    "part without headers end": ("multipart/form-data; boundary=b1",
                                 b"--b1\r\nContent-Disposition: form-data; name=\"a\"" + b"x" * 5000),
    "no disposition": ("multipart/form-data; boundary=b1", multipart(b"b1", [b"X-Other: 1\r\n\r\nv\r\n"])),
    "thousands of parts": ("multipart/form-data; boundary=b1",
                           multipart(b"b1", [b'Content-Disposition: form-data; name="f%d"\r\n\r\nv\r\n' % i
                                             for i in range(3000)])),
    "nested multipart": ("multipart/form-data; boundary=o",
                         multipart(b"o", [b'Content-Disposition: form-data; name="n"\r\n'
                                          b"Content-Type: multipart/mixed; boundary=i\r\n\r\n"
                                          + multipart(b"i", [b"Content-Type: multipart/mixed; boundary=j\r\n\r\n"
                                                             + b"--j\r\n" * 2000]) + b"\r\n"])),
    "huge part headers": ("multipart/form-data; boundary=b1",
                          multipart(b"b1", [b'Content-Disposition: form-data; name="a"\r\nX-Pad: '
                                            + b"p" * 8000 + b"\r\n\r\nv\r\n"])),
    "invalid UTF-8 filename": ("multipart/form-data; boundary=b1",
                               multipart(b"b1", [b'Content-Disposition: form-data; name="file"; filename="\xff\xfe.pdf"'
                                                 b"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n"])),
    "boundary of 500 characters": ("multipart/form-data; boundary=" + "z" * 500,
                                   multipart(b"z" * 500, [b'Content-Disposition: form-data; name="a"\r\n\r\nv\r\n'])),
}


@pytest.fixture(scope="module")
def staff(portal):
    """A signed-in editor and a CSRF token of theirs (uploads need both)."""
    session = login(portal, "editor1", STAFF_PASSWORD)
    return session, page_token(session, portal)


@pytest.mark.parametrize("case", sorted(MALFORMED_MULTIPART))
def test_malformed_multipart_is_a_clean_4xx_everywhere(portal, staff, still_serving, case):
    content_type, body = MALFORMED_MULTIPART[case]
    staff, token = staff
    for session, path in ((requests, "/apply"), (requests, "/admin/login"),
                          (requests, "/admin/entries/44/attachments"),
                          (staff, "/admin/entries/44/attachments")):
        r = session.post(portal.url(path), data=body, allow_redirects=False, timeout=10,
                         headers={"Content-Type": content_type, "X-CSRF-Token": token or ""})
        assert r.status_code in (303, 400, 403, 413), (case, path, r.status_code)


def test_an_upload_with_a_valid_token_but_hostile_parts_is_refused(portal, staff, still_serving):
    """Past the CSRF check, the upload handler itself meets the odd parts."""
    session, token = staff
    boundary = b"b7"
    token_part = b'Content-Disposition: form-data; name="csrf_token"\r\n\r\n' + token.encode() + b"\r\n"
    files = [
        b'Content-Disposition: form-data; name="file"; filename="\xff\xfe.pdf"\r\n'
        b"Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n",
        b'Content-Disposition: form-data; name="file"; filename="a.pdf"\r\n'
        b"Content-Type: multipart/mixed; boundary=i\r\n\r\n" + b"--i\r\n" * 3000 + b"\r\n",
        b'Content-Disposition: form-data; name="file"; filename="../../etc/passwd"\r\n'
        b"Content-Type: application/pdf\r\n\r\n\x00\x01\x02\r\n",
        b'Content-Disposition: form-data; name="file"; filename=""\r\n\r\n\r\n',
    ]
    before = portal.query("content", "SELECT count(*) FROM attachments")[0][0]
    for part in files:
        r = session.post(portal.url("/admin/entries/44/attachments"), data=multipart(boundary, [token_part, part]),
                         headers={"Content-Type": "multipart/form-data; boundary=b7"}, allow_redirects=False,
                         timeout=10)
        assert r.status_code < 500, (part[:60], r.status_code)
    assert portal.query("content", "SELECT count(*) FROM attachments")[0][0] == before


# ---------------------------------------------------------------- short and slow bodies

def test_a_body_shorter_than_its_content_length_is_dropped(portal, still_serving):
    for path in ("/apply", "/admin/login"):
        status = raw_exchange(portal, f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n"
                                      "Content-Type: application/x-www-form-urlencoded\r\n\r\n0123456789".encode())
        assert status == 0 or 400 <= status < 500, (path, status)


def test_a_slow_partial_body_is_dropped_without_harm(portal, still_serving):
    started = time.time()
    with socket.create_connection(("127.0.0.1", portal.port), timeout=5) as s:
        s.sendall(b"POST /apply HTTP/1.1\r\nHost: x\r\nContent-Length: 2000\r\n"
                  b"Content-Type: application/x-www-form-urlencoded\r\n\r\ninfo_title=")
        for _ in range(6):
            time.sleep(0.4)
            s.sendall(b"x")
        # A second visitor is served while the slow one is still sending.
        assert portal.get("/apply").status_code == 200
    assert time.time() - started < 10
