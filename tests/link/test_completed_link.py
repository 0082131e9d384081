"""Which reports link as one act: the direction of an act, a report completed by another."""

from __future__ import annotations

from dateline.link import link
from dateline.records import ActorRef, EventMention, TimeValue

CA = ActorRef("country:CA", "Canada", "country", "CA")
IN = ActorRef("country:IN", "India", "country", "IN")


def expulsion(id_: str, start: int, date: str, completed_by: str | None = None) -> EventMention:
    return EventMention(id_, "A", "REDUCE", start, start + 40, "text", source=[CA], target=[IN],
                        date=TimeValue(date, date=date, precision="day"), lede=start == 0,
                        completed_by=completed_by)


def test_a_completed_report_joins_the_act_it_took_its_parties_from_even_on_another_day():
    # "Canada expelled six Indian diplomats on Monday ... The expulsions, initiated by Canada
    # on Tuesday (told a day late), ..."
    whole = expulsion("w", 0, "2024-10-14")
    later = expulsion("p", 300, "2024-10-15", completed_by="w")
    happenings = link([later, whole])
    assert len(happenings) == 1
    assert happenings[0].date == "2024-10-14"
    assert {m.id for m in happenings[0].mentions} == {"w", "p"}


def test_without_its_completer_on_another_day_it_stays_apart():
    whole = expulsion("w", 0, "2024-10-14")
    other = expulsion("p", 300, "2024-10-15")
    assert len(link([other, whole])) == 2


IR = ActorRef("country:IR", "Iran", "country", "IR")
US = ActorRef("country:US", "United States", "country", "US")


def strike(id_: str, article: str, source: ActorRef, target: ActorRef) -> EventMention:
    return EventMention(id_, article, "ASSAULT", 0, 40, "text", source=[source], target=[target],
                        date=TimeValue("2020-01-08", date="2020-01-08", precision="day"), lede=True)


def test_an_act_and_the_answer_of_the_one_acted_on_are_two_happenings():
    # "US drone strike kills an Iranian general" / "Iran fires missiles at US bases", same week
    happenings = link([strike("a", "A", US, IR), strike("b", "B", IR, US)])
    assert len(happenings) == 2


def test_two_reports_of_one_act_in_the_same_direction_join():
    happenings = link([strike("a", "A", US, IR), strike("b", "B", US, IR)])
    assert len(happenings) == 1


def test_a_meeting_has_no_direction():
    talks = [EventMention(i, a, "CONSULT", 0, 40, "text", source=[s], target=[t],
                          date=TimeValue("2020-01-08", date="2020-01-08", precision="day"), lede=True)
             for i, a, s, t in (("a", "A", US, IR), ("b", "B", IR, US))]
    assert len(link(talks)) == 1


def test_linking_stores_the_side_a_happenings_other_report_names(tmp_path):
    # "Blinken held talks in Beijing on Sunday" and "Blinken met Wang Yi in Beijing on Sunday":
    # one happening, and the one-sided report's mention is stored as Blinken -> Wang Yi
    from dateline.link import link_store
    from dateline.records import Article, content_id
    from dateline.store import Store

    blinken = ActorRef("antony-blinken", "Antony Blinken", "person", "US")
    wang = ActorRef("wang-yi", "Wang Yi", "person", "CN")
    sunday = TimeValue("on Sunday", date="2023-06-18", precision="day", basis="text")
    with Store(tmp_path / "d.db") as store:
        for n, (text, target) in enumerate((("Blinken held talks in Beijing on Sunday.", []),
                                            ("Blinken met Wang Yi in Beijing on Sunday.", [wang]))):
            article = Article(id=content_id(text), source=f"{n}.txt", original=text, body=text,
                              segments=[(0, 0, len(text))], language="en", published="2023-06-19")
            store.add_article(article)
            event = EventMention(f"e{n}", article.id, "CONSULT", 0, len(text), text, trigger="met",
                                 source=[blinken], target=target, date=sunday, lede=True)
            store.save_analysis(article.id, status="done", events=[event])
        link_store(store)
        stored = {e.id: e for e in store.event_mentions()}
        assert stored["e0"].target == [wang] and stored["e0"].completed_by == "e1"
        assert len({row["happening_id"] for row in store.event_mention_rows()} - {None}) == 1
