from __future__ import annotations

import pytest
from hypothesis import example, given

from newsconsistency.extract.money import find_money
from tests.strategies import written_money


def read(text: str) -> list[tuple[str, float, str | None, str]]:
    return [(m.text, m.value, m.currency, m.family) for m in find_money(text)]


def test_some_25_million_in_food_aid_is_a_hedged_dollar_amount() -> None:
    text = "Russia has provided some $25 million in food aid to North Korea in recent years"
    [m] = find_money(text)
    assert (m.text, m.value, m.family, m.currency, m.hedge) == (
        "some $25 million", 25e6, "dollar", None, "some",
    )  # fmt: skip
    assert (m.low, m.high) == (22.5e6, 27.5e6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US$25m", ("US$25m", 25e6, "USD", "dollar")),
        ("25 million dollars", ("25 million dollars", 25e6, None, "dollar")),
        ("25 million US dollars", ("25 million US dollars", 25e6, "USD", "dollar")),
        ("528 million francs", ("528 million francs", 528e6, None, "franc")),
        ("30 euros", ("30 euros", 30, "EUR", "euro")),
        ("£8.10 million", ("£8.10 million", 8.1e6, "GBP", "pound")),
        ("50 pence", ("50 pence", 50, None, "penny")),
        ("3 dollars 50 cents", ("3 dollars 50 cents", 3.5, None, "dollar")),
        ("us $ 150 million loan", ("us $ 150 million", 150e6, "USD", "dollar")),
        ("to hk $ 10.05 billion .", ("hk $ 10.05 billion", 10.05e9, "HKD", "dollar")),
        ("c $ 16.4 million", ("c $ 16.4 million", 16.4e6, "CAD", "dollar")),
        ("USD 25m", ("USD 25m", 25e6, "USD", "dollar")),
        ("EUR 3bn", ("EUR 3bn", 3e9, "EUR", "euro")),
        ("25 million USD", ("25 million USD", 25e6, "USD", "dollar")),
        ("S$5 million", ("S$5 million", 5e6, "SGD", "dollar")),
        ("five million yen", ("five million yen", 5e6, "JPY", "yen")),
        ("100 billion yuan", ("100 billion yuan", 100e9, "CNY", "yuan")),
        ("€10M in savings", ("€10M", 10e6, "EUR", "euro")),
        ("They lost 75 USD million", ("75 USD million", 75e6, "USD", "dollar")),
        (
            "it only cost thirteen dollars forty five",
            ("thirteen dollars forty five", 13.45, None, "dollar"),
        ),
        ("It costs 15 dollars and 50.", ("15 dollars and 50", 15.5, None, "dollar")),
        ("USD115.5", ("USD115.5", 115.5, "USD", "dollar")),
        ("115USD", ("115USD", 115, "USD", "dollar")),
        ("40 rmb", ("40 rmb", 40, "CNY", "yuan")),
        ("Hey, the cost is 100元!", ("100元", 100, "CNY", "yuan")),
        (
            "125 million australian dollars of bonds",
            ("125 million australian dollars", 125e6, "AUD", "dollar"),
        ),
        (
            "250 million dutch guilders of bonds",
            ("250 million dutch guilders", 250e6, "NLG", "guilder"),
        ),
    ],
)
def test_amounts_are_read_with_their_currency(
    text: str, expected: tuple[str, float, str | None, str]
) -> None:
    assert read(text) == [expected]


def test_a_dollar_after_the_article_a_is_not_australian() -> None:
    assert read("a $25 million deal") == [("$25 million", 25e6, None, "dollar")]


def test_pounds_of_something_is_a_weight() -> None:
    assert find_money("200 pounds of cocaine") == []


def test_won_the_game_is_not_korean_money() -> None:
    assert find_money("Liverpool, who in 2005 won the cup") == []


def test_a_number_after_dollars_followed_by_a_noun_is_not_cents() -> None:
    assert read("15 dollars and 20 people") == [("15 dollars", 15, None, "dollar")]


def test_a_plain_number_is_not_money() -> None:
    assert find_money("about 10,000 North Korean labourers") == []


def test_a_range_of_money_keeps_both_ends() -> None:
    [m] = find_money("between $10 million and $20 million")
    assert (m.hedge, m.low, m.high, m.family) == ("range", 10e6, 20e6, "dollar")


def test_a_scale_written_once_applies_to_both_ends() -> None:
    [m] = find_money("$10-20 million")
    assert (m.low, m.high) == (10e6, 20e6)


@given(written_money())
@example((3e6, "$3 million", None, "dollar"))
@example((1.0, "HK$1", "HKD", "dollar"))
def test_money_written_in_any_style_reads_back(case: tuple[float, str, str | None, str]) -> None:
    value, written, currency, family = case
    text = f"The government pledged {written} in aid."
    [m] = find_money(text)
    assert (m.value, m.currency, m.family, m.text) == (value, currency, family, written)


def test_scandinavian_and_polish_currency_words_fix_their_codes() -> None:
    found = [(m.value, m.currency) for m in find_money(
        "The clean-up could cost 85 million kronor; the fine was 500,000 zlotys.")]
    assert found == [(85e6, "SEK"), (500000.0, "PLN")]
