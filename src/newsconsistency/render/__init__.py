"""Report renderers, one module per format, registered by name."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from newsconsistency.render.html import render_html
from newsconsistency.render.json import iter_json, render_json
from newsconsistency.render.markdown import render_markdown
from newsconsistency.render.text import iter_text, render_text

if TYPE_CHECKING:
    from newsconsistency.report import Report

RENDERERS: dict[str, Callable[[Report], str]] = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
    "md": render_markdown,
    "html": render_html,
}

# formats written piece by piece (Report.write), so a long run is never one string
STREAMED: dict[str, Callable[[Report], Iterator[str]]] = {"json": iter_json, "text": iter_text}

__all__ = ["RENDERERS", "STREAMED"]
