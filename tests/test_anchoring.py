"""How values are tied to a claim and to this event: one mechanism, sentence by sentence."""

from __future__ import annotations

import pytest

from newsconsistency import check
from newsconsistency.articles import parse_article
from newsconsistency.claims import loads_claims
from newsconsistency.document import is_event_noun

CLAIMS = """
event: {name: Summit, date: 2019-04-25}
entities:
  Vladimir Putin: [Putin, Mr Putin, the Russian leader]
  Kim Jong-un: [Kim, Mr Kim]
claims:
  - id: date
    type: date
    value: 2019-04-25
    about: [summit, talks, meeting, met]
  - id: city
    type: place
    value: Vladivostok
    within: [Russia]
    about: [summit, talks, meeting, met]
  - id: island
    type: place
    value: Russky Island
    within: [Vladivostok, Russia]
    about: [summit, talks]
  - id: workers
    type: quantity
    value: 10000
    tolerance: 10%
    about: [labourers, workers]
  - id: aid
    type: money
    value: 25 million
    currency: USD
    about: [food aid]
"""


def status(text: str, claim: str, published: str | None = "2019-04-25") -> str:
    header = f"---\npublished: {published}\n---\n" if published else ""
    article = parse_article(header + text, "a")
    report = check(loads_claims(CLAIMS, "c.yaml"), [article])
    return report.verdict(claim, "a").status


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        ("Some ten thousand workers are due to leave.", "workers", "agree"),
        ("Roughly 10 000 labourers are due to leave.", "workers", "agree"),
        ("About 100,000 North Korean labourers work in Russia.", "workers", "conflict"),
        ("The ministry hired 100,000 people in 2018. Labourers were not counted.", "workers",
         "silent"),
        ("Russia gave US$25m in food aid.", "aid", "agree"),
        ("Russia gave 25 million dollars in food aid.", "aid", "agree"),
        ("Russia gave $52 million in food aid.", "aid", "conflict"),
        ("Russia gave S$52 million in food aid.", "aid", "silent"),
    ],
)
def test_amounts_are_judged_by_value(text: str, claim: str, expected: str) -> None:
    assert status(text, claim) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The leaders met on Thursday.", "agree"),
        ("The talks were held today.", "agree"),
        ("The talks were held on Tuesday.", "conflict"),
        ("Mr Putin's last summit with a North Korean leader was in 2002.", "silent"),
        ("His second summit with Donald Trump was held in February.", "silent"),
        ("The Trump-Kim meeting in Hanoi took place in February.", "silent"),
        ("Pompeo told CBS News on Wednesday that talks would be bumpy.", "silent"),
        ("The first meeting was held in Pyongyang in 2000.", "silent"),
        ("The talks were held on 26 April 2019, when the summit was planned.", "conflict"),
        ("The talks were in 2002, when the summit was planned.", "silent"),
        ("Putin met Trump in Helsinki last year.", "silent"),
        ("Kim will hold talks with Xi Jinping in Beijing next month.", "silent"),
        ("The leaders met Thursday in Vladivostok.", "agree"),
    ],
)
def test_dates_count_only_for_this_event(text: str, expected: str) -> None:
    assert status(text, "date") == expected


def test_a_weekday_without_any_base_date_is_judged_by_weekday() -> None:
    claims = CLAIMS.replace("event: {name: Summit, date: 2019-04-25}\n", "")
    report = check(loads_claims(claims, "c.yaml"),
                   [parse_article("The leaders met on Thursday.", "a"),
                    parse_article("The leaders met on Friday.", "b")])
    assert [report.verdict("date", s).status for s in "ab"] == ["agree", "conflict"]


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        ("The talks were held in Vladivostok.", "city", "agree"),
        ("The summit took place on Russky Island.", "city", "agree"),
        ("The summit was held on Russki island.", "island", "agree"),
        ("The summit was held in Vladivostok.", "island", "silent"),
        ("The summit was held in Russia.", "city", "silent"),
        ("The talks in Moscow lasted four hours.", "city", "conflict"),
        ("The Moscow summit lasted four hours.", "city", "conflict"),
        ("Putin is keen to put forward Moscow as a player at the summit.", "city", "silent"),
        ("The talks in Hanoi with Donald Trump failed.", "city", "silent"),
        ("The summit was held 80 km north of Moscow.", "city", "silent"),
        ("The talks focused on Ukraine.", "city", "silent"),
        ("Putin met Trump in Helsinki last year.", "city", "silent"),
        ("Putin met Kim in Moscow.", "city", "conflict"),
        # where someone arrived is their journey, not where the event was
        ("Kim, who had arrived in Khabarovsk a day earlier, said the talks would help.",
         "city", "silent"),
        ("Kim arrived in Khabarovsk by train and said the summit would help.", "city", "silent"),
        ("Kim landed at Moscow before the summit.", "city", "silent"),
        ("Kim arrived in Vladivostok by train before the summit.", "city", "silent"),
    ],
)
def test_places_locate_this_event_or_nothing(text: str, claim: str, expected: str) -> None:
    assert status(text, claim) == expected


def test_a_matching_and_a_contradicting_value_conflict_with_both_as_evidence() -> None:
    text = "About 10,000 labourers work in Russia. Officials say 50,000 workers are there."
    article = parse_article(text, "a")
    verdict = check(loads_claims(CLAIMS, "c.yaml"), [article]).verdict("workers", "a")
    assert verdict.status == "conflict"
    assert [e.found for e in verdict.evidence] == ["50,000 workers", "About 10,000 labourers"]


def test_evidence_offsets_point_into_the_text_as_read() -> None:
    text = "---\npublished: 2019-04-25\n---\nHeadline\n\nAbout 100,000 labourers work there.\n"
    article = parse_article(text, "a")
    verdict = check(loads_claims(CLAIMS, "c.yaml"), [article]).verdict("workers", "a")
    evidence = verdict.evidence[0]
    assert text[evidence.start : evidence.end] == evidence.text
    assert evidence.line == 6


BARE = """
event: {date: 2019-04-25}
claims:
  - id: food-aid
    type: money
    value: 25 million
    currency: USD
  - id: venue
    type: place
    value: Vladivostok
  - id: putin-law
    type: quote
    speaker: Vladimir Putin
    text: We need to restore the power of international law
"""


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        ("Russia has provided $25 million in food aid.", "food-aid", "agree"),
        ("Russia has provided $52 million in food aid.", "food-aid", "conflict"),
        ("The port was sold for $52 million in 2001.", "food-aid", "silent"),
        ("The summit was held in Moscow.", "venue", "conflict"),
        ("“We need to restore the power of international law,” Putin said.", "putin-law",
         "agree"),
        ("“We need to restore the power of international law,” Mr Putin said.", "putin-law",
         "agree"),
        ("“We need to restore the power of international law,” Lavrov said.", "putin-law",
         "conflict"),
    ],
)
def test_a_claim_file_without_about_or_entities_still_ties_by_id_and_name(
    text: str, claim: str, expected: str
) -> None:
    report = check(loads_claims(BARE, "bare.yaml"), [parse_article(text, "a")])
    assert report.verdict(claim, "a").status == expected


LAUNCH = """
event: {date: 2024-10-09}
claims:
  - id: launch-date
    type: date
    value: 2024-10-09
    about: [launch, launched, lifted off]
  - id: site
    type: place
    value: Unst
    within: [Shetland]
    about: [launch, launched, lifted off]
  - id: satellites
    type: quantity
    value: 7
    about: [satellites]
  - id: attempt
    type: ordinal
    value: 2
    about: [attempt]
  - id: cost
    type: money
    value: 28 million
    currency: GBP
    about: [mission, cost]
  - id: altitude
    type: quantity
    value: 550
    unit: km
    tolerance: 5%
    about: [orbit]
"""


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        ("The rocket carried 7 satellites for four customers.", "satellites", "agree"),
        ("It was the company's second attempt.", "attempt", "agree"),
        ("The company's first attempt, in August 2023, ended in an explosion.", "attempt",
         "silent"),
        ("The company paid £775 million for a mission in 2012.", "cost", "silent"),
        ("The launch had been called off on Monday because of high winds.", "launch-date",
         "silent"),
        ("Skyforge plans 12 launches a year from 2026.", "launch-date", "silent"),
        ("The rocket lifted off from a pad on Unst.", "site", "agree"),
        ("The rocket lifting off on Wednesday was seen across Shetland.", "launch-date",
         "agree"),
        ("Virgin Orbit's rocket was carried by a Boeing 747.", "altitude", "silent"),
        ("Next year's launch will be made from Cornwall on 31 May.", "launch-date", "silent"),
    ],
)
def test_values_belong_to_their_own_event_and_subject(text: str, claim: str,
                                                      expected: str) -> None:
    article = parse_article(f"---\npublished: 2024-10-10\n---\n{text}", "a")
    report = check(loads_claims(LAUNCH, "launch.yaml"), [article])
    assert report.verdict(claim, "a").status == expected


RACE = """
event: {date: 2025-04-27}
entities:
  Daniel Rotich: [Rotich]
  Almaz Bekele: [Bekele]
claims:
  - id: race-date
    type: date
    value: 2025-04-27
    about: [marathon, won, race]
  - id: finishers
    type: quantity
    value: 9800
    tolerance: 2%
    about: [runners, finishers]
  - id: injured
    type: quantity
    value: 27
    about: [injured, injuring]
  - id: winning-time
    type: duration
    value: PT2H6M41S
    about: [won, winning time, Rotich]
  - id: prize
    type: money
    value: 30000
    currency: EUR
    about: [prize money]
  - id: venue
    type: place
    value: Gothenburg
    within: [Sweden]
    about: [collision, collided, struck]
  - id: staff
    type: quantity
    value: 4300
    tolerance: 5%
    about: [employs, employees]
"""


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        ("Rotich won the marathon in 2:06:41.", "winning-time", "agree"),
        ("Rotich won the marathon with a time of 2 h 06 min 41 s.", "winning-time", "agree"),
        ("He finished 38 seconds ahead of Chelimo and won by a stride.", "winning-time",
         "silent"),
        ("9,800 runners finished, out of more than 11,000 who had registered.", "finishers",
         "agree"),
        ("The 10 km race drew another 3,000 runners.", "finishers", "silent"),
        ("Three of the injured were in a serious condition.", "injured", "silent"),
        ("In March a tanker and a fishing boat collided, injuring two.", "injured", "silent"),
        ("The Warsaw Marathon is scheduled for 28 September.", "race-date", "silent"),
        ("“We want 15,000 runners here by 2030,” the director said.", "finishers", "silent"),
        ("It comes with €30,000 (roughly US$34,000) in prize money.", "prize", "agree"),
        ("The ferry, sailing from Frederikshavn in Denmark, struck a freighter.", "venue",
         "silent"),
        ("Halden, which employs 18,000 people worldwide, did not comment.", "staff", "silent"),
        ("WARSAW, April 28 (Wire) - Rotich won the marathon on Sunday.", "race-date", "agree"),
        ("He came within 22 seconds of the course record.", "winning-time", "silent"),
        ("Ethiopia's Almaz Bekele won the women's race in 2:24:10.", "winning-time",
         "silent"),
        ("Kenya's Daniel Rotich won the race in 2:09:10.", "winning-time", "conflict"),
    ],
)
def test_values_of_other_subjects_times_and_asides_do_not_conflict(
    text: str, claim: str, expected: str
) -> None:
    article = parse_article(f"---\npublished: 2025-04-28\n---\n{text}", "a")
    report = check(loads_claims(RACE, "race.yaml"), [article])
    assert report.verdict(claim, "a").status == expected


FIRE = """
event: {name: Pine Hollow fire, date: 2022-07-12}
entities:
  Kim Jong-un: [Kim]
  Vladimir Putin: [Putin]
claims:
  - id: fire-start
    type: date
    value: 2022-07-12
    about: [fire, broke out]
  - id: area
    type: quantity
    value: 7500
    tolerance: 5%
    about: [hectares]
  - id: arrival
    type: date
    value: 2022-07-11
    about: [arrived]
    description: Kim arrived a day before the fire
  - id: next-meeting
    type: date
    value: 2023-01-25
    about: [meeting]
"""


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        ("A second wildfire, the Cedar Gap fire, broke out on Monday and burned 2,000 hectares.",
         "fire-start", "silent"),
        ("The Pine Hollow fire broke out on 12 July.", "fire-start", "agree"),
        ("Putin arrived in Beijing on Friday.", "arrival", "silent"),
        ("Kim arrived in Beijing on Friday.", "arrival", "conflict"),
        ("The meeting is scheduled for January 25.", "next-meeting", "agree"),
    ],
)
def test_other_named_events_other_people_and_plans(text: str, claim: str, expected: str) -> None:
    article = parse_article(f"---\npublished: 2022-12-10\n---\n{text}", "a")
    if claim != "next-meeting":
        article = parse_article(f"---\npublished: 2022-07-20\n---\n{text}", "a")
    report = check(loads_claims(FIRE, "fire.yaml"), [article])
    assert report.verdict(claim, "a").status == expected


def test_a_headline_may_agree_but_does_not_conflict() -> None:
    text = ("Kim and Putin hold first summit on Pacific island\n\n"
            "The summit was held on Russky Island, off Vladivostok.\n")
    report = check(loads_claims(CLAIMS, "c.yaml"), [parse_article(text, "a")])
    assert report.verdict("island", "a").status == "agree"


def test_the_leads_date_agrees_with_the_events_date_without_the_claims_words() -> None:
    text = ("---\npublished: 2019-04-26\n---\nKim and Putin shake hands\n\n"
            "On Thursday night in Vladivostok that changed everything.\n\n"
            "Later, the two leaders dined together.\n")
    report = check(loads_claims(CLAIMS, "c.yaml"), [parse_article(text, "a")])
    assert report.verdict("date", "a").status == "agree"
    assert report.verdict("date", "a").evidence[0].found == "Thursday"


@pytest.mark.parametrize(("word", "expected"), [
    ("final", True), ("Finals", True), ("matches", True), ("rallies", True), ("talks", True),
    ("played", False), ("matchs", False), ("rallys", False),
])
def test_event_nouns_are_known_in_their_plural_forms(word: str, expected: bool) -> None:
    assert is_event_noun(word) is expected
