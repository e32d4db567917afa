"""newsconsistency: check news articles against the facts of an event.

>>> from newsconsistency import load_claims, check
>>> report = check(load_claims("claims/summit.yaml"), ["articles/summit/002_99731a204969e2e1.txt"])
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from newsconsistency.articles import Article, load_article
from newsconsistency.claims import load_claims
from newsconsistency.engine import Checker, check
from newsconsistency.errors import ArticleError, ClaimFileError, NewsConsistencyError, UsageError
from newsconsistency.model import Claim, ClaimSet, Evidence, Verdict
from newsconsistency.report import Report

try:
    __version__ = version("newsconsistency")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

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
