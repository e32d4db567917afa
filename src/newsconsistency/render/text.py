"""Plain text for terminals: the conflicts with their evidence, then the matrix."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsconsistency.report import Report

SYMBOLS = {"agree": "✓", "conflict": "✗", "silent": "·"}


def matrix_lines(grid: Mapping[str, Mapping[str, str]], sources: Sequence[str]) -> list[str]:
    """A claims × sources table of symbols; sources are numbered in a legend below it."""
    width = max((len(c) for c in grid), default=5)
    head = " " * width + "  " + " ".join(f"{i + 1:>3}" for i in range(len(sources)))
    lines = [head]
    for claim, row in grid.items():
        cells = " ".join(f"{SYMBOLS.get(row.get(s, ''), '?'):>3}" for s in sources)
        lines.append(f"{claim:<{width}}  {cells}")
    lines.append("")
    lines.extend(f"{i + 1:>3} {s}" for i, s in enumerate(sources))
    lines.append("    ✓ agree  ✗ conflict  · silent  ? no verdict")
    return lines


def render_text(report: Report) -> str:
    summary = report.summary
    sources = report.sources  # read back from disk once for a long run
    out = [
        f"{report.claims.path}: {len(report.claims)} claims × {len(sources)} sources: "
        f"{summary['agree']} agree, {summary['conflict']} conflict, {summary['silent']} silent",
        "",
    ]
    claims = {c.id: c for c in report.claims.claims}
    paths = {s.id: s.path for s in sources}
    grid, conflicts = report.matrix_and_conflicts()
    for v in conflicts:
        label = "CONFLICT" if v.severity == "error" else "WARNING"
        line = claims[v.claim].line if v.claim in claims else 0
        out.append(f"{label} {v.claim} [{v.source}]  ({report.claims.path}:{line})")
        out.append(f"  {v.message}")
        for e in v.sentences():
            out.append(f"  {paths.get(v.source, v.source)}:{e.line}: {e.text}")
        out.append("")
    out.extend(matrix_lines(grid, [s.id for s in sources]))
    return "\n".join(out) + "\n"
