"""Find ordinals in a sentence: "sixth", "6th", "twenty-first", "21st", "first-ever".

"second" is skipped where it is a unit of time: "seconds", "30 second(s)", "per second",
"a split second", and "a second" / "one second" followed by punctuation or a time word
("for a second.", "a second later"); "a second summit" is the ordinal 2. "first" is kept in
fixed phrases ("first class", "at first"): the engine only asks about sentences that mention
a claim's subject, where such phrases are rare.
"""

from __future__ import annotations

import re

from newsconsistency.extract._numwords import words_value
from newsconsistency.extract.mentions import OrdinalMention

__all__ = ["find_ordinals"]

_SIMPLE = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "nineth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}  # fmt: skip
_SCALE = {
    "hundredth": 100, "thousandth": 1000, "millionth": 10**6, "billionth": 10**9,
    "trillionth": 10**12,
}  # fmt: skip
_CARDINAL = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|million|billion|trillion)"
)
_ORDINAL_WORD = "(?:" + "|".join(sorted([*_SIMPLE, *_SCALE], key=len, reverse=True)) + ")"

_DIGITS_RE = re.compile(r"(?=\d)(?<![\w.,])(\d{1,3}(?:,\d{3})*)(?:st|nd|rd|th)\b", re.IGNORECASE)
# matched on the lower-cased sentence; the lookahead lets `re` skip to candidate letters
_WORD_RE = re.compile(
    rf"(?=[fstnethmb])\b(?P<word>{_ORDINAL_WORD})\b(?!-(?:hand|rate|class|degree)\b)"
)
_WORD_ANYCASE_RE = re.compile(_WORD_RE.pattern, re.IGNORECASE)
_PREFIX_RE = re.compile(
    rf"(?i)(?<![\w-])(?:an?\s+(?=hundred|thousand|million|billion|trillion))?"
    rf"{_CARDINAL}(?:(?:\s+and\s+|[\s-]+){_CARDINAL})*[\s-]+\Z"
)
_CARDINAL_END_RE = re.compile(rf"(?i)\b{_CARDINAL}[\s-]+\Z")
_SECOND_TIME_BEFORE_RE = re.compile(r"(?i)(?:\d\s*-?|\bper\s+|\bsplit\s+)\Z")
_SECOND_ALONE_BEFORE_RE = re.compile(r"(?i)\b(?:an?|one|each|every|the\s+same)\s+\Z")
# "the second to last", "third from last": a position counted from the end
_FROM_LAST_RE = re.compile(r"(?i)[\s-]+(?:to|from)[\s-]+last\b")
_SECOND_TIME_AFTER_RE = re.compile(
    r"(?i)\s*(?:[.,;:!?)\"”]|\Z|\s(?:later|earlier|after|before|ago|or\s+two|or\s+so|too)\b)"
)


def _is_time_second(text: str, start: int, end: int) -> bool:
    if text[end : end + 1].lower() == "s":
        return True
    window = max(0, start - 12)
    if _SECOND_TIME_BEFORE_RE.search(text, window, start):
        return True
    return bool(
        _SECOND_ALONE_BEFORE_RE.search(text, window, start)
        and _SECOND_TIME_AFTER_RE.match(text, end)
    )


def _word_value(prefix: str | None, word: str) -> int | None:
    word = word.lower()
    if prefix is None:
        return _SIMPLE.get(word) or _SCALE.get(word)
    value = words_value(prefix)
    if value is None:
        return None
    head = int(value)
    if word in _SCALE:  # "two hundredth"
        return head * _SCALE[word]
    tail = _SIMPLE[word]
    # "twenty-first" adds; "twenty twentieth" does not read as one ordinal
    if (tail < 10 and head % 10 == 0) or (tail < 100 and head % 100 == 0):
        return head + tail
    return None


def _prefix(text: str, start: int) -> re.Match[str] | None:
    """The cardinal words written right before an ordinal word ("twenty-", "one hundred ")."""
    if start == 0 or text[start - 1] not in " -":
        return None
    if _CARDINAL_END_RE.search(text, max(0, start - 12), start) is None:
        return None
    return _PREFIX_RE.search(text, max(0, start - 80), start)


def find_ordinals(text: str) -> list[OrdinalMention]:
    """Every ordinal in ``text``, in order."""
    out: list[OrdinalMention] = []
    for m in _DIGITS_RE.finditer(text):
        out.append(OrdinalMention(m.start(), m.end(), m.group(), int(m.group(1).replace(",", ""))))
    low = text.lower()
    words = _WORD_RE.finditer(low) if len(low) == len(text) else _WORD_ANYCASE_RE.finditer(text)
    for m in words:
        word, end = m.group("word"), m.end()
        prefix = _prefix(text, m.start())
        number = _word_value(prefix.group() if prefix else None, word)
        start = prefix.start() if prefix and number is not None else m.start()
        if number is None:  # a prefix that does not combine: read the ordinal word alone
            number = _word_value(None, word)
        if word == "second" and start == m.start() and _is_time_second(text, start, end):
            continue
        if _FROM_LAST_RE.match(text, end):
            continue  # "the second to last" names no position from the start
        if number is not None:
            out.append(OrdinalMention(start, end, text[start:end], number))
    if len(out) > 1:
        out.sort(key=lambda o: o.start)
    return out
