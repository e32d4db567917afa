"""Find lengths of time in a sentence: "two months", "about five hours", "a decade",
"three and a half years", "18-month", "1 year, 9 months" (one duration, summed).

Not durations: a unit with no amount ("comes months after"), decades of the calendar
("the 1990s"), and "a second" before a noun ("a second summit" is an ordinal).
"""

from __future__ import annotations

import re

from newsconsistency.extract.mentions import DurationMention
from newsconsistency.extract.numbers import (
    hedge_after,
    hedge_before,
    hedge_bounds,
    opening_word,
    range_gap,
    scan_amounts,
    spread_scale,
)
from newsconsistency.specs import UNIT_DAYS

__all__ = ["find_durations"]

# written unit -> (canonical unit, how many of it one written unit is)
_UNITS: dict[str, tuple[str, float]] = {
    **dict.fromkeys(("second", "seconds", "sec", "secs"), ("second", 1.0)),
    **dict.fromkeys(("minute", "minutes", "min", "mins"), ("minute", 1.0)),
    **dict.fromkeys(("hour", "hours", "hr", "hrs", "h"), ("hour", 1.0)),
    **dict.fromkeys(("day", "days"), ("day", 1.0)),
    **dict.fromkeys(("week", "weeks"), ("week", 1.0)),
    **dict.fromkeys(("fortnight", "fortnights"), ("week", 2.0)),
    **dict.fromkeys(("month", "months"), ("month", 1.0)),
    **dict.fromkeys(("year", "years", "yr", "yrs"), ("year", 1.0)),
    **dict.fromkeys(("decade", "decades"), ("decade", 1.0)),
    **dict.fromkeys(("century", "centuries"), ("year", 100.0)),
}
_UNIT_ALTS = "|".join(sorted(_UNITS, key=len, reverse=True))
_UNIT_AFTER_RE = re.compile(
    rf"(?i)(?:[ \u00a0]*|[ \u00a0]?-[ \u00a0]?)(?P<u>{_UNIT_ALTS})(?![\w-]|-(?:old|long)\b)"
)
# "a week", "an hour", "half a day", "half hour", "a couple of days", "an hour and a half",
# "all day", "a full-month", "another week"
_ARTICLE_RE = re.compile(
    r"""(?ix)
    (?=[ahcfwe])\b(?:  # the lookahead lets `re` skip to candidate letters
        (?P<half>half)(?:\s+an?)?
      | (?P<couple>(?:a\s+)?couple\s+of)
      | (?P<one>an?|another|all|full|whole|entire)(?:\s+(?:full|whole|entire|single))?
    )
    [\s-]+(?P<u>second|minute|hour|day|week|fortnight|month|year|decade|century
            |seconds|minutes|hours|days|weeks|months|years|decades)\b
    (?P<andhalf>\s+and\s+(?:a\s+)?half\b)?
    """
)
# matched on the lower-cased sentence; the lookahead lets `re` skip to candidate letters
_TRIGGER_RE = re.compile(
    r"(?=[smhdwfyc])(?:sec|min|hour|hr|h\b|day|week|fortnight|month|year|yr|decade|centur)"
)
_SECOND_AS_TIME_RE = re.compile(
    r"(?i)\s*(?:[.,;:!?)\"”]|\Z|\s(?:later|earlier|after|before|ago|or|and|of|too|to|in)\b)"
)
_SUM_GAP_RE = re.compile(r"(?i)\s*,?\s*(?:and\s+)?")


class _Span:
    __slots__ = ("amount", "days", "end", "hedge", "high", "low", "start", "unit")

    def __init__(self, start: int, end: int, amount: float, unit: str, hedge: str | None) -> None:
        self.start, self.end, self.amount, self.unit = start, end, amount, unit
        self.days = amount * UNIT_DAYS[unit]
        self.low, self.high = hedge_bounds(hedge, self.days)
        self.hedge = hedge


def _unit(written: str) -> tuple[str, float]:
    return _UNITS[written.lower()]


# a race or record time: "2:06:41", "2 h 06 min 41 s" (never a time of day: "5:40 a.m.")
_CLOCK_RE = re.compile(
    r"(?<![\d:.])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.\d+)?(?![\d:])"
    r"(?!\s*(?:[ap]\.?m\b|GMT|UTC|BST|CET|local))"
    r"|(?<!\w)(?P<h2>\d{1,2})\s*h(?:rs?)?\s*(?P<m2>\d{1,2})\s*min(?:s|utes?)?"
    r"(?:\s*(?P<s2>\d{1,2})\s*s(?:ecs?|econds?)?)?(?!\w)",
    re.IGNORECASE,
)


def _clock_spans(text: str) -> list[_Span]:
    spans = []
    for m in _CLOCK_RE.finditer(text):
        h, mins, secs = (m["h"], m["m"], m["s"]) if m["h"] else (m["h2"], m["m2"], m["s2"])
        hours = int(h) + int(mins) / 60 + int(secs or 0) / 3600
        spans.append(_Span(m.start(), m.end(), hours, "hour", None))
    return spans


def find_durations(text: str) -> list[DurationMention]:
    """Every length of time in ``text``, in order."""
    clock = _clock_spans(text) if ":" in text or "min" in text else []
    if _TRIGGER_RE.search(text.lower()) is None and not clock:
        return []
    spans = [s for s in _bare_spans(text) if not any(c.start <= s.start < c.end for c in clock)]
    spans += clock
    if not spans:
        return []
    spans.sort(key=lambda s: s.start)
    out: list[DurationMention] = []
    for span in _sums(text, spans):
        hedge = span.hedge
        start, end = span.start, span.end
        if hedge is None:
            before = hedge_before(text, start)
            if before is not None:
                hedge, start = before
            else:
                after = hedge_after(text, end)
                if after is not None and after[0] in {"or so", "or more", "or less"}:
                    hedge, end = after
        low, high = (
            hedge_bounds(hedge, span.days) if span.hedge != "range" else (span.low, span.high)
        )
        out.append(
            DurationMention(
                start, end, text[start:end], span.days, low, high, span.amount, span.unit, hedge
            )
        )
    return out


def _bare_spans(text: str) -> list[_Span]:
    spans: list[_Span] = []
    amounts = scan_amounts(text)
    pending = None  # an amount with no unit: the first end of "two to three years"
    for amount in amounts:
        m = _UNIT_AFTER_RE.match(text, amount.end)
        if m is None:
            pending = amount
            continue
        unit, times = _unit(m.group("u"))
        if (
            unit == "hour"
            and m.group("u").lower() == "h"
            and "-" in text[amount.end : m.start("u")]
        ):
            pending = None
            continue
        value = amount.value * times
        gap = range_gap(text, pending.end, amount.start) if pending is not None else None
        if pending is not None and gap is not None:
            opening = opening_word(text, pending.start)
            low = spread_scale(pending, amount) * times
            if low < value and (gap[0] != "and" or (opening and opening[0] == "between")):
                start = opening[1] if opening is not None else pending.start
                span = _Span(start, m.end(), (low + value) / 2 / times, unit, "range")
                span.low, span.high = low * UNIT_DAYS[unit], value * UNIT_DAYS[unit]
                spans.append(span)
                pending = None
                continue
        spans.append(_Span(amount.start, m.end(), value, unit, None))
        pending = None
    taken = [(s.start, s.end) for s in spans]
    for m in _ARTICLE_RE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        written = m.group("u").lower()
        unit, times = _unit(written)
        if m.group("one") is not None and written.endswith("s"):
            continue  # "a days" is not a duration
        if (
            written == "second"
            and m.group("one")
            and not m.group("andhalf")
            and not _SECOND_AS_TIME_RE.match(text, m.end())
        ):
            continue  # "a second summit"
        count = 2.0 if m.group("couple") else 0.5 if m.group("half") else 1.0
        if m.group("andhalf"):
            count += 0.5
        spans.append(_Span(m.start(), m.end(), count * times, unit, None))
    return spans


def _sums(text: str, spans: list[_Span]) -> list[_Span]:
    """Join "1 year, 9 months" into one duration (21 months): units written largest first,
    no hedges; the amount is counted in the smallest unit."""
    out: list[_Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.hedge is None
            and span.hedge is None
            and UNIT_DAYS[prev.unit] > UNIT_DAYS[span.unit]
            and _SUM_GAP_RE.fullmatch(text, prev.end, span.start)
            and hedge_before(text, span.start) is None
        ):
            days = prev.days + span.days
            joined = _Span(
                prev.start, span.end, round(days / UNIT_DAYS[span.unit], 9), span.unit, None
            )
            joined.days = joined.low = joined.high = days
            out[-1] = joined
            continue
        out.append(span)
    return out
