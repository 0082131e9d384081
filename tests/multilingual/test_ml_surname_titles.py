"""A family name with a title after it names a leader in Japanese and Chinese; kana voicing
marks tell names apart (sentences written for these tests)."""

from __future__ import annotations

from dateline.multilingual.text import fold
from tests.multilingual.conftest import ids


def test_japanese_family_name_and_title(event):
    e = event("ja", "岸田総理は韓国の尹大統領と東京で会談した。", "CONSULT")
    assert {*ids(e.source), *ids(e.target)} == {"fumio-kishida", "yoon-suk-yeol"}


def test_japanese_family_name_and_honorific(event):
    e = event("ja", "バイデン氏と習氏は北京で会談した。", "CONSULT")
    assert {*ids(e.source), *ids(e.target)} == {"joe-biden", "xi-jinping"}


def test_chinese_family_name_and_title_simplified_and_traditional(event):
    for text in ("习主席在北京会见了尹总统。", "習主席在北京會見了尹總統。"):
        e = event("zh", text, "CONSULT")
        assert {*ids(e.source), *ids(e.target)} == {"xi-jinping", "yoon-suk-yeol"}


def test_a_family_name_many_share_names_no_one(analyse):
    # Many people in the knowledge base are called Wang or Li: the title alone says nothing.
    analysis = analyse("zh", "王外长在北京会见了李总理。")
    assert not any(e.source or e.target for e in analysis.events)


def test_kana_voicing_marks_are_kept():
    assert fold("バリ") != fold("パリ")  # Bali is not Paris
    assert fold("ブリンケン") == "ブリンケン"
    assert fold("Ｃａｆé") == "cafe"


def test_bali_in_japanese_is_not_paris(event):
    e = event("ja", "バイデン大統領はバリで習近平国家主席と会談した。", "CONSULT")
    assert e.place is None or e.place.name != "Paris"
