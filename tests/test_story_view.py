"""What the story page shows, computed from merge data: callouts by value with the outlets
behind each, wording differences folded, where each callout sits. Invented data only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from digest.model import SourceSpec
from digest.views import coverage, story_view


def source(sid: str, outlet: str, published=None) -> SourceSpec:
    return SourceSpec(id=sid, path=Path(f"/x/{sid}.txt"), file=f"{sid}.txt", outlet=outlet, published=published)


SOURCES = (
    source("a", "Alpha Post", dt.datetime(2031, 3, 1, 9, 0)),
    source("b", "Beta Wire", dt.date(2031, 3, 1)),
    source("c", "Gamma Daily", dt.datetime(2031, 3, 2, 18, 30)),
    source("d", "Delta News"),
)


def sentence(text: str, sources: list[str], discrepancies: list[str] = ()) -> dict:
    return {"text": text, "source": sources[0], "sources": sources, "wordings": {s: f"{text} ({s})" for s in sources},
            "discrepancies": list(discrepancies)}


def merged(discrepancies: list[dict]) -> dict:
    return {
        "paragraphs": [
            [sentence("The bridge opened.", ["a", "b"]), sentence("It cost 40 million.", ["a", "b", "c"], ["d-cost", "d-word"])],
            [sentence("Crowds gathered.", ["c"]), sentence("Tolls start in May.", ["a", "c"], ["d-cost"])],
        ],
        "discrepancies": discrepancies,
    }


COST = {"id": "d-cost", "kind": "number", "summary": "Cost differs", "status": "open", "note": None,
        "variants": [{"source": "a", "text": "40 million"}, {"source": "b", "text": "40  Million"},
                     {"source": "c", "text": "45 million"}, {"source": "d", "text": "40 million"}]}
WORD = {"id": "d-word", "kind": "term", "summary": "Different terms", "status": "open", "note": None, "severity": "wording",
        "variants": [{"source": "a", "text": "opened"}, {"source": "c", "text": "inaugurated"}]}
LOST = {"id": "d-lost", "kind": "date", "summary": "Opening day differs", "status": "resolved", "note": "It was the 1st.",
        "severity": "material", "variants": [{"source": "a", "text": "1 March"}, {"source": "b", "text": "2 March"}]}


def test_each_distinct_value_is_listed_once_with_its_outlets_in_publication_order():
    view = story_view(SOURCES, merged([COST]))
    [callout] = view.paragraphs[0].callouts
    assert [(r.text, [s.outlet for s in r.sources]) for r in callout.readings] == [
        ("40 million", ["Beta Wire", "Alpha Post", "Delta News"]),  # case and spacing aside; undated last
        ("45 million", ["Gamma Daily"]),
    ]
    assert [r.latest for r in callout.readings] == [False, True]  # the later report says 45


def test_no_value_is_called_latest_when_the_reports_share_one_time():
    same = tuple(source(s.id, s.outlet, dt.date(2031, 3, 1)) for s in SOURCES)
    [callout] = story_view(same, merged([COST])).paragraphs[0].callouts
    assert not any(r.latest for r in callout.readings)


def test_a_callout_sits_after_the_paragraph_of_its_first_sentence_and_lists_every_sentence():
    view = story_view(SOURCES, merged([COST, WORD]))
    assert [c.id for c in view.paragraphs[0].callouts] == ["d-cost"] and view.paragraphs[1].callouts == ()
    assert view.paragraphs[0].callouts[0].sentences == ("s1-2", "s2-2")
    assert view.paragraphs[1].sentences[1].disputes == ("d-cost",)


def test_wording_differences_are_folded_at_the_end_and_carry_no_dispute_marker():
    view = story_view(SOURCES, merged([COST, WORD]))
    assert [c.id for c in view.wording] == ["d-word"]
    cost_sentence = view.paragraphs[0].sentences[1]
    assert cost_sentence.disputes == ("d-cost",) and cost_sentence.wording_notes == ("d-word",)


def test_merge_data_without_severity_counts_as_material():
    assert "severity" not in COST
    view = story_view(SOURCES, merged([COST]))
    assert view.paragraphs[0].callouts[0].severity == "material" and view.wording == ()


def test_dismissed_ones_vanish_and_unplaced_material_ones_are_kept_apart():
    dismissed = dict(COST, status="dismissed")
    view = story_view(SOURCES, merged([dismissed, LOST]))
    assert all(c == () for p in view.paragraphs for c in [p.callouts])
    assert all(s.disputes == () for p in view.paragraphs for s in p.sentences)
    assert [c.id for c in view.unplaced] == ["d-lost"] and view.open_count == 0


def test_the_source_list_links_back_to_the_first_sentence_citing_each_source():
    assert story_view(SOURCES, merged([])).back == {"a": "s1-1", "b": "s1-1", "c": "s1-2"}


def test_coverage_is_runs_of_sentences_not_one_cell_each():
    by_source = {c.source.id: c for c in coverage(SOURCES, merged([]))}
    assert by_source["a"].runs == ((0, 2), (3, 1)) and by_source["a"].reported == 3 and by_source["a"].total == 4
    assert by_source["c"].runs == ((1, 3),) and by_source["c"].share == 75
    assert by_source["d"].runs == () and by_source["d"].share == 0
