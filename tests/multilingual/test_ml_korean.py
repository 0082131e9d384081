"""Korean: the Hangul script, particles written on to names, dates with counters (sentences
written for these tests)."""

from __future__ import annotations

from dateline.multilingual.dates import find_dates
from dateline.multilingual.text import key_candidates, script_of, sentences
from tests.multilingual.conftest import ids


def test_korean_is_read_as_hangul():
    assert script_of("ko") == "hangul"
    assert [s.text for s in sentences("윤 대통령이 도착했다. 회담은 내일 열린다.", "ko")] == [
        "윤 대통령이 도착했다.", "회담은 내일 열린다."]


def test_particles_come_off_a_word():
    assert "푸틴" in key_candidates("푸틴과", "ko")
    assert "서울" in key_candidates("서울에서", "ko")
    assert key_candidates("한", "ko") == ["한"]  # nothing left: no key


def test_korean_meeting_of_two_leaders(event):
    e = event("ko", "윤석열 대통령은 16일 도쿄에서 기시다 후미오 일본 총리와 정상회담을 했다.", "CONSULT",
              published="2023-03-17")
    assert {*ids(e.source), *ids(e.target)} == {"yoon-suk-yeol", "fumio-kishida"}
    assert e.place is not None and e.place.name == "Tokyo"


def test_korean_dates_with_counters():
    found = find_dates("정상회담은 2023년 3월 16일 열렸다.", "ko", "2023-03-20")
    assert [d.date for d in found] == ["2023-03-16"]
    found = find_dates("두 정상은 월요일에 만났다.", "ko", "2023-03-17")
    assert [d.date for d in found] == ["2023-03-13"]


def test_korean_since_date_is_not_the_event_date(event):
    e = event("ko", "블링컨은 2018년 10월 이래 처음으로 시진핑과 회담했다.", "CONSULT", published="2023-06-19")
    assert e.date is None or e.date.date != "2018-10"


def test_korean_day_of_the_month_alone():
    assert [d.date for d in find_dates("두 정상은 16일 만났다.", "ko", "2023-03-17", tense="past")] == ["2023-03-16"]
    assert find_dates("대통령은 3일간 머물렀다.", "ko", "2023-03-17", tense="past") == []
