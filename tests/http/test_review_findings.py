"""Findings of the outside review (issue 15) that are fixed in the core and the
server configuration; each test failed before its fix."""

import itertools

import pytest
import requests

from harness import Portal
from staff_login import csrf_token, login, make_staff

_names = itertools.count(1)


@pytest.fixture(scope="module")
def portal():
    p = Portal()
    yield p
    p.close()


def test_a_staff_csrf_token_is_bound_to_its_session(portal):
    """15.14: the form token of one signed-in session, with that browser's CSRF
    cookie, must not work with another session's cookie."""
    name = f"bind{next(_names)}"
    pw = make_staff(portal, name, "editor")
    first, second = login(portal, name, pw), login(portal, name, pw)
    token = csrf_token(first.get(portal.url("/admin/password")).text)
    data = {"csrf_token": token, "current": "wrong-password", "new_password": "x" * 12, "confirm": "x" * 12}
    own = first.post(portal.url("/admin/password"), data=data, allow_redirects=False)
    assert own.status_code == 200 and "当前密码不正确" in own.text
    borrowed = requests.Session()
    borrowed.cookies.set("csrf", first.cookies.get("csrf"), path=portal.prefix + "/admin")
    borrowed.cookies.set("staff_session", second.cookies.get("staff_session"), path=portal.prefix + "/admin")
    r = borrowed.post(portal.url("/admin/password"), data=data, allow_redirects=False)
    assert r.status_code == 403, r.text[:300]


def test_staff_and_applicant_pages_are_never_cached(portal):
    """15.21: every /admin/ and /apply response says Cache-Control: no-store, the
    login page, errors and redirects included."""
    for path in ("/admin/login", "/admin/", "/admin/no-such-page", "/apply", "/apply/status"):
        r = portal.get(path)
        assert r.headers.get("Cache-Control") == "no-store", (path, r.status_code, r.headers)


def test_the_scheme_from_a_loopback_proxy_makes_cookies_secure(fresh_portal):
    """15.21: behind the documented nginx (PORTAL_TRUSTED_PROXY=127.0.0.1 and
    X-Forwarded-Proto: https) the CSRF and session cookies carry Secure; without
    the header they do not."""
    portal = fresh_portal(PORTAL_TRUSTED_PROXY="127.0.0.1")
    proxied = portal.get("/admin/login", headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9"})
    assert "; Secure" in proxied.headers["Set-Cookie"]
    plain = portal.get("/admin/login")
    assert "Secure" not in plain.headers["Set-Cookie"]


def test_upload_names_lose_invisible_direction_controls(portal):
    """15.20: a name with U+202E (right-to-left override) reads as another file
    type; it and the other bidirectional and zero-width characters are dropped."""
    from test_admin_content import create_entry, upload
    name = f"upl{next(_names)}"
    editor = login(portal, name, make_staff(portal, name, "editor"))
    entry_id = create_entry(portal, editor, "方向控制字符测试")
    pdf = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    assert upload(portal, editor, entry_id, "通知\u202egpj\u200b\u2066.pdf", pdf).status_code == 303
    (stored,), = portal.query("content", "SELECT filename FROM attachments WHERE owner_kind = 'entry' "
                              "AND owner_id = ?", (entry_id,))
    assert stored == "通知gpj.pdf"


def test_the_favicon_is_served_as_an_icon(portal):
    """15.29: /favicon.ico answered 404 on every page view."""
    r = portal.get("/favicon.ico")
    assert r.status_code == 200 and r.headers["Content-Type"] == "image/x-icon"
    assert r.content[:4] == b"\x00\x00\x01\x00" and r.headers["X-Content-Type-Options"] == "nosniff"


def test_databases_and_the_first_login_file_are_not_world_readable(portal):
    """15.11: content.db, private.db and their -wal/-shm files were 0644."""
    import os
    import stat
    portal.get("/")   # the handlers have opened the databases (WAL files exist)
    for name in ("content.db", "private.db", "private.db-wal", "secret.key"):
        path = os.path.join(portal.state, name)
        if os.path.exists(path):
            assert stat.S_IMODE(os.stat(path).st_mode) & 0o007 == 0, (name, oct(os.stat(path).st_mode))


def test_display_switches_say_whether_they_are_on_and_pages_have_a_description(portal):
    """15.29: 大字版/高对比度 showed no state; pages had no meta description."""
    import re
    plain = portal.get("/mzj/").text
    assert re.search(r'<button type="submit" name="toggle" value="large" aria-pressed="false">大字版</button>', plain)
    assert re.search(r'<meta name="description" content="[^"]*宁国市人民政府政府信息公开平台', plain)
    large = portal.get("/mzj/", cookies={"a11y": "large"}).text
    assert 'value="large" aria-pressed="true"' in large and 'value="contrast" aria-pressed="false"' in large
    r = portal.get("/prefs?back=/mzj/&toggle=contrast")   # what the switch form sends
    assert r.status_code == 303 and r.headers["Location"] == "/mzj/" and "a11y=contrast" in r.headers["Set-Cookie"]


def test_timestamps_people_read_are_beijing_time(portal):
    """15.24: revision dates, the entry list and the audit log showed UTC
    (2026-12-01T21:57:59Z) beside Beijing dates; 21:57 UTC is 05:57 the next
    day in Beijing, and the audit log's day filter counts Beijing days."""
    import re
    (entry_id, code), = portal.query(
        "content", "SELECT e.id, a.code FROM entries e JOIN agencies a ON a.id = e.owner_id "
        "WHERE e.status = 'published' AND a.code = 'mzj' ORDER BY e.id LIMIT 1")
    portal.execute("content", "UPDATE entry_revisions SET created_at = '2026-12-01T21:50:00Z', "
                   "published_at = '2026-12-01T21:57:59Z' WHERE entry_id = ? AND status = 'published'", (entry_id,))
    portal.execute("content", "UPDATE entries SET updated_at = '2026-12-01T21:57:59Z' WHERE id = ?", (entry_id,))
    portal.execute("content", "UPDATE content_version SET version = version + 1")
    name = f"tz{next(_names)}"
    staff = login(portal, name, make_staff(portal, name, "editor@mzj,admin"))
    portal.execute("private", "INSERT INTO audit_log (at, user_name, action, target) "
                   "VALUES ('2026-12-01T21:57:59Z', ?, 'tz.check', 'x')", (name,))
    iso = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
    detail = staff.get(portal.url(f"/admin/entries/{entry_id}")).text
    assert "2026-12-02 05:57" in detail and "2026-12-02 05:50" in detail and not iso.search(detail)
    listing = staff.get(portal.url("/admin/entries")).text
    assert "2026-12-02 05:57" in listing and not iso.search(listing)
    audit = staff.get(portal.url(f"/admin/audit?user={name}&from=2026-12-02&to=2026-12-02")).text
    assert "时间（北京时间）" in audit and re.search(r'<time datetime="2026-12-01T21:57:59Z">2026-12-02 05:57</time>', audit)
    assert "tz.check" not in staff.get(portal.url(f"/admin/audit?user={name}&to=2026-12-01")).text
    public = portal.get(f"/{code}/catalogue/{entry_id}").text
    assert "2026-12-02" in public and "2026-12-01" not in public


def test_admin_choices_show_names_steps_confirm_and_a_file_has_one_size(portal):
    """15.31: topic, genre and guide drop-downs showed pinyin codes (mz 民政);
    an upload, a submission and a publication came back without a word; one
    193-byte file read 0.2 KB, 1 KB and 193 字节 on different pages."""
    from test_admin_content import create_entry, post, upload
    n = next(_names)
    editor = login(portal, f"ued{n}", make_staff(portal, f"ued{n}", "editor@mzj"))
    reviewer = login(portal, f"urv{n}", make_staff(portal, f"urv{n}", "reviewer@mzj"))
    form = editor.get(portal.url("/admin/entries/new")).text
    assert '<option value="1">民政</option>' in form and "mz 民政" not in form
    guide = editor.get(portal.url("/admin/guides/1")).text
    assert ">行政许可</option>" in guide and "xzxk" not in guide
    entry_id = create_entry(portal, editor, "附件大小一致性测试")
    pdf = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    pdf += b"%" * (193 - len(pdf) - 1) + b"\n"
    assert len(pdf) == 193
    r = upload(portal, editor, entry_id, "附件.pdf", pdf)
    page = editor.get(portal.url(r.headers["Location"])).text
    assert "附件已上传" in page and "193 字节" in page
    r = post(editor, portal, f"/admin/entries/{entry_id}/submit", {})
    assert "已提交审核，等待审核人审核" in editor.get(portal.url(r.headers["Location"])).text
    r = reviewer.post(portal.url(f"/admin/entries/{entry_id}/publish"),
                      data={"secrecy_checked": "1", "csrf_token": csrf_token(reviewer.get(portal.url(f"/admin/entries/{entry_id}")).text)},
                      allow_redirects=True)
    assert "已发布，公开页面已更新" in r.text and "193 字节" in r.text
    assert "PDF，193 字节" in portal.get(f"/mzj/catalogue/{entry_id}").text
    categories = login(portal, f"uad{n}", make_staff(portal, f"uad{n}", "admin")).get(portal.url("/admin/categories")).text
    assert 'value="mz"' in categories   # the codes stay where the administrator keeps them


def test_absolute_urls_come_from_site_url_never_from_the_host_header(fresh_portal):
    """15.18: a request with a forged Host put its host into sitemap, robots and
    Atom (and the render cache served them to everyone); site_url is checked
    in the settings form (absolute http(s), no query or fragment, required)."""
    import re
    import xml.etree.ElementTree as ET
    p = fresh_portal()
    forged = {"Host": "evil.example"}
    for path in ("/sitemap.xml", "/mzj/sitemap.xml", "/feed.atom", "/mzj/feed.atom", "/robots.txt"):
        for headers in (forged, {}):
            r = p.get(path, headers=headers)
            assert r.status_code == 200 and "evil.example" not in r.text, (path, headers)
    locs = [u.text for u in ET.fromstring(p.get("/sitemap.xml", headers=forged).content).iter()
            if u.tag.endswith("loc")]
    assert locs and all(u.startswith(p.base + "/") for u in locs)
    assert f"Sitemap: {p.base}/sitemap.xml" in p.get("/robots.txt", headers=forged).text

    from test_admin_content import post, settings_form
    admin = login(p, "admin", p.admin_password)
    values = settings_form(p, admin)
    assert values["site_url"] == p.base
    for bad, message in (("https://xxgk.example.gov.cn/?from=a", "不能带查询参数"),
                         ("https://xxgk.example.gov.cn/#top", "不能带查询参数"),
                         ("ftp://xxgk.example.gov.cn", "https://"), ("", "此项为必填项")):
        r = post(admin, p, "/admin/settings", dict(values, site_url=bad), token_from="/admin/settings")
        assert r.status_code == 200 and message in r.text, bad
        assert re.search(r'id="s-site_url"[^>]*value="' + re.escape(bad) + '"', r.text)
    r = post(admin, p, "/admin/settings", dict(values, site_url="https://www.ningguo.gov.cn/xxgk/"),
             token_from="/admin/settings")
    assert r.status_code == 303
    assert "Sitemap: https://www.ningguo.gov.cn/xxgk/sitemap.xml" in p.get("/robots.txt", headers=forged).text
    p.execute("content", "DELETE FROM settings WHERE key = 'site_url'")
    assert p.get("/sitemap.xml", headers=forged).status_code == 404
    assert "Sitemap" not in p.get("/robots.txt", headers=forged).text


def test_every_page_links_an_html_site_map_of_the_agencies_and_their_columns(portal):
    """15.29: 网站地图 in the footer led to sitemap.xml, a file for crawlers; it is
    now a page listing the platform's pages and every agency's column pages."""
    import re
    for path in ("/", "/mzj/", "/mzj/catalogue", "/apply", "/no-such-page"):
        assert f'<a href="/sitemap">网站地图</a>' in portal.get(path).text, path
    r = portal.get("/sitemap")
    assert r.status_code == 200 and "<title>网站地图" in r.text
    agencies = portal.query("content", "SELECT code, name FROM agencies WHERE parent_id IS NULL "
                            "AND code IS NOT NULL")
    assert len(agencies) >= 6
    for code, name in agencies:
        assert f'<a href="/{code}/">{name}</a>' in r.text
        for rest, label in (("disclosure-guide", "政府信息公开指南"), ("rules", "政府信息公开制度"),
                            ("statutory", "法定主动公开内容"), ("reports", "政府信息公开年报"),
                            ("contacts", "联系方式")):
            assert f'<a href="/{code}/{rest}">{label}</a>' in r.text, (code, rest)
    for level in ("本级政府", "部门", "乡镇（街道）"):
        assert f">{level}</h2>" in r.text
    assert re.search(r'<a href="/apply">依申请公开</a>', r.text)


def test_the_apply_form_is_checked_once_by_the_server_and_its_title_counts_the_errors(portal):
    """15.30: the browser's own bubbles (from required) came first and the server's
    Chinese messages second; a form that came back with errors had the same title
    as a fresh one; the citizen and organisation sections were both always shown."""
    import re
    from test_apply_form import ORG, submit
    fresh = portal.get("/apply").text
    form_tag = re.search(r'<form class="apply-form"[^>]*>', fresh).group(0)
    assert "novalidate" in form_tag
    # The attributes stay for assistive technology: the chosen type's fields are required.
    for name in ("person_name", "id_number", "org_name", "uscc", "phone", "address"):
        assert re.search(r'<input [^>]*id="%s"[^>]* required' % name, fresh), name
    assert "<title>依申请公开 - " in fresh
    assert "三、申请人信息：公民填写" in fresh and "三、申请人信息：法人或其他组织填写" in fresh
    _, r = submit(portal, dict(ORG, uscc="", legal_rep="", org_category=""))
    assert r.status_code == 200
    assert "<title>（有 3 处需要修改）依申请公开 - " in r.text
    css = portal.get("/static/site.css").text
    assert ".apply-form:has(#applicant_type-org:checked) .person-section" in css


def test_the_link_audit_sees_mailto_links_and_addresses_outside_markdown(portal):
    """15.12: /admin/links read Markdown fields and settings only, so an agency's
    e-mail (a mailto: link on its contacts page) and an address typed into a
    guide's 办理地点, a material's note, a step, a unit's 办公时间 or the
    application office went unseen, though the public pages show them."""
    import html
    import re
    from test_admin_content import link_row
    (guide_id,), = portal.query("content", "SELECT g.id FROM guides g JOIN agencies a ON a.id = g.owner_id "
                                "WHERE a.code = 'mzj' AND g.status = 'published' ORDER BY g.id LIMIT 1")
    (unit_id,), = portal.query("content", "SELECT id FROM agencies WHERE parent_id = 1 ORDER BY id LIMIT 1")
    changes = [
        "UPDATE agencies SET email = 'service@bet-win.example' WHERE id = 1",
        f"UPDATE agencies SET office_hours = '预约请访问 www.yuyue-spam.example' WHERE id = {unit_id}",
        f"UPDATE guides SET location = '网上办理：https://casino-hall.example/apply' WHERE id = {guide_id}",
        f"UPDATE guide_materials SET notes = '样表见 http://forms.example.com/a.doc' WHERE guide_id = {guide_id}",
        f"UPDATE guide_steps SET description = '登录 https://zwfw.ah.gov.cn/ 办理' WHERE guide_id = {guide_id}",
        "INSERT OR REPLACE INTO agency_settings (agency_id, key, value) "
        "VALUES (1, 'applications_address', '宁国市民政局（网上：http://apply-here.example/）')",
        "UPDATE content_version SET version = version + 1",
    ]
    for sql in changes:
        portal.execute("content", sql)
    contacts = portal.get("/mzj/contacts").text
    assert 'href="mailto:service@bet-win.example"' in contacts and "www.yuyue-spam.example" in contacts
    assert "https://casino-hall.example/apply" in portal.get(f"/mzj/guides/{guide_id}").text
    name = f"links{next(_names)}"
    editor = login(portal, name, make_staff(portal, name, "editor@mzj"))
    page = html.unescape(editor.get(portal.url("/admin/links")).text)
    expected = {
        "mailto:service@bet-win.example": ("bet-win.example", "/mzj/contacts", True),
        "http://www.yuyue-spam.example": ("www.yuyue-spam.example", "/mzj/contacts", True),
        "https://casino-hall.example/apply": ("casino-hall.example", f"/mzj/guides/{guide_id}", True),
        "http://forms.example.com/a.doc": ("forms.example.com", f"/mzj/guides/{guide_id}", True),
        "https://zwfw.ah.gov.cn/": ("zwfw.ah.gov.cn", f"/mzj/guides/{guide_id}", False),
        "http://apply-here.example/": ("apply-here.example", "/apply?agency=mzj", True),
    }
    for url, (host, public, flagged) in expected.items():
        row = link_row(page, f"<code>{url}</code>")
        assert row, url
        assert f"<td class=\"link-host\">{host}</td>" in row and f'href="{public}"' in row, row
        assert ("非政府网站" in row) == flagged, row
    assert re.search(r"机构与联系方式：[^<]*<br>", link_row(page, "mailto:service@bet-win.example"))
