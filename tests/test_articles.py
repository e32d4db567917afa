"""Reading articles: seeds with real page furniture, front matter, HTML, sentences."""

from __future__ import annotations

import datetime as dt
import glob
import itertools
import os
import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsconsistency.articles import (
    Article,
    expand_paths,
    is_furniture,
    load_article,
    parse_article,
    parse_date,
    split_sentences,
)
from newsconsistency.errors import ArticleError, UsageError

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "articles" / "summit"
DATA = Path(__file__).resolve().parent / "data" / "articles"
SEED_IDS = [
    "000_32615162b5d6f540",
    "001_04cc10af44a6b07d",
    "002_99731a204969e2e1",
    "003_b61728c92f1fb5bf",
    "004_2658b3f4c87e2377",
]
FURNITURE = [
    "READ ALSO",
    "ad_1",
    "ad_2",
    "Leave a Reply",
    "Advertise",
    "bloggers",
    "Post a Comment",
    "No comments",
    "Please enter",
    "Facebook Comments",
    "Source link",
    "fearless journalism",
    "31 C",
    "New Delhi",
    "By :",
    "Breaking",
]


def seed(source_id: str) -> Article:
    return load_article(SEEDS / f"{source_id}.txt")


def sentence_containing(article: Article, fragment: str) -> tuple[str, int, int, int]:
    [found] = [s for s in article.sentences if fragment in s.text]
    return found.text, found.start, found.end, found.line


def texts(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


# --- seeds -----------------------------------------------------------------------------------


@pytest.mark.parametrize("source_id", SEED_IDS)
def test_no_sentence_of_a_seed_is_page_furniture(source_id: str) -> None:
    article = seed(source_id)
    leaked = [(f, s.text) for s in article.sentences for f in FURNITURE if f in s.text]
    assert leaked == []


@pytest.mark.parametrize("source_id", SEED_IDS)
def test_every_seed_sentence_is_the_text_at_its_offsets_and_line(source_id: str) -> None:
    article = seed(source_id)
    lines = article.text.split("\n")
    wrong = [
        s
        for s in article.sentences
        if article.text[s.start : s.end] != s.text or s.text not in lines[s.line - 1]
    ]
    assert article.sentences
    assert wrong == []


def test_the_labourers_sentence_of_seed_000_is_found_on_line_41() -> None:
    article = seed("000_32615162b5d6f540")
    text, start, end, line = sentence_containing(article, "about 10,000 North Korean labourers")
    assert text.startswith("They are also expected to discuss the fate")
    assert text.endswith("by the end of this year under sanctions.")
    assert (article.text[start:end], line) == (text, 41)


def test_a_paragraph_of_seed_000_is_split_into_its_two_sentences() -> None:
    article = seed("000_32615162b5d6f540")
    on_line_11 = [s.text for s in article.sentences if s.line == 11]
    assert [t[:40] for t in on_line_11] == [
        "Vladivostok: Kim Jong-un and Vladimir Pu",
        "The summit was held two months after the",
    ]


def test_a_quotation_stays_with_its_attribution() -> None:
    article = seed("000_32615162b5d6f540")
    text, _, _, line = sentence_containing(article, "restore the power of international law")
    assert text.endswith("determines the situation in the world,” he said.")
    assert line == 31


def test_a_teaser_between_paragraphs_of_seed_001_leaves_its_neighbours_intact() -> None:
    article = seed("001_04cc10af44a6b07d")
    text, _, _, line = sentence_containing(article, "sixth world leader")
    assert text == (
        "Mr Putin is the sixth world leader to meet Mr Kim since he took control of the "
        "reclusive state in 2011."
    )
    assert line == 25


def test_the_money_sentence_of_seed_002_is_on_line_20() -> None:
    article = seed("002_99731a204969e2e1")
    _, start, _, line = sentence_containing(article, "$25 million")
    assert line == 20
    assert article.text.index("Russia has provided some $25 million") == start


@pytest.mark.parametrize(
    ("source_id", "published"),
    [
        ("000_32615162b5d6f540", dt.date(2020, 6, 5)),
        ("001_04cc10af44a6b07d", None),
        ("002_99731a204969e2e1", dt.date(2019, 4, 25)),
        ("003_b61728c92f1fb5bf", None),
        ("004_2658b3f4c87e2377", None),
    ],
)
def test_a_seed_is_dated_by_its_dateline_only(source_id: str, published: dt.date | None) -> None:
    assert seed(source_id).published == published


def test_a_dateline_is_not_a_sentence() -> None:
    article = seed("002_99731a204969e2e1")
    assert [s for s in article.sentences if "25 April 2019" in s.text] == []


def test_a_photo_caption_with_a_date_is_a_sentence_not_a_dateline() -> None:
    article = seed("003_b61728c92f1fb5bf")
    text, _, _, line = sentence_containing(article, "on April 25, 2019")
    assert text.startswith("Russia’s President Vladimir Putin shakes hands")
    assert line == 3
    assert article.published is None


def test_a_duplicated_caption_yields_one_sentence_with_its_photo_credit() -> None:
    article = seed("004_2658b3f4c87e2377")
    captions = [s for s in article.sentences if "in Vladivostok. Photo: AFP." in s.text]
    assert [(s.text, s.line) for s in captions] == [
        ("Kim Jong-un and Putin in Vladivostok. Photo: AFP.", 13)
    ]


def test_an_indented_caption_and_its_duplicate_yield_one_caption() -> None:
    article = seed("004_2658b3f4c87e2377")
    captions = [s.line for s in article.sentences if "attend a reception" in s.text]
    assert captions == [22]


def test_the_headline_is_the_title_and_a_sentence() -> None:
    article = seed("000_32615162b5d6f540")
    assert article.title == "Putin tries with Kim what Trump could not achieve"
    assert article.sentences[0].text == article.title
    assert article.sentences[0].line == 5


def test_each_line_of_seed_002_is_a_paragraph_of_its_own() -> None:
    article = seed("002_99731a204969e2e1")
    on_lines_11_and_12 = {s.paragraph for s in article.sentences if s.line in (11, 12)}
    assert len(on_lines_11_and_12) == 2


def test_the_source_id_is_the_file_name_without_extension() -> None:
    article = seed("003_b61728c92f1fb5bf")
    assert (article.source_id, article.offsets) == ("003_b61728c92f1fb5bf", "file")


# --- front matter, HTML, errors --------------------------------------------------------------


def test_front_matter_gives_metadata_and_offsets_stay_into_the_whole_file() -> None:
    path = DATA / "front-matter.md"
    article = load_article(path)
    assert (article.published, article.title, article.url, article.outlet) == (
        dt.date(2019, 4, 25),
        "Putin and Kim meet in Vladivostok",
        "https://example.org/world/putin-kim",
        "Example Wire",
    )
    assert article.text == path.read_text(encoding="utf-8")
    text, start, end, line = sentence_containing(article, "Russky Island")
    assert article.text[start:end] == text
    assert line == 11


def test_front_matter_lines_and_its_dateline_are_not_sentences() -> None:
    article = load_article(DATA / "front-matter.md")
    assert [s.text for s in article.sentences] == [
        "Putin and Kim meet in Vladivostok",
        "Russian President Vladimir Putin met North Korean leader Kim Jong-un on Russky Island.",
        "The talks lasted about three hours.",
    ]


def test_a_front_matter_date_that_is_no_date_is_an_article_error() -> None:
    with pytest.raises(ArticleError, match="published"):
        parse_article("---\npublished: soon\n---\nText.\n", "x")


def test_an_html_page_gives_its_main_text_without_navigation_footer_or_script() -> None:
    article = load_article(DATA / "kim-putin-summit.html")
    sentences = " ".join(s.text for s in article.sentences)
    assert "about 10,000 North Korean labourers" in sentences
    for chrome in ("Business", "dataLayer", "Privacy policy", "cookies", "Read also", "31 C"):
        assert chrome not in article.text
    assert all(article.text[s.start : s.end] == s.text for s in article.sentences)


def test_an_html_page_gives_its_metadata_and_says_offsets_are_into_extracted_text() -> None:
    article = load_article(DATA / "kim-putin-summit.html")
    assert (article.source_id, article.published, article.outlet, article.offsets) == (
        "kim-putin-summit",
        dt.date(2019, 4, 25),
        "Pacific Ledger",
        "extracted",
    )
    assert article.url == "https://pacific-ledger.example/world/kim-putin-summit"
    assert article.title == "Kim and Putin hold first summit in Vladivostok"


def test_an_html_page_without_text_is_an_article_error(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(ArticleError, match=r"empty\.html"):
        load_article(page)


def test_a_file_that_is_not_utf8_is_an_article_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Moscou, le 25 avril : « Poutine a reçu Kim ».".encode("latin-1"))
    with pytest.raises(ArticleError, match=r"latin1\.txt: not UTF-8"):
        load_article(path)


def test_a_missing_file_is_an_article_error(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match=r"gone\.txt"):
        load_article(tmp_path / "gone.txt")


def test_a_byte_order_mark_is_dropped_and_offsets_count_after_it(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfKim met Putin. They talked.\n")
    article = load_article(path)
    assert article.text.startswith("Kim")
    assert [(s.text, s.start) for s in article.sentences] == [
        ("Kim met Putin.", 0),
        ("They talked.", 15),
    ]


def test_windows_line_ends_keep_offsets_and_line_numbers() -> None:
    text = "Headline\r\n\r\nKim met Putin. They talked.\r\n"
    article = parse_article(text, "crlf")
    assert [(s.text, s.line) for s in article.sentences] == [
        ("Headline", 1),
        ("Kim met Putin.", 3),
        ("They talked.", 3),
    ]
    assert all(text[s.start : s.end] == s.text for s in article.sentences)


def test_hard_wrapped_lines_form_one_sentence_across_the_break() -> None:
    text = "Kim arrived in Vladivostok\non board his armoured train. He was greeted.\n"
    article = parse_article(text, "wrapped")
    assert [(s.text, s.line, s.paragraph) for s in article.sentences] == [
        ("Kim arrived in Vladivostok\non board his armoured train.", 1, 0),
        ("He was greeted.", 2, 0),
    ]


# --- furniture and datelines -----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "READ ALSO:  Drought situation to worsen, CS Wamalwa warns",
        "Read more: Kim's armoured train explained",
        "Also read | Putin heads to Beijing",
        "[ad_1]",
        "Advertise here on us (No kidding😊)",
        "%d bloggers like this:",
        "Share this:",
        "Click to share on Twitter (Opens in new window)",
        "Subscribe to our newsletter",
        "This website uses cookies to improve your experience.",
        "Related Articles",
        "Copyright 2019 Pacific Ledger. All rights reserved.",
        "Share on Facebook",
        "31°C",
        "By :",
        ".",
    ],
)
def test_page_furniture_lines_are_recognised(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Kim Jong-un and Putin in Vladivostok. Photo: AFP.",
        "Share prices in Seoul rose after the summit.",
        "Subscribers to the state newspaper read about the visit on Friday.",
        "Readers also asked about the armoured train.",
        "Related talks in Hanoi collapsed in February.",
        "Share on the Seoul exchange fell 2%.",
        "Copyright disputes were not on the agenda.",
        "31 people were injured.",
        "By the end of the day, the talks had ended.",
    ],
)
def test_article_lines_that_look_a_little_like_furniture_are_kept(line: str) -> None:
    assert not is_furniture(line)


def test_a_city_line_under_a_weather_widget_is_furniture_but_not_elsewhere() -> None:
    article = parse_article("31 C\nNew Delhi\n\nKim met Putin.\nNew Delhi\n", "w")
    assert [(s.text, s.line) for s in article.sentences] == [
        ("Kim met Putin.", 4),
        ("New Delhi", 5),
    ]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Friday 5 June 2020", dt.date(2020, 6, 5)),
        ("Thursday 25 April 2019", dt.date(2019, 4, 25)),
        ("April 25, 2019", dt.date(2019, 4, 25)),
        ("25 April 2019", dt.date(2019, 4, 25)),
        ("2019-04-25", dt.date(2019, 4, 25)),
        ("Thursday, April 25, 2019", dt.date(2019, 4, 25)),
        ("Sept. 3, 2019", dt.date(2019, 9, 3)),
        ("Published: April 25, 2019 10:05 IST", dt.date(2019, 4, 25)),
        ("2019-04-25T10:00:00Z", dt.date(2019, 4, 25)),
    ],
)
def test_a_full_date_on_its_own_is_read(line: str, date: dt.date) -> None:
    assert parse_date(line) == date


@pytest.mark.parametrize(
    "line", ["on April 25, 2019", "April 2019", "31 February 2019", "Thursday", "2019"]
)
def test_anything_but_a_whole_valid_date_is_not_a_dateline(line: str) -> None:
    assert parse_date(line) is None


def test_a_date_line_after_the_tenth_non_empty_line_is_article_text() -> None:
    text = "\n".join(f"Line {n} of the story." for n in range(10)) + "\n25 April 2019\n"
    article = parse_article(text, "late")
    assert article.published is None
    assert article.sentences[-1].text == "25 April 2019"


# --- sentences -------------------------------------------------------------------------------


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = (
        "Mr. Putin met Gen. Lee and J. Smith of the U.S. State Department at 10 a.m. Friday. "
        "Talks ended on Jan. 5 with Dr. Kim. It was brief."
    )
    assert texts(text) == [
        "Mr. Putin met Gen. Lee and J. Smith of the U.S. State Department at 10 a.m. Friday.",
        "Talks ended on Jan. 5 with Dr. Kim.",
        "It was brief.",
    ]


def test_decimals_and_lower_case_continuations_do_not_end_a_sentence() -> None:
    text = "Growth was 2.5 percent. Exports rose to 3.1 bn. the ministry said. No. 1 is Kim."
    assert texts(text) == [
        "Growth was 2.5 percent.",
        "Exports rose to 3.1 bn. the ministry said.",
        "No. 1 is Kim.",
    ]


def test_a_quotation_of_several_sentences_stays_with_its_attribution() -> None:
    text = "“We met on the peninsula. I think it went well,” he said. Then they left."
    assert texts(text) == [
        "“We met on the peninsula. I think it went well,” he said.",
        "Then they left.",
    ]


def test_a_quotation_ending_a_sentence_keeps_a_named_attribution() -> None:
    text = "“We will meet again.” Putin said. The talks ended."
    assert texts(text) == ["“We will meet again.” Putin said.", "The talks ended."]


def test_sentences_split_before_an_opening_quote_and_after_a_question() -> None:
    text = 'Putin spoke to Kim. "There are no secrets," he said. Why now? Nobody knows!'
    assert texts(text) == [
        "Putin spoke to Kim.",
        '"There are no secrets," he said.',
        "Why now?",
        "Nobody knows!",
    ]


def test_an_unclosed_quotation_does_not_swallow_the_paragraph() -> None:
    text = "“The talks went well. We will meet again. Kim agreed."
    assert texts(text) == ["“The talks went well.", "We will meet again.", "Kim agreed."]


_PIECES = st.sampled_from(
    [
        "Mr. ",
        "Putin",
        " met ",
        "Kim",
        ". ",
        "! ",
        "? ",
        "“",
        "”",
        '"',
        " he said",
        "2.5",
        " U.S. ",
        "\n",
        "\r\n",
        "  ",
        "...",
        "Photo: AFP",
        "A",
        "a",
    ]
)


@given(st.lists(_PIECES | st.text(max_size=5), max_size=40).map("".join))
@example("“. A” said. B")
@example("\n\n   . \n")
def test_sentences_cover_the_text_in_order_without_overlap(text: str) -> None:
    spans = split_sentences(text)
    assert all(text[s:e] == text[s:e].strip() and s < e for s, e in spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in itertools.pairwise(spans))
    ends = [0, *(x for span in spans for x in span), len(text)]
    between = [text[ends[i] : ends[i + 1]] for i in range(0, len(ends), 2)]
    assert "".join(between).strip() == ""


@given(st.lists(_PIECES | st.text(max_size=8), max_size=60).map("".join))
def test_every_article_sentence_is_the_text_at_its_offsets(text: str) -> None:
    article = parse_article(text, "any")
    previous_end = 0
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text
        assert sentence.start >= previous_end
        assert sentence.line == text.count("\n", 0, sentence.start) + 1
        previous_end = sentence.end


# --- paths -----------------------------------------------------------------------------------


def test_a_directory_gives_its_articles_sorted() -> None:
    paths = expand_paths(["summit"], base=ROOT / "articles")
    assert [p.stem for p in paths] == SEED_IDS


def test_globs_files_and_directories_are_deduplicated_in_order() -> None:
    paths = expand_paths(
        ["articles/summit/003_b61728c92f1fb5bf.txt", "articles/summit/*.txt", "articles/summit"],
        base=ROOT,
    )
    assert [p.stem for p in paths] == [SEED_IDS[3], *SEED_IDS[:3], SEED_IDS[4]]


def test_a_pattern_that_matches_nothing_is_a_usage_error_naming_it() -> None:
    with pytest.raises(UsageError, match=re.escape("no-such-dir/*.txt")):
        expand_paths(["articles/summit/*.txt", "no-such-dir/*.txt"], base=ROOT)


def test_a_file_named_through_a_symlink_is_deduplicated(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text("One.\n", encoding="utf-8")
    (real / "b.md").write_text("Two.\n", encoding="utf-8")
    (real / "notes.csv").write_text("x\n", encoding="utf-8")
    (tmp_path / "linked").symlink_to(real, target_is_directory=True)
    (tmp_path / "alias.txt").symlink_to(real / "b.md")
    paths = expand_paths(["real", "linked", "alias.txt", "linked/a.txt"], base=tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in paths] == ["real/a.txt", "real/b.md"]


def test_a_glob_in_the_last_part_matches_as_glob_does(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.md", ".hidden.txt", "notes.csv"):
        (tmp_path / name).write_text("One.\n", encoding="utf-8")
    (tmp_path / "sub.txt").mkdir()  # a directory matched by the glob gives its articles
    (tmp_path / "sub.txt" / "inner.txt").write_text("Two.\n", encoding="utf-8")
    for pattern in ("*.txt", "?.txt", "[ab].txt", "*", ".*.txt"):
        expected = []
        for name in sorted(glob.glob(pattern, root_dir=tmp_path)):
            if (tmp_path / name).is_dir():
                expected += [f"{name}/{n}" for n in sorted(os.listdir(tmp_path / name))]
            else:
                expected.append(name)
        found = [p.relative_to(tmp_path).as_posix()
                 for p in expand_paths([pattern], base=tmp_path)]
        assert found == expected, pattern


def test_copies_of_an_article_share_the_strings_of_their_sentences() -> None:
    # the caches keyed by a sentence's text then keep one string for every copy
    text = "Kim met Putin on Russky Island. The talks lasted three hours.\n\nPutin said little.\n"
    first, second = parse_article(text, "a"), parse_article(text, "b")
    assert [s.text for s in first.sentences] == [
        "Kim met Putin on Russky Island.", "The talks lasted three hours.", "Putin said little."
    ]
    assert all(a.text is b.text for a, b in zip(first.sentences, second.sentences, strict=True))
