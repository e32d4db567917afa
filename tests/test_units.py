"""Quantity claims with a unit convert what articles write (through pint)."""

from __future__ import annotations

import pytest

from newsconsistency import check
from newsconsistency.articles import parse_article
from newsconsistency.claims import loads_claims
from newsconsistency.units import convert

CLAIMS = loads_claims(
    """
claims:
  - id: distance
    type: quantity
    value: 80
    unit: km
    tolerance: 10%
    about: [from the capital]
  - id: cargo
    type: quantity
    value: 3
    unit: tonnes
    tolerance: 10%
    about: [cargo]
""",
    "units.yaml",
)


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        ("The village lies 50 miles from the capital.", "distance", "agree"),
        ("The village lies 80 miles from the capital.", "distance", "conflict"),
        ("The village lies some 80 km from the capital.", "distance", "agree"),
        ("The cargo weighed 3.3 tons.", "cargo", "agree"),
        ("The cargo weighed 5 tonnes.", "cargo", "conflict"),
        ("The cargo took 3 hours to unload.", "cargo", "silent"),
    ],
)
def test_units_convert_before_comparing(text: str, claim: str, expected: str) -> None:
    report = check(CLAIMS, [parse_article(text, "a")])
    assert report.verdict(claim, "a").status == expected


def test_units_that_do_not_convert_give_nothing() -> None:
    assert convert((5.0, 5.0), "km", "kg") is None
    low, high = convert((50.0, 50.0), "miles", "km") or (0.0, 0.0)
    assert 80.4 < low == high < 80.5
