"""Sentence vectors: what the merge reads from the tokenizer, computed its own cheaper way,
must be exactly what the tokenizer itself would give."""

from __future__ import annotations

import numpy as np
import pytest

from digest.merge import embed

TEXTS = [
    "The council approved the plan on Tuesday.",
    "  Two  spaces and a trailing one ",
    "A caf\u00e9 in Z\u00fcrich, na\u00efve \u00e9t\u00e9 (\u00e9 written e\u0301 here).",
    "An emoji \U0001F600 between words, and a flag \U0001F1EB\U0001F1F7.",
    "\U0001F600 first, then words",
    "Lines\nand\ttabs\u00a0and a no-break space.",
    "A special token <s> inside, and </s> too.",
    "It's the U.S.-based firm's \u201cfinal\u201d offer: 3,5 % or \u00a34.2bn <unk> ...",
    "word",
    "Mixed \u65e5\u672c\u8a9e text with \u0645\u0631\u062d\u0628\u0627 and \U0001D518\U0001D52B\U0001D526.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_offsets_from_ids_are_the_tokenizers_own(text):
    encoding = embed._tokenizer().encode(text, add_special_tokens=False)
    ids = np.array(encoding.ids, dtype=np.int64)
    starts, ends = embed._offsets(text, ids)
    assert list(zip(starts.tolist(), ends.tolist())) == encoding.offsets


@pytest.mark.parametrize("text", TEXTS)
def test_fast_ids_are_the_tokenizers_own(text):
    embed._ENCODED.pop(text, None)
    assert embed._ids_of(text).tolist() == embed._tokenizer().encode(text, add_special_tokens=False).ids


def test_ids_read_word_by_word_are_the_tokenizers_own():
    """Texts tokenised together share their words' ids; every text's ids are still exactly
    what the tokenizer gives the whole text."""
    embed._WORD_IDS.clear()
    for text in TEXTS:
        embed._ENCODED.pop(text, None)
    embed._encode_many(TEXTS + [t.upper() for t in TEXTS])
    assert embed._WORD_IDS  # the plain sentences went word by word
    for text in TEXTS + [t.upper() for t in TEXTS]:
        assert embed._ids_of(text).tolist() == embed._tokenizer().encode(text, add_special_tokens=False).ids, text


def test_span_reads_the_words_inside_the_ranges():
    text = "The fine was 45 million euros, the regulator said."
    embedded = embed.Embedded([text])
    start = text.index("fine")
    inside = embedded.span(0, [(start, start + len("fine"))])
    alone = embed.Embedded(["fine"]).vectors[0]
    assert np.allclose(inside, alone, atol=1e-6)
    assert not embedded.span(0, [(text.index("45"), text.index("45") + 2)]).any()  # a figure holds no word


def test_spans_give_each_span_bit_for_bit():
    texts = [
        "The regulator fined the bank 45 million euros on Tuesday after a two-year inquiry.",
        "Turnout was 61.2 percent, up from 58 percent at the last election four years ago.",
        "Seven passengers were treated for minor injuries, the airline said.",
        "",
        "12 34 56",
    ]
    embedded = embed.Embedded(texts)
    requests = [
        (0, [(0, 20), (30, 60)]),
        (0, [(4, 13)]),
        (1, [(0, 7), (21, 40)]),
        (1, []),
        (2, [(0, len(texts[2]))]),
        (3, [(0, 5)]),
        (4, [(0, 8)]),  # digits only: no word inside
        (2, [(100, 200)]),
    ]
    together = embed.Embedded(texts).spans(requests)
    for row, (i, ranges) in zip(together, requests):
        assert row.tobytes() == embedded.span(i, ranges).tobytes()
    assert together[0].any() and not together[3].any() and not together[6].any()


def _loaded_before_use(_: int) -> bool:
    loaded = embed.model.cache_info().currsize == 1 and embed._vocabulary.cache_info().currsize == 1
    embed.model()
    return loaded


def test_workers_forked_after_preload_do_not_load_the_model_again():
    """A parallel build loads the model once, in the parent: its forked workers find it loaded."""
    from digest.pool import run_in_workers

    embed.preload()
    assert all(run_in_workers(_loaded_before_use, list(range(4)), jobs=2))
