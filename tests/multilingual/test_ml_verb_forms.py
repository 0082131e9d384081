"""Inflected forms of the cue verbs: Arabic imperfect, feminine and plural forms, Spanish
compound perfect, Turkish and Romanian verb forms; and a Turkish word that only looks like a
protest noun.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.multilingual.conftest import ids

FORMS = [
    # Arabic: feminine perfect, imperfect, plural perfect
    ("ar", "تدين مصر الهجوم الذي شنته إسرائيل.", "ACCUSE", "country:EG", "country:IL"),
    ("ar", "نددت الأردن بقرار إسرائيل.", "ACCUSE", "country:JO", "country:IL"),
    ("ar", "دعت فرنسا إيران إلى ضبط النفس.", "REQUEST", "country:FR", "country:IR"),
    ("ar", "ترفض الجزائر مقترح المغرب.", "REJECT", "country:DZ", "country:MA"),
    # Spanish: perfect with "ha" / "han"
    ("es", "Argentina ha condenado el ataque de Irán.", "ACCUSE", "country:AR", "country:IR"),
    ("es", "México ha rechazado la propuesta de Estados Unidos.", "REJECT", "country:MX", "country:US"),
    ("es", "Colombia ha pedido a Venezuela una investigación.", "REQUEST", "country:CO", "country:VE"),
    # Turkish: present continuous; Romanian: present and perfect of "hit"
    ("tr", "Türkiye İsrail'i kınıyor.", "ACCUSE", "country:TR", "country:IL"),
    ("ro", "Rachetă iraniană lovește baza americană din Qatar.", "ASSAULT", "country:IR", "country:US"),
]


@pytest.mark.parametrize("language,text,type_,source,target", FORMS, ids=[f"{f[0]}-{i}" for i, f in enumerate(FORMS)])
def test_inflected_cue_verbs(event, language, text, type_, source, target):
    e = event(language, text, type_)
    assert ids(e.source) == [source] and ids(e.target) == [target]


def test_a_turkish_passive_of_show_is_no_protest(analyse):
    # "gösterildi": "was shown" / "was given" (as a reason), not "gösteri" (a demonstration)
    analysis = analyse("tr", "Rusya'nın açıklamasında Ukrayna gerekçe olarak gösterildi.")
    assert not [e for e in analysis.events if e.type == "PROTEST"]
