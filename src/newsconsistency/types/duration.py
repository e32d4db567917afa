"""``duration``: a length of time ("two months after", "about five hours")."""

from __future__ import annotations

from newsconsistency.document import Document
from newsconsistency.extract.mentions import DurationMention
from newsconsistency.model import Claim
from newsconsistency.specs import UNIT_DAYS, DurationSpec
from newsconsistency.types._base import Outcome, Tied, ValueType, ranges_meet
from newsconsistency.types.quantity import MAX_GAP, gap


class DurationType(ValueType):
    name = "duration"
    kind = "duration"
    relational = True

    def keep(self, doc: Document, tied: Tied) -> bool:
        return gap(tied) <= MAX_GAP * 2

    def compare(self, claim: Claim, doc: Document, tied: Tied) -> Outcome | None:
        spec: DurationSpec = claim.spec
        m: DurationMention = tied.mention
        margin = spec.tolerance.bounds(spec.days)[1] - spec.days
        if m.unit != spec.unit:
            # "eight weeks" is two months as a writer rounds: half the claim's unit
            margin = max(margin, UNIT_DAYS.get(spec.unit, 1.0) / 2)
        lo, hi = spec.days - margin, spec.days + margin
        return "agree" if ranges_meet(m.low, m.high, lo, hi) else "conflict"
