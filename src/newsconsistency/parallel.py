"""Checking on several cores of one machine.

:func:`check_parallel` hands articles to a pool of worker processes, each holding one
:class:`~newsconsistency.engine.Checker` built once by the pool's initializer, and yields the
results in input order, so a report built from them equals the serial one.

Paths travel to the workers as strings and are read there; :class:`Article` objects are
pickled and sent as they are. Work is submitted in chunks, and only a few chunks per worker
are in flight at a time: a long stream of articles is never held in memory at once.

Where processes are forked (Linux), every worker inherits the parent's compiled claim file
and what its caches learnt in earlier checks. The parent reads no article itself: counted
by instructions (``benchmarks/instructions.py --jobs``), reading the first 64 before
forking, so that the workers would not each learn them, cost more on the longest path
than it saved them. Workers send their results packed as the report spills them
(:class:`~newsconsistency.report.Packed`): the parent files them unopened.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Protocol, TypeVar

from newsconsistency.articles import Article
from newsconsistency.engine import ArticleLike, Checker, compiled
from newsconsistency.model import ClaimSet
from newsconsistency.report import Packed

__all__ = ["check_parallel"]

#: Chunks in flight per worker: enough to keep every worker busy while results are read.
_CHUNKS_PER_WORKER = 4
_MAX_CHUNK = 64

T = TypeVar("T")
R = TypeVar("R", covariant=True)


class _Pending(Protocol[R]):
    """A submitted chunk: a process pool's future, or a Dask cluster's."""

    def result(self) -> R: ...

    def cancel(self) -> object: ...


# The worker's checker, built once per process by :func:`_start_worker`.
_CHECKER: Checker | None = None


def _start_worker(given: ClaimSet | Checker) -> None:
    """Set the worker's checker: the parent's own where the worker is forked (its caches
    shared, copied on write), else built here from the claims the worker was sent."""
    global _CHECKER  # one compiled claim file per worker process
    _CHECKER = given if isinstance(given, Checker) else Checker(given)


def _check_chunk(items: list[Article | str], spill_format: str) -> list[Packed]:
    """Check ``items`` with this process's checker, packed as the report spills them."""
    if _CHECKER is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("worker started without its checker")
    return [Packed.of(*_CHECKER.check_one(item), spill_format) for item in items]


def _portable(item: ArticleLike) -> Article | str:
    """What is sent to a worker: the article itself, or its path as a string."""
    return item if isinstance(item, Article) else os.fspath(item)


def _chunk_size(articles: Iterable[ArticleLike], jobs: int) -> int:
    """Articles per chunk: small enough to balance the load, large enough to amortise the
    round trips."""
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
    spill_format: str = "pickle",
) -> Iterator[Packed]:
    """Check ``articles`` in ``jobs`` processes; results come in the order of ``articles``,
    packed for :meth:`Report.add_packed <newsconsistency.report.Report.add_packed>`
    (``Packed.unpack`` gives the source and verdicts): unpickling and re-pickling every
    verdict in the parent took a quarter of a core from the workers.

    A source that cannot be read gives its error verdicts, as in the serial engine; any
    other exception raised in a worker is raised here, and the pool is shut down.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    size = _chunk_size(articles, jobs)
    if isinstance(articles, Sized):  # no more processes than articles
        jobs = max(1, min(jobs, len(articles)))
    stream = (_portable(item) for item in articles)
    context = multiprocessing.get_context()
    initargs: tuple[ClaimSet | Checker] = (claims,)
    frozen = False
    try:
        if context.get_start_method() == "fork":
            # compiled here, then forked (at the first submit) into every worker: a forked
            # worker's arguments are the parent's objects, not pickled copies, and they are
            # this check's own (a module global could be another thread's check's by then)
            initargs = (compiled(claims),)
            # what the workers inherit stays out of their collections: the collector
            # would otherwise walk (and copy, page by page) the parent's caches in each;
            # left alone where the program froze objects of its own
            frozen = gc.get_freeze_count() == 0
            if frozen:
                gc.freeze()
        with ProcessPoolExecutor(
            jobs, mp_context=context, initializer=_start_worker, initargs=initargs
        ) as pool:
            def submit(chunk: list[Article | str]) -> Future[list[Packed]]:
                return pool.submit(_check_chunk, chunk, spill_format)

            for packs in _in_order(submit, chunked(stream, size), jobs * _CHUNKS_PER_WORKER):
                yield from packs
    finally:
        if frozen:
            gc.unfreeze()


def _in_order(
    submit: Callable[[list[T]], _Pending[R]], chunks: Iterator[list[T]], in_flight: int
) -> Iterator[R]:
    """``submit(chunk)``'s results in the chunks' order, ``in_flight`` chunks out at a time
    (a process pool's futures here, a Dask cluster's in ``distributed``): the next goes out
    as soon as one is back, before it is handed on; what is still out when the reader
    stops is cancelled."""
    pending: deque[_Pending[R]] = deque()

    def fill() -> None:
        while len(pending) < in_flight and (chunk := next(chunks, None)) is not None:
            pending.append(submit(chunk))

    try:
        fill()
        while pending:
            result = pending.popleft().result()  # let go of: a Dask future frees its result
            fill()
            yield result
    finally:
        for future in pending:
            future.cancel()


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last may be shorter)."""
    stream = iter(items)
    while chunk := list(islice(stream, size)):
        yield chunk
