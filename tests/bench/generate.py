"""Bench data: a platform of 50 agencies (the demo's six plus 44 more
departments, towns and sub-districts of 宁国市, each with one to three units)
with ENTRIES published catalogue entries (100,000 by default; the bench also
makes 1,000,000 the same way) spread over the agencies and their units
(titles, 文号, 索引号 and Markdown bodies built from a civil-affairs vocabulary,
20 years of dates) on top of the demo data, and a private.db with 10,000
applications spread over the agencies with their own receipt numbers.

usage: generate.py STATE_DIR PORTALCTL [ENTRIES] [APPLICATIONS]
The databases are created by `portalctl init` (migrations + demo data), so
the bench runs against exactly the schema the portal ships. The entries go in
with the search triggers dropped, and `portalctl reindex` then fills
search_docs in one INSERT ... SELECT from search_source and builds the search
index in one pass (the portal's own tokenizer): that step is the index build
time the bench reports, printed as the last line ("index: SECONDS s")."""

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
import time

SEED = 20260101

TOPICS = {  # category id -> subjects a document of that topic is about
    1: ["民政事业发展", "基层政权建设", "社区治理", "村民自治", "民政统计"],
    2: ["城乡最低生活保障", "特困人员救助供养", "临时救助", "低保边缘家庭认定", "医疗救助衔接", "流浪乞讨人员救助"],
    3: ["困境儿童保障", "孤儿基本生活费", "残疾人两项补贴", "儿童福利机构", "福利彩票公益金"],
    4: ["婚姻登记", "结婚登记", "离婚冷静期", "补领婚姻登记证", "婚俗改革"],
    5: ["殡葬管理", "惠民殡葬", "公益性公墓", "节地生态安葬", "清明祭扫"],
    6: ["社会组织登记", "社会团体年检", "民办非企业单位", "行业协会商会", "社会组织等级评估"],
    7: ["地名管理", "行政区划调整", "地名普查", "门牌标志设置", "界线联检"],
    8: ["优抚对象抚恤", "烈士纪念设施", "退役军人优待", "重点优抚对象医疗保障"],
    9: ["养老服务", "居家养老服务补贴", "敬老院改造", "高龄津贴", "养老机构安全检查", "老年助餐点"],
    10: ["内设机构职能", "局属单位职责", "领导分工调整"],
    11: ["部门预算", "部门决算", "救助资金发放", "专项资金绩效评价", "政府采购"],
    12: ["公开招聘", "人事任免", "事业单位考核"],
    13: ["政务公开工作", "政府信息公开年度报告", "政策解读", "依申请公开办理"],
}
GENRES = {  # category id -> title patterns ({y}: year, {s}: subject, {p}: place)
    21: ["宁国市{s}管理办法", "宁国市{s}实施细则"],
    22: ["关于进一步做好{s}工作的通知", "宁国市{s}实施办法（试行）", "关于调整{s}标准的通知"],
    23: ["关于{p}{s}有关事项的复函", "{y}年{s}工作方案"],
    24: ["关于开展{y}年度{s}工作的通知", "关于{s}的公告", "{p}{s}公示"],
    25: ["{y}年{s}工作计划", "{y}年{s}工作要点"],
    26: ["{y}年{s}工作总结", "{y}年上半年{s}工作情况报告"],
    27: ["《关于进一步做好{s}工作的通知》政策解读", "图解：{y}年{s}新政策"],
    28: ["{y}年第{q}季度{s}统计数据", "{y}年{m}月{s}资金发放情况"],
    29: ["{a}{y}年政府信息公开工作年度报告"],
    30: ["{a}{y}年部门预算", "{a}{y}年部门决算"],
    31: ["{y}年{s}岗位公开招聘公告", "关于{p}{s}人员任免的通知"],
}
PLACES = ["西津街道", "河沥溪街道", "汪溪街道", "南山街道", "港口镇", "梅林镇", "中溪镇", "宁墩镇",
          "仙霞镇", "竹峰街道", "霞西镇", "甲路镇", "万家乡", "青龙乡", "云梯畲族乡", "方塘乡"]
PEOPLE = ["城乡低保对象", "特困供养人员", "困难群众", "60周岁以上老年人", "80周岁以上高龄老人",
          "事实无人抚养儿童", "重度残疾人", "优抚对象", "社会组织负责人", "乡镇民政助理员"]
ACTIONS = ["严格落实", "全面推进", "规范开展", "认真组织", "切实加强", "稳步提高", "动态调整"]
MEASURES = ["入户核查", "民主评议", "张榜公示", "社会化发放", "动态管理", "按月足额发放",
            "一门受理、协同办理", "信息化核对", "分类施保", "结对帮扶"]
FIRST_YEAR, LAST_YEAR = 2006, 2025

# 44 agencies beyond the demo's six (mzj, zf, rsj, czj, xjjd, gkz): (code, name, level).
# Bench data, not demo data: names follow 宁国市's real departments and towns.
MORE_AGENCIES = [
    ("fgw", "宁国市发展和改革委员会", "department"), ("jtj", "宁国市教育体育局", "department"),
    ("kjj", "宁国市科学技术局", "department"), ("jxj", "宁国市经济和信息化局", "department"),
    ("gaj", "宁国市公安局", "department"), ("sfj", "宁国市司法局", "department"),
    ("zrzyj", "宁国市自然资源和规划局", "department"), ("sthjj", "宣城市宁国市生态环境分局", "department"),
    ("zjj", "宁国市住房和城乡建设局", "department"), ("jtysj", "宁国市交通运输局", "department"),
    ("slj", "宁国市水利局", "department"), ("nyncj", "宁国市农业农村局", "department"),
    ("swj", "宁国市商务局", "department"), ("wlj", "宁国市文化旅游体育局", "department"),
    ("wjw", "宁国市卫生健康委员会", "department"), ("tyjrj", "宁国市退役军人事务局", "department"),
    ("yjj", "宁国市应急管理局", "department"), ("sjj", "宁国市审计局", "department"),
    ("scjgj", "宁国市市场监督管理局", "department"), ("tjj", "宁国市统计局", "department"),
    ("ybj", "宁国市医疗保障局", "department"), ("lyj", "宁国市林业局", "department"),
    ("cgj", "宁国市城市管理行政执法局", "department"), ("sjzyj", "宁国市数据资源管理局", "department"),
    ("xfj", "宁国市信访局", "department"), ("mzzjj", "宁国市民族宗教事务局", "department"),
    ("gxs", "宁国市供销合作社联合社", "department"), ("jgswj", "宁国市机关事务服务中心", "department"),
    ("zwfwj", "宁国市政务服务管理局", "department"), ("gzw", "宁国市国有资产监督管理委员会", "department"),
    ("hlxjd", "宁国市河沥溪街道办事处", "township"), ("wxjd", "宁国市汪溪街道办事处", "township"),
    ("nsjd", "宁国市南山街道办事处", "township"), ("mlz", "宁国市梅林镇人民政府", "township"),
    ("zxz", "宁国市中溪镇人民政府", "township"), ("ndz", "宁国市宁墩镇人民政府", "township"),
    ("xxz", "宁国市仙霞镇人民政府", "township"), ("zfz", "宁国市竹峰街道办事处", "township"),
    ("hxz", "宁国市霞西镇人民政府", "township"), ("jlz", "宁国市甲路镇人民政府", "township"),
    ("wjx", "宁国市万家乡人民政府", "township"), ("qlx", "宁国市青龙乡人民政府", "township"),
    ("ytx", "宁国市云梯畲族乡人民政府", "township"), ("ftx", "宁国市方塘乡人民政府", "township"),
]
UNIT_NAMES = ["办公室", "政务服务中心", "综合执法大队", "财务所", "社会事务办公室"]
ART20_BY_GENRE = {21: 1, 22: 1, 25: 3, 28: 4, 30: 7, 31: 14}   # as migration 005 files the demo's


def paragraph(rng, subject, year):
    people, place = rng.choice(PEOPLE), rng.choice(PLACES)
    return (f"{rng.choice(ACTIONS)}{subject}工作，对{place}{people}实行{rng.choice(MEASURES)}，"
            f"{year}年全市共保障{rng.randint(120, 9800)}人，发放资金{rng.randint(20, 4800)}.{rng.randint(0, 99):02d}万元。"
            f"各乡镇（街道）要{rng.choice(ACTIONS)}{rng.choice(MEASURES)}，确保政策落实到位。")


def body_markdown(rng, subject, year, doc_no):
    parts = [f"各乡镇人民政府、街道办事处，局机关各股室、局属各单位：\n\n"
             f"根据《社会救助暂行办法》和省、市有关规定，现就{subject}有关事项通知如下。"]
    for n, head in enumerate(rng.sample(["工作目标", "主要任务", "保障标准", "工作要求", "监督管理"], 3), 1):
        parts.append(f"## {'一二三'[n - 1]}、{head}\n\n{paragraph(rng, subject, year)}")
    if rng.random() < 0.3:
        parts.append("| 类别 | 标准（元/月） |\n|---|---|\n"
                     f"| 城市 | {rng.randint(500, 900)} |\n| 农村 | {rng.randint(400, 800)} |")
    parts.append(f"- 联系电话：0563-{rng.randint(4000000, 4199999)}\n- 文号：{doc_no}")
    return "\n\n".join(parts) + "\n"


def add_agencies(con, rng):
    """MORE_AGENCIES with one to three units each; returns the publishers of the
    whole platform as [(agency or unit id, owner's name, owner's 统一社会信用代码)]."""
    for i, (code, name, level) in enumerate(MORE_AGENCIES):
        agency_id = 1000 + 10 * i
        con.execute("INSERT INTO agencies (id, parent_id, kind, name, uscc, duties_md, address, postcode, phone,"
                    " sort, code, level) VALUES (?, NULL, 'bureau', ?, ?, ?, ?, '242300', ?, ?, ?, ?)",
                    (agency_id, name, f"1134188100{agency_id:07d}X", f"{name}的主要职责（压测数据）。",
                     f"安徽省宁国市{rng.choice(PLACES)}{rng.randint(1, 300)}号", f"0563-40{agency_id:05d}",
                     100 + i, code, level))
        for u, unit in enumerate(rng.sample(UNIT_NAMES, rng.randint(1, 3)), 1):
            con.execute("INSERT INTO agencies (id, parent_id, kind, name, sort) VALUES (?, ?, ?, ?, ?)",
                        (agency_id + u, agency_id, "office" if u == 1 else "unit", unit, u))
    return con.execute("SELECT a.id, o.name, coalesce(o.uscc, '') FROM agencies a"
                       " JOIN agencies o ON o.id = coalesce(a.parent_id, a.id) ORDER BY a.id").fetchall()


def entry_dates(rng, count):
    """The dates of COUNT entries in publication order, as they arrive on the
    real site, packed as integers (YYYYMMPPWW: year, month, day published, day
    written) so that a million of them sort in little memory."""
    packed = []
    for _ in range(count):
        year, month, day = rng.randint(FIRST_YEAR, LAST_YEAR), rng.randint(1, 12), rng.randint(1, 28)
        published = min(day + rng.randint(0, 3), 28)
        packed.append(((year * 100 + month) * 100 + published) * 100 + day)
    packed.sort()
    return packed


def entry_row(rng, n, packed_date, publishers):
    topic = rng.choice(list(TOPICS))
    genre = rng.choice(list(GENRES))
    subject = rng.choice(TOPICS[topic])
    agency_id, owner_name, uscc = rng.choice(publishers)
    year, month = packed_date // 1000000, packed_date // 10000 % 100
    published_day, day = packed_date // 100 % 100, packed_date % 100
    title = rng.choice(GENRES[genre]).format(y=year, s=subject, p=rng.choice(PLACES),
                                             q=rng.randint(1, 4), m=month, a=owner_name)
    doc_no = f"宁民{rng.choice(['', '发', '函', '救'])}〔{year}〕{rng.randint(1, 180)}号" if genre in (21, 22, 23, 24) else ""
    written = f"{year}-{month:02d}-{day:02d}"
    published = f"{year}-{month:02d}-{published_day:02d}"
    index_no = f"{uscc}/{year}{month:02d}-B{n:06d}"
    validity = "valid" if year >= 2020 or rng.random() < 0.8 else rng.choice(["repealed", "expired"])
    keywords = f"{subject} {rng.choice(PEOPLE)} {year}"
    return (index_no, title, doc_no, agency_id, topic, genre, written, published, keywords,
            validity, body_markdown(rng, subject, year, doc_no or "无"), ART20_BY_GENRE.get(genre))


def entry_rows(rng, count, publishers):
    """The entries' rows in publication order, made one at a time (a million
    rows with their bodies would not fit comfortably in memory at once)."""
    for n, packed in enumerate(entry_dates(rng, count), 1):
        yield entry_row(rng, n, packed, publishers)


def insert_entries(con, rows):
    con.executemany(
        "INSERT INTO entries (index_no, title, doc_no, agency_id, topic_id, genre_id, written_on,"
        " published_on, keywords, validity, body_md, art20, status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'published')",
        rows)


def bulk_triggers(con):
    """The triggers that would index row by row during the bulk insert: every
    one on search_docs (search_docs -> the FTS index) and every one on entries
    but the owner triggers, which file each entry under its agency (their
    UPDATE would fire the search and version triggers on entries again).
    (name, sql) pairs, recreated from their own SQL before COMMIT."""
    triggers = con.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"
                           " AND tbl_name IN ('entries', 'search_docs') ORDER BY name").fetchall()
    dropped = [(name, sql) for name, table, sql in triggers if table == "search_docs" or "owner" not in name]
    kept = [name for name, table, _ in triggers if table == "entries" and "owner" in name]
    if not kept or not any(table == "search_docs" for _, table, _ in triggers):
        raise SystemExit(f"generate.py: expected owner triggers on entries and search triggers on"
                         f" search_docs, found {[name for name, _, _ in triggers]}")
    return dropped


def fill_content(path, count, rng):
    """The agencies and entries in one transaction. FILL_SEARCH_DOCS: fill
    search_docs here (one INSERT ... SELECT) for a reindex that indexes it as
    it is; `portalctl reindex` fills it from search_source itself."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-262144")     # 256 MiB: the indexes of a million entries
    con.execute("BEGIN")
    publishers = add_agencies(con, rng)
    triggers = bulk_triggers(con)
    for name, _ in triggers:
        con.execute(f"DROP TRIGGER {name}")
    insert_entries(con, entry_rows(rng, count, publishers))
    for _, sql in triggers:
        con.execute(sql)
    con.execute("UPDATE content_version SET version = version + 1")
    con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    agencies = con.execute("SELECT id, code FROM agencies WHERE parent_id IS NULL").fetchall()
    con.close()
    return agencies


def reindex(path, portalctl):
    """Builds the search index in one pass (`portalctl reindex`: search_docs from
    search_source, then the FTS index) and merges it; returns the seconds it took."""
    started = time.time()
    subprocess.run([portalctl, "reindex"], check=True, stdout=subprocess.DEVNULL)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return time.time() - started


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = ["晓明", "建国", "秀英", "丽华", "志强", "海燕", "文斌", "桂兰", "子涵", "俊杰"]
STATES = ["submitted", "received", "replied", "closed", "extended", "correction_requested"]


def application_row(rng, n, agencies, seqs):
    year = rng.randint(2019, 2026)
    agency_id, code = rng.choice(agencies)
    seq = seqs[(agency_id, year)] = seqs.get((agency_id, year), 0) + 1
    name = rng.choice(SURNAMES) + rng.choice(GIVEN)
    subject = rng.choice(rng.choice(list(TOPICS.values())))
    return (f"{code.upper()}-{year}-{seq:06d}", year, n, agency_id, seq, hashlib.sha256(str(n).encode()).hexdigest(),
            hashlib.md5(f"k{n}".encode()).hexdigest(), "person", name, "resident_id",
            f"3418811980{rng.randint(1, 12):02d}{rng.randint(10, 28)}{rng.randint(100, 999)}X",
            f"139{rng.randint(10000000, 99999999)}", f"安徽省宁国市{rng.choice(PLACES)}{rng.randint(1, 300)}号",
            f"{year}年{subject}相关信息", f"请提供{year}年{subject}的有关文件和统计数据。",
            rng.choice(["paper", "electronic"]), rng.choice(["post", "pickup", "email", "online"]),
            rng.choice(STATES), f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T02:00:00Z")


def fill_private(path, count, rng, agencies):
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("BEGIN")
    # After the demo's own applications (portalctl init loads them), numbered on from theirs.
    seqs = {(a, y): last for a, y, last in con.execute(
        "SELECT agency_id, year, max(agency_seq) FROM applications GROUP BY agency_id, year")}
    first = con.execute("SELECT coalesce(max(seq), 0) FROM applications").fetchone()[0] + 1
    rows = [application_row(rng, n, agencies, seqs) for n in range(first, first + count)]
    con.executemany(
        "INSERT INTO applications (number, year, seq, agency_id, agency_seq, access_code_hash, idempotency_key,"
        " applicant_type, name, id_type, id_number, phone, address, info_title, info_description, medium,"
        " delivery, state, submitted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    con.execute("INSERT INTO application_events (application_id, at, day, kind, actor)"
                " SELECT id, submitted_at, substr(submitted_at, 1, 10), 'submitted', 'applicant' FROM applications")
    # Numbers of the bench's own submissions continue after the generated ones.
    con.execute("INSERT OR REPLACE INTO application_counters (year, last_seq)"
                " SELECT year, max(seq) FROM applications GROUP BY year")
    con.executemany("INSERT OR REPLACE INTO agency_application_counters (agency_id, year, last_seq)"
                    " VALUES (?, ?, ?)", [(a, y, last) for (a, y), last in seqs.items()])
    con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def main():
    state, portalctl = sys.argv[1], sys.argv[2]
    entries = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
    applications = int(sys.argv[4]) if len(sys.argv) > 4 else 10_000
    started = time.time()
    subprocess.run([portalctl, "init"], check=True, stdout=subprocess.DEVNULL)
    rng = random.Random(SEED)
    agencies = fill_content(os.environ["PORTAL_CONTENT_DB"], entries, rng)
    fill_private(os.environ["PORTAL_PRIVATE_DB"], applications, rng, agencies)
    print(f"generated {len(agencies)} agencies, {entries} entries and {applications} applications"
          f" in {time.time() - started:.1f} s")
    print(f"index: {reindex(os.environ['PORTAL_CONTENT_DB'], portalctl):.1f} s")


if __name__ == "__main__":
    main()
