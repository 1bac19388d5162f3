"""The staff side of inspection readiness (issue 14): two-level sign-off
(审核 then 审签 by a third person), the freshness self-check, public request
statistics, and 依申请转主动. Each test drives the real pages as staff would
and checks what they, the public and the audit log then see."""

import http.server
import re
import threading
import time

import pytest

from harness import Portal, free_port
from http_util import agency_form, guide_values, tidy_errors
from staff_login import make_staff, signed_in

MZJ, RSJ = 1, 200


@pytest.fixture(scope="module")
def ip():
    """A portal of this module's own: 民政局's editor, reviewer, a reviewer who
    also signs, a signer, and 人社局's reviewer. Its applications are the tests'
    own (the statistics are counted against them)."""
    p = Portal()
    p.without_demo_applications()
    for name, roles in (("ed", "editor"), ("rev", "reviewer"), ("revsign", "reviewer,signer"),
                        ("sign", "signer"), ("edsign", "editor,signer"), ("adm", "admin"),
                        ("rsjrev", "reviewer@rsj"), ("hd", "handler"), ("hded", "handler,editor"),
                        ("rsjhd", "handler@rsj")):
        make_staff(p, name, roles)
    yield p
    p.close()


@pytest.fixture(scope="module")
def staff(ip):
    """Signed-in sessions that open a connection per request: the module's
    later tests wait on check-links for longer than lighttpd keeps an idle
    connection, and a POST on a connection the server has just closed is
    not retried (RemoteDisconnected under the slower sanitizer build)."""
    sessions = {name: signed_in(ip, name) for name in ("ed", "rev", "revsign", "sign", "edsign", "adm", "rsjrev",
                                                       "hd", "hded", "rsjhd")}
    for session in sessions.values():
        session.headers["Connection"] = "close"
    return sessions


def post(ip, s, path, data=None):
    return s.post(ip.url(path), data=dict(data or {}, csrf_token=s.token), allow_redirects=False, timeout=30)


def entry_form(title, body="正文。"):
    return {"title": title, "doc_no": "", "agency_id": str(MZJ), "topic_id": "", "genre_id": "",
            "written_on": "", "keywords": "", "validity": "valid", "validity_note": "",
            "disclosure_method": "主动公开", "disclosure_scope": "面向社会", "art20": "", "body_md": body,
            "change_note": "", "action": "save"}


def submitted_entry(ip, editor, title):
    r = post(ip, editor, "/admin/entries/new", entry_form(title))
    assert r.status_code == 303, r.text[:300]
    entry_id = int(re.match(r"/admin/entries/(\d+)", r.headers["Location"]).group(1))
    assert post(ip, editor, f"/admin/entries/{entry_id}/submit").status_code == 303
    return entry_id


def audit(ip, action, target):
    return ip.query("private", "SELECT user_name, summary FROM audit_log WHERE action = ? AND target = ? ORDER BY id",
                    (action, target))


def set_levels(ip, s, agency, levels):
    return post(ip, s, "/admin/review-levels", {"agency": str(agency), "levels": str(levels)})


@pytest.fixture
def two_levels(ip, staff):
    assert set_levels(ip, staff["adm"], MZJ, 2).status_code == 303
    yield
    assert set_levels(ip, staff["adm"], MZJ, 1).status_code == 303


# ---- two-level sign-off ---------------------------------------------------------------

def test_the_administrator_sets_two_levels_and_the_page_warns_while_the_agency_has_no_signer(ip, staff):
    page = staff["adm"].get(ip.url("/admin/review-levels")).text
    assert "宁国市民政局" in page and "人力资源" in page    # every agency for the platform administrator
    r = set_levels(ip, staff["adm"], RSJ, 2)
    assert r.status_code == 303
    assert ip.query("content", "SELECT value FROM agency_settings WHERE agency_id = ? AND key = 'review_levels'",
                    (RSJ,)) == [("2",)]
    page = staff["rsjrev"].get(ip.url("/admin/review-levels")).text
    assert "两级：审核人审核，审签人审签后发布。" in page and "还没有审签人" in page
    assert "宁国市民政局" not in page                     # a reviewer sees their own agency only
    assert audit(ip, "agency.review_levels", f"agency:{RSJ}")[-1] == ("adm", "review_levels 1 -> 2")
    assert 'name="levels"' not in page                   # read-only for the agency's reviewer
    # only the platform administrator changes it, even for the reviewer's own agency
    assert set_levels(ip, staff["rsjrev"], RSJ, 1).status_code == 403
    assert ip.query("content", "SELECT value FROM agency_settings WHERE agency_id = ? AND key = 'review_levels'",
                    (RSJ,)) == [("2",)]
    assert set_levels(ip, staff["adm"], RSJ, 1).status_code == 303


def test_a_reviewer_cannot_set_any_agencys_levels_and_a_bad_value_is_explained(ip, staff):
    for name, agency in (("rsjrev", MZJ), ("rev", MZJ), ("revsign", MZJ)):
        assert set_levels(ip, staff[name], agency, 2).status_code == 403
    assert ip.query("content", "SELECT count(*) FROM agency_settings WHERE agency_id = ? AND key = 'review_levels' "
                    "AND value = '2'", (MZJ,)) == [(0,)]
    bad = set_levels(ip, staff["adm"], MZJ, 3)
    assert bad.status_code == 200 and "请选择一级或两级审核。" in bad.text


def test_with_two_levels_a_third_person_signs_and_the_same_person_is_refused(ip, staff, two_levels):
    entry_id = submitted_entry(ip, staff["ed"], "两级审核：关于低保标准的通知")
    # the first level: the reviewer attests 保密审查; the entry stays off the site, 待审签
    r = post(ip, staff["revsign"], f"/admin/entries/{entry_id}/publish", {"secrecy_checked": "1"})
    assert r.status_code == 303 and r.headers["Location"].endswith("done=approved")
    assert ip.get(f"/mzj/catalogue/{entry_id}").status_code == 404
    page = staff["sign"].get(ip.url(f"/admin/entries/{entry_id}")).text
    assert "待审签" in page and "审签并发布" in page
    assert "两级审核：关于低保标准的通知" in staff["sign"].get(ip.url("/admin/")).text   # the signer's dashboard
    # the reviewer who approved it cannot also sign it, even holding the signer role
    refused = post(ip, staff["revsign"], f"/admin/entries/{entry_id}/sign")
    assert refused.status_code == 409 and "您已审核通过此版本" in refused.text
    assert audit(ip, "review.self_refused", f"entry:{entry_id}") == [("revsign", "审核人不能审签同一版本")]
    assert ip.get(f"/mzj/catalogue/{entry_id}").status_code == 404
    # a second approval is not a signature
    again = post(ip, staff["rev"], f"/admin/entries/{entry_id}/publish", {"secrecy_checked": "1"})
    assert again.status_code == 200 and "正在等待审签人审签发布" in again.text
    # a third person signs: published
    ok = post(ip, staff["sign"], f"/admin/entries/{entry_id}/sign")
    assert ok.status_code == 303 and ok.headers["Location"].endswith("done=published")
    public = ip.get(f"/mzj/catalogue/{entry_id}").text
    assert "审核通过；" in public and "审签发布" in public
    for name in ("revsign", "sign", "王", "审签人"):
        assert name not in public.split("修订记录")[1].split("</table>")[0]
    assert audit(ip, "entry.approve", f"entry:{entry_id}")[0][0] == "revsign"
    publisher, summary = audit(ip, "entry.publish", f"entry:{entry_id}")[0]
    assert publisher == "sign" and summary.startswith("status signoff -> published; 审签")
    assert ip.query("content", "SELECT status, approved_by IS NOT NULL, reviewer_id IS NOT NULL FROM entry_revisions "
                    "WHERE entry_id = ?", (entry_id,)) == [("published", 1, 1)]


def test_an_approved_revision_waits_for_a_signer_even_after_the_levels_go_back_to_one(ip, staff, two_levels):
    entry_id = submitted_entry(ip, staff["ed"], "两级审核：降级后仍须审签")
    assert post(ip, staff["rev"], f"/admin/entries/{entry_id}/publish", {"secrecy_checked": "1"}).status_code == 303
    assert set_levels(ip, staff["rev"], MZJ, 1).status_code == 403          # the reviewer cannot drop the signer
    assert set_levels(ip, staff["adm"], MZJ, 1).status_code == 303          # even when the administrator does
    r = post(ip, staff["rev"], f"/admin/entries/{entry_id}/publish", {"secrecy_checked": "1"})
    assert r.status_code == 200 and "正在等待审签人审签发布" in r.text
    assert ip.get(f"/mzj/catalogue/{entry_id}").status_code == 404
    assert not audit(ip, "entry.publish", f"entry:{entry_id}")
    ok = post(ip, staff["sign"], f"/admin/entries/{entry_id}/sign")
    assert ok.status_code == 303 and ok.headers["Location"].endswith("done=published")
    assert audit(ip, "entry.publish", f"entry:{entry_id}")[0][0] == "sign"


def test_the_author_cannot_sign_their_own_entry(ip, staff, two_levels):
    entry_id = submitted_entry(ip, staff["edsign"], "两级审核：作者不能审签")
    assert post(ip, staff["rev"], f"/admin/entries/{entry_id}/publish", {"secrecy_checked": "1"}).status_code == 303
    refused = post(ip, staff["edsign"], f"/admin/entries/{entry_id}/sign")
    assert refused.status_code == 409 and "不能审签发布您自己最后修改的版本" in refused.text
    assert audit(ip, "review.self_refused", f"entry:{entry_id}") == [("edsign", "最后修改人不能审签同一版本")]
    assert ip.get(f"/mzj/catalogue/{entry_id}").status_code == 404


def test_a_signer_cannot_sign_before_approval_and_can_send_an_approved_entry_back(ip, staff, two_levels):
    entry_id = submitted_entry(ip, staff["ed"], "两级审核：审签退回")
    early = post(ip, staff["sign"], f"/admin/entries/{entry_id}/sign")
    assert early.status_code == 200 and "不在待审签状态" in early.text
    not_yet = post(ip, staff["sign"], f"/admin/entries/{entry_id}/return", {"comment": "请先审核"})
    assert not_yet.status_code == 200 and "审签人只能在审核通过后" in not_yet.text
    assert post(ip, staff["rev"], f"/admin/entries/{entry_id}/publish", {"secrecy_checked": "1"}).status_code == 303
    back = post(ip, staff["sign"], f"/admin/entries/{entry_id}/return", {"comment": "数据需核实"})
    assert back.status_code == 303
    assert ip.query("content", "SELECT status, approved_by, approved_at, review_comment FROM entry_revisions "
                    "WHERE entry_id = ?", (entry_id,)) == [("returned", None, None, "数据需核实")]
    assert audit(ip, "entry.return", f"entry:{entry_id}")[0] == ("sign", "status signoff -> returned; 意见: 数据需核实")


def test_news_with_two_levels_needs_a_reviewer_and_another_signer(ip, staff, two_levels):
    r = post(ip, staff["ed"], "/admin/news/new", {"title": "两级审核：局长调研", "agency_id": str(MZJ),
                                                   "published_on": "", "body_md": "调研。", "action": "save"})
    assert r.status_code == 303, r.text[:300]
    news_id = int(re.match(r"/admin/news/(\d+)", r.headers["Location"]).group(1))
    assert post(ip, staff["ed"], f"/admin/news/{news_id}/submit").status_code == 303
    page = staff["revsign"].get(ip.url(f"/admin/news/{news_id}")).text
    assert "审核通过，送审签" in page
    r = post(ip, staff["revsign"], f"/admin/news/{news_id}/publish", {"secrecy_checked": "1"})
    assert r.status_code == 303 and r.headers["Location"].endswith("done=approved")
    assert ip.get(f"/mzj/news/{news_id}").status_code == 404
    assert "两级审核：局长调研" in staff["sign"].get(ip.url("/admin/")).text
    refused = post(ip, staff["revsign"], f"/admin/news/{news_id}/sign")
    assert refused.status_code == 409 and audit(ip, "review.self_refused", f"news:{news_id}")
    assert post(ip, staff["sign"], f"/admin/news/{news_id}/sign").status_code == 303
    assert "两级审核：局长调研" in ip.get(f"/mzj/news/{news_id}").text
    assert [u for u, _ in audit(ip, "news.approve", f"news:{news_id}")] == ["revsign"]
    assert [u for u, _ in audit(ip, "news.publish", f"news:{news_id}")] == ["sign"]
    # A correction goes back into review with the approval cleared.
    assert post(ip, staff["ed"], f"/admin/news/{news_id}", {"title": "两级审核：局长调研（更正）", "agency_id": str(MZJ),
                                                          "published_on": "", "body_md": "调研。", "action": "save"}).status_code == 303
    assert ip.query("content", "SELECT status, approved_by FROM news WHERE id = ?", (news_id,)) == [("review", None)]
    assert post(ip, staff["sign"], f"/admin/news/{news_id}/sign").status_code == 200   # nothing approved to sign


def test_a_guide_with_two_levels_is_published_only_by_a_third_persons_signature(ip, staff, two_levels):
    original = ip.query("content", "SELECT name FROM guides WHERE id = 1")[0][0]
    r = post(ip, staff["edsign"], "/admin/guides/1/copy")
    assert r.status_code == 303
    copy_id = int(re.search(r"/admin/guides/(\d+)$", r.headers["Location"]).group(1))
    values = guide_values(staff["edsign"], ip, copy_id)
    values.update(name="两级审核：结婚登记（修订）", action="save")
    assert post(ip, staff["edsign"], f"/admin/guides/{copy_id}", values).status_code == 303
    assert post(ip, staff["edsign"], f"/admin/guides/{copy_id}/submit").status_code == 303
    assert "审核通过，送审签" in staff["revsign"].get(ip.url(f"/admin/guides/{copy_id}")).text
    r = post(ip, staff["revsign"], f"/admin/guides/{copy_id}/publish", {"secrecy_checked": "1"})
    assert r.status_code == 303 and r.headers["Location"].endswith("done=approved")
    public = ip.get("/mzj/guides/1").text
    assert original in public and "两级审核：结婚登记（修订）" not in public
    page = staff["sign"].get(ip.url(f"/admin/guides/{copy_id}")).text
    assert "审签并发布" in page and tidy_errors(page) == []
    # neither the approving reviewer nor the author signs, even holding the signer role
    for name, why in (("revsign", "审核人不能审签同一版本"), ("edsign", "最后修改人不能审签同一版本")):
        refused = post(ip, staff[name], f"/admin/guides/{copy_id}/sign")
        assert refused.status_code == 409
        assert audit(ip, "review.self_refused", f"guide:{copy_id}")[-1] == (name, why)
    again = post(ip, staff["rev"], f"/admin/guides/{copy_id}/publish", {"secrecy_checked": "1"})
    assert again.status_code == 200 and "正在等待审签人审签发布" in again.text
    assert "两级审核：结婚登记（修订）" not in ip.get("/mzj/guides/1").text
    ok = post(ip, staff["sign"], f"/admin/guides/{copy_id}/sign")
    assert ok.status_code == 303 and ok.headers["Location"].endswith("/admin/guides/1?done=published")
    assert "两级审核：结婚登记（修订）" in ip.get("/mzj/guides/1").text
    assert [u for u, _ in audit(ip, "guide.approve", f"guide:{copy_id}")] == ["revsign"]
    publisher, summary = audit(ip, "guide.publish", "guide:1")[-1]
    assert publisher == "sign" and summary.startswith("status signoff -> published; 审签")
    assert ip.query("content", "SELECT status, approved_by FROM guides WHERE id = 1") == [("published", None)]


def test_a_page_with_two_levels_is_published_only_by_a_third_persons_signature(ip, staff, two_levels):
    before = ip.get("/mzj/rules").text
    change = {"title": "宁国市民政局政府信息公开制度", "body_md": "两级审核：新的公开制度正文。", "action": "save"}
    assert post(ip, staff["edsign"], "/admin/pages/rules", change).status_code == 303
    # a signer cannot act before the reviewer's approval, then can send the approved change back
    early = post(ip, staff["sign"], "/admin/pages/rules/sign")
    assert early.status_code == 200 and "不在待审签状态" in early.text
    page = staff["revsign"].get(ip.url("/admin/pages/rules")).text
    assert "审核通过，送审签" in page and tidy_errors(page) == []
    r = post(ip, staff["revsign"], "/admin/pages/rules/publish", {"secrecy_checked": "1"})
    assert r.status_code == 303 and r.headers["Location"].endswith("done=approved")
    assert post(ip, staff["sign"], "/admin/pages/rules/return", {"comment": "请核对依据"}).status_code == 303
    assert ip.query("content", "SELECT work_status, approved_by, review_comment FROM pages WHERE agency_id = ? "
                    "AND slug = 'rules'", (MZJ,)) == [("returned", None, "请核对依据")]
    assert audit(ip, "page.return", "page:mzj/rules")[-1] == ("sign", "status review -> returned; 意见: 请核对依据")
    # saved again and approved again: still the old text in public
    assert post(ip, staff["edsign"], "/admin/pages/rules", change).status_code == 303
    r = post(ip, staff["revsign"], "/admin/pages/rules/publish", {"secrecy_checked": "1"})
    assert r.status_code == 303 and r.headers["Location"].endswith("done=approved")
    assert ip.get("/mzj/rules").text == before
    page = staff["sign"].get(ip.url("/admin/pages/rules")).text
    assert "审签并发布" in page and "待审签" in page and tidy_errors(page) == []
    for name, why in (("revsign", "审核人不能审签同一版本"), ("edsign", "最后修改人不能审签同一版本")):
        refused = post(ip, staff[name], "/admin/pages/rules/sign")
        assert refused.status_code == 409
        assert audit(ip, "review.self_refused", "page:mzj/rules")[-1] == (name, why)
    assert ip.get("/mzj/rules").text == before
    ok = post(ip, staff["sign"], "/admin/pages/rules/sign")
    assert ok.status_code == 303 and ok.headers["Location"].endswith("done=published")
    assert "两级审核：新的公开制度正文。" in ip.get("/mzj/rules").text
    assert [u for u, _ in audit(ip, "page.approve", "page:mzj/rules")] == ["revsign", "revsign"]
    publisher, summary = audit(ip, "page.publish", "page:mzj/rules")[-1]
    assert publisher == "sign" and summary.startswith("status signoff -> published; 审签")
    assert ip.query("content", "SELECT work_status, approved_by FROM pages WHERE agency_id = ? AND slug = 'rules'",
                    (MZJ,)) == [("", None)]


def test_an_agencys_public_text_with_two_levels_is_published_only_by_a_third_persons_signature(ip, staff, two_levels):
    before = ip.get("/mzj/functions").text
    fields = agency_form(staff["revsign"].get(ip.url(f"/admin/agencies/{MZJ}")).text, MZJ)
    fields.update(leaders="孙八｜局长｜主持全面工作（两级审核）。", action="save")
    r = post(ip, staff["revsign"], f"/admin/agencies/{MZJ}", fields)
    assert r.status_code == 303 and r.headers["Location"].endswith("saved=review"), r.text[:500]
    early = post(ip, staff["sign"], f"/admin/agencies/{MZJ}/sign")
    assert early.status_code == 200 and "不在待审签状态" in early.text
    page = staff["rev"].get(ip.url(f"/admin/agencies/{MZJ}")).text
    assert "审核通过，送审签" in page and tidy_errors(page) == []
    r = post(ip, staff["rev"], f"/admin/agencies/{MZJ}/publish", {"secrecy_checked": "1"})
    assert r.status_code == 303 and r.headers["Location"].endswith("done=approved")
    assert ip.get("/mzj/functions").text == before
    # the signer finds it on the dashboard and on the agency page
    dashboard = staff["sign"].get(ip.url("/admin/")).text
    assert f'href="/admin/agencies/{MZJ}"' in dashboard and "机构公开信息" in dashboard
    page = staff["sign"].get(ip.url(f"/admin/agencies/{MZJ}")).text
    assert "待审签" in page and "审签并发布" in page and tidy_errors(page) == []
    again = post(ip, staff["rev"], f"/admin/agencies/{MZJ}/publish", {"secrecy_checked": "1"})
    assert again.status_code == 200 and "正在等待审签人审签发布" in again.text
    refused = post(ip, staff["revsign"], f"/admin/agencies/{MZJ}/sign")
    assert refused.status_code == 409
    assert audit(ip, "review.self_refused", f"agency:{MZJ}")[-1] == ("revsign", "最后修改人不能审签同一版本")
    not_signer = post(ip, staff["rev"], f"/admin/agencies/{MZJ}/sign")
    assert not_signer.status_code == 403
    # a reviewer cannot send back what is approved; the signer can
    kept = post(ip, staff["rev"], f"/admin/agencies/{MZJ}/return", {"comment": "再看看"})
    assert kept.status_code == 200 and "只有审签人可以退回" in kept.text
    assert ip.get("/mzj/functions").text == before
    ok = post(ip, staff["sign"], f"/admin/agencies/{MZJ}/sign")
    assert ok.status_code == 303 and ok.headers["Location"].endswith("done=published")
    assert "孙八" in ip.get("/mzj/functions").text
    assert [u for u, _ in audit(ip, "agency.approve", f"agency:{MZJ}")] == ["rev"]
    publisher, summary = audit(ip, "agency.publish", f"agency:{MZJ}")[-1]
    assert publisher == "sign" and summary.startswith("status signoff -> published; 审签")
    assert ip.query("content", "SELECT count(*) FROM agency_changes WHERE agency_id = ?", (MZJ,)) == [(0,)]


def test_the_signers_dashboard_lists_guides_and_pages_waiting_for_signature(ip, staff, two_levels):
    change = {"title": "宁国市民政局政府信息公开指南", "body_md": "待审签的公开指南。", "action": "save"}
    assert post(ip, staff["edsign"], "/admin/pages/disclosure-guide", change).status_code == 303
    assert post(ip, staff["revsign"], "/admin/pages/disclosure-guide/publish", {"secrecy_checked": "1"}).status_code == 303
    r = post(ip, staff["edsign"], "/admin/guides/2/copy")
    assert r.status_code == 303
    copy_id = int(re.search(r"/admin/guides/(\d+)$", r.headers["Location"]).group(1))
    assert post(ip, staff["edsign"], f"/admin/guides/{copy_id}/submit").status_code == 303
    assert post(ip, staff["revsign"], f"/admin/guides/{copy_id}/publish", {"secrecy_checked": "1"}).status_code == 303
    dashboard = staff["sign"].get(ip.url("/admin/")).text
    assert 'href="/admin/pages/disclosure-guide"' in dashboard and f'href="/admin/guides/{copy_id}"' in dashboard
    assert "办事指南" in dashboard and tidy_errors(dashboard) == []
    # sent back, they leave the list
    assert post(ip, staff["sign"], "/admin/pages/disclosure-guide/return", {"comment": "暂缓"}).status_code == 303
    assert post(ip, staff["sign"], f"/admin/guides/{copy_id}/return", {"comment": "暂缓"}).status_code == 303
    dashboard = staff["sign"].get(ip.url("/admin/")).text
    assert 'href="/admin/pages/disclosure-guide"' not in dashboard and f'href="/admin/guides/{copy_id}"' not in dashboard


def test_with_one_level_the_reviewer_publishes_and_the_history_says_so(ip, staff):
    entry_id = submitted_entry(ip, staff["ed"], "一级审核：直接发布")
    assert post(ip, staff["sign"], f"/admin/entries/{entry_id}/sign").status_code == 200   # nothing to sign
    r = post(ip, staff["rev"], f"/admin/entries/{entry_id}/publish", {"secrecy_checked": "1"})
    assert r.headers["Location"].endswith("done=published")
    public = ip.get(f"/mzj/catalogue/{entry_id}").text
    assert "审核发布" in public and "审签" not in public.split("修订记录")[1]


# ---- the freshness self-check ----------------------------------------------------------

TODAY = "2026-12-02"
GKZ, XJJD = 500, 400


class LinkTarget(http.server.BaseHTTPRequestHandler):
    """An outside site: /ok answers, /gone is 404, /nohead refuses HEAD but answers GET."""
    paths = []      # every path asked for

    def answer(self, with_body):
        LinkTarget.paths.append(self.path)
        if self.path.startswith("/slow"):
            time.sleep(3)
        code = {"/ok": 200, "/gone": 404}.get(self.path, 200)
        if self.path == "/nohead" and self.command == "HEAD":
            code = 405
        self.send_response(code)
        self.send_header("Content-Length", "2")
        self.end_headers()
        if with_body:
            self.wfile.write(b"ok")

    def do_HEAD(self):
        self.answer(False)

    def do_GET(self):
        self.answer(True)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def outside():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), LinkTarget)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://localhost:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def fp(outside):
    """港口镇 (gkz) built to trip every rule: stale home and 工作动态, a blank 通知公告
    (its only notice refiled), stale 政策文件, an empty 公开制度 page, a guide
    without 办理时间, 联系电话 and 办理流程, two internal links to nowhere and
    outbound links that answer, 404 and refuse to connect. 西津街道's news is
    11 days old (amber); 民政局 published news today (green)."""
    p = Portal(env_overrides={"PORTAL_TODAY": TODAY, "PORTAL_LINK_TIMEOUT": "5",
                              "PORTAL_LINK_CHECK_PRIVATE": "allow"})   # the outside site is on 127.0.0.1
    for name, roles in (("gkzed", "editor@gkz"), ("mzjed", "editor"), ("padm", "admin"), ("padm2", "admin")):
        make_staff(p, name, roles)
    closed = free_port()
    body = (f"[旧通知](/gkz/catalogue/99999)、[不存在的栏目](/gkz/nosuch)、[办事指南](/gkz/guides)、"
            f"[目录](/gkz/catalogue/117)、[能打开]({outside}/ok)、[已删除]({outside}/gone)、"
            f"[拒绝HEAD]({outside}/nohead)、[连不上](http://localhost:{closed}/x)")
    for sql, params in (
        ("UPDATE entries SET genre_id = (SELECT id FROM categories WHERE code = 'gfxwj') WHERE id = 115", ()),
        ("UPDATE entries SET published_on = '2026-01-05' WHERE owner_id = ?", (GKZ,)),
        ("UPDATE entries SET body_md = ? WHERE id = 116", (body,)),
        ("UPDATE pages SET body_md = '' WHERE agency_id = ? AND slug = 'rules'", (GKZ,)),
        ("UPDATE settings SET value = '' WHERE key = 'parent_site_url'", ()),   # the test has no Internet
        ("UPDATE guides SET hours = '', consult_phone = ' ' WHERE id = 103", ()),
        ("DELETE FROM guide_steps WHERE guide_id = 103", ()),
        ("UPDATE news SET published_on = '2026-11-21' WHERE owner_id = ?", (XJJD,)),
        ("INSERT INTO news (title, agency_id, published_on, body_md, status) VALUES ('今日动态', 1, ?, '正文', 'published')",
         (TODAY,)),
    ):
        p.execute("content", sql, params)
    yield p
    p.close()


def lines_of(html, heading):
    """The self-check's lines under HEADING as (light, subject, finding, rule) in the order shown."""
    section = html.split(f">{heading}</h2>")[1].split("</section>")[0]
    found = []
    for li in re.findall(r'<li class="check-line check-(\w+)">(.*?)</li>', section, re.S):
        texts = [re.sub(r"<[^>]+>", "", t).strip() for t in re.findall(r"<p[^>]*>(.*?)</p>", li[1], re.S)]
        found.append((li[0], texts[0], texts[1], texts[2]))
    return found


def line_about(lines, subject_start, finding_part=""):
    matches = [l for l in lines if l[1].split(" ", 1)[-1].startswith(subject_start) and finding_part in l[2]]
    assert len(matches) == 1, (subject_start, finding_part, lines)
    return matches[0]


def test_the_self_check_trips_every_rule_on_a_data_set_built_for_it(fp):
    assert fp.portalctl("check-links").returncode == 0
    assert fp.portalctl("check-links").returncode == 0   # a second failure in a row turns amber into red
    html = signed_in(fp, "gkzed").get(fp.url("/admin/freshness")).text
    assert "宁国市民政局" not in html                   # an agency sees its own report
    lines = lines_of(html, "宁国市港口镇人民政府")
    home = line_about(lines, "本机关栏目首页")
    assert home[0] == "red" and "2026-05-20（196天前）" in home[2] and "监测2周，首页无信息更新的" in home[3]
    news = line_about(lines, "工作动态")
    assert news[0] == "red" and "期限14天，已超过" in news[2] and "动态、要闻类栏目" in news[3]
    blank = line_about(lines, "通知公告")
    assert blank[0] == "red" and "空白栏目" in blank[2] and "超过（含）5个" in blank[3]
    policy = line_about(lines, "政策文件")
    assert policy[0] == "red" and "2026-01-05（331天前）；期限182天，已超过" in policy[2]
    rules = line_about(lines, "政府信息公开制度")
    assert rules[0] == "red" and "空白栏目" in rules[2]
    guide = line_about(lines, "办事指南：农村村民住宅建设审批")
    assert guide[0] == "red" and guide[2] == "缺少：办理时间、联系电话、办理流程。" and "办事指南重点要素类别" in guide[3]
    for path in ("/gkz/catalogue/99999", "/gkz/nosuch"):
        assert line_about(lines, "公开信息：", path)[0] == "red"
    assert not [l for l in lines if "/gkz/guides）" in l[2] or "/gkz/catalogue/117" in l[2]]   # those work
    gone = line_about(lines, "公开信息：", "/gone")
    assert gone[0] == "red" and "HTTP 404；连续2次" in gone[2] and "链接可用性" in gone[3]
    refused = [l for l in lines if "/x " in l[2]]
    assert len(refused) == 1 and refused[0][0] == "red" and "无法连接" in refused[0][2]
    assert not [l for l in lines if "/ok " in l[2] or "/nohead " in l[2]]   # HEAD refused, GET answered
    assert fp.query("content", "SELECT url, ok, status FROM link_checks WHERE url LIKE '%/nohead'")[0][1:] == (1, 200)
    for green in ("机构职能", "政府信息公开目录", "政府信息公开年报"):
        assert line_about(lines, green)[0] == "green"


def test_the_administrator_sees_the_platform_totals_and_what_would_fail_today(fp):
    html = signed_in(fp, "padm").get(fp.url("/admin/freshness")).text
    platform = lines_of(html, "平台")
    stale = line_about(platform, "动态、要闻类栏目超过2周")
    assert stale[0] == "red" and "已达到单项否决的数量" in stale[2]
    blank = line_about(platform, "空白栏目")
    assert blank[0] == "red" and "全平台共5个" in blank[2]   # 人民政府 and 财政局 have no guides nor notices ...
    assert line_about(platform, "平台首页")[0] == "green"    # 民政局's news of today is on the platform home
    xjjd = lines_of(html, "宁国市西津街道办事处")
    amber = line_about(xjjd, "工作动态")
    assert amber[0] == "amber" and "2026-11-21（11天前）；期限14天，即将超过" in amber[2]
    mzj = lines_of(html, "宁国市民政局")
    assert not [l for l in mzj if l[1].endswith("工作动态（动态、要闻类）")]   # green lines are left out here
    assert "不合格" in html and "正常" in html


def test_outbound_links_no_longer_on_the_site_are_forgotten(fp, outside):
    body = fp.query("content", "SELECT body_md FROM entries WHERE id = 116")[0][0]
    fp.execute("content", "UPDATE entries SET body_md = ? WHERE id = 116", (body.replace(f"{outside}/gone", "/gkz/"),))
    assert fp.portalctl("check-links").returncode == 0
    assert not fp.query("content", "SELECT url FROM link_checks WHERE url LIKE '%/gone'")
    assert fp.query("content", "SELECT checked, failed FROM link_check_runs") == [(3, 1)]
    fp.execute("content", "UPDATE entries SET body_md = ? WHERE id = 116", (body,))


def test_the_new_staff_pages_are_valid_html(fp, ip, staff, two_levels):
    entry_id = submitted_entry(ip, staff["ed"], "两级审核：页面检查")
    assert post(ip, staff["rev"], f"/admin/entries/{entry_id}/publish", {"secrecy_checked": "1"}).status_code == 303
    pages = [(staff["sign"], ip, f"/admin/entries/{entry_id}"), (staff["sign"], ip, "/admin/"),
             (staff["adm"], ip, "/admin/review-levels"), (staff["rev"], ip, "/admin/review-levels"),
             (signed_in(fp, "padm"), fp, "/admin/freshness"), (signed_in(fp, "gkzed"), fp, "/admin/freshness")]
    for session, portal, path in pages:
        r = session.get(portal.url(path))
        assert r.status_code == 200 and tidy_errors(r.text) == [], path


# ---- public request statistics ---------------------------------------------------------

def insert_replied(ip, agency, received, replied=None, outcome="", due="2026-12-31", state="replied"):
    """An application of AGENCY received on RECEIVED and answered on REPLIED (None: still open)."""
    number = f"T-{agency}-{received}-{ip.query('private', 'SELECT count(*) FROM applications')[0][0]}"
    ip.execute("private",
               "INSERT INTO applications (number, year, seq, access_code_hash, applicant_type, name, id_type, "
               "id_number, phone, email, address, info_title, info_doc_no, info_description, medium, delivery, "
               "submitted_at, agency_id, agency_seq, state, received_on, due_on, outcome, replied_on) "
               "VALUES (?, 2026, 800000 + (SELECT count(*) FROM applications), 'x', 'person', '柯晓燕', "
               "'resident_id', '342501198001010011', '13905630000', '', '', '低保资金', '', '请提供。', "
               "'electronic', 'online', ?, ?, 1, ?, ?, ?, ?, ?)",
               (number, received + "T01:00:00Z", agency, state if replied else "received", received, due,
                outcome if replied else "", replied))


def test_monthly_statistics_never_show_a_count_that_could_point_at_one_applicant(ip):
    for _ in range(3):
        insert_replied(ip, RSJ, "2026-03-02", "2026-03-20", "open")
    insert_replied(ip, RSJ, "2026-03-03", "2026-04-10", "partial", due="2026-03-31")   # late
    insert_replied(ip, RSJ, "2026-04-01")
    insert_replied(ip, RSJ, "2026-04-02")
    assert ip.portalctl("request-stats").returncode == 0
    rows = ip.query("content", "SELECT month, received, answered, on_time, disclosed, partial, refused FROM request_stats "
                    "WHERE agency_id = ? ORDER BY month", (RSJ,))
    assert rows == [("2026-03", 4, 3, 3, 3, 0, 0), ("2026-04", None, None, 0, 0, None, 0)]
    assert not ip.query("content", "SELECT 1 FROM request_stats WHERE 1 IN (received, answered, on_time, disclosed, "
                        "partial, refused, unavailable, not_processed, other) OR 2 IN (received, answered, on_time, "
                        "disclosed, partial, refused, unavailable, not_processed, other)")
    page = ip.get("/rsj/apply/statistics")
    assert page.status_code == 200
    assert "某项数量为1件或2件时，只显示“少于3件”" in page.text
    march = re.search(r'<tr><th scope="row"><time datetime="2026-03">2026年3月</time></th>(.*?)</tr>', page.text).group(1)
    assert re.findall(r"<td>(.*?)</td>", march) == ["4", "3", "3", "3", "0", "0", "0", "0", "0"]
    april = re.search(r'datetime="2026-04">.*?</th>(.*?)</tr>', page.text).group(1)
    assert re.findall(r"<td>(.*?)</td>", april)[:2] == ["少于3件", "少于3件"]
    assert "柯晓燕" not in page.text and "1390563" not in page.text
    assert 'href="/rsj/apply/statistics"' in ip.get("/rsj/").text
    assert ip.get("/nosuch/apply/statistics").status_code == 404
    assert tidy_errors(page.text) == []


def test_a_reply_in_admin_updates_the_public_statistics_at_once(ip, staff):
    hd = staff["hd"]
    before = ip.query("content", "SELECT count(*) FROM request_stats WHERE agency_id = ?", (MZJ,))[0][0]
    assert before == 0
    for _ in range(3):
        insert_replied(ip, MZJ, "2026-05-06")
    ids = [r[0] for r in ip.query("private", "SELECT id FROM applications WHERE agency_id = ? ORDER BY id", (MZJ,))]
    for app_id in ids:
        page = hd.get(ip.url(f"/admin/applications/{app_id}")).text
        token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page).group(1)
        r = hd.post(ip.url(f"/admin/applications/{app_id}/reply"), allow_redirects=False,
                    data={"csrf_token": token, "day": "2026-05-20", "outcome": "open", "reason": "",
                          "reply_text": "现将所申请的信息提供给您。", "delivery": "online",
                          "late_reason": "测试数据：按历史日期补录。"})
        assert r.status_code == 303, r.text[:2000]
    assert ip.query("content", "SELECT month, received, answered, on_time, disclosed FROM request_stats "
                    "WHERE agency_id = ?", (MZJ,)) == [("2026-05", 3, 3, 3, 3)]
    assert "2026年5月" in ip.get("/mzj/apply/statistics").text


# ---- 依申请转主动 (Art. 44) -------------------------------------------------------------------

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
APPLICANT = ("柯晓燕", "342501198001010011", "13905630000")


def replied_application(ip, hd, outcome="open"):
    """A 民政局 application received and answered with OUTCOME, a reply letter naming the applicant
    and the released table as files; its id."""
    insert_replied(ip, MZJ, "2026-06-01")
    app_id = ip.query("private", "SELECT max(id) FROM applications")[0][0]
    page = hd.get(ip.url(f"/admin/applications/{app_id}")).text
    token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page).group(1)
    r = hd.post(ip.url(f"/admin/applications/{app_id}/reply"), allow_redirects=False,
                data={"csrf_token": token, "day": "2026-06-10", "outcome": outcome, "delivery": "online",
                      "reason": "涉及第三方商业秘密。", "reply_text": "柯晓燕：现将信息提供给您。",
                      "late_reason": "测试数据：按历史日期补录。"},
                files=[("files", ("答复书-柯晓燕.pdf", PDF, "application/pdf")),
                       ("files", ("2025年低保资金发放情况.pdf", PDF + b"%table\n", "application/pdf"))])
    assert r.status_code == 303, r.text[:2000]
    return app_id


def file_ids(ip, app_id):
    return dict(ip.query("private", "SELECT filename, id FROM application_files WHERE application_id = ?", (app_id,)))


def test_a_replied_application_becomes_a_draft_entry_without_any_of_the_applicants_data(ip, staff):
    hd = staff["hded"]
    app_id = replied_application(ip, hd)
    assert f'href="/admin/application-release/{app_id}"' in hd.get(ip.url(f"/admin/applications/{app_id}")).text
    form = hd.get(ip.url(f"/admin/application-release/{app_id}")).text
    assert 'value="低保资金"' in form and "答复书-柯晓燕.pdf" in form and tidy_errors(form) == []
    files = file_ids(ip, app_id)
    entries_before = ip.query("content", "SELECT count(*) FROM entries")[0][0]
    # A title naming the applicant is refused beside the field, what was typed kept.
    r = post(ip, hd, f"/admin/application-release/{app_id}", {"title": "柯晓燕申请的低保资金情况"})
    assert r.status_code == 200 and "标题含有申请人的信息" in r.text and 'value="柯晓燕申请的低保资金情况"' in r.text
    # The reply letter names the applicant: refused, nothing stored.
    r = post(ip, hd, f"/admin/application-release/{app_id}",
             {"title": "2025年低保资金发放情况", f"file_{files['答复书-柯晓燕.pdf']}": "1"})
    assert r.status_code == 200 and "名称含有申请人的信息" in r.text
    assert ip.query("content", "SELECT count(*) FROM entries")[0][0] == entries_before
    assert ip.query("private", "SELECT released_entry_id FROM applications WHERE id = ?", (app_id,)) == [(None,)]
    # The released table alone: a draft of 民政局, through review like any entry.
    r = post(ip, hd, f"/admin/application-release/{app_id}",
             {"title": "2025年低保资金发放情况", f"file_{files['2025年低保资金发放情况.pdf']}": "1"})
    assert r.status_code == 303
    entry_id = int(re.match(r"/admin/entries/(\d+)\?saved=1", r.headers["Location"]).group(1))
    assert ip.query("private", "SELECT released_entry_id FROM applications WHERE id = ?", (app_id,)) == [(entry_id,)]
    stored = ip.query("content", "SELECT e.status, e.owner_id, e.disclosure_method, r.title, r.body_md, r.change_note "
                      "FROM entries e JOIN entry_revisions r ON r.entry_id = e.id WHERE e.id = ?", (entry_id,))
    assert stored == [("draft", MZJ, "主动公开", "2025年低保资金发放情况",
                       "本信息系依申请公开后转为主动公开（《中华人民共和国政府信息公开条例》第四十四条）。", "依申请公开转主动公开")]
    assert ip.query("content", "SELECT filename, data FROM attachments WHERE owner_kind = 'entry' AND owner_id = ?",
                    (entry_id,)) == [("2025年低保资金发放情况.pdf", PDF + b"%table\n")]
    everything = repr(ip.query("content", "SELECT * FROM entries WHERE id = ?", (entry_id,))
                      + ip.query("content", "SELECT * FROM entry_revisions WHERE entry_id = ?", (entry_id,))
                      + ip.query("content", "SELECT filename, mime FROM attachments WHERE owner_kind = 'entry' "
                                 "AND owner_id = ?", (entry_id,)))
    for personal in APPLICANT + ("请提供。", "现将信息提供给您"):
        assert personal not in everything
    assert ip.get(f"/mzj/catalogue/{entry_id}").status_code == 404            # a draft until reviewed
    assert audit(ip, "application.release", f"application:{app_id}") == [
        ("hded", f"依申请公开转主动公开：草稿 entry:{entry_id}")]
    again = post(ip, hd, f"/admin/application-release/{app_id}", {"title": "再来一次"})
    assert again.status_code == 409 and "已转为主动公开草稿" in again.text
    # The editor submits, another reviewer publishes: the public entry says how it came to be.
    assert post(ip, hd, f"/admin/entries/{entry_id}/submit").status_code == 303
    assert post(ip, staff["rev"], f"/admin/entries/{entry_id}/publish", {"secrecy_checked": "1"}).status_code == 303
    public = ip.get(f"/mzj/catalogue/{entry_id}").text
    assert "依申请公开后转为主动公开" in public and "2025年低保资金发放情况.pdf" in public and "柯晓燕" not in public


def test_only_released_information_of_ones_own_agency_can_be_drafted(ip, staff):
    refused_app = replied_application(ip, staff["hd"], outcome="none_not_held")
    r = staff["hd"].get(ip.url(f"/admin/application-release/{refused_app}"))
    assert r.status_code == 409 and "予以公开" in r.text
    assert "application-release" not in staff["hd"].get(ip.url(f"/admin/applications/{refused_app}")).text
    app_id = replied_application(ip, staff["hd"])
    for method in ("get", "post"):
        r = getattr(staff["rsjhd"], method)(ip.url(f"/admin/application-release/{app_id}"), allow_redirects=False,
                                           **({"data": {"csrf_token": staff["rsjhd"].token, "title": "x"}}
                                              if method == "post" else {}))
        assert r.status_code == 403 and "柯晓燕" not in r.text
    assert audit(ip, "agency.refused", f"application:{app_id}")
    # A handler without the editor role: the draft is made, the application page says where it went.
    r = post(ip, staff["hd"], f"/admin/application-release/{app_id}", {"title": "低保资金"})
    assert r.status_code == 303 and r.headers["Location"] == f"/admin/applications/{app_id}"
    assert "由信息编辑补充分类后提交审核" in staff["hd"].get(ip.url(r.headers["Location"])).text


# ---- visit statistics -------------------------------------------------------------------

def log_line(client, utc, path, status=200, method="GET"):
    """One line of lighttpd's access log as conf/lighttpd.conf.in writes it."""
    return f'{client} [{utc} +0000] "{method} {path} HTTP/1.1" {status} 1234\n'


def all_text_of(portal):
    """Every value of every table of content.db, as one string (for what must not be stored)."""
    tables = [t for (t,) in portal.query("content", "SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "AND name NOT LIKE 'search%' AND name NOT LIKE 'sqlite%'")]
    return repr([portal.query("content", f'SELECT * FROM "{t}"') for t in tables])


def test_visits_are_counted_per_beijing_day_and_column_without_keeping_an_address(fp, tmp_path):
    log = tmp_path / "access.log"
    log.write_text(
        log_line("10.9.8.7", "30/Nov/2026:15:59:59", "/") +                 # 23:59:59 in Beijing, 30 Nov
        log_line("10.9.8.7", "30/Nov/2026:16:00:00", "/mzj/catalogue/4") +  # 1 Dec in Beijing
        log_line("10.9.8.7", "30/Nov/2026:16:10:00", "/mzj/") +
        log_line("10.9.8.6", "30/Nov/2026:17:00:00", "/mzj/guides/1") +
        log_line("10.9.8.6", "30/Nov/2026:17:00:01", "/static/site.css") +  # not a page
        log_line("10.9.8.6", "30/Nov/2026:17:00:02", "/mzj/nosuch", 404) +  # not answered
        log_line("10.9.8.5", "30/Nov/2026:17:00:03", "/apply", 303, "POST") +
        log_line("10.9.8.5", "30/Nov/2026:17:00:04", "/search") +
        '10.9.8.5 [garbage\n', encoding="utf-8")
    r = fp.portalctl("visits", str(log))
    assert r.returncode == 0 and "9 lines read, 5 page views counted" in r.stdout, r.stdout + r.stderr
    views = fp.query("content", "SELECT day, agency_id, col, views FROM visit_counts ORDER BY day, agency_id, col")
    assert views == [("2026-11-30", 0, "home", 1), ("2026-12-01", 0, "search", 1), ("2026-12-01", MZJ, "catalogue", 1),
                     ("2026-12-01", MZJ, "guides", 1), ("2026-12-01", MZJ, "home", 1)]
    visitors = fp.query("content", "SELECT day, agency_id, visitors FROM visit_visitors ORDER BY day, agency_id")
    assert visitors == [("2026-11-30", 0, 1), ("2026-12-01", 0, 3), ("2026-12-01", MZJ, 2)]
    assert "10.9.8." not in all_text_of(fp)
    # The next run reads only what was added, and a returning visitor is not counted twice.
    with log.open("a", encoding="utf-8") as f:
        f.write(log_line("10.9.8.7", "01/Dec/2026:01:00:00", "/mzj/news/2"))
        f.write(log_line("10.9.8.4", "01/Dec/2026:01:00:00", "/mzj/news/2"))
    r = fp.portalctl("visits", str(log))
    assert "2 lines read, 2 page views counted" in r.stdout
    assert fp.query("content", "SELECT visitors FROM visit_visitors WHERE day = '2026-12-01' AND agency_id = ?",
                    (MZJ,)) == [(3,)]
    page = signed_in(fp, "mzjed").get(fp.url("/admin/visits"))
    assert page.status_code == 200 and tidy_errors(page.text) == []
    assert "<title>2026-12-01：5次浏览，3位访客</title>" in page.text
    assert "<th scope=\"row\">政府信息公开目录</th><td>1</td>" in page.text
    admin = signed_in(fp, "padm").get(fp.url("/admin/visits")).text
    assert "访问统计（全平台）" in admin and "<title>2026-12-01：6次浏览，4位访客</title>" in admin
    assert fp.portalctl("visits").returncode == 1    # no log named and no PORTAL_ACCESS_LOG


def test_a_log_line_longer_than_the_buffer_is_skipped_and_the_lines_after_it_are_counted(fp, tmp_path):
    log = tmp_path / "long.log"
    log.write_text(log_line("10.7.7.1", "01/Dec/2026:02:00:00", "/mzj/guides/1") +
                   log_line("10.7.7.2", "01/Dec/2026:02:00:01", "/mzj/?" + "x" * 10240) +
                   log_line("10.7.7.3", "01/Dec/2026:02:00:02", "/mzj/guides/1"), encoding="utf-8")
    before = fp.query("content", "SELECT coalesce(sum(views), 0) FROM visit_counts WHERE day = '2026-12-01' "
                      "AND agency_id = ? AND col = 'guides'", (MZJ,))[0][0]
    r = fp.portalctl("visits", str(log))
    assert r.returncode == 0 and "2 lines read, 2 page views counted" in r.stdout, r.stdout + r.stderr
    assert fp.query("content", "SELECT views FROM visit_counts WHERE day = '2026-12-01' AND agency_id = ? "
                    "AND col = 'guides'", (MZJ,)) == [(before + 2,)]
    assert fp.query("content", "SELECT offset FROM visit_log_state") == [(log.stat().st_size,)]
    with log.open("a", encoding="utf-8") as f:
        f.write(log_line("10.7.7.4", "01/Dec/2026:02:00:03", "/mzj/guides/1"))
    assert "1 lines read, 1 page views counted" in fp.portalctl("visits", str(log)).stdout



# ---- 政府网站工作年度报表 ----------------------------------------------------------------

def shown_version(fp, s, year):
    """The version the report's publish form carries (the save it shows)."""
    page = s.get(fp.url(f"/admin/website-report/{year}")).text
    return re.search(r'name="version" value="([^"]+)"', page).group(1)


def test_the_yearly_website_report_is_generated_typed_reviewed_by_another_and_published_on_the_home(fp):
    padm, padm2 = signed_in(fp, "padm"), signed_in(fp, "padm2")
    r = padm.get(fp.url("/admin/website-report"), allow_redirects=False)
    assert r.status_code == 303 and r.headers["Location"] == "/admin/website-report/2025"
    form = padm.get(fp.url("/admin/website-report/2026"))
    assert form.status_code == 200 and tidy_errors(form.text) == []
    assert "宁国市人民政府政府信息公开平台" in form.text and "（由数据生成）" in form.text
    assert padm.get(fp.url("/admin/website-report/2017")).status_code == 404
    bad = post(fp, padm, "/admin/website-report/2026", {"security_checks": "4次", "filer": "王芳"})
    assert bad.status_code == 200 and "请填写不带单位的整数" in bad.text and 'value="4次"' in bad.text
    assert 'value="王芳"' in bad.text
    assert not fp.query("content", "SELECT * FROM website_reports WHERE year = 2026")
    # The demo ships 2025's, published by 31 January as a real site's would be.
    shipped = fp.get("/website-report/2025")
    assert shipped.status_code == 200 and "<th scope=\"row\">安全检测评估次数</th><td>4次</td>" in shipped.text
    ok = post(fp, padm, "/admin/website-report/2026", {"security_checks": "4", "security_warning": "是",
                                                        "filer": "王芳", "site_type": "政府门户网站栏目"})
    assert ok.status_code == 303
    values = dict(fp.query("content", "SELECT key, value FROM website_report_values WHERE year = 2026"))
    news = fp.query("content", "SELECT count(*) FROM news WHERE status = 'published' AND published_on LIKE '2026%'")
    views = fp.query("content", "SELECT coalesce(sum(views), 0) FROM visit_counts WHERE day LIKE '2026%'")
    assert values["info_news"] == str(news[0][0]) and values["views"] == str(views[0][0])
    assert values["security_checks"] == "4" and values["security_warning"] == "是" and values["media_reviews"] == ""
    assert int(values["info_total"]) == int(values["info_overview"]) + int(values["info_news"]) + int(values["info_catalogue"])
    assert fp.get("/website-report/2026").status_code == 404          # not before it is published
    own = post(fp, padm, "/admin/website-report/2026/publish")
    assert own.status_code == 409
    assert fp.query("private", "SELECT user_name FROM audit_log WHERE action = 'review.self_refused' "
                    "AND target = 'website_report:2026'") == [("padm",)]
    assert post(fp, padm2, "/admin/website-report/2026/publish",
                {"version": shown_version(fp, padm2, 2026)}).status_code == 303
    public = fp.get("/website-report/2026")
    assert public.status_code == 200 and tidy_errors(public.text) == []
    assert "<th scope=\"row\">安全检测评估次数</th><td>4次</td>" in public.text and "王芳" in public.text
    assert 'href="/website-report/2026"' in fp.get("/").text
    # A new version waits for review; the public page keeps the published one.
    assert post(fp, padm2, "/admin/website-report/2026", {"security_checks": "5", "filer": "王芳"}).status_code == 303
    assert "<td>4次</td>" in fp.get("/website-report/2026").text
    assert signed_in(fp, "gkzed").get(fp.url("/admin/website-report/2026")).status_code == 403


def test_a_website_report_saved_again_after_the_reviewer_opened_it_is_not_published(fp):
    padm, padm2 = signed_in(fp, "padm"), signed_in(fp, "padm2")
    assert post(fp, padm, "/admin/website-report/2024", {"security_checks": "3", "filer": "王芳"}).status_code == 303
    seen = shown_version(fp, padm2, 2024)                      # B opens it: 3
    assert post(fp, padm, "/admin/website-report/2024", {"security_checks": "99", "filer": "王芳"}).status_code == 303
    stale = post(fp, padm2, "/admin/website-report/2024/publish", {"version": seen})
    assert stale.status_code == 409 and "报表在您查看后已被修改，请重新审阅" in stale.text
    assert fp.query("content", "SELECT status, published_on FROM website_reports WHERE year = 2024") == [("review", None)]
    assert fp.query("content", "SELECT count(*) FROM website_report_values WHERE year = 2024 "
                    "AND published_value IS NOT NULL") == [(0,)]
    assert fp.get("/website-report/2024").status_code == 404
    assert post(fp, padm2, "/admin/website-report/2024/publish", {}).status_code == 409   # no version: refused too
    # having seen the new figures, B publishes them
    ok = post(fp, padm2, "/admin/website-report/2024/publish", {"version": shown_version(fp, padm2, 2024)})
    assert ok.status_code == 303
    assert "<th scope=\"row\">安全检测评估次数</th><td>99次</td>" in fp.get("/website-report/2024").text


# ---- check-links' limits (last: their waits would outlast the staff sessions' keep-alive) ----


def test_without_the_tests_switch_links_to_this_host_are_refused_and_never_requested(fp, outside):
    port = outside.rsplit(":", 1)[1]
    body = fp.query("content", "SELECT body_md FROM entries WHERE id = 116")[0][0]
    probes = {f"http://localhost:{port}/probe-loopback": "指向内网或本机地址，未检查",
              f"http://2130706433:{port}/probe-numeric": "指向内网或本机地址，未检查",
              f"http://[::ffff:127.0.0.1]:{port}/probe-mapped": "指向内网或本机地址，未检查",
              f"http://editor:secret@localhost:{port}/probe-userinfo": "用户名或密码"}
    fp.execute("content", "UPDATE entries SET body_md = ? WHERE id = 116",
               (body + "".join(f"、[探测{i}]({url})" for i, url in enumerate(probes)),))
    saved = fp.env.pop("PORTAL_LINK_CHECK_PRIVATE")
    LinkTarget.paths.clear()
    try:
        r = fp.portalctl("check-links")
    finally:
        fp.env["PORTAL_LINK_CHECK_PRIVATE"] = saved
        fp.execute("content", "UPDATE entries SET body_md = ? WHERE id = 116", (body,))
    assert r.returncode == 0, r.stderr
    assert LinkTarget.paths == []                      # not even the links that answer before: localhost too
    checks = dict((url, (ok, error)) for url, ok, error in fp.query("content", "SELECT url, ok, error FROM link_checks"))
    for url, reason in probes.items():
        assert checks[url][0] == 0 and reason in checks[url][1], (url, checks[url])
    assert checks[f"{outside}/ok"] == (0, "指向内网或本机地址，未检查")
    assert not [e for _, e in checks.values() if "Failed" in e or "port" in e]   # no curl text, no port scanner
    html = signed_in(fp, "gkzed").get(fp.url("/admin/freshness")).text
    assert "指向内网或本机地址，未检查" in html and "Failed to connect" not in html
    assert fp.portalctl("check-links").returncode == 0  # with the switch again, as the other tests expect


def test_a_run_stops_at_its_time_budget_and_leaves_the_rest_for_the_next(fp, outside):
    r = fp.portalctl("check-links")
    assert r.returncode == 0 and "left for the next run" not in r.stdout
    saved = dict(fp.env)
    fp.env.update({"PORTAL_LINK_BUDGET": "1", "PORTAL_LINK_TIMEOUT": "2"})
    body = fp.query("content", "SELECT body_md FROM entries WHERE id = 116")[0][0]
    slow = [f"{outside}/slow{i}" for i in (1, 2)]     # never checked: first in the run
    fp.execute("content", "UPDATE entries SET body_md = ? WHERE id = 116",
               (body + "".join(f"、[慢{i}]({url})" for i, url in enumerate(slow)),))
    try:
        started = time.monotonic()
        r = fp.portalctl("check-links")
        took = time.monotonic() - started
    finally:
        fp.env.clear()
        fp.env.update(saved)
        fp.execute("content", "UPDATE entries SET body_md = ? WHERE id = 116", (body,))
    assert r.returncode == 0 and "links left for the next run" in r.stdout, r.stdout
    assert took < 3.8                                  # one timeout, no GET after it, then the budget stops the run
    (error,), = fp.query("content", "SELECT error FROM link_checks WHERE url LIKE '%/slow%'")
    assert error == "2秒内没有应答"
    assert fp.portalctl("check-links").returncode == 0
