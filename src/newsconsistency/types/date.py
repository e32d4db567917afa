"""``date``: when this event happened, at day, month or year granularity.

Deictic expressions ("today", "on Thursday") are resolved by the date finder against the
article's publication date (else the event's date). Anaphoric ones ("a day earlier") count
from the date this article gives the event -- its reading of the file's main date claim --
else from ``event.date``. A date given as the time of a statement ("told CBS News on
Wednesday", "published on Thursday") dates the statement, not the event.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Literal

from newsconsistency.anchor import Parsed
from newsconsistency.document import Document
from newsconsistency.extract.mentions import DateMention
from newsconsistency.model import Claim, Verdict
from newsconsistency.specs import DateSpec
from newsconsistency.types._base import (
    Outcome,
    Tied,
    ValueType,
    in_quotation,
    tied_mentions,
)
from newsconsistency.types.place import foreign_place_in_clause

REPORTING = frozenset(
    "said says told tells announced published reported tweeted wrote added stated confirmed "
    "declared revealed posted interviewed quoted".split()
)
FILLER = frozenset(
    "on the a an reporters journalists him her them us media state news television tv agency "
    "newspaper daily".split()
)
ORDER = {"day": 0, "month": 1, "year": 2}


def statement_time(doc: Document, i: int, start: int) -> str | None:
    """The reporting verb right before a date in sentence ``i``, which then dates the
    statement, if any."""
    found: str | None = doc.sentence_memo(
        i, ("statement-time", start), lambda: _statement_time(doc.parsed(i), start)
    )
    return found


def _statement_time(parsed: Parsed, start: int) -> str | None:
    for tok in reversed(parsed.before(start, 6, same_clause=False)):
        if tok.lower in REPORTING:
            return tok.lower
        if tok.lower in FILLER or tok.text[:1].isupper():
            continue
        return None
    return None


def same_date(a: dt.date, b: dt.date, granularity: str) -> bool:
    """Whether ``a`` and ``b`` are one date at ``granularity`` (asked per claim and date
    mention: no tuples built)."""
    if granularity == "day":
        return a == b
    if granularity == "month":
        return a.year == b.year and a.month == b.month
    return a.year == b.year


def main_date_claim(doc: Document) -> Claim | None:
    """The claim that dates the event itself: the one whose value is ``event.date``."""
    return doc.context.event_claim


def article_event_date(doc: Document) -> dt.date | None:
    """The date this article gives the event, else the claim file's ``event.date``."""

    def compute() -> dt.date | None:
        claim = main_date_claim(doc)
        if claim is not None:
            for tied in tied_mentions(claim, doc, "date"):
                m: DateMention = tied.mention
                stated = m.kind in ("absolute", "deictic") and m.granularity == "day"
                if stated and m.value and not statement_time(doc, tied.index, m.start):
                    return m.value
        return doc.context.claims.event.date

    result: dt.date | None = doc.memo("event-date", compute)
    return result


@functools.lru_cache(maxsize=4096)
def _described(value: dt.date, granularity: Literal["day", "month", "year"]) -> str:
    """A date in words, as a claim would state it (strftime is slow, and asked again for
    every claim that a date conflicts with)."""
    return DateSpec(value, granularity).describe()


class DateType(ValueType):
    name = "date"
    kind = "date"

    def compare(self, claim: Claim, doc: Document, tied: Tied) -> Outcome | None:
        outcome = self._read(claim, doc, tied)
        if outcome == "conflict" and self._doubtful(claim, doc, tied):
            return None
        return outcome

    def _doubtful(self, claim: Claim, doc: Document, tied: Tied) -> bool:
        """A date that disagrees but may well be another event's: no clear statement.

        The time of a statement ("said on Tuesday it had agreed"); a plan ahead of the
        article ("expected to close in nine months"); a full date more than a year from
        a day claim ("launched ... in January 2023", another launch).
        """
        if tied.ask("said-when", _said_when, doc, tied):
            return True
        spec: DateSpec = claim.spec
        m: DateMention = tied.mention
        base = doc.base
        ahead = m.value is not None and base is not None and (m.value - base).days > 7
        if ahead and (m.kind == "deictic" or (base is not None and base >= spec.value)):
            return True  # a plan: "scheduled for 28 September", in a report after the event
        if m.value is not None and spec.granularity == "day":
            if m.granularity in ("month", "year"):
                return True  # "in March", "last year": not a clear statement of a day
            return m.kind == "absolute" and abs((m.value - spec.value).days) > 366
        return False

    def _read(self, claim: Claim, doc: Document, tied: Tied) -> Outcome | None:
        spec: DateSpec = claim.spec
        m: DateMention = tied.mention
        if m.kind == "weekday":
            if m.weekday is None or spec.granularity != "day":
                return None
            return "agree" if m.weekday == spec.value.weekday() else "conflict"
        value, granularity = m.value, m.granularity
        if m.kind == "anaphoric":
            if claim is main_date_claim(doc) or m.offset_days is None:
                return None
            anchor = article_event_date(doc)
            if anchor is None:
                return None
            value, granularity = anchor + dt.timedelta(days=m.offset_days), "day"
        if value is None:
            return None
        claimed = spec.granularity
        coarse = granularity if ORDER[granularity] >= ORDER[claimed] else claimed
        if same_date(value, spec.value, coarse):
            return "agree"
        event = doc.context.claims.event.date
        dated = m.kind == "absolute" or m.granularity == "year"  # "in 2000", "last year"
        other_year = dated and event is not None and value.year != event.year
        if other_year and foreign_place_in_clause(doc, tied):
            return None  # another year *and* another place: another event
        return "conflict"

    def explain(self, doc: Document, tied: Tied) -> str:
        m: DateMention = tied.mention
        if m.kind == "absolute" or m.value is None:
            if m.kind == "anaphoric" and m.offset_days is not None:
                anchor = article_event_date(doc)
                if anchor is not None:
                    resolved = anchor + dt.timedelta(days=m.offset_days)
                    return f"read as {_described(resolved, 'day')}"
            return ""
        read = f"read as {_described(m.value, m.granularity)}"
        published = doc.article.published
        if published is not None:
            return f"{read}; the article is dated {_described(published, 'day')}"
        return f"{read}, counting from the event's date"

    def when_silent(self, claim: Claim, doc: Document) -> Verdict | None:
        if claim is main_date_claim(doc):
            return _dated_lead(claim, doc, claim.spec)
        return None


def _said_when(doc: Document, tied: Tied) -> bool:
    """Whether a date dates a statement or someone's account rather than the event itself,
    whatever the claim's value."""
    m: DateMention = tied.mention
    verb = statement_time(doc, tied.index, m.start)
    if verb is not None and not tied.occurrence.text.lower().startswith(verb[:5]):
        return True  # unless the claim is about that very statement ("announced")
    text = doc.parsed(tied.index).text
    if in_quotation(text, m.start):
        return True  # speech: "we want it back by 2030"
    return m.kind == "deictic" and m.weekday is not None and text[:m.start].endswith("the ")


def _dated_lead(claim: Claim, doc: Document, spec: DateSpec) -> Verdict | None:
    """The event's own date, given in the article's lead without the claim's words.

    "On Saturday night at the Stadion Narodowy that changed: a 2-1 win ...": a news lead
    dates the story it opens. Read for agreement only, in the first two sentences of text
    after any headline, never for a conflict.
    """
    leads = [i for i in range(min(len(doc.sentences), 4)) if not doc.is_headline(i)][:2]
    for i in leads:
        for m in doc.mentions("date", i):
            if m.value is None or m.granularity != "day" or m.kind not in ("absolute", "deictic"):
                continue
            if m.value == spec.value and not statement_time(doc, i, m.start):
                found = doc.evidence(i, m.start, m.end)
                message = f"found “{found.found}” in the lead (line {found.line}) as expected: "
                return Verdict(claim.id, doc.article.source_id, "agree",
                               message + doc.context.expected[claim.id], found.found, (found,),
                               claim.severity)
    return None
