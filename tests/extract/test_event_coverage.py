"""Coverage of the CAMEO verb codebook (data/events_cameo_2.yaml), on news-style sentences
written for these tests: one or two per CAMEO class, each asserting the PLOVER type of the
first event, and sentences that report no event at all (statements, ambiguous verbs
outside the pattern that codes them).  Actors are given by hand, as the resolver would.
"""

from __future__ import annotations

import pytest
from hand_mentions import country, events_with, group

from dateline.extract.event_lexicon import load_lexicon
from dateline.extract.events import plover_coding
from dateline.records import ActorRef


def person(slug: str, name: str, code: str) -> ActorRef:
    return ActorRef(id=f"person:{slug}", name=name, kind="person", country=code)


ACTORS = {
    "France": country("FR", "France"), "Algeria": country("DZ", "Algeria"),
    "China": country("CN", "China"), "Russia": country("RU", "Russia"),
    "Ukraine": country("UA", "Ukraine"), "Turkey": country("TR", "Turkey"),
    "Germany": country("DE", "Germany"), "Iran": country("IR", "Iran"),
    "Israel": country("IL", "Israel"), "Syria": country("SY", "Syria"),
    "Taiwan": country("TW", "Taiwan"), "Egypt": country("EG", "Egypt"),
    "Qatar": country("QA", "Qatar"), "Sudan": country("SD", "Sudan"),
    "Japan": country("JP", "Japan"), "Serbia": country("RS", "Serbia"),
    "Kosovo": country("XK", "Kosovo"), "Ethiopia": country("ET", "Ethiopia"),
    "Eritrea": country("ER", "Eritrea"), "Pakistan": country("PK", "Pakistan"),
    "India": country("IN", "India"), "Greece": country("GR", "Greece"),
    "Italy": country("IT", "Italy"), "Venezuela": country("VE", "Venezuela"),
    "Colombia": country("CO", "Colombia"), "Mali": country("ML", "Mali"),
    "Hungary": country("HU", "Hungary"), "Poland": country("PL", "Poland"),
    "Moscow": country("RU", "Russia"), "Beijing": country("CN", "China"),
    "Washington": country("US", "United States"), "Tehran": country("IR", "Iran"),
    "Ankara": country("TR", "Turkey"), "Cairo": country("EG", "Egypt"),
    "the United States": country("US", "United States"),
    "The United States": country("US", "United States"),
    "The United Nations": ActorRef(id="org:un", name="United Nations", kind="organisation"),
    "the European Union": ActorRef(id="org:eu", name="European Union", kind="organisation"),
    "the United Nations": ActorRef(id="org:un", name="United Nations", kind="organisation"),
    "NATO": ActorRef(id="org:nato", name="NATO", kind="organisation"),
    "the IAEA": ActorRef(id="org:iaea", name="IAEA", kind="organisation"),
    "Hamas": group("hamas", "Hamas", "PS"),
    "the Taliban": group("taliban", "Taliban", "AF"),
    "the rebels": group("rebels", "rebels", "SD"),
    "the opposition": group("opposition", "opposition", "VE"),
    "students": group("students", "students", "RS", "civilian"),
    "villagers": group("villagers", "villagers", "ML", "civilian"),
    "Villagers": group("villagers", "villagers", "ML", "civilian"),
    "dock workers": group("dock-workers", "dock workers", "GR", "civilian"),
    "Macron": person("macron", "Emmanuel Macron", "FR"),
    "Erdogan": person("erdogan", "Recep Tayyip Erdogan", "TR"),
    "Maduro": person("maduro", "Nicolas Maduro", "VE"),
    "Navalny": person("navalny", "Alexei Navalny", "RU"),
}


def run(nlp, text: str):
    return events_with(nlp, text, ACTORS)


CASES = [
    # 02 appeal, 10 demand -> REQUEST
    ("The opposition entreated the United Nations to send observers.", "REQUEST"),
    ("Villagers clamoured for the release of the detained chiefs in Mali.", "REQUEST"),
    ("France prevailed on Algeria to reopen its airspace.", "REQUEST"),
    ("Students in Serbia are agitating for the resignation of the government.", "REQUEST"),
    # 03 intent to cooperate -> AGREE
    ("Turkey undertook to withdraw its troops from the border within a month.", "AGREE"),
    ("Egypt and Israel struck a pact on border security.", "AGREE"),
    ("Iran and the IAEA reached an understanding on inspections.", "AGREE"),
    ("Russia gave assurances to Turkey that the corridor would stay open.", "AGREE"),
    # 04 consult
    ("Qatar chaired talks between Hamas and Israel in Doha.", "CONSULT"),
    ("Qatar facilitated talks between Hamas and Israel.", "CONSULT"),
    ("Macron reached out to Erdogan after the vote.", "CONSULT"),
    ("Eritrea parleyed with Ethiopia over the disputed border.", "CONSULT"),
    # 05 diplomatic cooperation -> SUPPORT
    ("Macron paid tribute to Germany for its role in the talks.", "SUPPORT"),
    ("Japan expressed gratitude to Taiwan for its donations after the quake.", "SUPPORT"),
    ("Turkey and Egypt mended ties after a decade of hostility.", "SUPPORT"),
    ("Erdogan extolled Qatar's mediation in the Gaza war.", "SUPPORT"),
    # 06 material cooperation -> COOPERATE
    ("France and Germany joined forces with Italy on a new fighter jet.", "COOPERATE"),
    ("Pakistan allied with China on a new satellite programme.", "COOPERATE"),
    ("Germany sold tanks to Poland in a record deal.", "COOPERATE"),
    # 07 aid
    ("Japan disbursed a $500 million loan to Ukraine on Monday.", "AID"),
    ("Germany resettled 2,000 refugees from Syria last year.", "AID"),
    ("Qatar ferried food and medicine to Sudan by air.", "AID"),
    # 08 yield -> CONCEDE / RETREAT
    ("Maduro gave in to the demands of the opposition.", "CONCEDE"),
    ("Erdogan bowed to pressure from the European Union and released the journalists.",
     "CONCEDE"),
    ("The rebels renounced violence and joined the political process.", "CONCEDE"),
    ("Iran commuted the death sentence of a French national.", "CONCEDE"),
    ("Russia drew down its forces near the border with Ukraine.", "RETREAT"),
    ("Japan handed back the islands to Russia under the accord.", "RETREAT"),
    ("The United States unfroze $6 billion in Iranian assets.", "RETREAT"),
    ("Iran admitted IAEA inspectors to the Fordow site.", "RETREAT"),
    # 09 investigate -> ACCUSE
    ("The United Nations will inquire into the killings of civilians in Mali.", "ACCUSE"),
    ("Syria opened an enquiry into the shelling of the market.", "ACCUSE"),
    # 11 disapprove -> ACCUSE
    ("Erdogan hit out at the European Union over its migration policy.", "ACCUSE"),
    ("Beijing railed against Washington over the tariffs.", "ACCUSE"),
    ("Russia admonished Serbia for joining the sanctions.", "ACCUSE"),
    ("Maduro branded the opposition leader a traitor.", "ACCUSE"),
    ("India levelled charges against Pakistan over the cross-border raid.", "ACCUSE"),
    # 12 reject
    ("Russia rebutted the allegations made by Ukraine.", "REJECT"),
    ("Israel brushed aside the demands of the United Nations.", "REJECT"),
    ("Iran shrugged off the sanctions imposed by the European Union.", "REJECT"),
    ("Hamas backed out of the ceasefire deal with Israel.", "REJECT"),
    ("Kosovo put off the visit of Serbia's envoy.", "REJECT"),
    # 13 threaten
    ("Russia blackmailed Ukraine with gas cuts in the winter.", "THREATEN"),
    # 14 protest
    ("Students barricaded the streets of Belgrade in Serbia.", "PROTEST"),
    ("Villagers rose up against the junta in Mali.", "PROTEST"),
    ("A work stoppage by dock workers paralysed ports in Greece.", "PROTEST"),
    # 15 force posture -> MOBILIZE
    ("Taiwan scrambled fighter jets as China sent aircraft near the island.", "MOBILIZE"),
    ("China fortified its positions along the border with India.", "MOBILIZE"),
    ("Russia drafted 300,000 reservists for the war in Ukraine.", "MOBILIZE"),
    # 16 reduce relations -> SANCTION
    ("Algeria kicked out two French diplomats.", "SANCTION"),
    ("The United States cut off military aid to Egypt.", "SANCTION"),
    ("Poland curtailed ties with Hungary over the veto.", "SANCTION"),
    ("The European Union imposed a travel ban on Venezuela's ministers.", "SANCTION"),
    # 17 coerce
    ("Russia incarcerated Navalny in an Arctic penal colony.", "COERCE"),
    ("Venezuela nationalized the oil industry in 2007.", "COERCE"),
    ("Iran quelled the protests with mass arrests.", "COERCE"),
    ("Greece pushed back migrants to Turkey at the Evros river.", "COERCE"),
    ("Turkey purged the army after the failed coup.", "COERCE"),
    # 18 unconventional violence -> ASSAULT
    ("The Taliban flogged two women in public.", "ASSAULT"),
    ("The rebels threw grenades at the police station.", "ASSAULT"),
    # 19 conventional force -> ASSAULT
    ("Ukraine sank a Russian warship in the Black Sea.", "ASSAULT"),
    ("Iran downed a drone of the United States over the Gulf.", "ASSAULT"),
    ("Israel targeted Hamas positions in Gaza overnight.", "ASSAULT"),
    ("Ukraine repelled an offensive by Russia near Kharkiv.", "ASSAULT"),
    ("The rebels launched a counteroffensive against Ethiopia.", "ASSAULT"),
    # 20 mass violence -> ASSAULT
    ("The rebels butchered villagers in Mali.", "ASSAULT"),
]

NO_EVENT = [
    "Macron said the economy would grow by two percent next year.",
    "Erdogan stressed that Turkey's position had not changed.",
    "Germany honoured its commitments under the budget rules.",
    "China sold more cars in Europe last year than ever before.",
    "The storm hit towns across Japan.",
    "Japan drafted a new budget for the coming year.",
    "Maduro appreciated the weather in Caracas.",
    "Students threw a party after the exams in Serbia.",
    "Students backtracked to the square in Serbia after the march ended.",
    "The team from Qatar forged a tie with Japan in the final.",
    "A fund in Qatar made a tender offer for the shares of a German firm.",
]


@pytest.mark.parametrize("text, expected", CASES)
def test_codebook_classes_give_their_type(nlp, text, expected):
    events = run(nlp, text)
    assert events, f"no event in {text!r}"
    assert plover_coding(events[0]) == expected, (events[0].trigger, events[0].type)


@pytest.mark.parametrize("text", NO_EVENT)
def test_statements_and_uncoded_patterns_give_no_event(nlp, text):
    assert run(nlp, text) == [], text


def test_codebook_file_is_loaded_and_large():
    lex = load_lexicon()
    assert len(lex.verbs) > 600 and len(lex.nouns) > 280
    for lemma in ("rebut", "scramble", "incarcerate", "flog", "sink", "disburse"):
        assert lemma in lex.verbs, lemma
    for lemma in ("pact", "tribute", "counteroffensive", "drawdown", "genocide"):
        assert lemma in lex.nouns, lemma
