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

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clean_pages import SavedPage, letters, run_bench  # noqa: E402


def article_pages(root: Path) -> list[SavedPage] | str:
    truth_dir = root / "benchmark" / "ground-truth"
    if not truth_dir.is_dir():
        return f"no {truth_dir}: point at a copy of the web content extraction benchmark"
    pages = []
    for path in sorted(truth_dir.glob("*.json")):
        entry = json.loads(path.read_text(encoding="utf-8"))
        html = root / "release" / "html" / f"{path.stem}.html.gz"
        main_content = entry.get("ground_truth", {}).get("main_content")
        if entry.get("_internal", {}).get("page_type", {}).get("primary") == "article" and html.exists() and main_content:
            pages.append(SavedPage(path.stem, html, lambda text=main_content: letters(text)))
    return pages


def main(argv: list[str] | None = None) -> int:
    return run_bench(argv, __doc__.split("\n")[0], "a copy of the benchmark (needs release/html and benchmark/ground-truth)", article_pages)


if __name__ == "__main__":
    raise SystemExit(main())
