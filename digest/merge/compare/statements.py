"""Statements compared: a denial against another outlet's assertion, a quotation given to two
speakers, the same remark quoted in other words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from itertools import chain

from digest.merge.claims import Claim
from digest.merge.embed import embed
from digest.merge.facts import Fact
from digest.merge.facts import quotes as quote_facts
from digest.merge.facts import status as status_facts
from digest.merge.facts.numbers import CALENDAR
from digest.merge.people import HEAD_ROLES, RANK_WORDS, ROLE_NOUNS, TRANSLATED_ROLES, Person, is_role_word, title_core
from digest.merge.text import CAPITAL, NUMBER_WORDS, ORDINALS, STOPWORDS, case_apart, content_stems, lower_runs, names_after_start, stem, tokens, without_accents, without_possessive
from digest.merge.compare.figures import STRONG_PAIR, of_an_earlier_year
from digest.merge.compare.records import Conflict

_ASSERTING = ("possible", "planned", "done")
_GLUE = frozenset("the a an of to and that it its for in on".split())


def denial_conflicts(claims: list[Claim]) -> list[Conflict]:
    """'Ruled out further increases' against 'signalled that further increases could follow':
    one outlet denies what another asserts, in clauses that name the same thing with the same
    two words in a row. Static word vectors cannot tell an act from its denial, but a shared
    phrase under opposite statuses is rare enough to trust (on the merge corpus it marks only
    the keyed clash)."""
    stated = []
    for c in claims:
        for f in c.facts_of("status"):
            if f.value[0] == "denied" or f.value[0] in _ASSERTING:  # type: ignore[index]
                left, right = status_facts.clause_bounds(c.text, f.start, f.end)
                if f.value[0] == "denied":  # type: ignore[index]
                    joined = _AND_THEN.search(c.text, f.end, right)
                    right = joined.start() if joined else right  # 'did not declare the link and signed the approval': the denial ends at 'and'
                    left = f.start  # what is denied follows the denial ('the museum said it would not open the barrels': not 'museum said')
                elif _NEGATIVE.search(c.text, left, right) or _NEGATION_IN.search(c.text, f.start, f.end):
                    continue  # 'said no store employee would lose their job': an assertion that it will not happen, as the denial says
                stated.append((c, f, _phrases_of_the_thing(c.text, f, left, right), names_after_start(c.text[left:right])))
    denials = [s for s in stated if s[1].value[0] == "denied"]  # type: ignore[index]
    if not denials or len(denials) == len(stated):
        return []
    by_phrase: dict[tuple[str, str], list[int]] = {}
    asserted_by: dict[tuple[str, str], set[int]] = {}  # phrase -> claims asserting it
    denied_by: dict[tuple[str, str], set[int]] = {}  # phrase -> claims denying it
    for k, (c, f, phrases, _) in enumerate(stated):
        denied = f.value[0] == "denied"  # type: ignore[index]
        for phrase in sorted(phrases):  # sorted: the same output in every process
            (denied_by if denied else asserted_by).setdefault(phrase, set()).add(c.index)
            if not denied:
                by_phrase.setdefault(phrase, []).append(k)
    out: list[Conflict] = []
    for a, x, phrases, names_a in denials:
        seen: set[str] = set()
        for phrase in sorted(phrases):  # sorted: the same output in every process
            for k in by_phrase.get(phrase, []):
                b, y, _, names_b = stated[k]
                if b.source == a.source or b.source in seen:
                    continue
                if b.index in denied_by[phrase] or a.index in asserted_by[phrase]:
                    continue  # one sentence denies it and asserts it ('agreed to settle and did not contest'): a contrast its outlet draws, not a clash
                if names_a and names_b and names_a.isdisjoint(names_b):
                    continue  # 'ruled out governing with the Homeland Movement' / 'will govern with Green Renewal': done with someone else
                seen.add(b.source)
                out.append(Conflict(status_facts.kind_of(x, y), "status", "material", [(b, y), (a, x)]))
    return out


def _phrases_of_the_thing(text: str, status: Fact, left: int, right: int) -> set[tuple[str, str]]:
    """`_phrases` of a status's clause that name the thing denied or asserted, not how it stands:
    neither two words of the status's own marker ('has ruled out stepping in' / 'a further cut
    cannot be ruled out': two things, one denied and one kept open) nor a negation and the word
    beside it ('will not pay for mistakes it did not make' / 'what the report did not make clear'),
    nor the time limit after it ('until further notice'). Other genres: false callouts 116 -> 114,
    no keyed clash lost."""
    marker = {stem(w) for w in tokens(text[status.start:status.end])}
    limit = _TIME_LIMIT.search(text, max(left, status.start), right)
    right = limit.start() if limit else right  # 'would not open until further notice' / 'would stay shut until further notice': the time limit is no part of the thing
    return {(a, b) for a, b in _phrases(text[left:right]) if not (a in marker and b in marker) and not _negation(a) and not _negation(b)}


_TIME_LIMIT = re.compile(r"\b(?:until|till)\b", re.I)
"""Where a time limit opens ('until further notice', 'till the spring'): what follows says when, not what."""


_NEGATIONS = frozenset({"not", "no", "never", "nor"})


def _negation(word: str) -> bool:
    """A stem that negates ('not', "didn't", 'nor'): the words `_NEGATION_IN` finds in text, as
    the phrases hold them (stems, not text)."""
    return word in _NEGATIONS or word.endswith("n't")


_NEGATIVE = re.compile(r"\b(?:no|nobody|none|no-one)\b", re.I)
"""A negative subject or object in a clause ('no store employee would lose', 'will ensure that
no shopper is left'): what it asserts is that a thing will not happen."""
_NEGATION_IN = re.compile(r"\b(?:not|no|never)\b|n['\u2019]t\b", re.I)
"""A status marker that itself negates ('has not yet been established', 'no evidence'): an open
question, no assertion that the thing happened."""
_AND_THEN = re.compile(r"\s(?:and|but)\s+(?!not\b|never\b)", re.I)
_CONFIRMED = re.compile(r"\bconfirmed(?:\s+(?:on\s+\w+|in\s+a\s+statement|at\s+(?:[\w'\u2019-]+\s+){0,3}?(?:conference|briefing|meeting|hearing)|\w+ly|to\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}(?:\s+on\s+\w+)?))?\s+(?:that\b|(?=(?:they|it|he|she|we)\s+(?:would|will)\s+(?!not\b)))")
"""An outlet stating a thing as confirmed ('the operator has confirmed that the train passed a red
signal'): against another's suspicion of it ('investigators suspect ...', 'not established'), a
discrepancy of status."""


_AS_CONFIRMED = re.compile(r",\s+as\s+(?:[\w'\u2019-]+\s+){1,8}?confirmed\b(?=[^,;:]{0,30}[.!]?$)")
"""A confirmation told after what it confirms, ending the sentence ('…, as the foreign ministry
confirmed on Friday')."""


def confirmation_conflicts(claims: list[Claim]) -> list[Conflict]:
    """'Has confirmed that the train went through a red signal' against 'examining whether it
    passed a red signal, but the cause has not been established': what one outlet calls
    confirmed, another calls open, in clauses that name the same thing with the same two words
    in a row. Only explicit confirmations ('confirmed that') count, not every plain statement."""
    confirmed, open_ = [], []
    for c in claims:
        stated = c.facts_of("status")
        if not stated:
            continue  # no status stated (most sentences): nothing confirmed or open
        said = _CONFIRMED.search(c.text) if "confirmed" in c.text else None
        suspected = _SUSPECTED.search(c.text) if any(f.value[0] == "possible" for f in stated) else None  # type: ignore[index]
        as_confirmed = _AS_CONFIRMED.search(c.text) if not said and "confirmed" in c.text else None
        for f in stated:
            if f.value[0] == "done" and said:  # type: ignore[index]
                rest = c.text[said.end():]
                governed = _governed_clause(rest)
                confirmed.append((c, f, _phrases(rest), _said_words(governed), _deeds(governed)))
            elif f.value[0] == "done" and as_confirmed:  # type: ignore[index]
                told = without_accents(c.text[:as_confirmed.start()])  # 'Among them was the defence attaché, …, as the ministry confirmed': what it confirmed comes first
                confirmed.append((c, f, _phrases(told), _said_words(told), _deeds(told)))
            elif f.value[0] == "possible" and suspected:  # type: ignore[index]
                left, right = status_facts.clause_bounds(c.text, suspected.start(), suspected.end())
                asked = _said_words(_governed_clause(c.text[suspected.end():right]))  # 'investigating reports that the ship had lost steering': what is asked
                open_.append((c, f, _phrases(c.text[left:right]), asked, frozenset()))  # what is suspected: the marker's clause, not all the sentence tells
            elif f.value[0] == "undisclosed" and (withheld := _WITHHELD.search(c.text, f.start, f.end + 12)):  # type: ignore[index]
                governed = without_accents(_governed_clause(c.text[f.end:]))
                words = _said_words(governed) if withheld.group(0).lower().startswith("confirm") else frozenset()  # 'would not say whether': only the deed itself vouches
                open_.append((c, f, set(), words, _deeds(governed)))
    if not confirmed or not open_:
        return []
    out: list[Conflict] = []
    for a, x, pa, wa, da in confirmed:
        seen: set[str] = set()
        for b, y, pb, wb, db in open_:
            if b.source == a.source or b.source in seen or not (pa & pb or len(wa & wb) >= WITHHELD_SHARED or da & db):
                continue
            if status_facts.NOT_KNOWN_WHY.search(b.text) and not wa - wb:
                continue  # 'does not know why the pump failed' / 'confirmed that the pump failed': only a cause named would answer it
            seen.add(b.source)
            out.append(Conflict("confirmation", "status", "material", [(a, x), (b, y)]))
    return out


_SAID_SO = re.compile(r"\b(?:(confirm(?:s|ed|ing)?)|(den(?:y|ies|ied|ying)))\b", re.I)
"""An explicit word on a claim: 'X confirmed that …' or 'X denied that …'."""
_SPEAKER_REACH = 60
"""Characters before 'confirmed' or 'denied' in which its speaker is named ('The Museum Calvera has denied')."""


def said_both_ways_conflicts(claims: list[Claim]) -> list[Conflict]:
    """'Halvane denied that it had received any warning' against 'Halvane confirmed that its team
    had received the message': one speaker, named alike in both, confirms in one outlet what it
    denies in another, of a clause that shares a content word. The speaker's own word either way
    is explicit enough that one shared word ties the two clauses; an outlet that reports both
    (a denial later withdrawn) draws the contrast itself."""
    said: list[tuple[Claim, bool, frozenset[str], frozenset[str], re.Match]] = []
    for c in claims:
        if "onfirm" not in c.text and "enie" not in c.text and "eny" not in c.text:
            continue  # most sentences: no word on a claim ('confirmed', 'denied', 'denies', 'deny', 'denying')
        for m in _SAID_SO.finditer(c.text):
            before = c.text[max(0, m.start() - _SPEAKER_REACH):m.start()]
            if _NEGATION_BEFORE.search(before[-20:]):
                continue  # 'has not denied', 'would not confirm': no word either way
            # the names before the verb, in its own sentence: the first word counts too ('Halvane denied'), so
            # names_after_start, which passes over a clause's opening word, is given one to pass over
            own = before.split(".")[-1]  # the words before the verb in its own sentence
            speaker = frozenset(stem(w.lower()) for w in names_after_start("x " + own)) or _plain_speaker(own)
            clause = _governed_clause(c.text[m.end():])
            if clause.startswith(","):
                clause = clause.split(",", 2)[-1]  # 'has denied, in a note, being the buyer': past the aside
            clause = _NEXT_SAYING.split(clause.split(", ")[0])[0]  # to the clause's end ('1,200' is no end), or where the speaker goes on to say something else
            words = _said_words(clause)
            if speaker and words:
                said.append((c, bool(m.group(1)), speaker, words, m))
    confirmed = [s for s in said if s[1]]
    denied = [s for s in said if not s[1]]
    if not confirmed or not denied:
        return []
    both = {(c.source, w) for c, _, _, words, _ in confirmed for w in words} & {(c.source, w) for c, _, _, words, _ in denied for w in words}
    out: list[Conflict] = []
    for a, _, speaker_a, words_a, ma in confirmed:
        seen: set[str] = set()
        for b, _, speaker_b, words_b, mb in denied:
            if b.source == a.source or b.source in seen or not speaker_a & speaker_b:
                continue
            shared = words_a & words_b
            if not shared or all((a.source, w) in both or (b.source, w) in both for w in shared):
                continue
            seen.add(b.source)
            x = Fact("confirmation", "status", ("done", words_a, 0), status_facts.clause(a.text, ma.start(), ma.end()), ma.start(), ma.end())
            y = Fact("confirmation", "status", ("denied", words_b, 0), status_facts.clause(b.text, mb.start(), mb.end()), mb.start(), mb.end())
            out.append(Conflict("confirmation", "status", "material", [(a, x), (b, y)]))
    return out


_NEXT_SAYING = re.compile(r"\s(?:but|and)\s+(?:(?:also|then|later)\s+)?(?:said|says|added|denied|insisted|stressed)\b", re.I)
"""'Confirmed that an exercise had taken place but said no sonar had been used': what follows is
no longer what the speaker confirms."""
_GENERIC_SPEAKERS = frozenset(stem(w) for w in "spokesman spokeswoman spokesperson official officials source sources statement statements people person someone".split())
"""Roles any party has: 'a spokesman denied' and 'a spokeswoman confirmed' may be two bodies' words."""


_SPEAKERS_CLAUSE = re.compile(r"[,;:]|\bthat\b")
"""Where the clause that names a speaker begins, read back from the verb."""


def _plain_speaker(before: str) -> frozenset[str]:
    """A speaker named by a common noun ('The navy denies'): the content words of the last few
    words before the verb, in its clause, but a role any party has ('a spokesman')."""
    clause = _SPEAKERS_CLAUSE.split(before)[-1]
    words = [w for w in tokens(clause)[-3:] if w.lower() not in STOPWORDS and w.islower() and len(w) > 2]
    return frozenset(stem(w) for w in words) - _GENERIC_SPEAKERS


_WITHHELD = re.compile(r"\bconfirm\b|\bconfirmed\b|\bconfirmation\b|\bsay\s+(?:whether|if)\b", re.I)
"""An undisclosed status that withholds a confirmation ('would not confirm reports that', 'declined
to confirm'), not one that withholds a comment: against another outlet's 'confirmed that' about
the same thing, one calls confirmed what the other leaves open."""
WITHHELD_SHARED = 2
"""Content words (after the marker, names left out) a withheld and a given confirmation share to be
about one thing ('confirmed that the vessel failed a full-scale evacuation drill' / 'would not
confirm reports that the ship had failed an evacuation exercise': failed, evacuation)."""


_TO_COME_AFTER = re.compile(r"^\W*(?:(?:whether|if|that)\s+)?(?:(?:they|it|he|she|we)\s+)?(?:would|will)\s+([a-z]{4,})\b", re.I)
"""A deed a confirmation or a withheld one tells as to come, right after its marker ('confirmed they
would attend', 'would not say whether it would attend')."""


def _deeds(clause: str) -> frozenset[str]:
    """The deeds a clause tells in the perfect or passive ('had been recovered'), or as to come
    right after its marker ('they would attend'): the one word a withheld and a given confirmation
    share may be the deed itself ('would not say whether any items had been recovered' / 'confirmed
    that the clock had been recovered')."""
    coming = _TO_COME_AFTER.match(clause)
    return (frozenset(m.group(1).lower() for m in status_facts.PERFECT.finditer(clause)) | ({coming.group(1).lower()} if coming else set())) - {"confirmed", "have", "been", "there"}


def _said_words(clause: str) -> frozenset[str]:
    """Stems of the longer lower-case content words of the clause a confirmation governs."""
    return frozenset(stem(w) for w in tokens(clause) if len(w) > 3 and w.lower() not in STOPWORDS and not w[0].isupper() and not w[0].isdigit()) - _CONFIRM_STEMS


def _governed_clause(text: str) -> str:
    """What follows a confirmation's marker, to the first semicolon or colon."""
    return re.split(r"[;:]", text, maxsplit=1)[0]


_CONFIRM_STEMS = frozenset(stem(w) for w in ("confirm", "confirmed", "confirmation", "reports", "report", "said", "that"))


_SUSPECTED = re.compile(r"\btoo\s+(?:early|soon)\s+to\s+(?:say|tell|know)\b|\bsuspect|(?<!on )\bsuspicion\b|\binvestigating\b|\bbeing\s+investigated\b|\bno\s+evidence\b|(?:\bnot|n['\u2019]t)\s+(?:yet\s+)?(?:(?:have|has|had)\s+)?(?:been\s+)?(?:established|determined|confirmed|known)\b|\bunder\s+investigation\b|\b(?:examining|find\s+out|establish|determine)\s+whether\b|\bno\s+decision\b|\bunclear\b"
                        r"|\bno\s+(?:signs?|indications?)\s+(?:(?:so\s+far|yet)\s+)?that\b|(?<!\bto\s)(?<!\bwill\s)\b(?:check(?:s|ing)?|verif(?:y|ies|ying))\s+(?:now\s+)?(?:whether|if)\b|(?:\bnot|n['\u2019]t)\s+(?:yet\s+)?know\s+(?:yet\s+)?(?:why|whether|if|who)\b"  # 'is checking whether other exams were hit', 'does not yet know why the pump failed'
                        r"|\b(?:reportedly|allegedly|possibly|probably|presumably)\b|\b(?:is|are|was|were)\s+(?:widely\s+)?(?:thought|believed)\s+to\b", re.I)


def _phrases(text: str) -> set[tuple[str, str]]:
    """Pairs of adjacent lower-case words (names and glue words left out), not both stop words."""
    kept = [w for w in tokens(text) if w.lower() not in _GLUE and not w[0].isupper()]
    words = [stem(w) for w in kept]
    stop = [w.lower().replace("\u2019", "'").split("'")[0] in STOPWORDS or s in STOPWORDS for w, s in zip(kept, words)]  # 'there’s' is 'there': a stop word, whatever its stem
    return {(a, b) for (a, b), (sa, sb) in zip(zip(words, words[1:]), zip(stop, stop[1:])) if not (sa and sb) and not (a[0].isdigit() or b[0].isdigit())
            and not (a in _WHICH_TIME and b in _TIME_UNITS)}


_WHICH_TIME = frozenset(stem(w) for w in "next last this coming past previous following every".split())
_TIME_UNITS = frozenset(stem(w) for w in "year month week day season decade century hour weekend".split())
"""'Next year', 'last week': a pair that dates what a clause tells, and names nothing it tells
('import wheat before next year's harvest' / 'not pay for next year's seed')."""


QUOTE_CANDIDATES = 40
"""Quotations compared with each quotation: those sharing its rarest words, at most this many."""


RENDERED_QUOTE_LOOSE = 0.45
RENDERED_SHARED_WORDS = 0.5
"""A translation's rendering further from the words (vector similarity 0.45-0.6) is still the
remark when half its content words are the other's ('… on that road … at half past eight')."""
RENDERED_QUOTE_MIN = 0.55
"""Vector similarity of two quotations, one of them in a translation, at which they render one
remark ('The grid did exactly what it is designed to do' / 'The network has done exactly that
for which it is designed', 0.66; 'We let our customers down, and I am sorry' / 'We have
disappointed our clients, and for this I ask sorry', 0.57); the words they share are too few to
tell. Measured on the corpus and the 105 other-genre stories: 0.6 to 0.55 adds that one keyed
clash and no false callout; 0.5 adds two false callouts."""


def quote_conflicts(claims: list[Claim], near: dict[int, dict[int, float]], translated: frozenset[str] | set[str] = frozenset(),
                    people: dict[str, Person] | None = None) -> list[Conflict]:
    """The same quotation given to different speakers. Each quotation is compared only with the
    quotations that share its rarest words or stand in a neighbouring claim, never all pairs."""
    people = people or {}
    quoted = [(c, f) for c in claims if c.facts_of("quotes") for f in c.facts_of("quotes")]
    named_before: dict[tuple[int, int], str] = {}
    at = {(c.source, c.sentence.index): c for c in claims} if not all(f.value[1] for _, f in quoted) else {}  # type: ignore[index]  # the sentence before an unnamed speaker's remark
    quoted = _continued_remarks(quoted, at, named_before)
    quoted = _pronouns_resolved(quoted, at, list(people), named_before)
    quoted = _roles_resolved(quoted, people.values())
    rendering = _Renderings([f.text for _, f in quoted]) if quoted and any(c.source in translated for c, _ in quoted) else None
    by_word: dict[str, list[int]] = {}
    for k, (_, f) in enumerate(quoted):
        for w in f.value[0]:  # type: ignore[index]
            by_word.setdefault(w, []).append(k)
    out: list[Conflict] = []
    compared: set[tuple[int, int]] = set()
    for x, (a, fa) in enumerate(quoted):
        rarest = sorted((w for w in fa.value[0] if len(by_word[w]) > 1), key=lambda w: (len(by_word[w]), w))[:3]  # type: ignore[index]  # words another quotation shares
        candidates = sorted({y for w in rarest for y in by_word[w] if y != x})[:QUOTE_CANDIDATES]
        for y in candidates:
            if (min(x, y), max(x, y)) in compared:
                continue
            compared.add((min(x, y), max(x, y)))
            b, fb = quoted[y]
            if a.source == b.source or quote_facts.same(fa, fb):
                continue
            if "fragment" in (fa.subject, fb.subject):
                part, whole = (fa, fb) if fa.subject == "fragment" else (fb, fa)
                if whole.subject == "fragment" or not part.value[0] <= whole.value[0] or not _runs_within(part.text, whole.text):  # type: ignore[index,operator]
                    continue  # a fragment counts only inside a whole remark that holds all its words, close together
            rendered = rendering is not None and (a.source in translated or b.source in translated)
            shared = quote_facts.same_words(fa, fb)
            if shared >= 0.6 and "fragment" not in (fa.subject, fb.subject):
                short, long = sorted((fa.text, fb.text), key=lambda t: len(tokens(t)))
                if len(tokens(short)) <= SHORT_QUOTE_WORDS and not _runs_within(short, long):
                    shared = 0.0  # a short remark whose words the other has only scattered: another remark
            if "fragment" in (fa.subject, fb.subject) or shared >= 0.6 or near[a.index].get(b.index, 0) >= STRONG_PAIR or rendered and (
                    (alike := rendering.similarity(x, y)) >= RENDERED_QUOTE_MIN or shared >= RENDERED_SHARED_WORDS and alike >= RENDERED_QUOTE_LOOSE):  # type: ignore[union-attr]
                speaker_a = Fact("quote", "speaker", fa.value[1], _speaker_text(a, fa, named_before), fa.start, fa.end)  # type: ignore[index]
                speaker_b = Fact("quote", "speaker", fb.value[1], _speaker_text(b, fb, named_before), fb.start, fb.end)  # type: ignore[index]
                out.append(Conflict("quote", "speaker", "material", [(a, speaker_a), (b, speaker_b)]))
    return out


_QUOTED_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


RENDERED_PART_WORDS = 9
"""Words a sentence of a remark needs to be compared alone: shorter ones ('We were very proud of
this satellite.') meet any remark about the same thing. On the other genres (172 stories) 8 to
13 give the same; 7 and under let a seven-word sentence meet another remark."""


class _Renderings:
    """Vectors of remarks, for telling a translation's rendering of one: each remark whole and,
    when it runs over several sentences, each of its sentences, so a translation that renders
    only the first sentence of a three-sentence remark ('We are very sad that someone became sick
    from our fish') meets it there. Two remarks are as alike as their closest parts."""

    def __init__(self, remarks: list[str]) -> None:
        parts: list[str] = []
        self.spans: list[tuple[int, int]] = []
        for remark in remarks:
            pieces = [p for p in _QUOTED_SENTENCE_END.split(remark) if len(p.split()) >= RENDERED_PART_WORDS]
            own = [remark] + (pieces if len(pieces) > 1 or pieces and pieces[0] != remark else [])
            self.spans.append((len(parts), len(parts) + len(own)))
            parts.extend(_without_names(p) for p in own)
        self.vectors = embed(parts)

    def similarity(self, x: int, y: int) -> float:
        (a, b), (c, d) = self.spans[x], self.spans[y]
        return float((self.vectors[a:b] @ self.vectors[c:d].T).max())


_INNER_NAME = re.compile(r"(?<=[\w,;:] )[A-Z][\w\u00c0-\u024f'\u2019-]*")
"""A capitalised word inside a remark, not its first: a name."""


def _without_names(remark: str) -> str:
    """A remark with the names inside it left out, for comparing renderings by meaning: a place
    both remarks name ('a huge moment for everyone in Ravensby' / 'We congratulate the colleagues
    in Ravensby') outweighs every other word of a short remark in its vector."""
    return _INNER_NAME.sub("", remark)


SHORT_QUOTE_WORDS = 8
"""Words up to which a quotation sharing most of its words with a longer one must run inside it to
be part of it."""
FRAGMENT_SPREAD = 2
"""How many times a fragment's length in words the stretch of a whole remark holding its content
words may run: 'raised more questions than it answered' is no part of 'We raised serious questions
about where this money comes from ... the league has not answered a single one'."""


def _runs_within(part: str, whole: str) -> bool:
    """The fragment's content words stand in the whole remark in order, within a stretch of about
    its own length."""
    wanted = [stem(w.lower()) for w in tokens(part) if w.lower() not in STOPWORDS]
    words = [stem(w.lower()) for w in tokens(whole)]
    if not wanted:
        return True
    reach = FRAGMENT_SPREAD * len(tokens(part)) + 2
    for start, word in enumerate(words):
        if word != wanted[0]:
            continue
        k, at = 1, start
        while k < len(wanted):
            at = next((i for i in range(at + 1, min(len(words), start + reach)) if words[i] == wanted[k]), -1)
            if at < 0:
                break
            k += 1
        if k == len(wanted):
            return True
    return False


_PRONOUN_AFTER = re.compile(rf"^[,.!?\s\u201d\"\u2019']*(?:he|she)\s+{quote_facts.SAY_VERBS}\b", re.I)
_PRONOUN_BEFORE = re.compile(rf"\b(?:he|she)\s+{quote_facts.SAY_VERBS}(?:\s*:?|\b[^.;!?\u201c\u201d\"]{{0,60}}:)\s*$", re.I)
"""'She said: “…”', and with words between the verb and its colon ('As she put it from the rostrum
once the applause died down: “…”')."""


_NEXT_WORD = re.compile(r"\s+([A-Za-z-]+)")


def _owns_a_post(text: str, end: int) -> bool:
    """A name a post follows is an organisation's, not a person's ('Acme chief executive Jane Roe')."""
    after = _NEXT_WORD.match(text, end)
    return bool(after) and (is_role_word(after.group(1)) or after.group(1).lower() in RANK_WORDS)
_SUBJECT_NAME = re.compile(r"((?:[A-Z][\w\u00c0-\u024f'-]+\s+){0,2}[A-Z][\w\u00c0-\u024f-]+),\s+(?:who|whose|a|an|the)\b")
"""A sentence opening on a name set off by its description ('Orellano, who is coached by …,'):
its subject, whom a 'he said' in the next sentence means."""


_ROLE_SAID = re.compile(rf"[,.!?\s\u201d\"\u2019']*(?:the\s+([a-z]+)\s+{quote_facts.SAY_VERBS}\b|{quote_facts.SAY_VERBS}\s+the\s+([a-z]+)(?=[\s,.;]))")


def _roles_resolved(quoted: list[tuple[Claim, Fact]], people: Iterable[Person]) -> list[tuple[Claim, Fact]]:
    """'“…,” the judge said' in a story that names one judge ('Mr Justice Adrian Fennimore'): the
    remark is that person's, so a translation that gives it to someone else is a clash. The holder
    is looked for among the titles the same outlet gives first, then any outlet's; with none or two,
    the speaker stays unknown."""
    people = list(people)
    if all(f.value[1] for _, f in quoted):  # type: ignore[index]
        return quoted
    out = []
    for c, f in quoted:
        said = _ROLE_SAID.match(c.text, f.end) if not f.value[1] else None  # type: ignore[index]
        role = (said.group(1) or said.group(2)) if said else ""
        if role in ROLE_NOUNS:
            holder = _holder(role, c.source, people) if people else ""
            speaker = quote_facts.surname(holder) if holder else quote_facts.ROLE_SPEAKER + _speaking_role(role)  # no one of the story holds it: the role speaks
            f = replace(f, value=(f.value[0], speaker))  # type: ignore[index]
        out.append((c, f))
    return out


def _speaking_role(role: str) -> str:
    """The role a remark is given to, as one word for the roles that may be one person: whoever
    runs a body ('the director' / 'the head' / 'the chairman'), a team's coach or manager."""
    core = _role_core(role)
    return "head" if core.split()[-1] in HEAD_ROLES or core == "coach" else core  # a team's manager is its coach


def _role_core(role: str) -> str:
    found = title_core(role)
    return TRANSLATED_ROLES.get(found, found)


def _holder(role: str, source: str, people: list[Person]) -> str:
    """The one person of the story whose title is that role, as this outlet gives it, else as any does."""
    wanted = _role_core(role)  # 'Mr Justice Roe' is the judge

    def holders(this_outlet: bool) -> list[Person]:
        return [p for p in people if any(_role_core(t) == wanted for s, ts in p.titles.items() if not this_outlet or s == source for t in ts)]

    found = holders(True) or holders(False)
    return found[0].name if len(found) == 1 else ""


_OPENS_WITH_QUOTE = re.compile(r"^[\u201c\"\u00ab\u201e]")


def _continued_remarks(quoted: list[tuple[Claim, Fact]], at: dict[tuple[str, int], Claim], named_before: dict[tuple[int, int], str]) -> list[tuple[Claim, Fact]]:
    """'“We were very lucky,” said Liam Fordyce. “If this had happened two hours later …”': a
    sentence that is nothing but a quotation, after a remark of a named speaker in the same
    paragraph, goes on with that speaker's words, as news copy prints them. `at`: each claim by
    its outlet and sentence position."""
    if all(f.value[1] for _, f in quoted):  # type: ignore[index]
        return quoted
    out = []
    for c, f in quoted:
        if not f.value[1] and _OPENS_WITH_QUOTE.match(c.text) and f.start <= 1 and len(c.text) - f.end <= 2:  # type: ignore[index]
            before = at.get((c.source, c.sentence.index - 1))
            speakers = _speakers_of(before) if before is not None and before.sentence.paragraph == c.sentence.paragraph else set()
            if len(speakers) == 1 and (who := speakers.pop()):
                f = replace(f, value=(f.value[0], who))  # type: ignore[index]
                named_before[(c.index, f.start)] = before.text  # type: ignore[union-attr]
        out.append((c, f))
    return out


_ANY_QUOTED = re.compile(r"[\u201c\"\u00ab\u201e][^\u201c\u201d\"\u00ab\u00bb\u201e]{3,}?[\u201d\"\u00bb\u201c]")


def _speakers_of(claim: Claim) -> set[str]:
    """Who speaks in a sentence: its remarks' speakers, or the speaker of a remark too short to be
    one ('“We were very lucky,” said Liam Fordyce.')."""
    named = {f.value[1] for f in claim.facts_of("quotes")}  # type: ignore[index]
    if named:
        return named
    return {quote_facts.surname(who) for m in _ANY_QUOTED.finditer(claim.text) if (who := quote_facts.speaker(claim.text, m.start(), m.end()))}


_PRONOUN_SUBJECT = re.compile(r"\s*(?:he|she)\b", re.I)


def _pronouns_resolved(quoted: list[tuple[Claim, Fact]], at: dict[tuple[str, int], Claim], people: list[str],
                       named_before: dict[tuple[int, int], str] | None = None) -> list[tuple[Claim, Fact]]:
    """'“Every hour counts,” she said' after a sentence that names one person ('The Prime
    Minister, Ada Roe, spoke to reporters'): the remark is that person's, and the callout shows
    that sentence before it (in `named_before`), since 'she said' alone tells a reader nobody. With
    no one or with two people named in the sentence before, the speaker stays unknown."""
    if not people or all(f.value[1] for _, f in quoted):  # type: ignore[index]
        return quoted
    surnames = None  # compiled when a remark first needs its speaker from the sentence before
    out = []
    for c, f in quoted:
        if not f.value[1]:  # type: ignore[index]
            after = _PRONOUN_AFTER.match(c.text[f.end:f.end + 40])
            if after or _PRONOUN_BEFORE.search(c.text[max(0, f.start - 100):f.start]):
                before = at.get((c.source, c.sentence.index - 1))
                bare = without_accents(before.text) if before is not None else ""
                if surnames is None:
                    surnames = re.compile(r"\b(" + "|".join(sorted({re.escape(without_accents(p.split()[-1])) for p in people}, key=len, reverse=True)) + r")\b")  # 'Kolář' is the 'Kolar' of the others
                named = {m.group(1) for m in surnames.finditer(bare) if not _owns_a_post(bare, m.end())}  # 'Skellig Line chief executive Annika Brandt': the firm owns the post
                subject = _SUBJECT_NAME.match(before.text) if before is not None else None
                if before is not None and _PRONOUN_SUBJECT.match(before.text):
                    named = set()  # 'He conceded defeat and congratulated Holm. “…,” he said': the one who speaks is the sentence's 'he', not whom it names
                if subject and subject.group(1).split()[0] not in quote_facts.NOT_NAMES:
                    named = {without_accents(subject.group(1).split()[-1])}  # 'Orellano, who is coached by Ferrán, said …': the sentence's subject
                if len(named) == 1:
                    surname = named.pop()
                    f = replace(f, value=(f.value[0], surname.lower()))  # type: ignore[index]
                    if named_before is not None and before is not None:
                        named_before[(c.index, f.start)] = before.text
        out.append((c, f))
    return out


def _speaker_text(claim: Claim, fact: Fact, named_before: dict[tuple[int, int], str] | None = None) -> str:
    """The attribution as the outlet words it: the outlet's own words from the quotation to the
    speaker's name, whichever comes first; a remark that goes on from the sentence before, which
    names its speaker, is shown after that sentence."""
    name = fact.value[1]  # type: ignore[index]
    if named_before and (before := named_before.get((claim.index, fact.start))):
        return f"{before} {claim.text.strip()}"
    if name.startswith(quote_facts.ROLE_SPEAKER):
        said = _ROLE_SAID.match(claim.text, fact.end)
        return claim.text[fact.start:said.end() if said else fact.end].strip(" ,.")  # '“…,” the mayor said'
    pronoun = _PRONOUN_AFTER.match(claim.text[fact.end:fact.end + 40])
    if name and pronoun and not re.search(rf"\b{re.escape(name)}", claim.text, re.I):
        return claim.text[fact.start:fact.end + pronoun.end()].strip(" ,")  # '“...,” she said': the name stands in the sentence before
    found = [m for m in re.finditer(rf"\b{re.escape(name)}\w*", claim.text, re.I)] if name else []
    if not found:
        return claim.text[fact.start:fact.end]
    nearest = min(found, key=lambda m: min(abs(m.start() - fact.end), abs(fact.start - m.end())))
    start, end = min(fact.start, nearest.start()), max(fact.end, nearest.end())
    said = _attribution_end(claim.text, end)
    if said is not None:
        end = said
    elif nearest.start() > fact.end:
        post = _POST_AFTER_NAME.match(claim.text, end)
        if post:  # '… said Ann Holt, the trust's vice-chair': who the speaker is, as the outlet says it,
            end = _attribution_end(claim.text, post.end()) or post.end()  # and '…, told reporters' after it
        where = _SAID_WHERE.match(claim.text, end)
        if where:
            end = where.end()  # '…, Per Ekdahl, in a communiqué': the rest of the attribution, when the sentence ends with it
    shown = claim.text[max(0, start - 1):end + 1].strip(" ,")
    return shown if end + 1 >= len(claim.text.rstrip()) else shown.rstrip(".")  # the sentence's own full stop, when the attribution ends it


def _attribution_end(text: str, at: int) -> int | None:
    """Where an attribution whose verb of saying follows `at` ends ('… said in Monday's statement',
    '…, told reporters'), as the outlet wrote it; None when no such verb follows."""
    verb = _SAY_AFTER.match(text, at)
    if not verb:
        return None
    rest = _ATTRIBUTION_TO_COMMA.match(text, verb.end()) or _ATTRIBUTION_REST.match(text, verb.end())
    return rest.end() if rest else verb.end()


_SAY_AFTER = re.compile(r",?\s+(said|says|told|added|declared|insisted|stated|explained|warned|argued|noted|wrote|admitted)\b")
_POST_AFTER_NAME = re.compile(
    r"\w*,\s+(?:(?:the|a|an|his|her|its|their)\s|[A-Z][\w&-]*['\u2019]s\s|who\s+(?:leads|heads|runs|chairs|directs|manages|commands|coordinates|(?:is|was)\s+(?:the|an?))\s|(?!(?:who|whose|which|that|and|but|or|as|in|on|at|for|to|from|with|by|during|after|before|while|when|then|now|also|according)\b)[a-z]+(?<!ing)(?<!ly)\s)"
    r"[^,.;!?\u201c\u201d\"\u201e\u00ab\u00bb]{0,60}?(?=[,.;!?]\s|[.;!?]?$)")
"""A post given after the speaker's name (', the trust's vice-chair', ', chief executive of the
port', ', Brenlow's finance director', ', who leads the rescue team'), not what follows it ('adding that', 'in a statement', 'who
said …')."""


_ATTRIBUTION_TO_COMMA = re.compile(r"[^,.;!?\u201c\u201d\"\u201e\u00ab\u00bb]{1,30}?(?=,)")
"""The words after the verb up to a comma a few words on ('Maslak said afterwards, describing …')."""
_SAID_WHERE = re.compile(r",\s+(?:in|at|to)\s+(?:an?|the|his|her|its|their)\s+[^,.;!?\u201c\u201d\"\u201e\u00ab\u00bb]{1,40}?(?=[.;!?]\s|[.;!?]?$)")
"""Where a speaker named after the verb said it, ending the sentence (', in a communiqué', ', at a
news conference'); not when (', on Monday')."""
_ATTRIBUTION_REST = re.compile(r"[^.;!?\u201c\u201d\"\u201e\u00ab\u00bb]{0,60}?(?=[.;!?]\s|[.;!?]?$)")
"""The rest of an attribution after its verb ('in a statement', 'reporters on Monday'), when
the sentence ends within a few words."""


FAR_DEED_OBJECT_WORDS = 2
"""Content words after the verb a deed told far from its denial must share with it to be the same
deed ('had not offered to sell any stores' / 'offered in January to sell 85 stores')."""
POLARITY_NEAR = 0.45
"""Closeness (alignment's score) of two claims at which a thing done in one and not done in the
other is one thing told two ways ('the works were not insured' / 'the works were insured by the
state'); below it two sentences sharing a verb are about different things."""
_NEGATED = re.compile(
    r"\b(?:not|never)\s+(?:yet\s+|been\s+|be\s+|even\s+){0,2}(?:(?!only\b)[a-z]{3,}ly\s+)?(?:[a-z]+-)?([a-z]{3,}(?:ed|en)|made|paid|sold|built|held|lost|kept|sent|bought|brought|spent)\b"  # a compound's last part: 'not yet been peer-reviewed'
    r"|\b(?:no\s+one|no-one|nobody|none(?:\s+of\s+(?:the|its|their|his|her|these|those)(?:\s+[\w-]+){1,6}?)?)\s+(?:has|have|had|was|were|is|are)\s+(?:yet\s+|so\s+far\s+)?(?:been\s+)?([a-z]{3,}(?:ed|en))\b"
    r"|\bno\s+(?:[a-z]+\s+){1,2}?(?:has|have|had|was|were|is|are)\s+(?:yet\s+|so\s+far\s+)?(?:been\s+)?([a-z]{3,}(?:ed|en))\b"
    r"|\b(?:is|are|was|were)\s+not\s+(?:yet\s+)?([a-z]{3,}ing)\b(?!\s+(?:that|to|whether|if|how|what|why)\b)"
    r"|\b(?:did|does|do)\s+not\s+([a-z]{3,})\b(?!\s+(?:that|to|whether|if|how|what|why)\b)"
    r"|\b(?:didn|doesn|don)['\u2019]t\s+([a-z]{3,})\b(?!\s+(?:that|to|whether|if|how|what|why)\b)"
    r"|\bden(?:y|ies|ied|ying)\s+(?:on\s+\w+\s+|in\s+a\s+statement\s+)?(?:(?:the\s+)?(?:reports?|claims?|suggestions?|allegations?)\s+)?that\s+(?:[\w'\u2019-]+\s+){0,4}?(?:had|has|have|was|were|is|are)\s+(?:been\s+)?([a-z]{3,}(?:ed|en))\b"
    r"|\b(?:(?:will|would)\s+not|won['\u2019]t|wouldn['\u2019]t)\s+(?!be\b|have\b)([a-z]{3,})\b(?!\s+(?:that|to|whether|if|how|what|why)\b)"
    r"|\b(?:fail(?:ed|s)?|refus(?:ed|es)|declin(?:ed|es))\s+to\s+(?!be\b|have\b|(?:comment|say|confirm|disclose|reveal|specify|detail|elaborate|discuss|answer|respond|name|identify|give)\b)([a-z]{3,})\b(?!\s+(?:that|to|whether|if|how|what|why)\b)", re.I)
"""A deed said not to hold: 'were not insured', 'no debris had been found', 'was not grounding
its planes', 'did not ground the type', 'would not appeal'; not a stance on a clause ('does not accept that she
cheated'), which is no deed another outlet could report done. 'Refused to concede' and 'declined to
sign' deny the deed as 'failed to' does; 'declined to comment' is a status, not a deed."""
_ANYONE = re.compile(r"(?:no\s+one|no-one|nobody|none)\b", re.I)
"""A negation of everyone: 'no one has been arrested' is said of whoever another outlet names."""


_NONE_OF = re.compile(r"^none\s+of\s+((?:[\w-]+\s+){1,7}?)(?:has|have|had|was|were|is|are)\b", re.I)


def _group_denied(denial: str) -> str | None:
    """The group a 'none of the …' denial speaks of ('the four night-shift guards'), or None."""
    group = _NONE_OF.match(denial)
    return group.group(1) if group else None


def _none_of_those_counted(group: str | None, b: Claim, affirmed_at: int) -> bool:
    """'None of the four night-shift guards has been suspended' against 'four guards … have been
    suspended': the denial names the group the other outlet counts, so the deed told of that count
    is told not done; the count itself, the same in both, is no clash of figures."""
    if group is None:
        return False
    named = {"n:" + stem(w) for w in group.lower().split()}
    return any(f.subject in named and f.start < affirmed_at for f in b.facts_of("numbers"))


def _participle(m: re.Match) -> str:
    """The deed's past participle, whatever form the denial gives the verb: 'grounding' and
    'ground' -> 'grounded', 'close' -> 'closed'."""
    k, word = next((k, g.lower()) for k, g in enumerate(m.groups()) if g)
    if k == 3:
        return word[:-3] + "ed"  # 'was not grounding'
    if k == 6:
        return word  # 'denied that it had sacked'
    if k >= 4:
        return word + ("d" if word.endswith("e") else "ed")  # 'did not ground'
    return word


_RELEASED_WITHOUT = re.compile(r"\b(?:released|freed|let\s+go)\s+(?:(?:on|late\s+on|early\s+on|last)\s+[A-Z][a-z]+day\s+|later\s+|overnight\s+|on\s+bail\s+)?without\s+(?:being\s+)?(?:a\s+|any\s+)?([a-z]{4,}?)(?:s|d|ed)?\b", re.I)
"""A release told with the deed that did not come: 'released without charge', 'freed without being charged',
'released on Monday without charge'."""
_NOT_EVENTS = frozenset(
    "expected supposed allowed required known used given based concerned involved needed scheduled designed said asked told "
    "seen shown done been heard limited related listed named planned intended interested prepared "
    "confirmed established determined decided announced disclosed revealed ruled wanted wished hoped liked meant seemed appeared tried".split())
"""Participles that name no event of the story ('not expected to', 'not known'), or say whether a
thing is confirmed, which the status comparison reads: a clash of them here says nothing."""
_LIGHT_VERBS = frozenset({"made", "taken", "given", "lodged", "filed", "presented", "submitted", "deposited"})
"""Participles whose deed is their object ('has not made an offer' / 'has made an offer', 'did not
lodge a complaint' / 'has filed a complaint'): told both ways only of the same thing made ('not
made an offer' / 'made a decision' is none), and never of a decision or a statement, which the
status comparison reads."""
_STATUS_OBJECTS = frozenset(stem(w) for w in ("decision", "statement", "comment", "step", "announcement"))


def _thing_made(text: str, end: int) -> str | None:
    """The first word with content after a light verb ('made an offer' -> 'offer'), as a stem."""
    return next((stem(w) for w in tokens(text[end:end + 60]) if w.lower() not in STOPWORDS), None)


_PASSIVE_AUXILIARY = re.compile(r"\b(?:has|have|had|was|were|is|are)\s+(?:\w+\s+)?been\b|\b(?:was|were|is|are)\b", re.I)


def _thing_before(text: str, at: int) -> str | None:
    """The last word with content before a passive verb ('a complaint had been lodged' -> 'complaint'), as a stem."""
    clause = re.split(r"[,;:]|\bthat\b", text[max(0, at - 80):at])[-1]
    words = [w for w in tokens(_PASSIVE_AUXILIARY.split(clause)[0]) if w.lower() not in STOPWORDS]
    return stem(words[-1]) if words else None


def _made_alike(denied: str, m: re.Match, told: str, affirmed: tuple[int, int]) -> bool:
    """A light verb denied ('has not made an offer', 'denied that a complaint had been lodged') and
    told done of the same thing made ('has made an offer', 'has deposited a complaint'), which is
    neither a decision nor a statement. In the passive the thing stands before the verb."""
    if m.re is not _NEGATED:
        return False
    if _passive(denied, m):
        inside = _PASSIVE_AUXILIARY.search(m.group(0))
        thing = _thing_before(denied, m.start() + inside.start()) if inside and inside.start() > 0 else _thing_before(denied, m.start())
    else:
        thing = _thing_made(denied, m.end())
    done = told[affirmed[0]:affirmed[1]].split()[0].lower()
    made = _thing_before(told, affirmed[0]) if done in ("was", "were", "is", "are", "been") else _thing_made(told, affirmed[1])
    return thing is not None and thing not in _STATUS_OBJECTS and thing == made


_NEGATION_WORDS = frozenset({"not", "never", "no", "nobody", "none", "deny", "denies", "denied", "denying", "won", "wouldn", "fail", "fails", "failed",
                             "refused", "refuses", "declined", "declines"})
_NOT_BETWEEN = frozenset({"not", "never", "no", "be", "due", "or", "and", "less", "least", "hardly", "barely", "scarcely"})
"""Words that, between the auxiliary and the participle, make it no plain deed: a negation ('has not
been named or charged'), a plan ('is due to be signed'), a state told as weak ('were less impressed')."""
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "any", "all"})
"""A participle right after one of these is an adjective ('tablets from the affected batches')."""
_NEGATION_BEFORE = re.compile(r"\b(?:not|never|no|nor|neither|none|nobody|without|n['\u2019]t)\b[^,;.]{0,30}$", re.I)
_NO_ONE_OPENS = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|said|says|that)\s+)(?:none|nobody|no\s+one|not\s+one|neither)\b[^,;.]{0,40}$", re.I)
"""A clause whose subject is no one ('None of the 23 crew was hurt'): what it says of them is denied."""


def _negated(text: str, at: int) -> bool:
    """A term denied by a negation just before it ('were not hurt') or by its clause's subject
    ('None of the 23 crew was hurt', 'nobody on board was hurt')."""
    return bool(_NEGATION_BEFORE.search(text[max(0, at - 12):at]) or _NO_ONE_OPENS.search(text[max(0, at - 60):at]))


CONTRASTS: tuple[tuple[str, str, str, str], ...] = (
    ("voluntary", "other", r"voluntar(?:y|ily)", r"mandatory|compulsory|forced|ordered"),
    ("civil", "term", r"civil", r"criminal"),
    ("partial", "other", r"partial(?:ly)?|in\s+part|part\s+of|(?:half|a\s+third|two-thirds|a\s+quarter|three-quarters)\s+of",
     r"in\s+full|in\s+(?:its|their|the)\s+entirety|(?:the\s+)?(?:entire|whole|full)(?!-)"),  # not a compound's 'full-' ('full-time', 'full-length'): a kind, not the whole of a thing
    ("temporary", "other", r"temporar(?:y|ily)", r"permanent(?:ly)?"),
    ("provisional", "other", r"preliminary|provisional|interim", r"final|definitive"),
    ("paused", "other", r"paused|suspended|on\s+hold", r"terminated|called\s+off|abandoned|scrapped|revoked|(?:stopped|ended|halted)\s+(?:for\s+good|permanently|definitively)"),
    ("upheld", "other", r"upheld", r"overturned|quashed|struck\s+down|set\s+aside"),
    ("acquitted", "other", r"acquitted|found\s+(?:\w+\s+){0,3}?not\s+guilty|cleared\s+(?:\w+\s+)?of", r"convicted|found\s+(?:(?!not\b)\w+\s+){0,3}?guilty"),
    ("unanimous", "other", r"unanimous(?:ly)?", r"by\s+a\s+majority|(?:split|divided)\s+(?:vote|decision|ruling)|by\s+\d+\s+votes?\s+to\s+[1-9]\d*"),
    ("vote-side", "other", r"voted\s+(?:in\s+favou?r\s+of|for)", r"voted\s+against"),
    ("conditions", "other", r"without\s+(?:any\s+)?conditions|unconditional(?:ly)?|full\s+(?:marketing\s+)?(?:approval|authori[sz]ation|licen[cs]e|accreditation|permission)",
     r"(?:on|with|under)\s+(?:the\s+)?conditions?|subject\s+to\s+(?:\w+\s+)?conditions|conditional(?!\s+(?:on|upon)\b)"),  # 'conditional approval' / 'full approval'; 'conditional on' names a condition of a deal
    ("gross", "term", r"gross", r"net"),
    ("unchanged", "other", r"(?:kept|left|held|keeps|leaves|holds)\s+(?:\w+\s+){0,8}?unchanged|(?:remains?|remained|stays?|stayed)\s+unchanged",
     r"raised|lifted|lowered|increased|reduced|cut|upgraded|downgraded"),
    ("accepted", "other", r"accepted|approved|agreed\s+to", r"rejected|turned\s+down|voted\s+down|refused"),
    ("acquitted-or-dropped", "term", r"acquitted|cleared\s+(?:\w+\s+)?of", r"(?:charges?|counts?)[\s,]+(?:[\w,]+\s+){0,6}?(?:was|were|had\s+been|has\s+been)\s+dropped|dropped\s+(?:the\s+|a\s+|one\s+|that\s+)?(?:charges?|counts?)"),  # a court's acquittal / a charge the prosecution dropped
    ("care", "term", r"careless(?:ly)?\s+(?:driving|riding|cycling)|(?:driving|riding)\s+without\s+due\s+care", r"dangerous(?:ly)?\s+(?:driving|riding|cycling)|reckless(?:ly)?\s+(?:driving|riding)"),  # the lesser offence and the graver one
    ("recommendation", "other", r"recommend(?:ed|s|ing)?\s+(?:(?:its|the|an?)\s+)?(?:approval|approving|acceptance|accepting|granting)",
     r"recommend(?:ed|s|ing)?\s+(?:(?:its|the|a)\s+)?(?:refusal|refusing|rejection|rejecting)"),  # officers who 'recommended approval' / 'had recommended refusal'
    ("deliberate", "other", r"deliberate(?:ly)?|intentional(?:ly)?|on\s+purpose|arson", r"accidental(?:ly)?|by\s+accident|unintentional(?:ly)?"),
    ("in-person", "other", r"in\s+person", r"by\s+video(?:\s+link)?|remotely|virtually|by\s+telephone|by\s+phone"),
    ("in-public", "other", r"in\s+public|publicly|in\s+open\s+court", r"behind\s+closed\s+doors|in\s+private|privately|in\s+camera"),
    ("plea", "other", r"pleaded\s+guilty|admitted\s+(?:the\s+)?(?:charges?|offences?)", r"pleaded\s+not\s+guilty|denied\s+(?:the\s+|all\s+)?(?:charges?|offences?)"),
    ("direction", "number", r"rose|risen|rising|increased|climbed|grew|grown|jumped|gained", r"fell|fallen|falling|decreased|dropped|declined|shrank|slipped|lost"),
    ("admitted", "confirmation", r"admitted(?!\s+(?:to|into)\b)|acknowledged|conceded",
     r"denied|(?:did|does|do|could|would)\s+not\s+accept\s+that|(?:rejected|rejects|disputed|disputes)\s+(?:the\s+(?:claim|suggestion|idea)\s+)?that"),
    ("called-off", "other", r"called\s+off|cancell?ed|scrapped", r"going\s+ahead|go\s+ahead|went\s+ahead|proceed(?:ed|ing)?\s+as\s+planned"),
    ("postponed", "other", r"postpone(?:d|s|ment)?|put\s+off|rescheduled", r"cancel(?:l?ed|s)?|called\s+off|scrap(?:ped|s)?"),  # 'offered to postpone the rise' / 'would scrap the rise'
    ("granted", "other", r"granted", r"refused|denied"),
    ("survived", "other", r"survived|unhurt|uninjured|unharmed", r"killed|died|dead"),
    ("profit", "number", r"profits?", r"loss(?:es)?"),
    ("bail", "other", r"(?:released|freed)\s+(?:\w+\s+){0,3}?on\s+bail|granted\s+bail|bailed", r"remanded\s+(?:\w+\s+){0,3}?in(?:to)?\s+custody|held\s+in\s+custody"),
    ("control", "other", r"(?:brought|got|is|are|was|were|been)\s+under\s+control", r"out\s+of\s+control"),
    ("unharmed", "other", r"unharmed|unhurt|uninjured|unscathed|(?:was|were|been)\s+(?:not|never)\s+(?:injured|hurt)|(?:escaped|walked\s+away)\s+(?:without|with\s+no)\s+(?:any\s+)?injur(?:y|ies)",
     r"(?<!not\s)(?<!never\s)(?:injured|hurt|wounded)|(?<!without\s)(?<!no\s)(?<!any\s)injur(?:y|ies)"),
    ("reopened", "other", r"(?:remains?|remained|stays?|stayed|still)\s+closed|closed\s+until\s+further\s+notice", r"reopened|re-opened"),
    ("found", "confirmation", r"(?:have|has|had|were|was)\s+(?:now\s+)?(?:been\s+)?(?:found|recovered|located)",
     r"still\s+(?:looking|searching)\s+for|(?:search|hunt)\s+(?:continues|is\s+continuing|goes\s+on)\s+for|(?:have|has)\s+(?:yet|still)\s+to\s+(?:be\s+)?(?:find|found|recover|recovered|locate|located)"),
    ("on-sale", "other", r"(?:withdrawn|pulled|removed)\s+from\s+(?:the\s+)?(?:market|sale|shelves|stores)|taken\s+off\s+(?:the\s+)?(?:market|shelves)",
     r"(?:remains?|remained|stays?|stayed|still)\s+on\s+(?:sale|the\s+market|the\s+shelves)"),
    ("peaceful", "other", r"peaceful(?:ly)?", r"violent(?:ly)?|violence|rioted|riots?"),
    ("severity", "other", r"serious(?:ly)?|critical(?:ly)?|life-threatening|severe(?:ly)?|badly", r"minor|light|slight(?:ly)?|superficial"),
    ("afloat", "other", r"(?:stayed|remained|kept|still|is|was)\s+afloat|(?:partly|partially)\s+capsized|ran\s+aground", r"sank|sunk|sinks|went\s+down"),
    ("released", "other", r"(?:questioned|interviewed|heard)\s+(?:(?!and\b)[\w-]+\s+){0,5}?(?:and\s+(?:then\s+|later\s+)?(?:released|freed|let\s+go|allowed\s+to\s+(?:leave|go))|before\s+(?:being\s+)?(?:released|freed|let\s+go|letting\s+(?:him|her|them)\s+go|allowing\s+(?:him|her|them)\s+to\s+(?:leave|go)))|(?:questioned|interviewed|heard)\s+(?:[\w,'\u2019-]+\s+){0,6}?as\s+(?:a\s+)?witness(?:es)?\b",
     r"(?<!not\s)(?<!never\s)(?:detained|arrested|in\s+(?:police\s+)?custody|under\s+arrest)"),
    ("membership", "other", r"suspended\s+(?:from\s+)?(?:\w+\s+){0,4}?(?:party|membership|club|union)|(?:party|union|club)\s+(?:has\s+|had\s+)?(?:also\s+)?suspended",
     r"expelled|excluded\s+from\s+(?:the\s+)?(?:party|membership|club|union)"),
    ("custodial", "other", r"suspended\s+sentence|sentence,?\s+suspended|suspended\s+for\s+\w+\s+years?|(?:years?|months?),?\s+suspended|conditionally|on\s+probation",
     r"jailed|imprisoned|sent\s+to\s+(?:jail|prison)|behind\s+bars"),
    ("bankruptcy", "term", r"(?:into|in|entered|entering|enters)\s+administration|administrators?\s+(?:\w+\s+){0,2}?appointed|insolvency\s+proceedings|(?:filed|files|filing|applied|applies)\s+for\s+(?:insolvency|administration)|creditor\s+protection",
     r"bankrupt(?:cy)?|liquidation|liquidated|wound\s+up"),
    ("one-off", "other", r"one-off|one-time|lump[-\s]sum|single\s+payment", r"(?:pay|wage|salary)\s+(?:rise|increase)|raise\s+in\s+(?:pay|wages|salar(?:y|ies))"),
    ("dropped", "confirmation", r"(?:dropped|closed|shelved|discontinued)\s+(?:the\s+|its\s+|all\s+)?(?:case|charges|investigation|inquiry|probe|prosecution)|(?:case|charges|investigation|inquiry|probe)\s+(?:\w+\s+){0,4}?(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:dropped|closed|shelved|discontinued)",
     r"(?:investigation|inquiry|probe|case)\s+(?:\w+\s+){0,4}?(?:continues|is\s+continuing|is\s+(?:still\s+)?ongoing|remains\s+open|runs\s+still|is\s+still\s+running|still\s+runs|is\s+still\s+open)|still\s+under\s+investigation|(?:continues|continuing)\s+to\s+investigate|still\s+investigating"),
    ("concluded", "confirmation", r"(?:has|have|had)\s+(?:now\s+)?(?:completed|concluded|finished|wrapped\s+up)\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:inquiry|investigation|review|probe|audit)|(?:inquiry|investigation|review|probe|audit)\s+(?:\w+\s+){0,4}?(?:has|have|had|was|were)\s+(?:now\s+)?(?:been\s+)?(?:completed|concluded|finished)",
     r"(?:inquiry|investigation|review|probe|audit)\s+(?:\w+\s+){0,4}?(?:(?:has|had|have|is|was|are|were)\s+)?not\s+(?:yet\s+)?(?:been\s+)?(?:completed|concluded|finished)|(?:inquiry|investigation|review|probe|audit)\s+(?:\w+\s+){0,4}?(?:is|are)\s+still\s+(?:going\s+on|under\s*way|in\s+progress)"),
    ("sending-off", "other", r"straight\s+red(?:\s+card)?|direct\s+red(?:\s+card)?", r"second\s+yellow(?:\s+card)?|two\s+yellow\s+cards|second\s+booking"),
    ("advised", "term", r"(?:is|are|was|were|been)\s+(?:only\s+|merely\s+|strongly\s+)?(?:recommended|advised)(?!\s+(?:to|that|by)\b)",
     r"must\s+be|compulsory|mandatory|obligatory|(?:is|are|was|were)\s+required(?!\s+to\b)"),  # 'treatment of all wheat is recommended' / 'all wheat must be sprayed'
    ("allowed", "other", r"(?:may|can|could|will)\s+(?:still\s+)?go\s+ahead|(?:is|are|was|were)\s+(?:still\s+)?(?:allowed|permitted)(?!\s+to\b)",
     r"(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:suspended|halted|banned|prohibited)"),  # 'harvesting may go ahead' / 'harvesting has been suspended'
    ("in-force", "other", r"(?:remains?|remained|stays?|stayed|still)\s+in\s+(?:force|place|effect)", r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:lifted|rescinded|revoked|withdrawn)|(?:lifted|rescinded|revoked)\s+(?:the|its|their|a|it|them)\b"),
)
"""Words that put one thing two incompatible ways: an evacuation voluntary or ordered, a case civil
or criminal, a sum repaid in part or in full, a closure temporary or permanent, results
provisional or final, a thing paused or ended for good, an order still in force or lifted, a forecast raised or kept unchanged; each with the
kind of its discrepancy (how an account differs, or which legal term applies)."""


def _alternatives(pattern: str) -> list[str]:
    """The pattern's alternatives at its top level (not those inside a group or a class)."""
    out, depth, start, k = [], 0, 0, 0
    while k < len(pattern):
        char = pattern[k]
        if char == "\\":
            k += 2
            continue
        if char == "[":
            k = pattern.index("]", k + 2)  # a class's first character may be ']' itself
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            out.append(pattern[start:k])
            start = k + 1
        k += 1
    return out + [pattern[start:]]


def _group_end(pattern: str, at: int) -> int:
    """Where the group opened at `at` closes (the index after its ')')."""
    depth, k = 0, at
    while True:
        char = pattern[k]
        if char == "\\":
            k += 2
            continue
        if char == "[":
            k = pattern.index("]", k + 2)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return k + 1
        k += 1


def _first_letters(pattern: str) -> str | None:
    """The letters a match of the pattern starts with (lower case), read from each alternative: a
    letter, or a group's own alternatives, after any lookbehind; None when an alternative starts
    otherwise, or with something it may leave out ('(?:the\\s+)?entire')."""
    letters = set()
    for alternative in _alternatives(pattern):
        while alternative.startswith(("(?<!", "(?<=")):
            alternative = alternative[_group_end(alternative, 0):]  # said of the text before: no letter of the match
        if alternative[:1].isascii() and alternative[:1].isalpha() and alternative[1:2] not in ("?", "*", "{"):
            letters.add(alternative[0].lower())
        elif alternative.startswith("(?:"):
            end = _group_end(alternative, 0)
            inner = _first_letters(alternative[3:end - 1])
            if inner is None or alternative[end:end + 1] in ("?", "*", "{"):
                return None
            letters.update(inner)
        else:
            return None
    return "".join(sorted(letters))


def _side(pattern: str) -> re.Pattern:
    """A contrast's terms as one pattern, the letters they start with said up front where they can
    be read (as a lookahead: the engine passes over a sentence's other positions at once)."""
    letters = _first_letters(pattern)
    return re.compile((rf"(?=[{letters}])" if letters else "") + rf"\b(?:{pattern})\b", re.I)


_CONTRAST_SIDES = [(name, kind, _side(a), _side(b)) for name, kind, a, b in CONTRASTS]
_CONTRAST_CUES = frozenset(
    "voluntary voluntarily mandatory compulsory forced ordered civil criminal partial partially part half third thirds quarter quarters "
    "full entire entirety whole temporary temporarily permanent permanently preliminary provisional interim final definitive paused suspended hold "
    "terminated called abandoned scrapped stopped ended halted upheld overturned quashed struck aside acquitted guilty cleared convicted "
    "unanimous unanimously majority split divided gross net unchanged raised lifted lowered increased reduced cut upgraded downgraded "
    "force place effect rescinded revoked withdrawn accepted approved agreed rejected turned voted refused deliberate deliberately "
    "intentional intentionally purpose arson accidental accidentally accident unintentional unintentionally person video remotely "
    "virtually telephone phone public publicly court doors private privately camera pleaded admitted denied rose risen rising "
    "climbed grew grown jumped gained fell fallen falling decreased dropped declined shrank slipped lost acknowledged conceded accept rejects disputed disputes cancelled "
    "canceled cancel cancels postpone postpones postponement scrap scraps going ahead went proceed proceeded proceeding postponed put rescheduled granted survived unhurt uninjured unharmed killed "
    "died dead profit profits loss losses serious seriously critical critically life severe severely badly minor light slight slightly "
    "superficial unscathed wounded hurt injured injury injuries closed notice reopened opened found recovered located looking searching search hunt find recover locate "
    "pulled removed taken sale market shelves peaceful peacefully violent violently violence rioted riot riots votes conditions condition conditional "
    "unconditional unconditionally released freed bail bailed remanded custody held control afloat sank sunk sinks capsized went aground partly partially "
    "questioned interviewed heard detained arrest arrested expelled excluded jailed imprisoned jail prison bars conditionally probation administration administrator administrators appointed insolvency protection bankrupt bankruptcy liquidation liquidated "
    "recommended recommend recommends recommending careless carelessly dangerous dangerously reckless recklessly care advised must compulsory mandatory obligatory required allowed permitted ahead suspended halted banned prohibited "
    "wound off time lump single rise increase raise dropped shelved discontinued continues continuing ongoing open runs running investigate investigating investigation straight direct red yellow booking completed concluded finished wrapped going underway progress".split())
"""A word every term of CONTRASTS holds whole (one of 'in part' / 'part of', 'struck down', 'set aside',
'found … guilty'; the noun of 'a third of'; 'in force'): a sentence with none of them holds no term,
and is not scanned for one. A new term needs one of its words here (tests check each has one)."""


_CUES_OF = {name: frozenset(w for w in _CONTRAST_CUES if w[:4] in f"{a}|{b}".lower()) for name, _, a, b in CONTRASTS}
"""The cue words each contrast's terms may hold (those whose first letters its patterns spell): a
sentence is scanned for the terms of the contrasts whose cues it holds, not for every term."""


_CONTRASTS_OF_CUE = {cue: [name for name, cues in _CUES_OF.items() if cue in cues] for cue in _CONTRAST_CUES}
"""_CUES_OF turned round: the contrasts each cue word may open, so a sentence's few cue words name
its contrasts without every contrast's cues being tested."""


def _contrasts_held(text: str) -> set[str]:
    """The contrasts whose cue words the sentence holds (all of them where case folding may read a
    letter otherwise than lower-casing does)."""
    if case_apart(text):
        return set(_CUES_OF)
    return {name for cue in lower_runs(text) & _CONTRAST_CUES for name in _CONTRASTS_OF_CUE[cue]}


def _may_hold_a_contrast(text: str) -> bool:
    """Whether the sentence holds a word of _CONTRAST_CUES, read from its cached letter runs: most
    sentences hold none, and the pattern of every term is then not tried at each of their words.
    A sentence with a letter lower-casing does not map as the pattern's case folding does is scanned."""
    return not lower_runs(text).isdisjoint(_CONTRAST_CUES) or case_apart(text)


_STAGES = {"provisional"}
"""Contrasts of stages one thing goes through (provisional results first, final ones later): only
the same deed before both terms and the same thing after them ('published the preliminary
results' / 'published the final results') make them one thing told two ways."""
_DONE_BY_ONE_TO_ONE = _STAGES | {"accepted", "direction", "admitted", "granted", "survived", "profit"}
"""Contrasts of a deed or a change, which someone does to something ('the union accepted the
offer' / 'the employers rejected the union's demand'; 'exports rose' / 'imports fell'): the
same words on both sides of the terms, not on one, make them one thing told two ways."""
_SAID_OF_ITS_SUBJECT = {"reopened"}
"""Contrasts of a state of the thing named right before the term ('the school remains closed' /
'the school reopened'): another thing there ('the museum reopened' / 'the museum's cafe remains
closed') is another thing's state."""


def _subject_word(text: str, m: re.Match) -> str:
    """The stem of the last content word before a term: the thing it is said of."""
    words = [w for w in tokens(text[max(0, m.start() - 60):m.start()]) if w.lower() not in STOPWORDS and len(w) > 2]
    return stem(without_possessive(words[-1]).lower()) if words else ""


CONTRAST_NEAR = 0.5
"""Closeness (alignment's score) of two claims whose contrasting words, each beside a word the
other's also stands beside, tell one thing two ways."""
CONTRAST_SAME_CLAIM = 0.7
"""Closeness at which two claims tell one thing whatever words stand beside their terms ('suspended
all flights and filed for insolvency' / 'has been declared bankrupt after suspending all flights').
Measured on the other genres: 0.7 adds one keyed clash; 0.6 adds a false callout on the corpus."""
_CONTRAST_WINDOW = 4


def _beside(text: str, m: re.Match, before: bool = True, after: bool = True) -> set[str]:
    """Content stems of the few words on either side of a matched term (or on one side)."""
    before = tokens(text[max(0, m.start() - 60):m.start()])[-_CONTRAST_WINDOW:] if before else []
    after = tokens(text[m.end():m.end() + 60])[:_CONTRAST_WINDOW] if after else []
    return {stem(w) for w in before + after if w.lower() not in STOPWORDS and len(w) > 3}


_EARLIER = re.compile(r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?$", re.I)
"""A pluperfect right before a term: what held before the story's events."""
_WILL = re.compile(r"\b(?:will|would|shall)\s+(?:\w+\s+)?$", re.I)
"""A future right before a term ('will stay closed', 'would remain in force')."""
_REPORTED = re.compile(r"\b(?:said|says|told|announced|confirmed|stated|reported|added|explained|insisted|claimed)\b", re.I)


def _earlier(text: str, m: re.Match) -> bool:
    """The term told in the pluperfect, outside reported speech ('the run had reopened on Friday';
    'said the trial had been terminated' is today's news, its tense shifted back by 'said')."""
    return bool(_EARLIER.search(text, max(0, m.start() - 24), m.start())) and not _REPORTED.search(text, 0, m.start())


def _ahead(text: str, m: re.Match) -> bool:
    """The term told in the future ('will stay closed', 'would remain in force')."""
    return bool(_WILL.search(text, max(0, m.start() - 24), m.start()))


def _about(text: str, m: re.Match) -> set[str]:
    """What a term is said of: the words beside it, and its own words that are no cue ('the party
    has suspended' / 'excluded from the party': both of the party)."""
    own = {stem(w) for w in tokens(m.group(0)) if w.lower() not in STOPWORDS and w.lower() not in _CONTRAST_CUES and len(w) > 3}
    return _beside(text, m) | own


_WHAT_FOLLOWS = 6
"""Words after a contrasting term, within its clause, that tell what it is said of."""


def _said_of_other_things(a: str, ma: re.Match, b: str, mb: re.Match) -> bool:
    """Each term is followed by a word the other sentence never uses ('the pay offer for nurses' /
    'for doctors', 'in the third quarter' / 'in the second quarter'): one deed of two things."""
    def following(text: str, m: re.Match) -> set[str]:
        right = status_facts.clause_bounds(text, m.start(), m.end())[1]
        words = tokens(text[m.end():right])[:_WHAT_FOLLOWS]
        return {w.lower() for w in words if w.lower() in ORDINALS} | {stem(w.lower()) for w in words if w.lower() not in STOPWORDS and len(w) > 3}

    def used(text: str) -> set[str]:
        lowered = [w.lower() for w in tokens(text)]
        return set(lowered) | {stem(w) for w in lowered}
    return bool(following(a, ma) - used(b)) and bool(following(b, mb) - used(a))


_STANCES = frozenset({"admitted"})
"""Contrasts of a stance on what happened ('acknowledged that the scratch happened' / 'did not
accept that the damage had happened'): outlets name the thing in their own words, so only the same
words on both sides are asked for, not that every word after one term stands in the other."""


def _same_on_both_sides(a: str, ma: re.Match, b: str, mb: re.Match) -> bool:
    """The same words before both terms and after both, or swapped by a passive ('the project has
    been approved by the council' / 'the council rejected the project')."""
    before_a, after_a = _beside(a, ma, after=False), _beside(a, ma, before=False)
    before_b, after_b = _beside(b, mb, after=False), _beside(b, mb, before=False)
    return bool(before_a & before_b and after_a & after_b) or bool(_passive(a, ma) != _passive(b, mb) and before_a & after_b and after_a & before_b)


_ATTRIBUTIVE = {"voluntary", "civil", "temporary", "provisional", "gross", "partial"}
"""Contrasts whose terms qualify the noun right after them ('a civil defamation claim' / 'convicted
of criminal defamation', 'a temporary export permit' / 'a permanent export permit'): the same noun
after both names the thing they are said of, in claims of any closeness."""
_NOUN_AFTER = re.compile(r"\s+([a-z]{4,})\b")


def _noun_after(text: str, m: re.Match) -> str | None:
    """The stem of the word right after a term, when it is one a term can qualify (no stop word)."""
    after = _NOUN_AFTER.match(text, m.end())
    return stem(after.group(1)) if after and after.group(1) not in STOPWORDS else None


def _qualifies_one_noun(name: str, a: str, ma: re.Match, b: str, mb: re.Match, both_ways: set[str]) -> bool:
    """Two attributive terms before one noun, neither outlet putting that noun both ways anywhere."""
    if name not in _ATTRIBUTIVE:
        return False
    noun = _noun_after(a, ma)
    return noun is not None and noun == _noun_after(b, mb) and noun not in both_ways


_DONE_TO_ITS_SUBJECT = {"allowed"}
"""Contrasts of what may be done, said of their clause's subject ('Harvesting may go ahead inside
the zone' / 'and harvesting in the zone has been suspended'): only the same subject names one
thing, and then in claims less close than other contrasts need (SUBJECT_CONTRAST_NEAR)."""
SUBJECT_CONTRAST_NEAR = 0.4
"""Closeness from which two claims whose clauses open on the same subject put it two ways."""


def _clause_subject(text: str, m: re.Match) -> str:
    """The stem of the first content word of the term's clause (_clause_before): what it is said of."""
    words = [w for w in tokens(_clause_before(text, m.start())) if w.lower() not in STOPWORDS and len(w) > 3]
    return stem(words[0].lower()) if words else ""


def _nouns_put_both_ways(these: list[Claim], side_a: re.Pattern, side_b: re.Pattern) -> set[str]:
    """Nouns one outlet qualifies with both terms ('temporary housing' now, 'permanent housing'
    later): two things it tells apart, not one thing put two ways. A term it denies ('no permanent
    export licence was issued') is no second way."""
    sides: dict[tuple[str, str], set[bool]] = {}
    for c in these:
        for side, pattern in ((True, side_a), (False, side_b)):
            for m in pattern.finditer(c.text):
                if _negated(c.text, m.start()):
                    continue
                noun = _noun_after(c.text, m)
                if noun:
                    sides.setdefault((c.source, noun), set()).add(side)
    return {noun for (_, noun), seen in sides.items() if len(seen) == 2}


def contrast_conflicts(claims: list[Claim], near: dict[int, dict[int, float]]) -> list[Conflict]:
    """'The evacuation is voluntary' against 'ordered the evacuation', 'criminal defamation'
    against 'a civil defamation claim': close claims of two outlets that put one thing (a word
    beside both terms) two incompatible ways, neither sentence saying both."""
    out: list[Conflict] = []
    holding: dict[str, list[Claim]] = {}  # the claims that hold each contrast's cues, in claim order
    for c in claims:
        if _may_hold_a_contrast(c.text):  # few hold a cue of any
            for name in _contrasts_held(c.text):
                holding.setdefault(name, []).append(c)
    for name, kind, side_a, side_b in _CONTRAST_SIDES:
        these = holding.get(name, [])
        found_a = [(c, m) for c in these for m in _terms_told(name, c.text)[0]]
        found_b = [(c, m) for c in these for m in _terms_told(name, c.text)[1]]
        both_ways = _nouns_put_both_ways(these, side_a, side_b) if name in _ATTRIBUTIVE else set()
        best: dict[tuple[str, str], tuple[tuple[int, float], Claim, re.Match, Claim, re.Match]] = {}
        for a, ma in found_a:
            for b, mb in found_b:
                if a.source == b.source:
                    continue
                closeness = max(near.get(a.index, {}).get(b.index, 0.0), near.get(b.index, {}).get(a.index, 0.0))
                if _dated_apart(a, b):
                    continue
                if closeness < CONTRAST_NEAR or closeness < CONTRAST_SAME_CLAIM and not _about(a.text, ma) & _about(b.text, mb):
                    if not _qualifies_one_noun(name, a.text, ma, b.text, mb, both_ways) and not (name in _DONE_TO_ITS_SUBJECT and closeness >= SUBJECT_CONTRAST_NEAR):
                        continue
                if name in _DONE_TO_ITS_SUBJECT and not _clause_subject(a.text, ma) == _clause_subject(b.text, mb) != "":
                    continue  # 'the concert may go ahead' / 'parking has been suspended': two things
                if name in _DONE_BY_ONE_TO_ONE and (name not in _STANCES and _said_of_other_things(a.text, ma, b.text, mb) or not _same_on_both_sides(a.text, ma, b.text, mb)):
                    continue  # 'accepted the pay offer for nurses' / 'rejected the pay offer for doctors'; the same words on one side only
                if name in _SAID_OF_ITS_SUBJECT and _subject_word(a.text, ma) != _subject_word(b.text, mb):
                    continue
                if _earlier(a.text, ma) and _ahead(b.text, mb) or _ahead(a.text, ma) and _earlier(b.text, mb):
                    continue  # 'the run had reopened on Friday' / 'the runs will stay closed': a state before the story's, and one to come
                rank = (a.prose + b.prose, closeness)  # the outlets' own sentences before their headlines, then the closest
                if (a.source, b.source) not in best or rank > best[(a.source, b.source)][0]:
                    best[(a.source, b.source)] = (rank, a, ma, b, mb)
        told_by: dict[tuple[str, bool], tuple[Claim, re.Match]] = {}  # each outlet's one sentence for each side: its best ranked
        for _, a, ma, b, mb in sorted(best.values(), key=lambda entry: entry[0], reverse=True):
            told_by.setdefault((a.source, True), (a, ma))
            told_by.setdefault((b.source, False), (b, mb))
        for a, ma, b, mb in dict.fromkeys((*told_by[(a.source, True)], *told_by[(b.source, False)]) for _, a, _, b, _ in best.values()):
            x = Fact(kind, "contrast:" + name, ma.group(0).lower(), _phrase_around(a.text, ma), ma.start(), ma.end())
            y = Fact(kind, "contrast:" + name, mb.group(0).lower(), _phrase_around(b.text, mb), mb.start(), mb.end())
            out.append(Conflict(kind, "contrast:" + name, "material", [(a, x), (b, y)]))
    return out


_SIDES_OF = {name: (side_a, side_b) for name, _, side_a, side_b in _CONTRAST_SIDES}


@lru_cache(maxsize=65536)
def _terms_told(name: str, text: str) -> tuple[tuple[re.Match, ...], tuple[re.Match, ...]]:
    """A contrast's terms of each side that the sentence tells as so: not denied, and the other
    side's terms nowhere in it. Cached by the sentence: a rebuild of a story scans again only the
    sentences that changed."""
    side_a, side_b = _SIDES_OF[name]
    found_a = [(m, _negated(text, m.start())) for m in side_a.finditer(text)]
    found_b = [(m, _negated(text, m.start())) for m in side_b.finditer(text)]
    told_a = tuple(m for m, denied in found_a if not denied and all(no for _, no in found_b))  # a term of the other side denied ('no one had been arrested') tells nothing
    told_b = tuple(m for m, denied in found_b if not denied and all(no for _, no in found_a))
    return told_a, told_b


def _dated_apart(a: Claim, b: Claim) -> bool:
    """Both claims dated, and no date of one the other's: 'temporary display from May 2' and
    'permanent display in 2027' are two stages, not one thing put two ways."""
    da = [f for f in a.facts_of("dates") if f.subject in ("date", "year")]
    db = [f for f in b.facts_of("dates") if f.subject in ("date", "year")]
    return bool(da and db) and not any(
        x.value == y.value or x.subject == "date" and (x.value.year, x.value.month) == (y.value.year, y.value.month)  # type: ignore[union-attr]
        for x in da for y in db if x.subject == y.subject)


PHRASE_WORDS_AFTER = 3
"""Words after a contrasting term shown with it, within its clause: what it is said of. On the other
genres two keyed clashes more are matched from two to three (three, four and five alike)."""


def _phrase_around(text: str, m: re.Match) -> str:
    """The term with the words it qualifies, as the outlet wrote them ('evacuation is voluntary'),
    within its clause ('Albisetti, had ordered the evacuation' is 'had ordered the evacuation')."""
    left = text.rfind(" ", 0, max(0, m.start() - 1))
    left = text.rfind(" ", 0, left) if left > 0 else left
    right = m.end()
    for _ in range(PHRASE_WORDS_AFTER):  # what the term is said of follows it ('found him guilty of both bribery and money laundering')
        right = text.find(" ", right + 1) if right != -1 else -1
    phrase = text[left + 1 if left >= 0 else 0:right if right != -1 else len(text)]
    head, cut, tail = phrase.partition(m.group(0))
    tail = re.split(r"[,;:]", tail)[0]
    words = tail.split(" ")
    while len(words) > 1 and words[-1].lower() in STOPWORDS:
        words.pop()  # 'ordered the evacuation of': what it is said of ends on a word that says something
    return (re.split(r"[,;:]", head)[-1] + cut + " ".join(words)).strip(" ,.;:")


_WITHOUT_THING = re.compile(r"\bwithout\s+(?:a\s+|an\s+|any\s+|the\s+|their\s+|his\s+|her\s+|its\s+)?(?:full\s+)?([a-z]{3,})\b(?!\s+(?:of|to|from|that|being)\b)")
"""A thing a deed is told without ('suspended without pay', 'returned without their frames'): one
word after any determiner, not what a phrase goes on to qualify ('without payment of his salary')."""
_WITH_THING = r"\b(?:with|on)\s+(?:a\s+|an\s+|the\s+|their\s+|his\s+|her\s+|its\s+)?(?:full\s+)?{}\b"
"""The same thing told with the deed ('on full pay', 'with their frames'): a template for its word."""
WITHOUT_NEAR = 0.5
"""Closeness of the claim that tells the deed with the thing: one deed, told both ways."""


def without_conflicts(claims: list[Claim], near: dict[int, dict[int, float]]) -> list[Conflict]:
    """'The chief was suspended on full pay' against 'was suspended without pay': in close claims,
    one outlet tells a deed done with a thing that another tells done without it."""
    out: list[Conflict] = []
    for a in claims:
        if "without" not in a.text:
            continue
        for m in _WITHOUT_THING.finditer(a.text):
            word = m.group(1)
            if word.endswith("ing") or word in STOPWORDS or word in CALENDAR or _in_quotation(a.text, m.start()):
                continue  # 'without warning' a deed, not a thing
            with_thing = re.compile(_WITH_THING.format(re.escape(word) + "s?"), re.I)
            told: list[tuple[Claim, Fact]] = []
            seen: set[str] = set()
            for j, closeness in sorted(near.get(a.index, {}).items(), key=lambda kv: -kv[1]):
                b = claims[j]
                if b.source == a.source or b.source in seen or closeness < WITHOUT_NEAR or "without" in b.text:
                    continue
                found = with_thing.search(b.text)
                if found is None or _NEGATION_IN.search(b.text[max(0, found.start() - 30):found.start()]):
                    continue
                seen.add(b.source)
                left, right = status_facts.clause_bounds(b.text, found.start(), found.end())
                told.append((b, Fact("other", "without:" + word, True, b.text[left:right].strip(), left, right)))
            if told:
                left, right = status_facts.clause_bounds(a.text, m.start(), m.end())
                out.append(Conflict("other", "without:" + word, "material", told + [(a, Fact("other", "without:" + word, False, a.text[left:right].strip(), left, right))]))
    return out


_IMPOSED = re.compile(r"\b(?:issued|imposed|handed\s+down|levied)\b[^.;:]{0,40}?\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?([a-z]{4,})\b", re.I)
"""A thing given out: 'has issued the firm with a fine'."""
_DONE_TO = re.compile(r"\b(?:has|have|had|was|were)\s+(?:already\s+)?(?:been\s+)?([a-z]{2,}ed)\b", re.I)
"""A deed done: 'has been fined'."""
DECIDED_THING_ALIKE = 0.4
"""Word-vector similarity from which the thing decided on and the thing done are one ('penalty' /
'fine' 0.41)."""


def undecided_thing_conflicts(claims: list[Claim], near: dict[int, dict[int, float]]) -> list[Conflict]:
    """'No decision on a penalty has been taken' against 'the watchdog has fined the firm': a
    decision one outlet calls open (_UNDECIDED_ON, with the decision's other readers below),
    another reports made, wherever in the story."""
    out: list[Conflict] = []
    undecided = {c.index for c in claims if ("decid" in c.text or "decision" in c.text) and _UNDECIDED_ON.search(c.text)}  # 'decided', 'decide' or 'decision' is in every match of _UNDECIDED_ON
    for a in claims:
        if a.index not in undecided:
            continue
        close = near.get(a.index, {})
        others = sorted((b for b in claims if b.source != a.source and b.index not in undecided), key=lambda c: -close.get(c.index, 0.0))  # a decision made is that decision wherever it stands: the closest first
        for m in _UNDECIDED_ON.finditer(a.text):
            thing = m.group(1).lower()
            if thing in STOPWORDS or thing in ("whether", "what", "when", "which", "how"):
                continue
            told: list[tuple[Claim, Fact]] = []
            seen: set[str] = set()
            for b in others:
                if b.source in seen:
                    continue
                done = next((d for d in chain(_IMPOSED.finditer(b.text), _DONE_TO.finditer(b.text)) if _one_thing(thing, d.group(1).lower())
                             and not _NEGATION_IN.search(b.text[max(0, d.start() - 20):d.start()])), None)
                if done is None:
                    continue
                seen.add(b.source)
                left, right = status_facts.clause_bounds(b.text, done.start(), done.end())
                told.append((b, Fact("confirmation", "decided:" + thing, "done", b.text[left:right].strip(), left, right)))
            if told:
                left, right = status_facts.clause_bounds(a.text, m.start(), m.end())
                out.append(Conflict("confirmation", "decided:" + thing, "material", told + [(a, Fact("confirmation", "decided:" + thing, "open", a.text[left:right].strip(), left, right))]))
    return out


def _one_thing(thing: str, done: str) -> bool:
    """The thing decided on and the thing done, or its deed ('fine' / 'fined'), or a word alike in
    meaning ('penalty' / 'fine')."""
    if status_facts.same_root(stem(thing), stem(done)):
        return True
    vectors = embed([thing, done])
    return float(vectors[0] @ vectors[1]) >= DECIDED_THING_ALIKE


_ASKED_OR_SUPPOSED = re.compile(r"\b(?:if|unless|whether)\b[^,;]*$", re.I)
"""A denial told in a condition or a question, in its clause ('if the record is not ratified'), says
nothing of what happened (as _ASKED_BEFORE reads a question, 'unless' and a stop inside too)."""


def polarity_conflicts(claims: list[Claim], near: dict[int, dict[int, float]]) -> list[Conflict]:
    """'The works were not insured' against 'the works were insured by the state', 'no debris had
    been found' against 'pieces had been found': one outlet says a thing did not happen that
    another says did, with the same verb, in close claims about the same thing."""
    negated: list[tuple[Claim, str, re.Match]] = []
    for c in claims:
        if not lower_runs(c.text).isdisjoint(_NEGATION_WORDS) and not status_facts.is_question(c.text):  # 'What happens if the record is not ratified?': asked, not told
            for m in _NEGATED.finditer(c.text):
                if next(g for g in m.groups() if g)[0].isupper():
                    continue  # 'It is not Lindgren's first conviction': a name, no deed
                if _ASKED_OR_SUPPOSED.search(c.text, 0, m.start()):
                    continue  # 'if the record is not ratified, …': supposed, not told
                participle = _participle(m)
                if participle not in _NOT_EVENTS and not _MANNER_AFTER.match(c.text, m.end()):
                    negated.append((c, participle, m))
            negated += [(c, status_facts.participle_of(m.group(1)), m) for m in status_facts.NO_DEED_NOUN.finditer(c.text)]  # 'no arrests have been made': not 'arrested'
        if "without" in c.text:
            negated += [(c, status_facts.participle_of(m.group(1)), m) for m in _RELEASED_WITHOUT.finditer(c.text)]  # 'released without charge': not 'charged'
    out: list[Conflict] = []
    telling: dict[str, dict[int, bool]] = {}  # participle -> claim -> whether it may tell it done (_may_tell), read once per story
    for a, participle, m in negated:
        seen: set[str] = set()
        told: list[tuple[Claim, Fact]] = []
        alike = _ONE_DEED.get(participle, (participle,))
        may_tell = telling.setdefault(participle, {})
        anyone = m.re is status_facts.NO_DEED_NOUN or bool(_ANYONE.match(m.group(0)))
        group = _group_denied(m.group(0)) if anyone else None  # 'none of the four guards': whom the denial is of
        happened = m.re is _NEGATED and (m.group(5) or m.group(6) or m.group(7)  # 'did not', 'didn't', 'denied that'
                                         or _PERFECT_BEFORE.search(a.text, max(0, m.start() - 12), m.start()) or m.group(0).lower().startswith("not yet"))
        kind = "confirmation" if anyone or happened else "other"  # whether a deed happened at all ('has not been arrested', 'did not approve'), or a denial of it, is its status; a state told both ways ('were not insured'), an account
        near_a = near.get(a.index, {})
        candidates = sorted(near_a.items(), key=lambda kv: -kv[1])
        whole = _whole_claim(a.text, m)
        subject_a = _subject_before(a.text, m.start(), m.group(0))[0] if not anyone else set()
        object_a = status_facts.object_after(a.text, m.end(), 6) if not _passive(a.text, m) else set()  # after a passive verb stands its doer ('by the flood'), not what it is done to
        # 'No one has been arrested.': the deed is all it says, so it is compared wherever the deed is told;
        # otherwise a far claim answers only with the same thing done ('not offered to sell any stores' / 'offered to sell 85 stores')
        if whole or object_a:
            candidates += [(b.index, WHOLE_FAR if whole else -1.0) for b in claims if b.source != a.source and b.index not in near_a]
        elif _COUNTED_BEFORE.search(a.text, max(0, m.start() - 40), m.start()):  # 'two guests have not been accounted for': against 'everyone was', wherever it stands
            candidates += [(b.index, WHOLE_FAR) for b in claims if b.source != a.source and b.index not in near_a and participle in b.text and _UNIVERSAL_SUBJECT.search(b.text)]
        said_of_subject = bool(subject_a) and not _RELATIVE_BEFORE.search(a.text, max(0, m.start() - 24), m.start())  # the denial's own words: read once, not per candidate
        for j, closeness in candidates:
            b = claims[j]
            if b.source == a.source or b.source in seen or 0 <= closeness < DEED_NEAR:
                continue
            if j not in may_tell:
                may_tell[j] = _may_tell(b.text, participle, alike)
            if not may_tell[j]:
                continue  # the deed's word nowhere in it: neither _affirmed nor _affirmed_of finds it
            affirmed = _affirmed(b.text, participle)
            if affirmed is None and said_of_subject:
                affirmed = _affirmed_of(b.text, participle, subject_a)  # 'its main chute opened late' / 'the main chute failed to open'
                if affirmed and not (_NO_OBJECT.match(a.text, m.end()) or object_a & status_facts.object_after(b.text, affirmed[1], 6)):
                    affirmed = None  # done to something else ('did not count 38,000 people' / 'counted 412,000 people')
            if affirmed is None:
                continue
            object_b = status_facts.object_after(b.text, affirmed[1], 6)
            same_object = len(object_a & object_b)
            if participle in _LIGHT_VERBS and not _made_alike(a.text, m, b.text, affirmed):
                continue  # a light verb's deed is the thing it makes or gives: the same one ('an offer'), or no clash
            if closeness == WHOLE_FAR and object_a and object_b and not same_object and _objects_apart(a.text, m.end(), b.text, affirmed[1]):
                continue  # far, and each done to something else ('has not claimed any ransom' / 'claimed to have total control')
            if closeness < 0 and same_object < FAR_DEED_OBJECT_WORDS or 0 <= closeness < POLARITY_NEAR and not same_object:
                continue  # far or less close: only the same thing done to vouches ('not grounding its other CJ-190s' / 'has grounded the rest of its CJ-190s')
            if not anyone and same_object < FAR_DEED_OBJECT_WORDS and not _same_subject(_subject_before(a.text, m.start(), m.group(0)), _done_to(b.text, affirmed, _passive(a.text, m))) \
                    and not _UNIVERSAL_SUBJECT.search(b.text, max(0, affirmed[0] - 60), affirmed[0]):
                continue  # another doer, unless the same thing is done ('had not offered to sell any stores' / 'Kestmark and Frella offered to sell 85 stores')
            if anyone and any(f.subject.startswith("n:") and f.start < affirmed[0] for f in b.facts_of("numbers")) and not _none_of_those_counted(group, b, affirmed[0]):
                continue  # 'Seven occupants were injured': a count, which the comparison of none with counts answers
            if group is not None and content_stems(group).isdisjoint(content_stems(b.text)):
                continue  # 'none of the jewellery has been recovered' / 'have recovered DNA from a helmet': done to something else
            if _complements(a.text, m.start(), b.text, affirmed[0]):
                continue  # 'its other lines were not affected' / 'only one line was affected': one fact, told from each side
            seen.add(b.source)
            told.append((b, Fact(kind, "polarity:" + participle, True, b.text[affirmed[0]:affirmed[1]], affirmed[0], affirmed[1])))
        if told:  # one conflict per denial, with every outlet that tells the deed: one callout, not one per outlet
            denial = Fact(kind, "polarity:" + participle, False, m.group(0), m.start(), m.end())
            out.append(Conflict(kind, "polarity:" + participle, "material", told + [(a, denial)]))
    return out


_COUNTED_BEFORE = re.compile(r"^(?:[A-Z][^,;]*,\s+)?(?:\d+|" + "|".join(w for w in NUMBER_WORDS if " " not in w) + r")\s+[a-z]+\s+(?:have|has|had|were|was|are|is)\s+$", re.I | re.M)
"""A denial said of a count of people or things at the start of its sentence ('Two guests have')."""
_UNIVERSAL_SUBJECT = re.compile(r"^(?:[A-Z][^,;]*,\s+)?(?:everyone|everybody|all\s+(?:of\s+)?(?:the|those|\d+|[a-z]+))\b(?![^,;]*\bnot\b)", re.I | re.M)
"""A deed told of everyone ('Everyone who had been in the building was accounted for', 'all 40
passengers were rescued'): said of whoever a denial names ('two guests have not been accounted for')."""
_MANNER_AFTER = re.compile(r"\s+(?:correctly|properly|accurately|adequately|fully|in\s+full|on\s+time|in\s+time)\b", re.I)
"""A deed denied only in its manner: 'had not been recorded correctly' says it was recorded wrongly,
as another outlet's 'wrongly recorded' does; no denial that it was recorded."""
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:but|and|while|as|after|when)\b")
"""Where a clause before a verb begins: a comma or stop, or a joining word."""
_THE_REST = re.compile(r"\b(?:other|rest|remaining)\b", re.I)
_ONLY = re.compile(r"\b(?:only|just|solely)\b", re.I)


OBJECT_NEAR = 0.3
"""Vector similarity of the words after two verbs at which they name one thing in other words
('has not recommended the bid' / 'has recommended that shareholders accept the offer', 0.36;
'any ransom' / 'to have total control', 0.0)."""


def _objects_apart(a: str, at_a: int, b: str, at_b: int) -> bool:
    """The few content words after each verb name different things, by meaning, not only by word."""
    words = [" ".join(w for w in tokens(text[at:at + 60])[:6] if w.lower() not in STOPWORDS) for text, at in ((a, at_a), (b, at_b))]
    if not all(words):
        return True
    va, vb = embed(words)
    return float(va @ vb) < OBJECT_NEAR


def _complements(denial: str, denied_at: int, affirmation: str, affirmed_at: int) -> bool:
    """'Cells from its other lines were not affected' and 'only cells from one line were
    affected' say one thing: the deed is denied of the rest what the other affirms of one part
    alone. Read in each verb's own clause."""
    return bool(_THE_REST.search(_clause_before(denial, denied_at))) and bool(_ONLY.search(_clause_before(affirmation, affirmed_at)))


def _clause_before(text: str, at: int) -> str:
    return _CLAUSE_BREAK.split(text[max(0, at - 80):at])[-1]


WHOLE_FAR = 2.0
"""The closeness a denial that is its sentence's whole claim is given against every far claim
('No one has been arrested.' is compared wherever an arrest is told)."""
_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
WHOLE_CLAIM_WORDS = 4
"""Content words a sentence may have besides its negated deed for the deed to be its whole claim
('No arrests have been made so far.')."""


def _whole_claim(text: str, m: re.Match) -> bool:
    """The negated deed is what the sentence says, with at most a few words more: no neighbour
    found by meaning is needed to know what another outlet's report of the deed contradicts."""
    rest = text[:m.start()] + " " + _ATTRIBUTION_TAIL.sub("", text[m.end():])  # ', a company spokesman told the Post on Tuesday': who said it, not what
    return len([w for w in tokens(rest) if w.lower() not in STOPWORDS]) <= WHOLE_CLAIM_WORDS


_ATTRIBUTION_TAIL = re.compile(r",\s+[^,]*\b(?:said|says|told|added|according\s+to)\b[^,]*$", re.I)


def _subject_before(text: str, at: int, matched: str) -> tuple[set[str], set[str], str]:
    """Who or what a verb is said of: the stems of the words before it in its clause (and of a
    noun the negation names: 'no debris had been found'), the names among them, and the pronoun
    that stands right before it ('he was arrested'), or ''."""
    if matched.lower().startswith("no "):
        named = [w for w in tokens(matched)[1:3] if w.lower() not in _AUXILIARIES and w.lower() not in STOPWORDS]
        if named:  # 'no civilians were injured': the deed is denied of the group it names, whatever the clause before says
            return {stem(w) for w in named}, {w for w in named if w[0].isupper()}, ""
    if matched.lower().startswith("den") and " that " in matched:
        inner = matched.split(" that ", 1)[1]
        named = [w for w in tokens(inner) if w.lower() not in _AUXILIARIES and w.lower() not in STOPWORDS][:-1]
        if named:  # 'denied that a complaint had been lodged': the deed is denied of what the clause names
            return {stem(w) for w in named}, {w for w in named if w[0].isupper()}, ""
    clauses = _CLAUSE_BREAK.split(text[max(0, at - 80):at])
    clause = clauses[-1]
    if not [w for w in tokens(clause) if w.lower() not in STOPWORDS] and len(clauses) > 1:
        # 'The captain, a 57-year-old, was detained', 'The captain ... was questioned but has not been arrested':
        # the sentence's subject, before the apposition or the first verb
        whole = _CLAUSE_BREAK.split(text[:at])
        if len(whole) > 2 and _RELATIVE_OPENS.match(whole[-2]):
            clause = whole[-3]  # 'the forms, which voters use for comments, were never printed': the noun the relative clause is of
        else:
            clause = whole[0]
            first = tokens(clause)
            verb = next((k for k, w in enumerate(first) if w.lower() in _AUXILIARIES), 0)
            clause = " ".join(first[:verb]) if verb else clause  # 'Police are questioning a man but have not charged him': the police
    words = tokens(clause)[-6:] + (tokens(matched)[1:3] if matched.lower().startswith("no ") else [])
    stems = {stem(w) for w in words if w.lower() not in STOPWORDS}
    names = {w for w in words if w[0].isupper() and w.lower() not in STOPWORDS}
    bare = [w for w in words if w.lower() not in _AUXILIARIES]  # 'he has not been charged': the pronoun before its auxiliaries
    return stems, names, bare[-1].lower() if bare and bare[-1].lower() in _PRONOUNS else ""


_RELATIVE_OPENS = re.compile(r"\s*(?:which|who|whom|whose)\b", re.I)
"""A relative clause between a noun and its verb: the clause before it holds the noun."""
_ASKED_BEFORE = re.compile(r"\b(?:whether|if)\b[^,.;]*$", re.I)
_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would", "did", "does", "do", "could", "can", "may", "might", "should", "shall"})


_ACTIVE = re.compile(r"(?:has|have|had)\s+(?!been\b)", re.I)


def _done_to(text: str, affirmed: tuple[int, int], passive_denial: bool) -> tuple[set[str], set[str], str]:
    """Who or what an affirmed deed is said of, as the denial it answers names it: its subject,
    or, against a denial in the passive, the object of the active voice ('police have arrested
    the captain' tells of the captain what 'the captain was not arrested' denies)."""
    if passive_denial and (_ACTIVE.match(text, affirmed[0]) or text[affirmed[0]:affirmed[1]].lower().endswith("against")):  # 'brought charges against the captain' tells of the captain too
        words = tokens(text[affirmed[1]:affirmed[1] + 40])[:4]
        return {stem(w) for w in words if w.lower() not in STOPWORDS}, {w for w in words if w[0].isupper() and w.lower() not in STOPWORDS}, ""
    return _subject_before(text, affirmed[0], "")


_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been)\s+$", re.I)


def _passive(text: str, m: re.Match) -> bool:
    """'Has not been arrested', 'was not charged': a denial in the passive voice."""
    return bool(re.search(r"\b(?:been|be)\b", m.group(0), re.I)) or bool(_BE_BEFORE.search(text, max(0, m.start() - 12), m.start()))


def _same_subject(a: tuple[set[str], set[str], str], b: tuple[set[str], set[str], str]) -> bool:
    """Both verbs said of one thing: a word of it in common, or a pronoun standing for it on one
    side (the story's person or thing, as the sentence before named it); never two different names
    ('Kalvessia had not expelled' / 'Tervel has expelled'), nor a woman and a man ('she is not
    suspected' / 'he is suspected')."""
    (stems_a, names_a, pronoun_a), (stems_b, names_b, pronoun_b) = a, b
    if names_a and names_b and names_a.isdisjoint(names_b) or {pronoun_a, pronoun_b} == {"he", "she"}:
        return False
    return bool(stems_a & stems_b) or pronoun_a or pronoun_b


_DEED_GROUPS = (("arrested", "detained"), ("injured", "hurt", "wounded"), ("dismissed", "sacked", "fired"), ("closed", "shut"),
                ("cancelled", "canceled", "scrapped"), ("charged", "indicted"), ("lodged", "filed", "presented", "submitted", "deposited"))
_ONE_DEED = {word: group for group in _DEED_GROUPS for word in group}
"""Participles that tell one deed ('was not arrested' / 'was detained on Sunday')."""


@lru_cache(maxsize=1024)
def _affirmed_patterns(alike: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """_affirmed's two patterns for one group of participles, compiled once per process: the
    groups recur story after story, and a story's own patterns (its names) push them out of re's cache."""
    return (re.compile(rf"\b(?:has|have|had|was|were|is|are|been|got)\s+(?:[a-z]+\s+){{0,4}}?(?:[a-z]+-)?({'|'.join(map(re.escape, alike))})\b", re.I),
            re.compile(rf"(?:\b[A-Z][\w&'\u2019-]*|\b(?:they|he|she|it|we))\s+(?:[a-z]+ly\s+)?({'|'.join(map(re.escape, alike))})\s+(?:to|in|on|the|a|an|its|their|his|her)\b"))


@lru_cache(maxsize=65536)
def _affirmed(text: str, participle: str) -> tuple[int, int] | None:
    """Where the sentence says the participle holds ('were insured', 'had been found', 'were
    according to the museum insured'), with no negation before it in its clause; None if it does
    not, or says it both ways. 'Will be signed' is a plan, not a deed: no 'be' before it. Cached:
    outlets deny one deed alike, and each denial asks it of the same sentences."""
    alike = _ONE_DEED.get(participle, (participle,))
    by_noun = _told_by_its_noun(text, alike)
    if by_noun is None and lower_runs(text).isdisjoint(alike) and participle.isascii() and not case_apart(text):
        return None  # none of the participles in it as a word: most sentences compared, passed over without a pattern
    if any(_participle(m) in alike for m in _NEGATED.finditer(text)):
        return None
    if by_noun is not None:
        return by_noun
    told, after_doer = _affirmed_patterns(alike)
    for m in told.finditer(text):
        between = text[m.start():m.start(1)].lower().split()[1:]
        if _NEGATION_BEFORE.search(text[max(0, m.start() - 40):m.start()]) or not _NOT_BETWEEN.isdisjoint(between) or between and between[-1] in _DETERMINERS:
            continue
        if _ASKED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # 'too early to say whether these cases are linked': asked, not said
        return m.start(), m.end()
    for m in after_doer.finditer(text):
        if not _NEGATION_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            return m.start(1), m.end(1)  # the simple past after its doer: 'Kestmark and Frella offered in January to sell 85 stores'
    return None


_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)\s+$", re.I)
_RELATIVE_BEFORE = re.compile(r"\b(?:that|who|which)\s+(?:(?:has|have|had|did|do|does)\s+)?$", re.I)
"""A denial inside a relative clause ('households that had not answered'): said of some of them only."""
_NO_OBJECT = re.compile(r"\s*(?:[,.;:]|$)|\s+(?:and|but|as|after|when|because|before|until|properly|fully|in\s+time)\b", re.I)
"""A verb with nothing done to after it ('failed to open, and'): the deed is all its subject's."""
_NOUN_THEN_VERB = re.compile(r"\b([a-z]{3,})\s+(?:[a-z]+ly\s+)?([a-z]{3,}ed)\b")
"""A lower-case word and the simple past after it ('chute opened'): a noun and its verb, or not."""


def _may_tell(text: str, participle: str, alike: tuple[str, ...]) -> bool:
    """Whether _affirmed or _affirmed_of could find the deed in the sentence: it holds one of the
    participles alike as a word (or a letter lower-casing does not read as the patterns do), or as
    letters anywhere, or tells the deed by its noun. Most sentences a denial is compared with hold none."""
    return not lower_runs(text).isdisjoint(alike) or not participle.isascii() or case_apart(text) or any(p in text for p in alike) \
        or _told_by_its_noun(text, alike) is not None


_DEED_BY_ITS_NOUN = {
    "charged": ("charge", re.compile(r"\b(?:brought|bring|brings|filed|files|pressed|presses|laid|lays|raised|raises)\s+(?:(?:criminal|formal|fresh|new)\s+)?charges?\s+(?:of\s+[\w\s-]{1,40}?\s+)?against\b", re.I)),
}
"""Deeds told by their noun, by participle: 'prosecutors brought charges against the manager' (a
translation's 'raised charge against') charged him. Each with a word every match holds."""


def _told_by_its_noun(text: str, alike: tuple[str, ...]) -> tuple[int, int] | None:
    """Where a deed of the participles alike is told by its noun (_DEED_BY_ITS_NOUN), with no
    negation before it in its clause; None when it is not."""
    for participle in alike:
        told = _DEED_BY_ITS_NOUN.get(participle)
        if told is None or told[0] not in text:
            continue
        for m in told[1].finditer(text):
            if not _NEGATION_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
                return m.start(), m.end()
    return None


def _affirmed_of(text: str, participle: str, subject: set[str]) -> tuple[int, int] | None:
    """The simple past right after the noun the denial is said of ('its main chute opened late'
    against 'the main chute failed to open'), with no negation before it."""
    alike = _ONE_DEED.get(participle, (participle,))
    if not subject or not any(p in text for p in alike):
        return None
    for m in _NOUN_THEN_VERB.finditer(text):
        if m.group(2).lower() in alike and stem(m.group(1)) in subject and m.group(1).lower() not in STOPWORDS \
                and not _NEGATION_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            return m.start(2), m.end(2)
    return None


DEED_NEAR = 0.4
"""Closeness (alignment's score) of two claims at which 'is considering chartering aircraft' and
'has chartered planes' tell one matter two ways: one an open option, the other a deed done."""
_HEAD_AFTER = re.compile(r"\s+(?:(?:an?|the|to|whether\s+to)\s+)?([a-z]{4,})")


def option_against_deed_conflicts(claims: list[Claim], near: dict[int, dict[int, float]]) -> list[Conflict]:
    """'The ministry is considering chartering aircraft' against 'the government has chartered
    planes', 'will meet next week to decide whether to expel them' against 'expelled all three':
    what one outlet calls an option still open, another reports done with the same verb, in close
    claims or done to the same object. (A plain statement's status is read only as 'done' about
    all its words, too loose to compare; the verb's deed form is what vouches.)"""
    out: list[Conflict] = []
    for a in claims:
        for x, head in _options(a):
            root = stem(head)
            head_at = a.text.find(head, x.start)
            object_a = status_facts.object_after(a.text, head_at + len(head))
            if not head.lower().endswith("ing"):
                object_a = object_a | {root}  # a deed's noun is the thing done ('consider compensation for households' / 'promised compensation for households')
            if _TO_BE_DONE.search(a.text, max(0, x.start - 60), head_at):
                left, _ = status_facts.clause_bounds(a.text, x.start, x.end)
                object_a = object_a | {stem(w) for w in tokens(a.text[left:x.start])[-4:] if w.lower() not in STOPWORDS}  # 'the pay plan must still be ratified': what is to be done comes first
            a_step = bool(_SUBJECT_TO.match(a.text, x.start))  # 'subject to a medical': its head is the step's noun, not a verb
            seen: set[str] = set()
            for j, closeness in sorted(near.get(a.index, {}).items(), key=lambda kv: -kv[1]):
                b = claims[j]
                if b.source == a.source or b.source in seen:
                    continue
                if b.published > a.published + 1 and not _dated_by(b, a.published):
                    continue  # reported done after the other outlet called it open: the story moved on (unless done before that)
                deed = _completed(b.text, head) if a_step else _deed_of(b.text, head, root)  # 'subject to a medical' / 'after completing a medical'
                if deed is None and closeness >= DEED_NEAR:
                    deed = _deed_done_to(b.text, object_a)  # 'considering whether to commission an independent review' / 'had ordered an independent review'
                if deed is None or status_facts.points_at_deed(b.text, deed.start()) or of_an_earlier_year(b, a) or closeness < DEED_NEAR and len(object_a & status_facts.object_after(b.text, deed.end())) < 2:
                    continue  # below DEED_NEAR only the same object vouches ('considering declaring a state of emergency' / 'has declared a state of emergency')
                left, right = status_facts.clause_bounds(b.text, deed.start(), deed.end())
                if any(f.value[0] in ("possible", "denied", "undisclosed") and left <= f.start < right for f in b.facts_of("status")):  # type: ignore[index]
                    continue  # the deed's own clause doubts or denies it ('suspected fixing' elsewhere in the sentence does not)
                if status_facts.done_by_others(a.text, x.start, b.text, deed.start()):
                    continue  # 'Holmvik police are considering whether to open an inquiry' / 'the Board has opened one': two bodies
                if _ANOTHER_AFTER.match(b.text, deed.end()):
                    continue  # 'fined another bank': the same deed done to something else
                if status_facts.done_to_others(a.text, head_at + len(head), b.text, deed.end()):
                    continue  # 'has yet to meet Joe Biden' / 'has met Putin 38 times': the same deed with someone else
                seen.add(b.source)
                y = Fact("confirmation", "status", ("done", frozenset({root}), 0), status_facts.clause(b.text, deed.start(), deed.end()), deed.start(), deed.end())  # its clause, as statuses show
                out.append(Conflict("confirmation", "status", "material", [(a, x), (b, y)]))
    return out


_NOUN_OF_A_DEED = ((re.compile(r"(?<=[a-z]{3})ure$"), ("e",)), (re.compile(r"(?<=[a-z]{3})sion$"), ("d", "de")), (re.compile(r"(?<=[a-z]{3})ment$"), ("",)),
                   (re.compile(r"(?<=[a-z]{3}[^s])ion$"), ("", "e")))
"""Endings of a deed's noun and what the verb ends on in their place: 'closure' / 'close', 'suspension'
/ 'suspend', 'collision' / 'collide', 'payment' / 'pay', 'completion' / 'complete'."""


_TO_BE_DONE = re.compile(r"\bbe\s+$", re.I)
"""A passive deed still to come ('must still be ratified'): its object stands before it."""
_ASSENTS = frozenset({"approv", "ratifi", "ratify", "accept", "endors", "adopt"})
"""Stems of the verbs a body gives its assent with: a plan one outlet says must still be ratified,
another that it was accepted or approved, is told two ways."""


def _deed_of(text: str, head: str, root: str) -> re.Match | None:
    """Where the text tells done the deed `head` names: by its own stem ('appeal'), or by its
    verb's when the head is the deed's noun ('has not decided on the closure of the cave' / 'has
    closed the cave')."""
    word = head.lower()
    roots = [root] + [stem(ending.sub(r, word)) for ending, replacements in _NOUN_OF_A_DEED if ending.search(word) for r in replacements]
    if root in _ASSENTS:
        roots += sorted(_ASSENTS)  # 'must still be ratified' / 'had accepted the recommendation in full': one assent still due, or given
    return next(filter(None, (status_facts.deed(text, r) for r in dict.fromkeys(roots))), None)


_ANOTHER_AFTER = re.compile(r"\s+(?:another|other|a\s+second|a\s+further|two\s+other|three\s+other)\b", re.I)
"""Words right after a deed that make its object something besides the one an option named ('fined another bank')."""


OBJECT_SHARED = 2
"""Content words of its object a deed done with another verb shares with an open option's to be
that option done ('commission an independent review' / 'ordered an independent review')."""


def _deed_done_to(text: str, thing: set[str]) -> re.Match | None:
    """A verb in the plain past (or perfect) whose object is the option's ('had ordered an
    independent review'), with nothing before it that makes it a plan or an open question."""
    for _, m in status_facts.past_verbs(text):
        if len(thing & status_facts.object_after(text, m.end())) >= OBJECT_SHARED and not status_facts.not_a_deed_before(text, m.start()):
            return m
    return None


def _dated_by(claim: Claim, day: int) -> bool:
    """The claim dates what it tells on or before the given day (an ordinal): a later report of
    a deed done before another outlet called it still to come."""
    return any(f.subject == "date" and getattr(f.value, "day", None) and f.value.ordinal() <= day for f in claim.facts_of("dates"))  # type: ignore[union-attr]


_STILL_TO = re.compile(r"\b(?:still\s+(?:has|have|had|needs?|need)\s+to|(?:has|have|had|is|are|was|were)\s+yet\s+to|must\s+still|(?:is|are|was|were)\s+still\s+to)\s+(?:be\s+)?([a-z]{3,})", re.I)
"""A deed still to come: 'still has to be approved', 'has yet to sign', 'must still approve'."""
_WHETHER_TO = re.compile(r"\b(?:decid\w*|decision|consider\w*|weigh\w*|determin\w*|vot(?:e|es|ed|ing))(?:\s+(?!whether\b)[\w'\u2019-]+){0,5}?\s+whether\s+(?:or\s+not\s+)?to\s+([a-z]{3,})", re.I)
"""An open decision on a deed: 'to decide whether to expel them', 'weighing whether to appeal',
'will decide after the rescue whether to call a stoppage', 'no decision had been taken on whether
to sack him', 'will vote on Thursday on whether to close the library'."""


_NOT_SAID_WHETHER = re.compile(r"\b(?:(?:not|never)\s+(?:yet\s+)?(?:said|decided|announced|confirmed|disclosed)|yet\s+to\s+(?:say|decide|announce|confirm))\s+whether\s+(?:\w+\s+){0,3}?(?:will|would|should)\s+(?:be\s+)?([a-z]{3,})", re.I)
"""A decision on a deed not yet told: 'prosecutors have not yet said whether he will be charged',
'has yet to say whether it will appeal'."""


_UNDECIDED_ON = re.compile(r"\b(?:(?:has|have|had)\s+not\s+(?:yet\s+)?decided\s+|(?:has|have|had|is|are|was|were)\s+yet\s+to\s+decide\s+|no\s+decision\s+(?:has\s+been\s+|had\s+been\s+|was\s+|is\s+)?(?:yet\s+)?(?:taken\s+|made\s+|reached\s+)?)"
                           r"(?:on|about)\s+(?:the\s+|a\s+|an\s+|any\s+)?(?:(?:eventual|possible|potential|likely)\s+)?([a-z]{4,})\b", re.I)
"""A decision on a deed named by its noun not yet taken: 'has yet to decide on a fine', 'has not
decided on an appeal', 'no decision on the closure of the cave has been taken'."""


_READY_TO = re.compile(r"\b(?:(?:is|are|was|were)\s+(?:ready|prepared)|threaten(?:s|ed)?)\s+to\s+([a-z]{3,})", re.I)
"""A deed held in reserve: 'the ministry was ready to invoke a penalty clause', 'threatened to sue'."""
_SUBJECT_TO = re.compile(r"\b(?:still\s+|remains?\s+|is\s+|are\s+)subject\s+to\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+\s+)?([a-z]{4,})\b(?!\s+(?:of|to|that)\b)", re.I)
"""A step a thing still waits on: 'the move is still subject to a medical', 'remains subject to
a vote'. Its group is the step's noun, done when another outlet reports it completed."""
_COMPLETED = (r"\b(?:after\s+)?(?:complet(?:ed|ing)|pass(?:ed|ing)|underwent|undergone|undergoing|finish(?:ed|ing)|receiv(?:ed|ing)|obtain(?:ed|ing)|won|winning|secur(?:ed|ing))"
              r"\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+\s+)?{noun}\b")


def _completed(text: str, noun: str) -> re.Match | None:
    """Where a sentence reports a step done ('after completing a medical', 'passed the final vote')."""
    return re.search(_COMPLETED.format(noun=re.escape(noun.lower())), text, re.I)


_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|when|whenever)\b[^,;.]*$", re.I)
"""A condition the words after it stand in ('only if every climber is ready to'): no one's option."""


def _options(claim: Claim) -> list[tuple[Fact, str]]:
    """The options a claim calls still open, each with the verb of the deed it would be: a
    possibility under study ('is considering chartering', 'weighs an appeal') and an open decision
    ('to decide whether to expel')."""
    out = []
    for x in claim.facts_of("status"):
        if x.value[0] != "possible" or not _CONSIDERING.search(claim.text, x.start, x.end + 1):  # type: ignore[index]
            continue
        marked = claim.text[x.start:x.end].split()
        head = marked[-1] if len(marked) > 1 and marked[-1].lower().endswith("ing") else None  # 'considering chartering'
        if head is None:
            after = _HEAD_AFTER.match(claim.text, x.end)  # 'weighs an appeal'
            head = after.group(1) if after and after.group(1).lower() not in STOPWORDS else None
        if head is not None:
            out.append((x, head))
    told = [*(_STILL_TO.finditer(claim.text) if ("still" in claim.text or "yet" in claim.text) else ()),
            *(_WHETHER_TO.finditer(claim.text) if "whether" in claim.text else ()),
            *(_NOT_SAID_WHETHER.finditer(claim.text) if "whether" in claim.text else ()),
            *(_SUBJECT_TO.finditer(claim.text) if "subject to" in claim.text else ()),
            *(_UNDECIDED_ON.finditer(claim.text) if "decid" in claim.text or "decision" in claim.text else ()),
            *(m for m in (_READY_TO.finditer(claim.text) if "ready" in claim.text or "prepared" in claim.text or "threat" in claim.text else ())
              if not _CONDITION_BEFORE.search(claim.text, max(0, m.start() - 40), m.start()))]  # 'only if every climber is ready to arrest a fall': a condition, no one's option
    out.extend(_option_at(claim, m) for m in told)
    heads = {stem(head) for _, head in out}
    for m in _CONSIDER_DOING.finditer(claim.text) if "consider" in claim.text else ():
        if stem(m.group(m.lastindex)) not in heads:  # a sentence states one status of each class: an option after an earlier doubt ('suspected fixing …, and said it would consider suspending')
            out.append(_option_at(claim, m))
    return out


def _option_at(claim: Claim, m: re.Match) -> tuple[Fact, str]:
    """An option a pattern found, with its deed's verb (the pattern's group): 'still has to be
    approved', 'to decide whether to expel', 'would consider suspending'."""
    head = m.group(m.lastindex or 1)
    fact = Fact("confirmation", "status", ("possible", frozenset({stem(head)}), 0), status_facts.clause(claim.text, m.start(), m.end()), m.start(), m.end())
    return fact, head


_CONSIDER_DOING = re.compile(r"\bconsider(?:s|ed|ing)?\s+([a-z]{4,}ing)\b|\bconsider(?:s|ing)?\s+(?:(?:an?|any|possible)\s+)?(?!(?:whether|that|what|how|this|these|those|their|his|her|its|our|them|him|it)\b)([a-z]{4,}(?:ion|ment|al|ure))\b")
"""An option told as the deed under consideration ('would consider suspending the league'), or
as the deed's noun ('would consider compensation', 'is considering an appeal'); not 'the bridge is
considered safe', which says what it is thought to be."""


_CONSIDERING = re.compile(r"\b(?:consider|weigh|mull|contemplat|examin|assess|stud(?:y|ies|ying))\w*\b", re.I)
"""The markers of an option under study ('is considering', 'weighs', 'is examining whether')."""


_CAUSE_OPEN = re.compile(
    r"\bcause\b[^.;]{0,60}?\b(?:not\s+(?:yet\s+)?(?:been\s+)?(?:determined|established|confirmed|known|given|explained|clear|disclosed|released|revealed|made\s+public)|unclear|unknown|still\s+no|(?:still\s+)?being\s+(?:investigated|examined|established)|under\s+investigation)\b"
    r"|\bnot\s+(?:give|disclose|reveal|release|state)\s+(?:a|the|any)\s+cause\b"
    r"|\b(?:no|not\s+(?:yet\s+)?(?:said|explained|given|confirmed|disclosed)\s+(?:the|a|any|what))\s+(?:\w+\s+)?caused?\b"
    r"|\b(?:too\s+(?:early|soon)[\"\u201d\u2019']?\s+to\s+(?:say|tell|know)|not\s+(?:yet\s+)?(?:said|explained|known|clear)|unclear|(?:do|does|did)\s+not\s+(?:yet\s+)?know)\s+(?:what|how)\s+(?:had\s+|has\s+)?(?:caused\b|went\s+wrong\b)"
    r"|\b(?:not\s+(?:yet\s+)?(?:known|clear|established|determined)|unclear|unknown)\s+whether\s+(?:[\w'\u2019-]+\s+){1,4}?(?:had\s+|has\s+)?(?:caused|contributed\s+to)\b"  # 'not yet known whether the disease caused their deaths'
    r"|\b(?:investigat\w*|examin\w*|not\s+(?:comment|speculate)\s+(?:on|about))\s+the\s+cause\b"
    r"|\bcause\b[^.;]{0,40}?\b(?:has|did|does)\s+not\s+(?:yet\s+)?(?:given|give|explained|said|confirmed|disclosed)\b", re.I)
"""A cause said to be unknown or under study: 'the cause has not been established', 'has not
said what caused the outage', 'has not said what went wrong', 'police are investigating the cause
of the fire', 'the cause is still being investigated'."""
_CAUSE_GIVEN = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:caused|started|sparked|triggered)\s+by\b"
    r"|\b(?:was|were|had\s+been|has\s+been)\s+(?:(?:deliberately|intentionally)\s+(?:started|set|lit|caused)|(?:started|set|lit|caused)\s+(?:deliberately|intentionally|on\s+purpose))\b"
    r"|\b(?:confirmed|gave|given|named|identified|established|determined|recorded|listed)\s+(?:the\s+)?cause\s+of\s+(?:\w+\s+){1,5}?as\b"
    r"|(?<!what )(?<!how )(?<!what had )(?<!what has )\bcaused\s+(?:the|this)\s+\w+|\bthe\s+cause\s+(?:of\s+(?:the\s+)?\w+\s+)?(?:was|is)\s+(?!not\b|still\b|unclear\b|unknown\b)"
    r"|\b(?P<died>died)\s+(?:of|from)\s+(?!(?:an?\s+)?(?:unknown|undisclosed|unspecified|natural)\b)"
    r"|\b(?:started|began)\s+(?:with|from)\s+(?:an?|the)\s+(?!\w+ing\b)|\b(?:was|were)\s+(?:\w+ly\s+)?(?:due\s+to|the\s+result\s+of)\s+(?:an?|the)\b"
    r"|(?P<then>(?:,\s+|\s+and\s+)(?:starting|sparking|causing|triggering)\s+(?:the|this)\s+[a-z]+)"
    r"|\b(?:established|determined|concluded|confirmed|found)\s+that\s+(?:the\s+)?(?P<thing>[a-z]+)\s+(?:had\s+)?(?:started|began|broke\s+out)\s+(?:in|at|on|inside|with)\s+(?:an?|the)\b", re.I)
"""A cause given as fact: 'was caused by a faulty update', 'the fire was started by lightning',
'died of complications from pneumonia' (the cause of death), 'the fire started with an electrical
fault', 'a fuel line had failed, spraying diesel onto the manifold and starting the fire', 'have
established that the fire began in a fuse box' (its origin found: no longer open)."""
_CAUSE_WORDS = ("caus", " by ", "died", "deliberate", "intentional", "purpose", "started", "starting", "began", "broke out", "due to", "result of", "sparking", "triggering", "went wrong")
"""Words one of which every sentence _CAUSE_OPEN or _CAUSE_GIVEN reads holds: the rest are passed over at once."""
_CAUSE_GIVEN_WORDS = ("caus", "start", "spark", "trigger", "deliberately", "intentionally", "purpose", "died", "began", "broke out", "due", "result")
"""Words one of which every sentence _CAUSE_GIVEN reads holds (as _CAUSE_OPEN needs 'cause' or
'contributed'): a sentence _CAUSE_WORDS lets through for its ' by ' alone is not searched."""
_CAUSE_HEDGED = re.compile(r"\b(?:may|might|could|likely|probably|possibly|presumably|suspect\w*|believ\w*|pointed\s+to|not)\b", re.I)
_EFFECT = re.compile(r"\bcause\s+of\s+(?:the\s+|this\s+|its\s+)?([a-z]+)|\b(?:caused|starting|sparking|causing|triggering)\s+(?:the\s+|this\s+|their\s+|its\s+|his\s+|her\s+)([a-z]+)", re.I)
"""What a cause is of: 'the cause of the fire', 'what caused the outage'."""


def _effects_given(text: str, told: re.Match, left: int) -> set[str]:
    """What a given cause may be of: the thing it names ('caused this outage'), else the words of
    the clause before it ('the fire at the mill was started by')."""
    if told.groupdict().get("died"):
        return {stem("death")}  # 'died of pneumonia' gives the cause of death
    if told.groupdict().get("thing"):
        return {stem(told.group("thing"))}  # 'established that the fire began in a fuse box': where it started, found, of the fire
    named = _effect(text[told.start():])
    if named:
        return {named}
    return {stem(w) for w in tokens(text[left:told.start()]) if w.lower() not in STOPWORDS}


def _effect(text: str) -> str | None:
    """What the cause is of ('the outage' of 'what caused the outage'), or None when the sentence
    does not say ('has not explained the cause', 'what had caused it')."""
    m = _EFFECT.search(text)
    word = next((g for g in m.groups() if g), None) if m else None
    return stem(word) if word and word.lower() not in STOPWORDS else None


def cause_conflicts(claims: list[Claim]) -> list[Conflict]:
    """'Nimbara has not said what caused the outage' against 'the outage was caused by a faulty
    software update': one outlet gives as fact the cause another calls unknown or under study.
    Of the same effect when both name it ('the fire', 'the outage'); the cause of one thing is
    no answer to another's ('the fire caused this outage' / 'the cause of the fire is unknown')."""
    open_, given = [], []
    for c in claims:
        read = _cause_told(c.text)
        if read is not None:
            is_open, m, effects = read
            (open_ if is_open else given).append((c, m, effects))
    out: list[Conflict] = []
    for a, ma, effect_a in open_:
        seen: set[str] = set()
        x = Fact("confirmation", "cause", "unknown", status_facts.clause(a.text, ma.start(), ma.end()), ma.start(), ma.end())
        for b, mb, effect_b in given:
            if b.source == a.source or b.source in seen or effect_a and effect_a not in effect_b:
                continue
            seen.add(b.source)
            told = b.text[:mb.end()].strip() if mb.group("then") else status_facts.clause(b.text, mb.start(), mb.end())  # '… had failed, starting the fire': the cause is what comes before
            y = Fact("confirmation", "cause", "given", told, mb.start(), mb.end())
            out.append(Conflict("confirmation", "cause", "material", [(b, y), (a, x)]))
    return out


@lru_cache(maxsize=8192)
def _cause_told(text: str) -> tuple[bool, re.Match, str | set[str] | None] | None:
    """A cause the sentence calls open (True, the marker, the effect it is of) or gives as fact
    (False, the marker, the effects it names), or None. Read once per sentence: a wire's sentence
    that several outlets print is read once."""
    lowered = text.lower()
    if not any(word in lowered for word in _CAUSE_WORDS):
        return None  # neither a cause nor a deed's doer: most sentences
    if status_facts.is_question(text):
        return None  # 'What caused the fire?' asks: it calls the cause neither known nor open
    apart = case_apart(text)  # a dotless i or long s: the patterns read it, the lower-cased words do not
    unknown = _CAUSE_OPEN.search(text) if apart or "cause" in lowered or "contributed" in lowered or "went wrong" in lowered else None
    told = _CAUSE_GIVEN.search(text) if apart or any(word in lowered for word in _CAUSE_GIVEN_WORDS) else None
    if unknown and not told:
        return True, unknown, _effect(text)
    if told and not unknown:
        left = status_facts.clause_bounds(text, told.start(), told.end())[0]
        if not _CAUSE_HEDGED.search(text, left, told.end()):
            return False, told, _effects_given(text, told, left)
    return None


_DEED_AFTER = re.compile(r"\s+(?:been\s+)?([a-z]{3,})\b", re.I)
_ALREADY_DONE = re.compile(r"\b(?:has|have|had)\s+(?:now\s+)?already\b|\balready\s+(?:has|have|had)\s+(?:been\s+)?[a-z]+(?:ed|en)\b", re.I)
"""A deed told as done already ('has already lodged a challenge', 'has already a complaint
submitted', as a translation words it)."""


def _lower_phrases(text: str) -> set[tuple[str, str]]:
    """Pairs of adjacent content words in any case ('Administrative Court' and 'administrative
    court' are one phrase)."""
    words = [stem(w.lower()) for w in tokens(text) if w.lower() not in STOPWORDS and not w[0].isdigit()]
    return set(zip(words, words[1:]))


def already_done_conflicts(claims: list[Claim]) -> list[Conflict]:
    """'Said he would ask the Administrative Court to annul the result' against 'has already lodged
    a challenge with the administrative court', told the same day: one outlet reports done what
    another says is still to come, in sentences that name the same thing with the same two words.
    However unlike the sentences read, 'already' says the deed is not the next step of the story."""
    done = [(c, m) for c in claims if "already" in c.text.lower() for m in [_ALREADY_DONE.search(c.text)] if m]
    if not done:
        return []
    planned = [(c, f) for c in claims for f in c.facts_of("status") if f.value[0] in ("planned", "possible")]  # type: ignore[index]  # still to come, or still to be decided
    out: list[Conflict] = []
    for a, m in done:
        clause = status_facts.clause(a.text, m.start(), m.end())
        phrases = _lower_phrases(clause)  # the deed's own clause: 'would go to the lifeboat station, and the firm has already begun recruiting' is two
        x = Fact("confirmation", "status", ("done", frozenset(), 0), clause, m.start(), m.end())
        after = _DEED_AFTER.match(a.text, m.end())
        deed = after.group(1) if after and after.group(1).lower() not in STOPWORDS else None  # 'placed' of 'have already been placed'
        told_done_too = re.compile(rf"\balready\s+(?:been\s+)?{deed}\b", re.I) if deed else None
        seen: set[str] = set()
        for b, f in planned:
            if b.source == a.source or b.source in seen or abs(a.published - b.published) > 1:
                continue
            if not phrases & _lower_phrases(f.text):
                continue
            if told_done_too and told_done_too.search(b.text):
                continue  # 'orders already placed will still be delivered': the other outlet tells the deed done as well
            seen.add(b.source)
            out.append(Conflict("confirmation", "status", "material", [(b, f), (a, x)]))
    return out


_PLAN_DENIED = re.compile(r"\b(?:(?:has|have|had)\s+)?no\s+(?:plans?|intention)\s+to\s+([a-z]{3,})\b|\b(?:does|do|did)\s+not\s+(?:plan|intend)\s+to\s+([a-z]{3,})\b", re.I)
"""A plan said not to exist: 'has no plans to raise the ship', 'does not intend to sell'."""
_PLANNED_DEED = re.compile(r"\b(?:is|are)\s+to\s+be\s+([a-z]{3,}(?:ed|en))\b|\b(?:plans?|intends?|is\s+set|are\s+set|agreed|agrees|decided|promised|pledged)\s+to\s+(?:be\s+)?([a-z]{3,})\b|\bwill\s+(?:be\s+)?([a-z]{3,})\b|\b(?:said|says|announced)\s+(?:that\s+)?(?:it|he|she|they)\s+would\s+([a-z]{3,})\b", re.I)
"""A deed told as planned: 'is to be raised', 'plans to sell', 'will be raised', 'will sell', 'said it
would appeal' (not 'hard to believe she would cheat')."""


_PLAN_INSTEAD = re.compile(r"\b(?:is|are)\s+to\s+be\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en)\s+(?:rather\s+than|instead\s+of)\s+(?:being\s+)?([a-z]{3,}(?:ed|en)|sold|built|kept|held|sent|bought|lost)\b", re.I)
"""A plan told against the deed it replaces: 'the depots are to be leased rather than sold'."""
PLAN_SUBJECT_SHARED = 2
"""Subject words (stems) a plan told instead of a deed and another outlet's plan of that deed
share, to be said of one thing ('the four depots are to be leased' / 'the four old depots will be
sold'): the verb is passive, so what it is done to stands before it."""


def plan_denial_conflicts(claims: list[Claim]) -> list[Conflict]:
    """'The museum has no plans to raise the ship' against 'the wreck is to be raised and brought
    ashore': one outlet denies the plan another reports, with the same verb, wherever in the story
    each stands, when the denial is its sentence's whole claim or both name the same thing done;
    likewise 'the depots are to be leased rather than sold' against 'the depots will be sold', of
    the same thing."""
    denials = [(c, m) for c in claims if " no " in c.text or " not " in c.text for m in _PLAN_DENIED.finditer(c.text)]
    denials += [(c, m) for c in claims if " than " in c.text or " instead " in c.text for m in _PLAN_INSTEAD.finditer(c.text)]
    if not denials:
        return []
    out: list[Conflict] = []
    for a, m in denials:
        verb = stem(next(g for g in m.groups() if g))
        instead = m.re is _PLAN_INSTEAD
        whole = _whole_claim(a.text, m) and not instead
        subject_a = _subject_before(a.text, m.start(), m.group(0))[0] if instead else set()
        object_a = status_facts.object_after(a.text, m.end(), 4)
        x = Fact("other", "plan", "denied", status_facts.clause(a.text, m.start(), m.end()), m.start(), m.end())
        seen: set[str] = set()
        for b in claims:
            if b.source == a.source or b.source in seen:
                continue
            for p in _PLANNED_DEED.finditer(b.text):
                told = next(g for g in p.groups() if g)
                if not status_facts.one_deed(stem(told), verb) or _NEGATION_BEFORE.search(b.text[max(0, p.start() - 40):p.start()]) or re.match(r"\s+not\b", b.text[p.end():]):
                    continue
                if instead:
                    if len(subject_a & _subject_before(b.text, p.start(), p.group(0))[0]) < PLAN_SUBJECT_SHARED:
                        continue  # done to something else
                elif not whole and len(object_a & status_facts.object_after(b.text, p.end(), 4)) < 1:
                    continue
                seen.add(b.source)
                y = Fact("other", "plan", "planned", status_facts.clause(b.text, p.start(), p.end()), p.start(), p.end())
                out.append(Conflict("other", "plan", "material", [(a, x), (b, y)]))
                break
    return out


_NOUN_UNCONFIRMED = re.compile(
    r"\b([a-z]{5,}(?:tion|ment|al))\s+(?:had|has|have)\s+not\s+(?:yet\s+)?been\s+(?:confirmed|established|verified)\b"
    r"|\b([a-z]{5,}(?:tion|ment|al))\s+(?:is|was|remains|remained)\s+(?:still\s+|as\s+yet\s+)?(?:unconfirmed|unverified|not\s+(?:yet\s+)?confirmed)\b", re.I)
"""A deed named by its noun and said to be unconfirmed: 'the identification had not been
confirmed', 'the appointment remains unconfirmed'."""
NOUN_VERB_STEM = 6
"""Letters a deed's noun and its verb share ('identification' / 'identified', 'appointment' / 'appointed')."""


def unconfirmed_deed_conflicts(claims: list[Claim]) -> list[Conflict]:
    """'The identification had not been confirmed' against 'the wreck has been identified as the
    Gylden Falk': what one outlet calls unconfirmed, by the deed's noun, another reports done with
    its verb, wherever in the story each stands."""
    open_ = [(c, m) for c in claims if "confirm" in c.text or "verif" in c.text or "establish" in c.text for m in _NOUN_UNCONFIRMED.finditer(c.text)]
    if not open_:
        return []
    out: list[Conflict] = []
    for a, m in open_:
        noun = (m.group(1) or m.group(2)).lower()
        root = noun[:NOUN_VERB_STEM]
        x = Fact("confirmation", "status", "unconfirmed", status_facts.clause(a.text, m.start(), m.end()), m.start(), m.end())
        seen: set[str] = set()
        for b in claims:
            if b.source == a.source or b.source in seen or root not in b.text.lower():
                continue
            for d in status_facts.PERFECT.finditer(b.text):  # 'has been identified', 'was appointed'
                if d.group(1).lower().startswith(root) and not _NEGATION_BEFORE.search(b.text[max(0, d.start() - 40):d.start()]):
                    seen.add(b.source)
                    y = Fact("confirmation", "status", ("done", frozenset(), 0), status_facts.clause(b.text, d.start(), d.end()), d.start(), d.end())
                    out.append(Conflict("confirmation", "status", "material", [(a, x), (b, y)]))
                    break
    return out


_NOT_RULED_OUT = re.compile(r"\b(?:not|never)\s+(?:yet\s+|been\s+){0,2}(?:ruled\s+out|excluded?|discarded?)\b([^.;]{0,50})", re.I)
"""A possibility kept open: 'has not yet excluded the track of a cyberattack', 'did not rule out sabotage'."""
_RULED_OUT = re.compile(r"\b(?:ruled\s+out|no\s+(?:evidence|sign|signs|indication|trace)\s+of|(?:was|is|were|are)\s+not\s+(?=an?\s))\b([^.;]{0,40})", re.I)
"""A possibility closed: 'ruled out a cyberattack', 'no evidence of a cyberattack', 'no sign of
malicious activity', 'the failure was not a cyberattack'."""


def ruled_out_conflicts(claims: list[Claim]) -> list[Conflict]:
    """'There was no evidence of a cyberattack' against 'it has not yet excluded the track of a
    cyberattack': one outlet closes a possibility another keeps open, of the same thing named by
    the same word, wherever in the story each stands."""
    open_ = [(c, m, _content(m.group(1), 2)) for c in claims if "not" in c.text or "never" in c.text for m in _NOT_RULED_OUT.finditer(c.text)]
    if not open_:
        return []
    closed = [(c, m, _content(m.group(1), 1)) for c in claims if "ruled" in c.text or "no " in c.text or "not a" in c.text for m in _RULED_OUT.finditer(c.text)
              if m.group(0).lower().startswith("no") or not _NEGATION_BEFORE.search(c.text[max(0, m.start() - 30):m.start()])]  # 'did not rule out' keeps it open
    out: list[Conflict] = []
    for a, m, what_a in open_:
        seen: set[str] = set()
        x = Fact("confirmation", "ruled-out", "open", status_facts.clause(a.text, m.start(), m.end()), m.start(), m.end())
        for b, n, what_b in closed:
            if b.source == a.source or b.source in seen or not what_a & what_b:
                continue
            if any(n.start() >= o.start() and n.end() <= o.end() for o in _NOT_RULED_OUT.finditer(b.text)):
                continue  # the 'ruled out' of a 'not ruled out'
            seen.add(b.source)
            y = Fact("confirmation", "ruled-out", "closed", status_facts.clause(b.text, n.start(), n.end()), n.start(), n.end())
            out.append(Conflict("confirmation", "ruled-out", "material", [(a, x), (b, y)]))
    return out


def _content(text: str, words: int) -> set[str]:
    """Stems of the first longer content words of a phrase: what is ruled out or kept open ('the
    track of a cyberattack' gives both words, a translation's head noun being loose)."""
    return {stem(w.lower()) for w in [w for w in tokens(text) if w.lower() not in STOPWORDS and len(w) > 4 and not w[0].isupper()][:words]}


_LEFT_POST = {
    "resigned": re.compile(r"\b(?:resign(?:ed|s)|quits?|stepped\s+down|steps\s+down|stood\s+down|stands\s+down)\b(?!\s+(?:as\s+)?(?:a\s+)?(?:member|candidate)\b)"
                           r"|\b(?:handed\s+in|submitted|tendered)\s+(?:his|her|their)\s+resignations?\b", re.I),
    "dismissed": re.compile(r"\b(?:sacked|fired|dismissed|ousted|removed\s+from\s+(?:office|(?:his|her|their|the)\s+post)|(?:relieved|released)\s+(?:of|from)\s+(?:his|her|their)\s+(?:duties|post|functions))\b", re.I),
    "suspended": re.compile(r"\b(?:(?:has|have)\s+been|was|were|is|are)\s+(?:\w+ly\s+)?suspended\b(?!\s+(?:for\s+(?:\w+\s+)?(?:matches|games|races)|from\s+(?:the\s+)?(?:party|club|team|competition|league)|since|on\s+full\s+pay|with\s+full\s+(?:pay|salary)))", re.I),
    "stays": re.compile(r"\b(?:refus(?:ed|es|ing)\s+(?:[\w-]+\s+){0,3}?to\s+(?:resign|quit|step\s+down)|(?:did|does|has|have|had|will|would)\s+not\s+(?:yet\s+)?(?:resign(?:ed)?|quit|step(?:ped)?\s+down)|(?:remains?|remained|stays?|stayed)\s+in\s+(?:post|office|(?:his|her|their)\s+(?:post|role|job))|keeps?\s+(?:his|her|their)\s+job)\b", re.I),
}
"""How a person's time in a post ended, or that it did not: resigned, dismissed, suspended from it
(not 'suspended on full pay since March 3': a step on the way, before the end), or staying. A
resignation handed in is one, accepted or not; one offered is not (_NOT_A_DEPARTURE)."""
_NOT_A_DEPARTURE = re.compile(r"\b(?:ask\w*|urg\w*|call\w*|calls|pressure\w*|offer\w*|threat\w*|demand\w*|refus\w*|forced|would|could|may|might|should|must|will|whether|if|not|never|to)\s+(?:\w+\s+){0,2}$", re.I)
"""Words before a departure verb that make it no report of one ('urged him to resign', 'offered to resign',
'may step down'); a refusal is read by the 'stays' pattern."""
_DEPARTURE_DENIED = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?)\s+(?:(?:the\s+)?(?:reports?|claims?|rumou?rs?|suggestions?|speculation)\s+)?that\s+(?:[\w'\u2019-]+\s+){0,4}$", re.I)
"""A departure denied ('a spokesman denied reports that Ferrant had resigned'): the person stays."""
_NAME_RUN = re.compile(rf"\b{CAPITAL}[a-z\u00c0-\u024f'\u2019-]{{2,}}(?:\s+{CAPITAL}[a-z\u00c0-\u024f'\u2019-]+)*")
"""A run of capitalised words, accented capitals included ('Émile Ørsted')."""
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose)\b(?:[^,]|,(?=\d))*,")
"""A relative clause set off by commas, a number's thousands comma inside it ('Korn, which holds an 18,000 ha lease,')."""
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+[^,;]*,")
"""A phrase set off by commas that says who someone is ('Miles Orlan, the best-known face of Orsk
Television, was suspended'): the names in it are not the subject's."""
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?$", re.I)


def _departing(text: str, m: re.Match) -> str:
    """Who a departure verb is said of, as a lower-case surname: the name after an active
    dismissal ('sacked manager Lukas Ferrand'), else the last name before the verb in its sentence,
    leaving out a relative clause closed before it, however long ('Maren Sollis, who appointed
    Ferrand, keeps her job' is said of Sollis). '' when no name stands there."""
    if not _PASSIVE_BEFORE.search(text, max(0, m.start() - 20), m.start()) and m.group(0).lower().startswith(("sack", "fire", "dismiss", "oust")):
        after = _NAME_RUN.search(text, m.end(), m.end() + 40)
        if after:
            return after.group(0).split()[-1].lower()
    before = _SAID_OF_ITSELF.sub(" ", _APPOSITION.sub("", _RELATIVE_CLAUSE.sub("", text[:m.start()])))
    names = [n for n in _NAME_RUN.findall(before) if n.split()[-1].lower() not in STOPWORDS]
    if names:
        return names[-1].split()[-1].lower()
    role = _ROLE_SUBJECT.search(before)
    return "the " + " ".join(role.group(1).lower().split()) if role and role.group(1).split()[-1].lower() in ROLE_NOUNS else ""


_SAID_OF_ITSELF = re.compile(r"\s+(?:said|says|insisted|insists|told\s+\w+|added)\s+(?:that\s+)?(?:he|she|they)\s+$", re.I)
"""A subject's words about itself before its departure or refusal ('The mayor said she would not
resign'): the departing one is the subject before them."""
_ROLE_SUBJECT = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Za-z][\w'\u2019-]*['\u2019]s)\s+((?:[a-z-]+\s+){0,2}?[a-z]+)\s+(?:(?:has|had|was|were|is|have)\s+(?:been\s+)?)?(?:\w+ly\s+)?$")
"""A post standing as the subject of a departure, when no name does: 'The minister resigned',
'the club's head coach was sacked' (told by its whole title: 'the deputy minister' is another person)."""


_PRONOUN_AT = re.compile(r"\b(?:he|she|him|her)\b", re.I)


def _named_before(claims: list[Claim], claim: Claim, m: re.Match) -> str:
    """Whom a pronoun beside a departure verb stands for ('has now dismissed him', 'she resigned'):
    the last person the outlet named in full in the sentence before, as a lower-case surname."""
    if not _PRONOUN_AT.search(claim.text, max(0, m.start() - 12), m.end() + 8):
        return ""
    previous = claims[claim.index - 1] if claim.index > 0 else None
    if previous is None or previous.source != claim.source:
        return ""
    people = [n for n in _NAME_RUN.findall(previous.text) if len(n.split()) >= 2 and n.split()[0].lower() not in STOPWORDS]
    return people[-1].split()[-1].lower() if people else ""


_DENIES = re.compile(r"(?<!the )(?<!a )\b(?:has\s+|have\s+|had\s+)?(?:denied|denies|rejected|rejects|refuted|disputed)\b(?!\s+(?:as|by)\b)", re.I)
_NO_RESPONSE = re.compile(
    r"\b(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+)?(?:publicly\s+)?(?:commented|comment|responded|respond|replied|reply|answered|answer)\b"
    r"|\b(?:declined|refused)\s+to\s+comment\b|\bwould\s+not\s+comment\b|\bcould\s+not\s+be\s+reached\b", re.I)
"""A party that has not answered: it neither denies nor admits what others report it denied."""


def _responder(text: str, at: int) -> frozenset[str]:
    """Content stems of the few words before a response in its sentence ('Halmark Mining', 'the
    water ministry'), a relative clause left out: who responds."""
    before = _RELATIVE_CLAUSE.sub("", text[max(0, text.rfind(". ", 0, at) + 1, at - 120):at])
    before = re.split(r"[;:,]", before)[-1]
    return frozenset(stem(w.lower()) for w in tokens(before)[-4:] if w.lower() not in STOPWORDS and len(w) > 3) - _RESPONSE_STEMS


_RESPONSE_STEMS = frozenset(stem(w) for w in ("spokesman", "spokeswoman", "spokesperson", "statement", "publicly", "also", "later"))


def response_conflicts(claims: list[Claim]) -> list[Conflict]:
    """'Halmark Mining denied any involvement' against 'Halmark Mining has not commented publicly on
    the report', 'the water ministry has denied putting pressure on him' against 'the water
    ministry has not responded to questions': one outlet reports a denial where another reports
    no answer, from the same party."""
    denials = [(c, m, _responder(c.text, m.start())) for c in claims if "deni" in c.text or "reject" in c.text or "refut" in c.text or "disput" in c.text
               for m in _DENIES.finditer(c.text) if not _NEGATION_BEFORE.search(c.text[max(0, m.start() - 20):m.start()])]
    if not denials:
        return []
    silent = [(c, m, _responder(c.text, m.start())) for c in claims if " not " in c.text or "declined" in c.text or "refused" in c.text or "reached" in c.text
              for m in _NO_RESPONSE.finditer(c.text)]
    out: list[Conflict] = []
    for a, ma, who_a in denials:
        seen: set[str] = set()
        for b, mb, who_b in silent:
            if b.source == a.source or b.source in seen or not who_a & who_b:
                continue
            seen.add(b.source)
            x = Fact("confirmation", "response", "denied", status_facts.clause(a.text, ma.start(), ma.end()), ma.start(), ma.end())
            y = Fact("confirmation", "response", "no answer", status_facts.clause(b.text, mb.start(), mb.end()), mb.start(), mb.end())
            out.append(Conflict("confirmation", "response", "material", [(a, x), (b, y)]))
    return out


def departure_conflicts(claims: list[Claim]) -> list[Conflict]:
    """'Saraiva, who was sacked in March' against 'Saraiva, who resigned in March'; 'the rector
    refused to resign' against 'the rector resigned': one person's leaving told as a dismissal and
    a resignation, or as done and refused. One callout per pair of accounts: a headline that names
    the post ('Aldmark University rector quits') and a sentence that names the person tell one
    departure."""
    told: list[tuple[Claim, str, re.Match, str]] = []
    for c in claims:
        lowered = c.text.lower()
        if not any(w in lowered for w in ("resign", "quit", "step", "stood", "stand", "sack", "fired", "dismiss", "ousted", "removed", "relieved", "released", "remain", "stay", "keep", "suspended")):
            continue
        found = []
        for state, pattern in _LEFT_POST.items():
            for m in pattern.finditer(c.text):
                if state != "stays" and _DEPARTURE_DENIED.search(c.text, max(0, m.start() - 70), m.start()):
                    found.append(("stays", m))  # 'denied reports that Ferrant had resigned': he stays, as 'has not stepped down' says
                    continue
                if state != "stays" and _NOT_A_DEPARTURE.search(c.text, max(0, m.start() - 30), m.start()):
                    continue
                found.append((state, m))
        refused = [m for state, m in found if state == "stays"]
        found = [(state, m) for state, m in found if state == "stays" or not any(r.start() <= m.start() < r.end() for r in refused)]  # the 'quit' of 'refuses to quit'
        if len({state for state, _ in found}) != 1:
            continue  # none, or told both ways in one sentence ('resigned before he could be sacked')
        state, m = found[0]
        person = _departing(c.text, m) or _named_before(claims, c, m)
        if person:
            told.append((c, state, m, person))
    callouts: dict[tuple[str, frozenset[str]], Conflict] = {}
    for k, (a, state_a, ma, person) in enumerate(told):
        for b, state_b, mb, other in told[k + 1:]:
            if b.source == a.source or state_a == state_b or person != other:
                continue
            kind = "confirmation" if "stays" in (state_a, state_b) else "other"
            conflict = callouts.setdefault((kind, frozenset({state_a, state_b})), Conflict(kind, "departure", "material", []))
            for claim, state, m in ((a, state_a, ma), (b, state_b, mb)):
                if all(c is not claim for c, _ in conflict.facts):
                    conflict.facts.append((claim, Fact(kind, "departure", state, status_facts.clause(claim.text, m.start(), m.end()), m.start(), m.end())))
    return list(callouts.values())


_SET_ASIDE = re.compile(
    r"\b(?:rather\s+than|instead\s+of)\s+(?P<a>[^,;:]{2,60})"
    r"|,\s+not\s+(?P<b>[^,;:]{2,50})"
    r"|\bbut\s+no\s+(?P<c>[^,;:]{2,50})", re.I)
"""An outlet setting a term aside for the one it gives: 'frostnip rather than frostbite', 'a loan
instead of a grant', 'fertiliser, not grain', 'coliforms but no salmonella'."""
_PHRASE_END = re.compile(
    r"(?<!\b[A-Z])\.(?=\s|$)|[\u201c\u201d\"(]"
    r"|\s(?:and|or|but|which|who|whose|as|after|before|when|because|while|said|says|according|is|are|was|were|has|have|had|will|would|could|can|may|might)\b")
_ASIDE_START = frozenset({"a", "an", "the"})
"""Words a set-aside term may start with that are stopwords: the rest ('from', 'about', 'by', 'only')
set aside a circumstance or a manner, not a term."""
_CHOICE_BEFORE = re.compile(
    r"\b(?:cho(?:se|ose|oses|osing)|decid\w*|opt\w*|prefer\w*|ask\w*|urg\w*|told|tell\w*|advis\w*|want\w*|plan\w*|intend\w*|agree\w*|vot\w*|encourag\w*|should|must|would)\b[^,.;]{0,40}?\bto\s+(?!(?:what|which|whom?|whose)\b)[a-z]+[^,.;]{0,50}$", re.I)
"""A choice of deeds before the set-aside words ('chose to resign rather than face a vote'); not
'agreed to what she called a bundle check rather than a full recount', a thing chosen."""
_SET_ASIDE_WORDS = 4
"""Content words of the term set aside that are read: what follows them says something else."""
CORRECTION_NEAR = 0.5
"""Closeness of a claim asserting a term to the claim that sets it aside: both about one thing.
On the other genres, the claims from 0.4 to 0.5 that held the term were about something else
('public money' a coach's salary will not come from / the prize money a World Cup brings)."""
_WITHOUT = re.compile(r"\bwithout\b", re.I)
_SET_ASIDE_BEFORE = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+[^,;]*$", re.I)
"""A term's words set aside by what stands right before them ('rather than a steel crash barrier')."""
_TERM_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:-[A-Za-z\u00c0-\u024f]+)*")
"""A word as a term holds it: 'plastic-free' is not 'plastic'."""


def _term_stem(word: str) -> str:
    """A word of a term as terms are compared: its stem, or a hyphenated compound whole
    ('anti-dumping' is not 'anti')."""
    return word.lower() if "-" in word else stem(word.lower())


def _in_quotation(text: str, at: int) -> bool:
    """Whether a quotation opened before `at` is still open there."""
    before = text[:at]
    return before.count("\"") % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _set_aside_terms(text: str) -> list[tuple[re.Match, tuple[str, ...], int]]:
    """Each term a sentence sets aside, as the content stems of its words in order, and where they
    end; not a figure or a date (a change of schedule or a correction the figures compare), not a
    deed ('chose to resign rather than face a vote', 'instead of letting it evaporate'), not in a
    quotation (a speaker's figure of speech)."""
    out = []
    for m in _SET_ASIDE.finditer(text):
        group = next(g for g in ("a", "b", "c") if m.group(g))
        start, phrase = m.start(group), m.group(group)
        cut = _PHRASE_END.search(phrase)
        phrase = phrase[:cut.start()] if cut else phrase
        words = [w.group(0) for w in _TERM_WORD.finditer(phrase)]
        if not words or any(ch.isdigit() for ch in phrase) or _in_quotation(text, m.start()) or _CHOICE_BEFORE.search(text, max(0, m.start() - 100), m.start()):
            continue
        first = words[0].lower()
        if any(w.lower() in NUMBER_WORDS for w in words) or first.endswith("ing") and "-" not in first or first in STOPWORDS and first not in _ASIDE_START or first in CALENDAR:
            continue  # 'rather than waiting': a deed; 'not anti-dumping duties': a compound's -ing qualifies a noun
        content = [_term_stem(w) for w in words if w.lower() not in STOPWORDS and len(w) > 3 and w.lower() not in CALENDAR][:_SET_ASIDE_WORDS]
        if content:
            out.append((m, tuple(content), start + len(phrase)))
    return out


_AS_REPORTED = re.compile(r"\W*(?:as|like|unlike|contrary\s+to)\s+(?:some|several|many|the|other|earlier|early|initial|first|previous)?\s*(?:early\s+|initial\s+|earlier\s+|first\s+|media\s+|news\s+)?(?:reports?|accounts?|outlets?|media)\b", re.I)
"""A set-aside term said to be what other reports had ('a flash fire, not an explosion, as some
early reports said'): whatever outlet asserts it is the one corrected, however unlike the claims."""
PHRASE_ASIDE_WORDS = 2
"""Content words of a set-aside term ('a full recount', 'a steel crash barrier') that, written
together in another outlet's sentence, name one thing however unlike the rest of the claims."""


_A_THING = re.compile(r"(?:an?|the)\s+(?!\w+ing\b)", re.I)
"""A set-aside term that opens with an article: a thing named ('a full recount'), not a deed ('carry
the label'); so is one that opens with a compound ('anti-dumping duties')."""


def _holds_phrase(claim: Claim, aside: tuple[str, ...]) -> bool:
    """Whether a sentence writes the term's content words next to each other, in order ('of' between
    them allowed)."""
    if not {w for w in aside if "-" not in w} <= claim.stems:
        return False
    words = [_term_stem(w) for w in _TERM_WORD.findall(claim.text) if w.lower() != "of"]  # 'a state of emergency' is the term's two content words
    return any(tuple(words[i:i + len(aside)]) == aside for i in range(len(words) - len(aside) + 1))


def correction_conflicts(claims: list[Claim], near: dict[int, dict[int, float]]) -> list[Conflict]:
    """'Renaud had frostnip rather than frostbite' against 'Renaud suffered frostbite': an outlet
    sets a term aside that another outlet, in a close claim, asserts."""
    out: list[tuple[Conflict, Claim, set[str], set[str]]] = []  # each correction, its setter, the words set aside, the outlets corrected
    for a in claims:
        if lower_runs(a.text).isdisjoint({"rather", "instead", "not", "no"}):
            continue
        for m, aside, end in _set_aside_terms(a.text):
            predicate = _predicate_after(a.text, end) if m.group("b") else None
            told: list[tuple[Claim, Fact]] = []
            seen: set[str] = set()
            close = near.get(a.index, {})
            candidates = sorted(close.items(), key=lambda kv: -kv[1])
            named = len(aside) >= PHRASE_ASIDE_WORDS and (_A_THING.match(a.text, m.start(next(g for g in ("a", "b", "c") if m.group(g)))) is not None or "-" in aside[0])
            anywhere = named or _AS_REPORTED.match(a.text, end) is not None  # a thing named in words of its own ('a full recount'), or one other reports had, is that thing wherever it stands
            if anywhere:
                candidates += [(b.index, 0.0) for b in claims if b.index not in close and b.index != a.index and _holds_phrase(b, aside)]
            candidates.sort(key=lambda kv: not claims[kv[0]].prose)  # an outlet's own sentence before its headline, each in order of closeness
            for j, closeness in candidates:
                b = claims[j]
                if b.source == a.source or b.source in seen or _dated_apart(a, b):
                    continue
                if closeness < CORRECTION_NEAR and not (anywhere and _holds_phrase(b, aside)) and not (closeness >= SUBJECT_CORRECTION_NEAR and _deed_corrected_of_its_subject(a.text, m.start(), aside, b)):
                    continue
                where = _asserted(b.text, aside)
                if where is None:
                    continue
                if predicate and (predicate.isdisjoint(b.stems) or not _said_after(b.text, where[1], predicate)):
                    continue  # 'the app, not the courier, set the price': the courier named doing something else, or having it done ('the app set what couriers earn'), is no clash
                seen.add(b.source)
                left, right = status_facts.clause_bounds(b.text, *where)
                told.append((b, Fact("term", "correction", True, b.text[left:right].strip(), left, right)))
            if told:
                left = status_facts.clause_bounds(a.text, m.start(), m.start())[0]
                setting = Fact("term", "correction", False, a.text[left:end].strip(), left, end)
                out.append((Conflict("term", "correction:" + " ".join(aside), "material", told + [(a, setting)]), a, set(aside), {b.source for b, _ in told}))
    return [conflict for conflict, setter, aside, against in out if not _a_headline_told_again(setter, aside, against, out)]


_DEED_BEFORE = re.compile(r"\b(?:been|being|be|was|were|is|are)\s+([a-z]+(?:ed|en))\s*$")
_DEED_FOR_DEED = re.compile(r"(?:rather\s+than|instead\s+of)\s+[a-z]+(?:ed|en)\b(?!\s+[a-z]+(?:s|ing)\b)")
"""A deed done to a thing set against another ('has been suspended rather than cancelled', 'were
fined rather than jailed'): two participles, the term kept right before the one set aside. An
outlet that names both ('to repair or replace them') asserts neither."""
_NAMED_SUBJECT_BEFORE = re.compile(r"\b([A-Z][\w-]{2,})\s+(?:(?:is|are)\s+being|(?:has|have|had)\s+been|will\s+be|was|were|is|are)\s+[a-z]+(?:ed|en)\s*$")
"""The name a corrected deed is done to, as its subject ('Velocity is being mothballed rather than
scrapped'): the thing the correction is told of, when a name is all that tells it."""
SUBJECT_CORRECTION_NEAR = 0.3
"""Closeness enough for a claim that asserts the term set aside when it also names the thing the
correction is about ('the season has been suspended rather than cancelled' / 'cancelled the rest of
its spring season on Tuesday, calling off 42 performances'): a short correction is far from a
long lead in words."""


def _deed_corrected_of_its_subject(text: str, at: int, aside: tuple[str, ...], other: Claim) -> bool:
    """Whether a correction at `at` sets one deed against another ('has been suspended rather than
    cancelled') and the other claim names the thing it is told of (by a noun of its clause, or the
    name that is the deed's subject), not the deed kept too."""
    kept = _DEED_BEFORE.search(text[:at]) if _DEED_FOR_DEED.match(text, at) else None
    if kept is None or stem(kept.group(1)) in other.stems:
        return False
    named = _NAMED_SUBJECT_BEFORE.search(text, 0, kept.end())
    return bool(_subject_stems(text, at, aside) & other.stems) or named is not None and stem(named.group(1).lower()) in other.stems


def _subject_stems(text: str, at: int, aside: tuple[str, ...]) -> set[str]:
    """The nouns a correction is told of: content stems of its clause before the set-aside words,
    leaving out names (a story's names are in every claim) and the term kept."""
    left = status_facts.clause_bounds(text, at, at)[0]
    words = [w for w in tokens(text[left:at]) if w[:1].islower() and w.lower() not in STOPWORDS and len(w) > 3 and not w.lower().endswith(("ed", "ly"))]
    return {stem(w.lower()) for w in words} - set(aside)


def _a_headline_told_again(setter: Claim, aside: set[str], against: set[str], corrections: list[tuple[Conflict, Claim, set[str], set[str]]]) -> bool:
    """A headline's correction ('couriers are employees, not self-employed') that its outlet's own
    sentence makes too, against the same outlets: one correction, told where the report tells it."""
    return not setter.prose and any(other.source == setter.source and other.prose and aside & other_aside and against & other_against
                                    for _, other, other_aside, other_against in corrections)


_PARENTHETICAL_END = re.compile(r"\s*,\s+((?:[\w'\u2019-]+\s+){0,5}[\w'\u2019-]+)")
"""The comma closing a set-aside term and the few words after it: what the sentence says of the
term it keeps."""


def _said_after(text: str, at: int, predicate: frozenset[str]) -> bool:
    """Whether the predicate's verb (the first of its words the text holds) follows `at`: what the
    term kept does is told of the term the other outlet names only when it comes after it ('the
    courier set the price'), not before ('the app set what couriers earn')."""
    verb = next((m for w in tokens(text) if (m := stem(w.lower())) in predicate), None)
    return verb is not None and any(stem(w.lower()) == verb for w in tokens(text[at:]))


_NOT_A_PREDICATE = re.compile(r"(?:and|but|or|so|which|who|whose|while|whereas|although|though|as|because|when|meaning|according)\b", re.I)
"""Words that open a clause of its own after a set-aside term, not what the term kept does."""
_SAID_AT_END = re.compile(r"\b(?:said|says|told|added|stated)\s*$", re.I)


_CLAUSE_STOP = re.compile(r"[,;:.!?]")


def _clause_end(text: str, at: int) -> int:
    """Where the clause that starts at `at` ends: the next comma, semicolon, colon or full stop."""
    m = _CLAUSE_STOP.search(text, at)
    return m.start() if m else len(text)


def _predicate_after(text: str, end: int) -> frozenset[str] | None:
    """What is said of the term kept when the one set aside stands between commas ('the app, not
    the courier, set the price'): the content stems of the words after the closing comma; None when
    the set-aside term ends its clause ('carried fertiliser, not grain.')."""
    after = _PARENTHETICAL_END.match(text, end)
    if not after or _NOT_A_PREDICATE.match(after.group(1)) or _SAID_AT_END.search(text, after.start(1), _clause_end(text, after.start(1))):
        return None  # 'not anti-dumping duties, and the difference …', '…, the ministry said': a clause after it, or who said so
    words = frozenset(stem(w.lower()) for w in tokens(after.group(1)) if w.lower() not in STOPWORDS and len(w) > 2)
    return words or None


def _asserted(text: str, aside: tuple[str, ...]) -> tuple[int, int] | None:
    """Where a sentence states a term: its head word (the last) and, of a longer term, most of the
    others; none of them negated or set aside in that sentence too."""
    hits = [(_term_stem(w.group(0)), w.start(), w.end()) for w in _TERM_WORD.finditer(text)]
    hits = [h for h in hits if h[0] in aside]
    held = {s for s, _, _ in hits}
    if aside[-1] not in held or (len(held) < len(aside) if len(aside) <= 2 else 3 * len(held) < 2 * len(aside)):
        return None
    first, last = hits[0][1], hits[-1][2]
    left, right = status_facts.clause_bounds(text, first, last)
    if _NEGATION_IN.search(text[left:right]) or _WITHOUT.search(text[left:right]) or _SET_ASIDE_BEFORE.search(text[max(0, first - 60):first]):
        return None
    if any(set(aside) & set(other) for _, other, _ in _set_aside_terms(text)):
        return None  # it sets the term aside too
    return first, last


_ABILITY_DENIED = re.compile(
    r"\b(?:there\s+is\s+|there\s+are\s+|has\s+|have\s+|with\s+)?no\s+(?:right|possibility|option|means)\s+(?:of|to)\s+(?:an?\s+)?([a-z]{4,})\b"
    r"|\b(?:cannot|can\s*not|can['\u2019]t|may\s+not|(?:is|are)\s+not\s+(?:allowed|permitted|entitled)\s+to)\s+(?:be\s+)?([a-z]{4,})\b", re.I)
"""An ability said not to exist: 'there is no right of appeal', 'cannot appeal', 'are not allowed to sell'."""
_ABILITY_TOLD = re.compile(
    r"\b(?:can|may)\s+(?!not\b)([a-z]{4,})\b"
    r"|\b(?:have|has|had|get|gets|given)\s+(?:(?:a|an|the|\w+|\d+)\s+){0,3}?(?:days?|weeks?|months?|years?|hours?|window|chance|opportunity|right)\s+(?:in\s+which\s+)?to\s+([a-z]{4,})\b"
    r"|\b(?:right|entitled|allowed|free|able)\s+to\s+([a-z]{4,})\b", re.I)
"""An ability said to exist: 'can appeal', 'have four weeks to appeal', 'the right to appeal'."""


def ability_conflicts(claims: list[Claim]) -> list[Conflict]:
    """'There is no right of appeal against the decisions' against 'they have four weeks to appeal
    against the decision': what one outlet says cannot be done, another says can, with the same
    verb and what it is done to, wherever in the story each stands. An outlet that says both
    (what cannot be appealed and what can) is left alone."""
    denied = [(c, m, stem(next(g for g in m.groups() if g).lower())) for c in claims if " no " in c.text or "not" in c.text or "n't" in c.text or "n\u2019t" in c.text
              for m in _ABILITY_DENIED.finditer(c.text)]
    if not denied:
        return []
    roots = {root for _, _, root in denied}
    told = [(c, m, stem(next(g for g in m.groups() if g).lower())) for c in claims if not roots.isdisjoint(c.stems) for m in _ABILITY_TOLD.finditer(c.text)]  # only sentences with a denied verb
    out: list[Conflict] = []
    for a, ma, root in denied:
        if root in _TOO_GENERAL or any(c.source == a.source and r == root for c, _, r in told):
            continue
        object_a = status_facts.object_after(a.text, ma.end(), 4)
        seen: set[str] = set()
        for b, mb, other in told:
            if b.source == a.source or b.source in seen or other != root or any(c.source == b.source and r == root for c, _, r in denied):
                continue
            if not object_a & status_facts.object_after(b.text, mb.end(), 4):
                continue  # the same verb done to another thing ('cannot appeal the fine' / 'can appeal the ban')
            doer_a, doer_b = status_facts.subject_before(a.text, ma.start(), 2), status_facts.subject_before(b.text, mb.start(), 2)
            if doer_a and doer_b and doer_a.isdisjoint(doer_b):
                continue  # two doers: 'the board cannot remove the rector' / 'only the Senate can remove a rector'
            seen.add(b.source)
            x = Fact("confirmation", "ability", "denied", status_facts.clause(a.text, ma.start(), ma.end()), ma.start(), ma.end())
            y = Fact("confirmation", "ability", "told", status_facts.clause(b.text, mb.start(), mb.end()), mb.start(), mb.end())
            out.append(Conflict("confirmation", "ability", "material", [(a, x), (b, y)]))
    return out


_IN_FORCE = r"(?:take|takes|took|taking|taken)\s+effect|(?:come|comes|came|coming)\s+into\s+(?:force|effect)|appl(?:y|ies|ied)"
_AT_ONCE = re.compile(rf"\b(?:{_IN_FORCE})\s+(?:immediately|at\s+once|straight\s+away|with\s+immediate\s+effect)\b|\b(?:is|was|are|were)\s+(?:effective|valid)\s+(?:immediately|with\s+immediate\s+effect)\b", re.I)
"""A measure in force at once: 'the revocation takes effect immediately', 'was valid with immediate effect'."""
_NOT_YET = re.compile(rf"\b(?:does|do|did|will|would|shall)\s+not\s+(?:{_IN_FORCE})\s+(?:\w+\s+)?(?:until|before|till)\b|\bwill\s+only\s+(?:{_IN_FORCE})\s+(?:from|after|once)\b", re.I)
"""A measure not in force until later: 'does not take effect until the appeal period has run out',
'will only apply from next month'."""
TIMING_SUBJECT_WORDS = 1
"""Words before the verb that name the measure: its head noun ('the revocation', 'the new entry
fee'); 'parking' in 'the parking fine' and 'the parking ban' names no measure."""


def timing_conflicts(claims: list[Claim]) -> list[Conflict]:
    """'The ban takes effect immediately' against 'the ban will not take effect until the appeal
    period has run out': one measure in force at once and only later, the measure named alike
    before each verb. An outlet that tells both ways is left alone."""
    now = [(c, m) for c in claims if "effect" in c.text or "force" in c.text or "appl" in c.text for m in _AT_ONCE.finditer(c.text)]
    if not now:
        return []
    later = [(c, m) for c in claims if " not " in c.text or " only " in c.text for m in _NOT_YET.finditer(c.text)]
    telling_now, telling_later = {c.source for c, _ in now}, {c.source for c, _ in later}
    out: list[Conflict] = []
    for a, ma in now:
        measure_a = status_facts.subject_before(a.text, ma.start(), TIMING_SUBJECT_WORDS)
        if not measure_a or a.source in telling_later:
            continue
        for b, mb in later:
            if b.source in telling_now:
                continue
            if measure_a.isdisjoint(status_facts.subject_before(b.text, mb.start(), TIMING_SUBJECT_WORDS)):
                continue  # another measure ('the fine applies at once' / 'the ban will not apply until May')
            x = Fact("other", "timing", "at once", status_facts.clause(a.text, ma.start(), ma.end()), ma.start(), ma.end())
            y = Fact("other", "timing", "later", status_facts.clause(b.text, mb.start(), mb.end()), mb.start(), mb.end())
            out.append(Conflict("other", "timing", "material", [(a, x), (b, y)]))
            break
    return out


_TOO_GENERAL = frozenset(stem(w) for w in ("be", "have", "make", "take", "give", "help", "keep", "find", "tell", "know", "confirm", "comment", "remember", "imagine", "afford", "wait", "rule"))
"""Verbs whose 'cannot' says nothing of an ability another outlet could claim ('cannot comment',
'cannot confirm', 'cannot rule out')."""



_ASKED_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+whether\b|(?:\s+[\w-]+){0,2}?\s+(?:say|know|tell|decided?)\s+if\b", re.I)
"""'Has not said whether', 'too early to say if', 'no decision on whether': the marker opens a
question (not 'may be affected if', a condition)."""
_QUESTION_END = re.compile(r"\b(?:when|until|once|unless|before|after|because|while|if|and\s+(?:has|have|had|is|are|was|were|will|would)\b)|[,;:]", re.I)
"""Where the question ends: a clause of time or condition, or the next statement of the sentence."""
_ASKING = re.compile(r"\b(?:whether|if|unless)\b|\?|(?:\bnot|n['\u2019]t|\bunable\s+to)\s+(?:[a-z]+ly\s+)?(?:confirm|verify|establish|know|say|tell|determine)", re.I)
"""Words that make a sentence ask, set a condition or leave a thing unchecked ('could not
independently confirm that they were genuine') rather than tell."""
OPEN_QUESTION_SHARED = 0.7
"""Share of a question's content words (at least two, what it asks of its subject among them) a
neighbouring claim of another outlet must hold to tell what the question leaves open. Measured on
the other genres (176): 0.6 adds a false callout (a leak of last year shares 'leak' and 'genuine'
with 'whether the leaked emails are genuine'), 0.7 none."""
_AUXILIARY = r"will|would|shall|can|could|may|might|is|are|was|were|be|been|has|have|had|did|does|do"
_ASKED_OF = re.compile(rf"\b(?:{_AUXILIARY})\s+(?:(?:not|also|still|yet|already|ever|be|been|being|have|had)\s+)*([a-z]{{3,}})|^\s*(?:it|they|he|she|we|you|i)\s+(?!(?:{_AUXILIARY})\b)([a-z]{{3,}})", re.I)
"""What a question asks of its subject: the word after its verb's auxiliary ('will be charged',
'were safe') or after a pronoun subject ('it accepts')."""


def _question_words(text: str) -> list[str]:
    """Stems of the lower-case content words of a clause, in order: what a question asks about."""
    return [stem(w) for w in tokens(text) if len(w) > 2 and w.lower() not in STOPWORDS and not w[0].isupper() and not w[0].isdigit()]


def open_question_conflicts(claims: list[Claim], near: dict[int, dict[int, float]]) -> list[Conflict]:
    """'Haverpost has not said whether parcel deliveries will also be reduced' against 'parcel
    deliveries will not be affected': what one outlet leaves open as a question, a neighbouring
    claim of another tells as settled, asking nothing and holding most of the question's words,
    what it asks of its subject among them ('whether he will be charged with spying' is not
    answered by 'questioned him about spying')."""
    out: list[Conflict] = []
    for a in claims:
        if "whether" not in a.text and " if " not in a.text:
            continue
        found = next(((f, q) for f in a.facts_of("status") if f.value[0] in ("undisclosed", "possible") and (q := _ASKED_AFTER.match(a.text, f.end))), None)  # type: ignore[index]
        if found is None:
            continue
        x, q = found
        end = _QUESTION_END.search(a.text, q.end())
        question = a.text[q.end():end.start() if end else len(a.text)]
        words = frozenset(_question_words(question))
        of = _ASKED_OF.search(question)
        if len(words) < 2 or not of:
            continue
        asked_of = stem((of.group(1) or of.group(2)).lower())
        best: dict[str, tuple[int, Claim]] = {}
        for j in near.get(a.index, {}):
            b = claims[j]
            if b.source == a.source or _ASKING.search(b.text) or any(f.value[0] in ("undisclosed", "possible") for f in b.facts_of("status")) or of_an_earlier_year(b, a):  # type: ignore[index]
                continue  # a question too, or an earlier year's event ('last year's leak, later confirmed genuine')
            told = frozenset(_question_words(b.text))
            shared = len(words & told)
            if shared >= 2 and shared >= OPEN_QUESTION_SHARED * len(words) and asked_of in told and shared > best.get(b.source, (0, b))[0]:
                best[b.source] = (shared, b)
        for _, b in best.values():
            y = Fact("confirmation", "status", ("done", frozenset(), 0), b.text, 0, len(b.text))
            out.append(Conflict("confirmation", "status", "material", [(b, y), (a, x)]))
    return out


_DECIDE_WHETHER_TO = re.compile(r"\b(?:decide|decides|deciding|rule|rules|ruling|(?:not|yet)\s+(?:yet\s+)?decided)\s+(?:[\w-]+\s+){0,3}?whether\s+(?:or\s+not\s+)?to\s+([a-z]{3,})\b", re.I)
"""A decision still to come on a deed: 'is expected to decide within days whether to admit it'."""
_WILL_DO = re.compile(r"\b(?:would|will)\s+([a-z]{3,})\b")
"""A deed announced ('the company said it would appeal'): no longer a decision to come."""
_SAID_THAT = re.compile(r"\b(?:said|says|told\s+\w+)\s+(?:that\s+)?")
_SUBJECT_END = re.compile(r",\s+(?:which|who)\b|\s(?:is|are|was|were|has|have|had|will|would|must|said|says)\b")
"""Where a sentence's subject ends: the body a decision is told of ('The court is expected to decide')."""
_STOP_STEMS = frozenset(stem(w) for w in STOPWORDS)
_DOER_REACH = 5
"""Words before the deed in which the deciding body must stand ('the Constitutional Court on Wednesday admitted')."""
_NOT_DONE_BEFORE = re.compile(r"\b(?:not|never|no|yet\s+to\s+be)\s+(?:been\s+|be\s+|yet\s+)?$", re.I)


def _tells_deed(claim: Claim, deed: str, body: set[str]) -> bool:
    """Whether the sentence tells the deed done or announced by the body: the verb in the past or
    after 'will'/'would', not negated, with a word of the body just before it."""
    for d in chain(status_facts.PAST_VERB.finditer(claim.text), _WILL_DO.finditer(claim.text)):
        doer = tokens(claim.text[:d.start()])[-_DOER_REACH:]
        if stem(d.group(1)) == deed and body & {stem(w.lower()) for w in doer} and not _NOT_DONE_BEFORE.search(claim.text, max(0, d.start() - 20), d.start()):
            return True
    return False


def decision_against_deed_conflicts(claims: list[Claim]) -> list[Conflict]:
    """'The court is expected to decide within days whether to admit it' against 'the Constitutional
    Court on Wednesday admitted a challenge': what one outlet says a body has still to decide,
    another tells as done (or announced: 'said it would appeal') by that body, wherever each stands
    in the story. The body is the deciding sentence's subject (after a verb of saying, if any), a
    word of which stands within _DOER_REACH words before the deed in the other sentence; an outlet
    that tells the deed done itself asks nothing."""
    asked = []
    for a in claims:
        if "whether" not in a.text:
            continue
        for m in _DECIDE_WHETHER_TO.finditer(a.text):
            if any(f.value[0] in ("possible", "planned") for f in a.facts_of("status")):  # type: ignore[index]
                said = None
                for said in _SAID_THAT.finditer(a.text, 0, m.start()):
                    pass
                opening = said.end() if said else 0  # 'a spokesperson said the company had not yet decided': the company decides
                subject = _SUBJECT_END.search(a.text, opening, m.start())
                body = {stem(w.lower()) for w in tokens(a.text[opening:subject.start()])} - _STOP_STEMS if subject else set()
                if body:
                    asked.append((a, stem(m.group(1).lower()), body, m))
    if not asked:
        return []
    out: list[Conflict] = []
    for a, deed, body, m in asked:
        done = [b for b in claims if b is not a and deed in b.stems and _tells_deed(b, deed, body)]
        if not done or any(c.source == a.source for c in done):
            continue  # no outlet tells it done, or the asking outlet does too (a decision taken since)
        left, right = status_facts.clause_bounds(a.text, m.start(), m.end())
        x = Fact("confirmation", "status", ("possible", frozenset(), 0), a.text[left:right].strip(), left, right)  # the clause, as the pair checks show one
        b = done[0]
        y = Fact("confirmation", "status", ("done", frozenset(), 0), b.text, 0, len(b.text))
        out.append(Conflict("confirmation", "status", "material", [(b, y), (a, x)]))
    return out


_STATE_DENIED = re.compile(r"\b(?:is|are|was|were)\s+(?:still\s+)?not\s+(?:yet\s+)?((?:[a-z]+ly\s+)?([a-z]{4,}))\b(?!\s+(?:to|that|whether|if|of|by|in|than)\b)", re.I)
"""A state said not to hold of a subject: 'the fish were not yet sexually mature'."""
_NOT_STATES = frozenset("only just even about enough always certain clear sure known able aware likely there here that this those these what when where which because".split())
"""Words after 'was not' that name no state a subject is in ('not only', 'not clear', 'not there')."""


def state_conflicts(claims: list[Claim], near: dict[int, dict[int, float]]) -> list[Conflict]:
    """'The fish were not yet sexually mature' against 'they were sexually mature, according to
    the records': one outlet says a subject is not in a state another says it is in, by the same
    word after the same verb, in close claims."""
    out: list[Conflict] = []
    for a in claims:
        if " not " not in a.text:
            continue
        for m in _STATE_DENIED.finditer(a.text):
            word = m.group(2).lower()
            if word in _NOT_STATES or word in STOPWORDS or word.endswith(("ed", "en", "ing")):
                continue  # a deed's participle is the polarity check's; a little word names no state
            said = re.compile(rf"\b(?:is|are|was|were)\s+(?:already\s+|now\s+|fully\s+)?{re.escape(m.group(1))}\b", re.I)
            seen: set[str] = set()
            for j, closeness in near.get(a.index, {}).items():
                b = claims[j]
                if b.source == a.source or b.source in seen or closeness < POLARITY_NEAR:
                    continue
                told = said.search(b.text)
                if told is None or _NEGATION_BEFORE.search(b.text[max(0, told.start() - 30):told.end()]):
                    continue
                seen.add(b.source)
                x = Fact("other", "state:" + word, False, m.group(0), m.start(), m.end())
                y = Fact("other", "state:" + word, True, told.group(0), told.start(), told.end())
                out.append(Conflict("other", "state:" + word, "material", [(b, y), (a, x)]))
    return out
