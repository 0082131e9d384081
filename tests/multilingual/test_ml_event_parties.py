"""Who does and who receives a non-English event: the nearest mention before the cue, a recipient named by a description, threats of a response; sentences written for
these tests."""

from __future__ import annotations

import pytest

from dateline.multilingual.cues import cue_set
from tests.multilingual.conftest import ids


def test_the_mention_nearest_the_cue_is_the_source(event):
    # Perú is named first after "a" (a target marker); its second mention is the subject.
    e = event("es", "Tras el mensaje de Chile a Perú la semana pasada por la tarde, Perú expulsó a dos "
                    "diplomáticos de Chile.", "SANCTION")
    assert ids(e.source) == ["country:PE"] and ids(e.target) == ["country:CL"]


def test_a_recipient_named_by_a_description_is_the_one_other_side(event):
    e = event("es", "Tras el asalto de la policía de Bolivia contra la embajada el lunes por la noche, "
                    "Perú rompió relaciones con el país vecino.",
              "SANCTION")
    assert ids(e.source) == ["country:PE"] and ids(e.target) == ["country:BO"]


def test_no_recipient_is_guessed_among_two_other_sides(analyse):
    analysis = analyse("es", "Tras el asalto de Bolivia y de Chile contra la embajada el lunes por la noche, "
                         "Perú rompió relaciones con el país vecino.")
    assert not [e for e in analysis.events if e.type == "SANCTION"]


def test_no_recipient_is_guessed_without_a_marker_after_the_cue(analyse):
    analysis = analyse("es", "Tras el asalto de Bolivia contra la embajada el lunes por la noche, "
                         "Perú rompió relaciones ayer.")
    assert not [e for e in analysis.events if e.type == "SANCTION"]


@pytest.mark.parametrize("language,text", [
    ("de", "Polen wird den Schritt Litauens nicht unbeantwortet lassen."),
    ("it", "La Polonia non lascerà senza risposta il gesto della Lituania."),
    ("ru", "Польша не оставит без ответа действия Литвы."),
    ("es", "Perú no dejará sin respuesta la decisión de Chile."),
])
def test_a_response_promised_is_a_threat_not_a_denial(event, language, text):
    # who leaves the act unanswered threatens; what "remains unanswered" is the other's act,
    # and no cue: its speaker is not its subject
    e = event(language, text, "THREATEN")
    assert e.modality == "asserted" and e.status == "past"
    assert ids(e.source) in (["country:PL"], ["country:PE"]) and ids(e.target) in (["country:LT"], ["country:CL"])


def test_an_act_that_will_remain_unanswered_is_no_cue(analyse):
    analysis = analyse("de", "Die Schritte Litauens werden nicht unbeantwortet bleiben, sagte Polen.")
    assert not [e for e in analysis.events if e.type == "THREATEN"]


def test_a_threat_of_what_will_come_is_made_now(event):
    e = event("es", "Perú amenazará a Chile con sanciones si no retira sus tropas.", "THREATEN")
    assert e.status == "past"


def test_a_negated_threat_stays_negated(event):
    e = event("es", "Perú no amenazó a Chile.", "THREATEN")
    assert e.modality == "negated"


def test_a_future_word_that_is_the_cue_itself_still_makes_it_planned(event):
    e = event("ru", "Лавров не встретится с Блинкеном в Женеве.", "CONSULT")
    assert e.status == "planned"


@pytest.mark.parametrize("language,text,type_", [
    ("es", "Perú y Chile condenaron el golpe.", "ACCUSE"),
    ("es", "Los soldados dispararon contra la multitud.", "ASSAULT"),
    ("es", "La policía detuvieron a tres periodistas.", "COERCE"),
    ("pt", "Os manifestantes protestaram em frente à embaixada.", "PROTEST"),
    ("pt", "O governo nega as acusações.", "REJECT"),
    ("it", "I soldati hanno sparato sulla folla.", "ASSAULT"),
    ("de", "Polen wirft Litauen Spionage vor.", "ACCUSE"),
    ("de", "Die Regierung lehnt den Vorschlag ab.", "REJECT"),
    ("de", "Russland weist zwei deutsche Diplomaten aus.", "SANCTION"),
    ("de", "Die Armee greift die Stadt seit Montag an.", "ASSAULT"),
    ("ru", "Москва призывает Киев к переговорам.", "REQUEST"),
    ("uk", "Польща звинувачує Литву в шпигунстві.", "ACCUSE"),
])
def test_cues_cover_the_forms_news_use(language, text, type_):
    # present tense, plural and separable forms of PLOVER's acts, not only the past singular
    assert type_ in [h.kind for h in cue_set(language).find(text)]


@pytest.mark.parametrize("language,text,source,target", [
    ("ar", "قُتل قائد ليبي في طرابلس فجر الجمعة بغارة مصرية.", "country:EG", "country:LY"),
    ("es", "Dos soldados de Ucrania murieron ayer en un ataque ruso.", "country:RU", "country:UA"),
    ("de", "Bei einem polnischen Angriff starben zwei Soldaten aus Litauen.", "country:PL", "country:LT"),
])
def test_the_country_adjective_of_an_attack_noun_is_the_attacker(event, language, text, source, target):
    e = event(language, text, "ASSAULT")
    assert ids(e.source) == [source] and ids(e.target) == [target]


def test_a_country_name_after_an_attack_noun_is_not_its_attacker(event):
    # "قصف غزة" is the shelling of Gaza: only an adjective names who attacked
    e = event("es", "Polonia condenó el ataque a Lituania.", "ACCUSE")
    assert ids(e.source) == ["country:PL"]


@pytest.mark.parametrize("language,text", [
    ("ar", "قصفت الولايات المتحدة موكب قاسم سليماني."),
    ("fa", "آمریکا قاسم سلیمانی را ترور کرد."),
    ("ru", "США нанесли удар по Касему Сулеймани."),
    ("fr", "Les États-Unis ont tué Qassem Soleimani."),
])
def test_the_quds_force_commander_is_known_in_every_script(event, language, text):
    e = event(language, text, "ASSAULT", published="2020-01-03")
    assert ids(e.source) == ["country:US"] and ids(e.target) == ["qassem-soleimani"]


def test_an_auxiliary_is_not_the_accented_preposition():
    # French "a" (has) folds to "à" (to), a target marker: only "à" as written marks a target
    cues = cue_set("fr")
    assert cues is not None
    assert not [h for h in cues.find("Le Mali a décidé de rompre ses relations.") if h.kind == "target"]
    assert [h.text for h in cues.find("Le Mali a écrit à la France.") if h.kind == "target"] == ["à"]


def test_a_postposition_marks_the_name_before_it(event):
    # Japanese "と" ('with') follows its noun: the one met is the name before it, not after it
    e = event("ja", "岸田首相は、中国の習近平国家主席の発言を受けて、バイデン大統領と会談した。", "CONSULT",
              published="2023-05-20")
    assert ids(e.source) == ["fumio-kishida"] and ids(e.target) == ["joe-biden"]


@pytest.mark.parametrize("language,text", [
    ("de", "Russland: Die Ausweisung durch Deutschland werde nicht unbeantwortet bleiben."),
    ("ru", "Россия: высылка дипломатов Германией не останется без ответа."),
    ("it", "La Russia: l'espulsione dei diplomatici dall'Italia non resterà senza risposta."),
])
def test_the_negation_of_a_phrase_is_its_own(event, language, text):
    # "nicht" belongs to "nicht unbeantwortet bleiben": the expulsion itself is not denied
    assert event(language, text, "SANCTION").modality == "asserted"
