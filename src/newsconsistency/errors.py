"""One error root, with a family per thing a user can get wrong."""

from __future__ import annotations

from pathlib import Path


class NewsConsistencyError(Exception):
    """Root of every error this library raises on purpose."""


class ClaimFileError(NewsConsistencyError, ValueError):
    """A claim file that cannot be used; rendered as ``path:line:col: message``."""

    def __init__(self, path: str | Path, line: int, column: int, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.column = column
        self.message = message
        super().__init__(f"{self.path}:{line}:{column}: {message}")


class ArticleError(NewsConsistencyError, OSError):
    """An article that cannot be read or decoded: an error for that source."""

    def __init__(self, path: str | Path, message: str) -> None:
        self.path = str(path)
        self.message = message
        super().__init__(f"{self.path}: {message}")


class UsageError(NewsConsistencyError, ValueError):
    """Wrong options or arguments: a glob that matches nothing, an unknown format."""
