"""Find the claim file's entities, and other people's names, in a string.

:class:`EntityMatcher` is a configured callable: it compiles the entities of a claim file
once and then finds their mentions in any string, with offsets into that string.

Rules, in the order they apply:

* Every name of an entity (its canonical name and its aliases) is tried, longest first, so
  "Kim Jong-un" wins over "Kim" and "the Russian leader" over "Russian".
* A single capitalised word ("Kim", "Putin") matches case-sensitively: "kim" is not Kim.
  A name of several words ("the Russian leader", "North Korean leader", "Kim Jong Un")
  matches case-insensitively, and a space and a hyphen between its words are interchangeable
  ("Kim Jong Un" finds "Kim Jong-un").
* An honorific right before a capitalised name ("Mr", "Ms", "Mrs", "Dr", "President") is
  part of the mention: "President Kim", "Mr Putin".
* A capitalised name followed on the same line by another capitalised word that is neither
  the start of a known name nor a common capitalised word ("Summit", "Thursday", ...) names
  someone else: "Kim Jong-il" and "Kim Il Sung" are not Kim Jong-un.
* A role phrase followed by a name of the same entity is one mention:
  "Russian President Vladimir Putin".
* Other people's names are mentions with ``canonical=None``: an honorific and a capitalised
  word ("Mr Pompeo"), or two or three capitalised words that are not places, nationalities,
  institutions, dates or function words ("Yuri Ushakov", "Mike Pompeo" in
  "US Secretary of State Mike Pompeo"). A possessive ("Mr Trump's") ends the name.

Pronouns are not resolved here (see :mod:`newsconsistency.extract.quotes`).
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Iterable

import attrs

from newsconsistency.bounded import Bounded
from newsconsistency.model import Entities

__all__ = ["HONORIFICS", "HONORIFIC_WORDS", "EntityMatcher", "EntityMention"]


@attrs.frozen
class EntityMention:
    """A name found in a string; ``canonical`` is None for a person outside the claim file."""

    start: int
    end: int
    text: str
    canonical: str | None

    @property
    def is_person(self) -> bool:
        """True for an unknown person's name (known entities may be places or people)."""
        return self.canonical is None


HONORIFICS = frozenset(
    {
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Dr",
        "Prof",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "President",
        "Senator",
        "Minister",
        "Chancellor",
        "Premier",
        "Ambassador",
        "General",
        "Gen",
        "King",
        "Queen",
        "Prince",
        "Princess",
        "Pope",
        "Chairman",
        "Governor",
        "Mayor",
    }
)
#: The same, lower-cased, with "prime" (of "Prime Minister"): words that name no one.
HONORIFIC_WORDS = frozenset(h.lower() for h in HONORIFICS) | {"prime"}

# Honorifics that may stand before a *known* name and become part of its mention.
_KNOWN_HONORIFICS = ("Mr", "Mrs", "Ms", "Dr", "President")

# Capitalised words that are not (part of) a person's name. They end or split a run of
# capitalised words, and a known surname may be followed by them ("Putin Kim Summit").
_NOT_NAMES = frozenset(
    """
    The A An And Or But Nor So Yet For Of In On At To By From With Without Into Onto Over Under
    After Before During Since Until While When Where Why How What Which Who Whom Whose If As
    Though Although Because Meanwhile However Still Then Also Even Only Just Both Either Neither
    Some Others Other Many Most Much More All Any Each Every No Not Yes This That These Those
    Here There Now Today Yesterday Tomorrow Tonight Last Next First Second Third Former Late
    I We You He She It They Me Us Him Her Them My Our Your His Its Their
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December
    North South East West Eastern Western Northern Southern Far Middle Central Upper Lower
    Korea Korean Koreans Russia Russian Russians China Chinese America American Americans
    Japan Japanese Vietnam Vietnamese Soviet Union United States Kingdom Nations Europe European
    Britain British France French Germany German India Indian Ukraine Ukrainian Asia Asian
    Moscow Pyongyang Seoul Washington Beijing Tokyo Hanoi Vladivostok Kremlin Pacific Atlantic
    Island Islands Peninsula Ocean Sea River City Street Square Airport Station
    Government Ministry Department Office Agency Council Committee Commission Parliament
    Assembly Congress Senate Party Army Navy Force Forces Federal University College School
    Institute Foundation Bank Company Group News Times Post Daily Press Television Radio
    Media Service Services House White Foreign Affairs Defence Defense State Secretary
    Spokesman Spokeswoman Spokesperson Adviser Advisor Official Officials Leader Leaders
    Summit Summits Talks Meeting Meetings Conference Statement Comments Comment Reply Photo
    Source Link Breaking Read Also Advertise Please Facebook Twitter Share Cold War Republic
    People People's Democratic Peace Prize Day Week Year Month Mr Mrs Ms Dr Said Says Told
    Prime Vice Deputy Chief Supreme Grand Great Old New Red Blue Green Black Ltd Inc Co Jr Sr
    US UK UN EU USA USSR DPRK AFP AP EFE CBS BBC CNN
    """.split()
)

_SPACE = r"[ \t\u00a0]"
_TOKEN = r"[A-Z][A-Za-z]*(?:[-'’][A-Za-z]+)*"
_RUN = re.compile(rf"(?<![\w'’-])(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen)\.(?!\w)|{_TOKEN})")
_POSSESSIVE = re.compile(r"['’]s?$")


def _is_role_phrase(name: str) -> bool:
    """Several words, or a word that does not start with a capital: matched case-insensitively."""
    return len(re.split(r"[\s\u00a0-]+", name.strip())) > 1 or not name[:1].isupper()


def _alias_pattern(name: str) -> str:
    words = [re.escape(w) for w in re.split(r"[\s\u00a0-]+", name.strip()) if w]
    return r"(?:\s+|-)".join(words)


@attrs.define(init=False)
class EntityMatcher:
    """Find the claim file's entities (and unknown people) in a string.

    ``matcher(text)`` returns the mentions in ``text[start:end]``, sorted by position, with
    offsets into ``text``.
    """

    entities: Entities
    _pattern: re.Pattern[str]
    _groups: dict[str, str]
    _cache: dict[str, list[EntityMention]]

    def __init__(self, entities: Entities) -> None:
        self.entities = entities
        self._cache = Bounded(8192)
        names: list[tuple[str, str]] = []
        for canonical, aliases in entities.aliases.items():
            names.extend((name, canonical) for name in {canonical, *aliases} if name.strip())
        names.sort(key=lambda pair: (-len(pair[0]), pair[0]))
        first_words = {re.split(r"[\s\u00a0-]+", n.strip())[0] for n, _ in names}
        allowed_next = "|".join(
            sorted(map(re.escape, _NOT_NAMES | first_words), key=len, reverse=True)
        )
        # A capitalised name followed by another capitalised word names someone else.
        someone_else = rf"(?!{_SPACE}+(?!(?:{allowed_next})(?![\w'’-]))[A-Z])"
        honorific = rf"(?:(?:{'|'.join(_KNOWN_HONORIFICS)})\.?{_SPACE}+)?"
        # (alternative, whether someone else may not follow it), longest names first
        named: list[tuple[str, bool]] = []
        initials = {h[0] for h in _KNOWN_HONORIFICS}  # a cheap first test at each position
        self._groups = {}
        for index, (name, canonical) in enumerate(names):
            group = f"e{index}"
            self._groups[group] = canonical
            body = _alias_pattern(name)
            initials.update({name[0], name[0].upper(), name[0].lower()})
            if _is_role_phrase(name):
                if name[:1].isupper() and name.split()[0] not in _NOT_NAMES:
                    # A multi-word proper name ("Kim Jong Un"): may take an honorific too.
                    named.append((rf"(?P<{group}>{honorific}(?i:{body}))", True))
                else:
                    named.append((rf"(?P<{group}>(?i:{body}))", False))
            else:
                named.append((rf"(?P<{group}>{honorific}{body})", True))
        # the lookahead once per run of names that take it: "(?:A|B)X" tries what "AX|BX"
        # tries, in the same order, and the lookahead is long (every name's first word)
        alternatives = []
        for checked, run in itertools.groupby(named, key=lambda n: n[1]):
            names_run = "|".join(a for a, _ in run)
            alternatives.append(f"(?:{names_run}){someone_else}" if checked else names_run)
        if alternatives:
            first = "".join(sorted(map(re.escape, initials)))
            self._pattern = re.compile(
                rf"(?=[{first}])(?<![\w'’-])(?:{'|'.join(alternatives)})(?![\w])"
            )
        else:
            self._pattern = re.compile(r"(?!x)x")  # matches nothing

    def in_span(self, words: str, start: int) -> list[EntityMention]:
        """Like calling the matcher on ``words``, with offsets from ``start`` (where the
        words stand in their article).

        Results are kept by the words (a bounded cache): wire copies repeat sentences, and
        the names in a sentence do not depend on where it stands. Pass the sentence's own
        string, not a copy: the cache then keeps no text of its own.
        """
        found = self._cache.get(words)
        if found is None:
            found = self._cache[words] = self(words)
        if not start:
            return list(found)
        return [EntityMention(m.start + start, m.end + start, m.text, m.canonical) for m in found]

    def __call__(self, text: str, start: int = 0, end: int | None = None) -> list[EntityMention]:
        end = len(text) if end is None else end
        known = self._merge(text, self._known(text, start, end))
        return sorted([*known, *self._people(text, start, end, known)], key=_position)

    def _known(self, text: str, start: int, end: int) -> Iterable[EntityMention]:
        for match in self._pattern.finditer(text, start, end):
            group = match.lastgroup
            assert group is not None
            # names recur across sentences: one string for each (kept by the caches)
            yield EntityMention(match.start(), match.end(), sys.intern(match.group()),
                                self._groups[group])

    @staticmethod
    def _merge(text: str, mentions: Iterable[EntityMention]) -> list[EntityMention]:
        """Join "Russian President" + "Vladimir Putin" (same entity, one space apart)."""
        merged: list[EntityMention] = []
        for mention in mentions:
            if merged:
                last = merged[-1]
                gap = text[last.end : mention.start]
                if last.canonical == mention.canonical and gap in (" ", "\u00a0"):
                    merged[-1] = EntityMention(
                        last.start, mention.end, sys.intern(text[last.start : mention.end]),
                        last.canonical,
                    )
                    continue
            merged.append(mention)
        return merged

    @staticmethod
    def _people(text: str, start: int, end: int, known: list[EntityMention]) -> list[EntityMention]:
        """Unknown people: runs of capitalised words on one line, split at non-name words."""
        people: list[EntityMention] = []
        group: list[tuple[int, int]] = []  # (start, end) of the tokens of the current name
        k = 0  # index into `known` (sorted), to skip tokens inside known mentions
        previous_end = -1

        def flush() -> None:
            if not group:
                return
            words = [text[s:e] for s, e in group]
            honorific = words[0].rstrip(".") in HONORIFICS
            count = len(words) - honorific
            if (honorific and 1 <= count <= 3) or (not honorific and 2 <= count <= 3):
                s, e = group[0][0], group[-1][1]
                people.append(EntityMention(s, e, sys.intern(text[s:e]), None))
            group.clear()

        for match in _RUN.finditer(text, start, end):
            s, e = match.span()
            while k < len(known) and known[k].end <= s:
                k += 1
            inside_known = k < len(known) and known[k].start < e
            gap = text[previous_end:s] if previous_end >= 0 else "\n"
            if not gap or gap.strip(" \t\u00a0") or inside_known:
                flush()
            previous_end = e
            if inside_known:
                continue
            word = match.group()
            possessive = _POSSESSIVE.search(word) is not None and len(word) > 2
            bare = _POSSESSIVE.sub("", word) if possessive else word
            if bare.rstrip(".") in HONORIFICS:
                flush()
                group.append((s, e))
                continue
            if bare in _NOT_NAMES or not any(c.islower() for c in bare):
                flush()
                continue
            group.append((s, s + len(bare)))
            if possessive:
                flush()
                previous_end = -1
        flush()
        return people


def _position(mention: EntityMention) -> tuple[int, int]:
    return (mention.start, -mention.end)
