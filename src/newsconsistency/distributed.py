"""Checking beyond one machine, on a Dask cluster (the optional extra ``newsconsistency[dask]``).

The article paths are cut into partitions, submitted to the cluster as futures a few per
worker at a time, and gathered in input order as they finish, so the report equals the
serial one. The claims are scattered to every worker once, and each worker compiles them
at its first partition and keeps that for the next ones
(:func:`~newsconsistency.engine.compiled`). Workers pack their results as the report spills
them (:class:`~newsconsistency.report.Packed`) and the client files them unopened, as
``--jobs`` does: neither the client nor the cluster holds more than the partitions in
flight, however long the corpus. The paths must be readable by the workers (a shared file
system, or a cluster on this machine).

Dask is imported only inside :func:`check_dask`: the core never needs it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

from newsconsistency.engine import compiled
from newsconsistency.errors import UsageError
from newsconsistency.model import ClaimSet
from newsconsistency.parallel import _in_order, chunked
from newsconsistency.report import Packed, Report

__all__ = ["check_dask"]

#: Articles per partition, at most: small enough to balance, large enough to amortise.
PARTITION_SIZE = 64
#: Partitions in flight per worker: enough to keep each busy while results travel back.
PARTITIONS_PER_WORKER = 4


def _check_partition(paths: Sequence[str], claims: ClaimSet, spill_format: str) -> list[Packed]:
    checker = compiled(claims)  # the worker's copy of the scattered claims: compiled once
    return [Packed.of(*checker.check_one(path), spill_format) for path in paths]


def _client(address: str) -> tuple[Any, Any]:
    """(client, cluster we started or None) for a scheduler address or ``"local"``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise UsageError(
            "--dask needs the optional extra: pip install 'newsconsistency[dask]'"
        ) from exc
    # distributed's constructors carry no annotations: hence the ignores below
    if address == "local":
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            processes=True, threads_per_worker=1, dashboard_address=":0")
        return Client(cluster), cluster  # type: ignore[no-untyped-call]
    return Client(address), None  # type: ignore[no-untyped-call]


def check_dask(
    claims: ClaimSet,
    paths: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
    address: str,
    *,
    partition_size: int = PARTITION_SIZE,
    progress: Callable[[int], None] | None = None,
    spill_format: str = "pickle",
) -> Report:
    """Check the articles at ``paths`` on the Dask cluster at ``address`` (or ``"local"``).

    ``address`` is a scheduler address such as ``tcp://127.0.0.1:8786``; ``"local"`` starts a
    :class:`distributed.LocalCluster` on this machine for the run and stops it afterwards.
    ``progress`` and ``spill_format`` are as for :func:`~newsconsistency.check`.
    """
    report = Report(claims, spill_format=spill_format)
    if isinstance(paths, str | os.PathLike):
        paths = [paths]  # one path, not its characters
    names = [os.fspath(path) for path in paths]
    if not names:
        return report
    client, cluster = _client(address)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        in_flight = workers * PARTITIONS_PER_WORKER
        size = max(1, min(partition_size, -(-len(names) // in_flight)))
        shared = client.scatter(claims, broadcast=True)

        def submit(partition: list[str]) -> Any:  # a partition's results: one future
            return client.submit(_check_partition, partition, shared, spill_format, pure=False)

        done = 0
        for packs in _in_order(submit, chunked(names, size), in_flight):
            for packed in packs:
                report.add_packed(packed)
            done += len(packs)
            if progress is not None:
                progress(done)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return report
