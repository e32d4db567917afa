"""Unit conversion for quantity claims, through pint (imported on first use)."""

from __future__ import annotations

import functools
from typing import Any

ALIASES = {"tons": "short_ton", "ton": "short_ton", "tonnes": "tonne", "kms": "km",
           "sq km": "km**2", "square kilometres": "km**2", "square miles": "mi**2"}


@functools.cache
def _registry() -> Any:
    import pint

    return pint.UnitRegistry()


@functools.lru_cache(maxsize=256)
def factor(source: str, target: str) -> float | None:
    """How many ``target`` units one ``source`` unit is; None when they do not convert."""
    if source.lower() == target.lower():
        return 1.0
    ureg = _registry()
    try:
        src = ureg.parse_units(ALIASES.get(source.lower(), source.lower()))
        dst = ureg.parse_units(ALIASES.get(target.lower(), target.lower()))
        return float((1 * src).to(dst).magnitude)
    except Exception:
        return None


def convert(values: tuple[float, float], source: str, target: str) -> tuple[float, float] | None:
    f = factor(source, target)
    if f is None:
        return None
    return values[0] * f, values[1] * f
