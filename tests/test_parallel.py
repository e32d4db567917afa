"""Several processes on one machine give exactly the serial report."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

import pytest

from newsconsistency import check, load_article, load_claims
from newsconsistency.cli import main
from tests.conftest import SEEDS, SUMMIT


def _nudge_numbers(text: str, rng: random.Random) -> str:
    return re.sub(r"\d+", lambda m: str(int(m.group()) + rng.choice((0, 0, 1, 5))), text)


def write_synthetic(directory: Path, count: int) -> list[Path]:
    """``count`` articles recombined from the seeds' paragraphs, some figures changed."""
    paragraphs = [
        line.strip()
        for seed in SEEDS
        for line in seed.read_text(encoding="utf-8").splitlines()
        if len(line.strip()) > 80
    ]
    paths = []
    for index in range(count):
        rng = random.Random(index)
        body = [_nudge_numbers(p, rng) for p in rng.sample(paragraphs, 10)]
        path = directory / f"syn_{index:03d}.txt"
        path.write_text("Thursday 25 April 2019\n\n" + "\n\n".join(body), encoding="utf-8")
        paths.append(path)
    return paths


def test_two_jobs_give_the_serial_report_on_the_seeds() -> None:
    claims = load_claims(SUMMIT)
    assert check(claims, SEEDS, jobs=2).to_json() == check(claims, SEEDS, jobs=1).to_json()


def test_two_jobs_give_the_serial_report_on_fifty_synthetic_articles(tmp_path: Path) -> None:
    claims = load_claims(SUMMIT)
    paths = write_synthetic(tmp_path, 50)
    serial = check(claims, paths, jobs=1)
    assert check(claims, paths, jobs=2).to_json() == serial.to_json()
    assert serial.summary["conflict"] > 0  # the corpus exercises conflicts, not only agreement


@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_workers_started_without_fork_give_the_serial_report(
    method: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """macOS and Windows spawn their workers, and Python 3.14 starts them from a fork
    server on Linux: nothing is inherited, the claim set is sent to each worker."""
    import multiprocessing

    claims = load_claims(SUMMIT)
    paths = [*SEEDS, *write_synthetic(tmp_path, 10)]
    serial = check(claims, paths).to_json()
    started: list[str] = []
    get_context = multiprocessing.get_context

    def context(method_asked: str | None = None) -> multiprocessing.context.BaseContext:
        started.append(method)
        return get_context(method)

    monkeypatch.setattr(multiprocessing, "get_context", context)  # as parallel.py asks
    assert check(load_claims(SUMMIT), paths, jobs=2).to_json() == serial
    assert started == [method]


def test_article_objects_are_checked_in_parallel_like_paths() -> None:
    claims = load_claims(SUMMIT)
    articles = [load_article(seed) for seed in SEEDS]
    assert check(claims, articles, jobs=2).verdicts == check(claims, SEEDS).verdicts


def test_an_unreadable_source_fails_in_parallel_as_it_does_serially(tmp_path: Path) -> None:
    claims = load_claims(SUMMIT)
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"caf\xe9 on Thursday")
    paths = [SEEDS[0], broken, tmp_path / "missing.txt", SEEDS[1]]
    parallel = check(claims, paths, jobs=2)
    assert parallel.to_json() == check(claims, paths).to_json()
    assert parallel.verdict("summit-date", "broken").status == "conflict"


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_the_cli_prints_the_same_report_with_two_jobs(
    fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    one = main(["check", str(SUMMIT), "--format", fmt, "--jobs", "1"])
    serial = capsys.readouterr().out
    two = main(["check", str(SUMMIT), "--format", fmt, "--jobs", "2"])
    assert (two, capsys.readouterr().out) == (one, serial)
    if fmt == "json":
        assert json.loads(serial)["summary"]["agree"] > 0


def test_chunks_are_small_enough_to_share_a_short_list() -> None:
    from newsconsistency.parallel import _chunk_size

    assert _chunk_size(SEEDS, 2) == 1  # five seeds: one at a time
    assert _chunk_size([SEEDS[0]] * 2000, 2) == 64
    assert _chunk_size(iter(SEEDS), 2) == 64  # a stream of unknown length


def test_a_long_json_report_is_the_same_with_two_jobs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """400 articles: past the verdicts a report holds, so both runs spill as JSON lines."""
    paths = [str(p) for p in write_synthetic(tmp_path, 400)]
    one = main(["check", str(SUMMIT), *paths, "--format", "json", "--jobs", "1"])
    serial = capsys.readouterr().out
    two = main(["check", str(SUMMIT), *paths, "--format", "json", "--jobs", "2"])
    assert (two, capsys.readouterr().out) == (one, serial)
    assert len(json.loads(serial)["verdicts"]) == 400 * 15


@pytest.mark.skipif(
    __import__("multiprocessing").get_start_method() != "fork", reason="forked workers only"
)
def test_a_check_in_another_thread_cannot_hand_its_claims_to_our_workers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Forked workers took their checker from a module global, set just before the fork: a
    parallel check starting in another thread in between (here, as the pool is built)
    would have had our articles checked against its claims."""
    from concurrent.futures import ProcessPoolExecutor

    from newsconsistency import parallel
    from newsconsistency.engine import Checker

    theirs = Checker(load_claims(Path(__file__).parent / "data/events/quake/claims.yaml"))

    class Meanwhile(ProcessPoolExecutor):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            parallel._CHECKER = theirs  # what another thread's check did to the global
            super().__init__(*args, **kwargs)

    claims = load_claims(SUMMIT)
    serial = check(claims, SEEDS).to_json()
    monkeypatch.setattr(parallel, "_CHECKER", None)  # put back after the test
    monkeypatch.setattr(parallel, "ProcessPoolExecutor", Meanwhile)
    assert check(load_claims(SUMMIT), SEEDS, jobs=2).to_json() == serial


def test_no_more_workers_than_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    """jobs=32 for two articles forked 32 processes, 30 of them for nothing."""
    from concurrent.futures import ProcessPoolExecutor

    from newsconsistency import parallel

    started: list[int] = []

    class Counted(ProcessPoolExecutor):
        def __init__(self, max_workers: int, *args: Any, **kwargs: Any) -> None:
            started.append(max_workers)
            super().__init__(max_workers, *args, **kwargs)

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", Counted)
    claims = load_claims(SUMMIT)
    assert check(claims, SEEDS[:2], jobs=32).to_json() == check(claims, SEEDS[:2]).to_json()
    assert started == [2]


def test_the_parent_lets_go_of_its_warm_checker() -> None:
    from newsconsistency import parallel

    claims = load_claims(SUMMIT)
    check(claims, SEEDS, jobs=2)
    assert parallel._CHECKER is None  # the module holds no claim file between runs
    assert claims.compiled.checker is not None  # the claims keep theirs, for the next run


@pytest.mark.skipif(
    __import__("multiprocessing").get_start_method() != "fork", reason="forked workers only"
)
def test_the_parent_freezes_its_objects_for_the_fork_and_thaws_them() -> None:
    import gc

    from newsconsistency import parallel

    counts = []
    original = parallel._in_order

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        counts.append(gc.get_freeze_count())  # while the workers are forked
        yield from original(*args, **kwargs)

    parallel._in_order = watched
    try:
        check(load_claims(SUMMIT), SEEDS * 4, jobs=2)
    finally:
        parallel._in_order = original
    assert counts and counts[0] > 0
    assert gc.get_freeze_count() == 0


def test_objects_the_program_froze_stay_frozen() -> None:
    import gc

    program_own: list[list[int]] = [[]]  # a container of the program's, frozen by it
    gc.freeze()
    try:
        check(load_claims(SUMMIT), SEEDS * 4, jobs=2)
        # frozen objects are out of the collector's generations (the count alone may fall:
        # frozen objects that are freed leave it)
        assert not any(o is program_own for o in gc.get_objects())
    finally:
        gc.unfreeze()
    assert any(o is program_own for o in gc.get_objects())
