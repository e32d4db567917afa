"""The words and patterns the date finder looks for (see :mod:`newsconsistency.extract.dates`).

Kept apart from the resolvers so that either can be read on its own: this module only
names things -- months, weekdays, number words, deictic and anaphoric phrases -- and
compiles the regular expressions built from them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsconsistency.extract._numwords import trie

_DAYS_PER_MONTH = 30.436875

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
# Month words that are also common English words: lower-case, they need a day and a year.
_VERB_MONTHS = frozenset({"may", "march", "mar"})
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
_ORDINAL_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                  "eighth", "ninth"]  # fmt: skip
_ORDINAL_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                  "sixteenth", "seventeenth", "eighteenth", "nineteenth"]  # fmt: skip


def _number_words() -> dict[str, int]:
    words = {word: n for n, word in enumerate(_UNITS) if word}
    words.update({word: 10 + n for n, word in enumerate(_TEENS)})
    for tens, value in _TENS.items():
        words[tens] = value
        for n, unit in enumerate(_UNITS[1:], start=1):
            words[f"{tens}-{unit}"] = words[f"{tens} {unit}"] = value + n
    words.update({"a": 1, "an": 1, "a few": 3, "few": 3, "a couple of": 2, "couple of": 2})
    return words


def _ordinal_day_words() -> dict[str, int]:
    words = {word: n for n, word in enumerate(_ORDINAL_UNITS) if word}
    words.update({word: 10 + n for n, word in enumerate(_ORDINAL_TEENS)})
    words["twentieth"], words["thirtieth"] = 20, 30
    for n, unit in enumerate(_ORDINAL_UNITS[1:], start=1):
        words[f"twenty-{unit}"] = words[f"twenty {unit}"] = 20 + n
    words["thirty-first"] = words["thirty first"] = 31
    return words


_NUMBER_WORDS = _number_words()
_VAGUE_AMOUNTS = frozenset({"a", "an", "a few", "few", "a couple of", "couple of"})
_CARDINALS = {w: n for w, n in _NUMBER_WORDS.items() if w not in _VAGUE_AMOUNTS}  # 1-99
_ORDINAL_DAYS = _ordinal_day_words()
_CARDINAL_DAYS = {w: n for w, n in _CARDINALS.items() if n <= 31}
_TWO_DIGIT_WORDS = [w for w, n in _CARDINALS.items() if n >= 10]
_CENTURIES = {"eighteen": 18, "nineteen": 19, "twenty": 20}
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1,
        "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}  # fmt: skip


def _alternation(words: Sequence[str]) -> str:
    """Any of ``words``, longer ones first; a space matches any run of white space. The
    number words' own trie: the patterns built on it compile in about half the time."""
    return trie(words, space=r"\s+")


_MONTH = (  # the dot only after an abbreviation: "Apr. 25", but "in April." ends a sentence
    rf"(?P<month>{_alternation(list(_MONTHS))})(?![a-z])"
    r"(?:(?<=jan|feb|mar|apr|jun|jul|aug|sep|ept|oct|nov|dec)\.)?"
)
_WEEKDAY = rf"(?P<weekday>{_alternation(list(_WEEKDAYS))})\b"
_WEEKDAY_ABBR = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?"
_DAY_NUMBER = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:%]|[.,]\d)"
_DAY_WORD = rf"(?P<dayword>{_alternation(list(_ORDINAL_DAYS))})(?![\w-])"
_ENDS = r"(?=\s*(?:[.,;:!?)]|$))"  # the expression ends a clause
# An ordinal day word, or a cardinal one that ends a clause ("Friday the fifteen.").
_ANY_DAY_WORD = (
    rf"(?P<dayword>(?:{_alternation(list(_ORDINAL_DAYS))})(?![\w-])"
    rf"|(?:{_alternation(list(_CARDINAL_DAYS))})(?![\w-]){_ENDS})"
)
# A year in words ("two thousand and eighteen", "nineteen seventy-eight", "nineteen oh one"),
# only where it ends a clause: "5 May, two thousand people marched" is no year.
_CARDINAL_ALTERNATION = _alternation(list(_CARDINALS))
_YEAR_WORDS = rf"""(?P<yearword>two\s+thousand(?:\s+and)?(?:\s+(?:{_CARDINAL_ALTERNATION}))?
    |(?:{"|".join(_CENTURIES)})\s+(?:hundred|(?:zero|oh|o)\s+(?:{"|".join(_UNITS[1:])})
      |{_alternation(_TWO_DIGIT_WORDS)}))(?![\w-]){_ENDS}"""
_YEAR = r"(?P<year>[12]\d{3})(?!\d|,\d|%)"
# what may follow a day written in words: the end of a clause or a year
_YEAR_AHEAD = rf"\s*(?:[.,;:!?)]|$)|\s+[12]\d{{3}}|\s+(?:two\s+thousand|{'|'.join(_CENTURIES)})\b"
_LEAD = r"(?<![\w$£€¥#.,/-])"  # a number must not continue a money amount, a decimal, ...
_FLAGS = re.IGNORECASE | re.VERBOSE

_FULL_DAY_MONTH = re.compile(
    rf"""{_LEAD}
    (?:(?:{_WEEKDAY}|{_WEEKDAY_ABBR}),?\s+(?:the\s+)?)?
    (?:{_DAY_NUMBER}\.?\s*(?:of\s+|[-/.]\s*)?|{_DAY_WORD}\s+of\s+)
    {_MONTH}
    (?:(?:,?\s*|[-/])(?:of\s+)?(?:{_YEAR}|{_YEAR_WORDS}))?
    """,
    _FLAGS,
)
_FULL_MONTH_DAY = re.compile(
    rf"""\b
    (?:(?:{_WEEKDAY}|{_WEEKDAY_ABBR}),?\s+)?
    {_MONTH}(?:\s*|[-/])(?:the\s+)?
    (?:{_DAY_NUMBER}|{_ANY_DAY_WORD.replace(_ENDS, "")}(?={_YEAR_AHEAD}))
    (?:(?:,\s*|\s+|[-/])(?:of\s+)?(?:{_YEAR}|{_YEAR_WORDS}))?
    """,
    _FLAGS,
)
_MONTH_YEAR = re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}", _FLAGS)
_MONTH_ALONE = re.compile(
    rf"""\b(?:
        (?P<modifier>last|next|this|past|previous|coming)\s+
      | (?:in|since|until|till|through|throughout|during|early|late|mid|from|of|before|after
          |by|between|and|to)(?:\s+|-)(?:early\s+|late\s+|mid-?)?
    )
    {_MONTH}""",
    _FLAGS,
)
_ISO = re.compile(
    r"(?<![\w.,/-])(?P<year>[12]\d{3})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    r"(?![\d/.-]|,\d)",
)
_NUMERIC = re.compile(
    r"(?<![\w$£€.,/:-])(?P<first>\d{1,2})(?P<sep>[/.-])(?P<second>\d{1,2})(?P=sep)"
    r"(?P<year>\d{4}|\d{2})(?![\d/.:-]|,\d)",
)
_NUMERIC_NO_YEAR = re.compile(
    r"(?<![\w$£€.,/:-])(?:(?<=on\s)(?P<first>\d{1,2})(?P<sep>[.-])|(?P<slashed>\d{1,2})/)"
    r"(?P<second>\d{1,2})(?![\d/.:-]|,\d)",
)
_BARE_YEAR = re.compile(
    r"""\b(?:in|since|until|till|through|throughout|during|of|year|early|late|mid|before
        |after|circa|around|by|between|from)(?:\s+|-)(?:the\s+)?(?:early\s+|late\s+|mid-?)?
    (?P<year>(?:19|20)\d\d)(?![\w%]|[.,]\d|-\d)
    (?:\s*(?:-|\N{EN DASH}|to|and|until|till)\s*(?P<end>(?:19|20)\d\d)(?![\w%]|[.,]\d))?""",
    _FLAGS,
)
_DAY_LEAD = r"(?P<lead>(?:on|for|since|until|by)\s+)"
_DAY_OF_MONTH = re.compile(
    rf"""\b{_DAY_LEAD}?(?P<the>the\s+)?(?P<day>[0-3]?\d)(?P<suffix>st|nd|rd|th)?\b
    (?P<end>\s*(?:[.,;:!?)]|$))?""",
    _FLAGS,
)
_DAY_WORD_OF_MONTH = re.compile(rf"\b{_DAY_LEAD}the\s+{_ANY_DAY_WORD}{_ENDS}", _FLAGS)
_WHICH_MONTH = {
    "next": 1, "following": 1, "coming": 1, "this": 0, "current": 0, "last": -1,
    "previous": -1,
}  # fmt: skip
_RELATIVE_MONTH = rf"(?:the\s+)?(?P<which>{'|'.join(_WHICH_MONTH)})\s+month\b"
_DAY_OF_RELATIVE_MONTH = re.compile(
    rf"""\b(?:the\s+)?(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?|{_DAY_WORD})
    \s+of\s+{_RELATIVE_MONTH}""",
    _FLAGS,
)
_NTH_WEEKDAY = re.compile(
    rf"""\b(?:the\s+)?(?P<nth>{"|".join(_NTH)})\s+{_WEEKDAY}
    (?:\s+(?:of|in)\s+(?:{_MONTH}(?:,?\s+{_YEAR})?|{_RELATIVE_MONTH}))?""",
    _FLAGS,
)
_WEEKDAYS_FROM_NOW = re.compile(
    rf"""\b(?P<count>{_alternation(_UNITS[2:])}|[2-9])\s+
    (?P<weekday>{_alternation(list(_WEEKDAYS))})s?\s+from\s+(?:now|today)\b""",
    _FLAGS,
)
_WEEKDAY_EXPR = re.compile(
    rf"""\b
    (?:(?P<modifier>last|this|next|past|previous|coming)\s+
      |(?P<week_before>this|next|last)\s+week(?:'s)?,?\s+(?:on\s+)?)?
    {_WEEKDAY}
    (?:,?\s+(?:of\s+)?(?P<week_after>this|next|last)\s+week\b
      |,?\s+the\s+(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b|{_ANY_DAY_WORD}))?
    """,
    _FLAGS,
)
_DEICTIC_WORDS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "tomorrow": 1, "tmrw": 1,
    "the day before yesterday": -2, "day before yesterday": -2,
    "the day after tomorrow": 2, "day after tomorrow": 2, "the day after tmrw": 2,
    "day after tmrw": 2,
}  # fmt: skip
_DEICTIC = re.compile(rf"\b(?:{_alternation(list(_DEICTIC_WORDS))})\b", re.IGNORECASE)
_ANAPHORIC_WORDS = {
    "the day before": -1, "the night before": -1, "the evening before": -1,
    "the previous day": -1, "the preceding day": -1, "the previous night": -1,
    "the day after": 1, "the next day": 1, "next day": 1, "the following day": 1,
    "the next morning": 1, "the following morning": 1,
    "the same day": 0, "that same day": 0, "that day": 0,
    "hours earlier": 0, "hours later": 0, "minutes earlier": 0, "minutes later": 0,
    "moments earlier": 0, "moments later": 0,
}  # fmt: skip
_ANAPHORIC = re.compile(rf"\b(?:{_alternation(list(_ANAPHORIC_WORDS))})\b", re.IGNORECASE)

_UNIT_NAMES = {
    "decade": "decade", "year": "year", "yr": "year", "month": "month", "mon": "month",
    "week": "week", "wk": "week", "day": "day", "hour": "hour", "hr": "hour",
    "minute": "minute", "min": "minute", "second": "second", "sec": "second",
}  # fmt: skip
_GLUED_UNITS = {"y": "year", "w": "week", "d": "day", "h": "hour"}
_QUANTITY = (
    rf"(?:(?:\d+(?:[.,]\d+)?|{_alternation(list(_NUMBER_WORDS))})\s*"
    rf"(?:{_alternation(list(_UNIT_NAMES))})s?|\d+(?:{'|'.join(_GLUED_UNITS)}))\b"
)
# "two years, three months and a day": the separators share one copy of _QUANTITY (the
# same match order as an alternative per separator, half the pattern to compile)
_QUANTITIES = rf"{_QUANTITY}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+){_QUANTITY})*"
_ONE_QUANTITY = re.compile(
    rf"\b(?:(?P<amount>\d+(?:[.,]\d+)?|{_alternation(list(_NUMBER_WORDS))})\s*"
    rf"(?P<unit>{_alternation(list(_UNIT_NAMES))})s?|(?P<glued>\d+)(?P<glued_unit>"
    rf"{'|'.join(_GLUED_UNITS)}))\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    rf"""(?<![\w$£€.,-])(?P<quantity>{_QUANTITIES})\s+
    (?P<direction>ago|earlier|later|before|after|from\s+now|from\s+today|hence)\b
    (?P<end>\s*(?:[.,;:!?)]|$))?
    (?!\s+than\b)""",
    _FLAGS,
)
_RELATIVE_TO_DAY = re.compile(  # "three weeks from tomorrow", "two days before yesterday"
    rf"""(?<![\w$£€.,-])(?P<quantity>{_QUANTITIES})\s+(?P<direction>from|after|before)\s+
    (?P<anchor>today|tomorrow|tmrw|yesterday)\b""",
    _FLAGS,
)
_IN_TIME = re.compile(
    rf"""\bin\s+(?:about\s+|around\s+|roughly\s+)?
    (?P<quantity>{_QUANTITIES})(?P<time>(?:'s|s'|')?\s+time\b)?""",
    _FLAGS,
)
# "the first summit in eight years" looks back, not forward.
_RETROSPECTIVE = re.compile(r"\b(?:first|last|ever|time|most|\w+est|since)\b[^.;]*$", re.I)
_COMPACT = re.compile(
    rf"""(?<![\w$£€.,/-])
    (?:\d{{1,4}}[-/.]?(?P<month>{_alternation(list(_MONTHS))})[-/.]?\d{{1,4}}
      |(?P<month_first>{_alternation(list(_MONTHS))})\d{{1,2}})
    (?![\w/.-]\w)""",
    _FLAGS,
)
_WORD = re.compile(r"[a-z]+")
# Digits stand in a sentence's words as these markers: any digit, four digits in a row,
# numbers joined by "-", "/" or "." ("25/04", "2019-04-25").
_DIGITS, _FOUR_DIGITS, _JOINED_DIGITS = "0", "0000", "0/0"
_DIGIT_MARKERS = (
    (_DIGITS, re.compile(r"\d")),
    (_FOUR_DIGITS, re.compile(r"\d\d\d\d")),
    (_JOINED_DIGITS, re.compile(r"\d[-/.]\d")),
)
