"""Helpers shared by the HTTP tests: HTML validation with tidy, as cgit's
tests do (`tidy -errors -q -utf8`), and reading back a staff form (a guide, an agency)."""

import html
import os
import re
import subprocess
import tempfile


def run_tidy(body):
    """Runs tidy over BODY (str or bytes); returns (exit status, error lines, stderr).
    Exit status 2 means errors, 1 warnings only."""
    with tempfile.NamedTemporaryFile("wb", suffix=".html", delete=False) as f:
        f.write(body.encode() if isinstance(body, str) else body)
    try:
        run = subprocess.run(["tidy", "-errors", "-q", "-utf8", f.name], capture_output=True, text=True)
    finally:
        os.unlink(f.name)
    errors = [line for line in run.stderr.splitlines() if "Error:" in line]
    return run.returncode, errors, run.stderr


def tidy_errors(body):
    """The lines of tidy's report that are errors (warnings left out)."""
    return run_tidy(body)[1]


def assert_tidy_clean(body):
    """tidy -errors must report no errors (exit status 2 means errors)."""
    status, errors, report = run_tidy(body)
    assert status < 2 and not errors, report


def guide_values(session, cp, guide_id):
    """The values of guide GUIDE_ID's edit form as SESSION sees it on portal CP, to post back changed."""
    html = session.get(cp.url(f"/admin/guides/{guide_id}")).text
    values = dict(re.findall(r'<input id="g-[^"]+" name="([^"]+)" type="text" maxlength="\d+" value="([^"]*)"', html))
    for name in ("legal_basis_md", "conditions_md", "faq_md"):
        m = re.search(rf'name="{name}" rows="6">(.*?)</textarea>', html, re.S)
        values[name] = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace(
            "&#39;", "'").replace("&amp;", "&")
    for name in ("type_id", "theme_id", "agency_id"):
        m = re.search(rf'name="{name}">.*?<option value="(\d+)" selected', html, re.S)
        values[name] = m.group(1)
    return values


def agency_form(page, row_id):
    """Name -> value of the inputs, selects and textareas of agency ROW_ID's edit form, as a browser sends them."""
    form = re.search(rf'<form[^>]*action="/admin/agencies/{row_id}"[^>]*>(.*?)</form>', page, re.S)
    body = form.group(1)
    fields = {}
    for tag in re.findall(r"<input\b[^>]*>", body):
        name, value = re.search(r'\bname="([^"]*)"', tag), re.search(r'\bvalue="([^"]*)"', tag)
        if name and 'type="submit"' not in tag:
            fields[name.group(1)] = html.unescape(value.group(1) if value else "")
    for name, text in re.findall(r'<textarea[^>]*name="([^"]*)"[^>]*>(.*?)</textarea>', body, re.S):
        fields[name] = html.unescape(text)
    for name, options in re.findall(r'<select\b[^>]*name="([^"]*)"[^>]*>(.*?)</select>', body, re.S):
        chosen = re.search(r'<option\b[^>]*value="([^"]*)"[^>]*\bselected\b', options)
        if chosen:
            fields[name] = html.unescape(chosen.group(1))
    fields.pop("csrf_token", None)
    return fields
