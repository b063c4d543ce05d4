"""`digest serve` over HTTP: what it serves, what it refuses, how it rebuilds."""

from __future__ import annotations

import http.client
import json
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from digest.errors import DigestError
from digest.serve import DevServer, RequestHandler, classify, is_ignored


@pytest.fixture
def dev(sample_site):
    server = DevServer(sample_site, port=0)
    server.start()
    yield server
    server.stop()


def request(dev: DevServer, path: str, method: str = "GET") -> tuple[int, dict, bytes]:
    host, port = dev.httpd.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=10)
    conn.putrequest(method, path, skip_accept_encoding=True)  # the path goes out exactly as written
    conn.endheaders()
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, dict(response.getheaders()), body


def wait_for(predicate, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError("condition not met in time")


@pytest.mark.parametrize(
    "path, kind",
    [
        ("/digest/", "text/html; charset=utf-8"),
        ("/digest/style.css", "text/css; charset=utf-8"),
        ("/digest/digest.js", "text/javascript; charset=utf-8"),
        ("/digest/favicon.svg", "image/svg+xml; charset=utf-8"),
        ("/digest/feed.xml", "application/atom+xml; charset=utf-8"),
        ("/digest/stories/xi-putin-samarkand/digest.json", "application/json; charset=utf-8"),
    ],
)
def test_serves_files_with_correct_content_types(dev, path, kind):
    status, headers, body = request(dev, path)
    assert status == 200 and headers["Content-Type"] == kind and body


def test_head_sends_headers_without_a_body(dev):
    get_status, get_headers, get_body = request(dev, "/digest/style.css")
    status, headers, body = request(dev, "/digest/style.css", "HEAD")
    assert status == 200 and body == b"" and headers["Content-Length"] == get_headers["Content-Length"] == str(len(get_body))


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_only_get_and_head_are_answered(dev, method):
    status, headers, _ = request(dev, "/digest/", method)
    assert status == 405 and headers["Allow"] == "GET, HEAD"


def test_missing_path_gets_the_sites_404_page(dev):
    status, _, body = request(dev, "/digest/no/such/page/")
    assert status == 404 and b"Page not found" in body


def test_site_is_served_under_the_base_url_path(dev):
    status, headers, _ = request(dev, "/")
    assert status == 301 and headers["Location"] == "/digest/"
    status, headers, _ = request(dev, "/digest/stories/xi-putin-samarkand")
    assert status == 301 and headers["Location"] == "/digest/stories/xi-putin-samarkand/"


TRAVERSALS = [
    "/digest/../site.yaml",
    "/digest/%2e%2e/site.yaml",
    "/digest/%2E%2E%2Fsite.yaml",
    "/digest/..%2f..%2fsite.yaml",
    "/digest/..\\site.yaml",
    "/digest/%5c..%5csite.yaml",
    "/digest/stories/../../site.yaml",
    "//etc/passwd",
    "/digest//etc/passwd",
    "/digest/%2fetc%2fpasswd",
    "/digest/index.html%00.txt",
    "/digest/leak",
    "/digest/leak-dir/site.yaml",
]


def test_paths_outside_the_output_folder_get_404_and_are_never_read(dev, monkeypatch):
    output = dev.output.resolve()
    (dev.output / "leak").symlink_to(dev.root / "site.yaml")
    (dev.output / "leak-dir").symlink_to(dev.root)
    opened: list[Path] = []
    real = RequestHandler.send_file

    def spy(self, target, status, send_body):
        opened.append(Path(target).resolve())
        return real(self, target, status, send_body)

    monkeypatch.setattr(RequestHandler, "send_file", spy)
    for path in TRAVERSALS:
        status, _, body = request(dev, path)
        assert status == 404, path
        assert b"base_url" not in body and b"root:" not in body, path
    assert opened and all(p == output or output in p.parents for p in opened)


def test_reload_script_is_injected_only_when_served(dev):
    _, _, served = request(dev, "/digest/stories/xi-putin-samarkand/")
    assert served.count(b"EventSource") == 1 and served.rstrip().endswith(b"</html>")
    assert b"EventSource" not in (dev.output / "stories/xi-putin-samarkand/index.html").read_bytes()


def test_a_port_in_use_is_a_clear_error(sample_site):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(DigestError, match=f"port {port} on 127.0.0.1 is in use; choose another with --port {port + 1}"):
            DevServer(sample_site, port=port)


@pytest.mark.parametrize(
    "name, ignored",
    [("story.yaml", False), ("a.txt", False), ("style.css", False), ("a.txt~", True), (".a.txt.swp", True),
     ("4913", True), (".#story.yaml", True), ("a.txt.tmp", True), ("___jb_tmp___", True), (".DS_Store", True)],
)
def test_editor_temp_and_backup_files_are_ignored(tmp_path, name, ignored):
    assert is_ignored(str(tmp_path / "content" / "s" / name), [tmp_path / "_site"]) is ignored
    assert is_ignored(str(tmp_path / "_site" / "index.html"), [tmp_path / "_site"])


def test_changes_are_classified(tmp_path):
    css = str(tmp_path / "themes/default/static/style.css")
    assert classify({css}, tmp_path) == "css"
    assert classify({css, str(tmp_path / "themes/default/templates/story.html")}, tmp_path) == "reload"
    assert classify({str(tmp_path / "content/s/a.txt")}, tmp_path) == "reload"


def test_saves_during_a_build_are_coalesced_into_one_rebuild_that_names_them(sample_site):
    """Deterministic: the first rebuild is held open while twenty more saves arrive; they must
    give exactly one more rebuild, and nothing may stay pending after it."""
    import io
    import threading

    from digest.progress import Reporter

    started, release = threading.Event(), threading.Event()
    calls = []

    def builder():
        calls.append(None)
        if len(calls) == 2:  # the first rebuild after the initial build: hold it
            started.set()
            assert release.wait(30)

    out = io.StringIO()
    server = DevServer(sample_site, port=0, reporter=Reporter(stream=out), builder=builder)
    server.start()
    try:
        assert server.builds == 1
        first = sample_site / "content/xi-putin-samarkand/first.txt"
        server.record(str(first))
        assert started.wait(30)
        saves = [sample_site / f"content/xi-putin-samarkand/save-{i:02}.txt" for i in range(20)]
        for path in saves:
            server.record(str(path))
        release.set()
        wait_for(lambda: server.builds == 3)
        assert not server.changed.is_set() and server.changes == set()  # nothing left to build
        assert len(calls) == 3
        log = out.getvalue().splitlines()
        assert log[0].startswith("Rebuilt in ") and log[0].endswith(" s after content/xi-putin-samarkand/first.txt changed (reload).")
        assert log[1].startswith("Rebuilt in ") and log[1].endswith(
            " s after content/xi-putin-samarkand/save-00.txt, content/xi-putin-samarkand/save-01.txt, "
            "content/xi-putin-samarkand/save-02.txt and 17 more changed (reload).")
    finally:
        release.set()
        server.stop()


def test_a_burst_of_saves_ends_with_the_last_save_built(dev):
    article = dev.root / "content/xi-putin-samarkand/000_ceec02c79b77cf37.txt"
    original = article.read_text(encoding="utf-8")
    for i in range(20):
        article.write_text(original + f"\n\nEdit number {i}.", encoding="utf-8")
    page = dev.output / "stories/xi-putin-samarkand/sources/asia-financial/index.html"

    def built() -> bool:
        try:
            return "Edit number 19." in page.read_text(encoding="utf-8")
        except OSError:  # between the two renames of a swap
            return False

    wait_for(built, timeout=60)


def test_events_stream_announces_a_finished_build(dev):
    host, port = dev.httpd.server_address[:2]
    conn = http.client.HTTPConnection(host, port, timeout=10)
    conn.request("GET", f"/__digest__/events?since={dev.state.finished}")
    response = conn.getresponse()
    assert response.getheader("Content-Type") == "text/event-stream"
    story = dev.root / "content/xi-putin-samarkand/story.yaml"
    story.write_text(story.read_text().replace("Xi and Putin meet in Samarkand", "Xi and Putin meet"))
    line = response.fp.readline()
    while not line.startswith(b"data:"):
        line = response.fp.readline()
    event = json.loads(line[5:])
    conn.close()
    assert event["kind"] == "reload" and event["error"] is None and event["build"] >= 2


def test_a_failed_build_keeps_serving_the_last_good_site(dev):
    story = dev.root / "content/xi-putin-samarkand/story.yaml"
    good = story.read_text()
    story.write_text(good.replace("date: 2022-09-15", "date: 2022-09-31"))
    wait_for(lambda: dev.state.error is not None)
    assert dev.state.error == ["content/xi-putin-samarkand/story.yaml:3: date: '2022-09-31' is not a date: September has 30 days"]
    status, _, body = request(dev, "/digest/stories/xi-putin-samarkand/")
    assert status == 200 and b"Xi and Putin meet in Samarkand" in body
    story.write_text(good)
    wait_for(lambda: dev.state.error is None)


def test_ctrl_c_stops_cleanly_without_traceback_or_leftovers(sample_site):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "digest", "serve", "--port", str(port), "--root", str(sample_site)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                time.sleep(0.1)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "Traceback" not in err
    assert [p.name for p in sample_site.iterdir() if p.name.startswith("._site")] == []
