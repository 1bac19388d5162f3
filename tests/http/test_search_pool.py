"""Searches in a worker pool of their own and the per-client search limit
(issue 11): /search goes to portal.fcgi workers of their own that run at a
lower CPU priority, so that a stalled or busy search pool leaves every other
page answering; past the limit a client gets 429 with Retry-After and a page
that keeps its query, while other clients and the other pages go on."""

import concurrent.futures
import html
import os
import re
import signal
import time
from urllib.parse import quote

import pytest
import requests
from harness import Portal
from test_html_valid import tidy_errors

# A second client, seen by lighttpd through the trusted-proxy path.
LIMITED = {"X-Forwarded-For": "203.0.113.10"}
OTHER = {"X-Forwarded-For": "203.0.113.11"}


SCHED_IDLE = 5


def priority_of(pid):
    """(nice value, scheduling policy) of a process, from /proc/PID/stat."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[16]), int(fields[38])


def wait_for_search_pool(portal):
    """lighttpd spawns the pools as it starts; wait until the search pool is up."""
    deadline = time.time() + 10
    while time.time() < deadline:
        pids = portal.search_pool_pids()
        if len(pids) == 2:
            return pids
        time.sleep(0.05)
    raise AssertionError(f"search pool workers: {portal.search_pool_pids()}")


def distinct_query(n):
    """A different query each time, so the render cache never answers it."""
    return "/search?q=" + quote(f"婚姻登记 {n}")


def test_searches_have_their_own_workers_at_a_lower_priority(portal):
    deadline = time.time() + 5          # workers just spawned may not have run their main yet
    while True:
        search_workers = wait_for_search_pool(portal)
        others = [pid for pid in portal.pids("portal.fcgi") if pid not in search_workers]
        seen = ([priority_of(pid) for pid in search_workers], [priority_of(pid) for pid in others])
        if seen == ([(19, SCHED_IDLE)] * 2, [(0, 0)] * 2) or time.time() > deadline:
            break
        time.sleep(0.05)
    assert seen == ([(19, SCHED_IDLE)] * 2, [(0, 0)] * 2)


def test_the_search_pools_priority_may_be_a_nice_value_instead(fresh_portal):
    p = fresh_portal(PORTAL_SEARCH_PRIORITY=10)
    deadline = time.time() + 5
    while [priority_of(pid) for pid in wait_for_search_pool(p)] != [(10, 0)] * 2 and time.time() < deadline:
        time.sleep(0.05)
    assert [priority_of(pid) for pid in p.search_pool_pids()] == [(10, 0)] * 2


def test_a_stalled_search_pool_leaves_the_other_pages_answering(fresh_portal):
    p = fresh_portal()
    stopped = wait_for_search_pool(p)
    for pid in stopped:
        os.kill(pid, signal.SIGSTOP)
    try:
        with pytest.raises(requests.Timeout):
            p.get("/search?q=" + quote("婚姻登记"), timeout=1.5)
        for path in ("/", "/catalogue", "/mzj/", "/guides"):
            assert p.get(path, timeout=2).status_code == 200, path
    finally:
        for pid in stopped:
            os.kill(pid, signal.SIGCONT)
    r = p.get("/search?q=" + quote("婚姻登记"))
    assert r.status_code == 200 and "婚姻登记" in r.text


def test_past_the_limit_a_client_gets_429_with_its_query_kept_and_can_search_again(fresh_portal):
    p = fresh_portal(PORTAL_TRUSTED_PROXY="127.0.0.1", PORTAL_SEARCH_RATE=20, PORTAL_SEARCH_BURST=3)
    for n in range(3):
        assert p.get(distinct_query(n), headers=LIMITED).status_code == 200
    r = p.get("/search?q=" + quote("结婚登记需要什么材料") + "&agency=mzj", headers=LIMITED)
    assert r.status_code == 429
    wait = int(r.headers["Retry-After"])
    assert 1 <= wait <= 3
    assert r.headers["Cache-Control"] == "no-store" and r.headers["Content-Type"].startswith("text/html")
    text = html.unescape(re.sub(r"<[^>]+>", "", r.text))
    assert "请稍后再搜索" in text and f"请等待 {wait} 秒" in text and "每分钟最多搜索 20 次" in text
    assert 'id="search-q" name="q" type="search" maxlength="100" value="结婚登记需要什么材料"' in r.text
    assert '<input type="hidden" name="agency" value="mzj">' in r.text
    assert "Content-Security-Policy" in r.headers
    code, errors = tidy_errors(r.content, "search_busy")
    assert errors == [] and code < 2, errors
    # Another client searches on; the limited one still reads every other page.
    assert p.get(distinct_query(10), headers=OTHER).status_code == 200
    for _ in range(30):
        assert p.get("/", headers=LIMITED).status_code == 200
    assert p.get("/catalogue", headers=LIMITED).status_code == 200
    time.sleep(wait)
    assert p.get(distinct_query(4), headers=LIMITED).status_code == 200


def test_the_limit_holds_across_the_search_workers(fresh_portal):
    # Ten searches at once reach both workers of the pool; the table is shared,
    # so the client gets its burst of three and no more.
    p = fresh_portal(PORTAL_TRUSTED_PROXY="127.0.0.1", PORTAL_SEARCH_RATE=6, PORTAL_SEARCH_BURST=3)
    wait_for_search_pool(p)
    with concurrent.futures.ThreadPoolExecutor(max_workers=10) as pool:
        codes = list(pool.map(lambda n: p.get(distinct_query(n), headers=LIMITED).status_code, range(10)))
    assert sorted(codes) == [200] * 3 + [429] * 7
    assert p.get(distinct_query(20), headers=OTHER).status_code == 200


def test_an_empty_search_form_is_not_counted(fresh_portal):
    p = fresh_portal(PORTAL_TRUSTED_PROXY="127.0.0.1", PORTAL_SEARCH_RATE=6, PORTAL_SEARCH_BURST=1)
    for _ in range(5):
        assert p.get("/search", headers=LIMITED).status_code == 200
    assert p.get(distinct_query(1), headers=LIMITED).status_code == 200
    assert p.get(distinct_query(2), headers=LIMITED).status_code == 429


class UnsplitPortal(Portal):
    """A portal whose front end does not split searches off: lighttpd's config
    without the /search entry, so the general pool gets them."""

    def write_config(self):
        path = super().write_config()
        with open(path) as f:
            conf = f.read()
        unsplit = re.sub(r'\n        "/search" => \(\(\n.*?\n        \)\),', "", conf, flags=re.S)
        assert unsplit != conf and "search.sock" not in unsplit
        with open(path, "w") as f:
            f.write(unsplit)
        return path


def test_without_a_search_pool_the_general_pool_answers_searches_and_their_limit():
    p = UnsplitPortal(env_overrides={"PORTAL_TRUSTED_PROXY": "127.0.0.1", "PORTAL_SEARCH_RATE": "6",
                                     "PORTAL_SEARCH_BURST": "1"})
    try:
        r = p.get("/search?q=" + quote("婚姻登记"), headers=LIMITED)
        assert r.status_code == 200 and 'class="search-result' in r.text
        assert p.get(distinct_query(1), headers=LIMITED).status_code == 429
        assert p.search_pool_pids() == [] and len(p.pids("portal.fcgi")) == 2
    finally:
        p.close()
