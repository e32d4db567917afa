"""Plain text for terminals: the conflicts with their evidence, then the matrix.

Written piece by piece (see ``STREAMED``): each conflict as the verdicts are read, then
the matrix from one symbol per (claim, source), so a long run is neither held as one
string nor kept as verdicts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsconsistency.model import Verdict
    from newsconsistency.report import Report

SYMBOLS = {"agree": "✓", "conflict": "✗", "silent": "·"}


def matrix_lines(grid: Mapping[str, Mapping[str, str]], sources: Sequence[str]) -> list[str]:
    """A claims × sources table of symbols; sources are numbered in a legend below it."""
    claims = list(grid)
    return list(_table(claims, lambda row, s: SYMBOLS.get(grid[claims[row]].get(s, ""), "?"),
                       sources))


def _table(
    claims: Sequence[str], symbol: Callable[[int, str], str], sources: Sequence[str]
) -> Iterator[str]:
    """The matrix's lines; ``symbol(row, source)`` is the cell of the claim in that row."""
    width = max((len(c) for c in claims), default=5)
    yield " " * width + "  " + " ".join(f"{i + 1:>3}" for i in range(len(sources)))
    for row, claim in enumerate(claims):
        cells = " ".join(f"{symbol(row, s):>3}" for s in sources)
        yield f"{claim:<{width}}  {cells}"
    yield ""
    yield from (f"{i + 1:>3} {s}" for i, s in enumerate(sources))
    yield "    ✓ agree  ✗ conflict  · silent  ? no verdict"


def iter_text(report: Report) -> Iterator[str]:
    """The text report in pieces: one read of the verdicts (a long run's come back from
    disk), each conflict written as it is read."""
    summary = report.summary
    sources = report.sources  # read back from disk once for a long run
    yield (f"{report.claims.path}: {len(report.claims)} claims × {len(sources)} sources: "
           f"{summary['agree']} agree, {summary['conflict']} conflict, "
           f"{summary['silent']} silent\n\n")
    lines = {c.id: c.line for c in report.claims.claims}
    rows = {c.id: n for n, c in enumerate(report.claims.claims)}  # claim -> matrix row
    columns: dict[str, list[str]] = {}  # source -> its cells, by row
    # the verdicts come source by source, in the sources' order, a claim at most once
    # each: every conflict cites its own source's path, even where two files share a
    # name (and so a source id)
    following = iter(sources)
    source_id: str | None = None
    path, claimed = "", set[str]()
    for v in report:
        if v.source != source_id or v.claim in claimed:  # the next source
            source_id, claimed = v.source, set()
            found = next((s for s in following if s.id == source_id), None)
            path = "" if found is None else found.path  # "": cited by its id
        claimed.add(v.claim)
        row = rows.setdefault(v.claim, len(rows))
        column = columns.get(v.source)
        if column is None:
            column = columns[v.source] = []
        if len(column) <= row:
            column.extend("?" * (row + 1 - len(column)))
        column[row] = SYMBOLS.get(v.status, "?")
        if v.status == "conflict":
            yield _conflict(v, lines.get(v.claim, 0), report.claims.path, path)

    def symbol(row: int, source: str) -> str:
        column = columns.get(source, ())
        return column[row] if row < len(column) else "?"

    yield "\n".join(_table(list(rows), symbol, [s.id for s in sources])) + "\n"


def _conflict(v: Verdict, line: int, claims_path: str, path: str) -> str:
    label = "CONFLICT" if v.severity == "error" else "WARNING"
    out = [f"{label} {v.claim} [{v.source}]  ({claims_path}:{line})", f"  {v.message}"]
    out += [f"  {path or v.source}:{e.line}: {e.text}" for e in v.sentences()]
    return "\n".join(out) + "\n\n"


def render_text(report: Report) -> str:
    return "".join(iter_text(report))
