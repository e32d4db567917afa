"""JSON, schema ``newsconsistency-report/1`` (see SPEC §5).

Each claim, source and verdict is written on a line of its own: the report stays readable
(and greppable) without indenting every key, json's C encoder does the work (an indented
dump goes through the pure-Python encoder, which took a third of a CLI run over 2,000
articles), and a long run's report is streamed, never held as one string.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newsconsistency.report import Report, json_line


def iter_json(report: Report) -> Iterator[str]:
    """The JSON report in pieces, in key order."""
    head = report.json_head()
    parts: list[tuple[str, Any]] = [
        *((key, (json_line(item) for item in value) if isinstance(value, list) else value)
          for key, value in head.items()),
        ("sources", report.json_lines("sources")),
        ("verdicts", report.json_lines("verdicts")),
        ("summary", report.summary),
    ]
    for n, (key, value) in enumerate(parts):
        yield ("{\n  " if n == 0 else ",\n  ") + json_line(key) + ": "
        if isinstance(value, Iterator):
            yield from _array(value)
        else:
            yield json_line(value)
    yield "\n}\n"


def _array(lines: Iterator[str]) -> Iterator[str]:
    """A JSON array of items already encoded, one per line."""
    empty = True
    for line in lines:
        yield ("[\n    " if empty else ",\n    ") + line
        empty = False
    yield "[]" if empty else "\n  ]"


def render_json(report: Report) -> str:
    return "".join(iter_json(report))
