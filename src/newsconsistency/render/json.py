"""JSON, schema ``newsconsistency-report/1`` (see SPEC §5).

Each claim, source and verdict is written on a line of its own: the report stays readable
(and greppable) without indenting every key, json's C encoder does the work (an indented
dump goes through the pure-Python encoder, which took a third of a CLI run over 2,000
articles), and a long run's report is streamed, never held as one string.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsconsistency.report import Report

_encode = json.JSONEncoder(ensure_ascii=False).encode


def iter_json(report: Report) -> Iterator[str]:
    """The JSON report in pieces, in key order."""
    parts: list[tuple[str, Any]] = [
        *report.json_head().items(),
        ("sources", (s.to_json() for s in report.iter_sources())),
        ("verdicts", (v.to_json() for v in report)),
        ("summary", report.summary),
    ]
    for n, (key, value) in enumerate(parts):
        yield ("{\n  " if n == 0 else ",\n  ") + _encode(key) + ": "
        if isinstance(value, dict) or not isinstance(value, Iterable) or isinstance(value, str):
            yield _encode(value)
        else:
            yield from _array(value)
    yield "\n}\n"


def _array(items: Iterable[Any]) -> Iterator[str]:
    empty = True
    for item in items:
        yield ("[\n    " if empty else ",\n    ") + _encode(item)
        empty = False
    yield "[]" if empty else "\n  ]"


def render_json(report: Report) -> str:
    return "".join(iter_json(report))
