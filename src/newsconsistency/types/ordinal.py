"""``ordinal``: a rank ("the sixth world leader")."""

from __future__ import annotations

from newsconsistency.document import Document
from newsconsistency.model import Claim
from newsconsistency.specs import OrdinalSpec
from newsconsistency.types._base import Outcome, Tied, ValueType
from newsconsistency.types.quantity import gap

MAX_GAP = 25


class OrdinalType(ValueType):
    name = "ordinal"
    kind = "ordinal"

    def keep(self, doc: Document, tied: Tied) -> bool:
        return gap(tied) <= MAX_GAP

    def compare(self, claim: Claim, doc: Document, tied: Tied) -> Outcome | None:
        spec: OrdinalSpec = claim.spec
        return "agree" if tied.mention.value == spec.value else "conflict"
