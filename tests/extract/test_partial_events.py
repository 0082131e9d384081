"""One-sided events made whole by another report of the same act in the article."""

from __future__ import annotations

from dateline.extract.partial_events import completed_from_article, completed_from_happening
from dateline.records import ActorRef, EventMention


def actor(code: str, slug: str | None = None, country: str | None = "") -> ActorRef:
    return ActorRef(id=slug or f"country:{code}", name=slug or code, kind="person" if slug else "country",
                    country=code if country == "" else country)


def event(kind: str, start: int, source: list[ActorRef], target: list[ActorRef]) -> EventMention:
    return EventMention(id=f"e{start}", article="a", type=kind, start=start, end=start + 10, text="",
                        source=source, target=target)


FR, RU, UA = actor("FR"), actor("RU"), actor("UA")
MACRON = actor("FR", "emmanuel-macron")


def test_one_sided_act_takes_the_parties_of_the_whole_one_with_its_actor():
    whole = event("SANCTION", 0, [FR], [RU])
    later = event("SANCTION", 50, [FR], [])
    completed_from_article([whole, later])
    assert later.source == [FR] and later.target == [RU]
    assert later.completed_by == whole.id and whole.completed_by is None


def test_one_sided_act_whose_actor_is_the_other_side_takes_the_parties_turned():
    whole = event("SANCTION", 0, [FR], [RU])
    later = event("SANCTION", 50, [RU], [])  # "Russia answered with expulsions of its own"
    completed_from_article([whole, later])
    assert later.source == [RU] and later.target == [FR]


def test_one_sided_act_matched_by_country_keeps_its_actor():
    whole = event("ASSAULT", 0, [FR], [RU])
    later = event("ASSAULT", 50, [MACRON], [])
    completed_from_article([whole, later])
    assert later.source == [MACRON] and later.target == [RU]
    assert later.completed_by == whole.id


def test_one_sided_act_of_another_type_or_with_an_actor_of_no_country_stays():
    whole = event("ASSAULT", 0, [FR], [RU])
    other = event("SANCTION", 50, [FR], [])
    nameless = event("ASSAULT", 90, [actor("", "provisional:gunmen", None)], [])
    completed_from_article([whole, other, nameless])
    assert other.target == [] and nameless.target == []
    assert other.completed_by is None and nameless.completed_by is None


def test_one_sided_meeting_stays():
    # a report tells one traveller's several meetings: the one-sided one may be another
    whole = event("CONSULT", 0, [MACRON], [RU])
    later = event("CONSULT", 50, [MACRON], [])
    completed_from_article([whole, later])
    assert later.target == []


def test_nearest_whole_act_gives_the_parties():
    first = event("SANCTION", 0, [FR], [RU])
    second = event("SANCTION", 100, [FR], [UA])
    later = event("SANCTION", 120, [FR], [])
    completed_from_article([first, second, later])
    assert later.target == [UA]


# --- the headline completes the lede (completed_from_headline)

def lede(kind: str, start: int, source: list[ActorRef], target: list[ActorRef]) -> EventMention:
    found = event(kind, start, source, target)
    found.lede = True
    return found


def test_lede_act_takes_the_headline_parties_holding_its_actor():
    from dateline.extract.partial_events import completed_from_headline
    told = lede("SANCTION", 0, [FR], [])
    completed_from_headline([told], [event("SANCTION", 0, [FR], [RU])])
    assert told.source == [FR] and told.target == [RU]


def test_lede_act_matched_to_the_headline_by_country():
    from dateline.extract.partial_events import completed_from_headline
    told = lede("ASSAULT", 0, [MACRON], [])
    completed_from_headline([told], [event("ASSAULT", 0, [FR], [UA])])
    assert told.target == [UA]


def test_lede_act_of_the_headline_target_is_not_the_headline_act():
    from dateline.extract.partial_events import completed_from_headline
    answer = lede("ASSAULT", 0, [], [FR])  # "... after an attack on France": the cause
    completed_from_headline([answer], [event("ASSAULT", 0, [FR], [RU])])
    assert answer.source == [] and answer.target == [FR]


def test_body_act_and_other_types_are_left_alone():
    from dateline.extract.partial_events import completed_from_headline
    later = event("SANCTION", 500, [FR], [])  # not in the lede
    other = lede("ACCUSE", 0, [FR], [])
    completed_from_headline([later, other], [event("SANCTION", 0, [FR], [RU])])
    assert later.target == [] and other.target == []


def test_one_sided_retelling_of_an_act_told_whole_before_is_dropped():
    from dateline.extract.partial_events import without_retold_partials

    whole = event("SANCTION", 0, [FR], [RU])
    retold = event("SANCTION", 50, [], [actor("", "provisional:diplomats", None)])
    other = event("ASSAULT", 60, [UA], [])
    earlier = event("CONSULT", 0, [MACRON], [])
    meeting = event("CONSULT", 70, [MACRON], [UA])
    assert without_retold_partials([whole, retold, other, earlier, meeting]) == [whole, other, earlier, meeting]


def test_one_sided_lede_act_before_a_whole_one_of_its_country_is_dropped():
    """"US officials hope the secretary of state's visit to China ..." then "Blinken was also
    to meet Xi": the lede's one-sided visit is a partial copy of the whole meeting after it;
    a one-sided act of another country, or before a whole act outside the opening, stays."""
    from dateline.extract.partial_events import without_retold_partials

    CN, US = actor("CN"), actor("US")
    visit = event("CONSULT", 0, [CN], [])
    meeting = event("CONSULT", 40, [US], [CN])
    other = event("CONSULT", 0, [FR], [])
    assert without_retold_partials([visit, meeting, other], opening=100) == [meeting, other]
    assert without_retold_partials([visit, meeting, other], opening=30) == [visit, meeting, other]


def reported(id_: str, article: str, kind: str, start: int, source: list[ActorRef],
             target: list[ActorRef]) -> EventMention:
    return EventMention(id=id_, article=article, type=kind, start=start, end=start + 10, text="",
                        source=source, target=target)


BLINKEN, WANG = actor("US", "antony-blinken"), actor("CN", "wang-yi")


def test_one_sided_mention_of_a_happening_takes_the_side_its_other_reports_name():
    # "Blinken held talks in Beijing" in a happening another report tells as "Blinken met Wang Yi"
    whole = reported("w", "B", "CONSULT", 0, [BLINKEN], [WANG])
    told = reported("p", "A", "CONSULT", 0, [BLINKEN], [])
    assert completed_from_happening([told, whole]) == [told]
    assert told.source == [BLINKEN] and told.target == [WANG] and told.completed_by == "w"


def test_a_missing_source_is_the_whole_mentions_other_side_matched_by_country():
    whole = reported("w", "B", "SANCTION", 0, [FR], [RU])
    told = reported("p", "A", "SANCTION", 0, [], [actor("RU", "russian-diplomats")])
    completed_from_happening([whole, told])
    assert told.source == [FR]


def test_the_whole_mention_of_its_own_article_comes_first():
    elsewhere = reported("w1", "B", "ASSAULT", 0, [FR], [UA])
    own = reported("w2", "A", "ASSAULT", 400, [FR], [RU])
    told = reported("p", "A", "ASSAULT", 0, [FR], [])
    completed_from_happening([elsewhere, own, told])
    assert told.target == [RU] and told.completed_by == "w2"


def test_a_party_of_no_country_or_on_no_side_of_the_whole_mentions_stays_one_sided():
    whole = reported("w", "B", "ASSAULT", 0, [FR], [RU])
    nameless = reported("p1", "A", "ASSAULT", 0, [actor("", "provisional:gunmen", None)], [])
    stranger = reported("p2", "C", "ASSAULT", 0, [UA], [])
    assert completed_from_happening([whole, nameless, stranger]) == []
    assert nameless.target == [] and stranger.target == [] and stranger.completed_by is None


ISHIBA, XI, PE = actor("JP", "shigeru-ishiba"), actor("CN", "xi-jinping"), actor("PE")


def test_a_stray_side_outside_the_happenings_parties_gives_way_to_an_agreed_mention():
    # "Peru -> Xi" (the city the report was filed from) in Ishiba and Xi's meeting
    agreed = reported("w", "B", "CONSULT", 0, [ISHIBA], [XI])
    stray = reported("p", "A", "CONSULT", 0, [PE], [XI])
    assert completed_from_happening([agreed, stray], [ISHIBA, XI]) == [stray]
    assert stray.source == [ISHIBA] and stray.target == [XI] and stray.completed_by == "w"


def test_without_the_happenings_parties_or_an_agreed_mention_a_side_stays_as_read():
    agreed = reported("w", "B", "CONSULT", 0, [ISHIBA], [XI])
    stray = reported("p", "A", "CONSULT", 0, [PE], [XI])
    assert completed_from_happening([agreed, stray]) == []  # no parties given: nothing is stray
    alone = reported("q", "A", "CONSULT", 0, [PE], [XI])
    assert completed_from_happening([alone], [ISHIBA, XI]) == []
    assert alone.source == [PE] and alone.target == [XI] and alone.completed_by is None
