"""The PLOVER scorer on a few records written for this test."""

from __future__ import annotations

import json

import pytest

from dateline.evaluation.plover import (
    actor_matches,
    gold_codes,
    gold_type,
    main,
    score_plover,
)
from dateline.records import ActorRef

RECORDS = [
    {"text": "The United States imposed sanctions on Iran on Tuesday.",
     "event": "SANCTION",
     "source": [{"actorText": "United States", "code": "USA"}],
     "target": [{"actorText": "Iran", "code": "IRN"}]},
    {"text": "Germany accused Russia of spreading false reports.",
     "event": "DISAPPROVE",
     "source": [{"actorText": "Germany", "code": "DEU"}],
     "target": [{"actorText": "Russia", "code": "RUS"}]},
    {"text": "France will send food aid to Chad.",
     "event": "AGREE",
     "source": [{"actorText": "France", "code": "FRA"}],
     "target": [{"actorText": "Chad", "code": "TCD"}]},
    {"text": "The weather in Paris was mild.",
     "event": "CONSULT", "source": "", "target": ""},
]


@pytest.fixture(scope="module")
def figures(nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("plover") / "records.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    return score_plover(path, nlp=nlp, use_resolver=False)


def test_scores_first_event_per_sentence(figures):
    assert figures["sentences"] == 4
    assert figures["with_event"] == 3  # the weather sentence reports nothing
    assert figures["type_accuracy"] == pytest.approx(0.75)
    assert figures["errors"] == {"CONSULT->NONE": 1}


def test_actor_countries_are_compared_as_alpha3(figures):
    assert figures["source_scored"] == 3 and figures["target_scored"] == 3
    assert figures["source_country_accuracy"] == pytest.approx(1.0)
    assert figures["target_country_accuracy"] == pytest.approx(1.0)


def test_old_type_names_map_to_plover_2():
    assert gold_type({"event": "DEMAND"}) == "REQUEST"
    assert gold_type({"event": "FIGHT"}) == "ASSAULT"
    assert gold_type({"event": "INVESTIGATE"}) == "ACCUSE"
    assert gold_type({"event": "AGREE"}) == "AGREE"


def test_gold_codes_and_organisations():
    assert gold_codes("") == []
    assert gold_codes([{"code": "JAP"}, {"code": "igo"}]) == ["JPN", "IGO"]
    un = ActorRef(id="org:un", name="United Nations", kind="organisation", sector="igo")
    chad = ActorRef(id="country:TD", name="Chad", kind="country", country="TD")
    assert actor_matches(un, "IGO") and not actor_matches(un, "USA")
    assert actor_matches(chad, "TCD") and not actor_matches(chad, "IGO")
    assert not actor_matches(None, "USA")


def test_main_refuses_missing_file(tmp_path, capsys):
    assert main([str(tmp_path / "missing.json")]) == 2
    assert "no such file" in capsys.readouterr().err
