"""The extractors a document runs per sentence, by kind, as the claim types ask for them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsconsistency.document import BaseFree, Document, Finder
from newsconsistency.extract.dates import DateFinder
from newsconsistency.extract.durations import find_durations
from newsconsistency.extract.money import find_money
from newsconsistency.extract.numbers import find_numbers
from newsconsistency.extract.ordinals import find_ordinals

_DATES = DateFinder()


def _numbers(doc: Document, i: int) -> Sequence[Any]:
    return find_numbers(doc.sentences[i].text)


def _money(doc: Document, i: int) -> Sequence[Any]:
    return find_money(doc.sentences[i].text)


def _durations(doc: Document, i: int) -> Sequence[Any]:
    return find_durations(doc.sentences[i].text)


def _ordinals(doc: Document, i: int) -> Sequence[Any]:
    return find_ordinals(doc.sentences[i].text)


def _dates(doc: Document, i: int) -> Sequence[Any]:
    found, read_base = _DATES.read(doc.sentences[i].text, doc.base)
    return found if read_base else BaseFree(found)


def _places(doc: Document, i: int) -> Sequence[Any]:
    return doc.context.places.find(doc.parsed(i), doc.place_spans(i), doc.context.entity_words)


FINDERS: dict[str, Finder] = {
    "number": _numbers,
    "money": _money,
    "duration": _durations,
    "ordinal": _ordinals,
    "date": _dates,
    "place": _places,
}
