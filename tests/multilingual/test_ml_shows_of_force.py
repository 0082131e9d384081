"""Drills in Chinese: military exercises are a show of force (PLOVER MOBILIZE, CAMEO 150) by the
forces that hold them (the People's Liberation Army, "解放军", "东部战区"), aimed at the country
whose area they are held in ("台湾海峡", the Taiwan Strait); that country never mounts them, a
drill aimed at no one named is background, a person is no drill's doer, and joint exercises
stay cooperation."""

from __future__ import annotations

from tests.multilingual.conftest import ids


def test_drills_in_a_strait_a_country_names_are_aimed_at_it(event):
    found = event("zh", "4月2日,中国人民解放军在台湾海峡中部组织演练。", "MOBILIZE")
    assert ids(found.source) == ["body:CN:military"]
    assert ids(found.target) == ["country:TW"]


def test_the_area_is_read_in_traditional_characters_too(event):
    found = event("zh", "4月2日,中國人民解放軍在臺灣海峽中部組織演練。", "MOBILIZE")
    assert ids(found.source) == ["body:CN:military"]
    assert ids(found.target) == ["country:TW"]


def test_the_country_of_the_area_alone_mounts_no_drills(analyse):
    analysis = analyse("zh", "台湾海峡今日举行演练。")
    assert not [e for e in analysis.events if e.type == "MOBILIZE"]


def test_joint_exercises_stay_cooperation(event):
    found = event("zh", "中国和俄罗斯举行联合军演。", "COOPERATE")
    assert set(ids(found.source) + ids(found.target)) == {"country:CN", "country:RU"}


def test_drills_with_no_one_they_are_aimed_at_are_background(analyse):
    analysis = analyse("zh", "从2024年的系列演习到现在的行动,解放军的手段越来越全面。")
    assert not [e for e in analysis.events if e.type == "MOBILIZE"]


def test_a_person_named_before_drills_is_not_their_doer(analyse):
    analysis = analyse("zh", "为反制赖清德的策略,大陆对台湾警巡后,东部战区昨在台湾岛周边展开演练。")
    assert not [e for e in analysis.events if e.type == "MOBILIZE" and e.source and e.source[0].kind == "person"]
