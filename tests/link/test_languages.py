"""Reports of one happening in different languages join across their stories."""

from __future__ import annotations

from dateline.link.languages import join_across_languages
from dateline.records import ActorRef, EventMention, Happening, PlaceRef, TimeValue

KENYA = ActorRef("KE", "Kenya", "country", "KE")
UGANDA = ActorRef("UG", "Uganda", "country", "UG")
RUTO = ActorRef("william-ruto", "William Ruto", "person", "KE")
MUSEVENI = ActorRef("yoweri-museveni", "Yoweri Museveni", "person", "UG")
ODINGA = ActorRef("raila-odinga", "Raila Odinga", "person", "KE")
KAMPALA = PlaceRef("Kampala", "UG", 0.35, 32.58, "city")
NAIROBI = PlaceRef("Nairobi", "KE", -1.29, 36.82, "city")
UGANDA_PLACE = PlaceRef("Uganda", "UG", None, None, "country")


def happening(hid: str, article: str, type_: str, source: list[ActorRef], target: list[ActorRef], *,
              date: str | None = "2025-03-04", place: PlaceRef | None = None, basis: str | None = "text",
              status: str = "past") -> Happening:
    mention = EventMention(id=f"m-{hid}-{article}", article=article, type=type_, start=0, end=10, text="...",
                           trigger="", source=source, target=target)
    precision = None if date is None else ("day" if len(date) == 10 else "month")
    return Happening(hid, type_, "", date, precision, place, source + target, [mention],  # type: ignore[arg-type]
                     status=status, date_basis=basis if date else None)  # type: ignore[arg-type]


def join(happenings, language, published=None):
    lead = {m.article: h.id for h in happenings for m in h.mentions}
    return join_across_languages(happenings, lead, language, published)


def test_an_undated_act_told_in_another_language_joins_the_one_dated_act_of_its_parties():
    # "Kenia cortó relaciones con Uganda" (no day) and "Ruto cut ties with Museveni on 4 March".
    english = happening("h1", "A", "SANCTION", [RUTO], [MUSEVENI])
    spanish = happening("h2", "B", "SANCTION", [KENYA], [UGANDA], date=None)
    kept, lead = join([english, spanish], {"A": "en", "B": "es"})
    assert lead == {"A": "h1", "B": "h1"} and [h.id for h in kept] == ["h1"]
    # The countries add nothing to the parties their people stand for.
    assert [a.id for a in kept[0].participants] == [RUTO.id, MUSEVENI.id]


def test_a_dated_act_in_another_language_joins_on_its_own_day_only():
    english = happening("h1", "A", "ASSAULT", [KENYA], [UGANDA], place=KAMPALA)
    same = happening("h2", "B", "ASSAULT", [RUTO], [UGANDA], place=UGANDA_PLACE)
    kept, lead = join([english, same], {"A": "en", "B": "fr"})
    assert len(kept) == 1 and lead["A"] == lead["B"] and kept[0].place == KAMPALA
    other = happening("h2", "B", "ASSAULT", [RUTO], [UGANDA], date="2025-03-06")
    assert join([happening("h1", "A", "ASSAULT", [KENYA], [UGANDA]), other], {"A": "en", "B": "fr"})[1] == {"A": "h1", "B": "h2"}


def test_reports_stay_apart_on_any_conflict_or_two_candidates():
    undated = {"date": None}
    cases = [
        # The same language: the story clustering's to decide.
        ([happening("h1", "A", "SANCTION", [RUTO], [MUSEVENI]), happening("h2", "B", "SANCTION", [KENYA], [UGANDA], **undated)],
         {"A": "es", "B": "es"}, None),
        # The other side acting.
        ([happening("h1", "A", "SANCTION", [MUSEVENI], [RUTO]), happening("h2", "B", "SANCTION", [KENYA], [UGANDA], **undated)],
         {"A": "en", "B": "es"}, None),
        # Another person of the same country.
        ([happening("h1", "A", "SANCTION", [ODINGA], [MUSEVENI]), happening("h2", "B", "SANCTION", [RUTO], [UGANDA], **undated)],
         {"A": "en", "B": "es"}, None),
        # Another city.
        ([happening("h1", "A", "ASSAULT", [RUTO], [UGANDA], place=NAIROBI),
          happening("h2", "B", "ASSAULT", [KENYA], [UGANDA], place=KAMPALA, **undated)], {"A": "en", "B": "es"}, None),
        # Two dated acts of theirs: which one?
        ([happening("h1", "A", "SANCTION", [RUTO], [MUSEVENI]), happening("h3", "C", "SANCTION", [RUTO], [MUSEVENI], date="2024-05-01"),
          happening("h2", "B", "SANCTION", [KENYA], [UGANDA], **undated)], {"A": "en", "B": "es", "C": "en"}, None),
        # Published a year after the act: news of another one.
        ([happening("h1", "A", "SANCTION", [RUTO], [MUSEVENI]), happening("h2", "B", "SANCTION", [KENYA], [UGANDA], **undated)],
         {"A": "en", "B": "es"}, {"B": "2026-03-10"}),
        # ... or in a month long before it.
        ([happening("h1", "A", "SANCTION", [RUTO], [MUSEVENI]), happening("h2", "B", "SANCTION", [KENYA], [UGANDA], **undated)],
         {"A": "en", "B": "es"}, {"B": "2024-11"}),
        # A meeting with no place named.
        ([happening("h1", "A", "CONSULT", [RUTO], [MUSEVENI], place=KAMPALA),
          happening("h2", "B", "CONSULT", [KENYA], [UGANDA], **undated)], {"A": "en", "B": "es"}, None),
        # One country alone.
        ([happening("h1", "A", "SANCTION", [RUTO], [MUSEVENI]), happening("h2", "B", "SANCTION", [UGANDA], [], **undated)],
         {"A": "en", "B": "es"}, None),
    ]
    for happenings, language, published in cases:
        lead = {m.article: h.id for h in happenings for m in h.mentions}
        assert join(happenings, language, published)[1] == lead


def test_a_meeting_at_a_named_place_joins_and_a_report_s_news_day_bounds_it():
    english = happening("h1", "A", "CONSULT", [RUTO], [MUSEVENI], place=KAMPALA)
    russian = happening("h2", "B", "CONSULT", [KENYA], [UGANDA], date=None, place=UGANDA_PLACE)
    assert join([english, russian], {"A": "en", "B": "ru"}, {"B": "2025-03"})[1]["B"] == "h1"
    # A report with no publication day that leads with an act of 2020 tells of a meeting then.
    english = happening("h1", "A", "CONSULT", [RUTO], [MUSEVENI], place=KAMPALA)
    russian = happening("h2", "B", "CONSULT", [KENYA], [UGANDA], date=None, place=UGANDA_PLACE)
    lead_act = happening("h3", "B", "ASSAULT", [KENYA], [UGANDA], date="2020-06-01")
    lead = {"A": "h1", "B": "h3"}
    _, after = join_across_languages([english, russian, lead_act], lead, {"A": "en", "B": "ru"})
    assert after == {"A": "h1", "B": "h3"} and russian.mentions


def naming(h: Happening, expression: str) -> Happening:
    """``h`` with its mention dated by an expression no publication day resolved."""
    h.mentions[0].date = TimeValue(expression, basis="text")
    return h


def test_an_undated_act_naming_its_weekday_joins_the_dated_act_of_that_weekday():
    # 4 March 2025 was a Tuesday, 1 May 2024 a Wednesday: "el martes" is the first.
    tuesday = happening("h1", "A", "SANCTION", [RUTO], [MUSEVENI])
    wednesday = happening("h3", "C", "SANCTION", [RUTO], [MUSEVENI], date="2024-05-01")
    spanish = naming(happening("h2", "B", "SANCTION", [KENYA], [UGANDA], date=None), "on Tuesday")
    assert join([tuesday, wednesday, spanish], {"A": "en", "B": "es", "C": "en"})[1]["B"] == "h1"
    # "el jueves": neither.
    tuesday = happening("h1", "A", "SANCTION", [RUTO], [MUSEVENI])
    spanish = naming(happening("h2", "B", "SANCTION", [KENYA], [UGANDA], date=None), "on Thursday")
    assert join([tuesday, spanish], {"A": "en", "B": "es"})[1]["B"] == "h2"


def test_an_undated_act_naming_its_day_joins_whatever_place_it_names():
    # "Kenia rompió el martes relaciones con Uganda en protesta por la ofensiva en Kampala",
    # published on no known day, and "Kenya cut ties with Uganda on Tuesday" filed from Nairobi.
    english = happening("h1", "A", "SANCTION", [KENYA], [UGANDA], place=NAIROBI)
    spanish = naming(happening("h2", "B", "SANCTION", [KENYA], [UGANDA], date=None, place=KAMPALA), "on Tuesday")
    assert join([english, spanish], {"A": "en", "B": "es"})[1]["B"] == "h1"
    # Naming no day, the other place keeps it apart; a meeting's place is where it was held.
    for type_, expression in (("SANCTION", None), ("CONSULT", "on Tuesday")):
        english = happening("h1", "A", type_, [KENYA], [UGANDA], place=NAIROBI)
        spanish = happening("h2", "B", type_, [KENYA], [UGANDA], date=None, place=KAMPALA)
        if expression:
            naming(spanish, expression)
        assert join([english, spanish], {"A": "en", "B": "es"})[1]["B"] == "h2"


def test_a_meeting_with_no_place_joins_when_it_names_its_day():
    english = happening("h1", "A", "CONSULT", [RUTO], [MUSEVENI], place=KAMPALA)
    persian = naming(happening("h2", "B", "CONSULT", [RUTO], [MUSEVENI], date=None), "on Tuesday")
    assert join([english, persian], {"A": "en", "B": "fa"})[1]["B"] == "h1"
    # The 5th is no day of it.
    english = happening("h1", "A", "CONSULT", [RUTO], [MUSEVENI], place=KAMPALA)
    japanese = naming(happening("h2", "B", "CONSULT", [RUTO], [MUSEVENI], date=None), "on the 5th")
    assert join([english, japanese], {"A": "en", "B": "ja"})[1]["B"] == "h2"


def test_of_two_fitting_happenings_of_one_day_the_one_naming_every_party_is_chosen():
    # One meeting its English reports split: "Ruto arrived in Uganda", "Ruto met Museveni".
    arrival = happening("h1", "A", "CONSULT", [RUTO], [UGANDA], place=KAMPALA)
    meeting = happening("h3", "C", "CONSULT", [RUTO], [MUSEVENI], place=KAMPALA)
    persian = naming(happening("h2", "B", "CONSULT", [RUTO], [MUSEVENI], date=None), "on Tuesday")
    assert join([arrival, meeting, persian], {"A": "en", "B": "fa", "C": "en"})[1]["B"] == "h3"
    # Of two days, neither.
    arrival = happening("h1", "A", "CONSULT", [RUTO], [UGANDA], place=KAMPALA, date="2025-03-11")
    meeting = happening("h3", "C", "CONSULT", [RUTO], [MUSEVENI], place=KAMPALA)
    persian = naming(happening("h2", "B", "CONSULT", [RUTO], [MUSEVENI], date=None), "on Tuesday")
    assert join([arrival, meeting, persian], {"A": "en", "B": "fa", "C": "en"})[1]["B"] == "h2"



def test_a_report_joins_a_happening_once_another_language_tells_it_whatever_their_ids():
    # "Ruto met Museveni in Kampala on 4 March" and "Ruto will meet Museveni in Uganda" (English,
    # no day) are two English stories; "Ruto se reunió con Museveni en Kampala" (no day) joins the
    # dated one, and the undated English report then joins it too, whichever id comes first.
    for undated_id in ("h1", "h9"):
        dated = happening("h5", "A", "CONSULT", [RUTO], [MUSEVENI], place=KAMPALA)
        undated = happening(undated_id, "C", "CONSULT", [RUTO], [MUSEVENI], date=None, place=UGANDA_PLACE)
        spanish = happening("h3", "B", "CONSULT", [RUTO], [MUSEVENI], date=None, place=KAMPALA)
        kept, lead = join([dated, undated, spanish], {"A": "en", "B": "es", "C": "en"})
        assert [h.id for h in kept] == ["h5"] and set(lead.values()) == {"h5"}


# -- an undated act naming its day, in the same language (join_undated_by_named_day) --

MYANMAR_ARMY = ActorRef("MM-military", "Myanmar military", "group", "MM", "military")
SUU_KYI = ActorRef("aung-san-suu-kyi", "Aung San Suu Kyi", "person", "MM")


def join_named(happenings, published=None):
    from dateline.link.languages import join_undated_by_named_day

    lead = {m.article: h.id for h in happenings for m in h.mentions}
    return join_undated_by_named_day(happenings, lead, published)


def test_an_undated_act_naming_its_weekday_joins_the_one_act_of_its_parties_on_that_weekday():
    # "The army seized power on Monday and detained Suu Kyi" (no publication day) and a report
    # dating the detention to Monday 3 March 2025: one country's act, one party a person.
    monday = happening("h1", "A", "COERCE", [MYANMAR_ARMY], [SUU_KYI], date="2025-03-03")
    undated = naming(happening("h2", "B", "COERCE", [MYANMAR_ARMY], [SUU_KYI], date=None), "on Monday")
    kept, lead = join_named([monday, undated])
    assert lead == {"A": "h1", "B": "h1"} and [h.id for h in kept] == ["h1"] and len(kept[0].mentions) == 2


def told_with(h: Happening, expression: str) -> Happening:
    """``h`` with a report of another act, dated by an expression no publication day resolved."""
    other = EventMention(id=f"m-{h.id}-other", article=h.mentions[0].article, type="ACCUSE", start=20, end=30,
                         text="...", source=h.mentions[0].source, target=h.mentions[0].target,
                         date=TimeValue(expression, basis="text"))
    h.mentions.append(other)
    return h


def test_an_undated_act_stays_apart_without_its_day_or_with_two_candidates():
    def coup(expression: str | None) -> Happening:
        undated = happening("h2", "B", "COERCE", [MYANMAR_ARMY], [SUU_KYI], date=None)
        return naming(undated, expression) if expression else undated

    monday = {"date": "2025-03-03"}
    cases = [
        # "on Tuesday": not the Monday's act.
        ([happening("h1", "A", "COERCE", [MYANMAR_ARMY], [SUU_KYI], **monday)], coup("on Tuesday")),
        # No day named: which of its parties' acts?
        ([happening("h1", "A", "COERCE", [MYANMAR_ARMY], [SUU_KYI], **monday)], coup(None)),
        # Two Mondays.
        ([happening("h1", "A", "COERCE", [MYANMAR_ARMY], [SUU_KYI], **monday),
          happening("h3", "C", "COERCE", [MYANMAR_ARMY], [SUU_KYI], date="2025-03-10")], coup("on Monday")),
        # Another party acted on.
        ([happening("h1", "A", "COERCE", [MYANMAR_ARMY], [RUTO], **monday)], coup("on Monday")),
        # A meeting: the same people meet again and again.
        ([happening("h1", "A", "CONSULT", [RUTO], [MUSEVENI], **monday)],
         naming(happening("h2", "B", "CONSULT", [RUTO], [MUSEVENI], date=None), "on Monday")),
        # The day is told of something else done with it ("the army, which accused him on
        # Monday, detained Suu Kyi"): not of the act itself.
        ([happening("h1", "A", "COERCE", [MYANMAR_ARMY], [SUU_KYI], **monday)], told_with(coup(None), "on Monday")),
    ]
    for dated, undated in cases:
        assert join_named([*dated, undated])[1]["B"] == "h2"
