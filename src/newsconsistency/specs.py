"""The typed values of each claim type, as parsed from a claim file.

Owner of parsing: :mod:`newsconsistency.claims` calls ``parse_spec(type, mapping, ctx)``.
Specs are immutable and key the engine's caches, so each keeps its hash once computed.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Literal

import attrs


@attrs.frozen(cache_hash=True)
class Tolerance:
    """``10%`` -> relative=0.10; ``500`` -> absolute=500.0; default: exact."""

    relative: float = 0.0
    absolute: float = 0.0

    def bounds(self, value: float) -> tuple[float, float]:
        margin = max(abs(value) * self.relative, self.absolute)
        return value - margin, value + margin

    def describe(self) -> str:
        if self.relative:
            return f"±{self.relative * 100:g}%"
        if self.absolute:
            return f"±{self.absolute:,g}"
        return ""


@attrs.frozen(cache_hash=True)
class DateSpec:
    value: dt.date  # first day of the period for month/year granularity
    granularity: Literal["day", "month", "year"]

    def describe(self) -> str:
        if self.granularity == "year":
            return f"{self.value.year}"
        if self.granularity == "month":
            return self.value.strftime("%B %Y")
        return f"{self.value.day} {self.value.strftime('%B %Y')}"


@attrs.frozen(cache_hash=True)
class PlaceSpec:
    name: str
    aliases: tuple[str, ...] = ()
    within: tuple[str, ...] = ()

    def describe(self) -> str:
        return self.name


@attrs.frozen(cache_hash=True)
class QuantitySpec:
    value: float
    tolerance: Tolerance = Tolerance()
    unit: str | None = None

    def describe(self) -> str:
        text = f"{self.value:,g}" if self.value < 1e15 else repr(self.value)
        if self.unit:
            text += f" {self.unit}"
        tol = self.tolerance.describe()
        return f"{text} ({tol})" if tol else text


@attrs.frozen(cache_hash=True)
class MoneySpec:
    value: float
    currency: str  # ISO 4217
    tolerance: Tolerance = Tolerance()

    def describe(self) -> str:
        text = f"{self.currency} {self.value:,.2f}".replace(".00", "")
        tol = self.tolerance.describe()
        return f"{text} ({tol})" if tol else text


MONTH_DAYS = 30.436875
YEAR_DAYS = 365.2425
UNIT_DAYS = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": MONTH_DAYS,
    "year": YEAR_DAYS,
    "decade": YEAR_DAYS * 10,
}


@attrs.frozen(cache_hash=True)
class DurationSpec:
    days: float
    amount: float
    unit: str  # canonical singular unit, a key of UNIT_DAYS
    tolerance: Tolerance = Tolerance()

    def describe(self) -> str:
        unit = self.unit if self.amount == 1 else self.unit + "s"
        text = f"{self.amount:g} {unit}"
        tol = self.tolerance.describe()
        return f"{text} ({tol})" if tol else text


@attrs.frozen(cache_hash=True)
class OrdinalSpec:
    value: int

    def describe(self) -> str:
        n = self.value
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"


@attrs.frozen(cache_hash=True)
class QuoteSpec:
    speaker: str  # canonical entity name
    text: str
    min_similarity: float = 90.0

    def describe(self) -> str:
        return f"{self.speaker}: “{self.text}”"


INF = math.inf
