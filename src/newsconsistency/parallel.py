"""Checking on several cores of one machine.

:func:`check_parallel` hands articles to a pool of worker processes, each holding one
:class:`~newsconsistency.engine.Checker` built once by the pool's initializer, and yields the
results in input order, so a report built from them equals the serial one.

Paths travel to the workers as strings and are read there; :class:`Article` objects are
pickled and sent as they are. Work is submitted in chunks, and only a few chunks per worker
are in flight at a time: a long stream of articles is never held in memory at once.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from newsconsistency.articles import Article
from newsconsistency.engine import ArticleLike, Checker
from newsconsistency.model import ClaimSet, Verdict
from newsconsistency.report import SourceInfo

__all__ = ["check_parallel"]

Result = tuple[SourceInfo, list[Verdict]]

#: Chunks in flight per worker: enough to keep every worker busy while results are read.
_CHUNKS_PER_WORKER = 4
_MAX_CHUNK = 64

# The worker's checker, built once per process by :func:`_start_worker`.
_CHECKER: Checker | None = None


def _start_worker(claims: ClaimSet) -> None:
    global _CHECKER  # one compiled claim file per worker process
    _CHECKER = Checker(claims)


def _check_chunk(items: list[Article | str]) -> list[Result]:
    if _CHECKER is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("worker started without its checker")
    return [_CHECKER.check_one(item) for item in items]


def _portable(item: ArticleLike) -> Article | str:
    """What is sent to a worker: the article itself, or its path as a string."""
    return item if isinstance(item, Article) else os.fspath(item)


def _chunk_size(articles: Iterable[ArticleLike], jobs: int) -> int:
    """Small enough to balance the load, large enough to amortise the round trips."""
    try:
        total = len(articles)  # type: ignore[arg-type]
    except TypeError:
        return _MAX_CHUNK
    return max(1, min(_MAX_CHUNK, total // (jobs * _CHUNKS_PER_WORKER)))


def check_parallel(
    claims: ClaimSet,
    articles: Iterable[ArticleLike],
    jobs: int,
    *,
    chunk_size: int | None = None,
) -> Iterator[Result]:
    """Check ``articles`` in ``jobs`` processes; results come in the order of ``articles``.

    A source that cannot be read gives its error verdicts, as in the serial engine; any
    other exception raised in a worker is raised here, and the pool is shut down.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    size = chunk_size or _chunk_size(articles, jobs)
    stream = (_portable(item) for item in articles)
    pending: deque[Future[list[Result]]] = deque()
    with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(claims,)) as pool:
        try:
            while True:
                while len(pending) < jobs * _CHUNKS_PER_WORKER:
                    chunk = list(islice(stream, size))
                    if not chunk:
                        break
                    pending.append(pool.submit(_check_chunk, chunk))
                if not pending:
                    return
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
