"""`digest serve` under real browser traffic: dropped connections are silent, malformed
requests get a 4xx, idle connections are closed, and files are served during a rebuild."""

from __future__ import annotations

import http.client
import socket
import struct
import threading
import time

import pytest

from digest.serve import DevServer


@pytest.fixture
def dev(sample_site):
    server = DevServer(sample_site, port=0, idle_seconds=1.0)
    server.start()
    yield server
    server.stop()


def address(dev: DevServer) -> tuple[str, int]:
    return dev.httpd.server_address[:2]


def reset(sock: socket.socket) -> None:
    """Close with a TCP reset, as a browser does when a tab is closed mid-request."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def test_dropped_connections_print_nothing(dev, capfd):
    for _ in range(10):
        half_sent = socket.create_connection(address(dev))
        half_sent.sendall(b"GET /digest/ HTTP/1.1\r\nHost: x\r\n")  # headers not finished
        time.sleep(0.01)
        reset(half_sent)
        unread = socket.create_connection(address(dev))
        unread.sendall(b"GET /digest/stories/xi-putin-samarkand/ HTTP/1.1\r\nHost: x\r\n\r\n")
        reset(unread)  # the answer is written to a connection that is gone
    time.sleep(0.5)
    conn = http.client.HTTPConnection(*address(dev), timeout=10)
    conn.request("GET", "/digest/")
    assert conn.getresponse().status == 200  # still serving
    conn.close()
    err = capfd.readouterr().err
    assert "Traceback" not in err and "ConnectionResetError" not in err and "BrokenPipeError" not in err


@pytest.mark.parametrize(
    "raw, status",
    [
        (b"GET * HTTP/1.1\r\n\r\n", 400),
        (b"BREW /digest/ HTTP/1.1\r\n\r\n", 501),
        (b"GET /digest/ HTTP/9.9\r\n\r\n", 505),
        (b"GET /digest/" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n", 414),
        (b"GET /digest/ HTTP/1.1\r\n" + b"X-A: b\r\n" * 200 + b"\r\n", 431),
        (b"GET /digest/%ff%00 HTTP/1.1\r\n\r\n", 404),
        (b"GET /digest/\xff\xfe HTTP/1.1\r\n\r\n", 404),
    ],
    ids=["asterisk", "unknown-method", "http-9.9", "long-uri", "many-headers", "escaped-nul", "raw-bytes"],
)
def test_malformed_requests_get_a_4xx_or_5xx_answer_and_no_traceback(dev, capfd, raw, status):
    with socket.create_connection(address(dev), timeout=5) as sock:
        sock.sendall(raw)
        head = sock.recv(4096).split(b"\r\n", 1)[0]
    assert head.startswith(b"HTTP/1.") and int(head.split()[1]) == status
    assert "Traceback" not in capfd.readouterr().err


def test_an_idle_connection_is_closed(dev):
    with socket.create_connection(address(dev), timeout=10) as sock:
        started = time.monotonic()
        assert sock.recv(1) == b""  # the server hung up on a connection that never spoke
        assert time.monotonic() - started < 9


def test_a_kept_alive_connection_serves_many_requests(dev):
    conn = http.client.HTTPConnection(*address(dev), timeout=10)
    for _ in range(20):
        conn.request("GET", "/digest/style.css")
        response = conn.getresponse()
        assert response.status == 200 and response.read()
    conn.close()


def test_the_listen_backlog_takes_a_burst_of_connections(dev):
    """Many connections opened at once are all answered (a backlog of 5 dropped them)."""
    assert dev.httpd.request_queue_size >= 128
    results: list[int] = []

    def fetch() -> None:
        conn = http.client.HTTPConnection(*address(dev), timeout=20)
        conn.request("GET", "/digest/favicon.svg")
        results.append(conn.getresponse().status)
        conn.close()

    threads = [threading.Thread(target=fetch) for _ in range(64)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [200] * 64


def test_files_are_served_while_a_build_runs(dev):
    release = threading.Event()
    real = dev.builder
    dev.builder = lambda: release.wait(30) and real()
    story = dev.root / "content/xi-putin-samarkand/story.yaml"
    story.write_text(story.read_text().replace("Xi and Putin meet in Samarkand", "Xi and Putin meet again"))
    deadline = time.monotonic() + 10
    while not dev.state.building and time.monotonic() < deadline:
        time.sleep(0.02)
    assert dev.state.building
    try:
        conn = http.client.HTTPConnection(*address(dev), timeout=5)
        conn.request("GET", "/digest/stories/xi-putin-samarkand/")
        response = conn.getresponse()
        assert response.status == 200 and b"Xi and Putin meet in Samarkand" in response.read()
        conn.close()
    finally:
        release.set()
