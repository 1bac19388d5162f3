"""make bench: generates a platform of 50 agencies with 100k catalogue entries
and 10k applications, starts lighttpd with the shipped config (plus a FastCGI
hello-world under /hello and a static copy of the catalogue page under
/static/bench/ as the two ceilings), runs wrk against the public pages (the
platform's and one agency's, at the URLs of issue 10) and the application
POST, checks the targets of issue 7 and writes build/bench/results.{md,txt}.

usage: bench.py ROOT BUILD_DIR HELLO_BIN
BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_ENTRIES and BENCH_APPLICATIONS make
shorter runs for trying the bench out; the README's table is from the defaults.
Missed targets are reported, not fatal; a broken bench exits non-zero."""

import http.client
import json
import os
import platform
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate  # noqa: E402  (the vocabulary the distinct search queries come from)

DURATION = int(os.environ.get("BENCH_SECONDS", "4"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "8"))
ENTRY_ID = 60000
RSS_EARLY, RSS_LATE = 1_000, 100_000
RSS_SLACK_KIB = 2048

ENTRIES = int(os.environ.get("BENCH_ENTRIES", "100000"))
APPLICATIONS = int(os.environ.get("BENCH_APPLICATIONS", "10000"))
SEARCH_QUERIES = 2000

SEARCH_LONG = "/search?q=" + urllib.parse.quote("最低生活保障")
SEARCH_SHORT = "/search?q=" + urllib.parse.quote("婚姻")
UNCACHED = ["catalogue p1", "catalogue p4000", "agency catalogue", "entry", "search 6 chars", "search 2 chars"]


def public_pages(content_db):
    """(label, path) of the public GETs; every one must reach 0.9 of /hello. The
    entry is ENTRY_ID (the last one up to it in a shorter run) and the agency is
    the one it belongs to (one of the 50, with its units)."""
    con = sqlite3.connect(f"file:{content_db}?mode=ro", uri=True)
    try:
        code = con.execute("SELECT e.id, a.code FROM entries e JOIN agencies a ON a.id = e.owner_id"
                           " WHERE e.id <= ? AND e.status = 'published' ORDER BY e.id DESC LIMIT 1",
                           (ENTRY_ID,)).fetchone()
        guide = con.execute("SELECT g.id, a.code FROM guides g JOIN agencies a ON a.id = g.owner_id"
                            " WHERE g.status = 'published' ORDER BY g.id LIMIT 1").fetchone()
    finally:
        con.close()
    if not code or not guide:
        raise BenchBroken(f"no entry up to {ENTRY_ID} or no published guide in the generated data")
    entry_id, code = code
    return [
        ("platform home", "/"),
        ("agency home", f"/{code}/"),
        ("catalogue p1", "/catalogue"),
        ("catalogue p4000", "/catalogue?page=4000"),
        ("agency catalogue", f"/{code}/catalogue"),
        ("catalogue agency facet", f"/catalogue?agency={code}"),
        ("entry", f"/{code}/catalogue/{entry_id}"),
        ("guide", f"/{guide[1]}/guides/{guide[0]}"),
        ("search 6 chars", SEARCH_LONG),
        ("search 2 chars", SEARCH_SHORT),
    ]


def distinct_search_queries(codes, count=SEARCH_QUERIES):
    """COUNT different /search paths from the generator's vocabulary: single terms
    of two to nine characters, two-character stems, two-term queries, and a
    quarter of them limited to one agency. Sorted, then dealt out in a fixed
    shuffled order, so neighbouring requests do not share a term."""
    terms = sorted({t for subjects in generate.TOPICS.values() for t in subjects}
                   | set(generate.PLACES) | set(generate.PEOPLE) | set(generate.MEASURES))
    stems = sorted({t[:2] for t in terms})
    pairs = [f"{a} {b}" for a in terms for b in generate.PLACES + generate.PEOPLE if a != b]
    queries = terms + stems + pairs
    rng = generate.random.Random(generate.SEED)
    rng.shuffle(queries)
    out = []
    for i, q in enumerate(queries[:count]):
        path = "/search?q=" + urllib.parse.quote(q)
        out.append(path + f"&agency={codes[i % len(codes)]}" if i % 4 == 3 else path)
    if len(set(out)) < count:
        raise BenchBroken(f"only {len(set(out))} distinct search queries")
    return out


class BenchBroken(Exception):
    pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ---------------------------------------------------------------- the portal

class BenchPortal:
    def __init__(self, root, build, hello, state):
        self.root, self.build, self.hello, self.state = root, build, hello, state
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = dict(os.environ, PORTAL_CONTENT_DB=f"{state}/content.db",
                        PORTAL_PRIVATE_DB=f"{state}/private.db", PORTAL_SECRET_FILE=f"{state}/secret.key",
                        PORTAL_SQL_DIR=f"{root}/sql", PORTAL_APPLY_RATE="100000000",
                        PORTAL_STATUS_RATE="100000000")
        self.process = None

    def generate(self):
        subprocess.run([sys.executable, f"{self.root}/tests/bench/generate.py", self.state,
                        f"{self.build}/portalctl", str(ENTRIES), str(APPLICATIONS)], env=self.env, check=True)

    def write_config(self):
        conf = subprocess.run(["sh", f"{self.root}/conf/write-config.sh", self.root, self.build, self.state,
                               str(self.port)], env=self.env, check=True, capture_output=True, text=True).stdout
        hello_server = (f'        "/hello" => (( "socket" => "{self.state}/run/hello.sock",'
                        f' "bin-path" => "{self.hello}", "max-procs" => {self.env.get("PORTAL_PROCS", "2")},'
                        f' "bin-environment" => ( "BENCH_BODY" => "{self.state}/static/catalogue.html" ),'
                        f' "check-local" => "disable" )),\n')
        marker = '        "/" => (('
        if marker not in conf:
            raise BenchBroken("conf/lighttpd.conf.in no longer has the '/' fastcgi.server entry")
        conf = conf.replace(marker, hello_server + marker, 1)
        conf += (f'\n# bench only: the catalogue page as a static file\n'
                 f'$HTTP["url"] =~ "^/static/bench/" {{\n'
                 f'    alias.url = ( "/static/bench/" => "{self.state}/static/" )\n}}\n')
        path = f"{self.state}/lighttpd.conf"
        with open(path, "w") as f:
            f.write(conf)
        return path

    def start(self):
        os.makedirs(f"{self.state}/static", exist_ok=True)
        conf = self.write_config()
        self.process = subprocess.Popen(["lighttpd", "-D", "-f", conf], env=self.env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 20
        while time.time() < deadline:
            try:
                if self.get("/healthz")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise BenchBroken("lighttpd did not start; see " + f"{self.state}/log/error.log")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=15)

    def get(self, path, headers=None):
        req = urllib.request.Request(self.base + path, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return r.status, r.read(), r.headers
        except urllib.error.HTTPError as e:
            return e.code, e.read(), e.headers

    def pids(self, program):
        out = []
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    cmd = f.read().split(b"\0")[0].decode(errors="replace")
                with open(f"/proc/{pid}/environ", "rb") as f:
                    env = f.read()
            except OSError:
                continue
            if cmd.endswith("/" + program) and self.state.encode() in env and self.is_child(pid):
                out.append(int(pid))
        return sorted(out)

    def is_child(self, pid):
        with open(f"/proc/{pid}/status") as f:
            return any(line.split() == ["PPid:", str(self.process.pid)] for line in f)

    def portal_requests(self):
        """Requests portal.fcgi answered so far, from lighttpd's access log."""
        count = 0
        with open(f"{self.state}/log/access.log", "rb") as f:
            for line in f:
                m = re.search(rb'"[A-Z]+ (\S+)', line)
                if m and not re.match(rb"/(hello|static/|apply)", m.group(1)):
                    count += 1
        return count

    def private_count(self):
        con = sqlite3.connect(f"{self.state}/private.db", timeout=30)
        try:
            return con.execute("SELECT count(*) FROM applications").fetchone()[0]
        finally:
            con.close()


def vm_rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise BenchBroken(f"no VmRSS for {pid}")


# ---------------------------------------------------------------- wrk

def to_ms(text):
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    if not m:
        raise BenchBroken(f"wrk latency {text!r} not understood")
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[m.group(2)]


def parse_wrk(out):
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p50 = re.search(r"^\s+50%\s+(\S+)", out, re.M)
    p99 = re.search(r"^\s+99%\s+(\S+)", out, re.M)
    total = re.search(r"(\d+) requests in", out)
    if not (rps and p50 and p99 and total):
        raise BenchBroken("wrk output not understood:\n" + out)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return {"rps": float(rps.group(1)), "p50": to_ms(p50.group(1)), "p99": to_ms(p99.group(1)),
            "requests": int(total.group(1)), "non2xx": int(bad.group(1)) if bad else 0,
            "socket_errors": sum(map(int, errors.groups())) if errors else 0}


def wrk(base, path, script=None, seconds=DURATION, env=None):
    cmd = ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    if script:
        cmd += ["-s", script]
    run = subprocess.run(cmd + [base + path], capture_output=True, text=True, env=env, timeout=seconds + 60)
    if run.returncode != 0:
        raise BenchBroken(f"wrk failed on {path}: {run.stderr}")
    return parse_wrk(run.stdout)


# ---------------------------------------------------------------- phases

def preflight(portal, pages, queries):
    """Every page answers 200 with real content before it is measured."""
    for label, path in pages:
        status, body, _ = portal.get(path)
        if status != 200:
            raise BenchBroken(f"{label} {path} answered {status}")
        found = re.search(r"找到 <strong>(\d+)</strong> 条", body.decode())
        if "search" in label and not (found and int(found.group(1)) > 0):
            raise BenchBroken(f"{label} {path} found nothing: the bench would time an empty page")
    answers = [portal.get(path) for path in queries[:40]]
    if any(status != 200 for status, _, _ in answers):
        raise BenchBroken("a distinct search query did not answer 200")
    found = sum(bool(re.search(r"找到 <strong>[1-9]", body.decode())) for _, body, _ in answers)
    if found < 20:
        raise BenchBroken(f"only {found} of 40 distinct search queries found something")
    status, body, _ = portal.get("/catalogue")
    with open(f"{portal.state}/static/catalogue.html", "wb") as f:
        f.write(body)
    for path in ("/hello", "/static/bench/catalogue.html"):
        status, hello_body, _ = portal.get(path)
        if status != 200 or len(hello_body) != len(body):
            raise BenchBroken(f"{path} answered {status} with {len(hello_body)} bytes, want {len(body)}")
    return len(body)


def csrf_pair(portal):
    """A CSRF cookie and its form token, fetched once like a browser would."""
    status, body, headers = portal.get("/apply")
    token = re.search(rb'name="csrf_token" value="([0-9a-f]+)"', body)
    cookie = re.search(r"csrf=([^;]+)", headers.get("Set-Cookie", ""))
    if status != 200 or not token or not cookie:
        raise BenchBroken("GET /apply gave no CSRF token and cookie")
    return token.group(1).decode(), cookie.group(1)


def warm_up(portal, pages, count):
    """COUNT GETs over the measured pages from CONNECTIONS clients at once, so
    every worker has rendered and cached every page before anything is timed."""
    def client(n):
        conn = http.client.HTTPConnection("127.0.0.1", portal.port, timeout=60)
        for i in range(n):
            conn.request("GET", pages[i % len(pages)][1])
            r = conn.getresponse()
            r.read()
            if r.will_close:
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", portal.port, timeout=60)
        conn.close()
    threads = [threading.Thread(target=client, args=(count // CONNECTIONS,)) for _ in range(CONNECTIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def rss_snapshot(portal):
    return {pid: vm_rss_kib(pid) for pid in portal.pids("portal.fcgi")}


def top_up(portal, pages, mix_script, want):
    """More of the same GET mix until portal.fcgi has answered WANT requests."""
    env = dict(os.environ, BENCH_PATHS=" ".join(path for _, path in pages))
    while portal.portal_requests() < want:
        wrk(portal.base, "/", script=mix_script, seconds=3, env=env)


PAIR_ROUNDS = 3


def paired_with_hello(base, path):
    """The page's run from the median of three hello/page pairs. Each page is
    measured right after the ceiling, so drifting load on a shared machine
    shifts both sides of a ratio alike; the median drops a pair that one
    burst of noise spoiled (the ceiling alone moves by about 5% run to run)."""
    pairs = []
    for _ in range(PAIR_ROUNDS):
        hello = wrk(base, "/hello", seconds=max(2, DURATION // 2))
        page = wrk(base, path, seconds=max(2, DURATION // 2))
        page["hello_rps"] = hello["rps"]
        pairs.append(page)
    pairs.sort(key=lambda r: r["rps"] / r["hello_rps"])
    return pairs[len(pairs) // 2]


def measure(portal, pages, bench_dir, results):
    wrk(portal.base, "/hello", seconds=1)
    results["hello"] = wrk(portal.base, "/hello")
    results["static"] = wrk(portal.base, "/static/bench/catalogue.html")
    for label, path in pages:
        wrk(portal.base, path, seconds=1)      # not timed: the same page on every worker first
        results[label] = paired_with_hello(portal.base, path)
    token, cookie = csrf_pair(portal)
    before = portal.private_count()
    env = dict(os.environ, BENCH_CSRF_TOKEN=token, BENCH_CSRF_COOKIE=cookie)
    results["application POST"] = wrk(portal.base, "/apply", script=f"{bench_dir}/apply.lua", env=env)
    results["application POST"]["stored"] = portal.private_count() - before
    results["hello (again)"] = wrk(portal.base, "/hello")


def measure_uncached(portal, pages, queries, bench_dir, results):
    paths = dict(pages)
    for label in UNCACHED:
        results[label + " (uncached)"] = wrk(portal.base, paths[label], script=f"{bench_dir}/nocache.lua")
    listing = f"{portal.state}/search-queries.txt"
    with open(listing, "w") as f:
        f.write("\n".join(queries) + "\n")
    env = dict(os.environ, BENCH_QUERIES=listing)
    results[f"search, {len(queries)} distinct queries (uncached)"] = \
        wrk(portal.base, "/search", script=f"{bench_dir}/search_many.lua", env=env)


# ---------------------------------------------------------------- report

def machine():
    model = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_kib = int(f.readline().split()[1])
    lighttpd = subprocess.run(["lighttpd", "-v"], capture_output=True, text=True).stdout.split()[0]
    return (f"{os.cpu_count()} CPUs (nproc), {model}, {mem_kib / 1048576:.1f} GiB RAM, "
            f"Linux {platform.release()}, {lighttpd}, SQLite {sqlite3.sqlite_version}, wrk 4.1 -t1 -c{CONNECTIONS}"
            f" -d{DURATION}s")


def table(results, page_bytes):
    hello = (results["hello"]["rps"] + results["hello (again)"]["rps"]) / 2
    static = results["static"]["rps"]
    rows = ["| what | req/s | p50 ms | p99 ms | non-2xx/3xx | ÷ hello | ÷ static |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    for label, r in results.items():
        rows.append(f"| {label} | {r['rps']:.0f} | {r['p50']:.2f} | {r['p99']:.2f} | {r['non2xx']} "
                    f"| {r['rps'] / r.get('hello_rps', hello):.2f} | {r['rps'] / static:.2f} |")
    rows.append("")
    rows.append(f"Body of the catalogue page (hello and static): {page_bytes} bytes. A public page's ÷ hello is "
                f"the median of three runs each made right after a hello run; other rows use the mean of the first and last "
                f"hello runs ({hello:.0f} req/s). Uncached rows add a new query parameter to every request "
                f"so the render cache never answers (informational, except page 4000 ÷ page 1); the distinct-queries "
                f"row also asks a different search each time (tests/bench/search_many.lua).")
    return rows, hello


def checks(results, pages, hello, rss):
    out = []

    def check(ok, text):
        out.append(("PASS" if ok else "FAIL", text))

    for label, _ in pages:
        ratio = results[label]["rps"] / (results[label]["hello_rps"] or 1e-9)
        check(ratio >= 0.9, f"{label}: {ratio:.2f} of hello (≥ 0.90)")
    # Search latency counts only where the render cache cannot answer: every
    # request a different query. The cached rows above measure the cache.
    distinct = next(label for label in results if label.startswith("search, ") and "distinct" in label)
    check(results[distinct]["p99"] <= 25, f"{distinct}: p99 {results[distinct]['p99']:.2f} ms (≤ 25 ms)")
    for suffix in ("", " (uncached)"):
        p1, p4000 = results["catalogue p1" + suffix]["rps"], results["catalogue p4000" + suffix]["rps"]
        p4000 = p4000 or 1e-9
        check(p1 / p4000 <= 1.2, f"catalogue page 4000 costs {p1 / p4000:.2f}× page 1{suffix} (≤ 1.20)")
    post = results["application POST"]
    check(post["rps"] >= 500 and post["non2xx"] == 0,
          f"application POST: {post['rps']:.0f}/s, {post['non2xx']} non-2xx/3xx, {post['stored']} stored (≥ 500/s)")
    early, late = rss
    for pid in sorted(set(early) | set(late)):
        if pid in early and pid in late:
            delta = late[pid] - early[pid]
            check(delta <= RSS_SLACK_KIB, f"portal.fcgi {pid} RSS {early[pid]} KiB after {RSS_EARLY} requests, "
                                          f"{late[pid]} KiB after {RSS_LATE}: +{delta} KiB (≤ {RSS_SLACK_KIB})")
        else:
            check(False, f"portal.fcgi {pid} did not live through the run (restarted?)")
    return out


def write_results(bench_dir_out, lines):
    os.makedirs(bench_dir_out, exist_ok=True)
    text = "\n".join(lines) + "\n"
    for name in ("results.md", "results.txt"):
        with open(f"{bench_dir_out}/{name}", "w") as f:
            f.write(text)
    print(text)


def run(root, build, hello):
    out_dir = f"{root}/build/bench"
    state = f"{out_dir}/state"
    shutil.rmtree(state, ignore_errors=True)
    os.makedirs(state)
    portal = BenchPortal(root, build, hello, state)
    portal.generate()
    pages = public_pages(f"{state}/content.db")
    codes = [c for (c,) in sqlite3.connect(f"{state}/content.db").execute(
        "SELECT code FROM agencies WHERE parent_id IS NULL ORDER BY id")]
    queries = distinct_search_queries(codes)
    portal.start()
    try:
        page_bytes = preflight(portal, pages, queries)
        warm_up(portal, pages, RSS_EARLY)
        rss_early = rss_snapshot(portal)
        results = {}
        measure(portal, pages, f"{root}/tests/bench", results)
        top_up(portal, pages, f"{root}/tests/bench/mix.lua", RSS_LATE)
        rss_late = rss_snapshot(portal)
        measure_uncached(portal, pages, queries, f"{root}/tests/bench", results)
        served = portal.portal_requests()
    finally:
        portal.stop()
    with open(f"{out_dir}/results.json", "w") as f:
        json.dump({"results": results, "rss_early": rss_early, "rss_late": rss_late}, f, indent=1)
    rows, hello_rps = table(results, page_bytes)
    verdicts = checks(results, pages, hello_rps, (rss_early, rss_late))
    lines = [f"Machine: {machine()}", f"Date: {time.strftime('%Y-%m-%d %H:%M %Z')}",
             f"Data: {len(codes)} agencies, {ENTRIES} generated entries, {APPLICATIONS} applications. "
             f"Pages: " + ", ".join(f"{label} `{path}`" for label, path in pages) + ".", ""] + rows + [
        f"portal.fcgi answered {served} requests in all; RSS sampled after {RSS_EARLY} and {RSS_LATE}.",
        "", "Targets:", ""] + [f"- {v}: {t}" for v, t in verdicts]
    write_results(out_dir, lines)
    failed = sum(v == "FAIL" for v, _ in verdicts)
    print(f"bench: {len(verdicts) - failed} targets met, {failed} missed (reported, not fatal)")


def main():
    root, build, hello = (os.path.abspath(a) for a in sys.argv[1:4])
    try:
        run(root, build, hello)
    except (BenchBroken, subprocess.CalledProcessError, OSError) as e:
        print(f"bench broken: {e}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
