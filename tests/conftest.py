from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SUMMIT = ROOT / "claims" / "summit.yaml"
SEEDS = sorted((ROOT / "articles" / "summit").glob("*.txt"))


@pytest.fixture(scope="session")
def summit_report():  # type: ignore[no-untyped-def]
    from newsconsistency import check, load_claims

    return check(load_claims(SUMMIT), SEEDS)
