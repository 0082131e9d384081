"""Traditional Chinese reads as simplified; Korean leaders in Japanese and Chinese (sentences
written for these tests)."""

from __future__ import annotations

from dateline.multilingual.text import fold
from tests.multilingual.conftest import ids


def test_fold_writes_traditional_characters_simplified_one_for_one():
    assert fold("習近平會見") == "习近平会见"
    assert len(fold("國務卿布林肯")) == len("國務卿布林肯")


def test_traditional_chinese_meeting(event):
    e = event("zh", "國家主席習近平在北京會見了俄羅斯外長拉夫羅夫。", "CONSULT")
    assert ids(e.source) == ["xi-jinping"]


def test_traditional_and_simplified_cues_alike(event):
    assert event("zh", "中國譴責日本。", "ACCUSE").type == "ACCUSE"
    assert event("zh", "中国谴责日本。", "ACCUSE").type == "ACCUSE"


def test_korean_president_in_japanese(event):
    e = event("ja", "岸田首相は韓国の尹錫悦大統領と東京で会談した。", "CONSULT")
    assert {*ids(e.source), *ids(e.target)} == {"fumio-kishida", "yoon-suk-yeol"}


def test_a_day_of_the_month_alone_is_of_the_publication_day_s_month_or_the_one_before():
    from dateline.multilingual.dates import find_dates

    # Published on 17 March: "the 16th" is 16 March, "the 28th" 28 February; "3日間" is no day.
    assert [v.date for v in find_dates("首相は16日、大統領と会談した。", "ja", "2023-03-17", tense="past")] == ["2023-03-16"]
    assert [v.date for v in find_dates("外相は28日、北京を訪れた。", "zh", "2023-03-17", tense="past")] == ["2023-02-28"]
    assert find_dates("3日間の訪問を終えた。", "ja", "2023-03-17", tense="past") == []
    # What is to come: the next such day.
    assert [v.date for v in find_dates("主席は5日に訪問する。", "zh", "2023-03-17", tense="future")] == ["2023-04-05"]
    # No publication day: kept unresolved, as the day of a month it names.
    [value] = find_dates("首相は16日、大統領と会談した。", "ja", None, tense="past")
    assert value.date is None and value.text == "on the 16th"
