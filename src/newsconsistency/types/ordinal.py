"""``ordinal``: a rank ("the sixth world leader")."""

from __future__ import annotations

from newsconsistency.document import Document
from newsconsistency.extract.mentions import OrdinalMention
from newsconsistency.model import Claim, Verdict
from newsconsistency.specs import OrdinalSpec
from newsconsistency.types._base import Outcome, Tied, expected, judge_by_value
from newsconsistency.types.quantity import gap

MAX_GAP = 25


class OrdinalType:
    name = "ordinal"

    def judge(self, claim: Claim, doc: Document) -> Verdict:
        spec: OrdinalSpec = claim.spec

        def compare(m: OrdinalMention, tied: Tied) -> Outcome | None:
            return "agree" if m.value == spec.value else "conflict"

        return judge_by_value(claim, doc, "ordinal", expected(spec), compare,
                              lambda t: gap(t) <= MAX_GAP)
