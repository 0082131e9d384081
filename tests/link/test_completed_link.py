"""Which reports link as one act: the direction of an act, a report completed by another."""

from __future__ import annotations

from dateline.link import link
from dateline.records import ActorRef, EventMention, TimeValue

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
