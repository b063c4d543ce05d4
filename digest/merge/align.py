"""Alignment: which claims of different outlets state the same thing, and the narrative order.

Candidates come from sentence vectors (digest.merge.embed): each claim keeps only its nearest
claims of other outlets (top-k, computed in chunks), so cost stays near-linear in sentences, as
sentence-transformers' paraphrase mining does. A candidate is fused into a claim only when
meaning is close AND the hard constraints hold: the same mood ('will meet' is not 'met', 'is
considering an inquiry' is not 'opened one') and no figure or date of one contradicting the
other's figure for the same subject (an outlet whose figure differs gets a discrepancy, never a
footnote).

The narrative starts as the lead's claims. Every other outlet is laid over it, originals before
translations, most overlapping first: each claim joins its best item (one claim per outlet per
item), or, reporting something new, is placed right after the item its previous claim joined.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

import numpy as np

from digest.merge.claims import Claim
from digest.merge.facts import Fact, detector_of
from digest.merge.facts import dates as date_facts
from digest.merge.facts import numbers as number_facts
from digest.merge.facts import status as status_facts
from digest.merge.text import RELATIVE_YEAR, YEAR_STEP, case_apart, lower_runs, sentence_tokens, stem
from digest.merge.memo import PairMemo

FUSE_MIN = 0.5
"""Combined score (see `score`) at which two claims are one. Measured on the labelled merge
corpus: paraphrase pairs scored 0.60-0.95, look-alike distinct claims 0.40-0.62."""
TRANSLATION_ALLOWANCE = 0.1
"""A translation words everything a little off (word order, literal idioms), so its claims join
at a lower score. Measured on the merge corpus: 0.15 fuses 2 more of 43 paraphrased claims than
0; on twelve stories of other genres (bench/other-genres) 0.15 fuses no more of them than 0.1
but puts 3 more single-outlet claims under another outlet's sentence; 0.1 keeps 1 of the 2."""
WORDLESS_MIN = 0.55
"""Score from which two claims are one though they share no word but names and no figure.
Below it a shared place name carries the score ('Route 12 between A and B remains closed' / 'the
train traffic between B and C is disturbed', 0.51). Measured on the merge corpus: no keyed
fusion lost from 0.5 to 0.7; on three invented stories of other genres single-source recall
0.77 -> 0.79; 0.55 keeps the most multi-source sentences."""
NAME_WEIGHT = 0.5
"""How much a shared name counts in the shared words, against a shared word of the same rarity:
names are rare, so at full weight two sentences about one coach or one town scored as one claim
('Marhoff, coached by Jonas Veltri, set a record' / 'Her coach, Jonas Veltri, did not respond').
Measured: 1 -> 0.5 keeps every keyed fusion and lifts single-source recall 0.91 -> 0.92 on the
merge corpus, 0.83 -> 0.85 on bench/other-genres; 0.25 and 0 lose keyed fusions."""
CANDIDATE_MIN = 0.30
"""Below this two sentences are about different things and are not compared at all."""
NEIGHBOURS = 24
"""Nearest claims of other outlets kept per claim (all outlets together)."""
LEXICAL_WEIGHT = 0.5
"""How much shared content words add to the vector similarity (copied wire text shares most)."""
CHUNK = 512
LEXICAL_ROWS = 16
"""Rows whose candidates' word vectors are gathered at once (16 x 24 candidates x a story's ~1,500
words fit in the CPU cache; all rows at once is twice as slow)."""
DENSE_LIMIT = 8_000_000
"""Cells of the claims-by-words matrix (32 MB) above which shared words are scored pair by pair."""


@dataclass(eq=False)
class Item:
    """One claim of the narrative: the claims of every outlet that states it."""

    claims: list[Claim] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        seen: list[str] = []
        for c in self.claims:
            if c.source not in seen:
                seen.append(c.source)
        return seen

    @property
    def sentences(self):
        return [c.sentence for c in self.claims]

    def wording(self, source: str) -> str:
        return " ".join(c.text for c in self.claims if c.source == source)


def rarity(claims: list[Claim]) -> dict[str, float]:
    """Inverse document frequency of each content stem over the story's claims: a shared name or
    figure says more than a shared word that every sentence of the story uses."""
    counts = Counter(chain.from_iterable(c.stems for c in claims))  # counted in C, in first-seen order
    n = max(1, len(claims))
    return {w: math.log((n + 1) / (k + 0.5)) for w, k in counts.items()}


def lexical(a: Claim, b: Claim, idf: dict[str, float], norms: dict[int, float]) -> float:
    """Shared content words weighted by rarity, as a cosine of the two weighted word sets."""
    shared = a.stems & b.stems
    if not shared:
        return 0.0
    return sum(idf[w] ** 2 for w in shared) / (norms[a.index] * norms[b.index])


def neighbours(claims: list[Claim], vectors: np.ndarray) -> dict[int, dict[int, float]]:
    """For each claim, its nearest claims of other outlets with their combined score."""
    n = len(claims)
    out: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    if n == 0:
        return out
    idf = rarity(claims)
    for name in set().union(*(_names(c) for c in claims)) & idf.keys():
        idf[name] *= NAME_WEIGHT  # a shared name says the sentences are about one person or place, not that they say one thing
    words = {w: k for k, w in enumerate(sorted(idf))}  # sorted: the columns, and so the float sums, in one order whatever the hash seed
    sources = np.array([hash(c.source) for c in claims])
    k = min(NEIGHBOURS, n)
    for start in range(0, n, CHUNK):
        rows = range(start, min(n, start + CHUNK))
        block = vectors[start:start + CHUNK] @ vectors.T
        block[sources[start:start + CHUNK, None] == sources[None, :]] = -1.0
        top = np.argpartition(-block, k - 1, axis=1)[:, :k] if k < n else np.tile(np.arange(n), (block.shape[0], 1))
        shared = _lexical_block(claims, rows, top, idf, words)
        cosines = np.take_along_axis(block, top, axis=1)
        values = cosines + LEXICAL_WEIGHT * shared
        found_rows, found_cols = np.nonzero((cosines > 0) & (values >= CANDIDATE_MIN))
        for row, j, value in zip((found_rows + start).tolist(), top[found_rows, found_cols].tolist(), values[found_rows, found_cols].tolist()):
            out[row][j] = value
    for i, near in list(out.items()):  # make the relation symmetric
        for j, value in near.items():
            out[j].setdefault(i, value)
    return out


def _lexical_block(claims: list[Claim], rows: range, top: np.ndarray, idf: dict[str, float], words: dict[str, int]) -> np.ndarray:
    """`lexical` for each row's candidates at once: rarity-weighted word vectors, one dot product
    per candidate (numpy), instead of set arithmetic in Python."""
    needed = np.union1d(np.arange(rows.start, rows.stop), top.ravel()).tolist()
    if len(needed) * len(words) > DENSE_LIMIT:  # a huge story: pair by pair, in bounded memory
        norms = {i: math.sqrt(sum(idf[w] ** 2 for w in claims[i].stems)) or 1.0 for i in needed}
        return np.array([[lexical(claims[i], claims[int(j)], idf, norms) for j in cols] for i, cols in zip(rows, top)], dtype=np.float32)
    cells: tuple[list[int], list[int], list[float]] = ([], [], [])
    column, weight = words.__getitem__, idf.__getitem__
    for p, i in enumerate(needed):
        stems = claims[i].stems
        cells[0].extend([p] * len(stems))
        cells[1].extend(map(column, stems))
        cells[2].extend(map(weight, stems))
    weights = np.zeros((len(needed), len(words)), dtype=np.float32)
    weights[cells[0], cells[1]] = cells[2]
    norms = np.linalg.norm(weights, axis=1)
    norms[norms == 0] = 1.0
    weights /= norms[:, None]
    position = np.zeros(max(needed) + 1, dtype=np.intp)
    position[needed] = np.arange(len(needed))
    mine, theirs = position[rows.start:rows.stop], position[top]
    shared = np.empty(top.shape, dtype=np.float32)
    for at in range(0, len(mine), LEXICAL_ROWS):  # a few rows at a time: their candidates' word vectors stay in cache
        part = slice(at, at + LEXICAL_ROWS)
        shared[part] = np.einsum("rv,rkv->rk", weights[mine[part]], weights[theirs[part]])
    return shared


def contradicts(a: Claim, b: Claim) -> bool:
    """A figure, date or time of one that the other gives differently for the same subject."""
    theirs = b.figures
    if not theirs:
        return False
    for key, mine in a.figures.items():
        others = theirs.get(key)
        if not others:
            continue
        same = detector_of(mine[0]).same
        if any(not any(same(fa, fb) for fb in others) for fa in mine) and any(not any(same(fb, f) for f in mine) for fb in others):
            return True
    return False


PREVIEW_GAP_DAYS = 2
"""A plan ('will meet') and the deed ('met') reported this many days apart are a preview and a
report of the event: two claims, never one."""


_NOT_YET = re.compile(
    r"\b(?:not\s+yet|yet\s+to|still\s+to\s+be|still\s+(?:has|have|had|needs?)\s+to"
    r"|(?:consider|weigh|mull|contemplat)(?:s|es|ing)?\s+(?:whether|if|\w+ing)"
    r"|(?:not|never)\s+(?:been\s+)?rul(?:e|ed|ing)\s+out|can(?:not|['\u2019]t)\s+(?:be\s+)?rul(?:e|ed|ing)\s+out)\b", re.I)
"""A possibility that says the thing has not happened, or is not known to have ('has not yet', 'is
considering asking', 'have not ruled out that the fire was started deliberately'): against a
report that it did, two claims."""


def _dated_ahead(claim: Claim) -> bool:
    """The claim names a day after its outlet published it ('from Wednesday', 'on 9 March' ahead)."""
    published = claim.published
    if not published:
        return False
    for f in claim.facts_of("dates"):
        if f.subject == "date" and isinstance(f.value, date_facts.When) and f.value.day and f.value.ordinal() > published:
            return True
    return False


def moods_clash(a: Claim, b: Claim) -> bool:
    """Tense, modality and negation that separate claims about the same predicate: 'did not pay' /
    'paid', a preview's 'will meet' / a later report's 'met'."""
    if a.mood == b.mood:
        return False
    if {a.mood, b.mood} == {"planned", "actual"} and _plan_done(a if a.mood == "planned" else b, b if a.mood == "planned" else a):
        return True  # 'will recover the recorder' / 'has recovered the recorder': the plan and its deed, two claims
    sa, sb = a.status, b.status
    if not status_facts.about_same(sa, sb):
        return False
    moods = {a.mood, b.mood}
    if "negated" in moods:
        return True
    if moods == {"possible", "actual"}:
        pending, done = (a, b) if a.mood == "possible" else (b, a)
        if _NOT_YET.search(pending.text):
            return True  # 'has not yet established the cause' / 'confirmed the cause'
        option = _OPEN_DEED.search(pending.text)  # 'assessing whether there were grounds to open an investigation' / 'had opened an investigation'
        return bool(option) and status_facts.told_done(done.text, stem(option.group(1))) is not None
    if moods == {"planned", "actual"}:
        planned, done = (sa, sb) if a.mood == "planned" else (sb, sa)
        if _EXPECTED.search(planned.text):
            return True  # 'was expected to land later on Sunday' / 'touched down a short while ago': a forecast and the deed
        plan_claim, done_claim = (a, b) if a.mood == "planned" else (b, a)
        if _dated_ahead(plan_claim) and not _dated_ahead(done_claim) and not status_facts.announcing(done):
            return True  # 'will lay on extra sailings from Wednesday' / 'the ferry is running normally': what is to come, and how things are
        return done.value[2] - planned.value[2] >= PREVIEW_GAP_DAYS  # type: ignore[index]
    return False


_OPEN_DEED = re.compile(r"\b(?:whether|if)\s+(?:[\w-]+\s+){0,5}?to\s+([a-z]{3,})\b", re.I)
"""The deed an open question is about: 'whether there were grounds to open an investigation'."""
_PLANNED_VERB = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|plans?\s+to|intends?\s+to)\s+(?:\w+ly\s+)?([a-z]{4,})\b", re.I)


_NO_DEED = frozenset({"be", "have", "take", "make", "continue", "remain", "stay", "get", "keep", "need", "help", "try", "seek", "give", "hold"})
"""Verbs too general to tell one deed by ('will have to', 'is set to remain')."""


def _plan_done(planned: Claim, actual: Claim) -> bool:
    """The planned claim's verb told as done in the other ('will recover' / 'has recovered',
    'will be towed' / 'was towed', 'will meet' / 'met': a report tells the deed in the plain
    past as often as in the perfect)."""
    root = _planned_root(planned.text)
    return root is not None and status_facts.deed(actual.text, root) is not None


@lru_cache(maxsize=8192)
def _planned_root(text: str) -> str | None:
    """The stem of the verb a plan names ('will recover', 'will be towed'), or None. Read once per
    sentence: alignment asks it of a planned claim for every claim told done it is tried with."""
    m = _PLANNED_VERB.search(text)
    if not m or m.group(1).lower() in _NO_DEED:
        m = _PENDING_PASSIVE.search(text)
        if not m:
            return None
    return stem(m.group(1))


_EXPECTED = re.compile(r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:expected|due|scheduled)\s+to\b", re.I)


_PENDING_DEED = re.compile(
    r"\b(?:will|shall|(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:due|expected|scheduled|set|going|planning)\s+to|plans?\s+to|intends?\s+to"
    r"|whether\s+(?:or\s+not\s+)?to)\s+(?:\w+ly\s+)?([a-z]{3,})\b", re.I)
"""A deed told as still to come or still open: 'will visit', 'was due to visit', 'plans to
close', 'whether to open'."""
_PENDING_PASSIVE = re.compile(r"\b(?:will|would|shall)\s+(?:[a-z]+ly\s+)?be\s+(?:[a-z]+ly\s+)?" + status_facts.PASSIVE_PARTICIPLE, re.I)
"""A deed still to come told in the passive: 'will be towed', 'would be carried out'; what it is
done to stands before it."""
_PENDING_CUES = frozenset({"will", "would", "shall", "due", "expected", "scheduled", "set", "going", "planning", "plan", "plans", "intend", "intends", "whether"})
"""A word one of _PENDING_DEED and _PENDING_PASSIVE needs: a sentence with none is not searched."""


@lru_cache(maxsize=8192)
def _pending_deeds(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each verb the sentence tells as planned or open and not also as done, with what it is
    done to. Read once per sentence: alignment asks it of every pair a claim is tried in."""
    if lower_runs(text).isdisjoint(_PENDING_CUES) and not case_apart(text) or not _PENDING_DEED.search(text) and not _PENDING_PASSIVE.search(text):
        return ()
    roots = [(stem(m.group(1).lower()), m.end(), frozenset()) for m in _PENDING_DEED.finditer(text) if m.group(1).lower() not in _NO_DEED]
    roots += [(stem(m.group(1).lower()), m.end(), status_facts.subject_before(text, m.start())) for m in _PENDING_PASSIVE.finditer(text)]
    return tuple((root, frozenset(status_facts.object_after(text, end)) | subject) for root, end, subject in roots if status_facts.deed(text, root) is None)


def deed_apart(pending: Claim, other: Claim) -> bool:
    """One outlet tells a deed as still to come or open ('was due to visit Holmby', 'considering
    whether to open a case') and the other tells it done to the same thing ('visited Holmby',
    'opened a case'): a plan and its deed are two claims, whatever else each sentence says."""
    for root, what in _pending_deeds(pending.text):
        done = status_facts.deed(other.text, root)
        if done is not None and what & (status_facts.object_after(other.text, done.end()) | status_facts.subject_before(other.text, done.start())):
            return True
    return False


def codes_clash(a: Claim, b: Claim) -> bool:
    """'Flight QX318' / 'Flight QX381': one code given with other digits is a discrepancy, never one claim."""
    ca = a.codes
    if not ca:
        return False
    cb = b.codes
    return any(prefix in cb and cb[prefix] != digits for prefix, digits in ca.items())


def figures_apart(a: Claim, b: Claim) -> bool:
    """Both give figures and not one of them is the same: two different facts ('a fleet of 31
    aircraft' / 'employs around 1,400 people'), however alike the rest reads."""
    fa, fb = a.counts, b.counts
    if not fa or not fb or not a.count_values.isdisjoint(b.count_values):
        return False  # no figure on one side, or one value given by both
    for subject, xs in fa.items():
        ys = fb.get(subject)
        if ys and any(number_facts.same(x, y) for x in xs for y in ys):
            return False
    return True


AGREEMENT_BONUS = 0.15
"""Added to the score of two claims that give the same figure for the same subject ('one seat
lower' / 'differ by one seat'): agreeing on a figure is evidence of one claim that paraphrase
hides from word vectors. Measured on the merge corpus: among mutually best pairs scoring
0.25-0.5, 8 paraphrase pairs agree on a figure against 2 pairs of different claims (fusion
0.67 -> 0.70, single-source 0.83 -> 0.82); dates are left out (a shared 'on Thursday' joined
unrelated claims)."""
def share_a_figure(a: Claim, b: Claim) -> bool:
    """Both give one figure of one subject the same (a length of time is too common to count,
    and `counts` leaves it out)."""
    return any(number_facts.same(x, y) for subject, xs in a.counts.items() for y in b.counts.get(subject, ()) for x in xs)


NOVELTY = 0.3
"""Share of a claim's content words that the item's claims do not use, from which a figure
only its outlet gives means the sentence reports more than the item does ('Two were taken to
hospital and released on Monday' beside 'Two were taken to hospital'). Below it the extra
figure is a detail of the same report ('of Hollins Road, on Friday'). Measured on the merge
corpus (with `telling_more`): single-source recall 0.83 -> 0.91, fusion unchanged at 0.70, the
same from 0 to 0.35; counting any figure missing from the item, not only one no outlet gives,
reached 0.93 but cost fusion (0.65)."""


def telling_more(claims: list[Claim]) -> set[int]:
    """Claims that give a figure or date no other outlet gives in any form. Fused under another
    outlet's sentence, that figure would reach the reader only as a footnote's wording; a figure
    that other outlets also give is told in the narrative anyway."""
    given: dict[tuple[str, str], list[tuple[str, Fact]]] = {}
    alike: dict[tuple[str, str, object], list[tuple[str, Fact]]] = {}
    """`given` by value too: a figure another outlet gives at all it mostly gives alike, found here
    without the detector's test against every figure of the subject (a story's many years and days)."""
    for c in claims:
        for f in c.facts:
            if f.detector in ("numbers", "dates"):
                given.setdefault((f.detector, f.subject), []).append((c.source, f))
                alike.setdefault((f.detector, f.subject, f.value), []).append((c.source, f))
    values: dict[object, set[str]] = {}
    for c in claims:
        for v in c.count_values:
            values.setdefault(v, set()).add(c.source)
        for f in c.facts_of("numbers"):
            for digits in digit_runs(f):
                values.setdefault((_family(f), digits), set()).add(c.source)
    days = [(source, g) for (detector, subject), facts in given.items() if detector == "dates" and subject not in _NOT_A_DAY for source, g in facts]
    out = set()
    for c in claims:
        for f in c.facts:
            if f.detector not in ("numbers", "dates"):
                continue
            same = detector_of(f).same
            if any(source != c.source and same(f, g) for source, g in alike[(f.detector, f.subject, f.value)]) \
                    or any(source != c.source and same(f, g) for source, g in given[(f.detector, f.subject)]):
                continue
            if f.detector == "dates" and f.subject not in _NOT_A_DAY and any(source != c.source and same(f, g) for source, g in days):
                continue  # the same day as another outlet's under another subject ('it was confirmed on Monday' / 'confirmed the trip on Monday')
            if f.detector == "numbers" and values.get(f.value[1] if f.subject == "money" else f.value, set()) - {c.source}:
                continue
            if f.detector == "numbers" and any(values.get((_family(f), d), set()) - {c.source} for d in digit_runs(f)):
                continue  # the same number under another reading ('after 12 minutes' / 'in the 12th minute')
            out.add(c.index)
            break
    return out


_NOT_A_DAY = frozenset({"year", "time"})
"""Date subjects whose values are no day (a year, a clock time): compared within their subject only."""


def _family(f: Fact) -> str:
    """What a figure's number could be read as besides its own subject: a minute of play and a
    length of time share one ('after 12 minutes' / 'in the 12th minute'), as counts of things
    and measures in any unit do; a sum of money is no reading of a length of time ('a 12-minute
    detour' beside '12 million florins')."""
    if f.subject in ("duration", "minute"):
        return "time"
    if f.kind == "measure" or f.subject == "temperature":
        return "measure"  # a translation's '70 kilometres in the hour' is the others' 70 km/h
    return "count" if f.subject.startswith("n:") else f.subject


_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def digit_runs(f: Fact) -> list[str]:
    """The digits a figure is written with, separators left out ('1,200' and '1.200' are '1200')."""
    return [d.replace(",", "").replace(".", "") for d in _DIGITS.findall(f.text)]


def adds_to(claim: Claim, others: list[Claim], telling: set[int]) -> bool:
    """Whether the claim's sentence says enough beyond the others' (a figure of its own and
    NOVELTY of its words) to stand as a sentence of its own rather than a footnote's wording.
    Asked both ways when a claim would join an item: of the claim against the item, and of each
    of the item's sentences against the claim ('… is the second-largest university, with about
    31,000 students' / '… is the second largest university': the second outlet, cited under the
    first sentence, would be cited for a count it never gives). Asking the second way too, on
    the merge corpus: single-source recall 0.898 -> 0.926, fusion 0.67 unchanged; on the other
    genres 0.872 -> 0.914 and 0.82 -> 0.80 (false fusion 0.055 -> 0.047); held-out totals 0.87 ->
    0.89 and 0.79 -> 0.78. A higher NOVELTY the second way (0.4-0.6) kept no more fusion."""
    if claim.index not in telling:
        return False
    known = set().union(*(o.stems for o in others))
    return len(claim.stems - known) >= NOVELTY * len(claim.stems)


COMPATIBLE_MAX = 20_000
_COMPATIBLE: PairMemo[tuple, tuple, bool] = PairMemo(COMPATIBLE_MAX)
"""`compatible` by the identity of the two claims' facts: a claim's facts tuple stands for its
sentence, facts and mood, all `compatible` reads. A story merged again after one of its files
changed reuses its other outlets' claims, and their pairs' answers."""


def compatible(a: Claim, b: Claim) -> bool:
    return _COMPATIBLE.get(a.facts, b.facts, lambda: _compatible(a, b))


def _compatible(a: Claim, b: Claim) -> bool:
    return not moods_clash(a, b) and not deed_apart(a, b) and not deed_apart(b, a) and not contradicts(a, b) and not codes_clash(a, b) and not figures_apart(a, b) and _asks(a) == _asks(b) \
        and not years_apart(a, b) and not same_figure_of_other_years(a, b)


def same_figure_of_other_years(a: Claim, b: Claim) -> bool:
    """'Took in 1.9 billion in ticket sales in 2024, and budgeted for growth this year' / 'this
    year the game has so far sold for 1.9 billion': the same figure, each tied by its own words
    to another year, is two years' figures, whatever other years each sentence names."""
    if a.count_values.isdisjoint(b.count_values) or not date_facts.may_name_a_period(a.text) or not date_facts.may_name_a_period(b.text):
        return False  # most pairs: no figure in common, or a sentence that names no period at all
    pairs = ((x, y) for xs in a.counts.values() for x in xs for ys in b.counts.values() for y in ys)
    for x, y in pairs:
        if number_facts.same(x, y) if x.subject == y.subject else x.subject.startswith("n:") and y.subject.startswith("n:") and x.value == y.value:
            pa, pb = a.period_of(x), b.period_of(y)  # the same count of things named two ways too ('four missions' / 'four flights')
            if pa is not None and pb is not None and pa != pb:
                return True
    return False


_IN_YEAR = re.compile(r"\b(?:in|during)\s+((?:19|20)\d\d)\b", re.I)


def _years(claim: Claim) -> frozenset[int]:
    """The years a claim says it tells of ('last year', 'this year', 'in 2023'), read against the
    day its outlet published it."""
    if "year" not in claim.text and "20" not in claim.text and "19" not in claim.text:
        return frozenset()
    if not claim.published:
        return frozenset()
    return _years_told(claim.text, claim.published)


@lru_cache(maxsize=8192)
def _years_told(text: str, published: int) -> frozenset[int]:
    """`_years` of a sentence published on that day (an ordinal). Cached: alignment asks it of
    a claim for every claim it is tried against."""
    year = dt.date.fromordinal(published).year
    return frozenset({year + YEAR_STEP[m.group(1).lower()] for m in RELATIVE_YEAR.finditer(text)} | {int(m.group(1)) for m in _IN_YEAR.finditer(text)})


def years_apart(a: Claim, b: Claim) -> bool:
    """'Flew four missions last year' / 'followed four flights earlier this year', 'drew 610,000
    visitors last year' / 'visitor numbers this year': each tells of another year, so they are
    two claims however alike they read. A sentence that names no year but a month ('in October',
    'the month before') tells of the months around its writing: 'down from 4.8 per cent the month
    before' is no 'averaging 4.8 percent in 2026'."""
    ya = _years(a)
    yb = _years(b)
    if not ya and yb and a.published:
        ya = _this_years_months(a.text, a.published)
    elif not yb and ya and b.published:
        yb = _this_years_months(b.text, b.published)
    return bool(ya) and bool(yb) and ya.isdisjoint(yb)


_MONTH_TOLD = re.compile(r"\b(?:(?:this|last|the\s+previous|the)\s+month(?:\s+before)?|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d{4}|\s+of\s+\d{4}))")
"""A month a sentence dates what it tells by, with no year: 'in October', 'the month before'."""


def _this_years_months(text: str, published: int) -> frozenset[int]:
    """The year of writing, and the one before it when a month is named that may have been last
    year's ('in December', written in January): the years a month without a year can be of."""
    if not _MONTH_TOLD.search(text):
        return frozenset()
    year = dt.date.fromordinal(published).year
    return frozenset({year, year - 1})


def _asks(claim: Claim) -> bool:
    """A question ('So what are they buying?') states nothing: it tells the same as a question only."""
    return claim.text.rstrip(" \"'\u201d\u2019)\u00bb").endswith("?")


def choose_lead(by_source: dict[str, list[Claim]], lead: str | None, translated: set[str], near: dict[int, dict[int, float]]) -> str:
    if lead in by_source:
        return lead  # type: ignore[return-value]

    def shared(sid: str) -> tuple[int, bool, int]:
        strong = sum(1 for c in by_source[sid] if any(v >= FUSE_MIN for v in near[c.index].values()))
        return (strong, sid not in translated, len(by_source[sid]))

    return max(by_source, key=shared)


def build_narrative(by_source: dict[str, list[Claim]], lead: str, translated: set[str], near: dict[int, dict[int, float]]) -> list[Item]:
    """Lay every outlet over the lead, most overlapping originals first, translations last."""
    items = [Item([c]) for c in by_source[lead] if c.prose]
    placed: dict[int, Item] = {c.claims[0].index: c for c in items}

    def overlap(sid: str) -> int:
        lead_ids = {c.index for c in by_source[lead]}
        return sum(1 for c in by_source[sid] if any(j in lead_ids and v >= FUSE_MIN for j, v in near[c.index].items()))

    others = sorted((s for s in by_source if s != lead), key=lambda s: (s in translated, -overlap(s)))
    telling = telling_more([c for claims in by_source.values() for c in claims])
    for sid in others:
        threshold = FUSE_MIN - (TRANSLATION_ALLOWANCE if sid in translated else 0.0)
        items = lay_over(items, [c for c in by_source[sid] if c.prose], placed, near, threshold, telling)
    return items


def lay_over(items: list[Item], claims: list[Claim], placed: dict[int, Item], near: dict[int, dict[int, float]],
             threshold: float = FUSE_MIN, telling: frozenset[int] | set[int] = frozenset()) -> list[Item]:
    """Attach each claim to its best item (one claim per outlet per item), or insert it after the
    item its nearest placed predecessor joined."""
    offers: list[tuple[float, int, int]] = []
    shares: dict[tuple[int, int], bool] = {}
    fits: dict[tuple[int, int], bool] = {}
    """Per (claim, item): a claim's neighbours often sit in one item, whose claims do not change
    until every offer is made, so each test runs once per item, not once per neighbour."""
    for position, claim in enumerate(claims):
        for j, value in near[claim.index].items():
            item = placed.get(j)
            if item is None or value < threshold - AGREEMENT_BONUS:
                continue
            key = (position, id(item))
            share = shares.get(key)
            if share is None:
                share = shares[key] = bool(claim.counts) and any(share_a_figure(claim, other) for other in item.claims)  # most claims give no figure to share
            if value < threshold:  # only a shared figure could lift it
                if not share:
                    continue
                value += AGREEMENT_BONUS
            elif share:
                value += AGREEMENT_BONUS
            if value >= threshold and (value >= WORDLESS_MIN or share or _shares_a_word(claim, item)):
                fit = fits.get(key)
                if fit is None:
                    fit = fits[key] = all(compatible(claim, other) for other in item.claims) and not adds_to(claim, item.claims, telling) \
                        and not any(adds_to(other, [claim], telling) for other in item.claims)  # nor the item beyond the claim: its outlet would be cited for a figure it does not give
                if fit:
                    offers.append((value, position, id(item)))
    by_id = {id(item): item for item in items}
    # Mutual best: a claim joins the item it matches best, and only if no other claim of its
    # outlet matches that item better; a near miss is a neighbour, not the same claim.
    best_for_claim: dict[int, float] = {}
    best_for_item: dict[int, float] = {}
    for value, position, item_id in offers:
        best_for_claim[position] = max(best_for_claim.get(position, 0.0), value)
        best_for_item[item_id] = max(best_for_item.get(item_id, 0.0), value)
    joined: dict[int, Item] = {}
    for value, position, item_id in offers:
        if value >= best_for_claim[position] and value >= best_for_item[item_id] and position not in joined:
            joined[position] = by_id[item_id]
    result = list(items)
    for position, item in joined.items():
        item.claims.append(claims[position])
        placed[claims[position].index] = item
    previous: Item | None = None
    front: list[Item] = []
    for position, claim in enumerate(claims):
        if position in joined:
            previous = joined[position]
            continue
        new = Item([claim])
        placed[claim.index] = new
        if previous is None:
            front.append(new)
        else:
            result.insert(_position(result, previous) + 1, new)
            previous = new
    if front:
        first = next((joined[p] for p in sorted(joined)), None)
        at = _position(result, first) if first is not None else len(result)
        result[at:at] = front
    return result


def _names(claim: Claim) -> frozenset[str]:
    """Stems of the words capitalised after a sentence's first word: names (not the days and
    months, which a story's sentences share as they share any word)."""
    return _capitalised_stems(claim.text)


@lru_cache(maxsize=8192)
def _capitalised_stems(text: str) -> frozenset[str]:
    """Read once per sentence: the narrative asks it of one claim for every item it is laid against."""
    return frozenset(stem(w.lower()) for w in sentence_tokens(text)[1:] if w[0].isupper() and w.lower() not in number_facts.CALENDAR)


def _shares_a_word(claim: Claim, item: Item) -> bool:
    """Whether the claim shares a word other than a name with the item: below WORDLESS_MIN, two
    sentences that share only a name ('Ravn travel to Oslo next week' / 'The striker of Ravn has
    already agreed') are two claims."""
    mine = _names(claim)
    return any(claim.stems & other.stems - mine - _names(other) for other in item.claims)


def _position(items: list[Item], item: Item) -> int:
    return next(i for i, candidate in enumerate(items) if candidate is item)
