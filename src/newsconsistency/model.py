"""Values shared by every layer: claims, evidence, verdicts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Literal

import attrs

Status = Literal["agree", "conflict", "silent"]
Severity = Literal["error", "warning"]
OnSilent = Literal["skip", "pass", "fail"]


@attrs.frozen(cache_hash=True)  # claims key caches: hash once
class Claim:
    """One typed assertion of a claim file.

    ``spec`` is the type's own frozen value (see :mod:`newsconsistency.specs`);
    ``line``/``column`` are 1-based and point at the claim's ``id`` in the file.
    """

    id: str
    type: str
    spec: Any
    about: tuple[str, ...] = ()
    description: str | None = None
    severity: Severity = "error"
    on_silent: OnSilent = "skip"
    tags: tuple[str, ...] = ()
    line: int = 0
    column: int = 0


@attrs.frozen
class Entities:
    """Canonical name -> aliases (role phrases included), from the claim file."""

    aliases: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)

    def names(self, canonical: str) -> tuple[str, ...]:
        """The canonical name followed by its aliases."""
        return (canonical, *self.aliases.get(canonical, ()))

    def canonical(self, name: str) -> str | None:
        """The canonical entity a name or alias stands for (case-insensitive), if any."""
        folded = name.casefold()
        for canonical, aliases in self.aliases.items():
            if folded == canonical.casefold() or any(folded == a.casefold() for a in aliases):
                return canonical
        return None


@attrs.frozen
class Event:
    name: str | None = None
    date: dt.date | None = None


class Compiled:
    """What the engine builds from a claim set, kept with it for its next check (see
    :func:`newsconsistency.engine.compiled`). It stays with the object (a shallow copy
    shares it): a pickled or deep-copied claim set starts empty, so a worker process
    compiles its own."""

    __slots__ = ("checker",)

    def __init__(self) -> None:
        self.checker: Any = None

    def __reduce__(self) -> tuple[type[Compiled], tuple[()]]:
        return Compiled, ()  # pickled, or deep-copied: empty


@attrs.frozen
class ClaimSet:
    """A loaded claim file."""

    path: str
    claims: tuple[Claim, ...]
    event: Event = Event()
    entities: Entities = Entities()
    articles: tuple[str, ...] = ()  # globs, already made relative to the cwd-independent file dir
    version: int = 1
    compiled: Compiled = attrs.field(factory=Compiled, init=False, eq=False, repr=False)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.claims)

    def __len__(self) -> int:
        return len(self.claims)

    @property
    def name(self) -> str:
        """The claim file's name, as used in pytest ids (``summit.yaml``)."""
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]


@attrs.frozen
class Evidence:
    """A sentence that supports a verdict, with its place in the article's text."""

    text: str
    start: int
    end: int
    line: int
    found: str = ""  # the words that state the fact, e.g. "about 10,000"

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "line": self.line,
                "found": self.found}

    def __reduce__(self) -> tuple[type[Evidence], tuple[str, int, int, int, str]]:
        # pickled as its fields (attrs' slotted state is a dict per object); one object
        # cited by many verdicts of an article is pickled once with them
        return Evidence, (self.text, self.start, self.end, self.line, self.found)


@attrs.frozen(init=False)
class Verdict:
    """The answer for one (claim, source) pair."""

    claim: str
    source: str
    status: Status
    message: str
    found: str | None = None
    evidence: tuple[Evidence, ...] = ()
    severity: Severity = "error"
    error: str | None = None  # the source could not be read

    def __init__(
        self,
        claim: str,
        source: str,
        status: Status,
        message: str,
        found: str | None = None,
        evidence: tuple[Evidence, ...] = (),
        severity: Severity = "error",
        error: str | None = None,
    ) -> None:
        # a check makes one per claim and article (150 an article with a large claim
        # file): the fields are set through their slots, where the __init__ attrs writes
        # for a frozen class sets each by name, ~1.5 times the cost (a test holds this
        # signature to the fields)
        _set_claim(self, claim)
        _set_source(self, source)
        _set_status(self, status)
        _set_message(self, message)
        _set_found(self, found)
        _set_evidence(self, evidence)
        _set_severity(self, severity)
        _set_error(self, error)

    @property
    def failed(self) -> bool:
        return self.status == "conflict" and self.severity == "error"

    def sentences(self) -> tuple[Evidence, ...]:
        """The evidence with each sentence once, in order: two findings in one sentence
        ("university campus", "campus on Russky island") are one sentence to show."""
        seen: set[tuple[int, int]] = set()
        shown = []
        for e in self.evidence:
            if (e.start, e.end) not in seen:
                seen.add((e.start, e.end))
                shown.append(e)
        return tuple(shown)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "claim": self.claim,
            "source": self.source,
            "status": self.status,
            "found": self.found,
            "message": self.message,
            "severity": self.severity,
            "evidence": [e.to_json() for e in self.evidence],
        }
        if self.error is not None:
            data["error"] = self.error
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Verdict:
        evidence = tuple(Evidence(**e) for e in data.get("evidence", ()))
        return cls(data["claim"], data["source"], data["status"], data["message"],
                   data.get("found"), evidence, data.get("severity", "error"), data.get("error"))


# the slots of Verdict's fields, set by its __init__ (in the order of attrs.fields)
(_set_claim, _set_source, _set_status, _set_message, _set_found, _set_evidence, _set_severity,
 _set_error) = (getattr(Verdict, f.name).__set__ for f in attrs.fields(Verdict))
