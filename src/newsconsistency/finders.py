"""The extractors a document runs per sentence, by kind, as the claim types ask for them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsconsistency.document import Document, Finder
from newsconsistency.extract.dates import DateFinder
from newsconsistency.extract.durations import find_durations
from newsconsistency.extract.money import find_money
from newsconsistency.extract.numbers import find_numbers
from newsconsistency.extract.ordinals import find_ordinals

_DATES = DateFinder()


def _numbers(text: str, doc: Document) -> Sequence[Any]:
    return find_numbers(text)


def _money(text: str, doc: Document) -> Sequence[Any]:
    return find_money(text)


def _durations(text: str, doc: Document) -> Sequence[Any]:
    return find_durations(text)


def _ordinals(text: str, doc: Document) -> Sequence[Any]:
    return find_ordinals(text)


def _dates(text: str, doc: Document) -> Sequence[Any]:
    return _DATES(text, doc.base)


def _places(text: str, doc: Document) -> Sequence[Any]:
    return doc.context.places.find(text)


FINDERS: dict[str, Finder] = {
    "number": _numbers,
    "money": _money,
    "duration": _durations,
    "ordinal": _ordinals,
    "date": _dates,
    "place": _places,
}
