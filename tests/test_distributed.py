"""A Dask cluster gives exactly the serial report."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

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


def test_the_cli_checks_on_a_cluster(scheduler: str, capsys: pytest.CaptureFixture[str]) -> None:
    serial_code = main(["check", str(SUMMIT), "--format", "json"])
    serial = json.loads(capsys.readouterr().out)
    code = main(["check", str(SUMMIT), "--format", "json", "--dask", scheduler])
    assert (code, json.loads(capsys.readouterr().out)) == (serial_code, serial)
