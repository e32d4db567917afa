"""What every claim type shares: findings, and how they become one verdict."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from typing import Any, Literal, Protocol

import attrs

from newsconsistency.anchor import Occurrence, Parsed, distance, tied_occurrence
from newsconsistency.bounded import MISSING
from newsconsistency.document import Document
from newsconsistency.extract.entities import HONORIFIC_WORDS
from newsconsistency.extract.mentions import DateMention
from newsconsistency.model import Claim, Evidence, Verdict

Outcome = Literal["agree", "conflict"]
MAX_AGREEING = 3  # agreeing sentences kept as evidence for one verdict


class ClaimType(Protocol):
    """A claim type: the keys it accepts in a claim file, and how it judges an article."""

    name: str

    def judge(self, claim: Claim, doc: Document) -> Verdict: ...


# Finding and Tied are made and dropped by the thousand per article, never shared or
# hashed: plain slotted classes, as a frozen attrs class costs three times as much to build
@attrs.define
class Finding:
    outcome: Outcome
    evidence: Evidence
    # why, for conflicts that are not a plain value mismatch; a message cites only the first
    # finding of each outcome, so judges may leave the others' notes empty
    note: str = ""


@attrs.define
class Tied:
    """A mention in sentence ``index`` tied to a this-event occurrence of the claim's terms."""

    index: int
    mention: Any
    occurrence: Occurrence
    # what every claim of these terms asks of the mention, found once per article: the
    # evidence citing it, and what a type's judge asks that does not depend on the value
    evidence: Evidence | None = None
    asked: dict[Any, Any] | None = None

    def cited(self, doc: Document) -> Evidence:
        """The evidence for this mention, widened to its term (see :func:`found_span`)."""
        if self.evidence is None:
            start, end = found_span(doc, self)
            self.evidence = doc.evidence(self.index, start, end)
        return self.evidence

    def ask(self, key: Any, compute: Callable[..., Any], *args: Any) -> Any:
        """An answer about this mention that holds for every claim of its terms,
        ``compute(*args)`` the first time (asked for each claim: no closure per call)."""
        asked = self.asked
        if asked is None:
            asked = self.asked = {}
        found = asked.get(key, MISSING)
        if found is MISSING:
            found = asked[key] = compute(*args)
        return found


def tied_mentions(
    claim: Claim, doc: Document, kind: str, *, relational: bool = False
) -> list[Tied]:
    """Mentions of ``kind`` that the claim's ``about`` terms tie to this event.

    ``relational`` claims (a duration "two months after the Hanoi talks") are about the
    distance to another event: their terms name that event, so being another event's
    word does not untie a value from them.
    """
    key = doc.context.term_keys[claim.id]
    cache = ("tied", claim.type, kind, key, relational)
    tied: list[Tied] = doc.memo(cache, _tie, key, claim.type, doc, kind, relational)
    return tied


def _tie(key: str, claim_type: str, doc: Document, kind: str, relational: bool) -> list[Tied]:
    all_facts = doc.all_facts
    cache_key = ("tie", claim_type, kind, key, relational)
    tied: list[Tied] = []
    for i in doc.sentences_about(key):
        # a sentence's ties depend on its text and, where its dates count from the
        # dateline, on what they resolve to: that keys its own memo, so articles whose
        # datelines resolve them alike share the ties
        facts, dates = all_facts[i], _tie_dates(doc, kind, i)
        memo = facts.memo if dates is None else facts.dated_memo(dates)
        pairs = memo.get(cache_key)
        if pairs is None:
            pairs = memo[cache_key] = _tie_sentence(key, claim_type, doc, kind, relational, i)
        tied.extend(Tied(i, mention, occurrence) for mention, occurrence in pairs)
    return tied


def _tie_dates(doc: Document, kind: str, i: int) -> tuple[Any, ...] | None:
    """What sentence ``i``'s ties of ``kind`` depend on besides its text (None: nothing).

    Dates are tied by what they resolve to; a place by nothing dated (places untie by
    clause, not by year); any other value by the dates that put it at another time, so
    "today" in a sentence about 10,000 workers leaves their ties the same on every day.
    """
    if kind == "place":
        return None
    dates = doc.dates_key(i)
    if dates is None or kind == "date":
        return dates
    return other_times(doc, i)


def _tie_sentence(
    key: str, claim_type: str, doc: Document, kind: str, relational: bool, i: int
) -> list[tuple[Any, Occurrence]]:
    """(mention, term) pairs of one sentence: depends on its text alone, so it is kept."""
    mentions = doc.mentions(kind, i)  # extractors exit early: cheaper than reading clauses
    if not mentions:
        return []
    mentions = _outside_brackets(doc.sentences[i].text, mentions)
    if doc.context.abouts[key].pattern is None:  # a claim without terms reads every sentence
        return [(m, Occurrence(m.start, m.start, "", False)) for m in mentions]
    parsed = doc.parsed(i)
    occurrences = doc.occurrences(key, i)
    if relational:
        # the terms name the other event; the distance spans the whole sentence
        years = other_times(doc, i)
        pairs = []
        for m in mentions:
            if parsed.other_time(m.start, doc.context.scope) or _counts_else(parsed.text, m, kind):
                continue
            nearest = min(occurrences, key=lambda o: distance(o, m.start, m.end))
            if any(_dated_by(parsed, year, nearest, m) for year in years):
                continue
            pairs.append((m, attrs.evolve(nearest, other_event=False)))
        return _one_value_per_term(pairs)
    events = doc.event_occurrences(i)
    own = {(o.start, o.end) for o in occurrences}
    # claims of a type compete for values; places do not: one sentence can locate the
    # event on an island and in its spaceport at once
    rivals = [] if kind == "place" else [
        o for k, o in doc.claim_occurrences(claim_type, i)
        if k != key and (o.start, o.end) not in own
    ]
    years = () if kind in ("date", "place") else other_times(doc, i)
    pairs = []
    for m in mentions:
        if parsed.other_time(m.start, doc.context.scope) or _counts_else(parsed.text, m, kind):
            continue
        occ = tied_occurrence(occurrences, events, parsed, m.start, m.end)
        if occ is None or _closer_rival(parsed, rivals, occ, m):
            continue
        if any(_dated_by(parsed, year, occ, m) for year in years):
            continue
        pairs.append((m, occ))
    return pairs if kind == "place" else _one_value_per_term(pairs)


# what may stand between a term and the date that dates it: "attempt, in August 2023"
ATTACHED = re.compile(r"[\s,(]*(?:in|on|of|from|since|during)?\s*")


# a value that is part of another count: "three of the injured", "another 3,000 runners",
# "out of more than 11,000", "up from 8,950"; a margin: "38 seconds ahead", "by 22 seconds"
PART_AFTER = re.compile(r"\s+of\s+(?:the|them|those|these|its|their|whom)\b", re.IGNORECASE)
PART_BEFORE = re.compile(
    r"\b(?:another|other|additional|further|extra|out\s+of|up\s+from|down\s+from|"
    r"compared\s+(?:with|to)|from)\s+\Z",
    re.IGNORECASE,
)
MARGIN_AFTER = re.compile(r"\s+(?:ahead|behind|faster|slower|clear|short|off|adrift|ago)\b",
                          re.IGNORECASE)  # "eight days ago" is a date, not a length of time
# a figure of another kind: "the bank's 2% target", "a capacity of 1,500"
OTHER_FIGURE = re.compile(
    r"\s*(?:%|percent|per\s+cent)?\s+(?:target|goal|forecast|estimate|projection|threshold|"
    r"limit|cap|ceiling|floor|average|median|capacity|record)\b",
    re.IGNORECASE,
)
MARGIN_BEFORE = re.compile(r"\b(?:by|minus|less|plus)\s+(?:the\s+)?\Z", re.IGNORECASE)
WITHIN_OF = re.compile(r"\bwithin\s+\Z", re.IGNORECASE)  # "within 22 seconds of the record"


def _outside_brackets(text: str, mentions: Sequence[Any]) -> Sequence[Any]:
    """A value in brackets is an aside ("(roughly US$34,000)"), kept only if it is alone."""
    def bracketed(m: Any) -> bool:
        return text.count("(", 0, m.start) > text.count(")", 0, m.start)

    outside = [m for m in mentions if not bracketed(m)]
    return outside if outside else mentions


def _counts_else(text: str, m: Any, kind: str) -> bool:
    """Whether a number counts a part, a total of something else, or a margin."""
    before = text[max(0, m.start - 30) : m.start]
    if kind in ("number", "money"):
        return (PART_AFTER.match(text, m.end) is not None
                or PART_BEFORE.search(before) is not None
                or OTHER_FIGURE.match(text, m.end) is not None)
    if kind == "duration":
        return (MARGIN_AFTER.match(text, m.end) is not None
                or MARGIN_BEFORE.search(before) is not None
                or (WITHIN_OF.search(before) is not None
                    and re.match(r"\s+of\b", text[m.end :]) is not None))
    return False


def other_times(doc: Document, i: int) -> tuple[DateMention, ...]:
    """Dates in sentence ``i`` that put what they date at another time than the event's
    (read once per article: they count from its dateline; a tuple, as it keys memos)."""
    found: tuple[DateMention, ...] = doc.memo(("other-times", i), _other_times, doc, i)
    return found


def _other_times(doc: Document, i: int) -> tuple[DateMention, ...]:
    event = doc.context.claims.event.date
    if event is None:
        return ()
    return tuple(
        d for d in doc.mentions("date", i)
        if d.value is not None and (d.kind == "absolute" or d.granularity != "day")
        and _elsewhen(d, event)
    )


def _elsewhen(d: DateMention, event: dt.date) -> bool:
    """Whether a date names another time than the event's, at its own granularity."""
    assert d.value is not None
    if d.granularity == "year":
        return d.value.year != event.year
    if d.granularity == "month":
        return (d.value.year, d.value.month) != (event.year, event.month)
    return abs((d.value - event).days) > 7


def _dated_by(parsed: Parsed, date: DateMention, occ: Occurrence, m: Any) -> bool:
    """Whether ``date`` dates the value or its term: then they belong to that time.

    "$775 million in 2012": the date follows the value;
    "the first attempt, in August 2023": the date follows the term closely.
    """
    clause = parsed.clause(m.start)
    if parsed.clause(date.start) != clause:
        return False
    if m.end <= date.start and ATTACHED.fullmatch(parsed.text[m.end : date.start]):
        return True  # "$775 million in 2012"
    opening = parsed.text[parsed.clauses[clause] : date.start]
    if date.end <= m.start and len(opening.split()) <= 2:
        return True  # "In 2016 he received a sentence of 18 months": it dates the clause
    gap = parsed.text[occ.end : date.start] if occ.end <= date.start else "-"
    return ATTACHED.fullmatch(gap) is not None


def _one_value_per_term(pairs: list[tuple[Any, Occurrence]]) -> list[tuple[Any, Occurrence]]:
    """Each use of a term states one value: the nearest ("7 satellites for four customers").

    Places are exempt: "at the National Stadium in Warsaw" locates the event twice.
    """
    nearest: dict[tuple[int, int], tuple[Any, Occurrence]] = {}
    for m, occ in pairs:
        key = (occ.start, occ.end)
        held = nearest.get(key)
        if held is None or distance(occ, m.start, m.end) < distance(occ, held[0].start,
                                                                      held[0].end):
            nearest[key] = (m, occ)
    return sorted(nearest.values(), key=lambda pair: pair[0].start)


def _closer_rival(parsed: Parsed, rivals: Sequence[Occurrence], own: Occurrence, m: Any) -> bool:
    """Whether another claim of the same type has a term nearer the value, in its clause.

    Claims compete for values: in "Kim, who arrived in Vladivostok on Wednesday, told Putin
    the meeting ...", Wednesday belongs to the arrival claim, not to the meeting's date.
    """
    clause = parsed.clause(m.start)
    mine = distance(own, m.start, m.end)
    return any(parsed.clause(r.start) == clause and distance(r, m.start, m.end) < mine
               for r in rivals)


def found_span(doc: Document, tied: Tied, max_len: int = 70) -> tuple[int, int]:
    """The mention, widened to the claim's term when they stand close together."""
    m, o = tied.mention, tied.occurrence
    if o.end == o.start:  # no term: a claim without `about`
        return m.start, m.end
    start, end = min(m.start, o.start), max(m.end, o.end)
    if end - start > max_len:
        return m.start, m.end
    return start, end


@attrs.define
class Conclusion:
    """What findings say, apart from the value a claim expects: claims whose findings are
    alike (copies of a claim with other values, mostly) share one."""

    status: Outcome
    evidence: tuple[Evidence, ...]  # conflicts first
    cited: str  # the first finding of the deciding outcome, as the message cites it
    also: str = ""  # an agreement beside a conflict, cited the same way

    @classmethod
    def of(cls, findings: Sequence[Finding]) -> Conclusion | None:
        """Conflict beats agreement; None for no findings (silence)."""
        if not findings:
            return None
        conflicts = [f for f in findings if f.outcome == "conflict"]
        if len(conflicts) == len(findings):
            agrees: list[Finding] = []
            evidence = tuple(f.evidence for f in findings)
        else:
            agrees = [f for f in findings if f.outcome == "agree"]
            evidence = tuple(f.evidence for f in conflicts) + tuple(f.evidence for f in agrees)
        if conflicts:
            also = _cite(agrees[0].evidence) if agrees else ""
            return cls("conflict", evidence, _cite(conflicts[0].evidence, conflicts[0].note), also)
        return cls("agree", evidence, _cite(agrees[0].evidence, agrees[0].note))

    def verdict(
        self, claim: Claim, doc: Document, expected: str, note: str | None = None
    ) -> Verdict:
        """The claim's verdict; ``note`` replaces the note of the finding cited first,
        where it names the claim's value."""
        cited = self.cited if note is None else _cite(self.evidence[0], note)
        if self.status == "conflict":
            message = f"expected {expected}; found {cited}"
            if self.also:
                message += f", but also {self.also}"
        else:
            message = f"found {cited} as expected: {expected}"
        return Verdict(claim.id, doc.article.source_id, self.status, message,
                       self.evidence[0].found, self.evidence, claim.severity)


def conclude(
    claim: Claim, doc: Document, expected: str, findings: Sequence[Finding]
) -> Verdict:
    """Conflict beats agreement; with neither the article is silent on the claim."""
    conclusion = Conclusion.of(findings)
    if conclusion is None:
        return silent(claim, doc)
    return conclusion.verdict(claim, doc, expected)


def silent(claim: Claim, doc: Document) -> Verdict:
    """The article says nothing that bears on the claim."""
    return Verdict(claim.id, doc.article.source_id, "silent", doc.context.silences[claim.id],
                   None, (), claim.severity)


RELATIVE = re.compile(r",\s+(?:which|who|whose)\b")


@functools.lru_cache(maxsize=16384)  # asked for every claim of a value: answered once
def in_quotation(text: str, offset: int) -> bool:
    """Whether ``offset`` of a sentence lies inside quotation marks (someone's words)."""
    before = text[:offset]
    curly = sum(before.count(c) for c in "“«") - sum(before.count(c) for c in "”»")
    return curly > 0 or before.count('"') % 2 == 1


ASIDE_WORDS = 8  # how far a relative clause is read as describing its antecedent


def about_someone_else(doc: Document, tied: Tied, claim: Claim | None = None) -> bool:
    """Whether the value stands in a relative clause about someone other than the claim's.

    "Halden, which employs 18,000 people": the clause describes Halden, perhaps not the
    claim's subject, so it is no clear statement against the claim (it may still agree).
    A clause about one of the file's entities ("Mr Kim, who had arrived ...") counts --
    unless the claim's own terms name another one ("Rotich" for a winning time, and the
    clause is "Chelimo, who clocked 2:07:19").
    """
    parsed = doc.parsed(tied.index)
    start = parsed.clauses[parsed.clause(tied.mention.start)]
    if RELATIVE.match(parsed.text, start) is None:
        return False
    if len(parsed.text[start : tied.mention.start].split()) > ASIDE_WORDS:
        return False  # the aside has ended: "..., which is based in Austin, has promised to"
    written: frozenset[str] = doc.sentence_memo(
        tied.index, ("antecedent", start), lambda: _antecedent(parsed, start)
    )
    if not written:
        return False
    words = doc.context.name_words
    if not written & words:
        return True
    named = doc.context.named_people[claim.id] if claim else frozenset()
    return bool(named) and not written & named


def _antecedent(parsed: Parsed, start: int) -> frozenset[str]:
    """The capitalised words a relative clause at ``start`` describes (empty if none)."""
    before = parsed.before(start, 3, same_clause=False)
    names = [t.text for t in before if t.text[:1].isupper()]
    if not names or not before[-1].text[:1].isupper():
        return frozenset()
    return frozenset(n.lower().removesuffix("’s").removesuffix("'s") for n in names)


OPENING_WORDS = frozenset(
    "in on at the a an but and after before when while as for with by from of".split()
)


def someone_else_acts(doc: Document, tied: Tied, claim: Claim) -> bool:
    """Whether the clause is about another person than the one the claim's terms name.

    A winning time claimed for "Rotich" is not contradicted by "Ethiopia's Almaz Bekele
    won the women's race in 2:24:10": the clause's first name is someone else's.
    """
    words = doc.context.person_words
    named = doc.context.named_people[claim.id]
    if not named:
        return False
    parsed = doc.parsed(tied.index)
    start = parsed.clauses[parsed.clause(tied.mention.start)]
    if RELATIVE.match(parsed.text, start):
        return False  # a relative clause is about its antecedent: see about_someone_else
    clause_words = {t.lower.removesuffix("’s").removesuffix("'s")
                    for t in parsed.after(start, 40) if t.start < tied.mention.start}
    if clause_words & named:
        return False  # "The court handed Markus Brenner eight years": he is in the clause
    run: list[str] = []
    for token in parsed.after(start, 12):
        if token.start >= tied.mention.start:
            break
        word = token.lower.removesuffix("’s").removesuffix("'s")
        if token.text[:1].isupper() and token.text.endswith(("’s", "'s")):
            if word in doc.context.person_words:  # "Mr Putin's last summit": Putin's
                run.append(word)
                break
            continue  # "Ethiopia's Almaz Bekele": the name comes after
        if token.text[:1].isupper() and word not in HONORIFIC_WORDS:
            if not run and token.lower in OPENING_WORDS:
                continue
            run.append(word)
        elif run:
            break
    people = [w for w in run if w in words or not doc.context.scope.is_place(w)]
    if len(people) < 2 and not (set(people) & words):
        return False  # no name, or a lone capitalised word: no subject to go by
    return not set(people) & named


def unclear(doc: Document, tied: Tied, claim: Claim) -> bool:
    """Whether a value is no clear statement against ``claim``: it stands in a headline, in
    an aside about another name, in a clause about someone else, or in someone's words.

    Apart from the headline this depends on the sentence's text, the value's place in it
    and the people the claim names, so it is kept per sentence: claims that share their
    terms (and copies of a claim with other values) ask once.
    """
    named = doc.context.named_people[claim.id]
    found: bool = tied.ask(("unclear", named), _unclear, doc, tied, claim, named)
    return found


def _unclear(doc: Document, tied: Tied, claim: Claim, named: frozenset[str]) -> bool:
    def in_sentence() -> bool:
        return bool(
            about_someone_else(doc, tied, claim)
            or someone_else_acts(doc, tied, claim)
            or in_quotation(doc.parsed(tied.index).text, tied.mention.start)
        )

    return doc.is_headline(tied.index) or bool(
        doc.sentence_memo(tied.index, ("unclear", tied.mention.start, named), in_sentence)
    )


def _cite(evidence: Evidence, note: str = "") -> str:
    note = f" ({note})" if note else ""
    return f"“{evidence.found}”{note} (line {evidence.line})"


class ValueType:
    """A claim type that states one value: tie the article's mentions of ``kind`` to the
    claim's terms, keep those the type reads, compare each with the claim's value, conclude.

    Claims that share their terms (and copies of a claim with other values) share all but
    the comparison: the kept mentions, their evidence and whether they are clear are found
    once per article; the findings, which depend on how each mention compares and on the
    people the claim names but not on its value, are concluded once per way of comparing;
    an article with no kept mention is silent on all of them without building findings.
    """

    name: str
    kind: str
    relational = False  # the terms name another event (see :func:`tied_mentions`)

    def keep(self, doc: Document, tied: Tied) -> bool:
        """Whether the type reads this mention at all (the same for every claim)."""
        return True

    def compare(self, claim: Claim, doc: Document, tied: Tied) -> Outcome | None:
        """How a kept mention stands to the claim's value: agrees, conflicts, or says
        nothing either way (None)."""
        raise NotImplementedError

    def explain(self, doc: Document, tied: Tied) -> str:
        """What a conflicting mention was read as, where its words do not show it ("today"
        in an article dated 5 June 2020); asked for the first conflict only, and the same
        for every claim it conflicts with."""
        return ""

    def when_silent(self, claim: Claim, doc: Document) -> Verdict | None:
        """A verdict for a claim no tied mention speaks to, if the type has another way."""
        return None

    def judge(self, claim: Claim, doc: Document) -> Verdict:
        # what this type has learnt of the article, for every claim of it: the kept
        # mentions by terms, the conclusions by terms, people and outcomes
        table = doc.tables[self]
        terms = doc.context.term_keys[claim.id]
        kept: list[Tied] | None = table.get(terms)
        if kept is None:
            kept = table[terms] = [
                t for t in tied_mentions(claim, doc, self.kind, relational=self.relational)
                if self.keep(doc, t)
            ]
        if kept:
            outcomes = tuple([self.compare(claim, doc, tied) for tied in kept])
            key = (terms, doc.context.named_people[claim.id], outcomes)
            if key not in table:  # None: the mentions say nothing either way
                table[key] = Conclusion.of(self._findings(claim, doc, kept, outcomes))
            concluded: Conclusion | None = table[key]
            if concluded is not None:
                return concluded.verdict(claim, doc, doc.context.expected[claim.id])
        return self.when_silent(claim, doc) or silent(claim, doc)

    def _findings(
        self, claim: Claim, doc: Document, kept: list[Tied], outcomes: tuple[Outcome | None, ...]
    ) -> list[Finding]:
        """The findings of the kept mentions, given how each compares with the claim: they
        depend on that and on the people the claim names, not on its value."""
        findings = []
        agreeing = 0
        explained = False  # only the first conflict is cited: explain that one
        for tied, outcome in zip(kept, outcomes, strict=True):
            if outcome is None:
                continue
            note = ""
            if outcome == "agree":
                agreeing += 1
                if agreeing > MAX_AGREEING:
                    continue  # enough to show; conflicts are all kept
            elif unclear(doc, tied, claim):
                continue  # an aside about another name, or someone's words: no clear statement
            elif not explained:
                note, explained = self.explain(doc, tied), True
            findings.append(Finding(outcome, tied.cited(doc), note))
        return findings


def overlaps(mention: Any, others: Sequence[Any]) -> bool:
    return any(o.start < mention.end and mention.start < o.end for o in others)


def ranges_meet(low: float, high: float, lo: float, hi: float) -> bool:
    return low <= hi and lo <= high
