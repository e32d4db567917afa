"""How well a claim's words align with a quote, and what a rewording changed.

The score is the better of rapidfuzz's ``partial_ratio`` of the claim against the quote and
``token_set_ratio`` of the claim against the aligned part of the quote, widened by up to
two words (a quote shorter than the claim is scored as a whole with ``ratio`` and
``token_sort_ratio``). Words are case-folded, accents and punctuation dropped, so a
translator's rewording ("We must restore..." for "We need to restore...") scores 95 while
unrelated quotes of the same people stay far below 90. Meaning changes -- a negation added
or dropped, a number or a name changed -- are read from a word diff of the aligned part.
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

import attrs
from rapidfuzz import fuzz

__all__ = ["QuoteMatch", "QuoteMatcher", "align_quote", "match_quote", "normalise_quote"]


_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:['’]\w+)*")
_NEGATIONS = frozenset(
    {
        "not",
        "no",
        "never",
        "nothing",
        "without",
        "nor",
        "none",
        "neither",
        "nobody",
        "cannot",
        "nowhere",
    }
)
_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty"
)
_NUMBER_WORDS = {word: value for value, word in enumerate(_UNITS.split())} | {
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
}
_NOT_NAMES = frozenset(
    {
        "i",
        "we",
        "you",
        "he",
        "she",
        "it",
        "they",
        "the",
        "a",
        "an",
        "as",
        "in",
        "on",
        "at",
        "this",
        "that",
        "there",
        "our",
        "my",
        "your",
        "his",
        "her",
        "their",
        "its",
        "and",
        "but",
    }
)


@attrs.frozen
class _Tokens:
    """Normalised words of a text, with each word's span in the original text."""

    words: tuple[str, ...]  # case-folded, straight apostrophes, numbers without separators
    spans: tuple[tuple[int, int], ...]
    original: tuple[str, ...]  # as written
    offsets: tuple[int, ...]  # start of each word in ``normalised``
    sentence_initial: tuple[bool, ...]

    @property
    def normalised(self) -> str:
        return " ".join(self.words)

    def word_at(self, offset: int) -> int:
        """Index of the word holding (or right after) ``offset`` of ``normalised``."""
        return max(bisect.bisect_right(self.offsets, offset) - 1, 0)


_BREAKS = frozenset('.!?:“"‘')  # between two words, these start a new sentence (or quote)


@lru_cache(maxsize=8192)
def _normal(written: str) -> str:
    """A word as quotes compare it: case-folded, a straight apostrophe, no accents ("Kraków"
    and "Krakow" are one name), a number without separators. Kept by the word: a
    vocabulary repeats even where texts do not."""
    word = written.casefold().replace("’", "'")
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word)
                       if not unicodedata.combining(c))
    return word.replace(",", "") if word[0].isdigit() else word


def _tokens(text: str) -> _Tokens:
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    original: list[str] = []
    offsets: list[int] = []
    initial: list[bool] = []
    position = 0
    previous_end = 0
    for match in _TOKEN.finditer(text):
        written = match.group()
        word = _normal(written)
        start, end = match.span()
        initial.append(not words or not _BREAKS.isdisjoint(text[previous_end:start]))
        words.append(word)
        spans.append((start, end))
        original.append(written)
        offsets.append(position)
        position += len(word) + 1
        previous_end = end
    return _Tokens(tuple(words), tuple(spans), tuple(original), tuple(offsets), tuple(initial))


def normalise_quote(text: str) -> str:
    """Case-folded words, straight apostrophes, no punctuation or ellipses, single spaces."""
    return " ".join([_normal(word) for word in _TOKEN.findall(text)])


@attrs.frozen
class QuoteMatch:
    """How well a claim's text aligns with (part of) a quote.

    ``score``: 0-100 (see the module docs). ``span``: (start, end) in the quote text of the
    aligned words. ``changes``: meaning changes of the quote against the claim, e.g.
    ``("negation added",)``, ``("number changed: 10 → 20",)``, ``("name changed: Kim → Moon",)``.
    """

    score: float
    span: tuple[int, int]
    changes: tuple[str, ...] = ()


def align_quote(claim_text: str, quote_text: str, changes_from: float = 0.0) -> QuoteMatch:
    """The best alignment of a claim with a quote, whatever its score.

    Meaning changes are only looked for when the score reaches ``changes_from``: below it
    the quote does not match and its changes do not matter.
    """
    claim, quote = _tokens(claim_text), _tokens(quote_text)
    if not claim.words or not quote.words:
        return QuoteMatch(0.0, (0, 0))
    claim_n, quote_n = claim.normalised, quote.normalised
    if len(quote_n) < len(claim_n):
        score = max(fuzz.ratio(claim_n, quote_n), fuzz.token_sort_ratio(claim_n, quote_n))
        first, last = 0, len(quote.words) - 1
    else:
        alignment = fuzz.partial_ratio_alignment(claim_n, quote_n)
        assert alignment is not None  # None only below a score_cutoff, and there is none
        first = quote.word_at(alignment.dest_start)
        last = quote.word_at(max(alignment.dest_end - 1, alignment.dest_start))
        score = alignment.score
        for extra in (0, 1, 2):
            low, high = max(first - extra, 0), min(last + extra, len(quote.words) - 1)
            window = " ".join(quote.words[low : high + 1])
            score = max(score, fuzz.token_set_ratio(claim_n, window))
    low, high = max(first - 1, 0), min(last + 1, len(quote.words) - 1)
    span = (quote.spans[first][0], quote.spans[last][1])
    if score < changes_from:
        return QuoteMatch(round(score, 1), span)
    return QuoteMatch(round(score, 1), span, _changes(claim, quote, low, high + 1))


def match_quote(
    claim_text: str, quote_text: str, min_similarity: float = 90.0
) -> QuoteMatch | None:
    """The alignment of a claim with a quote if it scores at least ``min_similarity``."""
    found = align_quote(claim_text, quote_text, changes_from=min_similarity)
    return found if found.score >= min_similarity else None


@attrs.frozen
class QuoteMatcher:
    """``QuoteMatcher(min_similarity)(claim_text, quote_text) -> QuoteMatch | None``."""

    min_similarity: float = 90.0

    def __call__(self, claim_text: str, quote_text: str) -> QuoteMatch | None:
        return match_quote(claim_text, quote_text, self.min_similarity)


def _negations(words: Sequence[str]) -> int:
    return sum(1 for w in words if w in _NEGATIONS or w.endswith("n't"))


_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}


def _continues(total: float, current: float, value: float) -> bool:
    if current == 0:
        return total > 0 and value < 100
    if current >= 100 and current % 100 == 0:
        return value < 100
    return current % 10 == 0 and current % 100 >= 20 and value < 10  # "twenty" + "one"


def _number_values(words: Sequence[str]) -> list[float]:
    """The numbers written in ``words``; a run like "ten thousand" is one number (10000)."""
    values: list[float] = []
    total = current = 0.0
    in_run = False
    for word in (*words, ""):
        scale = _SCALES.get(word)
        if word[:1].isdigit():
            if in_run:
                values.append(total + current)
                total = 0.0
            try:
                current, in_run = float(word), True
            except ValueError:  # "1.2.3": not a number we compare
                current, in_run = 0.0, False
        elif scale is not None and in_run:
            if scale == 100:
                current *= scale
            else:
                total, current = total + current * scale, 0.0
        elif scale is not None or word in _NUMBER_WORDS:
            value = float(scale if scale is not None else _NUMBER_WORDS[word])
            if in_run and _continues(total, current, value):
                current += value  # "twenty five", "a hundred and ten", "two million one"
            else:
                if in_run:
                    values.append(total + current)
                    total = 0.0
                current, in_run = value, True
        elif in_run:
            values.append(total + current)
            total = current = 0.0
            in_run = False
    return values


def _changes(claim: _Tokens, quote: _Tokens, low: int, high: int) -> tuple[str, ...]:
    """Meaning changes between the claim and ``quote.words[low:high]``, via a word diff."""
    changes: list[str] = []
    window = quote.words[low:high]
    if _negations(window) > _negations(claim.words):
        changes.append("negation added")
    elif _negations(window) < _negations(claim.words):
        changes.append("negation dropped")
    diff = difflib.SequenceMatcher(None, claim.words, window, autojunk=False)
    claim_numbers: list[float] = []
    quote_numbers: list[float] = []
    for tag, c1, c2, q1, q2 in diff.get_opcodes():
        if tag == "equal":
            continue
        claim_numbers += _number_values(claim.words[c1:c2])
        quote_numbers += _number_values(window[q1:q2])
        if tag == "replace":
            said = _names(claim, c1, c2)
            written = _names(quote, low + q1, low + q2)
            if said and written and said != written:
                changes.append(f"name changed: {' '.join(said)} → {' '.join(written)}")
    if claim_numbers and quote_numbers and sorted(claim_numbers) != sorted(quote_numbers):
        changes.append(f"number changed: {_show(claim_numbers)} → {_show(quote_numbers)}")
    return tuple(changes)


def _show(values: list[float]) -> str:
    return ", ".join(f"{v:g}" if v < 1e6 else f"{v:,.0f}" for v in values)


def _names(tokens: _Tokens, first: int, last: int) -> list[str]:
    """Capitalised words (as written) of ``tokens[first:last]`` that look like names."""
    return [
        tokens.original[i]
        for i in range(first, last)
        if tokens.original[i][:1].isupper()
        and not tokens.sentence_initial[i]
        and tokens.words[i] not in _NOT_NAMES
    ]
