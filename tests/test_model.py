"""Values every layer shares: a Verdict built by its own __init__ is the attrs value it was."""

from __future__ import annotations

import inspect
import pickle
from typing import Any

import attrs
import pytest

from newsconsistency import Evidence, Verdict


def test_the_verdict_init_takes_every_field_in_order_with_its_default() -> None:
    params = list(inspect.signature(Verdict.__init__).parameters.values())[1:]
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(Verdict)
    assert [p.name for p in params] == [f.name for f in fields]
    for p, f in zip(params, fields, strict=True):
        default = inspect.Parameter.empty if f.default is attrs.NOTHING else f.default
        assert p.default == default, p.name


def test_a_verdict_is_a_frozen_value() -> None:
    evidence = (Evidence("Kim said so.", 10, 22, 3, "said"),)
    v = Verdict("kim-useful", "002", "agree", "found it", "said", evidence, "warning", None)
    assert (v.claim, v.source, v.status, v.message, v.found, v.evidence, v.severity,
            v.error) == ("kim-useful", "002", "agree", "found it", "said", evidence,
                         "warning", None)
    by_name = Verdict(claim="kim-useful", source="002", status="agree", message="found it",
                      found="said", evidence=evidence, severity="warning")
    assert by_name == v and hash(by_name) == hash(v)
    assert pickle.loads(pickle.dumps(v)) == v
    assert attrs.evolve(v, status="conflict").status == "conflict"
    assert Verdict("c", "s", "silent", "nothing").evidence == ()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        v.status = "conflict"  # type: ignore[misc]
