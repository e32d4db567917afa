"""A dictionary that starts over when full: the engine's caches keyed by text.

Copies of wire stories repeat sentences and paragraphs, so most of what is learnt from a
text is kept by its words; an archive must not make those caches grow without end. A
``Bounded`` dict clears itself when a new key would pass its size: no bookkeeping on a
hit (a plain ``dict.get``), and what a corpus repeats is learnt again within a few
articles.
"""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Bounded(dict[K, V]):
    """A dict of at most ``size`` keys: adding one more clears it first."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def __setitem__(self, key: K, value: V) -> None:
        if len(self) >= self.size and key not in self:
            self.clear()
        super().__setitem__(key, value)
