"""People named in a story, with the title or affiliation each source gives them.

A person is a run of two to four capitalised words that the sentence treats as a
person: introduced by a role ('Russian President Vladimir Putin'), followed by an
apposition with a role ('Alexander Korolev, senior lecturer at ...'), or quoted
('said Craig Singleton'). Titles are compared by their core (role noun plus rank
words such as 'senior'), so 'Senior Lecturer' and 'senior lecturer' agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from digest.merge.sentences import Sentence
from digest.merge.text import STOPWORDS

ROLE_NOUNS = {
    "president", "minister", "premier", "chancellor", "king", "queen", "prince", "professor", "lecturer",
    "director", "adviser", "advisor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "secretary",
    "chairman", "chairwoman", "chair", "economist", "analyst", "fellow", "editor", "reporter", "correspondent",
    "author", "governor", "mayor", "senator", "general", "commander", "officer", "founder", "ceo", "diplomat",
    "researcher", "scientist", "associate", "judge", "attorney", "lawyer", "coach", "manager", "chief",
    "head", "envoy", "lawmaker", "congressman", "congresswoman", "representative", "columnist", "historian",
}
RANK_WORDS = {"senior", "junior", "deputy", "vice", "assistant", "associate", "chief", "former", "acting", "principal", "executive", "interim", "lead"}
NOT_PEOPLE = {
    "university", "school", "institute", "college", "academy", "studies", "center", "centre", "foundation",
    "endowment", "ministry", "council", "bank", "agency", "committee", "commission", "organization",
    "organisation", "union", "party", "court", "company", "corporation", "association", "congress", "summit",
    "war", "olympics", "games", "stream", "road", "sea", "ocean", "river", "east", "west", "north", "south",
    "asia", "europe", "africa", "america", "states", "kingdom", "republic", "news", "times", "post", "journal",
    "street", "house", "office", "department", "army", "navy", "forces", "group", "club", "league", "cup",
    "state", "city", "province", "region", "pacific", "atlantic", "airport", "station", "power", "energy",
}

_PERSON = r"((?:[A-Z][a-z\u00c0-\u024f'\u2019-]+\s){1,3}[A-Z][a-z\u00c0-\u024f'\u2019-]+)"
_APPOSITION = re.compile(_PERSON + r",\s+(?:an?\s+|the\s+)?([A-Za-z][^,;()\u201c\u201d]{2,160}?)(?=,|(?<![A-Z])\.\s|\.$|;|\(|\s+said\b|$)")
_ROLE_BEFORE = re.compile(r"(?<![\w'\u2019])((?:[A-Za-z-]+\s){0,3}?[A-Za-z-]+)\s+" + _PERSON + r"\b")
_SAID = re.compile(r"\b(?:said|says|told|according to)\s+" + _PERSON + r"|" + _PERSON + r"\s+(?:said|says|told)\b")


@dataclass
class Person:
    name: str
    titles: dict[str, list[str]] = field(default_factory=dict)
    """Source id -> the title phrases that source gives."""

    def cores(self, source: str) -> set[str]:
        return {c for t in self.titles.get(source, []) if (c := title_core(t))}


def title_core(title: str) -> str:
    """'senior lecturer in politics at X' -> 'senior lecturer'; '' when no role noun is in it."""
    words = re.findall(r"[a-z]+", title.lower())
    for i, w in enumerate(words):
        if w in ROLE_NOUNS:
            start = i
            while start > 0 and words[start - 1] in RANK_WORDS:
                start -= 1
            return " ".join(words[start : i + 1])
    return ""


def is_person_name(name: str) -> bool:
    parts = name.split()
    return 2 <= len(parts) <= 4 and parts[0].lower() not in STOPWORDS and not any(p.lower() in NOT_PEOPLE or p.lower() in ROLE_NOUNS or p.lower() in RANK_WORDS for p in parts)


def find_people(sentences: list[Sentence]) -> dict[str, Person]:
    """Every person mentioned with a role or as a speaker, keyed by their full name."""
    people: dict[str, Person] = {}

    def mention(name: str, source: str, title: str | None) -> None:
        words = name.split()
        while words and words[0].lower() in ROLE_NOUNS | RANK_WORDS:  # 'Professor Steve Tsang'
            mention(" ".join(words[1:]), source, words[0])
            return
        name = " ".join(words)
        if not is_person_name(name):
            return
        person = people.setdefault(name, Person(name))
        titles = person.titles.setdefault(source, [])
        if title and title not in titles:
            titles.append(title.strip())

    for s in sentences:
        for m in _APPOSITION.finditer(s.text):
            if title_core(" ".join(m.group(2).split()[:4])):
                mention(m.group(1), s.source, m.group(2))
        for m in _ROLE_BEFORE.finditer(s.text):
            role = m.group(1)
            core = title_core(role)
            if core and role.split()[-1].lower() in ROLE_NOUNS:
                mention(m.group(2), s.source, role)
        for m in _SAID.finditer(s.text):
            mention(m.group(1) or m.group(2), s.source, None)
    return people


def title_conflicts(people: dict[str, Person], sources: list[str]) -> list[tuple[Person, dict[str, str]]]:
    """People whose titles in two sources share no role at all: 'senior lecturer' / 'senior professor'."""
    conflicts = []
    for person in people.values():
        with_titles = [s for s in sources if person.cores(s)]
        clash = any(not (person.cores(a) & person.cores(b)) for i, a in enumerate(with_titles) for b in with_titles[i + 1 :])
        if clash:
            variants = {s: "; ".join(t for t in person.titles[s] if title_core(t)) for s in with_titles}
            conflicts.append((person, variants))
    return conflicts
