"""Date expressions found in sentences and resolved against a publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsconsistency.extract.dates import DateFinder, find_dates
from newsconsistency.extract.mentions import DateMention
from newsconsistency.types.date import same_date

SUMMIT_DAY = dt.date(2019, 4, 25)  # a Thursday
LATER_ARTICLE = dt.date(2020, 6, 5)  # a Friday


def only(mentions: list[DateMention]) -> DateMention:
    assert len(mentions) == 1, mentions
    return mentions[0]


def resolved(text: str, base: dt.date | None = SUMMIT_DAY) -> tuple[str, str, dt.date | None]:
    mention = only(find_dates(text, base))
    assert text[mention.start : mention.end] == mention.text
    return mention.text, mention.granularity, mention.value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Putin and Kim Jong-un met Thursday for the start of talks.", ("Thursday", SUMMIT_DAY)),
        ("The focus of Thursday's talks will be the nuclear problem.", ("Thursday", SUMMIT_DAY)),
        ("Kim Jong Un is hoping for a win today at his meeting.", ("today", SUMMIT_DAY)),
        (
            "Mike Pompeo told CBS News on Wednesday talks would be bumpy.",
            ("Wednesday", dt.date(2019, 4, 24)),
        ),
        (
            "Putin shakes hands with Kim in Vladivostok on April 25, 2019",
            ("April 25, 2019", SUMMIT_DAY),
        ),
    ],
)
def test_seed_phrasings_resolve_to_the_day_of_the_summit_or_before(
    sentence: str, expected: tuple[str, dt.date]
) -> None:
    text, granularity, value = resolved(sentence)
    assert (text, value) == expected
    assert granularity == "day"


def test_a_weekday_in_an_article_published_that_day_is_the_publication_day() -> None:
    assert resolved("The talks were held on Thursday.", SUMMIT_DAY)[2] == SUMMIT_DAY


def test_a_weekday_in_a_later_article_is_the_most_recent_such_day() -> None:
    text = "Putin told the North Korea leader on Thursday that Russia supported the efforts."
    assert resolved(text, LATER_ARTICLE) == ("Thursday", "day", dt.date(2020, 6, 4))


def test_today_in_a_later_article_is_that_article_s_publication_day() -> None:
    text = "Kim and Putin are holding their first-ever meeting today in Vladivostok."
    assert resolved(text, LATER_ARTICLE) == ("today", "day", LATER_ARTICLE)


def test_last_february_written_in_april_is_february_of_the_same_year() -> None:
    text = "the last meeting between Kim and Trump last February in Hanoi"
    assert resolved(text) == ("last February", "month", dt.date(2019, 2, 1))


def test_last_february_written_in_february_is_the_year_before() -> None:
    assert resolved("They met last February.", dt.date(2020, 2, 20))[2] == dt.date(2019, 2, 1)


def test_a_month_after_in_is_the_most_recent_such_month() -> None:
    assert resolved("The talks collapsed in February.") == (
        "February",
        "month",
        dt.date(2019, 2, 1),
    )


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("since he took control of the reclusive state in 2011.", 2011),
        ("Putin's last summit with a North Korean leader was in 2002 when", 2002),
        ("It has been the rule since 1998, officials said.", 1998),
        ("That was the year 2000 in Pyongyang.", 2000),
    ],
)
def test_a_year_after_a_preposition_is_a_year(sentence: str, year: int) -> None:
    assert resolved(sentence)[1:] == ("year", dt.date(year, 1, 1))


def test_the_span_of_a_year_leaves_out_its_preposition() -> None:
    assert resolved("He took control in 2011.")[0] == "2011"


def test_a_day_earlier_counts_back_one_day_from_the_event_referred_to() -> None:
    mention = only(
        find_dates("Mr Kim had arrived in Vladivostok a day earlier on board his train.")
    )
    assert (mention.text, mention.kind, mention.offset_days, mention.value) == (
        "a day earlier",
        "anaphoric",
        -1,
        None,
    )


@pytest.mark.parametrize(
    ("phrase", "offset"),
    [
        ("the day before", -1),
        ("the previous day", -1),
        ("the same day", 0),
        ("the next day", 1),
        ("a day later", 1),
        ("two days later", 2),
        ("three weeks earlier", -21),
        ("hours earlier", 0),
    ],
)
def test_anaphoric_phrases_give_an_offset_in_days(phrase: str, offset: int) -> None:
    mention = only(find_dates(f"Kim arrived in Vladivostok {phrase}."))
    assert (mention.text, mention.kind, mention.offset_days) == (phrase, "anaphoric", offset)


def test_a_duration_after_a_named_event_is_not_a_date() -> None:
    assert find_dates("The summit was held two months after the talks in Hanoi.", SUMMIT_DAY) == []


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("yesterday", dt.date(2019, 4, 24)),
        ("tomorrow", dt.date(2019, 4, 26)),
        ("tonight", SUMMIT_DAY),
        ("two days ago", dt.date(2019, 4, 23)),
        ("3 months ago", dt.date(2019, 1, 25)),
        ("a week ago", dt.date(2019, 4, 18)),
        ("1 month 21 days ago", dt.date(2019, 3, 4)),
        ("1 month and 21 days ago", dt.date(2019, 3, 4)),  # "and" is not "an" + "d"
        ("last Sunday", dt.date(2019, 4, 21)),
        ("last Thursday", dt.date(2019, 4, 18)),
        ("next Thursday", dt.date(2019, 5, 2)),
    ],
)
def test_deictic_phrases_count_from_the_publication_day(phrase: str, expected: dt.date) -> None:
    assert resolved(f"The delegation said it met {phrase}.") == (phrase, "day", expected)


def test_in_weeks_time_looks_forward() -> None:
    assert resolved("They will meet again in three weeks' time.")[2] == dt.date(2019, 5, 16)


def test_the_first_meeting_in_years_does_not_look_forward() -> None:
    assert find_dates("It was the first summit in eight years.", SUMMIT_DAY) == []


def test_a_weekday_without_a_publication_date_keeps_only_the_weekday() -> None:
    mention = only(find_dates("The leaders met on Thursday.", None))
    assert (mention.kind, mention.weekday, mention.value) == ("weekday", 3, None)


def test_today_without_a_publication_date_gives_nothing() -> None:
    assert find_dates("The leaders meet today and yesterday.", None) == []


def test_a_month_and_day_take_the_year_of_the_publication_date() -> None:
    assert resolved("The talks on 25 April were long.")[1:] == ("day", SUMMIT_DAY)


def test_a_month_and_day_without_a_publication_date_give_nothing() -> None:
    assert find_dates("The talks on April 25 were long.", None) == []


def test_a_month_and_day_just_past_in_the_new_year_belong_to_the_previous_year() -> None:
    assert resolved("They met on December 28.", dt.date(2020, 1, 3))[2] == dt.date(2019, 12, 28)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("25/04/2019", SUMMIT_DAY),
        ("04/25/2019", SUMMIT_DAY),
        ("2019/04/25", SUMMIT_DAY),
        ("05/05/2019", dt.date(2019, 5, 5)),
    ],
)
def test_numeric_dates_are_read_when_their_order_is_certain(
    written: str, expected: dt.date
) -> None:
    assert resolved(f"The decree of {written} stands.")[2] == expected


def test_a_numeric_date_of_uncertain_order_gives_nothing_not_even_its_year() -> None:
    assert find_dates("The decree of 08/12/2015 stands.", SUMMIT_DAY) == []


def test_compact_forms_with_a_month_name_are_read() -> None:
    assert resolved("Filed 25-Apr-19 in Moscow.")[2] == SUMMIT_DAY


@pytest.mark.parametrize(
    "sentence",
    [
        "He may go to Moscow next.",
        "Thousands march in the capital.",
        "We sat in the sun.",
        "Russia pledged $25 million in aid.",
        "[ad_1]",
        "One of them said so.",
        "The session opened at 10:30.",
        "He came second in the vote.",
        "2,011 people signed the letter.",
        "2011 people signed the letter.",
        "The ticket cost $2019.",
        "The USSR cut funding in the 1980s.",
        "Talks will resume next week.",
    ],
)
def test_words_and_numbers_that_are_not_dates_give_nothing(sentence: str) -> None:
    assert find_dates(sentence, SUMMIT_DAY) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It opens in May.", ("May", "month", dt.date(2018, 5, 1))),
        ("It opened in May 2019.", ("May 2019", "month", dt.date(2019, 5, 1))),
        ("It opens on May 5.", ("May 5", "day", dt.date(2019, 5, 5))),
    ],
)
def test_may_as_a_month_is_a_date(sentence: str, expected: tuple[str, str, dt.date]) -> None:
    assert resolved(sentence) == expected


def test_mentions_come_in_text_order_without_overlap() -> None:
    text = "Kim arrived on Wednesday, 24 April 2019, and met Putin on Thursday, a day later."
    assert [m.text for m in find_dates(text, SUMMIT_DAY)] == [
        "Wednesday, 24 April 2019",
        "Thursday",
        "a day later",
    ]


def test_a_finder_accepts_a_datetime_as_its_base() -> None:
    finder = DateFinder()
    noon = dt.datetime(2019, 4, 25, 12, 0)
    assert [m.value for m in finder("They met today.", noon)] == [SUMMIT_DAY]


def test_a_finder_without_dateparser_leaves_compact_forms_alone() -> None:
    assert DateFinder(use_dateparser=False)("Filed 25-Apr-19 in Moscow.", SUMMIT_DAY) == []


MONTH_NAMES = [dt.date(2000, month, 1).strftime("%B") for month in range(1, 13)]
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def render(day: dt.date, style: str) -> str:
    month = MONTH_NAMES[day.month - 1]
    return {
        "day month year": f"{day.day} {month} {day.year}",
        "month day, year": f"{month} {day.day}, {day.year}",
        "iso": day.isoformat(),
        "weekday day month year": f"{WEEKDAY_NAMES[day.weekday()]} {day.day} {month} {day.year}",
    }[style]


@given(
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
    style=st.sampled_from(["day month year", "month day, year", "iso", "weekday day month year"]),
    base=st.none() | st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
)
@example(day=dt.date(2019, 5, 1), style="month day, year", base=None)  # "May 1, 2019"
@example(day=dt.date(2019, 3, 3), style="day month year", base=SUMMIT_DAY)  # "3 March 2019"
def test_a_full_date_in_any_supported_style_is_found_with_its_day(
    day: dt.date, style: str, base: dt.date | None
) -> None:
    written = render(day, style)
    sentence = f"Officials said the agreement was signed on {written} in the capital."
    mention = only(find_dates(sentence, base))
    assert (mention.text, mention.value, mention.granularity) == (written, day, "day")


# Regressions found by scoring the finder on Recognizers-Text's DateParser cases
# (benchmarks/accuracy.py); each phrase below was missed or misread before.


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They will meet May twenty one.", ("May twenty one", dt.date(2019, 5, 21))),
        (
            "It was signed on September 10, nineteen zero one.",
            ("September 10, nineteen zero one", dt.date(1901, 9, 10)),
        ),
        (
            "It was signed on the tenth of September, two thousand.",
            ("tenth of September, two thousand", dt.date(2000, 9, 10)),
        ),
        (
            "It was signed on Sunday Jan twenty one two thousand and eighteen",
            ("Sunday Jan twenty one two thousand and eighteen", dt.date(2018, 1, 21)),
        ),
    ],
)
def test_days_and_years_written_in_words_are_read(
    sentence: str, expected: tuple[str, dt.date]
) -> None:
    text, _, value = resolved(sentence)
    assert (text, value) == expected


def test_a_number_of_people_after_a_date_is_not_its_year_in_words() -> None:
    text = "On 5 May, two thousand people marched."
    assert resolved(text) == ("5 May", "day", dt.date(2019, 5, 5))


def test_a_weekday_with_a_day_in_cardinal_words_is_that_day() -> None:
    assert resolved("They met Friday the fifteen.")[::2] == (
        "Friday the fifteen",
        dt.date(2019, 3, 15),
    )


def test_a_count_of_people_after_the_weekday_is_not_a_day() -> None:
    assert resolved("On Friday the two leaders met.")[::2] == ("Friday", dt.date(2019, 4, 19))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She went back for the 27.", ("the 27", dt.date(2019, 3, 27))),
        ("She went back on 15", ("15", dt.date(2019, 4, 15))),
        ("She went back for the twenty second.", ("the twenty second", dt.date(2019, 4, 22))),
    ],
)
def test_a_day_of_the_month_without_a_suffix_is_read_where_it_ends_the_clause(
    sentence: str, expected: tuple[str, dt.date]
) -> None:
    assert resolved(sentence)[::2] == expected


@pytest.mark.parametrize(
    "sentence",
    ["Exports rose by 15.", "He was one of the 27.", "He came in for the second time."],
)
def test_counts_and_ordinals_after_the_are_not_days_of_the_month(sentence: str) -> None:
    assert find_dates(sentence, SUMMIT_DAY) == []


def test_a_day_of_next_month_counts_from_the_publication_month() -> None:
    assert resolved("We meet the 20th of next month.")[::2] == (
        "the 20th of next month",
        dt.date(2019, 5, 20),
    )


def test_a_day_the_month_does_not_have_gives_nothing() -> None:
    assert find_dates("We meet the 31st of this month.", SUMMIT_DAY) == []


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the first Friday of July", dt.date(2018, 7, 6)),
        ("the second Monday of next month", dt.date(2019, 5, 13)),
        ("the last Friday of March", dt.date(2019, 3, 29)),
        ("the third Tuesday", dt.date(2019, 4, 16)),
    ],
)
def test_the_nth_weekday_of_a_month_is_one_day(phrase: str, expected: dt.date) -> None:
    assert resolved(f"They met {phrase}.") == (phrase, "day", expected)


def test_a_fifth_weekday_the_month_does_not_have_gives_nothing() -> None:
    assert find_dates("They met the fifth Sunday of April.", SUMMIT_DAY) == []


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("three weeks from tomorrow", dt.date(2019, 5, 17)),
        ("two days before yesterday", dt.date(2019, 4, 22)),
        ("two Sundays from now", dt.date(2019, 5, 5)),
        ("the day after tmrw", dt.date(2019, 4, 27)),
    ],
)
def test_shifts_from_today_tomorrow_or_yesterday_count_from_that_day(
    phrase: str, expected: dt.date
) -> None:
    assert resolved(f"They meet {phrase}.") == (phrase, "day", expected)


@pytest.mark.parametrize(("text", "reads_base"), [
    ("The summit was held on 25 April 2019.", False),
    ("Kim took power in 2011.", False),
    ("They met on Thursday.", True),
    ("They met on April 25.", True),       # the year comes from the dateline
    ("He arrived a day earlier.", False),  # no date: nothing to resolve
    ("The talks were held today.", True),
])
def test_read_says_whether_the_base_date_was_used(text: str, reads_base: bool) -> None:
    found, used = DateFinder().read(text, dt.date(2019, 4, 26))
    assert used is reads_base
    assert found == find_dates(text, dt.date(2019, 4, 26))
    if not used:
        assert found == find_dates(text, dt.date(2024, 1, 1))


@given(st.dates(), st.dates(), st.sampled_from(["day", "month", "year"]))
@example(dt.date(2019, 4, 25), dt.date(2019, 4, 1), "month")
@example(dt.date(2019, 4, 25), dt.date(2018, 4, 25), "month")
def test_same_date_compares_the_fields_the_granularity_keeps(
    a: dt.date, b: dt.date, granularity: str
) -> None:
    kept = {"day": 3, "month": 2, "year": 1}[granularity]
    fields = (a.year, a.month, a.day)[:kept], (b.year, b.month, b.day)[:kept]
    assert same_date(a, b, granularity) is (fields[0] == fields[1])


def test_the_same_date_words_in_two_sentences_are_one_string() -> None:
    first = only(find_dates("Kim arrived in Vladivostok on Wednesday."))
    second = only(find_dates("Putin flew in on Wednesday, aides said."))
    assert first.text == "Wednesday"
    assert first.text is second.text
