"""Sentence vectors for aligning claims by meaning, not by shared words.

Outlets tell the same event in other words ("injured" / "hurt", "raised the rate" / "lifted
borrowing costs"), so alignment needs a measure of meaning. WordLlama ships small static word
embeddings (256 dimensions) inside its wheel: it loads offline from the installed package in a
fraction of a second and embeds a story's sentences in milliseconds, with no network and no
GPU. The model is loaded once per process, on first use.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache

import numpy as np

DIMENSIONS = 256
"""WordLlama's Matryoshka embeddings truncate cleanly; 256 is its default width."""

_lock = threading.Lock()


@lru_cache(maxsize=1)
def model():
    """The WordLlama model from the installed package folder; never downloads anything."""
    import wordllama
    from wordllama import WordLlama

    with _lock:
        folder = os.path.dirname(wordllama.__file__)
        return WordLlama.load(dim=DIMENSIONS, cache_dir=folder, disable_download=True)


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length vectors, one row per text (cosine similarity is then a dot product)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    vectors = np.asarray(model().embed(texts, norm=True), dtype=np.float32)
    return vectors


def centred(vectors: np.ndarray) -> np.ndarray:
    """Vectors with the story's mean taken out, renormalised. Every sentence of a story shares its
    topic ('the election', 'the fine'); without the shared part, similarity measures what a
    sentence says rather than what the story is about."""
    if len(vectors) < 3:
        return vectors
    shifted = vectors - vectors.mean(axis=0, keepdims=True)
    norms = np.linalg.norm(shifted, axis=1, keepdims=True)
    return shifted / np.maximum(norms, 1e-9)
