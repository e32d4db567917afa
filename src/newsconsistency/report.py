"""The report: verdicts for every (claim, source), and its renderings.

Renderers live in :mod:`newsconsistency.render`, one module per format, registered by name.
"""

from __future__ import annotations

import datetime as dt
import pickle
import tempfile
from collections import Counter
from collections.abc import Iterator
from typing import IO, Any, TextIO

import attrs

from newsconsistency.articles import Article
from newsconsistency.model import ClaimSet, Evidence, Verdict

SCHEMA = "newsconsistency-report/1"


@attrs.frozen
class SourceInfo:
    id: str
    path: str
    published: dt.date | None = None
    title: str | None = None
    offsets: str = "file"
    error: str | None = None

    @classmethod
    def of(cls, article: Article) -> SourceInfo:
        return cls(article.source_id, article.path, article.published, article.title,
                   article.offsets)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "path": self.path,
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
        }
        if self.offsets != "file":
            data["offsets"] = self.offsets
        if self.error:
            data["error"] = self.error
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SourceInfo:
        published = data.get("published")
        return cls(data["id"], data["path"],
                   dt.date.fromisoformat(published) if published else None,
                   data.get("title"), data.get("offsets", "file"), data.get("error"))


@attrs.define
class Report:
    """What :func:`~newsconsistency.check` returns; iterate it for the verdicts.

    A long run keeps its first ``keep`` verdicts (and their sources) in memory and spills
    the rest, pickled, to a temporary file of its own, so that checking an archive stays
    flat in memory; counts and the pass/fail answer are kept as verdicts arrive.
    """

    claims: ClaimSet
    keep: int = 5_000
    _held_sources: list[SourceInfo] = attrs.field(factory=list, alias="_held_sources")
    _held: list[Verdict] = attrs.field(factory=list, alias="_held")
    _spill: IO[bytes] | None = attrs.field(default=None, alias="_spill")
    _counts: Counter[str] = attrs.field(factory=Counter, alias="_counts")
    _failed: bool = attrs.field(default=False, alias="_failed")

    def add(self, source: SourceInfo, verdicts: list[Verdict]) -> None:
        for v in verdicts:
            self._counts[v.status] += 1
            self._failed = self._failed or v.failed
        if len(self._held) + len(verdicts) <= self.keep and self._spill is None:
            self._held_sources.append(source)
            self._held.extend(verdicts)
            return
        if self._spill is None:
            self._spill = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the report
        rows = [(v.claim, v.source, v.status, v.message, v.found,
                 [(e.text, e.start, e.end, e.line, e.found) for e in v.evidence],
                 v.severity, v.error) for v in verdicts]
        row = (source.id, source.path, source.published, source.title, source.offsets,
               source.error)
        pickle.dump((row, rows), self._spill, protocol=pickle.HIGHEST_PROTOCOL)

    def _spilled(self) -> Iterator[tuple[Any, Any]]:
        """The (source, verdicts) records written to disk, as plain tuples, in order."""
        if self._spill is None:
            return
        self._spill.flush()
        self._spill.seek(0)
        try:
            while True:
                try:
                    yield pickle.load(self._spill)  # plain tuples, written by add() above
                except EOFError:
                    break
        finally:
            self._spill.seek(0, 2)

    def __iter__(self) -> Iterator[Verdict]:
        yield from self._held
        for _, rows in self._spilled():
            for claim, source, status, message, found, evidence, severity, error in rows:
                yield Verdict(claim, source, status, message, found,
                              tuple(Evidence(*e) for e in evidence), severity, error)

    def iter_sources(self) -> Iterator[SourceInfo]:
        """Every source, in order, read back from disk for a long run."""
        yield from self._held_sources
        for row, _ in self._spilled():
            yield SourceInfo(*row)

    @property
    def sources(self) -> list[SourceInfo]:
        return list(self.iter_sources())

    def __len__(self) -> int:
        return sum(self._counts.values())

    @property
    def verdicts(self) -> list[Verdict]:
        """Every verdict, in order (read back from disk for a long run)."""
        return list(self)

    def verdict(self, claim: str, source: str) -> Verdict:
        for v in self:
            if v.claim == claim and v.source == source:
                return v
        raise KeyError((claim, source))

    def matrix(self) -> dict[str, dict[str, str]]:
        """claim id -> source id -> status."""
        grid: dict[str, dict[str, str]] = {c.id: {} for c in self.claims.claims}
        for v in self:
            grid.setdefault(v.claim, {})[v.source] = v.status
        return grid

    @property
    def summary(self) -> dict[str, int]:
        return {s: self._counts.get(s, 0) for s in ("agree", "conflict", "silent")}

    @property
    def failed(self) -> bool:
        return self._failed

    def to_json(self) -> dict[str, Any]:
        data = self.json_head()
        data["sources"] = [s.to_json() for s in self.iter_sources()]
        data["verdicts"] = [v.to_json() for v in self]
        data["summary"] = self.summary
        return data

    def json_head(self) -> dict[str, Any]:
        """The JSON report's keys before the sources and verdicts (streamed after them)."""
        return {
            "schema": SCHEMA,
            "claims_file": self.claims.path,
            "event": {
                "name": self.claims.event.name,
                "date": self.claims.event.date.isoformat() if self.claims.event.date else None,
            },
            "claims": [
                {"id": c.id, "type": c.type, "expected": c.spec.describe(), "line": c.line,
                 "severity": c.severity, "description": c.description}
                for c in self.claims.claims
            ],
        }

    def render(self, format: str = "text") -> str:
        return "".join(self.render_parts(format))

    def write(self, stream: TextIO, format: str = "text") -> None:
        """Write the report to ``stream`` piece by piece: a long run's JSON is never held
        in memory as one string."""
        for part in self.render_parts(format):
            stream.write(part)

    def render_parts(self, format: str = "text") -> Iterator[str]:
        from newsconsistency.render import RENDERERS, STREAMED

        if format in STREAMED:
            return STREAMED[format](self)
        try:
            renderer = RENDERERS[format]
        except KeyError:
            from newsconsistency.errors import UsageError

            raise UsageError(
                f"unknown report format {format!r}; choose from {', '.join(sorted(RENDERERS))}"
            ) from None
        return iter((renderer(self),))
