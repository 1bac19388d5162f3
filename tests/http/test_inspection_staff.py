"""The staff side of inspection readiness (issue 14): two-level sign-off
(审核 then 审签 by a third person), the freshness self-check, public request
statistics, and 依申请转主动. Each test drives the real pages as staff would
and checks what they, the public and the audit log then see."""

import re

import pytest

from harness import Portal
from staff_login import make_staff, signed_in

MZJ, RSJ = 1, 200


@pytest.fixture(scope="module")
def ip():
    """A portal of this module's own: 民政局's editor, reviewer, a reviewer who
    also signs, a signer, and 人社局's reviewer."""
    p = Portal()
    for name, roles in (("ed", "editor"), ("rev", "reviewer"), ("revsign", "reviewer,signer"),
                        ("sign", "signer"), ("edsign", "editor,signer"), ("adm", "admin"),
                        ("rsjrev", "reviewer@rsj")):
        make_staff(p, name, roles)
    yield p
    p.close()


@pytest.fixture(scope="module")
def staff(ip):
    return {name: signed_in(ip, name) for name in ("ed", "rev", "revsign", "sign", "edsign", "adm", "rsjrev")}


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
    assert set_levels(ip, staff["rsjrev"], RSJ, 1).status_code == 303   # the agency's reviewer may change it


def test_a_reviewer_cannot_set_another_agencys_levels_and_a_bad_value_is_explained(ip, staff):
    r = set_levels(ip, staff["rsjrev"], MZJ, 2)
    assert r.status_code == 403
    assert audit(ip, "agency.refused", f"agency:{MZJ}")
    assert ip.query("content", "SELECT count(*) FROM agency_settings WHERE agency_id = ? AND key = 'review_levels' "
                    "AND value = '2'", (MZJ,)) == [(0,)]
    bad = set_levels(ip, staff["rev"], MZJ, 3)
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


def test_with_one_level_the_reviewer_publishes_and_the_history_says_so(ip, staff):
    entry_id = submitted_entry(ip, staff["ed"], "一级审核：直接发布")
    assert post(ip, staff["sign"], f"/admin/entries/{entry_id}/sign").status_code == 200   # nothing to sign
    r = post(ip, staff["rev"], f"/admin/entries/{entry_id}/publish", {"secrecy_checked": "1"})
    assert r.headers["Location"].endswith("done=published")
    public = ip.get(f"/mzj/catalogue/{entry_id}").text
    assert "审核发布" in public and "审签" not in public.split("修订记录")[1]
