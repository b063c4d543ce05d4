"""Quotations and who said them.

A quotation is a run of at least five words in quotation marks (a shorter one counts only as a
fragment of a named speaker's words, compared with the whole remarks that hold all its words). Its speaker is the person named
next to a verb of saying in the same sentence ('…,” Halden said', 'said Jane Doe', 'Jane Doe
said: “…”'). The same quotation given to different speakers is a material `quote` discrepancy;
the same remark in other words, as translations render it, is `wording`."""

from __future__ import annotations

import re
from functools import lru_cache

from digest.merge.facts import Context, Fact
from digest.merge.people import is_role_word
from digest.merge.text import CAPITAL, STOPWORDS, content_stems, spelt_alike, stem, without_accents, without_possessive

_OPEN, _CLOSE = "\u201c\"\u00ab\u2018", "\u201d\"\u00bb\u2019"
QUOTATION = re.compile(
    r"\u201c\s?([^\u201c\u201d]{20,}?)\s?\u201d|\"\s?([^\"]{20,}?)\s?\"|\u00ab\s?([^\u00ab\u00bb]{20,}?)\s?\u00bb"
    r"|(?<!\w)\u2018([^\u2018\u2019]{20,}?)\u2019(?!\w)|^[\u201c\"\u00ab]\s?([^\u201c\u201d\"\u00ab\u00bb]{20,})$"
    r"|\u201e\s?([^\u201e\u201c\u201d\"]{20,}?)\s?[\u201c\u201d\"]|\u201a\s?([^\u201a\u2018\u2019]{20,}?)\s?[\u2018\u2019]|(?:^|(?<=[\s:(]))\u201d\s?([^\u201d]{20,}?)\s?\u201d|\u00bb\s?([^\u00bb\u00ab]{20,}?)\s?\u00ab"
    r"|(?:^|(?<=[\s:(]))'(?=[A-Za-z])((?:[^'\n]|(?<=[A-Za-z])'(?=[a-z])){20,}?)'(?![A-Za-z])"
)
"""Double quotes close double quotes and single close single: a ‘term’ inside a quotation is not its end.
A low opening mark („) closes with either curly mark or, as hurried translations type it, a straight one;
a single low mark (‚) with a single curly one (German ‚…‘).
Straight single quotes, as broadcasters' sites use them, hold apostrophes only inside words ('it's').
Translations keep their language's marks: „…“ (German), ”…” (Swedish, Finnish), »…« (Danish)."""
_OPENING = "\u201c\"\u00ab\u2018\u201e\u201a\u201d\u00bb'"
"""The marks a quotation can open with (QUOTATION's first character)."""
SAY_VERBS = (r"(?:said|says|say|told|tells|added|adds|declared|insisted|stated|explained|warned|argued|noted|wrote|admitted|"
             r"conceded|acknowledged|stressed|emphasi[sz]ed|recalled|remarked|replied|commented|claimed|maintained|observed|"
             r"enthused|enthuses|exclaimed|cautioned|urged|vowed|joked|quipped|lamented|complained|boasted|asserted|countered|pointed\s+out|"
             r"announced|put\s+it|according\s+to|(?:has|had)\s+(?:declared|written|indicated|affirmed|specified|underlined|assured|estimated|judged|stated|added|explained)|spoke|called\s+(?:it|this|that|them|the\s+[a-z-]+)|described\s+(?:it|this|that)\s+as)")
_NAME = rf"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?{CAPITAL}[\w'\u2019\u00c0-\u024f-]+(?:\s+{CAPITAL}[\w'\u2019\u00c0-\u024f-]+){{0,5}}"
_SAY_RE = re.compile(rf"\b{SAY_VERBS}\b")
_NAME_RE = re.compile(_NAME)
_PRONOUN = {"He", "She", "They", "It", "We", "I", "The", "This", "That", "But", "And", "A", "An", "In", "On", "At"}
NOT_NAMES = _PRONOUN | {"However", "Meanwhile", "Later", "Earlier", "Today", "Yesterday", "Still", "Instead", "Then", "So"}
"""Capitalised words that open a sentence without naming anyone."""


_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+")
_RENDERED_SAY_AFTER = re.compile(r"[\s\"\u201d\u00bb\u2019']*,\s*(?:estimated|estimates|judged|judges|affirmed|affirms|underlined|underlines|assured|assures|specified|specifies|indicated|indicates|considered|considers)\b")
"""A translation's verb of saying right after a remark ('», estimated its president, Ada Roe'):
French 'estime', 'juge', 'affirme' rendered word for word."""


def speaker(text: str, start: int, end: int) -> str:
    """Who is credited with the quotation: the name nearest the verb of saying after it
    ('…,” the chief executive, Jane Doe, said' / '…,” said Doe'), else before it ('Doe said: “…”')."""
    after = text[end:end + 160]
    verb = _SAY_RE.search(after) or _RENDERED_SAY_AFTER.match(after)
    if verb:
        before_verb = [m for m in _NAME_RE.finditer(after, 0, verb.start()) if _a_name(m) and not _POSSESSIVE.search(m.group(0))  # 'Marrick's director': the post's owner
                       and not _AFFILIATION.search(after, 0, m.start()) and not _PLACE_BEFORE.search(after, 0, m.start())]  # '…,” Ada Roe, Acme's manager for Quelmora, said': where she works
        if before_verb and not re.search(r"[.;!?]", after[: before_verb[-1].start()]):
            return before_verb[-1].group(0).strip()
        if _TOLD.match(verb.group(0)) and _PRONOUN_SUBJECT.search(after, 0, verb.start()):
            return ""  # '…,” she told Anchorline': she speaks; the name after 'told' is whom she spoke to
        following = next((m for m in _NAME_RE.finditer(after, verb.end()) if m.start() < verb.end() + 80 and _a_name(m) and not _AFFILIATION.search(after, 0, m.start())
                          and not (" " not in m.group(0).strip() and _AFFILIATION_LOOSE.search(after, 0, m.start()))
                          and not _PLACE_BEFORE.search(after, 0, m.start()) and not _REPORTED_VERB.match(after, m.end())
                          and not _an_owner(m.group(0))), None)
        if following and not re.search(r"[.;]", after[: following.start()]):
            owner = _OWNER_FIRST.match(following.group(0))
            named = following.group(0)[owner.end():] if owner else following.group(0)  # "says Calvenia's Minister …": the owner's post, not a name
            titled = _TITLE_THEN_NAME.match(after, following.end()) if " " not in named.strip() else None
            person = _NAME_RE.match(after, titled.start(1)) if titled else None
            if person and _a_name(person) and len(person.group(0).split()) >= 2:
                return person.group(0).strip()  # 'said Harwick chairman Paul Ridley': the body, its post, then the person
            return named.strip()
        placed = next((m for m in _NAME_RE.finditer(after, verb.end()) if m.start() < verb.end() + 80 and _AFFILIATION.search(after, 0, m.start())
                       and len(m.group(0).split()) >= 3), None)
        if placed and not re.search(r"[.;]", after[: placed.start()]):
            return " ".join(placed.group(0).split()[-2:])  # 'said minister of culture of Solwania Ingrid Sall': the place, then the person
    lead = text[max(0, start - 160):start]
    verb = None
    for verb in _SAY_RE.finditer(lead):
        pass
    according = None
    for according in _ACCORDING.finditer(lead):
        pass
    if according and (verb is None or verb.start() <= according.start()) and not re.search(r"[.;!?]", lead[according.end():]):
        credited = [m for m in _NAME_RE.finditer(lead, according.end()) if m.group(0).split()[0] not in _PRONOUN and m.group(0).split()[-1].lower() not in _ORGANISATION_ENDS]
        people = [m for m in credited if len(_HONORIFIC.sub("", m.group(0)).split()) >= 2]
        if people or credited:  # 'According to fire chief Tom Vik, “…”': the name after the words, its post before it
            return (people or credited)[-1].group(0).strip()
    if verb:
        if _PRONOUN_SUBJECT.search(lead, max(0, verb.start() - 8), verb.start()):
            return ""  # 'Twins, she said, were “…”': she speaks, whom the sentence before names
        clause = max(lead.rfind(". ", 0, verb.start()), lead.rfind("; ", 0, verb.start()), lead.rfind(", but ", 0, verb.start())) + 1
        names = [m for m in _NAME_RE.finditer(lead, clause, verb.start()) if m.group(0).split()[0] not in _PRONOUN and _HONORIFIC.sub("", m.group(0)).split()[0].lower() not in STOPWORDS
                 and not _WHERE_BEFORE.search(lead, max(0, m.start() - 12), m.start())]  # 'met at Holm Park in April': a place, no speaker
        names = [m for m in names if m.group(0).split()[-1].lower() not in _ORGANISATION_ENDS]  # 'Fenwright Securities', 'Athletics Federation'
        people = [m for m in names if len(m.group(0).split()) >= 2]  # 'Jane Doe' over 'Acme' in 'Acme spokeswoman Jane Doe said'
        if people or names:  # the subject: 'Jane Doe, a lecturer at the University of X, said: “…”'
            return (people or names)[0].group(0).strip()
    elif _COLON_BEFORE.search(text, max(0, start - 4), start):
        return _opening_person(text[:start])
    return ""


_COLON_BEFORE = re.compile(r":\s*[\u201c\"\u00ab\u201e']?$")
_OPENING_NAME = re.compile(rf"({_NAME})(?=,|\s+[a-z])")


def _opening_person(before: str) -> str:
    """The person a sentence opens with, when it brings a quotation in after a colon with no verb
    of saying: 'Pieter Anselm, the firm's counsel, set out its defence: “…”'."""
    clause = max(before.rfind(". "), before.rfind("; ")) + 1
    m = _OPENING_NAME.match(before, clause + len(before[clause:]) - len(before[clause:].lstrip()))
    if m is None or not _a_name(m) or "\"" in before[clause:] or "\u201c" in before[clause:]:
        return ""  # no name, or a quotation already open
    titled = _TITLE_THEN_NAME.match(before, m.end()) if " " not in m.group(1).strip() else None
    if titled and is_role_word(before[m.end():titled.start(1)].split()[-1]):
        m = titled  # 'Operations director Mia Holt put it bluntly: “…”': the post's first word opens the sentence, the person follows (not 'Seven dead in Orsk Park crush: “…”')
    words = _HONORIFIC.sub("", m.group(1)).split()
    if len(words) < 2 or words[0] in NOT_NAMES or words[-1].lower() in _ORGANISATION_ENDS:
        return ""  # one word ('Acme') or a body ('Harwick Borough Council')
    return m.group(1).strip()


_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|they)\s+$", re.I)
"""A pronoun right before the verb of saying: the speaker is not a name further back."""
_TOLD = re.compile(r"told|tells")
"""A verb of saying whose name after it is whom a speaker told, after a pronoun ('she told Anchorline')."""
_OWNER_FIRST = re.compile(r"\S+['\u2019]s\s+")
"""A possessive opening a run of capitalised words ("Calvenia's Minister for Enterprise")."""
_POSSESSIVE = re.compile(r"['\u2019]s?$")
"""A name ending in 's (or a bare apostrophe): the owner of what follows ('Marrick's director'), no speaker."""
_TITLE_THEN_NAME = re.compile(rf"\s+(?:[a-z][a-z-]+\s+){{1,3}}({_NAME})")
"""Lower-case words of a post, then a name, after a one-word name ('Harwick chairman Paul Ridley')."""
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+(?=\S)")
_WHERE_BEFORE = re.compile(r"\b(?:at|in|on|near|outside|inside|to|from)\s+(?:the\s+)?$")
_AFFILIATION = re.compile(r"\b(?:of|at|for|from|with)\s+(?:the\s+)?$")
"""'said the chief executive of Acme': the name after 'of' is where the speaker works."""
_AFFILIATION_LOOSE = re.compile(r"\b(?:of|at|for|from|with)\s+(?:the\s+)?(?:[a-z]+\s+){1,2}$")
"""'the director of the volcanological Observatory': one capitalised word a word or two after 'of'
is where the speaker works too (two are a person: 'the head of the office Maren Solvik')."""
_REPORTED_VERB = re.compile(r"\s+(?:would|will|had|has|have|was|were|is|are|could|can|cannot|should|must|might|may|did|does|planned|wanted|intended)\b")
"""'and said Labour would oppose the tax cut': a name with a verb after it opens what was said."""
_PLACE_BEFORE = re.compile(r"\b(?:in|on|near|outside|inside)\s+(?:the\s+)?$")
"""'has she declared in Sarnow': the name after 'in' is where it was said."""


_ORGANISATION_ENDS = {
    "securities", "bank", "group", "agency", "institute", "university", "ministry", "council", "party", "association",
    "federation", "union", "company", "holdings", "partners", "capital", "news", "times", "post", "authority", "board",
    "commission", "committee", "court", "police", "service", "office", "department", "foundation", "centre", "center",
    "alliance", "coalition", "campaign", "network", "society", "trust", "movement", "league", "club", "corporation", "firm", "forum",
}
"""Last words of an organisation's name: the speaker is the person, not where they work."""


def _an_owner(name: str) -> bool:
    """'the Civil Aviation Authority's [general director Jane Roe]': an organisation, or a name
    with 's before a role, owns the speaker's post and is not the speaker."""
    last = name.split()[-1]
    return bool(_POSSESSIVE.search(last)) or last.lower() in _ORGANISATION_ENDS


def _a_name(m: re.Match) -> bool:
    """A person's name, not a pronoun or an organisation's initials ('said DHWU general secretary
    Jane Doe': the initials name her employer, not her)."""
    name = _HONORIFIC.sub("", m.group(0))  # 'Ms Aschenbach-Lowe': the honorific is no stop word of the name
    words = name.split()
    first = words[0] if words else ""
    stop = first.lower() in STOPWORDS and not (len(words) >= 2 and first.lower() not in _FUNCTION_WORDS)  # 'Per Ekdahl', 'Will Holm': a first name that is a word too
    demonym = len(words) == 1 and _DEMONYM.match(first) is not None and _THE_BEFORE.search(m.string, 0, m.start()) is not None  # 'explained the Valdorian'
    return bool(first) and first not in _PRONOUN and not stop and not (len(words) == 1 and first.isupper() and len(first) > 1) and not demonym


_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ean|an|ese|ish|i)$")
"""A people's word ('Valdorian', 'Briton' aside): after 'the', who the speaker is, not their name."""
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


_FUNCTION_WORDS = frozenset("the a an in on at for with from to by of and but or as if when while after before since this that these those "
                            "it he she they we i his her its their our my your there here".split())
"""Stop words that, capitalised before a name, open a phrase ('For Ada Roe', 'The Holm Trust'): never a first name."""


_DASH_QUOTE = re.compile(rf"^[\u2013\u2014]\s+([^\u2013\u2014\"\u201c\u201d\u00ab\u00bb]{{20,}}?),\s+(?={SAY_VERBS}\b)")
"""A remark opened by a dash, as Nordic, Slavic and other presses (and their translations) print
speech: '– We are heartbroken that this happened, says chief executive Ada Roe.'"""


_SAYS_LAST = re.compile(r"^([A-Z][^\u2013\u2014\"\u201c\u201d\u00ab\u00bb]{19,}?),\s+(?=(?:says|said)\s+[A-Z])")
"""A translation's remark whose dash opened the sentence before: 'It looks like an ordinary firm,
and that is the point, says Jonas Aalberg.' (after '– This is organised crime.')"""


_SHORT_REMARK = re.compile(rf"[\u201c\"]([^\u201c\u201d\"]{{8,19}})[\u201d\"]\s*,?\s*(?:she|he)\s+{SAY_VERBS}\b")
"""A remark too short for QUOTATION, spoken by a pronoun ('"Every hour counts," she said'):
a fragment of that person's words, whose name the sentence before gives."""


def extract(text: str, context: Context) -> list[Fact]:
    facts = []
    dashed = _DASH_QUOTE.match(text) if text[:1] in "\u2013\u2014" else None
    if dashed is None and context.translated and not any(mark in text for mark in _OPENING):
        dashed = _SAYS_LAST.match(text)  # a dashed remark's next sentence, no dash of its own, its speaker named at its end (read as the dashed one)
    if dashed and len(dashed.group(1).split()) >= 5:
        facts.append(Fact("quote", "quote", (content_stems(dashed.group(1)), surname(speaker(text, dashed.start(1), dashed.end(1)))), dashed.group(1), dashed.start(1), dashed.end(1)))
    if not any(mark in text for mark in _OPENING):
        return facts  # every quotation starts with one of these
    for m in _SHORT_REMARK.finditer(text) if " he " in text or " she " in text else ():
        remark = m.group(1).strip(" ,.")
        stems = content_stems(remark)
        if len(remark.split()) >= 3 and len(stems) >= 2:
            facts.append(Fact("quote", "fragment", (stems, ""), remark, m.start(), m.end(1) + 1))  # whose, the sentence before tells
    for m in QUOTATION.finditer(text):
        quote = next((g for g in m.groups() if g), "").strip()
        if len(quote.split()) < 5:
            stems = content_stems(quote)
            titled = all(w[:1].isupper() for w in quote.split() if w.lower() not in STOPWORDS)  # 'The Ferryman's Daughter': a work's title
            who = speaker(text, m.start(), m.end()) if len(quote.split()) >= 3 and len(stems) >= 2 and not titled else ""
            if who:  # 'Lorn called the escape "an unacceptable failure"': a named speaker's words, quoted in part
                facts.append(Fact("quote", "fragment", (stems, surname(who)), quote, m.start(), m.end()))
            continue
        who = speaker(text, m.start(), m.end())
        facts.append(Fact("quote", "quote", (content_stems(quote), surname(who)), quote, m.start(), m.end()))
    return facts


def surname(name: str) -> str:
    parts = [p for p in _HONORIFIC.sub("", name).split() if p[:1].isupper()]
    return without_accents(without_possessive(parts[-1].lower())) if parts else ""  # 'Moss' stays whole, "Moss's" loses its 's; 'Öster' is 'Oster'


def same_words(a: Fact, b: Fact) -> float:
    """Share of the shorter quotation's content words the other holds (counted as at least four
    words, so a three-word fragment sharing 'two-year' is not the other's remark)."""
    sa, sb = a.value[0], b.value[0]  # type: ignore[index]
    if not sa or not sb:
        return 0.0
    named = _named_stems(a.text) | _named_stems(b.text)
    if named & sa & sb:  # 'given away nothing on the Tarn Bank' / 'went home with the Tarn Bank': the story's names are in every remark about it
        sa, sb = sa - named, sb - named
        if not sa or not sb:
            return 0.0
    return len(sa & sb) / max(4, min(len(sa), len(sb)))


@lru_cache(maxsize=8192)
def _named_stems(text: str) -> frozenset[str]:
    """Stems of the capitalised words inside a quotation but its first: the names it mentions."""
    return frozenset(stem(w.lower()) for w in _INNER_CAPITALISED.findall(text))


_INNER_CAPITALISED = re.compile(rf"(?<=[a-z,;]\s)({CAPITAL}[\w'\u2019-]+)")


ROLE_SPEAKER = "role:"
"""The speaker of a remark given to a role no one of the story is named as holding ('“…,” the mayor
said'): another role is another speaker; a named person may hold the role, so is no other."""


def same(a: Fact, b: Fact) -> bool:
    """Same speaker (when both name one); a surname spelt one letter or two apart ('Callander' /
    'Callender') is one speaker, whose name the spelling check compares."""
    wa, wb = a.value[1], b.value[1]  # type: ignore[index]
    if wa.startswith(ROLE_SPEAKER) or wb.startswith(ROLE_SPEAKER):
        return wa == wb or not (wa.startswith(ROLE_SPEAKER) and wb.startswith(ROLE_SPEAKER))  # 'the mayor said' / 'said Anna Berg': she may be the mayor
    return not wa or not wb or wa == wb or wa[:1] == wb[:1] and min(len(wa), len(wb)) >= 5 and spelt_alike(wa, wb)


def severity(a: Fact, b: Fact) -> str:
    return "material"
