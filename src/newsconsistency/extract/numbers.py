"""Find numbers in a sentence: digits, number words, scale words, hedges and ranges.

The scanner in this module is shared by the money and duration finders: :func:`scan_amounts`
finds bare amounts ("10,000", "1.2b", "ten thousand", "half a million"), and
:func:`hedge_before`, :func:`hedge_after`, :func:`hedge_bounds`, :func:`range_gap` and
:func:`spread_scale` turn them into hedged values and ranges.

Rules worth knowing:

* Number words are read by text2num (``text2num``) one run at a time; a run text2num rejects
  ("five, six") is split into the longest runs it accepts.
* A lone "one" is a pronoun ("No one", "one of the", "the one who") unless a hedge comes
  before it, a unit follows it, or it is followed by a plain lower-case word that is not a
  function word and is not preceded by a determiner ("one person", "about one").
* Not numbers: times ("10:30", "2pm"), IP addresses and dotted versions, ISO and slashed dates,
  slashes other than small fractions ("24/7", "9/11"; "1/4" and "2 1/4" are read, see
  ``_numwords``), phone numbers, digits glued to letters ("G20", "ad_1", "5G", "6th",
  "1990s"), and codes written with a hyphen after a capitalised word ("COVID-19", "Su-27").
* A glued lower-case "m" is a million ("$25m", "2.5m people"); a spaced one is a metre.
* Ranges ("between 10 and 20", "10-20", "10 to 20 workers", "from 10 to 20") give the midpoint
  as ``value`` and hedge ``"range"``; a scale written on the second end only applies to both
  ("10 to 20 million").
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from typing import NamedTuple

from newsconsistency.extract._hedges import (
    bounded,
    bounds_join,
    hedge_after,
    hedge_before,
    hedge_bounds,
    hedge_kind,
    opening_word,
    range_gap,
)
from newsconsistency.extract._numwords import (
    decimal_after,
    find_fractions,
    find_vulgar,
    split_words,
    trie,
    words_value,
)
from newsconsistency.extract.mentions import NumberMention

__all__ = [
    "Amount",
    "find_numbers",
    "hedge_after",
    "hedge_before",
    "hedge_bounds",
    "opening_word",
    "parse_number",
    "range_gap",
    "scaled",
    "scan_amounts",
    "spread_scale",
]

INF = math.inf


def _words(spaced: str) -> list[str]:
    return spaced.split()


class Amount(NamedTuple):
    """A bare amount as written: no hedge, no unit, no currency."""

    start: int
    end: int
    value: float
    base: float  # the value before the scale word: 20 in "20 million"
    scale: float  # 1.0 when no scale word or suffix was written


_CARDINALS = _words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fourty fifty sixty "
    "seventy eighty ninety hundred thousand million billion trillion"
)
_ORDINAL_WORDS = _words(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth "
    "millionth billionth trillionth"
)

SCALES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "k": 1e3,
    "lakh": 1e5,
    "crore": 1e7,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mil": 1e6,
    "mm": 1e6,
    "billion": 1e9,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "trillion": 1e12,
    "t": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "tln": 1e12,
}


_W = "(?:" + trie(_CARDINALS) + r")\b"
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion)\b"
_SPACES = "\u00a0\u202f\u2009 "

# Digits. Alternatives are tried in order at each position, so the things that are *not*
# numbers come first and swallow their digits. The leading lookahead lets `re` skip quickly
# to the next candidate character.
_DIGIT_SCAN_RE = re.compile(
    rf"""
    (?=[\d+(.])
    (?:
      (?P<skip>
        \d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s?[ap]\.?m\b\.?)?       # 10:30, 10:30 a.m.
      | \d{{1,2}}(?:\.\d{{2}})?\s?[ap]\.?m(?:\b|\.)              # 2pm, 2.17pm, 2 p.m.
      | \d{{1,3}}(?:\.\d{{1,3}}){{3}}                           # IPv4
      | \d+(?:\.\d+){{2,}}                                     # versions, 25.04.2019
      | \d{{4}}-\d{{1,2}}-\d{{1,2}}                             # ISO dates
      | \d{{1,4}}/\d{{1,4}}(?:/\d{{1,4}})?                      # 5/17/2018, 1/4, 24/7
      | \+\d[\d\s().\-/]{{6,}}\d                               # +1-222-2222/2222
      | \(\d{{2,4}}\)\s?\d{{3,4}}[\s.\-]?\d{{3,4}}               # (02) 9876 5432
      | \d{{3}}[.\-]\d{{3}}[.\-]\d{{4}}                         # 555-123-4567
      )
    | (?:(?<![\w.,:])|(?<=\b(?:USD|EUR|GBP|JPY|CNY|RMB|CHF|CAD|AUD|HKD|SGD|INR)))
      (?P<digits>
        \d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?                       # 1,234,567.89
      | \d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?:\.\d+)?               # 12,34,567.89
      | \d{{1,3}}(?:[{_SPACES}]\d{{3}}(?!\d))+(?:\.\d+)?         # 1 234 567
      | \d+(?:\.\d+)?
      | \.\d+
      )
      (?![\d]|[.,]\d)
    )
    """,
    re.VERBOSE,
)
_GLUED_MONEY_RE = re.compile(r"(?:USD|EUR|GBP|JPY|CNY|RMB|CHF|CAD|AUD|HKD|SGD|INR)\b|元")
_ANY_DIGIT_RE = re.compile(r"\d")

# Number words, matched on the lower-cased sentence.
_WORD_SCAN_RE = re.compile(
    rf"""
    (?=[zotfsenhmbdq])\b
    (?:
      (?P<frac>half|quarter)(?:\s+of)?(?:\s+an?)?\s+(?P<fscale>{_SCALE_WORD}|dozen\b)
    | (?P<dozen>dozen\b)(?!s)
    | (?P<words>{_W}(?:(?:\s*-\s*|\s+and\s+|\s*&\s*|,\s*|\s+){_W})*)
    )
    """,
    re.VERBOSE,
)
# rarer words in a second scanner, used when a cheap substring test finds one: each word added
# to the common scanner costs every sentence about half of its time
_W_ALL = "(?:" + trie([*_CARDINALS, "nought", "naught", "lakh", "crore"]) + r")\b"
_WORD_SCAN_ALL_RE = re.compile(
    _WORD_SCAN_RE.pattern.replace(_W, _W_ALL).replace("(?=[zotfsenhmbdq])", ""),
    re.VERBOSE | re.IGNORECASE,
)
_A_BEFORE_RE = re.compile(r"(?i)(?<![\w])an?\s+\Z")
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
_WORD_TOKEN_RE = re.compile(rf"(?i)\b{_W}")
_GLUED_SCALE_RE = re.compile(r"(?:MM|mn|bn|bln|tln|trn|tn|mil|[kKmMbBT])(?![\w])")
_SPACED_SCALE_RE = re.compile(
    rf"[{_SPACES}]+(?i:(?P<s>hundred|thousand|million|billion|trillion|lakh|crore|bn|mn|bln|tln|trn|mil|k))(?![\w])"
)
_SCALE_WORD_END_RE = re.compile(r"(?i)\b(?:hundred|thousand|lakh|crore|million|billion)\Z")
_JOIN_GAP_RE = re.compile(r"(?i)\s+(?P<and>and\s+)?")
_OVER_RE = re.compile(r"(?i)\s+over\s+")
_OVER_END_RE = re.compile(r"\s*(?:[.!?]|\Z)")
_AND_FRACTION_RE = re.compile(r"(?i)(?:\s+\w+)?\s+and\s+(?:an?|one)\s")  # "3 million and a half"
_A_FRACTION_RE = re.compile(  # a literal prefix (" a"): fast to search
    r" an?[\s-](?:half|quarter|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|"
    r"nine)tieth|hundredth|thousandth|millionth|billionth|trillionth)\b"
)
_AND_A_HALF_RE = re.compile(r"(?i)\s+and\s+a\s+half\b")
_AFTER_HALF_SCALE_RE = re.compile(rf"(?i)\s+(?P<s>{_SCALE_WORD})")
_DOZEN_AFTER_RE = re.compile(r"(?i)\s+(?:dozens?|doz|dozs|dz|dzs)\b")
_IDIOM_NAUGHT_RE = re.compile(r"(?i)\b(?:for|to)\s+\Z")
_ORDINAL_AFTER_RE = re.compile(
    r"(?i)(?:\s*-\s*|\s+)(?:" + "|".join(_ORDINAL_WORDS) + r"|quarter|halve|half)s?\b(?!s)"
)
_MINUS = "-\u2212"
_MINUS_WORD_RE = re.compile(r"(?i)(?<!plus or )(?<!\w)(?P<w>minus|negative)\s+\Z")
_WORD_CHAR_RE = re.compile(r"[^\W\d_]")

# "one" as a pronoun: the word before or after says so.
_ONE_PREV_STOP = frozenset(
    _words(
        "no any every each the this that which another such someone anyone everyone last next "
        "only same little big new old good right wrong other one"
    )
)
_ONE_NEXT_STOP = frozenset(
    _words(
        "of who whom whose that which is was are were be been can cannot could would will may "
        "might must should shall does did do has had have another by after more or and in on at "
        "to for with from as than but i you he she it we they thing things way day another's "
        "else's way"
    )
)
_PREV_WORD_RE = re.compile(r"([A-Za-z']+)[^\w]*\Z")
_NEXT_WORD_RE = re.compile(r"[ \t]+([a-z][a-z'\u2019]*)\b")

UNITS = (
    "%|percent|per cent|percentage points?|km/h|kph|mph|knots|km2|km²|sq km|sq mi|"
    "square (?:kilometres|kilometers|kilometre|kilometer|miles|mile|metres|meters)|"
    "kilometres|kilometers|kilometre|kilometer|kms|km|metres|meters|metre|meter|cm|mm|m|"
    "nautical miles|miles|mile|mi|feet|foot|ft|inches|inch|yards|yard|"
    "kilograms|kilogram|kilos|kilo|kgs|kg|grams|gram|g|mg|tonnes|tonne|tons|ton|t|lbs|lb|"
    "hectares|hectare|ha|acres|acre|litres|liters|litre|liter|ml|l|barrels|barrel|bpd|"
    "gallons|gallon|megawatts|megawatt|gigawatts|gigawatt|mw|gw|kw|kwh|mwh|gwh|twh|"
    "°c|°f|degrees|degree|"
    "seconds|second|secs|sec|minutes|minute|mins|min|hours|hour|hrs|hr|h|days|day|"
    "weeks|week|fortnights|fortnight|months|month|years|year|yrs|yr|decades|decade|"
    "centuries|century"
)
_UNIT_RE = re.compile(rf"(?i)(?:[{_SPACES}]?|[{_SPACES}]?-[{_SPACES}]?)(?P<u>{UNITS})(?![\w/])")
_PERCENT_UNITS = frozenset({"%", "percent", "per cent"})


def spread_scale(first: Amount, second: Amount) -> float:
    """The first end's value, with the second end's scale when only the second wrote one."""
    if first.scale == 1.0 and second.scale != 1.0 and first.base <= second.base:
        return scaled(first.base, second.scale)
    return first.value


def scaled(value: float, scale: float) -> float:
    """``value * scale`` without binary noise for powers of ten: 16.4 million is 16400000.0."""
    if scale == 1.0:
        return value
    exponent = round(math.log10(scale))
    if 10.0**exponent == scale:
        return float(f"{value!r}e{exponent}")
    return value * scale


def _digits_value(raw: str) -> float:
    cleaned = raw.replace(",", "")
    for space in _SPACES:
        cleaned = cleaned.replace(space, "")
    return float(cleaned)


def _split_words(text: str, start: int, end: int) -> list[tuple[int, int, float]]:
    """Read a run text2num rejects as the longest accepted runs, left to right."""
    tokens = [
        (m.start(), m.end(), m.group().lower()) for m in _WORD_TOKEN_RE.finditer(text, start, end)
    ]
    return split_words(tokens)


def _one_is_pronoun(text: str, start: int, end: int) -> bool:
    if hedge_before(text, start) is not None or _MINUS_WORD_RE.search(text, 0, start):
        return False
    if _UNIT_RE.match(text, end) is not None:
        return False
    prev = _PREV_WORD_RE.search(text, max(0, start - 20), start)
    if prev is not None and prev.group(1).lower() in _ONE_PREV_STOP:
        return True
    nxt = _NEXT_WORD_RE.match(text, end)
    return nxt is None or nxt.group(1) in _ONE_NEXT_STOP


def _code_like(text: str, start: int) -> bool:
    """True for the digits of "COVID-19", "Su-27": a hyphen glued to a capitalised word."""
    if start < 2 or text[start - 1] != "-" or not text[start - 2].isalnum():
        return False
    word_start = start - 2
    while word_start > 0 and text[word_start - 1].isalnum():
        word_start -= 1
    word = text[word_start : start - 1]
    return not word.islower() and not word.isdigit()


def _scale_after(text: str, end: int) -> tuple[float, int]:
    m = _GLUED_SCALE_RE.match(text, end)
    if m is not None:
        return SCALES[m.group().lower()], m.end()
    m = _SPACED_SCALE_RE.match(text, end)
    if m is not None:
        return SCALES[m.group("s").lower()], m.end()
    return 1.0, end


def scan_amounts(text: str, *, whole: bool = False) -> list[Amount]:
    """Every bare amount in ``text``, in order. ``whole``: read a lone "one" as a number."""
    found = _scan_digits(text) if _ANY_DIGIT_RE.search(text) else []
    low = text.lower()
    rare = "lakh" in low or "crore" in low or "nought" in low or "naught" in low
    if len(low) == len(text) and not rare:
        words, fraction = _scan_words(text, _WORD_SCAN_RE.finditer(low), whole)
    else:  # rare words, or lower-casing moved offsets ("İ"): the full scanner, any case
        words, fraction = _scan_words(text, _WORD_SCAN_ALL_RE.finditer(text), whole)
    # fractions are rare: look for them only where something announces one
    if (
        fraction
        or any(_AND_FRACTION_RE.match(text, a.end) for a in found)
        or _A_FRACTION_RE.search(low)
        or (low[:1] == "a" and _A_FRACTION_RE.match(" " + low))
    ):
        words += [Amount(f.start, f.end, f.value, f.value, 1.0) for f in find_fractions(low)]
    if "/" in text or (not text.isascii() and _maybe_vulgar(text)):  # "1/4", "¾": rare
        words += [Amount(f.start, f.end, f.value, f.value, 1.0) for f in find_vulgar(text)]
    if not words:
        return _joined(text, found) if found else found
    out: list[Amount] = []
    done = 0  # a scale word already read ("25 million", "two dozen") is not read again
    for amount in sorted(found + words, key=lambda a: (a.start, -a.end)):
        if amount.start >= done:
            out.append(amount)
            done = amount.end
    return _joined(text, out)


_VULGAR_CHARS = "\u00bc\u00bd\u00be" + "".join(map(chr, range(0x2150, 0x215F)))  # "½", "⅓"


def _maybe_vulgar(text: str) -> bool:
    """Whether ``text`` may hold "½": cheaper than a search for the characters."""
    return any(ch in text for ch in _VULGAR_CHARS)


def _joined(text: str, amounts: list[Amount]) -> list[Amount]:
    """Join "3 hundred and 21", "6 crore and two hundred" (digits with a scale word, then a
    smaller amount) and "one over three" (a fraction said aloud, ending the sentence)."""
    out: list[Amount] = []
    i = 0
    while i < len(amounts):
        a = amounts[i]
        i += 1
        while (
            text[a.end - 1].isalpha()
            and (last := _SCALE_WORD_END_RE.search(text, a.start, a.end)) is not None
        ):
            gap = _JOIN_GAP_RE.match(text, a.end)
            if gap is None:
                break
            taken = i < len(amounts) and amounts[i].start == gap.end()
            if taken:
                nxt = amounts[i]
            else:  # "3 hundred and one is": "one" was read as a pronoun
                tail = scan_amounts(text[gap.end() : gap.end() + 40], whole=True)[:1]
                if not tail or tail[0].start != 0:
                    break
                nxt = tail[0]._replace(start=gap.end(), end=gap.end() + tail[0].end)
            if not 0 < nxt.value < SCALES[last.group().lower()] or not (
                gap.group("and") or _SCALE_WORD_END_RE.search(text, nxt.start, nxt.end)
            ):
                break
            i += taken
            total = a.value + nxt.value
            a = Amount(a.start, nxt.end, total, total, 1.0)
        over = _OVER_RE.match(text, a.end)
        if over is not None and a.value == 1 and i < len(amounts):
            b = amounts[i]
            if b.start == over.end() and b.value and _OVER_END_RE.match(text, b.end):
                a = Amount(a.start, b.end, 1 / b.value, 1 / b.value, 1.0)
                i += 1
        out.append(a)
    return out


def _scan_digits(text: str) -> list[Amount]:
    out: list[Amount] = []
    for m in _DIGIT_SCAN_RE.finditer(text):
        if m.group("digits") is None:
            continue
        start, end = m.span("digits")
        if _code_like(text, start):
            continue
        base = _digits_value(m.group("digits"))
        scale, end = _scale_after(text, end)
        if (
            end < len(text)
            and _WORD_CHAR_RE.match(text, end)
            and not _UNIT_RE.match(text, end)
            and not _GLUED_MONEY_RE.match(text, end)
        ):
            continue  # glued to letters: "5G", "6th", "1990s", "10am"
        if scale == 1.0 and (dozen := _DOZEN_AFTER_RE.match(text, end)) is not None:
            base, scale, end = base, 12.0, dozen.end()  # "3 dozens"
        out.append(Amount(start, end, scaled(base, scale), base, scale))
    return out


def _scan_words(
    text: str, matches: Iterator[re.Match[str]], whole: bool
) -> tuple[list[Amount], bool]:
    """The amounts written in words, and whether a fraction may follow one of them."""
    out: list[Amount] = []
    fraction = False
    for m in matches:
        if m.group("words") is not None:
            start, end = m.span("words")
            if _ORDINAL_AFTER_RE.match(text, end):
                fraction = True
                continue  # "twenty-first", "one hundred twenty fifth", "two thirds"
            fraction = fraction or _AND_FRACTION_RE.match(text, end) is not None
            value = words_value(m.group("words"))
            parts = [(start, end, value)] if value is not None else _split_words(text, start, end)
            for p_start, p_end, p_value in parts:
                amount = _finish_words(text, p_start, p_end, p_value, whole)
                if amount is not None:
                    out.append(amount)
            continue
        start = m.start()
        if m.group("dozen") is not None:
            base, scale = 1.0, 12.0
        else:  # "half a million", "a quarter million", "half a dozen"
            base = 0.5 if m.group("frac") == "half" else 0.25
            word = m.group("fscale").lower()
            scale = 12.0 if word == "dozen" else SCALES[word]
        a = _A_BEFORE_RE.search(text, max(0, start - 4), start)
        if a is not None:
            start = a.start()
        out.append(Amount(start, m.end(), scaled(base, scale), base, scale))
    return out, fraction


def _finish_words(text: str, start: int, end: int, value: float, whole: bool) -> Amount | None:
    raw = text[start:end].lower()
    if raw == "one" and not whole and _one_is_pronoun(text, start, end):
        return None
    if raw in ("naught", "nought") and _IDIOM_NAUGHT_RE.search(text, max(0, start - 6), start):
        return None  # "all for naught", "came to nought"
    point = decimal_after(text.lower(), end, value) if "point" in text else None
    if point is not None:  # "two hundred point zero three"
        return Amount(start, point[1], point[0], point[0], 1.0)
    if raw.split(None, 1)[0] in _SCALE_WORDS:  # "a hundred and two", "a million"
        a = _A_BEFORE_RE.search(text, max(0, start - 4), start)
        if a is not None:
            start = a.start()
        elif raw in _SCALE_WORDS and not whole:
            return None  # "the million-dollar question"
    scale = 1.0
    for s in ("trillion", "billion", "million", "thousand"):
        if raw.endswith(s):
            scale = SCALES[s]
            break
    base = value / scale
    half = _AND_A_HALF_RE.match(text, end)
    if half is not None:
        end = half.end()
        if scale != 1.0:  # "two million and a half"
            value += 0.5 * scale
            base += 0.5
        else:  # "three and a half", "one and a half million"
            base = value + 0.5
            after = _AFTER_HALF_SCALE_RE.match(text, end)
            if after is not None:
                scale = SCALES[after.group("s").lower()]
                end = after.end()
            value = scaled(base, scale)
    else:
        dozen = _DOZEN_AFTER_RE.match(text, end)
        if dozen is not None:
            value, base, scale, end = value * 12, value, 12.0, dozen.end()
    return Amount(start, end, value, base, scale)


def _unit_after(text: str, end: int) -> tuple[str | None, int]:
    m = _UNIT_RE.match(text, end)
    if m is None:
        return None, end
    unit = m.group("u").lower()
    return ("%" if unit in _PERCENT_UNITS else unit), m.end()


def find_numbers(text: str) -> list[NumberMention]:
    """Every number in ``text`` with its hedge, range and unit, in order."""
    amounts = scan_amounts(text)
    if not amounts:
        return []
    units = [_unit_after(text, a.end) for a in amounts]
    out: list[NumberMention] = []
    signed = "minus" in text or "negative" in text or "Minus" in text or "Negative" in text
    i = 0
    while i < len(amounts):
        a = amounts[i]
        unit, end = units[i]
        if i + 1 < len(amounts):
            b = amounts[i + 1]
            mention = _range(text, a, b, unit, end, units[i + 1])
            if mention is not None:
                out.append(mention)
                i += 2
                continue
        start, value = a.start, a.value
        if (
            start >= 1
            and text[start - 1] in _MINUS
            and (start == 1 or text[start - 2] in " (\t")
            and (not out or out[-1].end < start - 2)
        ):
            start, value = start - 1, -value
        elif signed and (minus := _MINUS_WORD_RE.search(text, max(0, start - 20), start)):
            start, value = minus.start("w"), -value  # "minus five", not "plus or minus 3"
        hedge = hedge_before(text, start)
        if hedge is not None:
            start = hedge[1]
        after = hedge_after(text, end)
        if after is not None and (hedge is None or hedge_kind(hedge[0]) == "about"):
            end, hedge = after[1], None  # "about 500 or more" is open above
        word = hedge[0] if hedge else after[0] if after else None
        low, high = hedge_bounds(word, value)
        mention = NumberMention(start, end, text[start:end], value, low, high, word, unit)
        joined = bounded(text, out[-1], mention) if bounds_join(text, out, mention) else None
        if joined is not None:
            out[-1] = joined
        else:
            out.append(mention)
        i += 1
    return out


def _range(
    text: str,
    a: Amount,
    b: Amount,
    unit_a: str | None,
    end_a: int,
    unit_b: tuple[str | None, int],
) -> NumberMention | None:
    gap = range_gap(text, end_a, b.start)
    if gap is None:
        return None
    opening = opening_word(text, a.start)
    if gap[0] == "and" and (opening is None or opening[0] != "between"):
        return None
    low = spread_scale(a, b)
    high = b.value
    if not low < high:
        return None
    start = opening[1] if opening is not None else a.start
    unit, end = unit_b
    unit = unit or unit_a
    return NumberMention(start, end, text[start:end], (low + high) / 2, low, high, "range", unit)


def parse_number(text: str) -> float | None:
    """The number a whole string writes ("10k", "ten thousand", "1,234.5"), else None."""
    stripped = text.strip()
    amounts = scan_amounts(stripped, whole=True)
    if len(amounts) != 1:
        return None
    a = amounts[0]
    if a.start != 0 or a.end != len(stripped):
        return None
    return a.value
