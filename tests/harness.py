"""Starts a real portal for tests: fresh SQLite files from the migrations and
the demo data (portalctl init), or copies of given database files, the real
handlers behind a real lighttpd on a free loopback port. Used by the HTTP and
browser suites."""

import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import tempfile
import time

import requests

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BUILD = os.path.join(ROOT, os.environ.get("BUILD", "build/release"))
HANDLERS = ("portal.fcgi", "apply.fcgi", "admin.fcgi")


def sanitizer_env(state):
    """Sanitizer settings for the handlers (used by the SANITIZE=1 build, harmless
    otherwise): the first error aborts the worker and leaves a report file in
    STATE that Portal.close turns into a test failure. Leak checks are off for
    workers because lighttpd ends them with a signal mid-life."""
    return {
        "ASAN_OPTIONS": f"abort_on_error=1:detect_leaks=0:log_path={state}/asan",
        "UBSAN_OPTIONS": f"halt_on_error=1:print_stacktrace=1:log_path={state}/ubsan",
    }


def connect(path, **kwargs):
    """An SQLite connection to a portal database that can also write content:
    the search index's tokenizer (portal_search.so, see words.h) is loaded, as
    the triggers that keep search_docs indexed need it."""
    con = sqlite3.connect(path, **kwargs)
    con.enable_load_extension(True)
    con.load_extension(os.path.join(BUILD, "portal_search"))
    con.enable_load_extension(False)
    return con


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Portal:
    """One running portal instance with its own state directory."""

    def __init__(self, env_overrides=None, demo=True, databases=None, first_login=False):
        """DATABASES: (content.db, private.db) paths of an existing install; copies
        of them are used as they are, without `portalctl init` (admin_password is
        then None). Migrate them first when they come from an older version.
        The one-time admin password `portalctl init` prints must be changed at the
        first login (every other staff page redirects to /admin/password until it
        is). Tests sign in with it as if that had been done: the flag is cleared
        here, unless FIRST_LOGIN keeps it (tests of the first login itself)."""
        self.state = tempfile.mkdtemp(prefix="portal-test-")
        self.port = free_port()
        # The mount point (PORTAL_BASE_PATH in ENV_OVERRIDES, e.g. "/xxgk") is part of
        # self.base, so tests written for the root run unchanged under a prefix.
        self.prefix = "/" + (env_overrides or {}).get("PORTAL_BASE_PATH", "").strip("/")
        self.prefix = "" if self.prefix == "/" else self.prefix
        self.origin = f"http://127.0.0.1:{self.port}"
        self.base = self.origin + self.prefix
        self.env = dict(os.environ)
        self.env.update({
            "PORTAL_CONTENT_DB": os.path.join(self.state, "content.db"),
            "PORTAL_PRIVATE_DB": os.path.join(self.state, "private.db"),
            "PORTAL_SECRET_FILE": os.path.join(self.state, "secret.key"),
            "PORTAL_SQL_DIR": os.path.join(ROOT, "sql"),
            "PORTAL_SEARCH_LOG": os.path.join(self.state, "log", "search-queries.log"),
            "PORTAL_SITE_URL": self.base,    # feeds and sitemaps say where the portal is
        })
        self.env.update(sanitizer_env(self.state))
        # Suites search far more often than a person does: the per-client search
        # limit stays out of their way unless a test sets one (test_search_pool.py).
        self.env.update({"PORTAL_SEARCH_RATE": "1000000", "PORTAL_SEARCH_BURST": "1000000"})
        self.env.update(env_overrides or {})
        self.content_db = self.env["PORTAL_CONTENT_DB"]
        self.private_db = self.env["PORTAL_PRIVATE_DB"]
        if databases:
            for src, dest in zip(databases, (self.content_db, self.private_db)):
                for suffix in ("", "-wal"):      # a WAL not yet checkpointed belongs to it
                    if suffix == "" or os.path.exists(src + suffix):
                        shutil.copyfile(src + suffix, dest + suffix)
            self.admin_password = None
        else:
            args = [os.path.join(BUILD, "portalctl"), "init"] + ([] if demo else ["--no-demo"])
            out = subprocess.run(args, env=self.env, check=True, capture_output=True, text=True).stdout
            m = re.search(r"user: admin\s+password: (\S+)", out)
            self.admin_password = m.group(1) if m else None
            if not first_login:
                self.execute("private", "UPDATE users SET must_change_password = 0 WHERE name = 'admin'")
        self.process = None
        self.start()

    def write_config(self):
        conf = subprocess.run(
            ["sh", os.path.join(ROOT, "conf", "write-config.sh"), ROOT, BUILD, self.state, str(self.port)],
            env=self.env, check=True, capture_output=True, text=True).stdout
        # Tests only: a session idle between two steps of a slow (sanitizer) run
        # must not have its keep-alive connection closed by lighttpd just as it
        # sends a POST (RemoteDisconnected, which requests does not retry).
        conf += "\nserver.max-keep-alive-idle = 60\n"
        path = os.path.join(self.state, "lighttpd.conf")
        with open(path, "w") as f:
            f.write(conf)
        return path

    def start(self):
        conf = self.write_config()
        # The handlers inherit lighttpd's stderr: what they log (log_event) goes to handler_log().
        with open(os.path.join(self.state, "log", "handlers.log"), "ab") as handler_log:
            self.process = subprocess.Popen(["lighttpd", "-D", "-f", conf], env=self.env,
                                            stdout=subprocess.DEVNULL, stderr=handler_log)
        deadline = time.time() + 15
        while time.time() < deadline:
            try:
                if requests.get(self.base + "/healthz", timeout=1).status_code == 200:
                    return
            except requests.ConnectionError:
                pass
            time.sleep(0.05)
        raise RuntimeError("portal did not start; see " + os.path.join(self.state, "log"))

    def stop(self, hard=False):
        if self.process and self.process.poll() is None:
            if hard:
                self.process.kill()
            else:
                self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None
        self.end_orphaned_handlers(wait=not hard)

    def end_orphaned_handlers(self, wait):
        """Handlers of this instance outliving lighttpd (after a hard stop) are ended
        by PID, so no worker keeps running on a deleted state directory."""
        deadline = time.time() + (3 if wait else 0)
        while time.time() < deadline and any(self.pids(p) for p in HANDLERS):
            time.sleep(0.05)
        for program in HANDLERS:
            for pid in self.pids(program):
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass

    def close(self):
        """Stops the portal; fails if a handler wrote a sanitizer report (kept for reading)."""
        self.stop()
        reports = self.sanitizer_reports()
        if reports:
            kept = tempfile.mkdtemp(prefix="portal-sanitizer-")
            texts = []
            for path in reports:
                shutil.copy(path, kept)
                with open(path, errors="replace") as f:
                    texts.append(f.read())
            shutil.rmtree(self.state, ignore_errors=True)
            text = "\n".join(texts)
            print(text)
            raise AssertionError(f"sanitizer reports from the handlers (copies in {kept}):\n{text}")
        shutil.rmtree(self.state, ignore_errors=True)

    def sanitizer_reports(self):
        """The ASan/UBSan report files the handlers and portalctl wrote, if any."""
        try:
            names = os.listdir(self.state)
        except FileNotFoundError:
            return []
        return sorted(os.path.join(self.state, n) for n in names if n.startswith(("asan.", "ubsan.")))

    def url(self, path):
        return self.base + path

    def get(self, path, **kw):
        kw.setdefault("allow_redirects", False)
        kw.setdefault("timeout", 10)
        return requests.get(self.base + path, **kw)

    def post(self, path, **kw):
        kw.setdefault("allow_redirects", False)
        kw.setdefault("timeout", 10)
        return requests.post(self.base + path, **kw)

    def session(self):
        s = requests.Session()
        return s

    def portalctl(self, *args):
        """Runs portalctl with this portal's environment; the CompletedProcess."""
        return subprocess.run([os.path.join(BUILD, "portalctl"), *args], env=self.env,
                              capture_output=True, text=True, timeout=120)

    def query(self, db, sql, params=()):
        """Reads a database as a test oracle (never through the handlers)."""
        path = self.content_db if db == "content" else self.private_db
        con = connect(path, timeout=10)
        try:
            return con.execute(sql, params).fetchall()
        finally:
            con.close()

    def execute(self, db, sql, params=()):
        path = self.content_db if db == "content" else self.private_db
        con = connect(path, timeout=10)
        try:
            con.execute(sql, params)
            con.commit()
        finally:
            con.close()

    def without_demo_applications(self):
        """Removes the demo's applications (sql/demo/private_demo.sql: the agencies' of
        2024-2025, two of 民政局's answered in 2026), for tests whose own rows must be
        all the applications there are. Their counters stay: numbers of this year start at 1."""
        self.execute("private", "DELETE FROM application_events")
        self.execute("private", "DELETE FROM applications")

    def error_log(self):
        """lighttpd's error log (start, stop, a handler that died)."""
        return self.read_log("error.log")

    def handler_log(self):
        """What the handlers (and lighttpd before its error log opens) wrote to stderr."""
        return self.read_log("handlers.log")

    def read_log(self, name):
        try:
            with open(os.path.join(self.state, "log", name), encoding="utf-8", errors="replace") as f:
                return f.read()
        except FileNotFoundError:
            return ""

    def pids(self, program):
        """PIDs of running handler processes named PROGRAM (portal.fcgi ...) of this instance."""
        out = []
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    cmd = f.read().split(b"\0")[0].decode(errors="replace")
                with open(f"/proc/{pid}/environ", "rb") as f:
                    env = f.read()
            except OSError:
                continue
            if cmd.endswith("/" + program) and self.state.encode() in env:
                out.append(int(pid))
        return out

    def search_pool_pids(self):
        """PIDs of the portal.fcgi workers of the search pool (PORTAL_POOL=search)."""
        out = []
        for pid in self.pids("portal.fcgi"):
            try:
                with open(f"/proc/{pid}/environ", "rb") as f:
                    if b"PORTAL_POOL=search" in f.read().split(b"\0"):
                        out.append(pid)
            except OSError:
                continue
        return out


def csrf_from(html):
    m = re.search(r'name="csrf_token" value="([0-9a-f]+)"', html)
    return m.group(1) if m else None
