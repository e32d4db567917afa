"""A deterministic synthetic corpus, grown from the seed articles, and replicated claim files.

Each synthetic article is a dateline, a headline and paragraphs drawn from all the seed
articles, with numbers, dates, weekdays and some names varied, so the engine meets agreeing,
conflicting and silent facts in about the proportions of real coverage. Articles average
about 3.4 kB, like the seeds. The same ``seed`` and index always give the same text.

    python benchmarks/synthetic.py OUT_DIR 1000        # writes OUT_DIR/syn_00000.txt, ...
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import yaml

from newsconsistency.articles import is_furniture

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "articles" / "summit"
SUMMIT = ROOT / "claims" / "summit.yaml"

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: name -> substitutes; the first seed spelling is kept most of the time.
NAMES = {
    "Vladivostok": ("Khabarovsk", "Moscow", "Nakhodka"),
    "Hanoi": ("Singapore", "Panmunjom"),
    "Trump": ("Moon", "Xi", "Abe"),
    "Russky": ("Popov", "Sakhalin"),
    "Pompeo": ("Bolton", "Biegun"),
}
FURNITURE = ("READ ALSO:  Markets close higher on export data", "[ad_1]", "Advertise here",
             "Leave a Reply", "Share this article")

_NUMBER_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_MONTH_RE = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b")
_WEEKDAY_RE = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b")
_NAME_RE = re.compile(r"\b(?:" + "|".join(NAMES) + r")\b")


def seed_paragraphs(seed_dir: Path = SEED_DIR) -> tuple[list[str], list[str]]:
    """(paragraphs, headlines) of the seed articles: long lines, and short capitalised ones."""
    paragraphs: list[str] = []
    headlines: list[str] = []
    for path in sorted(seed_dir.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if len(line) >= 80:
                paragraphs.append(line)
            elif (25 <= len(line) < 80 and line[:1].isupper() and not line.endswith(":")
                  and not is_furniture(line)):
                headlines.append(line)
    return paragraphs, headlines


def _vary_number(rng: random.Random, text: str) -> str:
    if rng.random() < 0.6:
        return text  # most figures are reported as the seeds report them
    digits = text.replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return text
    if 1900 <= value <= 2030 and "." not in digits:
        return str(int(value) + rng.choice((-2, -1, 1, 2)))
    varied = value * rng.choice((0.5, 0.8, 0.95, 1.05, 1.5, 2, 3))
    if "." in digits:
        return f"{varied:.1f}"
    return f"{round(varied):,}" if "," in text else str(round(varied))


def vary(rng: random.Random, text: str) -> str:
    """The paragraph with some of its numbers, months, weekdays and names changed."""
    text = _NUMBER_RE.sub(lambda m: _vary_number(rng, m.group()), text)
    text = _MONTH_RE.sub(lambda m: rng.choice(MONTHS) if rng.random() < 0.3 else m.group(), text)
    text = _WEEKDAY_RE.sub(
        lambda m: rng.choice(WEEKDAYS) if rng.random() < 0.3 else m.group(), text)
    return _NAME_RE.sub(
        lambda m: rng.choice(NAMES[m.group()]) if rng.random() < 0.15 else m.group(), text)


class Corpus:
    """Synthetic articles grown from the seeds; ``article(i)`` is the same text on every run."""

    def __init__(self, seed: int = 0, seed_dir: Path = SEED_DIR, mean_size: int = 3300) -> None:
        self.seed = seed
        self.paragraphs, self.headlines = seed_paragraphs(seed_dir)
        self.mean_size = mean_size

    def article(self, index: int) -> str:
        rng = random.Random(f"{self.seed}:{index}")
        day = 20 + rng.randrange(10)
        month = MONTHS[3] if rng.random() < 0.8 else rng.choice(MONTHS)
        weekday = WEEKDAYS[(day - 22) % 7]  # April 2019: the 22nd is a Monday
        lines = [f"{weekday} {day} {month} 2019", "", vary(rng, rng.choice(self.headlines)), ""]
        target = rng.randint(self.mean_size - 1000, self.mean_size + 1000)
        size = sum(len(line) + 1 for line in lines)
        while size < target:
            if rng.random() < 0.04:
                paragraph = rng.choice(FURNITURE)
            else:
                paragraph = vary(rng, rng.choice(self.paragraphs))
            lines += [paragraph, ""]
            size += len(paragraph) + 2
        return "\n".join(lines)

    def __iter__(self) -> Iterator[str]:
        index = 0
        while True:
            yield self.article(index)
            index += 1

    def write(self, directory: Path, count: int) -> list[Path]:
        """Write ``count`` articles as ``syn_00000.txt``, ...; their paths, in order."""
        directory.mkdir(parents=True, exist_ok=True)
        paths = []
        for index in range(count):
            path = directory / f"syn_{index:05d}.txt"
            path.write_text(self.article(index), encoding="utf-8")
            paths.append(path)
        return paths


# --------------------------------------------------------------------------------------------
# Claims replicated with other values
# --------------------------------------------------------------------------------------------

_OTHER_PLACES = ("Khabarovsk", "Moscow", "Pyongyang", "Nakhodka", "Sakhalin", "Irkutsk",
                 "Beijing", "Seoul", "Hanoi")


def _shift_date(value: Any, k: int) -> str:
    text = str(value)
    parts = text.split("-")
    if len(parts) == 1:
        return str(int(parts[0]) + k)
    year, month = int(parts[0]), (int(parts[1]) - 1 + k) % 12 + 1
    if len(parts) == 2:
        return f"{year}-{month:02d}"
    day = min(int(parts[2]), 28)
    return f"{year}-{month:02d}-{day:02d}"


def _replica(claim: dict[str, Any], k: int) -> dict[str, Any]:
    """Claim ``claim`` with id suffixed ``-rK`` and its value changed."""
    out = dict(claim, id=f"{claim['id']}-r{k}")
    kind = claim["type"]
    if kind == "date":
        out["value"] = _shift_date(claim["value"], k)
    elif kind == "place":
        out["value"] = _OTHER_PLACES[(k - 1) % len(_OTHER_PLACES)]
        out.pop("aliases", None)
        out["within"] = ["Russia"]
    elif kind == "quantity":
        out["value"] = int(claim["value"]) * (k + 1)
    elif kind == "money":
        out["value"] = f"{25 + 5 * k} million"
    elif kind == "duration":
        out["value"] = f"{2 + k} months"
    elif kind == "ordinal":
        out["value"] = int(claim["value"]) + k
    elif kind == "quote":
        words = str(claim["text"]).split()
        words[k % len(words)] = "never"
        out["text"] = " ".join(words)
    return out


def replicate_claims(times: int, source: Path = SUMMIT) -> str:
    """The claim file's YAML with every claim present ``times`` times (other values)."""
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data.pop("articles", None)  # relative globs would not resolve from elsewhere
    claims = data["claims"]
    data["claims"] = claims + [_replica(c, k) for k in range(1, times) for c in claims]
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    Corpus(args.seed).write(args.out, args.count)


if __name__ == "__main__":
    main()
