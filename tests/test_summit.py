"""The sample corpus, read by a person, and what the engine must say about it."""

from __future__ import annotations

import pytest

from newsconsistency import Report
from tests.conftest import SEEDS

A, C, S = "agree", "conflict", "silent"
SOURCES = ["000", "001", "002", "003", "004"]

# Read off the five articles by hand (see the README's walk-through):
# 000 is dated Friday 5 June 2020 and calls the meeting "today"; 002 hands Kim's
# "meaningful dialogue" remark to Putin ("... dialogue,” Putin told Kim"); 004 spells the
# island "Russki" and translates Putin's international-law remark in other words.
EXPECTED = {
    "summit-date":      [C, S, A, A, A],
    "venue-city":       [A, A, A, A, A],
    "venue-island":     [A, A, S, S, A],
    "venue-university": [S, A, S, S, A],
    "labourers":        [A, S, S, S, S],
    "food-aid":         [S, S, A, S, S],
    "hanoi-gap":        [A, A, S, A, S],
    "leader-rank":      [S, A, S, S, S],
    "kim-in-power":     [S, A, S, S, S],
    "last-summit":      [S, A, S, S, S],
    "kim-arrival":      [S, A, S, S, S],
    "putin-law":        [A, S, S, S, A],
    "putin-bilateral":  [A, S, S, A, S],
    "kim-useful":       [S, S, A, A, S],
    "kim-dialogue":     [S, S, C, A, S],
}


def test_the_whole_matrix_matches_a_careful_reading(summit_report: Report) -> None:
    actual = {
        claim: [summit_report.matrix()[claim][src.stem] for src in SEEDS]
        for claim in EXPECTED
    }
    assert actual == EXPECTED


def test_every_claim_source_pair_has_exactly_one_verdict(summit_report: Report) -> None:
    pairs = [(v.claim, v.source) for v in summit_report]
    assert len(pairs) == len(set(pairs)) == len(EXPECTED) * len(SEEDS)


def test_the_stale_dateline_conflict_points_at_the_today_sentence(summit_report: Report) -> None:
    verdict = summit_report.verdict("summit-date", SEEDS[0].stem)
    evidence = verdict.evidence[0]
    assert evidence.line == 11
    assert "first-ever meeting today" in evidence.text
    text = SEEDS[0].read_text(encoding="utf-8")
    assert text[evidence.start : evidence.end] == evidence.text


def test_the_misattributed_quote_names_who_it_was_given_to(summit_report: Report) -> None:
    verdict = summit_report.verdict("kim-dialogue", SEEDS[2].stem)
    assert "attributed to Putin" in verdict.message
    assert verdict.evidence[0].line == 15


def test_the_labourers_agree_with_the_hedged_figure_as_evidence(summit_report: Report) -> None:
    verdict = summit_report.verdict("labourers", SEEDS[0].stem)
    assert "about 10,000" in (verdict.found or "")
    assert verdict.evidence[0].line == 41


@pytest.mark.parametrize("claim", ["putin-law", "venue-island"])
def test_the_translated_article_agrees_in_other_words(summit_report: Report, claim: str) -> None:
    assert summit_report.verdict(claim, SEEDS[4].stem).status == "agree"


def test_no_evidence_comes_from_page_furniture(summit_report: Report) -> None:
    furniture = ("READ ALSO", "ad_1", "Leave a Reply", "Advertise", "31 C")
    for verdict in summit_report:
        for evidence in verdict.evidence:
            assert not any(f in evidence.text for f in furniture), evidence.text
