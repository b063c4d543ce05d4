"""People named in a story, with the title or affiliation each source gives them.

A person is a run of two to four capitalised words that the sentence treats as a
person: introduced by a role ('Finnish President Aino Leht'), followed by an
apposition with a role ('Jane Roe, senior lecturer at ...', 'Jane Roe, the author of
"A Book,"'), or quoted ('said Jane Roe'). A prefix and an apposition both count:
'said Professor Jane Roe, director of the X Centre' gives her both titles, as that
outlet wrote them. Titles are compared by their core (role noun plus rank words such
as 'senior'), so 'Senior Lecturer' and 'senior lecturer' agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

from digest.merge.sentences import Sentence
from digest.merge.text import CAPITAL, STOPWORDS, edit_distance, lower_runs, stem, without_accents, without_possessive

OCCUPATIONS = frozenset({
    "astronomer", "astronaut", "physicist", "chemist", "biologist", "geologist", "meteorologist", "forecaster",
    "epidemiologist", "statistician", "mathematician", "archaeologist", "anthropologist", "psychologist",
    "psychiatrist", "pharmacist", "dentist", "technician", "radiographer", "anaesthetist", "pathologist", "coroner",
    "dancer", "ballerina", "soloist", "choreographer", "conductor", "composer", "pianist", "violinist", "cellist",
    "singer", "soprano", "tenor", "actor", "actress", "playwright", "novelist", "poet", "painter", "sculptor",
    "photographer", "designer", "producer", "presenter", "commentator", "broadcaster", "publisher", "commodore",
    "skipper", "navigator", "helmsman", "boatswain", "mate", "deckhand", "harbourmaster", "lifeguard",
    "lifeboatman", "diver", "farmer", "beekeeper", "fisherman", "shepherd", "forester", "gamekeeper", "miner",
    "driver", "conductress", "porter", "receptionist", "concierge", "chef", "waiter", "baker", "butcher", "plumber",
    "electrician", "carpenter", "labourer", "caretaker", "janitor", "guard", "warder", "jailer", "negotiator",
    "mediator", "arbitrator", "accountant", "banker", "trader", "broker", "underwriter", "economist", "lobbyist",
    "striker", "midfielder", "defender", "goalkeeper", "winger", "batsman", "bowler", "jockey", "trainer", "rider",
    "cyclist", "runner", "swimmer", "sailor", "climber", "mountaineer", "athlete", "player", "physiotherapist",
    "therapist",
})
"""Occupations of science, the arts, sport, the sea, the land and services, named as titles ('principal
dancer Ines Roy', 'club commodore Aldo Fenn'). A translation renders them freely (a coach its
'trainer', a driver its 'pilot'), so against a translation they are not compared."""
ROLE_NOUNS = {
    "president", "minister", "premier", "chancellor", "king", "queen", "prince", "professor", "lecturer",
    "director", "adviser", "advisor", "ambassador", "spokesman", "spokeswoman", "spokesperson", "secretary",
    "chairman", "chairwoman", "chair", "economist", "analyst", "fellow", "editor", "reporter", "correspondent",
    "author", "governor", "mayor", "senator", "general", "commander", "officer", "founder", "ceo", "diplomat",
    "researcher", "scientist", "associate", "judge", "attorney", "lawyer", "coach", "manager", "chief",
    "head", "envoy", "justice", "lawmaker", "congressman", "congresswoman", "representative", "columnist", "historian",
    "curator", "inspector", "superintendent", "constable", "detective", "prosecutor", "solicitor", "barrister", "counsel",
    "engineer", "surgeon", "doctor", "nurse", "dean", "rector", "treasurer", "auditor", "administrator", "coordinator",
    "supervisor", "controller", "investigator", "official", "ombudsman", "councillor", "councilor", "captain", "trustee", "consultant",
    "commissioner", "chairperson", "strategist", "physician", "colonel", "admiral", "brigadier", "sergeant", "corporal", "attache",
    "veterinarian", "vet", "keeper", "ranger", "pilot", "firefighter", "paramedic", "mechanic", "foreman", "architect", "teacher", "headteacher",
    "bishop", "archbishop", "vicar", "priest", "rabbi", "imam", "pastor", "chaplain", "provost", "warden", "sheriff", "registrar", "librarian", "archivist", "leader",
    "clerk", "steward", "stewardess", "referee", "umpire", "marshal", "bailiff", "magistrate", "notary", "alderman", "deacon", "abbot",
    "abbess", "headmistress", "midwife", "actuary", "regent", "mayoress", "speaker", "affaires", "master", "harbourmaster",
} | OCCUPATIONS
RANK_WORDS = {"senior", "junior", "deputy", "vice", "assistant", "associate", "chief", "former", "acting", "principal", "executive", "interim", "lead",
              "lieutenant", "retired", "ex", "rear"}
"""Words that make a role another rank of it: a deputy mayor is no mayor, a lieutenant colonel no colonel, a rear admiral no admiral."""
SECOND_RANKS = frozenset({"deputy", "vice", "assistant", "associate", "former", "ex", "retired"})
"""Rank words under which a role is not the role itself ('deputy head', 'former director')."""
GRADES = frozenset({"senior", "interim", "acting"})
"""Words that grade a role without making it another post: a senior prosecutor is a prosecutor, and
an outlet that leaves the grade out ('Prosecutor Anders Holm') names the same post."""
ROLE_SYNONYMS = {"correspondent": "reporter", "journalist": "reporter", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
                 "counsel": "lawyer", "attorney": "lawyer", "solicitor": "lawyer", "barrister": "lawyer",
                 "chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "advisor": "adviser", "councilor": "councillor",
                 "physician": "doctor", "retired": "former", "ex": "former", "adjunct": "deputy", "leader": "head",
                 "mayoress": "mayor", "stewardess": "steward", "headmistress": "headteacher", "master": "captain"}
"""Words for one role (a correspondent is a reporter, a retired judge a former one): one core when titles are compared."""
NOT_PEOPLE = {
    "university", "school", "institute", "college", "academy", "studies", "center", "centre", "foundation",
    "endowment", "ministry", "council", "bank", "agency", "committee", "commission", "organization",
    "organisation", "union", "party", "court", "company", "corporation", "association", "congress", "summit",
    "war", "olympics", "games", "stream", "road", "sea", "ocean", "river", "east", "west", "north", "south",
    "asia", "europe", "africa", "america", "states", "kingdom", "republic", "news", "times", "post", "journal",
    "street", "house", "office", "department", "army", "navy", "forces", "group", "club", "league", "cup",
    "state", "city", "province", "region", "pacific", "atlantic", "airport", "station", "power", "energy",
}

_ROLES_OR_RANKS = frozenset(ROLE_NOUNS | RANK_WORDS)
_STOP_OR_ROLES = frozenset(STOPWORDS | ROLE_NOUNS)
_STOP_ROLES_OR_RANKS = frozenset(STOPWORDS | ROLE_NOUNS | RANK_WORDS)
_ROLES_NOT_RANKS = frozenset(ROLE_NOUNS - RANK_WORDS)
_RANKS_BUT_EXECUTIVE = frozenset(RANK_WORDS - {"executive"})
"""Unions of the word lists above, built once: tests inside loops read them for every word."""

_NAME_WORD = rf"{CAPITAL}[a-z\u00c0-\u024f'\u2019-]+(?:[A-Z][a-z\u00c0-\u024f'\u2019-]+)?"
"""A capitalised name word, one inner capital allowed ('Lund', 'McCaskie', 'MacLeod', 'DeVries')."""
_PERSON = rf"((?:{_NAME_WORD}(?<!['\u2019]s)\s){{1,3}}{_NAME_WORD})"
"""A person's name: two to four name words, none but the last a possessive ('Ingrid Solvang's
Social Democrats' names Ingrid Solvang, not a person called 'Ingrid Solvang's Social')."""
_QUOTED = r"[\u201c\"][^\u201c\u201d\"]{1,80}[\u201d\"]"
"""A quoted work inside a title: 'author of "A Book"' keeps its quotation marks and inner stops."""
_APPOSITION = re.compile(
    rf"(?={CAPITAL})"  # a name starts here: lets the engine pass over other positions at once
    + _PERSON + r",\s+(?:\d{1,3},\s+)?(?:who\s+is\s+)?(?:an?\s+|the\s+)?([A-Za-z](?:[^,;()\u201c\u201d\"]|" + _QUOTED + r"){2,160}?)"
    r"(?=\s*(?:,|(?<![A-Z])\.\s|\.$|;|\(|\bsaid\b|$))"
)
_SURNAME_AGED = re.compile(rf"(?<![\w'\u2019-])({_NAME_WORD}),\s+\d{{1,3}},\s+(?:the\s+|an?\s+)?([a-z][^,;()\u201c\u201d\"]{{2,160}}?)(?=\s*(?:,|(?<![A-Z])\.\s|\.$|;|\(|\bsaid\b|$))")
"""A surname, an age and a post ('Ruusk, 51, the bank's deputy governor in charge of markets'): the
person of that surname named in full elsewhere."""
_HELD_ROLE = {"chairs": "chair", "heads": "head", "directs": "director", "manages": "manager", "coaches": "coach",
              "chaired": "chair", "headed": "head", "directed": "director", "managed": "manager", "coached": "coach"}
_HELD_UNTIL = re.compile(r"\b(?:until|till|from|between|before|in\s+\d{4}|for\s+\w+\s+years|formerly|previously|once)\b", re.I)
"""A post held in the past that is over ('who headed the agency until 2019'): no title now."""
_WHO_HOLDS = re.compile(_PERSON + r",\s+(?:[^,;()]{0,80}?\s)?who\s+(" + "|".join(_HELD_ROLE) + r")\s+(?:the\s+|its\s+|their\s+)?((?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+)(?=\s*(?:,|\.|;|$|\band\b|\bsaid\b))")
"""A post told by a relative clause: 'Elias Brandt, who chairs the data monitoring committee',
'Paola Sestri, who heads the institute's landslide unit', 'Alda Roe, who chaired this year's jury'."""
FORMS_OF_ADDRESS = ("Dr", "Prof", "Mr", "Mrs", "Ms", "Sir", "Dame")
"""Forms of address written before a name ('Dr Helena Marleigh'), with or without a stop."""
_ADDRESS_WORDS = r"Rev|Revd|" + "|".join(FORMS_OF_ADDRESS)
"""The forms of address as an alternation, with a reverend's abbreviations."""
_HONORIFIC = r"(?:(?:the\s+)?(?:(?:Very|Right|Most)\s+)?(?:Reverend|" + _ADDRESS_WORDS + r")\.?\s+)?"
"""A form of address between a post and the name ('the Dean of Kelby, the Very Rev. Jane Roe'):
no part of the name, no part of the post."""
_ROLES_TO = ("ambassador", "envoy", "adviser", "advisor", "consul", "representative", "delegate", "attach\u00e9", "attache")
"""Roles named by whom they serve or where they are sent ('ambassador to Vestria', 'adviser to the
prime minister'): after another word, 'to' sets out what is done, not a post ('wrote on Wednesday
to the rector')."""
_ADDRESS_WITH_STOP = r"(?:(?:" + _ADDRESS_WORDS + r")\.\s+)?"
"""A form of address written with a stop ('Dr. Jane Roe'), which no name word holds: passed over
so the name after it is read. Without the stop ('Dr Jane Roe') the patterns read it with the
name, and find_people drops it there, so one person keeps one name."""
_ROLE_PHRASE_BEFORE = re.compile(
    r"\b(?:[Tt]he\s+|[Aa]n?\s+)?((?<!['\u2019])(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+\s+(?:of|at|for|in)\s+(?:[^,;()]|" + _QUOTED + r"){2,100}?|(?<![\w'\u2019])(?:[A-Za-z-]+\s+){0,2}(?:" + "|".join(_ROLES_TO) + r")\s+to\s+[^,;()]{2,100}?),\s+" + _HONORIFIC + _PERSON + r"\s*(?=,|:|\bsaid\b|\.)"
)
"""A role phrase set before the name: 'the author of "A Book", Jane Roe, said', 'State secretary in
the transport ministry, Jane Roe, says'. Sought again one
word later when the words it starts with hold no role ('under the leadership of the former head of
the court, Jane Roe')."""
_APPOINTED_AS = re.compile(
    r"\b(?:appointed|named|elected|installed|chose|picked|hired|nominated)\s+(?:the\s+[a-z]+\s+)?" + _PERSON
    + r"(?:,[^,]{1,80},)?\s+as\s+(?:the\s+|its\s+|their\s+|new\s+)*((?:[a-z-]+\s+){0,3}[a-z-]+)")
"""A role given in an appointment: 'appointed Jane Roe, a partner at a law firm, as provisional administrator'."""
_LEFT_OR_TOOK_POST_AS = re.compile(
    _PERSON + r",?\s+(?:who\s+)?(?:has\s+|had\s+)?(?:stepped\s+down|resigned|quit|took\s+over|was\s+(?:sacked|dismissed|fired|removed|ousted|appointed|named|confirmed|sworn\s+in))"
    r"\s+(?:[^,;.]{0,30}?\s)?as\s+(?:the\s+|its\s+|their\s+|(?:[A-Z][\w\u2019'-]*\s+){0,2}[A-Z][\w-]*['\u2019]s\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)(?=\s*(?:[,.;:]|$|\b(?:of|at|for|in|on|from|until|since|after|and|with|to|last|this|next)\b))")
"""A post the news leaves or gives the person: 'Dora Wynn, who stepped down on Tuesday as Kestrel's chief
operating officer', 'Jane Roe took over as head coach'; the post the event is about, as an apposition's is."""
_AS_ROLE_APPOINTED = re.compile(
    r"\b[Aa]s\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:has|have|had|was|were)\s+(?:the\s+\w+\s+)?(?:appointed|named|elected)\s+(?:the\s+[a-z]+\s+)?" + _PERSON + r"\b")
"""The same in a translation's word order: 'As administrator has the court appointed the lawyer Jane Roe'."""
_ROLE_COMMA_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+((?:[a-z-]+\s+){0,2}[a-z-]+),\s+" + _ADDRESS_WITH_STOP + _PERSON + r"\s*(?=,|:|\bsaid\b|\btold\b|\.)")
"""A bare role set before the name between commas: 'The mayor, Jane Roe, opened the bridge', 'Its deputy editor, Jane Roe, said'."""
_NAME_ENDS = r"\s*(?=,|:|\bsaid\b|\btold\b|\.|(?:of|at|from)\s+(?:the\s+)?(?:firm|law\s+firm|company|agency|consultancy)\b)"
"""What follows a name set after its role: a comma, a colon opening what the person says ('the
mayor, Jane Roe: the park will…', as translations write it), 'said', 'told', a stop, or the firm
the person is of."""
_COMMA_NAME = re.compile(r",\s+" + _HONORIFIC + _PERSON + _NAME_ENDS)
"""How _ROLE_PHRASE_BEFORE, _POSSESSIVE_ROLE_BEFORE and _ROLE_COMMA_BEFORE all end: a name after a
comma, then a comma, 'said', 'told' or a stop. One quick scan (it starts only at a comma) tells
the sentences none of them can match: those patterns try every word of a sentence."""
_POSSESSIVE_ROLE_BEFORE = re.compile(
    r"\b(?:[Tt]he\s+)?((?:[\w\u00c0-\u024f-]+\s+){0,3}[\w\u00c0-\u024f-]+['\u2019]s?\s+(?:[a-z\u00e0-\u00ff-]+\s+){0,3}(?:d['\u2019])?[a-z\u00e0-\u00ff-]+),\s+" + _ADDRESS_WITH_STOP + _PERSON + _NAME_ENDS
)
"""An organisation's role set before the name: 'the central bank's deputy governor, Jane Roe, said',
'the club's lead lawyer, Jane Roe of the firm Holm & Vik, told the court'."""
_MINISTER_OF = re.compile(
    r"\b((?:(?:Deputy|Junior|Vice|Prime|First)\s+)?(?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+(?:the\s+)?(?:State\s+for\s+)?"
    r"(?:[A-Z][a-z\u00c0-\u024f]+(?:\s+and)?\s+){1,3}?)"
    r"([A-Z][a-z\u00c0-\u024f'\u2019-]+\s+[A-Z][a-z\u00c0-\u024f'\u2019-]+)\b(?!['\u2019]?\s*[A-Z])")
"""A portfolio set before the name with its capitals ('Minister for Digital Affairs Jane Roe said',
'Secretary of State for Transport Jane Roe'): the last two capitalised words are the person,
the words before them the post, which the speaker pattern alone would read as part of the name."""
_OWNER_LEAD_IN = re.compile(
    r"^(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+)+(?=[A-Z])"
    r"|^(?:(?:Last|Next|This|Earlier|Later)\s+(?:week|month|year|season|spring|summer|autumn|winter)|(?:On|In|By|Since|Until)\s+[\w,]+|Yesterday|Today)\s+(?=[A-Z])")
"""Lower-case words before a capitalised owner ('finding concerns Hessel's', 'Lusarne summoned
Kostrova's'), or the time a sentence opens on ('Last month Hessel's'): the sentence, not the title."""
_ROLE_BEFORE = re.compile(r"(?<![\w'\u2019])((?:[A-Za-z-]+\s){0,3}?[A-Za-z-]+)\s+" + _PERSON + r"\b(?!\s+[A-Z][a-z])")
_ROLE_OF_BEFORE = re.compile(
    r"(?<![\w-])((?:(?:" + "|".join(sorted(SECOND_RANKS - {"former", "ex", "retired"} | GRADES, key=len, reverse=True)) + r")\s+)?(?:[A-Za-z]+-)?(?:" + "|".join(sorted(ROLE_NOUNS - {"general", "head", "associate"}, key=len, reverse=True)) + r")(?:\s+general)?\s+(?:of|for|at)\s+(?:[A-Za-z-]+\s+){1,6}?)" + _PERSON + r"\b")
"""A role and what it is of, set before the name without a comma, as translations write it: 'the
vice-president of the management board for risk Annika Sollberg', 'the director of the institute Ada Roe',
'Vice-rector for research Ada Roe' (a capital only on a hyphenated rank: 'Director of X Ada Roe' proved too loose)."""
_LOWER_RUN = re.compile(r"[a-z]+")
_SAYING = ("said", "says", "told", "according to")
"""_SAID matches only a sentence holding one of these words as written."""
_SAID = re.compile(rf"(?=[sta]|{CAPITAL})(?:\b(?:said|says|told|according to)\s+" + _PERSON + r"|" + _PERSON + r"\s+(?:said|says|told)\b)")
"""A speaker: 'said Jane Roe' or 'Jane Roe said' (the lookahead names the letters either starts with)."""


@dataclass
class Person:
    name: str
    titles: dict[str, list[str]] = field(default_factory=dict)
    """Source id -> the title phrases that source gives."""
    posts_elsewhere: set[str] = field(default_factory=set)
    """Titles given as another body's post ('Its president, Jane Roe'): whose post it is, the
    sentence before says, so it is no sole post of the story."""
    worded: dict[tuple[str, str], str] = field(default_factory=dict)
    """(source id, title) -> the outlet's own words for it, where they are not the title itself
    ('who chairs the laboratory's board' for 'chair of laboratory's board'): what a callout shows."""

    def cores(self, source: str) -> set[tuple[str, frozenset[str]]]:
        """Each title's core and portfolio ('Interior Minister' -> ('minister', 'interior'))."""
        return {(c, title_portfolio(t)) for t in self.titles.get(source, []) if (c := title_core(t))}


def _titles_agree(a: set[tuple[str, frozenset[str]]], b: set[tuple[str, frozenset[str]]], translation: bool = False) -> bool:
    """Some title of one is a title of the other: the same core, and the same portfolio when
    both name one ('Minister' and 'Energy and Climate Minister' agree with 'Energy Minister';
    'Emergency Minister' does not).
    With a translation on one side, the roles that run an organisation are one (HEAD_ROLES)."""
    def role(core: str) -> str:
        words = [w for w in core.split() if w not in GRADES] or core.split()
        if translation:
            words = [TRANSLATED_ROLES.get(w, w) for w in words]
        return " ".join(words[:-1] + ["head"] if translation and words[-1] in HEAD_ROLES else words)  # 'vice president' stays a deputy
    def heads(core: str) -> bool:
        words = core.split()
        if not SECOND_RANKS.isdisjoint(words):
            return False  # a deputy head is no head, a former director no director
        return words[-1] in HEAD_ROLES or len(words) >= 2 and words[-1] == "general" and words[-2] in ("director", "secretary")

    def one(ca: str, cb: str) -> bool:
        if translation and {ca, cb} in ({"chief", "director general"}, {"rector", "vice chancellor"}):
            return True  # a translation's 'director general' (French PDG) for a firm's chief executive, its 'rector' for a university's vice-chancellor
        return role(ca) == role(cb) or ca == "head" and heads(cb) or cb == "head" and heads(ca)  # 'its head' is whoever leads it

    def same_portfolio(pa: frozenset[str], pb: frozenset[str]) -> bool:
        if pa <= pb or pb <= pa:
            return True
        return translation and not (pa & _PORTFOLIO_STEMS and pb & _PORTFOLIO_STEMS)  # 'Higher Education' / 'the Superior Teaching': a rendering no known portfolio tells apart
    return any(one(ca, cb) and same_portfolio(pa, pb) for ca, pa in a for cb, pb in b)


def same_post(a: Person, b: Person, translation: bool = False) -> bool:
    """Some title one outlet gives the first person is a title another gives the second."""
    cores_a = set().union(*(a.cores(s) for s in a.titles))
    cores_b = set().union(*(b.cores(s) for s in b.titles))
    return _titles_agree(cores_a, cores_b, translation)


PORTFOLIO_ROLES = {"minister", "secretary", "commissioner", "spokesman", "spokeswoman", "spokesperson"}
"""Roles a government names by what they are for ('Interior Minister', 'Home Secretary')."""


def _shorter_rendering(translated: set[tuple[str, frozenset[str]]], other: set[tuple[str, frozenset[str]]], translated_titles: list[str]) -> bool:
    """A translation's title that keeps part of the other's and drops the rest ('director of the
    agency' for 'director general'): a rendering, not another post, unless each names another
    portfolio ('minister of the Interior' / 'deputy foreign minister') or the dropped words are the
    post's rank ('the mayor' / 'deputy mayor') and the translation gives no rank of its own."""
    ranked = any(_A_RANK_OF_ITS_OWN.search(t) for t in translated_titles)  # 'first sub-governor': the rank rendered in other words
    return any(set(ct.split()) < set(co.split()) and not (pt and po and pt.isdisjoint(po)) and (ranked or not (set(co.split()) - set(ct.split())) & SECOND_RANKS)
               for ct, pt in translated for co, po in other)  # 'the mayor' for 'deputy mayor' drops the post's rank: another post


_A_RANK_OF_ITS_OWN = re.compile(r"\b(?:sub|under|vice|pro|co)-|\b(?:deputy|vice|assistant|associate|adjunct|second|first)\b", re.I)
"""A rank in a translation's own words ('first sub-governor', 'vice-chancellor'): the other title's
rank rendered, not dropped."""


def _role_told_within(translated: set[tuple[str, frozenset[str]]], titles: list[str]) -> bool:
    """A translation's post that is the other title's head noun, read after a role word that only
    describes it ('surgeon orthopaedist' / 'consultant orthopaedic surgeon at the infirmary'):
    the words reordered, one post."""
    heads = set()
    for title in titles:
        phrase = re.split(r"\s(?:of|at|for|in|with)\s|[,;]", title.lower(), maxsplit=1)[0].split()
        roles = [w for w in phrase if is_role_word(w)]
        if len(roles) > 1:
            heads.add(roles[-1])
    return any(core in heads for core, _ in translated)


def is_role_word(word: str) -> bool:
    """A role noun, alone or heading a hyphenated compound ('editor-in-chief', 'commander-in-chief')."""
    w = word.lower().strip(".,;:'\u2019")
    if w.startswith(("d'", "d\u2019")):
        w = w[2:]  # 'chargé d'affaires'
    return w in ROLE_NOUNS or "-" in w and (w.split("-")[0] in ROLE_NOUNS or w.split("-")[-1] in ROLE_NOUNS)


def title_portfolio(title: str) -> frozenset[str]:
    """The words a title names what the role is for, stemmed ('Transport Minister' and a
    translation's 'minister of the Transports' name one portfolio)."""
    return frozenset(stem(_singular(w)) for w in _portfolio_words(title))


def _singular(word: str) -> str:
    """'Fisheries' as 'fishery', 'Communities' as 'community': a portfolio named in the plural or
    the singular, as a translation may render it, is one portfolio."""
    return word[:-3] + "y" if len(word) > 5 and word.lower().endswith("ies") else word


def _portfolio_words(title: str) -> frozenset[str]:
    """The capitalised words right before a title's role noun, naming what the role is for
    ('Interior Minister', 'Energy and Climate Minister'), or the words between a chief and the
    role ('chief financial officer'), in lower case; empty when there are none."""
    words = re.findall(r"[\w'\u2019-]+|&", expand_initials(title))
    lowered = [w.lower() for w in words]
    for i, w in enumerate(words[:-2]):
        if words[i + 1] == "for" and is_role_word(w):  # 'vice-rector for research', 'deputy mayor for housing'
            field_words = words[i + 4:i + 5] if lowered[i + 2] in _FIELD_LEAD_INS and lowered[i + 3:i + 4] == ["of"] else words[i + 2:i + 3]
            if field_words and field_words[0].isalpha() and field_words[0].islower() and field_words[0] not in STOPWORDS:
                return frozenset(field_words)
    for i, w in enumerate(lowered):
        if w in ROLE_NOUNS and w in RANK_WORDS:  # 'chief financial officer': what the chief officer is for
            j = next((k for k in range(i + 1, min(i + 4, len(words))) if lowered[k] in _ROLES_NOT_RANKS), None)
            middle = [m for m in lowered[i + 1:j] if m not in _RANKS_BUT_EXECUTIVE] if j else lowered[i + 1:i + 2] if lowered[i + 1:i + 2] == ["executive"] else []
            if middle and len(middle) <= 2:
                return frozenset(middle)  # 'chief executive (officer)' runs the whole firm: no chief operating officer
            break
    for i, w in enumerate(words):
        if w.lower() in ROLE_NOUNS and i > 0 and not (i + 1 < len(words) and words[i + 1].lower() in PORTFOLIO_ROLES):  # 'justice spokesman': the portfolio, not a judge
            if w.lower() not in PORTFOLIO_ROLES:
                return frozenset()  # 'Brackwater head coach': the club, not a portfolio
            found = []
            for before in reversed(words[:i]):
                if before.lower() in ("and", "&"):
                    continue
                if before.lower() in _PORTFOLIO_WORDS:
                    found.append(before.lower())  # 'Justice Minister', 'the party's justice spokesman': a portfolio, though 'justice' is a role too
                    continue
                if not before[:1].isupper() and not (before.lower() == "affairs" and found == []) or before.lower() in _ROLES_OR_RANKS or before.isupper() or before.endswith(("'s", "\u2019s")):
                    break
                found.append(before.lower())
            return frozenset(found)
        if w.lower() == "minister" and (after := _PORTFOLIO_AFTER.match(" ".join(words[i + 1:]))):
            return frozenset(x.lower() for x in re.findall(r"[A-Za-z]+", after.group(1)) if x.lower() not in ("and", "the", "of"))  # 'the minister of the Interior'
    return frozenset()


_PORTFOLIO_WORDS = frozenset("foreign interior home finance defence defense justice health education transport economy economic "
                             "trade energy environment agriculture culture labour labor housing tourism "
                             "infrastructure digital science research industry sport sports communications technology fisheries welfare "
                             "family youth equality immigration migration security planning treasury budget employment heritage climate "
                             "food forestry innovation mining aviation".split())
"""Portfolios a title names in lower case ('the deputy foreign minister', 'the party's justice
spokesman', 'home affairs spokesman')."""
_PORTFOLIO_STEMS = frozenset(stem(w) for w in _PORTFOLIO_WORDS)
_FIELD_LEAD_INS = frozenset({"matters", "affairs", "questions", "issues"})
"""How translations open a field a role is for: 'prorector for matters of education' is for education."""
_PORTFOLIO_AFTER = re.compile(r"^(?:of|for)\s+(?:the\s+)?((?:[A-Z][a-z]+)(?:\s+(?:and\s+)?[A-Z][a-z]+)?)")


_DELEGATE = re.compile(r"\b(?:administrator|councillor|counsellor|counselor|adviser|advisor)\s+delegated?\b|\bdelegated?\s+(?:administrator|councillor|counsellor|counselor)\b", re.I)
"""A firm's chief executive as a translation renders the Romance title word for word."""


_INITIALS = {"ceo": "chief executive officer", "cfo": "chief financial officer", "coo": "chief operating officer",
             "cto": "chief technology officer", "cio": "chief information officer"}
_INITIALS_RE = re.compile(r"\b(" + "|".join(_INITIALS) + r")\b", re.I)


def expand_initials(title: str) -> str:
    """'Osterlind CEO' is 'Osterlind chief executive officer': one post however an outlet writes it."""
    return _INITIALS_RE.sub(lambda m: _INITIALS[m.group(1).lower()], title)


_PUBLIC_ATTORNEY = frozenset({"state", "district", "public", "crown", "county", "federal"})
"""What before 'attorney' makes a prosecutor ('district attorney', a translation's 'State Attorney'
for a public prosecutor), not a party's lawyer."""


def _role_word(before: str, word: str, after: str, written: str) -> str:
    """A title's lower-cased word as a role: an 'attorney general' is no lawyer, a 'district
    attorney' prosecutes, the 'Speaker of the Assembly' presides (a translation's lower-case
    'speaker' is a spokesperson: no post), 'master' is a post only after a word and before no
    thing ('harbour master', not 'master plan'), and synonyms name one role."""
    if after == "general":
        return word
    if word == "attorney" and before in _PUBLIC_ATTORNEY:
        return "prosecutor"
    if word == "speaker":
        return "speaker" if written == "Speaker" and after == "of" else ""
    if word == "master" and (after in _NOT_A_MASTER or not before):
        return ""  # 'a master's degree', 'the master plan', a translation's 'Master Jane Roe' (French 'Maître', a lawyer's address): no post
    return ROLE_SYNONYMS.get(word, word)


_NOT_A_MASTER = frozenset({"s", "plan", "plans", "degree", "degrees", "class", "classes", "key", "keys", "copy", "list", "file", "bedroom", "switch", "chef", "craftsman", "stroke"})
"""Words after 'master' that make it a thing or a grade, not a post ('harbour master', 'the ship's
master' are posts)."""


def title_core(title: str) -> str:
    """'senior lecturer in politics at X' -> 'senior lecturer'; '' when no role noun is in it.
    A role word inside an organisation's name is none ('cardiologist at Kellmouth General Hospital')."""
    title = expand_initials(title)
    if _DELEGATE.search(title):
        return "chief"  # Italian 'amministratore delegato', Spanish 'consejero delegado' rendered word for word: the chief executive
    cased = _LETTER_RUN.findall(title)
    lowered = [w.lower() for w in cased]
    words = [_role_word(before, w, nxt, written) for before, w, nxt, written in zip([""] + lowered, lowered, lowered[1:] + [""], cased)]
    for i, w in enumerate(words):
        if w in ROLE_NOUNS and not _in_a_name(cased, i):
            start = i
            while start > 0 and words[start - 1] in RANK_WORDS:
                start -= 1
            if (words[i] in RANK_WORDS or words[i] == "head") and i + 1 < len(words) and _AGENT_NOUN.match(words[i + 1]) and words[i + 1] not in _STOP_OR_ROLES:
                return " ".join(words[start:i + 2])  # 'chief forecaster', 'lead negotiator': a rank of a trade no list names
            later = _role_after_rank(words, i)
            if later and words[i] == "head":
                return " ".join(words[start:i] + [later])  # 'former head rowing coach': a former coach, as 'head coach' is a coach
            if later:
                return f"{words[i]} {later}"  # 'chief bridge engineer': a chief engineer, for bridges
            ranked = _rank_before_portfolio(words, i) if start == i else None
            if ranked is not None:  # 'Deputy Environment Minister': a deputy minister, its portfolio between
                words, cased = words[:ranked + 1] + words[i:], cased[:ranked + 1] + cased[i:]
                start, i = ranked, ranked + 1
            end = i
            while end + 1 < len(words) and words[end + 1] in ROLE_NOUNS:
                end += 1  # 'head coach' is a coach: the last noun of the run is the role
            if words[end] == "general" and end > i:
                return " ".join(words[start:i] + [words[end - 1], "general"])  # 'director general', 'secretary general': one role
            if end > i and words[end - 1] in RANK_WORDS:
                ranked = end - 1
                while ranked > 0 and words[ranked - 1] in RANK_WORDS:
                    ranked -= 1
                return " ".join(words[ranked:end + 1])  # 'Detective Chief Inspector': a chief inspector, no inspector
            if words[end] == "minister" and start == i and i > 0 and words[i - 1] in ("prime", "first"):
                ranked = i - 1
                while ranked > 0 and words[ranked - 1] in RANK_WORDS:
                    ranked -= 1
                return " ".join(words[ranked:i - 1] + ["premier"])  # a prime minister is a premier, as translations say
            if start == i and end + 1 < len(words) and words[end + 1] in _RANKS_AFTER:
                return f"deputy {words[end]}"  # a translation's 'director adjunct' (French 'directeur adjoint'): a deputy director
            return " ".join(words[start:i] + [words[end]])
    return ""


_RANKS_AFTER = frozenset({"deputy", "adjoint"})
"""Rank words that Romance languages set after the role, as machine translations keep them
('adjunct' arrives here as 'deputy', through ROLE_SYNONYMS)."""


_AGENT_NOUN = re.compile(r"^[a-z]{3,}(?:er|or|ist|ian)$")
"""A word for someone who does something ('forecaster', 'negotiator', 'pathologist', 'librarian'):
after a rank word, a role whatever trade it names."""


def _role_after_rank(words: list[str], i: int) -> str | None:
    """The role a rank word heads across one or two words of what it is for ('chief bridge
    engineer' -> 'engineer'); None for a chief of a function ('chief financial officer', a chief
    for finance) or when no role follows."""
    if words[i] not in RANK_WORDS and words[i] != "head" or i + 2 >= len(words) or words[i + 1] in _STOP_ROLES_OR_RANKS:  # 'head rowing coach': a head coach
        return None
    if words[i + 2] in _ROLES_NOT_RANKS:
        role = words[i + 2]
    elif i + 3 < len(words) and words[i + 2] not in STOPWORDS and words[i + 3] in _ROLES_NOT_RANKS:
        role = words[i + 3]
    else:
        return None
    return role if role != "officer" else None


def _rank_before_portfolio(words: list[str], i: int) -> int | None:
    """Where a rank word stands one or two words before the role ('Deputy Environment Minister'),
    the portfolio between them; None otherwise (and for a prime or first minister)."""
    if i < 2 or words[i - 1] in STOPWORDS or words[i - 1] in ("prime", "first"):
        return None
    if words[i - 2] in RANK_WORDS:
        return i - 2
    if i >= 3 and words[i - 2] not in STOPWORDS and words[i - 3] in RANK_WORDS:
        return i - 3
    return None


_LETTER_RUN = re.compile(r"[A-Za-z]+")


def _in_a_name(words: list[str], i: int) -> bool:
    """A capitalised role word between words that are no roles, the next one capitalised: a
    word of an organisation's name ('Kellmouth General Hospital'); 'Attorney General' and
    'Director General' stay roles."""
    roles = _ROLES_OR_RANKS
    after = words[i + 1] if i + 1 < len(words) else ""
    before = words[i - 1].lower() if i > 0 else ""
    role_next = i + 2 < len(words) and words[i + 2].lower() in _ROLES_NOT_RANKS  # 'Chief Financial Officer': a title in capitals
    return words[i][:1].isupper() and after[:1].isupper() and after.lower() not in roles and before not in roles and not role_next


_STOPS_BEFORE_CLOSING_QUOTE = re.compile(r"[.,;:]+(?=[\u201d\"]$)")


def clean_title(title: str) -> str:
    """The title as the outlet wrote it, without the sentence's stops: 'author of "A Book."' -> 'author of "A Book"'."""
    title = " ".join(title.split()).strip(" ,;:")
    title = _STOPS_BEFORE_CLOSING_QUOTE.sub("", title)
    return title.rstrip(".")


def is_person_name(name: str) -> bool:
    parts = name.split()
    return 2 <= len(parts) <= 4 and parts[0].lower() not in STOPWORDS and not any(p.lower() in NOT_PEOPLE or p.lower() in ROLE_NOUNS or p.lower() in RANK_WORDS for p in parts)


_NOT_TITLE = STOPWORDS | {"said", "says", "told", "tells", "added", "according", "informs", "informed", "indicated", "declared",
                          "explained", "stated", "announced", "as", "by", "with"}
"""Words a title never starts with: what stands before it in the sentence ('said the chief')."""
_SAYING_WORDS = frozenset({"said", "says", "told", "tells"})
"""Verbs of saying that end a lead-in to a title ('The University of Lindby says Professor …')."""


_RELATED_TO = re.compile(r"(?:\b(?:son|daughter|wife|husband|brother|sister|father|mother|child|grandson|granddaughter|grandfather|grandmother"
                         r"|nephew|niece|uncle|aunt|cousin|widow|widower|partner|office|cabinet|staff|team)|-in-law)$")
"""What a person is to a post's holder ('granddaughter of the founder', 'brother-in-law of the
minister', 'cabinet of the minister'): the post after it is another's."""


def _lead_in_before_the(words: list[str]) -> int:
    """How many lower-cased words lead into a title before its 'the' ('satisfied the president of
    the province', 'assured the director of the museum', as a translation orders them): none when
    a word before 'the' is a role or a rank ('head of the agency'), or says what the person is to
    the post's holder or the thing ('brother-in-law of the minister', 'the blogger behind the
    site')."""
    the = words.index("the", 1) if "the" in words[1:-1] else 0
    if not the or any(is_role_word(w) or w in RANK_WORDS for w in words[:the]):
        return 0
    if words[the - 1] == "behind" or words[the - 1] == "of" and _RELATED_TO.search(" ".join(words[:the - 1])):
        return 0
    return the + 1


def _without_lead_in(title: str) -> str:
    """A title without the words that lead into it in the sentence ('indicated the president
    of the board' -> 'president of the board')."""
    parts = title.split()
    said = [i for i, w in enumerate(parts[:-1]) if w.lower() in _SAYING_WORDS]
    if said:
        parts = parts[said[-1] + 1:]  # 'The University of Lindby says Professor': who said it leads into the title
    parts = parts[_lead_in_before_the([w.lower() for w in parts]):]
    while len(parts) > 1 and (parts[0].lower() in _NOT_TITLE or len(parts) > 2 and parts[0].endswith("ing") and parts[0].lower() not in _TITLE_PARTICIPLES):
        parts.pop(0)  # 'beating home affairs spokesman': what the sentence did to him, not his post
    return " ".join(parts)


_TITLE_PARTICIPLES = frozenset({"managing", "presiding", "outgoing", "incoming", "visiting", "founding", "acting", "consulting", "governing",
                                "reigning", "leading", "ruling", "serving", "supervising", "commanding", "coordinating", "investigating",
                                "sitting", "standing", "reporting", "examining", "attending", "nursing", "teaching", "training"})
"""Words in -ing that are part of a post ('managing director', 'presiding judge', 'investigating
magistrate'); any other -ing word before a title is the sentence's verb ('beating', 'replacing')."""


def _title_and_name(role: str, name: str) -> tuple[str, str]:
    """A capitalised title reads as part of the name ('Emergency Minister Pavel Oster' gives the
    role 'Emergency' and the name 'Minister Pavel Oster'): the title's words go back to the title,
    and the words before it that only lead into it ('said', 'the') are dropped."""
    words = name.split()
    moved = 0
    for k in range(len(words) - 2):  # up to the last title word before the two of the name ('Chief Financial Officer')
        if is_role_word(words[k]) or words[k].lower() in RANK_WORDS:  # 'Secretary-General Piet Oosterlaan' too
            moved = k + 1
    if moved:
        lead_in = role.split()[-1].lower() in _LEAD_IN_WORDS  # 'the accounts of Secretary-General Piet Holm': only the capitalised post is his
        role, name = " ".join(words[:moved]) if lead_in else f"{role} {' '.join(words[:moved])}", " ".join(words[moved:])
    parts = role.split()
    cut = max((k for k, w in enumerate(parts) if w.lower() in _LEAD_IN_WORDS), default=-1)
    if 0 <= cut < len(parts) - 1 and all(w[0].isupper() for w in parts[cut + 1:]):
        role = " ".join(parts[cut + 1:])  # 'the accounts of Secretary-General': the capitalised post after the lead-in
    return _without_lead_in(_without_kin(role)), name


_KIN_OF = re.compile(r"^(?:.*\s)?(?:brother|sister|son|daughter|wife|husband|father|mother|widow|widower|partner|nephew|niece|cousin|uncle|aunt|grandson|granddaughter)(?:-in-law)?\s+of\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?", re.I)
"""A kinship that leads into another's post set before a name ('owned by Tibor Roe, brother of chief
executive Ada Roe'): the kin is the one before; the post after it is the named person's. (Set off by
commas, 'the brother-in-law of the minister, Pieter Roe', the kinship is the named person's own.)"""


def _without_kin(role: str) -> str:
    """The post after a kinship lead-in ('brother of chief executive' -> 'chief executive')."""
    return _KIN_OF.sub("", role) if " of " in role else role


_LEAD_IN_WORDS = frozenset({"of", "the", "a", "an", "from", "to", "by", "with", "at", "in", "on"})
"""Words that end a lead-in to a capitalised post ('the accounts of Secretary-General ...')."""


_ENDS_WHERE_A_NAME_BEGINS = re.compile(r"\b(?:the|a|an|at|with|from|by)\s*$", re.I)
"""A title that ends where a thing's name begins: 'a correspondent for the Dornvale Courier',
'senior vice president for space and launch at Boeing Defense' (the body the post is at)."""


def _names_another(apposition: str) -> bool:
    """A role followed by another person's name ('Jane Roe, procurement director Tom Poe and ...'):
    the next person of a list, with their own post, not this one's."""
    for m in _ROLE_BEFORE.finditer(apposition):
        role, name = _title_and_name(m.group(1), m.group(2))
        if title_core(role) and role.split()[-1].lower() not in STOPWORDS and is_person_name(name):  # not 'author of Quiet Rivers'
            return True
    return False


_NAME_NEXT = re.compile(r"\s*,\s+" + _PERSON + r"\b")
"""A name right after an apposition's comma: the apposition is that person's post ('Jane Roe, the
head of procurement, Tom Poe')."""


def find_people(sentences: list[Sentence]) -> dict[str, Person]:
    """Every person mentioned with a role or as a speaker, keyed by their full name."""
    people: dict[str, Person] = {}
    spelt: dict[str, str] = {}  # a name without its accents -> the spelling first met
    addressed: list[tuple[str, str, str | None, bool]] = []  # 'Mr Reddell, the party's justice spokesman': resolved once every full name is known
    worded: dict[tuple[str, str], str] = {}  # (source, title) -> the outlet's words, where not the title itself

    def mention(name: str, source: str, title: str | None, elsewhere: bool = False, resolve: bool = True) -> None:
        words = name.split()
        if resolve and len(words) == 2 and _HONORIFICS.match(words[0]):
            addressed.append((name, source, title, elsewhere))
            return
        if len(words) > 2 and words[0].rstrip(".") in FORMS_OF_ADDRESS:
            words = words[1:]  # 'Dr Jane Roe' in one outlet, 'Dr. Jane Roe' or 'Jane Roe' in another: one person, and no post
        prefix = []
        while words and (words[0].lower() in RANK_WORDS or is_role_word(words[0])):  # 'Professor Jane Roe', 'Editor-in-chief Jane Roe'
            prefix.append(words.pop(0))
        name = without_possessive(" ".join(words))  # 'Transport Minister Elin Varga's plan': Elin Varga
        if not is_person_name(name) or title and _ENDS_WHERE_A_NAME_BEGINS.search(title):
            return  # 'a correspondent for the Dornvale Courier': a name after 'the' is a thing's
        name = spelt.setdefault(without_accents(name), name)  # 'Étienne Rasmy' and 'Etienne Rasmy': one person
        person = people.setdefault(name, Person(name))
        titles = person.titles.setdefault(source, [])
        for given in (" ".join(prefix), _without_lead_in(clean_title(title or ""))):
            if given and given not in titles:
                titles.append(given)
        if elsewhere and title:
            person.posts_elsewhere.add(_without_lead_in(clean_title(title)))

    sentences = [replace(s, text=_ACRONYM_AFTER.sub("", s.text)) if "(" in s.text else s for s in sentences]  # 'the president of the Market Authority (FMA), Ansel Krebb'
    for s in sentences:
        for said in _mentions_in(s.text):
            if said.addressed:
                addressed.append((said.name, s.source, said.title, False))
                continue
            mention(said.name, s.source, said.title, said.elsewhere)
            if said.words is not None:
                worded[(s.source, said.title)] = said.words  # type: ignore[index]
    by_surname = _by_surname(people)
    for name, source, title, elsewhere in addressed:
        known = by_surname.get(name.split()[-1], [])
        mention(known[0].name if len(known) == 1 else name, source, title, elsewhere, resolve=False)  # the one person of that surname, else the name as written
    _one_person_respelt(people)
    _surname_mentions(people, sentences)
    for person in people.values():
        for source, titles in person.titles.items():
            titles[:] = [t for t in titles if not any(_ranked_above(longer, t) for longer in titles)]
        person.worded = {key: words for key in ((source, t) for source, titles in person.titles.items() for t in titles) if (words := worded.get(key))}
    return people


class Mention(NamedTuple):
    """A person one sentence names with a post, or as a speaker: what find_people reads of it."""

    name: str
    title: str | None
    elsewhere: bool = False
    """The post is another body's ('its president, Jane Roe')."""
    addressed: bool = False
    """A surname alone ('Reddell, 64, the party's spokesman'): resolved once every full name is known."""
    words: str | None = None
    """The outlet's words for the post, where not the title itself ('who chairs the committee')."""


@lru_cache(maxsize=65536)
def _mentions_in(text: str) -> tuple[Mention, ...]:
    """The people one sentence names, in the order find_people takes them. Cached by the
    sentence: a rebuild of a story reads again only the sentences that changed."""
    found: list[Mention] = []
    words = lower_runs(text)
    has_role = not words.isdisjoint(ROLE_NOUNS)
    comma_name = has_role and "," in text and _COMMA_NAME.search(text) is not None  # what three patterns below need
    for m in _APPOSITION.finditer(text) if has_role and "," in text else ():  # a comma follows the name
        following = _NAME_NEXT.match(text, m.end())
        if title_core(" ".join(m.group(2).split()[:4])) and not _names_another(m.group(2)) and not (following and is_person_name(following.group(1))):
            found.append(Mention(m.group(1), m.group(2)))
    for m in _SURNAME_AGED.finditer(text) if has_role and "," in text else ():
        if title_core(" ".join(m.group(2).split()[:4])) and not _names_another(m.group(2)):
            found.append(Mention(m.group(1), m.group(2), addressed=True))
    for m in _WHO_HOLDS.finditer(text) if " who " in text else ():
        comma = text.find(",", m.end(3))
        if m.group(2).lower().endswith("ed") and _HELD_UNTIL.search(text, m.start(2), comma if comma >= 0 else len(text)):
            continue  # 'who headed the agency until 2019': a post over, no title now
        title = f"{_HELD_ROLE[m.group(2).lower()]} of {m.group(3)}"
        found.append(Mention(m.group(1), title, words=text[m.start(2) - 4:m.end(3)]))  # 'Elias Brandt, who chairs the monitoring committee'
    start = 0
    while comma_name and (m := _ROLE_PHRASE_BEFORE.search(text, start)):
        if title_core(" ".join(m.group(1).split()[:4])):
            found.append(Mention(m.group(2), m.group(1)))
            start = m.end()
        else:  # 'is under the leadership of the former president of the court, Ada Roe': the role starts later
            start = text.find(" ", m.start() + 1) + 1 or len(text)
    for m in _ROLE_BEFORE.finditer(text) if has_role else ():
        role, name = _title_and_name(m.group(1), m.group(2))
        core = title_core(role)
        last = role.split()[-1].lower().split("-")[-1]
        if core and (last in ROLE_NOUNS or last == "executive" and core == "chief" or core.endswith(" " + last) and _AGENT_NOUN.match(last)):  # "ESTA director-general Oskar Thell", "said chief executive Tom Rehn"
            found.append(Mention(name, role))
    for m in _POSSESSIVE_ROLE_BEFORE.finditer(text) if comma_name and ("'s " in text or "\u2019s " in text or "s' " in text or "s\u2019 " in text) else ():
        last = m.group(1).split()[-1].lower()
        if is_role_word(last) or last in RANK_WORDS and title_core(m.group(1)):  # 'the firm's chief executive', 'the paper's editor-in-chief'
            found.append(Mention(m.group(2), _OWNER_LEAD_IN.sub("", m.group(1))))  # 'finding concerns Hessel's chief executive': Hessel's chief executive
    for pattern in (_APPOINTED_AS, _LEFT_OR_TOOK_POST_AS) if has_role and " as " in text else ():
        for m in pattern.finditer(text):
            if m.group(2).split()[-1] in ROLE_NOUNS and title_core(m.group(2)):
                found.append(Mention(m.group(1), m.group(2)))  # 'appointed Jane Roe as administrator', 'who stepped down as chief operating officer'
    for m in _AS_ROLE_APPOINTED.finditer(text) if has_role and "s " in text else ():
        if m.group(1).split()[-1] in ROLE_NOUNS and title_core(m.group(1)):
            found.append(Mention(m.group(2), m.group(1)))
    for m in _ROLE_COMMA_BEFORE.finditer(text) if comma_name else ():
        last = m.group(1).split()[-1]
        if (is_role_word(last) or last in RANK_WORDS) and title_core(m.group(1)):
            found.append(Mention(m.group(2), m.group(1), elsewhere=not m.group(0).lower().startswith("the ")))  # 'the mayor, Jane Roe,'; 'its president, Jane Roe': another body's
    for m in _ROLE_OF_BEFORE.finditer(text) if has_role and (" of " in text or " for " in text) else ():
        if title_core(m.group(1)):
            found.append(Mention(m.group(2), m.group(1)))  # 'the vice-president of the board for risk Annika Sollberg'
    portfolios = []
    for m in _MINISTER_OF.finditer(text) if "inister" in text or "ecretary" in text or "ommissioner" in text else ():
        found.append(Mention(m.group(2), m.group(1).strip()))
        portfolios.append((m.start(1), m.end(1)))
    for m in _SAID.finditer(text) if any(verb in text for verb in _SAYING) else ():
        group = 1 if m.group(1) else 2
        start = max([end for begin, end in portfolios if begin <= m.start(group) < end], default=m.start(group))
        found.append(Mention(text[start:m.end(group)], None))  # 'Minister of Health Jane Roe said': Jane Roe, not 'Health Jane Roe'
    return tuple(found)


def _one_person_respelt(people: dict[str, Person]) -> None:
    """One person whose given name two outlets spell apart ('Helen Ashcombe' / a translation's
    'Helena Ashcombe'): the same surname, given names one letter apart or one the other's start
    with up to two letters more, and no outlet naming both. Their titles are then one person's."""
    for same_surname in _by_surname(people).values():
        for k, first in enumerate(same_surname):
            for other in same_surname[k + 1:]:
                if other.name not in people or first.name not in people or not first.titles.keys().isdisjoint(other.titles):
                    continue
                a, b = first.name.split(), other.name.split()
                if len(a) != 2 or len(b) != 2 or min(len(a[0]), len(b[0])) < 3:
                    continue
                short, long = sorted((a[0], b[0]), key=len)
                if not (long.startswith(short) and len(long) - len(short) <= 2 or edit_distance(a[0], b[0]) == 1 and len(short) >= 4):
                    continue
                for source, titles in other.titles.items():
                    first.titles.setdefault(source, []).extend(titles)
                first.posts_elsewhere |= other.posts_elsewhere
                del people[other.name]


_ACRONYM_AFTER = re.compile(r"\s\([A-Z][A-Za-z]{1,7}\)(?=[\s,.;:])")
"""A body's initials in brackets after its name ('the Financial Markets Authority (FMA),'): read
past, so the name after the comma is the holder of the role before it."""


def _ranked_above(longer: str, title: str) -> bool:
    """'Deputy Justice Minister' holds 'Justice Minister' after a second rank: the post read twice,
    once without its rank (a pattern that starts after 'Deputy'), which is not the person's."""
    words, tail = longer.lower().split(), title.lower().split()
    return len(words) > len(tail) and words[-len(tail):] == tail and not SECOND_RANKS.isdisjoint(words[:-len(tail)])


_HONORIFICS = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.?$")
"""A courtesy title before a surname ('Mr Reddell'): the person the story names in full with that surname."""


def _by_surname(people: dict[str, Person]) -> dict[str, list[Person]]:
    """The story's people by their surname (the last word of the name)."""
    out: dict[str, list[Person]] = {}
    for person in people.values():
        out.setdefault(person.name.split()[-1], []).append(person)
    return out


def _surname_mentions(people: dict[str, Person], sentences: list[Sentence]) -> None:
    """'Judge Jane Roe' in one outlet, 'Mrs Justice Roe' in another: a role before a known
    person's surname alone is that person's title as the outlet gives it."""
    by_surname = _by_surname(people)
    if not by_surname:
        return
    named = re.compile("|".join(map(re.escape, by_surname)))  # one scan of a sentence for every surname (a loop of substring tests is slower)
    pattern = None  # compiled when a sentence first holds a surname: a story's own pattern, compiled for it alone
    for s in sentences:
        if not named.search(s.text):
            continue  # the pattern needs one of the surnames, spelt as it is
        if pattern is None:
            pattern = re.compile(r"(?<![\w'\u2019])((?:[A-Za-z-]+\s){0,2}?[A-Za-z-]+)\s+(" + "|".join(map(re.escape, by_surname)) + r")\b")
        for m in pattern.finditer(s.text):
            role, surname = m.group(1), m.group(2)
            candidates = by_surname[surname]
            if len(candidates) != 1 or role.split()[-1][:1].isupper() and role.split()[-1].lower() not in _ROLES_OR_RANKS:
                continue  # a first name ('Jane Roe'), or two people share the surname
            if role.split()[-1].lower() not in ROLE_NOUNS:
                continue
            person = candidates[0]
            titles = person.titles.setdefault(s.source, [])
            if title_core(role) and not any(title_core(t) for t in titles):
                titles.append(clean_title(role))


TRANSLATED_ROLES = {"justice": "judge", "magistrate": "judge", "vice": "deputy"}
"""Roles a translation renders with one word whatever the rank the English word carries: a
justice of a supreme court is the judge of the translation's 'judge of the Court supreme', a
deputy mayor its 'vice-mayor' (Italian 'vicesindaco'). Between two originals 'Mrs Justice' and
'Judge' are two ranks."""
HEAD_ROLES = {"chief", "director", "head", "president", "chair", "chairman", "chairwoman", "manager", "governor"}
"""Who runs an organisation: a translation renders one as another ('chief executive' as
'director', 'chair of the board' as 'president of the council of administration'), so between a
translation and another outlet these are one role. Between two originals they differ."""


DESCRIPTIVE_ROLES = {"founder", "cofounder", "owner", "author", "researcher", "scientist", "expert"}
"""What a person is or did rather than a post held: a founder may be the managing director, a
professor a researcher. Such words are no title to set against another outlet's; after 'chief'
they are a post ('the agency's chief scientist')."""


def _a_chiefs_post(core: str) -> bool:
    """'chief scientist': a descriptive role after 'chief' is a post."""
    words = core.split()
    return len(words) >= 2 and words[-2] == "chief"


def _post_cores(person: Person, source: str, addressed: bool = False) -> set[tuple[str, frozenset[str]]]:
    """The cores of the posts a source gives a person, leaving out what they are rather than hold
    ('founder and chairman' gives the chairman)."""
    out = set()
    for title in person.titles.get(source, []):
        core = title_core(title)
        while core and core.split()[-1] in DESCRIPTIVE_ROLES and not _a_chiefs_post(core):
            rest = re.split(rf"\b{re.escape(core.split()[-1])}\b", title, maxsplit=1, flags=re.I)
            title = rest[1] if len(rest) > 1 else ""
            core = title_core(title)
        if core and not core.startswith("former ") and _HELD_BEFORE.search(title):
            core = "former " + core  # 'commissioner from 2016 to 2023', 'retired as commissioner': a former commissioner
        if core:
            portfolio = title_portfolio(title)
            if core == "secretary" and portfolio & _PORTFOLIO_STEMS and _PORTFOLIO_SECRETARY.match(title.strip()):
                core = "minister"  # 'Health Secretary': a cabinet post, the 'minister of Health' of a translation ('state secretary for fisheries' is a junior one)
            out.add((core, portfolio))
    if not addressed and len(out) > 1 and any(len(t.split()) == 1 and t.lower() in _HONORIFIC_RANKS for t in person.titles.get(source, [])):
        out = {c for c in out if c[0] not in _HONORIFIC_RANKS} or out  # 'Professor Brandt, who chairs the committee': the post is the chair
    return out


_HELD_BEFORE = re.compile(r"\bfrom\s+(?:[A-Za-z]+\s+)?(?:19|20)\d\d\s+(?:to|until)\s+(?:[A-Za-z]+\s+)?(?:19|20)\d\d\b|\b(?:between|in)\s+(?:19|20)\d\d\s*(?:and|-|\u2013)\s*(?:19|20)?\d\d\b"
                          r"|^(?:retired|resigned|stepped\s+down)\s+as\b", re.I)
"""A post told as held over a span that ended, or left: 'commissioner from 2016 to 2023', 'retired
as commissioner in 2023'. Such a post is a former one, as 'former commissioner' says."""
_PORTFOLIO_SECRETARY = re.compile(r"^(?:the\s+)?(?:[A-Z][a-z]+\s+){1,2}Secretary$")
"""A portfolio's capitalised name before 'Secretary' ('Health Secretary', 'Home Office Secretary')."""
_HONORIFIC_RANKS = frozenset({"professor", "doctor"})
"""Ranks set before a name as a form of address: beside a post the same source gives, not the post."""


def title_conflicts(people: dict[str, Person], sources: list[str], translated: set[str] | frozenset[str] = frozenset()) -> list[tuple[Person, dict[str, str]]]:
    """People whose titles in two sources share no role at all: 'senior lecturer' / 'senior professor'."""
    conflicts = []
    for person in people.values():
        cores = {s: c for s in sources if (c := _post_cores(person, s))}
        with_titles = list(cores)
        offices = {s: _office_functions(person.titles[s]) for s in with_titles}  # read once per outlet, not once per pair

        def agree(a: str, b: str) -> bool:
            if (a in translated or b in translated) and any(core.split()[-1] in OCCUPATIONS for core, _ in cores[a] | cores[b]):
                return True  # a translation's 'trainer' for a coach, 'pilot' for a driver
            if _was_and_is(cores[a], cores[b]) or _was_and_is(cores[b], cores[a]):
                return False  # 'a former deputy mayor of Orrin' / 'Orrin's deputy mayor': she holds the post or she does not, whatever else she chairs
            bare = [s for s in (a, b) if all(c[0] in _HONORIFIC_RANKS for c in cores[s])]
            if any(len(person.titles[s]) == 1 and person.titles[s][0].lower() in _HONORIFIC_RANKS for s in bare):
                return True  # 'Professor Helena Marsk' and nothing more: a form of address, which says nothing of her post
            if bare:  # 'professor at the institute' / 'Professor; director of the institute'
                return _titles_agree(_post_cores(person, a, True), _post_cores(person, b, True), a in translated or b in translated)
            if _only_rank(cores[a]) != _only_rank(cores[b]) and not (_ranks(cores[a]) and _ranks(cores[b])):
                return True  # 'Commander Liv Aas' / 'coastguard spokeswoman Liv Aas': a rank and a post, both hers
            ranks_a, ranks_b = _service_ranks(cores[a]), _service_ranks(cores[b])
            if a not in translated and b not in translated and ranks_a and ranks_b and ranks_a.isdisjoint(ranks_b):
                return False  # 'Lieutenant Commander Ewan Hardie, a Navy spokesman' / 'Commander Ewan Hardie, a Navy spokesman': one post, two ranks
            if _only_past(cores[a]) != _only_past(cores[b]):
                return True  # 'former Valdora captain' / 'assistant coach': what he was and what he is
            if _only_future(person.titles[a]) != _only_future(person.titles[b]):
                return True  # 'minister-designate' / 'the party's deputy leader': what she will be and what she is
            if _head_and_seat(cores[a], cores[b]):
                return True  # 'Green faction leader' / 'Green councillor': the group's head has a seat
            if _party_head_and_post(person.titles[a], cores[b]) or _party_head_and_post(person.titles[b], cores[a]):
                return True  # 'Green Liberal leader' / 'Environment Minister': a party's leader holds a post as well
            if _supervises(person.titles[a]) != _supervises(person.titles[b]):
                return False  # the chair of a supervisory board oversees the executive: never its chief, in any language
            fa, fb = offices[a], offices[b]
            if fa and fb and fa.isdisjoint(fb) and a not in translated and b not in translated:
                return False  # 'chief financial officer' / 'head of commercial programmes': two parts of a firm, two posts
            return (_titles_agree(cores[a], cores[b], a in translated or b in translated)
                    or a in translated and (_shorter_rendering(cores[a], cores[b], person.titles[a]) or _role_told_within(cores[a], person.titles[b]))
                    or b in translated and (_shorter_rendering(cores[b], cores[a], person.titles[b]) or _role_told_within(cores[b], person.titles[a])))

        functions = {s: _functions(person.titles[s]) for s in with_titles}

        def heads_other_things(a: str, b: str) -> bool:
            fa, fb = functions[a], functions[b]
            told = a not in translated and b not in translated  # a translation's 'director of the hospice' renders a chief executive
            return (bool(fa) and not fb and (_only_top(cores[b], told) or _runs_named_bodies(person.titles[b]))
                    or bool(fb) and not fa and (_only_top(cores[a], told) or _runs_named_bodies(person.titles[a])))

        clash = any(not agree(a, b) or heads_other_things(a, b) for i, a in enumerate(with_titles) for b in with_titles[i + 1 :])
        if clash:
            variants = {s: "; ".join(_RELATIVE_CLAUSE.split(person.worded.get((s, t), t), maxsplit=1)[0] for t in _differing_titles(person, s, with_titles)) for s in with_titles}
            conflicts.append((person, variants))
    return conflicts


TOP_ROLES = frozenset({"director general", "secretary general", "president", "chief", "chair", "ceo"})
"""Cores of the roles that run a whole organisation: no head of one of its functions."""
_FUNCTION_OF = re.compile(r"\b(?:head|director|chief|manager)\s+of\s+(?:the\s+|its\s+)?((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)")
_FUNCTION_BEFORE = re.compile(r"\b([a-z][a-z-]{3,})\s+(?:head|director|chief(?!\s+executive)|manager)\b")  # 'hospice chief executive' runs the hospice
_NOT_A_FUNCTION = frozenset({"general", "managing", "executive", "deputy", "assistant", "acting", "interim", "former", "current", "outgoing", "incoming", "regional", "national",
                             "technical", "artistic", "musical", "medical", "financial", "operating"}) | RANK_WORDS | STOPWORDS


_BODIES = NOT_PEOPLE | {"service", "authority", "board", "trust", "federation", "museum", "hospital", "zoo", "theatre", "orchestra",
                        "observatory", "library", "gallery", "prison", "police", "directorate", "inspectorate", "firm", "network", "society"}
"""Words naming a whole body, not a function inside one ('head of the prison service' runs it)."""


def _functions(titles: list[str]) -> frozenset[str]:
    """What part of an organisation a head runs, when a title says ('head of whisky', 'director of
    competitions', 'sustainability director'): stems of lower-case words that are no organisation."""
    out = set()
    for title in titles:
        for m in _FUNCTION_OF.finditer(title):
            words = [w for w in m.group(1).split() if w not in STOPWORDS]
            if words and not any(w in _BODIES or w.rstrip("s") in _BODIES for w in words):
                out.add(stem(words[0]))
        for m in _FUNCTION_BEFORE.finditer(title):
            if m.group(1) not in _NOT_A_FUNCTION and m.group(1) not in _BODIES:
                out.add(stem(m.group(1)))
    return frozenset(out)


_CHIEF_OFFICER = re.compile(r"\bchief\s+([a-z]+)\s+officer\b")
_NOT_AN_OFFICE = frozenset({"executive", "general", "managing", "deputy", "assistant", "acting", "interim", "former", "current", "outgoing", "incoming",
                            "regional", "national", "senior", "joint", "vice"}) | RANK_WORDS | STOPWORDS
FUNCTION_PREFIX = 5
"""Letters of a function's word that name it across its forms ('financial' / 'finance',
'commercial' / 'commerce')."""


def _office_functions(titles: list[str]) -> frozenset[str]:
    """The part of a firm each title's office runs, C-level ones included ('chief financial
    officer', 'finance director', 'operative chief', 'head of commercial programmes'), as the
    first letters of its word; empty for a post over the whole ('chief executive', 'managing
    director') or a body ('head of the prison service'). Unlike _functions (a function's head
    set against a top post), it reads titles in any case and keeps the C-level functions that
    _NOT_A_FUNCTION leaves out, to set two functions against each other."""
    out = set()
    for title in titles:
        lower = title.lower()
        spans = [m.span(1) for m in _CHIEF_OFFICER.finditer(lower)] + [m.span(1) for m in _FUNCTION_BEFORE.finditer(lower)]
        for m in _FUNCTION_OF.finditer(lower):
            if not any(w in _BODIES or w.rstrip("s") in _BODIES for w in m.group(1).split()):
                spans += [(m.start(1) + w.start(), m.start(1) + w.end()) for w in re.finditer(r"[a-z-]+", m.group(1))]
        words = [lower[i:j] for i, j in spans if title[i].islower()]  # 'Brackwater head coach': a name, not a function
        out.update(w[:FUNCTION_PREFIX] for w in words if w not in _NOT_AN_OFFICE and w not in _BODIES and len(w) > 3)
    return frozenset(out)


def _supervises(titles: list[str]) -> bool:
    """A post on a supervisory board, which two-tier boards set over the executive ('chairwoman of
    the supervisory board')."""
    return any(_ON_A_SUPERVISORY_BOARD.search(t) for t in titles)


_ON_A_SUPERVISORY_BOARD = re.compile(r"\b(?:chair\w*|president|head|member|vice-chair\w*)\s+of\s+(?:the\s+|its\s+)?supervisory\b|\bsupervisory\s+board\s+chair", re.I)
"""A post held on a supervisory board ('chairwoman of the supervisory board'), not a body a
supervisory board acted on ('its supervisory council named First Deputy Governor')."""


_RUNS_A_NAMED_BODY = re.compile(r"^(?:the\s+)?(?:head|director|president|chief|chair|chairman|chairwoman|chairperson|governor)\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$")
"""A head of a body named by its capitalised name and nothing after ('director of the Geological
Survey'): the whole body, no function inside it."""


def _runs_named_bodies(titles: list[str]) -> bool:
    return bool(titles) and all(_RUNS_A_NAMED_BODY.match(t) for t in titles)


def _only_top(cores: set[tuple[str, frozenset[str]]], executive: bool = False) -> bool:
    """Every post an outlet gives is one that runs a whole organisation ('director general',
    'president'; with `executive`, 'chief executive' too)."""
    return bool(cores) and all(core in TOP_ROLES and (not portfolio or executive and core == "chief" and portfolio == _EXECUTIVE) for core, portfolio in cores)


_EXECUTIVE = frozenset({stem("executive")})


SERVICE_RANKS = frozenset({"commander", "colonel", "admiral", "brigadier", "sergeant", "corporal", "major"})
"""Ranks of a uniformed service: held beside a post ('Commander', and the coastguard's spokeswoman)."""


def _ranks(cores: set[tuple[str, frozenset[str]]]) -> bool:
    return bool(_service_ranks(cores))


def _service_ranks(cores: set[tuple[str, frozenset[str]]]) -> set[str]:
    """The service ranks among an outlet's titles ('lieutenant commander'), whatever posts go beside them."""
    return {core for core, _ in cores if core.split()[-1] in SERVICE_RANKS}


def _only_rank(cores: set[tuple[str, frozenset[str]]]) -> bool:
    """Every title an outlet gives is a service rank ('Commander')."""
    return all(core.split()[-1] in SERVICE_RANKS for core, _ in cores)


SEAT_ROLES = frozenset({"councillor", "senator", "lawmaker", "representative", "congressman", "congresswoman", "member", "trustee"})
"""Seats on an elected or appointed body. A group's head ('the Green group's leader', 'head of
the finance committee') holds such a seat as well: the two are one person's, not a clash."""


def _head_and_seat(a: set[tuple[str, frozenset[str]]], b: set[tuple[str, frozenset[str]]]) -> bool:
    """One outlet gives only a head ('faction leader'), the other only a seat ('Councillor')."""
    def only(cores: set[tuple[str, frozenset[str]]], roles: set[str] | frozenset[str]) -> bool:
        return bool(cores) and all(core.split()[-1] in roles for core, _ in cores)
    return only(a, {"head"}) and only(b, SEAT_ROLES) or only(b, {"head"}) and only(a, SEAT_ROLES)


_PARTY_HEAD = re.compile(r"^(?:the\s+)?(?!Opposition\b)(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:[Pp]arty\s+)?leader$|^leader\s+of\s+the\s+(?!Opposition\b)[A-Z]")
"""A named party's (or group's) leader: 'Green Liberal leader', 'leader of the Civic Union'; not the
Opposition's, which is a post of its own."""


def _party_head_and_post(titles: list[str], other: set[tuple[str, frozenset[str]]]) -> bool:
    """One outlet gives only a named party's leadership, the other a post with no head in it: both
    the person's ('Green Liberal leader' / 'Environment Minister')."""
    return (bool(titles) and all((m := _PARTY_HEAD.match(t.strip())) and not any(w.lower() in _BODIES for w in m.group(0).split()) for t in titles)
            and bool(other) and not any(core.split()[-1] == "head" for core, _ in other))  # 'Council leader' leads a body: a post


_FUTURE_POST = re.compile(r"(?:\b|-)(?:designate|elect|incoming|nominee|nominated)\b", re.I)


def _only_future(titles: list[str]) -> bool:
    """Every post an outlet gives is one still to be taken up ('minister-designate', 'president-elect')."""
    return bool(titles) and all(_FUTURE_POST.search(t) for t in titles)


def _differing_titles(person: Person, source: str, sources: list[str]) -> list[str]:
    """The titles a source gives a person that the callout shows: those no other source gives in the
    same words ('chair of the users' association', given by two, is no part of the clash), or all
    of them when every one is shared."""
    titled = [t for t in person.titles[source] if title_core(t)]
    shared = {_plain(t) for s in sources if s != source for t in person.titles[s]}
    differing = [t for t in titled if _plain(t) not in shared] or titled
    return [t for t in differing if not any(o != t and _plain(t) in _plain(o) for o in differing)]  # 'Chief Inspector' inside 'Detective Chief Inspector': shown once, whole


def _plain(title: str) -> str:
    """A title as two outlets may print it alike: curly apostrophe straightened, lower case."""
    return title.replace("\u2019", "'").lower()


_RELATIVE_CLAUSE = re.compile(r"\s+(?:who|which|whose)\s")
"""Where a title goes on into what else the person does ('former deputy mayor of Orrin who chairs the
users' association'): the callout shows the post before it."""


def _was_and_is(past: set[tuple[str, frozenset[str]]], present: set[tuple[str, frozenset[str]]]) -> bool:
    """One outlet's former post is the other's present one, and neither gives the other's form."""
    return bool(_formerly(past) & present) and not _formerly(present) & past


def _formerly(cores: set[tuple[str, frozenset[str]]]) -> set[tuple[str, frozenset[str]]]:
    """The posts held before, of the cores told as 'former …', without the word."""
    return {(core[len("former "):], portfolio) for core, portfolio in cores if core.startswith("former ")}


def _only_past(cores: set[tuple[str, frozenset[str]]]) -> bool:
    """Every post an outlet gives is a past one ('former captain')."""
    return all(core.startswith("former ") for core, _ in cores)


def _qualifiers(title: str) -> frozenset[str]:
    """The words of a title that are no role: whose post it is ('Karsava governor', 'Uzbekistan's
    president', 'Transport Minister', 'trust chair', 'chairman of the investment company')."""
    capitalised = {without_possessive(w).lower() for w in re.findall(r"[A-Z][\w-]*", title) if w.lower() not in _ROLES_OR_RANKS}
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", title)
    role = next((k for k in range(len(words) - 1, -1, -1) if words[k].lower() in _ROLES_OR_RANKS), None)
    if role is None:
        return frozenset(capitalised)
    near = words[role - 1:role] + (words[role + 2:] if words[role + 1:role + 2] == ["of"] else [])  # 'trust chair', 'chairman of the investment company'
    return frozenset(capitalised | {without_possessive(w).lower() for w in near if w.lower() not in _STOP_ROLES_OR_RANKS and not _NO_BODY.search(w)})


_NO_BODY = re.compile(r"^(?:new|current|incoming|newly|sitting|provisional|temporary|\w+-(?:appointed|elected|designate))$", re.I)
"""Words before a post that say when or how it was taken, not whose it is ('the new chairman',
'the court-appointed administrator')."""


SOLE_POSTS = {"administrator", "mayor", "ambassador", "governor", "president", "premier", "chancellor", "chairman",
              "chairwoman", "chair", "chairperson", "ceo", "coach", "captain", "commander", "minister", "ombudsman", "rector", "dean"}
"""Posts one person holds at a time: two people each named to one of them by different outlets
(the administrator is Jane Roe in one, Ada Poe in another) is a clash of names."""


def _posts_differ(person: Person, core: str) -> bool:
    """Some outlet gives the person another title than `core` and not `core` too: the outlets
    differ on the person's title, not on who holds the post."""
    by_source = [{title_core(t) for t in titles} for titles in person.titles.values()]
    return any(cores and core not in cores for cores in by_source)


def post_holder_conflicts(people: dict[str, Person], sources: list[str], translated: set[str] | frozenset[str] = frozenset()) -> list[tuple[str, dict[str, str]]]:
    """One sole post given to different people by outlets that never name the other person: the
    post (its role and the capitalised words that say whose: 'Transport Minister', 'Karsava
    governor'), and each outlet's holder of it. Posts are one only when those words are the same,
    so 'Chinese President' and 'Uzbekistan's president' are two posts, and a bare 'Governor' is no
    'Karsava governor'. The people's own names must not share a surname (one person told two ways
    is another check)."""
    holders: dict[tuple[str, frozenset[str]], dict[str, set[str]]] = {}
    for person in people.values():
        for source, titles in person.titles.items():
            for title in titles:
                core = title_core(title)
                if core in SOLE_POSTS and title not in person.posts_elsewhere:
                    post = (core, _qualifiers(title))
                    holders.setdefault(post, {}).setdefault(person.name, set()).add(source)
    out = []
    for (core, qualifiers), named in holders.items():
        if len(named) < 2 or core == "minister" and not qualifiers:
            continue
        names = sorted(named)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                if named[a] & named[b] or a.split()[-1] == b.split()[-1] or named[a] <= translated or named[b] <= translated:
                    continue  # a translation's own country has its own minister: only originals vouch for a holder
                if any(source in people[b].titles for source in named[a]) or any(source in people[a].titles for source in named[b]):
                    continue  # an outlet names both people: it tells them apart (a predecessor, a deputy)
                if _posts_differ(people[a], core) or _posts_differ(people[b], core):
                    continue  # 'chairman Paul Ridley' where the others call him chief executive: his title differs, which that check shows
                post = " ".join(sorted(qualifiers) + [core])
                out.append((post, {**{s: a for s in sorted(named[a])}, **{s: b for s in sorted(named[b])}}))
    return out
