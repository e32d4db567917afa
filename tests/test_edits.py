"""Single-fact edits of the sample articles: the edited claim flips, nothing else moves.

Each row changes one phrase of one seed article. Paraphrases must keep the claim's verdict
at agree; changed facts must turn it to conflict; every other claim must keep the verdict
it has on the unedited article.
"""

from __future__ import annotations

import pytest

from newsconsistency import check, load_claims
from newsconsistency.articles import parse_article
from tests.conftest import SEEDS, SUMMIT

CLAIMS = load_claims(SUMMIT)
TEXTS = {p.name[:3]: p.read_text(encoding="utf-8") for p in SEEDS}

EDITS = [  # (seed, old, new, claim, expected)
 ('000','about 10,000 North Korean','about 100,000 North Korean','labourers','conflict'),
 ('000','about 10,000 North Korean','some ten thousand North Korean','labourers','agree'),
 ('000','about 10,000 North Korean','roughly 10 000 North Korean','labourers','agree'),
 ('000','about 10,000 North Korean','nearly 11,000 North Korean','labourers','agree'),
 ('000','about 10,000 North Korean','more than 20,000 North Korean','labourers','conflict'),
 ('002','some $25 million','some $52 million','food-aid','conflict'),
 ('002','some $25 million','US$25m','food-aid','agree'),
 ('002','some $25 million','25 million dollars','food-aid','agree'),
 ('002','some $25 million','$2.5 million','food-aid','conflict'),
 ('003','The summit in Vladivostok','The summit in Moscow','venue-city','conflict'),
 ('002','The duo will meet at Vladivostok','The duo will meet in Khabarovsk','venue-city','conflict'),
 ('000','first-ever meeting today in the far-eastern Russian city of Vladivostok','first-ever meeting today in the Russian capital, Moscow','venue-city','conflict'),
 ('004','a meeting with Kim in Vladivostok','a meeting with Kim in Moscow','venue-city','conflict'),
 ('001','sixth world leader','seventh world leader','leader-rank','conflict'),
 ('001','sixth world leader','6th world leader','leader-rank','agree'),
 ('001','in 2011','in 2012','kim-in-power','conflict'),
 ('001','was in 2002','was in 2005','last-summit','conflict'),
 ('001','a day earlier','two days earlier','kim-arrival','conflict'),
 ('001','a day earlier','on Wednesday','kim-arrival','agree'),
 ('001','a day earlier','on April 24','kim-arrival','agree'),
 ('003','about two months after','about five months after','hanoi-gap','conflict'),
 ('003','about two months after','eight weeks after','hanoi-gap','agree'),
 ('000','two months after the talks','a year after the talks','hanoi-gap','conflict'),
 ('003','met Thursday','met Tuesday','summit-date','conflict'),
 ('003','met Thursday','met on 25 April 2019','summit-date','agree'),
 ('003','met Thursday','met on April 26, 2019','summit-date','conflict'),
 ('002',"focus of Thursday's talks","focus of Friday's talks",'summit-date','conflict'),
 ('002','very useful meeting in developing the relationship between the two countries, who have a long friendship and history, into a more stable and sound one,” Kim said','very useful meeting in developing the relationship between the two countries, who have a long friendship and history, into a more stable and sound one,” Putin said','kim-useful','conflict'),
 ('003','“I think it will be a very useful meeting','“I do not think it will be a very useful meeting','kim-useful','conflict'),
 ('003','I think we will hold a very meaningful dialogue,” he added','I think we will hold a very meaningful dialogue,” Putin added','kim-dialogue','conflict'),
 ('000','“We need to restore the power of international law','“We do not need to restore the power of international law','putin-law','conflict'),
 ('000','determines the situation in the world,” he said','determines the situation in the world,” Kim said','putin-law','conflict'),
 ('004','added the Russian leader','added the North Korean leader','putin-law','conflict'),
 ('000','The pair shook hands on Russky Island','The pair shook hands on Sakhalin Island','venue-island','conflict'),
 ('001','campus on Russky island','campus on Popov island','venue-island','conflict'),
]


def statuses(text: str) -> dict[str, str]:
    return {v.claim: v.status for v in check(CLAIMS, [parse_article(text, "a")])}


@pytest.fixture(scope="module")
def unedited() -> dict[str, dict[str, str]]:
    return {seed: statuses(text) for seed, text in TEXTS.items()}


@pytest.mark.parametrize(("seed", "old", "new", "claim", "expected"), EDITS,
                         ids=[f"{e[0]}-{e[3]}-{e[2][:24]}" for e in EDITS])
def test_one_edit_changes_one_verdict(
    unedited: dict[str, dict[str, str]], seed: str, old: str, new: str, claim: str,
    expected: str,
) -> None:
    assert old in TEXTS[seed]
    after = statuses(TEXTS[seed].replace(old, new))
    assert after[claim] == expected
    moved = {c: s for c, s in after.items() if c != claim and s != unedited[seed][c]}
    assert moved == {}


def dated(published: str, body: str) -> str:
    return f"---\npublished: {published}\n---\n{body}\n"


def test_one_sentence_under_many_datelines_in_one_run() -> None:
    """A sentence's findings are kept across articles; its weekday must still count from
    each article's own date, and a dated sentence must not lose its date."""
    relative = "Putin and Kim met Thursday in Vladivostok for their first summit."
    absolute = "Putin and Kim met on 25 April 2019 in Vladivostok for their first summit."
    cases = [  # (published, body, summit-date)
        ("2019-04-25", relative, "agree"),
        ("2019-05-02", relative, "conflict"),    # that Thursday is 2 May
        ("2019-04-26", relative, "agree"),       # the Thursday before is still 25 April
        ("2019-04-25", absolute, "agree"),
        ("2019-05-02", absolute, "agree"),       # a written date reads no dateline
        ("2019-05-03", relative, "conflict"),
    ]
    # more datelines than a sentence keeps findings for (DATED_PER_SENTENCE), then the
    # first ones again
    weeks = [(f"2019-0{5 + k // 4}-{3 + k % 4 * 7:02d}", relative, "conflict") for k in range(10)]
    cases += weeks + cases[:3]
    articles = [parse_article(dated(p, body), f"a{n}") for n, (p, body, _) in enumerate(cases)]
    found = {v.source: v.status for v in check(CLAIMS, articles) if v.claim == "summit-date"}
    assert [found[f"a{n}"] for n in range(len(cases))] == [want for *_, want in cases]


def test_a_value_dated_by_the_dateline_is_tied_per_dateline() -> None:
    """"Last year" is 2018 under a 2019 dateline (another year: the figure is not the
    summit's) and 2019 under a 2020 one (the summit's year: the figure counts). The ties of
    the same sentence, kept across articles, must follow each article's dateline."""
    body = "Last year about 100,000 North Korean labourers were working in Russia."
    datelines = ["2019-04-25", "2020-06-05", "2019-04-25", "2020-06-05"]
    articles = [parse_article(dated(d, body), f"a{n}") for n, d in enumerate(datelines)]
    found = [v.status for v in check(CLAIMS, articles) if v.claim == "labourers"]
    assert found == ["silent", "conflict", "silent", "conflict"]
