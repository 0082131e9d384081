"""Russian: meetings, other types, modality, dates and inflected names."""

from __future__ import annotations

import pytest

from tests.multilingual.conftest import ids


def test_meeting_with_inflected_names_date_and_place(event):
    e = event("ru", "В воскресенье Сергей Лавров провел переговоры с Ван И в Пекине.", "CONSULT")
    assert ids(e.source) == ["sergey-lavrov"] and ids(e.target) == ["wang-yi"]
    assert e.cameo == "040" and e.modality == "asserted" and e.status == "past"
    assert e.date.date == "2025-08-10" and e.date.precision == "day"  # the Sunday before Saturday 16 August
    assert e.place.name == "Beijing"


@pytest.mark.parametrize("form", ["Лавров", "Лаврова", "Лаврову", "Лавровым", "Лаврове"])
def test_surname_in_every_case(analyse, form):
    mentions = analyse("ru", f"Журналисты спросили о {form} вчера.").mentions
    assert [m.actor.id for m in mentions] == ["sergey-lavrov"]
    assert mentions[0].text == form


def test_coordinated_subjects_meet(event):
    e = event("ru", "Путин и Трамп встретились в Анкоридже 15 августа.", "CONSULT")
    assert {*ids(e.source), *ids(e.target)} == {"vladimir-putin", "donald-trump"}
    assert e.date.date == "2025-08-15" and e.place.name == "Anchorage"


def test_accusation_between_countries(event):
    e = event("ru", "Россия обвинила Германию в давлении на журналистов.", "ACCUSE")
    assert ids(e.source) == ["country:RU"] and ids(e.target) == ["country:DE"]
    assert e.cameo.startswith(("09", "11"))


def test_negated_planned_meeting(event):
    e = event("ru", "Лавров не встретится с Блинкеном в Женеве.", "CONSULT")
    assert e.modality == "negated" and e.status == "planned"


def test_planned_meeting_has_no_reported_date(event):
    e = event("ru", "Путин и Си Цзиньпин проведут переговоры в Москве.", "CONSULT")
    assert e.modality == "planned" and e.status == "planned" and e.date is None


def test_lede_event_takes_publication_date(event):
    e = event("ru", "Шольц провел переговоры с Путиным в Кремле.", "CONSULT")
    assert e.date.date == "2025-08-16" and e.date.basis == "reported"


def test_question_gives_nothing(analyse):
    assert analyse("ru", "Встретится ли Путин с Зеленским?").events == []


def test_one_actor_is_not_a_meeting(analyse):
    assert analyse("ru", "Лавров провел переговоры в Москве.").events == []


def test_transliterated_unknown_spelling(analyse):
    # Not in names.yaml: transliterated ("Kevin Radd") and matched to the knowledge base.
    mentions = analyse("ru", "Об этом сказал Кевин Радд.").mentions
    assert [m.actor.id for m in mentions] == ["kevin-rudd"]


def test_future_word_next_to_date_takes_the_coming_day(event):
    # The cue opens the sentence, the future verb stands by the date, far from the cue.
    body = ("Переговоры министра иностранных дел России Сергея Лаврова с госсекретарём США по самым "
            "разным вопросам состоятся в Вене 20 сентября.")
    e = event("ru", body, "CONSULT", published="2025-08-16")
    assert e.date.date == "2025-09-20"


def test_past_date_without_future_word_goes_back(event):
    body = ("Переговоры министра иностранных дел России Сергея Лаврова с госсекретарём США по самым "
            "разным вопросам прошли в Вене 20 сентября.")
    e = event("ru", body, "CONSULT", published="2025-08-16")
    assert e.date.date == "2024-09-20"


@pytest.mark.parametrize("text", [
    "Лавров и Ван И подтвердили готовность провести переговоры в Пекине.",
    "Лавров и Ван И заявили о готовности провести переговоры в Пекине.",
])
def test_readiness_to_meet_is_a_plan(event, text):
    e = event("ru", text, "CONSULT")
    assert e.status == "planned" and e.date is None
