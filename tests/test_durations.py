from __future__ import annotations

import math

import pytest

from newsconsistency.extract.durations import find_durations
from newsconsistency.specs import UNIT_DAYS


def read(text: str) -> list[tuple[str, float, str]]:
    return [(d.text, d.amount, d.unit) for d in find_durations(text)]


def test_about_two_months_after_is_a_hedged_two_months() -> None:
    text = "Mr Kim's first trip to Russia comes about two months after his second summit"
    [d] = find_durations(text)
    assert (d.text, d.amount, d.unit, d.hedge) == ("about two months", 2, "month", "about")
    assert (d.days, d.low, d.high) == pytest.approx(
        (2 * UNIT_DAYS["month"], 1.8 * UNIT_DAYS["month"], 2.2 * UNIT_DAYS["month"])
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 months", ("2 months", 2, "month")),
        ("about five hours", ("about five hours", 5, "hour")),
        ("three and a half years", ("three and a half years", 3.5, "year")),
        ("in a decade", ("a decade", 1, "decade")),
        ("a week later", ("a week", 1, "week")),
        ("90 minutes", ("90 minutes", 90, "minute")),
        ("an 18-month sentence", ("18-month", 18, "month")),
        ("a six-month deal", ("six-month", 6, "month")),
        ("1 year, 9 months", ("1 year, 9 months", 21, "month")),
        ("half an hour", ("half an hour", 0.5, "hour")),
        ("a couple of days", ("a couple of days", 2, "day")),
        ("a fortnight", ("a fortnight", 2, "week")),
        ("I'll leave for 3h", ("3h", 3, "hour")),
        ("talks went on all day", ("all day", 1, "day")),
        ("a full-month stay", ("a full-month", 1, "month")),
        ("for half hour", ("half hour", 0.5, "hour")),
        ("for an hour and half", ("an hour and half", 1.5, "hour")),
        ("wait another week", ("another week", 1, "week")),
        ("for couple of weeks", ("couple of weeks", 2, "week")),
    ],
)
def test_durations_are_read_with_a_canonical_unit(
    text: str, expected: tuple[str, float, str]
) -> None:
    assert read(text) == [expected]


def test_more_than_a_year_is_open_ended() -> None:
    [d] = find_durations("more than a year")
    assert (d.low, d.high) == (UNIT_DAYS["year"], math.inf)


def test_two_to_three_years_is_a_range() -> None:
    [d] = find_durations("two to three years")
    assert (d.hedge, d.low, d.high) == ("range", 2 * UNIT_DAYS["year"], 3 * UNIT_DAYS["year"])


@pytest.mark.parametrize(
    "text",
    [
        "The meeting comes months after his second meeting with Trump",
        "in the 1990s",
        "a second summit",
        "a 20-year-old man",
        "for years",
    ],
)
def test_a_unit_without_an_amount_is_not_a_duration(text: str) -> None:
    assert find_durations(text) == []
