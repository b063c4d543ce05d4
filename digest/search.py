"""Search: a Pagefind index of the story pages, made in memory and written with the site.

Pagefind (PyPI `pagefind[bin]`, which ships its binary) indexes the rendered story pages
(only what their `data-pagefind-body` marks); its files then go into the output like any
other page, so they are swapped in atomically, kept out of the output when unchanged and
byte for byte the same in a cached and a clean build. The browser loads them from the site
itself (`<base path>pagefind/`), so search works offline and under a sub-path.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from digest.errors import DigestError

FOLDER = "pagefind"
"""Where the index lives in the output."""


KEPT = ("pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "wasm.", "pagefind.", "index/", "fragment/", "filter/")
"""The files the search page loads; Pagefind's own ready-made interfaces are left out (the theme has its own)."""


def index_folder(folder: Path) -> dict[str, bytes]:
    """The index of the HTML pages under folder, by output path ('pagefind/...').

    Result URLs are the pages' paths under folder ('/stories/x/'); the search page gives
    Pagefind the site's base path, so one index serves any sub-path.
    """
    try:
        from pagefind.service import PagefindService
    except ImportError as exc:  # pragma: no cover - a dependency; only a broken install lacks it
        raise DigestError(f"search index: the pagefind package is missing ({exc}); install digest again, or build with --no-search") from exc

    async def run() -> list:
        async with PagefindService() as service:
            index = await service.create_index({})
            await index.add_directory(str(folder))
            return await index.get_files()

    try:
        # In a thread of its own: the caller may already run an event loop (a browser driver, a notebook).
        with ThreadPoolExecutor(1) as pool:
            files = pool.submit(asyncio.run, run()).result()
    except Exception as exc:  # the binary is missing, refused to start, or failed on a page
        raise DigestError(f"search index: Pagefind failed ({type(exc).__name__}: {exc}); build with --no-search to skip search") from exc
    return {f"{FOLDER}/{f['path']}": f["content"] for f in files if f["path"].startswith(KEPT)}
