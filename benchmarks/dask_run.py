"""A check on a local Dask cluster: wall time, and the client's memory as the corpus grows.

Starts a ``distributed.LocalCluster`` of two single-threaded worker processes and checks
1,000 and 10,000 synthetic articles with the summit claims through ``check_dask``, each
size in a fresh client process, so that its peak RSS is its own. A client that streams
the results (files each partition as it comes and lets go of it) stays flat; one that
gathers them all grows with the corpus.

    python benchmarks/dask_run.py                       # 1,000 and 10,000 articles, ~1 min
    python benchmarks/dask_run.py --sizes 1000 5000
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import SUMMIT, Corpus  # importable: path set above
from throughput import CLI_ENV, peak_rss_mib


def row(corpus: Path, count: int) -> dict[str, Any]:
    """One check on a fresh local cluster, from this (fresh) client process."""
    import distributed

    from newsconsistency import load_claims
    from newsconsistency.distributed import check_dask

    paths = sorted(corpus.glob("*.txt"))[:count]
    claims = load_claims(SUMMIT)
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=":0") as cluster:
        check_dask(claims, paths[:20], cluster.scheduler_address)  # workers warm, client too
        before = peak_rss_mib()
        start = time.perf_counter()
        report = check_dask(claims, paths, cluster.scheduler_address)
        seconds = time.perf_counter() - start
    return {"articles": count, "seconds": seconds, "peak_rss_before_mib": before,
            "peak_rss_mib": peak_rss_mib(), "verdicts": len(report)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--row", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.row:
        print(json.dumps(row(Path(args.row[0]), int(args.row[1]))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        Corpus().write(corpus, max(args.sizes))
        print(f"check_dask on a LocalCluster of 2 workers, {SUMMIT.name}; the client's peak RSS")
        for count in args.sizes:
            done = subprocess.run([sys.executable, __file__, "--row", str(corpus), str(count)],
                                  capture_output=True, text=True, check=True, env=CLI_ENV)
            r = json.loads(done.stdout.splitlines()[-1])
            print(f"  {count:>7,} articles: {r['seconds']:.1f} s ({count / r['seconds']:,.0f}/s), "
                  f"client peak RSS {r['peak_rss_before_mib']:.0f} -> {r['peak_rss_mib']:.0f} MiB")


if __name__ == "__main__":
    main()
