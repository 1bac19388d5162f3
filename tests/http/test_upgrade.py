"""Upgrade in place (issue 10): a single-agency install of the previous version
(commit 6b4dea6: its migrations and its demo data, plus staff, applications in
every state with their events and files, sessions and audit rows written the
way that version wrote them) goes through the current `portalctl migrate`.
Nothing is lost or changed, the agency gets a code and a level, applications,
receipt counters and roles become that agency's, the old URLs answer 301, and
the people who used the old site find their things."""

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

import pytest
import requests

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import harness  # noqa: E402
from harness import BUILD, ROOT, Portal, csrf_from  # noqa: E402

PREVIOUS = "6b4dea6"
CONTENT_MIGRATIONS = ("001_schema.sql", "002_content_editing.sql", "003_annual_report.sql",
                      "004_search_short_queries.sql")
PRIVATE_MIGRATIONS = ("001_schema.sql", "002_correction_deadline.sql")
# Content tables whose rows the upgrade moves into a new shape (checked one by one below).
RESHAPED = {"pages", "annual_reports", "annual_report_figures", "settings", "search_docs"}
# Derived tables: the FTS index and its shadow tables, rebuilt from search_docs.
DERIVED = re.compile(r"^(search_fts|search_vocab|sqlite_)")

CLERK_TOKEN = "ab" * 32          # a signed-in handler's session cookie, stored hashed as that version did
ACCESS_CODE = "K7M2P9Q4R8T3"     # the 查询码 of YSQ-2026-000002, stored as sha256 like that version


def previous_file(path):
    """PATH as it was in the previous version (git history of this repository)."""
    run = subprocess.run(["git", "-C", ROOT, "show", f"{PREVIOUS}:{path}"], capture_output=True, text=True)
    if run.returncode != 0:
        pytest.skip(f"needs the repository's history ({PREVIOUS}): {run.stderr.strip()}")
    return run.stdout


def open_db(path):
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA foreign_keys=ON")
    return con


def run_migrations(con, subdir, names):
    """As that version's db_migrate did: each file in one transaction with its user_version."""
    for name in names:
        con.executescript("BEGIN IMMEDIATE;\n" + previous_file(f"sql/{subdir}/{name}")
                          + f"\nPRAGMA user_version = {int(name[:3])};\nCOMMIT;")


# ---------------------------------------------------------------- the previous version's data

USERS = [  # id, name, display_name, active, roles
    (1, "admin", "系统管理员", 1, ("admin", "editor", "reviewer", "handler")),
    (2, "lixiu", "李秀", 1, ("editor",)),
    (3, "zhangwei", "张伟", 1, ("reviewer",)),
    (4, "wangfang", "王芳", 1, ("handler",)),
    (5, "chenjing", "陈静", 1, ("editor", "reviewer", "handler")),
    (6, "zhaolei", "赵磊", 0, ("handler",)),
    (7, "sunli", "孙丽", 1, ("admin",)),
]

APPLICATIONS = [  # id, number, year, seq, state, submitted_at, received_on, due_on, outcome, replied_on, closed_on
    (1, "YSQ-2025-000001", 2025, 1, "replied", "2025-03-03T01:20:00Z", "2025-03-03", "2025-03-31", "partial",
     "2025-03-20", None),
    (2, "YSQ-2025-000002", 2025, 2, "closed", "2025-05-06T02:00:00Z", "2025-05-06", None, "other_no_correction",
     None, "2025-06-10"),
    (3, "YSQ-2025-000003", 2025, 3, "withdrawn", "2025-09-01T08:00:00Z", None, None, "", None, "2025-09-02"),
    (4, "YSQ-2026-000001", 2026, 1, "submitted", "2026-11-30T03:00:00Z", None, None, "", None, None),
    (5, "YSQ-2026-000002", 2026, 2, "received", "2026-11-02T01:00:00Z", "2026-11-02", "2026-11-30", "", None, None),
    (6, "YSQ-2026-000003", 2026, 3, "correction_requested", "2026-10-12T02:00:00Z", "2026-10-12", None, "",
     None, None),
    (7, "YSQ-2026-000004", 2026, 4, "extended", "2026-09-01T02:00:00Z", "2026-09-01", "2026-10-30", "", None, None),
    (8, "YSQ-2026-000005", 2026, 5, "consulting", "2026-11-16T02:00:00Z", "2026-11-16", None, "", None, None),
]


def insert_private_data(con):
    """Staff, applications in every state with events and files, sessions and audit
    rows, with the columns and values the previous version wrote."""
    for uid, name, display, active, roles in USERS:
        con.execute("INSERT INTO users (id, name, display_name, password_hash, active, failed_logins, "
                    "locked_until, created_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)",
                    (uid, name, display, f"$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ{uid}$aGFzaGhhc2g{uid}",
                     active, uid % 3, f"2025-01-0{uid}T08:00:00Z", f"2025-02-0{uid}T08:00:00Z"))
        for role in roles:
            con.execute("INSERT INTO user_roles (user_id, role) VALUES (?, ?)", (uid, role))
    for (aid, number, year, seq, state, submitted, received, due, outcome, replied, closed) in APPLICATIONS:
        org = aid == 8
        code_hash = hashlib.sha256((ACCESS_CODE if aid == 5 else f"CODE{aid:08d}").encode()).hexdigest()
        con.execute(
            "INSERT INTO applications (id, number, year, seq, access_code_hash, idempotency_key, channel, "
            "applicant_type, name, id_type, id_number, work_unit, org_category, uscc, legal_rep, contact_name, "
            "phone, email, address, postcode, info_title, info_doc_no, info_description, info_purpose, medium, "
            "delivery, fee_waiver, state, submitted_at, received_on, due_on, due_beyond_calendar, outcome, "
            "reply_text, replied_on, closed_on, assigned_to) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (aid, number, year, seq, code_hash, None if org else f"{aid:032x}", "paper" if org else "online",
             "org" if org else "person", "宁国市青松社会工作服务中心" if org else f"申请人{aid}",
             "" if org else "resident_id", "" if org else "11010519491231002X", "" if org else "宁国市第一中学",
             "public_interest" if org else "", "91350100M000100Y43" if org else "", "李青松" if org else "",
             "赵敏" if org else "", f"1390563{aid:04d}", f"a{aid}@example.cn", "安徽省宁国市中山路1号", "242300",
             f"第{aid}项申请的信息：2025年城乡低保资金发放情况", "宁民〔2025〕12号" if aid % 2 else "",
             "请提供低保资金发放总额和保障人数。", "研究" if aid % 3 == 0 else "", "electronic", "online",
             1 if aid == 1 else 0, state, submitted, received, due, 1 if aid == 7 else 0, outcome,
             "部分信息涉及个人隐私，依法不予公开。" if state == "replied" else "", replied, closed,
             4 if aid in (1, 5, 7) else None))
        insert_events(con, aid, state, submitted, received)
    con.execute("INSERT INTO application_counters (year, last_seq) VALUES (2025, 3), (2026, 5)")
    now = int(time.time())           # the clerk signed in just before the upgrade
    con.execute("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen) VALUES (?, 4, ?, ?, ?)",
                (hashlib.sha256(CLERK_TOKEN.encode()).hexdigest(), "cd" * 32, now, now))
    audit = [(1, "admin", "user.add", "user:4", "created wangfang with roles handler"),
             (2, "lixiu", "entry.submit", "entry:44", "提交审核"),
             (3, "zhangwei", "entry.publish", "entry:44", "发布 第2版"),
             (4, "wangfang", "application.receive", "application:5", "YSQ-2026-000002 已提交→已确认收到"),
             (4, "wangfang", "application.reply", "application:1", "YSQ-2025-000001 已确认收到→已答复"),
             (None, "portalctl", "user.add", "sunli", "created from the command line"),
             (1, "admin", "calendar.load", "calendar:2026", "2026 年节假日安排")]
    for i, (uid, name, action, target, summary) in enumerate(audit):
        con.execute("INSERT INTO audit_log (at, user_id, user_name, action, target, summary) VALUES (?, ?, ?, ?, ?, ?)",
                    (f"2026-11-{10 + i:02d}T02:00:00Z", uid, name, action, target, summary))
    con.execute("INSERT INTO rate_limits (bucket, client, window_start, count) VALUES ('apply', ?, ?, 2)",
                ("9f" * 16, now))


def insert_events(con, aid, state, submitted, received):
    def event(kind, day, actor="staff:4", text="", days=0, internal=0, due_by=None):
        cur = con.execute("INSERT INTO application_events (application_id, at, day, kind, actor, text, days, "
                          "internal, due_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          (aid, day + "T03:00:00Z", day, kind, actor, text, days, internal, due_by))
        return cur.lastrowid
    event("submitted", submitted[:10], actor="applicant")
    if received:
        event("received", received)
        event("note", received, text="已电话联系申请人核实地址。", internal=1)
    if state == "replied":
        reply = event("replied", "2025-03-20", text="部分公开，见附件。")
        pdf = b"%PDF-1.4\n% reply to YSQ-2025-000001\n%%EOF\n"
        con.execute("INSERT INTO application_files (application_id, event_id, filename, mime, size, sha256, data, "
                    "for_applicant) VALUES (?, ?, '答复告知书.pdf', 'application/pdf', ?, ?, ?, 1)",
                    (aid, reply, len(pdf), hashlib.sha256(pdf).hexdigest(), pdf))
        con.execute("INSERT INTO application_files (application_id, event_id, filename, mime, size, sha256, data, "
                    "for_applicant) VALUES (?, NULL, '内部审批单.pdf', 'application/pdf', 4, ?, X'25504446', 0)",
                    (aid, hashlib.sha256(b"%PDF").hexdigest()))
    if state in ("correction_requested", "closed"):
        event("correction_requested", received, text="请写明所需信息的年份。", due_by="2026-11-20")
    if state == "closed":
        event("closed", "2025-06-10", text="逾期未补正。")
    if state == "extended":
        event("extended", "2026-09-28", text="需调取档案。", days=20)
    if state == "consulting":
        event("consult_start", "2026-11-18", text="征求第三方意见。")
    if state == "withdrawn":
        event("withdrawn", "2025-09-02", actor="applicant", text="已自行获得。")
    if aid in (1, 5, 7):
        event("assigned", received or submitted[:10], actor="staff:1", text="王芳", internal=1)


# That version's 机构管理 let staff leave 上级机构 empty for an office or unit and
# nest units under offices or other units; the platform has one level of units
# under each agency, so the upgrade attaches such rows to the agency itself.
PARENTLESS_OFFICE, NESTED_UNIT = 12, 13


def insert_content_data(con):
    """What the previous version's staff could have added beyond its demo data: a
    report built from the data with its frozen figures, news without a 发布机构,
    a unit's draft entry with a working revision and an attachment, an office
    without a parent and a unit under a unit, each publishing."""
    con.execute("UPDATE annual_reports SET format = 'template', section1_md = '2025年总体情况。', "
                "section5_md = '无。', section6_md = '无其他事项。', frozen_at = '2026-01-20T02:00:00Z' "
                "WHERE year = 2025")
    figures = {"t2.rule.new": "0", "t2.normative.valid": "7", "t3.new.person": "12", "t3.new.total": "14",
               "t3.partial.person": "3", "t3.total.total": "14", "t3.carried_out.total": "1",
               "permit": "215", "review_total": "1"}
    con.executemany("INSERT INTO annual_report_figures (year, key, value) VALUES (2025, ?, ?)", figures.items())
    con.execute("INSERT INTO annual_report_figures (year, key, value) VALUES (2012, 'permit', '98')")
    con.execute("INSERT INTO news (id, title, agency_id, published_on, body_md, status) VALUES "
                "(900, '民政局召开2026年政务公开工作会议', NULL, '2026-03-02', '会议部署全年政务公开工作。', 'published')")
    con.execute("INSERT INTO entries (id, title, doc_no, agency_id, topic_id, genre_id, written_on, body_md, status) "
                "VALUES (901, '宁国市社会福利院2026年入院须知（草稿）', '', 3, NULL, NULL, '2026-11-01', '入院须知正文。', 'draft')")
    con.execute("INSERT INTO entry_revisions (entry_id, rev_no, status, title, agency_id, body_md, author_id, "
                "change_note) VALUES (901, 1, 'draft', '宁国市社会福利院2026年入院须知（草稿）', 3, '入院须知正文。', 2, '新建')")
    con.execute("INSERT INTO attachments (owner_kind, owner_id, filename, mime, size, sha256, data, sort) VALUES "
                "('entry', 901, '入院申请表.pdf', 'application/pdf', 4, ?, X'25504446', 10)",
                (hashlib.sha256(b"%PDF").hexdigest(),))
    con.execute("INSERT INTO agencies (id, parent_id, kind, name, phone, sort) VALUES "
                "(?, NULL, 'office', '信访办公室', '0563-4022001', 60), (?, 7, 'unit', '婚姻登记处河沥溪服务点', '', 70)",
                (PARENTLESS_OFFICE, NESTED_UNIT))
    for entry_id, agency, title in ((902, PARENTLESS_OFFICE, "2026年信访工作情况通报"),
                                    (903, NESTED_UNIT, "河沥溪服务点婚姻登记预约办法")):
        con.execute("INSERT INTO entries (id, index_no, title, agency_id, written_on, published_on, body_md, status) "
                    "VALUES (?, ?, ?, ?, '2026-10-09', '2026-10-10', '正文。', 'published')",
                    (entry_id, f"11341881003018759D/202610-0{entry_id}", title, agency))
    con.execute("INSERT INTO news (id, title, agency_id, published_on, body_md, status) VALUES "
                "(901, '河沥溪服务点恢复周六办理', ?, '2026-10-11', '周六照常办理。', 'published')", (NESTED_UNIT,))


def build_previous_install(directory):
    """content.db and private.db as the previous version left them; returns their paths."""
    content, private = os.path.join(directory, "content.db"), os.path.join(directory, "private.db")
    con = open_db(content)
    run_migrations(con, "content", CONTENT_MIGRATIONS)
    con.executescript(previous_file("sql/demo/content_demo.sql"))
    con.execute("BEGIN")
    insert_content_data(con)
    con.execute("COMMIT")
    con.close()
    con = open_db(private)
    run_migrations(con, "private", PRIVATE_MIGRATIONS)
    con.execute("BEGIN")
    insert_private_data(con)
    con.execute("COMMIT")
    con.close()
    return content, private


def portalctl(env, *args):
    return subprocess.run([os.path.join(BUILD, "portalctl"), *args], env=env, capture_output=True, text=True)


@pytest.fixture(scope="module")
def upgrade():
    """The previous install (old/) and a migrated copy of it (new/)."""
    top = tempfile.mkdtemp(prefix="portal-upgrade-")
    old_dir, new_dir = os.path.join(top, "old"), os.path.join(top, "new")
    os.makedirs(old_dir)
    old = build_previous_install(old_dir)
    shutil.copytree(old_dir, new_dir)
    new = (os.path.join(new_dir, "content.db"), os.path.join(new_dir, "private.db"))
    env = dict(os.environ, PORTAL_CONTENT_DB=new[0], PORTAL_PRIVATE_DB=new[1],
               PORTAL_SQL_DIR=os.path.join(ROOT, "sql"), PORTAL_SECRET_FILE=os.path.join(new_dir, "secret.key"))
    run = portalctl(env, "migrate")
    assert run.returncode == 0, run.stdout + run.stderr
    yield {"old": old, "new": new, "env": env, "migrate_output": run.stdout + run.stderr}
    shutil.rmtree(top, ignore_errors=True)


def query(path, sql, params=()):
    con = harness.connect(f"file:{path}?mode=ro", uri=True)    # the search index needs its tokenizer
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def columns(path, table):
    return [row[1] for row in query(path, f"PRAGMA table_info({table})")]


def tables(path):
    return [name for (name,) in query(path, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not DERIVED.match(name)]


def all_rows(path, table, cols):
    listed = ", ".join(f'"{c}"' for c in cols)
    return query(path, f'SELECT {listed} FROM "{table}" ORDER BY rowid')


# ---------------------------------------------------------------- content.db


def test_the_previous_install_is_what_that_version_made(upgrade):
    content, private = upgrade["old"]
    assert query(content, "PRAGMA user_version") == [(4,)] and query(private, "PRAGMA user_version") == [(2,)]
    assert query(content, "SELECT count(*) FROM entries") == [(53,)]
    assert query(content, "SELECT year FROM annual_reports ORDER BY year") == [(2012,), (2025,)]
    assert query(private, "SELECT count(*) FROM applications") == [(len(APPLICATIONS),)]


def test_migrate_brings_both_databases_to_the_current_schema(upgrade):
    content, private = upgrade["new"]
    newest = max(int(n[:3]) for n in os.listdir(os.path.join(ROOT, "sql", "content")) if n[:3].isdigit())
    assert query(content, "PRAGMA user_version") == [(newest,)]
    newest = max(int(n[:3]) for n in os.listdir(os.path.join(ROOT, "sql", "private")) if n[:3].isdigit())
    assert query(private, "PRAGMA user_version") == [(newest,)]


@pytest.mark.parametrize("table", ["categories", "entries", "entry_revisions", "attachments",
                                   "guides", "guide_materials", "guide_steps", "news", "calendar_years",
                                   "calendar_days"])
def test_every_content_row_keeps_every_column_it_had(upgrade, table):
    old, new = upgrade["old"][0], upgrade["new"][0]
    cols = columns(old, table)
    before = all_rows(old, table, cols)
    assert before, f"no {table} in the previous install"
    assert all_rows(new, table, cols) == before


def test_agencies_keep_every_column_and_loose_offices_and_nested_units_join_the_agency(upgrade):
    old, new = upgrade["old"][0], upgrade["new"][0]
    cols = columns(old, "agencies")
    before = all_rows(old, "agencies", cols)
    parent = cols.index("parent_id")
    moved = {PARENTLESS_OFFICE, NESTED_UNIT}
    expected = [row[:parent] + ((1,) if row[0] in moved else row[parent:parent + 1]) + row[parent + 1:]
                for row in before]
    assert all_rows(new, "agencies", cols) == expected


def test_no_content_table_is_left_unchecked(upgrade):
    old = upgrade["old"][0]
    checked = {"agencies", "categories", "entries", "entry_revisions", "attachments", "guides",
               "guide_materials", "guide_steps", "news", "calendar_years", "calendar_days", "content_version"}
    assert set(tables(old)) <= checked | RESHAPED


def test_the_agency_gets_a_code_a_level_and_the_old_urls(upgrade):
    new = upgrade["new"][0]
    assert query(new, "SELECT id, code, level FROM agencies WHERE parent_id IS NULL") == [(1, "a1", "department")]
    assert query(new, "SELECT count(*) FROM agencies WHERE parent_id IS NOT NULL AND code IS NOT NULL") == [(0,)]
    assert query(new, "SELECT value FROM settings WHERE key = 'legacy_agency_id'") == [("1",)]


def test_all_content_belongs_to_the_agency(upgrade):
    new = upgrade["new"][0]
    for table in ("entries", "guides", "news"):
        assert query(new, f"SELECT DISTINCT owner_id FROM {table}") == [(1,)], table
    assert query(new, "SELECT owner_id FROM entries WHERE id = 901") == [(1,)]      # a unit's draft
    assert query(new, "SELECT owner_id FROM news WHERE id = 900") == [(1,)]         # news without 发布机构
    assert query(new, "SELECT id, owner_id FROM entries WHERE id IN (902, 903)") == [(902, 1), (903, 1)]
    assert query(new, "SELECT owner_id FROM news WHERE id = 901") == [(1,)]


def test_pages_keep_their_text_and_become_the_agencys(upgrade):
    old, new = upgrade["old"][0], upgrade["new"][0]
    before = query(old, "SELECT slug, title, body_md, updated_on FROM pages ORDER BY slug")
    assert len(before) >= 3
    after = query(new, "SELECT slug, title, body_md, updated_on, agency_id FROM pages ORDER BY slug")
    assert [row[:4] for row in after] == before
    assert {slug: agency for slug, _, _, _, agency in after} == \
        {slug: (None if slug == "accessibility" else 1) for slug, *_ in before}


def test_annual_reports_and_their_figures_keep_everything(upgrade):
    old, new = upgrade["old"][0], upgrade["new"][0]
    cols = columns(old, "annual_reports")
    listed = ", ".join(cols)
    before = query(old, f"SELECT {listed} FROM annual_reports ORDER BY year")
    assert query(new, f"SELECT {listed} FROM annual_reports ORDER BY year") == before
    assert query(new, "SELECT DISTINCT agency_id FROM annual_reports") == [(1,)]
    figures = query(old, "SELECT year, key, value FROM annual_report_figures ORDER BY year, key")
    assert len(figures) == 10
    assert query(new, "SELECT r.year, f.key, f.value FROM annual_report_figures f "
                      "JOIN annual_reports r ON r.id = f.report_id ORDER BY r.year, f.key") == figures


def test_settings_stay_and_the_application_office_becomes_the_agencys(upgrade):
    old, new = upgrade["old"][0], upgrade["new"][0]
    before = dict(query(old, "SELECT key, value FROM settings"))
    office = {k: v for k, v in before.items() if k.startswith("applications_")}
    assert office, "the previous demo had the application office in settings"
    after = dict(query(new, "SELECT key, value FROM settings"))
    assert {k: after.get(k) for k in before if k not in office} == {k: v for k, v in before.items() if k not in office}
    assert dict(query(new, "SELECT key, value FROM agency_settings WHERE agency_id = 1")) == office


def test_search_still_finds_every_published_document(upgrade):
    old, new = upgrade["old"][0], upgrade["new"][0]
    before = query(old, "SELECT kind, ref_id, title, posted_on FROM search_docs WHERE kind <> 'report' "
                        "ORDER BY kind, ref_id")
    assert query(new, "SELECT kind, ref_id, title, posted_on FROM search_docs WHERE kind <> 'report' "
                      "ORDER BY kind, ref_id") == before
    # An entry's 文号 and keywords, once in front of its body, are fields of their own (migration 6).
    old_entries = query(old, "SELECT ref_id, body FROM search_docs WHERE kind = 'entry' ORDER BY ref_id")
    new_entries = query(new, "SELECT ref_id, docno || ' ' || keywords || ' ' || body FROM search_docs "
                             "WHERE kind = 'entry' ORDER BY ref_id")
    assert new_entries == old_entries
    reports = query(new, "SELECT r.year, d.title FROM search_docs d JOIN annual_reports r ON r.id = d.ref_id "
                         "WHERE d.kind = 'report' ORDER BY r.year")
    assert reports == query(old, "SELECT ref_id, title FROM search_docs WHERE kind = 'report' ORDER BY ref_id")
    assert query(new, "SELECT count(*) FROM search_docs WHERE owner_id IS NOT 1") == [(0,)]
    hits = query(new, "SELECT count(*) FROM search_fts WHERE search_fts MATCH '最低生活保障'")[0][0]
    assert hits == query(old, "SELECT count(*) FROM search_fts WHERE search_fts MATCH '最低生活保障'")[0][0] > 0


# ---------------------------------------------------------------- private.db


@pytest.mark.parametrize("table", ["applications", "application_events", "application_files",
                                   "application_counters", "users", "sessions", "audit_log", "rate_limits"])
def test_every_private_row_keeps_every_column_it_had(upgrade, table):
    old, new = upgrade["old"][1], upgrade["new"][1]
    cols = columns(old, table)
    before = all_rows(old, table, cols)
    assert before, f"no {table} in the previous install"
    assert all_rows(new, table, cols) == before


def test_no_private_table_is_left_unchecked(upgrade):
    checked = {"applications", "application_events", "application_files", "application_counters", "users",
               "sessions", "audit_log", "rate_limits", "user_roles"}
    assert set(tables(upgrade["old"][1])) <= checked


def test_applications_become_the_agencys_with_their_numbers(upgrade):
    new = upgrade["new"][1]
    assert query(new, "SELECT number, agency_id, agency_seq FROM applications ORDER BY id") == \
        [(number, 1, seq) for _, number, _, seq, *_ in APPLICATIONS]
    assert query(new, "SELECT agency_id, year, last_seq FROM agency_application_counters ORDER BY year") == \
        [(1, 2025, 3), (1, 2026, 5)]


def test_every_role_is_kept_admin_platform_wide_the_others_in_the_agency(upgrade):
    old, new = upgrade["old"][1], upgrade["new"][1]
    before = set(query(old, "SELECT user_id, role FROM user_roles"))
    assert len(before) == sum(len(u[4]) for u in USERS)
    admins = set(query(new, "SELECT user_id, role FROM user_roles"))
    in_agency = set(query(new, "SELECT user_id, role, agency_id FROM user_agency_roles"))
    assert admins == {(u, r) for u, r in before if r == "admin"}
    assert in_agency == {(u, r, 1) for u, r in before if r != "admin"}


def dump(path):
    con = harness.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def test_migrate_again_changes_nothing_and_check_passes(upgrade):
    before = [dump(db) for db in upgrade["new"]]
    run = portalctl(upgrade["env"], "migrate")
    assert run.returncode == 0, run.stderr
    assert "assigned" not in run.stdout              # nothing left to adopt
    assert [dump(db) for db in upgrade["new"]] == before
    check = portalctl(upgrade["env"], "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count(", ok") == 2, check.stdout


# ---------------------------------------------------------------- the migrated site


@pytest.fixture(scope="module")
def site(upgrade):
    p = Portal(databases=upgrade["new"], env_overrides={"PORTAL_APPLY_RATE": "100"})
    yield p
    p.close()


@pytest.mark.parametrize("old_url, new_url", [("/catalogue/4", "/a1/catalogue/4"),
                                              ("/reports/2012", "/a1/reports/2012"),
                                              ("/disclosure-guide", "/a1/disclosure-guide")])
def test_old_urls_answer_301_to_the_agencys_pages(site, old_url, new_url):
    r = site.get(old_url)
    assert r.status_code == 301 and r.headers["Location"] == new_url
    page = site.get(new_url)
    assert page.status_code == 200


def test_the_old_entry_and_report_read_the_same_at_their_new_place(site, upgrade):
    old = upgrade["old"][0]
    (title,) = query(old, "SELECT title FROM entries WHERE id = 4")[0]
    assert title in site.get("/a1/catalogue/4").text
    (report,) = query(old, "SELECT title FROM annual_reports WHERE year = 2012")[0]
    assert report in site.get("/a1/reports/2012").text


def test_a_clerk_signed_in_before_the_upgrade_sees_the_old_applications(site):
    s = requests.Session()
    s.cookies.set("staff_session", CLERK_TOKEN, path="/admin")
    r = s.get(site.url("/admin/applications"), allow_redirects=False, timeout=10)
    assert r.status_code == 200, r.headers.get("Location")
    for number in ("YSQ-2026-000001", "YSQ-2026-000002", "YSQ-2026-000004"):
        assert number in r.text


def test_an_old_receipt_number_and_code_still_open_the_status_page(site):
    s = requests.Session()
    page = s.get(site.url("/apply/status"), timeout=10)
    r = s.post(site.url("/apply/status"), data={"csrf_token": csrf_from(page.text), "number": "YSQ-2026-000002",
                                               "code": ACCESS_CODE}, allow_redirects=False, timeout=10)
    assert r.status_code == 200 and "第5项申请的信息" in r.text, r.text[:1000]


def test_a_new_application_continues_the_agencys_numbering(site):
    s = requests.Session()
    form = s.get(site.url("/apply?agency=a1"), timeout=10)
    key = re.search(r'name="idempotency_key" value="([0-9a-f]{32})"', form.text).group(1)
    data = {"csrf_token": csrf_from(form.text), "idempotency_key": key, "agency": "a1",
            "applicant_type": "person", "person_name": "王晓明", "id_type": "resident_id",
            "id_number": "11010519491231002X", "phone": "13905634567", "address": "安徽省宁国市中山路88号",
            "info_title": "2026年临时救助资金发放情况", "info_description": "请提供2026年临时救助资金发放总额。",
            "medium": "electronic", "delivery": "online", "declaration": "1"}
    r = s.post(site.url("/apply"), data=data, allow_redirects=False, timeout=10)
    assert r.status_code == 303, r.text[:1000]
    receipt = s.get(site.url("/apply/receipt"), timeout=10).text
    number = re.search(r'class="receipt-number">([A-Z0-9]+-(\d{4})-(\d{6}))<', receipt)
    year = int(number.group(2))
    last = {2025: 3, 2026: 5}.get(year, 0)
    assert number.group(1) == f"A1-{year}-{last + 1:06d}"


# ---------------------------------------------------------------- installs that do not fit the usual shape


def migrated_variant(change_content):
    """A previous install changed by CHANGE_CONTENT(con), migrated; returns (run, content, private, dir)."""
    top = tempfile.mkdtemp(prefix="portal-upgrade-variant-")
    content, private = build_previous_install(top)
    con = open_db(content)
    change_content(con)
    con.close()
    env = dict(os.environ, PORTAL_CONTENT_DB=content, PORTAL_PRIVATE_DB=private,
               PORTAL_SQL_DIR=os.path.join(ROOT, "sql"), PORTAL_SECRET_FILE=os.path.join(top, "secret.key"))
    return portalctl(env, "migrate"), content, private, top


def test_with_a_second_bureau_the_applications_go_to_the_one_the_old_urls_belonged_to():
    def second_bureau(con):
        con.execute("INSERT INTO agencies (id, parent_id, kind, name, sort) VALUES (60, NULL, 'bureau', "
                    "'宁国市老龄工作委员会办公室', 90)")
    run, content, private, top = migrated_variant(second_bureau)
    try:
        assert run.returncode == 0, run.stderr
        assert query(content, "SELECT id, code FROM agencies WHERE parent_id IS NULL ORDER BY id") == \
            [(1, "a1"), (60, "a60")]
        assert query(content, "SELECT id, parent_id FROM agencies WHERE id IN (?, ?) ORDER BY id",
                     (PARENTLESS_OFFICE, NESTED_UNIT)) == [(PARENTLESS_OFFICE, 1), (NESTED_UNIT, 1)]
        assert query(content, "SELECT value FROM settings WHERE key = 'legacy_agency_id'") == [("1",)]
        assert query(private, "SELECT DISTINCT agency_id FROM applications") == [(1,)]
        assert query(private, "SELECT count(*) FROM user_roles WHERE role <> 'admin'") == [(0,)]
    finally:
        shutil.rmtree(top, ignore_errors=True)


def test_without_any_agency_migrate_fails_and_leaves_the_applications_for_the_operator():
    def no_agency(con):
        con.executescript("PRAGMA foreign_keys=OFF; DELETE FROM agencies; DELETE FROM annual_report_figures; "
                          "DELETE FROM annual_reports;")
    run, content, private, top = migrated_variant(no_agency)
    try:
        assert run.returncode != 0 and "assign them by hand" in run.stderr
        assert query(private, "SELECT count(*) FROM applications WHERE agency_id IS NULL") == [(len(APPLICATIONS),)]
    finally:
        shutil.rmtree(top, ignore_errors=True)
