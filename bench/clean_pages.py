"""How the cleaner does on real news pages: page lines that are not the article and reach the
narrative, and article lines that are lost.

Mozilla's Readability (github.com/mozilla/readability, test/test-pages/) keeps about 130 saved
pages, most of them news articles from real outlets, each with `source.html` (the page as saved)
and `expected.html` (the article a reader view keeps). This script turns each page into the
plain text a naive scraper saves (every block's text on its own line, as `clean_real.py` does),
runs digest's cleaner and sentence splitter on it as an article, and counts:

  junk leaked   lines of four words or more that are not in the expected article and reach a
                sentence that would enter the narrative and is not in the expected article either
  body kept     lines of eight words or more of the expected article found in the cleaned article

    python bench/clean_pages.py path/to/readability            # a checkout or an extracted copy
    python bench/clean_pages.py path/to/readability -v         # list every leaked line
    python bench/clean_pages.py path/to/readability --half dev # even-numbered pages in name order
                                                               # (`test`: the odd-numbered ones)

Tune rules on the `dev` half and read only its leaks; the `test` half tells whether they transfer.
(The session that wrote this read the dev half's leaks: other stories' teaser cards, comment
threads, site promotions and menus' sentences, most of them below the article; 215 of 1,878 leak
there and 266 of 1,913 on the unread test half, from 271 and 287 before that session's changes.
The next session read the dev half again: a comment system's own lines, a newsletter form's
thanks, a page's tail of teaser cards, a menu's lone sentence above the article; dev 215 -> 183,
test 266 -> 235, no body line lost on either. The one after read the dev half's leaks and its lost
body lines: a widget's repeating frame, a sentence printed again alone, a comment heading in words,
a page foot only below the page's longest run of paragraphs, 'Comment' alone no foot, wrapped lines
opening on 'I' or 'by his', reference marks after a stop, typed bullets; dev leaked 183 -> 128,
body kept 3,364 -> 3,443 of 3,561; test leaked 235 unchanged, body kept 2,664 -> 2,822 of 2,933.
A later session tuned rules on another set of pages, Zyte's (bench/clean_zyte.py), reading here
only the body lines a change lost (and mending those): dev leaked 128 -> 123, body kept 3,443 -> 3,444; test leaked 235 -> 223, body kept
2,822 -> 2,821.)
The pages are not part of this repository (they belong to their publishers): point the script at
a copy of Readability's repository. Needs beautifulsoup4 (`pip install beautifulsoup4`).
"""

from __future__ import annotations

import argparse
import gzip
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from clean_real import norm, scraped_text, tally  # noqa: E402
from digest.clean import clean_article  # noqa: E402
from digest.merge.claims import is_prose  # noqa: E402
from digest.merge.sentences import split_article  # noqa: E402
from digest.model import Article, SourceSpec  # noqa: E402

JUNK_MIN_WORDS = 4
BODY_MIN_WORDS = 8


def letters(text: str) -> str:
    """Only the letters and digits: a line and the expected article can differ in spaces around
    inline tags, quotation marks and reference marks without being different text."""
    return "".join(ch for ch in norm(text) if ch.isalnum())


def expected_text(html: str) -> str:
    from bs4 import BeautifulSoup

    return letters(BeautifulSoup(html, "html.parser").get_text(" "))


@dataclass(frozen=True)
class SavedPage:
    """One page of a set of saved real pages: its name in the listing, its HTML file (gzipped or
    not), and the letters of the article a reader keeps, read only when the page is scored."""

    name: str
    html: Path
    article: Callable[[], str]


def read_html(path: Path) -> str:
    data = path.read_bytes()
    return (gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8", errors="replace")


def run_bench(argv: list[str] | None, description: str, source_help: str, pages_of: Callable[[Path], "list[SavedPage] | str"]) -> int:
    """The command line every saved-page bench shares: a copy of the set, -v, --half. pages_of
    lists the set's pages in its own order, or says what the copy lacks."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("source", type=Path, help=source_help)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--half", choices=("dev", "test"), help="even-numbered (dev) or odd-numbered (test) pages in the set's order")
    args = parser.parse_args(argv)
    pages = pages_of(args.source)
    if isinstance(pages, str):
        print(pages, file=sys.stderr)
        return 2
    if args.half:
        pages = pages[args.half == "test" :: 2]
    tally(((page.name, *score_text(page.html, scraped_text(read_html(page.html)), page.article())) for page in pages), "pages", args.verbose, leak_width=90)
    return 0


def score_text(page: Path, raw: str, expected: str) -> tuple[list[str], list[str], int, int]:
    """Leaked junk lines, lost body lines and the two totals of one page's scraped text against
    the letters of the article a reader keeps."""
    lines = [line for line in raw.split("\n\n") if line.strip()]
    junk = [line for line in lines if len(line.split()) >= JUNK_MIN_WORDS and letters(line) not in expected]
    body = [line for line in lines if len(line.split()) >= BODY_MIN_WORDS and letters(line) in expected]
    spec = SourceSpec("page", page / "source.txt", page.name, "Outlet")
    cleaned = clean_article(Article(spec, raw, "utf-8"))
    narrative = [letters(s.text) for s in split_article(cleaned) if is_prose(s.text)]
    kept = letters(" ".join(b.text for b in cleaned.blocks))
    stray = [sentence for sentence in narrative if sentence not in expected]
    leaked = [line for line in junk if any(letters(line) in sentence or sentence in letters(line) for sentence in stray)]
    lost = [line for line in body if letters(line) not in kept]
    return leaked, lost, len(junk), len(body)


def readability_pages(root: Path) -> list[SavedPage] | str:
    folder = root / "test" / "test-pages"
    if not folder.is_dir():
        return f"no {folder}: point at a copy of Readability's repository"
    return [SavedPage(page.name, page / "source.html", lambda page=page: expected_text(read_html(page / "expected.html")))
            for page in sorted(folder.iterdir()) if (page / "source.html").exists() and (page / "expected.html").exists()]


def main(argv: list[str] | None = None) -> int:
    return run_bench(argv, __doc__.split("\n")[0], "a copy of Readability's repository (needs test/test-pages)", readability_pages)


if __name__ == "__main__":
    raise SystemExit(main())
