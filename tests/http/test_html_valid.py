"""Every public page type is valid HTML as tidy sees it
(`tidy -errors -q -utf8` prints no errors), like cgit's tests."""

import os
import subprocess

import pytest

OUTPUT = os.path.join(os.path.dirname(__file__), "..", "output")

PAGES = [
    ("home", "/", 200),
    ("catalogue", "/catalogue", 200),
    ("catalogue_filtered", "/catalogue?agency=rsj&art20=6", 200),
    ("agency_home", "/mzj/", 200),
    ("town_home", "/gkz/", 200),
    ("disclosure_guide", "/mzj/disclosure-guide", 200),
    ("rules", "/mzj/rules", 200),
    ("statutory", "/mzj/statutory", 200),
    ("agency_catalogue", "/mzj/catalogue?art20=1", 200),
    ("entry", "/mzj/catalogue/44", 200),
    ("guides", "/guides", 200),
    ("agency_guides", "/mzj/guides", 200),
    ("guide", "/mzj/guides/1", 200),
    ("contacts", "/mzj/contacts", 200),
    ("functions", "/mzj/functions", 200),
    ("reports", "/mzj/reports", 200),
    ("report", "/mzj/reports/2012", 200),
    ("news", "/mzj/news", 200),
    ("news_item", "/mzj/news/2", 200),
    ("search_results", "/search?q=婚姻登记", 200),
    ("search_agency", "/search?q=预算&agency=czj", 200),
    ("search_short", "/search?q=婚", 200),
    ("search_empty", "/search", 200),
    ("search_nothing_found", "/search?q=量子计算机", 200),
    ("search_too_long", "/search?q=" + "长" * 101, 200),
    ("site_map", "/sitemap", 200),
    ("policies", "/policies", 200),
    ("agency_policies", "/mzj/policies?validity=bogus", 200),
    ("powers", "/mzj/powers", 200),
    ("clarifications", "/mzj/clarifications", 200),
    ("interpretation", "/mzj/catalogue/901", 200),
    ("guide_flowchart", "/mzj/guides/10", 200),
    ("not_found", "/no-such-page", 404),
    ("unknown_agency", "/nosuch/catalogue", 404),
]

# /{code}/reports... are built by another change; until it is merged a 404 here is expected.
OTHER_ENGINEERS_PAGES = {"reports", "report"}


def tidy_errors(html_bytes, name):
    os.makedirs(OUTPUT, exist_ok=True)
    path = os.path.join(OUTPUT, f"tidy-{name}.html")
    with open(path, "wb") as f:
        f.write(html_bytes)
    run = subprocess.run(["tidy", "-errors", "-q", "-utf8", path], capture_output=True, text=True)
    errors = [line for line in run.stderr.splitlines() if " - Error: " in line]
    return run.returncode, errors


@pytest.mark.parametrize("name,path,status", PAGES, ids=[p[0] for p in PAGES])
def test_page_has_no_tidy_errors(portal, name, path, status):
    r = portal.get(path)
    if r.status_code == 404 and status == 200 and name in OTHER_ENGINEERS_PAGES:
        pytest.xfail(f"{path} is not routed yet (another engineer's page)")
    assert r.status_code == status
    assert r.headers["Content-Type"] == "text/html; charset=utf-8"
    code, errors = tidy_errors(r.content, name)
    assert errors == [] and code < 2, errors
