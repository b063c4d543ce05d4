"""Slugs for URLs and folder names: ASCII, short enough for any file system, and distinct.

A slug is the name transliterated to lowercase ASCII letters, digits and hyphens. When
that loses something (symbols, scripts without a Latin spelling) or the name is long, a
short hash of the full name is appended, so `C++`, `C#` and `c`, or `日本` and `中国`,
never share a page, and a name of 300 characters never exceeds a file name's limit.
The slug depends on the name alone: the same tag has the same URL in every build.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_LENGTH = 64
"""Longest slug: far below the 255 bytes a file name may have, readable in a URL."""
_HASH = 6


def transliterate(text: str) -> str:
    """Lowercase ASCII with accents dropped ('Zürich' -> 'zurich'); other characters kept for the caller to judge."""
    if text.isascii():  # nothing to decompose or drop (most names): the same answer, sooner
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def slugify(name: str) -> str:
    """Plain slug: letters and digits, runs of anything else made one hyphen (may be empty)."""
    return re.sub(r"[^a-z0-9]+", "-", transliterate(name)).strip("-")


def _hash(name: str, length: int = _HASH) -> str:
    return hashlib.sha256(name.casefold().encode("utf-8")).hexdigest()[:length]


def cap(slug: str, name: str) -> str:
    """A slug no longer than MAX_LENGTH: long ones are cut and end in a hash of the full name."""
    if len(slug) <= MAX_LENGTH:
        return slug
    return slug[: MAX_LENGTH - 9].rstrip("-") + "-" + _hash(name, 8)


def is_lossy(name: str) -> bool:
    """Whether the plain slug drops something besides case, accents and separators."""
    return bool(re.search(r"[^a-z0-9\s_-]", transliterate(name)))


def tag_slug(tag: str) -> str:
    """The URL name of a tag: distinct for distinct tags, equal for 'China' and 'china'."""
    base = slugify(tag) or "tag"
    if is_lossy(tag):
        base = f"{base}-{_hash(tag)}"
    return cap(base, tag)


def source_id(stem: str) -> str:
    """A source id from an article's file name: transliterated, or a hash when nothing is left."""
    base = slugify(stem) or f"source-{_hash(stem, 8)}"
    return cap(base, stem)


def tag_collisions(tags: list[str]) -> list[str]:
    """Tags whose plain slugs are the same but whose pages are kept apart: worth a warning."""
    groups: dict[str, set[str]] = {}
    for tag in tags:
        groups.setdefault(slugify(tag) or "tag", set()).add(tag)
    messages = []
    for plain, names in sorted(groups.items()):
        if len(names) < 2:  # one name has one slug: no collision, and tag_slug is not asked
            continue
        slugs = {tag_slug(name) for name in names}
        if len(slugs) > 1:
            listed = ", ".join(f"{name!r} at tags/{tag_slug(name)}/" for name in sorted(names))
            messages.append(f"tags {listed} would share tags/{plain}/; each keeps a page of its own")
    return messages
