"""Details of meetings in other languages: a country written before its city, dates written in
figures (sentences written for these tests)."""

from __future__ import annotations

import pytest

from dateline.multilingual.dates import find_dates
from tests.multilingual.conftest import ids


@pytest.mark.parametrize(("language", "text", "day"), [
    ("id", "pada Rabu, (3/9/2025)", "2025-09-03"),
    ("tr", "13.10.2022, Sputnik Türkiye", "2022-10-13"),
    ("de", "am 15.08.2025 in Anchorage", "2025-08-15"),
    ("ko", "입력 2024-11-16 02:01", "2024-11-16"),
    ("ja", "2024.11.16に会談した", "2024-11-16"),
])
def test_a_date_in_figures_with_its_year(language, text, day):
    assert day in [v.date for v in find_dates(text, language, None)]


@pytest.mark.parametrize("text", ["le 31/02/2024", "version 1.2.2020.3", "le 12/25/2024"])
def test_figures_that_are_no_date(text):
    assert [v.date for v in find_dates(text, "fr", None)] == []


def test_an_undated_report_is_dated_by_its_date_in_figures(event):
    e = event("id", "Presiden Prabowo Subianto bertemu dengan Presiden China Xi Jinping di Beijing, "
                    "pada Rabu, (3/9/2025).", "CONSULT", None)
    assert e.date.date == "2025-09-03"


@pytest.mark.parametrize(("language", "text"), [
    ("ko", "윤석열 대통령이 15일 페루 리마에서 시진핑 중국 국가주석과 정상회담을 가졌다."),
    ("es", "Lula se reunió con Xi Jinping en Perú, Lima."),
])
def test_a_country_before_its_city_is_no_party(event, language, text):
    e = event(language, text, "CONSULT")
    assert e.place.name == "Lima"
    assert "country:PE" not in ids(e.source) + ids(e.target)
