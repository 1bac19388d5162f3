"""The platform mounted at /xxgk/ of a government portal behind Debian's nginx
(conf/nginx-platform.conf, unchanged but for the upstream port): a citizen and
a clerk walk the whole site through the proxy only, and every link, redirect,
cookie path and CSRF origin check holds under the prefix. A second nginx server
terminates TLS with a throw-away certificate: staff cookies become Secure."""

import datetime
import html
import http.client
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse

import pytest
import requests

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from harness import ROOT, Portal, csrf_from, free_port  # noqa: E402

PREFIX = "/xxgk"
# nginx connects to lighttpd from this address, so lighttpd can tell the
# proxy (trusted for X-Forwarded-*) from the browsers, which are on 127.0.0.1.
PROXY_ADDRESS = "127.0.0.2"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
SNIPPET = os.path.join(ROOT, "conf", "nginx-platform.conf")

# The same applicant as the form tests use.
from test_apply_form import PERSON  # noqa: E402


class Nginx:
    """Debian's nginx with its own configuration, pid, logs and temp files in a
    temporary directory, serving the government portal's server block with the
    shipped snippet in it on a free loopback port (and with TLS on a second)."""

    def __init__(self, upstream_port):
        self.dir = tempfile.mkdtemp(prefix="nginx-test-")
        self.port, self.tls_port = free_port(), free_port()
        self.origin = f"http://127.0.0.1:{self.port}"
        self.tls_origin = f"https://127.0.0.1:{self.tls_port}"
        self.certificate = os.path.join(self.dir, "cert.pem")
        self.make_certificate()
        conf = os.path.join(self.dir, "nginx.conf")
        with open(conf, "w") as f:
            f.write(self.config(upstream_port))
        self.process = subprocess.Popen(
            [NGINX, "-c", conf, "-p", self.dir, "-e", os.path.join(self.dir, "error.log"),
             "-g", "daemon off;"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.wait_listening()

    def make_certificate(self):
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", os.path.join(self.dir, "key.pem"),
                        "-out", os.path.join(self.dir, "cert.pem")], check=True, capture_output=True)

    def config(self, upstream_port):
        with open(SNIPPET) as f:
            snippet = f.read()
        assert "http://127.0.0.1:8080;" in snippet
        snippet = snippet.replace("http://127.0.0.1:8080;", f"http://127.0.0.1:{upstream_port};")
        d = self.dir
        # "user" keeps the workers as the user running the test (only meaningful
        # as root, where nginx would otherwise switch to www-data).
        user = pwd.getpwuid(os.geteuid()).pw_name
        return f"""
user {user};
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/error.log info;
events {{ worker_connections 64; }}
http {{
    access_log {d}/access.log;
    client_body_temp_path {d}/body;
    proxy_temp_path {d}/proxy;
    fastcgi_temp_path {d}/fastcgi;
    uwsgi_temp_path {d}/uwsgi;
    scgi_temp_path {d}/scgi;
    default_type text/plain;
    proxy_bind {PROXY_ADDRESS};
    server {{
        listen 127.0.0.1:{self.port};
        server_name www.example.gov.cn;
        location / {{ return 200 "government portal home\\n"; }}
        {snippet}
    }}
    server {{
        listen 127.0.0.1:{self.tls_port} ssl;
        server_name www.example.gov.cn;
        ssl_certificate {d}/cert.pem;
        ssl_certificate_key {d}/key.pem;
        location / {{ return 200 "government portal home\\n"; }}
        {snippet}
    }}
}}
"""

    def wait_listening(self):
        deadline = time.time() + 10
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("nginx did not start: " + self.process.stderr.read().decode(errors="replace"))
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("nginx did not listen; see " + self.dir)

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)   # graceful shutdown of master and worker
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process.stderr.close()
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="module")
def portal():
    p = Portal(env_overrides={"PORTAL_BASE_PATH": PREFIX, "PORTAL_TRUSTED_PROXY": PROXY_ADDRESS,
                              "PORTAL_APPLY_RATE": "1000", "PORTAL_SEARCH_RATE": "6", "PORTAL_SEARCH_BURST": "3"})
    yield p
    p.close()


@pytest.fixture(scope="module")
def nginx(portal):
    n = Nginx(portal.port)
    yield n
    n.stop()


# ---------------------------------------------------------------- what must hold on every response


def under_prefix(url, origin):
    """True when URL, as a browser on ORIGIN would resolve it, stays inside /xxgk/ or
    leaves this host altogether (the parent portal, external sites)."""
    if url.startswith(("#", "?", "mailto:", "tel:")):
        return True               # the same page, or not a web address
    parts = urllib.parse.urlsplit(url)
    if parts.scheme or parts.netloc:
        here = urllib.parse.urlsplit(origin)
        if parts.netloc != here.netloc:
            return True           # another site
    return parts.path.startswith(PREFIX + "/")


def links_of(page):
    return [html.unescape(u) for u in re.findall(r'\b(?:href|src|action)="([^"]*)"', page)]


def cookie_paths(r):
    """The Path of every cookie the response sets."""
    raw = r.raw.headers.getlist("Set-Cookie") if hasattr(r.raw.headers, "getlist") else []
    return [(m.group(1) if (m := re.search(r";\s*Path=([^;]*)", c, re.I)) else None) for c in raw]


def check(r, origin):
    """Asserts the mount point on everything a browser would follow or store."""
    where = f"{r.request.method} {r.url}"
    if "Location" in r.headers:
        assert under_prefix(r.headers["Location"], origin), f"{where}: Location {r.headers['Location']}"
    for path in cookie_paths(r):
        assert path and (path == PREFIX or path.startswith(PREFIX + "/")), f"{where}: cookie Path={path}"
    if r.headers.get("Content-Type", "").startswith("text/html"):
        bad = [u for u in links_of(r.text) if not under_prefix(u, origin)]
        assert not bad, f"{where}: links outside {PREFIX}/: {bad}"
    return r


class Browser:
    """A requests.Session that talks to nginx only, sends Origin on POSTs as
    browsers do, and checks every response with check()."""

    def __init__(self, origin, verify=True):
        self.origin = origin
        self.verify = verify          # True, or the test certificate for the TLS server
        self.s = requests.Session()

    def get(self, path, **kw):
        kw.setdefault("allow_redirects", False)
        return check(self.s.get(self.origin + path, timeout=15, verify=self.verify, **kw), self.origin)

    def post(self, path, data, origin=None, **kw):
        headers = {"Origin": origin or self.origin, "Referer": self.origin + path}
        return check(self.s.post(self.origin + path, data=data, headers=headers, allow_redirects=False,
                                 timeout=15, verify=self.verify, **kw), self.origin)


def form_fields(page, action):
    """Name -> value of the inputs (radios and checkboxes only when checked) and
    selected options of the form posting to ACTION, as a browser submits them."""
    forms = [f for f in re.findall(r'<form[^>]*action="%s"[^>]*>(.*?)</form>' % re.escape(action), page, re.S)
             if 'name="csrf_token"' in f]        # not a GET form to the same address
    assert forms, f"no form posting to {action}"
    form, fields = forms[0], {}
    for tag in re.findall(r"<input\b[^>]*>", form):
        name = re.search(r'\bname="([^"]*)"', tag)
        value = re.search(r'\bvalue="([^"]*)"', tag)
        kind = re.search(r'\btype="([^"]*)"', tag)
        kind = kind.group(1) if kind else "text"
        if kind in ("radio", "checkbox") and not re.search(r"\bchecked\b", tag) or kind in ("submit", "button"):
            continue
        if name:
            fields[name.group(1)] = html.unescape(value.group(1) if value else "")
    for name, options in re.findall(r'<select\b[^>]*name="([^"]*)"[^>]*>(.*?)</select>', form, re.S):
        chosen = re.search(r'<option\b[^>]*value="([^"]*)"[^>]*\bselected\b', options)
        if chosen:
            fields[name] = html.unescape(chosen.group(1))
    return fields


def beijing_today():
    return (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=8)).date().isoformat()


# ---------------------------------------------------------------- the walk


def citizen_reads(b, portal):
    """Platform home -> 民政局's column -> its 公开指南 -> a catalogue entry; the old URL redirects."""
    home = b.get(PREFIX + "/")
    assert home.status_code == 200, home.text[:500]
    assert f'href="{PREFIX}/mzj/"' in home.text and "宁国市民政局" in home.text
    column = b.get(PREFIX + "/mzj/")
    assert column.status_code == 200
    assert f'href="{PREFIX}/mzj/disclosure-guide"' in column.text
    guide = b.get(PREFIX + "/mzj/disclosure-guide")
    assert guide.status_code == 200 and "政府信息公开指南" in guide.text
    assert f'href="{PREFIX}/apply' in guide.text          # the clerk's Markdown link, mounted
    (title,) = portal.query("content", "SELECT title FROM entries WHERE id = 4")[0]
    entry = b.get(PREFIX + "/mzj/catalogue/4")
    assert entry.status_code == 200 and html.escape(title, quote=False) in entry.text
    old = b.get(PREFIX + "/catalogue/4")
    assert old.status_code == 301 and old.headers["Location"] == PREFIX + "/mzj/catalogue/4"


def citizen_applies(b, portal):
    """The form for 民政局, a valid submission, the 303 to the receipt; returns the number."""
    form = b.get(PREFIX + "/apply?agency=mzj")
    assert form.status_code == 200
    fields = form_fields(form.text, PREFIX + "/apply")
    assert fields.get("csrf_token") == csrf_from(form.text) and fields.get("idempotency_key")
    agency_fields = {k: v for k, v in fields.items() if "agency" in k}
    assert "mzj" in agency_fields.values() or "1" in agency_fields.values(), fields
    r = b.post(PREFIX + "/apply", dict(fields, **PERSON))           # the honeypot "website" stays empty
    assert r.status_code == 303, r.text[:2000]
    assert r.headers["Location"] == PREFIX + "/apply/receipt"
    receipt = b.get(PREFIX + "/apply/receipt")
    assert receipt.status_code == 200
    number = re.search(r'class="receipt-number">([A-Z]+-\d{4}-\d{6})<', receipt.text).group(1)
    assert number.startswith("MZJ-"), number
    assert portal.query("private", "SELECT agency_id FROM applications WHERE number = ?", (number,)) == [(1,)]
    return number


def staff_logs_in(b, portal):
    page = b.get(PREFIX + "/admin/login")
    assert page.status_code == 200
    r = b.post(PREFIX + "/admin/login", {"csrf_token": csrf_from(page.text), "name": "admin",
                                         "password": portal.admin_password})
    assert r.status_code == 303, r.text[:2000]
    assert "staff_session" in b.s.cookies
    assert all(c.path.startswith(PREFIX + "/") for c in b.s.cookies), [(c.name, c.path) for c in b.s.cookies]


def clerk_confirms_receipt(b, portal, number):
    (app_id,) = portal.query("private", "SELECT id FROM applications WHERE number = ?", (number,))[0]
    inbox = b.get(PREFIX + "/admin/applications")
    assert inbox.status_code == 200 and number in inbox.text
    assert f'href="{PREFIX}/admin/applications/{app_id}"' in inbox.text
    detail = b.get(f"{PREFIX}/admin/applications/{app_id}")
    assert detail.status_code == 200
    action = f"{PREFIX}/admin/applications/{app_id}/receive"
    r = b.post(action, dict(form_fields(detail.text, action), day=beijing_today()))
    assert r.status_code == 303, r.text[:2000]
    assert r.headers["Location"] == f"{PREFIX}/admin/applications/{app_id}?done=receive"
    assert portal.query("private", "SELECT state, received_on FROM applications WHERE id = ?",
                        (app_id,)) == [("received", beijing_today())]
    assert b.get(r.headers["Location"]).status_code == 200


def test_citizen_and_clerk_walk_the_platform_through_nginx_under_xxgk(portal, nginx):
    citizen = Browser(nginx.origin)
    citizen_reads(citizen, portal)
    number = citizen_applies(citizen, portal)
    clerk = Browser(nginx.origin)
    staff_logs_in(clerk, portal)
    clerk_confirms_receipt(clerk, portal, number)


# ---------------------------------------------------------------- the proxy's own behaviour


def test_mount_point_without_slash_redirects_and_the_portal_keeps_its_own_pages(nginx):
    r = requests.get(nginx.origin + PREFIX, allow_redirects=False, timeout=10)
    assert r.status_code == 301 and urllib.parse.urlsplit(r.headers["Location"]).path == PREFIX + "/"
    assert requests.get(nginx.origin + "/", timeout=10).text == "government portal home\n"


def test_lighttpd_serves_nothing_outside_the_mount_point(portal):
    assert requests.get(portal.origin + "/static/site.css", timeout=10).status_code == 403
    assert requests.get(portal.origin + "/catalogue/4", timeout=10).status_code == 403
    assert requests.get(portal.origin + PREFIX + "/static/site.css", timeout=10).status_code == 200


def test_static_files_and_security_headers_come_through(nginx):
    r = requests.get(nginx.origin + PREFIX + "/static/site.css", timeout=10)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/css")
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    page = requests.get(nginx.origin + PREFIX + "/", timeout=10)
    assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]
    assert f'href="{PREFIX}/static/site.css"' in page.text


def test_post_from_another_origin_is_refused_through_the_proxy(portal, nginx):
    b = Browser(nginx.origin)
    page = b.get(PREFIX + "/admin/login")
    data = {"csrf_token": csrf_from(page.text), "name": "admin", "password": portal.admin_password}
    r = b.post(PREFIX + "/admin/login", data, origin="https://evil.example")
    assert r.status_code == 403
    assert "staff_session" not in b.s.cookies


def test_lighttpds_own_error_page_links_inside_the_mount_point(nginx):
    # 600 KiB: under nginx's 1 MiB for public forms, over lighttpd's 512 KiB.
    r = requests.post(nginx.origin + PREFIX + "/apply", data={"info_description": "x" * (600 * 1024)},
                      allow_redirects=False, timeout=15)
    assert r.status_code == 413 and "提交内容过大" in r.text
    assert f'href="{PREFIX}/static/site.css"' in r.text and f'href="{PREFIX}/"' in r.text
    assert not [u for u in links_of(r.text) if not under_prefix(u, nginx.origin)]


def test_staff_uploads_up_to_twenty_mib_pass_nginx_but_public_forms_stay_small(nginx):
    # Only the platform sends a Content-Security-Policy: an answer without one is nginx's.
    big = b"x" * (2 * 1024 * 1024)
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    public = requests.post(nginx.origin + PREFIX + "/apply", data=big, headers=form, timeout=15)
    assert public.status_code == 413 and "Content-Security-Policy" not in public.headers
    staff = requests.post(nginx.origin + PREFIX + "/admin/login", data=big, headers=form,
                          allow_redirects=False, timeout=15)
    assert "Content-Security-Policy" in staff.headers, staff.status_code


def test_lighttpd_sees_the_browsers_address_not_nginxs_nor_a_claimed_one(portal, nginx):
    # nginx appends the browser (127.0.0.1) to what the browser claimed; lighttpd
    # believes only its trusted proxy (127.0.0.2), so rate limits count per browser.
    requests.get(nginx.origin + PREFIX + "/robots.txt", headers={"X-Forwarded-For": "203.0.113.7"}, timeout=10)
    log = os.path.join(portal.state, "log", "access.log")
    deadline = time.time() + 5                 # lighttpd writes its access log in batches
    while time.time() < deadline:
        with open(log) as f:
            lines = [line for line in f if "/robots.txt" in line]
        if lines:
            break
        time.sleep(0.2)
    assert lines and lines[-1].startswith("127.0.0.1 "), lines


def test_behind_tls_staff_cookies_are_secure_and_the_https_origin_passes(portal, nginx):
    b = Browser(nginx.tls_origin, verify=nginx.certificate)
    page = b.get(PREFIX + "/admin/login")
    assert page.status_code == 200
    r = b.post(PREFIX + "/admin/login", {"csrf_token": csrf_from(page.text), "name": "admin",
                                         "password": portal.admin_password})
    assert r.status_code == 303, r.text[:1000]
    cookies = {c.name: c for c in b.s.cookies}
    assert cookies["staff_session"].secure and cookies["csrf"].secure
    assert cookies["staff_session"].path == PREFIX + "/admin"


def get_from(address, url, timeout=10):
    """GET URL from another loopback ADDRESS: another browser, as nginx sees it."""
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout, source_address=(address, 0))
    try:
        conn.request("GET", parts.path + "?" + parts.query)
        r = conn.getresponse()
        return r.status, r.getheader("Retry-After"), r.read().decode()
    finally:
        conn.close()


def test_searches_through_nginx_reach_the_search_pool_and_are_limited_per_browser(portal, nginx):
    def search(n):
        return nginx.origin + PREFIX + "/search?q=" + urllib.parse.quote(f"婚姻登记 {n}")
    # With the search pool stopped, a search through nginx waits while the site answers.
    stopped = portal.search_pool_pids()
    assert len(stopped) == 2
    for pid in stopped:
        os.kill(pid, signal.SIGSTOP)
    try:
        with pytest.raises(OSError):       # socket.timeout
            get_from("127.0.0.3", search(0), timeout=1.5)
        assert requests.get(nginx.origin + PREFIX + "/", timeout=2).status_code == 200
    finally:
        for pid in stopped:
            os.kill(pid, signal.SIGCONT)
    # PORTAL_SEARCH_BURST=3 for this browser (127.0.0.1) behind nginx, not for another.
    answers = [get_from("127.0.0.1", search(n)) for n in range(1, 5)]
    assert [status for status, _, _ in answers] == [200, 200, 200, 429]
    status, retry_after, page = answers[3]
    assert int(retry_after) >= 1 and "请稍后再搜索" in page
    assert f'action="{PREFIX}/search"' in page and 'value="婚姻登记 4"' in page
    assert get_from("127.0.0.4", search(5))[0] == 200
    assert requests.get(nginx.origin + PREFIX + "/", timeout=2).status_code == 200
