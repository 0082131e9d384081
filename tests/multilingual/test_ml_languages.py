"""Every language with a cue file: a meeting, another event type and a date, on sentences
written for these tests (published Saturday 2025-08-16)."""

from __future__ import annotations

import pytest

from tests.multilingual.conftest import ids

# language, sentence, participants, date the sentence gives
MEETINGS = [
    ("uk", "У понеділок Дмитро Кулеба провів переговори з Ван І у Пекіні.", {"dmytro-kuleba", "wang-yi"}, "2025-08-11"),
    ("de", "Am Montag traf Außenminister Lawrow seinen Amtskollegen Wang Yi in Peking.", {"sergey-lavrov", "wang-yi"}, "2025-08-11"),
    ("fr", "Le 6 août, Emmanuel Macron a rencontré Olaf Scholz à Berlin.", {"emmanuel-macron", "olaf-scholz"}, "2025-08-06"),
    ("es", "El martes Pedro Sánchez se reunió con Emmanuel Macron en Madrid.", {"pedro-sanchez", "emmanuel-macron"}, "2025-08-12"),
    ("it", "Mercoledì Giorgia Meloni ha incontrato Emmanuel Macron a Roma.", {"giorgia-meloni", "emmanuel-macron"}, "2025-08-13"),
    ("pt", "Na quinta-feira Lula se reuniu com Xi Jinping em Pequim.", {"lula", "xi-jinping"}, "2025-08-14"),
    ("tr", "Erdoğan 12 Ağustos'ta Putin ile Ankara'da görüştü.", {"recep-tayyip-erdogan", "vladimir-putin"}, "2025-08-12"),
    ("ar", "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الصيني وانغ يي في بكين يوم الأحد.", {"sergey-lavrov", "wang-yi"}, "2025-08-10"),
    ("fa", "عباس عراقچی روز یکشنبه با هاکان فیدان در تهران دیدار کرد.", {"abbas-araghchi", "hakan-fidan"}, "2025-08-10"),
    ("zh", "3月15日，王毅在北京会见了拉夫罗夫。", {"wang-yi", "sergey-lavrov"}, "2025-03-15"),
    ("ja", "岸田文雄首相は8月12日、東京でバイデン大統領と会談した。", {"fumio-kishida", "joe-biden"}, "2025-08-12"),
    ("hi", "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को कीव में वोलोदिमीर ज़ेलेंस्की से मुलाकात की।", {"narendra-modi", "volodymyr-zelensky"}, "2025-08-11"),
]

OTHER = [
    ("uk", "Україна звинуватила Росію в обстрілі Харкова.", "ACCUSE", "country:UA", "country:RU"),
    ("de", "Russland verhängte Sanktionen gegen Deutschland.", "SANCTION", "country:RU", "country:DE"),
    ("fr", "La Chine a condamné les États-Unis pour leurs droits de douane.", "ACCUSE", "country:CN", "country:US"),
    ("es", "México rompió relaciones con Ecuador tras el asalto a su embajada.", "SANCTION", "country:MX", "country:EC"),
    ("it", "Maria Zakharova ha minacciato l'Italia di ritorsioni.", "THREATEN", "maria-zakharova", "country:IT"),
    ("pt", "O Brasil condenou Israel pelos bombardeios.", "ACCUSE", "country:BR", "country:IL"),
    ("tr", "Türkiye Rusya'yı sert bir dille kınadı.", "ACCUSE", "country:TR", "country:RU"),
    ("ar", "فرضت الولايات المتحدة عقوبات جديدة على إيران.", "SANCTION", "country:US", "country:IR"),
    ("fa", "ایران آمریکا را به نقض توافق متهم کرد.", "ACCUSE", "country:IR", "country:US"),
    ("zh", "中国谴责日本的挑衅行为。", "ACCUSE", "country:CN", "country:JP"),
    ("ja", "中国は日本を非難した。", "ACCUSE", "country:CN", "country:JP"),
    ("hi", "भारत ने पाकिस्तान पर हमले का आरोप लगाया।", "ACCUSE", "country:IN", "country:PK"),
]


@pytest.mark.parametrize("language,text,people,day", MEETINGS, ids=[m[0] for m in MEETINGS])
def test_meeting(event, language, text, people, day):
    e = event(language, text, "CONSULT")
    assert {*ids(e.source), *ids(e.target)} == people
    assert e.cameo == "040" and e.modality == "asserted" and e.status == "past"
    assert e.date is not None and e.date.date == day and e.date.basis == "text"
    assert text[e.date.start:e.date.end] == e.date.text  # evidence offsets into the body
    assert text[e.start:e.end] == e.text


@pytest.mark.parametrize("language,text,type_,source,target", OTHER, ids=[o[0] for o in OTHER])
def test_other_type(event, language, text, type_, source, target):
    e = event(language, text, type_)
    assert ids(e.source) == [source] and ids(e.target) == [target]
    assert e.cameo is not None


@pytest.mark.parametrize("language,text", [
    ("de", "Scholz wird sich nicht mit Putin treffen."),
    ("fr", "Macron ne rencontrera pas Poutine."),
    ("es", "Sánchez no se reunió con Maduro."),
    ("zh", "王毅没有会见布林肯。"),
])
def test_negated(event, language, text):
    assert event(language, text, "CONSULT").modality == "negated"


@pytest.mark.parametrize("language,text", [
    ("de", "Scholz wird Putin nächste Woche in Moskau treffen."),
    ("fr", "Macron rencontrera Xi Jinping la semaine prochaine à Pékin."),
    ("ar", "من المقرر أن يلتقي بوتين وترامب في ألاسكا."),
    ("zh", "习近平将于下周会见普京。"),
    ("tr", "Erdoğan gelecek hafta Putin ile görüşecek."),
])
def test_planned(event, language, text):
    e = event(language, text, "CONSULT")
    assert e.status == "planned" and e.modality == "planned"


@pytest.mark.parametrize("language,text,day", [
    ("de", "Am 3. März 2024 trafen sich Scholz und Macron.", "2024-03-03"),
    ("fr", "Hier, Macron a rencontré Scholz.", "2025-08-15"),
    ("es", "El 5 de marzo de 2024 Sánchez se reunió con Macron.", "2024-03-05"),
    ("ja", "2024年3月15日、岸田首相はバイデン大統領と会談した。", "2024-03-15"),
    ("ru", "Вчера Путин провел телефонный разговор с Си Цзиньпином.", "2025-08-15"),
])
def test_dates(event, language, text, day):
    assert event(language, text, "CONSULT").date.date == day


def test_places_in_the_language(analyse):
    for language, text, city in [("ru", "Лавров и Ван И встретились в Пекине.", "Beijing"),
                                 ("es", "Sánchez se reunió con Macron en Berlín.", "Berlin"),
                                 ("fr", "Macron a rencontré Xi Jinping à Pékin.", "Beijing")]:
        events = analyse(language, text).events
        assert events and events[0].place is not None and events[0].place.name == city, (language, events)


def test_capitalised_short_alias_only(analyse):
    # French "un" is an article, not the United Nations.
    mentions = analyse("fr", "Un diplomate a rencontré un journaliste.").mentions
    assert mentions == []
