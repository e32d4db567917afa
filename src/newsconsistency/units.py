"""Unit conversion for quantity claims, with pint's numbers.

The unit words the number reader knows convert through a table derived from pint
(``data/units.tsv``, built by ``scripts/build_units.py``): importing pint and building its
registry takes about half a second, more than the rest of a cold start. Any other unit goes
to pint, imported on first use.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

ALIASES = {"tons": "short_ton", "ton": "short_ton", "tonnes": "tonne", "kms": "km",
           "sq km": "km**2", "square kilometres": "km**2", "square miles": "mi**2"}


@functools.cache
def _table() -> tuple[dict[str, str], dict[tuple[str, str], float]]:
    """(unit word -> pint's unit, '' where pint has none; (unit, unit) -> factor)."""
    names: dict[str, str] = {}
    factors: dict[tuple[str, str], float] = {}
    text = resources.files("newsconsistency").joinpath("data/units.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.startswith("unit\t"):
            _, word, name = line.split("\t")
            names[word] = name
        elif line.startswith("factor\t"):
            _, a, b, value = line.split("\t")
            factors[a, b] = float(value)
    return names, factors


@functools.cache
def _registry() -> Any:
    import pint

    return pint.UnitRegistry()


@functools.lru_cache(maxsize=256)
def factor(source: str, target: str) -> float | None:
    """How many ``target`` units one ``source`` unit is; None when they do not convert."""
    source, target = source.lower(), target.lower()
    if source == target:
        return 1.0
    names, factors = _table()
    if source in names and target in names:
        if not names[source] or not names[target]:
            return None  # a word pint knows no unit for
        return factors.get((names[source], names[target]))  # None: another dimension
    return pint_factor(source, target)


def pint_unit(word: str) -> Any:
    """pint's unit for a lower-cased unit word (through ``ALIASES``); raises if it has none."""
    return _registry().parse_units(ALIASES.get(word, word))


def pint_ratio(source: Any, target: Any) -> float:
    """How many ``target`` one ``source`` is, as pint converts; raises if they do not."""
    return float((1 * source).to(target).magnitude)


def pint_factor(source: str, target: str) -> float | None:
    """:func:`factor` as pint alone answers it, for lower-cased words: what the table holds
    for the words it knows (``scripts/build_units.py`` builds it with these functions)."""
    try:
        return pint_ratio(pint_unit(source), pint_unit(target))
    except Exception:
        return None


def convert(values: tuple[float, float], source: str, target: str) -> tuple[float, float] | None:
    f = factor(source, target)
    if f is None:
        return None
    return values[0] * f, values[1] * f
