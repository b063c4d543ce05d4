"""Names and terms compared: one name spelt two ways, codes with other digits, a translation's
rendering of a name, quoted terms and modifiers of one noun."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import chain
import os
import re
from difflib import SequenceMatcher

from digest.merge.align import Item
from digest.merge.claims import CODE, CODE_AFTER, Claim
from digest.merge.facts import Fact
from digest.merge.facts.status import is_question
from digest.merge.facts.terms import ROLES, marked_heads, modifier_of
from digest.merge.people import FORMS_OF_ADDRESS, NOT_PEOPLE, RANK_WORDS, ROLE_NOUNS, ROLE_SYNONYMS, SECOND_RANKS, Person, is_role_word, same_post
from digest.merge.text import CAPITAL, ORDINALS, STOPWORDS, content_stems, edit_distance, lower_runs, normalise_phrase, spelt_alike, similarity, stem, without_accents, without_possessive
from digest.merge.compare.records import Conflict, Found, Variant, discrepancy_id

_NOT_FIRST_NAMES = frozenset(STOPWORDS | ROLE_NOUNS | RANK_WORDS | NOT_PEOPLE)
_NOT_KIND_NAMES = frozenset(STOPWORDS | ROLE_NOUNS | RANK_WORDS)
"""Words no first name (no name of a kind of thing) starts with, the union built once, not for
every name tested."""
_CAPITALISED = re.compile(rf"(?={CAPITAL})\b{CAPITAL}[a-z\u00c0-\u024f]{{3,}}(?:[A-Z][a-z\u00c0-\u024f]+)?(?:-[A-Z][a-z]+)?\b")
"""A capitalised word, a firm's inner capital included ('ScoreLine', compared as 'Scoreline')."""
_LOWER_WORD = re.compile(r"\b[a-z\u00e0-\u024f]{4,}\b")
_last_lower: tuple[tuple[Claim, ...], frozenset[str]] = ((), frozenset())


def _lower_words(claims: list[Claim]) -> frozenset[str]:
    """The words of four letters or more the story writes in lower case: one pass over its text.
    The spelling, surname and kind-of-thing checks all ask it of one story's claims; the last
    story's answer is kept (for the very same claim objects, which are frozen)."""
    global _last_lower
    seen, words = _last_lower
    if len(seen) == len(claims) and all(a is b for a, b in zip(seen, claims)):
        return words
    words = frozenset(_LOWER_WORD.findall("\n".join(c.text for c in claims)))
    _last_lower = (tuple(claims), words)
    return words


def spelling_conflicts(claims: list[Claim], translated: set[str] | frozenset[str] = frozenset()) -> list[Conflict]:
    """One name spelt two ways by different outlets ('Halvorsen' / 'Halvorson'), and one code
    given with other digits ('MR417' / 'MR471'): each form appears in one outlet and never in
    the other. A translation writing a name in its language's letters ('Kawrin' for 'Kavrin',
    'Henryka' for 'Henrika') renders it: shown as wording, not as another name."""
    forms: dict[str, dict[str, tuple[Claim, int, int]]] = {}
    in_prose: set[str] = set()
    """Words written in a sentence of running text: title case capitalises common words in
    headings and labels ('Board', 'Broad'), which are no one's name."""
    codes: dict[str, dict[str, tuple[Claim, int, int]]] = {}
    for claim in claims:
        for m in _CAPITALISED.finditer(claim.text):
            if m.start() == 0 or claim.text[max(0, m.start() - 2):m.start()].strip() in (".", "\u201c", "\""):
                continue  # a sentence's first word may be any word
            if _CALENDAR.fullmatch(m.group(0)):
                continue  # a month or a day, not a name ('March' / 'Marsch')
            forms.setdefault(m.group(0), {}).setdefault(claim.source, (claim, m.start(), m.end()))
            if claim.prose:
                in_prose.add(m.group(0))
        for m in CODE.finditer(claim.text) if claim.codes else ():  # codes: what CODE found in it, by letters
            codes.setdefault(m.group(1) + m.group(2), {}).setdefault(claim.source, (claim, m.start(), m.end()))
        for m in CODE_AFTER.finditer(claim.text) if claim.codes else ():  # and digits before letters ('0742M')
            codes.setdefault(m.group(0), {}).setdefault(claim.source, (claim, m.start(), m.end()))
    lower_words = _lower_words(claims)
    capitalised = sorted(forms)  # every capitalised word, before common words are set aside: a people's word ('Valdrian') stays one where a translation also writes it in lower case ('straw valdrian')
    for word in list(forms):
        if _common_word(word, lower_words) or without_accents(word).lower() in lower_words:
            del forms[word]  # a common word written with a capital ('Halden Airports' in a story of the airport), not a name
    out: list[Conflict] = []
    by_shape: dict[tuple[str, int], list[str]] = {}
    for word in forms:
        by_shape.setdefault((word[0], len(word) // 3), []).append(word)
    words = sorted(forms)
    by_start: dict[str, list[str]] = {}
    for word in capitalised:
        by_start.setdefault(word[:3], []).append(word)

    def of_a_place(word: str, other: str) -> bool:
        """A place with its people's word in the story, or that word ('Serevia' beside 'Serevian')."""
        return any(x not in (word, other) and _derived_word(word, x) and max(word, x, key=len).lower().endswith(_PEOPLE_ENDINGS) for x in by_start.get(word[:3], ()))

    for a in words:
        for b in _near_spellings(a, forms, by_shape):
            if a >= b:
                continue
            sources_a, sources_b = set(forms[a]), set(forms[b])
            if (sources_a <= translated or sources_b <= translated) and of_a_place(a, b) and of_a_place(b, a):
                continue  # a translation's letters for a place or its people ('Estrawian' for 'Estravian'): the same place
            if sources_a & sources_b or _one_spelling(a, b) or _derived_word(a, b) and 5 <= min(len(a), len(b)) < max(len(a), len(b)) and not max(a, b, key=len).endswith("s"):
                continue  # one outlet uses both: two names; or only accents differ, or are spelt out ('Åslund' / 'Aaslund'); or a place and its adjective ('America' / 'American')
            rendered = (sources_a <= translated or sources_b <= translated) and _transliterated(a) == _transliterated(b)  # a translation's letters for one sound
            if (a.startswith(b) or b.startswith(a)) and not (_person_context(forms[a]) and _person_context(forms[b]) and not _a_group_of(a, b, forms)):
                continue  # 'Consumer' / 'Consumers': an ending, unless both stand as a person's name ('the Social Democrats' names a party's members)
            if a.lower() in _ROLE_OR_BODY or b.lower() in _ROLE_OR_BODY:
                continue  # 'Transport Minister' / 'Transport Ministry': a post and a body, no one's name spelt two ways
            if _plural_against_another_ending(a, b):
                continue  # 'Americas' / 'American', 'Tables' / 'Tablet': a plural beside another form of the word
            if _before_a_surname(forms[a]) != _before_a_surname(forms[b]):
                continue  # 'Dr Agnes Pellow' / 'the Middle Ages': a first name, and a word no surname follows
            if a not in in_prose or b not in in_prose:
                continue  # a word of headings or labels only: title case, not a name
            if _named_apart(forms[a], forms[b], lower_words):
                continue  # 'Tom Johnston' / 'Boris Johnson': two people's names, each whole
            out.append(_spelling_conflict("name", a, forms[a], forms[b], "wording" if rendered else "material"))
    for a in codes:
        for b in codes:
            if a < b and _letters_of(a) == _letters_of(b) and len(a) == len(b) and not set(codes[a]) & set(codes[b]):
                if _nearer_code_beside(a, b, codes) or _nearer_code_beside(b, a, codes):
                    continue
                out.append(_spelling_conflict("code", a, codes[a], codes[b]))
    return out


def _nearer_code_beside(a: str, b: str, codes: dict[str, dict[str, tuple[Claim, int, int]]]) -> bool:
    """An outlet that writes `b` also writes a code of the same letters nearer to `a` ('MR-450'
    and 'MR-460' beside another's 'MR-540'): that code is the one `a` stands against, and `b`,
    which the outlet tells apart from it, is another model."""
    return any(c not in (a, b) and _letters_of(c) == _letters_of(a) and len(c) == len(a) and set(codes[c]) & set(codes[b])
               and edit_distance(a, c) < edit_distance(a, b) for c in codes)


_GIVEN_NAME = rf"{CAPITAL}[a-z\u00e0-\u024f]+(?:-[A-Z][a-z\u00e0-\u024f]+)?"


def given_name_conflicts(claims: list[Claim], people: dict[str, Person], translated: set[str],
                         near: dict[int, dict[int, float]] | None = None) -> list[Found]:
    """One person given two first names by different outlets ('Tomas Arregui' / 'Tommaso
    Arregui', 'Daniel Okafor' / 'David Okafor'): a surname after first names that no outlet
    uses both of, spelt alike (the same first three letters, or two letters apart), borne by
    people holding the same post, or named in close claims beside the same other person ('Ada
    Kasch and Jonas Brel' / 'Ada Kasch and Anton Brel'). Two relatives ('Anna Berg' / 'Lars
    Berg') are none of these."""
    surnames = sorted({p.name.split()[-1] for p in people.values() if len(p.name.split()[-1]) >= 3} | _listed_surnames(claims))
    if not surnames:
        return []
    pattern = None  # compiled when a sentence first holds a surname (most stories' patterns are their own: compiling costs)
    said: dict[str, dict[str, dict[str, Claim]]] = {}  # surname -> first name -> outlet -> its first sentence naming them
    places: set[str] | None = None
    for claim in claims:
        if not any(surname in claim.text for surname in surnames):
            continue  # most sentences name none
        if pattern is None:
            pattern = re.compile(rf"\b({_GIVEN_NAME})\s+({'|'.join(map(re.escape, surnames))})\b")
        for m in pattern.finditer(claim.text):
            given = m.group(1)
            if given.lower() in _NOT_FIRST_NAMES or _HONORIFIC.match(given + " ") or _CALENDAR.fullmatch(given):
                continue  # 'Minister Arregui', 'Mrs Arregui', 'But Arregui'
            if _PEOPLE_ADJECTIVE.search(given):
                if places is None:
                    places = set(_CAPITALISED.findall("\n".join(c.text for c in claims)))
                if any(p != given and p[:3] == given[:3] and _derived_word(p, given) for p in places):
                    continue  # 'Valdorian Orellano', in a story that names Valdoria: where he is from, not his first name
            said.setdefault(m.group(2), {}).setdefault(given, {}).setdefault(claim.source, claim)
    out: list[Found] = []
    for surname, givens in said.items():
        names = sorted(givens)
        family = len(names) >= FAMILY_NAMES  # 'Leopold, Max, Miriam, Tomas and Jonas Aschenbach': relatives, unless spelt alike
        for x, a in enumerate(names):
            for b in names[x + 1:]:
                sources_a, sources_b = set(givens[a]), set(givens[b])
                if sources_a & sources_b or without_accents(a) == without_accents(b) or _one_slip(a.lower(), b.lower()):
                    continue  # one outlet names both: two people; or accents, or a slip the spelling check reports
                if _short_form(a, b):
                    continue  # 'Pat' / 'Patrick': the name cut short, as people are called
                translation = bool((sources_a | sources_b) & translated)
                alike = a[:3] == b[:3] or _transliterated(a) == _transliterated(b) or not family and edit_distance(a.lower(), b.lower()) <= 2 and (
                    a[0] == b[0] or min(len(a), len(b)) >= 4)  # 'Kasimir' / 'Casimir': a translation's letters; 'Maren' / 'Karin'
                one_against_many = not family and min(len(sources_a), len(sources_b)) == 1 and max(len(sources_a), len(sources_b)) >= 2
                lone = one_against_many and (a[0] == b[0] or _one_role(surname, a, b, givens, claims, near or {}))  # 'Emilio' in several outlets, 'Eduardo' in one
                person_a, person_b = people.get(f"{a} {surname}"), people.get(f"{b} {surname}")
                if not alike and not lone and not (person_a and person_b and same_post(person_a, person_b, translation)) and (family or not _beside_one_person(
                        givens[a].values(), givens[b].values(), f"{a} {surname}", f"{b} {surname}", near or {})):
                    continue  # in a family, relatives stand beside one another
                variants = tuple(Variant(source, f"{given} {surname}", claim) for given in (a, b) for source, claim in givens[given].items())
                severity = "wording" if translation and alike else "material"
                out.append(Found(discrepancy_id("name", f"given:{surname.lower()}", ""), "name", f"Names differ: {a} {surname} / {b} {surname}", variants, severity))
    return out


def _short_form(a: str, b: str) -> bool:
    """One first name the other's start, of three letters or more, two or more letters shorter
    ('Pat' / 'Patrick', 'Alex' / 'Alexander'): what the person goes by. One letter more is
    another name ('Paul' / 'Paula', 'Daniel' / 'Daniela')."""
    short, long = sorted((a.lower(), b.lower()), key=len)
    return len(short) >= 3 and long.startswith(short) and len(long) - len(short) >= 2


def _first_name_cut_short(a: str, b: str) -> bool:
    """'Alex Okafor' / 'Alexander Okafor': the same person, by the name they go by."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) >= 2 and wa[1:] == wb[1:] and _short_form(wa[0], wb[0])


FAMILY_NAMES = 3
"""First names of one surname in a story from which it is a family's: another first name is then
another relative unless spelt nearly alike ('Jonas' and 'Tomas' Aschenbach are two)."""


def other_surname_conflicts(claims: list[Claim], people: dict[str, Person], translated: set[str]) -> list[Found]:
    """One post-holder given another surname ('procurement director Marit Solvang' / 'the director
    of public markets, Marit Solheim'): the same first name, the same post, and no outlet naming
    both. Surnames a letter or two apart are the spelling check's; relatives ('Anna Berg' / 'Anna
    Lind', one a minister, one a reporter) hold different posts."""
    by_given: dict[str, list[Person]] = {}
    for person in people.values():
        words = person.name.split()
        if len(words) == 2 and person.titles and len(words[1]) >= 4:
            by_given.setdefault(words[0], []).append(person)
    out: list[Found] = []
    said: dict[str, dict[str, Claim]] = {}

    def naming(person: Person) -> dict[str, Claim]:
        """Each outlet's last claim naming the person, looked up once per person."""
        if person.name not in said:
            said[person.name] = {c.source: c for c in claims if person.name in c.text}
        return said[person.name]

    for given, holders in sorted(by_given.items()):
        for x, a in enumerate(holders):
            for b in holders[x + 1:]:
                sa, sb = a.name.split()[1], b.name.split()[1]
                if without_accents(sa) == without_accents(sb) or edit_distance(sa.lower(), sb.lower()) <= 2:
                    continue  # a slip or accents: the spelling checks report it
                said_a, said_b = naming(a), naming(b)
                if not said_a or not said_b or set(said_a) & set(said_b):
                    continue  # one outlet names both: two people
                if not same_post(a, b, bool((set(said_a) | set(said_b)) & translated)):
                    continue
                first = dict(sorted(said_a.items())), dict(sorted(said_b.items()))
                variants = tuple(Variant(source, person.name, claim) for person, said in zip((a, b), first) for source, claim in said.items())
                out.append(Found(discrepancy_id("name", f"surname:{given.lower()}", ""), "name", f"Names differ: {a.name} / {b.name}", variants, "material"))
    return out


def surname_conflicts(claims: list[Claim]) -> list[Conflict]:
    """One person's surname spelt two ways after the same first name ('Paola Sestri' / 'Paola
    Sestini'), each form in outlets that never use the other: the first name vouches for a
    surname two letters apart, which alone the spelling check leaves as two names."""
    forms: dict[tuple[str, str], dict[str, tuple[Claim, int, int]]] = {}
    bodies: set[str] = set()
    after_a_name: list[tuple[Claim, re.Match]] = []
    for c in claims:
        for m, alone, after_opening in _full_name_matches(c.text):
            if not (alone or after_opening):
                after_a_name.append((c, m))  # 'the Supreme Court Halvard Mossberg': read below, if its first name stands alone elsewhere
                continue
            if _THE_BEFORE.search(c.text, max(0, m.start() - 4), m.start()):
                bodies.add(m.group(1))  # 'the Social Democrats': a party, no first name and surname
            forms.setdefault((m.group(1), m.group(2)), {}).setdefault(c.source, (c, m.start(2), m.end(2)))
    vouched = {first for first, _ in forms}
    for c, m in after_a_name:
        if m.group(1) in vouched:  # a first name other sentences give alone: a person named after an institution, as translations run them on
            forms.setdefault((m.group(1), m.group(2)), {}).setdefault(c.source, (c, m.start(2), m.end(2)))
    by_first: dict[str, list[str]] = {}
    for first, surname in forms:
        by_first.setdefault(first, []).append(surname)
    out: list[Conflict] = []
    lower_words: frozenset[str] | None = None
    for first, surnames in by_first.items():
        if first.lower() in _NOT_FIRST_NAMES or first in bodies:
            continue
        if len(surnames) > 1 and lower_words is None:
            lower_words = _lower_words(claims)
        surnames = [s for s in surnames if not _common_word(s, lower_words or set()) and s.lower() not in ROLE_NOUNS]  # 'Halden Airports', where the story speaks of 'the airport'; 'Interior Minister'
        surnames.sort()
        for x, a in enumerate(surnames):
            for b in surnames[x + 1:]:
                fa, fb = forms[(first, a)], forms[(first, b)]
                if set(fa) & set(fb) or min(len(a), len(b)) < 3 or not (spelt_alike(a.lower(), b.lower()) or _extended(a, b)) or _one_spelling(a, b) or _a_group_of(a, b, {a: fa, b: fb}):
                    continue
                out.append(_spelling_conflict("name", a, fa, fb, "material"))
    return out


def _common_word(word: str, lower_words: set[str] | frozenset[str]) -> bool:
    """A word the story also writes in lower case, or the plural of one: a noun, not a surname."""
    w = word.lower()
    return w in lower_words or w.endswith("s") and w[:-1] in lower_words


_FULL_NAME = re.compile(rf"\b({CAPITAL}[a-z\u00e0-\u024f]+)\s+({CAPITAL}(?:[a-z\u00e0-\u024f]{{2,}}|[a-z]{{1,2}}[A-Z][a-z\u00e0-\u024f]{{2,}}))\b(?!\s+[A-Z])")
_OF_AFTER = re.compile(r"\s+(?:of|for)\b")
"""'Bank of …', 'Court for …': two words of a longer name, unless a title of address stands before
them ('Dr Inge Varlaan of the health agency')."""
_CAPITAL_BEFORE = re.compile(r"[A-Z\u00c0-\u00de][\w'\u2019-]*\s+$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
"""'the' right before a capitalised pair: a body's name ('the Social Democrats'), no one's first name and surname."""
_TITLE_OF_ADDRESS = re.compile(r"(?:" + "|".join(FORMS_OF_ADDRESS) + r")\.?")


def _full_names(text: str, after_opening_word: bool = False) -> list[re.Match]:
    """First names with surnames standing alone: not two words of a longer name ('the Tallmere
    Medicines Agency', 'Court for Sport Arbitration'); with `after_opening_word`, the sentence's
    capitalised first word may stand before them ('Geologist Paola Sestini')."""
    return [m for m, alone, after_opening in _full_name_matches(text) if alone or after_opening_word and after_opening]


@lru_cache(maxsize=8192)
def _full_name_matches(text: str) -> tuple[tuple[re.Match, bool, bool], ...]:
    """Each first name with surname in the text, whether a capitalised word stands before it, and
    whether that word is the sentence's first. Read once per sentence: the surname checks read
    every sentence, with and without its opening word, and close claims pair by pair."""
    out = []
    for m in _FULL_NAME.finditer(text):
        before = _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start())
        addressed = bool(before) and bool(_TITLE_OF_ADDRESS.fullmatch(before.group(0).strip()))  # type: ignore[union-attr]
        if _OF_AFTER.match(text, m.end()) and not addressed:
            continue
        if before and (addressed or is_role_word(before.group(0).strip())):
            before = None  # 'Dr Helena Marleigh', 'Director-General Helena Marleigh': a title, no longer name
        out.append((m, not before, bool(before) and before.start() == 0))
    return tuple(out)


BESIDE_NEAR = 0.5
"""Closeness of two claims from which the same other person named in both makes them one list."""


def _listed_surnames(claims: list[Claim]) -> set[str]:
    """Surnames that different outlets put after different first names: candidates for one person
    named two ways, whether or not the people box knows them."""
    firsts: dict[str, dict[str, set[str]]] = {}
    not_names = STOPWORDS | ROLE_NOUNS | RANK_WORDS | NOT_PEOPLE | ORGANISATION_WORDS
    for c in claims:
        for m in _full_names(c.text):
            if m.group(1).lower() not in not_names and m.group(2).lower() not in not_names:
                firsts.setdefault(m.group(2), {}).setdefault(m.group(1), set()).add(c.source)
    candidates = {surname for surname, by_first in firsts.items() if len(by_first) > 1 and len(set().union(*by_first.values())) > 1}
    if not candidates:
        return set()
    lower_words = _lower_words(claims)
    return {surname for surname in candidates if surname.lower() not in lower_words and not _PEOPLE_ADJECTIVE.search(surname)}  # 'agency', 'minister': words, not names


_PEOPLE_ADJECTIVE = re.compile(r"(?:ian|ean|ese|ish|ical|ogy)$")
"""Endings of the adjectives and nouns a name's second word may be that no surname has in this sense ('Lessarian', 'Seismology')."""


def _one_role(surname: str, a: str, b: str, givens: dict[str, dict[str, Claim]], claims: list[Claim], near: dict[int, dict[int, float]]) -> bool:
    """'Led by Samuel Ekwo' in several outlets, 'led by Daniel Ekwo' in one: the lone first name,
    told in a claim close to one naming the other, is one person's first name got wrong. Not a
    body's name ('the Maritime Museum' / 'the Shipping Museum'), nor words the story also writes
    in small letters ('maritime'): first names are written only with their capital."""
    if _body_word(surname) or _written_small(a, claims) or _written_small(b, claims):
        return False
    return any(near.get(ca.index, {}).get(cb.index, 0.0) >= BESIDE_NEAR for ca in givens[a].values() for cb in givens[b].values())


def _written_small(word: str, claims: list[Claim]) -> bool:
    small = word.lower()
    pattern = re.compile(rf"\b{re.escape(small)}\b")
    return any(small in c.text and pattern.search(c.text) for c in claims)


def _beside_one_person(claims_a, claims_b, name_a: str, name_b: str, near: dict[int, dict[int, float]]) -> bool:
    """Two close claims of the two outlets that name the same other person with full name."""
    for ca in claims_a:
        for cb in claims_b:
            if near.get(ca.index, {}).get(cb.index, 0.0) < BESIDE_NEAR:
                continue
            others_a = {m.group(0) for m in _full_names(ca.text)} - {name_a}
            others_b = {m.group(0) for m in _full_names(cb.text)} - {name_b}
            if others_a & others_b:
                return True
    return False


_LETTERS_FOR_SOUNDS = (("ph", "f"), ("w", "v"), ("y", "i"), ("k", "c"), ("z", "s"), ("j", "i"), ("ck", "c"), ("cz", "ch"), ("sz", "sh"))
"""Letters languages write one sound with ('Walter'/'Valter', 'Henryka'/'Henrika', 'Karl'/'Carl')."""


_SPELT_OUT = (("\u00e5", "aa"), ("\u00f8", "oe"), ("\u00e6", "ae"), ("\u00fc", "ue"), ("\u00f6", "oe"), ("\u00e4", "ae"), ("\u00df", "ss"))
"""Letters written out in two plain letters where a keyboard lacks them ('Åslund' as 'Aaslund', 'Müller' as 'Mueller')."""


SURNAME_STEM = 5
"""Letters two surnames after one first name must share from the start to be one name with its
ending swapped ('Kjeld-sen' / 'Kjeld-gaard'); 'Lind-qvist' / 'Lind-gren' are two families. On the
other genres this adds one keyed clash and no callout more; the unrelated pages are unchanged."""
SWAPPED_ENDING = 5
"""Letters each ending may have: a longer one is another name built on the same start."""


def _extended(a: str, b: str) -> bool:
    """One surname the other with an ending added ('Hask' / 'Haskell', 'Lund' / 'Lundahl'), or
    with its ending swapped ('Kjeldsen' / 'Kjeldgaard'): after the same first name, one person's
    name cut short, filled out or misheard."""
    short, long = sorted((a.lower(), b.lower()), key=len)
    if long.startswith(short):
        return len(long) - len(short) <= 4
    stem_length = len(os.path.commonprefix([short, long]))
    return stem_length >= SURNAME_STEM and len(short) - stem_length <= SWAPPED_ENDING and len(long) - stem_length <= SWAPPED_ENDING


def _one_spelling(a: str, b: str) -> bool:
    """Two words that differ only by accents ('Rasmy' / 'Rasmý') or by a letter spelt out ('Åslund' / 'Aaslund')."""
    return without_accents(a) == without_accents(b) or _spelt_out(a) == _spelt_out(b)


def _spelt_out(word: str) -> str:
    w = word.lower()
    for letter, plain in _SPELT_OUT:
        w = w.replace(letter, plain)
    return without_accents(w)


def _transliterated(word: str) -> str:
    """A name with the letters languages use for one sound made one, accents dropped."""
    w = without_accents(word).lower()
    for theirs, ours in _LETTERS_FOR_SOUNDS:
        w = w.replace(theirs, ours)
    return w


def _plural_against_another_ending(a: str, b: str) -> bool:
    """Two words alike but for their last letter, one of them an 's': a plural set against another
    form of the word ('the Americas' / 'American'), not one name misspelt, which slips inside the
    word or swaps a vowel ('Kowalski' / 'Kowalsky')."""
    return len(a) == len(b) and a[:-1] == b[:-1] and "s" in (a[-1], b[-1])


def _one_slip(a: str, b: str) -> bool:
    """What `spelling_conflicts` reports of two words of five letters or more: one edit apart,
    or two letters swapped, with the same first letter (it compares words of one initial)."""
    if max(len(a), len(b)) < 5 or a[:1] != b[:1]:
        return False
    distance = edit_distance(a, b)
    return distance == 1 or distance == 2 and sorted(a) == sorted(b)


_GIVEN = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Judge|Justice|Governor|President|Minister)\.?|(?<!\bthe\s)(?<!\bThe\s)\b[A-Z][a-z]+)\s+$")
"""A first name or a title before a name; not a word after 'the' ('the Social Democrats' is a party)."""


_ROLE_OR_BODY = frozenset(ROLE_NOUNS | NOT_PEOPLE)
"""Words for a post or a body ('Minister', 'Ministry'): capitalised in a name, but no one's name spelt two ways."""
_GROUP_BEFORE = re.compile(r"\b[Tt]he\s+((?:[a-z][\w'\u2019-]*\s+){0,2})(?:[A-Z][\w'\u2019-]*\s+){0,2}$")
"""'The' a few words before a plural name ('the opposition Social Democrats'), with the lower-case words between."""


def _a_group_of(a: str, b: str, forms: dict) -> bool:
    """One word and its plural, the plural told as a group ('a Social Democrat councillor' / 'the
    opposition Social Democrats'): a party's or a people's members, not a surname spelt two ways."""
    short, plural = sorted((a, b), key=len)
    if plural != short + "s":
        return False
    for claim, start, _ in forms[plural].values():
        m = _GROUP_BEFORE.search(claim.text, max(0, start - 60), start)
        if m and not any(is_role_word(w) for w in m.group(1).split()):
            return True  # 'the opposition Social Democrats'; not 'the judge Helen Marchbanks', a person
    return False


def _person_context(where: dict) -> bool:
    """The word follows a given name or a title somewhere, and ends the name: 'Ada Brennan',
    'Judge Brennan'; not a word inside a body's name ('the Marine Accident Investigation Office')."""
    return any(_GIVEN.search(claim.text[max(0, start - 20):start]) and start > 0 and not _CAPITAL_AFTER.match(claim.text, end)
               for claim, start, end in where.values())


_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
_NAME_WORD_BEFORE = re.compile(r"\b([A-Z][a-z\u00e0-\u024f]+)\s+$")
"""A capitalised word right before a name: its first name, a title ('Inspector'), or a sentence's
first word ('Yesterday'), which the story also writes in lower case or is a stop word."""
_NAME_WORD_AFTER = re.compile(r"\s+([A-Z][a-z\u00e0-\u024f]{2,})\b")
_NOT_A_GIVEN_NAME = frozenset(w.lower() for w in FORMS_OF_ADDRESS) | RANK_WORDS | ROLE_NOUNS


def _named_apart(where_a: dict, where_b: dict, lower_words: frozenset[str]) -> bool:
    """Each word stands in a whole name whose other part differs and is spelt unlike the other's
    ('Tom Johnston' / 'Boris Johnson', 'Olivier Bosc' / 'Oliver Brand'): two people, not one name
    spelt two ways. A title before a name ('Inspector Farley') is no first name."""
    def parts(where: dict) -> tuple[set[str], set[str]]:
        before, after = set(), set()
        for claim, start, end in where.values():
            m = _NAME_WORD_BEFORE.search(claim.text, max(0, start - 40), start)
            word = m.group(1).lower() if m else ""
            if word and word not in _NOT_A_GIVEN_NAME and word not in STOPWORDS and word not in lower_words and not _CALENDAR.fullmatch(m.group(1)):
                before.add(m.group(1))
            m = _NAME_WORD_AFTER.match(claim.text, end)
            if m and not _CALENDAR.fullmatch(m.group(1)):
                after.add(m.group(1))
        return before, after

    def unlike(xs: set[str], ys: set[str]) -> bool:
        return bool(xs and ys) and not any(x == y or edit_distance(x.lower(), y.lower()) <= 2 or _short_form(x, y) for x in xs for y in ys)
    before_a, after_a = parts(where_a)
    before_b, after_b = parts(where_b)
    return unlike(before_a, before_b) or unlike(after_a, after_b)


def _before_a_surname(where: dict) -> bool:
    """Every outlet's first use of the word stands before a capitalised word: a first name, which a
    misspelling of it would stand before too."""
    return all(_CAPITAL_AFTER.match(claim.text, end) for claim, _, end in where.values())


def _with_next_word(text: str, start: int, end: int) -> str:
    """A code with its maker's name before it ('Kessler-Vance KV-220'), or else with the words after
    it ('QX318 from'), how the outlet's sentence goes on, short of any other figure."""
    maker = re.search(r"\b[A-Z][\w'-]*\s+$", text[max(0, start - 40):start])
    if maker and maker.group(0).strip().lower() not in STOPWORDS and not _IDENTIFIER_BEFORE.search(maker.group(0).strip()):
        return text[start - len(maker.group(0)):end]
    m = re.match(r"[,]?\s+[^\W\d][\w'-]*(?:\s+[^\W\d][\w'-]*)?", text[end:])
    return text[start:end + (m.end() if m else 0)]


_IDENTIFIER_BEFORE = re.compile(r"\b(flight|train|bus|route|service|case|file|ticket|reference|ref|order|invoice|number|no)\.?\s*$", re.I)
"""Words that make a code an identifier of one journey or record ('flight QX318'), not the name of a thing."""


def _spelling_conflict(kind: str, word: str, a: dict, b: dict, severity: str = "material") -> Conflict:
    identifier = kind == "code" and any(_IDENTIFIER_BEFORE.search(claim.text[max(0, start - 20):start]) for where in (a, b) for claim, start, _ in where.values())
    conflict = Conflict("other" if identifier else "name", "spelling:" + word.lower()[:4], severity)
    for where in (a, b):
        for claim, start, end in where.values():
            shown = claim.text[start:end] if kind != "code" else _with_next_word(claim.text, start, end)
            conflict.facts.append((claim, Fact("name", conflict.subject, claim.text[start:end], shown, start, end)))
    return conflict


LONG_NAME = 8
"""Letters from which a person's name two edits apart, its first four letters kept, is the same
name misspelt ('Claire Ambrosine' / 'Claire Ambroise'); shorter names that far apart are other
names, and words that name no person are other words ('Minister' / 'Ministry')."""


def _letters_of(code: str) -> str:
    """A code's letters where they stand, its digits as one mark ('QX318' -> 'QX#', '0742M' -> '#M')."""
    return re.sub(r"\d+", "#", code)


def _near_spellings(word: str, forms: dict, by_shape: dict) -> list[str]:
    out = []
    lower = word.lower()
    letters = set(lower)  # read once for every other word of its shape
    for shift in (-1, 0, 1):
        for other in by_shape.get((word[0], len(word) // 3 + shift), []):
            if other == word or abs(len(word) - len(other)) > 1 or max(len(word), len(other)) < 5:
                continue  # four letters apart by one are two words ('Dusk' / 'Desk'), not one name misspelt
            other_lower = other.lower()
            if len(letters ^ set(other_lower)) > 2 or _letters_apart(lower, other_lower) > 2:
                continue
            distance = edit_distance(lower, other_lower)
            anagram = sorted(lower) == sorted(other_lower)
            if other != word and (distance == 1 or distance == 2 and (anagram or min(len(word), len(other)) >= LONG_NAME and lower[:4] == other_lower[:4]
                                                                    and _person_context(forms[word]) and _person_context(forms[other])
                                                                    and lower not in ROLE_NOUNS and other_lower not in ROLE_NOUNS)):
                if other.lower().rstrip("s") != word.lower().rstrip("s") or len(word) > 5 and abs(len(word) - len(other)) == 1 and word[-1] != other[-1]:
                    out.append(other)
    return out


@lru_cache(maxsize=100_000)
def _letter_counts(word: str) -> Counter:
    return Counter(word)


def _letters_apart(a: str, b: str) -> int:
    """Letters in one word and not the other, counted with repeats: a cheap bound below which
    the edit distance may be small."""
    ca, cb = _letter_counts(a), _letter_counts(b)
    return sum((ca - cb).values()) + sum((cb - ca).values())


class Groups:
    """Union-find over hashable keys."""

    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, key):
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a, b) -> None:
        self.parent[self.find(a)] = self.find(b)

    def components(self) -> list[list]:
        out: dict = {}
        for key in list(self.parent):
            out.setdefault(self.find(key), []).append(key)
        return list(out.values())


TERM_WORDS = 3
"""Words of a quoted term at most ('no limits', 'open-ended', 'act of aggression'): longer quoted
runs are pieces of a remark, which the quotation comparison reads."""


_ARTICLE_FIRST = re.compile(r"^(?:an?|the)\s+", re.I)


def _a_term(text: str) -> bool:
    """Short enough to name one thing, its article not counted ('an act of terrorism')."""
    return len(_ARTICLE_FIRST.sub("", text.strip()).split()) <= TERM_WORDS and not any(ch.isdigit() for ch in text)


def term_discrepancies(items: list[Item], claims: list[Claim], translated: set[str]) -> list[Found]:
    """Quoted terms and marked modifiers of the same noun in the same claim ('“open-ended”
    truce' / 'truce without an end date' / 'indefinite truce'). Identical terms join
    across the story, so one discrepancy lists every outlet's words. `wording` when a translation
    is among them, since that is how translations differ."""
    groups = Groups()
    occurrences: dict[str, list[Variant]] = {}
    differing: set[str] = set()
    heads_of: dict[str, str] = {}

    def node(text: str, claim: Claim, head: str) -> str:
        key = normalise_phrase(text)
        occurrences.setdefault(key, [])
        if all((v.source, normalise_phrase(v.text)) != (claim.source, key) for v in occurrences[key]):
            occurrences[key].append(Variant(claim.source, text, claim))
        heads_of.setdefault(key, head)
        groups.find(key)
        return key

    for c in claims:  # every quoted term is a node, so identical ones join across the story
        for f in c.facts_of("terms"):
            node(f.text, c, f.subject.split(":", 1)[1])
    for item in items:
        if is_question(item.claims[0].text):
            continue  # 'How does it help with real-time data?' / 'How important is up-to-date data?': a question asserts no term
        sole = {}
        for c in item.claims:  # the same claim puts a different word in quotes
            quoted = c.facts_of("terms")
            if len(quoted) == 1:
                sole.setdefault(c.source, (quoted[0], c))
        values = list(sole.values())
        for x, (fa, ca) in enumerate(values):
            for fb, cb in values[x + 1:]:
                if not (_a_term(fa.text) and _a_term(fb.text)):
                    continue  # 'whatever help Torsa needs' / 'gesture of friendship': pieces of a remark, not two words for one thing
                if _says_too(cb.text, fa.text) or _says_too(ca.text, fb.text):
                    continue  # 'would reopen within days', unquoted, beside another outlet's quoted "within days": the same words, each outlet quoting another part
                ka, kb = node(fa.text, ca, ""), node(fb.text, cb, "")
                groups.union(ka, kb)
                if ka != kb and not _one_term_in_the_other(fa.text, fb.text):
                    differing.update((ka, kb))
        heads: dict[str, list[tuple[str, Claim]]] = {}
        for c in item.claims:
            for word in marked_heads(c.text) - STOPWORDS:
                mod = modifier_of(c.text, word, ROLES)
                if mod:
                    heads.setdefault(word, []).append((mod, c))
        for head, mods in heads.items():
            if len({c.source for _, c in mods}) < 2:
                continue
            keys = [node(text, c, head) for text, c in mods]
            for x, ((ta, ca), ka) in enumerate(zip(mods, keys)):
                for (tb, cb), kb in list(zip(mods, keys))[x + 1:]:
                    if ca.source != cb.source and _same_shape(ta, tb) and _a_term(ta) and _a_term(tb):
                        groups.union(ka, kb)
                        if ka != kb and not _equivalent_terms([ta, tb]):
                            differing.update((ka, kb))
    out = []
    for component in groups.components():
        if len(component) < 2 or not any(k in differing for k in component):
            continue
        variants = tuple(v for k in sorted(component) for v in occurrences[k])
        if len({v.source for v in variants}) < 2:
            continue
        kind = "title" if any(w in ROLES for v in variants for w in normalise_phrase(v.text).split()) else "term"
        severity = "wording" if kind == "term" and any(v.source in translated for v in variants) else "material"
        head = sorted(h for k in component if (h := heads_of.get(k)))
        summary = "Sources use different terms: " + " / ".join(sorted({normalise_phrase(v.text) for v in variants}))
        out.append(Found(discrepancy_id(kind, head[0] if head else "quoted", ""), kind, summary, variants, severity))
    return out


def _says_too(text: str, term: str) -> bool:
    """Whether a sentence has every word of another outlet's quoted term, quoted or not."""
    words = [w for w in re.findall(r"[\w'\u2019-]+", term.lower()) if w not in STOPWORDS]
    said = set(re.findall(r"[\w'\u2019-]+", text.lower()))
    return bool(words) and all(w in said for w in words)


def _same_shape(a: str, b: str) -> bool:
    """Two modifiers that could name the same attribute: a place-made one ('Dunholt-based',
    'Fennick-born') answers where, a rank ('third-largest') how big, a plain one ('indefinite')
    what kind; one of each describes the noun twice, which is no disagreement."""
    def shape(t: str) -> tuple[bool, bool]:
        first = t.strip("\"\u201c\u201d ").split("-")[0].split()[0] if t.strip() else ""
        return first[:1].isupper(), first.lower() in ORDINALS
    return shape(a) == shape(b)


def _one_term_in_the_other(a: str, b: str) -> bool:
    """Two quoted terms are one when they are written alike or one holds every content word of the
    other ('no limits' / '"no-limits"', 'positive' / 'water positive'); 'water positive' and
    'water neutral' share a word and still say two things."""
    if normalise_phrase(a).replace(" ", "") == normalise_phrase(b).replace(" ", ""):
        return True
    x, y = content_stems(a.replace("-", " ")), content_stems(b.replace("-", " "))
    return x <= y or y <= x


def _equivalent_terms(texts: list[str]) -> bool:
    """'no-limits' and 'no limits' are one term; so are modifiers that all keep one content word
    ('had no multi-factor' / 'lacked multi-factor'): no two of them say something different."""
    if len({normalise_phrase(t).replace(" ", "") for t in texts}) < 2:
        return True
    sets = [content_stems(t.replace("-", " ")) for t in texts]
    return all(x & y for i, x in enumerate(sets) for y in sets[i + 1:])


INSTITUTION_WORDS = {
    "university", "school", "institute", "college", "academy", "studies", "center", "centre", "foundation",
    "endowment", "ministry", "council", "bank", "agency", "committee", "commission", "organization",
    "organisation", "union", "court", "company", "corporation", "association", "department", "office",
}
_CAP = r"[A-Z][\w'\u2019.-]*"
_NAME = re.compile(rf"\b{_CAP}(?:\s+(?:of|and|&|for|de|the)\s+{_CAP}|\s+{_CAP}|\s+\d+\b)+")


@lru_cache(maxsize=16384)
def names_in(text: str) -> list[str]:
    """Multi-word capitalised names in a sentence ('Bridge of the North 2', 'University of Tarn',
    'Vasseur & Fils'). Cached: digest serve merging a story again reads its unchanged sentences
    once (callers only read the list)."""
    found = []
    for m in _NAME.finditer(text):
        words = m.group(0).strip().split()
        while words and (words[0].lower() in STOPWORDS or words[0] in ("Mr.", "Mrs.", "Ms.", "Dr.")):
            words = words[1:]
        cut = next((k + 1 for k, w in enumerate(words[:-1]) if without_possessive(w) != w), None)
        if cut and _body_word(words[-1]):
            cut = None  # "St Aldric's Hospital", "Growers' Union": one body's name
        for words in (words[:cut], words[cut:]) if cut else (words,):  # "Westmarch Police's Fenwick district": the owner, then another name
            name = " ".join(words).rstrip(".,")
            parts = name.split(" and ")
            a_list = len(parts) > 1 and any(len(p.split()) >= 2 for p in parts) and all(" of " not in f" {p} " for p in parts)  # 'Tallis Bank and Pennyfold'; 'Marks and Spencer' is one name
            if len(words) >= 2 and not a_list and not _CALENDAR.search(name):
                found.append(name)
    return found



_CALENDAR = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


_INITIALS = re.compile(r"\b[A-Z]{2,5}\b")
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")


def _initials_equal(a: str, b: str) -> bool:
    """'University of NSW' equals 'University of New South Wales'."""
    def expand(x: str, y: str) -> str:
        for token in _INITIALS.findall(x):
            words = _CAPITALISED_WORD.findall(y)
            for i in range(len(words) - len(token) + 1):
                run = words[i: i + len(token)]
                if "".join(w[0] for w in run) == token:
                    x = x.replace(token, " ".join(run))
                    break
        return normalise_phrase(x)
    return expand(a, b) == normalise_phrase(b) or expand(b, a) == normalise_phrase(a)


def _name_matched(name: str, other_text: str, other_names: list[str]) -> bool:
    if any(w.lower() in INSTITUTION_WORDS for w in name.split()):
        return any(normalise_phrase(name) == normalise_phrase(o) or _initials_equal(name, o) for o in other_names)
    return normalise_phrase(name) in normalise_phrase(other_text) or any(_initials_equal(name, o) for o in other_names)


def _translated_side_smaller(a: Claim, sa: frozenset, b: Claim, sb: frozenset, translated: set[str]) -> bool:
    return (a.source in translated and sa < sb) or (b.source in translated and sb < sa)


def _same_words(a: str, b: str) -> bool:
    """The same words in another order ('Hollins Crown Court' / 'Crown Court of Hollins', 'Incident Board' / 'Board of
    Incidents'), accents or none ('Mayor Hélène Roux of Brest' / 'Brest Mayor Helene Roux'): one name. 'Siberia' and
    'Siberian' stay apart: a rendering, shown as wording."""
    def words(name: str) -> set[str]:
        return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in without_accents(normalise_phrase(name)).split()} - STOPWORDS
    return words(a) == words(b)


_ABBREVIATION_AFTER = re.compile(r"[\w\s]{0,40}?\s*\(([A-Z]{2,8})\)")


def _same_abbreviation(na: str, text_a: str, nb: str, text_b: str) -> bool:
    """Both names are followed by one abbreviation in brackets ('... Agency (ABC)'): a translation
    renders the words and keeps the organisation's own short name, so it is one name."""
    def after(name: str, text: str) -> str | None:
        at = text.find(name)
        m = _ABBREVIATION_AFTER.match(text, at + len(name)) if at >= 0 else None
        return m.group(1) if m else None
    first = after(na, text_a)
    return first is not None and first == after(nb, text_b)


NAME_PAIR_MIN = 0.8
"""Closeness at which two claims of different outlets left apart by the alignment (one sentence
can join one narrative item) are still one claim for comparing the names in them: a paraphrase
pair ('a 2021 study in the journal Annals of X' / 'his 2021 paper in the Journal of X', 0.82)."""


def _name_words(name: str) -> list[str]:
    """The words of a name without its possessive ending, one apostrophe for every typeface's
    ('Consumers\u2019 Council' is 'Consumers' Council')."""
    words = without_possessive(name.replace("\u2019", "'")).split()
    return [w.split("-")[-1] if "-" in w and w[:1].isupper() and len(w.split("-")) > 2 else w for w in words]  # 'Premier-Division-club X': X


def _one_name_shorter(na: str, nb: str) -> bool:
    """'Judge Esselby' in 'Judge Marit Esselby', 'Harrowfield Athletic's' in 'Premier-Division-club
    Harrowfield Athletic': the shorter name's words all in the longer, ending on the same word;
    or the longer's first words ('University of Harnmouth's' [board] / 'University of Harnmouth's
    Board of Governors': the body and its owner)."""
    wa, wb = _name_words(na), _name_words(nb)
    short, long = sorted((wa, wb), key=len)
    if len(short) >= 2 and short[-1] == long[-1] and all(w in long for w in short):
        return True
    bare = [without_possessive(w) for w in long[:len(short)]]
    return len(short) >= 2 and bare == short and bool(_BODY_AFTER_OWNER.search(max(na, nb, key=len)))


_BODY_AFTER_OWNER = re.compile(r"['\u2019]s?\s+[A-Z]")
"""A body named after its owner's possessive ('Harnmouth's Board of Governors')."""


def _one_word_rendered(na: str, nb: str) -> bool:
    """'Lysmar Courier' / 'Lysmarer Courier': the same words but one, that one the same root."""
    wa, wb = _name_words(na), _name_words(nb)
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    apart = [(x, y) for x, y in zip(wa, wb) if x != y]
    return len(apart) == 1 and _derived_word(*apart[0])


def _claim_pairs(items: list[Item], claims: list[Claim], near: dict[int, dict[int, float]], translated: set[str]) -> list[tuple[Claim, Claim]]:
    """Each pair of different outlets' claims stating one claim: in one narrative item, or close
    neighbours (NAME_PAIR_MIN) of two original reports that the alignment put in two (a
    translation's rendering of a name is shown only where the claims were joined)."""
    pairs = {(min(a.index, b.index), max(a.index, b.index)) for item in items for x, a in enumerate(item.claims) for b in item.claims[x + 1:] if a.source != b.source}
    pairs |= {(min(i, j), max(i, j)) for i, row in near.items() for j, closeness in row.items()
              if closeness >= NAME_PAIR_MIN and claims[i].source != claims[j].source and not {claims[i].source, claims[j].source} & translated}
    return [(claims[i], claims[j]) for i, j in sorted(pairs)]


def name_discrepancies(items: list[Item], translated: set[str], claims: list[Claim], near: dict[int, dict[int, float]]) -> list[Found]:
    """Names that differ between outlets stating the same claim: 'Bridge of the North 2' /
    'Northern Bridge 2'. A translation's rendering of a name is `wording`."""
    out: list[Found] = []
    titles: list[Found] = []
    found: dict[str, list[str]] = {}  # names per sentence: a wire's sentence several outlets print is read once
    for a, b in _claim_pairs(items, claims, near, translated):
        for c in (a, b):
            if c.text not in found:
                found[c.text] = names_in(c.text)
        if not found[a.text] or not found[b.text]:
            continue  # most pairs: one of the two names nothing, so no name of the other is loose against one of its
        loose_a = [n for n in found[a.text] if not _name_matched(n, b.text, found[b.text])]
        loose_b = [n for n in found[b.text] if not _name_matched(n, a.text, found[a.text])]
        if loose_a and loose_b and any(n.split()[0].rstrip(".").lower() in _ABBREVIATED_FIRST for n in loose_a + loose_b):
            full_a, full_b = {_unabbreviated(n) for n in loose_a}, {_unabbreviated(n) for n in loose_b}
            loose_a = [n for n in loose_a if _unabbreviated(n) not in full_b]  # 'St Orla' / 'Saint Orla': one name, shortened
            loose_b = [n for n in loose_b if _unabbreviated(n) not in full_a]
        other = _another_in_one_slot(a, loose_a, b, loose_b, near, claims, translated) or _another_last_name(a, loose_a, b, loose_b, claims, translated)
        if other:
            na, nb = other
            out.append(Found(discrepancy_id("name", normalise_phrase(min(na, nb)), ""), "name", f"Names differ: {na} / {nb}", (Variant(a.source, na, a), Variant(b.source, nb, b))))
            continue
        for na in loose_a:
            for nb in loose_b:
                sa, sb = content_stems(na), content_stems(nb)
                _, contain, shared = similarity(sa, sb)
                if without_accents(na) == without_accents(nb) or _same_words(na, nb) or _without_qualifier(na) == _without_qualifier(nb) or _same_abbreviation(na, a.text, nb, b.text) or {a.source, b.source} & translated and (sa < sb or sb < sa) and _translated_side_smaller(a, sa, b, sb, translated) or _one_name_shorter(na, nb) or _one_word_rendered(na, nb) or _first_name_cut_short(na, nb):
                    continue  # accents, the same words in another order, a translation that leaves a word out, 'Alex' for 'Alexander'
                respelt = not {a.source, b.source} & translated and _one_word_respelt(na, nb)
                if (shared >= 2 and contain >= 0.5 or respelt) and re.findall(r"\d+", na) == re.findall(r"\d+", nb) and not _writes_both(na, nb, a.source, b.source, claims):
                    variants = (Variant(a.source, na, a), Variant(b.source, nb, b))
                    person = _same_person(na, nb)
                    if person:  # 'Dr Ada Roe' / 'Professor Ada Roe': one person, two titles
                        titles.append(Found(discrepancy_id("title", person.lower(), ""), "title", f"Title of {person} differs", variants))
                        continue
                    if _same_person_other_title(na, nb) or _an_office_and_its_holder(na, nb) or _an_office_and_its_holder(nb, na) or _a_post_and_its_body(na, nb):
                        continue  # 'Chief Executive Ada Roe' / 'Boss Ada Roe': the people box compares titles
                    if {a.source, b.source} & translated and _a_body(na) and _a_body(nb) and _reordered(na, nb):
                        continue  # 'Harbour Pilots' Union' / 'Union of the Pilots of the Harbour': a translation's rendering of one body's name
                    severity = "wording" if {a.source, b.source} & translated else "material"
                    out.append(Found(discrepancy_id("name", normalise_phrase(min(na, nb)), ""), "name", f"Names differ: {na} / {nb}", variants, severity))
    return _merge_by_form(out, "Names differ") + _unique_titles(titles)


SLOT_PAIR_MIN = 0.6
"""Closeness of two claims at which the one name each gives in the same place ('an exit poll by
Kvadrant Research' / 'conducted by Orbis Field Research', 0.80) names the same role's holder, the
closeness of a paraphrase (PARAPHRASE_PAIR). On the other genres it adds one keyed clash and no
false callout."""


_WORD_BEFORE = re.compile(r"\b(by|at|for|from|to|of|in|on|under|against|with)\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,2}$")
"""The preposition a name follows, up to two words of its kind between ('by the consultancy')."""


def _another_in_one_slot(a: Claim, loose_a: list[str], b: Claim, loose_b: list[str], near: dict[int, dict[int, float]], claims: list[Claim],
                         translated: set[str]) -> tuple[str, str] | None:
    """Close claims that each give a name the other does not, after the same word ('written by
    Brightwater Partners' / 'prepared by the firm Clearwater Advisory'), names sharing no word:
    two outlets name two holders of one role, unless either names both somewhere."""
    closeness = near.get(a.index, {}).get(b.index, near.get(b.index, {}).get(a.index, 0.0))
    if closeness < SLOT_PAIR_MIN or {a.source, b.source} & translated:
        return None  # a translation builds a body's name its own way ('the Southern Zone of the Coastal Guard')
    def slot(c: Claim, n: str) -> str:
        m = _WORD_BEFORE.search(c.text, 0, max(0, c.text.find(n)))
        return m.group(1) if m else ""
    slots_a = {na: slot(a, na) for na in loose_a}  # each name's slot read once, not once per name of the other claim
    slots_b = {nb: slot(b, nb) for nb in loose_b} if any(slots_a.values()) else {}
    pairs = [(na, nb) for na in loose_a for nb in loose_b if not re.search(r"\d", na + nb) and slots_a[na] and slots_a[na] == slots_b[nb]
             and not _shared_words(na, nb)]
    if len(pairs) != 1:
        return None
    na, nb = pairs[0]
    kind = {na.split()[-1]} & {nb.split()[-1]}
    if _writes_both(na, nb, a.source, b.source, claims) or _mentioned(na, b.source, claims, kind) or _mentioned(nb, a.source, claims, kind):
        return None
    return na, nb


def _rendered_word(a: str, b: str) -> bool:
    """Two words most of the shorter of which stands whole in the other ('Capital' / 'Kapitalbolag'):
    a translation's rendering of a word, not another surname ('Hallberg' / 'Hallstrom')."""
    a, b = (without_accents(without_possessive(w)).lower() for w in (a, b))
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= RENDERED_WORD_SHARE * min(len(a), len(b))


RENDERED_WORD_SHARE = 0.6
"""Share of the shorter word that a rendering keeps in one run; surnames of one stem ('Hall-')
keep half or less."""
_POSSESSIVE_S = re.compile(r"['\u2019]s\b")
_QUOTE_MARK = re.compile("[\"'\u2018\u2019\u201c\u201d\u00ab\u00bb]")


def _another_last_name(a: Claim, loose_a: list[str], b: Claim, loose_b: list[str], claims: list[Claim], translated: set[str]) -> tuple[str, str] | None:
    """Claims stating one claim that each give a name the other does not, the same first word
    and another after it ('led by Maren Dahlgren' / 'director will be Maren Dahlquist', 'owned by
    Bellerive Immobilier' / 'the fund Bellerive Capital'): one holder named two ways, unless
    either outlet names the other's anywhere. Last words a letter or two apart are a spelling's."""
    pairs = [(na, nb) for na in loose_a for nb in loose_b
             if len(wa := na.split()) == 2 and len(wb := nb.split()) == 2 and wa[0] == wb[0] and not any(is_role_word(w.lower()) for w in wa + wb) and wa[0].lower() not in STOPWORDS
             and not re.search(r"\d", na + nb) and edit_distance(*(without_accents(without_possessive(w)).lower() for w in (wa[-1], wb[-1]))) > 2]
    if pairs and {a.source, b.source} & translated:  # a translation renders a body's word ('Bellerive Kapital') and a work's title ('The Salt Grove'), not a surname
        lower_words = _lower_words(claims)

        def rendered(na: str, nb: str) -> bool:
            last = (na.split()[-1], nb.split()[-1])
            return bool(_QUOTE_MARK.search(_POSSESSIVE_S.sub("", f"{na} {nb}"))) or _rendered_word(*last) or any(_body_word(w) or _common_word(w, lower_words) for w in last)
        pairs = [(na, nb) for na, nb in pairs if not rendered(na, nb)]
    if len(pairs) != 1:
        return None
    na, nb = pairs[0]
    first = {na.split()[0]}  # the word both share: only the other's own last word tells that an outlet names it too
    if _writes_both(na, nb, a.source, b.source, claims) or _mentioned(na, b.source, claims, first) or _mentioned(nb, a.source, claims, first):
        return None
    return na, nb


def _own_words(name: str, claims: list[Claim]) -> set[str]:
    """The words that make a name this one ('Kvadrant' of 'Kvadrant Research'), not words any
    body's name may hold ('Research', 'Hospital') or the story writes in lower case."""
    lower_words = _lower_words(claims)
    return {w for w in (without_possessive(w) for w in name.split()) if len(w) >= 4 and w[:1].isupper() and not _body_word(w) and not _common_word(w, lower_words)}


def _shared_words(na: str, nb: str) -> set[str]:
    """The words two names share, but for a last word both end on that names a kind of body
    ('Kvadrant Research' / 'Orbis Field Research'), not which one: 'Dr Ada Roe' / 'Professor Ada
    Roe' share 'Ada' and are one person's two titles."""
    shared = {without_possessive(w).lower() for w in na.split()} & {without_possessive(w).lower() for w in nb.split()} - STOPWORDS
    last = without_possessive(na.split()[-1]).lower()
    if last == without_possessive(nb.split()[-1]).lower():
        shared.discard(last)
    return shared


def _mentioned(name: str, source: str, claims: list[Claim], kind: set[str]) -> bool:
    """The outlet names it somewhere: any of its own words but the kind of body both names end on."""
    told = "\n".join(c.text for c in claims if c.source == source)  # one search per word, not one per sentence: a word never runs across the line break
    return any(re.search(rf"\b{re.escape(k)}\b", told) for k in _own_words(name, claims) - kind)


def _writes_both(na: str, nb: str, source_a: str, source_b: str, claims: list[Claim]) -> bool:
    """Either outlet names both somewhere in its report ('Typhoon Menari' and last year's
    'Typhoon Bensa'): two things, not one name spelt two ways."""
    def names_both(source: str) -> bool:
        told = [c.text for c in claims if c.source == source]
        return any(na in t for t in told) and any(nb in t for t in told)
    return names_both(source_a) or names_both(source_b)


BODY_WORDS = INSTITUTION_WORDS | {
    "board", "authority", "party", "tribunal", "hospital", "clinic", "league", "federation", "service", "services",
    "guard", "police", "administration", "inspectorate", "directorate", "assembly", "parliament", "chamber", "society",
    "cup", "championship", "railway", "railways", "airlines", "network", "trust", "fund", "institution", "personnel",
}
"""Words that make a name a body's (an agency, a party, a hospital, a competition): a translation
renders such a name word by word in its own order ('Board of Port Pilots' for 'Port Pilots
Board'), so its other words are no other body."""


def _a_body(name: str) -> bool:
    return any(_body_word(w) for w in name.split())


def _body_word(word: str) -> bool:
    return without_possessive(word).lower() in BODY_WORDS


_LINKS = frozenset({"of", "the", "for", "and", "de"})


def _reordered(a: str, b: str) -> bool:
    """The words two names share stand in another order, or the body's word stands before them in
    one and after them in the other ('Harbour Pilots' Union' / 'Union of the Pilots of the
    Harbour'): a translation building the name in its own language's order. One word changed in
    the same order ('School of Oriental Studies' / 'Institute of Oriental Studies') is no such
    rendering, and stays a wording discrepancy."""
    def keys(name: str) -> list[tuple[str, bool]]:
        return [(without_possessive(w).lower()[:5], _body_word(w)) for w in name.split() if w.lower() not in _LINKS]
    ka, kb = keys(a), keys(b)
    shared = {k for k, _ in ka} & {k for k, _ in kb}
    order_a = [k for k, _ in ka if k in shared]
    order_b = [k for k, _ in kb if k in shared]
    if order_a != order_b:
        return True
    def body_side(ks: list[tuple[str, bool]]) -> str:
        at = [n for n, (k, body) in enumerate(ks) if body and k not in shared]
        held = [n for n, (k, _) in enumerate(ks) if k in shared]
        if not at or not held:
            return ""
        return "before" if at[0] < held[0] else "after" if at[0] > held[-1] else "inside"
    side_a, side_b = body_side(ka), body_side(kb)
    return bool(side_a and side_b and side_a != side_b)


RESPELT_MIN = 0.5
"""Letter similarity (difflib's ratio) of the one word two names of a claim differ in at which it is
one name spelt two ways ('Norrvik School' / 'Norrby School', 0.62; 'Corrindel Geosystems' /
'Corrindel Geospatial', 0.5); unlike words ('Norrvik' / 'Central', 0.14) name two places. From 0.6
to 0.5 the other genres gained one keyed clash and, until an outlet that writes both names was
taken to tell two things, one false callout ('Typhoon Bensa' / 'Typhoon Menari')."""


def _one_word_respelt(a: str, b: str) -> bool:
    """Names of the same words but one, a proper name spelt another way: 'Norrvik School' /
    'Norrby School'."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    differ = [(x, y) for x, y in zip(wa, wb) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    return min(len(x), len(y)) >= 4 and x[0].isupper() and y[0].isupper() and SequenceMatcher(None, x.lower(), y.lower()).ratio() >= RESPELT_MIN


_QUALIFIER = re.compile(r"^[A-Z][\w\u00c0-\u024f-]*(?:['\u2019]s|(?<=[a-z])(?:ian|ean|ese|ish)|-based)\s+(?=[A-Z])")
"""A country or owner before a name: 'Aldavia's ...', 'Veskarian ...', 'Halvik-based ...' (not
'London ...': a name's own first word)."""


def _without_qualifier(name: str) -> str:
    """A name without the country or owner set before or after it and without a possessive
    ending ('Aldavia's National Institute', 'Veskarian Halvern', 'Ada Roe of Lesovia', 'Calder
    Relief for Dorvasquia', 'Acme Bank's' -> 'National Institute', 'Halvern', 'Ada Roe', 'Calder
    Relief', 'Acme Bank'): one name either way."""
    name = _QUALIFIER.sub("", name)
    name = _OF_PLACE.sub("", name)
    name = _WHAT_OF.sub("", name)
    return without_accents(without_possessive(name))


_WHAT_OF = re.compile(r"^[A-Z][a-z]+s\s+of\s+(?:the\s+)?(?=[A-Z])")
"""A plural common noun before 'of' at a name's start ('Shares of Karsholm Pharma'): the
sentence's first word, capitalised by its place."""
_OF_PLACE = re.compile(r"\s+(?:of|for|in)\s+[A-Z][\w\u00c0-\u024f-]*$")


_HONORIFIC = re.compile(r"^(?:(?:dr|prof|professor|mr|mrs|ms|miss|sir|dame|judge|justice|senator|governor|president|minister|general|colonel|captain|rev|reverend|father|sister|rabbi|imam|sheikh)\.?\s+)+", re.I)


_OF_PLACE_AFTER = re.compile(r"\s+(?:of|from)\s+[A-Z][\w\u00c0-\u024f-]+(?:\s+[A-Z][\w\u00c0-\u024f-]+)*$")


def _same_person_other_title(a: str, b: str) -> bool:
    """Both end in the same first name and surname, after different leading words ('Chief
    Executive Ada Roe' / 'Boss Ada Roe' / 'Ada Roe'), capitalised or holding a role ('Minister
    of Energy and Climate Ada Roe'); not the words of an institution's name."""
    wa, wb = _OF_PLACE_AFTER.sub("", without_possessive(a)).split(), _OF_PLACE_AFTER.sub("", without_possessive(b)).split()  # 'Chief Inspector Hanne Rusten of Lunde': her force; 'Editor-in-chief Ada Roe's statement': hers
    if len(wa) < 2 or len(wb) < 2 or max(len(wa), len(wb)) < 3 or wa[-2:] != wb[-2:] or wa[:-2] == wb[:-2]:
        return False
    if any(w.lower() in INSTITUTION_WORDS for w in wa + wb):
        return False  # 'School of Oriental and African Studies': an institution, not a person
    titled = all(not prefix or any(part in ROLE_NOUNS for w in prefix for part in w.lower().split("-")) for prefix in (wa[:-2], wb[:-2]))  # 'Vice-Rector for Education Jonas Ekdahl'
    return titled or not any(w.islower() for w in wa + wb)  # 'Minister of Energy and Climate Ada Roe' / 'Energy Minister Ada Roe'


def _a_post_and_its_body(a: str, b: str) -> bool:
    """'Transport Minister' / 'Transport Ministry': the same words but the last, a post in one name and
    a body in the other (a minister and the ministry, a commissioner and the commission's office):
    two things, each named right, no name told two ways."""
    wa, wb = without_possessive(a).lower().split(), without_possessive(b).lower().split()
    if len(wa) != len(wb) or wa[:-1] != wb[:-1]:
        return False
    x, y = wa[-1], wb[-1]
    return is_role_word(x) and y in NOT_PEOPLE or is_role_word(y) and x in NOT_PEOPLE


def _an_office_and_its_holder(office: str, held: str) -> bool:
    """'Information Commissioner's' or 'Information Commissioner of Estrelland' / 'Information
    Commissioner Delphine Sauvart': a post named alone, and named with the person who holds it."""
    words = without_possessive(held).split()
    if len(words) < 3 or not all(w[:1].isupper() and w[1:].islower() for w in words[-2:]):
        return False
    post = " ".join(words[:-2])
    return any(part in ROLE_NOUNS for w in words[:-2] for part in w.lower().split("-")) and _without_qualifier(without_possessive(office)) == _without_qualifier(post)


def _same_person(a: str, b: str) -> str | None:
    """The name both give after different titles ('Dr Ada Roe' / 'Professor Ada Roe'), else None."""
    ta, tb = _HONORIFIC.match(a), _HONORIFIC.match(b)
    if not ta or not tb or normalise_phrase(ta.group(0)) == normalise_phrase(tb.group(0)):
        return None
    rest_a, rest_b = a[ta.end():].strip(), b[tb.end():].strip()
    return rest_a if rest_a and rest_a == rest_b and len(rest_a.split()) >= 2 else None


def _unique_titles(titles: list[Found]) -> list[Found]:
    """One discrepancy per person: the title pairs of every claim that names them."""
    variants_of: dict[str, list[Variant]] = {}
    first: dict[str, Found] = {}
    for f in titles:
        first.setdefault(f.id, f)
        _add_new(variants_of.setdefault(f.id, []), f.variants)
    return [Found(f.id, f.kind, f.summary, tuple(variants_of[f.id]), f.severity) for f in first.values()]


def _add_new(variants: list[Variant], more) -> None:
    """Append the variants of `more` that are not yet listed (same outlet, same words)."""
    for v in more:
        if all((v.source, v.text) != (o.source, o.text) for o in variants):
            variants.append(v)


def _merge_by_form(out: list[Found], heading: str) -> list[Found]:
    """One discrepancy per name: pairs that share an outlet's form are one."""
    groups = Groups()
    for n, f in enumerate(out):
        groups.find(n)
        for v in f.variants:
            groups.union(n, ("form", v.source, normalise_phrase(v.text)))
    merged: list[Found] = []
    for component in groups.components():
        members = sorted(k for k in component if isinstance(k, int))
        if not members:
            continue
        variants: list[Variant] = []
        for k in members:
            _add_new(variants, out[k].variants)
        first = out[members[0]]
        severity = "material" if any(out[k].severity == "material" for k in members) else "wording"
        forms = " / ".join(dict.fromkeys(v.text for v in variants))
        merged.append(Found(first.id, "name", f"{heading}: {forms}", tuple(variants), severity))
    return merged


ORGANISATION_WORDS = INSTITUTION_WORDS | {
    "economics", "analytics", "research", "partners", "capital", "group", "holdings", "consulting", "associates",
    "securities", "advisors", "advisers", "markets", "insights", "intelligence", "ratings", "investments", "bureau",
}
"""Last words that make a name an organisation's, not a place's: outlets quoting analysts 'at'
two different firms quote two sources, which is no discrepancy."""
_PLACE = re.compile(r"\b(to|in|at|from|near|into|towards|outside)\s+(?:the\s+[a-z]+(?:\s+[a-z]+)?\s+of\s+)?([A-Z][\w\u00c0-\u024f-]+(?:\s+[A-Z][\w\u00c0-\u024f-]+)*)")
"""A named place after a preposition: 'to Hollins', 'at the airport of Hollins'."""


_BOUND_PREPOSITIONS = frozenset({"to", "from", "into", "towards"})
"""Prepositions of where a movement went or came from, of which one event has one ('diverted to
Hollins' / 'to the airport of Marrow'); 'in' and 'at' name a place at any scale (a town in a
region, a club at its ground), so two outlets may both be right."""
_REGION_OF = re.compile(r"\bthe\s+(?:(?:far|extreme)\s+)?(?:north|south|east|west|centre|center|interior|coast)(?:-?(?:east|west)(?:ern)?|ern)?\s+of\b", re.I)
"""'In the north of Kalvenia': a region holding the other outlets' places, not another place."""


def _derived_word(a: str, b: str) -> bool:
    """A place and the word of its people or its adjective ('China' / 'Chinese', 'Norway' /
    'Norwegian'): the shorter, less up to two final letters, begins the longer."""
    short, long = sorted((a.lower(), b.lower()), key=len)
    if len(short) < 4 or " " in short:
        return False
    return any(long.startswith(short[:len(short) - cut]) and long[len(short) - cut:] in _DERIVING_ENDINGS for cut in (0, 1, 2) if len(short) - cut >= 4)


_PEOPLE_ENDINGS = ("ian", "ians", "ean", "eans", "an", "ans", "ese", "ish")
"""Endings of a place's people or adjective ('Serevian', 'Ostmerans', 'Kalvese')."""
_DERIVING_ENDINGS = frozenset("e es ese ean ian ians ish er ers ern ic ics i an ans egian ite ites n ns s ien ienne ais aise ois oise".split())
"""What turns a place into its people or adjective, or a name into a translation's form of it
('China' / 'Chinese', 'Norway' / 'Norwegian', 'Lysmar' / 'Lysmarer'); 'Norrby' / 'Norrvik' are
two places."""


_NAME_WORDS = r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f'\u2019-]+(?:\s+[A-Z\u00c0-\u00de][\w\u00c0-\u024f'\u2019-]+){0,3}"
_NAME_LIST = re.compile(rf"(?<![\w.])({_NAME_WORDS}(?:,\s+{_NAME_WORDS}){{1,6}},?\s+and\s+{_NAME_WORDS})")
LIST_PAIR_MIN = 0.5
"""Closeness of two outlets' claims whose lists of three or more names, one member apart, name one set."""


def _text_by_outlet(claims: list[Claim]) -> dict[str, str]:
    """Each outlet's whole text, joined once: where a name is looked for anywhere in its article."""
    texts_of: dict[str, list[str]] = {}
    for c in claims:
        texts_of.setdefault(c.source, []).append(c.text)
    return {source: " " + " ".join(texts) for source, texts in texts_of.items()}


def _list_members(text: str) -> list[list[str]]:
    """Each list of three or more capitalised names in a sentence ('Ostby, Lund and Fjarby')."""
    out = []
    for m in _NAME_LIST.finditer(text):
        members = [x.strip() for x in re.split(r",\s+|,?\s+and\s+", m.group(1)) if x.strip()]
        if len(members) >= 3 and not any(w.lower() in STOPWORDS for x in members for w in x.split()[:1]):
            out.append(members)
    return out


def _member_in(name: str, others: list[str]) -> bool:
    """Whether a list names the member: its words, or the first of them ('Hallby' / 'Hallby
    Airport'); 'Old Kiln Camembert' and 'Old Mill Camembert' share a first word and are two."""
    words = without_accents(name).lower().split()
    for other in others:
        theirs = without_accents(other).lower().split()
        n = min(len(words), len(theirs))
        if words[:n] == theirs[:n]:
            return True
    return False


def list_member_discrepancies(items: list[Item], claims: list[Claim], near: dict[int, dict[int, float]]) -> list[Found]:
    """One set of names told with one member swapped: 'closed Hallby, Ostby and Fjarby airports'
    / 'closed are the airports Hallby, Ostby and Sandvik'. The lists are as long, share every other
    member, and neither outlet names the other's odd member anywhere in its text."""
    lists = {c.index: _list_members(c.text) for c in claims if c.text.count(",") >= 1 and " and " in c.text}
    lists = {i: found for i, found in lists.items() if found}
    if len({claims[i].source for i in lists}) < 2:
        return []
    texts = _text_by_outlet(claims)
    out: list[Found] = []
    for i in sorted(lists):
        for j, closeness in sorted(near.get(i, {}).items()):
            if j not in lists or claims[j].source == claims[i].source or closeness < LIST_PAIR_MIN:
                continue
            a, b = claims[i], claims[j]
            for la in lists[i]:
                for lb in lists[j]:
                    if len(la) != len(lb):
                        continue
                    odd_a = [x for x in la if not _member_in(x, lb)]
                    odd_b = [x for x in lb if not _member_in(x, la)]
                    if len(odd_a) != 1 or len(odd_b) != 1:
                        continue
                    words_a, words_b = odd_a[0].split(), odd_b[0].split()
                    own_a = [w for w in words_a if w not in words_b] or words_a  # 'Old Kiln Camembert' / 'Old Mill Camembert': Kiln and Mill tell them apart
                    own_b = [w for w in words_b if w not in words_a] or words_b
                    if own_a[0] in texts[b.source] or own_b[0] in texts[a.source]:
                        continue  # the other outlet names it elsewhere: another set, not a swapped member
                    if len(words_a) == len(words_b) == 2 and words_a[-1] == words_b[-1]:
                        continue  # one surname, two given names: the given-name check reports it
                    variants = (Variant(a.source, odd_a[0], a), Variant(b.source, odd_b[0], b))
                    out.append(Found(discrepancy_id("name", "list:" + normalise_phrase(min(odd_a[0], odd_b[0])), ""), "name",
                                     f"Names differ: {odd_a[0]} / {odd_b[0]}", variants))
    return _merge_by_form(out, "Names differ")


_ABBREVIATED_FIRST = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
"""Words a place's name opens with, often shortened: 'St Orla' and 'Saint Orla' are one place ('Baker
St', a street's, is shortened at the end, and left alone)."""


def _unabbreviated(place: str) -> str:
    """The name in lower case with its shortened first word spelt out ('st orla' -> 'saint orla'),
    so the two spellings compare equal."""
    first, _, rest = place.partition(" ")
    full = _ABBREVIATED_FIRST.get(first.lower().rstrip("."))
    return f"{full} {rest.lower()}" if full and rest else place.lower()


def place_discrepancies(items: list[Item], claims: list[Claim], people: dict[str, Person] | None = None) -> list[Found]:
    """One claim, two places: outlets stating the same claim put a different named place after
    the same preposition ('diverted to Hollins' / 'diverted to the airport of Marrow'), and the
    outlet with the odd name never names the others' place anywhere in its article, so its
    report does not merely add a stop on the way."""
    named_by = _text_by_outlet(claims)
    surnames = {name.split()[-1] for name in people or {}}  # 'sent to Ms Marovan', 'to Ilse Marovan': a person, no place
    out: list[Found] = []
    for item in items:
        if len(item.claims) < 2 or all(c.source == item.claims[0].source for c in item.claims):
            continue  # one outlet's claim alone: no pair of outlets to compare, so no place to read
        places = {c.index: [(m.group(1).lower(), m.group(2), m.group(0)) for m in _PLACE.finditer(c.text)
                            if m.group(1).lower() in _BOUND_PREPOSITIONS and not _CALENDAR.search(m.group(2)) and m.group(2).split()[-1].lower() not in ORGANISATION_WORDS
                            and not _HONORIFIC.match(m.group(2) + " ") and m.group(2).split()[-1] not in surnames
                            and not _REGION_OF.search(m.group(0))]
                  for c in item.claims}
        for x, a in enumerate(item.claims):
            for b in item.claims[x + 1:]:
                if a.source == b.source:
                    continue
                for prep_a, place_a, shown_a in places[a.index]:
                    for prep_b, place_b, shown_b in places[b.index]:
                        if prep_a != prep_b or place_a in b.text or place_b in a.text or _transliterated(_unabbreviated(place_a)) == _transliterated(_unabbreviated(place_b)) or edit_distance(place_a.lower(), place_b.lower()) <= 2 or _derived_word(place_a, place_b):
                            continue  # the same place, or its name spelt otherwise (the spelling check shows it)
                        if place_b in named_by[a.source] and place_a in named_by[b.source]:
                            continue  # each outlet names both places somewhere: two stops, not two versions
                        variants = (Variant(a.source, shown_a, a), Variant(b.source, shown_b, b))
                        out.append(Found(discrepancy_id("name", normalise_phrase(min(place_a, place_b)), "place"), "name",
                                         f"Places differ: {place_a} / {place_b}", variants))
    return _merge_by_form(out, "Places differ")


_NAME_BEFORE_NOUNS = re.compile(r"(?=[A-Z])\b((?:[A-Z][a-z\u00e0-\u024f]+\s){0,2}[A-Z][a-z\u00e0-\u024f]+)((?:\s+[a-z]{4,}){1,3})")
_DEMONYM = re.compile(r"(?:ian|ean|ish|ese|ans)$")
_DETERMINED = re.compile(r"\b(?:the|a|an|its|their)\s+([a-z]{4,})\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their)\s+$", re.I)
SHARED_KIND_WORDS = 2
"""Lower-case words after a name two names must share to name one kind of thing ('Kettle Hill
tailings facility' / 'Rook Hollow tailings storage facility'): one word ('station') is shared by
unrelated things of a story too often (a weather station, a metro station)."""


_OPENINGS = ".!?:\"\u201c\u201d\u2018\u2019"
"""What ends a sentence or opens a quotation: a word right after one of them (spaces between) starts it."""


def _opens_before(text: str, at: int) -> bool:
    """A sentence's or a quotation's start right before the word at `at`: the last character
    before it that is not a space is one of _OPENINGS. Read from the end, not by a pattern
    searched along the whole sentence before the word."""
    before = text[:at].rstrip()
    return before != "" and before[-1] in _OPENINGS


def kind_name_discrepancies(claims: list[Claim]) -> list[Found]:
    """One thing given two names: outlets put different names before the same common nouns
    ('the Kettle Hill tailings facility' / 'the Rook Hollow tailings storage facility'), and no
    outlet uses both names anywhere, so they are not two things of the same kind that every outlet
    tells apart."""
    text_of = _text_by_outlet(claims)
    story = "\n".join(text_of.values())
    nouns = set(_DETERMINED.findall(story))  # words the story uses as nouns ('the facility')
    lower_words = _lower_words(claims)  # the same words as the outlets' joined texts hold
    kinds: dict[str, dict[str, tuple[Claim, str]]] = {}  # name -> outlet -> (claim, the words shown)
    after: dict[str, set[str]] = {}  # name -> the nouns that follow it anywhere
    for c in claims:
        for m in _NAME_BEFORE_NOUNS.finditer(c.text):
            name = m.group(1)
            if m.start() == 0 or _opens_before(c.text, m.start()):
                continue  # a sentence's or a quotation's first word may be any word
            if name.split()[0].lower() in _NOT_KIND_NAMES or _common_word(name, lower_words) or _CALENDAR.fullmatch(name) or _DEMONYM.search(name):
                continue
            following = []
            for w in m.group(2).split():
                if w in STOPWORDS:
                    break
                following.append(w)
            if following and (_DETERMINER_BEFORE.search(c.text, max(0, m.start() - 8), m.start()) or nouns.intersection(following)):  # 'the Kettle Hill tailings facility', or 'the facility' elsewhere
                after.setdefault(name, set()).update(following)
                kinds.setdefault(name, {}).setdefault(c.source, (c, f"{name} {' '.join(following)}"))
    out: list[Found] = []
    names = sorted(kinds)
    for x, a in enumerate(names):
        for b in names[x + 1:]:
            if len(after[a] & after[b]) < SHARED_KIND_WORDS or set(a.split()) & set(b.split()):
                continue
            if edit_distance(a.lower(), b.lower()) <= 2 or _transliterated(a) == _transliterated(b):
                continue  # one name spelt two ways: the spelling check reports it
            if any(a in text and b in text for text in text_of.values()):
                continue  # an outlet names both: two things
            variants = tuple(Variant(source, shown, claim) for name in (a, b) for source, (claim, shown) in kinds[name].items())
            out.append(Found(discrepancy_id("name", normalise_phrase(min(a, b)), "kind"), "name", f"Names differ: {a} / {b}", variants))
    return out


_KIND_THEN_NAME = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+([a-z]{4,})(?:,\s+the)?\s+((?:[A-Z][a-z\u00e0-\u024f]+)(?:\s+[A-Z][a-z\u00e0-\u024f]+){1,2})\b(?!\s+[A-Z])")
"""A name after the noun of its kind: 'the tanker Ardent Pilot', 'a tanker, the Ardent Pioneer'."""


def renamed_thing_discrepancies(claims: list[Claim], translated: set[str] | frozenset[str] = frozenset()) -> list[Found]:
    """One thing of a kind named with the same first word and another after it ('the tanker Ardent
    Pilot' / 'a tanker, the Ardent Pioneer'), where no outlet uses both names anywhere: one vessel,
    building or body given two names. People are the surname checks'; names a letter or two apart
    the spelling check's; a name only a translation gives renders the other ('Tarnvik Kapitalbolag'
    for 'Tarnvik Capital')."""
    text_of = _text_by_outlet(claims)
    named: dict[tuple[str, str], dict[str, dict[str, Claim]]] = {}  # (kind, first word) -> name -> outlet -> claim
    for c in claims:
        for m in _KIND_THEN_NAME.finditer(c.text):
            kind, name = m.group(1), m.group(2)
            if kind in STOPWORDS or is_role_word(kind) or kind.endswith("s"):
                continue
            named.setdefault((kind, name.split()[0]), {}).setdefault(name, {}).setdefault(c.source, c)
    out: list[Found] = []
    for _, names in sorted(named.items()):
        ordered = sorted(names)
        for x, a in enumerate(ordered):
            for b in ordered[x + 1:]:
                if edit_distance(a.split(" ", 1)[1].lower(), b.split(" ", 1)[1].lower()) <= 2:
                    continue
                if any(a in text and b in text for text in text_of.values()):
                    continue  # an outlet names both: two things of the kind
                if set(names[a]) <= translated or set(names[b]) <= translated:
                    continue
                variants = tuple(Variant(source, name, claim) for name in (a, b) for source, claim in sorted(names[name].items()))
                out.append(Found(discrepancy_id("name", normalise_phrase(min(a, b)), "renamed"), "name", f"Names differ: {a} / {b}", variants, "material"))
    return out


_APPOSITION = re.compile(r"\s*(?:the|a|an)\s+[^,;]{1,40},\s*$")
"""A noun phrase set off by commas before the verb ('…, the second on the site, was led by'): it
renames the subject before it."""
_PERSON_NAME = rf"({CAPITAL}[a-z\u00e0-\u024f'\u2019-]+(?:\s+(?:&\s+)?{CAPITAL}[a-z\u00e0-\u024f'\u2019-]+){{1,2}})"
_DONE_BY = re.compile(rf"(?:\b(?:was|were|is|are|be|has\s+been|had\s+been|have\s+been)\s+(?:last\s+|first\s+|also\s+|[a-z]+ly\s+)?|,\s+|(?<=[a-z]\s))([a-z]{{4,}}(?:ed|en)|built|made|sold|bought|held|led|paid|sent|lent|brought|won|shot|struck|written|chosen)\s+(?:over\s+|out\s+)?(?:(?:in|for|last|first)\s+(?:the\s+)?[\w]+\s+){{0,2}}by\s+(?:(?:the\s+)?(?:[a-z-]+\s+){{0,4}}?)?{_PERSON_NAME}")
_DOER = re.compile(rf"{_PERSON_NAME}(?:,\s+(?:who|whose)\s[^,;]{{3,80}},)?\s+([a-z]{{4,}}ed)\s+(?:over\s+)?(?:(?:the|a|an|his|her|its|their)\s+)?((?:[a-z-]+\s+){{0,2}}[a-z-]{{3,}})")
"""Who did a deed to a thing: 'the trophy was presented by (the former champion) Greta Holm',
'Federation president Elias Varg presented the trophy'."""


def agent_conflicts(claims: list[Claim]) -> list[Conflict]:
    """One deed done to one thing by a different named person in each of two outlets ('the
    trophy was presented by Greta Holm' / 'Elias Varg presented the trophy'): the same verb and
    the same thing, told in the passive or the active, whatever else the sentences say. An
    outlet that names the other's person doing it too agrees."""
    done: dict[tuple[str, str], dict[str, list[tuple[Claim, str, int, int]]]] = {}  # (verb, thing) -> outlet -> agents
    for c in claims:
        if " by " in c.text:
            for m in _DONE_BY.finditer(c.text):
                left = c.text.rfind(",", 0, m.start()) + 1
                if not content_stems(c.text[left:m.start()]):
                    left = c.text.rfind(",", 0, max(0, left - 1)) + 1  # ', operated by X', ', which was built by X' tell of the clause before the comma
                if left and _APPOSITION.match(c.text, left, m.start()):
                    left = c.text.rfind(",", 0, max(0, left - 1)) + 1  # so does an apposition ('The dig, the second on the site, was led by X': the dig)
                for thing in content_stems(c.text[left:m.start()]):
                    done.setdefault((m.group(1).lower(), thing), {}).setdefault(c.source, []).append((c, m.group(2), m.start(2), m.end(2)))
        for m in _DOER.finditer(c.text):
            if m.group(1).split()[0] in NOT_PEOPLE or m.group(1).split()[0].lower() in STOPWORDS:
                continue
            for thing in content_stems(m.group(3)):
                done.setdefault((m.group(2).lower(), thing), {}).setdefault(c.source, []).append((c, m.group(1), m.start(1), m.end(1)))
    out: list[Conflict] = []
    seen: set[frozenset[str]] = set()
    for (verb, _thing), by_outlet in sorted(done.items()):
        if len(by_outlet) < 2 or verb in _STANCES:
            continue  # 'criticised by Anna Berg' / 'criticised by Jon Holm': many may take a stance on one thing
        surnames = {source: {agent.split()[-1] for _, agent, _, _ in told} for source, told in by_outlet.items()}
        sources = sorted(by_outlet)
        for x, a in enumerate(sources):
            for b in sources[x + 1:]:
                if surnames[a] & surnames[b] or len(surnames[a]) != 1 or len(surnames[b]) != 1:
                    continue
                pair = frozenset(surnames[a] | surnames[b])
                if pair in seen:
                    continue
                seen.add(pair)
                (claim_a, agent_a, _, _), (claim_b, agent_b, _, _) = by_outlet[a][0], by_outlet[b][0]
                if agent_a.split()[-1] in claim_b.text or agent_b.split()[-1] in claim_a.text:
                    continue  # 'chaired by retired Supreme Court justice Harriet Lund': the sentence names the other's agent too
                facts = []
                for source in (a, b):
                    claim, agent, start, end = by_outlet[source][0]
                    facts.append((claim, Fact("name", "agent:" + verb, agent, agent, start, end)))
                out.append(Conflict("name", "agent:" + verb, "material", facts))
    return out


_STANCES = frozenset(
    "criticised criticized welcomed praised condemned backed supported opposed questioned hailed applauded slammed denounced "
    "endorsed challenged disputed defended attacked mocked blamed thanked congratulated visited attended".split())
"""Deeds many can do to one thing (a stance on it, a visit): two outlets naming two who did it
each tell one of them, not a different doer of one deed."""


_FLAG = re.compile(rf"\b({CAPITAL}[a-z\u00e0-\u024f]+)-(?:flagged|registered)\b|\b(?:flying|under)\s+(?:the\s+|a\s+)?({CAPITAL}[a-z\u00e0-\u024f]+)\s+flag\b")
"""The state a ship sails under: 'the Salvenne-flagged ship', 'Marovian-registered', 'flying the
Salvenne flag', a translation's 'under Salvennese flag'."""
FLAG_STEM = 5
"""Letters a state's name and its adjective share ('Salvenne' / 'Salvennese')."""


def flag_conflicts(claims: list[Claim]) -> list[Conflict]:
    """The one flag each of two outlets gives the story's ship, two different states ('the
    Salvenne-flagged ship' / 'the Marovian-registered vessel'). An outlet naming two flags (a
    collision of two ships) is left out."""
    flags: dict[str, list[tuple[Claim, Fact]]] = {}
    for c in claims:
        if "flag" in c.text or "registered" in c.text:
            for m in _FLAG.finditer(c.text):
                k = 1 if m.group(1) else 2
                flags.setdefault(c.source, []).append((c, Fact("name", "flag", m.group(k), m.group(k), m.start(k), m.end(k))))
    sole = {source: told[0] for source, told in flags.items() if len({_state(f.text) for _, f in told}) == 1}
    sources = sorted(sole)
    return [Conflict("name", "flag", "material", [sole[a], sole[b]]) for x, a in enumerate(sources) for b in sources[x + 1:]
            if _state(sole[a][1].text) != _state(sole[b][1].text)]


_SIDES = {"left": "side", "right": "side", "front": "end", "rear": "end", "long": "length", "short": "length", "high": "height", "low": "height"}
"""Words that place a thing on one side of a pair ('the left engine', 'the rear axle'), alone or
as the first part of a compound ('long-range', 'low-risk'): two outlets giving one thing two of
one family's words tell two facts. Not the compass or 'upper' / 'lower': outlets describe one
place from different sides ('the north coast' / 'the western sea'), nine false callouts on the
other genres and one keyed clash."""


def _side_family(word: str) -> str:
    """A side word's family; a compound's is its first part's with its second ('long-haul' and
    'short-haul' are one family, 'long-haul' and 'short-term' none)."""
    first, _, rest = word.partition("-")
    return _SIDES[first] + ("-" + rest if rest else "")


_ALONE = frozenset(w for w, family in _SIDES.items() if family not in ("length", "height"))
"""Side words that place a thing on their own; 'long' and 'high' only in a compound ('the high
tide' and 'the low tide' are two tides, not one told two ways)."""
_SIDE = re.compile(r"\b(?:the|a|an|his|her|its|their)\s+(?:[a-z]+(?:['\u2019]s)?\s+)?(" + "|".join(sorted(_ALONE, key=len, reverse=True)) + r")\s+([a-z]{3,})\b")
"""A thing named by its side ('a broken left forearm', 'the aircraft's right motor'): lower case, after
a determiner and at most one word, so 'left Monday' (a verb) and 'Right now' are none."""
_SIDE_COMPOUND = re.compile(r"(?<![\w-])((?:" + "|".join(_SIDES) + r")-[a-z]{3,})\s+([a-z]{3,})\b")
"""A kind told by a compound of a side word ('46 short-haul flights', 'low-risk patients'): no
determiner needed, a hyphenated modifier is no verb."""
_A_SIDE_COMPOUND = re.compile(r"\b(?:" + "|".join(sorted(set(_SIDES) - _ALONE)) + r")-")
"""Whether a sentence holds a compound of a side word that cannot stand alone ('long-haul'): with the
side words that can, found by a look for each, it tells which sentences the patterns need read."""
_NOT_SIDED = frozenset({"now", "away", "after", "before", "behind", "here", "there", "and", "or", "to", "of", "for", "the"})
SIDE_NOUN_MIN = 0.4
"""Word-vector similarity at which two outlets' nouns name one thing ('engine' / 'motor', 0.43;
unrelated nouns of a story lie below 0.2). Measured on the other genres: 0.4 adds two keyed
clashes and no false callout; 0.45 misses 'engine' / 'motor'."""


def side_conflicts(claims: list[Claim], vectors_of) -> list[Conflict]:
    """One thing given opposite sides by two outlets ('a broken left forearm' / 'a fracture of the
    right forearm', 'the left engine' / 'the right motor'), neither of which names both sides of
    it: a word in one slot that changes the fact."""
    sided: dict[str, list[tuple[Claim, str, str, re.Match]]] = {}
    for c in claims:
        if any(word in c.text for word in _ALONE) or "-" in c.text and _A_SIDE_COMPOUND.search(c.text):
            for m in chain(_SIDE.finditer(c.text), _SIDE_COMPOUND.finditer(c.text)):
                if m.group(2) not in _NOT_SIDED:
                    sided.setdefault(c.source, []).append((c, m.group(1), m.group(2), m))
    if len(sided) < 2 or len({side for told in sided.values() for _, side, _, _ in told}) < 2:
        return []
    nouns = sorted({noun for told in sided.values() for _, _, noun, _ in told})
    vectors = vectors_of(nouns)
    index = {n: k for k, n in enumerate(nouns)}

    def one_thing(a: str, b: str) -> bool:
        return stem(a) == stem(b) or float(vectors[index[a]] @ vectors[index[b]]) >= SIDE_NOUN_MIN

    one_sided = {source: [(c, side, noun, m) for c, side, noun, m in told if len({s for _, s, n, _ in told if one_thing(n, noun) and _side_family(s) == _side_family(side)}) == 1]
                 for source, told in sided.items()}  # an outlet naming both sides of a thing tells of two things
    out: list[Conflict] = []
    sources = sorted(sided)
    for x, a in enumerate(sources):
        for b in sources[x + 1:]:
            pair = next(((ca, ma, cb, mb) for ca, sa, na, ma in one_sided[a] for cb, sb, nb, mb in one_sided[b] if sa != sb and _side_family(sa) == _side_family(sb) and one_thing(na, nb)), None)
            if pair:
                ca, ma, cb, mb = pair
                fa = Fact("term", "side", ma.group(1), ma.group(0), ma.start(1), ma.end(2))
                fb = Fact("term", "side", mb.group(1), mb.group(0), mb.start(1), mb.end(2))
                out.append(Conflict("term", "side", "material", [(ca, fa), (cb, fb)]))
    return out


def _state(name: str) -> str:
    """A state's name and its adjective as one key ('Salvenne' / 'Salvennese')."""
    return without_accents(name)[:FLAG_STEM].lower()


RANK_NEAR = 0.6
"""How close two claims must be for an unnamed role's rank to be compared: paraphrases of one
sentence ('a deputy head teacher at a school' / 'a head teacher at a school'). The three sets
score the same from 0.6 to 0.9; the words after the role and the outlets' other mentions keep
two holders apart."""
_WORD_SPAN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_HOLDER_BEFORE = frozenset({"a", "an", "the", "its", "their", "his", "her"})


def _may_name_a_role(text: str) -> bool:
    """Whether a word of the sentence may be a role noun, which every role found holds: most
    sentences hold none and are then not read word by word. The cached lower-cased letter runs
    are exactly the words' parts _unnamed_roles reads, unless a character lower-cases into an
    ASCII letter (only the dotted capital I and the Kelvin sign do): such text is read in full."""
    return "\u0130" in text or "\u212a" in text or not ROLE_NOUNS.isdisjoint(lower_runs(text))


_RANKS_AND_ROLES = frozenset(RANK_WORDS | ROLE_NOUNS)
"""The words a run of a role's words is made of: each word of a sentence is tested against both at once."""


@lru_cache(maxsize=16384)
def _unnamed_roles(text: str) -> list[tuple[str, frozenset[str], str, int, int]]:
    """Roles held by someone the sentence does not name ('a deputy head teacher at a school'):
    the role's words without its ranks, its ranks, the two words after it, and where it is.
    Cached: a story merged again reads its unchanged sentences once (callers only read it)."""
    if not _may_name_a_role(text):
        return []
    spans = [(m.group(0), m.start(), m.end()) for m in _WORD_SPAN.finditer(text)]
    parts = [w.lower().split("-") for w, _, _ in spans]
    in_run = [_RANKS_AND_ROLES.issuperset(ws) for ws in parts]  # every part a rank or a role noun
    out = []
    k = 0
    while k < len(spans):
        if not in_run[k] or k == 0 or parts[k - 1] != [parts[k - 1][0]] or parts[k - 1][0] not in _HOLDER_BEFORE:
            k += 1
            continue
        end = k
        while end + 1 < len(spans) and in_run[end + 1]:
            end += 1
        words = [p for ws in parts[k:end + 1] for p in ws]
        after = spans[end + 1:end + 3]
        if any(w in ROLE_NOUNS for w in words) and not (after and after[0][0][:1].isupper()):  # a named holder is the people box's to compare
            ranks = frozenset(ROLE_SYNONYMS.get(w, w) for w in words if w in RANK_WORDS and w not in ROLE_NOUNS)  # a retired coach is a former one
            role = " ".join(w for w in words if w in ROLE_NOUNS)
            out.append((role, ranks, " ".join(w for w, _, _ in after).lower(), spans[k][1], spans[end][2]))
        k = end + 1
    return out


def rank_conflicts(claims: list[Claim], near: dict[int, dict[int, float]]) -> list[Conflict]:
    """One unnamed holder of a role given two ranks in close paraphrases: 'a deputy head teacher
    at a school' / 'a head teacher at a school', 'the former coach of the side' / 'the coach of
    the side'. The words after the role must agree, and neither outlet may write the other's rank
    anywhere, so two people are not taken for one."""
    roles = {c.index: found for c in claims if (found := _unnamed_roles(c.text))}
    held: dict[str, set[tuple[str, frozenset[str]]]] = {}
    for i, found_i in roles.items():
        held.setdefault(claims[i].source, set()).update((role, ranks) for role, ranks, *_ in found_i)
    out: list[Conflict] = []
    seen: set[tuple[int, int]] = set()
    for i, found_i in roles.items():
        for j, closeness in near.get(i, {}).items():
            a, b = claims[i], claims[j]
            if j not in roles or a.source == b.source or closeness < RANK_NEAR or (j, i) in seen:
                continue
            seen.add((i, j))
            for role, ranks, after, start, end in found_i:
                for role_b, ranks_b, after_b, start_b, end_b in roles[j]:
                    if (role == role_b and after and after == after_b and (ranks ^ ranks_b) & SECOND_RANKS
                            and (role, ranks_b) not in held[a.source] and (role, ranks) not in held[b.source]):  # an outlet that speaks of both holds two people
                        facts = [(c, Fact("title", "rank:" + role, c.text[x:y], c.text[x:y], x, y)) for c, x, y in ((a, start, end), (b, start_b, end_b))]
                        out.append(Conflict("title", "rank:" + role, "material", facts))
    return out
