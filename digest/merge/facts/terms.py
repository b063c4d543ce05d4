"""Key terms: a short phrase an outlet puts in quotation marks, or a marked modifier of a noun
('“no limits” partnership', 'partnership without limits', 'five-year leadership term', 'term as
president'). The same claim worded with another term is a `term` discrepancy; when one side is a
translation the terms usually render one word differently, so its severity is `wording`."""

from __future__ import annotations

import re
from functools import lru_cache

from digest.merge.facts import Context, Fact
from digest.merge.text import ORDINALS, STOPWORDS, normalise_phrase, stem

_QUOTED = re.compile(r"[\u201c\"\u2018'\u00ab]\s?([^\u201c\u201d\"\u00ab\u00bb]{2,40}?)[.,]?\s?[\u201d\"\u2019'\u00bb]")
_HEAD_AFTER = re.compile(r"^\s*([a-z]+)\b")
_DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "of", "and", "or", "to", "in", "on"}
_AFTER_MARK = re.compile(r"[-\u201d\"]\S*((?:\s+[a-z]+(?![\w-])){1,3})")
_BEFORE_POST = re.compile(r"(?<![\w-])([a-z]+)\s+(?:without|with no|as)\s")
_POST_CUE = re.compile(r"\s(?:without|with no|as)\s")
"""What every match of _BEFORE_POST holds: a quick scan, since _BEFORE_POST tries every word."""
ROLES = frozenset({"president", "premier", "leader", "chairman", "chairwoman", "chair", "secretary", "minister",
                   "governor", "director", "chief", "head", "mayor", "prime", "general", "commander", "king", "queen"})


_STATE_BEFORE = re.compile(r"\b(?:was|is|are|were|be|been|being|remained|remains|remain|felt|feels|feel|seemed|seems|sounded)\s+(?:still\s+|now\s+)?$", re.I)


_A_FEELING = re.compile(r"^\S+$|\w(?:ly|ed|ing)\b")
"""How a state in a speaker's words reads: one word ('devastated'), or an adverb or participle
among its words ('deeply disappointed', 'very worrying'); 'water positive' is a term."""


def extract(text: str, context: Context) -> list[Fact]:
    """Quoted short terms with the noun after them: '“no limits” partnership'."""
    facts = []
    for m in _QUOTED.finditer(text):
        if m.group(0)[0] == "'" and m.start() > 0 and text[m.start() - 1].isalpha():
            continue  # an apostrophe, not a quotation mark
        if m.group(0)[-1] in "'\u2019" and text[m.end():m.end() + 1].isalpha():
            continue  # '"…," the agency's director said': a possessive's apostrophe closes no quotation
        term = m.group(1).strip(" .,")
        if len(term.split()) > 4 or term[:1].isupper() and len(term.split()) > 1 or not re.search(r"\b[a-z]", term):
            continue  # a quotation, a title or a name in quotes, not a term
        after = _HEAD_AFTER.match(text[m.end():])
        head = stem(after.group(1)) if after and after.group(1) not in STOPWORDS else ""
        if not head and _STATE_BEFORE.search(text, max(0, m.start() - 30), m.start()) and _A_FEELING.search(term):
            continue  # 'said it was "deeply disappointed"': how a speaker felt, in their words, not a term for a thing ('to be "water positive"' is one)
        facts.append(Fact("term", "quoted:" + head, normalise_phrase(term), term, m.start(), m.end()))
    return facts


def same(a: Fact, b: Fact) -> bool:
    return a.value == b.value


def severity(a: Fact, b: Fact) -> str:
    return "wording"


@lru_cache(maxsize=16384)
def marked_heads(text: str) -> set[str]:
    """Stems of nouns that could carry a marked modifier: after a hyphenated word or a closing
    quote, or before 'without', 'with no' or 'as'. Only these need modifier_of. Cached: a story
    merged again reads its unchanged sentences once (callers only read the set)."""
    heads = {stem(w) for run in _AFTER_MARK.findall(text) for w in run.split()}
    post = {stem(w) for w in _BEFORE_POST.findall(text)} if _POST_CUE.search(text) else set()
    return heads | post


_LOWER_WORD = re.compile(r"(?<![\w-])([a-z]+)(?![\w-])")
_QUOTED_BEFORE = re.compile(r"[\u201c\"]([^\u201c\u201d\"]{2,40}?)[\u201d\"]$")
_QUOTED_BEFORE_MAX = 42
"""The longest text _QUOTED_BEFORE matches: two quotation marks and forty characters."""
_POST = re.compile(r"^\s+((?:without|with no)\s+[a-z]+|as\s+(?:an?\s+|the\s+)?([a-z]+))\b")


def modifier_of(text: str, head: str, roles: frozenset[str] = ROLES) -> str | None:
    """The marked modifier of a noun: a quoted term or hyphenated compound before it, or
    'without …' / 'as <role>' after it."""
    for m in _LOWER_WORD.finditer(text):
        if stem(m.group(1)) != head:
            continue
        before = text[: m.start()].rstrip()
        quoted = _QUOTED_BEFORE.search(before[-_QUOTED_BEFORE_MAX:])  # it ends the text before: only the tail can hold it
        if quoted:
            return quoted.group(1).strip(" .,")
        words: list[str] = []
        for w in reversed(before.rsplit(None, 3)[-3:]):
            if w.lower() in _DETERMINERS or w.lower() in ORDINALS or w.endswith((",", ";", ":")) or not w[:1].isalpha() or (w[0].isupper() and "-" not in w):
                break
            words.insert(0, w)
        if words and any("-" in w for w in words):
            return " ".join(words)
        post = _POST.match(text[m.end():])
        if post and (not post.group(2) or post.group(2) in roles):
            return post.group(1)
    return None
