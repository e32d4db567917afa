from __future__ import annotations

import importlib
import importlib.metadata
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from newsconsistency.report import Report

ROOT = Path(__file__).resolve().parent.parent
SUMMIT = ROOT / "claims" / "summit.yaml"
SEEDS = sorted((ROOT / "articles" / "summit").glob("*.txt"))
SCRIPTS = ROOT / "scripts"
DATA = ROOT / "src" / "newsconsistency" / "data"


def assert_built_by_script(table: str, script: str, source: str) -> None:
    """The shipped ``data/<table>`` is what ``scripts/<script>.py`` writes from the
    installed ``source`` distribution, whose release the table's first line names (``#
    <source> <version>`` followed by ``;`` or ``:``); skipped when another release is
    installed, or none."""
    try:
        version = importlib.metadata.version(source)
    except importlib.metadata.PackageNotFoundError:
        pytest.skip(f"{source} is only needed to rebuild {table}")
    text = (DATA / table).read_text("utf-8")
    named = text.split("\n", 1)[0].split()[2].rstrip(";:")
    if named != version:
        pytest.skip(f"{table} built from {source} {named}, {version} installed")
    sys.path.insert(0, str(SCRIPTS))
    try:
        module = importlib.import_module(script)
    finally:
        sys.path.remove(str(SCRIPTS))
    assert module.build() == text


@pytest.fixture(scope="session")
def summit_report() -> Report:
    from newsconsistency import check, load_claims

    return check(load_claims(SUMMIT), SEEDS)
