"""HTTP caching of portal.fcgi (cgi-bin/public/cache.c): ETag and
Last-Modified tied to the content version, 304 for If-None-Match, Vary and
Cache-Control, and the in-process render cache that never serves stale
content after content.db changes."""

import re
from email.utils import parsedate_to_datetime

import pytest

PAGES = ["/", "/mzj/", "/mzj/news", "/mzj/news/1", "/mzj/statutory", "/mzj/disclosure-guide", "/mzj/catalogue",
         "/mzj/catalogue/44", "/mzj/reports", "/mzj/reports/2012", "/catalogue?agency=rsj&art20=6", "/guides?agency=gkz", "/search?q=婚姻&agency=mzj",
         "/feed.atom", "/sitemap.xml", "/mzj/feed.atom", "/mzj/sitemap.xml", "/robots.txt"]


@pytest.mark.parametrize("path", PAGES)
def test_successful_pages_carry_validators_and_revalidate(portal, path):
    r = portal.get(path)
    assert r.status_code == 200
    assert re.fullmatch(r'"[0-9a-f]+-[0-9a-f]{16}"', r.headers["ETag"])
    assert parsedate_to_datetime(r.headers["Last-Modified"]).year >= 2024
    assert r.headers["Vary"] == "Cookie"
    assert r.headers["Cache-Control"] == "no-cache"


def test_last_modified_is_when_the_content_last_changed(portal):
    (changed_at,) = portal.query("content", "SELECT changed_at FROM content_version")[0]
    lm = parsedate_to_datetime(portal.get("/mzj/news").headers["Last-Modified"])
    assert lm.strftime("%Y-%m-%dT%H:%M:%SZ") == changed_at


@pytest.mark.parametrize("path", ["/mzj/news", "/mzj/statutory", "/mzj/reports/2012", "/feed.atom"])
def test_matching_if_none_match_answers_304_without_body(portal, path):
    etag = portal.get(path).headers["ETag"]
    for header in [etag, "W/" + etag, f'"nope", {etag}', f'W/"a",W/{etag} ', "*"]:
        r = portal.get(path, headers={"If-None-Match": header})
        assert r.status_code == 304, header
        assert r.content == b""
        assert r.headers["ETag"] == etag
    assert portal.get(path, headers={"If-None-Match": '"other"'}).status_code == 200
    assert portal.get(path, headers={"If-None-Match": etag[:-2] + '"'}).status_code == 200


def test_head_has_no_body_and_the_same_validators(portal):
    get = portal.get("/mzj/catalogue/44")
    head = portal.session().head(portal.url("/mzj/catalogue/44"), timeout=10)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["ETag"] == get.headers["ETag"]
    assert head.headers["Last-Modified"] == get.headers["Last-Modified"]


def test_a11y_cookie_changes_the_page_and_its_etag(portal):
    plain = portal.get("/mzj/news")
    large = portal.get("/mzj/news", cookies={"a11y": "large"})
    assert 'class="pref-large"' in large.text and 'class="pref-large"' not in plain.text
    assert plain.headers["ETag"] != large.headers["ETag"]
    # A validator of one variant never confirms the other.
    r = portal.get("/mzj/news", cookies={"a11y": "large"}, headers={"If-None-Match": plain.headers["ETag"]})
    assert r.status_code == 200 and 'class="pref-large"' in r.text


def test_errors_and_health_check_carry_no_validators(portal):
    missing = portal.get("/mzj/news/999")
    assert missing.status_code == 404 and "ETag" not in missing.headers
    unknown = portal.get("/nosuch/")
    assert unknown.status_code == 404 and "ETag" not in unknown.headers
    for moved in ["/catalogue/4", "/news", "/rsj/catalogue/44", "/mzj"]:
        r = portal.get(moved)
        assert r.status_code == 301 and "ETag" not in r.headers and "X-Render-Cache" not in r.headers, moved
    health = portal.get("/healthz")
    assert "ETag" not in health.headers and "X-Render-Cache" not in health.headers


def test_render_cache_serves_repeat_requests_with_sorted_query(fresh_portal):
    p = fresh_portal(PORTAL_PROCS=1)
    first = p.get("/search?q=婚姻&kind=guide")
    again = p.get("/search?kind=guide&q=婚姻")
    assert first.headers["X-Render-Cache"] == "miss"
    assert again.headers["X-Render-Cache"] == "hit"
    assert again.text == first.text and again.headers["ETag"] == first.headers["ETag"]
    cached_304 = p.get("/search?q=婚姻&kind=guide", headers={"If-None-Match": first.headers["ETag"]})
    assert cached_304.status_code == 304 and cached_304.headers["X-Render-Cache"] == "hit"
    assert p.get("/search?q=婚姻&kind=news").headers["X-Render-Cache"] == "miss"
    assert p.get("/search?q=婚姻&kind=guide", cookies={"a11y": "large"}).headers["X-Render-Cache"] == "miss"
    # An agency's column is cached like the platform's pages, per agency.
    assert p.get("/mzj/catalogue?topic=2&year=2024").headers["X-Render-Cache"] == "miss"
    assert p.get("/mzj/catalogue?year=2024&topic=2").headers["X-Render-Cache"] == "hit"
    assert p.get("/rsj/catalogue?year=2024&topic=2").headers["X-Render-Cache"] == "miss"


def test_content_change_shows_at_once_with_a_new_etag(fresh_portal):
    p = fresh_portal(PORTAL_PROCS=1)
    before = p.get("/mzj/news/1")
    assert p.get("/mzj/news/1").headers["X-Render-Cache"] == "hit"
    p.execute("content", "UPDATE news SET title = '标题已更新：春节走访慰问' WHERE id = 1")
    after = p.get("/mzj/news/1", headers={"If-None-Match": before.headers["ETag"]})
    assert after.status_code == 200
    assert "标题已更新：春节走访慰问" in after.text
    assert after.headers["ETag"] != before.headers["ETag"]
    assert after.headers["X-Render-Cache"] == "miss"
    # The list page was cached too and is dropped with everything else.
    assert "标题已更新：春节走访慰问" in p.get("/mzj/news").text


def test_entry_title_change_shows_on_the_entry_and_home_page(fresh_portal):
    p = fresh_portal()
    pages = ["/", "/mzj/", "/mzj/catalogue/50", "/catalogue"]
    etags = {path: p.get(path).headers.get("ETag") for path in pages}
    for path in pages:
        p.get(path)   # warm both workers' caches
    p.execute("content", "UPDATE entries SET title = '更新后的公告标题（测试）' WHERE id = 50")
    for path in pages:
        r = p.get(path)
        assert "更新后的公告标题（测试）" in r.text, path
        assert r.headers["ETag"] != etags[path]


def test_files_are_not_kept_in_the_render_cache(portal):
    (att_id, filename) = portal.query("content", "SELECT id, filename FROM attachments WHERE id = 1")[0]
    from urllib.parse import quote
    r = portal.get(f"/files/{att_id}/{quote(filename)}")
    assert r.status_code == 200
    assert "X-Render-Cache" not in r.headers
    assert "ETag" in r.headers
