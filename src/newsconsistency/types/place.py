"""``place``: where this event happened, judged through the file's containment graph.

A place inside the claimed one agrees ("on Russky Island" for Vladivostok); a container of
it ("in Russia") says nothing; any other place conflicts when it locates this event ("the
talks in Moscow"), but not when it is a reference point ("near Moscow") or a mere mention
("Moscow as a player").
"""

from __future__ import annotations

import attrs

from newsconsistency.anchor import Occurrence
from newsconsistency.document import Document
from newsconsistency.model import Claim, Verdict
from newsconsistency.places import PlaceMention
from newsconsistency.specs import PlaceSpec
from newsconsistency.types._base import (
    MAX_AGREEING,
    Conclusion,
    Finding,
    Tied,
    about_someone_else,
    conclude,
    other_times,
    tied_mentions,
)


def _foreign(doc: Document, m: PlaceMention) -> bool:
    """A place the claim file does not put this event in (nor around it)."""
    if m.node is None:
        return True
    graph = doc.context.places
    claimed = [c.spec.name for c in doc.context.claims.claims if isinstance(c.spec, PlaceSpec)]
    return all(graph.relation(m.node, name) == "other" for name in claimed)


def foreign_place_in_clause(doc: Document, tied: Tied) -> bool:
    """Whether the clause of ``tied`` also locates it somewhere this event was not."""
    parsed = doc.parsed(tied.index)
    clause = parsed.clause(tied.mention.start)
    found: bool = doc.sentence_memo(tied.index, ("foreign-place", clause), lambda: any(
        p.locative and not p.reference and _foreign(doc, p)
        for p in doc.mentions("place", tied.index)
        if parsed.clause(p.start) == clause
    ))
    return found


def foreign_date_in_clause(doc: Document, tied: Tied) -> bool:
    """Whether the clause of ``tied`` also dates it to another year than the event's
    ("The first meeting was held in Pyongyang in 2000")."""
    event = doc.context.claims.event.date
    if event is None:
        return False
    parsed = doc.parsed(tied.index)
    clause = parsed.clause(tied.mention.start)
    # the dates may count from the dateline: kept per article, not per sentence
    found: bool = doc.memo(("foreign-date", tied.index, clause), lambda: any(
        d.value is not None and d.value.year != event.year and parsed.clause(d.start) == clause
        for d in other_times(doc, tied.index)
    ))
    return found


@attrs.define
class _Candidate:
    """A place tied to the claims of one set of terms, with what every such claim asks of
    it computed once per article: claims of a place (and copies of a claim with other
    places) differ only in the place they compare it with."""

    tied: Tied
    node: str | None  # the gazetteer's name for it, if it has one
    text: str
    locates: bool  # "in Moscow", or "the Moscow summit": a place right before the event's noun

    def no_clear_statement(self, doc: Document, claim: Claim) -> bool:
        found: bool = self.tied.ask(("place-unclear", doc.context.named_people[claim.id]),
                                    _place_unclear, doc, self.tied, claim)
        return found


def _place_unclear(doc: Document, tied: Tied, claim: Claim) -> bool:
    return bool(doc.is_headline(tied.index) or foreign_date_in_clause(doc, tied)
                or about_someone_else(doc, tied, claim))


@attrs.define
class _Candidates:
    """The places tied to one set of terms in an article, and the distinct places among
    them: a claim's findings depend only on how each distinct place relates to its own."""

    each: list[_Candidate]
    nodes: tuple[str, ...]  # distinct gazetteer places
    unknown: tuple[str, ...]  # distinct places the gazetteer does not know, as written


def _candidates(claim: Claim, doc: Document) -> _Candidates:
    """The places tied to the claim's terms that are no mere reference point ("near X")."""
    each = [
        _Candidate(t, m.node, m.text, m.locative or 0 <= t.occurrence.start - m.end <= 1)
        for t in tied_mentions(claim, doc, "place") if not (m := t.mention).reference
    ]
    return _Candidates(
        each,
        tuple(dict.fromkeys(c.node for c in each if c.node is not None)),
        tuple(dict.fromkeys(c.text for c in each if c.node is None)),
    )


@attrs.define
class _Read:
    """The findings of a claim's candidates: what the message cites first (the place that
    conflicts, or agrees from inside the claimed one) is named with the claim's place."""

    concluded: Conclusion
    conflicting: str | None = None  # the first conflicting place, as written
    inside: str | None = None  # the first agreeing place, when it lies inside the claimed one

    def verdict(self, claim: Claim, doc: Document, spec: PlaceSpec) -> Verdict:
        if self.conflicting is not None:
            note: str | None = f"{self.conflicting} is not {spec.name}"
        elif self.inside is not None:
            note = f"{self.inside} is in {spec.name}"
        else:
            note = None
        return self.concluded.verdict(claim, doc, doc.context.expected[claim.id], note)


class PlaceType:
    name = "place"

    def judge(self, claim: Claim, doc: Document) -> Verdict:
        spec: PlaceSpec = claim.spec
        name = spec.name
        graph = doc.context.places
        # what places have learnt of the article, for every place claim: the candidates by
        # terms, the readings by terms, people and how the candidates relate to the place
        table = doc.tables[self]
        terms = doc.context.term_keys[claim.id]
        candidates: _Candidates | None = table.get(terms)
        if candidates is None:
            candidates = table[terms] = _candidates(claim, doc)
        if candidates.each:
            relation = graph.relations_to(name)
            relations = tuple([relation[node] for node in candidates.nodes])
            kinds = doc.context.place_kinds
            levels = tuple([graph.same_level(t, name, kinds) for t in candidates.unknown])
            key = (terms, doc.context.named_people[claim.id], relations, levels)
            if key not in table:  # None: no candidate says anything of this place
                table[key] = _read(
                    claim, doc, candidates, dict(zip(candidates.nodes, relations, strict=True)),
                    dict(zip(candidates.unknown, levels, strict=True)),
                )
            read: _Read | None = table[key]
            if read is not None:
                return read.verdict(claim, doc, spec)
        # the same for every claim of this place: read once per article
        findings = doc.memo(("named-as-location", name), _named_as_location, spec, doc)
        return conclude(claim, doc, doc.context.expected[claim.id], findings)


def _read(
    claim: Claim,
    doc: Document,
    candidates: _Candidates,
    relations: dict[str, str],
    levels: dict[str, bool],
) -> _Read | None:
    findings: list[Finding] = []
    agreeing = 0
    conflicting = inside = None
    for candidate in candidates.each:
        node = candidate.node
        if node is not None:
            relation = relations[node]
            if relation == "same" or relation == "inside":
                agreeing += 1
                if agreeing <= MAX_AGREEING:
                    if relation == "inside" and agreeing == 1:
                        inside = node
                    findings.append(Finding("agree", candidate.tied.cited(doc)))
                continue
            if relation == "container":
                continue
        elif not levels[candidate.text]:
            continue  # a smaller kind of place may lie inside the claimed one
        if candidate.locates and not candidate.no_clear_statement(doc, claim):
            if conflicting is None:
                conflicting = candidate.text
            findings.append(Finding("conflict", candidate.tied.cited(doc)))
    concluded = Conclusion.of(findings)
    return None if concluded is None else _Read(concluded, conflicting, inside)


def _named_as_location(spec: PlaceSpec, doc: Document) -> list[Finding]:
    """Where no sentence uses the claim's terms, "at the Stadion Narodowy" still agrees.

    An article about the event that puts something *at* the claimed place (or a place
    inside it) states where it happened, whatever words it uses for the event. Only an
    agreement is read this way, never a conflict, and never in a clause about another
    event or another year.
    """
    relation = doc.context.places.relations_to(spec.name)
    for i, m, node in _locations(doc):
        if relation[node] in ("same", "inside"):
            return [Finding("agree", doc.evidence(i, m.start, m.end), "named as the location")]
    return []


def _locations(doc: Document) -> list[tuple[int, PlaceMention, str]]:
    """The places the article locates something at, outside clauses about another event
    or another year, in order: the same for every place claim, so found once."""

    def compute() -> list[tuple[int, PlaceMention, str]]:
        found = []
        for i in range(len(doc.sentences)):
            if not doc.place_spans(i):
                continue
            parsed = doc.parsed(i)
            events = doc.event_occurrences(i)
            for m in doc.mentions("place", i):
                if m.node is None or not m.locative or m.reference:
                    continue
                clause = parsed.clause(m.start)
                if any(e.other_event and parsed.clause(e.start) == clause for e in events):
                    continue
                tied = Tied(i, m, Occurrence(m.start, m.start, "", False))
                if not foreign_date_in_clause(doc, tied):
                    found.append((i, m, m.node))
        return found

    located: list[tuple[int, PlaceMention, str]] = doc.memo("locations", compute)
    return located
