"""What extractors return: a typed value and where it was written.

Every mention carries ``start``/``end`` offsets into the string the extractor was given
(a sentence) and ``text`` == that slice. Hedged values carry a range ``low``..``high``
(``math.inf`` for open ranges) around the stated ``value``.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs


@attrs.frozen
class NumberMention:
    start: int
    end: int
    text: str  # the whole mention, hedge included: "about 10,000"
    value: float  # the stated value: 10000.0
    low: float  # range after the hedge: 9000.0
    high: float  # 11000.0
    hedge: str | None = None  # "about", "more than", ... as written, lower-cased
    unit: str | None = None  # a unit written right after the number ("km", "tonnes"), if any


@attrs.frozen
class MoneyMention:
    start: int
    end: int
    text: str  # "some $25 million"
    value: float  # 25000000.0
    low: float
    high: float
    currency: str | None  # ISO 4217 when the writing fixes it ("USD" for US$, "SGD" for S$)
    family: str  # "dollar", "euro", "pound", "yen", "franc", ... ; "" if unknown
    hedge: str | None = None


@attrs.frozen
class DurationMention:
    start: int
    end: int
    text: str  # "about two months"
    days: float  # stated length in days (month = 30.436875 days, year = 365.2425)
    low: float  # hedged range in days
    high: float
    amount: float  # 2.0
    unit: str  # "month" (singular, canonical: second/minute/hour/day/week/month/year/decade)
    hedge: str | None = None


@attrs.frozen
class OrdinalMention:
    start: int
    end: int
    text: str  # "sixth", "6th"
    value: int


DateKind = Literal["absolute", "deictic", "anaphoric", "weekday"]
Granularity = Literal["day", "month", "year"]


@attrs.frozen
class DateMention:
    """A date expression.

    ``absolute``: written in full or in part ("25 April 2019", "April 2019", "2019").
    ``deictic``: resolved against the reference date given to the finder ("today",
    "yesterday", "last February", "on Thursday" -- a weekday in news is the most recent
    such day on or before the reference date).
    ``weekday``: a weekday with no reference date: ``value`` is None, ``weekday`` is set.
    ``anaphoric``: counts from another event ("a day earlier", "two days later", "the same
    day"): ``value`` is None and ``offset_days`` says how far from that event's date.
    """

    start: int
    end: int
    text: str
    kind: DateKind
    granularity: Granularity
    value: dt.date | None  # first day of the period for month/year granularity
    weekday: int | None = None  # 0 = Monday
    offset_days: int | None = None
