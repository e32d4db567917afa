"""Claim types: one module each, registered here by name."""

from __future__ import annotations

from newsconsistency.types._base import ClaimType
from newsconsistency.types.date import DateType
from newsconsistency.types.duration import DurationType
from newsconsistency.types.money import MoneyType
from newsconsistency.types.ordinal import OrdinalType
from newsconsistency.types.place import PlaceType
from newsconsistency.types.quantity import QuantityType
from newsconsistency.types.quote import QuoteType

BUILTIN: dict[str, ClaimType] = {
    t.name: t
    for t in (DateType(), PlaceType(), QuantityType(), MoneyType(), DurationType(),
              OrdinalType(), QuoteType())
}


def judge_for(name: str) -> ClaimType:
    """The judge of a claim type: built in, or from the ``newsconsistency.claim_types`` group."""
    if name in BUILTIN:
        return BUILTIN[name]
    from importlib.metadata import entry_points

    for ep in entry_points(group="newsconsistency.claim_types"):
        if ep.name == name:
            judge: ClaimType = ep.load()
            return judge
    raise KeyError(name)


__all__ = ["BUILTIN", "ClaimType", "judge_for"]
