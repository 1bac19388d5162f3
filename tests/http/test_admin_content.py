"""Content editing in admin.fcgi: catalogue entries through draft -> review ->
published (or returned), amendments with change notes, attachments judged by
their bytes, guides edited on a working copy, news, the outbound-link page,
site settings, and the audit rows all of it leaves. Each test drives the real
pages as a clerk would and checks what the clerk and the public then see.
The clerks are 民政局's ("editor" means editor of the default agency);
what staff of other agencies may not do is in test_platform_admin.py."""

import datetime
import io
import re
import zipfile

import pytest

from harness import Portal
from http_util import guide_values
from staff_login import login, make_staff, page_token

BUREAU_USCC = "11341881003018759D"



def beijing_today():
    """Publication dates are the agency's (Beijing) date, not the server's."""
    return datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()

@pytest.fixture(scope="module")
def cp():
    """A portal of this module's own, with an editor, a reviewer and an administrator."""
    p = Portal()
    for name, roles in (("ed", "editor"), ("rev", "reviewer"), ("adm", "admin"), ("both", "editor,reviewer")):
        make_staff(p, name, roles)
    yield p
    p.close()


@pytest.fixture(scope="module")
def ed(cp):
    return login(cp, "ed", "correct horse battery")


@pytest.fixture(scope="module")
def rev(cp):
    return login(cp, "rev", "correct horse battery")


@pytest.fixture(scope="module")
def both(cp):
    """A clerk who is editor and reviewer at once: four-eyes still needs a second person."""
    return login(cp, "both", "correct horse battery")


@pytest.fixture(scope="module")
def adm(cp):
    return login(cp, "adm", "correct horse battery")


def public_page(cp, path):
    """A public page as a visitor reaches it: the single-agency URLs used here
    answer with a 301 to the agency's column (/mzj/...), which is followed."""
    return cp.get(path, allow_redirects=True)


def post(session, portal, path, data, files=None, token_from="/admin/entries"):
    data = dict(data)
    data["csrf_token"] = page_token(session, portal, token_from)
    return session.post(portal.url(path), data=data, files=files, allow_redirects=False, timeout=30)


def entry_fields(title, body="正文第一段。", **extra):
    fields = {"title": title, "doc_no": "宁民〔2026〕99号", "agency_id": "1", "topic_id": "1",
              "genre_id": "21", "written_on": "2026-11-01", "keywords": "测试", "validity": "valid",
              "validity_note": "", "disclosure_method": "主动公开", "disclosure_scope": "面向社会",
              "body_md": body, "change_note": "", "action": "save"}
    fields.update(extra)
    return fields


def create_entry(cp, ed, title, body="正文第一段。"):
    r = post(ed, cp, "/admin/entries/new", entry_fields(title, body))
    assert r.status_code == 303, r.text[:500]
    m = re.match(r"/admin/entries/(\d+)\?saved=1", r.headers["Location"])
    assert m, r.headers["Location"]
    return int(m.group(1))


def submit(cp, ed, entry_id):
    r = post(ed, cp, f"/admin/entries/{entry_id}/submit", {})
    assert r.status_code == 303, r.text[:500]


def publish(cp, rev, entry_id):
    r = post(rev, cp, f"/admin/entries/{entry_id}/publish", {"secrecy_checked": "1"})
    assert r.status_code == 303, r.text[:500]


def publish_new_entry(cp, ed, rev, title, body="正文第一段。"):
    entry_id = create_entry(cp, ed, title, body)
    submit(cp, ed, entry_id)
    publish(cp, rev, entry_id)
    return entry_id


def audit_rows(cp, action, target):
    return cp.query("private", "SELECT user_name, summary FROM audit_log WHERE action = ? AND target = ? "
                    "ORDER BY id", (action, target))


# ---- the workflow ------------------------------------------------------------

def test_editor_draft_stays_private_until_a_reviewer_attests_secrecy_and_publishes(cp, ed, rev):
    entry_id = create_entry(cp, ed, "关于测试工作流程的通知")
    assert cp.get(f"/mzj/catalogue/{entry_id}").status_code == 404
    page = ed.get(cp.url(f"/admin/entries/{entry_id}")).text
    assert "关于测试工作流程的通知" in page and "草稿" in page and "提交审核" in page

    submit(cp, ed, entry_id)
    assert cp.get(f"/mzj/catalogue/{entry_id}").status_code == 404
    refused = post(ed, cp, f"/admin/entries/{entry_id}/publish", {"secrecy_checked": "1"})
    assert refused.status_code == 403

    no_tick = post(rev, cp, f"/admin/entries/{entry_id}/publish", {})
    assert no_tick.status_code == 200
    assert "发布前必须完成保密审查" in no_tick.text
    assert cp.get(f"/mzj/catalogue/{entry_id}").status_code == 404

    publish(cp, rev, entry_id)
    public = cp.get(f"/mzj/catalogue/{entry_id}")
    assert public.status_code == 200
    assert "关于测试工作流程的通知" in public.text
    month = beijing_today().strftime("%Y%m")
    index_no = re.search(re.escape(BUREAU_USCC) + r"/(\d{6})-(\d{5})", public.text)
    assert index_no and index_no.group(1) == month
    assert "修订记录" in public.text and "首次发布" in public.text
    stored = cp.query("content", "SELECT index_no, published_on, status FROM entries WHERE id = ?", (entry_id,))
    assert stored[0][0] == index_no.group(0)
    assert stored[0][1] == beijing_today().isoformat() and stored[0][2] == "published"
    rev_status = cp.query("content", "SELECT status, secrecy_checked FROM entry_revisions WHERE entry_id = ?",
                          (entry_id,))
    assert rev_status == [("published", 1)]


def test_index_numbers_count_up_within_the_publication_month(cp, ed, rev):
    first = publish_new_entry(cp, ed, rev, "索引号测试一")
    second = publish_new_entry(cp, ed, rev, "索引号测试二")
    (a,), (b,) = (cp.query("content", "SELECT index_no FROM entries WHERE id = ?", (i,))[0] for i in (first, second))
    assert a.rsplit("-", 1)[0] == b.rsplit("-", 1)[0]
    assert int(b.rsplit("-", 1)[1]) == int(a.rsplit("-", 1)[1]) + 1


def test_amending_a_published_entry_needs_a_change_note_that_the_public_history_shows(cp, ed, rev):
    entry_id = publish_new_entry(cp, ed, rev, "待修订的公开信息", "原来的正文。")
    index_before = cp.query("content", "SELECT index_no FROM entries WHERE id = ?", (entry_id,))[0][0]

    missing = post(ed, cp, f"/admin/entries/{entry_id}", entry_fields("待修订的公开信息（修订）", "新的正文。"))
    assert missing.status_code == 200 and "必须填写修改说明" in missing.text
    assert "新的正文。" in missing.text   # what was typed is kept

    saved = post(ed, cp, f"/admin/entries/{entry_id}",
                 entry_fields("待修订的公开信息（修订）", "新的正文。", change_note="更正第二段的数字"))
    assert saved.status_code == 303
    public = cp.get(f"/mzj/catalogue/{entry_id}").text
    assert "原来的正文。" in public and "新的正文。" not in public   # the draft is not public yet

    submit(cp, ed, entry_id)
    publish(cp, rev, entry_id)
    public = cp.get(f"/mzj/catalogue/{entry_id}").text
    assert "新的正文。" in public and "更正第二段的数字" in public and "第2版" in public
    revisions = cp.query("content", "SELECT rev_no, status FROM entry_revisions WHERE entry_id = ? ORDER BY rev_no",
                         (entry_id,))
    assert revisions == [(1, "superseded"), (2, "published")]
    assert cp.query("content", "SELECT index_no FROM entries WHERE id = ?", (entry_id,))[0][0] == index_before


def test_reviewer_sees_an_amendment_as_a_read_only_diff_against_the_published_version(cp, ed, rev):
    """Review finding 15.26: the reviewer sees what changed, marked in text,
    not an editable-looking form."""
    body = "第一段不变。\n\n第二段：补助标准为每月500元。\n\n第三段不变。"
    entry_id = publish_new_entry(cp, ed, rev, "低保标准调整公告", body)
    saved = post(ed, cp, f"/admin/entries/{entry_id}",
                 entry_fields("低保标准调整公告（修订）", body.replace("每月500元", "每月560元"),
                              change_note="更正补助标准"))
    assert saved.status_code == 303
    submit(cp, ed, entry_id)

    page = rev.get(cp.url(f"/admin/entries/{entry_id}"), timeout=30).text
    assert "与已发布版本对比" in page
    assert re.search(r"原：</span><del>低保标准调整公告</del>", page)
    assert re.search(r"新：</span><ins>低保标准调整公告（修订）</ins>", page)
    assert re.search(r"删除：</span><del>第二段：补助标准为每月500元。</del>", page)
    assert re.search(r"新增：</span><ins>第二段：补助标准为每月560元。</ins>", page)
    assert "<del>第一段不变。</del>" not in page and "第一段不变。" in page
    for name in ("title", "body_md", "doc_no", "agency_id"):
        assert not re.search(rf'<(input|textarea|select)[^>]*name="{name}"', page), name
    assert "审核通过并发布" in page and "退回修改" in page


def test_repealing_goes_through_an_amendment_and_keeps_the_entry(cp, ed, rev):
    entry_id = publish_new_entry(cp, ed, rev, "将被废止的规定")
    no_reason = post(ed, cp, f"/admin/entries/{entry_id}",
                     entry_fields("将被废止的规定", validity="repealed", change_note="废止"))
    assert no_reason.status_code == 200 and "废止或失效时请说明依据" in no_reason.text
    post(ed, cp, f"/admin/entries/{entry_id}",
         entry_fields("将被废止的规定", validity="repealed", validity_note="已被宁民〔2026〕100号废止",
                      change_note="废止"))
    submit(cp, ed, entry_id)
    publish(cp, rev, entry_id)
    public = cp.get(f"/mzj/catalogue/{entry_id}")
    assert public.status_code == 200
    assert "已被宁民〔2026〕100号废止" in public.text
    assert cp.query("content", "SELECT validity FROM entries WHERE id = ?", (entry_id,))[0][0] == "repealed"


def test_reviewer_sends_back_with_a_comment_the_editor_reads(cp, ed, rev):
    entry_id = create_entry(cp, ed, "需要退回的草稿")
    submit(cp, ed, entry_id)
    empty = post(rev, cp, f"/admin/entries/{entry_id}/return", {"comment": ""})
    assert empty.status_code == 200 and "请填写退回意见" in empty.text
    r = post(rev, cp, f"/admin/entries/{entry_id}/return", {"comment": "请补充文号和成文日期"})
    assert r.status_code == 303
    page = ed.get(cp.url(f"/admin/entries/{entry_id}")).text
    assert "审核人退回意见" in page and "请补充文号和成文日期" in page and "已退回" in page
    listed = ed.get(cp.url("/admin/entries?status=returned")).text
    assert "需要退回的草稿" in listed
    assert cp.get(f"/mzj/catalogue/{entry_id}").status_code == 404


def test_preview_renders_markdown_below_the_form_without_saving(cp, ed):
    before = cp.query("content", "SELECT count(*) FROM entries")[0][0]
    body = "## 二级标题\n\n| 项目 | 标准 |\n|---|---|\n| 低保 | 800元 |\n\n<script>alert(1)</script>"
    r = post(ed, cp, "/admin/entries/new", entry_fields("预览测试", body, action="preview"))
    assert r.status_code == 200
    preview = r.text[r.text.index("正文预览"):]
    assert "<h2>二级标题</h2>" in preview and "<td>800元</td>" in preview
    assert "<script>alert(1)</script>" not in r.text
    assert cp.query("content", "SELECT count(*) FROM entries")[0][0] == before
    textarea = re.search(r'name="body_md"[^>]*>(.*?)</textarea>', r.text, re.S).group(1)
    assert "| 项目 | 标准 |\n|---|---|" in textarea   # line breaks survive, so saving keeps the table


def test_edit_form_keeps_the_markdown_line_breaks_of_a_saved_entry(cp, ed):
    entry_id = create_entry(cp, ed, "换行保留测试", "第一段。\n\n- 列表一\n- 列表二")
    html = ed.get(cp.url(f"/admin/entries/{entry_id}")).text
    textarea = re.search(r'name="body_md"[^>]*>(.*?)</textarea>', html, re.S).group(1)
    assert textarea == "第一段。\n\n- 列表一\n- 列表二"


def test_entry_list_filters_by_status_topic_and_title(cp, ed):
    create_entry(cp, ed, "筛选用草稿甲")
    drafts = ed.get(cp.url("/admin/entries?status=draft&q=筛选用")).text
    assert "筛选用草稿甲" in drafts
    published = ed.get(cp.url("/admin/entries?status=published&q=筛选用")).text
    assert "筛选用草稿甲" not in published
    other_topic = ed.get(cp.url("/admin/entries?topic=2&q=筛选用")).text
    assert "筛选用草稿甲" not in other_topic


# ---- attachments -------------------------------------------------------------

PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 40


def docx_bytes(inner="word/document.xml"):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(inner, "<w:document/>")
    return out.getvalue()


def upload(cp, session, entry_id, name, data):
    return post(session, cp, f"/admin/entries/{entry_id}/attachments", {},
                files={"file": (name, data, "application/octet-stream")})


def attachments_of(cp, entry_id):
    return cp.query("content", "SELECT id, filename, mime, size, sha256 FROM attachments "
                    "WHERE owner_kind = 'entry' AND owner_id = ? ORDER BY id", (entry_id,))


def test_uploads_are_recognised_by_their_bytes_not_their_names(cp, ed):
    entry_id = create_entry(cp, ed, "附件识别测试")
    assert upload(cp, ed, entry_id, "通知.pdf", PDF).status_code == 303
    assert upload(cp, ed, entry_id, "x.pdf", PNG).status_code == 303
    assert upload(cp, ed, entry_id, "报表.docx", docx_bytes()).status_code == 303
    rows = attachments_of(cp, entry_id)
    assert [(r[1], r[2]) for r in rows] == [
        ("通知.pdf", "application/pdf"), ("x.png", "image/png"),
        ("报表.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    import hashlib
    assert rows[0][3] == len(PDF) and rows[0][4] == hashlib.sha256(PDF).hexdigest()

    for name, data in (("random.pdf", bytes(range(256)) * 4), ("notes.docx", docx_bytes("notes.txt")),
                       ("run.exe", b"MZ\x90\x00" + b"\x00" * 100), ("empty.pdf", b"")):
        r = upload(cp, ed, entry_id, name, data)
        assert r.status_code == 200, name
        assert ("无法识别该文件的格式" in r.text) or ("文件不能为空" in r.text), name
    assert len(attachments_of(cp, entry_id)) == 3


def test_upload_over_20_mib_is_refused(cp, ed):
    entry_id = create_entry(cp, ed, "超大附件测试")
    r = upload(cp, ed, entry_id, "big.pdf", b"%PDF-1.4\n" + b"0" * (20 * 1024 * 1024))
    assert r.status_code == 413
    assert attachments_of(cp, entry_id) == []


def test_published_attachment_downloads_from_the_public_site_and_can_be_removed(cp, ed, rev):
    entry_id = create_entry(cp, ed, "带附件的公开信息")
    upload(cp, ed, entry_id, "附件一.pdf", PDF)
    (att_id, name, *_), = attachments_of(cp, entry_id)
    assert cp.get(f"/files/{att_id}/{name}").status_code == 404   # not public while a draft
    submit(cp, ed, entry_id)
    publish(cp, rev, entry_id)
    got = cp.get(f"/files/{att_id}/{name}")
    assert got.status_code == 200 and got.content == PDF
    assert got.headers["Content-Type"].startswith("application/pdf")
    assert f"/files/{att_id}/" in cp.get(f"/mzj/catalogue/{entry_id}").text

    # removing a published file is part of the next revision, published by a reviewer
    editor_try = post(ed, cp, f"/admin/entries/{entry_id}/attachments/{att_id}/delete", {})
    assert editor_try.status_code == 200 and "请先在上方填写修改说明并保存修改" in editor_try.text
    assert len(attachments_of(cp, entry_id)) == 1
    post(ed, cp, f"/admin/entries/{entry_id}", entry_fields("带附件的公开信息", change_note="撤下附件"))
    removed = post(ed, cp, f"/admin/entries/{entry_id}/attachments/{att_id}/delete", {})
    assert removed.status_code == 303
    assert cp.get(f"/files/{att_id}/{name}").status_code == 200   # still public until published
    assert "删除，随修订发布后撤下" in ed.get(cp.url(f"/admin/entries/{entry_id}")).text
    submit(cp, ed, entry_id)
    publish(cp, rev, entry_id)
    assert attachments_of(cp, entry_id) == []
    assert cp.get(f"/files/{att_id}/{name}").status_code == 404


# ---- outbound links ----------------------------------------------------------

def link_row(html, url):
    for row in re.findall(r"<tr[^>]*>.*?</tr>", html, re.S):
        if url in row:
            return row
    return None


def test_links_page_lists_and_marks_an_injected_non_gov_link(cp, ed, rev):
    body = ("请访问[民政部](https://www.mca.gov.cn/)。\n\n"
            "[优惠活动](https://beplay.example/spam)")
    entry_id = publish_new_entry(cp, ed, rev, "含外部链接的公开信息", body)
    draft_id = create_entry(cp, ed, "草稿中的链接", "[草稿链接](https://draft-only.example/)")
    page = ed.get(cp.url("/admin/links"))
    assert page.status_code == 200
    spam = link_row(page.text, "https://beplay.example/spam")
    assert spam and "非政府网站" in spam and "beplay.example" in spam
    assert f"/admin/entries/{entry_id}" in spam and f"/catalogue/{entry_id}" in spam
    gov = link_row(page.text, "https://www.mca.gov.cn/")
    assert gov and "非政府网站" not in gov
    assert "draft-only.example" not in page.text
    assert page.text.index("beplay.example") < page.text.index("www.mca.gov.cn")   # flagged first
    assert draft_id


def test_links_page_sees_urls_in_settings(cp, adm):
    cp.execute("content", "INSERT INTO settings (key, value) VALUES ('partner_link', '合作网站 http://casino.example.com/x')")
    page = adm.get(cp.url("/admin/links")).text
    row = link_row(page, "http://casino.example.com/x")
    assert row and "非政府网站" in row and "站点设置：partner_link" in row


# ---- settings ----------------------------------------------------------------

def settings_form(cp, adm):
    html = adm.get(cp.url("/admin/settings")).text
    return {k: v.replace("&amp;", "&") for k, v in re.findall(r'<input id="s-[^"]+" name="([^"]+)" type="text" '
                                                             r'maxlength="\d+" value="([^"]*)"', html)}


def test_settings_edit_shows_in_the_public_footer_and_is_audited(cp, adm):
    values = settings_form(cp, adm)
    assert values["footer_phone"] == "0563-4116396" and "index_format" in values
    values["footer_phone"] = "0563-4110000"
    r = post(adm, cp, "/admin/settings", values, token_from="/admin/settings")
    assert r.status_code == 303
    assert "0563-4110000" in cp.get("/").text
    (user, summary), = audit_rows(cp, "settings.save", "settings")
    assert user == "adm" and "footer_phone: 0563-4116396 -> 0563-4110000" in summary


def test_settings_refuse_bad_values_and_keep_what_was_typed(cp, adm):
    values = settings_form(cp, adm)
    values.update(footer_postcode="12", index_format="{uscc}-{year}", site_name="")
    r = post(adm, cp, "/admin/settings", values, token_from="/admin/settings")
    assert r.status_code == 200
    assert "邮政编码应为6位数字" in r.text and "不认识的占位符" in r.text and "此项为必填项" in r.text
    assert 'value="{uscc}-{year}"' in r.text
    assert cp.query("content", "SELECT value FROM settings WHERE key = 'footer_postcode'")[0][0] == "242300"


def test_only_administrators_open_settings_and_categories(cp, ed):
    assert ed.get(cp.url("/admin/settings"), allow_redirects=False).status_code == 403
    assert ed.get(cp.url("/admin/categories"), allow_redirects=False).status_code == 403


# ---- guides, news, pages, agencies, categories ----------------------------------

def test_guide_is_changed_on_a_working_copy_while_the_public_sees_the_original(cp, ed, rev):
    original_name = cp.query("content", "SELECT name FROM guides WHERE id = 1")[0][0]
    r = post(ed, cp, "/admin/guides/1/copy", {}, token_from="/admin/guides")
    assert r.status_code == 303
    copy_id = int(re.search(r"/admin/guides/(\d+)$", r.headers["Location"]).group(1))
    values = guide_values(ed, cp, copy_id)
    values.update(name="结婚登记（测试修订）", action="save")
    assert post(ed, cp, f"/admin/guides/{copy_id}", values, token_from="/admin/guides").status_code == 303
    added = post(ed, cp, f"/admin/guides/{copy_id}/materials",
                 {"m_name": "测试新增材料", "m_form": "原件", "m_copies": "2", "m_required": "1", "m_notes": ""},
                 files={"blank_form": ("空白表.pdf", PDF, "application/pdf")}, token_from="/admin/guides")
    assert added.status_code == 303
    # Its text was extracted for search once the material was saved (this PDF has none: an error row).
    assert cp.query("content", "SELECT t.text, t.error LIKE 'pdftotext %' FROM guide_materials m "
                    "JOIN attachment_texts t ON t.attachment_id = m.blank_form_id "
                    "WHERE m.guide_id = ? AND m.name = '测试新增材料'", (copy_id,)) == [("", 1)]
    public = cp.get("/mzj/guides/1").text
    assert original_name in public and "测试新增材料" not in public

    assert post(ed, cp, f"/admin/guides/{copy_id}/submit", {}, token_from="/admin/guides").status_code == 303
    # The reviewer reads the copy against the published guide, not in a form (finding 15.26).
    review = rev.get(cp.url(f"/admin/guides/{copy_id}")).text
    assert "与已发布版本对比" in review
    assert f"<del>{original_name}</del>" in review and "<ins>结婚登记（测试修订）</ins>" in review
    assert not re.search(r'<(input|textarea)[^>]*name="(name|faq_md)"', review)
    assert post(rev, cp, f"/admin/guides/{copy_id}/publish", {}, token_from="/admin/guides").status_code == 200
    assert post(rev, cp, f"/admin/guides/{copy_id}/publish", {"secrecy_checked": "1"},
                token_from="/admin/guides").status_code == 303
    public = cp.get("/mzj/guides/1").text
    assert "结婚登记（测试修订）" in public and "测试新增材料" in public
    assert cp.query("content", "SELECT count(*) FROM guides WHERE id = ? OR draft_of = 1", (copy_id,))[0][0] == 0
    blank = cp.query("content", "SELECT a.owner_id, a.mime FROM guide_materials m JOIN attachments a "
                     "ON a.id = m.blank_form_id WHERE m.guide_id = 1 AND m.name = '测试新增材料'")
    assert blank == [(1, "application/pdf")]
    assert audit_rows(cp, "guide.publish", "guide:1")


def test_news_goes_through_review_before_it_is_public_page(cp, ed, rev):
    r = post(ed, cp, "/admin/news/new", {"title": "测试工作动态", "agency_id": "1", "published_on": "",
                                          "body_md": "动态正文。", "action": "save"}, token_from="/admin/news")
    assert r.status_code == 303
    news_id = int(re.search(r"/admin/news/(\d+)", r.headers["Location"]).group(1))
    assert cp.get(f"/mzj/news/{news_id}").status_code == 404
    assert post(ed, cp, f"/admin/news/{news_id}/submit", {}, token_from="/admin/news").status_code == 303
    in_review = rev.get(cp.url(f"/admin/news/{news_id}")).text   # read, not edited (finding 15.26)
    assert "待审核内容" in in_review and "动态正文。" in in_review
    assert not re.search(r'<(input|textarea)[^>]*name="(title|body_md)"', in_review)
    assert post(rev, cp, f"/admin/news/{news_id}/publish", {"secrecy_checked": "1"},
                token_from="/admin/news").status_code == 303
    public = cp.get(f"/mzj/news/{news_id}")
    assert public.status_code == 200 and "动态正文。" in public.text


def test_a_page_change_waits_for_a_second_person_while_the_public_sees_the_old_text(cp, ed, both, rev):
    old = public_page(cp, "/disclosure-guide").text
    data = {"title": "宁国市民政局政府信息公开指南", "body_md": "## 测试章节\n\n新的公开指南正文。", "action": "save"}
    saved = post(both, cp, "/admin/pages/disclosure-guide", data, token_from="/admin/pages")
    assert saved.status_code == 303
    assert "新的公开指南正文" not in public_page(cp, "/disclosure-guide").text
    assert cp.query("content", "SELECT agency_id, work_status FROM pages WHERE slug = 'disclosure-guide' "
                    "AND work_body_md LIKE '%新的公开指南正文%'") == [(1, "review")]   # 民政局's page alone
    again = post(ed, cp, "/admin/pages/disclosure-guide", dict(data, body_md="再改一次"), token_from="/admin/pages")
    assert again.status_code == 200 and "审核结束前不能再修改" in again.text

    assert 'href="/admin/pages/disclosure-guide"' in rev.get(cp.url("/admin/")).text   # in the reviewer's queue
    review = rev.get(cp.url("/admin/pages/disclosure-guide")).text
    assert "本次修改（与已发布版本对比）" in review and "<ins>新的公开指南正文。</ins>" in review
    assert 'action="/admin/pages/disclosure-guide/publish"' in review
    assert not re.search(r'<(input|textarea)[^>]*name="body_md"', review)

    assert post(ed, cp, "/admin/pages/disclosure-guide/publish", {"secrecy_checked": "1"},
                token_from="/admin/pages").status_code == 403   # an editor reviews nothing
    r = post(both, cp, "/admin/pages/disclosure-guide/publish", {"secrecy_checked": "1"}, token_from="/admin/pages")
    assert r.status_code == 409 and SELF_REFUSED in r.text
    assert audit_rows(cp, "review.self_refused", "page:mzj/disclosure-guide")
    assert public_page(cp, "/disclosure-guide").text == old
    r = post(rev, cp, "/admin/pages/disclosure-guide/publish", {"secrecy_checked": "1"}, token_from="/admin/pages")
    assert r.status_code == 303
    assert "新的公开指南正文" in public_page(cp, "/disclosure-guide").text
    assert cp.query("content", "SELECT work_status, work_body_md FROM pages WHERE agency_id = 1 "
                    "AND slug = 'disclosure-guide'") == [("", None)]
    assert [u for u, _ in audit_rows(cp, "page.save", "page:mzj/disclosure-guide")] == ["both"]
    assert [u for u, _ in audit_rows(cp, "page.publish", "page:mzj/disclosure-guide")] == ["rev"]


def test_a_page_change_sent_back_keeps_the_text_and_shows_the_comment(cp, ed, rev):
    data = {"title": "宁国市民政局政府信息公开制度", "body_md": "制度草稿。", "action": "save"}
    assert post(ed, cp, "/admin/pages/rules", data, token_from="/admin/pages").status_code == 303
    missing = post(rev, cp, "/admin/pages/rules/return", {"comment": ""}, token_from="/admin/pages")
    assert missing.status_code == 200 and "退回时请填写退回意见" in missing.text
    assert post(rev, cp, "/admin/pages/rules/return", {"comment": "请补充依据"},
                token_from="/admin/pages").status_code == 303
    form = ed.get(cp.url("/admin/pages/rules")).text
    assert "请补充依据" in form and "制度草稿。" in form and 'name="body_md"' in form
    assert "制度草稿。" not in public_page(cp, "/rules").text


def agency_values(session, cp, row_id):
    html = session.get(cp.url(f"/admin/agencies/{row_id}")).text
    values = dict(re.findall(r'<input id="a-[^"]+" name="([^"]+)" type="text" maxlength="\d+" value="([^"]*)"', html))
    values["duties_md"] = re.search(r'<textarea id="a-duties_md" name="duties_md"[^>]*>([^<]*)</textarea>', html).group(1)
    return values


def test_a_units_contact_change_reaches_the_contacts_page_only_through_a_second_reviewer(cp, both, rev):
    values = agency_values(both, cp, 3)
    values.update(kind="office", duties_md="负责社会救助。", phone="0563-4029999", action="save")
    r = post(both, cp, "/admin/agencies/3", values, token_from="/admin/agencies")
    assert r.status_code == 303 and r.headers["Location"].endswith("?saved=review"), r.text[:800]
    assert "0563-4029999" not in cp.get("/mzj/contacts").text   # the public keeps the old number
    assert 'href="/admin/agencies/3"' in rev.get(cp.url("/admin/")).text   # in the reviewer's queue
    review = rev.get(cp.url("/admin/agencies/3")).text
    assert "<ins>0563-4029999</ins>" in review and 'action="/admin/agencies/3/publish"' in review
    r = post(both, cp, "/admin/agencies/3/publish", {"secrecy_checked": "1"}, token_from="/admin/agencies")
    assert r.status_code == 409 and SELF_REFUSED in r.text
    assert audit_rows(cp, "review.self_refused", "agency:3")
    assert "0563-4029999" not in cp.get("/mzj/contacts").text
    assert post(rev, cp, "/admin/agencies/3/publish", {"secrecy_checked": "1"},
                token_from="/admin/agencies").status_code == 303
    assert "0563-4029999" in cp.get("/mzj/contacts").text
    (user, summary), = audit_rows(cp, "agency.publish", "agency:3")
    assert user == "rev" and "phone: 0563-4021521 -> 0563-4029999" in summary
    assert cp.query("content", "SELECT count(*) FROM agency_changes WHERE agency_id = 3") == [(0,)]


def test_a_new_unit_reaches_the_public_only_through_a_second_reviewer(cp, both, rev, ed):
    """Finding 15.19: a unit a reviewer added was on the contacts page at once."""
    r = post(both, cp, "/admin/agencies/units/new",
             {"name": "宁国市救助管理站", "kind": "unit", "sort": "40", "phone": "0563-4027777",
              "address": "宁国市河沥溪街道救助路1号", "action": "save"}, token_from="/admin/agencies")
    assert r.status_code == 303 and r.headers["Location"].endswith("?saved=review"), r.text[:800]
    unit = int(re.search(r"/admin/agencies/(\d+)", r.headers["Location"]).group(1))
    for path in ("/contacts", "/catalogue"):
        assert "宁国市救助管理站" not in public_page(cp, path).text, path
    assert "宁国市救助管理站" not in ed.get(cp.url("/admin/entries/new")).text   # not a publishing unit yet
    assert f'href="/admin/agencies/{unit}"' in rev.get(cp.url("/admin/")).text   # in the reviewer's queue
    review = rev.get(cp.url(f"/admin/agencies/{unit}")).text
    assert "<ins>宁国市救助管理站</ins>" in review and "<ins>0563-4027777</ins>" in review
    r = post(both, cp, f"/admin/agencies/{unit}/publish", {"secrecy_checked": "1"}, token_from="/admin/agencies")
    assert r.status_code == 409 and SELF_REFUSED in r.text
    assert audit_rows(cp, "review.self_refused", f"agency:{unit}")
    assert "宁国市救助管理站" not in public_page(cp, "/contacts").text
    assert post(rev, cp, f"/admin/agencies/{unit}/publish", {"secrecy_checked": "1"},
                token_from="/admin/agencies").status_code == 303
    contacts = public_page(cp, "/contacts").text
    assert "宁国市救助管理站" in contacts and "0563-4027777" in contacts
    assert "宁国市救助管理站" in ed.get(cp.url("/admin/entries/new")).text


def test_an_agencys_duties_change_waits_for_review_and_can_be_sent_back(cp, both, rev):
    values = agency_values(rev, cp, 1)
    old_duties = values["duties_md"]
    values.update(duties_md="双人审核的新职能。", action="save")
    assert post(rev, cp, "/admin/agencies/1", values, token_from="/admin/agencies").status_code == 303
    assert "双人审核的新职能" not in public_page(cp, "/functions").text
    again = post(rev, cp, "/admin/agencies/1", dict(values, duties_md="又一次修改。"), token_from="/admin/agencies")
    assert again.status_code == 200 and "审核结束前不能再修改" in again.text
    r = post(rev, cp, "/admin/agencies/1/publish", {"secrecy_checked": "1"}, token_from="/admin/agencies")
    assert r.status_code == 409 and SELF_REFUSED in r.text
    assert post(both, cp, "/admin/agencies/1/return", {"comment": "职能表述请依据三定方案"},
                token_from="/admin/agencies").status_code == 303
    form = rev.get(cp.url("/admin/agencies/1")).text
    assert "职能表述请依据三定方案" in form and "双人审核的新职能。" in form   # the author edits on
    assert "双人审核的新职能" not in public_page(cp, "/functions").text
    assert cp.query("content", "SELECT duties_md FROM agencies WHERE id = 1") == [(old_duties,)]


def test_category_in_use_cannot_be_deleted_but_a_new_one_can(cp, adm):
    assert post(adm, cp, "/admin/categories", {"scheme": "topic", "code": "T99", "name": "测试主题", "sort": "990"},
                token_from="/admin/categories").status_code == 303
    new_id = cp.query("content", "SELECT id FROM categories WHERE code = 'T99'")[0][0]
    in_use = post(adm, cp, "/admin/categories/1", {"action": "delete"}, token_from="/admin/categories")
    assert in_use.status_code == 200 and "不能删除" in in_use.text
    assert post(adm, cp, f"/admin/categories/{new_id}", {"action": "delete"},
                token_from="/admin/categories").status_code == 303
    assert cp.query("content", "SELECT count(*) FROM categories WHERE id IN (1, ?)", (new_id,))[0][0] == 1


# ---- audit -------------------------------------------------------------------

def test_each_entry_action_leaves_an_audit_row_with_before_and_after(cp, ed, rev):
    entry_id = create_entry(cp, ed, "审计测试旧标题")
    post(ed, cp, f"/admin/entries/{entry_id}", entry_fields("审计测试新标题"))
    upload(cp, ed, entry_id, "审计.pdf", PDF)
    submit(cp, ed, entry_id)
    post(rev, cp, f"/admin/entries/{entry_id}/return", {"comment": "再看一下"})
    submit(cp, ed, entry_id)
    publish(cp, rev, entry_id)
    target = f"entry:{entry_id}"
    rows = cp.query("private", "SELECT action, user_name, summary FROM audit_log WHERE target = ? ORDER BY id",
                    (target,))
    assert [r[0] for r in rows] == ["entry.create", "entry.save", "entry.attachment_add", "entry.submit",
                                    "entry.return", "entry.submit", "entry.publish"]
    by_action = {r[0]: r for r in rows}
    assert "title: 审计测试旧标题 -> 审计测试新标题" in by_action["entry.save"][2]
    assert by_action["entry.return"][1] == "rev" and "status review -> returned" in by_action["entry.return"][2]
    assert "status returned -> review" in rows[5][2]
    assert by_action["entry.publish"][1] == "rev" and "status review -> published" in by_action["entry.publish"][2]
    assert "application/pdf" in by_action["entry.attachment_add"][2]


def test_files_cannot_change_while_the_entry_waits_in_review(cp, ed, rev):
    """The reviewer attests the secrecy check for what they saw: an editor
    swapping or removing a file during review would bypass it."""
    entry_id = create_entry(cp, ed, "审核期间附件不可更改")
    upload(cp, ed, entry_id, "原附件.pdf", PDF)
    (att_id, *_), = attachments_of(cp, entry_id)
    submit(cp, ed, entry_id)
    swapped = upload(cp, ed, entry_id, "替换附件.pdf", PDF)
    assert swapped.status_code == 200 and "审核中的信息不能更改附件" in swapped.text
    removed = post(ed, cp, f"/admin/entries/{entry_id}/attachments/{att_id}/delete", {})
    assert removed.status_code == 200 and "审核中的信息不能更改附件" in removed.text
    assert [a[0] for a in attachments_of(cp, entry_id)] == [att_id]


# ---- per agency: 发布机构 and the Art. 20 item -----------------------------------

def options_of(html, name):
    select = re.search(rf'<select id="e-{name}" name="{name}"[^>]*>(.*?)</select>', html, re.S).group(1)
    return re.findall(r'<option value="(\d*)"[^>]*>([^<]*)</option>', select)


def test_publishing_agency_is_chosen_among_the_agencys_own_offices_and_units(cp, ed):
    html = ed.get(cp.url("/admin/entries/new")).text
    offered = {int(v) for v, _ in options_of(html, "agency_id")}
    own = {r[0] for r in cp.query("content", "SELECT id FROM agencies WHERE id = 1 OR parent_id = 1")}
    assert offered == own and 202 not in offered
    before = cp.query("content", "SELECT count(*) FROM entries")[0][0]
    r = post(ed, cp, "/admin/entries/new", entry_fields("冒用其他机关名义", agency_id="202"))
    assert r.status_code == 200 and "请从列表中选择本机关或其内设机构、下属单位作为发布机构" in r.text
    assert 'value="冒用其他机关名义"' in r.text
    assert cp.query("content", "SELECT count(*) FROM entries")[0][0] == before


def test_entry_is_filed_under_an_art20_item_and_publishing_keeps_it(cp, ed, rev):
    choices = options_of(ed.get(cp.url("/admin/entries/new")).text, "art20")
    assert choices[0] == ("", "（不属于第二十条所列事项）") and len(choices) == 16
    assert ("7", "（七）财政预算、决算信息") in choices
    assert ("15", "（十五）法律、法规、规章和国家有关规定规定应当主动公开的其他政府信息") in choices

    bad = post(ed, cp, "/admin/entries/new", entry_fields("第二十条归类错误", art20="16"))
    assert bad.status_code == 200 and "请输入有效范围内的数字" in bad.text

    entry_id = create_entry(cp, ed, "2026年部门预算公开", "预算正文。")
    post(ed, cp, f"/admin/entries/{entry_id}", entry_fields("2026年部门预算公开", "预算正文。", art20="7"))
    assert cp.query("content", "SELECT art20 FROM entry_revisions WHERE entry_id = ?", (entry_id,)) == [(7,)]
    submit(cp, ed, entry_id)
    publish(cp, rev, entry_id)
    assert cp.query("content", "SELECT art20, owner_id FROM entries WHERE id = ?", (entry_id,)) == [(7, 1)]
    form = ed.get(cp.url(f"/admin/entries/{entry_id}")).text
    assert '<option value="7" selected>（七）财政预算、决算信息</option>' in form
    assert f'href="/mzj/catalogue/{entry_id}"' in form
    unfiled = create_entry(cp, ed, "不属于第二十条的信息")
    assert cp.query("content", "SELECT art20 FROM entries WHERE id = ?", (unfiled,)) == [(None,)]


# ---- four eyes (review finding 15.19) ------------------------------------------

SELF_REFUSED = "不能发布您自己最后修改的版本"


def test_an_editor_who_is_also_reviewer_cannot_publish_the_entry_they_last_changed(cp, both, rev):
    entry_id = create_entry(cp, both, "双人审核：自己写的信息")
    submit(cp, both, entry_id)
    r = post(both, cp, f"/admin/entries/{entry_id}/publish", {"secrecy_checked": "1"})
    assert r.status_code == 409 and SELF_REFUSED in r.text
    assert cp.query("content", "SELECT status FROM entries WHERE id = ?", (entry_id,)) == [("review",)]
    assert audit_rows(cp, "review.self_refused", f"entry:{entry_id}")
    publish(cp, rev, entry_id)   # a second person may
    assert cp.query("content", "SELECT status FROM entries WHERE id = ?", (entry_id,)) == [("published",)]


def test_an_amendment_is_refused_to_its_own_author_even_after_someone_else_published_the_first(cp, ed, both, rev):
    entry_id = publish_new_entry(cp, ed, both, "双人审核：修订", "原文。")
    saved = post(both, cp, f"/admin/entries/{entry_id}", entry_fields("双人审核：修订", "改过的正文。",
                                                                      change_note="更正"))
    assert saved.status_code == 303
    submit(cp, both, entry_id)
    r = post(both, cp, f"/admin/entries/{entry_id}/publish", {"secrecy_checked": "1"})
    assert r.status_code == 409 and SELF_REFUSED in r.text
    assert "原文。" in cp.get(f"/mzj/catalogue/{entry_id}").text


def test_a_guide_copy_cannot_be_published_by_whoever_last_changed_it(cp, both, rev):
    r = post(both, cp, "/admin/guides/2/copy", {}, token_from="/admin/guides")
    assert r.status_code == 303
    copy_id = int(re.search(r"/admin/guides/(\d+)$", r.headers["Location"]).group(1))
    assert post(both, cp, f"/admin/guides/{copy_id}/submit", {}, token_from="/admin/guides").status_code == 303
    r = post(both, cp, f"/admin/guides/{copy_id}/publish", {"secrecy_checked": "1"}, token_from="/admin/guides")
    assert r.status_code == 409 and SELF_REFUSED in r.text
    assert post(rev, cp, f"/admin/guides/{copy_id}/publish", {"secrecy_checked": "1"},
                token_from="/admin/guides").status_code == 303


def test_a_reviewer_correcting_published_news_sends_it_to_another_reviewer(cp, ed, both, rev):
    r = post(ed, cp, "/admin/news/new", {"title": "双人审核动态", "agency_id": "1", "published_on": "",
                                          "body_md": "原来的动态。", "action": "save"}, token_from="/admin/news")
    news_id = int(re.search(r"/admin/news/(\d+)", r.headers["Location"]).group(1))
    assert post(ed, cp, f"/admin/news/{news_id}/submit", {}, token_from="/admin/news").status_code == 303
    assert post(both, cp, f"/admin/news/{news_id}/publish", {"secrecy_checked": "1"},
                token_from="/admin/news").status_code == 303

    corrected = post(both, cp, f"/admin/news/{news_id}", {"title": "双人审核动态", "agency_id": "1",
                     "published_on": "", "body_md": "改过的动态。", "action": "save"}, token_from="/admin/news")
    assert corrected.status_code == 303
    assert cp.query("content", "SELECT status FROM news WHERE id = ?", (news_id,)) == [("review",)]
    r = post(both, cp, f"/admin/news/{news_id}/publish", {"secrecy_checked": "1"}, token_from="/admin/news")
    assert r.status_code == 409 and SELF_REFUSED in r.text
    assert cp.get(f"/mzj/news/{news_id}").status_code == 404
    assert post(rev, cp, f"/admin/news/{news_id}/publish", {"secrecy_checked": "1"},
                token_from="/admin/news").status_code == 303
    assert "改过的动态。" in cp.get(f"/mzj/news/{news_id}").text


def test_a_file_added_to_a_published_entry_is_public_only_once_a_second_person_publishes_it(cp, ed, both, rev):
    entry_id = publish_new_entry(cp, ed, rev, "双人审核：补充附件", "原文。")
    refused = upload(cp, both, entry_id, "补充.pdf", PDF)   # no revision to carry it yet
    assert refused.status_code == 200 and "请先在上方填写修改说明并保存修改" in refused.text
    assert attachments_of(cp, entry_id) == []
    post(ed, cp, f"/admin/entries/{entry_id}", entry_fields("双人审核：补充附件", "原文。", change_note="补充附件"))
    assert upload(cp, both, entry_id, "补充.pdf", PDF).status_code == 303   # both now last changed it
    (att_id, name, *_), = attachments_of(cp, entry_id)
    assert cp.get(f"/files/{att_id}/{name}").status_code == 404
    assert f"/files/{att_id}/" not in cp.get(f"/mzj/catalogue/{entry_id}").text
    staff_view = both.get(cp.url(f"/admin/entries/{entry_id}")).text
    assert "补充.pdf" in staff_view and "新增，随修订发布后公开" in staff_view
    submit(cp, both, entry_id)
    r = post(both, cp, f"/admin/entries/{entry_id}/publish", {"secrecy_checked": "1"})
    assert r.status_code == 409 and SELF_REFUSED in r.text
    assert audit_rows(cp, "review.self_refused", f"entry:{entry_id}")
    assert cp.get(f"/files/{att_id}/{name}").status_code == 404
    publish(cp, rev, entry_id)
    got = cp.get(f"/files/{att_id}/{name}")
    assert got.status_code == 200 and got.content == PDF
    assert f"/files/{att_id}/" in cp.get(f"/mzj/catalogue/{entry_id}").text
