"""newsconsistency: check news articles against the facts of an event.

>>> from newsconsistency import load_claims, check
>>> report = check(load_claims("claims/summit.yaml"), ["articles/summit/002_99731a204969e2e1.txt"])
"""

from __future__ import annotations

from typing import Any

from newsconsistency.articles import Article, load_article
from newsconsistency.claims import load_claims
from newsconsistency.engine import Checker, check
from newsconsistency.errors import ArticleError, ClaimFileError, NewsConsistencyError, UsageError
from newsconsistency.model import Claim, ClaimSet, Evidence, Verdict
from newsconsistency.report import Report


def __getattr__(name: str) -> Any:
    """``__version__``, read from the installed metadata on first use: importing
    importlib.metadata costs ~20 ms of every start, and a check never needs it."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("newsconsistency")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        found = "0+unknown"
    globals()["__version__"] = found
    return found

__all__ = [
    "Article",
    "ArticleError",
    "Checker",
    "Claim",
    "ClaimFileError",
    "ClaimSet",
    "Evidence",
    "NewsConsistencyError",
    "Report",
    "UsageError",
    "Verdict",
    "__version__",
    "check",
    "load_article",
    "load_claims",
]
