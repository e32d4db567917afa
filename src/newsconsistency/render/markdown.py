"""Markdown: a matrix table and the conflicts, for pull-request comments."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsconsistency.render.text import SYMBOLS

if TYPE_CHECKING:
    from newsconsistency.report import Report


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: Report) -> str:
    sources = [s.id for s in report.sources]
    grid, conflicts = report.matrix_and_conflicts()
    s = report.summary
    out = [
        f"# {report.claims.event.name or report.claims.name}",
        "",
        f"{s['agree']} agree, {s['conflict']} conflict, {s['silent']} silent.",
        "",
        "| claim | " + " | ".join(sources) + " |",
        "|---|" + "---|" * len(sources),
    ]
    for claim, row in grid.items():
        out.append(f"| {claim} | " + " | ".join(SYMBOLS.get(row.get(x, ""), "?") for x in sources)
                   + " |")
    if conflicts:
        out += ["", "## Conflicts", ""]
        for v in conflicts:
            out.append(f"- **{v.claim}** in `{v.source}`: {_cell(v.message)}")
            for e in v.sentences():
                out.append(f"  > line {e.line}: {_cell(e.text)}")
    return "\n".join(out) + "\n"
