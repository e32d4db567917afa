"""Number words the scanner in ``numbers.py`` hands over: values of word runs, fractions in
words ("two thirds", "one and a half", "three twenty-firsts"), spoken decimals ("two hundred
point zero three") and vulgar fractions ("¾", "2 1/4").

text2num reads the words; this module adds what it leaves out: trillions, lakh and crore, a
leading "a" ("a hundred"), "naught", and the fractions.

Fractions follow how they are said:

* A denominator is an ordinal word ("fifth", "hundredth", "trillionth"), "half" or
  "quarter"; "second" never is ("one second" is a time). With a numerator of one ("a fifth",
  "one-eighth") it is singular, otherwise plural ("three fifths").
* A tens word right before a units denominator joins it ("one hundred thirty-fifths" is
  100/35, "twenty twenty fifths" 20/25), unless "and" comes before the tens word ("one hundred
  and thirty fifths" is 130/5) or nothing is left for the numerator ("twenty fifths" is 4).
* "one hundred" / "one thousand" right before a denominator joins it when a numerator is left:
  "one one hundred fifth" is 1/105.
* A whole number joined by "and" to a proper fraction adds ("one hundred and three quarters"
  is 100.75, "one and a half" 1.5); after million, billion or trillion the fraction is of that
  scale ("six million and two thirds"). A scale word after the fraction scales it ("one
  billion and a half million", "two thirds of a million").
* "a third", "one fifth" before a noun are positions ("a third term"), not fractions: with a
  numerator of one, a fraction must be followed by "of", punctuation or the end, or follow
  "and".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any, NamedTuple

from text_to_num import text2num  # type: ignore[import-untyped, unused-ignore]  # untyped C ext

__all__ = [
    "Fraction",
    "decimal_after",
    "find_fractions",
    "find_vulgar",
    "split_words",
    "trie",
    "words_value",
]

_UNITS = ("one two three four five six seven eight nine").split()
_TENS = "twenty thirty forty fourty fifty sixty seventy eighty ninety".split()
_ORDINALS: dict[str, float] = {
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 1e2,
    "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
    "half": 2, "halve": 2, "quarter": 4, "first": 1,
}  # fmt: skip
_BIG_SCALES = {"million": 1e6, "billion": 1e9, "trillion": 1e12}
_WORD_SCALES = {"hundred": 1e2, "thousand": 1e3, "lakh": 1e5, "crore": 1e7, **_BIG_SCALES}
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_CARDINAL_SET = frozenset(["zero", "nought", "naught", *_UNITS, *_TEENS, *_TENS, *_WORD_SCALES])

# how every denominator ends: a cheap first pass, checked word by word after
_DENOM_END_RE = re.compile(r"(?:th|half|halve|quarter|first|third)(?P<s>s)?\b")
_WORD_START_RE = re.compile(r"[a-z]*\Z")
_TOKEN_RE = re.compile(r"[a-z]+|\d+(?:\.\d+)?|&")
_AFTER_ONE_RE = re.compile(r"\s*(?:of\b|[.,;:!?)]|\Z)")
_SCALE_AFTER_RE = re.compile(r"(?:\s+of)?(?:\s+an?)?\s+(?P<s>million|billion|trillion)\b")


def trie(words: Sequence[str], space: str | None = None) -> str:
    """A regex matching any of ``words``, factored by prefix so each position is tried once.

    Longer words are tried before their prefixes, as in a longest-first alternation, and
    the pattern compiles in a fraction of the time. ``space``: what a space in a word
    matches ("\\s+" for any run of white space); by default a space. Words are in one case
    (as the callers match them case-insensitively or not), so no two branches of a node
    can match the same character.
    """
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def piece(ch: str) -> str:
        return space if space is not None and ch == " " else re.escape(ch)

    def render(node: dict[str, Any]) -> str:
        # siblings whose rest is the same share it: "twenty" then " one".."nine" or
        # "-one".."-nine" is "twenty(?:\s+|-)(?:one|..)"; siblings start with different
        # characters, so at most one of them matches and their order does not matter
        rests: dict[str, list[str]] = {}
        for ch, sub in sorted(node.items()):
            if ch:
                rests.setdefault(render(sub), []).append(piece(ch))
        alts = [(heads[0] if len(heads) == 1 else "(?:" + "|".join(heads) + ")") + rest
                for rest, heads in rests.items()]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")

    return render(tree)


def words_value(raw: str) -> float | None:
    """The value of a run of number words ("twenty-one trillion and three hundred"), or None."""
    words = raw.lower().replace("&", " and ").replace(",", " ").replace("-", " ").split()
    if not words:
        return None
    if words[0] in ("a", "an"):
        if len(words) == 1 or words[1] not in _WORD_SCALES:
            return None
        words[0] = "one"
    words = ["nought" if w == "naught" else w for w in words]
    for scale in ("trillion", "crore", "lakh"):  # text2num stops at billions, knows no crore
        if scale in words:
            cut = len(words) - 1 - words[::-1].index(scale)
            head = words_value(" ".join(words[:cut])) if cut else 1.0
            rest = [w for w in words[cut + 1 :] if w != "and"]
            tail = words_value(" ".join(rest)) if rest else 0.0
            if head is None or tail is None or tail >= _WORD_SCALES[scale]:
                return None
            return head * _WORD_SCALES[scale] + tail
    try:
        return float(text2num(" ".join(words), "en"))
    except ValueError:
        return None


def split_words(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, float]]:
    """Read word tokens text2num rejects as one run as the longest accepted runs."""
    out: list[tuple[int, int, float]] = []
    i = 0
    while i < len(tokens):
        for j in range(len(tokens), i, -1):
            value = words_value(" ".join(t[2] for t in tokens[i:j]))
            if value is not None:
                out.append((tokens[i][0], tokens[j - 1][1], value))
                i = j
                break
        else:
            i += 1
    return out


# ----------------------------------------------------------------------------- decimals

_POINT_RE = re.compile(
    r"\s+point\s+(?P<d>(?:zero|nought|naught|oh|"
    + "|".join(_UNITS + _TENS)
    + r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"(?:[\s-]+(?:zero|nought|naught|oh|" + "|".join(_UNITS + _TENS) + r"))*)\b"
)


def decimal_after(low: str, end: int, whole: float) -> tuple[float, int] | None:
    """ "point zero three" after a number word: the value with its decimals, and the end."""
    m = _POINT_RE.match(low, end)
    if m is None or whole != int(whole):
        return None
    digits = ""
    tokens = m.group("d").replace("-", " ").split()
    i = 0
    while i < len(tokens):
        word = tokens[i]
        if word in ("zero", "nought", "naught", "oh"):
            digits += "0"
        elif word in _TENS and i + 1 < len(tokens) and tokens[i + 1] in _UNITS:
            digits += str(int(text2num(f"{word} {tokens[i + 1]}", "en")))
            i += 1
        else:
            digits += str(int(text2num(word, "en")))
        i += 1
    return float(f"{int(whole)}.{digits}"), m.end()


# ----------------------------------------------------------------------------- fractions


class Fraction(NamedTuple):
    start: int
    end: int
    value: float


def _lead(tokens: list[str]) -> float | None:
    """A numerator or whole part: number words, "a", or digits with a scale word."""
    if not tokens:
        return None
    if tokens[0][0].isdigit():
        digits = float(tokens[0])
        rest = [t for t in tokens[1:] if t != "and"]
        if not rest:
            return digits
        if len(rest) == 1 and rest[0] in _WORD_SCALES:
            return digits * _WORD_SCALES[rest[0]]
        return None
    if tokens in (["a"], ["an"]):
        return 1.0
    value = words_value(" ".join(tokens))
    if value is None and "and" in tokens:  # "twenty and three"
        value = words_value(" ".join(t for t in tokens if t != "and"))
    return value


def _numerators(tokens: list[str], denom: float) -> list[tuple[list[str], float]]:
    """(numerator tokens, denominator) readings, preferred first."""
    out: list[tuple[list[str], float]] = []
    if denom < 10 and len(tokens) >= 2 and tokens[-1] in _TENS and tokens[-2] != "and":
        out.append((tokens[:-1], _tens(tokens[-1]) + denom))
    core = tokens[:-1] if tokens and tokens[-1] == "and" else tokens
    if denom < 100 and len(core) >= 3 and core[-2] == "one" and core[-1] in ("hundred", "thousand"):
        out.append((core[:-2], _WORD_SCALES[core[-1]] + denom))
    if denom != 1:  # "first" is a denominator only after a tens word: "twenty-firsts"
        out.append((tokens, denom))
    return out


def _tens(word: str) -> float:
    return float(text2num("forty" if word == "fourty" else word, "en"))


def _read(tokens: list[str], denom: float, plural: bool) -> tuple[float, float] | None:
    """(value, the scale of the whole part) of numerator tokens over a denominator."""
    for numerator, below in _numerators(tokens, denom):
        if not numerator:
            continue
        if "and" in numerator:  # a whole number and a proper fraction
            cut = len(numerator) - 1 - numerator[::-1].index("and")
            whole, top = _lead(numerator[:cut]), _lead(numerator[cut + 1 :])
            if whole is not None and top is not None and top < below:
                if (top == 1) == plural:
                    continue
                scale = _BIG_SCALES.get(numerator[cut - 1], 1.0)
                return whole + top / below * scale, scale
        top = _lead(numerator)
        if top is None or (top == 1) == plural:
            continue
        return top / below, 1.0
    return None


def find_fractions(low: str) -> list[Fraction]:
    """Fractions written in words in the lower-cased ``low``."""
    out: list[Fraction] = []
    for m in _DENOM_END_RE.finditer(low):
        plural = m.group("s") is not None
        end = m.end() - plural
        start = _WORD_START_RE.search(low, max(0, end - 12), end).start()  # type: ignore[union-attr]
        word = low[start:end]
        if word not in _ORDINALS or start == 0 or low[start - 1] not in " -\u00a0":
            continue
        if word == "halve" and not plural:
            continue
        found = _fraction(low, start, m.end(), _ORDINALS[word], plural)
        if found is not None:
            out.append(found)
    return out


def _fraction(low: str, start: int, end: int, denom: float, plural: bool) -> Fraction | None:
    window = max(0, start - 90)
    tokens = [(t.start() + window, t.group()) for t in _TOKEN_RE.finditer(low[window:start])]
    # walk back over number words, "and", "a"; digits only as the first word
    lead: list[tuple[int, str]] = []
    for pos, word in reversed(tokens):
        gap = low[pos + len(word) : lead[0][0] if lead else start]
        if gap.strip(" -\u00a0,") or len(gap) > 3:
            break
        if word in _CARDINAL_SET or word == "and" or word == "&":
            lead.insert(0, (pos, "and" if word == "&" else word))
            continue
        if word in ("a", "an") and (not lead or lead[0][1] in _WORD_SCALES or lead[0][1] in _TENS):
            lead.insert(0, (pos, word))
            if pos > 4 and re.search(r"\band\s+\Z", low[pos - 5 : pos]) is None:
                break
            continue
        if word[0].isdigit():
            lead.insert(0, (pos, word))
        break
    read = None
    while lead and read is None:  # the longest lead that reads: "in 2019 two thirds"
        while lead and lead[0][1] == "and":
            lead.pop(0)
        words = [w for _, w in lead]
        read = _read(words, denom, plural) if lead else None
        if read is None and lead:
            lead.pop(0)
    if read is None:
        return None
    value, whole_scale = read
    single = not plural and value * denom < 2
    if single and "and" not in words and not _AFTER_ONE_RE.match(low, end):
        return None  # "a third term", "one fifth place"
    first = lead[0][0]
    after = _SCALE_AFTER_RE.match(low, end)
    if after is not None:
        scale = _BIG_SCALES[after.group("s")]
        if whole_scale > scale:  # "one billion and a half million"
            whole = _lead(words[: len(words) - 1 - words[::-1].index("and")])
            if whole is not None:
                value = whole + (value - whole) / whole_scale * scale
        else:  # "one and a half million", "two thirds of a million"
            value *= scale
        end = after.end()
    return Fraction(first, end, value)


_VULGAR_RE = re.compile(r"[\u00bc-\u00be\u2150-\u215e]")
_SLASH_RE = re.compile(r"(?<![\w/.,])(?P<n>\d)/(?P<d>[2-9])(?![\w/]|[.,]\d)")
_WHOLE_BEFORE_RE = re.compile(r"(?<![\w.,])(?P<w>\d+)\s*\Z")


def find_vulgar(text: str) -> list[Fraction]:
    """ "¾", "2½", "1/4", "2 1/4": small fractions written with digits."""
    out: list[Fraction] = []
    if not text.isascii():
        for m in _VULGAR_RE.finditer(text):
            out.append(_with_whole(text, m.start(), m.end(), unicodedata.numeric(m.group())))
    if "/" in text:
        for m in _SLASH_RE.finditer(text):
            top, bottom = int(m.group("n")), int(m.group("d"))
            if 0 < top < bottom:
                out.append(_with_whole(text, m.start(), m.end(), top / bottom))
    return out


def _with_whole(text: str, start: int, end: int, value: float) -> Fraction:
    whole = _WHOLE_BEFORE_RE.search(text, max(0, start - 12), start)
    if whole is None or (whole.end("w") == start and text[start].isdigit()):
        return Fraction(start, end, value)  # "21/4" is no "2 1/4"
    return Fraction(whole.start(), end, float(whole.group("w")) + value)
