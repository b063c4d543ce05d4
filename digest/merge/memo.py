"""Answers for a pair of objects kept by the objects' identity, for a story merged again.

A story merged again after one of its files changed asks the same questions of its other outlets'
very claims and facts; keeping the pair itself beside its answer means no other object can take
their ids while the answer is kept."""

from __future__ import annotations

from typing import Callable, Generic, TypeVar

A = TypeVar("A")
B = TypeVar("B")
T = TypeVar("T")


class PairMemo(Generic[A, B, T]):
    """`get(a, b, compute)`: compute's answer for a and b, computed once while both are kept;
    cleared whole when it grows past `limit` (a serve process needs a few dozen stories)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._known: dict[tuple[int, int], tuple[A, B, T]] = {}

    def get(self, a: A, b: B, compute: Callable[[], T]) -> T:
        key = (id(a), id(b))
        known = self._known.get(key)
        if known is not None and known[0] is a and known[1] is b:
            return known[2]
        answer = compute()
        if len(self._known) >= self.limit:
            self._known.clear()
        self._known[key] = (a, b, answer)
        return answer

    def clear(self) -> None:
        self._known.clear()

    def __len__(self) -> int:
        return len(self._known)
