"""A sentence cut where one clause is its own outlet's alone: the clause is cited to that outlet
only, the rest to every outlet that tells it, and the pieces together are the outlet's sentence."""

from __future__ import annotations

import pytest

from digest.clean import clean_article
from digest.merge.claims import build_claims
from digest.merge.embed import Embedded, centred
from digest.merge.facts import Context
from digest.merge.pieces import Tellers, _stems, clauses
from digest.merge.sentences import split_article
from digest.model import Article, SourceSpec
from digest.views import source_index
from tests.test_merge_general import MONDAY, story_of


def cut(text: str) -> list[str]:
    return [text[start:end] for start, end in clauses(text)]


@pytest.mark.parametrize("text, pieces", [
    ("Police reopened the ring road at noon, and buses on route 9 were running again from 14.30.",
     ["Police reopened the ring road at noon,", "and buses on route 9 were running again from 14.30."]),
    ("The shop sold 2,300 kettles last month, up from 1,100 a year earlier.",
     ["The shop sold 2,300 kettles last month,", "up from 1,100 a year earlier."]),
    ("A gale felled six oaks in the park; nobody was hurt by the falling branches.",
     ["A gale felled six oaks in the park;", "nobody was hurt by the falling branches."]),
    ("A queue of 3,400 people \u2014 many of them students from the college \u2014 waited outside the hall.",
     ["A queue of 3,400 people \u2014", "many of them students from the college \u2014", "waited outside the hall."]),
    ("The baker had run the stall for 31 years and sold it to his nephew in March.",
     ["The baker had run the stall for 31 years", "and sold it to his nephew in March."]),
    ("The health office, which must sign off the decision, said the notice would stay.",
     ["The health office,", "which must sign off the decision,", "said the notice would stay."]),
    ("Ada Lind, who denied every charge at the trial, showed no reaction in court.",
     ["Ada Lind, who denied every charge at the trial,", "showed no reaction in court."]),
    ("The council said the pool would reopen in May and that entry would stay free for children.",
     ["The council said the pool would reopen in May", "and that entry would stay free for children."]),
    ("Levels at the fence peaked at 4.2 ppm at dawn, before falling back below 1 ppm by noon.",
     ["Levels at the fence peaked at 4.2 ppm at dawn,", "before falling back below 1 ppm by noon."]),
])
def test_a_sentence_is_cut_before_a_clause_of_its_own(text, pieces):
    assert cut(text) == pieces


@pytest.mark.parametrize("text", [
    "\u201cWe will rebuild the pier, and we will do it this year,\u201d the harbour master said.",  # inside a quotation
    "Lena Ward, a teacher at the school, opened the fair.",  # an apposition belongs to its name
    "Salt, pepper and oil were missing from the shelves.",  # a list is no clause
    "The mayor, who had run the roads, water and waste office, resigned.",  # a list inside a relative clause
    "He said so, and more.",  # too short to stand alone
    "The ratification is up to the Global Athletics Union (GAU) in Monaco this winter.",  # a bracket glossing the word before
    "Passing roughly 11,000 ft (3,350 m) in the climb, the crew got a fire warning on Tuesday.",
])
def test_no_cut_inside_quotes_appositions_lists_or_scraps(text):
    assert cut(text) == [text]


def test_a_dateline_is_not_a_piece():
    assert cut("NORVIK \u2013 The ferry left the harbour two hours late on Sunday morning.") == [
        "NORVIK \u2013 The ferry left the harbour two hours late on Sunday morning."]


def _narrative(merged: dict) -> list[dict]:
    return [s for paragraph in merged["paragraphs"] for s in paragraph]


FERRY = {
    "wire": ("The ferry service to Halm island resumed on Thursday after a three-day strike.\n\n"
             "The union said its members would vote on the new offer next week.\n", dict(published=MONDAY)),
    "paper": ("The ferry service to Halm island resumed on Thursday after the three-day strike, "
              "and the first boat was full of returning islanders.\n\n"
              "Members of the union will vote on the offer next week.\n", dict(published=MONDAY)),
}


def test_a_clause_only_one_outlet_tells_is_cited_to_it_alone(tmp_path):
    merged = story_of(tmp_path, FERRY, lead="wire")
    narrative = _narrative(merged)
    shared = next(s for s in narrative if "Halm island" in s["text"])
    # the outlet that adds a clause is the one shown, else the clause would never reach the reader
    assert shared["text"] == "The ferry service to Halm island resumed on Thursday after the three-day strike,"
    assert shared["sources"] == ["wire", "paper"] and set(shared["wordings"]) == {"wire", "paper"}
    own = narrative[narrative.index(shared) + 1]
    assert (own["text"], own["sources"], own.get("continues")) == ("and the first boat was full of returning islanders.", ["paper"], True)
    assert {"source": "paper", "text": "and the first boat was full of returning islanders."} in merged["single_source"]
    # together the pieces are the outlet's own sentence, verbatim
    assert f"{shared['text']} {own['text']}" == FERRY["paper"][0].split("\n")[0]
    # and its source page marks that sentence as standing in the story
    standing = source_index(merged)["paper"][0]
    assert f"{shared['text']} {own['text']}" in standing


def test_without_the_clause_the_lead_is_shown_whole(tmp_path):
    plain = dict(FERRY, paper=("Ferry crossings to Halm island started again on Thursday after the three-day strike.\n",
                               dict(published=MONDAY)))
    narrative = _narrative(story_of(tmp_path, plain, lead="wire"))
    assert narrative[0]["text"] == "The ferry service to Halm island resumed on Thursday after a three-day strike."
    assert narrative[0]["sources"] == ["wire", "paper"] and not any(s.get("continues") for s in narrative)


def test_a_clause_another_outlet_tells_elsewhere_is_not_marked_as_one_outlets(tmp_path):
    told = dict(FERRY, wire=(FERRY["wire"][0] + "\nThe first boat was packed with returning islanders, the operator said.\n", dict(published=MONDAY)))
    narrative = _narrative(story_of(tmp_path, told, lead="wire"))
    assert not any(s["sources"] == ["paper"] and "islanders" in s["text"] for s in narrative)


def test_a_figure_written_with_another_separator_is_the_same_clause(tmp_path):
    told = dict(FERRY, wire=(FERRY["wire"][0] + "\nSome 2,400 travellers had been stranded by the strike.\n", dict(published=MONDAY)),
                paper=("The ferry service to Halm island resumed on Thursday after the three-day strike, "
                       "which had stranded some 2 400 travellers.\n", dict(published=MONDAY)))
    narrative = _narrative(story_of(tmp_path, told, lead="wire"))
    assert not any(s["sources"] == ["paper"] and "2 400" in s["text"] for s in narrative)


def test_a_translation_adding_a_clause_is_not_shown_over_an_original(tmp_path):
    translated = dict(FERRY, paper=(FERRY["paper"][0], dict(published=MONDAY, translated_from="no")))
    narrative = _narrative(story_of(tmp_path, translated, lead="wire"))
    assert narrative[0]["text"] == "The ferry service to Halm island resumed on Thursday after a three-day strike."
    assert narrative[0]["sources"] == ["wire", "paper"]


def test_the_shown_sentence_is_cut_where_its_own_clause_is_its_outlets_alone(tmp_path):
    richer = dict(FERRY, wire=("The ferry service to Halm island resumed on Thursday after a three-day strike, "
                               "and the operator promised refunds for cancelled tickets.\n", dict(published=MONDAY)),
                  paper=("Ferry crossings to Halm island started again on Thursday after the three-day strike.\n", dict(published=MONDAY)))
    narrative = _narrative(story_of(tmp_path, richer, lead="wire"))
    assert [(s["text"], s["sources"]) for s in narrative[:2]] == [
        ("The ferry service to Halm island resumed on Thursday after a three-day strike,", ["wire", "paper"]),
        ("and the operator promised refunds for cancelled tickets.", ["wire"]),
    ]


def _tellers(tmp_path, articles: dict[str, str]) -> tuple[Tellers, dict[str, object]]:
    """The story's tellers and its claims by text, as the merge makes them."""
    sentences_of = {}
    for sid, text in articles.items():
        path = tmp_path / f"{sid}.txt"
        path.write_text(text, encoding="utf-8")
        spec = SourceSpec(id=sid, path=path, file=path.name, outlet=sid, published=MONDAY)
        sentences_of[sid] = split_article(clean_article(Article(spec, text, "utf-8")))
    claims = build_claims(sentences_of, {sid: Context(MONDAY, False) for sid in articles})
    embedded = Embedded([c.text for c in claims])
    return Tellers(claims, embedded, centred(embedded.vectors)), {c.text: c for c in claims}


def test_whether_another_outlet_tells_a_clause_is_asked_of_the_whole_story(tmp_path):
    shown = "The museum reopened its east wing on Saturday, and the queue stretched round the block by noon."
    tellers, claims = _tellers(tmp_path, {
        "a": shown + "\n\nA new cafe opened on the roof terrace of the museum.\n",
        "b": "The east wing of the museum opened again on Saturday.\n\n"
             "By noon a queue of visitors stretched around the block.\n",
    })
    claim = claims[shown]
    opening, queue = clauses(shown)
    assert tellers.others_tell(claim, opening)
    assert tellers.others_tell(claim, queue)  # told by b, in another sentence
    cafe = claims["A new cafe opened on the roof terrace of the museum."]
    assert not tellers.others_tell(cafe, (0, len(cafe.text)))  # only its own outlet tells it


def test_a_figure_is_the_same_whatever_its_thousands_separator():
    assert _stems("some 2 400 travellers") == _stems("some 2,400 travellers") == _stems("some 2\u202f400 travellers")
    assert _stems("4,5 metres") != _stems("45 metres")  # a decimal comma is no thousands separator


def test_the_reader_sees_the_clause_inline_with_only_its_outlet_footnoted(tmp_path):
    """On the story page the cut sentence reads as one sentence in one paragraph: its shared
    part footnoted to both outlets, its own clause marked single-source and footnoted to one."""
    from bs4 import BeautifulSoup

    from conftest import REPO, build_site

    site = tmp_path / "site"
    story = site / "content" / "ferry"
    story.mkdir(parents=True)
    (site / "site.yaml").write_text((REPO / "site.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    for sid, (text, _) in FERRY.items():
        (story / f"{sid}.txt").write_text(text, encoding="utf-8")
    (story / "story.yaml").write_text(
        "title: Ferries run again\ndate: 2024-03-04\nlead: wire\nsources:\n"
        "  - {id: wire, file: wire.txt, outlet: Wire Service, published: 2024-03-04}\n"
        "  - {id: paper, file: paper.txt, outlet: The Paper, published: 2024-03-04}\n", encoding="utf-8")
    page = BeautifulSoup((build_site(site) / "stories" / "ferry" / "index.html").read_text(encoding="utf-8"), "html.parser")
    shared = next(s for s in page.select("span.sentence") if s.get_text().startswith("The ferry service to Halm island"))
    own = next(s for s in page.select("span.sentence") if s.get_text() == "and the first boat was full of returning islanders.")
    assert shared.find_parent("p") is own.find_parent("p")
    notes = {span["id"]: [a.get("href") for a in page.select(f'[data-sentence="{span["id"]}"] a.fn')] for span in (shared, own)}
    assert notes[shared["id"]] == ["#source-wire", "#source-paper"] and notes[own["id"]] == ["#source-paper"]
    assert "single" in own["class"] and "single" not in shared["class"]
