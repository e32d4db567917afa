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

``--steady`` also counts a second check of the same articles, caches warm: what a claim
costs once the corpus is learnt, which the first check's learning hides (the throughput
rows at 1,000 and 10,000 articles are mostly this). ``--against`` puts another checkout's
``src`` first on ``sys.path`` for a second set of counts (a ``git worktree`` of an older
commit, say). Needs ``valgrind`` on the PATH; each count takes 15 - 60 s.
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
    check(claims, forgetting(paths) if {unseen!r} else paths)
"""
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def instructions(
    claims: Path, paths: list[str], src: Path | None, unseen: bool = False, passes: int = 1
) -> int:
    """Instructions executed by a process that warms up, then checks ``paths`` ``passes``
    times (with the engine's text caches emptied before each article if ``unseen``, as
    unseen.py does)."""
    code = _CHILD.format(bench=str(Path(__file__).resolve().parent), claims=str(claims),
                         paths=paths, unseen=unseen, passes=passes)
    env = dict(os.environ, PYTHONHASHSEED="0")
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=" + os.devnull,
         sys.executable, "-c", code],
        capture_output=True, text=True, env=env, check=True,
    )
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no count:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def per_article(
    claims: Path, paths: list[str], src: Path | None, *, steady: bool = False,
    unseen: bool = False,
) -> dict[str, float]:
    """Instructions per article of checking ``paths``: the first check ("first"), and if
    asked a second check of them, the corpus learnt ("again"), and a check of text never
    seen ("unseen"). Each process is counted once: the run with no article, and the one
    check, serve every figure."""
    none = instructions(claims, [], src)
    once = instructions(claims, paths, src)
    found = {"first": (once - none) / len(paths)}
    if steady:
        found["again"] = (instructions(claims, paths, src, passes=2) - once) / len(paths)
    if unseen:
        found["unseen"] = (instructions(claims, paths, src, unseen=True) - none) / len(paths)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--against", type=Path, help="another source tree (its src folder)")
    parser.add_argument("--unseen", action="store_true",
                        help="also count text never seen (caches emptied before each article)")
    parser.add_argument("--steady", action="store_true",
                        help="also count a second check of the same articles (caches warm)")
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
            one = per_article(SUMMIT, paths, src, steady=args.steady, unseen=args.unseen)
            ten = per_article(x10, paths, src, steady=args.steady)
            print(f"  {name}: claims x1 {one['first'] / 1e6:.2f} M, "
                  f"x10 {ten['first'] / 1e6:.2f} M, ratio {ten['first'] / one['first']:.2f}")
            if args.steady:
                print(f"  {name}: the same articles again, claims x1 {one['again'] / 1e6:.2f} M, "
                      f"x10 {ten['again'] / 1e6:.2f} M, ratio {ten['again'] / one['again']:.2f}")
            if args.unseen:
                print(f"  {name}: text never seen, claims x1 {one['unseen'] / 1e6:.2f} M")

if __name__ == "__main__":
    main()
