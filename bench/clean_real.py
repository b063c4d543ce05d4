"""How the cleaner does on real pages: junk that reaches the narrative, body text that is lost.

The merge corpus's junk was written for it; real pages are messier. Trafilatura's evaluation
set (github.com/adbar/trafilatura, tests/eval/ and tests/evaldata.json) holds about a thousand
saved pages, each with phrases of the main text that an extractor must keep (`with`) and
boilerplate it must drop (`without`). This script turns each English page into the plain text
a naive scraper saves (every text node on its own line, scripts and styles left out), runs
digest's cleaner and sentence splitter on it as an article, and counts:

  junk leaked   `without` phrases found in a sentence that would enter the narrative
  body kept     `with` phrases found in the cleaned article

    python bench/clean_real.py path/to/trafilatura        # a checkout or an extracted copy
    python bench/clean_real.py path/to/trafilatura -v     # list every leaked phrase
    python bench/clean_real.py path/to/trafilatura --half dev   # only the pages whose file
                                                      # name sorts in the first half (`test`: the rest)

Tune rules on the `dev` half and read only its leaks; the `test` half tells whether they transfer.
(The dev half, read for many sessions, leaks 0.017 and the test half 0.142: they did not. `test-a`,
the first half of `test`, has since been read as well; `test-b` is the part still unread.)

The pages are not part of this repository (they belong to their publishers): point the script
at a copy of trafilatura's tests. Needs beautifulsoup4 (`pip install beautifulsoup4`).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from digest.clean import clean_article  # noqa: E402
from digest.merge.claims import is_prose  # noqa: E402
from digest.merge.sentences import split_article  # noqa: E402
from digest.model import Article, SourceSpec  # noqa: E402

ENGLISH = frozenset("the and of to in is that for with was on are as by it this be from".split())


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.split()).casefold()


def english(phrases: list[str]) -> bool:
    words = [w.lower() for p in phrases for w in re.findall(r"[A-Za-z]+", p)]
    return len(words) >= 8 and sum(w in ENGLISH for w in words) / len(words) >= 0.15


def scraped_text(html: str) -> str:
    """The page as a naive scraper saves it: each block's text on its own line."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "svg", "head"]):
        tag.decompose()
    blocks = "p div li h1 h2 h3 h4 h5 h6 tr br section article header footer nav aside figcaption blockquote ul ol table".split()
    for tag in soup.find_all(blocks):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = (" ".join(line.split()) for line in soup.get_text().split("\n"))
    return "\n\n".join(line for line in lines if line)


def score_page(folder: Path, entry: dict) -> tuple[list[str], list[str], int, int] | None:
    path = folder / entry["file"]
    if not path.exists():
        return None
    raw = scraped_text(path.read_text(encoding="utf-8", errors="replace"))
    spec = SourceSpec("page", path, path.name, "Outlet")
    cleaned = clean_article(Article(spec, raw, "utf-8"))
    narrative = [norm(s.text) for s in split_article(cleaned) if is_prose(s.text)]
    body = norm(" ".join(b.text for b in cleaned.blocks))
    leaked = [w for w in entry.get("without", []) if len(w) >= 4 and any(norm(w) in s for s in narrative)]
    lost = [w for w in entry.get("with", []) if norm(w) not in body]
    return leaked, lost, len([w for w in entry.get("without", []) if len(w) >= 4]), len(entry.get("with", []))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("trafilatura", type=Path, help="a copy of trafilatura's repository (needs tests/eval and tests/evaldata.json)")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--half", choices=("dev", "test", "test-a", "test-b"),
                        help="only the saved English pages whose file name sorts in the first (dev) or second (test) half; "
                             "test-a and test-b are the first and second halves of test")
    args = parser.parse_args(argv)
    data_file = args.trafilatura / "tests" / "evaldata.json"
    if not data_file.exists():
        print(f"no {data_file}: point at a copy of trafilatura's repository", file=sys.stderr)
        return 2
    data = json.loads(data_file.read_text(encoding="utf-8"))
    folder = args.trafilatura / "tests" / "eval"
    entries = [entry for entry in data.values() if english(entry.get("with", []) + entry.get("without", [])) and (folder / entry["file"]).exists()]
    if args.half:
        names = sorted(entry["file"] for entry in entries)
        dev = set(names[: (len(names) + 1) // 2])
        entries = [entry for entry in entries if (entry["file"] in dev) == (args.half == "dev")]
        if args.half.startswith("test-"):
            rest = sorted(entry["file"] for entry in entries)
            first = set(rest[: (len(rest) + 1) // 2])
            entries = [entry for entry in entries if (entry["file"] in first) == (args.half == "test-a")]
    results = ((entry["file"], *result) for entry in entries if (result := score_page(folder, entry)) is not None)
    tally(results, "English pages", args.verbose)
    return 0


def tally(results, pages_are: str, verbose: bool, leak_width: int | None = None) -> None:
    """Sum (page, leaked phrases, lost phrases, junk count, body count) over the pages and print the
    totals; with `verbose`, each page that leaked or lost something first (leaked phrases cut to
    `leak_width` characters when given, lost ones to 60)."""
    pages = leaked_total = junk_total = lost_total = body_total = 0
    for name, leaked, lost, junk, body in results:
        pages += 1
        leaked_total += len(leaked)
        junk_total += junk
        lost_total += len(lost)
        body_total += body
        if verbose and (leaked or lost):
            shown = leaked if leak_width is None else [line[:leak_width] for line in leaked]
            print(f"{name}: leaked {shown} lost {[w[:60] for w in lost]}")
    print(f"{pages} {pages_are}: junk leaked {leaked_total}/{junk_total} ({leaked_total / max(1, junk_total):.3f}), "
          f"body kept {body_total - lost_total}/{body_total} ({(body_total - lost_total) / max(1, body_total):.3f})")


if __name__ == "__main__":
    raise SystemExit(main())
