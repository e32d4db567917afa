"""The engine's caches keyed by text: bounded, starting over when full."""

from __future__ import annotations

from newsconsistency.bounded import Bounded, remember


def test_a_full_cache_starts_over_for_a_new_key() -> None:
    cache: Bounded[str, int] = Bounded(2)
    cache["a"], cache["b"] = 1, 2
    cache["b"] = 3  # a key already held: no room needed
    assert cache == {"a": 1, "b": 3}
    cache["c"] = 4
    assert cache == {"c": 4}
    assert (remember(cache, "d", lambda: 5), cache) == (5, {"c": 4, "d": 5})


def test_a_value_is_computed_once_none_included() -> None:
    calls: list[str] = []

    def compute(value: object) -> object:
        calls.append("x")
        return value

    store: dict[str, object] = {}
    assert remember(store, "a", lambda: None) is None
    assert remember(store, "a", lambda: compute(1)) is None  # None was an answer
    assert remember(store, "b", lambda: compute(2)) == remember(store, "b", lambda: compute(3))
    assert calls == ["x"]
