"""The engine on text it has never seen: every article as if its every sentence were new.

The synthetic corpus repeats its sentences (it is grown from five seed articles), and the
engine keeps what it learns from a sentence, a paragraph or a line by its text. A newsroom
checking today's stories, or an archive of unique ones, meets mostly new text. This
benchmark empties the engine's text caches before each article, so each one is read from
scratch, and prints the rate beside the same articles checked the usual way (caches kept).

    python benchmarks/unseen.py                    # 300 articles, three turns
    python benchmarks/unseen.py --count 500 --profile profile.txt

Caches kept by word (a vocabulary repeats even where texts do not) and by claim are left
alone. The list of text caches is named here; a name that no longer exists stops the run.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import SUMMIT, Corpus  # importable: path set above

from newsconsistency import check, load_claims
from newsconsistency.bounded import Bounded

#: functions cached by the text of a sentence, paragraph, line or quote
TEXT_CACHES = (
    "newsconsistency.articles._line",
    "newsconsistency.articles._paragraph_sentences",
    "newsconsistency.extract.dates._matches",
    "newsconsistency.extract.quotes._scan_paragraph",
    "newsconsistency.types._base.in_quotation",
    "newsconsistency.types.quote._match",
    "newsconsistency.types.quote._words",
)
#: dicts cached by text (sentence facts, paragraphs' quotes, names) hold at least this many
LARGE = 2048


def _cache(name: str) -> Any:
    module, _, function = name.rpartition(".")
    return getattr(importlib.import_module(module), function)


def forgetting(paths: list[Path]) -> Iterator[Path]:
    """The paths, with the text caches emptied before each. The caches a check makes for
    its claim file exist once it has begun: they are found after its first article."""
    functions = [_cache(name) for name in TEXT_CACHES]
    stores: list[Bounded[Any, Any]] = []
    for index, path in enumerate(paths):
        if index == 1:
            stores = [o for o in gc.get_objects() if isinstance(o, Bounded) and o.size >= LARGE]
        for function in functions:
            function.cache_clear()
        for store in stores:
            store.clear()
        yield path


def _timed(run: Callable[[], object]) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--turns", type=int, default=3)
    parser.add_argument("--claims", type=Path, default=SUMMIT)
    parser.add_argument("--profile", type=Path, help="write a pyinstrument profile (text) here")
    args = parser.parse_args()

    for name in TEXT_CACHES:
        _cache(name).cache_info()  # fails at once for a cache renamed or gone
    claims = load_claims(args.claims)
    with tempfile.TemporaryDirectory() as tmp:
        paths = Corpus().write(Path(tmp), args.count)
        check(claims, paths[:10])  # warm-up: imports, patterns compiled on first use
        unseen, usual = [], []
        for _ in range(args.turns):  # alternating, so a slow spell of the machine hits both
            unseen.append(_timed(lambda: check(claims, forgetting(paths))))
            # a claim set loaded afresh, as each run of the CLI has: what the claim set
            # keeps for its next check (see engine.compiled) would serve the whole run
            usual.append(_timed(partial(check, load_claims(args.claims), paths)))
        if args.profile:
            from pyinstrument import Profiler

            profiler = Profiler(interval=0.0005)
            with profiler:
                check(claims, forgetting(paths))
            args.profile.write_text(profiler.output_text(unicode=False), encoding="utf-8")

    def rates(seconds: list[float]) -> str:
        each = ", ".join(f"{args.count / s:,.0f}" for s in seconds)
        median = statistics.median(seconds)
        return f"{args.count / median:7,.0f}/s  {1000 * median / args.count:5.2f} ms each  ({each})"

    print(f"{args.count} synthetic articles, {len(claims.claims)} claims, CPU time, "
          f"median of {args.turns} turns")
    print(f"  text never seen  {rates(unseen)}")
    print(f"  caches kept      {rates(usual)}")


if __name__ == "__main__":
    main()
