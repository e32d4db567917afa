"""The engine keeps a claim set's compiled form with it, for the next check."""

from __future__ import annotations

import copy
import gc
import pickle
import weakref
from collections.abc import Callable

import attrs
import pytest

from newsconsistency import ClaimSet, Report, check, load_article, load_claims
from newsconsistency.document import Context
from newsconsistency.engine import compiled
from tests.conftest import SEEDS, SUMMIT


def _rows(report: Report) -> list[tuple[object, ...]]:
    return [(v.claim, v.source, v.status, v.message, v.evidence) for v in report]


def test_a_claim_set_is_compiled_once_for_all_its_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    builds = []
    original = Context.build.__func__  # type: ignore[attr-defined]

    def counted(cls: type[Context], *args: object) -> Context:
        builds.append(1)
        return original(cls, *args)  # type: ignore[no-any-return]

    monkeypatch.setattr(Context, "build", classmethod(counted))
    claims = load_claims(SUMMIT)
    for seed in SEEDS:  # a pipeline checking articles as they come, one call each
        check(claims, [seed])
    assert len(builds) == 1
    check(load_claims(SUMMIT), SEEDS[:1])  # another claim set of the same file: its own
    assert len(builds) == 2


def test_checking_again_gives_the_same_verdicts() -> None:
    claims = load_claims(SUMMIT)
    first = _rows(check(claims, SEEDS))
    assert _rows(check(claims, SEEDS)) == first
    assert _rows(check(load_claims(SUMMIT), SEEDS)) == first


@pytest.mark.parametrize(
    "duplicate",
    [lambda c: pickle.loads(pickle.dumps(c)), copy.deepcopy, attrs.evolve],
    ids=["pickle", "deepcopy", "evolve"],
)
def test_a_copied_claim_set_leaves_the_compiled_engine_behind(
    duplicate: Callable[[ClaimSet], ClaimSet],
) -> None:
    claims = load_claims(SUMMIT)
    check(claims, SEEDS[:1])
    assert claims.compiled.checker is not None
    copied = duplicate(claims)
    assert copied == claims  # the compiled form is no part of the value
    assert copied.compiled.checker is None  # a worker process compiles its own


def test_a_dropped_claim_set_takes_its_engine_with_it() -> None:
    loaded = load_claims(SUMMIT)  # claims equal to no other test's: none met before
    claims = attrs.evolve(loaded, claims=tuple(
        attrs.evolve(c, id=f"{c.id}-dropped") for c in loaded.claims))
    del loaded
    checker = weakref.ref(compiled(claims))
    each = [weakref.ref(c) for c in claims.claims]
    check(claims, SEEDS[:1])
    del claims
    gc.collect()
    assert checker() is None  # nothing of the engine's keeps a claim set alive
    assert all(c() is None for c in each)  # nor its claims (no cache keyed by a claim)


def test_only_the_most_recently_checked_claim_sets_stay_compiled() -> None:
    from newsconsistency import engine

    sets = [load_claims(SUMMIT) for _ in range(engine.KEEP_COMPILED + 1)]
    for claims in sets:
        check(claims, SEEDS[:1])
    check(sets[1], SEEDS[:1])  # checked again: the most recent now
    assert sets[0].compiled.checker is None  # the least recent let go of its caches
    assert all(c.compiled.checker is not None for c in sets[1:])
    assert _rows(check(sets[0], SEEDS[:1])) == _rows(check(sets[1], SEEDS[:1]))
    assert sets[0].compiled.checker is not None and sets[2].compiled.checker is None


def test_a_claim_set_let_go_of_by_another_thread_is_still_checked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Between compiling a claim set and using it, a check in another thread may make it
    the least recently used and let go of its compiled form: the test below failed so now
    and then on a loaded machine (the check was handed None)."""
    from newsconsistency import engine

    keep = engine._keep

    def keep_then_lose(claims: ClaimSet) -> None:
        keep(claims)
        claims.compiled.checker = None  # what another thread's _keep does to the oldest

    monkeypatch.setattr(engine, "_keep", keep_then_lose)
    claims = load_claims(SUMMIT)
    assert _rows(check(claims, SEEDS[:1])) == _rows(check(load_claims(SUMMIT), SEEDS[:1]))


def test_checks_in_threads_share_the_claim_sets_they_keep() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from newsconsistency import engine

    sets = [load_claims(SUMMIT) for _ in range(engine.KEEP_COMPILED + 3)]
    expected = _rows(check(load_claims(SUMMIT), SEEDS[:1]))
    with ThreadPoolExecutor(4) as pool:  # claim sets let go of while others are checked
        rows = list(pool.map(lambda c: _rows(check(c, SEEDS[:1])), sets * 4))
    assert all(r == expected for r in rows)
    assert sum(c.compiled.checker is not None for c in sets) <= engine.KEEP_COMPILED


def test_one_article_may_be_given_alone() -> None:
    """A path string given alone was read as its characters: 40 unreadable sources of one
    letter each, every claim in conflict."""
    claims = load_claims(SUMMIT)
    expected = check(claims, [SEEDS[0]]).to_json()
    for alone in (str(SEEDS[0]), SEEDS[0], load_article(SEEDS[0])):
        assert check(claims, alone).to_json() == expected
    assert check(claims, str(SEEDS[0]), jobs=2).to_json() == expected

