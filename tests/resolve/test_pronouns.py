"""Pronouns point to the last person named, within two sentences."""

from __future__ import annotations

import pytest

from dateline.analyse import load_nlp
from dateline.records import ActorRef, Article, Mention
from dateline.resolve.pronouns import pronoun_mentions

ANNA = ActorRef("provisional:anna-berg", "Anna Berg", "person", "SE")


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def run(nlp, text: str, names: list[str]):
    article = Article(id="a", source="t", original=text, body=text)
    mentions = [Mention("a", text.index(n), text.index(n) + len(n), n, ANNA) for n in names]
    return pronoun_mentions(nlp(text), article, mentions)


def test_he_and_his_refer_to_the_last_person(nlp):
    found = run(nlp, "Minister Anna Berg arrived in Oslo. She met the mayor and praised his plan.", ["Anna Berg"])
    assert [(m.text, m.actor.id) for m in found][:1] == [("She", ANNA.id)]


def test_no_person_before_means_no_mention(nlp):
    assert run(nlp, "He arrived late. Anna Berg left early.", ["Anna Berg"]) == []


def test_person_too_far_back_is_not_used(nlp):
    text = "Anna Berg spoke first. The rain stopped. The market opened. He said nothing."
    assert run(nlp, text, ["Anna Berg"]) == []


def test_a_subject_pronoun_continues_the_previous_subject(nlp):
    bo = ActorRef("provisional:bo-lind", "Bo Lind", "person", "SE")
    text = "Anna Berg met Bo Lind in Oslo. He later flew home."
    article = Article(id="a", source="t", original=text, body=text)
    mentions = [Mention("a", 0, 9, "Anna Berg", ANNA), Mention("a", 14, 21, "Bo Lind", bo)]
    found = pronoun_mentions(nlp(text), article, mentions)
    assert [(m.text, m.actor.id) for m in found] == [("He", ANNA.id)]


def test_a_possessive_after_its_own_subject_is_that_subject(nlp):
    bo = ActorRef("provisional:bo-lind", "Bo Lind", "person", "SE")
    text = "Bo Lind said Anna Berg had praised his plan."
    article = Article(id="a", source="t", original=text, body=text)
    mentions = [Mention("a", 0, 7, "Bo Lind", bo), Mention("a", 13, 22, "Anna Berg", ANNA)]
    found = pronoun_mentions(nlp(text), article, mentions)
    assert [(m.text, m.actor.id) for m in found] == [("his", bo.id)]


def test_pronouns_in_any_case_found_and_words_holding_one_passed_over(nlp):
    text = "Anna Berg spoke in Oslo. Then She left, and the shepherd saw her."
    found = run(nlp, text, ["Anna Berg"])
    assert [(m.text, m.actor.id) for m in found] == [("She", ANNA.id), ("her", ANNA.id)]
