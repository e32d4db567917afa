"""Progress goes to stderr, only on a terminal, and never into the report."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from newsconsistency.cli import main
from newsconsistency.progress import ProgressBar
from tests.conftest import SEEDS, SUMMIT


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(scope="module")
def many_articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """101 articles: just over the count at which the CLI shows progress."""
    directory = tmp_path_factory.mktemp("many")
    for index in range(101):
        shutil.copy(SEEDS[index % len(SEEDS)], directory / f"a{index:03d}.txt")
    return directory


def test_quiet_prints_nothing_on_stderr_even_on_a_terminal(
    many_articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    main(["check", str(SUMMIT), str(many_articles), "--format", "json", "--quiet",
          "--output", str(many_articles.parent / "quiet.json")])
    assert terminal.getvalue() == ""


def test_nothing_is_printed_on_stderr_when_it_is_not_a_terminal(
    many_articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", str(SUMMIT), str(many_articles), "--format", "json"])
    assert capsys.readouterr().err == ""


def test_a_terminal_shows_progress_on_stderr_and_the_json_stays_clean(
    many_articles: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    main(["check", str(SUMMIT), str(many_articles), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert len(report["sources"]) == 101
    assert "101/101" in terminal.getvalue()


def test_the_bar_writes_to_the_stream_it_is_given(capsys: pytest.CaptureFixture[str]) -> None:
    stream = io.StringIO()
    with ProgressBar(250, stream) as bar:
        bar.update(100)
        bar.update(250)
    assert "250/250" in stream.getvalue()
    assert capsys.readouterr() == ("", "")


def test_the_plain_counter_rewrites_one_line_of_the_stream_it_is_given() -> None:
    stream = io.StringIO()
    bar = ProgressBar(250, stream, plain=True)
    bar.update(100)
    bar.close()
    bar.close()
    text = stream.getvalue()
    assert text.startswith("\rchecking  100/250 articles  40%")
    assert text.endswith("\n") and text.count("\n") == 1


def test_without_rich_the_plain_counter_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("rich", "rich.console", "rich.progress"):
        monkeypatch.setitem(sys.modules, name, None)
    stream = io.StringIO()
    bar = ProgressBar(3, stream)
    bar.update(3)
    bar.close()
    assert "\rchecking  3/3 articles  100%" in stream.getvalue()
