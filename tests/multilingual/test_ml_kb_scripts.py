"""Names in every script from the knowledge base's own aliases (same ids as English)."""

from __future__ import annotations

import pytest


def found(analyse, language, text):
    return [m.actor.id for m in analyse(language, text).mentions if m.actor.kind == "person"]


@pytest.mark.parametrize("language,text,person", [
    ("ru", "Вчера Андрей Белоусов прибыл в город.", "andrei-belousov"),
    ("ru", "Журналисты говорили с Андреем Белоусовым вчера.", "andrei-belousov"),
    ("uk", "Учора Андрій Сибіга прибув до міста.", "andrii-sybiha"),
    ("fa", "دیروز عباس عراقچی به شهر رسید.", "abbas-araghchi"),
    ("ar", "وصل فيصل المقداد إلى المدينة أمس.", "faisal-mekdad"),
    ("zh", "李尚福昨天抵达。", "li-shangfu"),
    ("ja", "石破茂氏は昨日到着した。", "shigeru-ishiba"),
    ("hi", "कल राजनाथ सिंह शहर पहुंचे।", "rajnath-singh"),
])
def test_kb_alias_in_the_language_script(analyse, language, text, person):
    assert found(analyse, language, text) == [person]


def test_cyrillic_surname_alone_in_any_case(analyse):
    assert found(analyse, "ru", "Журналисты спросили о Белоусове вчера.") == ["andrei-belousov"]


def test_arabic_family_name_alone_is_no_person(analyse):
    # "الأسد" (the lion) and "المعلم" (the teacher) are words: only full names match
    assert found(analyse, "ar", "قال المعلم إن الأسد في الحديقة.") == []


def test_same_id_as_english(analyse, resources):
    english = resources.kb.lookup("Abbas Araghchi")
    assert found(analyse, "fa", "عباس عراقچی سخن گفت.") == [english.id]
