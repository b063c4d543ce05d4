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

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clean_pages import SavedPage, letters, run_bench  # noqa: E402


def zyte_pages(root: Path) -> list[SavedPage] | str:
    truth_file = root / "ground-truth.json"
    if not truth_file.exists():
        return f"no {truth_file}: point at a copy of the article extraction benchmark"
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    return [SavedPage(page[:12], root / "html" / f"{page}.html.gz", lambda page=page: letters(truth[page]["articleBody"]))
            for page in sorted(truth) if (root / "html" / f"{page}.html.gz").exists()]


def main(argv: list[str] | None = None) -> int:
    return run_bench(argv, __doc__.split("\n")[0], "a copy of the benchmark (needs html/ and ground-truth.json)", zyte_pages)


if __name__ == "__main__":
    raise SystemExit(main())
