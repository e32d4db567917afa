"""``money``: an amount in a currency, scale words and hedges included."""

from __future__ import annotations

from newsconsistency.document import Document
from newsconsistency.extract.mentions import MoneyMention
from newsconsistency.extract.money import CURRENCY_FAMILIES
from newsconsistency.model import Claim
from newsconsistency.specs import MoneySpec
from newsconsistency.types._base import Outcome, Tied, ValueType, ranges_meet
from newsconsistency.types.quantity import MAX_GAP, gap


def same_currency(mention: MoneyMention, currency: str) -> bool:
    """Whether the amount is written in the claim's currency (a bare $ counts as dollars)."""
    if mention.currency is not None:
        return mention.currency == currency
    return bool(mention.family) and mention.family == CURRENCY_FAMILIES.get(currency)


class MoneyType(ValueType):
    name = "money"
    kind = "money"

    def keep(self, doc: Document, tied: Tied) -> bool:
        return gap(tied) <= MAX_GAP

    def compare(self, claim: Claim, doc: Document, tied: Tied) -> Outcome | None:
        spec: MoneySpec = claim.spec
        m: MoneyMention = tied.mention
        if not same_currency(m, spec.currency):
            return None  # another currency is not a conflict
        lo, hi = spec.tolerance.bounds(spec.value)
        return "agree" if ranges_meet(m.low, m.high, lo, hi) else "conflict"
