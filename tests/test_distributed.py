"""A Dask cluster gives exactly the serial report."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsconsistency import check, load_claims
from newsconsistency.cli import main
from tests.conftest import SEEDS, SUMMIT
from tests.test_parallel import write_synthetic

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
    ) as cluster:
        yield cluster.scheduler_address


def test_a_cluster_gives_the_serial_verdicts(scheduler: str, tmp_path: Path) -> None:
    from newsconsistency.distributed import check_dask

    claims = load_claims(SUMMIT)
    paths = [*SEEDS, *write_synthetic(tmp_path, 30), tmp_path / "missing.txt"]
    report = check_dask(claims, paths, scheduler, partition_size=4)
    serial = check(claims, paths)
    assert report.verdicts == serial.verdicts
    assert report.sources == serial.sources
    one = check_dask(claims, str(SEEDS[0]), scheduler)  # a path alone, not its characters
    assert one.verdicts == check(claims, [SEEDS[0]]).verdicts


def test_results_stream_back_a_few_partitions_at_a_time(
    scheduler: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cluster holds no more than the partitions in flight, and the client files each
    packed as it arrives: gathering every result at once grew the client by ~17 MiB per
    1,000 articles."""
    from newsconsistency import distributed as on_dask
    from newsconsistency.report import Report

    claims = load_claims(SUMMIT)
    paths = [*SEEDS, *write_synthetic(tmp_path, 36)]  # 41 articles, 21 partitions of 2
    submit = distributed.Client.submit
    outstanding: list[int] = []  # partitions submitted and not yet filed, at each submit
    progress: list[int] = []

    def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
        outstanding.append(len(outstanding) + 1 - len(progress))
        return submit(self, *args, **kwargs)

    def unpacked(self: Report, *args: Any) -> None:
        raise AssertionError("a result was unpacked in the client")

    monkeypatch.setattr(distributed.Client, "submit", counted)
    monkeypatch.setattr(Report, "add", unpacked)
    report = on_dask.check_dask(claims, paths, scheduler, partition_size=2,
                                progress=progress.append)
    monkeypatch.undo()
    assert report.verdicts == check(claims, paths).verdicts
    # two workers, so eight in flight; the next goes out before the one back is filed
    assert len(outstanding) == 21 and max(outstanding) == 2 * on_dask.PARTITIONS_PER_WORKER + 1
    assert progress == sorted(progress) and progress[-1] == len(paths)


def test_the_cli_checks_on_a_cluster(scheduler: str, capsys: pytest.CaptureFixture[str]) -> None:
    serial_code = main(["check", str(SUMMIT), "--format", "json"])
    serial = json.loads(capsys.readouterr().out)
    code = main(["check", str(SUMMIT), "--format", "json", "--dask", scheduler])
    assert (code, json.loads(capsys.readouterr().out)) == (serial_code, serial)


def test_the_cli_shows_progress_on_a_cluster_too(
    scheduler: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import shutil
    import sys

    from tests.test_progress import Terminal

    for index in range(101):  # just over the count at which the CLI shows progress
        shutil.copy(SEEDS[index % len(SEEDS)], tmp_path / f"a{index:03d}.txt")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    main(["check", str(SUMMIT), str(tmp_path), "--format", "json", "--dask", scheduler])
    assert len(json.loads(capsys.readouterr().out)["sources"]) == 101
    assert "101/101" in terminal.getvalue()
