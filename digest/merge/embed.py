"""Sentence vectors for aligning claims by meaning, not by shared words.

Outlets tell the same event in other words ("injured" / "hurt", "raised the rate" / "lifted
borrowing costs"), so alignment needs a measure of meaning. WordLlama ships small static word
embeddings (256 dimensions) inside its wheel: it loads offline from the installed package in a
fraction of a second and embeds a story's sentences in milliseconds, with no network and no
GPU. The model is loaded once per process, on first use.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

if TYPE_CHECKING:
    from tokenizers import Tokenizer

DIMENSIONS = 256
"""WordLlama's Matryoshka embeddings truncate cleanly; 256 is its default width."""

_lock = threading.Lock()


WEIGHTS = f"weights/l2_supercat_{DIMENSIONS}.safetensors"
TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"
"""WordLlama's default model (l2_supercat), as its wheel ships it: WordLlama.load(dim=DIMENSIONS)
reads these two files."""


class Model(NamedTuple):
    embedding: np.ndarray
    """One float32 row of DIMENSIONS per token id."""
    tokenizer: Tokenizer


@lru_cache(maxsize=1)
def model() -> Model:
    """The WordLlama model from the installed package folder; never downloads anything. Read as
    WordLlama.load reads it (the table as contiguous float32, the tokenizer without truncation),
    but without importing wordllama: its import (pydantic configurations, requests for downloads
    never made here) takes 0.15 s of every build that merges."""
    from safetensors import safe_open
    from tokenizers import Tokenizer

    with _lock:
        folder = Path(find_spec("wordllama").submodule_search_locations[0])  # type: ignore[union-attr,index]
        tokenizer = Tokenizer.from_file(str(folder / TOKENIZER))
        tokenizer.no_truncation()
        with safe_open(str(folder / WEIGHTS), framework="np", device="cpu") as weights:
            embedding = np.ascontiguousarray(weights.get_tensor("embedding.weight").astype(np.float32))
        return Model(embedding, tokenizer)


def preload() -> None:
    """Load the model and read its vocabulary now, in the parent of the merge's worker
    processes: forked workers share them instead of each loading them again (a quarter of a
    second of CPU per worker, per round of a hundred stories). Nothing is tokenised here, so
    the tokenizer's own threads are never started before a fork."""
    model()
    _vocabulary()
    _words_tokenise_alone()
    _tokenizer()


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length vectors, one row per text (cosine similarity is then a dot product)."""
    return Embedded(texts).vectors


class Embedded:
    """Texts tokenised once: a vector per text, and vectors of any character span inside them
    (the words around a figure), without tokenising again. WordLlama's sentence vector is the
    mean of its token vectors, so a span's vector is the mean of the tokens inside it."""

    def __init__(self, texts: list[str]):
        self.table = model().embedding
        self.texts = texts
        unique = list(dict.fromkeys(texts))  # a reprint repeats the wire's sentences: read each once
        _encode_many([t for t in unique if t not in _ENCODED])
        encoded = [_ids_of(t) for t in unique]
        row_of = {t: k for k, t in enumerate(unique)}
        self._row = [row_of[t] for t in texts]
        """Each text's row among the distinct texts."""
        lengths = np.array([len(ids) for ids in encoded], dtype=np.int64)
        ends = np.cumsum(lengths)
        self._flat = np.clip(np.concatenate(encoded) if encoded else np.zeros(0, dtype=np.int64), 0, self.table.shape[0] - 1)
        """Every distinct text's token ids, one after another; text k's are _flat[ends[k] - lengths[k]:ends[k]]."""
        self._ends = ends.tolist()
        self._lengths = lengths.tolist()
        self.bounds: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        vectors = np.zeros((len(unique), DIMENSIONS), dtype=np.float32)
        if len(_VECTORS) > VECTORS_MAX:
            _VECTORS.clear()
        known = [k for k, t in enumerate(unique) if t in _VECTORS]
        if known:
            vectors[known] = [_VECTORS[unique[k]] for k in known]
        filled = np.array([k for k, t in enumerate(unique) if lengths[k] and t not in _VECTORS], dtype=np.int64)
        if len(filled):  # every other text's mean token vector in one pass (each row summed on its own, so the same bits either way)
            sums = _token_sums(self.table, self._flat, (ends - lengths)[filled], lengths[filled])
            norms = np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-9)
            vectors[filled] = sums / norms
            for k in filled.tolist():
                _VECTORS[unique[k]] = vectors[k].copy()
        self.vectors = vectors[self._row] if len(unique) < len(texts) else vectors

    def ids(self, i: int) -> np.ndarray:
        """Token ids of text i."""
        row = self._row[i]
        return self._flat[self._ends[row] - self._lengths[row]:self._ends[row]]

    def span(self, i: int, ranges: list[tuple[int, int]]) -> np.ndarray:
        """Unit vector of the word tokens of text i that fall inside the character ranges (figures
        and punctuation left out)."""
        starts, ends = self._bounds(i)
        ids = self.ids(i)
        keep = None
        for start, end in ranges:
            inside = (starts >= start) & (ends <= end)
            keep = inside if keep is None else keep | inside
        if keep is None or not keep.any():
            return np.zeros(DIMENSIONS, dtype=np.float32)
        picked = self.table[ids[keep]]
        # picked.mean(axis=0) and np.linalg.norm, step by step as numpy does them (same bits, less overhead)
        total = np.add.reduce(picked, axis=0)
        return _unit_mean(total, len(picked))

    def spans(self, requests: list[tuple[int, list[tuple[int, int]]]]) -> np.ndarray:
        """`span` for many (text, ranges) at once, one row each, the same bits as `span` gives.
        Each row depends on its text and ranges alone, so rows read before (a story merged again
        after one of its files changed) are taken from _SPANS and only the others computed."""
        keys = [(self.texts[i], tuple(ranges)) for i, ranges in requests]
        out = np.zeros((len(requests), DIMENSIONS), dtype=np.float32)
        missing = []
        for k, key in enumerate(keys):
            row = _SPANS.get(key)
            if row is None:
                missing.append(k)
            else:
                out[k] = row
        if missing:
            fresh = self._spans_of([requests[k] for k in missing])
            out[missing] = fresh
            if len(_SPANS) + len(missing) > SPANS_MAX:
                _SPANS.clear()
            for k, row in zip(missing, fresh):
                _SPANS[keys[k]] = row
        return out

    def _spans_of(self, requests: list[tuple[int, list[tuple[int, int]]]]) -> np.ndarray:
        """`spans` computed: every request's tokens are tested and summed together, so numpy runs
        a few calls for the whole story instead of several per figure."""
        out = np.zeros((len(requests), DIMENSIONS), dtype=np.float32)
        if not requests:
            return out
        segments = [self.ids(i) for i, _ in requests]
        lengths = np.array([len(ids) for ids in segments], dtype=np.int64)
        if not lengths.any():
            return out
        ids = np.concatenate(segments)
        starts, ends = _word_bounds_many([self.texts[i] for i, _ in requests], ids, lengths)
        width = max(1, max(len(r) for _, r in requests))
        nothing = [(1 << 50, -1)]  # padding: a range no token is inside
        ranges = np.array([list(rs) + nothing * (width - len(rs)) for _, rs in requests], dtype=np.int64).reshape(len(requests), width, 2)
        owner = np.repeat(np.arange(len(requests)), lengths)
        inside = ((starts[:, None] >= ranges[owner, :, 0]) & (ends[:, None] <= ranges[owner, :, 1])).any(axis=1)
        picked, owner = ids[inside], owner[inside]
        counts = np.bincount(owner, minlength=len(requests))
        first = np.cumsum(counts) - counts
        filled = np.nonzero(counts)[0]
        order = filled[np.argsort(-counts[filled], kind="stable")]  # most tokens first: the rows still adding are a prefix
        descending = -counts[order]
        # np.add.reduce(picked, axis=0) adds a span's rows one after another, from the first: so here
        running = self.table[picked[first[order]]]
        for at in range(1, int(counts.max())):
            still = int(np.searchsorted(descending, -at, side="left"))  # spans with more than `at` tokens
            running[:still] += self.table[picked[first[order[:still]] + at]]
        # _unit_mean for every span at once: the same division, and each row's own dot product
        means = np.true_divide(running, counts[order][:, None], out=running, casting="unsafe", dtype=_DIVISION)
        norms = np.sqrt(np.array([row.dot(row) for row in means], dtype=np.float32))
        out[order] = means / np.maximum(norms.astype(np.float64), 1e-9).astype(np.float32)[:, None]
        return out

    def _bounds(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        row = self._row[i]
        bounds = self.bounds.get(row)
        if bounds is None:  # only sentences with a figure or date need their word spans
            bounds = self.bounds[row] = _word_bounds(self.texts[i], self.ids(i))
        return bounds


_DIVISION = np.result_type(np.zeros(1, dtype=np.float32), np.intp(1))
"""The type numpy divides a float32 sum by a count in (`_unit_mean`): float64 under numpy 2's
promotion rules, float32 under numpy 1's; `spans` divides in the same one."""


def _unit_mean(total: np.ndarray, count: int) -> np.ndarray:
    """`total / count` scaled to unit length, as `span` has always computed it (overwrites total)."""
    mean = np.true_divide(total, np.intp(count), out=total, casting="unsafe")
    return mean / max(float(np.sqrt(mean.dot(mean))), 1e-9)


PAIRWISE_BLOCK = 128
"""numpy's pairwise summation adds up to this many numbers with eight running sums, longer runs in halves."""


def _token_sums(table: np.ndarray, ids: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Sum of each text's token vectors (text k: table rows ids[starts[k]:starts[k] + lengths[k]]),
    bit for bit as `np.add.reduceat(table[ids], starts, axis=0)` adds them: the first row plus
    numpy's pairwise sum of the rest (eight running sums over whole blocks of eight, combined as
    a tree, then the remaining rows one by one). reduceat runs that sum once per text and column;
    here each step runs for every text at once, texts sorted by length so the texts still adding
    are a tail of the list. Texts of more than PAIRWISE_BLOCK + 1 tokens go to reduceat itself."""
    rest = lengths - 1
    order = np.argsort(rest, kind="stable")
    long = order[rest[order] > PAIRWISE_BLOCK]
    order = order[rest[order] <= PAIRWISE_BLOCK]
    first, count = starts[order], rest[order]
    blocks = count - count % 8
    running = np.full((len(order), 8, table.shape[1]), -0.0, dtype=np.float32)  # -0.0 + x is x, as numpy starts
    eight = np.arange(8)
    for at in range(0, int(blocks[-1]) if len(order) else 0, 8):
        tail = int(np.searchsorted(blocks, at, side="right"))  # texts with a whole block left at `at`
        running[tail:] += table[ids[first[tail:, None] + 1 + at + eight]]
    r = running
    total = ((r[:, 0] + r[:, 1]) + (r[:, 2] + r[:, 3])) + ((r[:, 4] + r[:, 5]) + (r[:, 6] + r[:, 7]))
    for extra in range(7):
        still = np.nonzero(count % 8 > extra)[0]
        if len(still):
            total[still] += table[ids[first[still] + 1 + blocks[still] + extra]]
    out = np.empty((len(starts), table.shape[1]), dtype=np.float32)
    out[order] = table[ids[first]] + total
    for k in long.tolist():
        out[k] = np.add.reduceat(table[ids[starts[k]:starts[k] + lengths[k]]], [0], axis=0)[0]
    return out


def _word_bounds(text: str, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each token's span without its leading space; tokens with no letter get a span that no
    range holds. Read from the vocabulary once, so no Python loop runs per token."""
    return _word_bounds_many([text], ids, np.array([len(ids)], dtype=np.int64))


def _word_bounds_many(texts: list[str], ids: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`_word_bounds` of several texts at once, their token ids laid end to end (text k has
    lengths[k] of them): one set of numpy calls for all."""
    if not len(ids):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    letters, spaced = _vocabulary_marks()
    starts, ends = _offsets_many(texts, ids, lengths)
    starts = starts + spaced[ids]
    words = letters[ids]
    return np.where(words, starts, -1), np.where(words, ends, 1 << 40)


def _offsets(text: str, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each token's character span in the text, as the tokenizer's offsets give it (see _offsets_many)."""
    return _offsets_many([text], ids, np.array([len(ids)], dtype=np.int64))


def _offsets_many(texts: list[str], ids: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each token's character span in its text, as the tokenizer's offsets give it, computed
    from the ids: the tokenizer writes a text as '\u2581' + text with every space a '\u2581',
    and each token covers its own characters of that (a byte token the whole character it is
    part of). Reading offsets from the tokenizer costs more than tokenising; only sentences with
    a figure or a date need them. A text holding a special token ('<s>') is asked of the
    tokenizer itself, since those are cut out before the leading '\u2581' is added."""
    consumed, width, special = _vocabulary_lengths()
    ends = np.cumsum(consumed[ids])
    first = np.cumsum(lengths) - lengths
    ends -= np.repeat(np.concatenate(([0], ends))[first], lengths)  # each text counts from its own start
    starts = ends - width[ids]
    starts, ends = np.maximum(starts - 1, 0), np.maximum(ends - 1, 1)  # the added '\u2581' alone spans the first character
    marked = special[ids]
    if marked.any():
        for k in np.unique(np.repeat(np.arange(len(lengths)), lengths)[marked]).tolist():
            spans = _tokenizer().encode(texts[k], add_special_tokens=False).offsets
            pairs = np.array(spans, dtype=np.int64).reshape(-1, 2)
            starts[first[k]:first[k] + lengths[k]] = pairs[:, 0]
            ends[first[k]:first[k] + lengths[k]] = pairs[:, 1]
    return starts, ends


def _vocabulary_marks() -> tuple[np.ndarray, np.ndarray]:
    """Per token id: whether it holds a letter, and whether it starts with a space (offset +1)."""
    tables = _vocabulary()
    return tables[0], tables[1]


def _vocabulary_lengths() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per token id: characters of the written text it moves past, characters its offsets span,
    and whether it is a special token. A byte token spans its whole character, and only the
    first byte of a character moves past it."""
    tables = _vocabulary()
    return tables[2], tables[3], tables[4]


_BYTE_TOKEN = re.compile(r"<0x([0-9A-Fa-f]{2})>")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """`_vocabulary_marks` and `_vocabulary_lengths`, read from the vocabulary in one pass, once
    per process."""
    tokenizer = model().tokenizer
    size = tokenizer.get_vocab_size()
    letters = np.zeros(size, dtype=bool)
    spaced = np.zeros(size, dtype=np.int64)
    consumed = np.zeros(size, dtype=np.int64)
    width = np.zeros(size, dtype=np.int64)
    special = np.zeros(size, dtype=bool)
    added = getattr(tokenizer, "get_added_tokens_decoder", None)  # tokenizers >= 0.15; before it, the three the model has
    for index in added() if added else [tokenizer.token_to_id(t) for t in ("<unk>", "<s>", "</s>")]:
        if index is not None and index < size:
            special[index] = True
    isalpha = str.isalpha
    for token, index in tokenizer.get_vocab().items():
        if index >= size:
            continue
        bare = token.replace("\u2581", "")
        letters[index] = isalpha(bare) or any(map(isalpha, bare))
        spaced[index] = 1 if token.startswith("\u2581") and len(token) > 1 else 0
        byte = _BYTE_TOKEN.fullmatch(token) if token.startswith("<0x") else None
        if byte:
            value = int(byte.group(1), 16)
            consumed[index] = 0 if 0x80 <= value < 0xC0 else 1  # a continuation byte adds no character
            width[index] = 1
        else:
            consumed[index] = width[index] = len(token)
    return letters, spaced, consumed, width, special


_SPANS: dict[tuple[str, tuple], np.ndarray] = {}
"""`Embedded.spans` rows by (text, character ranges), kept for the process (bounded: cleared when
it would grow past SPANS_MAX: some sixty stories' figures, what digest serve's re-merge needs)."""
SPANS_MAX = 8_000

_ENCODED: dict[str, np.ndarray] = {}
"""Token ids per text, kept for the process: a rebuild tokenises only the sentences it has not
seen (bounded: cleared when it grows past ENCODED_MAX)."""
ENCODED_MAX = 200_000


def _encode_many(texts: list[str]) -> None:
    """Token ids of each text, read word by word: no token of the vocabulary holds a space
    after its first character, so BPE never merges across a word's leading space and a
    sentence's ids are its words' ids laid end to end. Words recur across a story's sentences
    and a build's stories; each is tokenised once per process. Texts with other whitespace,
    doubled spaces or a special token's spelling go to the tokenizer whole."""
    if not texts:
        return
    if len(_ENCODED) > ENCODED_MAX:
        _ENCODED.clear()
    if len(_WORD_IDS) > ENCODED_MAX:
        _WORD_IDS.clear()
    plain: list[str] = []
    whole: list[str] = []
    by_word = _words_tokenise_alone()
    for t in texts:
        (plain if by_word and not _not_word_by_word(t) else whole).append(t)
    words = _WORD_IDS
    missing = list(dict.fromkeys(w for t in plain for w in t.split(" ") if w not in words))
    for word, ids in zip(missing, _encode_whole(missing)):
        words[word] = ids
    for text in plain:
        _ENCODED[text] = np.array([i for w in text.split(" ") for i in words[w]], dtype=np.int64)
    for text, ids in zip(whole, _encode_whole(whole)):
        _ENCODED[text] = np.array(ids, dtype=np.int64)


_VECTORS: dict[str, np.ndarray] = {}
"""Each text's unit vector, kept for the process like _ENCODED: a rebuild of a story sums the token
vectors only of the sentences that changed (bounded: cleared past VECTORS_MAX, a kilobyte each)."""
VECTORS_MAX = 20_000


_WORD_IDS: dict[str, list[int]] = {}
"""Token ids per word (as it follows a space), kept for the process like _ENCODED."""
_NOT_WORD_BY_WORD = re.compile(r"[^\S ]|  |^ | $|^$|<(?:s|/s|unk)>")
"""What only the whole text tokenises right: whitespace other than one space between words,
and the special tokens the tokenizer cuts out before it reads words."""


def _not_word_by_word(text: str) -> bool:
    """Whether the text holds what _NOT_WORD_BY_WORD finds. Split on any whitespace and on single
    spaces, a text gives the same words exactly when its only whitespace is one space between
    words (and it is not empty); two splits cost less than the pattern's search at every position."""
    return text.split() != text.split(" ") or "<" in text and ("<s>" in text or "</s>" in text or "<unk>" in text)


def _encode_whole(texts: list[str]) -> list[list[int]]:
    if not texts:
        return []
    tokenizer = _tokenizer()
    encode = getattr(tokenizer, "encode_batch_fast", tokenizer.encode_batch)  # the ids alone: offsets come from _offsets
    return [encoding.ids for encoding in encode(texts, add_special_tokens=False)]


@lru_cache(maxsize=1)
def _words_tokenise_alone() -> bool:
    """Whether no token spans a word boundary: none holds the space mark after its first
    character, other than runs of spaces (checked once per process, so another vocabulary
    falls back to whole texts)."""
    mark = "\u2581"
    return not any(mark in token[1:] and token.strip(mark) for token in _tokenizer().get_vocab())


@lru_cache(maxsize=1)
def _tokenizer():
    """WordLlama's tokenizer without the padding it turns on for its own batches: padded
    batches cost a token per longest-sentence position for every sentence."""
    tokenizer = model().tokenizer
    tokenizer.no_padding()
    return tokenizer


def _ids_of(text: str) -> np.ndarray:
    ids = _ENCODED.get(text)
    if ids is None:
        _encode_many([text])
        ids = _ENCODED[text]
    return ids


CENTRE_PRIOR = 20
"""Sentences a story needs before its mean is trusted fully as its topic."""


def topic(vectors: np.ndarray) -> np.ndarray:
    """The part every sentence of the story shares ('the election', 'the fine'): its mean vector,
    weighted by how many sentences vouch for it (one row; zero for fewer than three sentences)."""
    if len(vectors) < 3:
        return np.zeros((1, vectors.shape[1]), dtype=vectors.dtype)
    weight = len(vectors) / (len(vectors) + CENTRE_PRIOR)  # a few sentences say little about the topic
    return weight * vectors.mean(axis=0, keepdims=True)


def centred(vectors: np.ndarray) -> np.ndarray:
    """Vectors with the story's topic taken out, renormalised: similarity then measures what a
    sentence says rather than what the story is about."""
    if len(vectors) < 3:
        return vectors
    shifted = vectors - topic(vectors)
    norms = np.linalg.norm(shifted, axis=1, keepdims=True)
    return shifted / np.maximum(norms, 1e-9)
