"""The build cache: what an incremental build needs to redo only what changed.

Content-addressed: a story's merge is stored under a digest of its inputs (story.yaml,
articles, digest's version), and its rendered pages under that digest plus one of the
theme and site configuration. A manifest remembers, per story folder, the file
signature (names, sizes, times) last seen, so unchanged stories are not even re-read.
The cache lives in `.digest-cache/` beside site.yaml and can be deleted at any time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from digest import __version__

CACHE_DIR = ".digest-cache"
FORMAT = 1


@dataclass
class StoryEntry:
    """What the manifest keeps about one story between builds."""

    signature: str
    key: str
    """Digest of the story's inputs: names its merge in the cache."""
    render_key: str
    """Digest of the merge key plus the theme and site config its pages were rendered with."""
    page: object
    """A light StoryPage: enough for the index, tags and feed."""
    files: list[str]
    """Output paths of the story's own pages."""
    warnings: list = field(default_factory=list)


@dataclass
class Manifest:
    version: str = __version__
    format: int = FORMAT
    output: str = ""
    stories: dict[str, StoryEntry] = field(default_factory=dict)
    globals: dict[str, str] = field(default_factory=dict)
    """Digest of each global file (index, feed, ...) as last written."""


def digest_bytes(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()


def theme_key(dirs: list[Path], config_repr: str) -> str:
    """Everything besides the story that shapes its pages: templates, assets, site config, code."""
    parts = [__version__.encode(), config_repr.encode()]
    for folder in dirs:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                parts += [str(path.relative_to(folder)).encode(), path.read_bytes()]
    return digest_bytes(*parts)


class BuildCache:
    def __init__(self, root: Path):
        self.dir = root / CACHE_DIR

    def _path(self, kind: str, key: str) -> Path:
        return self.dir / kind / key[:2] / f"{key}.pickle"

    def load(self, kind: str, key: str):
        try:
            with open(self._path(kind, key), "rb") as f:
                return pickle.load(f)
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
            return None

    def store(self, kind: str, key: str, value) -> None:
        self._write(self._path(kind, key), value)

    def manifest(self) -> Manifest:
        try:
            with open(self.dir / "manifest.pickle", "rb") as f:
                manifest = pickle.load(f)
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
            return Manifest()
        if not isinstance(manifest, Manifest) or manifest.version != __version__ or manifest.format != FORMAT:
            return Manifest()
        return manifest

    def save_manifest(self, manifest: Manifest) -> None:
        self._write(self.dir / "manifest.pickle", manifest)

    def _write(self, path: Path, value) -> None:
        """Write through a temporary file and rename, so a crash never leaves half a cache entry."""
        ignore = self.dir / ".gitignore"
        if not ignore.exists():  # worker processes may race here: every step is idempotent
            self.dir.mkdir(parents=True, exist_ok=True)
            ignore.write_text("# Created by digest: a build cache, safe to delete.\n*\n")
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
