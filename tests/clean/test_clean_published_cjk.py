"""Publication days of pages in han, kana and Hangul: a URL's day borne out by the day the
text names alone, and other languages' publication labels (texts written for these tests)."""

from __future__ import annotations

from dateline.clean import clean_document
from dateline.clean.dates import cjk_months_days
from dateline.records import Article, RawDocument

JA = ("【リマ共同】石破首相は15日午後(日本時間16日午前)、ペルーの首都リマで中国の習近平国家主席と会談した。\n\n"
      "両首脳は戦略的互恵関係の推進を確認し、対話を重ねていくことで一致した。")
KO_BODY = ("윤석열 대통령이 15일(현지시간) 페루 리마에서 시진핑 중국 국가주석과 정상회담을 가졌다.\n\n"
           "양 정상은 경제협력 확대와 인적교류 활성화에 대해 논의했다.")


def _clean(text: str, url: str | None = None) -> Article:
    result = clean_document(RawDocument(source="test.txt", kind="text", content=text, url=url))
    assert isinstance(result, Article), result
    return result


def test_counted_months_and_days():
    assert cjk_months_days("昨年11月に会談。15日午後、3日間の訪問") == ({11}, {15})
    assert cjk_months_days("11월 16일 회담, 3일간") == ({11}, {16})


def test_a_url_day_the_text_names_alone_or_the_day_after_it():
    url = "https://news.example/detail/2024111601000181"
    assert _clean(JA, url).published == "2024-11-16"
    assert _clean(KO_BODY, "https://tv.example/news/MYH20241116002900641").published == "2024-11-16"
    # a reading whose day the text does not name (nor the day before it) is no publication day
    assert _clean(JA, "https://news.example/detail/2024112001000181").published is None


def test_a_korean_publication_label():
    text = "윤-시진핑 정상회담\n\n입력 2024-11-16 02:01 수정 2024-11-17 09:02\n" + KO_BODY
    assert _clean(text).published == "2024-11-16"
