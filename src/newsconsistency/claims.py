"""Load a claim file (SPEC §2, format 1) into a :class:`~newsconsistency.model.ClaimSet`.

The YAML is *composed* with the safe loader into a node tree and walked by hand, so every error
names ``path:line:col`` of the offending key or value, and no Python object is ever built from a
tag: any tag outside YAML's core set (``!!python/...``, ``!custom``) is an error.

Each claim type is one :class:`SpecParser` in :data:`SPEC_PARSERS`: the keys it allows besides
the common ones, and a function from the claim's :class:`ClaimFields` to its frozen spec.

Third-party types register an object under the entry-point group ``newsconsistency.claim_types``
(the entry point's name is the type name). The object exposes ``keys`` (a frozenset of the
type-specific keys it allows) and ``parse(values)``, which receives a dict of those keys' plain
Python values and returns the spec; a ``ValueError`` or ``TypeError`` it raises is reported at the
claim's position. Entry points are only consulted when a type name is not built in.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import os
import re
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import attrs
import yaml  # type: ignore[import-untyped, unused-ignore]  # types-PyYAML is a dev extra
from text_to_num import text2num  # type: ignore[import-untyped, unused-ignore]  # untyped C ext

from .errors import ClaimFileError
from .model import Claim, ClaimSet, Entities, Event
from .specs import (
    UNIT_DAYS,
    DateSpec,
    DurationSpec,
    MoneySpec,
    OrdinalSpec,
    PlaceSpec,
    QuantitySpec,
    QuoteSpec,
    Tolerance,
)

__all__ = ["CLAIM_TYPES", "ENTRY_POINT_GROUP", "SPEC_PARSERS", "ClaimFields", "SpecParser",
           "load_claims", "loads_claims"]

ENTRY_POINT_GROUP = "newsconsistency.claim_types"
TOP_KEYS = ("version", "event", "articles", "entities", "claims")
EVENT_KEYS = ("name", "date")
COMMON_KEYS = ("id", "type", "about", "description", "severity", "on_silent", "tags")
_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")
_CORE = "tag:yaml.org,2002:"
_ALLOWED_TAGS = frozenset(_CORE + t for t in
                          ("str", "int", "float", "bool", "null", "timestamp", "seq", "map"))
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# --------------------------------------------------------------------------- positioned nodes

@attrs.frozen
class _Doc:
    path: str

    def error(self, node: yaml.Node, message: str) -> ClaimFileError:
        mark = node.start_mark
        return ClaimFileError(self.path, mark.line + 1, mark.column + 1, message)


@attrs.frozen
class _Entry:
    key: yaml.Node
    value: yaml.Node


def _kind(node: yaml.Node) -> str:
    """How a node reads in a message: ``'lots'``, ``yes (a boolean)``, ``a list``."""
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    kind = {"null": "nothing", "bool": "a boolean", "timestamp": "a date", "int": "a number",
            "float": "a number"}.get(node.tag.removeprefix(_CORE))
    if kind == "nothing":
        return kind
    return f"{node.value} ({kind})" if kind else f"'{node.value}'"


def _scalar(doc: _Doc, node: yaml.Node) -> Any:
    """A scalar's value under YAML's core schema (str, int, float, bool, None, date)."""
    if not isinstance(node, yaml.ScalarNode):
        raise doc.error(node, f"expected a single value here, not {_kind(node)}")
    try:
        return yaml.constructor.SafeConstructor().construct_object(node)
    except (ValueError, OverflowError) as exc:  # 2019-02-30 resolves as a timestamp
        raise doc.error(node, f"'{node.value}' is not a valid value: {exc}") from None


def _text(doc: _Doc, node: yaml.Node, what: str) -> str:
    """A string as written: plain ``2019`` or ``yes`` are taken as the text, not converted."""
    if isinstance(node, yaml.ScalarNode) and node.tag != _CORE + "null" and node.value.strip():
        return str(node.value).strip()
    raise doc.error(node, f"{what} must be a string, not {_kind(node)}")


def _texts(doc: _Doc, node: yaml.Node, what: str) -> tuple[str, ...]:
    """A list of strings, or a single string standing for a list of one; empty means none."""
    if node.tag == _CORE + "null":
        return ()
    if isinstance(node, yaml.SequenceNode):
        return tuple(_text(doc, item, f"each entry of {what}") for item in node.value)
    return (_text(doc, node, what),)


def _mapping(doc: _Doc, node: yaml.Node, what: str) -> dict[str, _Entry]:
    if not isinstance(node, yaml.MappingNode):
        raise doc.error(node, f"{what} must be a mapping, not {_kind(node)}")
    entries: dict[str, _Entry] = {}
    for key, value in node.value:
        name = _text(doc, key, f"a key in {what}")
        if name in entries:
            first = entries[name].key.start_mark.line + 1
            raise doc.error(key, f"duplicate key '{name}' in {what}; first given on line {first}")
        entries[name] = _Entry(key, value)
    return entries


def _check_tags(doc: _Doc, root: yaml.Node) -> None:
    """Refuse every tag outside YAML's core schema, wherever it appears."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.tag == _CORE + "merge":
            raise doc.error(node, "merge keys ('<<') are not supported in a claim file")
        if node.tag not in _ALLOWED_TAGS:
            tag = node.tag.replace(_CORE, "!!")
            why = " (a claim file never loads Python objects)" if "python/" in tag else ""
            raise doc.error(node, f"tag '{tag}' is not allowed in a claim file{why}")
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(n for pair in node.value for n in pair)


def _suggest(name: str, valid: tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(name, valid, n=1, cutoff=0.6)
    if close:
        return f"did you mean '{close[0]}'?"
    return "expected one of " + ", ".join(f"'{v}'" for v in valid)


# --------------------------------------------------------------------------- numbers in values

_SCALES = {"k": 3, "thousand": 3, "m": 6, "mn": 6, "mln": 6, "million": 6,
           "bn": 9, "billion": 9, "tn": 12, "trillion": 12}
_NUMERAL = re.compile(
    r"(?P<sign>[-+])?"
    r"(?P<int>\d{1,3}(?P<sep>[, \u00a0\u202f])\d{3}(?:(?P=sep)\d{3})*|\d+)?"
    r"(?P<frac>\.\d+)?(?:e(?P<exp>[-+]?\d+))?"
    r"\s*(?P<scale>[a-z]+)?")


def _parse_number(text: str) -> float | None:
    """A claim value's number: ``10,000``, ``10 000``, ``2.5m``, ``1.2 million``, ``ten thousand``.

    Only for claim files; article text has its own extractors.
    """
    folded = " ".join(text.strip().lower().split())
    match = _NUMERAL.fullmatch(folded)
    if match and (match["int"] or match["frac"]):
        digits = (match["int"] or "0").replace(match["sep"] or ",", "") + (match["frac"] or "")
        exponent = int(match["exp"] or 0)
        if match["scale"]:
            if match["scale"] not in _SCALES:
                return None
            exponent += _SCALES[match["scale"]]
        try:
            value = Decimal(digits).scaleb(exponent)
        except InvalidOperation:
            return None
        return float(-value if match["sign"] == "-" else value)
    words = re.sub(r"^an? ", "one ", folded)
    try:
        return float(text2num(words, "en"))
    except ValueError:
        return None


def _number(doc: _Doc, node: yaml.Node, what: str, example: str) -> float:
    value = _scalar(doc, node)
    number: float | None = None
    if isinstance(value, str):
        number = _parse_number(value)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            number = float(value)
        except OverflowError:
            number = None
    if number is None or not math.isfinite(number):
        raise doc.error(node, f"cannot read {what} {_kind(node)} as a number; write e.g. {example}")
    return number


def _tolerance(doc: _Doc, node: yaml.Node | None) -> Tolerance:
    if node is None:
        return Tolerance()
    value = _scalar(doc, node)
    text = str(value).strip().removeprefix("±").removeprefix("+/-").strip()
    amount = None if isinstance(value, bool) else _parse_number(text.removesuffix("%"))
    if amount is None or amount < 0 or not math.isfinite(amount):
        raise doc.error(node, "tolerance must be a percentage such as '10%' or an absolute "
                              f"number such as 500, not {_kind(node)}")
    if text.endswith("%"):
        return Tolerance(relative=float(Decimal(str(amount)) / 100))
    return Tolerance(absolute=amount)


# --------------------------------------------------------------------------- type parsers

@attrs.frozen
class ClaimFields:
    """What a built-in type parser sees: the claim's own nodes, with positioned errors."""

    doc: _Doc
    claim_id: str
    type: str
    anchor: yaml.Node  # the claim's first key; missing keys are reported here
    entries: Mapping[str, _Entry]
    entities: Entities

    def get(self, key: str) -> yaml.Node | None:
        """The value node of ``key``, or None when it is absent or empty."""
        entry = self.entries.get(key)
        return None if entry is None or entry.value.tag == _CORE + "null" else entry.value

    def require(self, key: str) -> yaml.Node:
        node = self.get(key)
        if node is None:
            raise self.error(self.entries[key].value if key in self.entries else self.anchor,
                             f"{self.type} claim '{self.claim_id}' has no '{key}'")
        return node

    def error(self, node: yaml.Node, message: str) -> ClaimFileError:
        return self.doc.error(node, message)

    def text(self, key: str) -> str:
        return _text(self.doc, self.require(key), f"'{key}'")

    def texts(self, key: str) -> tuple[str, ...]:
        node = self.get(key)
        return () if node is None else _texts(self.doc, node, f"'{key}'")

    def tolerance(self) -> Tolerance:
        return _tolerance(self.doc, self.get("tolerance"))


@attrs.frozen
class SpecParser:
    """One claim type: the keys it takes besides the common ones, and its spec builder."""

    keys: frozenset[str]
    parse: Callable[[ClaimFields], Any]


_YMD = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def _date(doc: _Doc, node: yaml.Node, what: str) -> DateSpec:
    value = _scalar(doc, node)
    if isinstance(value, dt.datetime):
        raise doc.error(node, f"{what} must be a day, month or year, without a time of day")
    if isinstance(value, dt.date):
        return DateSpec(value, "day")
    match = _YMD.fullmatch(str(value).strip()) if not isinstance(value, bool) else None
    if match is None:
        raise doc.error(node, f"{what} {_kind(node)} is not a date; write 2019-04-25, "
                              "2019-04 or 2019")
    year, month, day = match.groups()
    try:
        date = dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise doc.error(node, f"{what} {_kind(node)} is not a valid date: {exc}") from None
    return DateSpec(date, "day" if day else "month" if month else "year")


def _parse_date(fields: ClaimFields) -> DateSpec:
    return _date(fields.doc, fields.require("value"), "value")


def _parse_place(fields: ClaimFields) -> PlaceSpec:
    name = fields.text("value")
    aliases = list(fields.texts("aliases"))
    canonical = fields.entities.canonical(name)
    if canonical is not None:
        aliases.extend(fields.entities.names(canonical))
    unique = {a.casefold(): a for a in reversed(aliases) if a.casefold() != name.casefold()}
    return PlaceSpec(name, tuple(reversed(unique.values())), fields.texts("within"))


def _parse_quantity(fields: ClaimFields) -> QuantitySpec:
    value = _number(fields.doc, fields.require("value"), "value",
                    "10000, '10,000', '10k', '2.5 million' or 'ten thousand'")
    unit = fields.get("unit")
    return QuantitySpec(value, fields.tolerance(),
                        None if unit is None else _text(fields.doc, unit, "'unit'"))


_SYMBOL = re.compile(r"(?P<symbol>US\$|HK\$|S\$|A\$|C\$|\$|€|£|¥|₩|₹)\s*")
_SYMBOL_CODES = {"US$": "USD", "HK$": "HKD", "S$": "SGD", "A$": "AUD", "C$": "CAD", "€": "EUR",
                 "£": "GBP", "₩": "KRW", "₹": "INR"}
_CURRENCY = re.compile(r"[A-Z]{3}")


def _parse_money(fields: ClaimFields) -> MoneySpec:
    node = fields.require("value")
    currency = fields.text("currency")
    if not _CURRENCY.fullmatch(currency):
        raise fields.error(fields.require("currency"), "currency must be an ISO 4217 code of "
                           f"three capital letters such as USD, not '{currency}'")
    example = "25000000, '25 million', '25m' or '$25 million'"
    match = _SYMBOL.match(node.value.strip()) if isinstance(node, yaml.ScalarNode) else None
    if match is None:
        symbol, value = "", _number(fields.doc, node, "value", example)
    else:
        symbol, number = match["symbol"], _parse_number(node.value.strip()[match.end():])
        if number is None or not math.isfinite(number):
            raise fields.error(node, f"cannot read value '{node.value}' as an amount of money; "
                                     f"write e.g. {example}")
        value = number
    implied = _SYMBOL_CODES.get(symbol)
    if implied and implied != currency:
        raise fields.error(node, f"value is in {implied} ('{symbol}') but currency is {currency}")
    return MoneySpec(value, currency, fields.tolerance())


_UNIT_NAMES = {
    "second": ("s", "sec", "secs", "second", "seconds"),
    "minute": ("min", "mins", "minute", "minutes"),
    "hour": ("h", "hr", "hrs", "hour", "hours"),
    "day": ("d", "day", "days"),
    "week": ("wk", "wks", "week", "weeks"),
    "month": ("mo", "month", "months"),
    "year": ("y", "yr", "yrs", "year", "years"),
    "decade": ("decade", "decades"),
}
_UNITS = {alias: unit for unit, aliases in _UNIT_NAMES.items() for alias in aliases}
_AMOUNT = r"(\d+(?:\.\d+)?)"
_ISO_DURATION = re.compile(
    rf"P(?:{_AMOUNT}Y)?(?:{_AMOUNT}M)?(?:{_AMOUNT}W)?(?:{_AMOUNT}D)?"
    rf"(?:T(?=\d)(?:{_AMOUNT}H)?(?:{_AMOUNT}M)?(?:{_AMOUNT}S)?)?", re.IGNORECASE)
_ISO_UNITS = ("year", "month", "week", "day", "hour", "minute", "second")
_SPOKEN_DURATION = re.compile(r"(?P<amount>.*?)[\s-]*(?P<unit>[a-z]+)")


def _duration(text: str) -> tuple[float, str] | None:
    """``(amount, unit)`` of "2 months", "two months", "an hour", "P2M", "P1Y6M", "PT5H"."""
    iso = _ISO_DURATION.fullmatch(text)
    if iso and any(iso.groups()):
        parts = [(unit, float(amount)) for unit, amount in zip(_ISO_UNITS, iso.groups(),
                                                               strict=True) if amount]
        unit = parts[-1][0]
        days = sum(amount * UNIT_DAYS[name] for name, amount in parts)
        return round(days / UNIT_DAYS[unit], 6), unit
    spoken = _SPOKEN_DURATION.fullmatch(" ".join(text.lower().split()))
    if spoken is None or spoken["unit"] not in _UNITS:
        return None
    words = spoken["amount"]
    amount = 1.0 if words in ("a", "an", "one") else _parse_number(words)
    return None if amount is None else (amount, _UNITS[spoken["unit"]])


def _parse_duration(fields: ClaimFields) -> DurationSpec:
    node = fields.require("value")
    value = _scalar(fields.doc, node)
    parsed = _duration(value) if isinstance(value, str) else None
    if parsed is None or parsed[0] < 0 or not math.isfinite(parsed[0]):
        raise fields.error(node, f"cannot read value {_kind(node)} as a duration; write e.g. "
                                 "'2 months', 'two months', '90 minutes' or 'P2M'")
    amount, unit = parsed
    return DurationSpec(amount * UNIT_DAYS[unit], amount, unit, fields.tolerance())


_ORDINAL_WORDS = {"first": "one", "second": "two", "third": "three", "fifth": "five",
                  "eighth": "eight", "ninth": "nine", "twelfth": "twelve"}


def _ordinal(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip().lower()
    if match := re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", text):
        return int(match[1])
    *head, last = re.split(r"[\s-]+", text)
    if last in _ORDINAL_WORDS:
        last = _ORDINAL_WORDS[last]
    elif last.endswith("ieth"):
        last = last[:-4] + "y"
    elif last.endswith("th"):
        last = last[:-2]
    else:
        return None
    try:
        return int(text2num(" ".join([*head, last]), "en"))
    except ValueError:
        return None


def _parse_ordinal(fields: ClaimFields) -> OrdinalSpec:
    node = fields.require("value")
    value = _ordinal(_scalar(fields.doc, node))
    if value is None or value < 1:
        raise fields.error(node, f"cannot read value {_kind(node)} as an ordinal; "
                                 "write e.g. 6, '6th' or 'sixth'")
    return OrdinalSpec(value)


def _parse_quote(fields: ClaimFields) -> QuoteSpec:
    speaker = fields.text("speaker")
    text = fields.text("text")
    node = fields.get("min_similarity")
    similarity = 90.0
    if node is not None:
        value = _scalar(fields.doc, node)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not (
                0 <= value <= 100):
            raise fields.error(node, "min_similarity must be a number from 0 to 100, "
                                     f"not {_kind(node)}")
        similarity = float(value)
    return QuoteSpec(fields.entities.canonical(speaker) or speaker, text, similarity)


SPEC_PARSERS: dict[str, SpecParser] = {
    "date": SpecParser(frozenset({"value"}), _parse_date),
    "place": SpecParser(frozenset({"value", "aliases", "within"}), _parse_place),
    "quantity": SpecParser(frozenset({"value", "tolerance", "unit"}), _parse_quantity),
    "money": SpecParser(frozenset({"value", "currency", "tolerance"}), _parse_money),
    "duration": SpecParser(frozenset({"value", "tolerance"}), _parse_duration),
    "ordinal": SpecParser(frozenset({"value"}), _parse_ordinal),
    "quote": SpecParser(frozenset({"speaker", "text", "min_similarity"}), _parse_quote),
}
CLAIM_TYPES: tuple[str, ...] = tuple(SPEC_PARSERS)


# --------------------------------------------------------------------------- third-party types

def _python(doc: _Doc, node: yaml.Node, depth: int = 0) -> Any:
    """Plain Python data for a third-party parser (aliases may not loop)."""
    if depth > 50:
        raise doc.error(node, "value is nested too deeply")
    if isinstance(node, yaml.SequenceNode):
        return [_python(doc, item, depth + 1) for item in node.value]
    if isinstance(node, yaml.MappingNode):
        return {key: _python(doc, entry.value, depth + 1)
                for key, entry in _mapping(doc, node, "this value").items()}
    return _scalar(doc, node)


def _registered_parser(type_name: str, doc: _Doc, node: yaml.Node) -> SpecParser | None:
    import importlib.metadata  # ~20 ms: only a claim type outside the built-in ones needs it

    for entry_point in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        if entry_point.name != type_name:
            continue
        try:
            plugin = entry_point.load()
        except Exception as exc:  # any import failure of a plugin is the user's to fix
            raise doc.error(node, f"claim type '{type_name}' ({entry_point.value}) "
                                  f"failed to load: {exc}") from None
        keys, parse = getattr(plugin, "keys", None), getattr(plugin, "parse", None)
        if not isinstance(keys, (set, frozenset)) or not callable(parse):
            raise doc.error(node, f"claim type '{type_name}' ({entry_point.value}) must expose "
                                  "'keys' (a frozenset) and 'parse(values)'")

        def parse_fields(fields: ClaimFields, parse: Callable[..., Any] = parse) -> Any:
            values = {key: _python(fields.doc, entry.value) for key, entry in
                      fields.entries.items() if key not in COMMON_KEYS}
            try:
                return parse(values)
            except (ValueError, TypeError, KeyError) as exc:
                raise fields.error(fields.anchor, f"invalid {type_name} claim "
                                                  f"'{fields.claim_id}': {exc}") from None

        return SpecParser(frozenset(keys), parse_fields)
    return None


def _spec_parser(type_name: str, doc: _Doc, node: yaml.Node, claim_id: str) -> SpecParser:
    parser = SPEC_PARSERS.get(type_name) or _registered_parser(type_name, doc, node)
    if parser is None:
        import importlib.metadata

        known = [*CLAIM_TYPES, *(ep.name for ep in
                                 importlib.metadata.entry_points(group=ENTRY_POINT_GROUP))]
        raise doc.error(node, f"unknown type '{type_name}' in claim '{claim_id}'; "
                              + _suggest(type_name, known))
    return parser


# --------------------------------------------------------------------------- claims and file

def _choice(doc: _Doc, entries: Mapping[str, _Entry], key: str, choices: tuple[str, ...]) -> Any:
    if key not in entries or entries[key].value.tag == _CORE + "null":
        return choices[0]
    value = _text(doc, entries[key].value, f"'{key}'")
    if value not in choices:
        raise doc.error(entries[key].value, f"{key} must be one of "
                        + ", ".join(choices) + f", not '{value}'; " + _suggest(value, choices))
    return value


def _claim(doc: _Doc, node: yaml.Node, entities: Entities, seen: dict[str, int]) -> Claim:
    entries = _mapping(doc, node, "a claim")
    anchor = node.value[0][0] if entries else node
    if "id" not in entries:
        raise doc.error(anchor, "claim has no 'id'")
    id_node = entries["id"].value
    claim_id = _text(doc, id_node, "'id'")
    if not _ID.fullmatch(claim_id):
        raise doc.error(id_node, f"claim id '{claim_id}' must match [a-z0-9][a-z0-9_-]* "
                                 "(lower-case letters, digits, '-' and '_')")
    if claim_id in seen:
        raise doc.error(id_node, f"duplicate claim id '{claim_id}'; "
                                 f"first defined on line {seen[claim_id]}")
    seen[claim_id] = id_node.start_mark.line + 1
    if "type" not in entries:
        raise doc.error(anchor, f"claim '{claim_id}' has no 'type'; expected one of "
                                + ", ".join(CLAIM_TYPES))
    type_node = entries["type"].value
    type_name = _text(doc, type_node, "'type'")
    parser = _spec_parser(type_name, doc, type_node, claim_id)
    allowed = (*COMMON_KEYS, *sorted(parser.keys))
    for name, entry in entries.items():
        if name in allowed:
            continue
        if any(name in other.keys for other in SPEC_PARSERS.values()):
            raise doc.error(entry.key, f"key '{name}' does not apply to {type_name} claim "
                                       f"'{claim_id}'; " + _suggest(name, allowed))
        raise doc.error(entry.key, f"unknown key '{name}' in claim '{claim_id}'; "
                                   + _suggest(name, allowed))

    def texts(key: str) -> tuple[str, ...]:
        return _texts(doc, entries[key].value, f"'{key}'") if key in entries else ()

    for tag_node in (entries["tags"].value.value if "tags" in entries
                     and isinstance(entries["tags"].value, yaml.SequenceNode) else ()):
        if " " in _text(doc, tag_node, "each tag"):
            raise doc.error(tag_node, f"each tag must be a single word, not '{tag_node.value}'")
    own = {k: e for k, e in entries.items() if k not in COMMON_KEYS}
    spec = parser.parse(ClaimFields(doc, claim_id, type_name, anchor, own, entities))
    description = entries.get("description")
    return Claim(
        id=claim_id, type=type_name, spec=spec, about=texts("about"),
        description=None if description is None or description.value.tag == _CORE + "null"
        else _text(doc, description.value, "'description'"),
        severity=_choice(doc, entries, "severity", ("error", "warning")),
        on_silent=_choice(doc, entries, "on_silent", ("skip", "pass", "fail")),
        tags=texts("tags"), line=anchor.start_mark.line + 1, column=anchor.start_mark.column + 1)


def _entities(doc: _Doc, node: yaml.Node | None) -> Entities:
    if node is None or node.tag == _CORE + "null":
        return Entities()
    aliases = {name: _texts(doc, entry.value, f"the aliases of '{name}'")
               for name, entry in _mapping(doc, node, "'entities'").items()}
    return Entities(aliases)


def _event(doc: _Doc, node: yaml.Node | None) -> Event:
    if node is None or node.tag == _CORE + "null":
        return Event()
    entries = _mapping(doc, node, "'event'")
    for key, entry in entries.items():
        if key not in EVENT_KEYS:
            raise doc.error(entry.key, f"unknown key '{key}' in 'event'; "
                                       + _suggest(key, EVENT_KEYS))
    name = _text(doc, entries["name"].value, "'name'") if "name" in entries else None
    date = None
    if "date" in entries:
        spec = _date(doc, entries["date"].value, "event date")
        if spec.granularity != "day":
            raise doc.error(entries["date"].value, "event date must be a full day, "
                                                   "such as 2019-04-25")
        date = spec.value
    return Event(name, date)


def _version(doc: _Doc, entries: Mapping[str, _Entry]) -> int:
    if "version" not in entries:
        return 1
    node = entries["version"].value
    if _scalar(doc, node) != 1 or node.tag != _CORE + "int":
        raise doc.error(node, f"unsupported claim file version {node.value}; "
                              "this library reads version 1")
    return 1


def _compose(doc: _Doc, text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_LOADER)  # type: ignore[no-any-return, unused-ignore]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise ClaimFileError(doc.path, line, column, f"invalid YAML: {problem}") from None
    except yaml.reader.ReaderError as exc:
        before = text[:exc.position]
        line, column = before.count("\n") + 1, exc.position - before.rfind("\n")
        raise ClaimFileError(doc.path, line, column, f"invalid YAML: {exc.reason}") from None


def loads_claims(text: str, path: str = "<string>") -> ClaimSet:
    """Parse claim-file ``text``; ``path`` names it in errors and anchors ``articles`` globs."""
    doc = _Doc(str(path))
    root = _compose(doc, text)
    if root is None:
        raise ClaimFileError(doc.path, 1, 1, "claim file is empty; it needs a 'claims' list")
    _check_tags(doc, root)
    entries = _mapping(doc, root, "a claim file")
    version = _version(doc, entries)
    for name, entry in entries.items():
        if name not in TOP_KEYS:
            raise doc.error(entry.key, f"unknown top-level key '{name}'; "
                                       + _suggest(name, TOP_KEYS))
    if "claims" not in entries:
        raise doc.error(root, "claim file has no 'claims' list")
    claims_node = entries["claims"].value
    if claims_node.tag == _CORE + "null" or (
            isinstance(claims_node, yaml.SequenceNode) and not claims_node.value):
        raise doc.error(claims_node, "'claims' is empty; a claim file needs at least one claim")
    if not isinstance(claims_node, yaml.SequenceNode):
        raise doc.error(claims_node, f"'claims' must be a list, not {_kind(claims_node)}")
    entities = _entities(doc, entries["entities"].value if "entities" in entries else None)
    event = _event(doc, entries["event"].value if "event" in entries else None)
    globs = _texts(doc, entries["articles"].value, "'articles'") if "articles" in entries else ()
    seen: dict[str, int] = {}
    claims = tuple(_claim(doc, node, entities, seen) for node in claims_node.value)
    return ClaimSet(path=doc.path, claims=claims, event=event, entities=entities,
                    articles=tuple(os.path.normpath(Path(doc.path).parent / g) for g in globs),
                    version=version)


def load_claims(path: str | Path) -> ClaimSet:
    """Load and check a claim file; every problem is a one-line :class:`ClaimFileError`."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ClaimFileError(path, 0, 0, f"cannot read claim file: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - data.rfind(b"\n", 0, exc.start)
        raise ClaimFileError(path, line, column, "claim file is not valid UTF-8") from None
    return loads_claims(text, str(path))
