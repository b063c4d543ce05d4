"""Plain data passed between the pipeline stages.

Every stage takes these frozen dataclasses and returns new ones; no stage edits
another's data. Text pieces carry where they came from (file and line), so every
published sentence can be traced back to the raw article.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class SiteConfig:
    """site.yaml, validated."""

    root: Path
    """The site folder (where site.yaml lives)."""
    title: str
    base_url: str
    """Full URL; its path is the sub-path the site is served under (GitHub Pages project sites)."""
    language: str = "en"
    theme: str = "default"
    output: str = "_site"
    """Output folder, relative to root."""
    description: str = ""
    author: str = ""
    cname: str | None = None
    """Custom domain written to CNAME on deploy."""

    @functools.cached_property
    def output_dir(self) -> Path:
        """The output folder, resolved once per configuration (every build loads its own)."""
        return (self.root / self.output).resolve()

    @property
    def base_path(self) -> str:
        """The URL path of the site, always starting and ending with '/'."""
        from urllib.parse import urlsplit

        path = urlsplit(self.base_url).path or "/"
        return path if path.endswith("/") else path + "/"


@dataclass(frozen=True)
class SourceSpec:
    """One article of a story, as story.yaml (and the article's front matter) describe it."""

    id: str
    path: Path
    """Absolute path of the article file."""
    file: str
    """The file as written in story.yaml, relative to the story folder."""
    outlet: str
    url: str | None = None
    published: dt.date | dt.datetime | None = None
    byline: str | None = None
    title: str | None = None
    translated_from: str | None = None
    """Language code the text was translated from, or None for original text."""
    strip: tuple[str, ...] = ()
    """Extra junk patterns (regular expressions matched per line)."""
    line: int = 0
    """Line of this entry in story.yaml."""

    @property
    def published_date(self) -> dt.date | None:
        if isinstance(self.published, dt.datetime):
            return self.published.date()
        return self.published


@dataclass(frozen=True)
class Article:
    """A raw article file, decoded to text (front matter removed)."""

    source: SourceSpec
    text: str
    """Decoded text with line ends normalised to '\\n'; front matter removed."""
    encoding: str
    first_line: int = 1
    """Raw file line number of the first line of `text` (after front matter)."""


@dataclass(frozen=True)
class Block:
    """A cleaned paragraph or heading of one article."""

    text: str
    kind: str
    """'paragraph' or 'heading'."""
    line: int
    """Raw file line (1-based) the block starts on."""
    end_line: int
    """Raw file line (1-based) the block ends on."""


@dataclass(frozen=True)
class RemovedLine:
    """A raw line the cleaner dropped, kept so an editor can audit the cleaner."""

    line: int
    text: str
    reason: str
    """Name of the rule that removed it, e.g. 'navigation', 'read-more', "strip:^Also on"."""


@dataclass(frozen=True)
class CleanArticle:
    """The cleaner's output for one source."""

    source: SourceSpec
    blocks: tuple[Block, ...]
    removed: tuple[RemovedLine, ...]

    @property
    def paragraphs(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind == "paragraph")


@dataclass(frozen=True)
class Annotation:
    """An editor's note pinned to the first occurrence of `match` in the story."""

    match: str
    note: str
    line: int


@dataclass(frozen=True)
class VariantSpec:
    source: str
    text: str


@dataclass(frozen=True)
class Decision:
    """An editor's discrepancy entry: a decision on a detected id, or a manual discrepancy."""

    line: int
    id: str | None = None
    status: str | None = None
    """'resolved' or 'dismissed' (None for a manual entry left open)."""
    note: str | None = None
    kind: str | None = None
    summary: str | None = None
    variants: tuple[VariantSpec, ...] = ()


@dataclass(frozen=True)
class Story:
    """One story folder: story.yaml and its sources, validated."""

    slug: str
    folder: Path
    story_file: Path
    title: str
    date: dt.date
    sources: tuple[SourceSpec, ...]
    summary: str = ""
    tags: tuple[str, ...] = ()
    lead: str | None = None
    notes: str = ""
    annotations: tuple[Annotation, ...] = ()
    decisions: tuple[Decision, ...] = ()


@dataclass(frozen=True)
class LoadedStory:
    """A story with its decoded articles, ready for cleaning."""

    story: Story
    articles: tuple[Article, ...]


@dataclass(frozen=True)
class CleanStory:
    story: Story
    articles: tuple[CleanArticle, ...]


@dataclass(frozen=True)
class Site:
    """Everything loaded: the configuration and every story."""

    config: SiteConfig
    stories: tuple[LoadedStory, ...] = field(default_factory=tuple)
