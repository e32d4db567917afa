"""The report: one verdict per pair, counted as they arrive, the same when spilled to disk."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsconsistency import Evidence, Verdict, check, load_claims
from newsconsistency.engine import Checker
from newsconsistency.report import Packed, Report, json_line, verdict_lines
from tests.conftest import SEEDS, SUMMIT

# any text, control characters, quote marks, backslashes and lone surrogates included
_text = st.text(st.characters(codec=None), max_size=40)
_evidence = st.builds(Evidence, _text, st.integers(), st.integers(), st.integers(), _text)
_verdicts = st.builds(
    Verdict, _text, _text, st.sampled_from(["agree", "conflict", "silent"]), _text,
    st.none() | _text, st.lists(_evidence, max_size=3).map(tuple),
    st.sampled_from(["error", "warning"]), st.none() | _text,
)


@given(st.lists(_verdicts, max_size=4))
def test_verdict_lines_are_the_json_of_each_verdict(verdicts: list[Verdict]) -> None:
    assert list(verdict_lines(verdicts)) == [json_line(v.to_json()) for v in verdicts]


def test_a_report_spilled_to_disk_reads_back_the_same_verdicts() -> None:
    claims = load_claims(SUMMIT)
    checker = Checker(claims)
    in_memory, spilled = Report(claims), Report(claims, keep=20)
    for seed in SEEDS:
        info, verdicts = checker.check_one(seed)
        in_memory.add(info, verdicts)
        spilled.add(info, verdicts)
    assert spilled.verdicts == in_memory.verdicts
    assert spilled.sources == in_memory.sources
    assert [s.id for s in spilled.iter_sources()] == [p.stem for p in SEEDS]
    assert spilled.summary == in_memory.summary
    assert spilled.failed is in_memory.failed is True
    assert json.loads(spilled.render("json")) == json.loads(in_memory.render("json"))


def test_the_summary_counts_every_pair_once() -> None:
    report = check(load_claims(SUMMIT), SEEDS)
    assert sum(report.summary.values()) == len(report) == len(report.claims) * len(SEEDS)


def test_the_json_report_is_streamed_one_item_per_line() -> None:
    report = check(load_claims(SUMMIT), SEEDS)
    out = io.StringIO()
    report.write(out, "json")
    text = out.getvalue()
    assert text == report.render("json")
    assert json.loads(text) == report.to_json()
    lines = text.splitlines()
    verdict_lines = [line for line in lines if line.startswith('    {"claim": ')]
    assert len(verdict_lines) == len(report)
    assert [json.loads(line.rstrip(",")) for line in verdict_lines] == [
        v.to_json() for v in report
    ]


def test_an_empty_report_is_valid_json() -> None:
    report = check(load_claims(SUMMIT), [])
    assert json.loads(report.render("json"))["verdicts"] == []


def test_a_sentence_with_two_findings_is_shown_once() -> None:
    """001 names the island twice in line 27 ("university campus", "campus on Russky
    island"): both findings stay evidence, the sentence is printed once."""
    report = check(load_claims(SUMMIT), [s for s in SEEDS if s.name.startswith("001")])
    verdict = next(v for v in report if v.claim == "venue-island")
    assert [e.line for e in verdict.evidence] == [7, 27, 27]
    assert [e.line for e in verdict.sentences()] == [7, 27]
    assert {e.found for e in verdict.evidence} >= {"university campus", "campus on Russky island"}


def test_packed_results_file_into_the_same_report() -> None:
    """Workers pack their results; the parent files them as they came once it spills."""
    claims = load_claims(SUMMIT)
    checker = Checker(claims)
    direct, packed = Report(claims, keep=20), Report(claims, keep=20)
    for seed in SEEDS:
        info, verdicts = checker.check_one(seed)
        direct.add(info, verdicts)
        packed.add_packed(Packed.of(info, verdicts))
        assert Packed.of(info, verdicts).unpack() == (info, verdicts)
    assert packed.verdicts == direct.verdicts
    assert packed.sources == direct.sources
    assert packed.summary == direct.summary and packed.failed is direct.failed is True
    assert packed.render("json") == direct.render("json")


def test_packed_results_are_filed_unopened_however_few(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The parent of a parallel run files what its workers packed without unpacking it,
    even while the report holds fewer verdicts than it keeps in memory."""
    claims = load_claims(SUMMIT)
    checker = Checker(claims)
    packs = [Packed.of(*checker.check_one(seed)) for seed in SEEDS]
    report = Report(claims)

    def unpack(self: Packed) -> None:
        raise AssertionError("a packed result was unpacked")

    monkeypatch.setattr(Packed, "unpack", unpack)
    for packed in packs:
        report.add_packed(packed)
    monkeypatch.undo()
    direct = Report(claims)
    for seed in SEEDS:
        direct.add(*checker.check_one(seed))
    assert report.verdicts == direct.verdicts and report.sources == direct.sources
    assert report.summary == direct.summary and report.failed is direct.failed


@pytest.mark.parametrize("format", ["text", "markdown"])
def test_a_report_shown_as_text_reads_its_verdicts_once(
    format: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The text and Markdown reports show the matrix and the conflicts; a long run's
    verdicts are unpickled from disk for each read of them, so both come from one."""
    report = check(load_claims(SUMMIT), SEEDS)
    matrix, conflicts = report.matrix(), [v for v in report if v.status == "conflict"]
    assert report.matrix_and_conflicts() == (matrix, conflicts) and len(conflicts) == 2
    expected = report.render(format)
    reads = []
    read = Report.__iter__

    def counted(self: Report) -> Iterator[Verdict]:
        reads.append(self)
        return read(self)

    monkeypatch.setattr(Report, "__iter__", counted)
    assert report.render(format) == expected
    assert len(reads) == 1


def test_the_text_report_is_streamed_conflict_by_conflict() -> None:
    """A long run's text report is written as it is read: never held as one string."""
    report = check(load_claims(SUMMIT), SEEDS)
    parts = list(report.render_parts("text"))
    assert len(parts) == 2 + report.summary["conflict"]  # the head, each conflict, the matrix
    assert parts[1].startswith("CONFLICT summit-date [000_") and parts[1].endswith("\n\n")
    assert "".join(parts) == report.render("text")


def test_a_conflict_cites_its_own_file_when_two_files_share_a_name(tmp_path: Path) -> None:
    """Two files of one name are two sources of one id: each conflict still cites the
    file it was found in (the text report looked the path up by id, and cited the last)."""
    copy = tmp_path / SEEDS[2].name
    copy.write_text(SEEDS[0].read_text(encoding="utf-8"), encoding="utf-8")  # 000's conflict
    for articles in ([*SEEDS, copy], [SEEDS[2], copy]):  # apart, and one after the other
        text = check(load_claims(SUMMIT), articles).render("text")
        assert f"\n  {SEEDS[2]}:15: “As the world is focused" in text  # 002's quote conflict
        assert f"\n  {copy}:11: Vladivostok: Kim Jong-un" in text  # 000's date, in the copy
        assert f"{copy}:15:" not in text and f"{SEEDS[2]}:11:" not in text


@pytest.mark.parametrize("spill_format", ["pickle", "json"])
def test_readings_of_a_spilled_report_do_not_move_each_other(spill_format: str) -> None:
    """Every reading of a long run's verdicts shared one file position: a loop over them
    that looked one up stopped short without a word (6,000 of 9,000 verdicts), and a
    verdict added during a loop was written where the loop had got to."""
    claims = load_claims(SUMMIT)
    checker = Checker(claims)
    results = [checker.check_one(seed) for seed in SEEDS]
    report = Report(claims, keep=20, spill_format=spill_format)  # spills from the 2nd seed
    for info, verdicts in results[:4]:
        report.add(info, verdicts)
    before = list(report)
    seen = []
    for n, v in enumerate(report):
        seen.append(v)
        if n == 30:  # in the spilled part
            assert report.verdict(v.claim, v.source) == v  # a reading inside a reading
            pairs = list(zip(report, report, strict=True))  # two side by side
            assert [a for a, _ in pairs] == before and all(a == b for a, b in pairs)
            report.add(*results[4])  # an article added meanwhile
    assert seen == before  # a reading sees what the report held when it began
    assert list(report) == before + results[4][1]
    assert [s.id for s in report.sources] == [seed.stem for seed in SEEDS]


def test_a_report_spilled_as_json_lines_reads_back_the_same() -> None:
    claims = load_claims(SUMMIT)
    checker = Checker(claims)
    pickled, lines = Report(claims, keep=20), Report(claims, keep=20, spill_format="json")
    packed = Report(claims, keep=20, spill_format="json")
    for seed in SEEDS:
        info, verdicts = checker.check_one(seed)
        pickled.add(info, verdicts)
        lines.add(info, verdicts)
        packed.add_packed(Packed.of(info, verdicts, "json"))
        assert Packed.of(info, verdicts, "json").unpack() == (info, verdicts)
    for report in (lines, packed):
        assert report.verdicts == pickled.verdicts
        assert report.sources == pickled.sources
        assert report.render("json") == pickled.render("json")
        assert report.render("text") == pickled.render("text")
    with pytest.raises(ValueError, match="packed as pickle"):
        lines.add_packed(Packed.of(*checker.check_one(SEEDS[0])))


@pytest.mark.parametrize("spill_format", ["pickle", "json"])
def test_a_spilled_report_can_be_read_and_then_added_to(spill_format: str) -> None:
    claims = load_claims(SUMMIT)
    checker = Checker(claims)
    report, reference = Report(claims, keep=10, spill_format=spill_format), Report(claims)
    for number, seed in enumerate(SEEDS):
        info, verdicts = checker.check_one(seed)
        report.add(info, verdicts)
        reference.add(info, verdicts)
        if number == 2:  # read half-way: the spill files must take more afterwards
            assert list(report) == list(reference)
    assert list(report) == list(reference)
    assert report.sources == reference.sources


def test_evidence_cited_by_many_verdicts_is_spilled_and_read_back_once() -> None:
    import io

    from newsconsistency.model import Evidence, Verdict
    from newsconsistency.report import _Pickles

    shared = Evidence("The summit opened in Vladivostok on Thursday.", 40, 86, 3, "Vladivostok")
    verdicts = [Verdict(f"claim-{i}", "a", "conflict", "m", "Vladivostok", (shared,))
                for i in range(10)]
    back = list(_Pickles.read_verdicts(io.BytesIO(_Pickles.verdicts(verdicts))))
    assert back == verdicts
    first = back[0].evidence[0]
    assert all(v.evidence[0] is first for v in back)  # one object, as the article had it
