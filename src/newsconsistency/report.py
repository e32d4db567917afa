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


STATUSES = ("agree", "conflict", "silent")


def _source_row(source: SourceInfo) -> tuple[Any, ...]:
    return (source.id, source.path, source.published, source.title, source.offsets,
            source.error)


def _verdict_rows(verdicts: list[Verdict]) -> list[tuple[Any, ...]]:
    """An article's verdicts as plain tuples: how the report spills them."""
    return [(v.claim, v.source, v.status, v.message, v.found,
             [(e.text, e.start, e.end, e.line, e.found) for e in v.evidence],
             v.severity, v.error) for v in verdicts]


def _verdicts(rows: list[tuple[Any, ...]]) -> list[Verdict]:
    return [
        Verdict(claim, source, status, message, found, tuple(Evidence(*e) for e in evidence),
                severity, error)
        for claim, source, status, message, found, evidence, severity, error in rows
    ]


def _dump(data: Any) -> bytes:
    return pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)


@attrs.frozen
class Packed:
    """One article's source and verdicts, pickled as the report spills them, with what the
    report counts. A worker process packs them; the parent files them without unpacking,
    so collecting results costs it almost nothing."""

    source: bytes
    verdicts: bytes
    counts: tuple[int, int, int]  # agree, conflict, silent
    failed: bool

    @classmethod
    def of(cls, source: SourceInfo, verdicts: list[Verdict]) -> Packed:
        counts = Counter(v.status for v in verdicts)
        return cls(_dump(_source_row(source)), _dump(_verdict_rows(verdicts)),
                   (counts["agree"], counts["conflict"], counts["silent"]),
                   any(v.failed for v in verdicts))

    def unpack(self) -> tuple[SourceInfo, list[Verdict]]:
        return SourceInfo(*pickle.loads(self.source)), _verdicts(pickle.loads(self.verdicts))


@attrs.define
class Report:
    """What :func:`~newsconsistency.check` returns; iterate it for the verdicts.

    A long run keeps its first ``keep`` verdicts (and their sources) in memory and spills
    the rest, pickled, to two temporary files of its own (sources, verdicts), so checking an
    archive stays flat in memory; counts and the pass/fail answer are kept as verdicts
    arrive.
    """

    claims: ClaimSet
    keep: int = 5_000
    _held_sources: list[SourceInfo] = attrs.field(factory=list, alias="_held_sources")
    _held: list[Verdict] = attrs.field(factory=list, alias="_held")
    _spill: tuple[IO[bytes], IO[bytes]] | None = attrs.field(default=None, alias="_spill")
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
        sources, rows = self._spilling()
        pickle.dump(_source_row(source), sources, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(_verdict_rows(verdicts), rows, protocol=pickle.HIGHEST_PROTOCOL)

    def add_packed(self, packed: Packed) -> None:
        """Like :meth:`add`, for an article packed by a worker: once the report spills, its
        pickles go to disk as they came."""
        if self._spill is None and len(self._held) + sum(packed.counts) <= self.keep:
            self.add(*packed.unpack())
            return
        for status, count in zip(STATUSES, packed.counts, strict=True):
            self._counts[status] += count
        self._failed = self._failed or packed.failed
        sources, rows = self._spilling()
        sources.write(packed.source)
        rows.write(packed.verdicts)

    def _spilling(self) -> tuple[IO[bytes], IO[bytes]]:
        if self._spill is None:  # both live as long as the report
            self._spill = (tempfile.TemporaryFile(), tempfile.TemporaryFile())  # noqa: SIM115
        return self._spill

    def _spilled(self, which: int) -> Iterator[Any]:
        """The pickles written to spill file ``which`` (0 sources, 1 verdicts), in order."""
        if self._spill is None:
            return
        file = self._spill[which]
        file.flush()
        file.seek(0)
        try:
            while True:
                try:
                    yield pickle.load(file)  # plain tuples, written by add() above
                except EOFError:
                    break
        finally:
            file.seek(0, 2)

    def __iter__(self) -> Iterator[Verdict]:
        yield from self._held
        for rows in self._spilled(1):
            yield from _verdicts(rows)

    def iter_sources(self) -> Iterator[SourceInfo]:
        """Every source, in order, read back from disk for a long run."""
        yield from self._held_sources
        for row in self._spilled(0):
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
        return {s: self._counts.get(s, 0) for s in STATUSES}

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
