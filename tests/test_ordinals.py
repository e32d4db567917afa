from __future__ import annotations

import pytest

from newsconsistency.extract.ordinals import find_ordinals


def ordinals(text: str) -> list[tuple[str, int]]:
    return [(o.text, o.value) for o in find_ordinals(text)]


def test_the_sixth_world_leader_is_sixth() -> None:
    text = "Mr Putin is the sixth world leader to meet Mr Kim since he took control"
    assert ordinals(text) == [("sixth", 6)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the 6th leader", [("6th", 6)]),
        ("the twenty-first century", [("twenty-first", 21)]),
        ("the 21st century", [("21st", 21)]),
        ("their first-ever meeting", [("first", 1)]),
        ("his second summit with Trump", [("second", 2)]),
        ("a second summit", [("second", 2)]),
        ("She finished second!", [("second", 2)]),
        ("one hundred twenty-fifth", [("one hundred twenty-fifth", 125)]),
        ("two hundredth anniversary", [("two hundredth", 200)]),
        ("the 2nd and 3rd rounds", [("2nd", 2), ("3rd", 3)]),
        ("a hundred trillionth", [("a hundred trillionth", 100 * 10**12)]),
        ("trillionth", [("trillionth", 10**12)]),
        (
            "twenty-one trillion and three hundred twenty second",
            [("twenty-one trillion and three hundred twenty second", 21_000_000_000_322)],
        ),
    ],
)
def test_ordinals_are_read_in_words_and_digits(text: str, expected: list[tuple[str, int]]) -> None:
    assert ordinals(text) == expected


@pytest.mark.parametrize(
    "text",
    ["wait a second.", "30 seconds", "300 metres per second", "a split second", "seconds later"],
)
def test_second_as_a_unit_of_time_is_not_an_ordinal(text: str) -> None:
    assert ordinals(text) == []


def test_the_second_to_last_is_no_position_from_the_start() -> None:
    assert ordinals("Show me the second to last.") == []


def test_a_sentence_without_ordinals_gives_none() -> None:
    assert ordinals("The Russian leader met the North Korean leader in Vladivostok.") == []


def test_ordinal_text_is_the_slice_of_the_sentence() -> None:
    text = "The Twenty-First summit, the 3rd this year"
    for o in find_ordinals(text):
        assert text[o.start : o.end] == o.text
