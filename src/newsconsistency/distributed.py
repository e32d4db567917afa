"""Checking beyond one machine, on a Dask cluster (the optional extra ``newsconsistency[dask]``).

The article paths become a partitioned :mod:`dask.bag`; the claims are scattered to every
worker once, and each worker compiles them at its first partition and keeps that for the
next ones (:func:`~newsconsistency.engine.compiled`); results are gathered in input order,
so the report equals the serial one. The paths must be readable by the workers (a shared
file system, or a cluster on this machine).

Dask is imported only inside :func:`check_dask`: the core never needs it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from newsconsistency.engine import compiled
from newsconsistency.errors import UsageError
from newsconsistency.model import ClaimSet, Verdict
from newsconsistency.report import Report, SourceInfo

__all__ = ["check_dask"]

#: Articles per partition, at most: small enough to balance, large enough to amortise.
PARTITION_SIZE = 64


def _check_partition(paths: Sequence[str], claims: ClaimSet) -> list[tuple[SourceInfo,
                                                                          list[Verdict]]]:
    checker = compiled(claims)  # the worker's copy of the scattered claims: compiled once
    return [checker.check_one(path) for path in paths]


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
    paths: Sequence[str | os.PathLike[str]],
    address: str,
    *,
    partition_size: int = PARTITION_SIZE,
) -> Report:
    """Check the articles at ``paths`` on the Dask cluster at ``address`` (or ``"local"``).

    ``address`` is a scheduler address such as ``tcp://127.0.0.1:8786``; ``"local"`` starts a
    :class:`distributed.LocalCluster` on this machine for the run and stops it afterwards.
    """
    import dask.bag as db

    report = Report(claims)
    names = [os.fspath(path) for path in paths]
    if not names:
        return report
    client, cluster = _client(address)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        partitions = min(len(names), max(workers * 4, -(-len(names) // partition_size)))
        bag = db.from_sequence(names, npartitions=partitions)  # type: ignore[no-untyped-call]
        claims_future = client.scatter(claims, broadcast=True)
        results = client.compute(bag.map_partitions(_check_partition, claims_future)).result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    for info, verdicts in results:
        report.add(info, verdicts)
    return report
