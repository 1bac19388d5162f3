"""互动交流 as a new user meets it (issue 12), through the real pages: a
citizen asks 民政局 how to apply for 高龄津贴 and allows publication; a
clerk answers within the deadline and publishes it; the question and answer
appear in 民政局's column, on the platform's list and in the site search,
with the days asked and answered and without the writer's name or phone;
the month's numbers show it answered on time. A 找错 report from an entry
page's footer reaches the platform administrator with the page's address."""

import html
import os
import re
import sys
from urllib.parse import quote

import pytest
import requests

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from harness import Portal, csrf_from  # noqa: E402
from staff_login import make_staff, signed_in  # noqa: E402

NAME, PHONE = "陈秀英", "13805639911"


@pytest.fixture(scope="module")
def pp():
    p = Portal()
    make_staff(p, "clerk", "handler@mzj")
    yield p
    p.close()


def link(page, text):
    m = re.search(r'<a[^>]+href="([^"]+)"[^>]*>%s</a>' % re.escape(text), page)
    assert m, f"no link {text}"
    return html.unescape(m.group(1))


def submit_form(s, pp, form_url, **fields):
    page = s.get(pp.url(form_url)).text
    data = {"csrf_token": csrf_from(page),
            "idempotency_key": re.search(r'name="idempotency_key" value="([0-9a-f]{32})"', page).group(1)}
    for name in ("page", "agency", "kind"):
        m = re.search(r'name="%s"[^>]*value="([^"]*)"' % name, page)
        if m:
            data[name] = html.unescape(m.group(1))
    m = re.search(r'<option value="([a-z0-9]+)" selected>', page)
    if m:
        data["agency"] = m.group(1)
    data.update(fields)
    return page, s.post(pp.url("/apply/message"), data=data)


def test_a_question_to_minzhengju_is_answered_published_and_found(pp):
    citizen = requests.Session()
    column = citizen.get(pp.url("/mzj/")).text
    messages_page = citizen.get(pp.url(link(column, "互动交流"))).text
    assert "还没有公开的留言" in messages_page
    form_url = link(messages_page, "我要写信")
    assert form_url == "/apply/message?agency=mzj"
    form, r = submit_form(citizen, pp, form_url, kind="consult", subject="高龄津贴怎么申请",
                          body=f"我是{NAME}，母亲今年82岁，户籍在港口镇，电话{PHONE}。请问高龄津贴怎么申请？",
                          name=NAME, phone=PHONE, consent="1")
    assert '<option value="mzj" selected>宁国市民政局</option>' in form
    assert r.status_code == 200 and "留言回执" in r.text      # followed the 303
    number = re.search(r'class="receipt-number">([A-Z0-9-]+)<', r.text).group(1)

    clerk = signed_in(pp, "clerk")
    inbox = clerk.get(pp.url("/admin/messages")).text
    assert "剩5个工作日" in inbox
    detail_url = link(inbox, number)
    detail = clerk.get(pp.url(detail_url)).text
    assert NAME in detail and PHONE in detail and "同意公开" in detail
    token = csrf_from(detail)
    r = clerk.post(pp.url(detail_url + "/reply"), data={"csrf_token": token, "reply_text":
                   "年满80周岁的本市户籍老人，可由本人或家属持身份证、户口簿到户籍所在地乡镇（街道）便民服务中心申请高龄津贴。"})
    assert r.status_code == 200 and "已答复" in r.text
    state, replied, due = pp.query("private", "SELECT state, replied_on, due_on FROM messages WHERE number = ?",
                                   (number,))[0]
    assert state == "replied" and replied <= due
    r = clerk.post(pp.url(detail_url + "/publish"), data={
        "csrf_token": token, "pub_subject": "高龄津贴怎么申请",
        "pub_question": "母亲今年82岁，户籍在港口镇。请问高龄津贴怎么申请？",
        "pub_answer": "年满80周岁的本市户籍老人，可由本人或家属持身份证、户口簿到户籍所在地乡镇（街道）便民服务中心申请高龄津贴。"})
    assert r.status_code == 200 and "查看公开页面" in r.text

    # The column (answered from the render cache before) now lists it.
    listed = citizen.get(pp.url("/mzj/messages")).text
    item_url = link(listed, "高龄津贴怎么申请")
    assert re.search(r"提问 <time[^>]*>\d{4}-\d\d-\d\d</time> · 答复 <time", listed)
    item = citizen.get(pp.url(item_url)).text
    assert "请问高龄津贴怎么申请" in item and "便民服务中心申请高龄津贴" in item
    assert "宁国市民政局的答复" in item
    assert "高龄津贴怎么申请" in citizen.get(pp.url("/messages")).text
    found = citizen.get(pp.url("/search?q=" + quote("高龄津贴怎么申请"))).text
    assert f'href="{item_url}"' in found and "互动交流" in found
    found_kind = citizen.get(pp.url("/search?q=" + quote("高龄津贴") + "&kind=message")).text
    assert f'href="{item_url}"' in found_kind
    for page in (listed, item, found, found_kind):
        assert NAME not in page and PHONE not in page
    stats = citizen.get(pp.url("/mzj/messages/stats")).text
    assert re.search(r"<td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">1</td>", stats)

    # Taken down: gone from the column and the search.
    clerk.post(pp.url(detail_url + "/unpublish"), data={"csrf_token": token})
    assert "高龄津贴怎么申请" not in citizen.get(pp.url("/mzj/messages")).text
    assert f'href="{item_url}"' not in citizen.get(pp.url("/search?q=" + quote("高龄津贴怎么申请"))).text
    assert citizen.get(pp.url(item_url), allow_redirects=False).status_code == 404


def test_an_error_report_from_an_entry_page_reaches_the_administrator_with_its_address(pp):
    citizen = requests.Session()
    catalogue = citizen.get(pp.url("/mzj/catalogue")).text
    entry_url = re.search(r'href="(/mzj/catalogue/\d+)"', catalogue).group(1)
    entry = citizen.get(pp.url(entry_url)).text
    report_url = link(entry, "我为政府网站找错")
    assert report_url == "/apply/message?kind=error&page=" + entry_url
    form, r = submit_form(citizen, pp, report_url, subject="附件无法下载", body="本页的附件点开是空白。",
                          name="王小明", phone="13905630000")
    assert f'value="{entry_url}"' in form and 'name="agency"' not in form
    assert r.status_code == 200 and "平台管理员" in r.text
    number = re.search(r'class="receipt-number">([A-Z0-9-]+)<', r.text).group(1)
    admin = signed_in(pp, "admin", pp.admin_password)
    inbox = admin.get(pp.url("/admin/messages")).text
    report = admin.get(pp.url(link(inbox, number))).text
    assert f'<a href="{entry_url}">{entry_url}</a>' in report and "附件无法下载" in report
    assert pp.query("private", "SELECT agency_id, kind FROM messages WHERE number = ?", (number,)) == [(None, "error")]
    assert number not in signed_in(pp, "clerk").get(pp.url("/admin/messages")).text


@pytest.mark.parametrize("page", ["http://evil.example/x", "//evil.example/x", "/a\\b"])
def test_an_error_report_takes_only_a_path_of_this_site(pp, page):
    s = requests.Session()
    form = s.get(pp.url("/apply/message?kind=error&page=" + quote(page))).text
    assert "出错页面应为本网站的页面地址" in form
    before = pp.query("private", "SELECT count(*) FROM messages")[0][0]
    _, r = submit_form(s, pp, "/apply/message?kind=error", page=page, subject="错", body="错",
                       name="王小明", phone="13905630000")
    assert "出错页面应为本网站的页面地址" in r.text and pp.query("private", "SELECT count(*) FROM messages")[0][0] == before


def test_an_unknown_message_or_another_agencys_answers_404_or_moves(pp):
    assert pp.get("/mzj/messages/999999").status_code == 404
    assert pp.get("/nosuch/messages").status_code == 404


@pytest.mark.parametrize("path", ["/messages", "/mzj/messages", "/mzj/messages/stats", "/apply/message?agency=mzj",
                                  "/apply/message?kind=error&page=/mzj/", "/apply/message/status"])
def test_the_pages_are_valid_html(pp, path):
    from http_util import tidy_errors
    r = pp.get(path)
    assert r.status_code == 200
    assert tidy_errors(r.text) == []


def test_a_message_nobody_has_opened_yet_is_counted_by_the_nightly_job(pp):
    """The public statistics come from private.db through admin.fcgi; a message
    no clerk has looked at is counted by `portalctl request-stats` (nightly)."""
    def received():
        return pp.query("content", "SELECT coalesce(sum(received), 0) FROM message_stats m "
                                   "JOIN agencies a ON a.id = m.owner_id WHERE a.code = 'rsj'")[0][0]
    before = received()
    _, r = submit_form(requests.Session(), pp, "/apply/message?agency=rsj", kind="suggest",
                       subject="建议延长社保窗口周六服务时间", body="周六上午只开半天，上班族来不及办理。",
                       name=NAME, phone=PHONE)
    assert r.status_code == 200 and "留言回执" in r.text
    assert received() == before                  # nobody on the staff side has counted it yet
    done = pp.portalctl("request-stats")
    assert done.returncode == 0 and "互动交流 statistics: recomputed" in done.stdout
    assert received() == before + 1
