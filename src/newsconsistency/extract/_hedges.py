"""Hedges around a number ("about", "more than", "or more") and the words that join two
numbers into a range ("between 10 and 20", "more than 100 and less than 300").

Private to ``numbers.py``, which re-exports the functions the money and duration finders use.
"""

from __future__ import annotations

import math
import re

from newsconsistency.extract._numwords import trie
from newsconsistency.extract.mentions import NumberMention

__all__ = [
    "bounded",
    "bounds_join",
    "hedge_after",
    "hedge_before",
    "hedge_bounds",
    "hedge_kind",
    "opening_word",
    "range_gap",
]

INF = math.inf

_HEDGES: dict[str, str] = {
    **dict.fromkeys(
        [
            "about",
            "around",
            "roughly",
            "approximately",
            "approx.",
            "approx",
            "some",
            "an estimated",
            "estimated",
            "circa",
            "or so",
            "around about",
        ],
        "about",
    ),
    **dict.fromkeys(["nearly", "almost", "just under", "close to", "just shy of"], "nearly"),
    **dict.fromkeys(
        [
            "more than",
            "over",
            "at least",
            "upwards of",
            "in excess of",
            "just over",
            "well over",
            "no fewer than",
            "no less than",
            "or more",
            "and more",
            "plus",
            "+",
            "-plus",
            "greater than",
            "above",
            "exceeding",
            "exceed",
            "exceeds",
            "surpass",
            "larger than",
            "bigger than",
            "higher than",
            "greater than or equal to",
            "more than or equal to",
            "at least or equal to",
            "higher or equal than",
            "bigger or equal than",
            "larger or equal than",
            "greater or equal than",
            "or greater",
            "or above",
            "or higher",
        ],
        "more",
    ),
    **dict.fromkeys(
        [
            "up to",
            "at most",
            "fewer than",
            "less than",
            "under",
            "no more than",
            "as many as",
            "as much as",
            "or less",
            "or fewer",
            "below",
            "a maximum of",
            "smaller than",
            "lower than",
            "less than or equal to",
            "smaller or equal than",
            "lower or equal than",
            "less or equal than",
            "or below",
            "or lower",
        ],
        "less",
    ),
}
_BEFORE = sorted(
    (
        h
        for h in _HEDGES
        if h not in {"or so", "or more", "and more", "plus", "+", "-plus", "or less", "or fewer"}
        and h not in {"or greater", "or above", "or higher", "or below", "or lower"}
    ),
    key=len,
    reverse=True,
)
_HEDGE_BEFORE_RE = re.compile(r"(?i)(?<![\w.])(?P<h>" + trie(_BEFORE) + r")\s+\Z")
_HEDGE_AFTER_RE = re.compile(
    r"(?i)(?:\s+(?P<w>or so|or more|and more|or less|or fewer|or greater|or above|or higher"
    r"|or below|or lower)\b|(?P<p>\+|-plus\b))"
)
_RANGE_GAP_RE = re.compile(r"(?i)\s*(?:[-\u2013\u2014~]|to|through|and)\s*")
_BOUNDS_GAP_RE = re.compile(r"(?i)\s*(?:,\s*|\s(?:and|but)\s+)")
_BETWEEN_RE = re.compile(r"(?i)(?<!\w)(?P<w>between|from)\s+\Z")


def hedge_bounds(hedge: str | None, value: float) -> tuple[float, float]:
    """The range a hedge turns ``value`` into (see SPEC §2, quantity)."""
    kind = _HEDGES.get(hedge or "")
    if kind == "about":
        margin = abs(value) * 0.1
        return value - margin, value + margin
    if kind == "nearly":
        return min(0.9 * value, value), max(0.9 * value, value)
    if kind == "more":
        return value, INF
    if kind == "less":
        return min(0.0, value), value
    return value, value


def hedge_before(text: str, pos: int) -> tuple[str, int] | None:
    """The hedge written right before ``pos``, lower-cased, and where it starts."""
    lo = max(0, pos - 32)
    m = _HEDGE_BEFORE_RE.search(text, lo, pos)
    if m is None:
        return None
    return m.group("h").lower(), m.start("h")


def hedge_after(text: str, pos: int) -> tuple[str, int] | None:
    """A trailing hedge ("or more", "or so", "+") at ``pos``, lower-cased, and where it ends."""
    m = _HEDGE_AFTER_RE.match(text, pos)
    if m is None:
        return None
    return (m.group("w") or m.group("p")).lower(), m.end()


def range_gap(text: str, end: int, start: int) -> tuple[str, int] | None:
    """If ``text[end:start]`` joins two amounts into a range, the range's opening position.

    "and" only joins after "between"; "between"/"from" are included in the range's text.
    Returns (connector, opening position) or None.
    """
    m = _RANGE_GAP_RE.fullmatch(text, end, start)
    if m is None:
        return None
    word = m.group().strip().lower()
    return word, end


def opening_word(text: str, pos: int) -> tuple[str, int] | None:
    """ "between" or "from" written right before ``pos``."""
    m = _BETWEEN_RE.search(text, max(0, pos - 12), pos)
    if m is None:
        return None
    return m.group("w").lower(), m.start("w")


def hedge_kind(hedge: str | None) -> str | None:
    """ "about", "nearly", "more" or "less": what a written hedge does to the value."""
    return _HEDGES.get(hedge or "")


def bounds_join(text: str, out: list[NumberMention], mention: NumberMention) -> bool:
    """ "more than 100 and less than 300": an open bound, then the other, joined by "and"."""
    if not out or mention.hedge is None or out[-1].hedge is None:
        return False
    kinds = {_HEDGES.get(out[-1].hedge), _HEDGES.get(mention.hedge)}
    gap = _BOUNDS_GAP_RE.fullmatch(text, out[-1].end, mention.start)
    return kinds == {"more", "less"} and gap is not None


def bounded(text: str, first: NumberMention, second: NumberMention) -> NumberMention | None:
    more, less = (first, second) if _HEDGES.get(first.hedge or "") == "more" else (second, first)
    if not more.low < less.high:
        return None  # "more than 40 and less than 10": not one range
    low, high = more.low, less.high
    start, end = first.start, second.end
    unit = first.unit or second.unit
    return NumberMention(start, end, text[start:end], (low + high) / 2, low, high, "range", unit)
