"""Caches that let `digest serve` merge a story again cheaply give what the uncached code gives."""

from __future__ import annotations

import datetime as dt

from digest.merge import claims as claims_module
from digest.merge.claims import build_claims
from digest.merge.compare import figures, names
from digest.merge.facts import Context, terms
from digest.merge.sentences import Sentence

TEXTS = [
    "The council approved 4,6 million for the bridge on 3 May, up from 3 million in 2019.",
    "\u201cWe will not give up,\u201d the mayor said on Tuesday. \u201cThe bridge is ours.\u201d",
    "Nine staff were in the building. Two of them had burns, said Dr Agnes Pellow of St Aldric's Hospital.",
    "A deputy head teacher at a school, who was arrested on Friday, has been released without charge.",
    "The so-called \u201creform\u201d partnership without limits ended a five-year leadership term.",
]


def _sentences(source: str, texts: list[str]) -> list[Sentence]:
    out = []
    for p, text in enumerate(texts):
        out.append(Sentence(source, len(out), p, text, 0, len(text), p + 1))
    return out


def _claims_of_two_outlets(texts_b: list[str], published_b: dt.date) -> list:
    """Claims built afresh of outlet a (TEXTS, published 15 May 2024) and outlet b (texts_b)."""
    claims_module._SOURCE_CLAIMS.clear()
    contexts = {"a": Context(dt.date(2024, 5, 15)), "b": Context(published_b)}
    return build_claims({"a": _sentences("a", TEXTS), "b": _sentences("b", texts_b)}, contexts)


def _fields(claim) -> dict:
    return dict(claim.__dict__)


def test_claims_rebuilt_from_the_last_ones_equal_claims_built_anew():
    """An outlet's claims reused (the same place or renumbered) equal the ones made from scratch."""
    contexts = {"a": Context(dt.date(2024, 5, 15)), "b": Context(dt.date(2024, 5, 16), translated=True)}
    first = {"a": _sentences("a", TEXTS[:3]), "b": _sentences("b", TEXTS[2:])}
    longer = {"a": _sentences("a", TEXTS[:3] + ["An update, number 1."]), "b": first["b"]}
    for by_source in (first, first, longer, first):
        claims_module._SOURCE_CLAIMS.clear()
        fresh = build_claims(by_source, contexts)
        build_claims(first, contexts)  # leaves the last claims of `first` in the cache
        reused = build_claims(by_source, contexts)
        assert [_fields(c) for c in reused] == [_fields(c) for c in fresh]
        assert [c.index for c in reused] == list(range(len(reused)))


def test_text_caches_give_what_the_text_gives():
    for text in TEXTS:
        assert names.names_in(text) == names.names_in.__wrapped__(text)
        assert names._unnamed_roles(text) == names._unnamed_roles.__wrapped__(text)
        assert terms.marked_heads(text) == terms.marked_heads.__wrapped__(text)
        for start in range(len(text)):
            assert figures._deed_before(text, start) == figures._deed_before.__wrapped__(text, start)


def test_span_rows_read_again_are_the_rows_computed_anew():
    """`Embedded.spans` takes rows it computed before from its cache: the same bits as computing them."""
    from digest.merge import embed

    texts = [
        "The regulator fined the bank 45 million euros on Tuesday after a two-year inquiry.",
        "Turnout was 61.2 percent, up from 58 percent at the last election four years ago.",
        "",
    ]
    requests = [(0, [(0, 20), (30, 60)]), (1, [(0, 7), (21, 40)]), (1, []), (2, [(0, 5)]), (0, [(4, 13)])]
    embed._SPANS.clear()
    embedded = embed.Embedded(texts)
    computed = embedded._spans_of(requests)
    first = embedded.spans(requests[:3])  # some rows cached, the others computed with them later
    again = embed.Embedded(texts).spans(requests)
    assert first.tobytes() == computed[:3].tobytes()
    assert again.tobytes() == computed.tobytes()


def test_pair_answers_kept_by_identity_are_the_answers_computed():
    """`agree` (two facts) and `compatible` (two claims, by their facts) give what the uncached
    functions give, for the same objects asked again and for new objects of other sentences."""
    from digest.merge import align

    made = _claims_of_two_outlets([
        "The council approved 4.6 million for the bridge on 4 May, up from 3 million in 2018.",
        "The mayor said on Tuesday that the bridge would not be given up.",
        "Nine staff were in the building; three of them had burns.",
    ], dt.date(2024, 5, 16))
    for _ in range(2):
        for a in made:
            for b in made:
                assert align.compatible(a, b) == align._compatible(a, b)
                for x in a.facts:
                    for y in b.facts:
                        if x.detector == y.detector and x.detector in ("numbers", "dates") and x.subject == y.subject:
                            assert figures.agree(x, y) == figures._agree(x, y)
    renumbered = [claims_module._renumbered(c, c.index + 7) for c in made]
    assert [align.compatible(a, b) for a in renumbered for b in made] == [align._compatible(a, b) for a in renumbered for b in made]


READ_CLOSENESS = ("_pair_conflicts", "_one_named_day", "_counts_of_what", "_counts_of_other_nouns")
"""pair_conflicts and every helper it hands the closeness to."""


def test_pair_conflicts_reads_closeness_only_against_its_steps():
    """pair_conflicts' answers are kept per step of CLOSENESS_STEPS: sound only while the closeness is
    only compared with those steps, or handed to a helper that does the same (a new threshold, or
    any other use, fails here: add it to CLOSENESS_STEPS, or key the cache otherwise)."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(figures))
    functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    constants = {node.targets[0].id: node.value.value for node in tree.body
                 if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Constant)}
    for name in READ_CLOSENESS:
        function = functions[name]
        allowed: set[int] = set()
        for node in ast.walk(function):
            if isinstance(node, ast.Compare) and len(node.comparators) == 1:
                sides = [node.left, node.comparators[0]]
                names = [s.id for s in sides if isinstance(s, ast.Name)]
                if "closeness" in names:
                    other = sides[1] if names[0] == "closeness" and isinstance(sides[0], ast.Name) and sides[0].id == "closeness" else sides[0]
                    assert isinstance(other, ast.Name) and constants.get(other.id) in figures.CLOSENESS_STEPS, (name, ast.unparse(node))
                    allowed.update(id(s) for s in sides)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in READ_CLOSENESS:
                allowed.update(id(arg) for arg in node.args if isinstance(arg, ast.Name) and arg.id == "closeness")
        for node in ast.walk(function):
            if isinstance(node, ast.Name) and node.id == "closeness":
                assert isinstance(node.ctx, ast.Load) and id(node) in allowed, (name, node.lineno)


def test_pair_conflicts_read_again_are_the_conflicts_computed():
    """Conflicts kept for two claims come back for the claims asked now, equal to computing them."""
    from digest.merge import embed
    from digest.merge.compare import common_stems

    made = _claims_of_two_outlets([
        "The council approved 5.6 million for the bridge on 4 May, up from 3 million in 2019.",
        "Twelve staff were in the building; three of them had burns, said Dr Agnes Pellow.",
        "A head teacher at a school, who was arrested on Saturday, has been released without charge.",
    ], dt.date(2024, 5, 15))
    common = common_stems(made)
    around = figures.Surroundings(made, embed.Embedded([c.text for c in made]), common)

    def plain(conflicts):
        return [(c.kind, c.subject, c.severity, [(claim.index, f) for claim, f in c.facts]) for c in conflicts]

    found = 0
    for closeness in (0.2, 0.45, 0.62, 0.8, 0.81):
        for a in made:
            for b in made:
                if a.source != b.source:
                    expected = plain(figures._pair_conflicts(a, b, closeness, common, around))
                    found += bool(expected)
                    assert plain(figures.pair_conflicts(a, b, closeness, common, around)) == expected
                    assert plain(figures.pair_conflicts(a, b, closeness, common, around)) == expected
    assert found


def test_story_wide_comparisons_read_again_are_the_ones_computed(monkeypatch):
    """subject_conflicts with _story_wide's answers kept gives what computing every group gives."""
    from digest.merge import embed
    from digest.merge.compare import common_stems

    contexts = {"a": Context(dt.date(2024, 5, 15)), "b": Context(dt.date(2024, 5, 15)), "c": Context(dt.date(2024, 5, 16))}
    texts_b = [
        "The council approved 5.6 million for the bridge on 4 May, up from 3 million in 2019.",
        "Twelve staff were in the building; three of them had burns, said Dr Agnes Pellow.",
        "The 43-year-old head teacher was arrested on Saturday and released without charge.",
    ]
    texts_c = ["Councillors backed the 4.6 million bridge plan.", "The 44-year-old head teacher was released on Friday."]
    claims_module._SOURCE_CLAIMS.clear()
    made = build_claims({"a": _sentences("a", TEXTS), "b": _sentences("b", texts_b), "c": _sentences("c", texts_c)}, contexts)
    common = common_stems(made)

    def plain(conflicts):
        return [(c.kind, c.subject, c.severity, [(claim.index, f) for claim, f in c.facts]) for c in conflicts]

    def found():
        return plain(figures.subject_conflicts(made, figures.Surroundings(made, embed.Embedded([c.text for c in made]), common)))

    figures._WIDE.clear()
    kept, again = found(), found()
    monkeypatch.setattr(figures, "_story_wide", figures._wide)
    computed = found()
    assert kept == again == computed and computed


def test_forget_texts_empties_every_cache_of_a_storys_text():
    """digest.merge.caches.forget_texts, which both benchmarks call before timing a cold merge,
    empties the caches a merge filled; and every functools cache of the merge's and the cleaner's
    modules is either among the ones it empties or listed as a word's or the process's own (a
    cache added later and left off would let a benchmark time a warm merge unnoticed)."""
    import sys

    from conftest import REPO

    from digest.clean import clean_story
    from digest.load import load_site
    from digest.merge import caches, merge_story

    site, _ = load_site(REPO)
    merge_story(clean_story(site.stories[0]))
    assert all(cache.cache_info().currsize for cache in (caches.facts.extract_all, caches.text.content_stems, caches.clean.word_count))
    assert all(len(kept) for kept in (caches.facts._READ, caches.embed._ENCODED, caches.claims._SOURCE_CLAIMS, caches.align._COMPATIBLE, caches.figures._PAIRS))
    caches.forget_texts()
    assert [cache for cache in caches.TEXT_CACHES if cache.cache_info().currsize] == []
    assert [kept for kept in caches.STORY_CACHES if len(kept)] == []

    listed = {id(cache) for cache in caches.TEXT_CACHES + caches.WORD_CACHES}
    process_wide = {"model", "_vocabulary", "_words_tokenise_alone", "_tokenizer"}  # the sentence model, loaded once
    modules = [m for name, m in sorted(sys.modules.items()) if m is not None and (name.startswith("digest.merge") or name == "digest.clean")]
    found = {(m.__name__, name) for m in modules for name, value in vars(m).items()
             if hasattr(value, "cache_info") and hasattr(value, "cache_clear")  # an lru_cache's wrapper
             and getattr(value, "__module__", None) == m.__name__ and id(value) not in listed and name not in process_wide}
    assert found == set()
