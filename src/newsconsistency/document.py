"""One article, read once, with everything the claims ask of it computed at most once.

A :class:`Document` wraps an :class:`~newsconsistency.articles.Article` for one claim file:
tokens, clauses, and each extractor's mentions are computed per sentence on first use and
kept, so fourteen claims that read the same sentence cost one extraction.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from newsconsistency.anchor import PLAIN_WORD, About, Occurrence, Parsed, Scope, first_word_forms
from newsconsistency.articles import Article, Sentence
from newsconsistency.bounded import MISSING, Bounded, remember
from newsconsistency.extract.dates import may_hold_dates
from newsconsistency.extract.entities import HONORIFIC_WORDS
from newsconsistency.model import Claim, ClaimSet, Evidence
from newsconsistency.places import PlaceGraph, place_kind

EVENT_NOUNS = (
    "summit", "meeting", "talks", "visit", "trip", "conference", "negotiations", "election",
    "match", "game", "ceremony", "attack", "protest", "rally", "vote", "referendum", "tour",
    "earthquake", "quake", "storm", "hurricane", "typhoon", "cyclone", "flood", "fire",
    "wildfire", "crash", "explosion", "blast", "shooting", "war", "strike", "festival",
    "concert", "tournament", "final", "race", "launch", "eruption", "outbreak", "disaster",
    "tsunami", "landslide", "accident", "collision", "bombing", "coup", "funeral", "wedding",
)

EVENTS = "\x00events"  # the key of the event words among the claims' terms
PLACES = "\x00places"  # the key of the place graph's names
FACTS_CACHE_SIZE = 8192  # sentences whose facts are kept across articles
DATED_PER_SENTENCE = 16  # datelines under which a sentence's date-dependent findings are kept

GENERIC_ID_WORDS = frozenset(
    "date day when time place venue location where count number amount total value sum "
    "claim fact the of a an in on at".split()
)


def _plural(noun: str) -> str:
    """"match" -> "matches", "rally" -> "rallies"; "talks" is plural already."""
    if noun.endswith("s"):
        return noun
    if noun.endswith(("ch", "sh", "x")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    return noun + "s"


# "summit", "summits", "match", "matches": the words that name an event
EVENT_NOUN_FORMS = frozenset(EVENT_NOUNS) | {_plural(n) for n in EVENT_NOUNS}


def is_event_noun(word: str) -> bool:
    """Whether a word names an event ("final", "summits"), not an action ("played")."""
    return word.lower() in EVENT_NOUN_FORMS


ROLE_WORDS = frozenset(
    "ceo chief executive president leader minister manager captain director boss spokesman "
    "spokeswoman spokesperson coach chairman chairwoman chair founder co-founder head "
    "secretary governor mayor commander adviser advisor official".split()
)


def _is_role(name: str) -> bool:
    """A role phrase ("Halden CEO", "the Russian leader") rather than a name."""
    words = name.lower().replace("-", " ").split()
    return any(w in ROLE_WORDS for w in words) or any(c.islower() for c in name.split()[0][:1])


def terms_of(claim: Claim) -> tuple[str, ...]:
    """The words that name a claim's subject: its ``about``, else read from its id.

    A claim without ``about`` is still only about its subject: ``food-aid`` is about "food
    aid", ``labourers`` about "labourers"; a date or place claim is also about the event
    itself ("summit", "meeting", ...). Quotes need no terms: the words are the subject.
    """
    if claim.about or claim.type == "quote":
        return claim.about
    words = [w for w in re.split(r"[-_\s]+", claim.id) if w and w not in GENERIC_ID_WORDS]
    terms = tuple(dict.fromkeys([" ".join(words), *(w for w in words if len(w) > 3)]))
    terms = tuple(t for t in terms if t)
    if claim.type in ("date", "place", "duration"):
        terms += tuple(n for n in EVENT_NOUNS if n not in terms)
    return terms


def _is_word(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isalnum()


Finder = Callable[["Document", int], Sequence[Any]]  # (document, sentence index)


class BaseFree(list[Any]):
    """Date mentions that read no base date ("25 April 2019", "in 2018"): they hold for
    every article, so a sentence holding only these is judged once, whatever its dateline.
    The date finder returns this type to say so; any other sequence is read per base."""


def _named_people(claim: Claim, person_words: frozenset[str]) -> frozenset[str]:
    """The people a claim is about: named in its terms, else in its description."""
    named = {w.lower() for term in claim.about for w in PLAIN_WORD.findall(term)} & person_words
    if not named and claim.description:
        named = {w.lower() for w in PLAIN_WORD.findall(claim.description)} & person_words
    return frozenset(named)


def _silence(claim: Claim, expected: str) -> str:
    """What silence on a claim says."""
    about = ", ".join(claim.about) if claim.about else claim.id
    return f"nothing about {about} ({expected})"


@attrs.frozen
class Context:
    """What every document checked against one claim file shares."""

    claims: ClaimSet
    places: PlaceGraph
    entity_words: frozenset[str]
    abouts: dict[str, About]  # term key -> compiled about terms
    finders: dict[str, Finder]
    events: About  # event words: common event nouns and the terms of date and place claims
    scope: Scope
    by_type: dict[str, tuple[str, ...]]  # claim type -> term keys of its claims
    first_words: dict[str, tuple[str, ...]]  # a term's first word, inflected -> term keys
    term_keys: dict[str, str]  # claim id -> the key of its terms
    place_kinds: frozenset[str]  # kinds of the claimed places: city, island, ...
    name_words: frozenset[str] = frozenset()  # words of the entities' names, role phrases aside
    person_words: frozenset[str] = frozenset()  # the same, without the places
    event_claim: Claim | None = None  # the date claim whose value is event.date, if any
    named_people: dict[str, frozenset[str]] = attrs.field(factory=dict)  # claim id -> its people
    # the keys of first_words, as a set: a sentence's words meet it in time of their own
    # number (a set meeting a dict walks the dict: ~500 keys per new sentence)
    first_word_set: frozenset[str] = frozenset()
    # claim id -> what the claim expects, in words; and what silence on it says. Kept here,
    # not in a cache keyed by the claim: an equal claim loaded again is another claim set's
    # (finding it would compare the two field by field), and a claim set going keeps nothing
    expected: dict[str, str] = attrs.field(factory=dict)
    silences: dict[str, str] = attrs.field(factory=dict)
    _patterns: dict[tuple[str, str], re.Pattern[str] | None] = attrs.field(factory=dict)
    _facts: Bounded[str, SentenceFacts] = attrs.field(
        factory=lambda: Bounded(FACTS_CACHE_SIZE)
    )
    _once: dict[Any, Any] = attrs.field(factory=dict)

    def once(self, key: Any, compute: Callable[[], Any]) -> Any:
        """A value computed once per claim file (what a type derives from its claims)."""
        return remember(self._once, key, compute)

    @classmethod
    def build(cls, claims: ClaimSet, finders: dict[str, Finder]) -> Context:
        from newsconsistency.specs import DateSpec, PlaceSpec

        places = PlaceGraph.build(
            (c.spec.name, c.spec.aliases, c.spec.within)
            for c in claims.claims
            if isinstance(c.spec, PlaceSpec)
        )
        words = {
            w.lower()
            for canonical, aliases in claims.entities.aliases.items()
            for name in (canonical, *aliases)
            for w in name.replace("-", " ").split() + name.split()
        }
        words |= places.words
        event_date = claims.event.date
        if claims.event.name:  # "the Pine Hollow fire", "the Continental Cup final" are ours
            words |= {w.lower() for w in PLAIN_WORD.findall(claims.event.name)}
        scope = Scope(frozenset(words), event_date.year if event_date else None, EVENT_NOUN_FORMS,
                      lambda name: place_kind(name) is not None)
        # claims with the same terms share one About: their sentences and ties are computed once
        subject = {c.id: terms_of(c) for c in claims.claims}
        term_keys = {c.id: "\x01".join(sorted(subject[c.id])) for c in claims.claims}
        abouts = {term_keys[c.id]: About(subject[c.id], scope) for c in claims.claims}
        terms = {t for c in claims.claims if c.type in ("date", "place") for t in subject[c.id]}
        events = About(tuple(sorted(terms | set(EVENT_NOUNS))), scope)
        by_type: dict[str, tuple[str, ...]] = {}
        for c in claims.claims:
            if term_keys[c.id] not in by_type.get(c.type, ()):
                by_type[c.type] = (*by_type.get(c.type, ()), term_keys[c.id])
        abouts[EVENTS] = events
        first_words: dict[str, tuple[str, ...]] = {}
        for key, about in abouts.items():
            for form in {f for term in about.terms for f in first_word_forms(term)}:
                first_words[form] = (*first_words.get(form, ()), key)
        # the place graph's names ride on the same pass (first words as written, no inflection)
        for form in {re.split(r"[\s-]+", alias)[0] for alias in places.aliases}:
            first_words[form] = (*first_words.get(form, ()), PLACES)
        place_kinds = frozenset(
            k for c in claims.claims
            if isinstance(c.spec, PlaceSpec) and (k := place_kind(c.spec.name)) is not None
        )
        name_words = frozenset(
            w.lower()
            for canonical, aliases in claims.entities.aliases.items()
            for name in (canonical, *aliases)
            if not _is_role(name)
            for w in name.replace("-", " ").split()
        )
        event_claim = next(
            (c for c in claims.claims if isinstance(c.spec, DateSpec)
             and c.spec.granularity == "day" and c.spec.value == claims.event.date),
            None,
        )
        person_words = name_words - places.words - HONORIFIC_WORDS
        named_people = {c.id: _named_people(c, person_words) for c in claims.claims}
        expected = {c.id: str(c.spec.describe()) for c in claims.claims}
        silences = {c.id: _silence(c, expected[c.id]) for c in claims.claims}
        return cls(claims, places, scope.entity_words, abouts, finders, events, scope, by_type,
                   first_words, term_keys, place_kinds, name_words | places.words,
                   person_words, event_claim, named_people, frozenset(first_words),
                   expected, silences)

    def facts(self, text: str) -> SentenceFacts:
        """The facts of a sentence, from the bounded cache shared by every article."""
        facts = self._facts.get(text)
        if facts is None:
            facts = self._facts[text] = SentenceFacts(text, self)
        return facts

    def sentence_terms(self, text: str) -> dict[str, list[tuple[int, int]]]:
        """term key -> spans of its terms in a sentence (and PLACES -> the graph's names).

        Each word is looked up among the first words of all the claims' terms; only there
        is a claim's pattern tried, anchored. One pass serves every claim.
        """
        terms: dict[str, list[tuple[int, int]]] = {}
        for key, position, word in self._term_starts(text):
            pattern = self.places.pattern if key == PLACES else self.term_pattern(key, word)
            m = pattern.match(text, position) if pattern is not None else None
            if m is not None:
                spans = terms.setdefault(key, [])
                if not spans or spans[-1][1] <= m.start():  # "last summit", then "summit"
                    spans.append(m.span())
        return terms

    def _term_starts(self, text: str) -> list[tuple[str, int, str]]:
        """(key, offset, word) wherever a word starts one of the claims' terms, in order."""
        firsts = self.first_words
        lowered = text.lower()
        if len(lowered) != len(text):  # a few letters change length when lower-cased
            return sorted(
                ((key, m.start(), m.group().lower())
                 for m in PLAIN_WORD.finditer(text)
                 for key in firsts.get(m.group().lower(), ())),
                key=lambda item: item[1],
            )
        found: list[tuple[str, int, str]] = []
        for word in set(PLAIN_WORD.findall(lowered)) & self.first_word_set:
            keys = firsts[word]
            at = lowered.find(word)
            while at >= 0:  # str.find is a fast literal search; check the word's edges
                end = at + len(word)
                if not _is_word(lowered, at - 1) and not _is_word(lowered, end):
                    found.extend((key, at, word) for key in keys)
                at = lowered.find(word, end)
        found.sort(key=lambda item: item[1])
        return found

    def term_pattern(self, key: str, first_word: str) -> re.Pattern[str] | None:
        """The terms of ``key`` that start with ``first_word``, compiled once."""
        cache_key = (key, first_word)
        if cache_key not in self._patterns:
            terms = tuple(t for t in self.abouts[key].terms if first_word in first_word_forms(t))
            self._patterns[cache_key] = About(terms, self.scope).pattern
        return self._patterns[cache_key]


class SentenceFacts:
    """What the claims learn from one sentence's text: kept across articles.

    Wire copies repeat sentences word for word; everything here depends only on the text
    (and, for dates, the date they count from), so a repeated sentence is read once.
    """

    __slots__ = ("dated", "may_hold_dates", "memo", "parsed", "terms")

    def __init__(self, text: str, context: Context) -> None:
        self.parsed = Parsed(text)
        self.terms = context.sentence_terms(text)
        self.may_hold_dates = may_hold_dates(text)  # words a date could be made of
        self.memo: dict[Any, Any] = {}
        # base date or resolved dates -> memo
        self.dated: Bounded[Any, dict[Any, Any]] = Bounded(DATED_PER_SENTENCE)

    def dated_memo(self, key: Any) -> dict[Any, Any]:
        """The memo for what this sentence says under one dateline (``key``: the base date,
        or what its dates resolve to). An archive spanning years would otherwise keep a
        sentence's findings for every day it was dated: the last few are kept."""
        memo = self.dated.get(key)
        if memo is None:
            memo = self.dated[key] = {}
        return memo


@attrs.define
class Document:
    article: Article
    context: Context
    _facts: list[SentenceFacts] | None = None  # by sentence index, looked up once
    _dates: dict[int, tuple[Any, ...] | None] = attrs.field(factory=dict)
    _memo: dict[Any, Any] = attrs.field(factory=dict)
    # each claim type's table of what it has learnt of the article, for all its claims:
    # looked up once per claim, as a plain subscript
    tables: defaultdict[Any, dict[Any, Any]] = attrs.field(
        factory=lambda: defaultdict(dict), init=False, repr=False
    )

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self.article.sentences

    @property
    def base(self) -> dt.date | None:
        """The date deictic expressions count from: publication, else the event's date."""
        return self.article.published or self.context.claims.event.date

    @property
    def all_facts(self) -> list[SentenceFacts]:
        """The facts of every sentence, by index (nearly every sentence is asked about:
        they are looked up once)."""
        if self._facts is None:
            self._facts = [self.context.facts(s.text) for s in self.sentences]
        return self._facts

    def facts(self, i: int) -> SentenceFacts:
        return (self._facts or self.all_facts)[i]

    def dates_key(self, i: int) -> tuple[Any, ...] | None:
        """What sentence ``i``'s judgements depend on besides its text: its dates, when they
        count from the base date; None when they do not (see ``reads_base``)."""
        found: tuple[Any, ...] | None = self._dates.get(i, MISSING)
        if found is MISSING:
            found = self._dates[i] = tuple(self.mentions("date", i)) if self.reads_base(i) else None
        return found

    def sentences_about(self, key: str) -> list[int]:
        """Indices of the sentences that use the terms of ``key``, in order."""
        if self.context.abouts[key].pattern is None:
            return list(range(len(self.sentences)))
        index: dict[str, list[int]] | None = self._memo.get("sentences-about")
        if index is None:
            index = {}
            for i, facts in enumerate(self.all_facts):
                for term_key in facts.terms:
                    index.setdefault(term_key, []).append(i)
            self._memo["sentences-about"] = index
        return index.get(key, [])

    def place_spans(self, i: int) -> list[tuple[int, int]]:
        """Where the claim file's place names stand in sentence ``i``."""
        return self.facts(i).terms.get(PLACES, [])

    def parsed(self, i: int) -> Parsed:
        """Sentence ``i`` with its clauses, read once."""
        return self.facts(i).parsed

    def event_occurrences(self, i: int) -> Sequence[Occurrence]:
        """Event words in sentence ``i``, each marked as this event's or another's."""
        return self.occurrences(EVENTS, i)

    def occurrences(self, key: str, i: int) -> Sequence[Occurrence]:
        """The claim's terms in sentence ``i``, marked as this event's or another's."""
        facts = self.facts(i)
        spans = facts.terms.get(key)
        if not spans:
            return ()  # most sentences, for most terms: nothing to keep
        found: list[Occurrence] | None = facts.memo.get(("occurrences", key))
        if found is None:
            parsed, scope = facts.parsed, self.context.scope
            found = []
            for s, e in spans:
                reason = parsed.mark(s, e, scope) or self._inherited(i, s, e)
                # a claim's terms recur in every copy: one string for each (kept by the
                # sentence facts)
                found.append(Occurrence(s, e, sys.intern(parsed.text[s:e]), bool(reason), reason))
            facts.memo[("occurrences", key)] = found
        return found

    def _inherited(self, i: int, start: int, end: int) -> str:
        """A verb's event is its clause's event noun: "Next year's final will be played".

        A term that is not an event noun takes the mark of the nearest event noun before it
        in its clause, when that noun names another event.
        """
        facts = self.facts(i)
        parsed = facts.parsed
        if is_event_noun(parsed.text[start:end]):
            return ""
        clause = parsed.clause(start)
        nouns = [
            (s, e) for s, e in facts.terms.get(EVENTS, ())
            if e <= start and parsed.clause(s) == clause and is_event_noun(parsed.text[s:e])
        ]
        if not nouns:
            return ""
        s, e = nouns[-1]
        reason = parsed.mark(s, e, self.context.scope)
        return f"it belongs to {reason}" if reason else ""

    def claim_occurrences(self, claim_type: str, i: int) -> list[tuple[str, Occurrence]]:
        """The terms of every claim of ``claim_type`` in sentence ``i``, with term keys."""
        return [
            (key, o)
            for key in self.context.by_type.get(claim_type, ())
            for o in self.occurrences(key, i)
        ]

    def mentions(self, kind: str, i: int) -> Sequence[Any]:
        """What extractor ``kind`` finds in sentence ``i`` (dates count from ``base``)."""
        facts = self.facts(i)
        found: Sequence[Any] | None = facts.memo.get(kind)
        if found is None and kind == "date":
            found = facts.dated_memo(self.base).get(kind)
        if found is None:
            found = self.context.finders[kind](self, i)
            if kind == "date" and not isinstance(found, BaseFree):
                facts.dated_memo(self.base)[kind] = found
            else:
                facts.memo[kind] = found
        return found

    def reads_base(self, i: int) -> bool:
        """Whether what sentence ``i`` says depends on the base date: it has a date that
        counts from it ("on Thursday", "April 25" without a year)."""
        return self.may_hold_dates(i) and not isinstance(self.mentions("date", i), BaseFree)

    def is_headline(self, i: int) -> bool:
        """Whether sentence ``i`` is the article's headline: compressed, often about several
        events at once ("Putin in Beijing for forum after Kim talks"), so it may agree with a
        claim but is no clear statement against one."""
        if i > 2 or len(self.sentences) < 2:
            return False
        return bool(self.memo(("headline", i), self._is_headline, i))

    def _is_headline(self, i: int) -> bool:
        text = self.sentences[i].text.rstrip()
        alone = sum(s.paragraph == self.sentences[i].paragraph for s in self.sentences[:4]) == 1
        return alone and not text.endswith((".", "!", "?", "”", '"'))

    def may_hold_dates(self, i: int) -> bool:
        """Whether sentence ``i`` has words a date could be made of (see the date finder)."""
        return self.facts(i).may_hold_dates

    def sentence_memo(self, i: int, key: Any, compute: Callable[[], Any]) -> Any:
        """A value that depends only on sentence ``i``'s text and ``key``, computed once."""
        return remember(self.facts(i).memo, key, compute)

    def memo(self, key: Any, compute: Callable[..., Any], *args: Any) -> Any:
        """A value computed once per article, ``compute(*args)`` (``sentence_memo`` for once
        per sentence). Asked for each claim of an article: written out, not through
        ``remember``, and ``args`` spare the caller a closure per call."""
        found = self._memo.get(key, MISSING)
        if found is MISSING:
            found = self._memo[key] = compute(*args)
        return found

    def evidence(self, i: int, start: int, end: int) -> Evidence:
        """Evidence for the words ``start``..``end`` of sentence ``i`` (one object for all
        the claims that cite them)."""
        key = ("evidence", i, start, end)
        found: Evidence | None = self._memo.get(key)
        if found is None:
            s = self.sentences[i]
            found = self._memo[key] = Evidence(s.text, s.start, s.end, s.line, s.text[start:end])
        return found
