"""The pytest plugin, driven only through pytester, with and without xdist."""

from __future__ import annotations

import json
import shutil
from typing import Any

import pytest

from tests.conftest import SEEDS, SUMMIT
from tests.test_summit import EXPECTED

AGREE = sum(row.count("agree") for row in EXPECTED.values())
CONFLICT = sum(row.count("conflict") for row in EXPECTED.values())
SILENT = sum(row.count("silent") for row in EXPECTED.values())


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    (pytester.path / "claims").mkdir()
    shutil.copy(SUMMIT, pytester.path / "claims" / "summit.yaml")
    articles = pytester.path / "articles" / "summit"
    articles.mkdir(parents=True)
    for seed in SEEDS:
        shutil.copy(seed, articles / seed.name)
    return pytester


def test_agreements_pass_conflicts_fail_and_silence_skips(project: pytest.Pytester) -> None:
    result = project.runpytest("--claims", "claims/summit.yaml")
    result.assert_outcomes(passed=AGREE, failed=CONFLICT, skipped=SILENT)


def test_items_are_named_by_claim_file_claim_and_source(project: pytest.Pytester) -> None:
    result = project.runpytest("--claims", "claims/summit.yaml", "--collect-only", "-q")
    result.stdout.fnmatch_lines(["claims/summit.yaml::labourers[[]000_32615162b5d6f540[]]"])


def test_items_come_article_by_article(project: pytest.Pytester) -> None:
    """pytest-xdist gives a worker runs of consecutive items, and a worker checks each
    article it has an item of: in claim order, every worker checked every article."""
    result = project.runpytest("--claims", "claims/summit.yaml", "--collect-only", "-q")
    ids = [line for line in result.stdout.lines if line.startswith("claims/summit.yaml::")]
    sources = [i.rsplit("[", 1)[1].rstrip("]") for i in ids]
    claims = [i.split("::", 1)[1].rsplit("[", 1)[0] for i in ids]
    assert len(ids) == len(EXPECTED) * len(SEEDS)
    assert list(dict.fromkeys(sources)) == [s.stem for s in SEEDS]
    assert sources == [s.stem for s in SEEDS for _ in EXPECTED]  # each article's in one run
    assert claims == [*EXPECTED] * len(SEEDS)  # in the claim file's order


def test_a_conflict_shows_its_sentence_and_the_claims_line(project: pytest.Pytester) -> None:
    result = project.runpytest("--claims", "claims/summit.yaml", "-k", "kim-dialogue")
    result.stdout.fnmatch_lines([
        "*summit.yaml:*: kim-dialogue conflict in 002_99731a204969e2e1*",
        "*attributed to Putin*",
        "*002_99731a204969e2e1.txt:15: “As the world is focused*",
    ])


def test_the_session_ends_with_a_claims_by_sources_matrix(project: pytest.Pytester) -> None:
    result = project.runpytest("--claims", "claims/summit.yaml")
    result.stdout.fnmatch_lines(["*claims × sources: summit.yaml*", "summit-date *✗*✓*"])


def test_xdist_gives_the_same_outcomes_and_report(project: pytest.Pytester) -> None:
    serial = project.runpytest("--claims", "claims/summit.yaml", "--claims-report", "a.json")
    parallel = project.runpytest_subprocess(
        "--claims", "claims/summit.yaml", "--claims-report", "b.json", "-n", "2"
    )
    parallel.assert_outcomes(passed=AGREE, failed=CONFLICT, skipped=SILENT)
    serial.assert_outcomes(passed=AGREE, failed=CONFLICT, skipped=SILENT)
    a = json.loads((project.path / "a.json").read_text(encoding="utf-8"))
    b = json.loads((project.path / "b.json").read_text(encoding="utf-8"))
    assert a["verdicts"] == b["verdicts"]
    assert a["summary"] == {"agree": AGREE, "conflict": CONFLICT, "silent": SILENT}


@pytest.mark.parametrize("workers", [[], ["-n", "2"]])
def test_junit_xml_carries_each_verdict_as_json(
    project: pytest.Pytester, workers: list[str]
) -> None:
    """A CI server reads JUnit XML: each test's property is its verdict as JSON (it was
    Python's repr of a dict)."""
    import xml.etree.ElementTree as ET

    run = project.runpytest_subprocess if workers else project.runpytest
    run("--claims", "claims/summit.yaml", "--junitxml", "out.xml", *workers)
    cases = list(ET.parse(project.path / "out.xml").getroot().iter("testcase"))
    assert len(cases) == len(EXPECTED) * len(SEEDS)
    statuses = []
    for case in cases:
        (prop,) = case.iter("property")
        value = json.loads(prop.attrib["value"])
        assert f"{value['verdict']['claim']}[{value['source']['id']}]" == case.attrib["name"]
        statuses.append(value["verdict"]["status"])
    assert statuses.count("conflict") == CONFLICT and statuses.count("agree") == AGREE


def test_the_report_follows_the_json_schema(project: pytest.Pytester) -> None:
    project.runpytest("--claims", "claims/summit.yaml", "--claims-report", "out/r.json")
    report = json.loads((project.path / "out" / "r.json").read_text(encoding="utf-8"))
    assert report["schema"] == "newsconsistency-report/1"
    assert {s["id"] for s in report["sources"]} == {p.stem for p in SEEDS}
    assert len(report["verdicts"]) == len(EXPECTED) * len(SEEDS)


def test_claims_files_in_the_ini_work_like_the_option(project: pytest.Pytester) -> None:
    project.makeini("[pytest]\nclaims_files = claims/summit.yaml\n")
    result = project.runpytest("claims/summit.yaml")
    result.assert_outcomes(passed=AGREE, failed=CONFLICT, skipped=SILENT)


def test_a_claim_file_named_twice_is_checked_once(project: pytest.Pytester) -> None:
    """Given twice (or on the command line and in the ini file), a claim file printed its
    matrix twice and its report took the name meant for several claim files."""
    project.makeini("[pytest]\nclaims_files = claims/summit.yaml\n")
    result = project.runpytest("--claims", "claims/summit.yaml", "--claims",
                               "claims/../claims/summit.yaml", "--claims-report", "r.json")
    result.assert_outcomes(passed=AGREE, failed=CONFLICT, skipped=SILENT)
    assert result.stdout.str().count("claims × sources: summit.yaml") == 1
    assert (project.path / "r.json").exists()


def test_articles_option_narrows_the_sources(project: pytest.Pytester) -> None:
    result = project.runpytest(
        "--claims", "claims/summit.yaml", "--articles", "articles/summit/002_*.txt"
    )
    row = [EXPECTED[c][2] for c in EXPECTED]
    result.assert_outcomes(passed=row.count("agree"), failed=row.count("conflict"),
                           skipped=row.count("silent"))


def test_on_silent_and_severity_change_what_a_verdict_does(project: pytest.Pytester) -> None:
    (project.path / "one.yaml").write_text(
        "articles: [articles/summit/002_*.txt]\n"
        "entities:\n  Kim Jong-un: [Kim, he]\n  Vladimir Putin: [Putin]\n"
        "claims:\n"
        "  - id: labourers\n    type: quantity\n    value: 10000\n    about: [labourers]\n"
        "    on_silent: fail\n"
        "  - id: kim-dialogue\n    type: quote\n    speaker: Kim Jong-un\n    severity: warning\n"
        "    text: I think we will hold a very meaningful dialogue\n",
        encoding="utf-8",
    )
    result = project.runpytest("--claims", "one.yaml")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*ClaimConflictWarning*"])


def test_a_broken_claim_file_is_one_line_not_a_traceback(project: pytest.Pytester) -> None:
    (project.path / "bad.yaml").write_text(
        "claims:\n  - id: x\n    type: quantty\n    value: 3\n", encoding="utf-8"
    )
    result = project.runpytest("--claims", "bad.yaml")
    result.stdout.fnmatch_lines(["*bad.yaml:3:*unknown*quantty*did you mean*quantity*"])
    assert "Traceback" not in result.stdout.str()


def test_the_claim_file_is_resolved_per_file_not_per_item(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Resolving a path is a few lstat calls; the controller of a distributed run did it
    for every item's report, and every item again to find its claim file's verdicts."""
    import pathlib

    original = pathlib.Path.resolve
    counts: list[int] = []

    def counted(self: pathlib.Path, strict: bool = False) -> pathlib.Path:
        if self.name == "summit.yaml":
            counts[-1] += 1
        return original(self, strict)

    monkeypatch.setattr(pathlib.Path, "resolve", counted)
    for articles in ("articles/summit/000_*.txt", "articles/summit/*.txt"):  # 15 and 75 items
        counts.append(0)
        result = project.runpytest("--claims", "claims/summit.yaml", "--articles", articles)
        assert result.ret == pytest.ExitCode.TESTS_FAILED  # the five copies hold conflicts
    assert counts[0] > 0 and counts[0] == counts[1]


def test_the_failure_summary_reads_the_reports_once(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pytest's summary looked up each failed (and, with -rA, passed) test's teardown
    output by scanning every report of the session: quadratic in a corpus's conflicts."""
    from _pytest.terminal import TerminalReporter

    original = TerminalReporter.getreports
    scans: list[str] = []

    def counted(self: TerminalReporter, name: str) -> Any:
        if name == "":
            scans.append(name)
        return original(self, name)

    monkeypatch.setattr(TerminalReporter, "getreports", counted)
    result = project.runpytest("--claims", "claims/summit.yaml", "-rA")
    result.assert_outcomes(passed=AGREE, failed=CONFLICT, skipped=SILENT)
    result.stdout.fnmatch_lines(["*_ summit-date[[]000_*] _*", "*_ kim-dialogue[[]002_*] _*"])
    assert len(scans) == 1  # one pass builds the index; before, one per test summarised
