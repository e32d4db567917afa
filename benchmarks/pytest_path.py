"""The pytest plugin over a synthetic corpus: wall time, serially and under pytest-xdist.

The plugin makes one test per (claim, article), so 2,000 articles with the summit's 15
claims are 30,000 tests: pytest's own work per test, not the engine, sets the pace. This
times ``pytest --claims`` over the same corpus with each set of options given, one run
each in turn (``--repeat`` takes turns again), beside the CLI over the same files.

    python benchmarks/pytest_path.py --count 2000                      # -n 0 and -n 2
    python benchmarks/pytest_path.py --count 1000 --runs "-n 0" "--tb=line -n 0"
"""

from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import SUMMIT, Corpus  # importable: path set above

from newsconsistency import load_claims


def timed(command: list[str], cwd: Path) -> tuple[float, str]:
    """Wall seconds of ``command`` and the last line it printed."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    lines = done.stdout.strip().splitlines()
    return seconds, lines[-1] if lines else done.stderr.strip()[-200:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--runs", nargs="+", default=["-n 0", "-n 2"],
                        help="pytest options of each run, quoted")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        Corpus().write(work / "corpus", args.count)
        articles = str(work / "corpus" / "syn_*.txt")
        pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                  "--claims", str(SUMMIT), "--articles", articles]
        cli = [sys.executable, "-m", "newsconsistency", "check", str(SUMMIT), articles,
               "--format", "json", "--quiet", "--output", str(work / "report.json")]
        claims = len(load_claims(SUMMIT).claims)
        print(f"{args.count:,} synthetic articles, {SUMMIT.name} ({claims} claims): "
              f"{args.count * claims:,} tests under pytest")
        for turn in range(args.repeat):
            seconds, _ = timed(cli, work)
            print(f"  turn {turn + 1}: CLI --jobs 1: {seconds:.1f} s")
            for options in args.runs:
                seconds, last = timed([*pytest, *shlex.split(options)], work)
                print(f"  turn {turn + 1}: pytest {options}: {seconds:.1f} s ({last})")


if __name__ == "__main__":
    main()
