"""``quantity``: a count or measure, with tolerance, hedges and units."""

from __future__ import annotations

from newsconsistency.document import Document
from newsconsistency.extract.mentions import NumberMention
from newsconsistency.model import Claim
from newsconsistency.specs import QuantitySpec
from newsconsistency.types._base import Outcome, Tied, ValueType, overlaps, ranges_meet
from newsconsistency.units import convert

# a number this far (in characters) from the claim's term is not the claim's number
MAX_GAP = 50
OTHER_KINDS = ("money", "date", "ordinal", "duration")


class QuantityType(ValueType):
    name = "quantity"
    kind = "number"

    def keep(self, doc: Document, tied: Tied) -> bool:
        if gap(tied) > MAX_GAP:
            return False
        m: NumberMention = tied.mention
        return not any(overlaps(m, doc.mentions(kind, tied.index)) for kind in OTHER_KINDS)

    def compare(self, claim: Claim, doc: Document, tied: Tied) -> Outcome | None:
        spec: QuantitySpec = claim.spec
        m: NumberMention = tied.mention
        low, high = m.low, m.high
        if spec.unit and not m.unit:
            return None  # "a Boeing 747" is no distance: a measure comes with its unit
        if m.unit and spec.unit:
            converted = convert((low, high), m.unit, spec.unit)
            if converted is None:
                return None
            low, high = converted
        elif m.unit and m.unit != (spec.unit or ""):
            return None  # "50%" or "80 km" does not count people
        lo, hi = spec.tolerance.bounds(spec.value)
        return "agree" if ranges_meet(low, high, lo, hi) else "conflict"


def gap(tied: Tied) -> int:
    m, o = tied.mention, tied.occurrence
    if o.end <= m.start:
        return int(m.start - o.end)
    if m.end <= o.start:
        return int(o.start - m.end)
    return 0
