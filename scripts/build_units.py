"""Write ``src/newsconsistency/data/units.tsv`` from pint.

Importing pint and building its unit registry takes about half a second, more than the
rest of a cold start, and a run paid it at the first quantity with a unit. The number
reader knows a fixed list of unit words (``extract.numbers.UNITS``); for those, and the
aliases of ``units.ALIASES``, the table holds what pint makes of each word and the factor
pint gives between every two units of one dimension, so the engine converts them without
pint and gets pint's very numbers. Other units still go to pint. Run this after bumping
pint or changing the unit words:

    python scripts/build_units.py
"""

from __future__ import annotations

import importlib.metadata
import itertools
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsconsistency" / "data" / "units.tsv"


# units claim files give in words the reader does not match itself ("unit: basis points")
CLAIM_WORDS = ("basis points", "basis point", "bps", "square metres", "square meters",
               "square feet", "cubic metres", "cubic meters", "metric tons", "kilowatt hours",
               "megawatt hours", "kilometres per hour", "kilometers per hour", "miles per hour")


def unit_words() -> list[str]:
    """The unit words the number reader matches, lower-cased, with ``units.ALIASES`` and
    the claim files' usual spellings."""
    sys.path.insert(0, str(ROOT / "src"))
    from newsconsistency.extract.numbers import UNITS
    from newsconsistency.units import ALIASES

    words: set[str] = set(ALIASES) | set(CLAIM_WORDS)
    for part in UNITS.split("|"):  # an alternation of words, two of them with a group
        if "(?:" in part or ")" in part:
            continue
        if part.endswith("?"):  # "percentage points?"
            words.update({part[:-2], part[:-1]})
        else:
            words.add(part)
    square = re.search(r"square \(\?:([^)]*)\)", UNITS)
    if square:
        words.update(f"square {w}" for w in square.group(1).split("|"))
    return sorted(w.lower() for w in words if w)


def build() -> str:
    """The table's text: a header naming pint's release, then ``unit<TAB>word<TAB>pint
    unit`` lines ('' where pint knows no such unit) and ``factor<TAB>from<TAB>to<TAB>
    factor`` lines for every two units of one dimension, with the functions ``units.factor``
    asks pint through for other words."""
    from newsconsistency.units import pint_ratio, pint_unit

    names: dict[str, str] = {}
    units: dict[str, object] = {}
    for word in unit_words():
        try:
            unit = pint_unit(word)
        except Exception:
            names[word] = ""
            continue
        names[word] = str(unit)
        units[str(unit)] = unit
    lines = [f"unit\t{word}\t{name}\n" for word, name in sorted(names.items())]
    for a, b in itertools.product(sorted(units), repeat=2):
        try:
            factor = pint_ratio(units[a], units[b])
        except Exception:
            continue  # not of one dimension: they do not convert
        lines.append(f"factor\t{a}\t{b}\t{factor!r}\n")
    header = (
        f"# pint {importlib.metadata.version('pint')}: what pint makes of the number reader's "
        "unit words, and its factors between them.\n"
        "# Built by scripts/build_units.py.\n"
    )
    return header + "".join(lines)


def main() -> None:
    OUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
