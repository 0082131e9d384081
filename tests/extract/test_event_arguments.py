"""Who acts and on whom, read from the parse: sentences written for these tests, one or
more per failure class of source and target finding."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def extract(resolved_events):
    return lambda text: resolved_events(text, "2023-03-08")


def sides(events, kind: str) -> list[tuple[set, set]]:
    return [({a.country for a in e.source}, {a.country for a in e.target}) for e in events if e.type == kind]


def test_pronoun_climbs_past_a_thing_the_parties_own(extract):
    # "they" are the countries that spoke, not "their campaign" (whose phrase names Syria)
    events = extract("Canada and Norway said their new campaign against the militias armed by Syria "
                     "was a reply to raids on villages when they launched air strikes on the Houthis.")
    assert ({"CA", "NO"}, {"YE"}) in sides(events, "ASSAULT")


def test_pronoun_owner_of_a_decision_is_the_announcer(extract):
    events = extract("Peru has announced its decision to break off diplomatic relations with Bolivia.")
    assert ({"PE"}, {"BO"}) in sides(events, "SANCTION")


def test_amount_in_aid_takes_the_verbs_subject(extract):
    events = extract("Japan announced $300 million more in humanitarian assistance to Ukraine on Friday.")
    assert ({"JP"}, {"UA"}) in sides(events, "AID")


def test_government_and_its_own_rebels_are_two_parties(extract):
    events = extract("The Philippine government and the country's communist rebels, the NPA, signed a new peace deal.")
    signed = [e for e in events if e.type == "SUPPORT"]  # signing an agreement: PLOVER SUPPORT
    assert signed and signed[0].target, "the rebels are the government's counterpart"


def test_country_and_its_own_minister_stay_one_side(extract):
    events = extract("Russia and Lavrov signed a new deal on Monday.")
    signed = [e for e in events if e.type == "SUPPORT"]
    assert signed and not signed[0].target


def test_dateline_before_a_dash_is_no_subject(extract):
    events = extract("LIMA, Peru — Chile's government cut diplomatic ties with Peru on Friday.")
    assert ({"CL"}, {"PE"}) in sides(events, "SANCTION")


def test_dateline_ending_in_a_colon_is_no_subject(extract):
    events = extract("Paris/Berlin, May 3: French President Emmanuel Macron has ordered troops to "
                     "withdraw from the northern part of Mali.")
    retreat = [e for e in events if e.type == "RETREAT"]
    assert retreat and {a.country for a in retreat[0].source} == {"FR"}


def test_withdrawal_of_troops_from_a_place(extract):
    events = extract("Britain announced the withdrawal of its remaining troops from the town of Kandahar.")
    retreat = [e for e in events if e.type == "RETREAT"]
    assert retreat and {a.country for a in retreat[0].target} == {"AF"}
    events = extract("The withdrawal of German soldiers from Niger began on Monday.")
    assert ({"DE"}, {"NE"}) in sides(events, "RETREAT")


def test_raised_passive_subject_and_agent_of_the_occasion(extract):
    events = extract("Two opposition activists were reported to have been detained in a dawn raid "
                     "by Belarusian police.")
    coerce = [e for e in events if e.type == "COERCE" and e.trigger.startswith("detain")]
    assert coerce and {a.country for a in coerce[0].source} == {"BY"}
    assert coerce[0].target


def test_possessor_of_an_arrest_is_arrested(extract):
    events = extract("The judge upheld Navalny's arrest on Monday.")
    arrest = [e for e in events if e.type == "COERCE"]
    assert all(a.name != "Alexei Navalny" for e in arrest for a in e.source)
    events = extract("Iran's expulsion of the French envoy angered Paris.")
    assert any("IR" in src for src, _ in sides(events, "SANCTION"))


def test_light_verb_through_a_frame_noun(extract):
    events = extract("The Dutch air force launched a new campaign of air strikes against the Islamic State.")
    assault = [e for e in events if e.type == "ASSAULT"]
    assert assault and {a.country for a in assault[0].source} == {"NL"}


def test_aid_worth_an_amount_for_a_country(extract):
    events = extract("Qatar has announced a package of aid worth $2 billion for Lebanon.")
    assert ({"QA"}, {"LB"}) in sides(events, "AID")


def test_strikes_on_ground_a_party_holds(extract):
    events = extract("Israel conducted air strikes overnight across several areas of Hezbollah-controlled territory.")
    assault = [e for e in events if e.type == "ASSAULT"]
    assert assault and any(a.name == "Hezbollah" for a in assault[0].target)


def test_show_of_force_near_a_country(extract):
    events = extract("Russia is staging large naval drills close to Japan.")
    assert ({"RU"}, {"JP"}) in sides(events, "MOBILIZE")


def test_a_backer_is_not_the_group_it_backs(extract):
    events = extract("Iran-backed Houthi rebels attacked a tanker in the Red Sea.")
    assault = [e for e in events if e.type == "ASSAULT"]
    assert assault and {a.country for a in assault[0].source} == {"YE"}


@pytest.mark.parametrize("text", [
    "Chile and Peru reached a ceasefire on Monday, mediated by Brazil.",
    "Chile and Peru agreed to a ceasefire brokered by Brazil and Argentina.",
    "Chile and Peru signed a Brazil-brokered peace deal on Monday.",
])
def test_a_go_between_is_no_party_of_the_deal(extract, text):
    agreed = [e for e in extract(text) if e.type in ("AGREE", "SUPPORT") and e.trigger != "brokered"]
    assert agreed and all(not {a.country for a in e.source + e.target} & {"BR", "AR"} for e in agreed)
    assert {a.country for e in agreed for a in e.source + e.target} == {"CL", "PE"}


def test_aid_to_be_sent_to_a_country(extract):
    events = extract("The chancellor announced an additional $500 million in German military aid "
                     "to be sent to Moldova.")
    aid = [e for e in events if e.type == "AID"]
    assert aid and {a.country for a in aid[0].target} == {"MD"}
    assert "DE" in {a.country for a in aid[0].source}


def test_subject_parsed_into_a_leading_participle_clause(extract):
    events = extract("Russia, apparently making good on its warning to respond if Finland joined the alliance, "
                     "launched naval drills near Finland on Friday.")
    assert ({"RU"}, {"FI"}) in sides(events, "MOBILIZE")


def test_target_named_by_the_occasion(extract):
    events = extract("Sudan's army seized power on Monday in a coup against the government of Abdalla Hamdok.")
    coerce = [e for e in events if e.type == "COERCE"]
    assert coerce and any(a.name == "Abdalla Hamdok" or a.country == "SD" for a in coerce[0].target)


def test_a_third_party_acts_on_those_it_brings_together(extract):
    events = extract("Qatar launched a new mediation effort between Ethiopia and Eritrea on Saturday.")
    consult = [e for e in events if e.type == "CONSULT"]
    assert consult and {a.country for a in consult[0].source} == {"QA"}
    assert {a.country for a in consult[0].target} == {"ET", "ER"}
    events = extract("Talks between Ethiopia and Eritrea began in Doha.")
    consult = [e for e in events if e.type == "CONSULT"]
    assert consult and {a.country for a in consult[0].source + consult[0].target} == {"ET", "ER"}


def test_protest_outside_an_embassy_is_against_its_country(extract):
    events = extract("About two hundred protesters gathered outside the Russian embassy in Warsaw on Sunday.")
    assert any(e.type == "PROTEST" and "RU" in {a.country for a in e.target} for e in events)


def test_protestors_spelled_with_or_are_civilians(extract):
    # force used by civilians is a protest, whichever way the paper spells them
    events = extract("Thousands of protestors besieged the Russian embassy in Warsaw on Sunday.")
    assert [e.type for e in events] == ["PROTEST"]


@pytest.mark.parametrize("text, kind, want", [
    # a thing with a country word stands for that country ("Philippine vessels")
    ("Chinese coast guard ships rammed two Philippine vessels near the shoal on Sunday.", "ASSAULT", ({"CN"}, {"PH"})),
    ("Israel formally recognized Moroccan sovereignty over the territory.", "SUPPORT", ({"IL"}, {"MA"})),
    ("Moscow ordered its soldiers on Friday to leave the Syrian town of Palmyra.", "RETREAT", ({"RU"}, {"SY"})),
])
def test_country_words_on_things_name_the_target(extract, text, kind, want):
    assert want in sides(extract(text), kind)


def test_order_to_soldiers_is_no_order_to_the_place_they_leave(extract):
    # the object (the soldiers) is whom the order is to; the town is no party to it
    events = extract("Moscow ordered its soldiers on Friday to leave the Syrian town of Palmyra.")
    assert all("SY" not in target for _, target in sides(events, "REQUEST"))


def test_members_of_a_group_from_named_countries(extract):
    # "including (those) from X" says whose the ambassadors are; "issues including X" does not
    for text in ("Brazil ordered its foreign ministry to expel five envoys, including from Chile and Peru.",
                 "Brazil ordered its foreign ministry to expel five envoys, including those from Chile and Peru."):
        assert any({"CL", "PE"} <= t for _, t in sides(extract(text), "SANCTION")), text


def test_ultimatum_for_a_party_to_act_is_put_to_it(extract):
    events = extract("The African Union issued a two-week ultimatum for the Malian government to hold elections.")
    assert any("ML" in t for _, t in sides(events, "THREATEN"))
    events = extract("The mayor repeated his plea for Germany to send more tanks.")
    assert any("DE" in t for _, t in sides(events, "REQUEST"))


def test_plea_for_things_names_no_target(extract):
    events = extract("The mayor repeated his plea for more tanks to defend the city.")
    assert all(not t for _, t in sides(events, "REQUEST"))


def test_show_of_force_in_the_waters_around_a_country(extract):
    events = extract("China began naval drills in the waters around the Philippines.")
    assert ({"CN"}, {"PH"}) in sides(events, "MOBILIZE")
    events = extract("Russia began live-fire exercises in the sea surrounding Japan on Monday.")
    assert ({"RU"}, {"JP"}) in sides(events, "MOBILIZE")
    # an area named for itself: no target
    events = extract("Russia began live-fire exercises in the Barents Sea on Monday.")
    assert all(not t for _, t in sides(events, "MOBILIZE"))


def test_expelled_from_a_state_in_the_passive(extract):
    # the land left is the expelling state's, not whom it acts on
    events = extract("Two Venezuelan diplomats were expelled from Chile on Monday.")
    assert ({"CL"}, {"VE"}) in sides(events, "SANCTION")
    events = extract("Peru's envoy was expelled from Caracas on Monday.")
    assert any("VE" in s and "PE" in t for s, t in sides(events, "SANCTION"))


def test_act_in_an_if_clause_is_no_event(extract):
    # the meeting is only the condition of the threat: it did not happen
    events = extract("Egypt warned it would cut ties with Ghana if the Ghanaian president met rebel leaders in Accra.")
    assert not [e for e in events if e.type == "CONSULT"]
    assert ({"EG"}, {"GH"}) in sides(events, "THREATEN") or ({"EG"}, {"GH"}) in sides(events, "SANCTION")


def test_if_clause_leaves_the_main_act(extract):
    events = extract("Norway will expel the Belgian ambassador if Belgium arrests Norwegian sailors again.")
    assert not [e for e in events if e.type == "COERCE"]
    assert [e for e in events if e.type in ("SANCTION", "THREATEN")]


def test_thousands_of_a_demonym_are_a_crowd_not_the_state(extract):
    events = extract("Hundreds of Pakistanis besieged the French consulate in Karachi on Sunday.")
    besieged = [e for e in events if e.trigger.startswith("besieged")]
    assert besieged and besieged[0].type == "PROTEST"  # civilians' obstruction (CAMEO 144)
    assert [(a.country, a.sector) for a in besieged[0].source] == [("PK", "civilian")]
    events = extract("Pakistan besieged the town on Sunday.")
    assert all(a.kind == "country" for e in events for a in e.source)


def test_a_weapon_after_with_is_no_target(extract):
    # the drones are what the attack was made with, not whom it struck
    for text in ("Ukraine attacked Crimea with drones on Sunday.",
                 "Russia attacked Odesa with missiles and drones on Sunday.",
                 "Russia launched an attack on Kyiv with drones on Sunday."):
        attacks = [e for e in extract(text) if e.type == "ASSAULT"]
        assert attacks, text
        assert all("drone" not in a.name.lower() for e in attacks for a in e.target), text
    assert ({"RU"}, {"UA"}) in sides(extract("Russia attacked Ukraine with missiles and drones."), "ASSAULT")


def test_a_medium_that_announces_an_act_did_not_do_it(extract):
    # the television and whose it is tell of the killing; they are not said to have killed
    for text in ("Hezbollah's Al-Manar television announced the killing of an Israeli soldier.",
                 "The Iraqi government's television announced the killing of Abu Bakr al-Baghdadi.",
                 "Iraqi state television Al Iraqiya announced the killing of Abu Bakr al-Baghdadi."):
        assert not [a for e in extract(text) if e.type == "ASSAULT" for a in e.source], text
    # a state that announces its own act still does it
    assert ({"IR"}, {"GB"}) in sides(extract("Iran announced sanctions on Britain."), "SANCTION")
