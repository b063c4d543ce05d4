"""How the cleaner does on a fourth set of real pages, saved in 2025: the article pages of a web
content extraction benchmark (github.com/tiptopjaw/web-content-extraction-benchmark:
`release/html/<id>.html.gz`, and in `benchmark/ground-truth/<id>.json` each page's type and its
main content as an annotator marked it). Only pages typed `article` are read (about 450: news,
blogs, guides). Each is scraped and scored as `clean_pages.py` does:

  junk leaked   lines of four words or more that are not in the main content and reach a
                sentence that would enter the narrative and is not in the main content either
  body kept     lines of eight words or more of the main content found in the cleaned article

    python bench/clean_wceb.py path/to/web-content-extraction-benchmark [--half dev|test] [-v]

Tune on the `dev` half (even-numbered pages in id order) and read only its leaks; the `test`
half tells whether a rule transfers. The pages are not part of this repository (they belong to
their publishers). Needs beautifulsoup4.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clean_pages import letters, score_text  # noqa: E402
from clean_real import scraped_text, tally  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("benchmark", type=Path, help="a copy of the benchmark (needs release/html and benchmark/ground-truth)")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--half", choices=("dev", "test"), help="even-numbered (dev) or odd-numbered (test) article pages in id order")
    args = parser.parse_args(argv)
    truth_dir = args.benchmark / "benchmark" / "ground-truth"
    if not truth_dir.is_dir():
        print(f"no {truth_dir}: point at a copy of the web content extraction benchmark", file=sys.stderr)
        return 2
    pages = []
    for path in sorted(truth_dir.glob("*.json")):
        entry = json.loads(path.read_text(encoding="utf-8"))
        html = args.benchmark / "release" / "html" / f"{path.stem}.html.gz"
        if (entry.get("_internal", {}).get("page_type", {}).get("primary") == "article" and html.exists()
                and entry.get("ground_truth", {}).get("main_content")):
            pages.append((path.stem, html, entry["ground_truth"]["main_content"]))
    if args.half:
        pages = pages[args.half == "test" :: 2]

    def scored(page: str, html: Path, main: str):
        raw = scraped_text(gzip.decompress(html.read_bytes()).decode("utf-8", errors="replace"))
        return (page, *score_text(html, raw, letters(main)))

    tally((scored(*page) for page in pages), "pages", args.verbose, leak_width=90)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
