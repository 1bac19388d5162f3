"""Review finding 15.11: all three handlers ran as one user with every right.
The production layout gives each program its own Unix user
(conf/install-layout.sh) and starts its workers as systemd would from
conf/systemd/: the user, group and supplementary groups, the environment and
the program are read from the unit files themselves, and the listening socket
is handed over as standard input (StandardInput=socket); lighttpd only
connects (PORTAL_SOCKET_DIR). Then a citizen browses, searches and applies, a
clerk signs in, and the public program is shown unable to open anything of
the private side. Needs root (users, setpriv); creates the system users
portal-public, portal-apply and portal-admin if missing."""

import configparser
import glob
import grp
import os
import pwd
import re
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import time

import pytest
import requests

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from harness import BUILD, ROOT, free_port  # noqa: E402
from staff_login import login  # noqa: E402
from test_apply_form import PERSON, apply_ok  # noqa: E402

UNITS = os.path.join(ROOT, "conf", "systemd")
INSTALLED = "/usr/local/lib/portal"     # where the units expect the programs
POOLS = ("public", "search", "apply", "admin")
WORKERS = {"public": 2}                 # one worker each otherwise

pytestmark = pytest.mark.skipif(
    os.geteuid() != 0 or not shutil.which("setpriv") or not shutil.which("useradd"),
    reason="needs root, setpriv and useradd")


def unit(name):
    """The [Service] or [Socket] section of a unit file, repeated keys joined."""
    parser = configparser.ConfigParser(strict=False, interpolation=None, delimiters=("=",))
    parser.optionxform = str
    parser.read(os.path.join(UNITS, name), encoding="utf-8")
    return parser


def service_of(pool):
    section = unit(f"portal-{pool}@.service")["Service"]
    environment = dict(line.split("=", 1) for line in section.get("Environment", "").split() if line)
    return {"user": section["User"], "group": section["Group"],
            "groups": section.get("SupplementaryGroups", "").split(),
            "program": os.path.basename(section["ExecStart"].split()[0]),
            "environment": environment, "umask": int(section["UMask"], 8),
            "socket": os.path.basename(unit(f"portal-{pool}.socket")["Socket"]["ListenStream"])}


def as_user(user, group, groups):
    """setpriv arguments for what User=, Group= and SupplementaryGroups= do."""
    return ["setpriv", f"--reuid={user}", f"--regid={group}",
            "--groups=" + ",".join(groups or [group]), "--inh-caps=-all"]


class Layout:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="portal-layout-")
        os.chmod(self.dir, 0o755)
        self.state, self.logs = os.path.join(self.dir, "state"), os.path.join(self.dir, "log")
        self.sockets = os.path.join(self.dir, "run")
        self.web = os.path.join(self.dir, "lighttpd")      # lighttpd's own logs and pages
        os.makedirs(self.sockets, mode=0o755)
        subprocess.run(["sh", os.path.join(ROOT, "conf", "install-layout.sh"), self.state, self.logs], check=True)
        limits = os.path.join(self.dir, "portal-public")   # RuntimeDirectory=portal-public
        os.makedirs(limits, mode=0o700)
        os.chown(limits, pwd.getpwnam("portal-public").pw_uid, grp.getgrnam("portal").gr_gid)
        self.port = free_port()
        self.env = {
            "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
            "PORTAL_CONTENT_DB": os.path.join(self.state, "content", "content.db"),
            "PORTAL_PRIVATE_DB": os.path.join(self.state, "private", "private.db"),
            "PORTAL_SECRET_FILE": os.path.join(self.state, "private", "secret.key"),
            "PORTAL_TEMPLATES": os.path.join(ROOT, "templates"),
            "PORTAL_SQL_DIR": os.path.join(ROOT, "sql"),
            "PORTAL_SEARCH_LOG": os.path.join(self.logs, "search-queries.log"),
            "PORTAL_SEARCH_LIMIT_FILE": os.path.join(limits, "search-limit"),
            "PORTAL_SITE_URL": f"http://127.0.0.1:{self.port}",
            "PORTAL_SEARCH_RATE": "1000000", "PORTAL_SEARCH_BURST": "1000000",
        }
        admin = service_of("admin")
        out = self.run_as(admin, [os.path.join(BUILD, "portalctl"), "init"]).stdout
        self.admin_password = re.search(r"user: admin\s+password: (\S+)", out).group(1)
        self.run_as(admin, ["sqlite3", self.env["PORTAL_PRIVATE_DB"],
                            "UPDATE users SET must_change_password = 0 WHERE name = 'admin'"])
        self.workers, self.listeners = [], []
        for pool in POOLS:
            self.start_pool(pool, service_of(pool))
        self.start_lighttpd()

    def run_as(self, service, args):
        return subprocess.run(as_user(service["user"], service["group"], service["groups"]) + args,
                              env=self.env, check=True, capture_output=True, text=True,
                              preexec_fn=lambda: os.umask(service["umask"]))

    def start_pool(self, pool, service):
        path = os.path.join(self.sockets, service["socket"])
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(path)
        listener.listen(64)
        os.chmod(path, 0o660)    # SocketMode=0660: lighttpd's group connects
        self.listeners.append(listener)
        env = dict(self.env, **service["environment"])
        with open(os.path.join(self.dir, f"{pool}.log"), "ab") as log:
            for _ in range(WORKERS.get(pool, 1)):
                self.workers.append(subprocess.Popen(
                    as_user(service["user"], service["group"], service["groups"]) +
                    [os.path.join(BUILD, service["program"])],
                    stdin=listener.fileno(), stdout=log, stderr=log, env=env,
                    preexec_fn=lambda: os.umask(service["umask"])))

    def start_lighttpd(self):
        conf = subprocess.run(["sh", os.path.join(ROOT, "conf", "write-config.sh"), ROOT, BUILD, self.web,
                               str(self.port)], env=dict(self.env, PORTAL_SOCKET_DIR=self.sockets),
                              check=True, capture_output=True, text=True).stdout
        assert '"bin-path"' not in conf
        path = os.path.join(self.web, "lighttpd.conf")
        with open(path, "w") as f:
            f.write(conf)
        self.lighttpd = subprocess.Popen(["lighttpd", "-D", "-f", path], stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL)
        deadline = time.time() + 15
        while time.time() < deadline:
            try:
                if requests.get(self.url("/healthz"), timeout=1).status_code == 200:
                    return
            except requests.ConnectionError:
                pass
            time.sleep(0.05)
        raise RuntimeError("the portal did not start; see " + self.dir)

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self):
        for process in [self.lighttpd] + self.workers:
            process.terminate()
        for process in [self.lighttpd] + self.workers:
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
        for listener in self.listeners:
            listener.close()
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="module")
def layout():
    the_layout = Layout()
    yield the_layout
    the_layout.close()


def uid_of(pid):
    with open(f"/proc/{pid}/status") as f:
        return int(re.search(r"^Uid:\s+(\d+)", f.read(), re.M).group(1))


def test_citizens_and_staff_are_served_with_each_program_as_its_own_user(layout):
    assert requests.get(layout.url("/"), timeout=10).status_code == 200
    found = requests.get(layout.url("/search"), params={"q": "婚姻登记"}, timeout=10)
    assert found.status_code == 200 and "结婚登记" in found.text
    _, number, code = apply_ok(layout, PERSON)           # apply.fcgi writes private.db
    assert re.fullmatch(r"[A-Z]+-\d{4}-\d{6}", number) and code
    clerk = login(layout, "admin", layout.admin_password)
    inbox = clerk.get(layout.url("/admin/applications"), timeout=10)
    assert inbox.status_code == 200 and number in inbox.text
    # Each worker runs as its unit's user, none as root.
    users = {service_of(pool)["program"]: pwd.getpwnam(service_of(pool)["user"]).pw_uid for pool in POOLS}
    for worker in layout.workers:
        program = os.path.basename(worker.args[-1])
        assert worker.poll() is None, f"{program} exited"
        assert uid_of(worker.pid) == users[program] != 0


def test_the_public_program_cannot_open_applications_staff_or_the_secret(layout):
    public = service_of("public")
    assert public["user"] != service_of("apply")["user"] != service_of("admin")["user"]
    for path in (layout.env["PORTAL_PRIVATE_DB"], layout.env["PORTAL_SECRET_FILE"]):
        tried = subprocess.run(as_user(public["user"], public["group"], public["groups"]) + ["cat", path],
                               capture_output=True, text=True)
        assert tried.returncode != 0 and "Permission denied" in tried.stderr, path
    # It can read the public content it serves.
    subprocess.run(as_user(public["user"], public["group"], public["groups"]) +
                   ["cat", layout.env["PORTAL_CONTENT_DB"]], check=True, capture_output=True)


def test_databases_are_shared_with_their_group_only(layout):
    requests.get(layout.url("/"), timeout=10)
    expected = {os.path.join(layout.state, "content"): "portal", os.path.join(layout.state, "private"): "portal-private"}
    for directory, group in expected.items():
        info = os.stat(directory)
        assert grp.getgrgid(info.st_gid).gr_name == group and stat.S_IMODE(info.st_mode) == 0o2770
        files = glob.glob(os.path.join(directory, "*"))
        assert any(name.endswith("-shm") for name in files), files   # the handlers have them open
        for path in files:
            info = os.stat(path)
            assert grp.getgrgid(info.st_gid).gr_name == group, path
            mode = stat.S_IMODE(info.st_mode)
            assert mode & 0o007 == 0, (path, oct(mode))
            wanted = 0o040 if path.endswith("secret.key") else 0o060
            assert mode & 0o060 == wanted, (path, oct(mode))


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze is not installed")
def test_the_unit_files_pass_systemd_analyze_verify(tmp_path):
    for path in glob.glob(os.path.join(UNITS, "*")):
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            text = f.read().replace(INSTALLED, BUILD)
        for target in ([name.replace("@.", "@1.")] if "@." in name else [name]):
            (tmp_path / target).write_text(text, encoding="utf-8")
    files = sorted(str(p) for p in tmp_path.iterdir() if not p.name.endswith(".env"))
    done = subprocess.run(["systemd-analyze", "verify", "--man=no"] + files, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout + done.stderr == "", done.stdout + done.stderr
