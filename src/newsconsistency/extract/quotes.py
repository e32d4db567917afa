"""Quotations in an article: where they are, who said them, and whether they say a claim.

Finding quotes (:func:`find_quotes`, :class:`QuoteFinder`)
----------------------------------------------------------

One pass over each paragraph of the article (paragraphs and sentences come from
``Article.sentences``, so page furniture never yields a quote):

* Double marks pair up: "“" opens, "”" closes, and a straight '"' closes an open quote or
  else opens one, so straight marks alternate within a paragraph. A mismatched pair
  ("“...\\"") still pairs. A new "“" while a quote is open ends the open one there.
* Single marks "‘ ’" make a quote only outside double quotes, when "‘" starts a word,
  the "’" that closes it ends a word (so "Kim’s" and "Russia ’s" are apostrophes), and the
  quote is short (``MAX_SINGLE`` characters), as in headlines ("‘Great love for Russia’").
  Inside a double quote they are part of the text. Straight single marks are apostrophes.
* A quote whose closing mark is missing ends at the end of its paragraph.
* ``text`` is the inner text with surrounding white space trimmed; ``start``/``end`` are its
  offsets in ``article.text``.

Attribution, first rule that applies:

1. **After the quote, in its sentence** (up to the sentence end or the next quote): a
   reporting verb (:data:`REPORTING_VERBS`) within ``MAX_TAIL_WORDS`` words of the closing
   mark. Verb first ("said Putin", "added the Russian leader", "according to ...") → the
   name after it; otherwise the subject before it ("Kim said", "he added", "Putin told Kim",
   "Mr Pompeo said of", "it added", "a statement from ... said"). After "and" ("... and said
   he intended") the subject is the subject of the sentence.
2. **Before the quote, in its sentence**: the last reporting verb before the opening mark
   (outside other quotes) and its subject ("Putin said, “...”", "Mr Putin said he hoped
   ..., “help us ...”", "Kim said for her part that she had come to try \\"...\\""); a
   participle ("saying", "noting") takes the subject of the verb before it, or of the
   sentence.
3. **A colon**: a quote that opens its sentence right after a sentence ending in ":" takes
   that sentence's speaker.
4. Otherwise the quote is unattributed (``speaker is None``, ``speaker_text == ""``).

The subject of a verb is the name that ends the phrase before it (after trailing "has",
"also", ... are dropped and a comma-bounded insertion is skipped unless it is itself a name:
"Mr Putin’s foreign affairs adviser, Yuri Ushakov, told" → Yuri Ushakov; "Mr Kim, who had
arrived ..., told" → Mr Kim). A name of the claim file's entities gives the canonical name;
another person's name gives that name as written ("Mr Pompeo"); "he"/"she" give the last
named person who was the subject of a reporting verb or the speaker of a quote earlier in the
article (tracked in the same pass); "it", "they" and phrases without a name ("a statement
from North Korea’s Government", "The Kremlin") give ``speaker=None`` with the words in
``speaker_text``.

Matching a quote against a claim (:func:`align_quote`, :func:`match_quote`, :class:`QuoteMatcher`)
---------------------------------------------------------------------------------------------------

Both texts are normalised: case-folded, curly apostrophes made straight, punctuation and
ellipses dropped (thousands separators inside numbers too), spaces collapsed. Then

* ``partial``: ``rapidfuzz.fuzz.partial_ratio(claim, quote)``, the best alignment of the
  claim with a contiguous part of the quote;
* ``window``: the part of the quote that ``fuzz.partial_ratio_alignment`` aligns, widened to
  whole words, then by 0, 1 and 2 more words on each side; ``fuzz.token_set_ratio(claim,
  window)`` for each, best kept. This is what lets a translator's rewording match ("We need
  to restore ..." vs "We must restore ...": 89 partial, 94 window).

``score = max(partial, window)``. When the quote is shorter than the claim a fragment must
not match a whole claim, so ``score = max(fuzz.ratio, fuzz.token_sort_ratio)`` of the two
whole texts instead. ``changes`` compares the words of the claim with those of the aligned
window (whole words plus one on each side) through a word-level diff and names only meaning
changes: a negation added or dropped, a number changed, a capitalised name changed.
Synonyms ("need"/"must") are not changes.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import attrs

from newsconsistency.articles import Article, Sentence
from newsconsistency.bounded import Bounded
from newsconsistency.extract.entities import EntityMatcher, EntityMention
from newsconsistency.extract.quote_match import (
    QuoteMatch,
    QuoteMatcher,
    align_quote,
    match_quote,
    normalise_quote,
)
from newsconsistency.model import Entities

__all__ = [
    "MAX_SINGLE",
    "MAX_TAIL_WORDS",
    "REPORTING_VERBS",
    "Quote",
    "QuoteFinder",
    "QuoteMatch",
    "QuoteMatcher",
    "align_quote",
    "find_quotes",
    "match_quote",
    "normalise_quote",
]

MAX_SINGLE = 80  # longest ‘single-quoted’ span taken as a quote, in characters
MAX_TAIL_WORDS = 8  # most words between a closing mark and its reporting verb

REPORTING_VERBS = (
    "said",
    "says",
    "say",
    "saying",
    "added",
    "adds",
    "adding",
    "told",
    "tells",
    "telling",
    "declared",
    "declares",
    "declaring",
    "concluded",
    "concludes",
    "stated",
    "states",
    "noted",
    "notes",
    "noting",
    "asked",
    "asks",
    "insisted",
    "insists",
    "warned",
    "warns",
    "explained",
    "explains",
    "stressed",
    "stresses",
    "remarked",
    "wrote",
    "writes",
    "replied",
    "continued",
    "acknowledged",
    "announced",
    "commented",
    "argued",
    "claimed",
    "urged",
    "according to",
)


@attrs.frozen
class Quote:
    """A quoted span of an article and who it is attributed to.

    ``speaker``: the canonical entity, another person's name as written, or None.
    ``speaker_text``: the words that attributed it ("he", "the Russian leader"), "" if none.
    ``sentence_start``/``sentence_end``: the sentence(s) holding the quote and its
    attribution, as evidence. ``attribution``: "after", "before", "colon" or "none".
    """

    text: str
    start: int
    end: int
    line: int
    speaker: str | None
    speaker_text: str
    sentence_start: int
    sentence_end: int
    attribution: str = "none"


# --------------------------------------------------------------------------- finding

_MARKS = re.compile('[“”"‘’]')
_VERB = re.compile(
    r"(?<![\w'’-])(?:"
    + "|".join(v.replace(" ", r"\s+") for v in sorted(REPORTING_VERBS, key=len, reverse=True))
    + r")(?![\w'’-])"
)
# sentences read before the first quote that matters, for whom its pronouns stand
CONTEXT_SENTENCES = 6
# a kept reading of a paragraph that left a speaker as it was given
_GIVEN: Any = object()
PARAGRAPH_CACHE_SIZE = 2048  # paragraphs read (each with its variants), kept across articles
# the first letters of every reporting verb: a substring test before the regex
_VERB_CUES = tuple(sorted({v.split()[0][:4] for v in REPORTING_VERBS}))
_WORD = re.compile(r"\w+")
_AUXILIARIES = re.compile(
    r"(?:[\s,]+(?:has|have|had|was|were|is|are|also|then|later|again|once|previously|"
    r"earlier|recently|reportedly|repeatedly|further|simply|only|just|would|will|had|"
    r"himself|herself|itself|too))+\s*$"
)
_BOUNDARY = re.compile(r"[,;:()\[\]—–“”\"]")
_PRONOUNS = {"he": True, "she": True, "it": False, "they": False, "we": False, "i": False}
_COORDINATION = frozenset({"", "and", "but", "then", "and then", "but also", "and also"})
_PREPOSITIONS = frozenset(
    {
        "with",
        "to",
        "of",
        "by",
        "from",
        "at",
        "in",
        "on",
        "for",
        "about",
        "between",
        "and",
        "than",
        "against",
        "toward",
        "towards",
        "meeting",
        "met",
    }
)


@attrs.define
class _Speaker:
    name: str | None  # canonical, an unknown person's name, or None
    text: str  # the words that named the speaker
    kind: str  # "mention", "pronoun", "phrase"


@attrs.define  # built per paragraph and article, never hashed: not frozen, for speed
class _RawQuote:
    open_mark: int
    close_mark: int | None  # None: ran to the paragraph end
    inner_start: int
    inner_end: int
    tail_start: int  # just after the closing mark (or the paragraph end)


@lru_cache(maxsize=8192)
def _scan_paragraph(paragraph: str) -> tuple[_RawQuote, ...]:
    return tuple(_scan(paragraph, 0, len(paragraph)))


def _placed(q: _RawQuote, origin: int) -> _RawQuote:
    """A paragraph's quote with offsets into the article."""
    return _RawQuote(q.open_mark + origin, None if q.close_mark is None else q.close_mark + origin,
                     q.inner_start + origin, q.inner_end + origin, q.tail_start + origin)


def _inner(text: str, origin: int, q: _RawQuote) -> str:
    return text[origin + q.inner_start : origin + q.inner_end]


def _scan(text: str, start: int, end: int) -> Iterator[_RawQuote]:
    """Pair the quote marks of one paragraph."""
    opened: int | None = None
    single: int | None = None

    def emit(open_mark: int, close_mark: int | None) -> _RawQuote | None:
        stop = end if close_mark is None else close_mark
        inner_start, inner_end = open_mark + 1, stop
        while inner_start < inner_end and text[inner_start].isspace():
            inner_start += 1
        while inner_end > inner_start and text[inner_end - 1].isspace():
            inner_end -= 1
        if inner_start == inner_end:
            return None
        return _RawQuote(
            open_mark,
            close_mark,
            inner_start,
            inner_end,
            end if close_mark is None else close_mark + 1,
        )

    for match in _MARKS.finditer(text, start, end):
        mark, at = match.group(), match.start()
        found: _RawQuote | None = None
        if mark == "“" or (mark == '"' and opened is None):
            if opened is not None:  # no closing mark: the next opening mark ends it
                found = emit(opened, at)
                if found is not None:
                    found = attrs.evolve(found, close_mark=None, tail_start=at)
            opened, single = at, None
        elif mark in '”"':
            if opened is not None:
                found, opened = emit(opened, at), None
        elif opened is None:
            before = text[at - 1] if at > start else " "
            after = text[at + 1] if at + 1 < end else " "
            if mark == "‘" and not before.isalnum():
                single = at
            elif (
                mark == "’"
                and single is not None
                and not after.isalnum()
                and not before.isspace()
                and at - single <= MAX_SINGLE
            ):
                found, single = emit(single, at), None
        if found is not None:
            yield found
    if opened is not None:
        found = emit(opened, None)
        if found is not None:
            yield found


@attrs.define
class _Reader:
    """The state of one pass over one article."""

    text: str
    sentences: Sequence[Sentence]
    entities: EntityMatcher
    quotes: list[_RawQuote]
    opens: list[int] = attrs.field(init=False)
    last_speaker: str | None = None  # who "he" is
    colon_speaker: str | None = None  # who a quote after a sentence ending in ":" is by
    verb_cache: dict[str, tuple[int, ...]] = attrs.field(factory=dict)  # shared by articles
    # whether the paragraph being read asked who "he" or a colon stood for before naming
    # anyone itself: only then does its reading depend on the paragraphs before it
    consulted: bool = False
    named: bool = False  # the paragraph has set last_speaker itself
    colon_set: bool = False  # ... and colon_speaker
    _mentions: dict[int, list[EntityMention]] = attrs.field(factory=dict)
    _verbs: dict[int, list[re.Match[str]]] = attrs.field(factory=dict)

    def __attrs_post_init__(self) -> None:
        self.opens = [q.open_mark for q in self.quotes]

    def begin_paragraph(self) -> None:
        self.consulted = self.named = self.colon_set = False

    def speaker_so_far(self) -> str | None:
        """Who "he" is, noting whether the paragraph asks this of the ones before it."""
        if not self.named:
            self.consulted = True
        return self.last_speaker

    def colon_so_far(self) -> str | None:
        if not self.colon_set:
            self.consulted = True
        return self.colon_speaker

    def name_speaker(self, name: str | None) -> None:
        self.last_speaker, self.named = name, True

    def set_colon(self, name: str | None) -> None:
        self.colon_speaker, self.colon_set = name, True

    def mentions(self, index: int) -> list[EntityMention]:
        if index not in self._mentions:
            sentence = self.sentences[index]
            self._mentions[index] = self.entities.in_span(sentence.text, sentence.start)
        return self._mentions[index]

    def verbs(self, index: int) -> list[re.Match[str]]:
        """Reporting verbs of a sentence that are not inside a quote."""
        if index not in self._verbs:
            sentence = self.sentences[index]
            offsets = self.verb_cache.get(sentence.text)
            if offsets is None:  # where a sentence's verbs stand depends on its words only
                lowered = sentence.text.lower()
                offsets = self.verb_cache[sentence.text] = (
                    tuple(m.start() for m in _VERB.finditer(sentence.text))
                    if any(cue in lowered for cue in _VERB_CUES) else ()
                )
            found = (_VERB.match(self.text, sentence.start + offset) for offset in offsets)
            self._verbs[index] = [m for m in found if m and not self._quoted(m.start())]
        return self._verbs[index]

    def _quoted(self, at: int) -> bool:
        i = bisect.bisect_right(self.opens, at) - 1
        return i >= 0 and at < self.quotes[i].tail_start

    # ---------------------------------------------------------------- subjects

    def subject_before(self, index: int, start: int, verb_start: int) -> _Speaker | None:
        """The subject that ends the phrase ``text[start:verb_start]``."""
        text = self.text
        end = start + len(_AUXILIARIES.sub("", text[start:verb_start]).rstrip())
        mentions = self.mentions(index)
        if text[start:end].endswith(","):
            comma = end - 1
            previous = max(text.rfind(",", start, comma), start - 1)
            inserted = [
                m
                for m in mentions
                if m.start >= previous + 1
                and m.end == _rstrip_at(text, comma)
                and not text[previous + 1 : m.start].strip()
            ]
            if inserted:
                return _named(inserted[0])
            end = max(previous, start)
        head_start = start
        for boundary in _BOUNDARY.finditer(text, start, end):
            head_start = boundary.end()
        head = text[head_start:end].strip()
        for mention in reversed(mentions):
            if mention.end == end and mention.start >= head_start:
                return _named(mention)
        words = head.split()
        if words and words[-1].casefold() in _PRONOUNS and len(words) <= 3:
            return _Speaker(None, words[-1], "pronoun")
        if head.casefold() in _COORDINATION:
            return self.sentence_subject(index, verb_start)
        return _Speaker(None, " ".join(words[-6:]), "phrase") if words else None

    def subject_after(self, index: int, verb_end: int, stop: int) -> _Speaker | None:
        """The name right after a verb: "said Putin", "added the Russian leader"."""
        text = self.text
        for mention in self.mentions(index):
            if mention.start >= verb_end and not text[verb_end : mention.start].strip():
                return _named(mention)
        phrase = _BOUNDARY.split(text[verb_end:stop], maxsplit=1)[0]
        words = phrase.strip(" .!?").split()
        return _Speaker(None, " ".join(words[:6]), "phrase") if words else None

    def sentence_subject(self, index: int, before: int) -> _Speaker | None:
        """The first name of a sentence that is not a possessive or after a preposition."""
        text, sentence = self.text, self.sentences[index]
        for mention in self.mentions(index):
            if mention.start >= before:
                break
            previous = text[sentence.start : mention.start].split()[-1:]
            if text[mention.end : mention.end + 1] in ("'", "’") or (
                previous and previous[0].casefold() in _PREPOSITIONS
            ):
                continue
            return _named(mention)
        return None

    def resolve(self, speaker: _Speaker) -> str | None:
        if speaker.kind == "pronoun":
            return self.speaker_so_far() if _PRONOUNS[speaker.text.casefold()] else None
        return speaker.name

    # ---------------------------------------------------------------- attribution

    def attribute_after(self, index: int, quote: _RawQuote, stop: int) -> _Speaker | None:
        match = _VERB.search(self.text, quote.tail_start, stop)
        if match is None:
            return None
        lead = self.text[quote.tail_start : match.start()]
        if len(_WORD.findall(lead)) > MAX_TAIL_WORDS:
            return None
        if match.group().startswith("according") or not _WORD.search(lead):
            return self.subject_after(index, match.end(), stop)
        return self.subject_before(index, quote.tail_start, match.start())

    def attribute_before(self, index: int, quote: _RawQuote) -> _Speaker | None:
        sentence = self.sentences[index]
        verbs = [m for m in self.verbs(index) if m.start() < quote.open_mark]
        for i in range(len(verbs) - 1, -1, -1):
            verb = verbs[i]
            if verb.group().startswith("according"):
                return self.subject_after(index, verb.end(), quote.open_mark)
            if verb.group().endswith("ing"):
                continue
            start = verbs[i - 1].end() if i else sentence.start
            start = max(start, self.previous_tail(quote.open_mark, sentence.start))
            return self.subject_before(index, start, verb.start())
        if verbs:
            return self.sentence_subject(index, quote.open_mark)
        return None

    def previous_tail(self, at: int, floor: int) -> int:
        """The end of the last quote closed between ``floor`` and ``at``, else ``floor``."""
        i = bisect.bisect_right(self.opens, at) - 1
        while i >= 0 and self.quotes[i].tail_start > at:
            i -= 1
        return max(self.quotes[i].tail_start, floor) if i >= 0 else floor

    def track_subject(self, index: int) -> None:
        """A sentence with no quote and no reporting verb still names who "he" will be.

        "The Harbourside manager was close to tears. “…,” he said.": the person a sentence
        is about, named first and not after a preposition, becomes the last speaker.
        """
        subject = self.sentence_subject(index, self.sentences[index].end)
        if subject is not None and subject.name is not None and _personal(subject.name):
            self.name_speaker(subject.name)

    def track(self, index: int, verb: re.Match[str]) -> None:
        """Remember the subject of a reporting verb outside quotes, if it is a name."""
        sentence = self.sentences[index]
        start = self.previous_tail(verb.start(), sentence.start)
        if verb.group().startswith("according") or not _WORD.search(
            self.text[start : verb.start()]
        ):
            speaker = self.subject_after(index, verb.end(), sentence.end)
        else:
            speaker = self.subject_before(index, start, verb.start())
        if speaker is not None and speaker.kind == "mention":
            self.name_speaker(speaker.name)


_NOT_PEOPLE = frozenset(
    "spaceport island university stadium airport city port company group agency council "
    "government ministry party bank club team league union court".split()
)


def _personal(name: str) -> bool:
    """Whether a name may be a person's (not "SaxaVord Spaceport" or "Halden Group")."""
    words = name.lower().split()
    return bool(words) and words[-1] not in _NOT_PEOPLE


def _rstrip_at(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _named(mention: EntityMention) -> _Speaker:
    name = mention.canonical if mention.canonical is not None else mention.text
    return _Speaker(name, mention.text, "mention")


@attrs.define(init=False)
class QuoteFinder:
    """Find and attribute the quotes of articles, for one claim file's entities."""

    entities: EntityMatcher
    _verbs: dict[str, tuple[int, ...]]
    # (paragraph text, sentence spans) -> (what is read[, speaker state]) -> quotes, state
    # after (_GIVEN: as it was before)
    _paragraphs: dict[
        tuple[str, tuple[tuple[int, int], ...]],
        dict[tuple[Any, ...], tuple[tuple[Quote, ...], Any, Any]],
    ]

    def __init__(self, entities: Entities | EntityMatcher) -> None:
        self.entities = entities if isinstance(entities, EntityMatcher) else EntityMatcher(entities)
        self._verbs = Bounded(8192)
        self._paragraphs = Bounded(PARAGRAPH_CACHE_SIZE)

    def __call__(
        self, article: Article, wanted: Callable[[str], bool] | None = None
    ) -> list[Quote]:
        """The article's quotes, attributed; with ``wanted``, none unless one is wanted.

        ``wanted`` is a cheap test on a quote's text (does it look like a claim's words?):
        attribution reads the article up to its last quote, so an article none of whose
        quotes is wanted costs only the scan for quote marks.
        """
        text, sentences = article.text, article.sentences
        runs = list(_paragraph_runs(sentences))
        # quote marks are paired per paragraph, offsets relative to it (kept by its text)
        paragraphs = [  # a paragraph of one sentence: its string, shared with the caches
            sentences[first].text if after - first == 1
            else sys.intern(text[sentences[first].start : sentences[after - 1].end])
            for first, after in runs
        ]
        origins = [sentences[first].start for first, _ in runs]  # where each paragraph starts
        scanned = [(run, _scan_paragraph(p)) for run, p in zip(runs, paragraphs, strict=True)]
        flat = [(n, q) for n, (_, quotes) in enumerate(scanned) for q in quotes]
        if not flat:
            return []
        first_wanted = 0
        if wanted is not None:
            chosen = [
                k for k, (n, q) in enumerate(flat)
                if wanted(_inner(text, origins[n], q))
            ]
            if not chosen:
                return []
            n, q = flat[chosen[0]]
            first_wanted = origins[n] + q.open_mark
            flat = flat[: chosen[-1] + 2]  # the next quote bounds the last one
        counted = [0] * len(runs)  # how many of each paragraph's quotes count
        for n, _ in flat:
            counted[n] += 1
        starts = [s.start for s in sentences]
        n, q = flat[-1]
        # who "he" is comes from the sentences just before: reading starts a few sentences
        # ahead of the first wanted quote, and nothing after the last quote matters
        begin = max(0, _sentence_at(starts, sentences, first_wanted) - CONTEXT_SENTENCES)
        stop = _sentence_at(starts, sentences, origins[n] + q.open_mark) + 1
        reader = _Reader(text, sentences, self.entities, [], verb_cache=self._verbs)
        found: list[Quote] = []
        for ((first, after), quotes), count, paragraph in zip(
            scanned, counted, paragraphs, strict=True
        ):
            if after > begin and first < stop:
                found.extend(self._read_paragraph(
                    reader, starts, paragraph, quotes[:count], first, after, max(first, begin),
                    min(after, stop),
                ))
        return found

    def _read_paragraph(
        self,
        reader: _Reader,
        starts: list[int],
        text: str,
        quotes: tuple[_RawQuote, ...],
        first: int,
        after: int,
        begin: int,
        stop: int,
    ) -> list[Quote]:
        """Read sentences ``begin``..``stop`` of the paragraph ``first``..``after``
        (``text``: its words, the same string that keys its pairing of quote marks).

        What a paragraph yields depends only on its text, which of its sentences are read,
        how many of its quotes count, and, if its reading asks, who "he" and a colon stood
        for when it began: wire copies repeat paragraphs, so a repeated one is read once
        (offsets are kept relative to the paragraph and shifted).
        """
        sentences = reader.sentences
        origin, origin_line = sentences[first].start, sentences[first].line
        # the text and its sentences are kept once, with the variants read from them
        spans = tuple((s.start - origin, s.end - origin) for s in sentences[first:after])
        variants = self._paragraphs.get((text, spans))
        if variants is None:
            variants = self._paragraphs[text, spans] = {}
        # a reading that never asked who "he" or a colon stood for is kept for any speakers
        # before the paragraph (its speakers after it are its own, or those it was given)
        window = (begin - first, stop - first, len(quotes))
        given = (reader.last_speaker, reader.colon_speaker)
        cached = variants.get(window) or variants.get((*window, *given))
        if cached is None:
            # every use of the other quotes stays inside the paragraph: the reader needs
            # only this one's, placed in the article
            raw = [_placed(q, origin) for q in quotes]
            reader.quotes, reader.opens = raw, [q.open_mark for q in raw]
            by_sentence: dict[int, list[_RawQuote]] = {}
            for quote in raw:
                by_sentence.setdefault(
                    _sentence_at(starts, sentences, quote.open_mark), []
                ).append(quote)
            read: list[Quote] = []
            reader.begin_paragraph()
            for index in range(begin, stop):
                self._read_sentence(reader, starts, by_sentence, index, read)
            relative = tuple(_shift(q, -origin, -origin_line) for q in read)
            if reader.consulted:
                variants[(*window, *given)] = (relative, reader.last_speaker, reader.colon_speaker)
            else:
                variants[window] = (relative, reader.last_speaker if reader.named else _GIVEN,
                                    reader.colon_speaker if reader.colon_set else _GIVEN)
            return read
        relative, last, colon = cached
        if last is not _GIVEN:
            reader.last_speaker = last
        if colon is not _GIVEN:
            reader.colon_speaker = colon
        return [_shift(q, origin, origin_line) for q in relative]

    def _read_sentence(
        self,
        reader: _Reader,
        starts: list[int],
        by_sentence: dict[int, list[_RawQuote]],
        index: int,
        found: list[Quote],
    ) -> None:
        items: list[tuple[int, _RawQuote | re.Match[str]]] = [
            (q.open_mark, q) for q in by_sentence.get(index, ())
        ]
        items.extend((m.start(), m) for m in reader.verbs(index))
        if not items:
            reader.track_subject(index)
        items.sort(key=lambda item: item[0])
        for _, item in items:
            if isinstance(item, _RawQuote):
                found.append(self._attribute(reader, starts, index, item))
            else:
                reader.track(index, item)
        ends_in_colon = reader.sentences[index].text.rstrip().endswith(":")
        reader.set_colon(reader.speaker_so_far() if ends_in_colon else None)

    def _attribute(self, reader: _Reader, starts: list[int], index: int, raw: _RawQuote) -> Quote:
        text, sentences = reader.text, reader.sentences
        last = _sentence_at(starts, sentences, max(raw.tail_start - 1, raw.inner_start))
        stop = sentences[last].end
        following = [q.open_mark for q in reader.quotes if q.open_mark >= raw.tail_start]
        if following and following[0] < stop:
            stop = following[0]
        elif (
            not _WORD.search(text[raw.tail_start : stop])
            and last + 1 < len(sentences)
            and sentences[last + 1].paragraph == sentences[last].paragraph
            and sentences[last + 1].text[:1].islower()
        ):
            last += 1  # the splitter cut "...” | he said."
            stop = sentences[last].end
        attribution = "after"
        speaker = reader.attribute_after(last, raw, stop)
        if speaker is None:
            attribution, speaker = "before", reader.attribute_before(index, raw)
        if speaker is None:
            colon = reader.colon_so_far()
            if colon is not None and not _WORD.search(text[sentences[index].start : raw.open_mark]):
                attribution, speaker = "colon", _Speaker(colon, ":", "colon")
        name = None
        if speaker is None:
            attribution = "none"
        else:
            name = reader.resolve(speaker)
            if name is not None and speaker.kind != "phrase":
                reader.name_speaker(name)
        first = sentences[index]
        return Quote(
            # one string for a quote however many readings of its paragraph are kept
            text=sys.intern(text[raw.inner_start : raw.inner_end]),
            start=raw.inner_start,
            end=raw.inner_end,
            line=first.line + text.count("\n", first.start, raw.inner_start),
            speaker=name,
            speaker_text="" if speaker is None else sys.intern(speaker.text),
            sentence_start=min(first.start, raw.open_mark),
            sentence_end=max(sentences[last].end, raw.inner_end),
            attribution=attribution,
        )


def _paragraph_runs(sentences: Sequence[Sentence]) -> Iterator[tuple[int, int]]:
    """(first, after) sentence indices of each run of sentences sharing a paragraph."""
    first = 0
    for i in range(1, len(sentences) + 1):
        if i == len(sentences) or sentences[i].paragraph != sentences[first].paragraph:
            yield first, i
            first = i


def _shift(q: Quote, offset: int, lines: int) -> Quote:
    return Quote(q.text, q.start + offset, q.end + offset, q.line + lines, q.speaker,
                 q.speaker_text, q.sentence_start + offset, q.sentence_end + offset,
                 q.attribution)  # positional: attrs.evolve costs five times as much


def _sentence_at(starts: list[int], sentences: Sequence[Sentence], at: int) -> int:
    index = max(bisect.bisect_right(starts, at) - 1, 0)
    if at >= sentences[index].end and index + 1 < len(sentences):
        index += 1
    return index


def _entities_key(entities: Entities) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((name, tuple(aliases)) for name, aliases in entities.aliases.items())


@lru_cache(maxsize=32)
def _finder(key: tuple[tuple[str, tuple[str, ...]], ...]) -> QuoteFinder:
    return QuoteFinder(Entities(dict(key)))


def find_quotes(
    article: Article, entities: Entities, wanted: Callable[[str], bool] | None = None
) -> list[Quote]:
    """The quotes of an article in text order, attributed (see the module docs)."""
    return _finder(_entities_key(entities))(article, wanted)
