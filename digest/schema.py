"""One declared schema for site.yaml, story.yaml and article front matter.

Validation walks PyYAML's node tree rather than plain dicts, so every message can
name the line of the offending value. All problems are collected, never just the first.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import yaml

from digest.errors import Problems

try:  # the C loader is ~9x faster; fall back where libyaml is missing
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader


@dataclass(frozen=True)
class Field:
    """A key of a mapping: its name, kind, whether it is required, and what it is for."""

    name: str
    kind: str
    """text | date | datetime | url | slug | regex | lang | choice | list:<kind> | list:<Schema name>"""
    required: bool = False
    doc: str = ""
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Schema:
    name: str
    fields: tuple[Field, ...]

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)


SITE = Schema(
    "site.yaml",
    (
        Field("title", "text", True, "The site's name, shown in every page header and the feed."),
        Field("base_url", "url", True, "Full URL the site is published at; its path is the sub-path."),
        Field("language", "lang", doc="BCP 47 language code of the site (default en)."),
        Field("theme", "slug", doc="Theme name: themes/<name>/ overrides the built-in theme."),
        Field("output", "text", doc="Output folder, relative to the site (default _site)."),
        Field("description", "text", doc="One sentence for the index, feed and search engines."),
        Field("author", "text", doc="Who publishes the digest (feed author)."),
        Field("cname", "text", doc="Custom domain for GitHub Pages, written to CNAME on deploy."),
    ),
)

SOURCE = Schema(
    "source",
    (
        Field("id", "slug", doc="Short id used in footnotes; defaults to the file's stem."),
        Field("file", "text", True, "Article file, relative to the story folder."),
        Field("outlet", "text", doc="Publication name (required here or in front matter)."),
        Field("title", "text", doc="The article's own headline."),
        Field("url", "url", doc="Link to the original article."),
        Field("published", "datetime", doc="Publication date or datetime."),
        Field("byline", "text", doc="Authors or wire credit."),
        Field("translated_from", "lang", doc="Language code the text was translated from."),
        Field("strip", "list:regex", doc="Extra junk patterns, one regular expression per line."),
    ),
)

ANNOTATION = Schema(
    "annotation",
    (
        Field("match", "text", True, "Text in the story the note is pinned to."),
        Field("note", "text", True, "The editor's note, Markdown."),
    ),
)

VARIANT = Schema(
    "variant",
    (
        Field("source", "slug", True, "Id of the source that has this variant."),
        Field("text", "text", True, "The differing words as that source has them."),
    ),
)

KINDS = ("number", "date", "name", "title", "term", "quote", "confirmation", "other")

DECISION = Schema(
    "discrepancy",
    (
        Field("id", "text", doc="Id of an auto-detected discrepancy (d-...)."),
        Field("status", "choice", doc="resolved or dismissed.", choices=("resolved", "dismissed")),
        Field("note", "text", doc="Markdown explanation shown in the callout."),
        Field("kind", "choice", doc="Kind of a manual discrepancy.", choices=KINDS),
        Field("summary", "text", doc="One line saying what the sources disagree on."),
        Field("variants", "list:variant", doc="Each source's version (manual entries)."),
    ),
)

STORY = Schema(
    "story.yaml",
    (
        Field("title", "text", True, "The consolidated story's headline."),
        Field("date", "date", True, "The story's date."),
        Field("summary", "text", doc="One-paragraph dek, Markdown."),
        Field("tags", "list:text", doc="Tags; each gets a page."),
        Field("lead", "slug", doc="Source whose order the narrative follows."),
        Field("notes", "text", doc="Editor's note in Markdown, shown above the story."),
        Field("sources", "list:source", True, "One entry per article file."),
        Field("annotations", "list:annotation", doc="Editor's notes pinned to text."),
        Field("discrepancies", "list:discrepancy", doc="Editor decisions and manual discrepancies."),
    ),
)

FRONT_MATTER = Schema(
    "front matter",
    tuple(SOURCE.field(n) for n in ("title", "outlet", "url", "published", "byline", "translated_from")),  # type: ignore[misc]
)

SCHEMAS = {s.name: s for s in (SOURCE, ANNOTATION, VARIANT, DECISION)}


@dataclass
class Document:
    """Validated values plus the line of every field path, for later checks to point at."""

    values: dict[str, Any]
    lines: dict[str, int]

    def line(self, path: str, default: int | None = None) -> int | None:
        return self.lines.get(path, default)


ALIAS_EXPANSION_LIMIT = 10
"""Aliases may repeat text up to this many times the file's own size: enough for any honest
reuse, and a "billion laughs" document (nested aliases) is refused before it is built."""
ALIAS_EXPANSION_FLOOR = 100_000


def alias_bomb(text: str, line_offset: int = 0) -> tuple[int, str] | None:
    """A message (with the line) when the document's aliases expand far beyond the file's size, else None.

    Walks the parser's events, summing the size each anchored node expands to, so the
    check itself stays linear in the file's size.
    """
    if "*" not in text or "&" not in text:
        return None
    limit = max(ALIAS_EXPANSION_FLOOR, ALIAS_EXPANSION_LIMIT * len(text))
    sizes: dict[str, int] = {}
    stack: list[list] = [[None, 0]]  # [anchor, expanded size] of each open collection
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                stack.append([event.anchor, 1])
                continue
            if isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)) and len(stack) > 1:
                anchor, size = stack.pop()
                if anchor:
                    sizes[anchor] = size
                stack[-1][1] += size
            elif isinstance(event, yaml.ScalarEvent):
                size = len(event.value) + 1
                if event.anchor:
                    sizes[event.anchor] = size
                stack[-1][1] += size
            elif isinstance(event, yaml.AliasEvent):
                stack[-1][1] += sizes.get(event.anchor, 1)
            else:
                continue
            if sum(size for _, size in stack) > limit:
                line = event.start_mark.line + 1 + line_offset
                return line, (f"aliases expand this document beyond {ALIAS_EXPANSION_LIMIT} times its size "
                              "(nested YAML aliases); refused. Write the values out instead")
    except yaml.YAMLError:
        return None  # compose reports the syntax error with its line
    return None


def parse_yaml(text: str, path: Path, problems: Problems, line_offset: int = 0) -> yaml.Node | None:
    """Parse YAML to a node tree; a syntax error becomes a problem with line and column (and None)."""
    bomb = alias_bomb(text, line_offset)
    if bomb:
        problems.error(path, bomb[0], None, bomb[1])
        return None
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        line, message = explain_yaml_error(exc, text, line_offset)
        problems.error(path, line, None, message)
        return None
    except yaml.YAMLError as exc:
        problems.error(path, None, None, f"YAML error: {exc}")
        return None
    if node is None:  # an empty file is an empty mapping: each required key is reported
        mark = yaml.Mark(str(path), 0, 0, 0, None, None)
        node = yaml.MappingNode("tag:yaml.org,2002:map", [], mark, mark)
    return node


def explain_yaml_error(exc: yaml.MarkedYAMLError, text: str, line_offset: int = 0) -> tuple[int | None, str]:
    """A YAML syntax error in plain words: what is wrong, a hint for the usual mistakes (a tab,
    a colon in an unquoted value, indentation, an unclosed bracket or quote), then the line
    itself with a caret under the spot."""
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        return None, f"YAML syntax error: {exc.problem or exc.context}"
    lines = text.split("\n")
    row = min(mark.line, len(lines) - 1)
    column = mark.column
    if mark.line >= len(lines) or (not lines[row].strip() and exc.context_mark):  # at the end: point at what was left open
        row, column = exc.context_mark.line, exc.context_mark.column
    opened = exc.context_mark
    if opened is not None and any(k in (exc.context or "") for k in ("flow sequence", "flow mapping", "quoted scalar")):
        row, column = opened.line, opened.column  # point at the bracket or quote left open
    source = lines[row] if row < len(lines) else ""
    opened_at = f"line {opened.line + 1 + line_offset}" if opened else ""
    problem, context = exc.problem or "", exc.context or ""
    leading = source[: len(source) - len(source.lstrip())]
    if "\t" in leading or (column < len(source) and source[column] == "\t"):
        what = "a tab character in the indentation; YAML indents with spaces only: replace the tab with spaces"
    elif "quoted scalar" in context:
        what = f"a quote opened at {opened_at} is never closed: add the closing quote"
    elif "flow sequence" in context or "flow mapping" in context:
        bracket = "[" if "sequence" in context else "{"
        what = f"the {bracket} opened at {opened_at} is never closed: add the matching {']' if bracket == '[' else '}'} (or a comma between items)"
    elif "mapping values are not allowed" in problem and _indented_deeper(lines, row):
        what = "this line is indented deeper than the line above, which already has its value: line up keys of the same mapping"
    elif "mapping values are not allowed" in problem:
        what = "a colon followed by a space inside a value: put the value in quotes, e.g. title: \"Xi: the meeting\""
    elif "expected '-' indicator" in problem or "expected key" in problem or "expected <block end>" in problem or "could not find expected ':'" in problem:
        what = "bad indentation: keys of one mapping, and the '-' items of one list, must start in the same column"
    else:
        what = problem or context
    caret = " " * len(source[:column]) + "^"
    shown = source.replace("\t", "\u2192")  # a tab shows as an arrow
    return row + 1 + line_offset, f"YAML syntax error, column {column + 1}: {what}\n    {shown}\n    {caret}"


def _indented_deeper(lines: list[str], row: int) -> bool:
    """Whether a line is indented deeper than the previous non-blank line (a stray indent)."""
    def indent(s: str) -> int:
        return len(s) - len(s.lstrip(" "))
    previous = next((lines[i] for i in range(row - 1, -1, -1) if lines[i].strip() and not lines[i].lstrip().startswith("#")), None)
    return previous is not None and indent(lines[row]) > indent(previous) and not previous.rstrip().endswith(":")


def validate(
    node: yaml.Node | None,
    schema: Schema,
    path: Path,
    problems: Problems,
    line_offset: int = 0,
    unknown_is_error: bool = True,
) -> Document:
    """Check a mapping node against a schema; return values and line numbers by field path."""
    checker = _Checker(path, problems, line_offset, unknown_is_error)
    values = checker.mapping(node, schema, "") or {} if node is not None else {}
    return Document(values, checker.lines)


def _required(schema: Schema) -> str:
    return ", ".join(f.name for f in schema.fields if f.required) or "keys"


class _Checker:
    def __init__(self, path: Path, problems: Problems, line_offset: int, unknown_is_error: bool):
        self.path = path
        self.problems = problems
        self.offset = line_offset
        self.unknown_is_error = unknown_is_error
        self.lines: dict[str, int] = {}

    def line_of(self, node: yaml.Node) -> int:
        return node.start_mark.line + 1 + self.offset

    def error(self, node: yaml.Node, field: str, message: str) -> None:
        self.problems.error(self.path, self.line_of(node), field or None, message)

    def error_at(self, line: int | None, node: yaml.Node, field: str, message: str) -> None:
        """Report at the key's line: a block list or mapping value starts on the line below."""
        self.problems.error(self.path, line or self.line_of(node), field or None, message)

    def mapping(self, node: yaml.Node, schema: Schema, prefix: str) -> dict[str, Any] | None:
        if not isinstance(node, yaml.MappingNode):
            self.error(node, prefix, f"expected a mapping with {_required(schema)}, got {_describe(node)}")
            return None
        self.lines[prefix] = self.line_of(node)
        values: dict[str, Any] = {}
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            field_path = f"{prefix}.{key}" if prefix else key
            self.lines[field_path] = self.line_of(key_node)
            if key in seen:
                self.error(key_node, field_path, "duplicate key")
                continue
            seen.add(key)
            field = schema.field(key)
            if field is None:
                names = [f.name for f in schema.fields]
                hint = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
                message = f"unknown key in {schema.name}" + (f"; did you mean '{hint[0]}'?" if hint else f" (known keys: {', '.join(names)})")
                if self.unknown_is_error:
                    self.error(key_node, field_path, message)
                else:
                    self.problems.warn(self.path, self.line_of(key_node), field_path, message + "; ignored")
                continue
            value = self.value(value_node, field, field_path)
            if value is not None:
                values[key] = value
        for field in schema.fields:
            if field.required and field.name not in seen:
                where = f"{prefix}." if prefix else ""
                self.error(node, f"{where}{field.name}", f"required: {field.doc.rstrip('.').lower() or field.kind}")
        return values

    def value(self, node: yaml.Node, field: Field, path: str) -> Any:
        if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null"):
            if field.required:
                self.error(node, path, f"required: {field.doc.rstrip('.').lower()}")
            return None
        if field.kind.startswith("list:"):
            item_kind = field.kind[5:]
            if not isinstance(node, yaml.SequenceNode):
                self.error_at(self.lines.get(path), node, path, f"expected a list, got {_describe(node)}")
                return None
            items = []
            for index, item in enumerate(node.value):
                item_path = f"{path}[{index}]"
                self.lines[item_path] = self.line_of(item)
                if item_kind in SCHEMAS:
                    result = self.mapping(item, SCHEMAS[item_kind], item_path)
                else:
                    result = self.scalar(item, Field(field.name, item_kind), item_path)
                if result is not None:
                    items.append(result)
            return items
        return self.scalar(node, field, path)

    def scalar(self, node: yaml.Node, field: Field, path: str) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            self.error_at(self.lines.get(path), node, path, f"expected {_expected(field)}, got {_describe(node)}")
            return None
        raw = node.value
        try:
            value = _construct(node)
        except (ValueError, yaml.YAMLError):
            value = raw  # e.g. 2022-09-31 matches the date pattern but is no date
        check = _CHECKS.get(field.kind, _check_text)
        result, message = check(value, raw, field)
        if message:
            self.error(node, path, message)
            return None
        return result


def _construct(node: yaml.ScalarNode) -> Any:
    return yaml.constructor.SafeConstructor().construct_object(node, deep=True)


def _describe(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return repr(node.value)


def _expected(field: Field) -> str:
    return {
        "date": "a date (YYYY-MM-DD)",
        "datetime": "a date or date-time (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+00:00)",
        "url": "a URL (http:// or https://)",
        "slug": "an id of lowercase letters, digits, '-' and '_'",
        "choice": "one of " + ", ".join(field.choices),
    }.get(field.kind, "text")


Check = Callable[[Any, str, Field], "tuple[Any, str | None]"]


def _check_text(value: Any, raw: str, field: Field) -> tuple[Any, str | None]:
    if isinstance(value, (dt.date, int, float, bool)):
        return raw, None  # a headline like "1984" or "2022" is still text
    return str(value), None


def _check_date(value: Any, raw: str, field: Field) -> tuple[Any, str | None]:
    if isinstance(value, dt.datetime):
        return value.date(), None
    if isinstance(value, dt.date):
        return value, None
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:  # quoted in YAML ('2026-01-13'): the same date
            return dt.date.fromisoformat(value.strip()), None
        except ValueError:
            pass
    return None, f"{raw!r} is not a date{impossible_date(raw) or ' (expected YYYY-MM-DD)'}"


def _check_datetime(value: Any, raw: str, field: Field) -> tuple[Any, str | None]:
    if isinstance(value, dt.date):
        return value, None
    try:
        return dt.datetime.fromisoformat(str(raw)), None
    except ValueError:
        return None, f"{raw!r} is not a date{impossible_date(raw) or ' (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)'}"


_DATE_SHAPE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]|$)")


def impossible_date(raw: str) -> str:
    """Why a date-shaped value is no date ('November has 30 days'), or '' when it is not date-shaped."""
    match = _DATE_SHAPE.match(str(raw).strip())
    if not match:
        return ""
    year, month, day = (int(g) for g in match.groups())
    if not 1 <= month <= 12:
        return f": there is no month {month} (months run from 01 to 12)"
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        name = calendar.month_name[month]
        if month == 2 and day == 29:
            return f": {year} is not a leap year, so February has 28 days"
        return f": {name} has {days} days" if day else ": days start at 01"
    return ""


def _check_url(value: Any, raw: str, field: Field) -> tuple[Any, str | None]:
    text = str(raw).strip()
    if re.match(r"^https?://[^\s/]+", text) and not re.search(r"\s", text):
        return text, None
    return None, f"{raw!r} is not a URL (expected http:// or https://)"


_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def _check_slug(value: Any, raw: str, field: Field) -> tuple[Any, str | None]:
    text = str(raw)
    if _SLUG.match(text):
        return text, None
    return None, f"{raw!r} is not a valid id (use lowercase letters, digits, '-' and '_')"


_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def _check_lang(value: Any, raw: str, field: Field) -> tuple[Any, str | None]:
    text = str(raw)
    if _LANG.match(text):
        return text, None
    return None, f"{raw!r} is not a language code (expected e.g. en, es, pt-BR)"


def _check_regex(value: Any, raw: str, field: Field) -> tuple[Any, str | None]:
    try:
        re.compile(str(raw))
    except re.error as exc:
        return None, f"{raw!r} is not a valid regular expression: {exc}"
    return str(raw), None


def _check_choice(value: Any, raw: str, field: Field) -> tuple[Any, str | None]:
    text = str(raw)
    if text in field.choices:
        return text, None
    hint = difflib.get_close_matches(text, field.choices, n=1, cutoff=0.6)
    did = f"; did you mean '{hint[0]}'?" if hint else ""
    return None, f"{raw!r} is not one of {', '.join(field.choices)}{did}"


_CHECKS: dict[str, Check] = {
    "text": _check_text,
    "date": _check_date,
    "datetime": _check_datetime,
    "url": _check_url,
    "slug": _check_slug,
    "lang": _check_lang,
    "regex": _check_regex,
    "choice": _check_choice,
}
