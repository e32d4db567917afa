"""HTML: one self-contained page with the matrix; each cell's title holds the message."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from newsconsistency.render.text import SYMBOLS

if TYPE_CHECKING:
    from newsconsistency.report import Report

STYLE = (
    "body{font-family:sans-serif;margin:2em}td,th{border:1px solid #ccc;padding:.3em .6em}"
    "table{border-collapse:collapse}.agree{background:#dfd}.conflict{background:#fcc}"
    ".silent{color:#888}"
)


def render_html(report: Report) -> str:
    sources = [s.id for s in report.sources]
    verdicts = {(v.claim, v.source): v for v in report}
    title = escape(report.claims.event.name or report.claims.name)
    rows = []
    for claim in report.claims.claims:
        cells = []
        for source in sources:
            v = verdicts.get((claim.id, source))
            status = v.status if v else ""
            tip = escape(v.message) if v else "no verdict"
            cells.append(f'<td class="{status}" title="{tip}">{SYMBOLS.get(status, "?")}</td>')
        rows.append(f"<tr><th>{escape(claim.id)}</th>{''.join(cells)}</tr>")
    head = "".join(f"<th>{escape(s)}</th>" for s in sources)
    conflicts = "".join(
        f"<li><b>{escape(v.claim)}</b> in <code>{escape(v.source)}</code>: {escape(v.message)}"
        + "".join(
            f"<blockquote>line {e.line}: {escape(e.text)}</blockquote>" for e in v.sentences()
        )
        + "</li>"
        for v in report
        if v.status == "conflict"
    )
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>"
        f"<style>{STYLE}</style></head><body><h1>{title}</h1>"
        f"<table><tr><th></th>{head}</tr>{''.join(rows)}</table>"
        f"<h2>Conflicts</h2><ul>{conflicts}</ul></body></html>\n"
    )
