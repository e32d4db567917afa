"""The command line: ``newsconsistency check CLAIMS [ARTICLE ...]``.

Exit codes: 0 no conflict, 1 a conflict of severity error, 2 a usage or claim-file error,
3 an internal error.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from newsconsistency.errors import NewsConsistencyError

if TYPE_CHECKING:
    from newsconsistency.model import ClaimSet

EXIT_OK, EXIT_CONFLICT, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
FORMATS = ("text", "json", "markdown", "html")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsconsistency",
        description="Check news articles against the facts of an event.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="check articles against a claim file")
    check.add_argument("claims", help="the claim file (YAML)")
    check.add_argument(
        "articles", nargs="*",
        help="article files, directories or globs (default: the claim file's `articles`)",
    )
    check.add_argument("--format", choices=FORMATS, default="text")
    check.add_argument("--output", "-o", help="write the report here instead of stdout")
    check.add_argument("--jobs", "-j", type=int, default=1,
                       help="check in this many processes (default 1)")
    check.add_argument("--dask", metavar="ADDRESS",
                       help="check on a Dask cluster (scheduler address, or 'local')")
    check.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        return run_check(args)
    except NewsConsistencyError as exc:
        print(f"newsconsistency: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        import traceback

        traceback.print_exc()
        print(f"newsconsistency: internal error: {exc!r}", file=sys.stderr)
        return EXIT_INTERNAL


def run_check(args: argparse.Namespace) -> int:
    from newsconsistency.articles import expand_paths
    from newsconsistency.claims import load_claims
    from newsconsistency.errors import UsageError

    claims = load_claims(args.claims)
    patterns = args.articles or list(claims.articles)
    if not patterns:
        raise UsageError("no articles given, and the claim file lists no `articles`")
    paths = expand_paths(patterns)
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if args.jobs > 1 and args.dask:
        raise UsageError("--jobs and --dask are two ways to run in parallel: choose one")
    if args.output and not Path(args.output).parent.is_dir():  # found out before the check
        raise UsageError(f"--output {args.output}: no directory {Path(args.output).parent}")
    # what start-up built (modules, their patterns and tables, the claims) lasts the whole
    # run: the collector need not walk it again (~4 % of a run over 2,000 articles).
    # Thawed after, for a program that calls main() and goes on. A check in processes
    # freezes what its workers inherit itself, before it forks them (see parallel.py).
    serial = args.jobs == 1 and not args.dask
    if serial:
        gc.freeze()
    try:
        return _check_and_write(args, claims, paths)
    finally:
        if serial:
            gc.unfreeze()


def _check_and_write(args: argparse.Namespace, claims: ClaimSet, paths: list[Path]) -> int:
    from newsconsistency.engine import check

    progress = None
    if not args.quiet and len(paths) > 100 and sys.stderr.isatty():
        from newsconsistency.progress import ProgressBar

        progress = ProgressBar(len(paths))
    update = progress.update if progress else None
    spill_format = "json" if args.format == "json" else "pickle"
    try:
        if args.dask:
            from newsconsistency.distributed import check_dask

            report = check_dask(claims, paths, args.dask, progress=update,
                                spill_format=spill_format)
        else:
            report = check(claims, paths, jobs=args.jobs, progress=update,
                           spill_format=spill_format)
    finally:
        if progress is not None:
            progress.close()
    parts = report.render_parts(args.format)  # an unknown format fails before any output
    if args.output:
        try:
            with Path(args.output).open("w", encoding="utf-8") as out:
                out.writelines(parts)
        except OSError as exc:  # a directory, no permission, a full disk
            from newsconsistency.errors import UsageError

            raise UsageError(f"--output {args.output}: {exc.strerror or exc}") from None
    else:
        try:
            sys.stdout.writelines(parts)
            sys.stdout.flush()
        except BrokenPipeError:  # the reader went away (`... | head`): the verdict stands
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_CONFLICT if report.failed else EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
