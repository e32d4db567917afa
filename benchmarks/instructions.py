"""Instructions per article, counted by valgrind: a figure this machine's noise does not move.

Timings here wander by a quarter or more within minutes, so a change worth 2 % cannot be
seen in seconds. valgrind's callgrind counts the instructions the interpreter executes:
the same work gives the same count to within about 1 % (hash seed fixed). The engine
checks the synthetic corpus after the warm-up ``throughput.py`` uses; a run that checks no
article is subtracted, so the figure is the check alone.

    python benchmarks/instructions.py                        # 300 articles, claims x1 and x10
    python benchmarks/instructions.py --against ../old/src   # and another source tree
    python benchmarks/instructions.py --unseen --count 100   # also text never seen
    python benchmarks/instructions.py --steady               # also the same articles again
    python benchmarks/instructions.py --jobs 2 --count 2000  # also a check in two processes

``--steady`` also counts a second check of the same articles, caches warm: what a claim
costs once the corpus is learnt, which the first check's learning hides (the throughput
rows at 1,000 and 10,000 articles are mostly this). ``--jobs N`` also counts
``check(..., jobs=N)`` process by process (callgrind follows the forks; a forked process's
count includes its parent's before the fork): the articles the parent reads before forking,
each worker's own share, the parent's work after the fork, and so the most N free cores
could gain over the serial check (the longest process against the serial count). Give
``--before-fork 64`` for a tree whose parent read the first 64 articles before forking
(before item 46 in benchmarks/README.md). ``--against`` puts another checkout's ``src`` first on
``sys.path`` for a second set of counts (a ``git worktree`` of an older commit, say).
Needs ``valgrind`` on the PATH; each count takes 15 - 60 s (a few minutes for 2,000
articles).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import SUMMIT, Corpus, replicate_claims  # importable: path set above

_CHILD = """
import sys
sys.path.insert(0, {bench!r})
from throughput import warmed_up
from unseen import forgetting
from pathlib import Path
from newsconsistency import check
claims = warmed_up(Path({claims!r}))
paths = {paths!r}
for _ in range({passes!r}):
    check(claims, forgetting(paths) if {unseen!r} else paths, jobs={jobs!r})
"""
_COLLECTED = re.compile(r"==(\d+)== Collected\s*:\s*(\d+)")
_COMMAND = re.compile(r"==(\d+)== Command:")


def instructions(
    claims: Path, paths: list[str], src: Path | None, unseen: bool = False, passes: int = 1
) -> int:
    """Instructions executed by a process that warms up, then checks ``paths`` ``passes``
    times (with the engine's text caches emptied before each article if ``unseen``, as
    unseen.py does)."""
    counts = _counted(claims, paths, src, unseen=unseen, passes=passes)
    return counts[0]


def _counted(
    claims: Path, paths: list[str], src: Path | None, *, unseen: bool = False,
    passes: int = 1, jobs: int = 1,
) -> list[int]:
    """Instructions of each process of the run: the one started first, then those it forked."""
    code = _CHILD.format(bench=str(Path(__file__).resolve().parent), claims=str(claims),
                         paths=paths, unseen=unseen, passes=passes, jobs=jobs)
    env = dict(os.environ, PYTHONHASHSEED="0")
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + os.devnull,
         f"--trace-children={'yes' if jobs > 1 else 'no'}", sys.executable, "-c", code],
        capture_output=True, text=True, env=env, check=True,
    )
    first = _COMMAND.search(done.stderr)
    counts = {int(pid): int(n) for pid, n in _COLLECTED.findall(done.stderr)}
    if first is None or int(first.group(1)) not in counts:
        raise RuntimeError(f"callgrind printed no count:\n{done.stderr[-2000:]}")
    started = counts.pop(int(first.group(1)))
    return [started, *counts.values()]


def baseline(claims: Path, paths: list[str], src: Path | None) -> tuple[int, int]:
    """The counts every figure starts from: a run that checks no article, and one that
    checks ``paths`` once. Counted once, and passed to each figure that needs them."""
    return instructions(claims, [], src), instructions(claims, paths, src)


def per_article(
    claims: Path, paths: list[str], src: Path | None, base: tuple[int, int], *,
    steady: bool = False, unseen: bool = False,
) -> dict[str, float]:
    """Instructions per article of checking ``paths``: the first check ("first"), and if
    asked a second check of them, the corpus learnt ("again"), and a check of text never
    seen ("unseen"); ``base`` is :func:`baseline` of the same."""
    none, once = base
    found = {"first": (once - none) / len(paths)}
    if steady:
        found["again"] = (instructions(claims, paths, src, passes=2) - once) / len(paths)
    if unseen:
        found["unseen"] = (instructions(claims, paths, src, unseen=True) - none) / len(paths)
    return found


def in_processes(
    claims: Path, paths: list[str], src: Path | None, base: tuple[int, int], jobs: int,
    before_fork: int = 0,
) -> dict[str, Any]:
    """Instructions of ``check(..., jobs=jobs)`` over ``paths``, process by process, beside
    the serial check's (``base``: :func:`baseline` of the same): what the parallel check
    adds, and the most ``jobs`` cores can gain. ``before_fork``: the articles the parent
    reads before it forks the workers."""
    none, once = base
    serial = once - none
    # what the workers start from, counted in theirs
    forked_at = instructions(claims, paths[:before_fork], src) if before_fork else none
    parent, *workers = _counted(claims, paths, src, jobs=jobs)
    own = sorted((count - forked_at for count in workers), reverse=True)
    before, after = forked_at - none, parent - forked_at
    longest = before + max(own[0], (sum(own) + after) / jobs)
    return {"serial": serial, "before_fork": before, "workers": own, "parent_after": after,
            "all": before + sum(own) + after, "best_speedup": serial / longest}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--against", type=Path, help="another source tree (its src folder)")
    parser.add_argument("--unseen", action="store_true",
                        help="also count text never seen (caches emptied before each article)")
    parser.add_argument("--steady", action="store_true",
                        help="also count a second check of the same articles (caches warm)")
    parser.add_argument("--jobs", type=int, default=1,
                        help="also count a check in this many processes, each process apart")
    parser.add_argument("--before-fork", type=int, default=0,
                        help="with --jobs: articles the parent reads before it forks")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        paths = [str(p) for p in Corpus().write(work / "corpus", args.count)]
        x10 = work / "summit_x10.yaml"
        x10.write_text(replicate_claims(10), encoding="utf-8")
        trees: list[tuple[str, Path | None]] = [("this tree", None)]
        if args.against is not None:
            trees.append((str(args.against), args.against.resolve()))
        print(f"instructions per article, {args.count} synthetic articles after the warm-up")
        for name, src in trees:
            base = baseline(SUMMIT, paths, src)
            one = per_article(SUMMIT, paths, src, base, steady=args.steady, unseen=args.unseen)
            ten = per_article(x10, paths, src, baseline(x10, paths, src), steady=args.steady)
            print(f"  {name}: claims x1 {one['first'] / 1e6:.2f} M, "
                  f"x10 {ten['first'] / 1e6:.2f} M, ratio {ten['first'] / one['first']:.2f}")
            if args.steady:
                print(f"  {name}: the same articles again, claims x1 {one['again'] / 1e6:.2f} M, "
                      f"x10 {ten['again'] / 1e6:.2f} M, ratio {ten['again'] / one['again']:.2f}")
            if args.unseen:
                print(f"  {name}: text never seen, claims x1 {one['unseen'] / 1e6:.2f} M")
            if args.jobs > 1:
                par = in_processes(SUMMIT, paths, src, base, args.jobs, args.before_fork)
                workers = " / ".join(f"{n / 1e6:,.0f}" for n in par["workers"])
                print(f"  {name}: --jobs {args.jobs}, claims x1, millions of instructions: "
                      f"serial {par['serial'] / 1e6:,.0f}; parent before the fork "
                      f"{par['before_fork'] / 1e6:,.0f}, workers {workers}, parent after "
                      f"{par['parent_after'] / 1e6:,.0f}; all processes "
                      f"{par['all'] / par['serial']:.2f} of serial; at best "
                      f"{par['best_speedup']:.2f}x on {args.jobs} free cores")

if __name__ == "__main__":
    main()
