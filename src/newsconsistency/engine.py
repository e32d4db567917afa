"""The engine: a claim file compiled once, applied to a stream of articles."""

from __future__ import annotations

import os
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterable
from pathlib import Path

from newsconsistency.articles import Article, load_article
from newsconsistency.document import Context, Document
from newsconsistency.errors import ArticleError
from newsconsistency.finders import FINDERS
from newsconsistency.model import ClaimSet, Verdict
from newsconsistency.report import Report, SourceInfo
from newsconsistency.types import judge_for

ArticleLike = Article | str | os.PathLike[str]


class Checker:
    """A claim file, compiled: call it with an article to get one verdict per claim."""

    def __init__(self, claims: ClaimSet) -> None:
        self.claims = claims
        self.context = Context.build(claims, FINDERS)
        # each claim with its type's judge, bound: 150 calls an article with a large file
        self.judges = [(claim, judge_for(claim.type).judge) for claim in claims.claims]

    def __call__(self, article: Article) -> list[Verdict]:
        doc = Document(article, self.context)
        return [judge(claim, doc) for claim, judge in self.judges]

    def unreadable(self, source_id: str, error: str) -> list[Verdict]:
        """A source that cannot be read fails every claim: it is never a silent pass."""
        return [
            Verdict(c.id, source_id, "conflict", f"cannot read this source: {error}", None, (),
                    "error", error=error)
            for c in self.claims.claims
        ]

    def check_one(self, item: ArticleLike) -> tuple[SourceInfo, list[Verdict]]:
        """Load (if needed) and check one article; a read error becomes its verdicts."""
        if isinstance(item, Article):
            return SourceInfo.of(item), self(item)
        try:
            article = load_article(item)
        except ArticleError as exc:
            stem = Path(item).stem
            info = SourceInfo(stem, str(item), error=exc.message)
            return info, self.unreadable(stem, exc.message)
        return SourceInfo.of(article), self(article)


#: Claim sets that keep their compiled form between checks: the most recently checked. A
#: program holding many claim files keeps at most this many compiled, each with its caches
#: (up to a few tens of MB after a long run); the others compile again when next checked.
KEEP_COMPILED = 8
_kept: OrderedDict[int, weakref.ref[ClaimSet]] = OrderedDict()  # id -> the claim set
_kept_lock = threading.Lock()  # checks may run in threads


def compiled(claims: ClaimSet) -> Checker:
    """The claim file compiled once per :class:`ClaimSet` object, and kept with it: calling
    :func:`check` again with the same claims (a pipeline checking articles as they come)
    reuses its patterns and what it has learnt of sentences. Results do not depend on it.
    A claim set is a value: what is changed inside it after its first check (an entity's
    aliases, say) is not seen; build a new one instead."""
    memo = claims.compiled
    checker: Checker | None = memo.checker
    if checker is None:
        checker = memo.checker = Checker(claims)
    _keep(claims)  # a check in another thread may let go of ours meanwhile: we keep it
    return checker


def _keep(claims: ClaimSet) -> None:
    """Mark ``claims`` the most recently checked; the least recent beyond
    :data:`KEEP_COMPILED` let go of their compiled form."""
    key = id(claims)
    with _kept_lock:
        held = _kept.get(key)
        if held is None or held() is not claims:  # new, or a dead claim set's id reused
            _kept[key] = weakref.ref(claims)
        _kept.move_to_end(key)
        while len(_kept) > KEEP_COMPILED:
            _, ref = _kept.popitem(last=False)
            if (old := ref()) is not None:
                old.compiled.checker = None


def check(
    claims: ClaimSet,
    articles: Iterable[ArticleLike] | ArticleLike,
    *,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
    spill_format: str = "pickle",
) -> Report:
    """Check every article against every claim: exactly one verdict per (claim, source).

    ``articles`` may be :class:`Article` objects or paths; paths are read one at a time, so
    a long stream keeps only verdicts in memory. ``jobs`` > 1 checks paths in that many
    processes; the report is the same as the serial one. ``spill_format="json"`` suits a
    long run whose report will be written as JSON (see :class:`Report`). One article, or
    one path, may be given alone (a path string is not read as its characters).
    """
    if isinstance(articles, str | os.PathLike | Article):
        articles = [articles]
    report = Report(claims, spill_format=spill_format)
    if jobs > 1:
        from newsconsistency.parallel import check_parallel

        packs = check_parallel(claims, articles, jobs, spill_format=spill_format)
        for done, packed in enumerate(packs, 1):
            report.add_packed(packed)
            if progress is not None:
                progress(done)
        return report
    checker = compiled(claims)
    for done, item in enumerate(articles, 1):
        report.add(*checker.check_one(item))
        if progress is not None:
            progress(done)
    return report
