"""Our extractors on a committed slice of other projects' test suites.

``tests/data/peer`` holds about 60 evenly spaced cases per suite, copied unchanged from the
peer data with each project's LICENSE beside them (refresh with
``python benchmarks/accuracy.py --write-slice tests/data/peer``). The full suites, the
comparison with quantulum3 and dateparser, and the scoring rules live in ``benchmarks/``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.peer_scoring import SUITES, Counts, apply_exclusions, load_exclusions, score

PEER_SLICE = Path(__file__).resolve().parent / "data" / "peer"
EXCLUDED = Path(__file__).resolve().parents[1] / "benchmarks" / "excluded.json"

# F1 measured on the slice, rounded down by a few points: falling below is a regression.
REGRESSION_FLOORS = {
    "currency": 0.85,
    "number": 0.45,
    "number_range": 0.55,
    "date": 0.92,
    "duration": 0.65,
    "ordinal": 0.83,
    "quantulum3": 0.70,
    "relative_date": 0.78,
    "number_words": 0.72,
}
# Suites whose extractors do not reach the issue's floor yet (see the benchmark report);
# strict xfail: once one does, the XPASS fails and its name must leave this set.
BELOW_TARGET: set[str] = set()


def slice_score(name: str) -> Counts:
    suite = SUITES[name]
    cases = apply_exclusions(suite.cases(PEER_SLICE), load_exclusions(EXCLUDED), strict=False)
    return score(cases, suite.ours, suite.match)


@pytest.mark.parametrize("name", sorted(REGRESSION_FLOORS))
def test_extractors_keep_their_measured_f1_on_the_peer_slice(name: str) -> None:
    assert slice_score(name).f1 >= REGRESSION_FLOORS[name]


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(
            name,
            marks=pytest.mark.xfail(
                name in BELOW_TARGET, reason="extractor below the issue's floor", strict=True
            ),
        )
        for name, suite in sorted(SUITES.items())
        if suite.floor is not None
    ],
)
def test_extractors_reach_the_issue_floor_on_the_peer_slice(name: str) -> None:
    floor = SUITES[name].floor
    assert floor is not None
    assert slice_score(name).f1 >= floor


def test_every_sliced_project_keeps_its_licence_beside_its_data() -> None:
    projects = {suite.project for suite in SUITES.values()}
    assert {p for p in projects if (PEER_SLICE / p / "LICENSE").is_file()} == projects


def test_the_slice_holds_no_excluded_case() -> None:
    excluded = {(e.suite, e.input) for e in load_exclusions(EXCLUDED)}
    kept = {(name, case.text) for name, suite in SUITES.items() for case in suite.cases(PEER_SLICE)}
    assert kept & excluded == set()
