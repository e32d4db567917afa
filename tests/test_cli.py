"""The command line, in process."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest

from newsconsistency.cli import main
from tests.conftest import SEEDS, SUMMIT


def test_conflicts_exit_one_and_print_the_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", str(SUMMIT)])
    out = capsys.readouterr().out
    assert code == 1
    assert "CONFLICT summit-date [000_32615162b5d6f540]" in out
    assert "meeting today" in out


def test_articles_without_conflicts_exit_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SUMMIT), str(SEEDS[3])]) == 0


def test_a_serial_run_freezes_what_start_up_built_and_thaws_it_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsconsistency import engine

    frozen_during = []
    real_check = engine.check

    def check(*args: object, **kwargs: object) -> object:
        frozen_during.append(gc.get_freeze_count())
        return real_check(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "check", check)
    assert gc.get_freeze_count() == 0
    assert main(["check", str(SUMMIT), str(SEEDS[3]), "--quiet"]) == 0
    assert frozen_during[0] > 0  # the claims and modules, out of the collector's walks
    assert gc.get_freeze_count() == 0  # a program calling main() gets its collector back


def test_json_output_is_the_report_schema(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    code = main(["check", str(SUMMIT), *map(str, SEEDS), "--format", "json", "--output", str(out)])
    report = json.loads(out.read_text(encoding="utf-8"))
    assert code == 1
    assert report["schema"] == "newsconsistency-report/1"
    assert report["summary"]["conflict"] == 2
    first = report["verdicts"][0]
    assert set(first) >= {"claim", "source", "status", "found", "message", "evidence"}


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_other_formats_name_every_claim(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(SUMMIT), str(SEEDS[0]), "--format", fmt])
    out = capsys.readouterr().out
    assert "summit-date" in out and "kim-dialogue" in out


def test_a_claim_file_error_exits_two_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("claims:\n  - id: x\n    type: date\n    valeu: 2019\n", encoding="utf-8")
    assert main(["check", str(bad), str(SEEDS[0])]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert f"{bad}:4:5:" in err and "value" in err


def test_a_glob_matching_nothing_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SUMMIT), "no/such/*.txt"]) == 2
    assert "no/such/*.txt" in capsys.readouterr().err


def test_an_output_that_cannot_be_written_is_a_usage_error_found_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A missing directory is found before the check (it may be long), a path that is
    a directory when writing: one line and exit 2, where a traceback and exit 3 were."""
    from newsconsistency import engine

    def no_check(*args: object, **kwargs: object) -> None:
        raise AssertionError("checked before finding out the output cannot be written")

    with monkeypatch.context() as patched:
        patched.setattr(engine, "check", no_check)
        code = main(["check", str(SUMMIT), "--output", str(tmp_path / "no" / "r.json")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "no directory" in err
    code = main(["check", str(SUMMIT), "--output", str(tmp_path)])  # a directory
    err = capsys.readouterr().err
    assert code == 2 and err.startswith(f"newsconsistency: error: --output {tmp_path}: ")
    assert "Traceback" not in err


def test_jobs_and_dask_together_are_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", str(SUMMIT), "--jobs", "2", "--dask", "local"])
    assert code == 2 and "choose one" in capsys.readouterr().err


def test_an_unreadable_article_fails_instead_of_passing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe\x00bad \x81\x82 bytes")
    out = tmp_path / "r.json"
    code = main(["check", str(SUMMIT), str(broken), "--format", "json", "-o", str(out)])
    report = json.loads(out.read_text(encoding="utf-8"))
    assert code == 1
    assert all(v["status"] == "conflict" and v.get("error") for v in report["verdicts"])


def test_python_dash_m_is_the_same_command() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "newsconsistency", "check", str(SUMMIT), str(SEEDS[3]),
         "--format", "json"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["conflict"] == 0


def test_a_bug_in_the_engine_exits_three(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsconsistency import engine

    def broken(self: object, article: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(engine.Checker, "__call__", broken)
    assert main(["check", str(SUMMIT), str(SEEDS[0])]) == 3
    assert "internal error" in capsys.readouterr().err


def test_no_arguments_is_a_usage_error() -> None:
    assert main([]) == 2


class _ClosedPipe:
    """stdout of `newsconsistency check ... | head -1` once head has exited."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def writelines(self, lines: object) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    def fileno(self) -> int:
        return self.fd


def test_a_closed_pipe_ends_quietly_with_the_verdicts_exit_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with (tmp_path / "stdout").open("w") as sink:
        monkeypatch.setattr("sys.stdout", _ClosedPipe(sink.fileno()))
        code = main(["check", str(SUMMIT), "--format", "json"])
    assert code == 1  # the seeds conflict: the exit code still says so
    assert capsys.readouterr().err == ""
