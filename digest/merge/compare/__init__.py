"""Comparison: facts about the same subject, outlet against outlet, grouped into discrepancies.

Outlets build the same claim in different sentences, so facts are compared between each claim
and its nearest claims of other outlets (the candidates alignment found, fused or not), never
across all pairs. Two facts conflict when they concern the same subject (the same unit or noun,
the same person, the same predicate) and their values do not agree by the detector's rules.
Conflicts about one subject that share a claim or a narrative item become one discrepancy with
each outlet's own words; unrelated figures are never bundled. Story-wide comparisons cover what
one sentence pair cannot: a name spelt two ways, a quotation given to two speakers, a person's
title, a term worded differently by a translation.

  figures.py     figures and dates by subject, pair by pair and story-wide; none against a count
  statements.py  a denial against an assertion, quotations and their speakers
  names.py       spellings, codes, a translation's rendering of a name, quoted terms
  records.py     Conflict, Found, Variant and the stable discrepancy id
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import chain

from digest.merge.align import Item
from digest.merge.claims import Claim
from digest.merge.embed import Embedded, embed
from digest.merge.facts import Fact, detector_of
from digest.merge.facts import numbers as number_facts
from digest.merge.facts import status as status_facts
from digest.merge.people import Person, post_holder_conflicts, title_conflicts
from digest.merge.text import normalise_phrase
from digest.merge.compare.figures import OF_WHAT, date_deed, deadline_conflicts, in_one_slot, THRESHOLD_AFTER, agree, told_of_both, shares_of_a_whole, SUBJECT_STRONG, Surroundings, agree_on_a_count, set_aside, event_date_conflicts, near_date_conflicts, lead_day_conflicts, paired_date_conflicts, margin_conflicts, breakdown_conflicts, rate_conflicts, change_owner_conflicts, transposed_conflicts, unit_slips, zero_slips, year_conflicts, elapsed_conflicts, corrected_figure_conflicts, replaced_figure_conflicts, none_conflicts, unanimity_conflicts, record_conflicts, period_conflicts, pair_conflicts, subject_conflicts, without_days_of_two_deeds
from digest.merge.compare.names import agent_conflicts, flag_conflicts, side_conflicts, given_name_conflicts, other_surname_conflicts, kind_name_discrepancies, renamed_thing_discrepancies, rank_conflicts, surname_conflicts, list_member_discrepancies, name_discrepancies, place_discrepancies, term_discrepancies, spelling_conflicts
from digest.merge.compare.records import Conflict, Found, Variant, anchor_of, discrepancy_id
from digest.merge.compare.statements import ability_conflicts, timing_conflicts, decision_against_deed_conflicts, already_done_conflicts, correction_conflicts, departure_conflicts, cause_conflicts, response_conflicts, confirmation_conflicts, open_question_conflicts, state_conflicts, said_both_ways_conflicts, contrast_conflicts, option_against_deed_conflicts, plan_denial_conflicts, polarity_conflicts, denial_conflicts, quote_conflicts, ruled_out_conflicts, unconfirmed_deed_conflicts, undecided_thing_conflicts, without_conflicts

__all__ = ["Conflict", "Found", "Variant", "detect", "discrepancy_id"]


def detect(claims: list[Claim], items: list[Item], near: dict[int, dict[int, float]], people: dict[str, Person], order: list[str], translated: set[str], embedded: Embedded,
           titles_differ: list[tuple[Person, dict[str, str]]] | None = None) -> list[Found]:
    """Every discrepancy of the story. `titles_differ` is title_conflicts(people, order, translated)
    when the caller has it already (the merge reads it once for the people box too)."""
    item_of = {c.index: i for i, item in enumerate(items) for c in item.claims}
    common = common_stems(claims)
    around = Surroundings(claims, embedded, common)
    stated = _stated_values(claims)
    deed_of = {id(f): date_deed(c, f) for c in claims for f in c.facts_of("dates")}  # the deed each date is the day of, read once
    conflicts: list[Conflict] = []
    listing_figures = [c for c in claims if len(c.facts_of("numbers")) >= 2]  # the claims a third outlet can give two figures side by side in
    for i, near_i in near.items():
        if not claims[i].comparable_facts:
            continue  # nothing to compare: skip its neighbours at once (most sentences of a story)
        for j, closeness in near_i.items():
            if j <= i or not claims[j].comparable_facts:
                continue
            for conflict in pair_conflicts(claims[i], claims[j], closeness, common, around):
                if (not _each_says_the_other(conflict, stated, deed_of) or _the_others_value_beside_it(conflict, stated, common)) and not _a_translations_rendering(conflict, translated) and not told_of_both(conflict, claims) \
                        and not _a_third_tells_both_apart(conflict, listing_figures, around) and not _of_two_named_people(conflict) and not shares_of_a_whole(conflict):
                    conflicts.append(conflict)
    conflicts.extend(c for c in subject_conflicts(claims, around) if not _each_says_the_other(c, stated, deed_of) and not _of_two_named_people(c) and not shares_of_a_whole(c))
    conflicts.extend(quote_conflicts(claims, near, translated, people))
    conflicts.extend(none_conflicts(claims, embedded))
    conflicts.extend(unanimity_conflicts(claims))
    conflicts.extend(record_conflicts(claims, near))
    conflicts.extend(period_conflicts(claims, near))
    conflicts.extend(event_date_conflicts(claims, embed))
    conflicts.extend(near_date_conflicts(claims))
    conflicts.extend(lead_day_conflicts(claims, near))
    conflicts.extend(deadline_conflicts(claims))
    conflicts.extend(paired_date_conflicts(claims))
    conflicts.extend(margin_conflicts(claims))
    conflicts.extend(breakdown_conflicts(claims))
    conflicts.extend(rate_conflicts(claims))
    conflicts.extend(change_owner_conflicts(claims))
    conflicts.extend(transposed_conflicts(claims, around, embed))
    conflicts.extend(unit_slips(claims, around))
    conflicts.extend(zero_slips(claims, around))
    conflicts.extend(year_conflicts(claims, around))
    conflicts.extend(elapsed_conflicts(claims, around))
    conflicts.extend(denial_conflicts(claims))
    conflicts.extend(confirmation_conflicts(claims))
    conflicts.extend(open_question_conflicts(claims, near))
    conflicts.extend(decision_against_deed_conflicts(claims))
    conflicts.extend(said_both_ways_conflicts(claims))
    conflicts.extend(cause_conflicts(claims))
    conflicts.extend(already_done_conflicts(claims))
    conflicts.extend(polarity_conflicts(claims, near))
    conflicts.extend(without_conflicts(claims, near))
    conflicts.extend(undecided_thing_conflicts(claims, near))
    conflicts.extend(state_conflicts(claims, near))
    conflicts.extend(contrast_conflicts(claims, near))
    conflicts.extend(correction_conflicts(claims, near))
    conflicts.extend(corrected_figure_conflicts(claims, near))
    conflicts.extend(replaced_figure_conflicts(claims))
    conflicts.extend(option_against_deed_conflicts(claims, near))
    conflicts.extend(plan_denial_conflicts(claims))
    conflicts.extend(unconfirmed_deed_conflicts(claims))
    conflicts.extend(ruled_out_conflicts(claims))
    conflicts.extend(ability_conflicts(claims))
    conflicts.extend(timing_conflicts(claims))
    conflicts.extend(departure_conflicts(claims))
    conflicts.extend(response_conflicts(claims))
    conflicts.extend(spelling_conflicts(claims, translated))
    conflicts.extend(surname_conflicts(claims))
    conflicts.extend(rank_conflicts(claims, near))
    conflicts.extend(agent_conflicts(claims))
    conflicts.extend(flag_conflicts(claims))
    conflicts.extend(side_conflicts(claims, embed))
    conflicts = without_days_of_two_deeds(conflicts, claims)
    by_subject = _figures_by_subject(claims)
    conflicts = [_with_body_statement(c, by_subject) for c in conflicts]
    found = [_found(_with_agreeing(group, items, item_of, by_subject, around), order) for group in _group(conflicts, item_of)]
    found.extend(term_discrepancies(items, claims, translated))
    found.extend(name_discrepancies(items, translated, claims, near))
    found.extend(place_discrepancies(items, claims, people))
    found.extend(kind_name_discrepancies(claims))
    found.extend(renamed_thing_discrepancies(claims, translated))
    found.extend(list_member_discrepancies(items, claims, near))
    found.extend(given_name_conflicts(claims, people, translated, near))
    found.extend(other_surname_conflicts(claims, people, translated))
    for post, holders in post_holder_conflicts(people, order, translated):
        variants = tuple(Variant(s, name) for s, name in holders.items())
        found.append(Found(discrepancy_id("name", "post:" + post, ""), "name", f"Names differ: the {post} is " + " / ".join(dict.fromkeys(holders.values())), variants))
    for person, titles in title_conflicts(people, order, translated) if titles_differ is None else titles_differ:
        variants = tuple(Variant(s, t) for s, t in titles.items())
        found.append(Found(discrepancy_id("title", person.name, ""), "title", f"Title of {person.name} differs", variants))
    found = [f for f in found if len({normalise_phrase(v.text) for v in f.variants}) >= 2]
    found = _one_callout_per_names(found)
    return _unique_ids(sorted(found, key=lambda f: f.severity != "material"))  # facts that differ first, renderings after


def _one_callout_per_names(found: list[Found]) -> list[Found]:
    """Two checks that find the same two names ('Maren Solbakk' / 'Marit Solbakk', by the claim
    and by the first names; 'Callander' / 'Callender' and 'Ruth Callander' / 'Ruth Callender', by
    the surnames and by the whole names) make one callout: the one listing more outlets."""
    def names(f: Found) -> frozenset[str]:
        whole = {normalise_phrase(v.text) for v in f.variants}
        last = frozenset(n.split()[-1] for n in whole if n.split())
        if len(last) == len(whole) == 2:
            return last  # one pair of surnames, however much of each name is shown
        tails = frozenset(" ".join(n.split()[-2:]) for n in whole)
        return tails if len(last) == 1 and len(tails) == len(whole) else frozenset(whole)  # one surname, two first names: with or without a title before them

    keep: list[Found] = []
    for f in found:
        if f.kind != "name":
            keep.append(f)
            continue
        twin = next((k for k, g in enumerate(keep) if g.kind == "name" and (names(g) == names(f) or _within_each_other(f, g))), None)
        if twin is None:
            keep.append(f)
        elif len({v.source for v in f.variants}) > len({v.source for v in keep[twin].variants}):
            keep[twin] = f
    return keep


_LEADING_PREPOSITION = re.compile(r"^(?:to|in|at|from|near|into|towards|outside|of|by)\s+")


def _within_each_other(f: Found, g: Found) -> bool:
    """Two callouts of the same outlets whose words for each outlet hold one another ('to St Mary' /
    'to St Luke' by the place check, 'St Mary's Hospital' / 'St Luke's Hospital' by the names):
    one difference read twice."""
    words_f = {v.source: _LEADING_PREPOSITION.sub("", normalise_phrase(v.text)) for v in f.variants}
    words_g = {v.source: _LEADING_PREPOSITION.sub("", normalise_phrase(v.text)) for v in g.variants}
    if words_f.keys() != words_g.keys() or len(set(words_f.values())) < 2:
        return False
    return all(words_f[s] in words_g[s] or words_g[s] in words_f[s] for s in words_f)


def common_stems(claims: list[Claim]) -> set[str]:
    """Words found in many sentences of the story: they say little about what a fact concerns."""
    counts = Counter(chain.from_iterable(c.stems for c in claims))  # counted in C
    limit = max(3, len(claims) // 12)
    return {w for w, n in counts.items() if n > limit}


def _group(conflicts: list[Conflict], item_of: dict[int, int]) -> list[Conflict]:
    """Conflicts of one kind and subject that share a fact (the same words of one claim, or the
    same value in one narrative item) are one discrepancy; sharing a sentence is not enough, so
    unrelated figures of one sentence are never bundled. Statuses are the exception: a sentence
    states one, so two clashes of whether a thing is so that share a sentence are one."""
    groups: list[Conflict] = []
    anchors: dict[tuple[str, str, str], int] = {}
    for conflict in conflicts:
        keys = [(conflict.kind, conflict.subject, f"f{c.index}:{f.start}") for c, f in conflict.facts]
        keys += [(conflict.kind, conflict.subject, f"i{item_of[c.index]}:{normalise_phrase(f.text)}") for c, f in conflict.facts if c.index in item_of]
        if conflict.kind == "confirmation":  # a sentence has one mood: what it calls open, confirmed or denied is one discrepancy, whichever detector read it
            keys += [("confirmation", "", f"c{c.index}") for c, _ in conflict.facts]
        hit = next((anchors[k] for k in keys if k in anchors), None)
        if hit is None:
            groups.append(Conflict(conflict.kind, conflict.subject, conflict.severity, []))
            hit = len(groups) - 1
        _absorb(groups[hit], conflict)
        for k in keys:
            anchors.setdefault(k, hit)
    return _without_restatements(groups)


def _without_restatements(groups: list[Conflict]) -> list[Conflict]:
    """A figure's clash found twice under two subjects ('16,000 travellers' against 'about 14,000
    passengers' and against a translation's 'about 14 000 travellers') is one discrepancy: a
    group of figures that shares a fact with another and gives no value the other lacks joins it.
    A group that adds a value of its own ('on 16 June' beside a clash over 1 January) stays apart.
    Only the groups that hold one of a group's facts are asked, and each pair of wordings once: a
    story of eighty outlets has thousands of groups."""
    kept: list[Conflict] = []
    holding: dict[tuple[str, str, str], set[int]] = {}  # (kind, source, words) -> the kept groups that hold such a fact
    alike: dict[tuple[tuple, tuple], bool] = {}

    def agrees(f: Fact, g: Fact) -> bool:
        key = (_told_alike(f), _told_alike(g))
        if key not in alike:
            alike[key] = f.detector == g.detector and agree(f, g)
        return alike[key]

    read: dict[int, tuple[int, dict[tuple, Fact]]] = {}  # a group's facts read so far, one of each wording (many outlets, one wording: each agrees alike)

    def wordings(group: Conflict) -> dict[tuple, Fact]:
        count, alike_facts = read.get(id(group), (0, {}))
        for _, f in group.facts[count:]:  # groups only grow, by _absorb's appends
            alike_facts.setdefault(_told_alike(f), f)
        read[id(group)] = (len(group.facts), alike_facts)
        return alike_facts

    def within(small: Conflict, large: Conflict) -> bool:
        held = wordings(large)
        return all(key in held or any(agrees(f, g) for g in held.values()) for key, f in wordings(small).items())

    def index(k: int, facts: list[tuple[Claim, Fact]]) -> None:
        for claim, f in facts:
            holding.setdefault((kept[k].kind, claim.source, normalise_phrase(f.text)), set()).add(k)

    for group in groups:
        into = None
        if group.kind in ("number", "date"):  # the same words of one outlet: one fact, whichever of its sentences gave it
            sharing = set().union(*(holding.get((group.kind, claim.source, normalise_phrase(f.text)), set()) for claim, f in group.facts))
            into = next((k for k in sorted(sharing)[:RESTATED_CANDIDATES] if within(group, kept[k]) or within(kept[k], group)), None)
        if into is None:
            kept.append(group)
            index(len(kept) - 1, group.facts)
        else:
            had = len(kept[into].facts)
            _absorb(kept[into], group)
            index(into, kept[into].facts[had:])
    return kept


RESTATED_CANDIDATES = 2
"""Groups holding one of a group's facts that are asked whether it restates them, the first kept.
On the 170 labelled stories (corpus, other genres, held-out) a group shares a fact with at most
one kept group; in tests/test_bounded_input.py's story of 80 outlets of generated prose groups
shared facts with hundreds, and asking them all took 20 of the build's 37 seconds (14 s in all
with two)."""


def _told_alike(f: Fact) -> tuple:
    """What `agree` reads of a fact: two facts alike in all of it agree with the same others."""
    return (f.detector, f.kind, f.subject, f.text, repr(f.value), f.approximate, f.era)


def _absorb(target: Conflict, conflict: Conflict) -> None:
    """Add a conflict's facts the target lacks to it; material if either is."""
    for pair in conflict.facts:
        if all(pair[1] is not f for _, f in target.facts):
            target.facts.append(pair)
    if conflict.severity == "material":
        target.severity = "material"


_WHO_BEFORE = re.compile(r"([A-Z][\w\u00c0-\u024f'\u2019-]+),\s+(?:who|whose)\b[^,;:()\u201c\u201d\"]*$")
"""A figure in a relative clause on a named person ('Ada Roe, who milks 140 cows'): the figure is hers."""


def _owner(claim: Claim, fact: Fact) -> str | None:
    """The surname of the named person whose relative clause holds the figure, if one does."""
    m = _WHO_BEFORE.search(claim.text, max(0, fact.start - 80), fact.start)
    return m.group(1) if m else None


def _of_two_named_people(conflict: Conflict) -> bool:
    """'Ada Roe, who milks 140 cows' / 'Jon Lee, who milks 180 cows': each figure belongs to the
    person its clause is about, two people named apart, so the figures are of two things."""
    if conflict.kind != "number" or len(conflict.facts) != 2:
        return False
    (a, x), (b, y) = conflict.facts
    owner_a, owner_b = _owner(a, x), _owner(b, y)
    return owner_a is not None and owner_b is not None and owner_a != owner_b


def _a_translations_rendering(conflict: Conflict, translated: set[str]) -> bool:
    """What a count is of, named in other words by a machine translation ('74 of the 312 pages of
    the thesis' / '74 of 312 pages of the work'): the translation's choice of word, as its
    rendering of a quotation is, not another thing counted. What a measure is of ('38,000 tonnes of
    diesel' / 'of crude oil') is a substance, which a translation names as it is."""
    return conflict.subject.startswith(OF_WHAT + "n:") and any(claim.source in translated for claim, _ in conflict.facts)


def _stated_values(claims: list[Claim]) -> dict[tuple[str, str, str], list[Fact]]:
    """Every figure and date each outlet gives, by detector and subject."""
    out: dict[tuple[str, str, str], list[Fact]] = {}
    for c in claims:
        superseded = "ropos" in c.text and _SUPERSEDED.search(c.text) is not None  # most sentences propose nothing
        for f in c.facts:
            if superseded and f.detector == "numbers":
                continue  # 'originally proposed an increase of 4.5 percent': a proposal, not what the outlet says came of it
            if f.detector in ("numbers", "dates") and not set_aside(c, f):
                if f.subject == "percent" and _OF_A_PRONOUN.match(c.text, f.end):
                    continue  # 'half of them are civil servants': a share of whatever 'them' stands for, no statement of another share the story gives
                if f.detector == "numbers" and THRESHOLD_AFTER.match(c.text, f.end):
                    continue  # 'just clearing the 40 percent threshold': a rule's figure, no statement of what was measured
                out.setdefault((c.source, f.detector, f.subject), []).append(f)
                if f.subject.endswith(":total"):  # '11 of its 16 deputies' gives the 16 deputies
                    out.setdefault((c.source, f.detector, f.subject[: -len(":total")]), []).append(replace(f, subject=f.subject[: -len(":total")], kind=_WHOLE))
    return out


_OF_A_PRONOUN = re.compile(r"\s+of\s+(?:them|us|it)\b", re.I)
"""'Half of them', 'a third of us': a share of a group a pronoun names ('of those on placebo' names its group)."""
_SUPERSEDED = re.compile(r"\b(?:originally|initially)\b[^.;]{0,80}\bpropos|\bhad\s+(?:\w+\s+)?proposed\b|\b(?:smaller|larger|lower|higher|less|more)\s+than\s+the\s+[^.;]{0,40}\bpropos", re.I)
"""A figure an outlet gives as what was proposed before ('had proposed 4.5%', 'originally … proposed',
'smaller than the 4.5% increase proposed'): no statement of what was decided."""


APPROXIMATE_ELSEWHERE = 0.06
"""How far an approximate figure an outlet gives elsewhere may lie from the other's value and still
be that value ('almost 80 metres' for 79): rounding 'around 25' to one digit (30) is too loose
to read another statement of the outlet as agreeing."""


_WHOLE = "whole"
"""The kind of a whole ('the 16 deputies' of '11 of its 16 deputies') as another outlet's
statement of the count: a whole, not a part of it."""
_A_PART = re.compile(r"^(?:\w+\s+){1,2}of\s", re.I)
"""A count told as part of something ('three of its patents', 'about 40 of the members')."""


def _a_third_tells_both_apart(conflict: Conflict, listing_figures: list[Claim], around: Surroundings) -> bool:
    """Two figures of close claims ('the union wants 9%' / 'with inflation at 4.8%, the offer is a
    cut') that a third outlet gives side by side in one sentence, each in words nearer the outlet
    that gives it than the other figure's words are ('a one-year increase of 9%, … with inflation
    at 4.8%'): two things, not one told two ways."""
    if len(conflict.facts) != 2 or conflict.facts[0][1].detector != "numbers" or conflict.facts[0][1].subject.startswith("n:"):
        return False  # two counts of one noun side by side are one count disputed ('police counted 1,350 tractors; the organisers claim 3,000 tractors')
    (a, x), (b, y) = conflict.facts
    same = detector_of(x).same
    for c in listing_figures:  # the claims giving two figures or more
        if c.source in (a.source, b.source):
            continue
        for fx in (f for f in c.facts_of("numbers") if f.subject == x.subject and same(f, x)):
            for fy in (f for f in c.facts_of("numbers") if f is not fx and f.subject == y.subject and same(f, y)):
                if around.similarity(c, fx, a, x) > around.similarity(c, fy, a, x) and around.similarity(c, fy, b, y) > around.similarity(c, fx, b, y):
                    return True
    return False


def _each_says_the_other(conflict: Conflict, stated: dict, deed_of: dict[int, str] | None = None) -> bool:
    """An outlet that gives the other's value for the subject elsewhere agrees with it: its best
    match is that statement, not this one. Two days of one deed told by the same verb ('the strike
    began on Sunday' / 'began on Monday') are answered only by a day of that deed: 'the depot shut
    since Monday' elsewhere is another thing's day."""
    if len(conflict.facts) != 2:
        return False
    (a, x), (b, y) = conflict.facts
    if x.detector not in ("numbers", "dates") or x.subject == "date" and (x.approximate or y.approximate) and agree_on_a_count(a, b):
        return False  # a weekday pinned to its event by a shared figure ('Reyk, 41, was killed on Monday'): other Mondays are other events
    same = detector_of(x).same
    deed = deed_of.get(id(x), "") if deed_of is not None and x.detector == "dates" and x.subject == "date" else ""
    if deed and deed_of.get(id(y), "") != deed:  # type: ignore[union-attr]
        deed = ""

    def says(fact: Fact, other: Fact) -> bool:  # 'in April' does not give '17 April'
        if deed and deed_of.get(id(other), "") != deed:  # type: ignore[union-attr]
            return False  # another deed's day: 'began on Sunday' is not answered by 'shut since Monday'
        if other.kind == _WHOLE and _A_PART.match(fact.text):
            return False  # 'two of the three patents' gives the three patents, not 'three of its patents' (a part)
        if fact.subject == "time" and (fact.approximate or other.approximate):
            return fact.value == other.value  # 'shortly before 3 o'clock' gives no '2:40'
        if fact.detector == "dates" and fact.subject.startswith("date"):
            return (fact.value.year, fact.value.month, fact.value.day) == (other.value.year, other.value.month, other.value.day)  # type: ignore[union-attr]
        if fact.detector == "numbers" and (fact.approximate or other.approximate) and isinstance(fact.value, (int, float)) and isinstance(other.value, (int, float)):
            x, y = float(fact.value), float(other.value)
            if number_facts.bound(fact) or number_facts.bound(other):
                return x == y  # 'up to 4.9%' elsewhere (a forecast's ceiling) gives no '4.8 per cent'
            return same(fact, other) and abs(x - y) <= APPROXIMATE_ELSEWHERE * max(abs(x), abs(y))  # 'around 25 %' is no '30 percent' given elsewhere
        return same(fact, other)

    b_says_x = any(says(x, f) for f in stated.get((b.source, x.detector, x.subject), []) if f is not y)  # elsewhere, not in the clashing figure itself
    a_says_y = any(says(y, f) for f in stated.get((a.source, y.detector, y.subject), []) if f is not x)
    return b_says_x or a_says_y or _gives_the_count(b, y, x) or _gives_the_count(a, x, y)


def _the_others_value_beside_it(conflict: Conflict, stated: dict, common: set[str]) -> bool:
    """Two figures in one slot ('on a turnout of 78%' / 'on a turnout of 87%') where an outlet gives
    the other's value only in the same sentence, for another thing ('87% backed action short of a
    strike'): a clash, not the outlet agreeing elsewhere."""
    if not in_one_slot(conflict, common):
        return False
    (a, x), (b, y) = conflict.facts
    for claim, own, other in ((b, y, x), (a, x, y)):
        same = detector_of(other).same
        if any(f is not own and same(other, f) and not any(f is g for g in claim.facts) for f in stated.get((claim.source, other.detector, other.subject), [])):
            return False
    return True


def _gives_the_count(claim: Claim, own: Fact, other: Fact) -> bool:
    """The claim's sentence gives the other outlet's count too, under another noun ('passed with
    152 votes, one more than the 151 required' against 'it needed 151 votes'): which of its
    figures the other outlet's matches is for the sentence to say, not a clash. A whole ('two of
    the three patents') and a change's starting point ('fell to 1,109 from 1,114') are not counts
    the sentence gives as so."""
    if not (own.subject.startswith("n:") and other.subject.startswith("n:")) or isinstance(other.value, tuple):
        return False
    return any(f is not own and f.subject.startswith("n:") and not f.subject.endswith(":total") and f.value == other.value and not f.approximate
               and not _CHANGED_FROM.search(claim.text, max(0, f.start - 6), f.start) for f in claim.facts_of("numbers")) or _gives_it_bare(claim, other)


def _gives_it_bare(claim: Claim, other: Fact) -> bool:
    """The other outlet's count stands in the sentence as a bare number, no fact of its own ('carried
    612 passengers, although the vessel is certified for 580' against 'may take 580 passengers')."""
    value = other.value
    if not isinstance(value, (int, float)) or value != int(value) or value < BARE_COUNT_MIN or other.approximate:
        return False
    written = {f"{int(value)}", f"{int(value):,}"}
    for m in _BARE_DIGITS.finditer(claim.text):
        if m.group(0) in written and not any(f.start <= m.start() < f.end for f in claim.facts) and not _CHANGED_FROM.search(claim.text, max(0, m.start() - 6), m.start()):
            return True
    return False


BARE_COUNT_MIN = 10
"""Counts from which a bare number in a sentence is taken for the count: small numbers stand bare
for too many things (a rank, a step, a clause)."""
_BARE_DIGITS = re.compile(r"(?<![\w/-])(?<!\d[.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\w%/-]|[.,]\d)")


_CHANGED_FROM = re.compile(r"\bfrom\s+$", re.I)


def _figures_by_subject(claims: list[Claim]) -> dict[tuple[str, str], list[tuple[Claim, Fact]]]:
    """Every figure and date of the story by detector and subject."""
    out: dict[tuple[str, str], list[tuple[Claim, Fact]]] = {}
    for c in claims:
        for f in c.facts:
            if f.detector in ("numbers", "dates"):
                out.setdefault((f.detector, f.subject), []).append((c, f))
    return out


AGREEING_MIN = SUBJECT_STRONG
"""Surroundings similarity at which another outlet's figure or date with a variant's value,
anywhere in the story, is that outlet standing behind the variant: on the stories of other genres
it adds a third outlet's '26 January' to a clash of '26 January' with '27 January', and no outlet
to a callout that it should not."""


AGREEING_FACTS_MAX = 150
"""Figures of one subject above which a callout looks for agreeing outlets only in its narrative
items (the story-wide search compares each with every figure: a 80-outlet story has thousands)."""


def _with_agreeing(group: Conflict, items: list[Item], item_of: dict[int, int], by_subject: dict, around: Surroundings) -> Conflict:
    """Add the outlets that state the same claim with one of the variants' values: a callout
    shows every outlet behind each value, not only the pair that was compared. Those of the
    same narrative item first; then, for a figure or a date, the outlet's figure of the same
    subject and value whose surroundings are most alike, if alike enough."""
    present = {c.source for c, _ in group.facts}
    extra: list[tuple[Claim, Fact]] = []
    for claim, fact in list(group.facts):
        if claim.index not in item_of:
            continue
        for other in items[item_of[claim.index]].claims:
            if other.source in present:
                continue
            for f in other.facts:
                if f.detector == fact.detector and f.subject == fact.subject and detector_of(fact).same(fact, f):
                    if fact.detector == "status" and not status_facts.about_same(fact, f):
                        continue
                    extra.append((other, f))
                    present.add(other.source)
                    break
    best: dict[str, tuple[float, Claim, Fact]] = {}
    for claim, fact in group.facts:
        candidates = by_subject.get((fact.detector, fact.subject), ())
        if len(candidates) > AGREEING_FACTS_MAX:
            continue  # a story of dozens of outlets: its narrative items say who stands behind a value
        for other, f in candidates:
            if other.source in present or f.era != fact.era or not detector_of(fact).same(fact, f):
                continue
            alike = around.similarity(claim, fact, other, f)
            if alike >= AGREEING_MIN and alike > best.get(other.source, (0.0,))[0]:
                best[other.source] = (alike, other, f)
    extra.extend((other, f) for _, other, f in best.values())
    return Conflict(group.kind, group.subject, group.severity, group.facts + extra)


def _with_body_statement(conflict: Conflict, by_subject: dict) -> Conflict:
    """A headline's figure or date ('stolen in seven-minute raid') with the outlet's own sentence
    that gives it ('a raid that lasted about seven minutes'): the reader sees the report's words,
    and two clashes of one value, one read from the headline and one from the text, are one."""
    extra = []
    for claim, fact in conflict.facts:
        if claim.prose or fact.detector not in ("numbers", "dates"):
            continue
        told = next(((other, f) for other, f in by_subject.get((fact.detector, fact.subject), ()) if other.source == claim.source and other.prose
                     and f.era == fact.era and detector_of(fact).same(fact, f)), None)
        if told is not None and all(told[1] is not f for _, f in conflict.facts):
            extra.append(told)
    return replace(conflict, facts=conflict.facts + extra) if extra else conflict


def _found(group: Conflict, order: list[str]) -> Found:
    variants: list[Variant] = []
    seen: set[tuple[str, str]] = set()
    for claim, fact in sorted(group.facts, key=lambda p: (order.index(p[0].source) if p[0].source in order else 99, p[0].sentence.index)):
        key = (claim.source, normalise_phrase(fact.text))
        if key in seen or _around_another(claim, fact, group):
            continue
        seen.add(key)
        variants.append(Variant(claim.source, fact.text, claim))
    values: dict[str, list[str]] = {}
    for v in variants:
        values.setdefault(normalise_phrase(v.text) or v.text, []).append(v.source)
    shown = " / ".join(next(v.text for v in variants if (normalise_phrase(v.text) or v.text) == key) for key in values)
    label = {"number": "Figures differ", "date": "Dates differ", "confirmation": "Status differs", "other": "Accounts differ",
             "quote": "Quotation attributed differently", "name": "Names differ"}.get(group.kind, "Sources differ")
    if group.subject.startswith("spelling:") and group.kind == "other":
        label = "Codes differ"  # an identifier: 'flight QX318' / 'flight QX381'
    summary = f"{label}: {shown}"
    return Found(discrepancy_id(group.kind, group.subject, anchor_of([c for c, _ in group.facts], order)), group.kind, summary, tuple(variants), group.severity)


def _around_another(claim: Claim, fact: Fact, group: Conflict) -> bool:
    """A status's clause around a narrower span of the same claim the group holds ('The council
    has not paid the builders' around 'not paid'), as two detectors read one clause: the words
    that clash show it, once."""
    return any(c is claim and f is not fact and f.text != fact.text and f.text in fact.text for c, f in group.facts)


def _unique_ids(found: list[Found]) -> list[Found]:
    seen: dict[str, int] = {}
    out = []
    for f in found:
        if f.id in seen:
            seen[f.id] += 1
            f = Found(f"{f.id}-{seen[f.id]}", f.kind, f.summary, f.variants, f.severity)
        else:
            seen[f.id] = 1
        out.append(f)
    return out
