"""``quote``: words and who said them.

A quoted span *matches* the claim when the alignment score of
:func:`~newsconsistency.extract.quotes.match_quote` reaches ``min_similarity``. A match
attributed to the claim's speaker agrees, unless its wording changes the meaning (a negation
added or dropped, a number or a name changed); a match attributed to anyone else conflicts;
an unattributed match says nothing either way.
"""

from __future__ import annotations

import functools
from typing import Any, NamedTuple

import attrs

from newsconsistency.bounded import Bounded
from newsconsistency.document import Document
from newsconsistency.extract.entities import HONORIFIC_WORDS
from newsconsistency.extract.quotes import (
    Quote,
    QuoteMatch,
    find_quotes,
    match_quote,
    normalise_quote,
)
from newsconsistency.model import Claim, Entities, Evidence, Verdict
from newsconsistency.specs import QuoteSpec
from newsconsistency.types._base import Finding, conclude


@functools.lru_cache(maxsize=16384)
def _match(claim_text: str, quote_text: str, min_similarity: float) -> QuoteMatch | None:
    """The alignment of a claim with a quote: the same words give the same answer."""
    return match_quote(claim_text, quote_text, min_similarity)


@functools.lru_cache(maxsize=8192)
def _words(text: str) -> frozenset[str]:
    return frozenset(normalise_quote(text).split())


def article_quotes(doc: Document) -> list[Any]:
    """The article's quotes, attributed only if one of them may match a quote claim."""
    quotes: list[Any] = doc.memo("quotes", _find_quotes, doc)
    return quotes


def _find_quotes(doc: Document) -> list[Any]:
    claims = doc.context.claims
    return find_quotes(doc.article, claims.entities, _quote_claims(doc).wanted)


def _quote_claims(doc: Document) -> _QuoteClaims:
    found: _QuoteClaims = doc.context.once("quote-claims", lambda: _QuoteClaims(
        doc.context.claims.claims))
    return found


class _QuoteClaim(NamedTuple):
    id: str
    spec: QuoteSpec
    words: frozenset[str]  # the quote's words, as _words reads them


class _QuoteClaims:
    """A claim file's quote claims, and what each quote text is to them: one answer per
    text, kept (wire copies repeat quotes)."""

    def __init__(self, claims: tuple[Claim, ...]) -> None:
        self.claims = [_QuoteClaim(c.id, c.spec, _words(c.spec.text))
                       for c in claims if c.type == "quote"]
        self._sharing: Bounded[str, tuple[_QuoteClaim, ...]] = Bounded(8192)
        self._matching: Bounded[str, tuple[tuple[str, QuoteMatch], ...]] = Bounded(8192)

    def sharing(self, text: str) -> tuple[_QuoteClaim, ...]:
        """The claims that share half their words with the quote: only these may match it
        (a match at 90 shares most of them), so the test comes before aligning."""
        found = self._sharing.get(text)
        if found is None:
            words = _words(text)
            found = self._sharing[text] = tuple([
                claim for claim in self.claims if 2 * len(claim.words & words) >= len(claim.words)
            ])
        return found

    def wanted(self, text: str) -> bool:
        """Whether the quote may match one of the claims: worth attributing."""
        return bool(self.sharing(text))

    def matching(self, text: str) -> tuple[tuple[str, QuoteMatch], ...]:
        """The claims the quote matches, with the alignments: a claim meets an article's
        quotes in a lookup, not a test per quote."""
        found = self._matching.get(text)
        if found is None:
            found = self._matching[text] = tuple([
                (claim_id, match)
                for claim_id, spec, _ in self.sharing(text)
                if (match := _match(spec.text, text, spec.min_similarity)) is not None
            ])
        return found


PRONOUNS = frozenset("he she it they we i you him her them this that".split())


def _described(phrase: str | None) -> str | None:
    """A speaker given by description ("the opposition leader"): someone, if not a pronoun."""
    if not phrase or not any(c.isalpha() for c in phrase):
        return None
    return None if phrase.casefold() in PRONOUNS else phrase


def _name_words(name: str) -> set[str]:
    return {w for w in name.casefold().replace(".", "").split() if w not in HONORIFIC_WORDS}


def same_person(found: str, claimed: str, entities: Entities) -> bool:
    """Whether the words that attributed a quote name the claim's speaker.

    Through the claim file's entities when it names them; else by name: "Putin" and "Mr
    Putin" name Vladimir Putin, "Kim" names Kim Jong-un, but "Kim Jong-il" does not.
    """
    canonical = entities.canonical(found)
    if canonical is not None:
        return canonical == claimed
    words, claimed_words = _name_words(found), _name_words(claimed)
    return bool(words) and (words <= claimed_words or claimed_words <= words)


@attrs.define
class _Said:
    """A quote of the article with what every quote claim asks of it, computed once per
    article: who said it, the sentence that shows it."""

    quote: Quote
    who: str  # the speaker, or a description of one
    sentence: str
    line: int
    same: dict[str, bool] = attrs.Factory(dict)  # claimed speaker -> is it them?
    cited: dict[tuple[int, int], Evidence] = attrs.Factory(dict)  # matched span -> evidence

    def said_by(self, speaker: str, entities: Entities) -> bool:
        found = self.same.get(speaker)
        if found is None:
            found = self.same[speaker] = same_person(self.who, speaker, entities)
        return found

    def evidence(self, span: tuple[int, int]) -> Evidence:
        """The sentence, citing the words of the quote a claim matched (one object for
        all the claims that match them)."""
        found = self.cited.get(span)
        if found is None:
            quote = self.quote
            found = self.cited[span] = Evidence(
                self.sentence, quote.sentence_start, quote.sentence_end, self.line,
                quote.text[span[0] : span[1]],
            )
        return found


def _matches(doc: Document) -> dict[str, list[tuple[_Said, QuoteMatch]]]:
    """Claim id -> the article's attributed quotes that match the claim, in order, with
    their alignments; a claim absent matches none."""
    text = doc.article.text
    matching = _quote_claims(doc).matching
    found: dict[str, list[tuple[_Said, QuoteMatch]]] = {}
    for q in article_quotes(doc):
        who = q.speaker or _described(q.speaker_text)
        if who is None:
            continue  # unattributed, or a pronoun with no one to refer to
        pairs = matching(q.text)
        if not pairs:
            continue
        said = _Said(q, who, text[q.sentence_start : q.sentence_end],
                     q.line - text.count("\n", q.sentence_start, q.start))  # not from the top
        for claim_id, match in pairs:
            found.setdefault(claim_id, []).append((said, match))
    return found


class QuoteType:
    name = "quote"

    def judge(self, claim: Claim, doc: Document) -> Verdict:
        spec: QuoteSpec = claim.spec
        entities = doc.context.claims.entities
        findings = []
        matches: dict[str, list[tuple[_Said, QuoteMatch]]] = doc.memo(
            "quote-matches", _matches, doc
        )
        for said, match in matches.get(claim.id, ()):
            evidence = said.evidence(match.span)
            if not said.said_by(spec.speaker, entities):
                shown = said.quote.speaker_text or said.who
                findings.append(Finding("conflict", evidence, f"attributed to {shown}"))
            elif match.changes:
                findings.append(Finding("conflict", evidence, "; ".join(match.changes)))
            else:
                findings.append(Finding("agree", evidence, f"score {match.score:.0f}"))
        return conclude(claim, doc, doc.context.expected[claim.id], findings)
