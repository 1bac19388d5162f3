"""Fixtures shared by the HTTP and browser tests: a portal with the demo
data for the whole session, and fresh portals for tests that change state."""

import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Portal  # noqa: E402


@pytest.fixture(scope="session")
def portal():
    """One portal with the demo data, shared by tests that do not change global state."""
    p = Portal()
    yield p
    p.close()


@pytest.fixture
def fresh_portal():
    """A portal of its own, for tests that change limits or data."""
    made = []

    def make(**env):
        p = Portal(env_overrides={k: str(v) for k, v in env.items()})
        made.append(p)
        return p
    yield make
    for p in made:
        p.close()
