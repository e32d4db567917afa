"""The engine's caches: a dictionary that starts over when full, and one way to look up or
compute a cached value.

Copies of wire stories repeat sentences and paragraphs, so most of what is learnt from a
text is kept by its words; an archive must not make those caches grow without end. A
``Bounded`` dict clears itself when a new key would pass its size: no bookkeeping on a
hit (a plain ``dict.get``), and what a corpus repeats is learnt again within a few
articles.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from typing import Any, TypeVar

K = TypeVar("K")
V = TypeVar("V")

MISSING: Any = object()  # a cache has no entry (None may be one)


def remember(store: MutableMapping[Any, Any], key: Any, compute: Callable[[], Any]) -> Any:
    """``store[key]``, computed and stored the first time it is asked for (None included)."""
    found = store.get(key, MISSING)
    if found is MISSING:
        found = store[key] = compute()
    return found


class Bounded(dict[K, V]):
    """A dict of at most ``size`` keys: adding one more clears it first."""

    __slots__ = ("size",)  # no instance dict: every cached sentence holds one of these

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def __setitem__(self, key: K, value: V) -> None:
        if len(self) >= self.size and key not in self:
            self.clear()
        super().__setitem__(key, value)
