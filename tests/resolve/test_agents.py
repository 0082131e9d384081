"""Groups, honorifics, fragments and organisations: sentences written for these tests,
one or more per failure class of the actor resolver."""

from __future__ import annotations

import pytest

from dateline.records import Article
from dateline.resolve.actors import resolve_actors


def actors(nlp, kb, text: str) -> dict[str, tuple]:
    article = Article(id="t", source="test", original=text, body=text, published="2024-05-01")
    return {m.text: (m.actor.id, m.actor.country, m.actor.sector)
            for m in resolve_actors(nlp(text), article, kb)}


# --- a nationality and a role noun: that country's sector


@pytest.mark.parametrize("text, phrase, country, sector", [
    ("Kenyan police fired tear gas on Tuesday.", "Kenyan police", "KE", "police"),
    ("Thousands of Georgian protesters marched on parliament.", "Georgian protesters", "GE", "civilian"),
    ("The Sudanese army shelled the town.", "The Sudanese army", "SD", "military"),
    ("The Russian foreign ministry summoned the envoy.", "The Russian foreign ministry", "RU", "government"),
    ("Israeli troops entered the village.", "Israeli troops", "IL", "military"),
    ("The Chinese coast guard blocked a supply boat.", "The Chinese coast guard", "CN", "military"),
    ("French diplomats left the capital.", "French diplomats", "FR", "government"),
    ("Colombian rebels freed two hostages.", "Colombian rebels", "CO", "rebel"),
    ("Nigerian students boycotted classes.", "Nigerian students", "NG", "civilian"),
    ("Turkish journalists were detained.", "Turkish journalists", "TR", "media"),
])
def test_nationality_and_role_noun_is_a_sector(nlp, kb, text, phrase, country, sector):
    found = actors(nlp, kb, text)
    assert found[phrase][1:] == (country, sector)


def test_group_noun_takes_the_place_it_names(nlp, kb):
    found = actors(nlp, kb, "Rebels in Mali attacked an army base on Sunday.")
    assert found["Rebels"][1:] == ("ML", "rebel")


def test_bare_group_takes_the_sentence_place(nlp, kb):
    found = actors(nlp, kb, "Police arrested dozens of protesters in Nairobi on Monday.")
    assert found["Police"][1:] == ("KE", "police")
    assert found["protesters"][1:] == ("KE", "civilian")


def test_bare_group_takes_the_dateline_country(nlp, kb):
    found = actors(nlp, kb, "TBILISI (Reuters) - Police detained protesters outside parliament.")
    assert found["Police"][1:] == ("GE", "police")


def test_bare_group_without_context_keeps_only_its_sector(nlp, kb):
    found = actors(nlp, kb, "The opposition rejected the election results.")
    assert found["The opposition"] == ("group:-:opposition", None, "opposition")


def test_places_that_disagree_give_no_country(nlp, kb):
    found = actors(nlp, kb, "Protesters marched in Paris and in Berlin on Saturday.")
    assert found["Protesters"][1] is None


def test_soldiers_never_take_the_place_country(nlp, kb):
    """Soldiers in a place are as often foreign as local."""
    found = actors(nlp, kb, "Soldiers shelled villages in Ukraine on Friday.")
    assert found.get("Soldiers", (None, None, "military"))[1:] == (None, "military")


# --- honorifics, titles and abbreviations never resolve to countries


@pytest.mark.parametrize("text", [
    "Mr. Kiir met the envoy on Monday.",
    "Police in Atlanta, Ga., arrested a man.",
    "Dr. Tedros spoke to reporters.",
    "Gov. Newsom signed the bill in Sacramento, Calif., on Friday.",
    "The rally in Tallahassee, Fla., drew crowds.",
])
def test_honorifics_and_abbreviations_are_no_countries(nlp, kb, text):
    found = actors(nlp, kb, text)
    bad = {"MR", "GA", "FM", "MD", "ME", "MO", "AL", "MT", "SC", "NC"}
    assert not [t for t, a in found.items() if a[0].startswith("country:") and a[1] in bad]
    assert not [t for t in found if t.rstrip(".") in ("Mr", "Ga", "Dr", "Gov", "Calif", "Fla")]


def test_country_display_names_come_from_iso(kb):
    assert kb.country_ref("MR").name == "Mauritania"
    assert kb.country_ref("GA").name == "Gabon"
    assert kb.lookup("MR") is None or kb.lookup("MR").country != "MR"


# --- fragments are no actors


@pytest.mark.parametrize("text, fragment", [
    ("Dozens of people were killed in Banda Aceh, FM radio reported.", "FM"),
    ("How many people were killed is not known.", "How many people"),
    ("A deadly police raid killed three men.", "police"),
    ("Their supporters blocked the road.", "supporters"),
])
def test_fragments_are_no_actors(nlp, kb, text, fragment):
    assert fragment not in actors(nlp, kb, text)


# --- people unknown to the knowledge base take what the text gives


def test_unknown_person_takes_nationality_and_role(nlp, kb):
    found = actors(nlp, kb, "Kenyan opposition leader Raila Odinga criticised the budget.")
    assert found["Raila Odinga"][1:] == ("KE", "opposition")


# --- armed groups and organisations as whole names


def test_armed_group_before_country_word_inside_it(nlp, kb):
    found = actors(nlp, kb, "The Sudan People's Liberation Army attacked government positions.")
    assert found["Sudan People's Liberation Army"] == ("org:spla", "SS", "rebel")


def test_unknown_liberation_army_is_not_china(nlp, kb):
    found = actors(nlp, kb, "The Congolese People's Liberation Army attacked a village.")
    assert all(a[1] != "CN" for a in found.values())
    assert "Congolese People's Liberation Army" in found
    assert found["Congolese People's Liberation Army"][1] == "CD"


def test_chinese_pla_still_china(nlp, kb):
    found = actors(nlp, kb, "The Chinese People's Liberation Army held drills.")
    assert found["People's Liberation Army"][1:] == ("CN", "military")


def test_group_noun_after_an_armed_group_is_that_group(nlp, kb):
    found = actors(nlp, kb, "Hezbollah guerrillas fired rockets across the border.")
    assert found["Hezbollah guerrillas"] == ("org:hezbollah", "LB", "rebel")


def test_lower_case_particle_names(nlp, kb):
    found = actors(nlp, kb, "Officials said al-Shabaab claimed the attack.")
    assert found["al-Shabaab"] == ("org:al_shabaab", "SO", "rebel")


@pytest.mark.parametrize("name, org_id", [
    ("Houthis", "houthis"), ("Taliban", "taliban"), ("FARC", "farc"), ("ELN", "eln"),
    ("Boko Haram", "boko_haram"), ("PKK", "pkk"), ("Wagner", "wagner"), ("M23", "m23"),
    ("ECOWAS", "ecowas"), ("IAEA", "iaea"), ("Arab League", "arab_league"), ("SADC", "sadc"),
])
def test_armed_groups_and_igos_known(kb, name, org_id):
    assert kb.lookup(name).id == f"org:{org_id}"


def test_unknown_union_named_with_a_country_word(nlp, kb):
    found = actors(nlp, kb, "The Nigerian Union of Teachers called off its strike.")
    assert found["Nigerian Union of Teachers"][1] == "NG"


# --- equipment of a country's forces, spellings, "the Government of X"


@pytest.mark.parametrize("text, phrase, country, sector", [
    ("Greece said a Turkish war plane crossed into its airspace.", "Turkish war plane", "TR", "military"),
    ("Two Syrian warplanes struck the town.", "Two Syrian warplanes", "SY", "military"),
    ("The ultimatum was addressed to the coup plotters in Guinea.", "the coup plotters", "GN", "rebel"),
])
def test_equipment_and_plotters_are_groups(nlp, kb, text, phrase, country, sector):
    assert actors(nlp, kb, text)[phrase][1:] == (country, sector)


def test_ecuadorean_spelling(nlp, kb):
    found = actors(nlp, kb, "Peru expelled the Ecuadorean ambassador on Friday.")
    assert any(v[1] == "EC" for v in found.values())


def test_government_of_a_country_names_it(nlp, kb):
    found = actors(nlp, kb, "In a sharp escalation, the Government of Kenya has recalled its envoy.")
    assert found.get("Kenya", (None, None))[1] == "KE"


def test_a_comma_list_joins_no_qualifiers(nlp, kb):
    found = actors(nlp, kb, "Iran has built new missiles able to reach Israel, Japan's defence ministry said.")
    assert found["Japan's defence ministry"][1] == "JP"
    assert not any(k.startswith("Israel,") for k in found)


def test_nationality_lists_still_join(nlp, kb):
    found = actors(nlp, kb, "Chinese, Russian and Iranian envoys met in Beijing.")
    assert found["Chinese, Russian and Iranian envoys"]


@pytest.mark.parametrize("text, phrase, country", [
    ("Police in Northern Ireland arrested two men.", "Northern Ireland", "GB"),
    ("Troops fired on Kampuchean guerrillas.", "Kampuchean guerrillas", "KH"),
])
def test_more_country_names(nlp, kb, text, phrase, country):
    assert actors(nlp, kb, text)[phrase][1] == country


# --- a former holder of a post is not the post's holder on the article's date


def test_former_title_is_not_todays_holder(nlp, kb):
    found = actors(nlp, kb, "The former French prime minister criticised the budget on Monday.")
    phrase = next(p for p in found if "prime minister" in p)
    assert found[phrase][1] == "FR"
    assert not found[phrase][0].startswith("person:")
    today = actors(nlp, kb, "The French prime minister criticised the budget on Monday.")
    holder = next(p for p in today if "prime minister" in p)
    assert today[holder][0] != found[phrase][0]


def test_former_title_followed_by_a_name_leaves_the_name_to_say_who(nlp, kb):
    found = actors(nlp, kb, "Former Pakistan Prime Minister and party chief Imran Khan was arrested on Tuesday.")
    assert not any("Prime Minister" in p for p in found)
    assert any("Imran Khan" in p for p in found)


# --- a bare group or body in news of one country


def article_actors(nlp, kb, text: str, title: str | None = None) -> dict[str, tuple]:
    article = Article(id="t", source="test", original=text, body=text, published="2024-05-01",
                      title=title)
    return {m.text: (m.actor.id, m.actor.country, m.actor.sector)
            for m in resolve_actors(nlp(text), article, kb)}


def test_body_without_determiner_takes_the_sentence_country(nlp, kb):
    found = article_actors(nlp, kb, "Police in Lusaka said students stormed parliament on Monday.")
    assert found["parliament"][1] == "ZM"


def test_bare_group_takes_the_one_country_the_article_names(nlp, kb):
    text = "Students stormed parliament on Monday. Zambia has seen weeks of unrest."
    found = article_actors(nlp, kb, text)
    assert found["Students"][1] == "ZM"
    assert found["parliament"][1] == "ZM"


def test_bare_group_takes_the_country_the_title_names(nlp, kb):
    found = article_actors(nlp, kb, "Students stormed parliament on Monday.",
                           title="Zambia: unrest spreads to the capital")
    assert found["parliament"][1] == "ZM"


def test_bare_group_stays_without_country_when_the_article_names_two(nlp, kb):
    text = "Students stormed parliament on Monday. Zambia and Malawi have seen weeks of unrest."
    found = article_actors(nlp, kb, text)
    assert found.get("parliament") is None or found["parliament"][1] is None


def test_title_in_title_case_names_no_us(kb):
    from dateline.resolve.surnames import title_countries

    assert title_countries(kb, "Join Us For Talks In Zambia") == {"ZM"}
    assert title_countries(kb, "US And Zambia Sign Deal") == {"US", "ZM"}


# --- a country adjective naming a people, a capital naming a place


def test_country_adjective_after_a_number_names_the_people(nlp, kb):
    found = article_actors(nlp, kb, "Thousands of Dutch marched to the embassy on Sunday.")
    assert found["Dutch"][1] == "NL"


def test_country_adjective_before_a_noun_after_a_number_stays_a_qualifier(nlp, kb):
    found = article_actors(nlp, kb, "Thousands of Chinese workers went on strike.")
    assert "Chinese" not in found and found["Chinese workers"][1] == "CN"


@pytest.mark.parametrize("text, capital", [
    ("At least 100 people died in the Paris attacks.", "Paris"),
    ("She was arrested at a Moscow airport in February.", "Moscow"),
    ("The leaders agreed on it at their Tokyo summit.", "Tokyo"),
])
def test_capital_before_a_plain_noun_is_where(nlp, kb, text, capital):
    assert capital not in article_actors(nlp, kb, text)


@pytest.mark.parametrize("text, capital, country", [
    ("The Moscow government condemned the attack.", "The Moscow government", "RU"),
    ("Washington imposed sanctions on Iran.", "Washington", "US"),
    ("The spokesperson demanded Washington drop charges.", "Washington", "US"),
])
def test_capital_as_a_government_stays_an_actor(nlp, kb, text, capital, country):
    assert article_actors(nlp, kb, text)[capital][1] == country


# --- a person unknown to the knowledge base, holding an office in news of one country


def test_unknown_office_holder_takes_the_one_country_of_the_article(nlp, kb):
    found = article_actors(nlp, kb, "President Obadiah Mwenyenga ordered a curfew in Lusaka.")
    assert found["Obadiah Mwenyenga"][1:] == ("ZM", "government")


def test_unknown_office_holder_stays_without_country_in_news_of_two(nlp, kb):
    found = article_actors(nlp, kb, "President Obadiah Mwenyenga flew from Lusaka to Harare.")
    assert found["Obadiah Mwenyenga"][1] is None


# --- the government and a local role with no country: the country of the act's place


@pytest.mark.parametrize("text, phrase", [
    ("Authorities detained a prominent writer in Hanoi on Sunday.", "Authorities"),
    ("Authorities in Hanoi detained a prominent writer on Sunday.", "Authorities"),
])
def test_authorities_without_determiner_take_the_place_country(nlp, kb, text, phrase):
    found = actors(nlp, kb, text)
    assert found[phrase][1:] == ("VN", "government")


def test_authorities_where_places_disagree_take_no_country(nlp, kb):
    found = actors(nlp, kb, "Authorities detained a writer who had travelled from Hanoi to Bangkok.")
    assert found.get("Authorities", (None, None, None))[1] is None


def test_government_modifying_a_noun_is_not_the_government(nlp, kb):
    found = actors(nlp, kb, "Government troops shelled villages in Ukraine on Friday.")
    assert found.get("Government", (None, None, None))[1] is None


def test_opposition_leader_named_before_no_one_is_the_local_one(nlp, kb):
    found = actors(nlp, kb, "Police detained the opposition leader at his home in Lusaka.")
    assert found["the opposition leader"][1:] == ("ZM", "opposition")


def test_opposition_leader_without_a_place_keeps_no_country(nlp, kb):
    found = actors(nlp, kb, "Police detained the opposition leader at his home.")
    assert found.get("the opposition leader", (None, None, None))[1] is None


@pytest.mark.parametrize("text, phrase, country", [
    ("Rebels in the northern city of Kano attacked an army base.", "Rebels", "NG"),
    ("Police fired tear gas at protesters in Kenya's capital on Monday.", "Police", "KE"),
])
def test_a_place_noun_takes_the_country_of_the_place_it_names(nlp, kb, text, phrase, country):
    found = actors(nlp, kb, text)
    assert found[phrase][1] == country


def test_a_place_noun_naming_no_place_gives_no_country(nlp, kb):
    found = actors(nlp, kb, "Police fired tear gas at protesters in the capital on Monday.")
    assert found["Police"][1] is None


def test_opposition_leader_after_of_is_not_the_doer(nlp, kb):
    found = actors(nlp, kb, "Supporters of the opposition leader clashed with police in Dakar.")
    assert found.get("the opposition leader", (None, None, None))[1] is None


def test_interior_ministry_named_alone_is_the_one_where_it_acts(nlp, kb):
    found = actors(nlp, kb, "The interior ministry banned protests in Tunis on Friday.")
    assert found["The interior ministry"][1] == "TN"


def test_foreign_ministry_named_alone_takes_no_country_from_the_place(nlp, kb):
    found = actors(nlp, kb, "The foreign ministry condemned the attack in Kyiv.")
    assert found.get("The foreign ministry", (None, None, None))[1] is None
