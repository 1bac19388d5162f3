"""Attachments (/files/{id}/{name}) and the accessibility switch (/prefs).
Files: the stored type, exact length, a UTF-8 download name, an ETag and
304, and nothing of unpublished content. Prefs: the a11y cookie, and a
redirect that never leaves the site."""

import hashlib
import html
import re
from urllib.parse import quote

import pytest
import requests

from http_util import assert_tidy_clean


def attachment(portal, att_id):
    return portal.query("content", "SELECT filename, mime, size, sha256 FROM attachments WHERE id = ?", (att_id,))[0]


def file_path(att_id, filename):
    return f"/files/{att_id}/{quote(filename)}"


# ------------------------------------------------------------------ files

@pytest.mark.parametrize("att_id", [1, 2, 3, 6])
def test_attachment_is_served_with_stored_type_length_and_bytes(portal, att_id):
    filename, mime, size, sha256 = attachment(portal, att_id)
    r = portal.get(file_path(att_id, filename))
    assert r.status_code == 200
    assert r.headers["Content-Type"] == mime
    assert int(r.headers["Content-Length"]) == size == len(r.content)
    assert hashlib.sha256(r.content).hexdigest() == sha256
    assert r.headers["X-Content-Type-Options"] == "nosniff"


def test_attachment_download_name_is_utf8_percent_encoded(portal):
    filename = attachment(portal, 1)[0]
    r = portal.get(file_path(1, filename))
    disposition = r.headers["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert f"filename*=UTF-8''{quote(filename, safe='')}" in disposition
    assert all(ord(c) < 128 for c in disposition)


def test_attachment_etag_comes_from_its_hash_and_answers_304(portal):
    filename, _, _, sha256 = attachment(portal, 1)
    path = file_path(1, filename)
    etag = portal.get(path).headers["ETag"]
    assert etag == f'"{sha256[:16]}"'
    again = portal.get(path, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    listed = portal.get(path, headers={"If-None-Match": f'"0000000000000000", {etag}'})
    assert listed.status_code == 304
    other = portal.get(path, headers={"If-None-Match": '"0000000000000000"'})
    assert other.status_code == 200 and len(other.content) == attachment(portal, 1)[2]


def test_head_of_an_attachment_gives_headers_without_body(portal):
    filename, _, size, _ = attachment(portal, 1)
    r = requests.head(portal.url(file_path(1, filename)), timeout=10)
    assert r.status_code == 200 and int(r.headers["Content-Length"]) == size and r.content == b""


@pytest.mark.parametrize("path", ["/files/1/wrong-name.pdf", "/files/999/x.pdf", "/files/0/x.pdf",
                                  "/files/abc/x.pdf", "/files/1"])
def test_unknown_attachment_or_wrong_name_is_not_found(portal, path):
    r = portal.get(path)
    assert r.status_code == 404
    assert "页面不存在" in r.text


def test_attachment_name_must_match_exactly(portal):
    filename = attachment(portal, 1)[0]
    assert portal.get(file_path(1, filename.upper() + "x")).status_code == 404
    assert portal.get(file_path(2, filename)).status_code == 404   # another file's name


def test_attachment_of_unpublished_owner_is_not_served(fresh_portal):
    p = fresh_portal()
    entry_file, guide_file = attachment(p, 1)[0], attachment(p, 6)[0]
    assert p.get(file_path(1, entry_file)).status_code == 200
    p.execute("content", "UPDATE entries SET status = 'draft' WHERE id = 44")
    p.execute("content", "UPDATE guides SET status = 'review' WHERE id = 1")
    assert p.get(file_path(1, entry_file)).status_code == 404
    assert p.get(file_path(6, guide_file)).status_code == 404
    assert p.get(file_path(2, attachment(p, 2)[0])).status_code == 200   # other owners unaffected


# ------------------------------------------------------------------ prefs

def set_cookie_of(r):
    return r.headers.get("Set-Cookie", "")


def test_large_text_switch_sets_cookie_for_a_year_and_goes_back(portal):
    r = portal.get("/prefs?toggle=large&back=/mzj/guides/1")
    assert r.status_code == 303
    assert r.headers["Location"] == "/mzj/guides/1"
    cookie = set_cookie_of(r)
    assert cookie.startswith("a11y=large;")
    for part in ("Path=/", "SameSite=Lax", "Max-Age=31536000"):
        assert part in cookie


def test_switches_combine_and_toggle_off(portal):
    both = portal.get("/prefs?toggle=contrast&back=/", cookies={"a11y": "large"})
    assert set_cookie_of(both).startswith("a11y=large,contrast;")
    off = portal.get("/prefs?toggle=large&back=/", cookies={"a11y": "large,contrast"})
    assert set_cookie_of(off).startswith("a11y=contrast;")
    last_off = portal.get("/prefs?toggle=contrast&back=/", cookies={"a11y": "contrast"})
    assert "Max-Age=0" in set_cookie_of(last_off)


def test_reset_deletes_the_cookie(portal):
    r = portal.get("/prefs?toggle=reset&back=/mzj/contacts", cookies={"a11y": "large,contrast"})
    assert r.status_code == 303 and r.headers["Location"] == "/mzj/contacts"
    cookie = set_cookie_of(r)
    assert cookie.startswith("a11y=;") and "Max-Age=0" in cookie and "Path=/" in cookie


def test_pages_carry_the_chosen_body_classes(portal):
    s = portal.session()
    s.get(portal.url("/prefs?toggle=large&back=/catalogue"), timeout=10)
    r = s.get(portal.url("/prefs?toggle=contrast&back=/catalogue"), timeout=10)
    assert r.url == portal.url("/catalogue")
    assert '<body class="pref-large pref-contrast">' in r.text
    r = s.get(portal.url("/prefs?toggle=reset&back=/catalogue"), timeout=10)
    assert '<body class="">' in r.text


@pytest.mark.parametrize("back", ["//evil.example", "https://evil.example", "http://evil.example/x",
                                  "/\\evil.example", "\\\\evil.example", "evil.example", "javascript:alert(1)", ""])
def test_switch_never_redirects_off_site(portal, back):
    r = portal.get("/prefs", params={"toggle": "large", "back": back})
    assert r.status_code == 303
    assert r.headers["Location"] == "/"


def test_switch_keeps_query_of_a_local_back_path(portal):
    r = portal.get("/prefs", params={"toggle": "large", "back": "/catalogue?topic=2&year=2024"})
    assert r.headers["Location"] == "/catalogue?topic=2&year=2024"


@pytest.mark.parametrize("query", ["", "toggle=huge", "toggle="])
def test_unknown_switch_is_a_bad_request(portal, query):
    r = portal.get("/prefs?" + query)
    assert r.status_code == 400
    assert "未知的显示设置" in r.text
    assert "Set-Cookie" not in r.headers or "a11y" not in r.headers["Set-Cookie"]


def test_layout_switch_link_brings_the_person_back_to_the_same_page(portal):
    for path in ["/mzj/guides/1", "/catalogue?topic=2&year=2024", "/mzj/catalogue?art20=7"]:
        r = portal.get(path)
        form = re.search(r'<form class="a11y-bar" action="/prefs" method="get"[^>]*>(.*?)</form>', r.text, re.S)
        assert form and 'name="toggle" value="large"' in form.group(1), "the layout shows the 大字版 switch"
        back_value = html.unescape(re.search(r'name="back" value="([^"]*)"', form.group(1)).group(1))
        back = portal.get("/prefs", params={"back": back_value, "toggle": "large"})   # as the browser submits it
        assert back.status_code == 303 and back.headers["Location"] == path
        assert_tidy_clean(r.content)
