"""The claim-file loader: what a user writes in YAML, and what they are told when it is wrong."""

from __future__ import annotations

import datetime as dt
import sys
import textwrap
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsconsistency.claims import CLAIM_TYPES, SPEC_PARSERS, load_claims, loads_claims
from newsconsistency.errors import ClaimFileError
from newsconsistency.specs import (
    UNIT_DAYS,
    DateSpec,
    DurationSpec,
    MoneySpec,
    OrdinalSpec,
    PlaceSpec,
    QuantitySpec,
    QuoteSpec,
    Tolerance,
)

SUMMIT = """\
version: 1
event:
  name: First Putin-Kim summit
  date: 2019-04-25
articles:
  - ../articles/summit/*.txt
entities:
  Vladimir Putin: [Putin, Mr Putin, Russian President]
  Kim Jong-un: [Kim Jong Un, Mr Kim]
  Russky Island: [Russki Island, Russkiy Island]
claims:
  - id: summit-date
    type: date
    value: 2019-04-25
    about: [summit, talks]
    description: The summit took place on 25 April 2019
  - id: venue-island
    type: place
    value: Russky Island
    within: [Vladivostok, Russia]
    about: venue
  - id: labourers
    type: quantity
    value: 10000
    tolerance: 10%
    about: [labourers, workers]
    severity: warning
    on_silent: fail
    tags: [labour, sanctions]
  - id: food-aid
    type: money
    value: 25 million
    currency: USD
    about: [food aid, aid]
  - id: hanoi-gap
    type: duration
    value: 2 months
    about: [Hanoi, Trump]
  - id: leader-rank
    type: ordinal
    value: sixth
    about: [world leader]
  - id: putin-law
    type: quote
    speaker: Mr Putin
    text: We need to restore the power of international law
"""


def claims_of(body: str, **top: str) -> str:
    """A one-claim-list file around ``body`` (a YAML list of claims, already indented)."""
    head = "".join(f"{key}: {value}\n" for key, value in top.items())
    return head + "claims:\n" + textwrap.indent(textwrap.dedent(body), "  ")


def error_of(text: str) -> str:
    with pytest.raises(ClaimFileError) as info:
        loads_claims(text, "claims.yaml")
    return str(info.value)


def spec_of(body: str) -> Any:  # the spec of the claim's type
    return loads_claims(claims_of(body)).claims[0].spec


@pytest.fixture
def summit(tmp_path: Path) -> Path:
    path = tmp_path / "claims" / "summit.yaml"
    path.parent.mkdir()
    path.write_text(SUMMIT, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- loading a good file

def test_the_summit_file_gives_one_spec_per_type(summit: Path) -> None:
    specs = {claim.id: claim.spec for claim in load_claims(summit)}
    assert specs == {
        "summit-date": DateSpec(dt.date(2019, 4, 25), "day"),
        "venue-island": PlaceSpec("Russky Island", ("Russki Island", "Russkiy Island"),
                                  ("Vladivostok", "Russia")),
        "labourers": QuantitySpec(10000.0, Tolerance(relative=0.10)),
        "food-aid": MoneySpec(25_000_000.0, "USD"),
        "hanoi-gap": DurationSpec(2 * UNIT_DAYS["month"], 2.0, "month"),
        "leader-rank": OrdinalSpec(6),
        "putin-law": QuoteSpec("Vladimir Putin",
                               "We need to restore the power of international law", 90.0),
    }


def test_each_claim_remembers_the_line_and_column_of_its_id(summit: Path) -> None:
    positions = [(claim.id, claim.line, claim.column) for claim in load_claims(summit)]
    assert positions[:3] == [("summit-date", 12, 5), ("venue-island", 17, 5),
                             ("labourers", 22, 5)]


def test_common_keys_are_read_with_their_defaults(summit: Path) -> None:
    claims = {claim.id: claim for claim in load_claims(summit)}
    labourers, venue = claims["labourers"], claims["venue-island"]
    assert (labourers.severity, labourers.on_silent, labourers.tags) == (
        "warning", "fail", ("labour", "sanctions"))
    assert (venue.severity, venue.on_silent, venue.tags, venue.about, venue.description) == (
        "error", "skip", (), ("venue",), None)


def test_description_and_about_are_kept_for_reports(summit: Path) -> None:
    date = load_claims(summit).claims[0]
    assert (date.about, date.description) == (("summit", "talks"),
                                              "The summit took place on 25 April 2019")


def test_event_entities_and_version_are_read(summit: Path) -> None:
    claim_set = load_claims(summit)
    assert claim_set.event.name == "First Putin-Kim summit"
    assert claim_set.event.date == dt.date(2019, 4, 25)
    assert claim_set.entities.canonical("mr kim") == "Kim Jong-un"
    assert (claim_set.version, claim_set.name, len(claim_set)) == (1, "summit.yaml", 7)


def test_article_globs_are_anchored_at_the_claim_files_directory(summit: Path) -> None:
    expected = summit.parent.parent / "articles" / "summit" / "*.txt"
    assert load_claims(summit).articles == (str(expected),)


def test_a_file_without_version_event_or_entities_is_format_one() -> None:
    claim_set = loads_claims(claims_of("- {id: rank, type: ordinal, value: 6}"))
    assert (claim_set.version, claim_set.event.date, claim_set.articles) == (1, None, ())


def test_a_single_string_alias_stands_for_a_list_of_one() -> None:
    text = "entities:\n  Russky Island: Russki Island\n" + claims_of(
        "- {id: venue, type: place, value: Russky Island}")
    assert loads_claims(text).claims[0].spec == PlaceSpec("Russky Island", ("Russki Island",))


def test_a_place_named_by_an_alias_gets_the_canonical_name_as_an_alias_too() -> None:
    text = "entities:\n  Russky Island: [Russki Island, Russkiy Island]\n" + claims_of(
        "- {id: venue, type: place, value: Russki Island, aliases: [Ostrov Russky]}")
    assert loads_claims(text).claims[0].spec.aliases == (
        "Ostrov Russky", "Russky Island", "Russkiy Island")


def test_a_quote_speaker_unknown_to_entities_is_kept_as_written() -> None:
    spec = spec_of("- {id: q, type: quote, speaker: Sergei Lavrov, text: Hello, "
                   "min_similarity: 80}")
    assert spec == QuoteSpec("Sergei Lavrov", "Hello", 80.0)


@pytest.mark.parametrize(("value", "expected"), [
    ("2019-04-25", DateSpec(dt.date(2019, 4, 25), "day")),
    ("'2019-04-25'", DateSpec(dt.date(2019, 4, 25), "day")),
    ("2019-04", DateSpec(dt.date(2019, 4, 1), "month")),
    ("2019", DateSpec(dt.date(2019, 1, 1), "year")),
    ("'2019'", DateSpec(dt.date(2019, 1, 1), "year")),
])
def test_a_date_value_sets_its_granularity(value: str, expected: DateSpec) -> None:
    assert spec_of(f"- {{id: d, type: date, value: {value}}}") == expected


@pytest.mark.parametrize("value", [
    "10000", "10000.0", "'10,000'", "10 000", "10k", "10K", "'10.0 thousand'", "ten thousand",
    "0.01m", "1_0000",
])
def test_quantity_values_in_any_written_style_mean_the_same_number(value: str) -> None:
    assert spec_of(f"- {{id: q, type: quantity, value: {value}}}") == QuantitySpec(10000.0)


@pytest.mark.parametrize(("value", "expected"), [
    ("2.5m", 2_500_000.0), ("1.2 million", 1_200_000.0), ("3bn", 3e9), ("1,234.5", 1234.5),
    ("twenty-five million", 25e6), ("a million", 1e6), ("-40", -40.0),
])
def test_quantity_values_with_scales_and_words(value: str, expected: float) -> None:
    assert spec_of(f"- {{id: q, type: quantity, value: '{value}'}}").value == expected


def test_a_quantity_keeps_its_unit_and_absolute_tolerance() -> None:
    spec = spec_of("- {id: q, type: quantity, value: 80, unit: km, tolerance: 5}")
    assert spec == QuantitySpec(80.0, Tolerance(absolute=5.0), "km")


@pytest.mark.parametrize("value", [
    "25 million", "25m", "25mn", "25,000,000", "25000000", "$25 million", "US$25m",
])
def test_money_values_with_scale_words_and_symbols(value: str) -> None:
    spec = spec_of(f"- {{id: m, type: money, value: '{value}', currency: USD}}")
    assert spec == MoneySpec(25e6, "USD")


def test_money_tolerance_may_be_a_percentage() -> None:
    spec = spec_of("- {id: m, type: money, value: 25m, currency: EUR, tolerance: 5%}")
    assert spec == MoneySpec(25e6, "EUR", Tolerance(relative=0.05))


@pytest.mark.parametrize(("value", "amount", "unit"), [
    ("P2M", 2, "month"), ("P1Y6M", 18, "month"), ("PT5H", 5, "hour"), ("P3W", 3, "week"),
    ("P1DT12H", 36, "hour"), ("P1Y", 1, "year"), ("PT90M", 90, "minute"),
])
def test_iso_durations_use_their_smallest_unit(value: str, amount: float, unit: str) -> None:
    spec = spec_of(f"- {{id: d, type: duration, value: {value}}}")
    assert (spec.amount, spec.unit) == (amount, unit)
    assert spec.days == pytest.approx(amount * UNIT_DAYS[unit])


@pytest.mark.parametrize(("value", "amount", "unit"), [
    ("2 months", 2, "month"), ("two months", 2, "month"), ("90 minutes", 90, "minute"),
    ("an hour", 1, "hour"), ("1.5 years", 1.5, "year"), ("1 day", 1, "day"),
    ("three weeks", 3, "week"),
])
def test_spoken_durations_are_read(value: str, amount: float, unit: str) -> None:
    spec = spec_of(f"- {{id: d, type: duration, value: {value}, tolerance: 10%}}")
    assert spec == DurationSpec(amount * UNIT_DAYS[unit], amount, unit, Tolerance(relative=0.1))


@pytest.mark.parametrize("value", ["6", "'6'", "6th", "sixth", "Sixth"])
def test_ordinals_are_read_from_digits_suffixes_and_words(value: str) -> None:
    assert spec_of(f"- {{id: o, type: ordinal, value: {value}}}") == OrdinalSpec(6)


@pytest.mark.parametrize(("value", "expected"), [
    ("first", 1), ("twelfth", 12), ("twentieth", 20), ("twenty-first", 21), ("23rd", 23)])
def test_compound_ordinal_words_are_read(value: str, expected: int) -> None:
    assert spec_of(f"- {{id: o, type: ordinal, value: {value}}}") == OrdinalSpec(expected)


@given(st.integers(min_value=0, max_value=10**12))
@example(12_345)
@example(1_000_000_000)
@example(999)
def test_a_quantity_written_in_any_supported_style_reads_back(n: int) -> None:
    styles = [f"{n:,}", str(n)]
    if Decimal(f"{n / 1000:g}") * 1000 == n:
        styles.append(f"{n / 1000:g}k")
    for style in styles:
        assert spec_of(f"- {{id: q, type: quantity, value: '{style}'}}").value == n, style


def test_claim_types_name_every_built_in_parser() -> None:
    assert CLAIM_TYPES == ("date", "place", "quantity", "money", "duration", "ordinal", "quote")
    assert set(SPEC_PARSERS) == set(CLAIM_TYPES)


def test_a_third_party_type_registered_as_an_entry_point_is_loaded(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "nc_statement.py").write_text(textwrap.dedent("""\
        class StatementType:
            keys = frozenset({"text"})

            @staticmethod
            def parse(values):
                if not isinstance(values.get("text"), str):
                    raise ValueError("text must be a string")
                return ("statement", values["text"])
        """))
    dist = tmp_path / "nc_statement-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: nc-statement\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(
        "[newsconsistency.claim_types]\nstatement = nc_statement:StatementType\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "nc_statement", raising=False)
    claim = loads_claims(claims_of("- {id: s, type: statement, text: Sanctions stay}")).claims[0]
    assert (claim.type, claim.spec) == ("statement", ("statement", "Sanctions stay"))
    assert error_of(claims_of("- {id: s, type: statement, text: [a]}")) == (
        "claims.yaml:2:6: invalid statement claim 's': text must be a string")


# --------------------------------------------------------------------------- errors users see

LABOURERS = """\
claims:
  - id: labourers
    type: quantity
    value: 10000
    toleranse: 10%
"""


def test_an_unknown_claim_key_suggests_the_nearest_valid_one() -> None:
    assert error_of(LABOURERS) == (
        "claims.yaml:5:5: unknown key 'toleranse' in claim 'labourers'; did you mean 'tolerance'?")


def test_an_unknown_claim_key_with_no_near_match_lists_the_valid_keys() -> None:
    assert error_of(claims_of("- {id: r, type: ordinal, value: 6, colour: red}")) == (
        "claims.yaml:2:38: unknown key 'colour' in claim 'r'; expected one of 'id', 'type', "
        "'about', 'description', 'severity', 'on_silent', 'tags', 'value'")


def test_a_key_of_another_type_is_named_as_not_applying() -> None:
    assert error_of(claims_of("- {id: q, type: quantity, value: 5, currency: USD}")) == (
        "claims.yaml:2:39: key 'currency' does not apply to quantity claim 'q'; "
        "expected one of 'id', 'type', 'about', 'description', 'severity', 'on_silent', "
        "'tags', 'tolerance', 'unit', 'value'")


def test_an_unknown_top_level_key_suggests_the_nearest_valid_one() -> None:
    assert error_of("entites: {}\n" + claims_of("- {id: r, type: ordinal, value: 6}")) == (
        "claims.yaml:1:1: unknown top-level key 'entites'; did you mean 'entities'?")


def test_an_unknown_event_key_suggests_the_nearest_valid_one() -> None:
    text = "event:\n  nmae: Summit\n" + claims_of("- {id: r, type: ordinal, value: 6}")
    assert error_of(text) == "claims.yaml:2:3: unknown key 'nmae' in 'event'; did you mean 'name'?"


def test_an_unknown_type_suggests_the_nearest_known_type() -> None:
    assert error_of(claims_of("- id: n\n  type: quantiy\n  value: 5\n")) == (
        "claims.yaml:3:11: unknown type 'quantiy' in claim 'n'; did you mean 'quantity'?")


def test_a_duplicate_id_points_at_the_second_and_names_the_first_line() -> None:
    text = claims_of("- {id: rank, type: ordinal, value: 6}\n- {id: rank, type: ordinal, value: 7}")
    assert error_of(text) == "claims.yaml:3:10: duplicate claim id 'rank'; first defined on line 2"


@pytest.mark.parametrize("bad_id", ["Summit", "summit date", "-summit", "'summit.date'"])
def test_an_id_outside_the_allowed_pattern_is_refused(bad_id: str) -> None:
    message = error_of(claims_of(f"- id: {bad_id}\n  type: ordinal\n  value: 6\n"))
    assert message.startswith("claims.yaml:2:9: claim id ")
    assert message.endswith("must match [a-z0-9][a-z0-9_-]* (lower-case letters, digits, "
                            "'-' and '_')")


@pytest.mark.parametrize(("claim", "expected"), [
    ("- {type: ordinal, value: 6}", "2:6: claim has no 'id'"),
    ("- {id: r, value: 6}", "2:6: claim 'r' has no 'type'; expected one of date, place, "
                            "quantity, money, duration, ordinal, quote"),
    ("- {id: r, type: ordinal}", "2:6: ordinal claim 'r' has no 'value'"),
    ("- {id: r, type: ordinal, value: }", "2:35: ordinal claim 'r' has no 'value'"),
    ("- {id: q, type: quote, text: Hi}", "2:6: quote claim 'q' has no 'speaker'"),
    ("- {id: q, type: quote, speaker: Putin}", "2:6: quote claim 'q' has no 'text'"),
    ("- {id: m, type: money, value: 5}", "2:6: money claim 'm' has no 'currency'"),
])
def test_a_missing_required_key_is_named_at_the_claim(claim: str, expected: str) -> None:
    assert error_of(claims_of(claim)) == "claims.yaml:" + expected


def at(claim: str, needle: str, message: str) -> tuple[str, str]:
    """A one-claim file and the error expected at ``needle``'s place in it."""
    line = "  " + claim
    return claim, f"claims.yaml:2:{line.index(needle) + 1}: {message}"


@pytest.mark.parametrize(("claim", "expected"), [
    at("- {id: p, type: place, value: [Moscow, Vladivostok]}", "[Moscow",
       "'value' must be a string, not a list"),
    at("- {id: p, type: place, value: Moscow, within: [[Russia]]}", "[Russia",
       "each entry of 'within' must be a string, not a list"),
    at("- {id: p, type: place, value: Moscow, about: {a: b}}", "{a",
       "'about' must be a string, not a mapping"),
    at("- {id: p, type: place, value: Moscow, description: [a, b]}", "[a",
       "'description' must be a string, not a list"),
    at("- {id: q, type: quantity, value: 5, tolerance: lots}", "lots",
       "tolerance must be a percentage such as '10%' or an absolute number such as 500, "
       "not 'lots'"),
    at("- {id: q, type: quantity, value: 5, tolerance: -3}", "-3",
       "tolerance must be a percentage such as '10%' or an absolute number such as 500, "
       "not -3 (a number)"),
    at("- {id: q, type: quote, speaker: Putin, text: Hi, min_similarity: 150}", "150",
       "min_similarity must be a number from 0 to 100, not 150 (a number)"),
    at("- {id: m, type: money, value: 5, currency: usd}", "usd",
       "currency must be an ISO 4217 code of three capital letters such as USD, not 'usd'"),
    at("- {id: m, type: money, value: €5m, currency: USD}", "€",
       "value is in EUR ('€') but currency is USD"),
    at("- {id: r, type: ordinal, value: 6, severity: fatal}", "fatal",
       "severity must be one of error, warning, not 'fatal'; expected one of 'error', 'warning'"),
    at("- {id: r, type: ordinal, value: 6, on_silent: fial}", "fial",
       "on_silent must be one of skip, pass, fail, not 'fial'; did you mean 'fail'?"),
    at("- {id: r, type: ordinal, value: 6, tags: [two words]}", "two",
       "each tag must be a single word, not 'two words'"),
])
def test_a_value_of_the_wrong_kind_is_refused_where_it_stands(claim: str, expected: str) -> None:
    assert error_of(claims_of(claim)) == expected


NUMBER_EXAMPLE = "write e.g. 10000, '10,000', '10k', '2.5 million' or 'ten thousand'"
DURATION_EXAMPLE = "write e.g. '2 months', 'two months', '90 minutes' or 'P2M'"


@pytest.mark.parametrize(("claim", "expected"), [
    at("- {id: d, type: date, value: 25 April}", "25",
       "value '25 April' is not a date; write 2019-04-25, 2019-04 or 2019"),
    at("- {id: d, type: date, value: 2019-02-30}", "2019",
       "'2019-02-30' is not a valid value: day is out of range for month"),
    at("- {id: d, type: date, value: 2019-13}", "2019",
       "value '2019-13' is not a valid date: month must be in 1..12"),
    at("- {id: d, type: date, value: 2019-04-25 10:00:00}", "2019",
       "value must be a day, month or year, without a time of day"),
    at("- {id: d, type: quantity, value: lots}", "lots",
       f"cannot read value 'lots' as a number; {NUMBER_EXAMPLE}"),
    at("- {id: d, type: quantity, value: yes}", "yes",
       f"cannot read value yes (a boolean) as a number; {NUMBER_EXAMPLE}"),
    at("- {id: d, type: money, value: 25 zillion, currency: USD}", "25",
       "cannot read value '25 zillion' as a number; write e.g. 25000000, '25 million', '25m' "
       "or '$25 million'"),
    at("- {id: d, type: money, value: $lots, currency: USD}", "$",
       "cannot read value '$lots' as an amount of money; write e.g. 25000000, '25 million', "
       "'25m' or '$25 million'"),
    at("- {id: d, type: duration, value: 2 moons}", "2",
       f"cannot read value '2 moons' as a duration; {DURATION_EXAMPLE}"),
    at("- {id: d, type: duration, value: 60}", "60",
       f"cannot read value 60 (a number) as a duration; {DURATION_EXAMPLE}"),
    at("- {id: d, type: duration, value: PT}", "PT",
       f"cannot read value 'PT' as a duration; {DURATION_EXAMPLE}"),
    at("- {id: d, type: ordinal, value: sixish}", "sixish",
       "cannot read value 'sixish' as an ordinal; write e.g. 6, '6th' or 'sixth'"),
    at("- {id: d, type: ordinal, value: 0}", "0",
       "cannot read value 0 (a number) as an ordinal; write e.g. 6, '6th' or 'sixth'"),
])
def test_an_unreadable_value_is_refused_for_every_type(claim: str, expected: str) -> None:
    assert error_of(claims_of(claim)) == expected


def test_an_empty_claims_list_is_refused() -> None:
    assert error_of("version: 1\nclaims: []\n") == (
        "claims.yaml:2:9: 'claims' is empty; a claim file needs at least one claim")


def test_a_file_without_claims_is_refused() -> None:
    assert error_of("version: 1\nevent: {name: Summit}\n") == (
        "claims.yaml:1:1: claim file has no 'claims' list")


def test_a_top_level_that_is_not_a_mapping_is_refused() -> None:
    assert error_of("- id: rank\n  type: ordinal\n") == (
        "claims.yaml:1:1: a claim file must be a mapping, not a list")


def test_an_empty_file_is_refused() -> None:
    assert error_of("# nothing yet\n") == (
        "claims.yaml:1:1: claim file is empty; it needs a 'claims' list")


def test_a_yaml_syntax_error_names_the_problem_position() -> None:
    assert error_of("claims:\n  - id: a: b\n") == (
        "claims.yaml:2:10: invalid YAML: mapping values are not allowed in this context")


def test_a_python_tag_is_refused_and_never_loaded() -> None:
    text = claims_of("- id: r\n  type: ordinal\n  value: !!python/object/apply:os.system [ls]\n")
    assert error_of(text) == ("claims.yaml:4:12: tag '!!python/object/apply:os.system' is not "
                              "allowed in a claim file (a claim file never loads Python objects)")


def test_a_custom_tag_is_refused() -> None:
    assert error_of(claims_of("- {id: r, type: ordinal, value: !six 6}")) == (
        "claims.yaml:2:35: tag '!six' is not allowed in a claim file")


def test_a_duplicate_key_in_a_mapping_is_refused() -> None:
    assert error_of(claims_of("- id: r\n  type: ordinal\n  value: 6\n  value: 7\n")) == (
        "claims.yaml:5:5: duplicate key 'value' in a claim; first given on line 4")


@pytest.mark.parametrize("version", ["2", "'1'", "1.0"])
def test_an_unsupported_version_is_refused(version: str) -> None:
    message = error_of(f"version: {version}\n" + claims_of("- {id: r, type: ordinal, value: 6}"))
    assert message.startswith("claims.yaml:1:10: unsupported claim file version ")
    assert message.endswith("; this library reads version 1")


def test_an_event_date_must_be_a_full_day() -> None:
    text = "event:\n  date: 2019-04\n" + claims_of("- {id: r, type: ordinal, value: 6}")
    assert error_of(text) == "claims.yaml:2:9: event date must be a full day, such as 2019-04-25"


def test_a_missing_file_is_a_claim_file_error(tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    with pytest.raises(ClaimFileError) as info:
        load_claims(missing)
    assert str(info.value) == f"{missing}:0:0: cannot read claim file: No such file or directory"


def test_a_file_that_is_not_utf8_names_the_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("claims:\n  - {id: q, type: quote, speaker: Müller, text: x}\n"
                     .encode("latin-1"))
    with pytest.raises(ClaimFileError) as info:
        load_claims(path)
    assert str(info.value) == f"{path}:2:36: claim file is not valid UTF-8"


def test_an_unknown_type_that_no_entry_point_provides_stays_an_error() -> None:
    assert error_of(claims_of("- {id: s, type: statment, text: x}")).startswith(
        "claims.yaml:2:19: unknown type 'statment' in claim 's'; ")


def test_every_claim_file_error_is_one_line() -> None:
    assert "\n" not in error_of("claims:\n  - id: [a\n")


def test_anchors_and_aliases_may_share_values_between_claims() -> None:
    text = claims_of("- {id: a, type: ordinal, value: 6, about: &leaders [Putin, Kim]}\n"
                     "- {id: b, type: ordinal, value: 7, about: *leaders}")
    assert [claim.about for claim in loads_claims(text)] == [("Putin", "Kim")] * 2


def test_merge_keys_are_refused() -> None:
    text = claims_of("- &base {id: a, type: ordinal, value: 6}\n- {<<: *base, id: b}")
    assert error_of(text) == (
        "claims.yaml:3:6: merge keys ('<<') are not supported in a claim file")


def test_a_claim_that_is_not_a_mapping_is_refused() -> None:
    assert error_of(claims_of("- rank is sixth")) == (
        "claims.yaml:2:5: a claim must be a mapping, not 'rank is sixth'")
