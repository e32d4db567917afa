"""Main text and metadata of an HTML news page, through trafilatura.

Imported only when an HTML article is read: ``import trafilatura`` costs about 0.4 s.
The text returned is what offsets of HTML articles point into (``offsets == "extracted"``);
trafilatura already leaves out navigation, footers, scripts and most asides, and
:mod:`newsconsistency.articles` drops the furniture lines that get through.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import trafilatura
from trafilatura.settings import Document

from newsconsistency.errors import ArticleError

# Only the page's own metadata (meta tags, JSON-LD, <time>), not dates guessed from the text.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@attrs.frozen
class HtmlPage:
    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None


def extract_html(data: bytes, path: str | Path) -> HtmlPage:
    """The main text of a page with its title, publication date, URL and site name."""
    try:
        document = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # a parser failure on one page is an error for that source
        raise ArticleError(path, f"cannot extract text from HTML: {exc}") from exc
    text = document.text if isinstance(document, Document) else None
    if not text:
        raise ArticleError(path, "no article text found in the HTML page")
    assert isinstance(document, Document)
    return HtmlPage(
        text=text,
        title=_clean(document.title),
        published=_iso_date(document.date),
        url=_clean(document.url),
        outlet=_clean(document.sitename),
    )


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return value.strip() or None


def _iso_date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
