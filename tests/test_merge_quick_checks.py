"""The merge skips a pattern when a quick look at the sentence shows it cannot match; these cases
check that the quick look never skips a sentence the pattern itself would read (capitals, letters
that only case-insensitive patterns fold, the start of a line)."""

from __future__ import annotations

import datetime as dt

import pytest

from digest.clean import describes_picture
from digest.merge.claims import build_claims, is_prose
from digest.merge.facts import Context, dates
from digest.merge.facts.terms import marked_heads
from digest.merge.sentences import Sentence
from digest.merge.text import stem


def claim_of(text: str):
    return build_claims({"a": [Sentence("a", 0, 0, text, 0, len(text), 1)]}, {"a": Context(dt.date(2024, 5, 15))})[0]


@pytest.mark.parametrize("text", [
    "This file photo (via an agency) shows the ferry at the pier in May.",
    "THIS PHOTOGRAPH SHOWS THE FERRY AT THE PIER.",
    "The picture, taken by a resident, shows the flooded road.",
    "Pictured: the mayor at the opening of the new hall.",
    "Above, the new hall as seen from the river.",
    "In this image the crowd fills the square.",
    "In th\u0131s photo the crowd fills the square.",  # a dotless i, read as 'i' by the pattern
    "The \u0130mage shows the crowd in the square.",
])
def test_a_sentence_about_a_picture_is_found_however_it_is_written(text):
    assert describes_picture(text)
    assert not is_prose(text)


@pytest.mark.parametrize("text", [
    "The council approved the plan on Tuesday after a long debate.",
    "Imagine the harbour without its cranes, the mayor said.",
    "Officials said the photographer was not hurt.",
])
def test_a_sentence_not_about_a_picture_is_prose(text):
    assert not describes_picture(text)
    assert is_prose(text)


def test_prose_needs_two_words_in_lower_case():
    assert not is_prose("Xi Meets Putin In Samarkand.")
    assert is_prose("Xi Meets putin in Samarkand.")


@pytest.mark.parametrize("text, codes", [
    ("Flight QX318 was diverted to the coast.", {"QX": "318"}),
    ("The MR-417 service and the AB 310 airliner were late.", {"MR": "417", "AB": "310"}),
    ("In 2024 the fleet grew to 31 aircraft.", {}),
    ("The bridge was closed for 12 days.", {}),
])
def test_codes_are_read_wherever_a_capital_stands_before_digits(text, codes):
    assert claim_of(text).codes == codes


@pytest.mark.parametrize("text, head", [
    ("She served a second term as president of the club.", "term"),
    ("They signed a partnership without limits last year.", "partnership"),
    ("It was a deal with no end date.", "deal"),
    ("The \u201copen-ended\u201d truce held.", "truce"),
])
def test_marked_heads_are_found_before_and_after_their_modifier(text, head):
    assert stem(head) in marked_heads(text)


def test_a_clock_time_needs_digits_and_a_named_day_is_still_read():
    published = Context(dt.date(2024, 5, 15))
    assert [f.subject for f in dates.extract("The vote on Tuesday ended at 14:30 local time.", published)] == ["date", "time"]
    assert [f.subject for f in dates.extract("The vote was on Tuesday.", published)] == ["date"]


CONTRAST_SAMPLES = [
    "may go ahead", "can still go ahead", "is allowed", "are still permitted", "has been suspended", "was halted", "is banned", "were prohibited",
    "is recommended", "are strongly advised", "was only recommended", "must be", "is required", "obligatory",
    "voluntary", "voluntarily", "mandatory", "compulsory", "forced", "ordered", "civil", "criminal", "partial", "partially",
    "in part", "part of", "half of", "a third of", "two-thirds of", "a quarter of", "three-quarters of", "in full", "the entire",
    "whole", "full", "temporary", "temporarily", "permanent", "permanently", "preliminary", "provisional", "interim", "final",
    "definitive", "paused", "suspended", "on hold", "terminated", "called off", "abandoned", "scrapped", "stopped for good",
    "ended permanently", "halted definitively", "upheld", "overturned", "quashed", "struck down", "set aside", "acquitted",
    "found him not guilty", "cleared of", "cleared him of", "convicted", "found him guilty", "unanimous", "unanimously",
    "by a majority", "split vote", "divided ruling", "gross", "net", "kept the rate unchanged", "remains unchanged", "raised",
    "lifted", "lowered", "increased", "reduced", "cut", "upgraded", "downgraded", "remains in force", "still in place",
    "stayed in effect", "was lifted", "has been rescinded", "had been revoked", "were withdrawn",
    "accepted", "approved", "agreed to", "rejected", "turned down", "voted down", "refused", "recommended approval", "recommends refusal", "acquitted", "cleared of", "charge was dropped", "dropped the charge", "careless driving", "riding without due care", "dangerous riding", "reckless driving", "deliberate", "deliberately",
    "intentional", "intentionally", "on purpose", "arson", "accidental", "accidentally", "by accident", "unintentional",
    "unintentionally", "in person", "by video", "by video link", "remotely", "virtually", "by telephone", "by phone",
    "in public", "publicly", "in open court", "behind closed doors", "in private", "privately", "in camera",
    "pleaded guilty", "admitted the charges", "admitted offences", "pleaded not guilty", "denied the charges", "denied all charges",
    "denied charges", "rose", "risen", "rising", "increased", "climbed", "grew", "grown", "jumped", "gained", "fell", "fallen",
    "falling", "decreased", "dropped", "declined", "shrank", "slipped", "lost", "acknowledged", "conceded", "did not accept that",
    "rejects that", "disputed the claim that", "called off",
    "cancelled", "canceled", "scrapped", "going ahead", "go ahead", "went ahead", "proceeded as planned", "proceed as planned",
    "proceeding as planned", "postponed", "put off", "rescheduled", "granted", "survived", "unhurt", "uninjured", "unharmed",
    "killed", "died", "dead", "lifted the", "revoked its", "rescinded their", "lifted a", "admitted", "denied", "refused", "profit", "profits", "loss", "losses",
    "serious", "seriously", "critical", "critically", "life-threatening", "severe", "severely", "badly", "revoked", "minor", "light", "slight", "slightly",
    "superficial", "unscathed", "injured", "hurt", "wounded", "was not injured", "were never hurt", "escaped without injury",
    "walked away with no injuries", "injury", "injuries", "remains closed", "still closed", "stayed closed", "closed until further notice",
    "reopened", "re-opened", "have been found", "was recovered", "had now been located", "still looking for", "still searching for",
    "search continues for", "hunt is continuing for", "search goes on for", "has yet to be found", "have still to find", "has yet to recover",
    "has yet to be located", "withdrawn from the market", "pulled from shelves", "removed from sale", "taken off the market",
    "remains on sale", "still on the market", "stayed on the shelves", "peaceful", "peacefully", "violent", "violently", "violence", "rioted",
    "riot", "riots", "by 45 votes to 12", "voted for", "voted in favour of", "voted in favor of", "voted against", "without conditions",
    "without any conditions", "unconditional", "unconditionally", "on conditions", "on condition", "with conditions", "under the conditions",
    "subject to conditions", "subject to strict conditions", "released on bail", "freed on bail", "granted bail", "bailed", "remanded in custody", "remanded into custody",
    "held in custody", "brought under control", "got under control", "is under control", "are under control",
    "was under control", "were under control", "been under control", "out of control",
    "stayed afloat", "remained afloat", "kept afloat", "still afloat", "is afloat", "was afloat", "sank", "sunk", "sinks", "partly capsized", "partially capsized", "ran aground", "went down",
    "questioned and released", "questioned him as a witness", "interviewed and then released", "detained", "in police custody", "under arrest",
    "suspended from the party", "suspended from its ruling party", "party has also suspended", "expelled", "excluded from the party",
    "suspended sentence", "sentence, suspended", "suspended for three years", "years, suspended", "months suspended", "conditionally", "on probation",
    "jailed", "imprisoned", "sent to prison", "behind bars",
    "into administration", "in administration", "entered administration", "entering administration", "enters administration",
    "administrators were appointed", "administrator appointed", "insolvency proceedings", "filed for insolvency", "files for insolvency",
    "filing for insolvency", "applied for insolvency", "applies for insolvency", "creditor protection", "bankrupt", "bankruptcy",
    "liquidation", "liquidated", "wound up", "one-off", "one-time", "lump sum", "lump-sum", "single payment", "pay rise", "wage increase",
    "salary rise", "raise in pay", "raise in wages", "raise in salary", "raise in salaries",
    "dropped the case", "closed its investigation", "shelved the inquiry", "discontinued the prosecution", "dropped all charges", "dropped the probe",
    "case was dropped", "charges were dropped", "investigation into the firm has been closed", "probe had been shelved", "charges have been discontinued",
    "investigation continues", "inquiry is continuing", "probe is ongoing", "case is still ongoing", "investigation remains open",
    "investigation against the skipper runs still", "case is still running", "inquiry still runs", "case is still open",
    "still under investigation", "continues to investigate", "continuing to investigate", "still investigating",
    "has completed its inquiry", "had now concluded the internal review", "inquiry into the trial has been completed",
    "inquiry had not yet concluded", "inquiry which is not yet concluded", "investigation into the research is still going on",
    "straight red", "straight red card", "direct red", "direct red card", "second yellow", "second yellow card", "two yellow cards", "second booking",
    "in its entirety", "in their entirety", "full approval", "full marketing authorisation", "full authorization", "full licence", "full license",
    "full accreditation", "full permission", "conditional", "postpone", "postpones", "postponement", "cancel", "cancels", "scrap", "scraps",
]


def test_every_contrast_term_holds_a_cue_word():
    """contrast_conflicts scans only sentences holding a word of _CONTRAST_CUES: every way of
    writing each term of CONTRASTS (each alternative of its pattern has a sample here) must hold one,
    in any case, with a letter only case folding reads as 'i' or 's' scanned all the same."""
    import re

    from digest.merge.compare.statements import _CONTRAST_SIDES, CONTRASTS, _alternatives, _contrasts_held, _may_hold_a_contrast

    for _, _, a, b in CONTRASTS:
        for alternative in _alternatives(a) + _alternatives(b):
            assert any(re.fullmatch(alternative, s, re.I) for s in CONTRAST_SAMPLES), f"no sample of {alternative!r}"
    for sample in CONTRAST_SAMPLES:
        for text in (sample, sample.upper(), sample.capitalize(), f"It was {sample}, they said."):
            assert any(side_a.search(text) or side_b.search(text) for _, _, side_a, side_b in _CONTRAST_SIDES), text
            assert _may_hold_a_contrast(text), text
            for name, _, side_a, side_b in _CONTRAST_SIDES:
                if side_a.search(text) or side_b.search(text):
                    assert name in _contrasts_held(text), (name, text)  # each contrast is tried where its terms stand
    assert _may_hold_a_contrast("It was \u0130nter\u0131m.") and "provisional" in _contrasts_held("It was \u0130nter\u0131m.")
    assert not _may_hold_a_contrast("The council met on Tuesday to discuss the harbour.")


def test_a_contrasts_first_letters_said_up_front_never_change_what_its_terms_match():
    """Each side of a contrast is compiled with the letters its terms start with as a lookahead
    (read from the terms by statements._first_letters): on a sample of every way of writing each
    term, in any case and inside a sentence, it finds exactly what the terms alone find."""
    import re

    from digest.merge.compare.statements import _CONTRAST_SIDES, CONTRASTS

    for (_, _, a, b), (_, _, side_a, side_b) in zip(CONTRASTS, _CONTRAST_SIDES):
        for terms, side in ((a, side_a), (b, side_b)):
            plain = re.compile(rf"\b(?:{terms})\b", re.I)
            for sample in CONTRAST_SAMPLES:
                for text in (sample, sample.upper(), f"It was {sample.capitalize()}, and then {sample}."):
                    assert [m.span() for m in side.finditer(text)] == [m.span() for m in plain.finditer(text)], (terms, text)


def test_a_line_asked_only_the_rules_its_length_allows_gets_the_verdict_every_rule_gives():
    """The cleaner asks a long line only the few rules with cues that take lines that long, each by
    a substring test of its cues (clean._first_line_rule); a shorter line, every cue found at once.
    Either way the cues only skip rules that could not take the line: on every line of the
    sample's articles, the verdict is the one asking every rule gives."""
    from pathlib import Path

    from digest import clean

    root = Path(__file__).resolve().parent.parent / "content"
    articles = sorted(p for p in root.rglob("*") if p.suffix in (".txt", ".md") and p.parent.name != "content")
    assert articles, "the sample content has articles"
    long_junk = (  # paragraphs long enough that only a few rules with cues may take them
        "We and our partners use cookies and similar technologies on this device to store and access personal data, to measure "
        "how the site is used and to show you personalised advertising and content. You can accept all of them, refuse them, or "
        "choose which purposes and partners you allow by clicking on the settings button below at any time, and change your mind later.\n\n"
        "This article contains affiliate links: if you buy a product after clicking one of them we may earn a commission from the "
        "retailer, at no extra cost to you. Our editors choose every product on their own, and the companies whose links appear here "
        "have no say in what we write about them or in how we rate their products in our reviews and buying guides, which are all "
        "written independently by our staff.\n")
    texts = [(p.name, p.read_text(encoding="utf-8"), p.suffix == ".md") for p in articles] + [("invented", long_junk, False)]
    steps = [step for step in clean._STEPS if isinstance(step, tuple)]
    asked = taken_long = 0
    for name, text, markdown in texts:
        units = clean.markdown_units(text, 1) if markdown else clean.text_units(text, 1)
        for step in steps:
            clean.run_line_rules(step, units, [None] * len(units))  # builds the step's gates and length limits
            gates, limits, _ = clean._LINE_VERDICTS[step]
            for unit in units:
                verdict = clean._first_line_rule(gates, limits, unit)
                assert verdict == clean._first_line_rule(gates, [], unit), (name, unit.text[:80])
                asked += 1
                few = len(limits) - sum(limit <= clean.word_count(unit.text) for limit in limits)
                taken_long += verdict is not None and 0 < few <= clean.FEW_CUE_RULES  # judged by the substring tests
    assert asked > 500 and taken_long >= 2
