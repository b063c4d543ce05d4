"""Render stage: turn cleaned and merged stories into the site's files with the theme.

Rendering is pure: it returns a mapping of output paths to contents, and the write
stage puts them on disk. Templates come from the site's own `themes/<name>/` first and
the built-in theme second, so a site overrides the theme file by file.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any
import html
from urllib.parse import unquote, urlsplit, urlunsplit

import jinja2
from jinja2.compiler import CodeGenerator
from markdown_it import MarkdownIt
import markupsafe

from digest import __version__, views
from digest.errors import DigestError, Problem
from digest.model import CleanStory, SiteConfig
from digest.slug import tag_slug
from digest.theme import BUILTIN_THEME, builtin_theme_dir, story_dir, theme_dirs  # noqa: F401 - the theme's folders, for callers of this module

FEED_ENTRIES = 50
"""The feed carries the newest stories only, as feed readers expect."""


# -- Markdown: untrusted-safe (no raw HTML, unsafe links refused) -------------------

_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
_SAFE_SCHEMES = ("http", "https", "mailto", "")


def _validate_link(url: str) -> bool:
    """Allow http(s), mailto and relative links only, however the scheme is disguised
    (case, percent-escapes, tabs or control characters inside it)."""
    plain = re.sub(r"[\x00-\x20\x7f]+", "", unquote(html.unescape(url))).lower()
    head = re.split(r"[/?#]", plain, maxsplit=1)[0]
    if ":" not in head:
        return True
    return head.split(":", 1)[0] in _SAFE_SCHEMES


_markdown.validateLink = _validate_link  # type: ignore[method-assign]


def markdown(text: str | None) -> str:
    return _markdown.render(text or "")


def markdown_inline(text: str | None) -> str:
    return _markdown.renderInline(text or "")


# -- URLs ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Urls:
    """Builds every link from base_url, so the site works at a domain root or under a sub-path."""

    base_url: str

    @functools.cached_property
    def base_path(self) -> str:
        path = urlsplit(self.base_url).path or "/"
        return path if path.endswith("/") else path + "/"

    def path(self, rel: str = "") -> str:
        """Site-absolute path for a page or asset, e.g. '/repo/stories/x/'."""
        return self.base_path + rel.lstrip("/")

    def absolute(self, rel: str = "") -> str:
        parts = urlsplit(self.base_url)
        return urlunsplit((parts.scheme, parts.netloc, self.path(rel), "", ""))


# -- Environment --------------------------------------------------------------------


try:
    from markupsafe._speedups import _escape_inner
except ImportError:  # pragma: no cover - markupsafe without its C extension, or before 3.0
    def _escape_inner(text: str) -> str:
        return str(markupsafe.escape(text))


def escape_output(value: Any) -> str:
    """What autoescaping writes for `{{ value }}`: markupsafe's escape, as plain text. Jinja's own
    `escape` wraps every value it writes in a new Markup, only for the page to join them into one
    string; a page writes hundreds of thousands of values (a story's every sentence and footnote).
    The text is the same: the value's own HTML when it has some (Markup), else the value escaped."""
    if type(value) is str:
        return _escape_inner(value)
    if hasattr(value, "__html__"):
        return str(value.__html__())
    return _escape_inner(str(value))


class _CodeGenerator(CodeGenerator):
    """Jinja's code generator writing template output through `escape_output`. Only where
    Jinja writes a value straight out (a page's text, or a block captured and made Markup
    after): everything else (filters, `~`, macros, `self.block()`) is Jinja's as it was."""

    def visit_Template(self, node, frame=None) -> None:
        self.writeline("from digest.render import escape_output")
        super().visit_Template(node, frame)

    def visit_Output(self, node, frame) -> None:
        """A run of text and values between two tags as one `yield` of their join, not one
        `yield` each: every piece a block yields passes up through each template it extends
        (story.html's main block, then base.html's and story.html's roots), and a story page is
        some ten thousand pieces. The page is the join of all the pieces either way, so the text
        is the same. Jinja's own for output into a buffer (macros, captured blocks) and for a
        single piece; else its steps, the pieces written into one `environment.concat((...))` (the "".join the page is made with)."""
        if frame.buffer is not None or len(node.nodes) < 2 or frame.require_output_check:
            super().visit_Output(node, frame)
            return
        finalize = self._make_finalize()
        body: list = []
        for child in node.nodes:  # constants folded as Jinja folds them
            try:
                if not (finalize.const or isinstance(child, jinja2.nodes.TemplateData)):
                    raise jinja2.nodes.Impossible()
                const = self._output_child_to_const(child, frame, finalize)
            except (jinja2.nodes.Impossible, Exception):
                body.append(child)
                continue
            if body and isinstance(body[-1], list):
                body[-1].append(const)
            else:
                body.append([const])
        if len(body) == 1:
            super().visit_Output(node, frame)
            return
        self.writeline("yield environment.concat((")
        self.indent()
        for item in body:
            if isinstance(item, list):
                self.writeline(self._output_const_repr(item) + ",")
            else:
                self.newline(item)
                self._output_child_pre(item, frame, finalize)
                self.visit(item, frame)
                self._output_child_post(item, frame, finalize)
                self.write(",")
        self.outdent()
        self.writeline("))")

    def _output_child_pre(self, node, frame, finalize) -> None:
        if frame.eval_ctx.volatile or not frame.eval_ctx.autoescape:
            super()._output_child_pre(node, frame, finalize)
            return
        self.write("escape_output(")
        if finalize.src is not None:
            self.write(finalize.src)


class _Environment(jinja2.Environment):
    code_generator_class = _CodeGenerator


def make_environment(config: SiteConfig, dirs: list[Path], search: bool = True) -> jinja2.Environment:
    """The theme's templates with digest's filters; `search` puts the search box on every page."""
    env = _Environment(
        loader=jinja2.FileSystemLoader([str(d / "templates") for d in dirs]),
        # by the template's name, asked again for every include (each sentence's footnotes): kept
        autoescape=functools.lru_cache(maxsize=None)(jinja2.select_autoescape(["html", "xml"], default_for_string=True)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # a changed theme file changes the theme key, and with it the environment
    )
    urls = Urls(config.base_url)
    env.globals.update(url=urls.path, absolute_url=urls.absolute, site=config, digest_version=__version__, tag_slug=tag_slug)
    env.filters.update(markdown=lambda t: jinja2.filters.Markup(markdown(t)), markdown_inline=lambda t: jinja2.filters.Markup(markdown_inline(t)))
    env.globals["translated_label"] = translated_label
    env.globals["search"] = search
    env.filters["date"] = _format_date
    env.filters["isodate"] = _iso_date
    return env


def _format_date(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    if isinstance(value, dt.datetime):
        return f"{value.day} {value:%B %Y}, {value:%H:%M}"
    return f"{value.day} {value:%B %Y}"


def translated_label(source) -> str:
    lang = source.translated_from
    return "translated" if lang in (None, "und") else f"translated from {lang}"


def _iso_date(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat() + "T00:00:00Z"
    return str(value)


def render_template(env: jinja2.Environment, name: str, **context: Any) -> str:
    """Render one template; errors name the template file and line."""
    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateSyntaxError as exc:
        raise DigestError([Problem(exc.filename or name, exc.lineno, None, f"template error: {exc.message}")]) from exc
    except jinja2.TemplateNotFound as exc:
        raise DigestError([Problem(name, None, None, f"template not found: {exc.name}")]) from exc
    except (jinja2.UndefinedError, TypeError, ValueError, AttributeError, KeyError) as exc:
        file, line = _template_frame(exc, name)
        raise DigestError([Problem(file, line, None, f"template error: {exc}")]) from exc


def _template_frame(exc: BaseException, name: str) -> tuple[str, int | None]:
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith((".html", ".xml", ".txt", ".json")):
            return frame.filename, frame.lineno
    return name, None


# -- The site -----------------------------------------------------------------------


@dataclass(frozen=True)
class StoryPage:
    """What the templates get for one story: the cleaned story and its merge as plain data."""

    clean: CleanStory
    merged: dict
    """The merge result in digest.json's shape (DESIGN.md)."""
    card: str = ""
    """The story's entry on the index and tag pages, rendered once with the story."""

    @property
    def slug(self) -> str:
        return self.clean.story.slug

    @property
    def story(self):
        return self.clean.story


def render_globals(env: jinja2.Environment, config: SiteConfig, pages: list, dirs: list[Path], story_paths: list[str],
                   memo: dict | None = None) -> dict[str, str | bytes | Path]:
    """The pages that list stories (index, tags, feed, sitemap), the 404 page and theme assets.

    `pages` need only what the listings show (story, slug, open discrepancies), so an
    incremental build passes light pages for stories it did not render again. `memo`, kept by
    a long-lived builder between builds: a page whose template gets equal inputs from the same
    environment is not rendered again (a one-story edit renders the few tag pages it is on), and
    when every input is equal to last time's (an edit that changes nothing the listings show)
    the last files are returned without going over the archive at all (the very same dict:
    not to be changed by the caller).
    """
    if memo is None:
        return _render_globals(env, config, pages, dirs, story_paths, None)
    inputs = (config, pages, dirs, story_paths)
    last = memo.get("inputs")
    if last is not None and last[0] is env and last[1] == inputs:  # unchanged pages are the very same objects: quick
        return last[2]  # the very same dict: the caller digests it again only when it is another
    files = _render_globals(env, config, pages, dirs, story_paths, memo)
    memo["inputs"] = (env, inputs, files)
    return files


def _render_globals(env: jinja2.Environment, config: SiteConfig, pages: list, dirs: list[Path], story_paths: list[str],
                    memo: dict | None) -> dict[str, str | bytes | Path]:
    stories = sorted(pages, key=lambda p: (p.story.date, p.slug), reverse=True)
    files: dict[str, str | bytes | Path] = {}
    files.update(static_files(dirs))
    tags: dict[str, list] = {}
    names: dict[str, str] = {}
    """One page per tag slug ('China' and 'china' are one tag), named as first written."""
    slugs: dict[str, str] = memo.setdefault("tag slugs", {}) if memo is not None else {}
    for page in stories:
        seen = set()
        for tag in page.story.tags:
            slug = slugs.get(tag) or slugs.setdefault(tag, tag_slug(tag))
            names.setdefault(slug, tag)
            if slug not in seen:
                seen.add(slug)
                tags.setdefault(slug, []).append(page)

    def render(rel: str, name: str, **context: Any) -> str:
        if memo is None:
            return render_template(env, name, **context)
        last = memo.get(rel)
        if last is not None and last[0] is env and last[1] == context:
            return last[2]
        text = render_template(env, name, **context)
        memo[rel] = (env, context, text)
        return text

    files["index.html"] = render("index.html", "index.html", stories=stories, tags=sorted(names.values()))
    for slug, tagged in sorted(tags.items()):
        files[f"tags/{slug}/index.html"] = render(f"tags/{slug}/index.html", "tag.html", tag=names[slug], stories=tagged)
    files["404.html"] = render("404.html", "404.html")
    if env.globals.get("search"):
        files["search/index.html"] = render("search/index.html", "search.html")
    newest = stories[:FEED_ENTRIES]
    files["feed.xml"] = xml_text(render("feed.xml", "feed.xml", stories=newest, updated=max((p.story.date for p in stories), default=None)))
    files[".nojekyll"] = ""
    if config.cname:  # every build, so a site published from the output folder keeps its domain
        files["CNAME"] = config.cname.strip() + "\n"
    files["robots.txt"] = f"User-agent: *\nAllow: /\nSitemap: {Urls(config.base_url).absolute('sitemap.xml')}\n"
    listed = sorted(rel for rel in [*story_paths, *files] if rel.endswith("index.html"))
    last = memo.get("sitemap.xml") if memo is not None else None
    if last is not None and last[0] == (config.base_url, listed):
        files["sitemap.xml"] = last[1]
    else:
        root = Urls(config.base_url).absolute()
        files["sitemap.xml"] = xml_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "".join(f"  <url><loc>{html.escape(root + _page_url(rel))}</loc></url>\n" for rel in listed)
            + "</urlset>\n"
        )
        if memo is not None:
            memo["sitemap.xml"] = ((config.base_url, listed), files["sitemap.xml"])
    return files


def render_story(env: jinja2.Environment, page: StoryPage) -> dict[str, str]:
    base = story_dir(page.slug)
    files = {
        f"{base}/index.html": render_template(env, "story.html", page=page, story=page.story, merged=page.merged, **story_view(page)),
        f"{base}/digest.json": json_text(page.merged) + "\n",
    }
    index = views.source_index(page.merged)
    for article in page.clean.articles:
        files[f"{base}/sources/{article.source.id}/index.html"] = render_template(
            env, "source.html", page=page, story=page.story, article=article, source=article.source,
            blocks=views.source_sentences(article, page.merged, index),
        )
    return files


def json_text(value: Any) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)`, byte for byte, three times faster on a
    merge's plain data: with indentation json.dumps walks the value in Python generators, a few
    calls per value; here each container is one join of its items and each string goes to json's
    own C escaping. Anything but plain data (a key that is not a string, a str subclass, NaN) is
    left to json.dumps itself."""
    try:
        return _json_text(value, "\n")
    except _NotPlain:
        return json.dumps(value, ensure_ascii=False, indent=2)


class _NotPlain(Exception):
    """A value json.dumps writes by rules `_json_text` does not copy."""


_JSON_INDENT = "  "


def _json_text(value: Any, newline: str) -> str:
    kind = type(value)
    if kind is str:
        return _json_string(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = newline + _JSON_INDENT
        items = []
        for key, item in value.items():
            if type(key) is not str:
                raise _NotPlain
            items.append(_json_string(key) + ": " + _json_text(item, inner))
        return "{" + inner + ("," + inner).join(items) + newline + "}"
    if kind is list or kind is tuple:
        if not value:
            return "[]"
        inner = newline + _JSON_INDENT
        return "[" + inner + ("," + inner).join([_json_text(item, inner) for item in value]) + newline + "]"
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float and math.isfinite(value):
        return float.__repr__(value)
    raise _NotPlain


_json_string = json.encoder.encode_basestring
"""json's own escaping of a string without ensure_ascii (its C version when built)."""


def render_card(env: jinja2.Environment, page: StoryPage) -> str:
    return render_template(env, "story_card.html", page=page)


def story_view(page: StoryPage) -> dict[str, Any]:
    """What the story template needs beyond the merge: sentences with footnotes, callouts by place, charts."""
    sources = page.story.sources
    return {
        "outlet": {s.id: s.outlet for s in sources},
        "view": views.story_view(sources, page.merged),
        "coverage": views.coverage(sources, page.merged),
        "timeline": views.timeline(sources),
    }


def static_files(dirs: list[Path]) -> dict[str, Path]:
    """Theme assets under static/, the site's own theme overriding the built-in file by file."""
    files: dict[str, Path] = {}
    for folder in reversed(dirs):
        static = folder / "static"
        if static.is_dir():
            for path in sorted(static.rglob("*")):
                if path.is_file():
                    files[path.relative_to(static).as_posix()] = path
    return files


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
"""Characters XML 1.0 forbids, even escaped: one in a title would make the feed unreadable."""


def xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def _page_url(rel: str) -> str:
    return rel[: -len("index.html")]

