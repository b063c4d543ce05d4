"""Merge quality on labelled corpora: runs the corpus scorer (`score.py`, beside the corpus) with
this checkout's digest and prints its table per story and in total.

    python bench/merge_quality.py                      # ../shared/merge-corpus
    python bench/merge_quality.py path/to/corpus ...   # any folders of stories in the same format
    python bench/merge_quality.py -v                   # list every miss, false positive and leak

The scorer runs `digest check --json` on a scratch copy of each story (answer keys left behind)
and compares discrepancies, fusion, single-source claims and junk with the keys.
"""

from __future__ import annotations

import argparse
import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "merge-corpus"


def scorer_for(corpora: list[Path]) -> Path | None:
    for corpus in [*corpora, DEFAULT_CORPUS]:
        if (corpus / "score.py").is_file():
            return corpus / "score.py"
    return None


def digest_command(folder: Path) -> Path:
    """A small executable that runs this checkout's digest (not whatever is installed)."""
    wrapper = folder / "digest"
    wrapper.write_text(f'#!/bin/sh\nPYTHONPATH="{REPO}${{PYTHONPATH:+:$PYTHONPATH}}" exec "{sys.executable}" -m digest "$@"\n', encoding="utf-8")
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IEXEC)
    return wrapper


def run(corpora: list[Path], verbose: bool = False, as_json: bool = False) -> subprocess.CompletedProcess:
    scorer = scorer_for(corpora)
    if scorer is None:
        looked = ", ".join(map(str, [*corpora, DEFAULT_CORPUS]))
        raise SystemExit(f"no score.py found in {looked}: the corpus scorer ships in ../shared/merge-corpus beside the repository, not in it")
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, str(scorer), *map(str, corpora or [DEFAULT_CORPUS]), "--digest", str(digest_command(Path(tmp)))]
        command += ["-v"] if verbose else []
        command += ["--json"] if as_json else []
        return subprocess.run(command, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"}, timeout=1800)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="*", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    result = run(args.corpus, args.verbose)
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
