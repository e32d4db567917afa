from __future__ import annotations

import math

import pytest
from hypothesis import example, given

from newsconsistency.extract.numbers import find_numbers, parse_number
from tests.strategies import number_words, written_numbers


def values(text: str) -> list[float]:
    return [m.value for m in find_numbers(text)]


def test_about_ten_thousand_labourers_is_a_ten_percent_range() -> None:
    text = "the fate of about 10,000 North Korean labourers working in Russia"
    [m] = find_numbers(text)
    assert (m.text, m.value, m.low, m.high, m.hedge) == (
        "about 10,000",
        10000,
        9000,
        11000,
        "about",
    )


def test_mention_text_is_the_slice_of_the_sentence_it_came_from() -> None:
    text = "Some ten thousand workers and roughly 10 000 labourers, nearly 5k of them women."
    for m in find_numbers(text):
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("some ten thousand workers", 10000),
        ("roughly 10 000 labourers", 10000),
        ("1\u202f234\u202f567 people", 1234567),
        ("40\u00a0000 troops", 40000),
        ("a hundred and two people", 102),
        ("Twenty-six people died", 26),
        ("three million, two hundred & forty, you say?", 3000240),
        ("half a million refugees", 500000),
        ("a quarter of a million", 250000),
        ("the 1.2b budget", 1.2e9),
        ("I can give you 10M.", 1e7),
        ("raised 2.5m last year", 2.5e6),
        ("1,674.5 million", 1674.5e6),
        ("10 bln", 1e10),
        ("three and a half", 3.5),
        ("two million and a half", 2.5e6),
        ("two dozen eggs", 24),
        ("12,34,567.89 rupees", 1234567.89),
        ("two thirds of voters", 2 / 3),
        ("one and a half", 1.5),
        ("five and a quarter", 5.25),
        ("one hundred and three quarters", 100.75),
        ("three twenty-firsts", 3 / 21),
        ("one hundred thirty fifths", 100 / 35),
        ("six million and two thirds", 6e6 + 2e6 / 3),
        ("two thirds of a million", 2e6 / 3),
        ("one billion and a half million", 1.0005e9),
        ("two hundred point zero three", 200.03),
        ("naught point five", 0.5),
        ("I can give you 3 hundred and 21 yuan.", 321),
        ("4 thousand 3 hundred and 21 is a valid number.", 4321),
        ("I count 6 crore and two hundred", 60000200),
        ("The total is three lakh crore", 3e12),
        ("3 dozens", 36),
        ("the result is \u00be", 0.75),
        ("a 2/3 majority", 2 / 3),
        ("2  1/4", 2.25),
        ("one over three", 1 / 3),
        ("The population is 3 million and a half", 3.5e6),
    ],
)
def test_numbers_written_in_news_styles_are_read(text: str, expected: float) -> None:
    assert values(text) == [pytest.approx(expected)]


@pytest.mark.parametrize(
    "text",
    [
        "No one is innocent.",
        "one of the leaders",
        "the one who came",
        "Which one do you prefer?",
        "[ad_1]",
        "The talks began at 10:30 in the morning.",
        "The server at 192.168.0.1 was down",
        "call +1-222-2222/2222 now",
        "on the sidelines of the G20",
        "the 6th time",
        "the 1990s",
        "COVID-19 restrictions",
        "At 2 pm everybody left.",
        "thousands of people",
        "the twenty-first century",
        "the 9/11 attacks",
        "a point of order",
        "all for naught",
        "he won a third term",
    ],
)
def test_things_that_are_not_counts_give_no_number(text: str) -> None:
    assert find_numbers(text) == []


def test_a_lone_one_before_a_noun_is_a_number() -> None:
    assert values("one person was killed") == [1]


@pytest.mark.parametrize(
    ("text", "hedge", "low", "high"),
    [
        ("nearly 100 houses", "nearly", 90, 100),
        ("more than 500 people", "more than", 500, math.inf),
        ("at least 20", "at least", 20, math.inf),
        ("up to 700 contract workers", "up to", 0, 700),
        ("fewer than a thousand pandas", "fewer than", 0, 1000),
        ("an estimated 2,000", "an estimated", 1800, 2200),
        ("10,000 or more", "or more", 10000, math.inf),
    ],
)
def test_hedges_widen_the_stated_value(text: str, hedge: str, low: float, high: float) -> None:
    [m] = find_numbers(text)
    assert (m.hedge, m.high) == (hedge, high)
    assert m.low == pytest.approx(low)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("between 10 and 20 people", 10, 20),
        ("10-20 workers", 10, 20),
        ("10\u201320 workers", 10, 20),
        ("10 to 20 workers", 10, 20),
        ("from 7 to 10", 7, 10),
        ("10 to 20 million", 10e6, 20e6),
        ("between ten and twenty thousand", 10e3, 20e3),
        ("5k-20k", 5e3, 20e3),
    ],
)
def test_ranges_give_their_ends_and_the_midpoint(text: str, low: float, high: float) -> None:
    [m] = find_numbers(text)
    assert (m.hedge, m.low, m.high, m.value) == ("range", low, high, (low + high) / 2)


def test_a_score_is_not_a_range() -> None:
    assert values("won 3-1") == [3, 1]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("50%", "%"),
        ("50 percent", "%"),
        ("50 per cent", "%"),
        ("80 km north-west of Kathmandu", "km"),
        ("50 miles", "miles"),
        ("3 tonnes", "tonnes"),
        ("5kg", "kg"),
        ("10 km/h", "km/h"),
        ("a 27-kilometer ring", "kilometer"),
    ],
)
def test_a_unit_written_after_the_number_is_kept(text: str, unit: str) -> None:
    [m] = find_numbers(text)
    assert m.unit == unit


def test_a_plain_count_has_no_unit() -> None:
    [m] = find_numbers("10,000 labourers")
    assert m.unit is None


def test_a_minus_sign_makes_a_negative_number() -> None:
    assert values("it was -5 degrees") == [-5]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("The answer is minus one", [-1]), ("minus five point five", [-5.5]), ("negative 3", [-3])],
)
def test_minus_and_negative_written_as_words_make_a_negative_number(
    text: str, expected: list[float]
) -> None:
    assert values(text) == expected


def test_plus_or_minus_is_a_margin_not_a_negative_number() -> None:
    assert values("a margin of error of plus or minus 3 points") == [3]


def test_minus_before_a_noun_is_not_a_number() -> None:
    assert find_numbers("the price minus the tariffs") == []


def test_a_third_before_a_noun_is_not_a_fraction() -> None:
    assert values("for a third time, two of them") == [2]


def test_more_than_and_less_than_joined_by_and_make_one_range() -> None:
    [m] = find_numbers("greater than 100 and smaller than 300 people")
    assert (m.hedge, m.low, m.high) == ("range", 100, 300)


def test_bounds_that_cannot_meet_stay_two_mentions() -> None:
    found = find_numbers("More than 40 and less than 10, they said.")
    assert [(m.low, m.high) for m in found] == [(40, math.inf), (0, 10)]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("less than or equal to 40", 0, 40),
        ("200 or greater", 200, math.inf),
        ("exceed 3000", 3000, math.inf),
        ("about five hundred or more", 500, math.inf),
    ],
)
def test_comparisons_in_words_are_open_ranges(text: str, low: float, high: float) -> None:
    [m] = find_numbers(text)
    assert (m.low, m.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("10k", 1e4), ("ten thousand", 1e4), ("25 million", 25e6), ("1,234.5", 1234.5), ("one", 1)],
)
def test_parse_number_reads_a_whole_string(text: str, expected: float) -> None:
    assert parse_number(text) == expected


def test_parse_number_refuses_text_that_is_not_one_number() -> None:
    assert [parse_number(t) for t in ("ten workers", "x", "10 and 20")] == [None, None, None]


def test_number_words_render_like_newspapers() -> None:
    assert number_words(3000240) == "three million two hundred and forty"


@given(written_numbers())
@example((16.4e6, "16.4 million"))  # 16.4 * 1e6 is not 16400000.0 in binary
@example((1e6, "1 million"))  # "million" was read again as a second number
@example((500.0, "five hundred"))
def test_a_number_written_in_any_style_parses_back(case: tuple[float, str]) -> None:
    value, written = case
    assert parse_number(written) == value


@given(written_numbers())
@example((1.0e4, "10 000"))
def test_a_number_written_in_any_style_is_found_in_a_sentence(case: tuple[float, str]) -> None:
    value, written = case
    text = f"Officials said {written} people attended."
    [m] = find_numbers(text)
    assert (m.value, m.text) == (value, written)


def test_the_word_trie_shares_the_rest_its_branches_have_in_common() -> None:
    import re

    from newsconsistency.extract._numwords import trie

    words = ["twenty", "twenty one", "twenty-one", "twenty two", "twenty-two", "two"]
    pattern = trie(words, space=r"\s+")
    assert pattern.count("one") == 1  # " one" and "-one" share what follows them
    longest_first = {"twenty one": "twenty one", "twenty  one": "twenty  one",
                     "twenty-two": "twenty-two", "twenty-three": "twenty",
                     "twentyone": "twenty", "two": "two", "twelve": None}
    for text, expected in longest_first.items():
        found = re.match(f"(?:{pattern})", text)
        assert (found.group() if found else None) == expected, text
