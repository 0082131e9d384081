"""How a meeting was held: the cue files' `modes` mark a call, as English events do
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.multilingual.conftest import ids

CALLS = [
    ("ru", "Владимир Путин и Реджеп Тайип Эрдоган провели телефонный разговор."),
    ("ru", "Путин обсудил по телефону с Эрдоганом ситуацию в Сирии."),
    ("uk", "Володимир Зеленський провів телефонну розмову з Емманюелем Макроном."),
    ("de", "Olaf Scholz hat am Dienstag mit Wladimir Putin telefoniert."),
    ("de", "Scholz und Putin sprachen in einem Telefonat über die Ukraine."),
    ("fr", "Emmanuel Macron s'est entretenu par téléphone avec Vladimir Poutine."),
    ("es", "Barack Obama habló por teléfono con Raúl Castro."),
    ("es", "Barack Obama y Raúl Castro mantuvieron una conversación telefónica."),
    ("it", "Mario Draghi ha avuto un colloquio telefonico con Vladimir Putin."),
    ("pt", "Lula teve uma conversa telefônica com Xi Jinping."),
    ("ar", "أجرى عباس عراقجي اتصالا هاتفيا مع هاكان فيدان."),
    ("zh", "习近平同美国总统拜登通电话。"),
    ("zh", "习近平同拜登举行视频会晤。"),
    ("hi", "नरेंद्र मोदी ने व्लादिमीर पुतिन से फोन पर बात की।"),
    ("tr", "Erdoğan, Putin ile telefonda görüştü."),
    ("ja", "岸田文雄首相は尹錫悦大統領と電話会談した。"),
    ("fa", "عباس عراقچی در تماس تلفنی با هاکان فیدان گفت‌وگو کرد."),
]

IN_PERSON = [
    ("ru", "Путин встретился с Эрдоганом в Сочи."),
    ("de", "Scholz traf Putin am Dienstag in Moskau."),
    ("es", "Barack Obama se reunió con Raúl Castro en Panamá."),
    ("zh", "习近平在北京会见拜登。"),
]


@pytest.mark.parametrize(("language", "text"), CALLS)
def test_a_call_is_a_meeting_by_phone(event, language, text):
    e = event(language, text, "CONSULT")
    assert e.mode == "phone"
    assert len({*ids(e.source), *ids(e.target)}) == 2


@pytest.mark.parametrize(("language", "text"), IN_PERSON)
def test_a_meeting_in_person_has_no_call_mode(event, language, text):
    assert event(language, text, "CONSULT").mode is None


def test_a_call_has_no_venue(event):
    # "Syria" is what they talked about, not where they were.
    assert event("ru", "Путин обсудил по телефону с Эрдоганом ситуацию в Сирии.", "CONSULT").place is None


def test_by_telephone_names_no_agent(event):
    # French "par" marks the agent of a passive ("critiquée par"), not "par téléphone".
    e = event("fr", "Emmanuel Macron s'est entretenu par téléphone avec Vladimir Poutine.", "CONSULT")
    assert ids(e.source) == ["emmanuel-macron"] and ids(e.target) == ["vladimir-putin"]


def test_a_call_word_far_from_the_meeting_cue_is_not_its_mode(event):
    e = event("de", "Scholz traf Putin am Dienstag in Moskau, nachdem die beiden Politiker im Januar lange "
                    "miteinander telefoniert hatten.", "CONSULT")
    assert e.mode is None
