
"""Finding the claim file's entities, and other people, in article text."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import example, given
from hypothesis import strategies as st

from newsconsistency.extract.entities import EntityMatcher
from newsconsistency.model import Entities

SUMMIT = Entities({
    "Vladimir Putin": ("Putin", "Mr Putin", "Russian President", "the Russian leader",
                       "the Russian president", "the Kremlin leader"),
    "Kim Jong-un": ("Kim Jong Un", "Kim", "Mr Kim", "North Korean leader",
                    "the North Korean leader", "North Korea leader"),
})
find = EntityMatcher(SUMMIT)


def found(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.canonical) for m in find(text)]


def test_an_alias_names_its_canonical_entity() -> None:
    assert found("Putin met Kim.") == [("Putin", "Vladimir Putin"), ("Kim", "Kim Jong-un")]


def test_the_longest_alias_wins() -> None:
    assert found("Kim Jong-un arrived.") == [("Kim Jong-un", "Kim Jong-un")]


def test_a_space_and_a_hyphen_in_a_name_are_interchangeable() -> None:
    assert found("Kim Jong-un and Kim Jong Un") == [("Kim Jong-un", "Kim Jong-un"),
                                                    ("Kim Jong Un", "Kim Jong-un")]


def test_a_single_capitalised_name_is_case_sensitive() -> None:
    assert found("the kim family and a putin fan") == []


def test_role_phrases_match_in_any_case() -> None:
    assert found("The Russian leader greeted the north korean leader.") == [
        ("The Russian leader", "Vladimir Putin"), ("the north korean leader", "Kim Jong-un")]


def test_an_honorific_before_a_known_name_is_part_of_the_mention() -> None:
    assert found("President Kim himself asked Ms Putin") == [
        ("President Kim", "Kim Jong-un"), ("Ms Putin", "Vladimir Putin")]


def test_relatives_who_share_the_surname_are_not_the_entity() -> None:
    text = "Kim Jong-il, Kim Il Sung, Kim Il-sung and Kim II Sung"
    assert [c for _, c in found(text)] == [None, None, None]


def test_a_known_name_followed_by_a_common_capitalised_word_still_matches() -> None:
    assert found("Putin Kim Summit") == [("Putin", "Vladimir Putin"), ("Kim", "Kim Jong-un")]


def test_a_possessive_name_is_found() -> None:
    assert found("Kim’s visit") == [("Kim", "Kim Jong-un")]


def test_a_role_phrase_and_a_name_of_the_same_entity_are_one_mention() -> None:
    assert found("Russian President Vladimir Putin met North Korean leader Kim Jong-un.") == [
        ("Russian President Vladimir Putin", "Vladimir Putin"),
        ("North Korean leader Kim Jong-un", "Kim Jong-un")]


def test_other_people_are_found_without_a_canonical_name() -> None:
    text = ("Mr Putin’s foreign affairs adviser, Yuri Ushakov, told Russian media. "
            "US Secretary of State Mike Pompeo told CBS News. Mr Pompeo said so.")
    assert found(text) == [("Mr Putin", "Vladimir Putin"), ("Yuri Ushakov", None),
                           ("Mike Pompeo", None), ("Mr Pompeo", None)]


def test_a_possessive_ends_an_unknown_name() -> None:
    assert found("stemming from Mr Trump’s meetings") == [("Mr Trump", None)]


def test_places_institutions_and_outlets_are_not_people() -> None:
    text = ("a statement from North Korea’s Government said, on the Far East Federal "
            "University campus, CBS News reported, The Soviet Union")
    assert found(text) == []


def test_mentions_inside_a_window_have_offsets_into_the_whole_text() -> None:
    text = "Kim said. Then Putin said."
    mentions = find(text, 10, len(text))
    assert [(m.start, m.end, text[m.start:m.end]) for m in mentions] == [(15, 20, "Putin")]


def test_entities_without_aliases_find_nothing_known() -> None:
    assert [m.canonical for m in EntityMatcher(Entities())("Putin met Mike Pompeo")] == [None]


@given(st.text(alphabet=st.sampled_from(list("KimPutnMr JogeuSl-’'.,ARV\n")), max_size=60))
@example("Mr Kim Jong-un’s Kim")
@example("Mr. Pompeo")
def test_every_mention_is_the_text_at_its_offsets_and_mentions_do_not_overlap(
        text: str) -> None:
    mentions = find(text)
    assert all(text[m.start:m.end] == m.text and m.start < m.end for m in mentions)
    assert all(a.end <= b.start for a, b in pairwise(mentions))
