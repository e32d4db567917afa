"""Articles: reading text/HTML, front matter, datelines, furniture, sentences.

Contract (owned by this module):

* ``load_article(path) -> Article``; raises :class:`~newsconsistency.errors.ArticleError`
  when the file cannot be read or decoded.
* ``Article.text`` is the text as read from disk (``offsets == "file"``) or, for HTML, the
  text extracted by trafilatura (``offsets == "extracted"``).
* ``Article.sentences`` holds only article text -- front matter, datelines and page
  furniture ("READ ALSO:", "[ad_1]", "Leave a Reply", share prompts, weather widgets, ...)
  never appear there. Photo captions are kept. Each sentence's ``text`` equals
  ``Article.text[start:end]``; ``line`` is the 1-based line of ``start``; ``paragraph``
  numbers the block (blank-line or line separated) the sentence belongs to.

How a text is read, line by line (:func:`parse_article`):

1. YAML front matter (``---`` ... ``---`` at the very top) gives ``published``, ``title``,
   ``url`` and ``outlet``; its lines stay in ``text`` (offsets are into the whole file) but
   are not article text.
2. Each remaining line is, in this order: blank; *furniture* (:data:`FURNITURE_PATTERNS`, or
   a short place name right under a weather widget); a repeat of the previous non-empty line
   (duplicated photo captions); a *dateline* (one of the first ten non-empty lines that is
   only a full date, see :func:`parse_date`); or article text.
3. Every line of article text is a paragraph of its own (0-based ``paragraph``), except a
   line that plainly continues the previous one (hard-wrapped text: the previous line ends
   without closing punctuation and is long, as text wrapped at a fixed width is; or this
   one starts in lower case: '“…,”' / 'he said.').
4. Paragraphs are split into sentences by :func:`split_sentences`.

Text files are decoded as UTF-8; a leading byte-order mark is dropped, so offsets count from
the first character after it. Line ends are kept as they are (``\\r\\n`` included).
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import functools
import glob
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
import yaml

from newsconsistency.errors import ArticleError, UsageError

__all__ = [
    "ARTICLE_SUFFIXES",
    "FURNITURE_PATTERNS",
    "Article",
    "Sentence",
    "expand_paths",
    "is_furniture",
    "load_article",
    "parse_article",
    "parse_date",
    "split_sentences",
]

#: File name endings read as articles when a directory is given.
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
_HTML_SUFFIXES = frozenset({".html", ".htm"})


@attrs.frozen
class Sentence:
    """A sentence of an article: ``text`` is the article's ``text[start:end]`` (the engine
    reads and caches it by that string); ``line`` is where it starts, from 1;
    ``paragraph`` the index of its paragraph."""

    text: str
    start: int
    end: int
    line: int
    paragraph: int


@attrs.frozen
class Article:
    source_id: str
    path: str
    text: str
    sentences: tuple[Sentence, ...]
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    offsets: str = "file"  # or "extracted" (HTML)


# --------------------------------------------------------------------------------------------
# Furniture: whole lines that are page chrome, never article text.
#
# Each pattern must match the *whole* line (leading/trailing whitespace removed), case
# ignored. Add a pattern here to drop a new kind of widget; keep them anchored to something
# no reporter writes as a paragraph of their own.
# --------------------------------------------------------------------------------------------

_WEATHER = r"[-−+]?\d{1,2}(?:[.,]\d)?\s*(?:°\s*[CF]?|[CF])"

FURNITURE_PATTERNS: tuple[str, ...] = (
    # teasers for other stories
    r"(?:read|see) also\b.*",
    r"also read\b.*",
    r"read more(?:\s*[:»›>…|-].*|\s+(?:at|on|here)\b.*)?",
    r"(?:related|recommended|trending|most read|top stories|you (?:may|might) also like)"
    r"(?: (?:articles?|stories|news|posts?|for you|reading|content))?(?:\s*[:|»>-].{0,150})?",
    r"(?:previous|next) (?:article|post|story)\b.{0,150}",
    # ad slots and placeholders: [ad_1], [ad_2], [advert], ...
    r"\[\s*[a-z][\w -]{0,30}\]",
    r"advertise (?:here|with us)\b.*",
    r"advertisements?|sponsored(?: content| post| links?)?",
    # comment widgets
    r"leave a (?:reply|comment)\b.*",
    r"%d bloggers like this:?",
    r"(?:no|\d+) comments?\s*:?",
    r"(?:post|add|write|view|show|load) (?:a |all |\d+ )?comments?\b.{0,40}",
    r"facebook comments|comments?",
    r"please enter (?:your|a valid) (?:comment|name|e-?mail)\b.*",
    r"you (?:must|need to) (?:be logged|log) in to post a comment\b.*",
    # share and follow prompts
    r"share (?:this(?: article| story| post)?|on (?:facebook|twitter|whatsapp|linkedin|x)"
    r"|via \w+)\b.{0,40}",
    r"click to (?:share|email|print|tweet)\b.*",
    r"(?:(?:facebook|twitter|whatsapp|linkedin|pinterest|reddit|telegram|e-?mail|print"
    r"|tweet|share)[\s,|/·•]*)+",
    r"like this:?|like loading\W*",
    r"follow us on\b.{0,80}",
    # subscription and donation prompts
    r"subscribe\b.{0,100}",
    r"sign up (?:for|to) (?:our|the) newsletter\b.*",
    r"for fearless journalism\b.*",
    r"support (?:independent|fearless|quality) journalism\b.{0,100}",
    # cookie notices and legal footers
    r"(?:this (?:web)?site|our (?:web)?site|we)\b[\w ]{0,30}\buses? cookies\b.*",
    r"accept(?: all)? cookies|by continuing to (?:use|browse)\b.*",
    r"(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})).{0,120}",
    r"all rights reserved\b.{0,60}",
    r"source link|source\s*:?\s*link",
    # weather and ticker widgets: "31 C", "31°C", "-2 °C Moscow", "Sensex 39,054 ▲ 0.5%"
    _WEATHER + r"(?:\s+\S+){0,3}",
    r"[\w&.]+(?: [\w&.]+){0,2}\s+[-+]?\d[\d,.]*\s*[▲▼↑↓].{0,30}",
    # bylines without a name, section labels, stray punctuation
    r"by\s*:?",
    r"(?:breaking|breaking news|live|latest|exclusive|opinion|analysis|home|menu|"
    r"skip to (?:main )?content|loading\W*)",
    r"[.\-–—_*•·|~=#]+",
)

_FURNITURE_RE = re.compile("|".join(f"(?:{p})" for p in FURNITURE_PATTERNS), re.IGNORECASE)
_WEATHER_RE = re.compile(_WEATHER + r"(?:\s+\S+){0,3}", re.IGNORECASE)
# A place name under a weather widget: a few capitalised words, nothing else.
_WIDGET_PLACE_RE = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")


# a wire dateline opening a paragraph: "WARSAW, May 19 (Reuters) - ", "LERWICK, Shetland
# (Wire) - ", "TRONDHEIM – ": where the story was filed, not what it says
_WIRE_DATELINE = re.compile(
    r"[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\w.'’ -]{1,30})?"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
    r"\s*(?:\([^)]{1,30}\))?\s*[-–—]\s+(?=[A-Z\"“‘])"
)

# a line at least this long that stops without punctuation was wrapped, not ended
_WRAP_WIDTH = 50


def is_furniture(line: str) -> bool:
    """Whether a whole line (surrounding whitespace ignored) is page furniture."""
    return _FURNITURE_RE.fullmatch(line.strip()) is not None


# --------------------------------------------------------------------------------------------
# Dates: datelines and front-matter values, without dateparser.
# --------------------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY_STEMS = ("mon", "tue", "tues", "wed", "wednes", "thu", "thur", "thurs", "fri", "sat",
                  "satur", "sun")
_WEEKDAY = rf"(?:{'|'.join(_WEEKDAY_STEMS)})(?:day)?"
_LABELS = ("published", "updated", "posted")  # "Published: 25 April 2019"
_DATE_RE = re.compile(
    rf"""
    (?:(?:{'|'.join(_LABELS)})(?:\s+on)?\s*:?\s*)?
    (?:{_WEEKDAY}\.?,?\s+)?
    (?:
        (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})\.?,?\s+(?P<y1>\d{{4}})
      | (?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})
      | (?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}})
    )
    (?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?\s*(?:[ap]\.?m\.?)?
       (?:\s*(?:[A-Z]{{2,5}}|[+-]\d{{2}}:?\d{{2}}))?)?
    |
    (?P<y4>\d{{4}})-(?P<m4>\d{{2}})-(?P<d4>\d{{2}})[T\s]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?
    (?:Z|[+-]\d{{2}}:?\d{{2}})?
    """,
    re.IGNORECASE | re.VERBOSE,
)


# what a date line can begin with: a digit, or the first letter of a label, a weekday or a
# month (outside ASCII, case folding may surprise: the regex decides)
_DATE_STARTS = frozenset("0123456789") | {w[0] for w in (*_LABELS, *_WEEKDAY_STEMS, *_MONTHS)}


def parse_date(text: str) -> dt.date | None:
    """The date a string consists of, or ``None``.

    Accepts "Friday 5 June 2020", "Thursday, April 25, 2019", "25 April 2019", "2019-04-25",
    "2019-04-25T10:00:00Z", optionally with a time after the date and a "Published:" label.
    The whole string must be the date: "Putin met Kim on April 25, 2019" gives ``None``.
    """
    text = text.strip()
    first = text[:1].lower()
    if first.isascii() and first not in _DATE_STARTS:  # "Russia has ...": no date
        return None
    match = _DATE_RE.fullmatch(text)
    if match is None:
        return None
    g = match.groupdict()
    for n in "1234":
        year = g[f"y{n}"]
        if year is not None:
            month_text = g[f"m{n}"]
            month = int(month_text) if month_text.isdigit() else _MONTHS[month_text[:3].lower()]
            try:
                return dt.date(int(year), month, int(g[f"d{n}"]))
            except ValueError:
                return None
    return None  # pragma: no cover - every alternative captures a year


# --------------------------------------------------------------------------------------------
# Sentences
# --------------------------------------------------------------------------------------------

# A candidate end: terminal punctuation, closing quotes/brackets, then whitespace and what
# can open a sentence (an upper-case letter, a digit, an opening quote or bracket).
_BOUNDARY_RE = re.compile(
    r"(?P<punct>[.!?]+)(?P<close>[\"'”’»)\]]*)(?=\s+[\"“‘'«(\[]*[A-Z0-9À-ÖØ-ÞΑ-ΩА-Я])"
)
_DOTTED_RE = re.compile(r"(?:\w\.)+\w")
_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "messrs", "dr", "prof", "st", "jr", "sr", "rev", "hon", "fr",  # people
    "gen", "lt", "col", "capt", "cpt", "maj", "sgt", "cpl", "adm", "brig",  # ranks
    "gov", "sen", "rep", "pres", "amb", "supt", "insp", "det",  # offices
    "inc", "ltd", "co", "corp", "bros", "plc", "llc",  # companies
    "vs", "al", "approx", "est", "dept", "univ", "ave", "rd", "mt", "ft",
    "no", "nos", "art", "fig", "vol", "pp", "cf", "op",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})  # fmt: skip
# Abbreviations that are also ordinary words: only when written with a capital.
_CAPITALISED_ABBREVIATIONS = frozenset({"no", "nos", "art", "fig", "gen", "col", "co", "mar"})
# After a quotation closes at a sentence end, a short attribution stays with it.
_ATTRIBUTION_RE = re.compile(
    r"\s+(?:[^\s.!?]+\s+){0,4}?(?:said|says|added|adds|asked|told|stated|declared|noted|"
    r"explained|insisted|warned|concluded|continued|replied|wrote|tweeted|argued|recalled|"
    r"claimed|remarked|announced|stressed|underlined|emphasised|emphasized)\b[^.!?“”\"]{0,80}"
    r"[.!?]"
)
# A photo credit stays with its caption: "Kim and Putin in Vladivostok. Photo: AFP."
_CREDIT_RE = re.compile(
    r"\s+(?:photo|picture|image|file photo|credit|photograph)s?\s*(?:credit\s*)?:", re.IGNORECASE
)
_CLOSE_QUOTES = {"“": "”", "«": "»"}
_QUOTE_CHARS_RE = re.compile(r"[“«\"]")


def _quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans ``(open, after_close)`` of quotations that close within ``text[start:end]``."""
    spans: list[tuple[int, int]] = []
    pos = start
    while True:
        match = _QUOTE_CHARS_RE.search(text, pos, end)
        if match is None:
            return spans
        opener = match.group()
        closer = _CLOSE_QUOTES.get(opener, '"')
        close = text.find(closer, match.end(), end)
        if close < 0:
            # An unclosed quotation (it may go on in the next paragraph): not a span.
            pos = match.end()
            continue
        spans.append((match.start(), close + 1))
        pos = close + 1


def _is_abbreviation(text: str, period: int, start: int) -> bool:
    """Whether the period at ``text[period]`` ends an abbreviation or an initial."""
    first = period
    while first > start and (text[first - 1].isalnum() or text[first - 1] == "."):
        first -= 1
    word = text[first:period].lstrip(".")
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith"
    if _DOTTED_RE.fullmatch(word):
        return True  # "U.S.", "e.g.", "a.m."
    folded = word.lower()
    if folded not in _ABBREVIATIONS:
        return False
    return folded not in _CAPITALISED_ABBREVIATIONS or word[0].isupper()


@functools.lru_cache(maxsize=8192)
def _paragraph_sentences(paragraph: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans of one paragraph: copies of wire stories repeat paragraphs verbatim."""
    return tuple(split_sentences(paragraph))


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` in ``text[start:end]``, whitespace trimmed off.

    A sentence ends at ``.``, ``!`` or ``?`` (and any closing quotes or brackets) followed by
    white space and an upper-case letter, a digit or an opening quote -- except after an
    abbreviation ("Mr.", "U.S.", "Gen.", "Jan."), an initial ("J. Smith"), an ellipsis
    ("..."), inside a quotation that closes later in the span, between a quotation and its
    short attribution ("... now.” Putin said."), and before a photo credit
    ("... in Vladivostok. Photo: AFP.").
    """
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    quotes: list[tuple[int, int]] | None = None
    cursor = start
    for match in _BOUNDARY_RE.finditer(text, start, stop):
        punct = match.group("punct")
        if punct == "..." or (punct == "." and _is_abbreviation(text, match.start(), start)):
            continue
        boundary = match.end()
        if quotes is None:
            quotes = _quote_spans(text, start, stop)
        if any(open_ < boundary < close for open_, close in quotes):
            continue  # inside a quotation that goes on
        if match.group("close") and _ATTRIBUTION_RE.match(text, boundary, stop):
            continue  # “... now.” Putin said.
        if _CREDIT_RE.match(text, boundary, stop):
            continue
        _append_trimmed(spans, text, cursor, boundary)
        cursor = boundary
    _append_trimmed(spans, text, cursor, stop)
    return spans


def _append_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    kept = piece.strip()
    if kept:
        first = start + len(piece) - len(piece.lstrip())
        spans.append((first, first + len(kept)))


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------

_FRONT_MATTER_END_RE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
_DATELINE_WINDOW = 10
_SENTENCE_CLOSERS = frozenset(".!?:;\"'”’»)]…")


@attrs.frozen
class _Metadata:
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None


def load_article(path: str | os.PathLike[str]) -> Article:
    """Read one article file: HTML through trafilatura, anything else as UTF-8 text."""
    file = os.fspath(path)  # os.path, not pathlib: cheaper per article of a long run
    try:
        with open(file, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise ArticleError(file, f"cannot read article: {exc.strerror or exc}") from exc
    stem, suffix = os.path.splitext(os.path.basename(file))
    if suffix.lower() in _HTML_SUFFIXES:
        return _from_html(data, stem, file)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            file, f"not UTF-8 text (byte {exc.start}: {data[exc.start : exc.start + 1]!r})"
        ) from exc
    return parse_article(text, stem, file)


def parse_article(text: str, source_id: str, path: str = "", kind: str = "text") -> Article:
    """An article from text already in memory; ``kind="html"`` extracts it from markup first."""
    if kind == "html":
        return _from_html(text.encode("utf-8"), source_id, path)
    body_start, meta = _front_matter(text, path or source_id)
    return _build(text, source_id, path, body_start, meta, "file")


def _from_html(data: bytes, source_id: str, path: str) -> Article:
    from newsconsistency.html import extract_html  # trafilatura takes 0.4 s to import

    where = path or source_id
    page = extract_html(data, where)
    meta = _Metadata(page.published, page.title, page.url, page.outlet)
    article = _build(page.text, source_id, path, 0, meta, "extracted")
    if not article.sentences:
        raise ArticleError(where, "no article text found in the HTML page")
    return article


def _front_matter(text: str, where: str) -> tuple[int, _Metadata]:
    """Where the body starts, and what the front matter says (nothing if there is none)."""
    if not (text.startswith("---\n") or text.startswith("---\r\n")):
        return 0, _Metadata()
    first = text.index("\n") + 1
    close = _FRONT_MATTER_END_RE.search(text, first)
    if close is None:
        return 0, _Metadata()
    try:
        data = yaml.safe_load(text[first : close.start()])
    except yaml.YAMLError as exc:
        raise ArticleError(where, f"front matter is not valid YAML: {exc}") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ArticleError(where, "front matter must be a mapping of keys to values")
    body_start = close.end() + 1 if close.end() < len(text) else close.end()
    published = _front_matter_date(data.get("published"), where)
    return body_start, _Metadata(
        published=published,
        title=_optional_str(data.get("title")),
        url=_optional_str(data.get("url")),
        outlet=_optional_str(data.get("outlet")),
    )


def _front_matter_date(value: Any, where: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    date = parse_date(str(value))
    if date is None:
        raise ArticleError(where, f"front matter: published: cannot read {value!r} as a date")
    return date


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value).strip() or None


def _furniture(line: str) -> str:
    """"weather", "furniture" or "" for a stripped line."""
    if _FURNITURE_RE.fullmatch(line) is None:
        return ""
    return "weather" if _WEATHER_RE.fullmatch(line) is not None else "furniture"


@functools.lru_cache(maxsize=16384)
def _line(line: str) -> tuple[str, dt.date | None, int]:
    """What a stripped line is, by its words alone: furniture ("weather", "furniture" or
    ""), the date it consists of (a dateline, where it stands near the top), and where its
    words start after a wire dateline ("MOSCOW (Reuters) - "). Copies repeat their page
    furniture and their paragraphs: each line is read once."""
    prefix = _WIRE_DATELINE.match(line)
    return _furniture(line), parse_date(line), 0 if prefix is None else prefix.end()


def _build(
    text: str, source_id: str, path: str, body_start: int, meta: _Metadata, offsets: str
) -> Article:
    published = meta.published
    title = meta.title
    # [start, end, line, words] of each paragraph of article text; words: the stripped line
    # itself while the paragraph is one line (the string the line cache already holds),
    # None once hard-wrapped lines join it
    paragraphs: list[list[Any]] = []
    previous = ""  # the previous non-empty line, stripped
    previous_weather = False
    seen = 0  # non-empty lines so far
    pos = body_start
    line_no = text.count("\n", 0, body_start) + 1
    for raw in text[body_start:].split("\n"):
        # copies repeat their lines: one string for each, whichever copy the caches keyed
        # by it saw first (the line cache, paragraphs' sentences and quotes, sentence facts)
        line = sys.intern(raw.strip())
        if line:
            seen += 1
            furniture, date, skip = _line(line)
            if furniture or (previous_weather and _WIDGET_PLACE_RE.fullmatch(line)) or (
                line == previous
            ):
                pass
            elif seen <= _DATELINE_WINDOW and date is not None:
                published = published or date
            else:
                if title is None:
                    title = line
                start = pos + len(raw) - len(raw.lstrip())
                last = paragraphs[-1] if paragraphs else None
                if (
                    last is not None
                    and (line[0].islower() or (len(previous) >= _WRAP_WIDTH
                                               and text[last[1] - 1] not in _SENTENCE_CLOSERS))
                    and text.count("\n", last[1], start) == 1
                ):
                    last[1] = start + len(line)  # a hard-wrapped line goes on
                    last[3] = None
                else:
                    paragraphs.append([start + skip, start + len(line), line_no,
                                       line[skip:] if skip else line])
            previous = line
            previous_weather = furniture == "weather"
        pos += len(raw) + 1
        line_no += 1
    sentences = []
    for index, (start, end, line, words) in enumerate(paragraphs):
        wrapped = words is None
        if wrapped:
            words = sys.intern(text[start:end])
        for s, e in _paragraph_sentences(words):
            # a paragraph of one sentence is that sentence: one string for both (the caches
            # keyed by paragraph and by sentence then hold one copy)
            said = words if (s, e) == (0, len(words)) else sys.intern(text[start + s : start + e])
            sentences.append(Sentence(
                said, start + s, start + e,
                line + text.count("\n", start, start + s) if wrapped else line, index,
            ))
    return Article(
        source_id=source_id,
        path=path,
        text=text,
        sentences=tuple(sentences),
        published=published,
        title=title,
        url=meta.url,
        outlet=meta.outlet,
        offsets=offsets,
    )


# --------------------------------------------------------------------------------------------
# Paths
# --------------------------------------------------------------------------------------------


_GLOB_MAGIC_RE = re.compile(r"[*?[]")


def expand_paths(patterns: Sequence[str], base: Path | None = None) -> list[Path]:
    """Article files named by files, directories or globs, in order, each once.

    A directory gives its ``*.txt``, ``*.md``, ``*.html`` and ``*.htm`` files, sorted, not
    descending into subdirectories; a glob (``**`` recurses) gives its matches, sorted.
    Relative patterns are taken from ``base`` (the current directory if ``None``). A pattern
    that names no article raises :class:`~newsconsistency.errors.UsageError`.
    """
    root = Path.cwd() if base is None else base
    found: list[Path] = []
    seen: set[Path] = set()
    for pattern in patterns:
        matches = _expand_one(pattern, root, base is not None)
        if not matches:
            raise UsageError(f"no article files match {pattern!r}")
        resolved: dict[Path, Path] = {}  # a directory's files resolve through it once
        for match in matches:
            key = _resolve(match, resolved)
            if key not in seen:
                seen.add(key)
                found.append(match)
    return found


def _resolve(path: Path, directories: dict[Path, Path]) -> Path:
    """``path.resolve()``, resolving each parent directory once (a symlinked file itself
    is resolved in full)."""
    if path.is_symlink():
        return path.resolve()
    parent = directories.get(path.parent)
    if parent is None:
        parent = directories[path.parent] = path.parent.resolve()
    return parent / path.name


def _expand_one(pattern: str, root: Path, rooted: bool) -> list[Path]:
    candidate = root / pattern
    shown = candidate if rooted else Path(pattern)
    if candidate.is_file():
        return [shown]
    if candidate.is_dir():
        return [shown / name for name in _article_names(candidate)]
    if _GLOB_MAGIC_RE.search(pattern) is None:
        return []
    head, tail = os.path.split(pattern)
    if "**" not in tail and _GLOB_MAGIC_RE.search(head) is None:
        return _glob_in_directory(root / head, shown.parent, tail)
    results: list[Path] = []
    for name in sorted(glob.glob(pattern, root_dir=root, recursive=True)):
        match = root / name
        shown_match = match if rooted else Path(name)
        if match.is_file():
            results.append(shown_match)
        elif match.is_dir():
            results.extend(shown_match / name for name in _article_names(match))
    return results


def _glob_in_directory(directory: Path, shown: Path, pattern: str) -> list[Path]:
    """``glob`` for a pattern whose wildcards are all in its last part ("archive/*.txt"):
    one scandir, which knows the file types (glob would stat every match again)."""
    if not directory.is_dir():
        return []
    match = re.compile(fnmatch.translate(pattern)).match
    hidden = pattern.startswith(".")  # like glob: wildcards do not match a leading dot
    results: list[Path] = []
    with os.scandir(directory) as scan:
        entries = sorted(
            (e for e in scan if match(e.name) and (hidden or not e.name.startswith("."))),
            key=lambda e: e.name,
        )
    for entry in entries:
        if entry.is_file():
            results.append(shown / entry.name)
        elif entry.is_dir():
            results.extend(shown / entry.name / name for name in _article_names(Path(entry)))
    return results


def _article_names(directory: Path) -> list[str]:
    """The article files of a directory, sorted (scandir knows the file types: no stat)."""
    with os.scandir(directory) as entries:
        return sorted(
            e.name for e in entries
            if os.path.splitext(e.name)[1].lower() in ARTICLE_SUFFIXES and e.is_file()
        )
