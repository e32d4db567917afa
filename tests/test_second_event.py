"""A second, unrelated event (written for these tests): nothing in the engine is the summit's."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsconsistency import Report, check, load_claims

HERE = Path(__file__).parent / "data" / "events" / "quake"
A, C, S = "agree", "conflict", "silent"

# agrees.txt: a plain-text report with a dateline, a READ ALSO teaser and the 1934 quake as
# a distractor; edits.txt: front matter and one changed fact per claim; page.html: a web page
# with navigation, an aside and a script around the article.
EXPECTED = {
    "quake-date":     {"agrees": A, "edits": C, "page": A},
    "epicentre":      {"agrees": A, "edits": C, "page": A},
    "deaths":         {"agrees": A, "edits": C, "page": A},
    "magnitude":      {"agrees": A, "edits": C, "page": A},
    "aid":            {"agrees": A, "edits": C, "page": A},
    "worst-since":    {"agrees": A, "edits": S, "page": S},
    "rescue-days":    {"agrees": A, "edits": C, "page": S},
    "koirala-rescue": {"agrees": A, "edits": C, "page": A},
}


@pytest.fixture(scope="module")
def report() -> Report:
    claims = load_claims(HERE / "claims.yaml")
    return check(claims, sorted((HERE / "articles").iterdir()))


def test_the_second_event_matrix_matches_a_careful_reading(report: Report) -> None:
    assert report.matrix() == EXPECTED


def test_the_html_page_reports_extracted_offsets_and_its_metadata_date(report: Report) -> None:
    page = next(s for s in report.sources if s.id == "page")
    assert page.offsets == "extracted"
    assert str(page.published) == "2015-04-27"


def test_the_front_matter_date_resolves_on_friday(report: Report) -> None:
    verdict = report.verdict("quake-date", "edits")
    assert "Friday" in verdict.evidence[0].found


def test_another_years_quake_does_not_count_toward_the_toll(report: Report) -> None:
    verdict = report.verdict("deaths", "agrees")
    assert all("1934" not in e.text for e in verdict.evidence)
    assert "7,500" in (verdict.found or "")
