"""The pytest plugin: one test item per (claim, article).

Cheap to import: pytest and the standard library at the top; the engine is imported only
when ``--claims`` (or the ``claims_files`` ini option) asks for it. Verdicts travel to the
controller as plain JSON in each report's ``user_properties``, so the closing matrix and
``--claims-report`` are the same with and without pytest-xdist.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from newsconsistency.engine import Checker
    from newsconsistency.model import Claim, ClaimSet, Verdict
    from newsconsistency.report import SourceInfo

PROPERTY = "newsconsistency"


class ClaimConflictWarning(UserWarning):
    """A conflict on a claim of severity ``warning``: reported, not failed."""


class ClaimFailure(Exception):
    """Raised by an item whose article conflicts with its claim (or is silent on a must)."""


class State:
    """Per-process session state, kept in ``config.stash``."""

    def __init__(self, claims: list[Path], articles: list[str], reports: list[str]) -> None:
        self.claims = claims
        self.articles = articles
        self.reports = reports
        self.checkers: dict[Path, Checker] = {}
        self.results: dict[tuple[Path, Path], tuple[SourceInfo, dict[str, Verdict]]] = {}
        self.collected: dict[str, list[dict[str, Any]]] = {}  # claims path -> verdict JSON

    def checker(self, path: Path, claims: ClaimSet) -> Checker:
        if path not in self.checkers:
            from newsconsistency.engine import Checker

            self.checkers[path] = Checker(claims)
        return self.checkers[path]

    def verdicts(
        self, path: Path, claims: ClaimSet, article: Path
    ) -> tuple[SourceInfo, dict[str, Verdict]]:
        """Every verdict for one article, computed once per process however many items ask."""
        key = (path, article)
        if key not in self.results:
            info, verdicts = self.checker(path, claims).check_one(article)
            self.results[key] = (info, {v.claim: v for v in verdicts})
        return self.results[key]


STATE = pytest.StashKey[State]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("newsconsistency", "checking news articles against claim files")
    group.addoption("--claims", action="append", default=[], metavar="PATH",
                    help="claim file to check articles against (repeatable)")
    group.addoption("--articles", action="append", default=[], metavar="GLOB_OR_DIR",
                    help="articles to check (default: the claim file's `articles`)")
    group.addoption("--claims-report", action="append", default=[], metavar="OUT",
                    help="write a report: .json, .html or .md (repeatable)")
    parser.addini("claims_files", type="paths", default=[],
                  help="claim files checked as if given with --claims")


def pytest_configure(config: pytest.Config) -> None:
    given = [Path(p) for p in config.getoption("claims")]
    from_ini = [Path(p) for p in config.getini("claims_files")]
    claims = list(dict.fromkeys(p.resolve() for p in [*given, *from_ini]))  # each once
    if not claims:
        return
    state = State(claims, config.getoption("articles"), config.getoption("claims_report"))
    config.stash[STATE] = state
    config.pluginmanager.register(SessionHooks(state), "newsconsistency-session")
    config.pluginmanager.register(TeardownIndex(), "newsconsistency-teardown-index")
    if getattr(config.option, "xmlpath", None) and not hasattr(config, "workerinput"):
        config.pluginmanager.register(JunitJson(), "newsconsistency-junit-json")
    args = [str(p) for p in claims]
    if given and config.args_source != pytest.Config.ArgsSource.ARGS:
        # `pytest --claims x.yaml` with no paths checks the claims, not the test suite
        config.args[:] = args
    else:
        config.args.extend(a for a in args if a not in config.args)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    state = parent.config.stash.get(STATE, None)
    if state is not None and file_path.resolve() in state.claims:
        return ClaimsFile.from_parent(parent, path=file_path)
    return None


class ClaimsFile(pytest.File):
    def collect(self) -> Iterator[ClaimItem]:
        from newsconsistency.articles import expand_paths
        from newsconsistency.claims import load_claims
        from newsconsistency.errors import NewsConsistencyError

        state = self.config.stash[STATE]
        try:
            claims = load_claims(self.path)
            if state.articles:
                paths = expand_paths(state.articles, base=self.config.invocation_params.dir)
            elif claims.articles:
                paths = expand_paths(list(claims.articles))
            else:
                raise self.CollectError(f"{self.path}: no articles (use --articles)")
        except NewsConsistencyError as exc:
            raise self.CollectError(str(exc)) from None
        key = self.path.resolve()  # once per file: each resolve is a few lstat calls
        # article by article: pytest-xdist hands each worker runs of consecutive items, and
        # a worker checks every article it is given an item of (in claim order, each
        # worker checked the whole corpus)
        for article in paths:
            for claim in claims.claims:
                yield ClaimItem.from_parent(self, name=f"{claim.id}[{article.stem}]",
                                            claims=claims, claim=claim, article=article,
                                            key=key)


class ClaimItem(pytest.Item):
    def __init__(
        self, *, claims: ClaimSet, claim: Claim, article: Path, key: Path, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.claims = claims
        self.claim = claim
        self.article = article
        self.key = key  # the claim file's resolved path, as the session state keys it

    def runtest(self) -> None:
        state = self.config.stash[STATE]
        info, verdicts = state.verdicts(self.key, self.claims, self.article)
        verdict = verdicts[self.claim.id]
        self.user_properties.append(
            (PROPERTY, {"claims": str(self.path), "source": info.to_json(),
                        "verdict": verdict.to_json()})
        )
        if verdict.status == "conflict":
            if verdict.severity == "warning":
                warnings.warn(ClaimConflictWarning(self._describe(verdict)), stacklevel=1)
                return
            raise ClaimFailure(self._describe(verdict))
        if verdict.status == "silent":
            if self.claim.on_silent == "fail":
                raise ClaimFailure(self._describe(verdict))
            if self.claim.on_silent == "skip":
                pytest.skip(f"silent: {verdict.message}")

    def _describe(self, verdict: Verdict) -> str:
        lines = [
            f"{self.path.name}:{self.claim.line}: {self.claim.id} {verdict.status} "
            f"in {verdict.source}",
            f"  {verdict.message}",
        ]
        lines += [f"  {self.article}:{e.line}: {e.text}" for e in verdict.sentences()]
        return "\n".join(lines)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, ClaimFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.claim.line - 1, f"{self.claim.id}[{self.article.stem}]"


class SessionHooks:
    """Controller-side hooks, registered only when claims are checked."""

    def __init__(self, state: State) -> None:
        self.state = state
        self._keys: dict[str, str] = {}  # claim file as reported -> as the state keys it

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when != "call":
            return
        for name, value in report.user_properties:
            if name == PROPERTY and isinstance(value, dict):
                # resolved once per claim file, not per item: a resolve is a few lstat
                # calls, and the controller of a distributed run does this for every item
                key = self._keys.get(value["claims"])
                if key is None:
                    key = self._keys[value["claims"]] = str(Path(value["claims"]).resolve())
                self.state.collected.setdefault(key, []).append(value)

    def pytest_terminal_summary(self, terminalreporter: Any, config: pytest.Config) -> None:
        if hasattr(config, "workerinput"):
            return
        from newsconsistency.render.text import matrix_lines

        for path in self.state.claims:
            rows = self.state.collected.get(str(path), [])
            grid: dict[str, dict[str, str]] = {c: {} for c in _claim_ids(path)}
            for r in rows:
                v = r["verdict"]
                grid.setdefault(v["claim"], {})[v["source"]] = v["status"]
            sources = list(dict.fromkeys(r["source"]["id"] for r in _ordered(rows)))
            terminalreporter.write_sep("=", f"claims × sources: {path.name}")
            for line in matrix_lines(grid, sources):
                terminalreporter.write_line(line)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        if hasattr(session.config, "workerinput"):
            return
        for out in self.state.reports:
            for path in self.state.claims:
                target = Path(out)
                if len(self.state.claims) > 1:
                    target = target.with_name(f"{target.stem}-{path.stem}{target.suffix}")
                _write_report(path, self.state.collected.get(str(path), []), target)


class TeardownIndex:
    """pytest's failure summary looks up each failed test's teardown output by scanning
    every report of the session (``TerminalReporter._get_teardown_reports``, once per
    failure): with a corpus's thousands of conflicts that scan was most of the run (2,000
    articles: 144 s, 23 s with ``--tb=line``). For the summary, the reporter answers from
    an index of the same reports, in the same order, built at the first lookup."""

    @pytest.hookimpl(wrapper=True, tryfirst=True)
    def pytest_terminal_summary(self, terminalreporter: Any) -> Generator[None, None, None]:
        reporter = terminalreporter
        if not callable(getattr(reporter, "_get_teardown_reports", None)) or (
            "_get_teardown_reports" in vars(reporter)  # patched by someone else: left alone
        ):
            return (yield)
        index: dict[str, list[Any]] | None = None

        def teardown_reports(nodeid: str) -> list[Any]:
            nonlocal index
            if index is None:
                index = {}
                for report in reporter.getreports(""):
                    if report.when == "teardown":
                        index.setdefault(report.nodeid, []).append(report)
            return list(index.get(nodeid, ()))

        reporter._get_teardown_reports = teardown_reports
        try:
            return (yield)
        finally:
            del reporter._get_teardown_reports


class JunitJson:
    """JUnit XML writes a test's properties from its teardown report, each as
    ``str(value)``: a verdict came out as Python's repr of a dict. While that report is
    handed round, its verdict is a line of JSON; after, the dict again (the string would
    otherwise be kept with every report, beside JUnit's escaped copy)."""

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> Generator[None, None, None]:
        properties = report.user_properties
        if report.when == "teardown" and any(name == PROPERTY for name, _ in properties):
            report.user_properties = [
                (name, json.dumps(value, ensure_ascii=False))
                if name == PROPERTY and isinstance(value, dict) else (name, value)
                for name, value in properties
            ]
        try:
            return (yield)
        finally:
            report.user_properties = properties


def _ordered(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: r["source"]["path"])


def _claim_ids(path: Path) -> list[str]:
    from newsconsistency.claims import load_claims
    from newsconsistency.errors import NewsConsistencyError

    try:
        return [c.id for c in load_claims(path).claims]
    except NewsConsistencyError:
        return []


def _write_report(path: Path, rows: list[dict[str, Any]], out: Path) -> None:
    """Rebuild the engine's report from the verdicts the items sent, and render it."""
    from newsconsistency.claims import load_claims
    from newsconsistency.errors import NewsConsistencyError
    from newsconsistency.model import Verdict
    from newsconsistency.report import Report, SourceInfo

    formats = {".json": "json", ".html": "html", ".htm": "html", ".md": "markdown"}
    try:
        claims = load_claims(path)
    except NewsConsistencyError:
        return
    report = Report(claims)
    order = {c.id: i for i, c in enumerate(claims.claims)}
    by_source: dict[str, list[dict[str, Any]]] = {}
    infos: dict[str, SourceInfo] = {}
    for r in _ordered(rows):
        infos.setdefault(r["source"]["id"], SourceInfo.from_json(r["source"]))
        by_source.setdefault(r["source"]["id"], []).append(r["verdict"])
    for source, verdicts in by_source.items():
        verdicts.sort(key=lambda v: order.get(v["claim"], len(order)))
        report.add(infos[source], [Verdict.from_json(v) for v in verdicts])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report.render(formats.get(out.suffix.lower(), "json")), encoding="utf-8")
