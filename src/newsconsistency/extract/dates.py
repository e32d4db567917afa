"""Find date expressions in a sentence and resolve them against a reference date.

``DateFinder(text, base)`` returns :class:`DateMention` objects in text order, never
overlapping (the longest expression wins; on a tie the earlier rule wins), with exact spans
(``text[m.start:m.end] == m.text``). Leading prepositions are not part of a span: "on
Thursday" gives "Thursday", "in 2011" gives "2011"; modifiers that change the meaning are
("last February", "next Thursday").

Resolution rules (``base`` is the article's publication date):

* Full dates ("25 April 2019", "April 25, 2019", "Thursday 25 April 2019", "2019-04-25")
  are ``absolute`` with day granularity. Numeric day/month forms are accepted only when the
  order is certain: year first (ISO, "2015/08/12"), a part above 12 ("21/04/2016",
  "02/22/2016"), or both parts equal. "08/12/2015" is ambiguous and gives nothing.
* A month and day without a year ("April 25") take the year of their most recent past
  occurrence if that lies within ``recent_days`` of ``base``, else ``base``'s year.
* A weekday alone ("on Thursday", "Thursday's talks") is the most recent such day on or
  before ``base`` -- the publication day itself counts. "last Thursday" is strictly before,
  "this Thursday" is in ``base``'s Monday-to-Sunday week, "next Thursday" a week after that.
  Without ``base`` a weekday gives kind ``weekday`` with ``value`` None.
* "in February" is the most recent February on or before ``base``'s month, "last February"
  the most recent one strictly before it, "next February" the first one after it.
* A bare year (1900-2099) counts only where it reads as a date: after "in", "since",
  "until", "of", "year", "during", "mid-", ... ("in 2011", "the year 2000"); "2011 people",
  "2,011" and "$2019" are not years.
* "two days ago", "3 months ago", "in three weeks' time" are ``deictic`` with day
  granularity. Hours, minutes and seconds round to whole days ("2 hours ago" is ``base``).
* "a day earlier", "the day before", "the same day", "two days later", "hours earlier" are
  ``anaphoric``: ``offset_days`` counts from the event the sentence refers back to (months
  count as 30.436875 days and years as 365.2425 days, rounded). "two months after the Hanoi
  talks" names its own anchor and is not returned.
* Days and years in words read where the expression ends a clause: "May twenty one",
  "September 10, nineteen zero one", "Friday the fifteen" ("5 May, two thousand people" is
  no year). A day of the month alone ("for the 27.", "on 15", "the 20th of next month") is the
  most recent such day, or that day of the named month; "the first Friday of July" and
  "the second Monday of next month" are one day; "three weeks from tomorrow" and "two Sundays
  from now" count from that day.
* Weeks alone ("last week") and date ranges are not returned; "last week Sunday" is.

Compact forms mixing a month name and numbers that the rules above do not read ("25-Apr-19",
"2019-sep-1") are resolved by ``dateparser``, imported on first use and cached per
(expression, base date). Deictic expressions without ``base`` give nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import sys
from collections.abc import Callable, Iterator

import attrs

from newsconsistency.extract._date_patterns import (
    _ANAPHORIC,
    _ANAPHORIC_WORDS,
    _BARE_YEAR,
    _CARDINAL_DAYS,
    _CARDINALS,
    _CENTURIES,
    _COMPACT,
    _DAY_OF_MONTH,
    _DAY_OF_RELATIVE_MONTH,
    _DAY_WORD_OF_MONTH,
    _DAYS_PER_MONTH,
    _DEICTIC,
    _DEICTIC_WORDS,
    _DIGIT_MARKERS,
    _DIGITS,
    _FOUR_DIGITS,
    _FULL_DAY_MONTH,
    _FULL_MONTH_DAY,
    _GLUED_UNITS,
    _IN_TIME,
    _ISO,
    _JOINED_DIGITS,
    _MONTH_ALONE,
    _MONTH_YEAR,
    _MONTHS,
    _NTH,
    _NTH_WEEKDAY,
    _NUMBER_WORDS,
    _NUMERIC,
    _NUMERIC_NO_YEAR,
    _ONE_QUANTITY,
    _ORDINAL_DAYS,
    _RELATIVE,
    _RELATIVE_TO_DAY,
    _RETROSPECTIVE,
    _UNIT_NAMES,
    _VERB_MONTHS,
    _WEEKDAY_EXPR,
    _WEEKDAYS,
    _WEEKDAYS_FROM_NOW,
    _WHICH_MONTH,
    _WORD,
)
from newsconsistency.extract.mentions import DateKind, DateMention, Granularity

__all__ = ["DateFinder", "find_dates"]


@attrs.frozen
class _Candidate:
    """A span some rule claims; ``mention`` is None when it cannot be resolved (the span
    still shadows shorter readings inside it: "08/12/2015" is not the year 2015)."""

    start: int
    end: int
    mention: DateMention | None


class _Context:
    """What the rules resolve against; notes whether any rule read the base date."""

    __slots__ = ("_base", "base_read", "languages", "recent_days", "text", "use_dateparser")

    def __init__(
        self,
        text: str,
        base: dt.date | None,
        recent_days: int,
        languages: tuple[str, ...],
        use_dateparser: bool,
    ) -> None:
        self.text, self._base, self.recent_days = text, base, recent_days
        self.languages, self.use_dateparser = languages, use_dateparser
        self.base_read = False

    @property
    def base(self) -> dt.date | None:
        self.base_read = True
        return self._base


def _mention(
    ctx: _Context,
    span: tuple[int, int],
    kind: DateKind,
    granularity: Granularity,
    value: dt.date | None,
    *,
    weekday: int | None = None,
    offset_days: int | None = None,
) -> _Candidate:
    start, end = span
    mention = DateMention(
        start=start,
        end=end,
        text=sys.intern(ctx.text[start:end]),  # "Thursday", "last year": one string each
        kind=kind,
        granularity=granularity,
        value=value,
        weekday=weekday,
        offset_days=offset_days,
    )
    return _Candidate(start, end, mention)


def _blocked(match: re.Match[str]) -> _Candidate:
    return _Candidate(match.start(), match.end(), None)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# words that put a date ahead of the article: "the next meeting is scheduled for January 25"
_FUTURE = re.compile(r"\b(?:scheduled|will|due|set\s+for|planned|next|upcoming)\b", re.I)


def _year_for(month: int, day: int, ctx: _Context) -> int | None:
    """The year of a month and day written without one, or None without a base date."""
    base = ctx.base
    if base is None:
        return None
    for year in range(base.year, base.year - 8, -1):
        past = _safe_date(year, month, day)
        if past is not None and past <= base:
            if (base - past).days <= ctx.recent_days:
                return year
            break
    # not recent in the past: this year's, or next year's when it is close ahead
    # ("scheduled for January 25" in a December article)
    ahead = _safe_date(base.year + 1, month, day)
    this_year = _safe_date(base.year, month, day)
    soon = ahead is not None and (ahead - base).days <= 90
    if this_year is not None and this_year < base and soon and _FUTURE.search(ctx.text):
        return base.year + 1
    if this_year is not None:
        return base.year
    return year  # Feb 29: the most recent leap year found above


def _month_number(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")]


def _is_verb_month(word: str) -> bool:
    return word.islower() and word.lower() in _VERB_MONTHS


def _day_of(match: re.Match[str]) -> int:
    if match.groupdict().get("day") is not None:
        return int(match["day"])
    word = " ".join(match["dayword"].lower().split())
    return _ORDINAL_DAYS.get(word) or _CARDINAL_DAYS[word]


def _year_of_words(words: str) -> int:
    """2018 from "two thousand and eighteen", 1978 from "nineteen seventy-eight"."""
    parts = [w for w in words.lower().replace("-", " ").split() if w != "and"]
    if parts[:2] == ["two", "thousand"]:
        return 2000 + (_CARDINALS[" ".join(parts[2:])] if parts[2:] else 0)
    century, rest = _CENTURIES[parts[0]] * 100, parts[1:]
    if rest == ["hundred"]:
        return century
    if rest[0] in {"zero", "oh", "o"}:
        return century + _CARDINALS[rest[1]]
    return century + _CARDINALS[" ".join(rest)]


def _full_date(match: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    month_word = match["month"]
    if _is_verb_month(month_word) and match["year"] is None and match["yearword"] is None:
        return
    month, day = _month_number(month_word), _day_of(match)
    if match["year"]:
        year: int | None = int(match["year"])
    elif match["yearword"]:
        year = _year_of_words(match["yearword"])
    else:
        year = _year_for(month, day, ctx)
    if year is None:
        yield _blocked(match)
        return
    value = _safe_date(year, month, day)
    if value is None:
        yield _blocked(match)
        return
    yield _mention(ctx, match.span(), "absolute", "day", value)


def _month_year(match: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    yield _mention(
        ctx,
        match.span(),
        "absolute",
        "month",
        dt.date(int(match["year"]), _month_number(match["month"]), 1),
    )


def _month_alone(match: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    month_word, modifier = match["month"], match["modifier"]
    if _is_verb_month(month_word) or ctx.base is None:
        return
    month, base = _month_number(month_word), ctx.base
    modifier = (modifier or "in").lower()
    if modifier in {"last", "past", "previous"}:
        year = base.year if month < base.month else base.year - 1
    elif modifier in {"next", "coming"}:
        year = base.year if month > base.month else base.year + 1
    elif modifier == "this":
        year = base.year
    else:
        year = base.year if month <= base.month else base.year - 1
    start = match.start() if match["modifier"] else match.start("month")
    yield _mention(ctx, (start, match.end()), "deictic", "month", dt.date(year, month, 1))


def _iso(match: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    value = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
    yield (
        _blocked(match) if value is None else _mention(ctx, match.span(), "absolute", "day", value)
    )


def _month_and_day(first: int, second: int) -> tuple[int, int] | None:
    """(month, day) from two numbers written in an unknown order, when only one order fits."""
    if first == second or (first > 12 >= second):
        return second, first
    if second > 12 >= first:
        return first, second
    return None


def _numeric(match: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    order = _month_and_day(int(match["first"]), int(match["second"]))
    year = int(match["year"])
    if len(match["year"]) == 2:
        year += 2000 if year < 50 else 1900
    value = None if order is None else _safe_date(year, *order)
    yield (
        _blocked(match) if value is None else _mention(ctx, match.span(), "absolute", "day", value)
    )


def _numeric_no_year(match: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    order = _month_and_day(int(match["first"] or match["slashed"]), int(match["second"]))
    if order is None:
        return
    year = _year_for(*order, ctx)
    value = None if year is None else _safe_date(year, *order)
    if value is not None:
        yield _mention(ctx, match.span(), "absolute", "day", value)


def _bare_year(match: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    for group in ("year", "end"):
        if match[group] is not None:
            yield _mention(
                ctx, match.span(group), "absolute", "year", dt.date(int(match[group]), 1, 1)
            )


def _day_of_month(match: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    """A day of the month ("the 27th", "on the 27th", "for the 27.") read as the most recent
    one; a bare number needs a leading "on"/"for"/... and to end a clause."""
    if not _reads_as_day(match) or ctx.base is None:  # the base is read only when needed
        return
    value = _recent_day_of_month(_day_of(match), ctx.base, weekday=None)
    if value is not None:
        groups = match.groupdict()
        day_group = "dayword" if groups.get("dayword") else "suffix" if groups["suffix"] else "day"
        start = match.start() + len(match["lead"] or "")
        yield _mention(ctx, (start, match.end(day_group)), "deictic", "day", value)


def _reads_as_day(match: re.Match[str]) -> bool:
    groups = match.groupdict()
    if "suffix" not in groups:
        return True  # a day in words: the pattern already asks for a lead, "the" and an end
    lead, the, ending = groups["lead"], groups["the"], groups["end"] is not None
    if groups["suffix"] and the:
        return lead is not None or ending
    return lead is not None and ending and (the is not None or lead.split()[0].lower() == "on")


def _month_at(base: dt.date, offset: int) -> tuple[int, int]:
    return _months_back(base, -offset)


def _day_of_relative_month(match: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    """A day of a month named relatively ("the 20th of next month"); a day the month does
    not have gives nothing."""
    if ctx.base is None:
        return
    year, month = _month_at(ctx.base, _WHICH_MONTH[match["which"].lower()])
    value = _safe_date(year, month, _day_of(match))
    yield (
        _blocked(match) if value is None else _mention(ctx, match.span(), "deictic", "day", value)
    )


def _nth_weekday(match: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    """The nth weekday of a month: "the first Friday of July", "the second Monday of next
    month", "third Tuesday" (of the base date's month); a fifth weekday the month does not
    have gives nothing."""
    nth, weekday = _NTH[match["nth"].lower()], _WEEKDAYS[match["weekday"].lower()]
    base = ctx.base
    if match["month"] is not None:
        month = _month_number(match["month"])
        if match["year"] is not None:
            year = int(match["year"])
        elif base is not None:
            year = base.year if month <= base.month else base.year - 1
        else:
            return
    elif nth < 0 or base is None:
        return  # "last Sunday" is the weekday rule's
    else:
        offset = _WHICH_MONTH[match["which"].lower()] if match["which"] else 0
        year, month = _month_at(base, offset)
    first = dt.date(year, month, 1)
    if nth > 0:
        day = 1 + (weekday - first.weekday()) % 7 + 7 * (nth - 1)
    else:
        last = calendar.monthrange(year, month)[1]
        day = last - (dt.date(year, month, last).weekday() - weekday) % 7
    value = _safe_date(year, month, day)
    yield (
        _blocked(match)
        if value is None
        else _mention(ctx, match.span(), "deictic", "day", value, weekday=weekday)
    )


def _weekdays_from_now(match: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    """A count of weekdays ahead: "two Sundays from now" is the second Sunday after the base."""
    if ctx.base is None:
        return
    count_text = match["count"].lower()
    count = int(count_text) if count_text.isdigit() else _NUMBER_WORDS[count_text]
    weekday = _WEEKDAYS[match["weekday"].lower()]
    ahead = (weekday - ctx.base.weekday() - 1) % 7 + 1 + 7 * (count - 1)
    value = ctx.base + dt.timedelta(days=ahead)
    yield _mention(ctx, match.span(), "deictic", "day", value, weekday=weekday)


def _relative_to_day(match: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    """A shift counted from today, tomorrow or yesterday: "three weeks from tomorrow"."""
    if ctx.base is None:
        return
    anchor = match["anchor"].lower()
    start = ctx.base + dt.timedelta(days=_DEICTIC_WORDS[anchor])
    sign = -1 if match["direction"].lower() == "before" else 1
    value = _shift(start, match["quantity"], sign)
    if value is not None:
        yield _mention(ctx, match.span(), "deictic", "day", value)


def _recent_day_of_month(day: int, base: dt.date, weekday: int | None) -> dt.date | None:
    """The most recent date on or before ``base`` with this day of the month (and weekday)."""
    first_fit = None
    for back in range(0, 28):
        candidate = _safe_date(*_months_back(base, back), day)
        if candidate is None or candidate > base:
            continue
        if weekday is None or candidate.weekday() == weekday:
            return candidate
        first_fit = first_fit or candidate
    return first_fit


def _months_back(base: dt.date, back: int) -> tuple[int, int]:
    index = base.year * 12 + base.month - 1 - back
    return index // 12, index % 12 + 1


def _weekday(match: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    weekday = _WEEKDAYS[match["weekday"].lower()]
    start = match.start() if (match["modifier"] or match["week_before"]) else match.start("weekday")
    if ctx.base is None:
        yield _mention(ctx, (start, match.end()), "weekday", "day", None, weekday=weekday)
        return
    base = ctx.base
    if match["day"] is not None or match["dayword"] is not None:
        value = _recent_day_of_month(_day_of(match), base, weekday)
    elif week := match["week_before"] or match["week_after"]:
        weeks = {"this": 0, "next": 1, "last": -1}[week.lower()]
        value = base + dt.timedelta(days=weekday - base.weekday() + 7 * weeks)
    else:
        value = _resolve_weekday(weekday, base, match["modifier"])
    if value is not None:
        yield _mention(ctx, (start, match.end()), "deictic", "day", value, weekday=weekday)


def _resolve_weekday(weekday: int, base: dt.date, modifier: str | None) -> dt.date:
    modifier = (modifier or "").lower()
    same_week = base + dt.timedelta(days=weekday - base.weekday())
    if modifier == "this":
        return same_week
    if modifier == "next":
        return same_week + dt.timedelta(days=7)
    if modifier == "coming":
        return base + dt.timedelta(days=(weekday - base.weekday() - 1) % 7 + 1)
    strictly_before = modifier in {"last", "past", "previous"}
    back = (base.weekday() - weekday) % 7
    return base - dt.timedelta(days=7 if strictly_before and back == 0 else back)


def _deictic(match: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    if ctx.base is not None:
        offset = _DEICTIC_WORDS[" ".join(match[0].lower().split())]
        yield _mention(ctx, match.span(), "deictic", "day", ctx.base + dt.timedelta(days=offset))


_RELATIVE_YEAR = re.compile(r"\b(last|next|this|past|previous|coming)\s+year\b(?!'s\s+\w)",
                            re.IGNORECASE)
_YEAR_OFFSETS = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}


def _relative_year(match: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    """ "last year", "next year": the base's year, moved."""
    if ctx.base is not None:
        year = ctx.base.year + _YEAR_OFFSETS[match[1].lower()]
        yield _mention(ctx, match.span(), "deictic", "year", dt.date(year, 1, 1))


def _anaphoric(match: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    following = ctx.text[match.end() : match.end() + 12].lower()
    if following.lstrip().startswith(("yesterday", "tomorrow")):
        return
    offset = _ANAPHORIC_WORDS[" ".join(match[0].lower().split())]
    yield _mention(ctx, match.span(), "anaphoric", "day", None, offset_days=offset)


def _delta(quantity: str) -> tuple[int, float]:
    """Whole months and the days left over in "1 year, 2 months, 21 days"."""
    months, days = 0.0, 0.0
    for part in _ONE_QUANTITY.finditer(quantity):
        if part["glued"] is not None:
            number, unit = float(part["glued"]), _GLUED_UNITS[part["glued_unit"].lower()]
        else:
            amount_text = " ".join(part["amount"].lower().split())
            amount = _NUMBER_WORDS.get(amount_text)
            number = float(amount_text.replace(",", ".")) if amount is None else float(amount)
            unit = _UNIT_NAMES[part["unit"].lower()]
        months += number * {"decade": 120, "year": 12, "month": 1}.get(unit, 0)
        days += number * {"week": 7, "day": 1, "hour": 1 / 24, "minute": 1 / 1440}.get(unit, 0)
    whole_months = int(months)
    days += (months - whole_months) * _DAYS_PER_MONTH
    return whole_months, days


def _shift(base: dt.date, quantity: str, sign: int) -> dt.date | None:
    """``base`` moved by the quantity: months first (clamping the day), then days."""
    months, days = _delta(quantity)
    year, month = _months_back(base, -sign * months)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    day = min(base.day, calendar.monthrange(year, month)[1])
    try:
        return dt.date(year, month, day) + dt.timedelta(days=sign * round(days))
    except OverflowError:
        return None


def _relative(match: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    direction = " ".join(match["direction"].lower().split())
    span = (match.start(), match.end("direction"))
    if direction in {"ago", "from now", "from today", "hence"}:
        if ctx.base is None:
            return
        value = _shift(ctx.base, match["quantity"], -1 if direction == "ago" else 1)
        if value is not None:
            yield _mention(ctx, span, "deictic", "day", value)
        return
    if direction in {"before", "after"} and match["end"] is None:
        return  # "two months after the Hanoi talks": the anchor is named, not referred back to
    months, days = _delta(match["quantity"])
    total = months * _DAYS_PER_MONTH + days
    sign = -1 if direction in {"earlier", "before"} else 1
    yield _mention(ctx, span, "anaphoric", "day", None, offset_days=sign * round(total))


def _in_time(match: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    if ctx.base is None:
        return
    if match["time"] is None and _RETROSPECTIVE.search(ctx.text, 0, match.start()):
        return
    value = _shift(ctx.base, match["quantity"], 1)
    if value is not None:
        yield _mention(ctx, (match.start("quantity"), match.end()), "deictic", "day", value)


def _compact(match: re.Match[str], ctx: _Context) -> Iterator[_Candidate]:
    parsed = _dateparser_parse(match[0], ctx.base, ctx.languages) if ctx.use_dateparser else None
    if parsed is None:
        yield _blocked(match)
        return
    numbers = re.findall(r"\d+", match[0])
    if len(numbers) == 1 and len(numbers[0]) == 4:
        yield _mention(ctx, match.span(), "absolute", "month", parsed.replace(day=1))
    else:
        yield _mention(ctx, match.span(), "absolute", "day", parsed)


@functools.lru_cache(maxsize=4096)
def _dateparser_parse(
    expression: str, base: dt.date | None, languages: tuple[str, ...]
) -> dt.date | None:
    import dateparser  # costs ~0.3 s: imported only when a sentence needs it

    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    parsed = dateparser.parse(expression, languages=list(languages), settings=settings)
    return None if parsed is None else parsed.date()


@attrs.frozen
class _Rule:
    """A pattern, how to resolve its matches, and the words a sentence needs for it to
    apply: one word from each set (``_DIGITS`` stands for any number), the rarest set
    first. Checking words first keeps sentences without date words to a few microseconds."""

    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], _Context], Iterator[_Candidate]]
    needs: tuple[frozenset[str], ...]

    def applies(self, words: set[str]) -> bool:
        for need in self.needs:  # noqa: SIM110 -- faster than all() on this hot path
            if words.isdisjoint(need):
                return False
        return True


_NUMBER = frozenset({_DIGITS})
_YEAR_NUMBER = frozenset({_FOUR_DIGITS})
_JOINED = frozenset({_JOINED_DIGITS})
_MONTH_WORDS = frozenset(_MONTHS)
_DAY_WORD_ENDINGS = frozenset(re.split(r"[\s-]", w)[-1] for w in [*_ORDINAL_DAYS, *_CARDINAL_DAYS])
_NTH_ENDINGS = frozenset(_WORD.findall(" ".join(_NTH)))
_UNIT_WORDS = frozenset(
    [*_UNIT_NAMES, *(f"{unit}s" for unit in _UNIT_NAMES), *_GLUED_UNITS, "mons"]
)
# Order matters only on ties: an earlier rule wins a span of equal length.
_RULES = (
    _Rule(_ISO, _iso, (_JOINED, _YEAR_NUMBER)),
    _Rule(_FULL_DAY_MONTH, _full_date, (_MONTH_WORDS,)),
    _Rule(_FULL_MONTH_DAY, _full_date, (_MONTH_WORDS,)),
    _Rule(_MONTH_YEAR, _month_year, (_MONTH_WORDS, _YEAR_NUMBER)),
    _Rule(_NUMERIC, _numeric, (_JOINED,)),
    _Rule(
        _RELATIVE,
        _relative,
        (_UNIT_WORDS, frozenset({"ago", "earlier", "later", "before", "after", "now", "hence"})),
    ),
    _Rule(_IN_TIME, _in_time, (_UNIT_WORDS, frozenset({"in"}))),
    _Rule(_DEICTIC, _deictic, (frozenset(w for d in _DEICTIC_WORDS for w in d.split()[-1:]),)),
    _Rule(_RELATIVE_YEAR, _relative_year, (frozenset({"year"}),)),
    _Rule(_WEEKDAY_EXPR, _weekday, (frozenset(_WEEKDAYS),)),
    _Rule(
        _ANAPHORIC,
        _anaphoric,
        (frozenset({"day", "night", "evening", "morning", "earlier", "later"}),),
    ),
    _Rule(_DAY_OF_MONTH, _day_of_month, (_NUMBER, frozenset({"the", "on"}))),
    _Rule(_DAY_WORD_OF_MONTH, _day_of_month, (_DAY_WORD_ENDINGS, frozenset({"the"}))),
    _Rule(_DAY_OF_RELATIVE_MONTH, _day_of_relative_month, (frozenset({"month"}),)),
    _Rule(_NTH_WEEKDAY, _nth_weekday, (frozenset(_WEEKDAYS), _NTH_ENDINGS)),
    _Rule(
        _WEEKDAYS_FROM_NOW,
        _weekdays_from_now,
        (frozenset(f"{day}s" for day in _WEEKDAYS) | frozenset(_WEEKDAYS), frozenset({"from"})),
    ),
    _Rule(
        _RELATIVE_TO_DAY,
        _relative_to_day,
        (frozenset({"today", "tomorrow", "tmrw", "yesterday"}), _UNIT_WORDS),
    ),
    _Rule(_MONTH_ALONE, _month_alone, (_MONTH_WORDS,)),
    _Rule(_NUMERIC_NO_YEAR, _numeric_no_year, (_JOINED,)),
    _Rule(_BARE_YEAR, _bare_year, (_YEAR_NUMBER,)),
    _Rule(_COMPACT, _compact, (_NUMBER, _MONTH_WORDS)),
)

_ANY_RULE = frozenset().union(*(rule.needs[0] for rule in _RULES))


def _cue_words(text: str) -> set[str]:
    """The words (and digit markers) that the rules look for, found in one pass."""
    words = set(_WORD.findall(text.lower()))
    for marker, pattern in _DIGIT_MARKERS:
        if pattern.search(text):
            words.add(marker)
        elif marker == _DIGITS:
            break
    return words


def may_hold_dates(text: str) -> bool:
    """A cheap test: False when no rule could find a date in ``text``, whatever the base."""
    return not _cue_words(text).isdisjoint(_ANY_RULE)


@attrs.frozen
class DateFinder:
    """Find date expressions in a sentence: ``DateFinder()(text, base)``.

    ``recent_days``: a month and day without a year ("April 25") belong to their most recent
    past occurrence when it is at most this many days before the base date, else to the base
    date's year. ``use_dateparser``: resolve compact forms such as "25-Apr-19" with
    dateparser (imported on first use).
    """

    languages: tuple[str, ...] = attrs.field(default=("en",), converter=tuple)
    recent_days: int = 183
    use_dateparser: bool = True

    def __call__(self, text: str, base: dt.date | None = None) -> list[DateMention]:
        return self.read(text, base)[0]

    def read(self, text: str, base: dt.date | None = None) -> tuple[list[DateMention], bool]:
        """The mentions, and whether they depend on ``base``: False when no rule resolving
        them read it ("25 April 2019", "in 2018"), so they hold for any base date."""
        matches = _matches(text)
        if not matches:
            return [], False
        if isinstance(base, dt.datetime):
            base = base.date()
        ctx = _Context(text, base, self.recent_days, self.languages, self.use_dateparser)
        candidates = [
            candidate for rule, match in matches for candidate in rule.resolve(match, ctx)
        ]
        return _longest_first(candidates), ctx.base_read


@functools.lru_cache(maxsize=8192)
def _matches(text: str) -> tuple[tuple[_Rule, re.Match[str]], ...]:
    """The rules' matches in ``text``: they do not depend on the base date, the resolution
    does, so a sentence read against many publication dates is scanned once."""
    words = _cue_words(text)
    if words.isdisjoint(_ANY_RULE):
        return ()
    return tuple(
        (rule, match)
        for rule in _RULES
        if rule.applies(words)
        for match in rule.pattern.finditer(text)
    )


def _longest_first(candidates: list[_Candidate]) -> list[DateMention]:
    """Keep the longest of overlapping candidates (the first found on a tie), in text order."""
    chosen: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    for candidate in sorted(candidates, key=lambda c: c.start - c.end):
        if all(candidate.end <= start or candidate.start >= end for start, end in taken):
            taken.append((candidate.start, candidate.end))
            chosen.append(candidate)
    chosen.sort(key=lambda c: c.start)
    return [c.mention for c in chosen if c.mention is not None]


_DEFAULT_FINDER = DateFinder()


def find_dates(text: str, base: dt.date | None = None) -> list[DateMention]:
    """Date expressions in ``text``, resolved against ``base`` (see :class:`DateFinder`)."""
    return _DEFAULT_FINDER(text, base)
