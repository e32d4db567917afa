"""Hypothesis strategies: a number and the ways news writes it.

Each strategy draws ``(value, written)`` pairs; the number words come from the small renderer
below (no num2words dependency).
"""

from __future__ import annotations

import math

from hypothesis import strategies as st

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


def _below_thousand(n: int, hyphen: bool) -> list[str]:
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_ONES[hundreds], "hundred"]
        if rest:
            words.append("and")
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        if ones:
            words += [f"{_TENS[tens]}-{_ONES[ones]}"] if hyphen else [_TENS[tens], _ONES[ones]]
        else:
            words.append(_TENS[tens])
    elif rest:
        words.append(_ONES[rest])
    return words


def number_words(n: int, hyphen: bool = True) -> str:
    """English words for 0 <= n < 10**12: 3000240 -> "three million two hundred and forty"."""
    if n == 0:
        return "zero"
    words: list[str] = []
    for size, name in _SCALES:
        count, n = divmod(n, size)
        if count:
            words += [*_below_thousand(count, hyphen), name]
    words += _below_thousand(n, hyphen)
    return " ".join(words)


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@st.composite
def written_integers(draw: st.DrawFn) -> tuple[float, str]:
    """A whole number written plainly, grouped with commas or spaces, or in words."""
    n = draw(st.integers(min_value=2, max_value=999_999_999_999))
    style = draw(st.sampled_from(["plain", "comma", "space", "nbsp", "thin", "words", "spaced"]))
    written = {
        "plain": str(n),
        "comma": _grouped(n, ","),
        "space": _grouped(n, " "),
        "nbsp": _grouped(n, "\u00a0"),
        "thin": _grouped(n, "\u202f"),
        "words": number_words(n),
        "spaced": number_words(n, hyphen=False),
    }[style]
    return float(n), written


@st.composite
def written_scaled(draw: st.DrawFn) -> tuple[float, str]:
    """A number with a scale word or suffix, only where the written form is exact."""
    whole = draw(st.integers(min_value=1, max_value=999))
    tenths = draw(st.integers(min_value=0, max_value=99))
    head = f"{whole}.{tenths:02d}".rstrip("0").rstrip(".") if tenths else str(whole)
    scale, words = draw(
        st.sampled_from(
            [
                (1e3, ["k", "K", " thousand"]),
                (1e6, ["m", "M", "mn", " million", " mn"]),
                (1e9, ["b", "bn", " billion", " bn", "B"]),
                (1e12, [" trillion", "tn"]),
            ]
        )
    )
    suffix = draw(st.sampled_from(words))
    return float(f"{head}e{round(math.log10(scale))}"), head + suffix


def written_numbers() -> st.SearchStrategy[tuple[float, str]]:
    return st.one_of(written_integers(), written_scaled())


_MONEY_PREFIXES = [
    ("$", None, "dollar"),
    ("US$", "USD", "dollar"),
    ("HK$", "HKD", "dollar"),
    ("S$", "SGD", "dollar"),
    ("€", "EUR", "euro"),
    ("£", "GBP", "pound"),
    ("USD ", "USD", "dollar"),
    ("EUR ", "EUR", "euro"),
    ("us $ ", "USD", "dollar"),
]
_MONEY_SUFFIXES = [
    (" dollars", None, "dollar"),
    (" US dollars", "USD", "dollar"),
    (" euros", "EUR", "euro"),
    (" USD", "USD", "dollar"),
    (" yen", "JPY", "yen"),
    (" francs", None, "franc"),
    (" yuan", "CNY", "yuan"),
]


@st.composite
def written_money(draw: st.DrawFn) -> tuple[float, str, str | None, str]:
    """(value, written, ISO code or None, family): "US$25m", "25 million euros", ..."""
    value, number = draw(st.one_of(written_scaled(), written_integers()))
    if draw(st.booleans()) and number[0].isdigit():
        symbol, currency, family = draw(st.sampled_from(_MONEY_PREFIXES))
        return value, symbol + number, currency, family
    word, currency, family = draw(st.sampled_from(_MONEY_SUFFIXES))
    return value, number + word, currency, family
