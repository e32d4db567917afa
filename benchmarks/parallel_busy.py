"""Where the time of a check in two processes goes: each worker's busy window and CPU.

Times ``check(..., jobs=2)`` over a synthetic corpus with every chunk a worker checks
timed from inside the worker, and a serial check of the same articles, in turns. Each
check runs in a fresh process after the throughput rows' warm-up (``fresh``: the workers
meet the corpus for the first time, as in the floor's row), and then again in one process
after a serial check of the same articles (``learnt``: the workers inherit everything it
learnt, so nothing is learnt twice). Printed per check: each worker's busy share of the
run and its CPU, and the workers' CPU against the serial check's: work done twice, and
each process running slower while the other runs, show there, where the wall-clock
speed-up cannot tell them apart.

    python benchmarks/parallel_busy.py --count 2000 --turns 3
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import SUMMIT, Corpus  # importable: path set above
from throughput import CLI_ENV, warmed_up

import newsconsistency.parallel as parallel
from newsconsistency import ClaimSet, check
from newsconsistency.report import Packed

_LOG: Path | None = None  # where workers append "start end cpu articles" per chunk
_check_chunk = parallel._check_chunk


def _timed_chunk(items: list[parallel.Article | str], spill_format: str) -> list[Packed]:
    """A worker's chunk, timed; forked workers inherit this module's ``_LOG``."""
    start, cpu = time.perf_counter(), time.process_time()
    packed = _check_chunk(items, spill_format)
    end = time.perf_counter()
    assert _LOG is not None
    with (_LOG / f"{os.getpid()}.txt").open("a", encoding="utf-8") as log:
        log.write(f"{start} {end} {time.process_time() - cpu} {len(items)}\n")
    return packed


def serial(claims: ClaimSet, paths: list[str]) -> dict[str, float]:
    cpu, start = time.process_time(), time.perf_counter()
    check(claims, paths)
    return {"wall": time.perf_counter() - start, "cpu": time.process_time() - cpu}


def in_two(claims: ClaimSet, paths: list[str], log: Path) -> dict[str, Any]:
    """``check(jobs=2)``, and what each worker's chunks took."""
    global _LOG
    _LOG = log
    log.mkdir(exist_ok=True)
    for old in log.glob("*.txt"):
        old.unlink()
    parallel._check_chunk = _timed_chunk
    try:
        start = time.perf_counter()
        check(claims, paths, jobs=2)
        wall = time.perf_counter() - start
    finally:
        parallel._check_chunk = _check_chunk
    workers = []
    for path in sorted(log.glob("*.txt")):
        rows = [[float(x) for x in line.split()] for line in path.read_text().splitlines()]
        workers.append({"articles": int(sum(r[3] for r in rows)), "chunks": len(rows),
                        "busy": sum(r[1] - r[0] for r in rows), "cpu": sum(r[2] for r in rows),
                        "first": min(r[0] for r in rows) - start,
                        "last": max(r[1] for r in rows) - start})
    return {"wall": wall, "workers": workers}


def row(kind: str, corpus: Path, count: int) -> dict[str, Any]:
    """One measurement in this (fresh) process."""
    paths = [str(p) for p in sorted(corpus.glob("*.txt"))[:count]]
    claims = warmed_up(SUMMIT)
    if kind == "serial":
        return {"serial": serial(claims, paths)}
    if kind == "fresh":
        return in_two(claims, paths, corpus.parent / "log")
    done = serial(claims, paths)  # "learnt": the same claims then checked in two processes
    return {"serial": done, **in_two(claims, paths, corpus.parent / "log")}


def show(label: str, serial: dict[str, float], two: dict[str, Any]) -> None:
    wall = two["wall"]
    cpu = sum(w["cpu"] for w in two["workers"])
    print(f"  {label}: serial {serial['wall']:.2f} s (CPU {serial['cpu']:.2f} s), two "
          f"processes {wall:.2f} s: {serial['wall'] / wall:.2f}x; workers' CPU "
          f"{cpu:.2f} s = {cpu / serial['cpu']:.2f} x serial")
    for n, w in enumerate(two["workers"]):
        print(f"    worker {n + 1}: {w['articles']} articles in {w['chunks']} chunks, busy "
              f"{w['busy']:.2f} s between {w['first']:.2f} and {w['last']:.2f} s "
              f"({w['busy'] / wall:.0%} of the run), CPU {w['cpu']:.2f} s")


def in_subprocess(kind: str, corpus: Path, count: int) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, "--row", kind, str(corpus), str(count)],
                          capture_output=True, text=True, check=True, env=CLI_ENV)
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--turns", type=int, default=3)
    parser.add_argument("--row", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.row:
        kind, corpus, count = args.row
        print(json.dumps(row(kind, Path(corpus), int(count))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        Corpus().write(corpus, args.count)
        print(f"{args.count:,} synthetic articles, {SUMMIT.name}, each check after the "
              "throughput rows' warm-up")
        for n in range(args.turns):
            print(f"turn {n + 1}")
            alone = in_subprocess("serial", corpus, args.count)["serial"]
            show("fresh", alone, in_subprocess("fresh", corpus, args.count))
            learnt = in_subprocess("learnt", corpus, args.count)
            show("learnt", learnt["serial"], learnt)


if __name__ == "__main__":
    main()
