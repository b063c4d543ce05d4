"""Merge time per story: the seed story (target < 200 ms) and synthetic archive stories.

    python bench/bench_merge.py [--runs 20]
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
from digest.merge import merge_story  # noqa: E402


def time_stories(root: Path, runs: int) -> tuple[float, float, int]:
    """Median milliseconds per story for clean+merge and for merge alone."""
    site, _ = load_site(root)
    both, merge_only = [], []
    for _ in range(runs):
        for loaded in site.stories:
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
    both, merge, _ = time_stories(HERE.parent, args.runs)
    print(f"seed story (5 sources): clean+merge {both:.1f} ms, merge {merge:.1f} ms (median of {args.runs}; target < 200 ms)")
    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp), 200)
        both, merge, stories = time_stories(Path(tmp) / "digest", max(1, args.runs // 5))
        print(f"synthetic archive ({stories} stories of 3-6 sources): clean+merge {both:.1f} ms, merge {merge:.1f} ms per story (median)")


if __name__ == "__main__":
    main()
