"""``duration``: a length of time ("two months after", "about five hours")."""

from __future__ import annotations

from newsconsistency.document import Document
from newsconsistency.extract.mentions import DurationMention
from newsconsistency.model import Claim, Verdict
from newsconsistency.specs import UNIT_DAYS, DurationSpec
from newsconsistency.types._base import Outcome, Tied, expected, judge_by_value, ranges_meet
from newsconsistency.types.quantity import MAX_GAP, gap


class DurationType:
    name = "duration"

    def judge(self, claim: Claim, doc: Document) -> Verdict:
        spec: DurationSpec = claim.spec

        def compare(m: DurationMention, tied: Tied) -> Outcome | None:
            margin = spec.tolerance.bounds(spec.days)[1] - spec.days
            if m.unit != spec.unit:
                # "eight weeks" is two months as a writer rounds: half the claim's unit
                margin = max(margin, UNIT_DAYS.get(spec.unit, 1.0) / 2)
            lo, hi = spec.days - margin, spec.days + margin
            return "agree" if ranges_meet(m.low, m.high, lo, hi) else "conflict"

        return judge_by_value(claim, doc, "duration", expected(spec), compare,
                              lambda t: gap(t) <= MAX_GAP * 2, relational=True)
