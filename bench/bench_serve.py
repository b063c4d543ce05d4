"""Load on `digest serve`: requests per second and latency with concurrent clients, on loopback.

Starts `digest serve` on a copy of the sample site (127.0.0.1, a free port), then runs
N client threads, each fetching the site's pages and assets in turn over a new
connection per request (as a page load with several tabs does), until the request
budget or the time limit is spent. Prints requests/s, p50, p99 and max latency.

    python bench/bench_serve.py                      # 8 clients, 4000 requests, 60 s at most
    python bench/bench_serve.py --clients 16 --requests 8000 --keep-alive
"""

from __future__ import annotations

import argparse
import http.client
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PATHS = [
    "/digest/",
    "/digest/stories/xi-putin-samarkand/",
    "/digest/style.css",
    "/digest/digest.js",
    "/digest/feed.xml",
    "/digest/stories/xi-putin-samarkand/digest.json",
    "/digest/stories/xi-putin-samarkand/sources/wsj/",
    "/digest/no/such/page/",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_listening(port: int, process: subprocess.Popen, limit: float = 120) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"digest serve exited: {process.stderr.read() if process.stderr else ''}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("digest serve did not start in time")


def client(port: int, budget: list[int], lock: threading.Lock, deadline: float, keep_alive: bool, latencies: list[float], errors: list[str]) -> None:
    conn = None
    index = 0
    while time.monotonic() < deadline:
        with lock:
            if budget[0] <= 0:
                break
            budget[0] -= 1
        path = PATHS[index % len(PATHS)]
        index += 1
        started = time.perf_counter()
        try:
            if conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            if response.status not in (200, 404):
                errors.append(f"{path}: {response.status}")
        except (OSError, http.client.HTTPException) as exc:
            errors.append(f"{path}: {type(exc).__name__}")
            conn = None
        latencies.append(time.perf_counter() - started)
        if not keep_alive and conn is not None:
            conn.close()
            conn = None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=4000, help="total request budget")
    parser.add_argument("--seconds", type=float, default=60, help="time limit for the load phase")
    parser.add_argument("--keep-alive", action="store_true", help="reuse one connection per client")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="digest-bench-serve-"))
    site = work / "site"
    site.mkdir()
    shutil.copy(REPO / "site.yaml", site / "site.yaml")
    shutil.copytree(REPO / "content", site / "content")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "digest", "serve", "--quiet", "--host", "127.0.0.1", "--port", str(port), "--root", str(site)],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        wait_until_listening(port, process)
        latencies: list[float] = []
        errors: list[str] = []
        budget, lock = [args.requests], threading.Lock()
        deadline = time.monotonic() + args.seconds
        threads = [threading.Thread(target=client, args=(port, budget, lock, deadline, args.keep_alive, latencies, errors)) for _ in range(args.clients)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(work, ignore_errors=True)

    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    mode = "keep-alive" if args.keep_alive else "a new connection per request"
    print(f"digest serve, sample site, {args.clients} clients, {mode}")
    print(f"requests        {len(latencies):8d}   errors {len(errors)}")
    print(f"requests/s      {len(latencies) / elapsed:8.0f}")
    print(f"p50 latency     {statistics.median(ordered) * 1000:8.1f} ms")
    print(f"p99 latency     {p99 * 1000:8.1f} ms   (goal < 50 ms)")
    print(f"max latency     {ordered[-1] * 1000:8.1f} ms   (goal < 1000 ms)")
    if errors:
        print("first errors:", ", ".join(errors[:5]))


if __name__ == "__main__":
    main()
