"""Save-to-reloaded latency of `digest serve` in a real browser (Debian's Chromium).

For the sample site and for a generated 500-story site: open the story page, then ten
times change a sentence of its lead source and time from the write to the moment the
open page shows the new text. Prints the medians.

    python bench/bench_reload.py [--edits 10] [--stories 500]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from archive import generate  # noqa: E402

from digest.serve import DevServer  # noqa: E402

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def measure(site: Path, story: str, article: Path, edits: int, browser) -> list[float]:
    server = DevServer(site, port=0)
    server.start()
    page = browser.new_page()
    page.goto(server.url + f"stories/{story}/")
    times = []
    try:
        for i in range(edits):
            text = article.read_text(encoding="utf-8")
            marker = f"Benchmark marker {i} was added."
            paragraphs = text.split("\n\n")
            first = next((n for n, p in enumerate(paragraphs) if p.rstrip().endswith(".")), 0)  # a sentence, not page furniture
            paragraphs[first] = paragraphs[first].rstrip() + " " + marker
            started = time.perf_counter()
            article.write_text("\n\n".join(paragraphs), encoding="utf-8")
            page.wait_for_function(f"() => document.body.innerText.includes({marker!r})", timeout=30000)
            times.append((time.perf_counter() - started) * 1000)
            time.sleep(0.3)
    finally:
        page.close()
        server.stop()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--stories", type=int, default=500)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p, tempfile.TemporaryDirectory() as tmp:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        sample = Path(tmp) / "sample"
        sample.mkdir()
        shutil.copy(HERE.parent / "site.yaml", sample / "site.yaml")
        shutil.copytree(HERE.parent / "content", sample / "content")
        lead = sample / "content/xi-putin-samarkand/000_ceec02c79b77cf37.txt"
        times = measure(sample, "xi-putin-samarkand", lead, args.edits, browser)
        print(f"sample site: save-to-reloaded median {statistics.median(times):.0f} ms (min {min(times):.0f}, max {max(times):.0f}; target < 300 ms)")
        written = generate(Path(tmp) / "archive", args.stories * 6)
        site = Path(tmp) / "archive" / "digest"
        stories = sorted({w["story"] for w in written})[: args.stories]
        for extra in sorted((site / "content").iterdir()):
            if extra.name not in stories:
                shutil.rmtree(extra)
        story = stories[len(stories) // 2]
        article = sorted((site / "content" / story).glob("*.txt"))[0]
        times = measure(site, story, article, args.edits, browser)
        print(f"{len(stories)}-story site: save-to-reloaded median {statistics.median(times):.0f} ms (min {min(times):.0f}, max {max(times):.0f}; target < 500 ms)")
        browser.close()


if __name__ == "__main__":
    main()
