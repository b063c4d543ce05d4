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

    contexts = {"a": Context(dt.date(2024, 5, 15)), "b": Context(dt.date(2024, 5, 16))}
    texts_b = [
        "The council approved 4.6 million for the bridge on 4 May, up from 3 million in 2018.",
        "The mayor said on Tuesday that the bridge would not be given up.",
        "Nine staff were in the building; three of them had burns.",
    ]
    claims_module._SOURCE_CLAIMS.clear()
    made = build_claims({"a": _sentences("a", TEXTS), "b": _sentences("b", texts_b)}, contexts)
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
