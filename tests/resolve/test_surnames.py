"""Bare surnames and fuller spellings of known people, on sentences written for these tests."""

from __future__ import annotations

from dateline.records import Article
from dateline.resolve.actors import resolve_actors


def ids(nlp, kb, text: str, published: str) -> dict[str, str]:
    article = Article(id="t", source="test", original=text, body=text, published=published)
    return {m.text: m.actor.id for m in resolve_actors(nlp(text), article, kb)}


def test_family_name_of_a_person_the_data_gives_no_short_form(kb):
    assert kb.family_name(kb.people["nawaz-sharif"]) == "Sharif"
    assert kb.family_name(kb.people["hun-sen"]) == "Hun"  # family name first
    assert "raul-castro" in kb.people_with_family_name("Castro")
    assert "raul-castro" not in kb.people_with_short("Castro")


def test_surname_after_the_full_name_is_that_person(nlp, kb):
    found = ids(nlp, kb, "Barack Obama shook hands with Cuban President Raul Castro. "
                "Castro smiled at the cameras.", "2015-04-11")
    assert found["Castro"] == "raul-castro"
    found = ids(nlp, kb, "Indian leader Narendra Modi flew to Lahore to see Nawaz Sharif. "
                "Modi and Sharif spoke for an hour.", "2015-12-25")
    assert found["Sharif"] == "nawaz-sharif"


def test_surname_alone_goes_to_the_post_holder_of_the_date(nlp, kb):
    found = ids(nlp, kb, "In Lahore, Indian officials said PM Sharif would visit New Delhi "
                "next month.", "2015-12-20")
    assert found["Sharif"] == "nawaz-sharif"


def test_surname_alone_without_support_stays_unresolved(nlp, kb):
    # Sharif Sheikh Ahmed left office in 2012; nothing in the text is Somali
    found = ids(nlp, kb, "Officials in Lahore said Sharif would travel to Kabul.", "2015-12-20")
    assert found.get("Sharif") != "sharif-sheikh-ahmed"
    # the one Castro holding a post that day is Cuban, and nothing in the text is
    found = ids(nlp, kb, "Washington said Castro would attend the summit.", "2015-04-11")
    assert "Castro" not in found


def test_extra_middle_name_matches_the_known_person(nlp, kb):
    found = ids(nlp, kb, "Ugandan President Yoweri Kaguta Museveni met Kenyan leaders in "
                "Kampala.", "2016-05-01")
    assert found["Yoweri Kaguta Museveni"] == "yoweri-museveni"


def test_lone_known_surname_needs_the_article_countries(nlp, kb):
    # Sergey Lavrov is the only Lavrov; a Russian article backs him
    found = ids(nlp, kb, "Moscow said Lavrov would fly to Ankara.", "2022-03-09")
    assert found["Lavrov"] == "sergey-lavrov"
    # a word that is the surname of one foreign minister, in news of other countries
    found = ids(nlp, kb, "French officials quoted Voltaire in Paris on Monday.", "2024-03-09")
    assert "Voltaire" not in found


def test_lone_known_surname_in_an_article_naming_no_country(nlp, kb):
    found = ids(nlp, kb, "Lavrov told reporters the talks went well.", "2022-03-09")
    assert found["Lavrov"] == "sergey-lavrov"


def test_short_form_of_several_words_is_the_known_person(nlp, kb):
    # the entity tagger gives "Suu Kyi" as a person of its own: the data's short form of one
    found = ids(nlp, kb, "Aung San Suu Kyi was detained at dawn. Soldiers took Suu Kyi to "
                "Naypyidaw.", "2021-02-01")
    assert found["Suu Kyi"] == "aung-san-suu-kyi"
    found = ids(nlp, kb, "Myanmar's army detained Suu Kyi in Naypyidaw.", "2020-05-01")
    assert found["Suu Kyi"] == "aung-san-suu-kyi"


def test_short_form_of_several_words_without_support_stays_unresolved(nlp, kb):
    # out of office on the date and nothing in the text is of her country
    found = ids(nlp, kb, "Officials in Oslo said Suu Kyi would not attend.", "2023-05-01")
    assert found.get("Suu Kyi") != "aung-san-suu-kyi"
