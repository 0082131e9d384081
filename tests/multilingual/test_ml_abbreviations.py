"""Countries abbreviated to one character in Japanese and Chinese compounds (sentences written
for these tests)."""

from __future__ import annotations

from tests.multilingual.conftest import ids


def test_a_summit_compound_names_the_two_leaders(event):
    e = event("ja", "対面による米中首脳会談は、バイデン氏の大統領就任以降で初めて。", "CONSULT", "2022-11-15")
    assert ids(e.source) == ["joe-biden"] and ids(e.target) == ["xi-jinping"]


def test_a_foreign_ministers_compound_is_no_family_name(event):
    # "韓外相" is the Korean foreign minister here, not a foreign minister named Han
    e = event("ja", "日韓外相会談が東京で行われた。", "CONSULT", "2025-08-16")
    assert ids(e.source) == ["takeshi-iwaya"] and ids(e.target) == ["cho-hyun"]


def test_chinese_heads_of_state_meeting(event):
    e = event("zh", "中俄元首会晤在莫斯科举行。", "CONSULT", "2023-03-21")
    assert ids(e.source) == ["xi-jinping"] and ids(e.target) == ["vladimir-putin"]


def test_talks_of_two_countries_without_a_post(event):
    e = event("zh", "中美会谈在日内瓦举行。", "CONSULT", "2025-05-11")
    assert ids(e.source) == ["country:CN"] and ids(e.target) == ["country:US"]


def test_no_compound_head_no_countries(analyse):
    # "朝日" is a newspaper, "日中" also "daytime": a run of abbreviations alone names no one
    analysis = analyse("ja", "朝日新聞によると、日中は暑い。")
    assert not analysis.mentions and not analysis.events
    assert not analyse("zh", "中美关系紧张。").mentions
