"""The word index (ICU segmentation in the FTS5 tokenizer, cgi-bin/core/words.c)
kept up by triggers: a word at the very end of a title or body, a
one-character title, ASCII and full-width case, words the dictionary cuts
oddly (低保金), the text of attachments, and index upkeep on edits."""

import re
from urllib.parse import quote

import pytest

RESULT_LINK = re.compile(r'<h2 class="search-title"><a href="/[a-z0-9]+/catalogue/(\d+)">')


def pages_text(portal, q, **params):
    """The result lists of every page of a search, joined."""
    texts, page = [], 1
    while True:
        r = portal.get("/search?q=" + quote(q) + "".join(f"&{k}={v}" for k, v in params.items()) + f"&page={page}")
        start = r.text.find('<ol class="search-results"')
        texts.append(r.text[start:r.text.find("</ol>", start)] if start >= 0 else "")
        if 'rel="next"' not in r.text:
            return "".join(texts)
        page += 1


def entry_ids_found(portal, q):
    ids, page = set(), 1
    while True:
        r = portal.get("/search?q=" + quote(q) + f"&kind=entry&page={page}")
        assert r.status_code == 200
        ids |= {int(m) for m in RESULT_LINK.findall(r.text)}
        if 'rel="next"' not in r.text:
            return ids
        page += 1


def add_entry(portal, title, body):
    portal.execute("content", "INSERT INTO entries (title, agency_id, status, published_on, body_md) "
                              "VALUES (?, 1, 'published', '2026-11-01', ?)", (title, body))
    return portal.query("content", "SELECT max(id) FROM entries")[0][0]


@pytest.fixture(scope="module")
def own_portal():
    import harness
    p = harness.Portal()
    yield p
    p.close()


def test_word_at_the_end_of_a_title_or_body_is_found(own_portal):
    at_title_end = add_entry(own_portal, "关于做好冬季救助工作的通知鹤鸣", "正文没有那个词。")
    at_body_end = add_entry(own_portal, "普通标题", "正文最后两个字是鹤鸣")
    assert {at_title_end, at_body_end} <= entry_ids_found(own_portal, "鹤鸣")


def test_one_character_title_is_found(own_portal):
    single = add_entry(own_portal, "麟", "")
    assert single in entry_ids_found(own_portal, "麟")


def test_ascii_and_full_width_letters_ignore_case_and_width(own_portal):
    entry = add_entry(own_portal, "关于QX系统上线的说明", "内容")
    assert entry in entry_ids_found(own_portal, "qx")
    assert entry in entry_ids_found(own_portal, "QX")
    assert entry in entry_ids_found(own_portal, "ＱＸ")
    year = add_entry(own_portal, "２０１９年度犀角统计", "内容")
    assert year in entry_ids_found(own_portal, "2019年犀角")


def test_words_the_dictionary_cuts_oddly_are_still_found(own_portal):
    # ICU splits 低保金 into 低 + 保金 and 河沥溪 into 市河 + 沥 + 溪.
    money = add_entry(own_portal, "关于发放救助资金的通知", "全年发放城乡低保金按月足额发放。")
    place = add_entry(own_portal, "关于街道工作的通知", "宁国市河沥溪街道办事处")
    assert money in entry_ids_found(own_portal, "低保")
    assert place in entry_ids_found(own_portal, "河沥溪")
    assert "<mark>低保</mark>金" in pages_text(own_portal, "低保", kind="entry")


def test_snippets_keep_the_texts_own_spacing(own_portal):
    add_entry(own_portal, "关于启用新系统的说明", "请登录 ZQ 系统 办理，或拨打 12345 热线。")
    assert "请登录 <mark>ZQ</mark> 系统 办理" in pages_text(own_portal, "zq", kind="entry")


def test_text_of_an_attachment_is_found_and_said_to_be_there(own_portal):
    entry = add_entry(own_portal, "关于印发工作方案的通知", "详见附件。")
    own_portal.execute("content", "INSERT INTO attachments (owner_kind, owner_id, filename, mime, size, sha256, data) "
                                  "VALUES ('entry', ?, '方案.pdf', 'application/pdf', 3, 'x', x'00')", (entry,))
    attachment = own_portal.query("content", "SELECT max(id) FROM attachments")[0][0]
    own_portal.execute("content", "INSERT INTO attachment_texts (attachment_id, text) VALUES (?, ?)",
                       (attachment, "第三条 鸵鸟养殖补助按每户两千元发放。"))
    assert entry in entry_ids_found(own_portal, "鸵鸟养殖")
    text = own_portal.get("/search?q=" + quote("鸵鸟养殖") + "&kind=entry").text
    results = text.index('<ol class="search-results"')
    text = text[results:text.index("</ol>", results)]
    assert "在附件中找到" in text and "<mark>鸵鸟养殖</mark>" in text, text
    own_portal.execute("content", "DELETE FROM attachments WHERE id = ?", (attachment,))
    assert entry not in entry_ids_found(own_portal, "鸵鸟养殖")


def test_edits_and_unpublishing_update_short_results(own_portal):
    entry = add_entry(own_portal, "关于犀牛的说明", "内容")
    assert entry in entry_ids_found(own_portal, "犀牛")
    own_portal.execute("content", "UPDATE entries SET title = '关于大象的说明' WHERE id = ?", (entry,))
    assert entry not in entry_ids_found(own_portal, "犀牛")
    assert entry in entry_ids_found(own_portal, "大象")
    own_portal.execute("content", "UPDATE entries SET status = 'draft' WHERE id = ?", (entry,))
    assert entry not in entry_ids_found(own_portal, "大象")


def test_guide_materials_are_part_of_the_guide(own_portal):
    guide = own_portal.query("content", "SELECT id FROM guides WHERE status = 'published' ORDER BY id LIMIT 1")[0][0]
    own_portal.execute("content", "INSERT INTO guide_materials (guide_id, name) VALUES (?, '犀鸟饲养许可证')", (guide,))
    r = own_portal.get("/search?q=" + quote("犀鸟饲养许可证") + "&kind=guide")
    assert f"/guides/{guide}\"" in r.text


def test_a_long_attachment_shows_the_passage_that_matched(own_portal):
    entry = add_entry(own_portal, "关于印发年度资料汇编的通知", "详见附件。")
    own_portal.execute("content", "INSERT INTO attachments (owner_kind, owner_id, filename, mime, size, sha256, data) "
                                  "VALUES ('entry', ?, '汇编.pdf', 'application/pdf', 3, 'x', x'00')", (entry,))
    attachment = own_portal.query("content", "SELECT max(id) FROM attachments")[0][0]
    filler = "本页为资料汇编的正文内容。" * 800      # far past the first few thousand bytes
    own_portal.execute("content", "INSERT INTO attachment_texts (attachment_id, text) VALUES (?, ?)",
                       (attachment, filler + "第九十九条 蜂鸟栖息地保护补助按年度发放。" + filler))
    text = pages_text(own_portal, "蜂鸟栖息地", kind="entry")
    assert f"/catalogue/{entry}\"" in text
    snippet = text.split(f"/catalogue/{entry}\"")[1].split("</p>")[0]
    assert "<mark>蜂鸟栖息地</mark>" in snippet and "…" in snippet
