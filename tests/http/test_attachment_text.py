"""Attachments are searchable by their text (issue 11): a PDF, DOCX or XLSX a
clerk uploads to an entry is read by Debian's tools in admin.fcgi right after
it is stored, and once the entry is published a search for a phrase found
only inside the file finds the entry and says 在附件中找到. A file the tool
cannot read, a tool that hangs or is missing never costs the upload: the
reason is recorded in attachment_texts.error. `portalctl extract` fills in
attachments that have no text yet (content from before, restored backups),
and `--retry` tries those that failed again. The test files are built here:
a one-page PDF written by hand, DOCX and XLSX as minimal OOXML zips, an XLS
by python3-xlwt (there is no DOC writer in Debian short of LibreOffice, so
DOC, read by catdoc, is the one type not tried here)."""

import io
import os
import re
import subprocess
import sys
import tempfile
import time
import zipfile
from urllib.parse import quote

import pytest

sys.path.insert(0, os.path.dirname(__file__))
from harness import BUILD, Portal  # noqa: E402
from staff_login import login, make_staff  # noqa: E402
# The clerks' portal (cp: 民政局's editor ed and reviewer rev) and their steps, as content editing has them.
from test_admin_content import cp, create_entry, ed, post, publish, rev, submit  # noqa: E402,F401


def minimal_pdf(phrase):
    """A valid one-page PDF showing PHRASE (ASCII) in Helvetica, with a correct xref table."""
    stream = f"BT /F1 12 Tf 72 720 Td ({phrase}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>{}</Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{}</Relationships>')
OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"


def ooxml(parts):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return out.getvalue()


def minimal_docx(text):
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    return ooxml({
        "[Content_Types].xml": CONTENT_TYPES.format(f'<Override PartName="/word/document.xml" ContentType="{main}"/>'),
        "_rels/.rels": RELS.format(f'<Relationship Id="rId1" Type="{OFFICE_DOCUMENT}" Target="word/document.xml"/>'),
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?>'
                             '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                             f'<w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>',
    })


def minimal_xlsx(text):
    sheet_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    kinds = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    worksheet = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
    return ooxml({
        "[Content_Types].xml": CONTENT_TYPES.format(
            f'<Override PartName="/xl/workbook.xml" ContentType="{kinds}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{kinds}.worksheet+xml"/>'),
        "_rels/.rels": RELS.format(f'<Relationship Id="rId1" Type="{OFFICE_DOCUMENT}" Target="xl/workbook.xml"/>'),
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{sheet_ns}" '
                           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                           '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": RELS.format(
            f'<Relationship Id="rId1" Type="{worksheet}" Target="worksheets/sheet1.xml"/>'),
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{sheet_ns}">'
                                    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is>'
                                    f'<t>{text}</t></is></c></row></sheetData></worksheet>',
    })


def minimal_xls(text):
    """An Excel 97 workbook (BIFF8 in an OLE container) with TEXT in A1, by Debian's python3-xlwt."""
    import xlwt
    book = xlwt.Workbook(encoding="utf-8")
    book.add_sheet("表1").write(0, 0, text)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def upload(portal, session, entry_id, name, data):
    """Uploads DATA as NAME to the entry as SESSION's clerk; returns the new attachment's id."""
    r = post(session, portal, f"/admin/entries/{entry_id}/attachments", {},
             files={"file": (name, data, "application/octet-stream")})
    assert r.status_code == 303, r.text[:500]
    (att_id,), = portal.query("content", "SELECT max(id) FROM attachments WHERE owner_kind = 'entry' "
                                         "AND owner_id = ?", (entry_id,))
    return att_id


def text_row(portal, att_id):
    rows = portal.query("content", "SELECT text, error FROM attachment_texts WHERE attachment_id = ?", (att_id,))
    return rows[0] if rows else None


def search_result_for(portal, q, entry_id):
    """The result item of the search for Q that links to entry ENTRY_ID, or None."""
    page = portal.get("/search?q=" + quote(q)).text
    for item in page.split('<li class="search-result">')[1:]:
        if re.search(rf'href="/[a-z0-9]+/catalogue/{entry_id}"', item):
            return item
    return None


@pytest.mark.parametrize("name, make, phrase, query", [
    ("方案.pdf", minimal_pdf, "Ostrich farming subsidy QZX", "ostrich farming"),
    ("方案.docx", minimal_docx, "第三条 鸵鸟养殖补助按每户两千元发放", "鸵鸟养殖"),
    ("统计表.xlsx", minimal_xlsx, "羚羊迁徙观测点位统计", "羚羊迁徙"),
    ("越冬.xls", minimal_xls, "丹顶鹤越冬数量统计", "丹顶鹤越冬"),
])
def test_a_phrase_only_inside_an_uploaded_file_finds_its_entry(cp, ed, rev, name, make, phrase, query):
    entry_id = create_entry(cp, ed, f"关于印发工作方案的通知（{name.rsplit('.', 1)[1]}）", "详见附件。")
    att_id = upload(cp, ed, entry_id, name, make(phrase))
    text, error = text_row(cp, att_id)
    assert error == "" and phrase in text
    assert search_result_for(cp, query, entry_id) is None   # a draft is not public yet
    submit(cp, ed, entry_id)
    publish(cp, rev, entry_id)
    item = search_result_for(cp, query, entry_id)
    assert item is not None, f"{query} does not find entry {entry_id}"
    assert "在附件中找到" in item


def test_a_corrupt_pdf_is_stored_with_its_error_and_no_text(cp, ed):
    entry_id = create_entry(cp, ed, "损坏附件测试")
    corrupt = b"%PDF-1.4\nthis is not really a PDF\n"
    att_id = upload(cp, ed, entry_id, "坏文件.pdf", corrupt)
    assert cp.query("content", "SELECT filename, data FROM attachments WHERE id = ?", (att_id,)) == [
        ("坏文件.pdf", corrupt)]
    text, error = text_row(cp, att_id)
    assert text == "" and error.startswith("pdftotext 无法读取该文件（退出码 1）"), error
    page = ed.get(cp.url(f"/admin/entries/{entry_id}"), timeout=10)
    assert page.status_code == 200 and "坏文件.pdf" in page.text


def portalctl(portal, *args, env=None):
    out = subprocess.run([os.path.join(BUILD, "portalctl"), *args], env=env or portal.env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_portalctl_extract_fills_attachments_that_have_no_text(cp):
    cp.execute("content", "INSERT INTO entries (title, agency_id, status, published_on, body_md) "
                          "VALUES ('旧系统迁移的通知', 1, 'published', '2026-10-01', '见附件')")
    (entry_id,), = cp.query("content", "SELECT max(id) FROM entries")
    pdf = minimal_pdf("Pelican migration census KRV")
    cp.execute("content", "INSERT INTO attachments (owner_kind, owner_id, filename, mime, size, sha256, data) "
                          "VALUES ('entry', ?, '旧附件.pdf', 'application/pdf', ?, 'x', ?)",
               (entry_id, len(pdf), pdf))
    (att_id,), = cp.query("content", "SELECT max(id) FROM attachments")
    assert text_row(cp, att_id) is None and search_result_for(cp, "pelican migration", entry_id) is None

    first = portalctl(cp, "extract")
    assert re.search(r"text extracted from [1-9]\d* attachments", first), first
    text, error = text_row(cp, att_id)
    assert error == "" and "Pelican migration census KRV" in text
    assert "在附件中找到" in search_result_for(cp, "pelican migration", entry_id)

    again = portalctl(cp, "extract")   # safe to repeat: nothing left to do
    assert "text extracted from 0 attachments, 0 failed" in again, again


# ---- tools that hang or are missing ------------------------------------------

@pytest.fixture(scope="module")
def stuck():
    """A portal whose only tool is a pdftotext that never finishes, with a 2 s timeout."""
    tools = tempfile.mkdtemp(prefix="portal-test-tools-")
    with open(os.path.join(tools, "pdftotext"), "w") as f:
        f.write("#!/bin/sh\nsleep 120\n")
    os.chmod(os.path.join(tools, "pdftotext"), 0o700)
    p = Portal(env_overrides={"PORTAL_EXTRACT_PATH": tools, "PORTAL_EXTRACT_TIMEOUT": "2"})
    make_staff(p, "ed", "editor")
    yield p
    p.close()
    subprocess.run(["rm", "-rf", tools], check=True)


def test_a_hanging_tool_is_killed_and_a_missing_one_named_and_the_uploads_kept(stuck):
    ed = login(stuck, "ed", "correct horse battery")
    entry_id = create_entry(stuck, ed, "工具故障测试")
    started = time.monotonic()
    pdf_id = upload(stuck, ed, entry_id, "方案.pdf", minimal_pdf("Heron nesting survey"))
    assert time.monotonic() - started < 10
    assert text_row(stuck, pdf_id) == ("", "pdftotext 超时（超过 2 秒），已终止")
    docx_id = upload(stuck, ed, entry_id, "方案.docx", minimal_docx("白鹭栖息地调查"))
    assert text_row(stuck, docx_id) == ("", "docx2txt 未安装")
    assert len(stuck.query("content", "SELECT id FROM attachments WHERE owner_id = ? AND owner_kind = 'entry'",
                           (entry_id,))) == 2

    # A plain run leaves recorded errors alone (here it finds no tool at all for
    # the demo's files); --retry with the tools in place fills them in.
    tools_back = {k: v for k, v in stuck.env.items() if not k.startswith("PORTAL_EXTRACT_")}
    plain = portalctl(stuck, "extract", env=dict(tools_back, PORTAL_EXTRACT_PATH="/nonexistent"))
    assert text_row(stuck, docx_id) == ("", "docx2txt 未安装"), plain
    retried = portalctl(stuck, "extract", "--retry", env=tools_back)
    assert "Heron nesting survey" in text_row(stuck, pdf_id)[0], retried
    assert text_row(stuck, docx_id) == ("白鹭栖息地调查", "")
