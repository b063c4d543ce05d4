"""Search: a Pagefind index of the story pages, made beside the build and written with the site.

Pagefind (PyPI `pagefind[bin]`, which ships its binary) indexes the rendered story pages
(only what their `data-pagefind-body` marks). Its files then go into the output like any
other page, so they are swapped in atomically, left alone when unchanged and byte for byte
the same in a cached and a clean build. The browser loads them from the site itself
(`<base path>pagefind/`), so search works offline and under a sub-path.

The binary is run directly rather than through the package's service API: the service
answers each request on a 100 ms poll, which made every rebuild of `digest serve` 0.3 s
slower; the binary indexes a story in about 30 ms.

Pagefind holds the whole index it builds in memory, about four times the HTML it reads
(690 MB for the 150 MB of story pages of 5,000 real-length articles). A large archive is
therefore indexed in parts, each its own Pagefind bundle of the stories whose slug hashes
to it: the first at `pagefind/`, the others at `pagefind/part-N/`, listed in
`pagefind/parts.json` for the search page to merge (Pagefind's `mergeIndex`). A story
stays in its part while the number of parts holds, so an edit re-indexes one part.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from digest.errors import DigestError

FOLDER = "pagefind"
"""Where the index lives in the output."""
KEPT = ("pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "wasm.", "pagefind.", "index/", "fragment/", "filter/")
"""The files the search page loads; Pagefind's ready-made interfaces are left out (the theme has its own)."""
PART_KEPT = ("pagefind-entry.json", "index/", "fragment/", "filter/")
PART_META = ".pf_meta"
"""What a merged part needs: its index alone (the files above, and its metadata file, named by
this ending); the search page runs the first bundle's code."""
PARTS_FILE = f"{FOLDER}/parts.json"
"""The folders of the parts after the first, relative to `pagefind/`: the search page merges them."""
PART_BYTES = 40_000_000
"""Story-page HTML per part at most, on average: Pagefind then peaks near 200 MB."""


def part_count(html_bytes: int) -> int:
    """How many parts to index story pages of this total size in: a power of two, so the
    count (and with it every story's part) changes only when the archive doubles or halves."""
    count = 1
    while count * PART_BYTES < html_bytes:
        count *= 2
    return count


def part_of(slug: str, count: int) -> int:
    """The part a story's page is indexed in: fixed by its slug, whatever else changes."""
    return int.from_bytes(hashlib.sha256(slug.encode()).digest()[:8], "big") % count


def part_folder(index: int) -> str:
    """Where the part of this number lives in the output (the first part is the main bundle)."""
    return FOLDER if index == 0 else f"{FOLDER}/part-{index}"


def parts_list(folders: list[str]) -> dict[str, bytes]:
    """The file that tells the search page which bundles to merge into the first one."""
    import json  # here, as subprocess below: a build that writes nothing never needs them

    merged = [folder[len(FOLDER) + 1:] + "/" for folder in folders if folder != FOLDER]
    return {PARTS_FILE: (json.dumps(merged) + "\n").encode()}


def pagefind_binary() -> Path:
    """The binary that `pagefind[bin]` installs, found the way the pagefind package finds it."""
    try:
        from pagefind.service import get_executable
    except ImportError as exc:  # pragma: no cover - a dependency; only a broken install lacks it
        raise DigestError(f"search index: the pagefind package is missing ({exc}); install digest again, or build with --no-search") from exc
    binary = get_executable()
    if binary is None:
        raise DigestError("search index: the Pagefind binary is missing (pip install 'pagefind[bin]'), or build with --no-search")
    return Path(binary)


def index_folder(folder: Path, into: str = FOLDER) -> dict[str, bytes]:
    """The index of the HTML pages under folder, by output path ('pagefind/...', or under
    `into` for a part after the first, which keeps its index files alone).

    Result URLs are the pages' paths under folder ('/stories/x/'); the search page gives
    Pagefind the site's base path, so one index serves any sub-path.
    """
    if not any(folder.rglob("*.html")):
        return {}  # no story yet: no index (Pagefind refuses an empty site)
    import subprocess

    binary = pagefind_binary()
    with tempfile.TemporaryDirectory(prefix="digest-pagefind-") as out:
        try:
            done = subprocess.run([str(binary), "--site", str(folder), "--output-path", out, "--silent"],
                                  capture_output=True, text=True, timeout=600)
        except (OSError, subprocess.SubprocessError) as exc:
            raise DigestError(f"search index: could not run Pagefind ({exc}); build with --no-search to skip search") from exc
        if done.returncode != 0:
            detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no message"]
            raise DigestError(f"search index: Pagefind failed ({detail[0]}); build with --no-search to skip search")
        root = Path(out)
        return {
            f"{into}/{rel}": path.read_bytes()
            for path in sorted(root.rglob("*"))
            if path.is_file() and _kept(rel := path.relative_to(root).as_posix(), into == FOLDER)
        }


def _kept(rel: str, main: bool) -> bool:
    """A file of Pagefind's output the main bundle, or a part, publishes."""
    return rel.startswith(KEPT) if main else rel.startswith(PART_KEPT) or rel.endswith(PART_META)
