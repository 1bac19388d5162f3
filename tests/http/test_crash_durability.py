"""Crash durability of the application form (issue 7): applications are
submitted without pause while the apply workers and lighttpd itself are
killed with SIGKILL at random moments. Every application whose receipt came
back must be in private.db exactly as submitted, none twice, and a repeat of
the same form (same idempotency key) after a crash gets the same number.
Applications go to three agencies in turn, so the per-agency receipt numbers
(MZJ-, RSJ-, XJJD-...) must each come out gap-free and unique too."""

import os
import random
import re
import signal
import sys
import threading
import time

import requests

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from harness import csrf_from  # noqa: E402

KILLS = 24
TIME_LIMIT = 50          # seconds for the whole kill phase
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ["晓明", "建国", "秀英", "丽华", "志强", "海燕", "文斌", "桂兰", "子涵", "俊杰", "雨欣", "浩然"]
TOWNS = ["西津街道", "河沥溪街道", "汪溪街道", "南山街道", "港口镇", "梅林镇", "中溪镇", "宁墩镇"]
SUBJECTS = ["城乡最低生活保障资金发放情况", "临时救助审批名单", "养老服务补贴发放明细", "殡葬改革实施方案",
            "社会组织年检结果", "地名命名批复文件", "优抚对象抚恤标准"]
AGENCIES = {"mzj": 1, "rsj": 200, "xjjd": 400}
STORED_FIELDS = ["agency_id", "name", "id_type", "id_number", "phone", "address", "info_title", "info_description",
                 "medium", "delivery", "idempotency_key"]


def resident_id(n):
    """A valid 居民身份证 number (GB 11643 check digit) that differs for every N."""
    body = f"341881{1950 + n % 50}{n % 12 + 1:02d}{n % 28 + 1:02d}{n % 1000:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]


def application(n, rng):
    return {
        "agency": list(AGENCIES)[n % len(AGENCIES)],
        "applicant_type": "person",
        "person_name": rng.choice(SURNAMES) + rng.choice(GIVEN),
        "id_type": "resident_id",
        "id_number": resident_id(n),
        "phone": f"139{n:08d}",
        "address": f"安徽省宁国市{rng.choice(TOWNS)}中山路{n}号",
        "info_title": f"{2018 + n % 8}年{rng.choice(SUBJECTS)}（第{n}件）",
        "info_description": f"请提供{rng.choice(TOWNS)}{2018 + n % 8}年的有关文件，申请编号参考{n}。",
        "medium": rng.choice(["paper", "electronic"]),
        "delivery": rng.choice(["post", "pickup", "online"]),
        "declaration": "1",
    }


class Submitter:
    """Fills and submits forms in a loop; remembers which came back with a receipt."""

    def __init__(self, portal):
        self.portal = portal
        self.rng = random.Random(7)
        self.confirmed = {}      # idempotency key -> (number, data)
        self.uncertain = {}      # key -> (session, token, data): sent, no receipt seen
        self.stop = threading.Event()
        self.attempts = 0

    def open_form(self, session):
        r = session.get(self.portal.url("/apply"), timeout=5)
        r.raise_for_status()
        key = re.search(r'name="idempotency_key" value="([0-9a-f]{32})"', r.text).group(1)
        return csrf_from(r.text), key

    def send(self, session, token, key, data):
        """POST then the receipt; the number, or None when either did not come back."""
        self.attempts += 1
        try:
            r = session.post(self.portal.url("/apply"), data=dict(data, csrf_token=token, idempotency_key=key),
                             allow_redirects=False, timeout=5)
            if r.status_code != 303:
                return None
            receipt = session.get(self.portal.url("/apply/receipt"), timeout=5)
        except requests.RequestException:
            return None
        m = re.search(r'class="receipt-number">([A-Z]+-\d{4}-\d{6})<', receipt.text)
        return m.group(1) if receipt.status_code == 200 and m else None

    def submit_new(self, n):
        session = requests.Session()
        try:
            token, key = self.open_form(session)
        except (requests.RequestException, AttributeError):
            time.sleep(0.05)
            return
        data = application(n, self.rng)
        self.uncertain[key] = (session, token, data)
        self.settle(key)

    def settle(self, key):
        session, token, data = self.uncertain[key]
        number = self.send(session, token, key, data)
        if number:
            del self.uncertain[key]
            self.confirmed[key] = (number, data)

    def run(self):
        n = 0
        while not self.stop.is_set():
            for key in list(self.uncertain)[:1]:
                self.settle(key)
            n += 1
            self.submit_new(n)


def kill_apply_workers(portal):
    for pid in portal.pids("apply.fcgi"):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def crash_everything(portal):
    """lighttpd and every handler of this instance die at once, then start again."""
    portal.process.send_signal(signal.SIGKILL)
    portal.process.wait()
    for program in ("apply.fcgi", "portal.fcgi", "admin.fcgi"):
        for pid in portal.pids(program):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    portal.process = None
    portal.start()


def run_with_kills(portal, submitter):
    rng = random.Random(11)
    thread = threading.Thread(target=submitter.run, daemon=True)
    thread.start()
    kills, deadline = 0, time.time() + TIME_LIMIT
    while kills < KILLS and time.time() < deadline:
        time.sleep(rng.uniform(0.05, 0.6))
        if kills % 3 == 2:
            crash_everything(portal)
        else:
            kill_apply_workers(portal)
        kills += 1
    time.sleep(0.5)
    submitter.stop.set()
    thread.join(timeout=30)
    return kills


def stored(portal, key):
    cols = ", ".join(["number"] + STORED_FIELDS)
    return portal.query("private", f"SELECT {cols} FROM applications WHERE idempotency_key = ?", (key,))


def test_every_acknowledged_application_survives_kill_9_intact_and_once(fresh_portal):
    portal = fresh_portal(PORTAL_APPLY_RATE=100000)
    portal.without_demo_applications()   # every row is then one this test sent
    submitter = Submitter(portal)
    kills = run_with_kills(portal, submitter)
    assert kills >= 20
    interrupted = len(submitter.uncertain)
    for key in list(submitter.uncertain):        # settled after the storm, same key
        submitter.settle(key)
    assert submitter.uncertain == {}
    print(f"{kills} kills, {submitter.attempts} submissions, {len(submitter.confirmed)} receipts,"
          f" {interrupted} left open by the last kill and settled afterwards")
    assert len(submitter.confirmed) >= 20, f"only {len(submitter.confirmed)} receipts in {submitter.attempts} tries"

    for key, (number, data) in submitter.confirmed.items():
        rows = stored(portal, key)
        assert len(rows) == 1, f"{number}: {len(rows)} rows"
        row = dict(zip(["number"] + STORED_FIELDS, rows[0]))
        assert row["number"] == number
        assert number.startswith(data["agency"].upper() + "-")
        assert row["agency_id"] == AGENCIES[data["agency"]]
        assert row["name"] == data["person_name"]
        for field in ("id_type", "id_number", "phone", "address", "info_title", "info_description",
                      "medium", "delivery"):
            assert row[field] == data[field], (number, field)

    numbers = portal.query("private", "SELECT count(*), count(DISTINCT number), count(DISTINCT idempotency_key)"
                                      " FROM applications")[0]
    assert numbers[0] == numbers[1] == numbers[2]
    assert numbers[0] == len(submitter.confirmed), "rows stored that no receipt acknowledged"
    # Each agency's numbers run 1..n without gaps: a rolled-back number is never handed out.
    for agency_id in AGENCIES.values():
        seqs = [s for (s,) in portal.query("private", "SELECT agency_seq FROM applications WHERE agency_id = ? "
                                                      "ORDER BY agency_seq", (agency_id,))]
        assert seqs == list(range(1, len(seqs) + 1)), agency_id
    half_done = portal.query("private", "SELECT a.number FROM applications a WHERE (SELECT count(*) FROM"
                                        " application_events e WHERE e.application_id = a.id"
                                        " AND e.kind = 'submitted') != 1")
    assert half_done == []
    for db in ("private", "content"):
        assert portal.query(db, "PRAGMA integrity_check") == [("ok",)]


def test_the_same_form_sent_again_after_a_crash_gets_the_same_number(fresh_portal):
    portal = fresh_portal(PORTAL_APPLY_RATE=100000)
    portal.without_demo_applications()   # every row is then one this test sent
    submitter = Submitter(portal)
    for n in range(1, 4):
        submitter.submit_new(n)
    assert len(submitter.confirmed) == 3
    crash_everything(portal)
    for key, (number, data) in list(submitter.confirmed.items()):
        session = requests.Session()
        token, _ = submitter.open_form(session)
        assert submitter.send(session, token, key, data) == number
    assert portal.query("private", "SELECT count(*) FROM applications")[0][0] == 3
