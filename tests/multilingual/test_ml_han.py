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
