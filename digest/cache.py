"""The build cache: what an incremental build needs to redo only what changed.

Content-addressed: a story's merge is stored under a digest of its inputs (story.yaml,
articles, digest's version). A manifest remembers, per story folder, each file's stat
and content hash, so unchanged stories are not even re-read, and the folder's own stat,
so an unchanged folder is not even listed. The cache lives in
`.digest-cache/` beside site.yaml and can be deleted at any time.

The cache cannot lie: every entry carries a checksum of the key it was stored under and
of its payload, verified on every read, so a damaged, truncated or foreign entry is a
miss (rebuilt, with one warning), never published. A cache folder that cannot be
written means building without the cache, with one warning.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
import time
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path
from stat import S_ISREG

from digest import __version__
from digest.errors import Problem

CACHE_DIR = ".digest-cache"
FORMAT = 4
MAGIC = b"digest-cache\x00\x02"
TIMESTAMP_SLACK_NS = 2_000_000_000
"""A file changed this close to (or after) the last build's start may have changed unseen
within one timestamp tick (2 s on FAT): its content is hashed again ("racy git")."""


FolderStamp = tuple[int, int, int]
"""A story folder's own (mtime_ns, ctime_ns, inode): adding, removing or renaming a file in it
changes its mtime and ctime (and setting the mtime back changes the ctime)."""


@dataclass(frozen=True)
class FileStamp:
    """A story file as last seen: its stat, and its content hash."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int
    sha256: str


@dataclass
class StoryEntry:
    """What the manifest keeps about one story between builds."""

    signature: str
    """Digest of the names and content hashes of the story folder's files."""
    key: str
    """Digest of the story's inputs: names its merge in the cache."""
    render_key: str
    """Digest of the merge key plus the theme and site config its pages were rendered with."""
    files: list[str]
    """Output paths of the story's own pages."""
    warnings: list = field(default_factory=list)
    stamps: dict[str, FileStamp] = field(default_factory=dict)
    """Each file of the story folder as this build saw it."""
    tags: tuple[str, ...] = ()
    """The story's tags as written: a build that writes nothing still warns about colliding tags."""


@dataclass
class Manifest:
    version: str = __version__
    format: int = FORMAT
    output: str = ""
    theme: str = ""
    """Theme key of the last build: the global pages change with it."""
    started_ns: int = 0
    """Wall-clock start of the last build: files older than this are trusted by their stat."""
    stories: dict[str, StoryEntry] = field(default_factory=dict)
    globals: dict[str, str] = field(default_factory=dict)
    """Digest of each global file (index, feed, ...) as last written."""
    output_dirs: dict[str, int] = field(default_factory=dict)
    """Each output folder's mtime when it last held exactly the files listed here (-1: changed
    too recently to trust): a build in a new process lists only folders changed since."""
    pages: str = ""
    """Cache key of the stories' light pages (what the index, tags and feed show), kept apart
    from the manifest: a build that writes nothing never reads them."""
    search: tuple[tuple[str, str], ...] = ()
    """The search index's cache entries (kind, key) the last build used: the whole index and its
    parts. The next build drops those it no longer uses, so editing does not grow the cache by
    an index (megabytes in a large archive) every save."""
    folders: dict[str, FolderStamp] = field(default_factory=dict)
    """Each story folder's own stamp when its files were last looked at, by slug (`file_stamps`)."""
    code: str = ""
    """Digest of digest's version and the merge's code the stories' signatures were made with
    (`build.code_key`): while it is the same, an unchanged folder's signature is its entry's."""
    site: tuple = ()
    """site.yaml's validated values with the key of its text they were made from
    (`config.load_config_remembered`): a build with the same site.yaml never loads YAML."""

    def __getstate__(self) -> dict:
        """Each story's entry pickled on its own, from the bytes of the last save when it is the
        very same entry: a one-story edit in digest serve pickles one entry, not the archive's."""
        global _PICKLED
        kept = {}
        for entry in self.stories.values():
            last = _PICKLED.get(id(entry))
            kept[id(entry)] = last if last is not None and last[0] is entry else (entry, pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL))
        _PICKLED = kept
        return {**self.__dict__, "stories": {slug: kept[id(entry)][1] for slug, entry in self.stories.items()}}

    def __setstate__(self, state: dict) -> None:
        stories = {}
        for slug, data in state.get("stories", {}).items():
            if not isinstance(data, bytes):  # an older format, discarded by its format number
                stories[slug] = data
                continue
            stories[slug] = entry = pickle.loads(data)
            _PICKLED[id(entry)] = (entry, data)
        self.__dict__.update({"folders": {}, **state, "stories": stories})  # a manifest from before `folders` has none


_PICKLED: dict[int, tuple[StoryEntry, bytes]] = {}
"""The entries of the last manifest saved or read in this process, with their pickled bytes
(each held, so its id stays its own)."""


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


_NAME_OF = attrgetter("name")


def file_stamps(folder: Path, previous: dict[str, FileStamp], trusted_before_ns: int,
                listed: FolderStamp | None = None) -> tuple[dict[str, FileStamp], FolderStamp]:
    """Each file of a story folder with its content hash, and the folder's own stamp as it was
    before its files were looked at. A file's stored hash is reused only when its stat is
    unchanged and older than the last build by more than a timestamp tick.

    `listed`: the folder's stamp when `previous` was taken. While it is the same and settled (as
    a file's stat must be), no file came or went since, so the folder is not listed again:
    `previous`'s files are looked at by name (listing a folder costs about four stats: 10 ms
    of a no-change build of 5,000 articles)."""
    st = os.stat(folder)
    stamp = (st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
    settled_before = trusted_before_ns - TIMESTAMP_SLACK_NS
    if previous and stamp == listed and max(st.st_mtime_ns, st.st_ctime_ns) < settled_before:
        known = _stamps_of(folder, previous, settled_before)
        if known is not None:
            return known, stamp
    stamps: dict[str, FileStamp] = {}
    with os.scandir(folder) as listing:
        entries = sorted(listing, key=_NAME_OF)
    for entry in entries:
        if entry.is_file():
            stamps[entry.name] = _stamp(entry.path, entry.stat(), previous.get(entry.name), settled_before)
    return stamps, stamp


def _stamps_of(folder: Path, previous: dict[str, FileStamp], settled_before: int) -> dict[str, FileStamp] | None:
    """The stamps of `previous`'s files, looked at by name; None when one is gone or is no file
    now (then the folder is listed, as ever)."""
    stamps: dict[str, FileStamp] = {}
    base = os.path.join(folder, "")  # joined once: a join per file costs as much as its stat's Python side
    for name, old in previous.items():
        path = base + name
        try:
            st = os.stat(path)
        except OSError:
            return None
        if not S_ISREG(st.st_mode):
            return None
        stamps[name] = _stamp(path, st, old, settled_before)
    return stamps


def _stamp(path: str, st: os.stat_result, old: FileStamp | None, settled_before: int) -> FileStamp:
    """A file's stamp: `old` when its stat is the same and settled, else with its content hashed."""
    if old is not None and old.mtime_ns == st.st_mtime_ns and old.size == st.st_size and old.ctime_ns == st.st_ctime_ns \
            and old.inode == st.st_ino and max(st.st_mtime_ns, st.st_ctime_ns) < settled_before:
        return old
    with open(path, "rb") as f:
        sha = hashlib.file_digest(f, "sha256").hexdigest() if hasattr(hashlib, "file_digest") else hashlib.sha256(f.read()).hexdigest()
    return FileStamp(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, sha)


def signature(stamps: dict[str, FileStamp]) -> str:
    """Unchanged means the same file names with the same contents."""
    return digest_bytes(*(f"{name}:{stamp.sha256}".encode() for name, stamp in sorted(stamps.items())))


def now_ns() -> int:
    return time.time_ns()


class BuildCache:
    """Cache entries under `.digest-cache/`; collects its warnings for the build to report once."""

    def __init__(self, root: Path):
        self.dir = Path(root) / CACHE_DIR
        self.writable = True
        self.warnings: list[Problem] = []

    def _path(self, kind: str, key: str) -> Path:
        return self.dir / kind / key[:2] / f"{key}.pickle"

    def _warn(self, path: Path, message: str) -> None:
        self.warnings.append(Problem(f"{CACHE_DIR}/{path.relative_to(self.dir).as_posix()}" if self.dir in path.parents else str(path), None, None, message, "warning"))

    def load(self, kind: str, key: str):
        """The entry stored under key, or None when it is missing or fails its checksum."""
        return self._read(self._path(kind, key), key)

    def has(self, kind: str, key: str) -> bool:
        return self._path(kind, key).is_file()

    def store(self, kind: str, key: str, value) -> None:
        self._write(self._path(kind, key), key, value)

    def manifest(self) -> Manifest:
        manifest = self._read(self.dir / "manifest.pickle", "manifest")
        if not isinstance(manifest, Manifest) or manifest.version != __version__ or manifest.format != FORMAT:
            return Manifest()
        return manifest

    def save_manifest(self, manifest: Manifest) -> None:
        self._write(self.dir / "manifest.pickle", "manifest", manifest)

    def drop(self, kind: str, key: str) -> None:
        """Remove an entry that nothing names any more (a superseded one), so the cache does
        not grow with every build."""
        try:
            self._path(kind, key).unlink(missing_ok=True)
        except OSError:
            pass

    def _read(self, path: Path, key: str):
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            self._warn(path, f"cannot read the cache entry ({exc.strerror}); building without it")
            return None
        head = len(MAGIC)
        payload = data[head + 32:]
        if not data.startswith(MAGIC) or data[head:head + 32] != _checksum(key, payload):
            if data.startswith(MAGIC) or key != "manifest":  # an older cache format is not damage
                self._warn(path, "damaged cache entry (checksum mismatch); rebuilding it")
            return None
        try:
            return pickle.loads(payload)
        except Exception:  # noqa: BLE001 - a payload from another version of the code is a miss
            self._warn(path, "unreadable cache entry; rebuilding it")
            return None

    def _write(self, path: Path, key: str, value) -> None:
        """Write through a temporary file and rename, so a crash never leaves half a cache entry.

        A cache folder that cannot be written is not an error: the build goes on without it.
        """
        if not self.writable:
            return
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        tmp = None
        try:
            ignore = self.dir / ".gitignore"
            if not ignore.exists():  # worker processes may race here: every step is idempotent
                self.dir.mkdir(parents=True, exist_ok=True)
                ignore.write_text("# Created by digest: a build cache, safe to delete.\n*\n")
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as f:
                f.write(MAGIC + _checksum(key, payload) + payload)
            os.replace(tmp, path)
        except OSError as exc:
            if tmp:
                Path(tmp).unlink(missing_ok=True)
            self.writable = False
            self.warnings.append(Problem(CACHE_DIR, None, None, f"cannot write the build cache ({exc.strerror}); building without it", "warning"))
        except BaseException:
            if tmp:
                Path(tmp).unlink(missing_ok=True)
            raise


def _checksum(key: str, payload: bytes) -> bytes:
    return hashlib.sha256(key.encode() + b"\x00" + payload).digest()
