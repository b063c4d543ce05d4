"""Merge time per story: the seed story (five articles of 628-1,365 words) and stories of the
synthetic archive (3-6 outlets of real-length articles), median per story; the sentence model is
loaded once per process and its load time is printed on its own. Goal: <= 40 ms per story of
five 700-word articles.

    python bench/bench_merge.py [--runs 20]

Each run merges fresh text, as a cold build does: digest.merge.caches.forget_texts() empties the
cleaner's and the merge's caches of sentences, claims and pairs before it (word-level caches, such
as stems, stay warm, as in a worker that has merged a story).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from archive import generate  # noqa: E402

from digest.clean import clean_story  # noqa: E402
from digest.load import load_site  # noqa: E402
from digest.merge import embed as embed_module  # noqa: E402
from digest.merge import merge_story  # noqa: E402
from digest.merge.caches import forget_texts  # noqa: E402


def time_stories(root: Path, runs: int) -> tuple[float, float, int]:
    """Median milliseconds per story for clean+merge and for merge alone."""
    site, _ = load_site(root)
    both, merge_only = [], []
    for _ in range(runs):
        for loaded in site.stories:
            forget_texts()  # each run reads its story as a cold build does
            t0 = time.perf_counter()
            clean = clean_story(loaded)
            t1 = time.perf_counter()
            merge_story(clean)
            t2 = time.perf_counter()
            both.append((t2 - t0) * 1000)
            merge_only.append((t2 - t1) * 1000)
    return statistics.median(both), statistics.median(merge_only), len(site.stories)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    started = time.perf_counter()
    embed_module.model()
    print(f"sentence model loaded in {(time.perf_counter() - started) * 1000:.0f} ms (once per process)")
    both, merge, _ = time_stories(HERE.parent, args.runs)
    print(f"seed story (5 sources): clean+merge {both:.1f} ms, merge {merge:.1f} ms (median of {args.runs}; goal <= 40 ms)")
    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp), 200)
        both, merge, stories = time_stories(Path(tmp) / "digest", max(1, args.runs // 5))
        print(f"synthetic archive ({stories} stories of 3-6 sources): clean+merge {both:.1f} ms, merge {merge:.1f} ms per story (median)")


if __name__ == "__main__":
    main()
