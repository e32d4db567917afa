"""The report: verdicts for every (claim, source), and its renderings.

Renderers live in :mod:`newsconsistency.render`, one module per format, registered by name.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import pickle
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, TextIO, TypeVar

import attrs

from newsconsistency.articles import Article
from newsconsistency.model import ClaimSet, Verdict

SCHEMA = "newsconsistency-report/1"
T = TypeVar("T")


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


def _tally(verdicts: list[Verdict]) -> tuple[tuple[int, int, int], bool]:
    """(agree, conflict, silent) counts, and whether a verdict fails the run."""
    statuses = [v.status for v in verdicts]
    conflicts = statuses.count("conflict")
    failed = conflicts > 0 and any(v.failed for v in verdicts)
    return (statuses.count("agree"), conflicts, statuses.count("silent")), failed


def _verdict_rows(verdicts: list[Verdict]) -> list[tuple[Any, ...]]:
    return [(v.claim, v.source, v.status, v.message, v.found, v.evidence, v.severity, v.error)
            for v in verdicts]


def _verdicts(rows: list[tuple[Any, ...]]) -> list[Verdict]:
    return [Verdict(*row) for row in rows]


#: One JSON value on one line, non-ASCII kept (json's C encoder): the report's JSON lines.
json_line = json.JSONEncoder(ensure_ascii=False).encode
#: A string as ``json_line`` writes it (the same C function).
_string = json.encoder.encode_basestring


def source_lines(sources: Iterable[SourceInfo]) -> Iterator[str]:
    """Each source as one line of JSON."""
    return (json_line(s.to_json()) for s in sources)


def verdict_lines(verdicts: Iterable[Verdict]) -> Iterator[str]:
    """Each verdict as ``json_line(verdict.to_json())`` writes it (a test holds them
    equal), in half the time: json's encoder costs ~1.5 µs a call before it writes
    anything, and a JSON report is mostly verdicts (30,000 for 2,000 articles)."""
    for v in verdicts:
        evidence = ", ".join([
            f'{{"text": {_string(e.text)}, "start": {e.start:d}, "end": {e.end:d}, '
            f'"line": {e.line:d}, "found": {_string(e.found)}}}'
            for e in v.evidence
        ])
        found = "null" if v.found is None else _string(v.found)
        line = (f'{{"claim": {_string(v.claim)}, "source": {_string(v.source)}, '
                f'"status": {_string(v.status)}, "found": {found}, '
                f'"message": {_string(v.message)}, "severity": {_string(v.severity)}, '
                f'"evidence": [{evidence}]')
        if v.error is not None:
            line += f', "error": {_string(v.error)}'
        yield line + "}"


class _Pickles:
    """Spill as pickled tuples: cheapest to write and to read back as objects."""

    @staticmethod
    def source(source: SourceInfo) -> bytes:
        return pickle.dumps(_source_row(source), protocol=pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def verdicts(verdicts: list[Verdict]) -> bytes:
        return pickle.dumps(_verdict_rows(verdicts), protocol=pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def read_sources(file: Readable) -> Iterator[SourceInfo]:
        for row in _pickles(file):
            yield SourceInfo(*row)

    @staticmethod
    def read_verdicts(file: Readable) -> Iterator[Verdict]:
        for rows in _pickles(file):
            yield from _verdicts(rows)


class _JsonLines:
    """Spill as the JSON report's own lines: dearer to write and to read back as objects,
    but a JSON report copies them as they are (about 0.1 s less per 30,000 verdicts)."""

    @staticmethod
    def source(source: SourceInfo) -> str:
        return json_line(source.to_json()) + "\n"

    @staticmethod
    def verdicts(verdicts: list[Verdict]) -> str:
        return "".join([line + "\n" for line in verdict_lines(verdicts)])

    @staticmethod
    def read_sources(file: Readable) -> Iterator[SourceInfo]:
        for line in file:  # UTF-8 bytes from a spill file, str from a packed result
            yield SourceInfo.from_json(json.loads(line))

    @staticmethod
    def read_verdicts(file: Readable) -> Iterator[Verdict]:
        for line in file:
            yield Verdict.from_json(json.loads(line))


SPILL_FORMATS: dict[str, type[_Pickles] | type[_JsonLines]] = {
    "pickle": _Pickles, "json": _JsonLines,
}


def _pickles(file: Readable) -> Iterator[Any]:
    while True:
        try:
            yield pickle.load(file)
        except EOFError:
            return


@attrs.frozen
class Packed:
    """One article's source and verdicts, encoded as the report spills them, with what the
    report counts. A worker process packs them; the parent files them without unpacking,
    so collecting results costs it almost nothing."""

    source: bytes | str
    verdicts: bytes | str
    counts: tuple[int, int, int]  # agree, conflict, silent
    failed: bool
    spill_format: str = "pickle"

    @classmethod
    def of(cls, source: SourceInfo, verdicts: list[Verdict], spill_format: str = "pickle"
           ) -> Packed:
        codec = SPILL_FORMATS[spill_format]
        return cls(codec.source(source), codec.verdicts(verdicts), *_tally(verdicts),
                   spill_format)

    def unpack(self) -> tuple[SourceInfo, list[Verdict]]:
        codec = SPILL_FORMATS[self.spill_format]
        source, verdicts = _readable(self.source), _readable(self.verdicts)
        return next(codec.read_sources(source)), list(codec.read_verdicts(verdicts))


# a spill file writes a quarter of a MB at a time: an article's verdicts are ~2 - 20 kB,
# and writing each as it came cost twice the time (12 against 6 µs for 20 kB)
_SPILL_BUFFER = 1 << 18


def _spill_file() -> IO[bytes]:
    """A temporary file for spilled sources or verdicts (JSON lines go in as UTF-8)."""
    return tempfile.TemporaryFile("w+b", buffering=_SPILL_BUFFER)


class _Reading:
    """A spill file read from a position of its own, up to where it ended when the reading
    began. Readings of one report may interleave (a loop over its verdicts that looks one
    up, two renderings at once) without moving each other; the report's next write goes
    back to the end first (``Report._write``). Each read seeks: to where the last one
    stopped, inside the file's buffer, so without a system call."""

    def __init__(self, file: IO[bytes], end: int, moved: list[bool], which: int) -> None:
        self.file, self.end, self.moved, self.which = file, end, moved, which
        self.position = 0

    def read(self, size: int = -1) -> bytes:
        return self._take(self.file.read, size)

    def readline(self, size: int = -1) -> bytes:
        return self._take(self.file.readline, size)

    def _take(self, take: Callable[[int], bytes], size: int) -> bytes:
        """What ``take`` (the file's read or readline) gives from this reading's position,
        no further than its end."""
        left = self.end - self.position
        self.file.seek(self.position)
        self.moved[self.which] = True
        data = take(left if size < 0 else min(size, left))
        self.position += len(data)
        return data

    def __iter__(self) -> Iterator[bytes]:
        while line := self.readline():
            yield line


#: What the codecs read from: a spill file's reading, or a packed result's bytes or text.
Readable = _Reading | IO[Any]


def _readable(data: bytes | str) -> IO[Any]:
    return io.StringIO(data) if isinstance(data, str) else io.BytesIO(data)


@attrs.define
class Report:
    """What :func:`~newsconsistency.check` returns; iterate it for the verdicts.

    A long run keeps its first ``keep`` verdicts (and their sources) in memory and spills
    the rest to two temporary files of its own (sources, verdicts), so checking an archive
    stays flat in memory; results packed by workers are spilled from the first (see
    :meth:`add_packed`). Counts and the pass/fail answer are kept as verdicts arrive.
    ``spill_format`` is "pickle", or "json" when the report will be written as JSON: the
    spilled lines are then copied as they are. Each reading of it (iterating it, its
    sources, a rendering) reads from a place of its own and sees what the report held when
    it began: a loop over the verdicts may look one up, render the report or add to it.
    """

    claims: ClaimSet
    keep: int = 5_000
    spill_format: str = attrs.field(default="pickle",
                                    validator=attrs.validators.in_(SPILL_FORMATS))
    _held_sources: list[SourceInfo] = attrs.field(factory=list, alias="_held_sources")
    _held: list[Verdict] = attrs.field(factory=list, alias="_held")
    _spill: tuple[IO[bytes], IO[bytes]] | None = attrs.field(default=None, alias="_spill")
    _moved: list[bool] = attrs.field(factory=lambda: [False, False], alias="_moved")
    _counts: Counter[str] = attrs.field(factory=Counter, alias="_counts")
    _failed: bool = attrs.field(default=False, alias="_failed")

    def add(self, source: SourceInfo, verdicts: list[Verdict]) -> None:
        self._count(*_tally(verdicts))
        if len(self._held) + len(verdicts) <= self.keep and self._spill is None:
            self._held_sources.append(source)
            self._held.extend(verdicts)
            return
        codec = SPILL_FORMATS[self.spill_format]
        self._write(0, codec.source(source))
        self._write(1, codec.verdicts(verdicts))

    def add_packed(self, packed: Packed) -> None:
        """Like :meth:`add`, for an article packed by a worker: it goes to disk as it came
        (packed in the report's ``spill_format``), however few verdicts the report holds.
        Unpacking the first ``keep`` to hold them cost the parent of a parallel run half
        its work, taken from the workers' cores; reading them back costs the same later,
        and a JSON report copies them unread."""
        if packed.spill_format != self.spill_format:
            raise ValueError(f"packed as {packed.spill_format}, spilled as {self.spill_format}")
        self._count(packed.counts, packed.failed)
        self._write(0, packed.source)
        self._write(1, packed.verdicts)

    def _count(self, counts: tuple[int, int, int], failed: bool) -> None:
        for status, count in zip(STATUSES, counts, strict=True):
            self._counts[status] += count
        self._failed = self._failed or failed

    def _write(self, which: int, data: bytes | str) -> None:
        """Append to spill file ``which`` (0 sources, 1 verdicts)."""
        if self._spill is None:  # both live as long as the report
            self._spill = (_spill_file(), _spill_file())
        file = self._spill[which]
        if self._moved[which]:  # read since the last write: back to the end
            file.seek(0, 2)
            self._moved[which] = False
        file.write(data.encode() if isinstance(data, str) else data)

    def _spilled(self, which: int) -> Iterator[_Reading]:
        """Spill file ``which`` (0 sources, 1 verdicts), from its start to its present end,
        for one reading of it."""
        if self._spill is None:
            return
        file = self._spill[which]
        file.flush()
        yield _Reading(file, file.seek(0, 2), self._moved, which)

    def __iter__(self) -> Iterator[Verdict]:
        yield from self._held
        for file in self._spilled(1):
            yield from SPILL_FORMATS[self.spill_format].read_verdicts(file)

    def iter_sources(self) -> Iterator[SourceInfo]:
        """Every source, in order, read back from disk for a long run."""
        yield from self._held_sources
        for file in self._spilled(0):
            yield from SPILL_FORMATS[self.spill_format].read_sources(file)

    def json_lines(self, which: str) -> Iterator[str]:
        """Each source (``which="sources"``) or verdict as one line of JSON, in order:
        spilled JSON lines are copied, anything else is encoded."""
        codec = SPILL_FORMATS[self.spill_format]
        if which == "sources":
            return self._lines(0, self._held_sources, source_lines, codec.read_sources)
        return self._lines(1, self._held, verdict_lines, codec.read_verdicts)

    def _lines(
        self,
        which: int,
        held: list[T],
        encode: Callable[[Iterable[T]], Iterator[str]],
        read: Callable[[Readable], Iterator[T]],
    ) -> Iterator[str]:
        yield from encode(held)
        for file in self._spilled(which):
            if self.spill_format == "json":
                yield from (line[:-1].decode() for line in file)
            else:
                yield from encode(read(file))

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
        """The verdict for (claim, source), found by reading the verdicts in order (from
        disk, for a long run): for many, read them once (``matrix()``, or a loop)."""
        for v in self:
            if v.claim == claim and v.source == source:
                return v
        raise KeyError((claim, source))

    def matrix(self) -> dict[str, dict[str, str]]:
        """claim id -> source id -> status."""
        return self._matrix(self)

    def matrix_and_conflicts(self) -> tuple[dict[str, dict[str, str]], list[Verdict]]:
        """The matrix and the conflicting verdicts (in order), from one read of the
        verdicts: a long run's are unpickled from disk, and a report showing both read them
        twice (a tenth of a second per 30,000 verdicts, after the check)."""
        conflicts: list[Verdict] = []

        def noting(verdicts: Iterable[Verdict]) -> Iterator[Verdict]:
            for v in verdicts:
                if v.status == "conflict":
                    conflicts.append(v)
                yield v

        return self._matrix(noting(self)), conflicts

    def _matrix(self, verdicts: Iterable[Verdict]) -> dict[str, dict[str, str]]:
        grid: dict[str, dict[str, str]] = {c.id: {} for c in self.claims.claims}
        for v in verdicts:
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
