"""Non-meeting events in other languages: cue words in another sense, gaps over numbers and
hyphenated words, Arabic indefinite adjectives, coordinated sources, new cues; sentences
written for these tests."""

from __future__ import annotations

import pytest

from dateline.multilingual.cues import NOT_CUE, TYPES, cue_set
from dateline.multilingual.names import adjective_forms
from tests.multilingual.conftest import ids


def _kinds(language: str, text: str) -> list[str]:
    cues = cue_set(language)
    assert cues is not None
    return [h.kind for h in cues.find(text)]


@pytest.mark.parametrize("language,text", [
    ("es", "De acuerdo con la policía, Perú detuvo a tres ciudadanos de Chile."),
    ("pt", "De acordo com o jornal, o Peru prendeu três cidadãos do Chile."),
    ("ja", "日本政府は中国にいる日本人に注意を呼びかけている。"),
])
def test_a_cue_word_in_another_sense_is_no_event(language, text):
    kinds = _kinds(language, text)
    assert NOT_CUE in kinds
    assert "AGREE" not in kinds and "REQUEST" not in kinds


def test_according_to_does_not_make_an_agreement(analyse):
    analysis = analyse("es", "De acuerdo con Francia, Alemania viajó ayer a Italia.")
    assert not [e for e in analysis.events if e.type == "AGREE"]


def test_not_cues_are_no_event_types():
    assert NOT_CUE not in TYPES


def test_a_gap_skips_numbers_and_hyphenated_halves(event):
    e = event("pt", "O Peru rompeu nesta segunda-feira, 12, as relações diplomáticas com o Chile.", "SANCTION")
    assert ids(e.source) == ["country:PE"] and ids(e.target) == ["country:CL"]


def test_a_gap_still_stops_after_four_words():
    assert "SANCTION" not in _kinds("pt", "O Peru rompeu hoje com o velho hábito de ignorar as relações.")


def test_the_more_specific_of_two_cues_over_the_same_words_wins():
    kinds = _kinds("pt", "O Peru convocou para consultas o seu embaixador no Chile.")
    assert "SANCTION" in kinds and "ACCUSE" not in kinds


def test_arabic_adjectives_without_the_article():
    assert "روسية" in adjective_forms("الروسية", "ar")
    assert "روسية" not in adjective_forms("الروسية", "fa")


def test_arabic_indefinite_adjective_is_its_country(event):
    e = event("ar", "أسقطت مقاتلات مصرية طائرة ليبية.", "ASSAULT")
    assert ids(e.source) == ["country:EG"] and ids(e.target) == ["country:LY"]


def test_two_countries_joined_by_and_both_act(analyse):
    # Neither of two coordinated subjects is the other's target.
    analysis = analyse("es", "Perú y Bolivia expulsaron a sus propios cónsules ayer.")
    assert not [e for e in analysis.events if e.type == "SANCTION"]


def test_a_subject_and_its_object_without_and_still_make_an_event(event):
    e = event("de", "Österreich hat Serbien scharf kritisiert.", "ACCUSE")
    assert ids(e.source) == ["country:AT"] and ids(e.target) == ["country:RS"]


@pytest.mark.parametrize("language,text,type_,source,target", [
    ("fr", "Des navires turcs ont ouvert le feu sur un bateau grec.", "ASSAULT", "country:TR", "country:GR"),
    ("ru", "Польша приказала трём белорусским дипломатам покинуть страну.", "SANCTION", "country:PL", "country:BY"),
    ("ar", "اغتالت القوات المصرية قائدا ليبيا.", "ASSAULT", "country:EG", "country:LY"),
])
def test_new_cues(event, language, text, type_, source, target):
    e = event(language, text, type_)
    assert ids(e.source) == [source] and ids(e.target) == [target]


@pytest.mark.parametrize("language,text,type_,source,target", [
    ("tr", "Macaristan, uçağının Sırbistan tarafından düşürüldüğünü açıkladı.", "ASSAULT", "country:RS", "country:HU"),
    ("fr", "La Belgique a été critiquée par les Pays-Bas.", "ACCUSE", "country:NL", "country:BE"),
])
def test_the_agent_of_a_passive_clause_is_the_source(event, language, text, type_, source, target):
    e = event(language, text, type_)
    assert ids(e.source) == [source] and ids(e.target) == [target]


def test_par_without_an_actor_next_to_it_changes_nothing(event):
    e = event("fr", "Par ailleurs, la Belgique a critiqué les Pays-Bas.", "ACCUSE")
    assert ids(e.source) == ["country:BE"] and ids(e.target) == ["country:NL"]


@pytest.mark.parametrize("language,text", [
    ("es", "Perú y Chile firmaron ayer un acuerdo de pesca en Lima."),
    ("de", "Polen und Litauen haben am Montag einen Grenzvertrag unterzeichnet."),
    ("ru", "Армения и Азербайджан подписали мирное соглашение."),
    ("fr", "Le Maroc et l'Espagne ont signé un accord migratoire."),
])
def test_signing_an_agreement_is_one_joint_support(analyse, language, text):
    # PLOVER's SUPPORT ("ratify, sign, or finalize an agreement"), CAMEO 057; the agreement
    # signed is no AGREE of its own, and the signatories are source and counterpart
    analysis = analyse(language, text)
    assert [e.type for e in analysis.events] == ["SUPPORT"]
    e = analysis.events[0]
    assert e.cameo == "057" and e.source and e.target


@pytest.mark.parametrize("language,text", [
    ("ru", "Договор будет подписан в Москве."),
    ("pl", "Umowa zostanie podpisana w Warszawie."),
    ("tr", "Anlaşma yarın imzalanacak."),
])
def test_signing_cues_cover_the_verbs_forms(language, text):
    hits = cue_set(language).find(text)
    assert any(h.kind == "SUPPORT" and h.joint for h in hits)


def test_an_agreement_without_a_signing_stays_agree(analyse):
    analysis = analyse("es", "Perú y Chile alcanzaron ayer un acuerdo de pesca en Lima.")
    assert "SUPPORT" not in [e.type for e in analysis.events]


@pytest.mark.parametrize("language,text", [
    ("it", "Mosca espellerà tre diplomatici italiani."),
    ("pt", "O Brasil vai expulsar dois diplomatas."),
    ("es", "Chile llamó a consultas a su embajador en Israel."),
    ("nl", "Nederland heeft twee Russische diplomaten uitgewezen."),
])
def test_expulsions_and_recalls_in_all_their_forms(language, text):
    # every form of "expel" (CAMEO 166) and the recall of an ambassador for consultations (161)
    assert "SANCTION" in _kinds(language, text)
