"""Accuracy of our extractors on other projects' test suites, beside the libraries a user
would otherwise reach for (quantulum3 for numbers and money, dateparser's ``search_dates``
for dates), measured on the same cases in the same run.

    python benchmarks/accuracy.py [--peer DIR] [--json PATH] [--no-anchors] [--check]
    python benchmarks/accuracy.py --write-slice tests/data/peer     # refresh the test slice
    python benchmarks/accuracy.py --write-excluded-md               # refresh EXCLUDED.md

The peer data lives in ``shared/peer`` beside the repository (``--peer`` overrides); cases
listed in ``benchmarks/excluded.json`` are left out, and nothing else is.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.peer_scoring import (
    SUITES,
    Case,
    Cash,
    Counts,
    Exclusion,
    Suite,
    apply_exclusions,
    load_exclusions,
    score,
)

HERE = Path(__file__).resolve().parent
DEFAULT_PEER = HERE.parents[1] / "shared" / "peer"  # the repository's sibling ``shared``
EXCLUDED_JSON = HERE / "excluded.json"
EXCLUDED_MD = HERE / "EXCLUDED.md"
MAX_EXCLUDED = 0.10
SLICE_SIZE = 60

Extractor = Callable[[Case], list[Any]]


# ----------------------------------------------------------------------------- anchors


def _quantulum_extractors() -> dict[str, Extractor] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "classifier dependencies not installed"
            from quantulum3 import parser  # type: ignore[import-untyped]
    except ImportError:
        return None
    from benchmarks.peer_scoring import _QUANTULUM_CURRENCIES, _overlaps

    def parse(case: Case) -> list[Any]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                return list(parser.parse(case.text))
            except Exception:  # a crash on one input is a miss, not a halt
                return []

    def cash(quantity: Any) -> Cash:
        name = quantity.unit.name
        family, iso = _QUANTULUM_CURRENCIES.get(name, (name.split()[-1], None))
        return Cash(quantity.value, family, quantity.unit.currency_code or iso)

    def money(case: Case) -> list[Any]:
        return [cash(q) for q in parse(case) if q.unit.entity.name == "currency"]

    def numbers(case: Case) -> list[Any]:
        return [q.value for q in parse(case)]

    def ranges(case: Case) -> list[Any]:
        return [
            (q.value - q.uncertainty, q.value + q.uncertainty) for q in parse(case) if q.uncertainty
        ]

    seconds = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0,
               "week": 604800.0, "month": 2629746.0, "year": 31556952.0}  # fmt: skip

    def durations(case: Case) -> list[Any]:
        return [
            q.value * seconds[q.unit.name]
            for q in parse(case)
            if q.unit.entity.name == "time" and q.unit.name in seconds
        ]

    def quantities(case: Case) -> list[Any]:
        found: list[Any] = []
        for q in parse(case):
            if _overlaps(tuple(q.span), case.ignore):
                continue
            if q.unit.entity.name == "currency":
                found.append(cash(q))
            elif q.unit.name == "dimensionless":
                found.append(q.value)
        return found

    return {
        "currency": money,
        "number": numbers,
        "number_range": ranges,
        "duration": durations,
        "quantulum3": quantities,
        "number_words": numbers,
    }


def _search_dates_extractors() -> dict[str, Extractor] | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None

    def dates(case: Case) -> list[Any]:
        settings: dict[str, Any] = {"PREFER_DATES_FROM": case.prefer}
        if case.reference is not None:
            settings["RELATIVE_BASE"] = case.reference
        try:
            found = search_dates(case.text, languages=["en"], settings=settings) or []
        except Exception:  # a crash on one input is a miss, not a halt
            return []
        return [value.date() for _, value in found]

    return {"date": dates, "relative_date": dates}


# ----------------------------------------------------------------------------- running


def kept_cases(
    suite: Suite, peer: Path, exclusions: Sequence[Exclusion], *, partial: bool = False
) -> list[Case]:
    """The suite's cases less the excluded ones; ``partial`` data (a slice) need not hold
    every excluded input."""
    cases = suite.cases(peer)
    kept = apply_exclusions(cases, exclusions, strict=not partial)
    if not partial and len(cases) - len(kept) > MAX_EXCLUDED * len(cases):
        raise SystemExit(f"{suite.name}: more than 10% of the cases are excluded")
    return kept


def measure(
    peer: Path, exclusions: Sequence[Exclusion], anchors: bool, partial: bool = False
) -> tuple[dict[str, Counts], dict[str, tuple[str, Counts]], dict[str, int]]:
    libraries: dict[str, dict[str, Extractor]] = {}
    if anchors:
        for name, make in (("quantulum3", _quantulum_extractors),
                           ("search_dates", _search_dates_extractors)):  # fmt: skip
            extractors = make()
            if extractors is not None:
                libraries[name] = extractors
    ours: dict[str, Counts] = {}
    theirs: dict[str, tuple[str, Counts]] = {}
    dropped: dict[str, int] = {}
    for suite in SUITES.values():
        cases = kept_cases(suite, peer, exclusions, partial=partial)
        dropped[suite.name] = len(suite.cases(peer)) - len(cases)
        ours[suite.name] = score(cases, suite.ours, suite.match)
        anchor = libraries.get(suite.anchor or "", {}).get(suite.name)
        if anchor is not None and suite.anchor is not None:
            theirs[suite.name] = (suite.anchor, score(cases, anchor, suite.match))
    return ours, theirs, dropped


def table(
    ours: dict[str, Counts], theirs: dict[str, tuple[str, Counts]], dropped: dict[str, int]
) -> str:
    header = (f"{'suite':<14}{'cases':>6}{'excl':>5}  {'P':>5} {'R':>5} {'F1':>5} "
              f"{'floor':>5}  | {'anchor':<13}{'P':>5} {'R':>5} {'F1':>5}")  # fmt: skip
    lines = [header, "-" * len(header)]
    for name, counts in ours.items():
        floor = SUITES[name].floor
        mark = "" if floor is None else f"{floor:.2f}" + ("" if counts.f1 >= floor else "!")
        line = (f"{name:<14}{counts.cases:>6}{dropped[name]:>5}  {counts.precision:5.2f} "
                f"{counts.recall:5.2f} {counts.f1:5.2f} {mark:>5}  |")  # fmt: skip
        if name in theirs:
            library, other = theirs[name]
            line += (f" {library:<13}{other.precision:5.2f} {other.recall:5.2f} "
                     f"{other.f1:5.2f}")  # fmt: skip
        lines.append(line)
    lines.append("(! = below the floor; P/R/F1 micro over the suite's values)")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- maintenance


def write_slice(peer: Path, out: Path, exclusions: Sequence[Exclusion], size: int) -> None:
    """Copy an evenly spaced subset of each suite's file, kept cases only, with the LICENSE."""
    for suite in SUITES.values():
        source = peer / suite.project / suite.path
        data = json.loads(source.read_text(encoding="utf-8-sig"))
        rows = data["cases"] if isinstance(data, dict) else data
        text_key = next(k for k in ("Input", "req", "text", "input") if k in rows[0])
        listed = {e.input for e in exclusions if e.suite == suite.name}
        rows = [row for row in rows if row[text_key] not in listed]
        step = max(1, len(rows) / size)
        subset = [rows[int(i * step)] for i in range(min(size, len(rows)))]
        if isinstance(data, dict):
            subset_data: Any = {**data, "cases": subset}
        else:
            subset_data = subset
        target = out / suite.project / suite.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(subset_data, indent=1, ensure_ascii=False) + "\n", "utf-8")
        shutil.copyfile(peer / suite.project / "LICENSE", out / suite.project / "LICENSE")


def excluded_markdown(exclusions: Sequence[Exclusion], peer: Path) -> str:
    lines = [
        "# Peer cases left out of `benchmarks/accuracy.py`",
        "",
        "Generated from `benchmarks/excluded.json` by "
        "`python benchmarks/accuracy.py --write-excluded-md`; the harness applies exactly that "
        "list (matched on suite and input) and refuses to run if an entry names no case or a "
        "suite loses more than 10% of its cases.",
        "",
        "## Scoring decisions (not exclusions: every case below stays in)",
        "",
        "- **currency**: value equal and currency compatible: ISO code equal when the gold has "
        "`isoCurrency`; otherwise the family from the unit name (`Dollar` matches any dollar, "
        "`Pound` any pound, `Franc` any franc). Minor units are compared as written, as both "
        "Recognizers-Text and our extractor keep them: gold `Cent` 50 matches our 50 of family "
        "`cent`, `Pence`/`Penny` our family `penny`. Currency words without an amount have no "
        "`value` upstream and are not gold.",
        "- **ordinal**: only `ordinal` results (numeric positions) are gold. `ordinal.relative` "
        'results ("last", "next", "previous", "the last but one") have no counterpart '
        "in our claim types; their cases stay in with no gold, so a position we find there "
        "counts as a false positive.",
        "- **number**: a hedged number counts as its stated value (\"more than half\" is "
        "0.5), a range as its two written ends (\"10 to 20\" is 10 and 20, not the midpoint we "
        "store as its value). A number with a glued unit (\"180ml\") is still our answer and "
        "counts as a false positive where upstream leaves it to the DimensionModel.",
        "- **number_range**: our answers are the numbers we give a range (`low != high`: "
        "ranges and hedges); ends compare as numbers, brackets are ignored; an open gold end "
        "matches an open end (or 0 below).",
        "- **duration**: gold seconds are recomputed from the Timex on our calendar (month "
        "30.436875 days, year 365.2425 days); upstream's seconds (30-day months) match too.",
        "- **date / relative_date**: date precision; gold is `PastResolution` (Recognizers) or "
        "`expected_datetime` (dateparser); our anaphoric mentions count from the reference "
        "date.",
        "- **quantulum3**: currency quantities are money, `dimensionless` ones bare numbers; "
        "physical quantities are not scored and any answer overlapping one is ignored.",
        "- **number_words**: text2num/text2digits phrases are one number (`parse_number`), or "
        "none where upstream rejects them; rewriting cases are scored on the numbers written "
        "as digits in the expected text (`find_numbers`), ordinals excluded.",
        "",
        "## Excluded cases",
        "",
        "| suite | input | reason |",
        "|---|---|---|",
    ]
    for exclusion in exclusions:
        text = exclusion.input.replace("|", "\\|").replace("\n", " ")
        lines.append(f"| {exclusion.suite} | `{text}` | {exclusion.reason} |")
    lines += ["", "| suite | cases | excluded | share |", "|---|---|---|---|"]
    for suite in SUITES.values():
        total = len(suite.cases(peer))
        count = sum(1 for e in exclusions if e.suite == suite.name)
        lines.append(f"| {suite.name} | {total} | {count} | {count / total:.1%} |")
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- CLI


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peer", type=Path, default=DEFAULT_PEER, help="peer data folder")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--no-anchors", action="store_true", help="skip quantulum3/dateparser")
    parser.add_argument("--partial", action="store_true", help="--peer holds a slice only")
    parser.add_argument("--check", action="store_true", help="exit 1 when a floor is missed")
    parser.add_argument("--failures", metavar="SUITE", help="list the cases a suite gets wrong")
    parser.add_argument("--write-slice", type=Path, metavar="DIR", help="write the test slice")
    parser.add_argument("--write-excluded-md", action="store_true", help="regenerate EXCLUDED.md")
    args = parser.parse_args(argv)
    peer: Path = args.peer
    if not peer.is_dir():
        parser.error(f"no peer data at {peer} (use --peer DIR)")
    exclusions = load_exclusions(EXCLUDED_JSON)
    if args.write_slice:
        write_slice(peer, args.write_slice, exclusions, SLICE_SIZE)
        return 0
    if args.write_excluded_md:
        EXCLUDED_MD.write_text(excluded_markdown(exclusions, peer), encoding="utf-8")
        return 0

    if args.failures:
        suite = SUITES[args.failures]
        for case in kept_cases(suite, peer, exclusions, partial=args.partial):
            found = suite.ours(case)
            if score([case], suite.ours, suite.match) != Counts(
                1, len(case.gold), len(case.gold), len(case.gold)
            ):
                print(f"{case.text!r}\n    gold  {list(case.gold)}\n    found {found}")
        return 0

    started = time.perf_counter()
    ours, theirs, dropped = measure(peer, exclusions, not args.no_anchors, args.partial)
    print(table(ours, theirs, dropped))
    print(f"({time.perf_counter() - started:.1f} s, {dt.date.today().isoformat()})")
    if args.json:
        report = {
            "suites": {name: counts.as_json() for name, counts in ours.items()},
            "anchors": {
                name: {"library": library, **counts.as_json()}
                for name, (library, counts) in theirs.items()
            },
        }
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    missed = [n for n, c in ours.items() if (f := SUITES[n].floor) is not None and c.f1 < f]
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
