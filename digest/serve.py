"""`digest serve`: build, serve on 127.0.0.1, watch, rebuild and live-reload.

Built as MkDocs builds its server, with Zola's error overlay:
- the watcher only records changed paths; a build loop waits for ~100 ms of quiet and
  rebuilds once per burst (through one merge cache, so only changed stories re-merge);
- two counters, builds started and finished, and a server-sent-events stream per page:
  pages reload only after a newer build has finished, and requests wait while one runs;
- a CSS-only change swaps the stylesheet in open pages instead of reloading them; other
  changes swap the rebuilt page into open pages (a full reload when its assets changed);
- a failed build keeps the last good site and shows an overlay with file:line in every
  open page; the next good build reloads the pages and the overlay is gone;
- the reload script is injected into HTML responses only; built files never contain it;
- only GET and HEAD, only files inside the output folder;
- files are served while a build runs: the build publishes the new site in one atomic
  step, so a request sees the old site or the new one, never half of each;
- a browser that drops a connection is not an error: nothing is printed; idle
  connections are closed after IDLE_SECONDS; malformed requests get a 4xx.
"""

from __future__ import annotations

import errno
import gc
import http.server
import json
import mimetypes
import threading
import time
import webbrowser
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from urllib.parse import unquote, urlsplit

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from digest.build import Builder
from digest.config import SITE_FILE, load_config
from digest.errors import DigestError, internal_error_text
from digest.progress import Reporter
from digest.write import finish_removals

EVENTS_PATH = "/__digest__/events"
QUIET_SECONDS = 0.1
IDLE_SECONDS = 15.0
"""A connection that sends nothing for this long is closed (the event stream is exempt)."""
BACKLOG = 128
"""Connections waiting to be accepted: a page load opens several at once, from several tabs."""
DROPPED = (ConnectionResetError, BrokenPipeError, ConnectionAbortedError, TimeoutError)
"""What a browser closing a tab or cancelling a load looks like to the server."""
UNREADABLE = (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError)
"""A file gone between finding and reading it (a build swapped the site in): look again."""
IGNORED_SUFFIXES = ("~", ".swp", ".swx", ".swo", ".tmp", ".part", ".crdownload", ".bak", ".orig", ".pyc")
IGNORED_PREFIXES = (".#", ".~", "___jb_", "#")
IGNORED_NAMES = {"4913", ".DS_Store", "Thumbs.db"}

mimetypes.add_type("image/svg+xml", ".svg")
mimetypes.add_type("application/atom+xml", ".xml")
mimetypes.add_type("application/json", ".json")
mimetypes.add_type("text/javascript", ".js")


def is_ignored(path: str, ignored_dirs: list[Path]) -> bool:
    """Editor temp, swap and backup files, dotfiles, and the output and cache folders."""
    p = Path(path)
    name = p.name
    if name in IGNORED_NAMES or name.endswith(IGNORED_SUFFIXES) or name.startswith(IGNORED_PREFIXES):
        return True
    if any(part.startswith(".") for part in p.parts[-3:]):
        return True
    return any(p == d or d in p.parents for d in ignored_dirs)


def classify(paths: set[str], root: Path) -> str:
    """'css' when only stylesheets changed (swap them in place), else 'reload'."""
    if paths and all(p.endswith(".css") and (root / "themes") in Path(p).parents for p in paths):
        return "css"
    return "reload"


@dataclass
class State:
    """What the build loop tells the request handlers."""

    started: int = 0
    finished: int = 0
    kind: str = "reload"
    error: list[str] | None = None
    building: bool = False
    condition: threading.Condition = field(default_factory=threading.Condition)

    def event(self) -> dict:
        return {"build": self.finished, "kind": self.kind, "error": self.error}


class Watcher(FileSystemEventHandler):
    """Records changed paths; catches atomic saves (write a temp file, rename over the real one)."""

    def __init__(self, root: Path, ignored_dirs: list[Path], on_change: Callable[[str], None]):
        self.root = root
        self.ignored_dirs = ignored_dirs
        self.on_change = on_change

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        for path in (getattr(event, "dest_path", ""), event.src_path):
            if path and not is_ignored(str(path), self.ignored_dirs):
                if event.is_directory and event.event_type == "modified":
                    continue
                self.on_change(str(path))


class DevServer:
    """The build loop, the watcher and the HTTP server of one `digest serve`."""

    def __init__(self, root: Path, host: str = "127.0.0.1", port: int = 8000, reporter: Reporter | None = None,
                 builder: Callable[[], None] | None = None, idle_seconds: float = IDLE_SECONDS):
        self.root = Path(root).resolve()
        self.reporter = reporter or Reporter(quiet=True)
        self.config = load_config(self.root)
        self.output = self.config.output_dir
        self.base_path = self.config.base_path
        self.state = State()
        self.site_builder = None if builder else Builder(self.root, self.reporter, remove_in_background=True, search_lag=True)
        self.builder = builder or self.site_builder.build
        self.changes: set[str] = set()
        self.last_change = 0.0
        self.changed = threading.Event()
        self.stopping = threading.Event()
        self.builds = 0
        self.serving = False
        self.idle_seconds = idle_seconds
        self.httpd = self._bind(host, port)
        self.observer = Observer()

    # -- lifecycle -----------------------------------------------------------------

    def _bind(self, host: str, port: int) -> http.server.ThreadingHTTPServer:
        handler = type("Handler", (RequestHandler,), {"server_state": self, "timeout": self.idle_seconds})
        httpd = HTTPServer((host, port), handler, bind_and_activate=False)
        try:
            httpd.server_bind()  # the port is taken now (a busy port fails at once); it listens after the first build
        except OSError as exc:
            httpd.server_close()
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise DigestError(f"port {port} on {host} is in use; choose another with --port {port + 1}") from exc
            raise
        httpd.reporter = self.reporter
        return httpd

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}{self.base_path}"

    def start(self) -> None:
        """Watch, build, then serve in background threads. The watcher starts first, so a save
        during the first build is rebuilt after it, and every later build knows each path that
        changed since the one before (it looks only at those story folders)."""
        ignored = [self.output, self.root / ".digest-cache"]
        watcher = Watcher(self.root, ignored, self.record)
        for folder in (self.root / "content", self.root / "themes"):
            if folder.is_dir():
                self.observer.schedule(watcher, str(folder), recursive=True)
        self.observer.schedule(watcher, str(self.root), recursive=False)
        self.observer.start()
        self.rebuild(initial=True)
        threading.Thread(target=self.build_loop, daemon=True, name="digest-build").start()
        # Listen only now. A client (or a test) that waits for the port then sends Ctrl-C meets a
        # server that is waiting, not one inside the first build's lazy imports: CPython marks an
        # interrupt caught inside exec() (dataclasses build methods with it) as unhandled, and the
        # process, though it stopped cleanly, then exited as killed by SIGINT.
        self.httpd.server_activate()
        self.serving = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True, name="digest-http").start()

    def stop(self) -> None:
        """Stop whatever has started; safe at any point, including during the first build."""
        self.stopping.set()
        self.changed.set()
        with self.state.condition:
            self.state.condition.notify_all()
        if self.observer.is_alive():
            self.observer.stop()
            self.observer.join(timeout=2)
        if self.serving:
            self.httpd.shutdown()
        self.httpd.server_close()
        finish_removals()

    def serve_forever(self, open_browser: bool = False) -> None:
        try:
            self.start()
            self.reporter.info(f"Serving {self.output} at {self.url} (Ctrl-C to stop)")
            if open_browser:
                webbrowser.open(self.url)
            while not self.stopping.is_set():
                time.sleep(0.2)
        except KeyboardInterrupt:
            self.reporter.info("Stopping.")
        finally:
            self.stop()

    # -- building ------------------------------------------------------------------

    def record(self, path: str) -> None:
        try:
            rel = Path(path).resolve().relative_to(self.root)
        except ValueError:
            return
        if not (rel.parts and (rel.parts[0] in ("content", "themes") or rel.as_posix() == SITE_FILE)):
            return
        self.changes.add(path)
        self.last_change = time.monotonic()
        self.changed.set()

    def build_loop(self) -> None:
        """Wait for a burst of changes to go quiet, then rebuild once."""
        while not self.stopping.is_set():
            self.changed.wait()
            if self.stopping.is_set():
                return
            while (remaining := QUIET_SECONDS - (time.monotonic() - self.last_change)) > 0:
                time.sleep(remaining)  # wakes exactly when the burst has been quiet long enough
            self.changed.clear()
            paths, self.changes = self.changes, set()
            self.rebuild(kind=classify(paths, self.root), changed=paths)

    def describe(self, changed: set[str]) -> str:
        """The changed files as the editor knows them: relative to the site, at most three named."""
        names = []
        for path in sorted(changed):
            try:
                names.append(Path(path).resolve().relative_to(self.root).as_posix())
            except ValueError:
                names.append(path)
        if not names:
            return "a file"
        return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")

    def rebuild(self, kind: str = "reload", initial: bool = False, changed: set[str] | None = None) -> None:
        """Build once. `changed`: the paths the watcher saw change since the last build (the
        builder looks at those story folders only); None: unknown, look at everything."""
        state = self.state
        with state.condition:
            state.started += 1
            state.building = True
        error = None
        started = time.perf_counter()
        try:
            if self.site_builder is not None:
                self.site_builder.build(changed=None if initial else changed)
            else:
                self.builder()
            if not initial:
                self.reporter.info(f"Rebuilt in {time.perf_counter() - started:.2f} s after {self.describe(changed or set())} changed ({kind}).")
        except DigestError as exc:
            error = [str(p) for p in exc.problems]
            for line in error:
                self.reporter.info(f"error: {line}")
        except Exception as exc:  # a bug must not stop the server: show it like any error
            error = [f"internal error: {internal_error_text(exc)}"]
            self.reporter.info(error[0])
        self.builds += 1
        with state.condition:
            state.finished = state.started
            state.building = False
            state.kind = "error" if error else kind
            state.error = error
            state.condition.notify_all()
        if not error and self.site_builder is not None and self.site_builder.search_behind:
            self.refresh_search()
        settle_memory()

    def refresh_search(self) -> None:
        """Bring the search index up to date after pages went out with the previous one: a
        second build that re-renders nothing, indexes, and swaps in atomically. Open pages need
        no refresh for it; a failure leaves the previous index and is reported."""
        self.site_builder.search_lag = False
        try:
            self.site_builder.build()
        except Exception as exc:  # the pages are already out; keep serving them
            self.reporter.info(f"search index not refreshed: {exc}")
        finally:
            self.site_builder.search_lag = True


def settle_memory() -> None:
    """After a rebuild, once open pages were told to reload: let the build's background work
    finish (the replaced site's removal, the cache's save), collect the build's garbage, then
    exempt what survives from later collections. A long-lived builder keeps the archive's state
    (manifest, light pages, rendered listings); without this the cyclic collector now and then
    scans all of it in the middle of the next rebuild (70 ms at 5,000 articles), and a removal
    of thousands of links still running competes with the next rebuild for the interpreter."""
    finish_removals()
    gc.collect()
    gc.freeze()


RELOAD_SCRIPT = """<script>
(function () {
  var state = %(state)s;
  var dismissed = null;
  function overlay(errors) {
    // A failed build: its messages as written (several lines each: the line, a caret, a hint),
    // over the last good page; Escape or the button puts it away until the next build.
    var box = document.getElementById("digest-error-overlay");
    if (!errors || dismissed === state.build) { if (box) box.remove(); return; }
    if (!box) {
      box = document.createElement("div");
      box.id = "digest-error-overlay";
      box.setAttribute("role", "alertdialog");
      box.setAttribute("aria-label", "digest: the last build failed");
      box.style.cssText = "position:fixed;inset:0;z-index:2147483647;background:rgba(20,0,0,.94);color:#fff;" +
        "font:14px/1.5 ui-monospace,monospace;padding:2rem;overflow:auto";
      var close = document.createElement("button");
      close.type = "button";
      close.textContent = "Dismiss (Esc)";
      close.style.cssText = "float:right;font:inherit;padding:.4rem .8rem;background:#fff;color:#000;border:0;border-radius:4px;cursor:pointer";
      close.addEventListener("click", dismiss);
      var head = document.createElement("p");
      head.textContent = "digest: the last build failed; showing the last good site underneath.";
      var pre = document.createElement("pre");
      pre.style.cssText = "white-space:pre-wrap;margin:1rem 0;font:inherit";
      box.appendChild(close); box.appendChild(head); box.appendChild(pre);
      document.body.appendChild(box);
    }
    box.querySelector("pre").textContent = errors.join("\\n\\n");
  }
  function dismiss() { dismissed = state.build; overlay(null); }
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && document.getElementById("digest-error-overlay")) dismiss();
  });
  function swapCss() {
    document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
      var url = new URL(link.href); url.searchParams.set("v", Date.now()); link.href = url.toString();
    });
  }
  function assets(doc) {
    return [].map.call(doc.querySelectorAll('link[rel="stylesheet"], script[src]'), function (e) {
      return (e.getAttribute("href") || e.getAttribute("src")).replace(/[?&]v=\\d+$/, "");
    }).join(" ");
  }
  var loaded = assets(document);  // the page's own assets, before any swap removes its scripts
  function refresh() {
    // Swap in the rebuilt page without a full reload (keeps the scroll position); a real
    // reload when its stylesheets or scripts changed, or anything goes wrong.
    fetch(location.href, {cache: "no-store"}).then(function (response) { return response.text(); }).then(function (html) {
      var doc = new DOMParser().parseFromString(html, "text/html");
      if (assets(doc) !== loaded) { location.reload(); return; }
      doc.body.querySelectorAll("script").forEach(function (script) { script.remove(); });
      var y = window.scrollY;
      document.title = doc.title;
      document.body.replaceWith(document.adoptNode(doc.body));
      window.scrollTo(0, y);
      document.dispatchEvent(new CustomEvent("digest:refreshed"));
    }).catch(function () { location.reload(); });
  }
  overlay(state.error);
  var source = new EventSource("%(events)s?since=" + state.build);
  source.onmessage = function (message) {
    var event = JSON.parse(message.data);
    if (event.build <= state.build) return;
    state.build = event.build;
    if (event.kind === "error") { overlay(event.error); }
    else if (event.kind === "css") { overlay(null); swapCss(); }
    else { overlay(null); refresh(); }
  };
})();
</script>"""


class HTTPServer(http.server.ThreadingHTTPServer):
    """A thread per connection, a deep backlog, and silence when a browser hangs up."""

    daemon_threads = True
    request_queue_size = BACKLOG
    reporter: Reporter

    def handle_error(self, request, client_address) -> None:
        import sys

        error = sys.exc_info()[1]
        if isinstance(error, DROPPED):
            return
        self.reporter.info(f"serve: request from {client_address[0]} failed: {type(error).__name__}: {error}")


class RequestHandler(http.server.BaseHTTPRequestHandler):
    """GET and HEAD of files inside the output folder, the event stream, nothing else."""

    server_state: DevServer
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out at once, not 40 ms apart (delayed ACK)

    def log_message(self, format: str, *args) -> None:  # quiet: the terminal shows builds
        pass

    def do_GET(self) -> None:
        self.respond(send_body=True)

    def do_HEAD(self) -> None:
        self.respond(send_body=False)

    def _refuse(self) -> None:
        self.send_response(405)
        self.send_header("Allow", "GET, HEAD")
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_TRACE = do_CONNECT = _refuse  # type: ignore[assignment]

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Error answers carry a status line even when the request line was garbage."""
        if self.request_version == "HTTP/0.9":
            self.request_version = "HTTP/1.0"
        self.close_connection = True
        super().send_error(code, message, explain)

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except DROPPED:
            self.close_connection = True

    def respond(self, send_body: bool) -> None:
        """Serve the file a path names. No waiting for a running build: it publishes atomically."""
        dev = self.server_state
        path = urlsplit(self.path).path
        if path == EVENTS_PATH:
            return self.events()
        if not path.startswith("/"):
            return self.send_plain(400, b"Bad request", send_body)
        if path == "/" and dev.base_path != "/":
            return self.redirect(dev.base_path)
        for _ in range(3):  # a build may swap the site in between resolving and reading: look again
            target = self.resolve(path)
            if target is not None and target.is_dir():
                if not path.endswith("/"):
                    return self.redirect(path + "/")
                target = target / "index.html"
            if target is None:
                break
            try:
                return self.send_file(target, 200, send_body)
            except UNREADABLE:  # raised before anything is sent
                continue
        self.not_found(send_body)

    def resolve(self, path: str) -> Path | None:
        """The file a URL path names, or None for anything outside the output folder."""
        dev = self.server_state
        decoded = unquote(path)
        if "\x00" in decoded or "\\" in decoded or not decoded.startswith(dev.base_path):
            return None
        parts = [p for p in decoded[len(dev.base_path):].split("/") if p]
        if any(p in ("..", ".") or p.startswith("/") or ":" in p for p in parts):
            return None
        output = dev.output.resolve()
        target = output.joinpath(*parts) if parts else output
        try:
            real = target.resolve(strict=True)
        except (OSError, RuntimeError):
            return None
        if real != output and output not in real.parents:
            return None  # a link pointing out of the output folder
        return real

    def send_file(self, target: Path, status: int, send_body: bool) -> None:
        body = target.read_bytes()
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if kind == "text/html":
            body = self.inject(body)
        if kind.startswith("text/") or kind in ("application/json", "application/atom+xml", "image/svg+xml", "text/javascript"):
            kind += "; charset=utf-8"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def inject(self, body: bytes) -> bytes:
        state = self.server_state.state
        script = RELOAD_SCRIPT % {"state": json.dumps(state.event()).replace("</", "<\\/"), "events": EVENTS_PATH}
        text = body.decode("utf-8", errors="replace")
        at = text.rfind("</body>")
        text = text[:at] + script + text[at:] if at != -1 else text + script
        return text.encode("utf-8")

    def not_found(self, send_body: bool) -> None:
        page = self.server_state.output / "404.html"
        try:
            return self.send_file(page, 404, send_body)
        except UNREADABLE:
            self.send_plain(404, b"Not found", send_body)

    def send_plain(self, status: int, body: bytes, send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def events(self) -> None:
        """Server-sent events: one message per finished build newer than the page's."""
        dev = self.server_state
        state = dev.state
        query = urlsplit(self.path).query
        since = int(query.split("since=")[-1]) if "since=" in query and query.split("since=")[-1].isdigit() else 0
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.close_connection = True
        self.connection.settimeout(None)  # a page waits on this stream for as long as it is open
        try:
            while not dev.stopping.is_set():
                with state.condition:
                    state.condition.wait_for(lambda: (state.finished > since and not state.building) or dev.stopping.is_set(), timeout=15)
                    event = state.event() if state.finished > since and not state.building else None
                if event:
                    since = event["build"]
                    self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
                else:
                    self.wfile.write(b": keep-alive\n\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, OSError):
            return


def serve(root: Path, host: str, port: int, reporter: Reporter, open_browser: bool = False) -> None:
    DevServer(root, host, port, reporter).serve_forever(open_browser)
