"""Quantity claims with a unit convert what articles write, with pint's numbers."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsconsistency import check
from newsconsistency.articles import parse_article
from newsconsistency.claims import loads_claims
from newsconsistency.units import convert
from tests.conftest import assert_built_by_script

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


# The unit words the number reader knows convert through a table derived from pint.


def test_the_table_gives_pints_own_numbers_for_every_two_unit_words() -> None:
    from newsconsistency.units import _table, factor, pint_factor

    words = sorted(_table()[0])  # the words the shipped table names
    assert {"km", "miles", "tonnes", "tons", "hectares", "%", "mph", "kg"} <= set(words)
    wrong = [(a, b) for a in words for b in words
             if a != b and factor(a, b) != pint_factor(a, b)]
    assert wrong == []
    assert all(factor(w, w) == 1.0 for w in words)  # a word is itself, whatever pint says


def test_known_unit_words_convert_without_importing_pint() -> None:
    code = ("import sys; from newsconsistency.units import factor; "
            "assert factor('miles', 'km') == factor('mi', 'kilometres') > 1.6; "
            "assert factor('kg', 'km') is None and factor('mw', 'gw') is None; "
            "print('pint' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"


def test_other_units_still_go_to_pint() -> None:
    from newsconsistency.units import factor

    assert factor("furlongs", "metres") == pytest.approx(201.168, rel=1e-5)


def test_table_is_what_the_build_script_writes() -> None:
    assert_built_by_script("units.tsv", "build_units", "pint")
