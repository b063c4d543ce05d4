"""Load stage: read every story folder, validate story.yaml, decode the article files.

Every fault is collected with its file, line and field before anything stops, so an
editor fixes them all in one pass.
"""

from __future__ import annotations

import codecs
import difflib
import errno
import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from digest.config import load_config
from digest.errors import Problems
from digest.model import (
    Annotation,
    Article,
    Decision,
    LoadedStory,
    Site,
    SiteConfig,
    SourceSpec,
    Story,
    VariantSpec,
)
from digest.slug import cap, source_id

if TYPE_CHECKING:
    from digest.schema import Document

CONTENT_DIR = "content"
STORY_FILE = "story.yaml"
ARTICLE_SUFFIXES = (".txt", ".md")
MAX_ARTICLE_BYTES = 2 * 1_048_576
"""Articles above 2 MB are refused (reported as an error, left out) while the rest of the site builds:
a news article is rarely over 100 KB, and one runaway file must not stall every build."""


def load_site(root: Path, only: set[str] | None = None) -> tuple[Site, Problems]:
    """Load site.yaml and every story; raise DigestError with all errors, return warnings."""
    config = load_config(root)
    problems = Problems(config.root)
    stories = load_stories(config, problems, only)
    problems.raise_if_errors()
    return Site(config, tuple(stories)), problems


def story_folders(config: SiteConfig) -> list[Path]:
    return [folder for folder, _ in _story_folder_links(config)]


def _story_folder_links(config: SiteConfig) -> list[tuple[Path, bool]]:
    """Each story folder (sorted as paths sort) and whether it is a symbolic link, from one
    listing of the content folder: the listing tells both without a stat per folder."""
    content = config.root / CONTENT_DIR
    if not content.is_dir():
        return []
    with os.scandir(content) as listing:
        entries = [entry for entry in listing if not entry.name.startswith((".", "_")) and _entry_is(entry.is_dir)]
    entries.sort(key=lambda entry: os.path.normcase(entry.name))  # siblings' paths sort by their names
    return [(content / entry.name, _entry_is(entry.is_symlink)) for entry in entries]


_IGNORED_ERRNOS = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)
"""The errors that make pathlib's is_dir, is_file and is_symlink answer False rather than raise."""


def _entry_is(test) -> bool:
    """A DirEntry test answered as pathlib answers it: False where the entry cannot be seen."""
    try:
        return test()
    except OSError as exc:
        if exc.errno not in _IGNORED_ERRNOS:
            raise
        return False


def _link_and_file(path: Path) -> tuple[bool, bool]:
    """(is a symbolic link, is a file) from one lstat, where is_symlink() and is_file() take two
    stats (a link's target is looked at only for a link)."""
    try:
        mode = os.lstat(path).st_mode
    except OSError as exc:
        if exc.errno not in _IGNORED_ERRNOS:
            raise
        return False, False
    if stat.S_ISLNK(mode):
        return True, path.is_file()
    return False, stat.S_ISREG(mode)


def slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def iter_story_folders(config: SiteConfig, problems: Problems, only: list[Path] | None = None):
    """Each story folder with its slug; missing story.yaml and duplicate slugs become problems.
    `only`: check just these folders of the content folder instead of listing it."""
    seen: dict[str, Path] = {}
    root = config.root.resolve()
    content_inside = _inside((config.root / CONTENT_DIR).resolve(), root)
    """Then a folder in it that is no symbolic link is inside too: no need to resolve each one."""
    for folder, folder_link in _story_folder_links(config) if only is None else [(f, f.is_symlink()) for f in only if f.is_dir()]:
        slug = slugify(folder.name)
        story_file = folder / STORY_FILE
        story_link, story_is_file = _link_and_file(story_file)
        outside = None
        if (folder_link or not content_inside) and not _inside(folder.resolve(), root):
            outside = folder
        elif story_link and not _inside(story_file.resolve(), root):
            outside = story_file
        if outside is not None:
            problems.error(outside, None, None, f"symbolic link to {outside.resolve()}, outside the site; digest publishes only the site's own files")
            continue
        if not story_is_file:
            if any(f.suffix in ARTICLE_SUFFIXES for f in folder.iterdir()):
                problems.error(story_file, None, None, "missing: every story folder needs a story.yaml (create one with `digest new`)")
            continue
        if not slug:
            problems.error(folder, None, None, "folder name gives an empty slug; use letters or digits")
            continue
        if slug in seen:
            problems.error(folder, None, None, f"duplicate story slug {slug!r} ({problems.rel(seen[slug])} has the same)")
            continue
        seen[slug] = folder
        yield folder, slug


def load_stories(config: SiteConfig, problems: Problems, only: set[str] | None = None) -> list[LoadedStory]:
    stories: list[LoadedStory] = []
    for folder, slug in iter_story_folders(config, problems):
        if only is not None and slug not in only:
            continue
        loaded = load_story(folder, slug, problems)
        if loaded is not None:
            stories.append(loaded)
    return stories


def load_story(folder: Path, slug: str, problems: Problems) -> LoadedStory | None:
    """Validate one story.yaml and decode the articles it lists."""
    from digest.schema import STORY, parse_yaml, validate  # here: a build that reads no story never loads YAML

    story_file = folder / STORY_FILE
    before = len(problems.errors)
    decoded = decode_file(story_file, problems)
    if decoded is None:
        return None
    node = parse_yaml(decoded[0], story_file, problems)
    doc = validate(node, STORY, story_file, problems)
    values = doc.values
    sources: list[SourceSpec] = []
    articles: list[Article] = []
    ids: dict[str, int] = {}
    listed: set[Path] = set()
    for index, entry in enumerate(values.get("sources", [])):
        if entry.get("file"):  # listed, even when refused below: never also "not listed"
            listed.add((folder / entry["file"]).resolve())
        result = _load_source(folder, story_file, doc, index, entry, problems)
        if result is None:
            continue
        article = result
        spec = article.source
        listed.add(spec.path)
        if spec.id in ids:
            problems.error(story_file, spec.line, f"sources[{index}].id", f"duplicate source id {spec.id!r} (also sources[{ids[spec.id]}])")
            continue
        ids[spec.id] = index
        sources.append(spec)
        articles.append(article)
    _check_references(story_file, doc, set(ids), problems)
    for extra in sorted(folder.iterdir()) if node is not None else ():  # unreadable story.yaml: every file would look unlisted
        if extra.suffix in ARTICLE_SUFFIXES and extra.resolve() not in listed and extra.is_file():
            problems.warn(extra, None, None, "article file not listed in story.yaml sources; it is not published")
    new_errors = problems.errors[before:]
    lead_only = bool(new_errors) and all(p.field == "lead" for p in new_errors)
    if new_errors and not lead_only:  # a wrong lead alone still lets `digest check` merge the story and find more
        return None
    if not sources:
        problems.warn(story_file, doc.line("sources"), "sources", "no sources yet; the story is not published until it lists an article")
        return None
    story = Story(
        slug=slug,
        folder=folder,
        story_file=story_file,
        title=values["title"],
        date=values["date"],
        sources=tuple(sources),
        summary=values.get("summary", ""),
        tags=tuple(values.get("tags", [])),
        lead=None if lead_only or not values.get("lead") else cap(values["lead"], values["lead"]),
        notes=values.get("notes", ""),
        annotations=tuple(
            Annotation(a["match"], a["note"], doc.line(f"annotations[{i}]", 0) or 0)
            for i, a in enumerate(values.get("annotations", []))
        ),
        decisions=tuple(_decision(d, doc.line(f"discrepancies[{i}]", 0) or 0) for i, d in enumerate(values.get("discrepancies", []))),
    )
    return LoadedStory(story, tuple(articles))


def _decision(values: dict, line: int) -> Decision:
    return Decision(
        line=line,
        id=values.get("id"),
        status=values.get("status"),
        note=values.get("note"),
        kind=values.get("kind"),
        summary=values.get("summary"),
        variants=tuple(VariantSpec(cap(v["source"], v["source"]), v["text"]) for v in values.get("variants", [])),
    )


def _load_source(folder: Path, story_file: Path, doc: Document, index: int, entry: dict, problems: Problems) -> Article | None:
    field = f"sources[{index}]"
    line = doc.line(field, 0) or 0
    file = entry.get("file")
    if file is None:
        return None
    file_line = doc.line(f"{field}.file", line)
    path = (folder / file).resolve()
    if not _inside(path, folder.resolve()):
        problems.error(story_file, file_line, f"{field}.file", f"{file!r} lies outside the story folder; article files must be inside it")
        return None
    if not path.is_file():
        problems.error(story_file, file_line, f"{field}.file", f"{file!r} does not exist in {problems.rel(folder)}/{_closest_file(file, folder)}")
        return None
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:  # refused before reading: one huge file must not stall the site
        problems.refuse(story_file, file_line, f"{field}.file", f"{file!r} is {size / 1_048_576:.1f} MB, above the "
                        f"{MAX_ARTICLE_BYTES // 1_048_576} MB limit for one article; it is left out (split it, or cut the junk)")
        return None
    decoded = decode_file(path, problems, where=(story_file, file_line, f"{field}.file", repr(file)))
    if decoded is None:
        return None
    text, encoding = decoded
    first_line = 1
    front: dict = {}
    if path.suffix == ".md":
        text, front, first_line = _front_matter(text, path, problems)
        if front is None:  # unclosed: its error says so; `outlet: required` would only mislead
            return None
    if not text.strip():
        problems.error(story_file, file_line, f"{field}.file", f"{file!r} is empty: no article text")
        return None
    merged = {**front, **entry}
    outlet = merged.get("outlet")
    if not outlet:
        problems.error(story_file, line, f"{field}.outlet", "required: the publication's name (here or in the article's front matter)")
        return None
    spec = SourceSpec(
        id=cap(entry["id"], entry["id"]) if entry.get("id") else source_id(Path(file).stem),
        path=path,
        file=file,
        outlet=outlet,
        url=merged.get("url"),
        published=merged.get("published"),
        byline=merged.get("byline"),
        title=merged.get("title"),
        translated_from=merged.get("translated_from"),
        strip=tuple(entry.get("strip", ())),
        line=line,
    )
    return Article(source=spec, text=text, encoding=encoding, first_line=first_line)


def _closest_file(name: str, folder: Path) -> str:
    """'; did you mean ...?' naming the file in the folder closest to a misspelt name, or ''."""
    try:
        names = sorted(p.name for p in folder.iterdir() if p.is_file() and p.name != STORY_FILE)
    except OSError:
        return ""
    wanted = Path(name).name
    close = difflib.get_close_matches(wanted, names, n=1, cutoff=0.6) or difflib.get_close_matches(wanted.lower(), [n.lower() for n in names], n=1, cutoff=0.6)
    if not close:
        return ""
    match = next(n for n in names if n.lower() == close[0].lower())
    return f"; did you mean {match!r}?"


def _inside(path: Path, folder: Path) -> bool:
    return folder in path.parents


def _check_references(story_file: Path, doc: Document, ids: set[str], problems: Problems) -> None:
    """`lead` and manual variants must name a source of this story."""
    values = doc.values
    lead = values.get("lead")
    lead = cap(lead, lead) if lead else lead
    if lead is not None and lead not in ids:
        problems.error(story_file, doc.line("lead"), "lead", f"{lead!r} names no source of this story (sources: {', '.join(sorted(ids))})")
    for i, entry in enumerate(values.get("discrepancies", [])):
        field = f"discrepancies[{i}]"
        if not entry.get("id") and not (entry.get("kind") and entry.get("variants")):
            problems.error(story_file, doc.line(field), field, "needs either an id (of a detected discrepancy) or kind, summary and variants (a manual one)")
        if entry.get("id") and f"{field}.status" not in doc.lines:
            problems.error(story_file, doc.line(field), f"{field}.status", "required with id: resolved or dismissed")
        for j, variant in enumerate(entry.get("variants", [])):
            if variant.get("source") and cap(variant["source"], variant["source"]) not in ids:
                vfield = f"{field}.variants[{j}].source"
                problems.error(story_file, doc.line(vfield), vfield, f"{variant.get('source')!r} names no source of this story")


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class Undecodable(Exception):
    """A file that is not text: binary, or broken in the encoding its BOM declares."""


def decode_bytes(data: bytes) -> tuple[str, str, bool]:
    """Decode the text files editors meet: UTF-8 (BOM or not), UTF-16/32 with BOM, else cp1252.

    Returns text with line ends normalised to '\\n', the encoding, and whether cp1252 was a
    fallback guess. Raises Undecodable for binary data (NUL bytes without a UTF-16/32 BOM).
    """
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data:
        raise Undecodable("is a binary file, not article text")
    fallback = False
    try:
        text = data.decode(encoding or "utf-8")
    except UnicodeDecodeError as exc:
        if encoding:
            raise Undecodable(f"is not valid {encoding} ({exc.reason} at byte {exc.start})") from exc
        text, fallback = data.decode("cp1252", errors="replace"), True
    return text.replace("\r\n", "\n").replace("\r", "\n"), "cp1252" if fallback else (encoding or "utf-8"), fallback


def decode_file(path: Path, problems: Problems, where: tuple | None = None) -> tuple[str, str] | None:
    """Decode a file, reporting a fallback to cp1252 as a warning and binary data as an error.

    `where` (file, line, field, name) reports the error against the story.yaml entry naming the file.
    """
    try:
        text, encoding, fallback = decode_bytes(path.read_bytes())
    except Undecodable as exc:
        if where:
            problems.error(where[0], where[1], where[2], f"{where[3]} {exc}")
        else:
            problems.error(path, None, None, str(exc))
        return None
    if fallback:
        problems.warn(path, None, None, "not UTF-8; read as Windows-1252 (cp1252): save it as UTF-8 to be sure of every character")
    return text, encoding


_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?(---|\.\.\.)[ \t]*(\n|\Z)", re.S)


def _front_matter(text: str, path: Path, problems: Problems) -> tuple[str, dict | None, int]:
    """Split YAML front matter off a Markdown article; return body, values, body's first line.

    Values are None when the front matter is never closed (an error at its first line)."""
    match = _FRONT.match(text)
    if not match:
        if re.match(r"\A---[ \t]*\n", text):
            problems.error(path, 1, None, "front matter starts here with '---' but is never closed: end it with a line of '---' "
                           "(or remove the first line if this is not front matter)")
            return text, None, 1
        return text, {}, 1
    from digest.schema import FRONT_MATTER, parse_yaml, validate

    yaml_text = match.group(1) or ""
    node = parse_yaml(yaml_text, path, problems, line_offset=1)
    values = validate(node, FRONT_MATTER, path, problems, line_offset=1, unknown_is_error=False).values if node else {}
    consumed = text[: match.end()]
    return text[match.end():], values, consumed.count("\n") + 1
