"""Peer test suites as scored cases: loading, our extractors' answers, and matching.

Each suite reads one file of another project's test data (see ``shared/peer/README.md``) into
:class:`Case` objects whose ``gold`` holds plain values, asks an extractor for the values it
finds in ``Case.text``, and counts how many of those pair up with the gold one to one
(:func:`score`). The same loaders read the full peer folder (``benchmarks/accuracy.py``) and
the small slice committed under ``tests/data/peer`` (``tests/test_peer_slice.py``).

Scoring decisions (documented in ``benchmarks/EXCLUDED.md``):

* money: values equal and currency compatible -- the ISO code when the gold has one, else the
  family ("Dollar" matches any dollar, "Pound" any pound). Minor units are compared as
  written: gold "50 cents" (Cent, 50) matches our 50 of family "cent"; they are not converted.
  Currency words without an amount carry no value upstream and are not scored.
* ordinals: only numeric positions ("sixth", "21st") are gold; Recognizers-Text's
  ``ordinal.relative`` results ("last", "next", "previous") have no counterpart in our claim
  types, so those cases stay in with no gold (an ordinal found there is a false positive).
* durations: gold seconds are recomputed from the Timex with our calendar (a month is
  30.436875 days, a year 365.2425 days); the upstream seconds (30-day months) match too.
* dates: date precision against ``PastResolution``; dates upstream marks "not resolved"
  (``0001-01-01``: "Feb 30") are no gold, so nothing must be found; an anaphoric mention
  ("3 days later") counts from the reference date.
* numbers: a hedged number counts as its stated value, a range as its two ends (upstream
  gives the numbers as written); a number with a glued unit ("180ml") stays an answer and
  counts as a false positive where upstream leaves it to its DimensionModel.
* quantulum3: currency quantities are money, ``dimensionless`` ones bare numbers; physical
  quantities are skipped, and any answer overlapping one is ignored rather than counted.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from newsconsistency.extract.dates import DateFinder
from newsconsistency.extract.durations import find_durations
from newsconsistency.extract.mentions import DateMention
from newsconsistency.extract.money import find_money
from newsconsistency.extract.numbers import find_numbers, parse_number
from newsconsistency.extract.ordinals import find_ordinals

__all__ = [
    "SUITES",
    "Case",
    "Cash",
    "Counts",
    "Exclusion",
    "Suite",
    "apply_exclusions",
    "load_exclusions",
    "score",
]

Span = tuple[int, int]


@attrs.frozen
class Case:
    """One input of a peer suite and the values it should yield."""

    suite: str
    text: str
    gold: tuple[Any, ...]
    reference: dt.datetime | None = None
    prefer: str = "past"  # dateparser's PREFER_DATES_FROM for this case
    ignore: tuple[Span, ...] = ()  # spans whose answers are neither right nor wrong
    whole: bool = False  # the whole input is one expression (text2num's text2num cases)


@attrs.frozen
class Cash:
    """A sum of money for matching: ``iso`` when known, else only the ``family``."""

    value: float
    family: str
    iso: str | None = None


@attrs.frozen
class Counts:
    cases: int = 0
    true_positives: int = 0
    gold: int = 0
    found: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.cases + other.cases,
            self.true_positives + other.true_positives,
            self.gold + other.gold,
            self.found + other.found,
        )

    def as_json(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "n": self.cases,
            "gold": self.gold,
            "found": self.found,
            "true_positives": self.true_positives,
        }


Extractor = Callable[[Case], list[Any]]
Matcher = Callable[[Any, Any], bool]


@attrs.frozen
class Suite:
    """A peer file, how to read it, how our extractors answer it and how answers match."""

    name: str
    project: str  # the folder under the peer root, which holds the LICENSE
    path: str  # the file, relative to the project folder
    load: Callable[[Path, str], list[Case]]
    ours: Extractor
    match: Matcher
    anchor: str | None  # the library a user would otherwise use: "quantulum3" / "search_dates"
    floor: float | None = None

    def cases(self, peer_root: Path) -> list[Case]:
        return self.load(peer_root / self.project / self.path, self.name)


@attrs.frozen
class Exclusion:
    suite: str
    input: str
    reason: str


def score(cases: Iterable[Case], extract: Extractor, same: Matcher) -> Counts:
    """Micro counts over the cases: greedy one-to-one matching of found values to gold."""
    total = Counts()
    for case in cases:
        found = extract(case)
        unused = list(found)
        hits = 0
        for gold in case.gold:
            for index, candidate in enumerate(unused):
                if same(gold, candidate):
                    del unused[index]
                    hits += 1
                    break
        total += Counts(1, hits, len(case.gold), len(found))
    return total


def load_exclusions(path: Path) -> list[Exclusion]:
    rows = json.loads(path.read_text(encoding="utf-8"))
    return [Exclusion(row["suite"], row["input"], row["reason"]) for row in rows]


def apply_exclusions(
    cases: list[Case], exclusions: Sequence[Exclusion], *, strict: bool = True
) -> list[Case]:
    """The cases not listed; with ``strict``, every listed input must name a case."""
    listed = {e.input for e in exclusions if cases and e.suite == cases[0].suite}
    kept = [case for case in cases if case.text not in listed]
    if strict:
        missing = listed - {case.text for case in cases}
        if missing:
            raise ValueError(f"excluded inputs not in the suite: {sorted(missing)}")
    return kept


# ----------------------------------------------------------------------------- matching


def same_number(gold: float, found: float) -> bool:
    return math.isclose(gold, found, rel_tol=1e-9, abs_tol=1e-12)


def same_money(gold: Cash, found: Cash) -> bool:
    if not same_number(gold.value, found.value):
        return False
    if gold.iso is not None:
        return found.iso == gold.iso
    return found.family == gold.family


def same_range(gold: tuple[float | None, float | None], found: tuple[float, float]) -> bool:
    """Ends equal where the gold has them; an open gold end needs an open or zero one."""
    low, high = gold
    low_ok = found[0] <= 0 or math.isinf(found[0]) if low is None else same_number(low, found[0])
    high_ok = math.isinf(found[1]) if high is None else same_number(high, found[1])
    return low_ok and high_ok


def same_date(gold: dt.date, found: dt.date) -> bool:
    return gold == found


def same_seconds(gold: tuple[float, ...], found: float) -> bool:
    return any(math.isclose(g, found, rel_tol=1e-6) for g in gold)


def same_quantity(gold: Cash | float, found: Cash | float) -> bool:
    if isinstance(gold, Cash):
        return isinstance(found, Cash) and same_money(gold, found)
    return not isinstance(found, Cash) and same_number(gold, found)


# ----------------------------------------------------------------------------- loaders


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8-sig"))


def _reference(case: dict[str, Any]) -> dt.datetime | None:
    context = case.get("Context") or {}
    stamp = context.get("ReferenceDateTime")
    return dt.datetime.fromisoformat(stamp) if stamp else None


# Recognizers-Text unit names without an ISO code -> our family names
_UNIT_FAMILIES = {"pence": "penny", "penny": "penny"}


def _family(unit: str) -> str:
    last = unit.split()[-1].lower()
    return _UNIT_FAMILIES.get(last, last)


def load_currency(path: Path, suite: str) -> list[Case]:
    cases = []
    for raw in _read_json(path):
        gold = tuple(
            Cash(float(r["Resolution"]["value"]), _family(r["Resolution"]["unit"]),
                 r["Resolution"].get("isoCurrency"))
            for r in raw["Results"]
            if r["Resolution"].get("value") is not None
        )  # fmt: skip
        cases.append(Case(suite, raw["Input"], gold))
    return cases


def load_number(path: Path, suite: str) -> list[Case]:
    return [
        Case(suite, raw["Input"], tuple(float(r["Resolution"]["value"]) for r in raw["Results"]))
        for raw in _read_json(path)
    ]


_INTERVAL = re.compile(r"^[\[(](?P<low>[^,]*),(?P<high>[^\])]*)[\])]$")


def _interval(value: str) -> tuple[float | None, float | None]:
    match = _INTERVAL.match(value.replace(" ", ""))
    if match is None:
        raise ValueError(f"not an interval: {value!r}")
    low, high = match["low"], match["high"]
    return (float(low) if low else None, float(high) if high else None)


def load_number_range(path: Path, suite: str) -> list[Case]:
    return [
        Case(
            suite, raw["Input"], tuple(_interval(r["Resolution"]["value"]) for r in raw["Results"])
        )
        for raw in _read_json(path)
    ]


def load_ordinal(path: Path, suite: str) -> list[Case]:
    return [
        Case(
            suite,
            raw["Input"],
            tuple(
                int(r["Resolution"]["value"]) for r in raw["Results"] if r["TypeName"] == "ordinal"
            ),
        )
        for raw in _read_json(path)
    ]


_INVALID = "0001-01-01"  # upstream's "not resolved": "Feb 30", "fifth Sunday" of a short month


def load_date(path: Path, suite: str) -> list[Case]:
    return [
        Case(
            suite,
            raw["Input"],
            tuple(
                dt.date.fromisoformat(r["Value"]["PastResolution"]["date"])
                for r in raw["Results"]
                if r["Value"]["PastResolution"]["date"] != _INVALID
            ),
            _reference(raw),
        )
        for raw in _read_json(path)
    ]


_DAY = 86400.0
_TIMEX_UNITS = {
    "Y": 365.2425 * _DAY, "M": 30.436875 * _DAY, "W": 7 * _DAY, "D": _DAY,
    "H": 3600.0, "TM": 60.0, "S": 1.0,
}  # fmt: skip
_TIMEX_PART = re.compile(r"(\d+(?:\.\d+)?)([YMWDHS])")


def _timex_seconds(timex: str) -> float | None:
    """Seconds of an ISO 8601 duration ("P1Y1M21D", "PT1.5H") on our calendar."""
    if not re.fullmatch(r"P(?:\d+(?:\.\d+)?[YMWD])*(?:T(?:\d+(?:\.\d+)?[HMS])+)?", timex):
        return None
    date_part, _, time_part = timex[1:].partition("T")
    total = sum(float(n) * _TIMEX_UNITS[u] for n, u in _TIMEX_PART.findall(date_part))
    return total + sum(
        float(n) * _TIMEX_UNITS["TM" if u == "M" else u] for n, u in _TIMEX_PART.findall(time_part)
    )


def load_duration(path: Path, suite: str) -> list[Case]:
    cases = []
    for raw in _read_json(path):
        gold = []
        for result in raw["Results"]:
            given = float(result["Value"]["PastResolution"]["duration"])
            ours = _timex_seconds(result["Value"]["Timex"])
            gold.append((given,) if ours is None else (ours, given))
        cases.append(Case(suite, raw["Input"], tuple(gold), _reference(raw)))
    return cases


# quantulum3 unit names of currencies -> (family, ISO code)
_QUANTULUM_CURRENCIES = {
    "dollar": ("dollar", None), "united states dollar": ("dollar", "USD"),
    "euro": ("euro", "EUR"), "pound sterling": ("pound", "GBP"), "yen": ("yen", "JPY"),
    "japanese yen": ("yen", "JPY"), "chinese yuan": ("yuan", "CNY"),
    "swiss franc": ("franc", "CHF"), "indian rupee": ("rupee", "INR"),
    "cent": ("cent", None), "penny": ("penny", None),
}  # fmt: skip


def _first_span(text: str, surface: str) -> Span:
    start = text.find(surface)
    return (start, start + len(surface)) if start >= 0 else (0, 0)


def load_quantulum(path: Path, suite: str) -> list[Case]:
    cases = []
    for raw in _read_json(path):
        gold: list[Cash | float] = []
        ignore: list[Span] = []
        for quantity in raw["res"]:
            unit = quantity["unit"]
            if unit == "dimensionless":
                gold.append(float(quantity["value"]))
            elif unit in _QUANTULUM_CURRENCIES:
                family, iso = _QUANTULUM_CURRENCIES[unit]
                gold.append(Cash(float(quantity["value"]), family, iso))
            else:
                ignore.append(_first_span(raw["req"], quantity["surface"]))
        cases.append(Case(suite, raw["req"], tuple(gold), ignore=tuple(ignore)))
    return cases


def load_relative_date(path: Path, suite: str) -> list[Case]:
    return [
        Case(
            suite,
            raw["text"],
            (dt.datetime.fromisoformat(raw["expected_datetime"]).date(),),
            dt.datetime.fromisoformat(raw["reference_datetime"]),
            prefer=raw.get("prefer_dates_from") or "past",
        )
        for raw in _read_json(path)["cases"]
    ]


_WRITTEN_NUMBER = re.compile(r"(?<![\w.])[+-]?\d+(?:\.\d+)?(?!\w|\.\d)")


def load_number_words(path: Path, suite: str) -> list[Case]:
    """Whole-phrase cases give one value (a number, or an ordinal's position: "21st"; none
    when upstream rejects the phrase); rewriting
    cases give the numbers written as digits in the expected text (ordinals like "5th" are
    not numbers here)."""
    cases = []
    for raw in _read_json(path)["cases"]:
        expected = raw["expected"]
        whole = raw["function"].startswith(("text2num", "text2digits"))
        if whole:
            digits = re.match(r"\d+", str(expected))  # "21st": text2digits writes ordinals
            gold: tuple[float, ...] = () if digits is None else (float(digits[0]),)
        else:
            gold = tuple(float(n) for n in _WRITTEN_NUMBER.findall(expected))
        cases.append(Case(suite, raw["input"], gold, whole=whole))
    return cases


# ----------------------------------------------------------------------------- our answers

_FIND_DATES = DateFinder()


def ours_currency(case: Case) -> list[Cash]:
    return [Cash(m.value, m.family, m.currency) for m in find_money(case.text)]


def ours_number(case: Case) -> list[float]:
    """The numbers written: a hedged number is its stated value ("more than half" is 0.5),
    a range its two ends ("10 to 20" is 10 and 20, not the midpoint we store as its value)."""
    found: list[float] = []
    for m in find_numbers(case.text):
        found.extend((m.low, m.high) if m.hedge == "range" else (m.value,))
    return found


def ours_number_range(case: Case) -> list[tuple[float, float]]:
    return [(m.low, m.high) for m in find_numbers(case.text) if m.low != m.high]


def ours_ordinal(case: Case) -> list[int]:
    return [m.value for m in find_ordinals(case.text)]


def _date_value(mention: DateMention, base: dt.date | None) -> dt.date | None:
    if mention.value is not None:
        return mention.value
    if mention.offset_days is not None and base is not None:
        return base + dt.timedelta(days=mention.offset_days)
    return None


def ours_date(case: Case) -> list[dt.date]:
    base = case.reference.date() if case.reference else None
    values = (_date_value(m, base) for m in _FIND_DATES(case.text, base))
    return [value for value in values if value is not None]


def ours_duration(case: Case) -> list[float]:
    return [m.days * _DAY for m in find_durations(case.text)]


def _overlaps(span: Span, others: Iterable[Span]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


def ours_quantulum(case: Case) -> list[Cash | float]:
    money = find_money(case.text)
    spans = [(m.start, m.end) for m in money]
    found: list[Cash | float] = [
        Cash(m.value, m.family, m.currency)
        for m in money
        if not _overlaps((m.start, m.end), case.ignore)
    ]
    found.extend(
        m.value
        for m in find_numbers(case.text)
        if m.unit is None and not _overlaps((m.start, m.end), [*spans, *case.ignore])
    )
    return found


def ours_number_words(case: Case) -> list[float]:
    if case.whole:
        value = parse_number(case.text)
        if value is None:
            return [float(m.value) for m in find_ordinals(case.text)]
        return [value]
    return ours_number(case)


# ----------------------------------------------------------------------------- registry

_RT = "recognizers-text"
SUITES: dict[str, Suite] = {
    suite.name: suite
    for suite in (
        Suite("currency", _RT, "NumberWithUnit/English/CurrencyModel.json", load_currency,
              ours_currency, same_money, "quantulum3", 0.90),
        Suite("number", _RT, "Number/English/NumberModel.json", load_number,
              ours_number, same_number, "quantulum3", 0.90),
        Suite("number_range", _RT, "Number/English/NumberRangeModel.json", load_number_range,
              ours_number_range, same_range, "quantulum3", 0.85),
        Suite("date", _RT, "DateTime/English/DateParser.json", load_date,
              ours_date, same_date, "search_dates", 0.90),
        Suite("duration", _RT, "DateTime/English/DurationParser.json", load_duration,
              ours_duration, same_seconds, "quantulum3", 0.90),
        Suite("ordinal", _RT, "Number/English/OrdinalModel.json", load_ordinal,
              ours_ordinal, same_number, None, 0.90),
        Suite("quantulum3", "quantulum3", "quantities.json", load_quantulum,
              ours_quantulum, same_quantity, "quantulum3"),
        Suite("relative_date", "dateparser", "freshness_relative_en.json", load_relative_date,
              ours_date, same_date, "search_dates"),
        Suite("number_words", "text2num", "text2num_en_cases.json", load_number_words,
              ours_number_words, same_number, "quantulum3"),
    )
}  # fmt: skip
