"""Event mention extraction on sentences written for these tests.

Actor mentions are given by hand (as the resolver would give them), so that the tests
check event structure: trigger, type, roles, modality, occasion.
"""

from __future__ import annotations

import textwrap

import pytest
from hand_mentions import country, events_with, group, official

from dateline.extract.event_lexicon import PLOVER_TYPES, SKIP, load_lexicon
from dateline.extract.events import plover_coding
from dateline.records import ActorRef

LAVROV = official("sergey-lavrov", "Sergey Lavrov", "RU")
WANG = official("wang-yi", "Wang Yi", "CN")
PUTIN = official("vladimir-putin", "Vladimir Putin", "RU")
ERDOGAN = official("recep-erdogan", "Recep Tayyip Erdogan", "TR")
ACTORS = {
    "Sergey Lavrov": LAVROV, "Lavrov": LAVROV, "Wang Yi": WANG, "Wang": WANG,
    "Putin": PUTIN, "Erdogan": ERDOGAN,
    "China": country("CN", "China"), "Russia": country("RU", "Russia"),
    "Iran": country("IR", "Iran"), "Israel": country("IL", "Israel"),
    "The United States": country("US", "United States"),
    "the United States": country("US", "United States"),
    "France": country("FR", "France"), "Ukraine": country("UA", "Ukraine"),
    "Zimbabwe": country("ZW", "Zimbabwe"), "Syria": country("SY", "Syria"),
    "Serbia": country("RS", "Serbia"), "Montenegro": country("ME", "Montenegro"),
    "Japan": country("JP", "Japan"), "Turkey": country("TR", "Turkey"),
    "Germany": country("DE", "Germany"), "Bangladesh": country("BD", "Bangladesh"),
    "Indian": country("IN", "India"), "Lithuania": country("LT", "Lithuania"),
    "South Korea": country("KR", "South Korea"), "Gaza": country("PS", "Palestine"),
    "Burundian": group("burundian", "Burundians", "BI"),
    "Congolese": group("congolese", "Congolese", "CD"),
    "Serbian": group("serbian", "Serbians", "RS"),
    "Navalny": official("alexei-navalny", "Alexei Navalny", "RU"),
}


def run(nlp, text: str, extra: dict[str, list[ActorRef]] | None = None):
    """Events of ``text`` with mentions for every known actor name found in it."""
    return events_with(nlp, text, {**ACTORS, **(extra or {})})


def ids(actors: list[ActorRef]) -> set[str]:
    return {a.id for a in actors}


# --------------------------------------------------------------------------- meetings


def test_joint_subject_meeting_with_occasion(nlp):
    events = run(nlp, "Russian Foreign Minister Sergey Lavrov and his Chinese counterpart "
                 "Wang Yi met on the sidelines of the ASEAN foreign ministers' meeting in "
                 "Manila on Sunday.")
    consult = [e for e in events if e.type == "CONSULT"]
    assert len(consult) == 1  # the ASEAN meeting is the occasion, not a second meeting
    meeting = consult[0]
    assert meeting.trigger == "met"
    assert ids(meeting.participants) == {"sergey-lavrov", "wang-yi"}
    assert meeting.occasion == "on the sidelines of the ASEAN foreign ministers' meeting"
    assert meeting.modality == "asserted" and meeting.status == "past"
    assert meeting.start == 0 and meeting.text.endswith("Sunday.")


def test_a_handshake_is_a_meeting_and_other_shaking_is_not(nlp):
    [joint] = run(nlp, "Lavrov and Wang Yi shook hands on Monday in Vientiane.")
    assert joint.type == "CONSULT" and ids(joint.participants) == {"sergey-lavrov", "wang-yi"}
    [one] = run(nlp, "Putin shook hands with Erdogan in front of the cameras.")
    assert one.type == "CONSULT" and ids(one.participants) == {"vladimir-putin", "recep-erdogan"}
    assert not [e for e in run(nlp, "The crisis shook Putin's government.") if e.type == "CONSULT"]
    assert not [e for e in run(nlp, "Erdogan shook up his cabinet on Monday.") if e.type == "CONSULT"]


def test_occasion_leaves_out_the_place(nlp):
    [event] = run(nlp, "Putin and Erdogan held a meeting at the BRICS summit in Kazan.")
    assert event.occasion == "at the BRICS summit"
    [event] = run(nlp, "Lavrov met Wang Yi on the margins of the UN General Assembly in "
                  "New York.")
    assert event.occasion == "on the margins of the UN General Assembly"


def test_met_gives_source_and_target(nlp):
    [event] = run(nlp, "Lavrov met Wang Yi in Beijing on Monday.")
    assert event.type == "CONSULT" and event.cameo == "040"
    assert ids(event.source) == {"sergey-lavrov"} and ids(event.target) == {"wang-yi"}


def test_held_talks_with(nlp):
    [event] = run(nlp, "Lavrov held talks with Wang Yi in Moscow.")
    assert event.type == "CONSULT"
    assert event.trigger == "held talks"
    assert ids(event.source) == {"sergey-lavrov"} and ids(event.target) == {"wang-yi"}


def test_two_ministers_share_one_span(nlp):
    events = run(nlp, "The two ministers held a meeting in Manila.",
                 extra={"The two ministers": [LAVROV, WANG]})
    [event] = events
    assert event.type == "CONSULT"
    assert ids(event.source) | ids(event.target) == {"sergey-lavrov", "wang-yi"}
    assert ids(event.source) == {"sergey-lavrov"}  # a joint act is coded source -> target


def test_planned_visit_to_country(nlp):
    [event] = run(nlp, "Lavrov will visit China next week.")
    assert event.type == "CONSULT" and event.mode == "visit"
    assert event.modality == "planned" and event.status == "planned"
    assert ids(event.target) == {"country:CN"}
    assert plover_coding(event) == "AGREE"


def test_visit_noun_with_place_gives_country_target(nlp):
    events = run(nlp, "During his visit to Moscow, Wang Yi praised the partnership.")
    visit = next(e for e in events if e.type == "CONSULT")
    assert ids(visit.source) == {"wang-yi"}
    assert ids(visit.target) == {"country:RU"}


def test_meeting_noun_in_participle_clause(nlp):
    events = run(nlp, "Speaking prior to a meeting with Wang Yi, Lavrov said the ties were "
                 "strong.")
    [event] = [e for e in events if e.type == "CONSULT"]
    assert ids(event.source) == {"sergey-lavrov"} and ids(event.target) == {"wang-yi"}


def test_relative_clause_meeting(nlp):
    events = run(nlp, "Lavrov, who met Wang Yi on Monday, later flew home.")
    [event] = [e for e in events if e.type == "CONSULT"]
    assert ids(event.source) == {"sergey-lavrov"} and ids(event.target) == {"wang-yi"}


def test_phone_call(nlp):
    [event] = run(nlp, "Putin held a phone call with Erdogan on Tuesday.")
    assert event.type == "CONSULT" and event.mode == "phone"
    assert ids(event.source) == {"vladimir-putin"} and ids(event.target) == {"recep-erdogan"}


def test_agreed_to_meet_gives_agreement_then_planned_meeting(nlp):
    events = run(nlp, "Japan and South Korea agreed to hold talks next month.")
    assert [e.type for e in events] == ["AGREE", "CONSULT"]
    assert events[1].modality == "planned"
    assert ids(events[0].source) == {"country:JP"} and ids(events[0].target) == {"country:KR"}


def test_passive_reception(nlp):
    [event] = run(nlp, "Lavrov was received by Wang Yi in Beijing.")
    assert event.type == "CONSULT"
    assert ids(event.source) == {"wang-yi"} and ids(event.target) == {"sergey-lavrov"}


def test_phone_call_framing_a_discussion_is_one_event(nlp):
    [event] = run(nlp, "In a phone call, Putin and Erdogan discussed the grain deal.")
    assert event.type == "CONSULT" and event.trigger == "discussed"
    assert event.mode == "phone"
    assert ids(event.source) == {"vladimir-putin"} and ids(event.target) == {"recep-erdogan"}


def test_hosted_talks_between_two_parties(nlp):
    [event] = run(nlp, "Turkey hosted peace talks between Russia and Ukraine in Istanbul.")
    assert event.type == "CONSULT" and event.trigger == "hosted"
    assert ids(event.source) == {"country:TR"}
    assert ids(event.target) == {"country:RU", "country:UA"}


def test_vow_to_fight_is_a_threat(nlp):
    events = run(nlp, "Israel vowed to attack Iran.")
    assert events[0].type == "THREATEN"
    assert next(e for e in events if e.type == "ASSAULT").modality == "planned"


@pytest.mark.parametrize("text", [
    "The meeting room was large.",
    "China's economy met expectations last year.",
    "Officials in China discussed the meeting schedule.",
    "The summit of the mountain is covered in snow.",
    "Prices rose sharply in Russia.",
    "China will host the 2030 Asian Games.",
    "A spokesman for Russia declined to comment.",
    "Putin's approval ratings rose after the summit.",
    "Lavrov's schedule includes meetings.",
    "Russia's proposal met with criticism.",
    "Putin visited a hospital on Sunday.",
])
def test_sentences_without_events(nlp, text):
    assert run(nlp, text) == []


# --------------------------------------------------------------------------- other types


def test_sanction_target_is_object_of_on(nlp):
    [event] = run(nlp, "The United States imposed sanctions on Iran.")
    assert event.type == "SANCTION" and event.trigger == "imposed sanctions"
    assert ids(event.source) == {"country:US"} and ids(event.target) == {"country:IR"}


def test_accuse(nlp):
    [event] = run(nlp, "Zimbabwe accused the United States of interfering in its elections.")
    assert event.type == "ACCUSE" and event.mode == "allege"
    assert ids(event.source) == {"country:ZW"} and ids(event.target) == {"country:US"}


def test_urged_to_withdraw_is_one_request_for_a_retreat(nlp):
    [event] = run(nlp, "France urged Russia to withdraw its troops from Ukraine.")
    assert event.type == "REQUEST" and event.cameo == "105"  # demand that target yields
    assert ids(event.source) == {"country:FR"} and ids(event.target) == {"country:RU"}
    assert plover_coding(event) == "REQUEST"


def test_threat_to_cut_ties(nlp):
    events = run(nlp, "Russia threatened to cut ties with Lithuania.")
    assert events[0].type == "THREATEN"
    assert ids(events[0].source) == {"country:RU"}
    assert ids(events[0].target) == {"country:LT"}
    sanction = next(e for e in events if e.type == "SANCTION")
    assert sanction.modality == "hypothetical"


def test_negated_acceptance_is_coded_reject(nlp):
    [event] = run(nlp, "Syria will not accept more refugees.")
    assert event.type == "REJECT" and event.modality == "asserted"
    assert plover_coding(event) == "REJECT"


def test_neither_nor_is_a_refusal(nlp):
    [event] = run(nlp, "Serbia neither accepts nor recognises the verdict.")
    assert event.type == "REJECT" and ids(event.source) == {"country:RS"}


def test_refusal_verb_takes_the_refused_act(nlp):
    # one REJECT, with the refused meeting as its mode, not a second negated event
    [event] = run(nlp, "Serbia declined to meet Montenegro.")
    assert event.type == "REJECT" and event.cameo == "125" and event.mode == "meet"
    assert ids(event.source) == {"country:RS"} and ids(event.target) == {"country:ME"}


def test_past_non_occurrence_is_no_refusal(nlp):
    # PLOVER's negation context: nothing happened, nobody refused
    [event] = run(nlp, "Lavrov and Wang did not have a substantive conversation.")
    assert event.type == "CONSULT" and event.modality == "negated"


def test_negated_future_meeting_is_a_refusal(nlp):
    [event] = run(nlp, "Putin will not meet Erdogan.")
    assert event.type == "REJECT" and event.mode == "meet"


def test_negated_aid_is_rejected_assistance(nlp):
    [event] = run(nlp, "Japan will not send aid to Syria.")
    assert event.type == "REJECT" and event.mode == "assist"
    assert ids(event.target) == {"country:SY"}


def test_negated_attack(nlp):
    [event] = run(nlp, "Israel did not attack Gaza on Friday.")
    assert event.type == "ASSAULT" and event.modality == "negated"


def test_passive_attack_roles(nlp):
    [event] = run(nlp, "Congolese refugees were attacked by Burundian militiamen.")
    assert event.type == "ASSAULT"
    assert ids(event.source) == {"burundian"} and ids(event.target) == {"congolese"}


def test_attack_noun_fills_in_the_passive_verb(nlp):
    [event] = run(nlp, "Five Congolese soldiers were killed in an ambush by Burundian rebels.")
    assert event.type == "ASSAULT" and event.trigger == "killed"
    assert ids(event.source) == {"burundian"} and ids(event.target) == {"congolese"}


def test_set_to_host_is_planned(nlp):
    [event] = run(nlp, "China is set to host Lavrov next week.")
    assert event.type == "CONSULT" and event.modality == "planned"
    assert ids(event.source) == {"country:CN"} and ids(event.target) == {"sergey-lavrov"}


@pytest.mark.parametrize("text,kind,source,target", [
    ("Serbian workers protested in Belgrade on Monday.", "PROTEST", "serbian", None),
    ("Police in Russia arrested Navalny on Sunday.", "COERCE", "country:RU", "alexei-navalny"),
    ("Japan provided humanitarian aid to Turkey.", "AID", "country:JP", "country:TR"),
    ("Serbia lifted the curfew in Montenegro.", "CONCEDE", "country:RS", "country:ME"),
    ("Russia deployed troops to the border with Ukraine.", "MOBILIZE", "country:RU", None),
    ("Bangladesh rejected an Indian proposal.", "REJECT", "country:BD", "country:IN"),
    ("Germany praised the agreement with Turkey.", "SUPPORT", "country:DE", "country:TR"),
    ("Israel shared intelligence with the United States.", "COOPERATE", "country:IL",
     "country:US"),
    ("Russia released two Ukraine soldiers.", "RETREAT", "country:RU", "country:UA"),
    ("Iran agreed to the proposal.", "AGREE", "country:IR", None),
    ("France condemned the attack on Israel.", "ACCUSE", "country:FR", "country:IL"),
    ("Russia shelled the city in Ukraine.", "ASSAULT", "country:RU", None),
])
def test_typical_phrasing(nlp, text, kind, source, target):
    events = run(nlp, text)
    assert events, text
    first = events[0]
    assert first.type == kind
    assert first.cameo is not None
    if source:
        assert source in ids(first.source)
    if target:
        assert target in ids(first.target)


def test_event_ids_are_stable_and_distinct(nlp):
    first = run(nlp, "France urged Russia to withdraw its troops from Ukraine.")
    second = run(nlp, "France urged Russia to withdraw its troops from Ukraine.")
    assert [e.id for e in first] == [e.id for e in second]
    assert len({e.id for e in first}) == len(first)


def test_repeated_trigger_words_get_distinct_ids(nlp):
    events = run(nlp, "Lavrov met Wang Yi in the morning and met Putin in the evening.")
    assert [e.type for e in events] == ["CONSULT", "CONSULT"]
    assert len({e.id for e in events}) == 2


def test_offsets_point_at_the_sentence(nlp):
    text = "Prices rose. Lavrov met Wang Yi in Beijing."
    [event] = run(nlp, text)
    assert text[event.start:event.end] == event.text == "Lavrov met Wang Yi in Beijing."


# --------------------------------------------------------------------------- lexicon


def test_lexicon_entries_are_valid():
    lex = load_lexicon()
    assert len(lex.verbs) > 200 and len(lex.nouns) > 80
    for entries in [*lex.verbs.values(), *lex.nouns.values()]:
        for entry in entries:
            assert entry.type in PLOVER_TYPES or entry.type == SKIP
            if entry.cameo:
                assert entry.cameo in lex.cameo, (entry.lemma, entry.cameo)
    # YAML must not read "on" as True
    assert any("on" in entry.particle for entry in lex.verbs["call"])


def test_malformed_lexicon_names_the_entry(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_text(textwrap.dedent("""
        verbs:
          parley:
            - {type: CHAT, cameo: "040"}
    """))
    with pytest.raises(ValueError, match="parley.*CHAT"):
        load_lexicon(path)


def test_unnamed_groups_stand_in_for_actors(nlp):
    [protest] = run(nlp, "Thousands of farmers blocked roads in France.")
    assert protest.type == "PROTEST"
    assert [(a.id, a.kind, a.sector) for a in protest.source] == [
        ("provisional:farmer", "group", "civilian")]
    assault = run(nlp, "Gunmen kidnapped 50 students in Nigeria.")[0]
    assert assault.type == "ASSAULT"
    assert ids(assault.source) == {"provisional:gunman"}
    assert ids(assault.target) == {"provisional:student"}


def test_unnamed_officials_do_not_make_a_meeting(nlp):
    assert run(nlp, "Officials met on Tuesday.") == []


def test_demanded_act_is_the_requests_content(nlp):
    # one REQUEST whose mode is what is asked for, not a second "release" event
    [event] = run(nlp, "France called for the release of Navalny.")
    assert event.type == "REQUEST" and event.cameo == "105" and event.mode == "change"
    assert ids(event.source) == {"country:FR"}


def test_order_to_own_troops_keeps_the_ordered_act(nlp):
    events = run(nlp, "Putin ordered Russia's troops to withdraw from Ukraine.")
    assert "RETREAT" in {e.type for e in events}


def test_order_to_unqualified_troops_is_an_order_to_ones_own(nlp):
    events = run(nlp, "Putin ordered troops to withdraw from Ukraine.")
    retreat = [e for e in events if e.type == "RETREAT"]
    assert retreat and ids(retreat[0].source) == {"vladimir-putin"}
    urged = run(nlp, "Erdogan urged Russia to withdraw from Ukraine.")
    assert {e.type for e in urged} == {"REQUEST"}


def test_demanded_hostile_act_stays_its_own_event(nlp):
    events = run(nlp, "France called for sanctions on Russia.")
    assert {e.type for e in events} == {"REQUEST", "SANCTION"}


@pytest.mark.parametrize("text", [
    "France called the sanctions a mistake.",
    "Japan called the drills a provocation.",
])
def test_judging_a_thing_is_not_doing_it(nlp, text):
    assert not [e for e in run(nlp, text) if e.type in ("SANCTION", "MOBILIZE")]


@pytest.mark.parametrize("text", [
    "China held military drills around Japan.",
    "China launched military exercises near Japan.",
])
def test_show_of_force_targets_whom_it_surrounds(nlp, text):
    [event] = run(nlp, text)
    assert event.type == "MOBILIZE"
    assert ids(event.source) == {"country:CN"} and ids(event.target) == {"country:JP"}


# --------------------------------------------------------------------------- acts told as cause or aim


@pytest.mark.parametrize("text, kept, gone", [
    ("Germany expelled two Russian diplomats after Russia attacked Ukraine.", "SANCTION", "ASSAULT"),
    ("France expelled the Syrian ambassador in response to the massacre of civilians by Syria.",
     "SANCTION", "ASSAULT"),
    ("Turkey cut ties with Israel because of its attacks on Gaza.", "SANCTION", "ASSAULT"),
    ("Israel broke relations with Turkey in protest against the attack by Iran on Israel.",
     "SANCTION", "ASSAULT"),
    ("Russia and Ukraine signed a deal to resume grain shipments.", "SUPPORT", "AID"),
    # the aim hangs on the agreement the signing verb covers
    ("Russia and Ukraine signed an agreement on Tuesday to end the fighting in Syria.", "SUPPORT", "ASSAULT"),
    ("Putin flew to Ankara to deepen cooperation with Turkey.", "CONSULT", "COOPERATE"),
])
def test_act_told_as_cause_or_aim_is_no_event(nlp, text, kept, gone):
    types = [e.type for e in run(nlp, text)]
    assert kept in types
    assert gone not in types
    assert "PROTEST" not in types  # "in protest against": the motive, no protest


@pytest.mark.parametrize("text", [
    "Putin met Erdogan after he touched down in Ankara on Monday to deepen cooperation with Turkey.",
    "Putin met Erdogan, who had gone to Sochi to pressure Russia over Syria.",
    "Lavrov met Wang Yi as China led efforts to pressure Ukraine over the deal.",
])
def test_aim_of_a_move_that_is_no_act_is_no_event(nlp, text):
    # what the trip or the effort was for is not told as done, beside the act told
    assert {e.type for e in run(nlp, text)} == {"CONSULT"}


@pytest.mark.parametrize("text, kept, gone", [
    # the cause hangs on a verb that is no act; the sentence reports the cut ties
    ("Germany stepped up pressure on Russia after the attack on Ukraine by Russia, cutting ties with Moscow.",
     "SANCTION", "ASSAULT"),
    ("After Russia attacked Ukraine, tensions rose and Germany cut ties with Russia.", "SANCTION", "ASSAULT"),
])
def test_cause_of_what_no_act_governs_is_no_event_beside_an_act(nlp, text, kept, gone):
    types = [e.type for e in run(nlp, text)]
    assert kept in types
    assert gone not in types


def test_a_cause_alone_is_the_event_of_its_sentence(nlp):
    # nothing else reported: the attack is what the sentence tells
    assert "ASSAULT" in {e.type for e in run(nlp, "Tensions rose after Russia attacked Ukraine.")}


def test_an_aim_alone_is_the_event_of_its_sentence(nlp):
    # "went to Ankara to pressure Turkey" with nothing else: PLOVER codes the aim
    assert "REQUEST" in {e.type for e in run(nlp, "Putin went to Ankara to pressure Turkey over Syria.")}


def test_meeting_a_trip_is_made_for_stays(nlp):
    assert "CONSULT" in {e.type for e in run(nlp, "Putin arrived in Ankara to meet Erdogan.")}


@pytest.mark.parametrize("text, types", [
    # a meeting an act follows is where it was done, part of the story
    ("Russia attacked Ukraine after the talks between Putin and Erdogan.", {"ASSAULT", "CONSULT"}),
    # an earlier step between the same parties
    ("Russia and Ukraine signed a deal after Russia attacked Ukraine.", {"SUPPORT", "ASSAULT"}),
    # an act of the same type
    ("Putin met Erdogan after attending the summit.", {"CONSULT"}),
])
def test_act_before_another_of_one_story_stays(nlp, text, types):
    assert {e.type for e in run(nlp, text)} == types


@pytest.mark.parametrize("text", [
    "This will be the first visit by Putin to Turkey since 2019.",
    "It was the first meeting between Putin and Erdogan in two years.",
])
def test_act_named_only_to_say_what_it_was_is_no_event(nlp, text):
    assert run(nlp, text) == []


def test_act_told_before_its_restatement_stays(nlp):
    events = run(nlp, "Putin met Erdogan in Ankara. It was the first meeting between Putin and Erdogan since 2019.")
    assert [e.trigger for e in events] == ["met"]


@pytest.mark.parametrize("text, kept, gone", [
    ("Putin held talks with Erdogan on ending the attacks on Ukraine.", "CONSULT", "ASSAULT"),
    ("Russia and Turkey held talks on fighting in Syria.", "CONSULT", "ASSAULT"),
    ("Putin and Erdogan held talks on the invasion of Ukraine by Russia.", "CONSULT", "ASSAULT"),
])
def test_act_told_as_the_topic_of_another_is_no_event(nlp, text, kept, gone):
    types = [e.type for e in run(nlp, text)]
    assert kept in types
    assert gone not in types


def test_act_below_a_topic_phrase_stays(nlp):
    types = {e.type for e in run(nlp, "Putin praised efforts toward peace during a visit by Erdogan to Russia.")}
    assert "CONSULT" in types


def test_someone_elses_visit_before_an_act_is_background(nlp):
    types = [e.type for e in run(nlp, "China staged military drills around Japan after a visit by Erdogan to Japan.")]
    assert types == ["MOBILIZE"]


# --------------------------------------------------------------------------- acts that describe an actor


@pytest.mark.parametrize("text, gone", [
    ("France struck the rebels backed by Iran.", "SUPPORT"),
    ("Turkey expelled the diplomats stationed in Ankara by Russia.", "MOBILIZE"),
])
def test_participle_describing_an_actor_is_no_event(nlp, text, gone):
    assert gone not in {e.type for e in run(nlp, text)}


# --------------------------------------------------------------------------- a meeting told again


@pytest.mark.parametrize("text", [
    "Putin held talks with Erdogan in Ankara on Monday. During the meeting, Putin told reporters ties were strong.",
    "Putin will visit Turkey on Monday. Putin's two-day trip comes at the invitation of the government.",
])
def test_meeting_named_by_a_definite_noun_takes_the_parties_told_before(nlp, text):
    first, again = run(nlp, text)
    assert again.source == first.source and again.target == first.target
    assert again.completed_by == first.id
    assert (again.modality, again.status) == (first.modality, first.status)


def test_meeting_named_afresh_is_not_taken_for_one_told_before(nlp):
    # "a meeting" may be another of a traveller's meetings
    events = run(nlp, "Putin held talks with Erdogan on Monday. Putin said he would hold a meeting on Friday.")
    assert all(e.completed_by is None for e in events)


def test_meeting_of_someone_named_by_a_pronoun_is_not_taken_for_one_told_before(nlp):
    # "his visits" may be anyone's, not the parties' of the meeting told before
    events = run(nlp, "Turkey held talks with Russia in Moscow on Monday. Wang Yi said his two visits to Russia were useful.")
    assert all(e.completed_by is None for e in events)
