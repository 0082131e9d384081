"""Recipients of protests the clause leaves unnamed (sentences written for these tests)."""

from __future__ import annotations

import pytest

from dateline.analyse import Resources, analyse_doc, load_nlp
from dateline.extract.implicit_sides import arresting_state, own_forces, protest_recipients
from dateline.records import ActorRef, Article, EventMention, PlaceRef


@pytest.fixture(scope="module")
def analyse():
    nlp, resources = load_nlp(), Resources.load()

    def run(body: str):
        article = Article("protest", "test", body, body, published="2024-03-05")
        return analyse_doc(nlp(body), article, resources)

    return run


def protests(analysis):
    return [e for e in analysis.events if e.type == "PROTEST"]


def countries(actors):
    return [a.country for a in actors]


def test_strike_at_home_is_against_the_own_government(analyse):
    found = protests(analyse("Portuguese nurses went on strike on Tuesday against plans to cut their pay."))
    assert found and countries(found[0].target) == ["PT"]
    assert all(a.sector != "government" for a in found[0].source)


def test_country_as_striker_stands_for_its_people(analyse):
    found = protests(analyse("Belgium held a general strike on Monday over the pension reform."))
    assert found and countries(found[0].target) == ["BE"]
    assert [a.sector for a in found[0].source] == ["civilian"]


def test_named_recipient_stays(analyse):
    found = protests(analyse("Thousands of Greek students protested against Turkey on Friday."))
    assert found and countries(found[0].target) == ["TR"]


@pytest.mark.parametrize("body", ["Angry Peruvian protesters attacked its embassy in Lima on Sunday.",
                                  "Angry Peruvian protesters stormed the embassy in Lima on Sunday."])
def test_protest_at_an_unnamed_foreign_mission_gets_no_home_government(analyse, body):
    found = protests(analyse(body))
    assert found and all(not e.target for e in found)


def event(kind: str, start: int, source: list[ActorRef], target: list[ActorRef],
          place: PlaceRef | None = None, place_source: str | None = None) -> EventMention:
    return EventMention(id=f"e{start}{kind}", article="a", type=kind, start=start, end=start + 10, text="",
                        source=source, target=target, place=place, place_source=place_source)


def government(code: str) -> ActorRef:
    return ActorRef(id=f"country:{code}", name=code, kind="country", country=code, sector="government")


CROWD_CL = ActorRef(id="group:CL:civilian", name="Chilean protesters", kind="group", country="CL",
                    sector="civilian")
PROTESTERS = ActorRef(id="provisional:protester", name="protesters", kind="group", sector="civilian")
EMBASSY_AR = ActorRef(id="body:AR:embassy", name="Argentine Embassy", kind="organisation", country="AR",
                      sector="government")


def test_same_sentence_act_of_the_crowd_names_the_recipient():
    siege = event("COERCE", 0, [ActorRef(id="country:CL", name="Chile", kind="country", country="CL")],
                  [EMBASSY_AR])
    protest = event("PROTEST", 0, [CROWD_CL], [])
    protest_recipients([siege, protest], government)
    assert protest.target == [EMBASSY_AR]


def test_later_protest_of_the_crowd_takes_the_recipient_told_before():
    first = event("PROTEST", 0, [CROWD_CL], [EMBASSY_AR])
    later = event("PROTEST", 200, [CROWD_CL], [])
    protest_recipients([first, later], government)
    assert later.target == [EMBASSY_AR]


def test_crowd_of_no_country_protests_against_where_it_is():
    protest = event("PROTEST", 0, [PROTESTERS], [], PlaceRef("Santiago", "CL"), "dateline")
    protest_recipients([protest], government)
    assert countries(protest.target) == ["CL"]


def test_crowd_abroad_gets_no_recipient():
    protest = event("PROTEST", 0, [CROWD_CL], [], PlaceRef("Madrid", "ES"), "sentence")
    protest_recipients([protest], government)
    assert protest.target == []


def test_government_protest_gets_no_recipient():
    protest = event("PROTEST", 0, [government("CL")], [])
    protest_recipients([protest], government)
    assert protest.target == []


def assaults(analysis):
    return [e for e in analysis.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("body", ["Chilean jets bombed a military convoy in Peru on Saturday.",
                                  "Chilean fighter jets streaking over Peru on Saturday bombed a "
                                  "military vehicle near the town of Tacna."])
def test_strike_abroad_with_unnamed_victims_is_against_the_country_struck(analyse, body):
    found = assaults(analyse(body))
    assert found and countries(found[0].source) == ["CL"] and countries(found[0].target) == ["PE"]


def test_attack_at_home_gets_no_country_as_victim(analyse):
    found = assaults(analyse("Chilean police fired tear gas at a crowd in Santiago on Monday."))
    assert all("CL" not in countries(e.target) or e.target[0].kind != "country" for e in found)


# --- forces of no country against a country's own people where they stand


def test_forces_firing_on_a_countrys_protesters_at_home_are_that_states(analyse):
    found = assaults(analyse("Soldiers opened fire on demonstrators in Mandalay on Sunday."))
    assert found and countries(found[0].source) == ["MM"]
    assert found[0].source[0].sector == "military"


@pytest.mark.parametrize("body", ["Soldiers shelled villages in Ukraine on Friday.",
                                  "Soldiers opened fire on demonstrators on Sunday."])
def test_forces_without_own_people_where_they_act_keep_no_country(analyse, body):
    found = assaults(analyse(body))
    assert all(a.country is None for e in found for a in e.source if a.sector == "military")


def test_forces_acting_on_people_of_two_countries_keep_no_country():
    place = PlaceRef(name="Lima", country="PE")
    soldiers = ActorRef(id="group:-:military", name="soldiers", kind="group", sector="military")
    crowd = [ActorRef(id="group:PE:civilian", name="Peruvians", kind="group", country="PE", sector="civilian"),
             ActorRef(id="group:CL:civilian", name="Chileans", kind="group", country="CL", sector="civilian")]
    attack = event("ASSAULT", 0, [soldiers], crowd, place, "sentence")
    own_forces([attack])
    assert attack.source[0].country is None


# --- an arrest told without its doer: the state where it happened, on its own people


def arrest(target: list[ActorRef], place: PlaceRef | None) -> EventMention:
    found = event("COERCE", 0, [], target, place, "sentence" if place else None)
    found.cameo = "173"
    return found


def person(code: str) -> ActorRef:
    return ActorRef(id=f"person:{code}", name="someone", kind="person", country=code)


def test_arrest_of_a_countrys_own_person_at_home_is_by_its_state():
    found = arrest([person("NG")], PlaceRef(name="Lagos", country="NG"))
    arresting_state([found], government)
    assert countries(found.source) == ["NG"]


@pytest.mark.parametrize("target, place", [
    ([person("FR")], PlaceRef(name="Tehran", country="IR")),
    ([person("NG"), person("GH")], PlaceRef(name="Lagos", country="NG")),
    ([ActorRef(id="group:-:civilian", name="people", kind="group", sector="civilian")], None),
])
def test_arrest_of_a_foreigner_or_with_no_place_keeps_no_doer(target, place):
    found = arrest(target, place)
    arresting_state([found], government)
    assert found.source == []


def test_arrest_of_a_countrys_own_person_where_not_told_is_by_its_state():
    found = arrest([person("NG")], None)
    arresting_state([found], government)
    assert countries(found.source) == ["NG"]


def test_arrest_by_a_named_doer_stays(analyse):
    found = [e for e in analyse("Kenyan police arrested a Ugandan activist in Nairobi on Monday.").events
             if e.type == "COERCE"]
    assert found and countries(found[0].source) == ["KE"]


def test_passive_arrest_at_home_is_by_the_state(analyse):
    found = [e for e in analyse("A Kenyan activist was arrested in Nairobi on Monday.").events
             if e.type == "COERCE"]
    assert found and countries(found[0].source) == ["KE"]


def test_arrest_of_someone_of_no_known_country_is_by_the_state_of_the_place():
    held = ActorRef(id="provisional:someone", name="someone", kind="person")
    found = arrest([held], PlaceRef(name="Minsk", country="BY"))
    arresting_state([found], government)
    assert countries(found.source) == ["BY"]


def test_arrest_of_someone_of_no_known_country_where_not_told_keeps_no_doer():
    found = arrest([ActorRef(id="provisional:someone", name="someone", kind="person")], None)
    arresting_state([found], government)
    assert found.source == []


def test_arrest_by_a_force_of_no_country_is_by_the_state_of_those_held():
    army = ActorRef(id="group:-:armed", name="army", kind="group", sector="armed")
    found = arrest([person("TR")], None)
    found.source = [army]
    arresting_state([found], government)
    assert countries(found.source) == ["TR"] and found.source[0].sector == "armed"


def test_arrest_by_a_named_state_keeps_its_doer():
    found = arrest([person("TR")], None)
    found.source = [government("US")]
    arresting_state([found], government)
    assert countries(found.source) == ["US"]


def test_passive_arrest_where_the_sentence_tells_is_by_that_state(analyse):
    found = [e for e in analyse("The plane was forced to land in Minsk, where the blogger Ivan Zorin "
                                "was arrested.").events if e.type == "COERCE"]
    assert found and countries(found[0].source) == ["BY"]
