"""A name after a word of origin ("from Ankara", "of the type ...") is no place of the event
(sentences written for these tests)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("language,text,type_,city", [
    # Egypt expelled the Turkish ambassador and recalled its own from Ankara
    ("ar", "طردت مصر السفير التركي واستدعت سفيرها من أنقرة.", "SANCTION", "Ankara"),
    # ... from the capital, Ankara
    ("ar", "طردت مصر السفير التركي واستدعت سفيرها من العاصمة أنقرة.", "SANCTION", "Ankara"),
    # Russian jets of the "Taraz" type (a noun that is also the name of a city) struck Syrian sites
    ("ar", "قصفت طائرات روسية من طراز ميغ مواقع المعارضة السورية.", "ASSAULT", "Taraz"),
    ("ru", "Россия выслала британских дипломатов из Лондона.", "SANCTION", "London"),
])
def test_a_city_after_a_word_of_origin_is_not_where(event, language, text, type_, city):
    e = event(language, text, type_)
    assert e.place is None or e.place.name != city


def test_the_city_the_event_is_in_is_still_its_place(event):
    e = event("ru", "Сергей Лавров прилетел из Москвы и встретился с Ван И в Пекине.", "CONSULT")
    assert e.place is not None and e.place.name == "Beijing"
