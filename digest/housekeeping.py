"""`digest clean`: remove what digest made (the output folder and the build cache), nothing else.

Both folders carry digest's mark (the output its `.digest-output` file, the cache its
`.gitignore` saying it was created by digest); an unmarked folder is left alone with an error,
so a mistyped `output:` never deletes an editor's own folder.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from digest.cache import CACHE_DIR
from digest.errors import DigestError, Problem
from digest.model import SiteConfig
from digest.write import MARKER

CACHE_MARK = "# Created by digest"
"""The first line of the .gitignore digest writes into its cache folder."""


def remove_built(config: SiteConfig) -> list[Path]:
    """Remove the output folder and the cache when digest made them; return what was removed."""
    targets = [(config.output_dir, _is_output), (config.root / CACHE_DIR, _is_cache)]
    foreign = [path for path, made_by_digest in targets if path.exists() and not made_by_digest(path)]
    if foreign:
        raise DigestError([Problem(str(path), None, None, "not made by digest (no digest mark inside); digest clean removes nothing")
                           for path in foreign])
    removed = []
    for path, _ in targets:
        if path.exists():
            shutil.rmtree(path)
            removed.append(path)
    return removed


def _is_output(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink() and (path / MARKER).is_file()


def _is_cache(path: Path) -> bool:
    mark = path / ".gitignore"
    return path.is_dir() and not path.is_symlink() and mark.is_file() and mark.read_text(encoding="utf-8", errors="replace").startswith(CACHE_MARK)
