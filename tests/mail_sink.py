"""The real parts the notice tests (test_notices.py, test_message_notices.py)
run against: an SMTP sink (Debian python3-aiosmtpd) that keeps what it
accepts, a fake SMS gateway (http.server), `portalctl notify`, and the
readers of what arrived."""

import asyncio
import datetime
import email
import email.policy
import html
import http.server
import json
import os
import re
import subprocess
import threading

import pytest
from aiosmtpd.controller import Controller

from harness import BUILD, free_port

MAIL_FROM = "xxgk@ningguo.gov.cn"


class Sink:
    """An SMTP server that keeps every message it accepts: (envelope from,
    recipients, raw bytes). Recipients in .refuse get 550; .delay makes it
    slow to answer DATA."""

    def __init__(self):
        self.messages = []
        self.refuse = set()
        self.delay = 0.0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 Message accepted for delivery"

    def to(self, address):
        return [raw for _, rcpts, raw in self.messages if address in rcpts]


@pytest.fixture(scope="module")
def sink():
    s = Sink()
    controller = Controller(s, hostname="127.0.0.1", port=free_port())
    controller.start()
    s.port = controller.port
    yield s
    controller.stop()


def mail_env(sink):
    """The portal's settings to send to SINK."""
    return {"PORTAL_SMTP_HOST": "127.0.0.1", "PORTAL_SMTP_PORT": str(sink.port), "PORTAL_SMTP_STARTTLS": "off",
            "PORTAL_MAIL_FROM": MAIL_FROM}


class Gateway(http.server.BaseHTTPRequestHandler):
    received = []
    status = 200

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Gateway.received.append((self.headers.get("Authorization"), json.loads(body)))
        self.send_response(Gateway.status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"ok": true}' if Gateway.status == 200 else b'{"error": "busy"}')

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def gateway():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Gateway)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/sms/send"
    server.shutdown()


def notify(portal, *args, **env):
    """Runs `portalctl notify ARGS` with the portal's environment plus ENV."""
    e = dict(portal.env, **env)
    r = subprocess.run([os.path.join(BUILD, "portalctl"), "notify", *args], env=e, capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    return r.stdout


def parsed(raw):
    return email.message_from_bytes(raw, policy=email.policy.default)


def today():
    return (datetime.datetime.utcnow() + datetime.timedelta(hours=8)).date()


def zh(day):
    return f"{day.year}年{day.month}月{day.day}日"


def page_text(page):
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def add_workdays(portal, day, n):
    """DAY plus N working days of the demo calendar, counted as the portal does."""
    cal = dict(portal.query("content", "SELECT day, kind FROM calendar_days"))
    while n > 0:
        day += datetime.timedelta(days=1)
        kind = cal.get(day.isoformat())
        n -= (kind == "workday") if kind else day.weekday() < 5
    return day
