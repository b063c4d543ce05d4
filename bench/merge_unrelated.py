"""False callouts and false fusions on real pages: stories made of three unrelated saved pages each.

Pages about different events share no fact, so every discrepancy the merge reports on such a
story is a false one (two products' prices set against each other, two people whose names are a
letter apart, a body's name read as a person's), and so is every narrative sentence that cites
more than one outlet: an outlet cited for what it did not say. The merge corpus cannot show these, since its
outlets all tell one invented event; real coverage of one event holds the same traps between its
side stories. This script takes the article pages of the saved-page benchmarks
(`clean_zyte.py`'s and `clean_wceb.py`'s copies), scrapes each as those scripts do, groups them
three to a story in a fixed shuffled order, merges every story in process as `digest check` does,
and prints the callouts per hundred stories and the narrative sentences citing two outlets or
more (goal 0 for both) with, under -v, each callout and its sentences.

    python bench/merge_unrelated.py [--zyte path/to/article-extraction-benchmark]
                                    [--pages-2025 path/to/web-content-extraction-benchmark] [-v]

The pages are not part of this repository; the README says where to get them. Needs beautifulsoup4.
(At 06b9a4c, before the fixes it led to: 8 callouts on 60 stories of Zyte's pages, 14 on 149
stories of the 2025 pages; 10 and 183 narrative sentences citing two outlets, most of them short
generic sentences of the 2025 pages' blogs sharing one common word.)
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from clean_pages import read_html  # noqa: E402
from clean_real import scraped_text  # noqa: E402
from clean_wceb import article_pages  # noqa: E402
from clean_zyte import zyte_pages  # noqa: E402

from digest.clean import clean_story  # noqa: E402
from digest.load import load_site  # noqa: E402
from digest.merge import merge_story  # noqa: E402

PAGES_A_STORY = 3
SHUFFLE_SEED = 7


def write_stories(pages: list[Path], root: Path, prefix: str) -> int:
    """Story folders of PAGES_A_STORY scraped pages each under root/content; a page that scrapes
    to nothing is left out (digest refuses an empty article)."""
    texts = [(path, text) for path in pages if (text := scraped_text(read_html(path))).strip()]
    random.Random(SHUFFLE_SEED).shuffle(texts)
    made = 0
    for start in range(0, len(texts) - PAGES_A_STORY + 1, PAGES_A_STORY):
        folder = root / "content" / f"{prefix}-{start // PAGES_A_STORY:03d}"
        folder.mkdir(parents=True)
        sources = []
        for k, (path, text) in enumerate(texts[start:start + PAGES_A_STORY]):
            (folder / f"s{k}.txt").write_text(text, encoding="utf-8")
            sources.append(f"  - id: s{k}\n    file: s{k}.txt\n    outlet: \"{path.name.split('.')[0]}\"\n    published: \"2025-06-20\"\n")
        (folder / "story.yaml").write_text(f"title: \"{folder.name}\"\ndate: 2025-06-20\nsources:\n" + "".join(sources), encoding="utf-8")
        made += 1
    return made


def callouts(root: Path) -> tuple[list[tuple[str, str, list[tuple[str, str]]]], int, int]:
    """Every discrepancy of every story: (story, summary, [(outlet, the narrative sentence that
    holds its words, or the words alone)]); and the narrative sentences, and those citing more
    than one outlet."""
    site, _ = load_site(root)
    found = []
    sentences = fused = 0
    for story in site.stories:
        merged = merge_story(clean_story(story)).to_json()
        items = [item for paragraph in merged["paragraphs"] for item in paragraph]
        sentences += len(items)
        fused += sum(1 for item in items if len(item["sources"]) > 1)
        told = [(source, text) for item in items for source, text in item["wordings"].items()]
        for d in merged["discrepancies"]:
            shown = [(v["source"], next((text for source, text in told if source == v["source"] and v["text"] in text), v["text"])) for v in d["variants"]]
            found.append((merged["slug"], d["summary"], shown))
    return found, sentences, fused


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--zyte", type=Path, help="a copy of the article extraction benchmark (html/, ground-truth.json)")
    parser.add_argument("--pages-2025", type=Path, help="a copy of the web content extraction benchmark (release/html, benchmark/ground-truth)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    sets = []
    for name, root, listing in (("zyte", args.zyte, zyte_pages), ("2025", args.pages_2025, article_pages)):
        if root is None:
            continue
        pages = listing(root)
        if isinstance(pages, str):
            print(pages, file=sys.stderr)
            return 2
        sets.append((name, [page.html for page in pages]))
    if not sets:
        parser.error("give --zyte or --pages-2025 (or both)")
    for name, pages in sets:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            (root / "site.yaml").write_text("title: Unrelated pages\nbase_url: https://example.org/\n", encoding="utf-8")
            stories = write_stories(pages, root, name)
            found, sentences, fused = callouts(root)
        print(f"{name}: {stories} stories of {PAGES_A_STORY} unrelated pages: {len(found)} callouts, all false "
              f"({100 * len(found) / max(stories, 1):.1f} per 100 stories); {fused} of {sentences} narrative sentences cite two outlets or more, all falsely")
        if args.verbose:
            for slug, summary, shown in found:
                print(f"  {slug}: {summary}")
                for outlet, text in shown:
                    print(f"      {outlet}: {text[:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
