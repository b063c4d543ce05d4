"""The merge on the seed story: the acceptance discrepancies, nothing flagged for equivalent
wording, and the narrative invariants. story.yaml of the sample has no manual discrepancies."""

from __future__ import annotations

import shutil

import pytest

from digest.build import prepare
from digest.clean import clean_story
from digest.errors import DigestError
from digest.load import load_site
from digest.merge import merge_story
from digest.merge.claims import is_prose
from digest.merge.sentences import split_article

from conftest import REPO


@pytest.fixture(scope="module")
def seed_merge():
    site, _ = load_site(REPO)
    clean = clean_story(site.stories[0])
    return clean, merge_story(clean).to_json()


def variants_of(d: dict) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for v in d["variants"]:
        out.setdefault(v["source"], []).append(v["text"])
    return out


def find(merged: dict, **expect: str) -> dict:
    """The one discrepancy whose variants contain, for each source given, the text given."""
    hits = [
        d for d in merged["discrepancies"]
        if all(any(text.lower() in v.lower() for v in variants_of(d).get(source.replace("_", "-"), [])) for source, text in expect.items())
    ]
    assert len(hits) == 1, f"expected one discrepancy with {expect}, found {[(d['id'], d['summary']) for d in hits]}"
    return hits[0]


ACCEPTANCE = {
    "a: year of the February meeting": dict(archyde="February 4, 2019", asia_financial="February"),
    "b: confirmation of the trip": dict(asia_financial="it was confirmed on Monday", reuters_es="China confirmed the trip on Monday", archyde="yet to confirm"),
    "c: Korolev's title": dict(asia_financial="senior lecturer", reuters_es="senior professor", archyde="Senior Lecturer"),
    "d: trade growth": dict(asia_financial="nearly a third", reuters_es="almost a third", archyde="nearly a third", wsj="a quarter"),
    "e: the pipeline's name": dict(asia_financial="Power of Siberia 2", archyde="Power of Siberia 2", reuters_es="Siberian Power 2"),
    "f: Tsang's institution": dict(asia_financial="School of Oriental and African Studies", reuters_es="London School of Oriental and African Studies", archyde="Institute of Oriental and African Studies"),
    "g: the partnership's term": dict(asia_financial="no limits", asianews="no-limits", wsj="no limits", reuters_es="boundless", archyde="unlimited"),
    "h: Xi's third term": dict(asia_financial="five-year leadership", reuters_es="five-year leadership", archyde="as president"),
}


@pytest.mark.parametrize("name", sorted(ACCEPTANCE))
def test_acceptance_discrepancy_is_flagged_with_the_right_sources(seed_merge, name):
    _, merged = seed_merge
    d = find(merged, **ACCEPTANCE[name])
    assert d["status"] == "open" and d["id"].startswith("d-")


def test_each_acceptance_discrepancy_is_its_own(seed_merge):
    _, merged = seed_merge
    ids = {find(merged, **expect)["id"] for expect in ACCEPTANCE.values()}
    assert len(ids) == len(ACCEPTANCE)


def test_g_lists_every_term_of_every_source(seed_merge):
    _, merged = seed_merge
    d = variants_of(find(merged, **ACCEPTANCE["g: the partnership's term"]))
    assert sorted(d["reuters-es"]) == ["boundless", "without limits"]
    assert sorted(d["archyde"]) == ["unlimited", "unrestricted"]


def test_a_and_d_do_not_name_sources_that_agree_elsewhere(seed_merge):
    _, merged = seed_merge
    trade = variants_of(find(merged, **ACCEPTANCE["d: trade growth"]))
    assert set(trade) == {"asia-financial", "reuters-es", "wsj", "archyde"}
    assert all("quarter" not in t for s, ts in trade.items() if s != "wsj" for t in ts)


# Every discrepancy beyond a-h, with why it is real. A new one makes this test fail until it is
# judged here. False positives allowed by the issue: at most four; there are none.
# Not flagged: the translations' renderings of Tsang's and Korolev's remarks ("The bigger signal
# ...", "Beijing is reluctant ..."): a translation words every remark its own way, which is no
# disagreement; each outlet's own words stand in the sentence's footnotes.
FURTHER: dict[str, dict] = {}
WORDING = {"g: the partnership's term", "e: the pipeline's name", "f: Tsang's institution"}
"""What a translation renders differently: shown folded, as wording."""
FALSE_POSITIVES: dict[str, dict] = {}
# Not flagged: the machine translation (004) builds Tsang's "China Institute" in its own order,
# "Institute of China Studies"; a body's name rendered so is no other body (issue 9).


def test_every_further_discrepancy_is_listed_and_judged(seed_merge):
    _, merged = seed_merge
    expected = {find(merged, **e)["id"] for e in [*ACCEPTANCE.values(), *FURTHER.values(), *FALSE_POSITIVES.values()]}
    unexpected = [(d["kind"], d["summary"]) for d in merged["discrepancies"] if d["id"] not in expected]
    assert unexpected == []
    assert len(FALSE_POSITIVES) <= 4


@pytest.mark.parametrize(
    "equivalent",
    ["metres", "meters", "seven months", "7 months", "NSW", "New South Wales", "Oct. 16", "October 16", "COVID-19",
     "Covid-19", "Wednesday", "the 14th", "69-year-old", "same age at 69", "World War Two", "World War II"],
)
def test_equivalent_wording_is_not_flagged(seed_merge, equivalent):
    _, merged = seed_merge
    for d in merged["discrepancies"]:
        if d["kind"] in ("quote", "title"):
            continue  # whole quotations and title phrases may contain the words incidentally
        assert all(equivalent.lower() not in v["text"].lower() for v in d["variants"]), (equivalent, d["summary"])


def test_every_narrative_sentence_is_a_sources_own_words(seed_merge):
    clean, merged = seed_merge
    paragraphs = {a.source.id: [b.text for b in a.paragraphs] for a in clean.articles}
    for paragraph in merged["paragraphs"]:
        for sentence in paragraph:
            assert any(sentence["text"] in p for p in paragraphs[sentence["source"]]), sentence["text"]
            assert sentence["source"] in sentence["sources"]
            assert sentence["text"] in sentence["wordings"][sentence["source"]]  # a clause cited apart is in its sentence


def test_severity_is_wording_for_translation_renderings_and_material_otherwise(seed_merge):
    _, merged = seed_merge
    for name, expect in {**ACCEPTANCE, **FURTHER}.items():
        assert find(merged, **expect)["severity"] == ("wording" if name in WORDING else "material"), name


def test_every_prose_sentence_is_in_the_narrative_exactly_once_and_fragments_never(seed_merge):
    clean, merged = seed_merge
    shown: dict[tuple[str, str], int] = {}
    for paragraph in merged["paragraphs"]:
        for sentence in paragraph:
            for source, wording in sentence["wordings"].items():
                shown[(source, wording)] = shown.get((source, wording), 0) + 1
    everything = " ".join(f"{s}\u0000{w}" for (s, w) in shown)
    fragments = 0
    for article in clean.articles:
        for s in split_article(article):
            if is_prose(s.text):
                assert f"{s.source}\u0000" in everything and s.text in everything, s.text
            else:
                fragments += 1
                assert all(s.text != t for (_, w) in shown for t in [w]), s.text
    assert fragments >= 3  # the standfirsts without a full stop and the ". ." artefacts
    narrative = [(s["source"], s["text"]) for p in merged["paragraphs"] for s in p]
    assert len(narrative) == len(set(narrative)), "no claim appears twice"


def test_no_two_aligned_sentences_both_stand_in_the_narrative(seed_merge):
    _, merged = seed_merge
    primaries = {(s["source"], s["text"]) for p in merged["paragraphs"] for s in p}
    for paragraph in merged["paragraphs"]:
        for sentence in paragraph:
            for source, wording in sentence["wordings"].items():
                if source != sentence["source"]:
                    assert (source, wording) not in primaries


def test_narrative_follows_the_lead(seed_merge):
    clean, merged = seed_merge
    assert merged["lead"] == "asia-financial"
    lead = [s["text"] for p in merged["paragraphs"] for s in p if s["source"] == "asia-financial"]
    expected = [s.text for s in split_article(next(a for a in clean.articles if a.source.id == "asia-financial")) if is_prose(s.text)]
    assert lead == expected
    assert merged["paragraphs"][0][0]["source"] == "asia-financial"


def test_footnotes_list_every_source_and_single_source_claims_are_listed(seed_merge):
    _, merged = seed_merge
    all_sentences = [s for p in merged["paragraphs"] for s in p]
    pipeline = next(s for s in all_sentences if "Power of Siberia 2" in s["text"])
    assert pipeline["sources"] == ["asia-financial", "reuters-es", "archyde"]
    assert "Siberian Power 2" in pipeline["wordings"]["reuters-es"]
    singles = {(c["source"], c["text"]) for c in merged["single_source"]}
    assert ("wsj", "At the time, Russia had nearly 200,000 soldiers within striking distance of Kyiv.") in singles
    # The same event told in other words is one claim: "a Ukrainian advance routed Russian
    # soldiers" (wsj) and "Russia suffered its worst defeat of the war" (the translation of 001).
    routed = next(s for s in all_sentences if "Ukrainian advance routed" in s["text"])
    assert routed["sources"] == ["reuters-es", "wsj"] or set(routed["sources"]) == {"reuters-es", "wsj"}
    assert all(len(s["sources"]) == 1 for s in all_sentences if (s["source"], s["text"]) in singles)


def test_people_carry_each_sources_title_and_conflicts(seed_merge):
    _, merged = seed_merge
    people = {p["name"]: p for p in merged["people"]}
    korolev = people["Alexander Korolev"]
    assert korolev["conflict"] is True
    titles = {m["source"]: m["title"] for m in korolev["mentions"]}
    assert titles["asia-financial"].startswith("senior lecturer") and titles["reuters-es"].startswith("senior professor")
    assert people["Steve Tsang"]["conflict"] is False
    assert people["Craig Singleton"]["mentions"] == [{"source": "wsj", "title": "former U.S. diplomat and a senior China fellow at the Foundation for Defense of Democracies"}]


def copy_site(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(REPO / "site.yaml", site / "site.yaml")
    shutil.copytree(REPO / "content", site / "content")
    return site


def merged_of(site):
    _, pages, _ = prepare(site)
    return pages[0].merged


def test_discrepancy_ids_survive_an_edit_elsewhere(tmp_path, seed_merge):
    _, before = seed_merge
    site = copy_site(tmp_path)
    article = site / "content/xi-putin-samarkand/002_6c7625486aecb8cd.txt"
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("For Beijing, this is a highly sensitive issue.", "For Beijing, this is a highly sensitive issue, one analyst noted."), encoding="utf-8")
    after = merged_of(site)
    assert {d["id"] for d in after["discrepancies"]} == {d["id"] for d in before["discrepancies"]}


def test_editor_resolves_dismisses_adds_and_annotates(tmp_path, seed_merge):
    _, before = seed_merge
    pipeline = find(before, **ACCEPTANCE["e: the pipeline's name"])["id"]
    term = find(before, **ACCEPTANCE["h: Xi's third term"])["id"]
    site = copy_site(tmp_path)
    story = site / "content/xi-putin-samarkand/story.yaml"
    story.write_text(
        story.read_text(encoding="utf-8")
        + "annotations:\n  - match: February 4, 2019\n    note: The meeting was on 4 February 2022.\n"
        + f"discrepancies:\n  - id: {pipeline}\n    status: resolved\n    note: The project is called *Power of Siberia 2*.\n"
        + f"  - id: {term}\n    status: dismissed\n"
        + "  - kind: number\n    summary: Soldiers near Kyiv\n    variants:\n      - {source: wsj, text: 'nearly 200,000'}\n      - {source: asianews, text: not stated}\n",
        encoding="utf-8",
    )
    after = merged_of(site)
    by_id = {d["id"]: d for d in after["discrepancies"]}
    assert by_id[pipeline]["status"] == "resolved" and "Power of Siberia 2" in by_id[pipeline]["note"]
    assert by_id[term]["status"] == "dismissed"
    manual = [d for d in after["discrepancies"] if d.get("manual")]
    assert [(v["source"], v["text"]) for v in manual[0]["variants"]] == [("wsj", "nearly 200,000"), ("asianews", "not stated")]
    annotated = [s for p in after["paragraphs"] for s in p if s.get("annotations")]
    assert annotated and annotated[0]["annotations"] == ["The meeting was on 4 February 2022."]


def test_unknown_discrepancy_id_and_unmatched_annotation_name_their_lines(tmp_path):
    site = copy_site(tmp_path)
    story = site / "content/xi-putin-samarkand/story.yaml"
    lines = story.read_text(encoding="utf-8").count("\n")
    story.write_text(
        story.read_text(encoding="utf-8")
        + "annotations:\n  - match: text that occurs nowhere\n    note: x\n"
        + "discrepancies:\n  - id: d-0000000000\n    status: resolved\n",
        encoding="utf-8",
    )
    with pytest.raises(DigestError) as error:
        prepare(site)
    messages = [str(p) for p in error.value.problems]
    # A stale decision id is a warning now (issue 10.1, tested in test_cli.py); the annotation stays an error.
    assert not any("d-0000000000" in m for m in messages)
    assert any(f"story.yaml:{lines + 5}: discrepancies[0].id: 'd-0000000000' matches no current discrepancy" in str(w) for w in error.value.warnings)
    assert any(m.startswith(f"content/xi-putin-samarkand/story.yaml:{lines + 2}: annotations[0].match:") for m in messages)


def test_a_long_sentence_supports_one_claim_not_every_claim_it_touches(seed_merge):
    """Archyde's long sentence covers both 'the leaders are deepening ties' and 'trade soared': it
    stands as a wording once, under one of the two claims it states, so no footnote is doubled."""
    _, merged = seed_merge
    long_one = "Instead, the two leaders, who are the same age at 69, have deepened their ties, with trade between Russia and China soaring by nearly a third between January and July this year."
    carriers = [s for p in merged["paragraphs"] for s in p if s["wordings"].get("archyde") == long_one]
    assert len(carriers) == 1
    assert carriers[0]["text"] in ("Instead, the two 69-year-old leaders are deepening ties.",
                                   "Trade soared by nearly a third between Russia and China in the first seven months of 2022.")


def test_the_previews_will_meet_is_never_cited_to_the_report_that_they_met(seed_merge):
    """The Reuters preview's 'then he will meet Putin' (published 12 September) and AsiaNews's
    'met one-on-one' (15 September) are a plan and its deed: two claims. AsiaNews tells the deed
    in the plain past, as reports do."""
    _, merged = seed_merge
    preview = [s for p in merged["paragraphs"] for s in p if "then he will meet Putin" in s["text"]]
    assert preview and all("asianews" not in s["sources"] for s in preview)
