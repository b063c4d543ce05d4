"""How the cleaner does on a third set of real news pages, read by no rule's author.

Zyte's article extraction benchmark (github.com/scrapinghub/article-extraction-benchmark) keeps
181 pages saved from real outlets (`html/<id>.html.gz`) and, in `ground-truth.json`, the article
body a person marked on each. This script scrapes each page as `clean_pages.py` does (every
block's text on its own line), runs digest's cleaner and sentence splitter on it and counts, as
that script does:

  junk leaked   lines of four words or more that are not in the article body and reach a
                sentence that would enter the narrative and is not in the body either
  body kept     lines of eight words or more of the article body found in the cleaned article

    python bench/clean_zyte.py path/to/article-extraction-benchmark [--half dev|test] [-v]

Tune on the `dev` half (even-numbered pages in id order) and read only its leaks; the `test`
half tells whether a rule transfers. The pages are not part of this repository (they belong to
their publishers). Needs beautifulsoup4.

(The session that added it read the dev half and, by mistake, the leaks of the test half's first
quarter: a comment thread known by its commenters' rows, a grid of cards under the article, a short
question with no text beside it, a form's reply once sent, a summary cut off over 'Read more', a
comment form's notes, a trailing rule that kept wrapped lines and listed items. Dev leaked
277 -> 158 of 3,590 and test 294 -> 257 of 3,202; body kept 1,701 -> 1,700 of 1,791 and
1,542 -> 1,544 of 1,602.)
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
    parser.add_argument("benchmark", type=Path, help="a copy of the benchmark (needs html/ and ground-truth.json)")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--half", choices=("dev", "test"), help="even-numbered (dev) or odd-numbered (test) pages in id order")
    args = parser.parse_args(argv)
    truth_file = args.benchmark / "ground-truth.json"
    if not truth_file.exists():
        print(f"no {truth_file}: point at a copy of the article extraction benchmark", file=sys.stderr)
        return 2
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    ids = sorted(page for page in truth if (args.benchmark / "html" / f"{page}.html.gz").exists())
    if args.half:
        ids = ids[args.half == "test" :: 2]

    def scored(page: str):
        path = args.benchmark / "html" / f"{page}.html.gz"
        raw = scraped_text(gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace"))
        return (page[:12], *score_text(path, raw, letters(truth[page]["articleBody"])))

    tally((scored(page) for page in ids), "pages", args.verbose, leak_width=90)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
