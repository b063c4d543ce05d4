"""A/B timing of the one-source edit rebuild in process (as `digest serve` rebuilds), interleaved.

Each tree (a checkout of digest) gets its own copy of an already built site, so neither reuses
the other's output or cache. Rounds alternate between the trees: in each round a fresh process
per tree builds once (nothing changed), makes one untimed edit (the first merge loads the merge's
models), then times `--edits` edits of one source, each followed by the search index's second
build as the server does, untimed. A shared machine's load then falls on both trees alike.
Beside the wall time, the rebuild's time without the story's merge (timed apart, in process):
most of an edit is the merge, and most of the noise.

    python bench/bench_edit_ab.py SITE --trees /work/main /work/wt-speed --rounds 4 --edits 3
    python bench/bench_edit_ab.py SITE --trees /work/wt-speed --profile out.prof   # one tree, cProfile

`--work DIR` keeps the copies between runs (the first build of a new copy renders every page).

SITE: a site built once already (e.g. bench/archive.py's digest/ folder after `digest build`).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

WORKER = r"""
import cProfile, json, sys, time
from pathlib import Path
import digest.merge
from digest.build import Builder
from digest.serve import settle_memory
from digest.write import finish_removals

site, target, edits, tag, profile = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
counter = iter(range(10_000))
merging = [0.0]
real_merge = digest.merge.merge_story

def merge_story(clean):  # timed apart: the merge is most of an edit's time, and the noisiest
    started = time.perf_counter()
    try:
        return real_merge(clean)
    finally:
        merging[0] += time.perf_counter() - started

digest.merge.merge_story = merge_story

def edit():
    with open(target, "a", encoding="utf-8") as f:
        f.write(f"\n\nAn update added by the benchmark ({tag}), number {next(counter)}.\n")

builder = Builder(site, search_lag=True, remove_in_background=True)
builder.build()
settle_memory()
profiler = cProfile.Profile() if profile else None
times, cpus, merges = [], [], []
for n in range(edits + 1):
    edit()
    merging[0] = 0.0
    started, cpu = time.perf_counter(), time.process_time()
    if profiler is not None and n:
        profiler.enable()
    builder.build(changed=[str(target)])
    if profiler is not None and n:
        profiler.disable()
    if n:  # the first edit loads the merge's models: untimed
        times.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
        merges.append(merging[0])
    if builder.search_behind:
        builder.search_lag = False
        builder.build()
        builder.search_lag = True
    settle_memory()
finish_removals()
if profiler is not None:
    profiler.dump_stats(profile)
print(json.dumps({"wall": times, "cpu": cpus, "merge": merges}))
"""


def edit_target(site: Path) -> Path:
    """The first article of the middle story folder: deterministic for one archive."""
    folders = sorted(p for p in (site / "content").iterdir() if p.is_dir())
    folder = folders[len(folders) // 2]
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md"))[0]


def run(tree: Path, site: Path, edits: int, tag: str, profile: str = "") -> dict:
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    out = subprocess.run([sys.executable, "-c", WORKER, str(site), str(edit_target(site)), str(edits), tag, profile],
                         capture_output=True, text=True, env=env, cwd=site)
    if out.returncode:
        raise SystemExit(f"{tree}: {out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path)
    parser.add_argument("--trees", type=Path, nargs="+", required=True)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--profile", help="profile the timed edits of the first tree into this file (one round)")
    parser.add_argument("--work", type=Path, help="keep the sites' copies here between runs (a copy's first build renders every page)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="digest-ab-"))
    try:
        sites = []
        for n, tree in enumerate(args.trees):
            copy = work / f"site-{n}"
            if not copy.is_dir():
                shutil.copytree(args.site, copy, symlinks=True)
            sites.append(copy)
        if args.profile:
            result = run(args.trees[0], sites[0], args.edits, "p", str(Path(args.profile).resolve()))
            print(f"{args.trees[0]}: median {statistics.median(result['wall']) * 1000:.1f} ms (profiled) of {len(result['wall'])}")
            return
        walls: dict[int, list[float]] = {n: [] for n in range(len(args.trees))}
        cpus: dict[int, list[float]] = {n: [] for n in range(len(args.trees))}
        rest: dict[int, list[float]] = {n: [] for n in range(len(args.trees))}
        for r in range(args.rounds):
            order = range(len(args.trees)) if r % 2 == 0 else reversed(range(len(args.trees)))
            for n in order:
                result = run(args.trees[n], sites[n], args.edits, f"{r}")
                walls[n] += result["wall"]
                cpus[n] += result["cpu"]
                rest[n] += [wall - merge for wall, merge in zip(result["wall"], result["merge"])]
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; {args.rounds} rounds x {args.edits} edits")
        for n, tree in enumerate(args.trees):
            w = sorted(x * 1000 for x in walls[n])
            print(f"{str(tree):30s} wall median {statistics.median(w):7.1f} ms  (min {w[0]:.1f}, max {w[-1]:.1f}, n={len(w)})"
                  f"  CPU median {statistics.median(cpus[n]) * 1000:7.1f} ms  without the merge {statistics.median(rest[n]) * 1000:6.1f} ms")
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
