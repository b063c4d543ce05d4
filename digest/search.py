"""Search: a Pagefind index of the story pages, made beside the build and written with the site.

Pagefind (PyPI `pagefind[bin]`, which ships its binary) indexes the rendered story pages
(only what their `data-pagefind-body` marks). Its files then go into the output like any
other page, so they are swapped in atomically, left alone when unchanged and byte for byte
the same in a cached and a clean build. The browser loads them from the site itself
(`<base path>pagefind/`), so search works offline and under a sub-path.

The binary is run directly rather than through the package's service API: the service
answers each request on a 100 ms poll, which made every rebuild of `digest serve` 0.3 s
slower; the binary indexes a story in about 30 ms.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from digest.errors import DigestError

FOLDER = "pagefind"
"""Where the index lives in the output."""
KEPT = ("pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "wasm.", "pagefind.", "index/", "fragment/", "filter/")
"""The files the search page loads; Pagefind's ready-made interfaces are left out (the theme has its own)."""


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


def index_folder(folder: Path) -> dict[str, bytes]:
    """The index of the HTML pages under folder, by output path ('pagefind/...').

    Result URLs are the pages' paths under folder ('/stories/x/'); the search page gives
    Pagefind the site's base path, so one index serves any sub-path.
    """
    if not any(folder.rglob("*.html")):
        return {}  # no story yet: no index (Pagefind refuses an empty site)
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
            f"{FOLDER}/{rel}": path.read_bytes()
            for path in sorted(root.rglob("*"))
            if path.is_file() and (rel := path.relative_to(root).as_posix()).startswith(KEPT)
        }
