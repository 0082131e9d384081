"""Publication dates of pages in every language: date lines, bylines and URLs (sentences and
pages written for these tests)."""

from __future__ import annotations

import pytest

from dateline.clean import clean_document
from dateline.clean.dates import date_from_url, date_line_value, find_dates
from dateline.records import RawDocument


@pytest.mark.parametrize(("text", "iso"), [
    ("15 декабря 2023", "2023-12-15"),
    ("23 серпня 2024 р.", "2024-08-23"),
    ("14. März 2024", "2024-03-14"),
    ("le 6 août 2022", "2022-08-06"),
    ("6 de agosto de 2022", "2022-08-06"),
    ("5 maggio 2021", "2021-05-05"),
    ("12 de setembro de 2019", "2019-09-12"),
    ("24 Kasım 2015", "2015-11-24"),
    ("10 مارس 2023", "2023-03-10"),
    ("2023年4月6日", "2023-04-06"),
    ("2023 年 4 月 6 日", "2023-04-06"),
])
def test_written_dates_in_every_language(text, iso):
    assert [d.iso for d in find_dates(text)] == [iso]


@pytest.mark.parametrize(("line", "iso"), [
    ("Опубликовано: 15 декабря 2023 г., 10:30", "2023-12-15"),
    ("Опубліковано 23 серпня 2024 р. о 12:15", "2024-08-23"),
    ("Veröffentlicht am 14. März 2024, 12:00 Uhr", "2024-03-14"),
    ("Aktualisiert am 15. März 2024 | Veröffentlicht am 14. März 2024", "2024-03-14"),
    ("Publié le 6 mai 2022 à 10h30, mis à jour le 7 mai 2022", "2022-05-06"),
    ("Posté le : 19/03/2011", "2011-03-19"),
    ("Publicado el 6 de agosto de 2022", "2022-08-06"),
    ("Pubblicato il 5 maggio 2021 alle 18:40", "2021-05-05"),
    ("Yayınlanma: 24 Kasım 2015 12:05", "2015-11-24"),
    ("发布时间：2023年4月6日 13:37", "2023-04-06"),
])
def test_date_lines_in_every_language(line, iso):
    assert date_line_value(line) == iso


@pytest.mark.parametrize("line", [
    "Лавров заявил 15 декабря 2023 года, что переговоры продолжатся.",
    "Le ministre a déclaré le 6 août 2022 que la France ne reculerait pas.",
    "Die Gespräche begannen am 14. März 2024 in Berlin und dauerten drei Tage.",
])
def test_a_sentence_with_a_date_is_no_date_line(line):
    assert date_line_value(line) is None


def test_dates_in_url_paths():
    assert date_from_url("http://example.cn/arc/news/2023/0311/588803.html") == "2023-03-11"
    assert date_from_url("http://example.cn/news/2011-03/20/content_22179351.htm") == "2011-03-20"


def _page(text: str, url: str | None = None):
    return clean_document(RawDocument(source="test", kind="text", content=text, url=url))


def test_russian_page_takes_its_date_line_not_a_comment():
    page = _page(
        "Лавров и Ван И провели переговоры в Пекине\n"
        "Опубликовано: 15 декабря 2023 г., 10:30\n"
        "Министр иностранных дел России Сергей Лавров провел переговоры с Ван И в Пекине. "
        "Стороны обсудили двусторонние отношения и ситуацию в регионе.\n"
        "Министры договорились продолжить консультации в следующем году.\n"
    )
    assert page.published == "2023-12-15"


def test_german_page_date_line():
    page = _page(
        "Scholz trifft Putin in Moskau\n"
        "14. Februar 2022\n"
        "Bundeskanzler Olaf Scholz ist in Moskau mit dem russischen Präsidenten Wladimir Putin "
        "zusammengekommen. Die beiden sprachen über die Lage in der Ukraine.\n"
        "Das Treffen dauerte mehrere Stunden.\n"
    )
    assert page.published == "2022-02-14"


def test_page_without_a_date_has_none():
    page = _page(
        "Le Mali expulse l'ambassadeur de France\n"
        "Les autorités maliennes ont décidé lundi d'expulser l'ambassadeur de France à Bamako. "
        "La France a rappelé son ambassadeur.\n"
    )
    assert page.published is None
