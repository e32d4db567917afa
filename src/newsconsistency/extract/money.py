"""Find sums of money in a sentence: "$25 million", "US$25m", "HK$ 10.05 billion", "€3bn",
"USD 25m", "25 million dollars", "528 million francs", "3 dollars 50 cents".

``currency`` is the ISO 4217 code when the writing fixes it: "US$", "USD", "US dollars" ->
USD; "S$" -> SGD; "HK$" -> HKD; "€"/"euros" -> EUR; "£"/"pounds"/"sterling" -> GBP (what
British and international news means by them); "¥" -> JPY; "yuan"/"RMB" -> CNY. A bare "$"
or "dollars" leaves it None with ``family`` "dollar"; bare "francs", "rupees", "pesos" likewise.
Minor units stay as written: "50 cents" is 50 with family "cent", "470 pence" is 470 with family
"penny"; "3 dollars 50 cents" is 3.5 dollars. "pounds of" is a weight, not money.
"""

from __future__ import annotations

import re

from newsconsistency.extract.mentions import MoneyMention
from newsconsistency.extract.numbers import (
    Amount,
    hedge_after,
    hedge_before,
    hedge_bounds,
    opening_word,
    range_gap,
    scaled,
    scan_amounts,
    spread_scale,
)

__all__ = ["CURRENCY_FAMILIES", "find_money"]

# symbol or code written before the amount -> (ISO code or None, family)
_PREFIXES: dict[str, tuple[str | None, str]] = {
    "$": (None, "dollar"),
    "us$": ("USD", "dollar"), "u.s.$": ("USD", "dollar"), "usd$": ("USD", "dollar"),
    "s$": ("SGD", "dollar"), "sgd$": ("SGD", "dollar"),
    "a$": ("AUD", "dollar"), "au$": ("AUD", "dollar"), "aud$": ("AUD", "dollar"),
    "c$": ("CAD", "dollar"), "ca$": ("CAD", "dollar"), "cad$": ("CAD", "dollar"),
    "hk$": ("HKD", "dollar"), "nz$": ("NZD", "dollar"), "nzd$": ("NZD", "dollar"),
    "nt$": ("TWD", "dollar"), "r$": ("BRL", "real"), "mex$": ("MXN", "peso"),
    "mxn$": ("MXN", "peso"),
    "€": ("EUR", "euro"), "£": ("GBP", "pound"), "¥": ("JPY", "yen"), "₹": ("INR", "rupee"),
    "₩": ("KRW", "won"), "₽": ("RUB", "rouble"), "₺": ("TRY", "lira"), "₪": ("ILS", "shekel"),
    "元": ("CNY", "yuan"), "rs": (None, "rupee"), "rs.": (None, "rupee"),
}  # fmt: skip
_ISO: dict[str, str] = {
    "USD": "dollar", "EUR": "euro", "GBP": "pound", "JPY": "yen", "CNY": "yuan", "RMB": "yuan",
    "CHF": "franc", "CAD": "dollar", "AUD": "dollar", "NZD": "dollar", "HKD": "dollar",
    "SGD": "dollar", "TWD": "dollar", "INR": "rupee", "PKR": "rupee", "KRW": "won",
    "RUB": "rouble", "BRL": "real", "MXN": "peso", "ZAR": "rand", "SEK": "krona",
    "NOK": "krone", "DKK": "krone", "TRY": "lira", "ILS": "shekel", "AED": "dirham",
    "SAR": "riyal", "THB": "baht", "IDR": "rupiah", "MYR": "ringgit", "PHP": "peso",
    "NGN": "naira", "EGP": "pound", "BTC": "bitcoin", "PLN": "zloty", "HUF": "forint",
    "CZK": "koruna", "KPW": "won", "XOF": "franc", "XAF": "franc",
}  # fmt: skip
#: ISO 4217 code -> the family a bare symbol or word names ("$": dollar, "kronor": krona)
CURRENCY_FAMILIES: dict[str, str] = _ISO
# currency word after the amount (singular or plural) -> family, and the ISO code it fixes
_WORDS: dict[str, tuple[str | None, str]] = {
    "dollar": (None, "dollar"), "euro": ("EUR", "euro"), "pound": ("GBP", "pound"),
    "sterling": ("GBP", "pound"), "pound sterling": ("GBP", "pound"), "yen": ("JPY", "yen"),
    "yuan": ("CNY", "yuan"), "renminbi": ("CNY", "yuan"), "franc": (None, "franc"),
    "rupee": (None, "rupee"), "won": ("KRW", "won"), "rouble": ("RUB", "rouble"),
    "ruble": ("RUB", "rouble"), "peso": (None, "peso"), "peseta": ("ESP", "peseta"),
    "lira": (None, "lira"), "guilder": ("NLG", "guilder"), "markka": ("FIM", "markka"),
    "mark": (None, "mark"), "rand": ("ZAR", "rand"), "shekel": ("ILS", "shekel"),
    "baht": ("THB", "baht"), "ringgit": ("MYR", "ringgit"), "rupiah": ("IDR", "rupiah"),
    "naira": ("NGN", "naira"), "dirham": (None, "dirham"), "riyal": (None, "riyal"),
    "real": ("BRL", "real"), "reais": ("BRL", "real"), "bitcoin": ("BTC", "bitcoin"),
    "cent": (None, "cent"), "penny": (None, "penny"), "pence": (None, "penny"),
    "pennies": (None, "penny"), "krona": ("SEK", "krona"), "kronor": ("SEK", "krona"),
    "krone": (None, "krone"), "kroner": (None, "krone"), "zloty": ("PLN", "zloty"),
    "zlotys": ("PLN", "zloty"), "złoty": ("PLN", "zloty"), "forint": ("HUF", "forint"),
    "koruna": ("CZK", "koruna"),
}  # fmt: skip
# a nation written before the currency word fixes the code
_NATIONS: dict[tuple[str, str], str] = {
    ("us", "dollar"): "USD", ("u.s.", "dollar"): "USD", ("american", "dollar"): "USD",
    ("united states", "dollar"): "USD", ("australian", "dollar"): "AUD",
    ("swedish", "krona"): "SEK", ("norwegian", "krone"): "NOK", ("danish", "krone"): "DKK",
    ("polish", "zloty"): "PLN", ("hungarian", "forint"): "HUF", ("czech", "koruna"): "CZK",
    ("canadian", "dollar"): "CAD", ("hong kong", "dollar"): "HKD",
    ("singapore", "dollar"): "SGD", ("new zealand", "dollar"): "NZD",
    ("taiwan", "dollar"): "TWD", ("swiss", "franc"): "CHF", ("french", "franc"): "FRF",
    ("indian", "rupee"): "INR", ("pakistani", "rupee"): "PKR", ("sri lankan", "rupee"): "LKR",
    ("mexican", "peso"): "MXN", ("philippine", "peso"): "PHP", ("turkish", "lira"): "TRY",
    ("chinese", "yuan"): "CNY", ("japanese", "yen"): "JPY", ("south korean", "won"): "KRW",
    ("korean", "won"): "KRW", ("russian", "rouble"): "RUB", ("russian", "ruble"): "RUB",
    ("british", "pound"): "GBP", ("egyptian", "pound"): "EGP", ("german", "mark"): "DEM",
    ("deutsche", "mark"): "DEM", ("dutch", "guilder"): "NLG", ("finnish", "markka"): "FIM",
    ("uae", "dirham"): "AED", ("saudi", "riyal"): "SAR",
}  # fmt: skip
# words that are also common English words: money only with a nation or a scale word
_NEEDS_SUPPORT = frozenset({"won", "mark", "real", "rand"})

_PREFIX_RE = re.compile(
    r"""
    (?:
        (?P<code>(?i:us|usd|u\.\s?s\.?|sgd|aud|cad|nzd|mxn|mex|hk|nz|c|au|ca)|US|S|A|C|HK|NZ|NT|R)
        (?P<space>\s?)\$
      | [€£¥₹₩₽₺₪元]
      | \$
      | (?i:(?P<iso>usd|eur|gbp|jpy|cny|rmb|chf|cad|aud|nzd|hkd|sgd|inr|krw|rub|brl|mxn|zar|sek
           |nok|dkk|ils|aed|twd|btc)(?P<m>)|m(?P<miso>usd|eur|gbp|aud))
      | TRY | (?<!\w)(?i:rs\.?)
      | (?i:(?:the\s+)?dollar)
    )
    \s?\Z
    """,
    re.VERBOSE,
)
_WORD_ALTS = "|".join(
    sorted(
        {
            *_WORDS,
            "dollars",
            "euros",
            "pounds",
            "francs",
            "rupees",
            "roubles",
            "rubles",
            "pesos",
            "pesetas",
            "guilders",
            "marks",
            "shekels",
            "dirhams",
            "riyals",
            "cents",
            "bitcoins",
        },
        key=len,
        reverse=True,
    )
)
_NATION_ALTS = "|".join(
    re.escape(n) for n in sorted({n for n, _ in _NATIONS}, key=len, reverse=True)
)
_SUFFIX_RE = re.compile(
    rf"""
    (?:[ \u00a0]?-?|\s)
    (?:
        (?i:(?P<nation>{_NATION_ALTS})\s+)?(?i:(?P<word>{_WORD_ALTS}))\b
      | (?P<sym>[€£¥₹₩₽₺₪元$])
      | (?i:(?P<iso>usd|eur|gbp|jpy|cny|rmb|chf|cad|aud|nzd|hkd|sgd|inr|krw|rub|brl|mxn|zar
           |sek|nok|dkk|ils|aed|twd|btc)|m(?P<miso>usd|eur|gbp|aud))\b
      | (?P<try>TRY)\b
    )
    (?:\s+(?P<scale>million|billion|trillion)\b)?
    """,
    re.VERBOSE,
)
_OF_RE = re.compile(r"(?i)\s+of\b")
# "15 dollars 50", "thirteen dollars forty five": cents with no word, ending the phrase
_BARE_CENTS_END_RE = re.compile(r"(?i)\s*(?:[.,;:!?)]|\Z|\s+(?:more|less)\b)")
_CENTS_RE = re.compile(r"(?i)\s+(?:and\s+)?(?=\d|[a-z])")
_CENT_WORD_RE = re.compile(r"(?i)\s*(?:cents?|pence|p)\b")


class _Money:
    __slots__ = ("amount", "currency", "end", "family", "prefixed", "start", "value")

    def __init__(
        self, start: int, end: int, amount: Amount, value: float,
        currency: str | None, family: str, prefixed: bool,
    ) -> None:  # fmt: skip
        self.start, self.end, self.amount, self.value = start, end, amount, value
        self.currency, self.family, self.prefixed = currency, family, prefixed


def _prefix(text: str, amount: Amount) -> tuple[int, str | None, str, float] | None:
    m = _PREFIX_RE.search(text, max(0, amount.start - 8), amount.start)
    if m is None:
        return None
    if m.group("iso") is not None or m.group("miso") is not None:
        iso = (m.group("iso") or m.group("miso")).upper()
        iso = "CNY" if iso == "RMB" else iso
        scale = 1e6 if m.group("miso") is not None else 1.0
        if m.start() > 0 and text[m.start() - 1].isalnum():
            return None
        return m.start(), iso, _ISO[iso], scale
    raw = m.group().strip().lower()
    if raw.endswith("dollar"):
        return m.start(), None, "dollar", 1.0
    if raw == "try":
        return m.start(), "TRY", "lira", 1.0
    code = m.group("code")
    if code is not None:
        if m.group("space") and code.lower() in {"c", "s", "a", "r"} and not code.islower():
            code = None  # "A $5 fee": the article, not Australia
        elif m.start() > 0 and text[m.start() - 1].isalnum():
            code = None
        if code is None:
            return m.end() - 1 - (1 if m.group().endswith(" ") else 0), None, "dollar", 1.0
        key = code.lower().replace(" ", "").rstrip(".") + "$"
        key = {"u.s$": "u.s.$", "u.s.$": "u.s.$"}.get(key, key)
        currency, family = _PREFIXES.get(key, (None, "dollar"))
        return m.start(), currency, family, 1.0
    currency, family = _PREFIXES[raw.rstrip()]
    return m.start(), currency, family, 1.0


def _suffix(text: str, amount: Amount) -> tuple[int, str | None, str, float] | None:
    m = _SUFFIX_RE.match(text, amount.end)
    if m is None:
        return None
    scale = SCALE_WORDS.get((m.group("scale") or "").lower(), 1.0)
    if m.group("word") is not None:
        word = m.group("word").lower()
        single = _singular(word)
        if single == "pound" and _OF_RE.match(text, m.end()):
            return None  # "200 pounds of cocaine" is a weight
        currency, family = _WORDS[single]
        nation = m.group("nation")
        if nation is not None:
            currency = _NATIONS.get((" ".join(nation.lower().split()), single), currency)
        elif single in _NEEDS_SUPPORT and amount.scale == 1.0:
            return None
        return m.end(), currency, family, scale
    if m.group("sym") is not None:
        currency, family = _PREFIXES[m.group("sym")]
        return m.end(), currency, family, scale
    if m.group("try") is not None:
        return m.end(), "TRY", "lira", scale
    iso = (m.group("iso") or m.group("miso")).upper()
    iso = "CNY" if iso == "RMB" else iso
    if m.group("miso") is not None:
        scale = 1e6
    return m.end(), iso, _ISO[iso], scale


_CENTED = frozenset({"dollar", "euro", "pound", "yuan"})  # families counted in cents
SCALE_WORDS = {"million": 1e6, "billion": 1e9, "trillion": 1e12}


def _singular(word: str) -> str:
    if word in _WORDS:
        return word
    if word == "pennies":
        return "penny"
    if word.endswith("s") and word[:-1] in _WORDS:
        return word[:-1]
    return word


def _cents(text: str, pos: int) -> tuple[float, int] | None:
    """ "50 cents" / "and forty-five cents" right after "3 dollars"."""
    gap = _CENTS_RE.match(text, pos)
    if gap is None:
        return None
    for amount in scan_amounts(text[gap.end() : gap.end() + 40], whole=True)[:1]:
        if amount.start != 0 or not 0 < amount.value < 100 or amount.value != int(amount.value):
            return None
        end = gap.end() + amount.end
        cents = _CENT_WORD_RE.match(text, end)
        if cents is not None:
            return amount.value / 100, cents.end()
        if _BARE_CENTS_END_RE.match(text, end):
            return amount.value / 100, end
    return None


def find_money(text: str) -> list[MoneyMention]:
    """Every sum of money in ``text``, with hedges and ranges, in order."""
    amounts = scan_amounts(text)  # cheap when there is no number
    if not amounts:
        return []
    found: list[_Money | None] = []
    done = 0
    for amount in amounts:
        if amount.start < done:  # the cents of "3 dollars 50 cents", "USD million"
            continue
        before = _prefix(text, amount)
        after = _suffix(text, amount)
        if before is not None:
            start, currency, family, scale = before
            end = amount.end
            if after is not None and after[2] == family:  # "$ 10 dollars", "US$ 5 USD"
                end, currency = after[0], currency or after[1]
            found.append(
                _Money(start, end, amount, scaled(amount.value, scale), currency, family, True)
            )
        elif after is not None:
            end, currency, family, scale = after
            value = scaled(amount.value, scale)
            if family in _CENTED and value == amount.value and value == int(value):
                cents = _cents(text, end)
                if cents is not None:
                    value, end = value + cents[0], cents[1]
            found.append(_Money(amount.start, end, amount, value, currency, family, False))
        else:
            found.append(_Money(amount.start, amount.end, amount, amount.value, None, "", False))
        done = found[-1].end if found[-1] is not None else done
    return _mentions(text, found)


def _mentions(text: str, found: list[_Money | None]) -> list[MoneyMention]:
    out: list[MoneyMention] = []
    i = 0
    while i < len(found):
        a = found[i]
        i += 1
        if a is None:
            continue
        b = found[i] if i < len(found) else None
        if (
            b is not None
            and (a.family or b.family)
            and (not a.family or not b.family or a.family == b.family)
        ):
            gap = range_gap(text, a.end, b.start)
            opening = opening_word(text, a.start)
            if gap is not None and (gap[0] != "and" or (opening and opening[0] == "between")):
                low = spread_scale(a.amount, b.amount) if a.value == a.amount.value else a.value
                if low < b.value:
                    start = opening[1] if opening is not None else a.start
                    family = a.family or b.family
                    currency = a.currency or b.currency
                    out.append(
                        MoneyMention(
                            start, b.end, text[start : b.end], (low + b.value) / 2, low, b.value,
                            currency, family, "range",
                        )
                    )  # fmt: skip
                    i += 1
                    continue
        if not a.family:
            continue
        start, end = a.start, a.end
        hedge = hedge_before(text, start)
        if hedge is not None:
            start = hedge[1]
        else:
            after = hedge_after(text, end)
            if after is not None:
                hedge, end = (after[0], start), after[1]
        word = hedge[0] if hedge else None
        low, high = hedge_bounds(word, a.value)
        out.append(
            MoneyMention(
                start, end, text[start:end], a.value, low, high, a.currency, a.family, word
            )
        )
    return out
