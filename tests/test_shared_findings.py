"""Claims that share their terms share what an article says about them: each still gets
its own verdict, in its own words.

The engine reads an article's findings once for all claims of the same terms that compare
alike with them (copies of a claim with other values, mostly). These tests keep the shared
part from leaking what belongs to one claim into another's verdict.
"""

from __future__ import annotations

from newsconsistency import check
from newsconsistency.articles import parse_article
from newsconsistency.claims import loads_claims

CLAIMS = """
event: {name: Summit, date: 2019-04-25}
entities:
  Vladimir Putin: [Putin, Mr Putin]
  Kim Jong-un: [Kim, Mr Kim]
claims:
  - {id: city, type: place, value: Vladivostok, within: [Russia], about: [summit, talks]}
  - {id: city-2, type: place, value: Khabarovsk, within: [Russia], about: [summit, talks]}
  - {id: island, type: place, value: Russky Island, within: [Vladivostok, Russia],
     about: [summit, talks]}
  - {id: date, type: date, value: 2019-04-25, about: [summit, talks]}
  - {id: date-2, type: date, value: 2019-04-26, about: [summit, talks]}
  - {id: date-3, type: date, value: 2019-04-27, about: [summit, talks]}
  - {id: aid, type: money, value: 25 million, currency: USD, about: [food aid]}
  - {id: aid-2, type: money, value: 30 million, currency: USD, about: [food aid]}
  - {id: kim-aid, type: money, value: 40 million, currency: USD, about: [Kim, food aid]}
"""


def verdicts(text: str) -> dict[str, tuple[str, str]]:
    article = parse_article("---\npublished: 2019-04-25\n---\n" + text, "a")
    report = check(loads_claims(CLAIMS, "c.yaml"), [article])
    return {v.claim: (v.status, v.message) for v in report}


def test_each_place_claim_is_named_in_its_own_conflict() -> None:
    found = verdicts("The summit in Moscow ended on Thursday.")
    assert found["city"][0] == found["city-2"][0] == "conflict"
    assert "Moscow is not Vladivostok" in found["city"][1]
    assert "Moscow is not Khabarovsk" in found["city-2"][1]
    assert "expected Vladivostok" in found["city"][1]
    assert "expected Khabarovsk" in found["city-2"][1]


def test_a_place_inside_one_claim_and_beside_another() -> None:
    found = verdicts("The talks on Russky Island lasted three hours.")
    assert found["city"][0] == "agree"
    assert "Russky Island is in Vladivostok" in found["city"][1]
    assert found["island"][0] == "agree"
    assert "is in" not in found["island"][1]  # the same place: no note
    assert found["city-2"][0] == "conflict"
    assert "Russky Island is not Khabarovsk" in found["city-2"][1]


def test_claims_of_one_date_disagree_each_with_its_own_value() -> None:
    found = verdicts("The summit took place on 26 April 2019.")
    assert found["date-2"][0] == "agree"
    assert found["date"][0] == found["date-3"][0] == "conflict"
    assert "expected 25 April 2019" in found["date"][1]
    assert "expected 27 April 2019" in found["date-3"][1]
    assert found["date"][1].replace("25 April", "X") == found["date-3"][1].replace(
        "27 April", "X"
    )  # one finding cited alike


def test_silence_names_each_claim() -> None:
    found = verdicts("Nothing was said about money.")
    assert found["aid"] == ("silent", "nothing about food aid (USD 25,000,000)")
    assert found["aid-2"] == ("silent", "nothing about food aid (USD 30,000,000)")


def test_a_clause_about_someone_else_is_judged_by_each_claims_people() -> None:
    # Putin's clause is no clear statement against Kim's aid, but is one against the aid
    # whose terms name no one
    found = verdicts("Mr Putin pledged food aid worth $40 million to the North.")
    assert found["aid"][0] == "conflict"
    assert found["kim-aid"][0] != "conflict"
