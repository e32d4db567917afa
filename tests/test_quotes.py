
"""Quotes: pairing the marks, attributing the speaker, matching a claim's wording."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from newsconsistency.articles import Article, Sentence, load_article
from newsconsistency.extract.quotes import (
    Quote,
    QuoteFinder,
    QuoteMatcher,
    align_quote,
    find_quotes,
    match_quote,
    normalise_quote,
)
from newsconsistency.model import Entities

SEEDS = Path(__file__).parent.parent / "articles" / "summit"
SUMMIT = Entities({
    "Vladimir Putin": ("Putin", "Mr Putin", "Russian President", "the Russian leader",
                       "the Russian president", "the Kremlin leader"),
    "Kim Jong-un": ("Kim Jong Un", "Kim", "Mr Kim", "North Korean leader",
                    "the North Korean leader", "North Korea leader"),
})
LAW = "We need to restore the power of international law"
USEFUL = "I think it will be a very useful meeting"
DIALOGUE = ("As the world is focused on the Korean peninsula, I think we will hold a very "
            "meaningful dialogue")
BILATERAL = "In terms of bilateral relations, we have a lot to do to develop economic relations"
CLAIMS = {"law": LAW, "useful": USEFUL, "dialogue": DIALOGUE, "bilateral": BILATERAL}

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def article(text: str) -> Article:
    """An article whose paragraphs are its lines, split into sentences at ". X"."""
    sentences: list[Sentence] = []
    offset = 0
    for number, line in enumerate(text.split("\n")):
        start = offset
        for piece in _SENTENCE_END.split(line):
            begin = text.index(piece, start) if piece else start
            if piece.strip():
                sentences.append(Sentence(piece, begin, begin + len(piece), number + 1, number))
            start = begin + len(piece)
        offset += len(line) + 1
    return Article("test", "test.txt", text, tuple(sentences))


def quotes_of(text: str) -> list[Quote]:
    return find_quotes(article(text), SUMMIT)


def seed_quotes(number: str) -> list[Quote]:
    path = next(SEEDS.glob(f"{number}_*.txt"))
    return find_quotes(load_article(path), SUMMIT)


def speaker_of(number: str, beginning: str) -> str | None:
    [quote] = [q for q in seed_quotes(number) if q.text.startswith(beginning)]
    return quote.speaker


# ------------------------------------------------------------------ attribution on the seeds

@pytest.mark.parametrize(("seed", "beginning", "speaker"), [
    ("000", "We need to restore", "Vladimir Putin"),  # “...,” he said. after "Putin said ..."
    ("000", "In terms of bilateral", "Vladimir Putin"),  # Putin said, “...”
    ("004", "We must restore", "Vladimir Putin"),  # ..., "added the Russian leader.
    ("002", "I think it will be", "Kim Jong-un"),  # “...,” Kim said.
    ("002", "As the world is focused", "Vladimir Putin"),  # “...,” Putin told Kim he ...
    ("003", "I think it will be", "Kim Jong-un"),
    ("003", "As the world is focused", "Kim Jong-un"),  # “...,” he added. after Kim said
    ("003", "In terms of bilateral", "Vladimir Putin"),  # “...,” he added. after Putin said
    ("002", "They carelessly trample", "Vladimir Putin"),  # “...,” said Putin, who is ...
    ("001", "help us better understand", "Vladimir Putin"),  # Mr Putin said he hoped ..., “
    ("001", "consolidate the positive", "Yuri Ushakov"),  # adviser, Yuri Ushakov, told
    ("001", "There was a lot more nuance", "Mr Pompeo"),  # ,” Mr Pompeo said of ...
    ("004", "There are no secrets", "Vladimir Putin"),  # ," he said. declared.
    ("004", "the means of a peaceful", "Kim Jong-un"),  # Kim said for her part ... "
])
def test_seed_quotes_are_attributed_to_the_person_who_said_them(
        seed: str, beginning: str, speaker: str) -> None:
    assert speaker_of(seed, beginning) == speaker


def test_a_quote_attributed_to_it_or_to_a_statement_has_no_speaker_but_keeps_the_words() -> None:
    quotes = {q.text[:20]: (q.speaker, q.speaker_text) for q in seed_quotes("001")}
    assert quotes["[The exercises], far"] == (None, "a statement from North Korea’s Government")
    assert quotes["The South Korean aut"] == (None, "it")


def test_a_quote_without_attribution_after_an_attributed_one_stays_unattributed() -> None:
    assert speaker_of("001", "We hope we can build") is None


def test_the_words_that_attributed_a_quote_are_kept() -> None:
    [quote] = [q for q in seed_quotes("004") if q.text.startswith("We must restore")]
    assert (quote.speaker_text, quote.attribution) == ("the Russian leader", "after")


def test_he_resolves_to_the_last_person_a_sentence_is_about() -> None:
    text = ("Kim said he was glad. Putin met Mike Pompeo's envoy in Moscow.\n"
            "“We are friends,” he added.")
    assert [q.speaker for q in quotes_of(text)] == ["Vladimir Putin"]


def test_a_name_after_a_preposition_or_a_possessive_is_not_the_antecedent() -> None:
    text = ("Kim said he was glad. The talks with Putin and Pompeo's envoy went on.\n"
            "“We are friends,” he added.")
    assert [q.speaker for q in quotes_of(text)] == ["Kim Jong-un"]


def test_a_colon_at_the_end_of_the_previous_sentence_attributes_the_quote() -> None:
    text = "Putin told reporters:\n“We need to restore the power of international law.”"
    assert [(q.speaker, q.attribution) for q in quotes_of(text)] == [("Vladimir Putin", "colon")]


def test_an_unknown_person_is_the_speaker_under_their_written_name() -> None:
    assert [q.speaker for q in quotes_of("“We hope so,” said Yuri Ushakov, an aide.")] == [
        "Yuri Ushakov"]


# ------------------------------------------------------------------ pairing the marks

def test_straight_quotes_alternate_open_and_close_within_a_paragraph() -> None:
    text = 'Kim called it "very substantial" and "friendly" and "great" today.'
    assert [q.text for q in quotes_of(text)] == ["very substantial", "friendly", "great"]


def test_straight_quotes_pair_again_in_each_paragraph() -> None:
    text = 'He said "yes.\nShe said "no" twice.'
    assert [q.text for q in quotes_of(text)] == ["yes.", "no"]


def test_a_misplaced_closing_mark_still_closes_the_quote() -> None:
    text = '"We must go on, "added the Russian leader.'
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [("We must go on,", "Vladimir Putin")]


def test_a_quote_without_closing_mark_ends_at_the_paragraph_end() -> None:
    text = "Putin said, “We will help.\nThe talks went on."
    assert [q.text for q in quotes_of(text)] == ["We will help."]


def test_apostrophes_are_not_quotes() -> None:
    assert quotes_of("Kim’s visit won Russia ’s support and the ’90s ended.") == []


def test_single_curly_quotes_make_a_short_headline_quote() -> None:
    assert [q.text for q in quotes_of("North Korea’s Kim hails Russia ‘friendship’ today")] == [
        "friendship"]


def test_single_quotes_inside_a_double_quote_belong_to_it() -> None:
    [quote] = [q for q in seed_quotes("001") if q.text.startswith("There was a lot")]
    assert quote.text.endswith("‘Hey they had a position, we had a position; we walked away’,")


def test_a_quote_spans_sentences_and_its_offsets_point_into_the_article() -> None:
    text = "“We came. We saw,” Kim said."
    [quote] = quotes_of(text)
    assert (text[quote.start:quote.end], quote.sentence_start, quote.sentence_end) == (
        "We came. We saw,", 0, len(text))


def test_every_seed_quote_is_the_article_text_at_its_offsets() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        loaded = load_article(path)
        for quote in find_quotes(loaded, SUMMIT):
            assert loaded.text[quote.start:quote.end] == quote.text
            assert quote.sentence_start <= quote.start < quote.end <= quote.sentence_end


# ------------------------------------------------------------------ matching wording

def test_normalising_drops_case_punctuation_and_ellipses() -> None:
    assert normalise_quote("It’s possible … North Korea... needs “guarantees”!") == (
        "it's possible north korea needs guarantees")


def test_a_translators_rewording_matches_the_claim() -> None:
    [quote] = [q for q in seed_quotes("004") if q.text.startswith("We must restore")]
    found = match_quote(LAW, quote.text)
    assert found is not None and found.score >= 90 and found.changes == ()


def test_the_aligned_span_points_at_the_claimed_words_in_the_quote() -> None:
    quote = "Yes. We need to restore the power of international law, to return."
    found = align_quote(LAW, quote)
    assert quote[found.span[0]:found.span[1]] == "We need to restore the power of international law"


# Which seed quote says which claim; every other (quote, claim) pair must score below 90.
SAYS = {("000", "We need to restore", "law"), ("004", "We must restore", "law"),
        ("002", "I think it will be", "useful"), ("003", "I think it will be", "useful"),
        ("002", "As the world is focused", "dialogue"),
        ("003", "As the world is focused", "dialogue"),
        ("000", "In terms of bilateral", "bilateral"), ("003", "In terms of bilateral",
                                                        "bilateral")}


def test_each_seed_quote_matches_only_the_claims_it_states() -> None:
    matched, expected = set(), set()
    for seed in ("000", "001", "002", "003", "004"):
        for quote in seed_quotes(seed):
            for name, claim in CLAIMS.items():
                pair = (seed, quote.text[:30], name)
                if match_quote(claim, quote.text) is not None:
                    matched.add(pair)
                if any(s == seed and quote.text.startswith(b) and n == name for s, b, n in SAYS):
                    expected.add(pair)
    assert (len(expected), matched) == (len(SAYS), expected)


def test_a_fragment_of_the_claim_does_not_match_the_whole_claim() -> None:
    claim = "The meeting was very substantial for both sides"
    assert match_quote(claim, "very substantial") is None


def test_a_matcher_applies_its_threshold() -> None:
    quote = "We must restore the power of international law, to return to the state"
    assert (QuoteMatcher(95)(LAW, quote), QuoteMatcher(90)(LAW, quote) is not None) == (None, True)


def test_an_added_negation_is_a_change() -> None:
    found = match_quote(LAW, "We do not need to restore the power of international law")
    assert found is not None and found.changes == ("negation added",)


def test_a_dropped_negation_is_a_change() -> None:
    found = match_quote("I don't think it will be a very useful meeting", USEFUL + ", he said")
    assert found is not None and found.changes == ("negation dropped",)


def test_a_changed_number_is_a_change() -> None:
    found = match_quote("We will send 10,000 workers to the Far East",
                        "We will send 20,000 workers to the Far East soon")
    assert found is not None and found.changes == ("number changed: 10000 → 20000",)


def test_the_same_number_in_words_is_not_a_change() -> None:
    found = align_quote("We will send 10,000 workers to the Far East",
                        "We will send ten thousand workers to the Far East")
    assert found.changes == ()


def test_a_changed_name_is_a_change() -> None:
    found = match_quote("I told Kim that we would help him", "I told Moon that we would help him")
    assert found is not None and found.changes == ("name changed: Kim → Moon",)


def test_synonyms_are_not_changes() -> None:
    found = align_quote(LAW, "We must restore the power of international law")
    assert found.changes == ()


def test_accents_do_not_make_a_changed_name() -> None:
    match = match_quote("This was the fastest race we have ever had in Kraków",
                        "This was the fastest race we have ever had in Krakow")
    assert match is not None and match.changes == ()


# ------------------------------------------------------------------ repeated paragraphs

REPEATED = "“We will talk about everything,” he said."


def test_a_repeated_paragraph_reads_its_pronoun_from_its_own_article() -> None:
    finder = QuoteFinder(SUMMIT)
    first = finder(article(f"Putin arrived in the city.\n{REPEATED}"))
    second = finder(article(f"Kim spoke to reporters at the station.\n{REPEATED}"))
    assert [q.speaker for q in first] == ["Vladimir Putin"]
    assert [q.speaker for q in second] == ["Kim Jong-un"]


def test_a_repeated_paragraph_is_placed_where_it_stands() -> None:
    finder = QuoteFinder(SUMMIT)
    short = f"Putin arrived.\n{REPEATED}"
    long = f"Putin arrived in the far-eastern city by train.\n\n{REPEATED}"
    for text in (short, long, short):
        [quote] = finder(article(text))
        assert text[quote.start : quote.end] == quote.text == "We will talk about everything,"
        assert text[quote.sentence_start : quote.sentence_end] == REPEATED
        assert quote.line == text.count("\n") + 1
        assert quote.speaker == "Vladimir Putin"


NEUTRAL = "The talks lasted three hours."
NAMED = "“We will talk about everything,” Kim said."


def test_a_kept_paragraph_that_names_no_one_passes_on_the_speaker_it_was_given() -> None:
    finder = QuoteFinder(SUMMIT)
    for before, speaker in (("Putin arrived.", "Vladimir Putin"), ("Kim arrived.", "Kim Jong-un")):
        found = finder(article(f"{before}\n{NEUTRAL}\n{REPEATED}"))
        assert [q.speaker for q in found] == [speaker]


def test_a_paragraph_that_names_its_speaker_is_read_once_whatever_came_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    finder = QuoteFinder(SUMMIT)
    read: list[str] = []
    own = QuoteFinder._read_sentence

    def counting(self: QuoteFinder, reader: Any, starts: Any, by: Any, index: int,
                 found: list[Quote]) -> None:
        read.append(reader.sentences[index].text)
        own(self, reader, starts, by, index, found)

    monkeypatch.setattr(QuoteFinder, "_read_sentence", counting)
    for before in ("Putin arrived.", "Kim spoke to reporters at the station."):
        found = finder(article(f"{before}\n{NAMED}\n{REPEATED}"))
        assert [q.speaker for q in found] == ["Kim Jong-un", "Kim Jong-un"]
    assert read.count(NAMED) == 1
    assert read.count(REPEATED) == 1  # given Kim both times: kept by the speaker it was given
