"""Throughput of the engine, against dateparser's ``search_dates`` measured in the same run.

    python benchmarks/throughput.py                     # everything (a few minutes)
    python benchmarks/throughput.py --sizes 1000 --skip-cli --json out.json
    python benchmarks/throughput.py --profile 300       # also a pyinstrument profile

What it does (see benchmarks/README.md):

1. writes a deterministic synthetic corpus (``synthetic.py``: ~3.4 kB per article) to a
   temporary directory, and the summit claims replicated x10 (ids suffixed, values changed);
2. checks 1k and 10k articles with the claims x1 and x10, each row in its own subprocess so
   peak RSS is comparable; articles are checked by path, one at a time;
3. runs ``dateparser.search_dates(text, languages=['en'])`` over a sample of the same texts
   and extrapolates its rate (said so in the output);
4. times the CLI: cold start on the seeds (median of a few runs), 2,000 files with
   ``--jobs 1`` and ``--jobs 2``;
5. optionally profiles the in-process engine with pyinstrument.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import ROOT, SUMMIT, Corpus, replicate_claims  # importable: path set above

if TYPE_CHECKING:
    from newsconsistency import ClaimSet

SEEDS = sorted((ROOT / "articles" / "summit").glob("*.txt"))
FLOORS = {"articles_per_s": 1000.0, "vs_baseline": 30.0, "x10_time_ratio": 2.0,
          "cli_articles_per_s": 1000.0, "cli_vs_baseline": 30.0,
          "rss_growth": 0.10, "cold_start_s": 1.0, "jobs2_speedup": 1.7, "cli_jobs2_speedup": 1.7}


def corpus_paths(directory: Path, count: int) -> Iterator[Path]:
    """The corpus files, named in order, generated lazily: nothing is listed in memory."""
    return (directory / f"syn_{index:05d}.txt" for index in range(count))


def corpus_names(directory: Path, count: int) -> Iterator[str]:
    """The same files as plain strings, as a pipeline reading a list of files hands them
    over. A Path interns each of its parts, and CPython keeps the intern table at its
    largest size: about 1 MB for 10,000 names, memory of the caller, not of the engine."""
    return (os.path.join(directory, f"syn_{index:05d}.txt") for index in range(count))


def peak_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes vs KiB


# --------------------------------------------------------------------------------------------
# One row, in a fresh process
# --------------------------------------------------------------------------------------------


def warmed_up(claims_path: Path) -> ClaimSet:
    """The claims, loaded after a warm-up on the seeds (imports, language data, first-call
    caches). The warm-up checks a claim set of its own: a claim set keeps its compiled form
    and what it learnt for its next check, and each row measures a claim file meeting the
    corpus for the first time, as a run of the CLI does."""
    from newsconsistency import check, load_claims

    check(load_claims(claims_path), SEEDS * 2)
    return load_claims(claims_path)


def run_row(claims_path: Path, corpus: Path, count: int) -> dict[str, Any]:
    """Check ``count`` corpus articles in this process; time and memory of the check alone."""
    from newsconsistency import check

    claims = warmed_up(claims_path)
    rss_warm = peak_rss_mib()
    start = time.perf_counter()
    report = check(claims, corpus_names(corpus, count))
    seconds = time.perf_counter() - start
    size = sum(p.stat().st_size for p in corpus_paths(corpus, count))
    return {"articles": count, "claims": len(claims.claims), "seconds": seconds,
            "articles_per_s": count / seconds, "mb_per_s": size / seconds / 1e6,
            "peak_rss_mib": peak_rss_mib(), "rss_after_warmup_mib": rss_warm,
            "verdicts": len(report), "summary": report.summary}


def run_jobs_row(corpus: Path, count: int, jobs: int) -> dict[str, Any]:
    """Check ``count`` corpus articles with ``jobs`` processes from this one, after the
    same warm-up as a row: the engine's own parallel speed-up, start-up left out."""
    from newsconsistency import check

    claims = warmed_up(SUMMIT)
    start = time.perf_counter()
    report = check(claims, corpus_names(corpus, count), jobs=jobs)
    seconds = time.perf_counter() - start
    return {"articles": count, "jobs": jobs, "seconds": seconds, "verdicts": len(report)}


def run_stream_row(corpus: Path, count: int) -> dict[str, Any]:
    """``check()`` called once per article, as a pipeline checks articles as they arrive,
    after the same warm-up as a row: one claim set loaded once, compiled at its first check."""
    from newsconsistency import check

    claims = warmed_up(SUMMIT)
    start = time.perf_counter()
    for name in corpus_names(corpus, count):
        check(claims, [name])
    seconds = time.perf_counter() - start
    return {"articles": count, "seconds": seconds, "articles_per_s": count / seconds}


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_ceiling(seconds: float = 0.5) -> float:
    """What two processes gain over one on this machine for pure Python work that shares
    nothing: the most any parallel engine could show here."""
    import multiprocessing

    n = 1_000_000
    start = time.perf_counter()
    _spin(n)
    n = int(n * seconds / (time.perf_counter() - start))
    with multiprocessing.get_context().Pool(2) as pool:
        pool.map(_spin, [1, 1])
        start = time.perf_counter()
        _spin(n)
        _spin(n)
        one = time.perf_counter() - start
        start = time.perf_counter()
        pool.map(_spin, [n, n])
        two = time.perf_counter() - start
    return one / two


def in_subprocess(args: Sequence[str]) -> dict[str, Any]:
    """A row in a fresh process, with compiled modules cached as Python does by default:
    compiling the package in the process would raise its peak memory (by ~1 MiB here)."""
    out = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True,
                         text=True, env=CLI_ENV).stdout
    found: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return found


def median_of(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run of median time, with every run's rate kept (``runs_articles_per_s``), since
    this machine's speed wanders."""
    ranked = sorted(runs, key=lambda r: r["seconds"])
    result: dict[str, Any] = dict(ranked[len(ranked) // 2])
    result["runs_articles_per_s"] = [round(r["articles"] / r["seconds"]) for r in ranked]
    result["runs_seconds"] = [r["seconds"] for r in runs]  # in the order they ran
    return result


# --------------------------------------------------------------------------------------------
# Baseline: dateparser over the same texts
# --------------------------------------------------------------------------------------------


def baseline(corpus: Path, budget_s: float, most: int) -> dict[str, Any]:
    """``search_dates`` over the first articles until ``budget_s`` or ``most`` articles."""
    from dateparser.search import search_dates

    search_dates("Thursday 25 April 2019", languages=["en"])  # load language data first
    done = size = 0
    start = time.perf_counter()
    for path in corpus_paths(corpus, most):
        text = path.read_text(encoding="utf-8")
        search_dates(text, languages=["en"])
        done += 1
        size += len(text.encode("utf-8"))
        if time.perf_counter() - start > budget_s:
            break
    seconds = time.perf_counter() - start
    return {"sample_articles": done, "seconds": seconds, "articles_per_s": done / seconds,
            "mb_per_s": size / seconds / 1e6}


# --------------------------------------------------------------------------------------------
# The CLI
# --------------------------------------------------------------------------------------------


def wall(argv: Sequence[str], cwd: Path) -> float:
    return timed(argv, cwd)[0]


# The CLI runs as Python runs by default, caching compiled modules: an environment that sets
# PYTHONDONTWRITEBYTECODE (some containers do) recompiles the package at every start of an
# editable install (~0.1 s here); `pip install .` compiles it once, at install.
CLI_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(argv: Sequence[str], cwd: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process and its children) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, cwd=cwd, check=False, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, env=CLI_ENV)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return seconds, cpu


def cli_figures(corpus: Path, runs: int, files: int, repeat: int = 1) -> dict[str, Any]:
    py = sys.executable
    cold = [wall([py, "-m", "newsconsistency", "check", "claims/summit.yaml", "--format", "json"],
                 ROOT) for _ in range(runs)]
    interpreter = [wall([py, "-c", "pass"], ROOT) for _ in range(runs)]
    imports = [wall([py, "-c", "import newsconsistency.engine"], ROOT) for _ in range(runs)]
    glob = str(corpus / ("syn_0[01]???.txt" if files == 2000 else "syn_*.txt"))
    many = [py, "-m", "newsconsistency", "check", str(SUMMIT), glob, "--format", "json",
            "--quiet", "--output", os.devnull]
    ones, twos = [], []
    for _ in range(repeat):  # interleaved: a slow spell of the machine hits both alike
        ones.append(timed([*many, "--jobs", "1"], ROOT))
        twos.append(timed([*many, "--jobs", "2"], ROOT))
    one, one_cpu = _median_run(ones)
    two, two_cpu = _median_run(twos)
    return {
        "cold_start_s": statistics.median(cold), "cold_start_runs": cold,
        "python_start_s": statistics.median(interpreter),
        "import_engine_s": statistics.median(imports),
        "files": files, "jobs1_s": one, "jobs2_s": two, "jobs1_articles_per_s": files / one,
        "jobs2_articles_per_s": files / two,
        "jobs2_speedup": statistics.median(  # within each turn, as the rows
            a / b for (a, _), (b, _) in zip(ones, twos, strict=True)
        ),
        "jobs1_cpu_s": one_cpu, "jobs2_cpu_s": two_cpu,
        "jobs1_runs_s": [round(w, 2) for w, _ in ones],
        "jobs2_runs_s": [round(w, 2) for w, _ in twos],
        "load_average": os.getloadavg()[0],
    }


def _median_run(runs: list[tuple[float, float]]) -> tuple[float, float]:
    """The run of median wall time (with its CPU time)."""
    return sorted(runs)[len(runs) // 2]


# --------------------------------------------------------------------------------------------
# Profile
# --------------------------------------------------------------------------------------------


def profile(corpus: Path, count: int, html: Path | None) -> list[dict[str, Any]]:
    """Top functions by own time and by inclusive time over ``count`` articles."""
    from pyinstrument import Profiler

    from newsconsistency import check

    claims = warmed_up(SUMMIT)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    check(claims, corpus_paths(corpus, count))
    profiler.stop()
    if html is not None:
        html.write_text(profiler.output_html(), encoding="utf-8")
    session = profiler.last_session
    assert session is not None
    root = session.root_frame()
    assert root is not None
    own: dict[str, float] = {}
    inclusive: dict[str, float] = {}

    def walk(frame: Any, above: frozenset[str]) -> None:
        if frame.is_synthetic:  # pyinstrument's "[self]" leaves: counted in total_self_time
            return
        key = f"{frame.function} ({frame.file_path_short}:{frame.line_no})"
        own[key] = own.get(key, 0.0) + frame.total_self_time
        if key not in above:  # recursion counts once
            inclusive[key] = inclusive.get(key, 0.0) + frame.time
        for child in frame.children:
            walk(child, above | {key})

    walk(root, frozenset())
    total = root.time
    rows = [{"function": k, "own_share": own[k] / total, "inclusive_share": inclusive[k] / total}
            for k in own]
    return sorted(rows, key=lambda r: -float(r["own_share"]))


# --------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------


def print_rows(rows: list[dict[str, Any]]) -> None:
    print(f"{'articles':>9} {'claims':>6} {'seconds':>8} {'art/s':>7} {'MB/s':>6} "
          f"{'peak RSS MiB':>12}  summary")
    for r in rows:
        runs = r.get("runs_articles_per_s", [])
        print(f"{r['articles']:>9,} {r['claims']:>6} {r['seconds']:>8.1f} "
              f"{r['articles_per_s']:>7.0f} {r['mb_per_s']:>6.2f} {r['peak_rss_mib']:>12.1f}  "
              f"{r['summary']}" + (f"  runs {runs} art/s" if len(runs) > 1 else ""), flush=True)


def floors(figures: dict[str, Any]) -> dict[str, Any]:
    rows = {(r["articles"], r["claims"]): r for r in figures["rows"]}
    base = min(rows)  # fewest articles, fewest claims
    x1 = [r for (n, c), r in rows.items() if c == base[1]]
    out: dict[str, Any] = {"articles_per_s": rows[base]["articles_per_s"]}
    if "baseline" in figures:
        out["vs_baseline"] = rows[base]["articles_per_s"] / figures["baseline"]["articles_per_s"]
    more = [r for (n, c), r in rows.items() if n == base[0] and c > base[1]]
    if more:
        # runs took turns: the ratio within each turn, then the median (a slow spell of the
        # machine slows both rows of a turn)
        pairs = zip(more[0].get("runs_seconds", [more[0]["seconds"]]),
                    rows[base].get("runs_seconds", [rows[base]["seconds"]]), strict=True)
        out["x10_time_ratio"] = statistics.median(m / b for m, b in pairs)
    if len(x1) > 1:
        small, big = min(x1, key=lambda r: r["articles"]), max(x1, key=lambda r: r["articles"])
        out["rss_growth"] = big["peak_rss_mib"] / small["peak_rss_mib"] - 1
    if "jobs_in_process" in figures:
        out["jobs2_speedup"] = figures["jobs_in_process"]["speedup"]
    if "cli" in figures:
        out["cli_articles_per_s"] = figures["cli"]["jobs1_articles_per_s"]
        out["cli_vs_baseline"] = figures["cli"]["jobs1_vs_baseline"]
        out["cold_start_s"] = figures["cli"]["cold_start_s"]
        out["cli_jobs2_speedup"] = figures["cli"]["jobs2_speedup"]
    return out


def print_floors(reached: dict[str, Any]) -> None:
    print("\nfloors")
    higher = {"articles_per_s", "vs_baseline", "jobs2_speedup", "cli_articles_per_s",
              "cli_vs_baseline", "cli_jobs2_speedup"}
    for name, value in reached.items():
        floor = FLOORS[name]
        ok = value >= floor if name in higher else value <= floor
        sign = ">=" if name in higher else "<="
        print(f"  {name:<18} {value:>9.2f}   floor {sign} {floor:<7} {'ok' if ok else 'MISSED'}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Engine throughput vs dateparser.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--replicas", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--baseline-budget", type=float, default=20.0,
                        help="seconds of dateparser at most (it is slow; the rate extrapolates)")
    parser.add_argument("--skip-cli", action="store_true")
    parser.add_argument("--cli-runs", type=int, default=5)
    parser.add_argument("--cli-files", type=int, default=2000)
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="also profile the engine over N articles (pyinstrument)")
    parser.add_argument("--profile-html", type=Path)
    parser.add_argument("--repeat", type=int, default=1,
                        help="run each row and CLI measurement this many times; the median "
                             "run is reported (this machine's speed wanders by +-25 %%)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--row", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--jobs-row", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--stream-row", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.row:
        print(json.dumps(run_row(Path(args.row[0]), Path(args.row[1]), int(args.row[2]))))
        return
    if args.stream_row:
        print(json.dumps(run_stream_row(Path(args.stream_row[0]), int(args.stream_row[1]))))
        return
    if args.jobs_row:
        corpus, count, jobs = args.jobs_row
        print(json.dumps(run_jobs_row(Path(corpus), int(count), int(jobs))))
        return

    figures: dict[str, Any] = {"python": platform.python_version(), "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="nc-bench-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        count = max([*args.sizes, args.cli_files, args.profile])
        started = time.perf_counter()
        Corpus().write(corpus, count)
        size = sum(p.stat().st_size for p in corpus_paths(corpus, count))
        print(f"corpus: {count:,} synthetic articles, {size / count / 1000:.2f} kB each on "
              f"average, written in {time.perf_counter() - started:.1f} s", flush=True)
        claim_files = {}
        for times in args.replicas:
            path = work / f"summit_x{times}.yaml"
            path.write_text(replicate_claims(times), encoding="utf-8")
            claim_files[times] = path

        print("\nengine, in process, one core (each row in a fresh subprocess; with --repeat,"
              " the rows take turns, so a slow spell of the machine hits all of them)")
        runs: dict[tuple[int, int], list[dict[str, Any]]] = {}
        for _ in range(args.repeat):
            for n in args.sizes:
                for times in args.replicas:
                    runs.setdefault((n, times), []).append(in_subprocess(
                        ["--row", str(claim_files[times]), str(corpus), str(n)]
                    ))
        figures["rows"] = [median_of(r) for r in runs.values()]
        print_rows(figures["rows"])
        n = min(args.sizes)
        streams = [in_subprocess(["--stream-row", str(corpus), str(n)])
                   for _ in range(args.repeat)]
        figures["stream"] = median_of(streams)
        print(f"check() called once per article (a pipeline's loop), {n:,} articles, x1 "
              f"claims: {figures['stream']['articles_per_s']:,.0f} art/s" + (
                  f" (runs {[round(r['articles_per_s']) for r in streams]})"
                  if args.repeat > 1 else ""))

        if not args.skip_cli:
            files = args.cli_files
            jobs_runs: dict[int, list[dict[str, Any]]] = {1: [], 2: []}
            ceilings = []
            for _ in range(args.repeat):
                for jobs in (1, 2):
                    jobs_runs[jobs].append(
                        in_subprocess(["--jobs-row", str(corpus), str(files), str(jobs)])
                    )
                ceilings.append(machine_ceiling())
            one, two = median_of(jobs_runs[1]), median_of(jobs_runs[2])
            speedups = [a["seconds"] / b["seconds"]
                        for a, b in zip(jobs_runs[1], jobs_runs[2], strict=True)]
            figures["jobs_in_process"] = {
                "files": files, "jobs1": one, "jobs2": two,
                "speedup": statistics.median(speedups), "runs_speedup": speedups,
                "machine_ceiling": statistics.median(ceilings), "runs_ceiling": ceilings,
            }
            j = figures["jobs_in_process"]
            print(f"\nin process, {files:,} articles after start-up: jobs=1 {one['seconds']:.2f} s,"
                  f" jobs=2 {two['seconds']:.2f} s: speed-up {j['speedup']:.2f}x (median of "
                  f"turns {[round(x, 2) for x in speedups]}); pure Python in 2 processes gains "
                  f"{j['machine_ceiling']:.2f}x here ({[round(x, 2) for x in ceilings]})")

        figures["baseline"] = baseline(corpus, args.baseline_budget, count)
        b = figures["baseline"]
        print(f"\nbaseline dateparser search_dates(languages=['en']): {b['articles_per_s']:.1f}"
              f" articles/s, {b['mb_per_s']:.3f} MB/s (a sample of {b['sample_articles']} "
              f"articles in {b['seconds']:.1f} s; the rate is extrapolated from it)")

        if not args.skip_cli:
            figures["cli"] = c = cli_figures(corpus, args.cli_runs, args.cli_files, args.repeat)
            c["jobs1_vs_baseline"] = c["jobs1_articles_per_s"] / b["articles_per_s"]
            print(f"\nCLI cold start on the seeds: {c['cold_start_s']:.2f} s median of "
                  f"{args.cli_runs} (python alone {c['python_start_s']:.2f} s, "
                  f"import newsconsistency.engine {c['import_engine_s']:.2f} s)")
            print(f"CLI over {c['files']:,} files: --jobs 1 {c['jobs1_s']:.1f} s "
                  f"({c['jobs1_articles_per_s']:.0f}/s), --jobs 2 {c['jobs2_s']:.1f} s "
                  f"({c['jobs2_articles_per_s']:.0f}/s): speed-up {c['jobs2_speedup']:.2f}x; CPU "
                  f"{c['jobs1_cpu_s']:.1f} s vs {c['jobs2_cpu_s']:.1f} s; load average "
                  f"{c['load_average']:.1f} (other processes share the cores)")
            print(f"CLI --jobs 1, start-up and JSON report included, against the baseline: "
                  f"{c['jobs1_vs_baseline']:.1f}x" + (
                      f"; runs --jobs 1 {c['jobs1_runs_s']} s, --jobs 2 {c['jobs2_runs_s']} s"
                      if args.repeat > 1 else ""))

        if args.profile:
            top = profile(corpus, args.profile, args.profile_html)
            figures["profile"] = top[:40]
            print(f"\nprofile over {args.profile} articles: own time (inclusive)")
            for r in top[:20]:
                print(f"  {r['own_share']:6.1%} ({r['inclusive_share']:6.1%})  {r['function']}")

    figures["floors"] = floors(figures)
    print_floors(figures["floors"])
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
