"""One client floods the portal with slow connections, inside a network
namespace of its own (run by test_connection_cap.py under `unshare -n`, so the
firewall rules it loads touch nothing outside). Prints one JSON object with
what it saw.

usage: connection_flood.py [--no-guard] [CONNECTIONS]

The flooding client is 127.0.0.1; another citizen is 127.0.0.2 (the whole of
127/8 is the namespace's loopback). With the guard, conf/nftables-portal.conf
is loaded as shipped but for its ports, which become the portal's."""

import http.client
import json
import os
import re
import resource
import socket
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from harness import ROOT, Portal  # noqa: E402

RULES = os.path.join(ROOT, "conf", "nftables-portal.conf")
# A request head that never ends: each connection holds a slot until lighttpd's
# read timeout (server.max-read-idle) ends it.
SLOW_HEAD = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: slow\r\n"


def load_guard(port):
    with open(RULES) as f:
        rules = f.read()
    rules, count = re.subn(r"define portal_ports = \{[^}]*\}", f"define portal_ports = {{ {port} }}", rules)
    assert count == 1, "conf/nftables-portal.conf no longer defines portal_ports"
    subprocess.run(["nft", "-f", "-"], input=rules, text=True, check=True)
    return int(re.search(r"ct count over (\d+)", rules).group(1))


def open_slow(port, connections):
    """Opens CONNECTIONS connections from 127.0.0.1 that each send half a request
    head; returns (the sockets still open, how many were refused)."""
    held, refused = [], 0
    for _ in range(connections):
        s = socket.socket()
        s.settimeout(5)
        try:
            s.connect(("127.0.0.1", port))
            s.sendall(SLOW_HEAD)
            held.append(s)
        except OSError:
            refused += 1
            s.close()
    # A reset arrives after the connect when the rule rejects late: count the
    # connections that are really still open.
    time.sleep(0.5)
    alive = []
    for s in held:
        s.setblocking(False)
        try:
            if s.recv(1) == b"":
                raise ConnectionResetError
            alive.append(s)
        except BlockingIOError:
            alive.append(s)
        except OSError:
            refused += 1
            s.close()
    return alive, refused


def fetch(port, source, timeout):
    """GET / from SOURCE; (status or the error's name, seconds taken)."""
    started = time.monotonic()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout, source_address=(source, 0))
        conn.request("GET", "/")
        status = conn.getresponse().status
        conn.close()
        return status, time.monotonic() - started
    except OSError as e:
        return type(e).__name__, time.monotonic() - started


def main():
    guard = "--no-guard" not in sys.argv
    numbers = [a for a in sys.argv[1:] if a.isdigit()]
    connections = int(numbers[0]) if numbers else 1500
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, connections + 1024)), hard))
    portal = Portal(demo=False)
    try:
        cap = load_guard(portal.port) if guard else None
        before = fetch(portal.port, "127.0.0.2", 10)
        held, refused = open_slow(portal.port, connections)
        other = fetch(portal.port, "127.0.0.2", 10)
        same = fetch(portal.port, "127.0.0.1", 10)
        for s in held:
            s.close()
        # lighttpd closes its side of each one on the client's FIN, and the
        # kernel stops counting them: the flooding address may come back.
        recovered = None
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            status, _ = fetch(portal.port, "127.0.0.1", 5)
            if status == 200:
                recovered = True
                break
            time.sleep(0.2)
        print(json.dumps({"cap": cap, "connections": connections, "held": len(held), "refused": refused,
                          "before": before, "other_client": other, "same_client": same,
                          "same_client_after_closing": recovered}))
    finally:
        portal.close()


if __name__ == "__main__":
    main()
