"""Helpers of the search tests that judge /search from outside, as a visitor
sees it: fetch a results page (waiting out a per-client rate limit instead of
failing on it), read the result links in order, and find error lines that a
failed query leaves in the logs."""

import html
import re
import time
from urllib.parse import quote, urlsplit

# The link of each result and its text: inside the result's title (class "search-title"), in page order.
RESULT_LINK = re.compile(r'class="search-title"[^>]*>\s*<a\b[^>]*?\bhref="([^"]+)"[^>]*>(.*?)</a>', re.S)
# Lines a failed query leaves in lighttpd's error log or the handlers' log: SQLite and FTS5 errors whatever the
# words around them, an error of the database helpers (db_prepare, db_exec ...), a handler that died.
LOG_ERROR = re.compile(r"fts5|syntax error|SQL logic|sqlite3?_|no such (?:column|table|function)|malformed MATCH|"
                       r"unterminated string|unrecognized token|database (?:is locked|disk image)|\berror \S+ db_|"
                       r"child signalled|process died", re.I)
LONGEST_WAIT = 30.0


def search_url(q, **params):
    return "/search?q=" + quote(q, safe="") + "".join(f"&{k}={quote(str(v), safe='')}" for k, v in params.items())


def get_patiently(portal, path):
    """GET PATH; on 429 (a search rate limit) waits as Retry-After says (at most 30 s in all) and asks again."""
    waited = 0.0
    while True:
        r = portal.get(path)
        if r.status_code != 429 or waited >= LONGEST_WAIT:
            return r
        try:
            pause = float(r.headers.get("Retry-After", "1"))
        except ValueError:
            pause = 1.0
        pause = min(max(pause, 0.5), LONGEST_WAIT - waited)
        time.sleep(pause)
        waited += pause


def results(portal, page_html):
    """(URL path, title) of the results shown, in order; the path without the mount point, query or fragment."""
    found = []
    for href, title in RESULT_LINK.findall(page_html):
        path = urlsplit(html.unescape(href)).path
        if portal.prefix and path.startswith(portal.prefix + "/"):
            path = path[len(portal.prefix):]
        if path not in [p for p, _ in found]:
            found.append((path, html.unescape(re.sub(r"<[^>]+>", "", title)).strip()))
    return found


def log_marks(portal):
    """Where the error log and the handlers' log end now (for log_errors_since)."""
    return len(portal.error_log()), len(portal.handler_log())


def log_errors_since(portal, marks):
    """Lines written to either log after MARKS that name an SQL or FTS error or a handler that died."""
    new = portal.error_log()[marks[0]:] + "\n" + portal.handler_log()[marks[1]:]
    return [line for line in new.splitlines() if LOG_ERROR.search(line)]
