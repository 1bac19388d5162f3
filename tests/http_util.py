"""Helpers shared by the HTTP tests: HTML validation with tidy, as cgit's
tests do (`tidy -errors -q -utf8`)."""

import os
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
