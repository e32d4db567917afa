"""Anchoring: which values in a sentence are about a claim, and about *this* event.

A claim names its subject with ``about`` terms. A value found in a sentence counts for the
claim only when

1. the sentence mentions one of the terms (``About.occurrences``);
2. the value and an occurrence share a clause (clauses end at ``;``, dashes, and before
   ``since``/``when``/``because``/… and ``, who``/``, which``);
3. the occurrence nearest to the value refers to this event, not another one. An occurrence
   refers to another event when it is qualified as such: a marker word just before it
   ("last summit", "second meeting", "another summit"), a temporal preposition governing
   it ("after the talks", "since the summit"), or a participant who is not one of the claim
   file's entities ("talks with Trump", "the Trump-Kim meeting").

Markers inside the claim's own term never count: ``about: [last summit]`` is a claim about
the last summit. All of this is one mechanism, used by every claim type.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple, Protocol

import attrs

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
PLAIN_WORD = re.compile(r"[^\W_]+")  # letters and digits only: "Jong-un" is two
# brackets are no break: "€30,000 (roughly US$34,000) in prize money" is one statement
PUNCTUATION_BREAK = re.compile(r"[;:]\s|\s[—–]\s|—|,\s+(?=(?:who|which|whose)\b)")
SUBORDINATORS = ("since", "when", "because", "although", "though", "whereas", "while",
                 "unless", "after", "before")
WORD_BREAK = re.compile(rf"(?<![\w-])(?=(?:{'|'.join(SUBORDINATORS)})\b)", re.IGNORECASE)
# "after"/"before" open a clause when they relate two times ("two days after the quake
# struck"), not in a phrase like "Yesterday, after three scrubbed countdowns, it launched"
TIME_SPAN = re.compile(
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|shortly|soon|just|"
    r"long|moments?|hours|night|day|morning|afternoon|evening)\s+\Z",
    re.IGNORECASE,
)
# what may follow an event word to name its participants: "with X", "between X", "X"
PARTICIPANT_PEEK = re.compile(r"\s*(?:[^\s,.;:]+\s+){0,2}(?:with|between)\b")
# words that make an event word name another event: "his last summit", "next year's final";
# not ordinals: "the second attempt" may well be this event
OTHER_EVENT_MARKERS = frozenset(
    "last previous prior earlier another next former past upcoming future subsequent later "
    "half".split()  # "the half marathon in October" is another race
)
YEAR = re.compile(r"(1[5-9]\d\d|20\d\d)(?:['’]s)?")
WHEN_AFTER_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\W*$")
SKIPPABLE = frozenset("the a an his her their its this that these those our your my".split())
PARTICIPANT_INTRO = frozenset(["with", "between"])
CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
) | {d + "'s" for d in "monday tuesday wednesday thursday friday saturday sunday".split()} | {
    d + "’s" for d in "monday tuesday wednesday thursday friday saturday sunday".split()}
# "the launch had been called off on Monday": that date is not the event's
CALLED_OFF = ("called off", "postponed", "cancelled", "canceled", "scrubbed", "delayed",
              "put off", "rescheduled", "aborted", "suspended")
CALLED_OFF_RE = re.compile(
    r"\W*(?:\w+\W+){0,3}?(?:" + "|".join(CALLED_OFF).replace(" ", r"\s+") + r")\b"
)
TITLES = frozenset(
    "us u.s. president prime minister secretary chancellor king queen premier leader "
    "mr mrs ms dr general gen the former state of".split()
)


class Token(NamedTuple):
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


def clause_starts(text: str) -> list[int]:
    """Offsets at which a new clause begins (always starts with 0).

    Clauses end at ``;``, ``:``, dashes and brackets, before ``, who``/``, which``, and
    before a subordinating word (since, when, because, after, before, ...).
    """
    breaks = [m.start() for m in PUNCTUATION_BREAK.finditer(text)]
    lowered = text.lower()
    if any(word in lowered for word in SUBORDINATORS):  # a cheap test before the regex
        breaks += [
            m.start() for m in WORD_BREAK.finditer(text)
            if not lowered.startswith(("after", "before"), m.start())
            or TIME_SPAN.search(text, max(0, m.start() - 20), m.start())
        ]
    starts = [0]
    for offset in sorted(breaks):
        if offset > starts[-1]:
            starts.append(offset)
    return starts


class Parsed:
    """A sentence read once: clause boundaries, words on demand, and event-word marks.

    Words are found where they are asked for (a few before or after an offset) rather than
    tokenising whole sentences: most sentences only ever need a handful of them.
    """

    __slots__ = ("_marks", "clauses", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.clauses = clause_starts(text)
        self._marks: dict[tuple[int, int], str] = {}

    def clause(self, offset: int) -> int:
        return bisect_right(self.clauses, offset) - 1

    def clause_end(self, offset: int) -> int:
        i = self.clause(offset) + 1
        return self.clauses[i] if i < len(self.clauses) else len(self.text)

    def before(self, start: int, n: int, *, same_clause: bool = True) -> list[Token]:
        """Up to ``n`` words ending at or before ``start`` (in its clause), in text order."""
        floor = self.clauses[self.clause(start)] if same_clause else 0
        width = 8 * n + 8  # most words are shorter: widen the window only when it falls short
        while True:
            lo = max(floor, start - width)
            found = list(WORD.finditer(self.text, lo, start))
            if found and lo > floor and found[0].start() == lo and _is_word_char(self.text, lo - 1):
                found.pop(0)  # the window cut a word in two
            if len(found) >= n or lo == floor:  # tokens for the words returned only
                return [Token(m.group(), m.start(), m.end()) for m in found[-n:]]
            width *= 2

    def after(self, end: int, n: int) -> list[Token]:
        """Up to ``n`` words starting at or after ``end``, in its clause."""
        stop = self.clause_end(max(end - 1, 0))
        out: list[Token] = []
        for m in WORD.finditer(self.text, end, stop):
            if len(out) == n:
                break
            if m.start() == end and _is_word_char(self.text, end - 1):
                continue  # the rest of a word that started before ``end``
            out.append(Token(m.group(), m.start(), m.end()))
        return out

    def mark(self, start: int, end: int, scope: Scope) -> str:
        """Why the event word at ``start``..``end`` names another event ('' if it does not)."""
        key = (start, end)
        if key not in self._marks:
            # the same few reasons recur in every copy: one string for each
            self._marks[key] = sys.intern(_other_event(self, start, end, scope))
        return self._marks[key]

    def other_time(self, offset: int, scope: Scope) -> bool:
        """Whether the clause at ``offset`` is a 'when' clause about another year.

        "... was in 2002 when his counterpart was Kim Jong-il", "the worst since 1934, when
        some 10,600 people died": what the clause says belongs to that year.
        """
        clause = self.clause(offset)
        start = self.clauses[clause]
        if clause == 0 or not self.text.startswith(("when", "When"), start):
            return False
        year = WHEN_AFTER_YEAR.search(self.text, 0, start)
        return year is not None and int(year.group(1)) != scope.event_year


def _is_word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "-'’")


INFLECTIONS = ("", "e", "s", "es", "ed", "d", "ing")
INFLECTED = r"(?:e|s|es|ed|d|ing)?"


def stem(word: str) -> str:
    """A rough stem, so that a term matches its inflections ("lifted off": "lifting off")."""
    w = word.lower()
    if not w[-1:].isalpha() or "-" in w or "'" in w or "’" in w:
        return w
    if w.endswith("ing") and len(w) > 5:
        return w[:-3]
    if w.endswith("ed") and len(w) > 4:
        return w[:-2]
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def first_word_forms(term: str) -> set[str]:
    """The lower-case words a term can start with, inflected."""
    words = [w.lower() for w in PLAIN_WORD.findall(term)]
    if not words:
        return set()
    first = words[0]
    if not first[-1:].isalpha() or len(first) < 3:
        return {first}
    if len(words) > 1:
        return {first, *(stem(first) + suffix for suffix in INFLECTIONS)}
    forms = {first + suffix for suffix in INFLECTIONS}
    root = stem(first)
    if root != first and len(root) >= 4:
        forms |= {root + suffix for suffix in ("e", "s", "es", "ed", "ing")}
    return forms


def _term_pattern(term: str) -> str:
    """A term and its inflections: labourer/labourers, meeting/meetings.

    In a phrase every word inflects from its stem ("lifted off": "lifting off"); a single
    word only gains endings, since its stem may be another word ("founded": "found").
    """
    words = WORD.findall(term)
    if not words:
        return re.escape(term)
    phrase = len(words) > 1
    parts = [
        re.escape(stem(w) if phrase else w) + INFLECTED
        if w[-1:].isalpha() and len(w) > 2 else re.escape(w)
        for w in words
    ]
    single = words[0]
    root = stem(single)
    if not phrase and root != single.lower() and len(root) >= 4:
        # "injured" also matches "injuring", "founded" "founding" -- but never the bare
        # stem, which may be another word ("found")
        parts = [f"(?:{parts[0]}|{re.escape(root)}(?:e|s|es|ed|ing))"]
    return r"[\s-]+".join(parts)


@attrs.frozen
class Occurrence:
    start: int
    end: int
    text: str
    other_event: bool
    reason: str = ""


@attrs.frozen
class Scope:
    """What this event is, as far as telling it from others goes."""

    entity_words: frozenset[str] = frozenset()  # words of the file's entities and places
    event_year: int | None = None
    event_nouns: frozenset[str] = frozenset()  # "summit", "fire", ...: what names an event
    is_place: Callable[[str], bool] = lambda name: False  # a gazetteer's answer


@attrs.frozen
class About:
    """A claim's ``about`` terms, compiled once."""

    terms: tuple[str, ...]
    scope: Scope = Scope()
    pattern: re.Pattern[str] | None = attrs.field(init=False)

    @pattern.default
    def _compile(self) -> re.Pattern[str] | None:
        if not self.terms:
            return None
        alternatives = sorted((_term_pattern(t) for t in self.terms), key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)

    def occurrences(self, parsed: Parsed) -> list[Occurrence]:
        """The claim's terms in the sentence, each marked as this event's or another's."""
        if self.pattern is None:
            return []
        out = []
        for m in self.pattern.finditer(parsed.text):
            reason = parsed.mark(m.start(), m.end(), self.scope)
            out.append(Occurrence(m.start(), m.end(), m.group(), bool(reason), reason))
        return out


def _other_event(parsed: Parsed, start: int, end: int, scope: Scope) -> str:
    word_text = parsed.text[start:end]
    entity_words = scope.entity_words
    before = parsed.before(start, 3)
    # a marker word shortly before the term; determiners, possessives and names may
    # stand between ("Mr Putin's last summit", "his second summit")
    for tok in reversed(before):
        word = tok.lower
        if word in OTHER_EVENT_MARKERS:
            return f"“{tok.text} {word_text}” is another event"
        if word == "whose":
            return f"“whose {word_text}” is another party's event"
        year = YEAR.fullmatch(tok.text)
        if year and scope.event_year and int(year.group(1)) != scope.event_year:
            return f"“{tok.text} {word_text}” is another year's event"
        if not (word in SKIPPABLE or _is_possessive(tok) or tok.text[:1].isupper()):
            break
    # an event named for someone or somewhere else: "the Biscuit Fire", "the Hanoi talks"
    if (before and before[-1].start > 0 and before[-1].lower not in CALENDAR_WORDS
            and word_text.lower() in scope.event_nouns):
        run: list[str] = []
        for tok in reversed(before):
            if not tok.text[:1].isupper() or tok.start == 0 or tok.lower in CALENDAR_WORDS:
                break
            run.insert(0, tok.text.removesuffix("’s").removesuffix("'s"))
        name = " ".join(run)
        if (run and "-" not in name and _foreign(run, entity_words)
                and not scope.is_place(name)):
            return f"“{name} {word_text}” names another event"
    # a hyphenated pair of names right before the term: "the Trump-Kim meeting"
    if before and "-" in before[-1].text and before[-1].text[:1].isupper():
        names = before[-1].text.split("-")
        if all(n[:1].isupper() for n in names) and _foreign(names, entity_words):
            return f"“{before[-1].text} {word_text}” names another party"
    # a participant who is not one of ours: "talks with Trump", "between Trump and Kim"
    # (not the object of a verb: "beating Real Castellón" is this event's opponent)
    following = parsed.text[end : parsed.clause_end(end)].lower()
    if any(word in following for word in CALLED_OFF) and CALLED_OFF_RE.match(following):
        return f"“{word_text}” did not take place then"
    if PARTICIPANT_PEEK.match(parsed.text, end) is None:
        return ""
    after = parsed.after(end, 10)
    for i, tok in enumerate(after[:3]):
        if tok.lower in PARTICIPANT_INTRO:
            names = _capitalised_run(after[i + 1 : i + 8])
            if names and _foreign(names, entity_words):
                return f"“{word_text} {tok.text} {' '.join(names)}” is another event"
            break
    return ""


def _foreign(names: Iterable[str], entity_words: frozenset[str]) -> bool:
    """True when a name (titles aside) is not a word of the file's entities or places."""
    words = [n.lower().removesuffix("’s").removesuffix("'s") for n in names]
    return any(w not in entity_words for w in words if w not in TITLES)


def _is_possessive(tok: Token) -> bool:
    return tok.text.endswith(("’s", "'s"))


def _capitalised_run(tokens: Sequence[Token]) -> list[str]:
    """The capitalised words at the start of ``tokens`` (skipping a leading 'the')."""
    names: list[str] = []
    for tok in tokens:
        if not names and tok.lower == "the":
            continue
        if tok.text[:1].isupper() or (names and tok.lower in {"and", "of"}):
            names.append(tok.text)
        else:
            break
    while names and names[-1].lower() in {"and", "of"}:
        names.pop()
    return names


def tied_occurrence(
    occurrences: Sequence[Occurrence],
    events: Sequence[Occurrence],
    parsed: Parsed,
    start: int,
    end: int,
) -> Occurrence | None:
    """The occurrence a value at ``start``..``end`` belongs to, if it is about this event.

    The value belongs to the nearest of the claim's terms in its clause; and when the clause
    names events, the event nearest to the value must not be another one ("the 1934
    earthquake killed 10,000": the number is that earthquake's).
    """
    clause = parsed.clause(start)
    same = [o for o in occurrences if parsed.clause(o.start) == clause]
    if not same:
        return None
    nearest = min(same, key=lambda o: distance(o, start, end))
    if nearest.other_event:
        return None
    named = [e for e in events if parsed.clause(e.start) == clause]
    if named and min(named, key=lambda o: distance(o, start, end)).other_event:
        return None
    return nearest


class Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def distance(o: Spanned, start: int, end: int) -> int:
    """Characters between ``o`` and ``start``..``end`` (0 when they overlap)."""
    if o.end <= start:
        return start - o.end
    if end <= o.start:
        return o.start - end
    return 0
