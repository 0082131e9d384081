"""Story clustering: articles about one happening group together; look-alike happenings do not."""

from __future__ import annotations

from dateline.link.stories import (
    StoryInput,
    cluster_stories,
    salient_terms,
)
from dateline.link.story_leads import (
    date_lone_acts,
    join_same_day_twins,
    join_undated_across_stories,
    lone_acts_told_alike,
    unify_leads,
)
from dateline.records import ActorRef, EventMention, Happening, PlaceRef, TimeValue


def quake(i: int, place: str, who: str, published: str | None = None) -> StoryInput:
    body = (f"A strong earthquake struck {place} early on Tuesday, killing at least {10 + i} people, "
            f"officials said. Rescue teams led by {who} searched collapsed buildings in {place}. "
            f"The quake near {place} was felt across the region, {who} told reporters.")
    return StoryInput(f"{place}-{i}", f"Earthquake hits {place}", body, published)


def test_names_weigh_more_than_common_words():
    terms = salient_terms("Quake", "The team met. Rescuers from Kathmandu arrived.")
    assert terms["kathmandu"] > terms["rescuers"]


def test_a_capital_after_a_break_or_a_quote_mark_is_no_name():
    terms = salient_terms(None, 'Officials met Lindqvist.\nRescuers said "Lindqvist arrived" with Lindqvist.')
    # a name after "met" and after "with"; after a quote mark a plain word, as is "Rescuers"
    # after the line break
    assert terms["lindqvist"] == 2 * 3.0 + 1.0 and terms["rescuers"] == 1.0


def test_names_of_another_script_are_terms_its_common_words_not():
    terms = salient_terms(None, "Вчера Путин встретился с Трампом в Хельсинки 16 июля.")
    assert terms["путин"] > 0 and terms["16"] > 0 and "встретился" not in terms


def test_two_reports_in_another_script_naming_the_same_people_are_one_story():
    a = StoryInput("a", None, "Вчера Путин и Трамп провели переговоры в Хельсинки. Путин сказал, что Трамп доволен.")
    b = StoryInput("b", None, "Переговоры Путина и Трампа в Хельсинки завершились. Путин и Трамп пожали руки.")
    c = StoryInput("c", None, "Вчера Лукашенко посетил Минск. Лукашенко и Мишустин обсудили бюджет Белоруссии.")
    assert sorted(map(sorted, cluster_stories([a, b, c]))) == [["a", "b"], ["c"]]


def test_two_quakes_in_different_places_are_two_stories():
    items = [quake(i, "Sumatra", "Agus Salim") for i in range(4)] + [quake(i, "Anatolia", "Mehmet Kaya") for i in range(4)]
    stories = cluster_stories(items)
    assert sorted(map(sorted, stories)) == sorted(
        [sorted(f"Sumatra-{i}" for i in range(4)), sorted(f"Anatolia-{i}" for i in range(4))])


def test_publication_dates_far_apart_never_join():
    items = [quake(0, "Sumatra", "Agus Salim", "2009-09-30"), quake(1, "Sumatra", "Agus Salim", "2012-04-11")]
    assert len(cluster_stories(items)) == 2


def test_a_month_alone_far_from_another_publication_day_never_joins():
    # An address gives the month alone ("/2012/04/"): still years from a day of 2009.
    items = [quake(0, "Sumatra", "Agus Salim", "2009-09-30"), quake(1, "Sumatra", "Agus Salim", "2012-04")]
    assert len(cluster_stories(items)) == 2
    # A month that holds the other's day, or a year alone, keeps nothing apart.
    for published in ("2009-09", "2012"):
        items = [quake(0, "Sumatra", "Agus Salim", "2009-09-30"), quake(1, "Sumatra", "Agus Salim", published)]
        assert len(cluster_stories(items)) == 1


def test_conflicting_lead_dates_never_join():
    a, b = quake(0, "Sumatra", "Agus Salim"), quake(1, "Sumatra", "Agus Salim")
    a.lead_date, b.lead_date = "2024-04-08", "2025-07-13"
    assert len(cluster_stories([a, b])) == 2
    b.lead_date = "2024-04"
    assert len(cluster_stories([a, b])) == 1


def test_a_neighbour_lends_its_words_but_never_across_a_date_conflict():
    from collections import Counter

    from dateline.link.stories import _neighbour_smoothed

    a = StoryInput("a", "Quake", "Rescuers searched Sumatra for survivors.", "2009-09-30")
    b = StoryInput("b", "Quake", "Rescuers searched Sumatra near Padang for survivors.", "2009-10-01")
    c = StoryInput("c", "Quake", "Rescuers searched Sumatra near Padang for survivors.", "2012-04-11")
    vectors = [{"rescuers": 1.0, "sumatra": 2.0}, {"rescuers": 1.0, "sumatra": 2.0, "padang": 2.0},
               {"rescuers": 1.0, "sumatra": 2.0, "padang": 2.0}]
    df = Counter({"rescuers": 3, "sumatra": 3, "padang": 2})
    smoothed = _neighbour_smoothed([a, b, c], vectors, df, rare_limit=50)
    assert smoothed[0]["padang"] > 0  # b is near and contemporary: a gains its word
    assert smoothed[0]["sumatra"] > smoothed[0]["rescuers"]
    alone = _neighbour_smoothed([a, c], [vectors[0], vectors[2]], df, rare_limit=50)
    assert "padang" not in alone[0]  # c is 2.5 years later: a different happening, no neighbour


def test_a_terse_report_joins_its_story_not_the_look_alike():
    # A short report sharing only the names joins its story; the other quake stays apart.
    items = [quake(i, "Sumatra", "Agus Salim") for i in range(4)] + [quake(i, "Anatolia", "Mehmet Kaya") for i in range(4)]
    items.append(StoryInput("terse", "Toll rises", "Agus Salim said more dead were found in Sumatra."))
    stories = cluster_stories(items)
    assert sorted(map(sorted, stories)) == sorted(
        [sorted([f"Sumatra-{i}" for i in range(4)] + ["terse"]), sorted(f"Anatolia-{i}" for i in range(4))])


def test_separation_is_low_for_two_tight_groups_and_high_for_an_arbitrary_cut():
    from dateline.link.stories import _separation

    vectors = {"a1": {"quake": 1.0, "sumatra": 1.0}, "a2": {"quake": 1.0, "sumatra": 1.2},
               "b1": {"quake": 1.0, "anatolia": 1.0}, "b2": {"quake": 1.0, "anatolia": 1.1}}
    assert _separation(["a1", "a2"], ["b1", "b2"], vectors) < 0.7
    spread = {"x": {"quake": 1.0, "rescue": 1.0}, "y": {"quake": 1.0, "toll": 1.0},
              "z": {"quake": 1.0, "rescue": 1.0}, "w": {"quake": 1.0, "toll": 1.0}}
    assert _separation(["x", "y"], ["z", "w"], spread) > 1.0  # halves no tighter than the whole


def test_two_tight_groups_split_unless_reported_over_the_same_days():
    import datetime as dt

    from dateline.link.stories import _split_two_stories

    vectors = {"a1": {"quake": 1.0, "sumatra": 1.0}, "a2": {"quake": 1.0, "sumatra": 1.2},
               "b1": {"quake": 1.0, "anatolia": 1.0}, "b2": {"quake": 1.0, "anatolia": 1.1}}
    ids = ["a1", "a2", "b1", "b2"]
    may, june = dt.date(2024, 5, 2), dt.date(2024, 6, 20)
    apart = {"a1": may, "a2": may + dt.timedelta(days=1), "b1": june, "b2": None}
    assert sorted(map(sorted, _split_two_stories(ids, vectors, apart))) == [["a1", "a2"], ["b1", "b2"]]
    assert len(_split_two_stories(ids, vectors)) == 2  # no publication days: the words decide
    # Each group has a report published within the other's days: two angles on one happening.
    together = {"a1": may, "a2": may + dt.timedelta(days=5), "b1": may + dt.timedelta(days=2),
                "b2": may + dt.timedelta(days=8)}
    assert _split_two_stories(ids, vectors, together) == [ids]


def test_halves_only_one_of_which_has_publication_days_split_more_readily():
    import datetime as dt

    from dateline.link.stories import _split_two_stories

    # Two groups told somewhat apart (the halves' separation is about 0.77).
    vectors = {"a1": {"quake": 1.0, "sumatra": 0.6, "rescue": 0.3}, "a2": {"quake": 1.0, "sumatra": 0.6, "toll": 0.3},
               "b1": {"quake": 1.0, "anatolia": 0.6, "rescue": 0.3}, "b2": {"quake": 1.0, "anatolia": 0.6, "toll": 0.3}}
    ids = list(vectors)
    day = dt.date(2024, 5, 2)
    assert _split_two_stories(ids, vectors) == [ids]  # no days at all: the words alone decide
    assert _split_two_stories(ids, vectors, {"a1": day, "a2": day, "b1": day, "b2": day}) == [ids]
    split = _split_two_stories(ids, vectors, {"a1": None, "a2": None, "b1": day, "b2": day})
    assert sorted(map(sorted, split)) == [["a1", "a2"], ["b1", "b2"]]


def test_a_story_splits_into_its_reports_with_and_without_a_publication_day_when_told_apart():
    import datetime as dt

    from dateline.link.stories import _split_by_publication

    # Four reports of a patch for a browser flaw: the undated two say "emergency", the dated
    # two "zero-day"; the rest of their words are shared.
    shared = {"microsoft": 1.0, "patch": 1.0, "browser": 1.0}
    vectors = {"u1": {**shared, "emergency": 1.5}, "u2": {**shared, "emergency": 1.4},
               "d1": {**shared, "zero-day": 1.5}, "d2": {**shared, "zero-day": 1.4}}
    day = dt.date(2013, 9, 18)
    published = {"u1": None, "u2": None, "d1": day, "d2": day}
    assert sorted(map(sorted, _split_by_publication(list(vectors), vectors, published))) == [["d1", "d2"], ["u1", "u2"]]
    # Told alike throughout, they stay one story.
    alike = {i: dict(shared) for i in vectors}
    assert _split_by_publication(list(alike), alike, published) == [list(alike)]
    # A lone undated report is no half.
    assert _split_by_publication(list(vectors), vectors, {**published, "u2": day}) == [list(vectors)]


def test_a_report_without_a_day_joins_a_dated_story_only_when_told_much_alike():
    from dateline.link.stories import _unplaced_in_time

    dated = [quake(i, "Sumatra", "Budi", "2024-03-05") for i in range(2)]
    undated = quake(9, "Sumatra", "Budi")
    assert _unplaced_in_time(undated, dated)
    assert not _unplaced_in_time(undated, [*dated, quake(8, "Sumatra", "Budi")])  # a story with one like it
    assert not _unplaced_in_time(dated[0], dated[1:])
    # Told alike enough, it still joins.
    stories = cluster_stories([*dated, undated])
    assert stories == [[d.article_id for d in dated] + [undated.article_id]]


def test_two_undated_meetings_of_the_same_pair_are_not_joined_by_a_story():
    from dateline.link.story_leads import unify_leads
    from dateline.records import ActorRef, EventMention, Happening

    lavrov = ActorRef("sergey-lavrov", "Sergey Lavrov", "person", "RU")
    wang = ActorRef("wang-yi", "Wang Yi", "person", "CN")

    def meeting(hid: str, article: str) -> Happening:
        mention = EventMention(f"m-{article}", article, "CONSULT", 0, 10, "they met", source=[lavrov], target=[wang])
        return Happening(hid, "CONSULT", "meet", None, None, None, [lavrov, wang], mentions=[mention])

    happenings = [meeting("h1", "A"), meeting("h2", "B")]
    kept, lead = unify_leads([["A", "B"]], {"A": "h1", "B": "h2"}, happenings, {})
    assert lead == {"A": "h1", "B": "h2"} and len(kept) == 2


def test_a_follow_up_months_later_joins_only_in_much_the_same_words():
    same = [quake(0, "Sumatra", "Agus Salim", "2009-09-30"), quake(1, "Sumatra", "Agus Salim", "2009-12-02")]
    assert len(cluster_stories(same)) == 1
    a = StoryInput("a", "Quake", "Rescuers searched Sumatra near Padang for survivors of the quake.", "2009-09-30")
    b = StoryInput("b", "Court", "A court in Jakarta fined a builder over a collapsed school in Padang.", "2009-12-02")
    assert len(cluster_stories([a, b])) == 2


RUTO = ActorRef("william-ruto", "William Ruto", "person", "KE")
TINUBU = ActorRef("bola-tinubu", "Bola Tinubu", "person", "NG")
ABUJA = PlaceRef("Abuja", "NG", kind="city")
WEST_AFRICA = PlaceRef("West Africa", None, kind="region")


def meeting(hid: str, article: str, people: list[ActorRef] | None = None, *, date: str | None = "2025-03-04",
            place: PlaceRef | None = None, basis: str | None = "text") -> Happening:
    """A one-report meeting happening (Ruto and Tinubu unless other people are given)."""
    people = people or [RUTO, TINUBU]
    mention = EventMention(f"m-{article}", article, "CONSULT", 0, 10, "they met", source=people[:1], target=people[1:])
    return Happening(hid, "CONSULT", "meet", date, "day" if date else None, place, people, mentions=[mention],
                     date_basis=basis)


def one_story(happenings: list[Happening]) -> tuple[list[Happening], dict[str, str]]:
    """Reports A, B and C in one story, A and C leading h1 and B leading h2."""
    return unify_leads([["A", "B", "C"]], {"A": "h1", "B": "h2", "C": "h1"}, happenings, {})


def test_a_report_brought_into_a_story_gives_it_the_place_and_date_it_lacks():
    # Two reports name the day and no place; a third, undated, says where they met.
    kept, lead = one_story([meeting("h1", "A"), meeting("h2", "B", date=None, place=ABUJA, basis=None),
                            meeting("h3", "C")])
    assert set(lead.values()) == {"h1"}
    story = next(h for h in kept if h.id == "h1")
    assert story.place == ABUJA and story.date == "2025-03-04"

    # An undated story takes the date a text gives; a publication day alone is kept as it is.
    undated = {"date": None, "basis": None}
    kept, lead = one_story([meeting("h1", "A", **undated), meeting("h2", "B"), meeting("h3", "C", **undated)])
    assert next(h for h in kept if h.id == "h1").date == "2025-03-04"
    reported = {"date": "2025-03-03", "basis": "reported"}
    kept, lead = one_story([meeting("h1", "A", **reported), meeting("h2", "B"), meeting("h3", "C", **reported)])
    assert next(h for h in kept if h.id == "h1").date == "2025-03-03"


def test_a_region_does_not_become_the_place_of_a_story():
    kept, lead = one_story([meeting("h1", "A"), meeting("h2", "B", place=WEST_AFRICA), meeting("h3", "C")])
    assert set(lead.values()) == {"h1"} and next(h for h in kept if h.id == "h1").place is None


def test_a_report_naming_more_of_the_meeting_s_people_completes_the_story():
    mahama = ActorRef("john-mahama", "John Mahama", "person", "GH")
    ghana = ActorRef("GH", "Ghana", "country", "GH")
    carter = ActorRef("jimmy-carter", "Jimmy Carter", "person", "US")

    # "Ruto and Tinubu met in Ghana" and "Ruto, Tinubu and Mahama met": Mahama stands for Ghana.
    kept, _ = one_story([meeting("h1", "A", [RUTO, TINUBU, ghana]), meeting("h2", "B", [RUTO, TINUBU, mahama]),
                         meeting("h3", "C", [RUTO, TINUBU, ghana])])
    assert {a.id for a in next(h for h in kept if h.id == "h1").participants} == {"william-ruto", "bola-tinubu",
                                                                                   "john-mahama"}
    # A lead about someone else adds no one.
    kept, _ = one_story([meeting("h1", "A"), meeting("h2", "B", [carter, RUTO]), meeting("h3", "C")])
    assert {a.id for a in next(h for h in kept if h.id == "h1").participants} == {"william-ruto", "bola-tinubu"}


def test_a_region_of_several_countries_does_not_keep_a_report_from_its_story():
    _, lead = one_story([meeting("h1", "A", place=ABUJA), meeting("h2", "B", place=WEST_AFRICA),
                         meeting("h3", "C", place=ABUJA)])
    assert set(lead.values()) == {"h1"}


def test_a_named_official_stands_for_a_group_of_his_country_s_officials():
    leaders = ActorRef("group:NG:government", "Nigerian leaders", "group", "NG", "government")
    kept, _ = one_story([meeting("h1", "A", [RUTO, leaders]), meeting("h2", "B"),
                         meeting("h3", "C", [RUTO, leaders])])
    assert {a.id for a in next(h for h in kept if h.id == "h1").participants} == {"william-ruto", "bola-tinubu"}


def test_a_report_dated_after_the_story_s_publication_day_is_another_meeting():
    # A and C, published on 3 March, say the two met (no day given); B says they meet on 4 March.
    published = {"date": "2025-03-03", "basis": "reported"}
    _, lead = one_story([meeting("h1", "A", **published), meeting("h2", "B", date="2025-03-04"),
                         meeting("h3", "C", **published)])
    assert lead["B"] == "h2" and lead["A"] == lead["C"] == "h1"
    # A day stated on or before the publication day fits it.
    _, lead = one_story([meeting("h1", "A", **published), meeting("h2", "B", date="2025-03-02"),
                         meeting("h3", "C", **published)])
    assert set(lead.values()) == {"h1"}


def test_a_year_alone_does_not_date_a_story():
    # B's lead, "they last met in 1979", is all B brings; the story stays undated.
    undated = {"date": None, "basis": None}
    long_ago = meeting("h2", "B", date="1979")
    long_ago.date_precision = "year"
    kept, lead = one_story([meeting("h1", "A", **undated), long_ago, meeting("h3", "C", **undated)])
    assert set(lead.values()) == {"h1"} and next(h for h in kept if h.id == "h1").date is None


def test_an_undated_report_of_other_people_stays_out_of_its_story_s_meeting():
    mahama = ActorRef("john-mahama", "John Mahama", "person", "GH")
    undated = {"date": None, "basis": None}
    # "Ruto met Mahama" (no date) told alike with "Ruto met Tinubu on 4 March": another meeting.
    _, lead = one_story([meeting("h1", "A"), meeting("h2", "B", [RUTO, mahama], **undated), meeting("h3", "C")])
    assert lead["B"] == "h2" and lead["A"] == "h1"
    # Naming more of the meeting's people, or fewer, is the same meeting told in more or less detail.
    _, lead = one_story([meeting("h1", "A"), meeting("h2", "B", [RUTO, TINUBU, mahama], **undated),
                         meeting("h3", "C")])
    assert set(lead.values()) == {"h1"}
    # A dated report goes by its date; and a person the dictionary does not know may be an alias.
    _, lead = one_story([meeting("h1", "A"), meeting("h2", "B", [RUTO, mahama]), meeting("h3", "C")])
    assert set(lead.values()) == {"h1"}
    alias = ActorRef("provisional:william-samoei-ruto", "William Samoei Ruto", "person")
    _, lead = one_story([meeting("h1", "A"), meeting("h2", "B", [alias, TINUBU], **undated), meeting("h3", "C")])
    assert set(lead.values()) == {"h1"}


def test_a_dated_report_of_other_people_does_not_date_its_story_s_undated_meeting():
    mahama = ActorRef("john-mahama", "John Mahama", "person", "GH")
    undated = {"date": None, "basis": None}
    # A and C, undated, report Ruto meeting Tinubu in Abuja; B, told alike, reports Ruto meeting
    # Mahama on 4 March.  B's day is of another meeting and must not date A and C's.
    kept, lead = one_story([meeting("h1", "A", place=ABUJA, **undated), meeting("h2", "B", [RUTO, mahama]),
                            meeting("h3", "C", place=ABUJA, **undated)])
    assert lead["B"] == "h2" and lead["A"] == "h1"
    assert next(h for h in kept if h.id == "h1").date is None
    assert next(h for h in kept if h.id == "h2").date == "2025-03-04"
    # A dated report of the same people, in more detail, still gives the undated meeting its day.
    kept, lead = one_story([meeting("h1", "A", place=ABUJA, **undated), meeting("h2", "B", [RUTO, TINUBU, mahama]),
                            meeting("h3", "C", place=ABUJA, **undated)])
    assert set(lead.values()) == {"h1"} and next(h for h in kept if h.id == "h1").date == "2025-03-04"


def test_an_undated_report_naming_another_weekday_stays_out_of_its_story_s_meeting():
    # 4 March 2025 was a Tuesday.  "Ruto met Tinubu on Friday", told alike with the dated
    # reports of Tuesday's meeting, is of another meeting of the two.
    undated = meeting("h2", "B", date=None, basis=None)
    undated.mentions[0].text, undated.mentions[0].lede = "Ruto met Tinubu on Friday.", True
    _, lead = one_story([meeting("h1", "A"), undated, meeting("h3", "C")])
    assert lead["B"] == "h2" and lead["A"] == "h1"
    undated.mentions[0].text = "Ruto met Tinubu on Tuesday."
    _, lead = one_story([meeting("h1", "A"), undated, meeting("h3", "C")])
    assert set(lead.values()) == {"h1"}


def test_a_dated_report_stays_out_of_its_story_s_undated_meeting_of_another_day():
    # The story's meeting (the lead of two of its reports) has no date, but its opening names
    # the 16th ("ルト大統領は16日、ティヌブ大統領と会談した"); a report of a meeting of the
    # 4th of March, told alike, is of another meeting of the two.
    def of_the_16th(hid: str, article: str) -> Happening:
        undated = meeting(hid, article, date=None, basis=None)
        undated.mentions[0].lede, undated.mentions[0].date = True, TimeValue("on the 16th", basis="text")
        return undated

    kept, lead = one_story([of_the_16th("h1", "A"), meeting("h2", "B"), of_the_16th("h3", "C")])
    assert lead["B"] == "h2" and lead["A"] == lead["C"] == "h1"
    # ... and so is an undated one that names the 6th.
    sixth = meeting("h2", "B", date=None, basis=None)
    sixth.mentions[0].lede, sixth.mentions[0].date = True, TimeValue("on the 6th", basis="text")
    _, lead = one_story([of_the_16th("h1", "A"), sixth, of_the_16th("h3", "C")])
    assert lead["B"] == "h2"
    # A report of the 16th joins it.
    _, lead = one_story([of_the_16th("h1", "A"), meeting("h2", "B", date="2025-03-16"), of_the_16th("h3", "C")])
    assert set(lead.values()) == {"h1"}


def test_an_undated_report_of_other_people_joins_the_one_meeting_of_its_people_in_its_story():
    mahama = ActorRef("john-mahama", "John Mahama", "person", "GH")
    undated = {"date": None, "basis": None}

    def story(*extra):
        # A and C report Ruto meeting Tinubu on 4 March; C also reports Ruto meeting Mahama
        # that day; B, told alike, says only that Ruto was to meet Mahama (no date).
        happenings = [meeting("h1", "A"), meeting("h2", "B", [RUTO, mahama], **undated), meeting("h3", "C"),
                      meeting("h4", "C", [RUTO, mahama]), *extra]
        lead = {"A": "h1", "B": "h2", "C": "h3", "D": "h5" if extra else None}
        return unify_leads([["A", "B", "C", "D"]], lead, happenings, {})

    kept, lead = story()
    assert next(h for h in kept if h.id == "h4").articles == ["B", "C"]
    assert "h2" not in {h.id for h in kept}
    assert lead["B"] == "h4"  # B leads the meeting its report went over to
    # The two met twice in the story's reports: which meeting is B's is not known.
    kept, _ = story(meeting("h5", "D", [RUTO, mahama], date="2024-05-01"))
    assert next(h for h in kept if h.id == "h2").articles == ["B"]


KENYA = ActorRef("country:KE", "Kenya", "country", "KE")
SOMALIA = ActorRef("country:SO", "Somalia", "country", "SO")
SHABAAB = ActorRef("org:al-shabaab", "al-Shabaab", "group", "SO")


def strike(hid: str, article: str, date: str | None, *, type_: str = "ASSAULT", precision: str = "day") -> Happening:
    """A dated report of Kenya striking al-Shabaab in Somalia."""
    mention = EventMention(f"m-{hid}", article, type_, 0, 40, "Kenyan jets struck al-Shabaab camps on Monday",
                           source=[KENYA], target=[SHABAAB, SOMALIA])
    return Happening(hid, type_, "strike", date, precision if date else None, None, [KENYA, SHABAAB, SOMALIA],
                     mentions=[mention], date_basis="text" if date else None)


def lone(article: str, actor: ActorRef = KENYA, type_: str = "ASSAULT") -> EventMention:
    """An undated opening that names one side only: "Kenya launched air strikes"."""
    return EventMention(f"lone-{article}", article, type_, 0, 30, "Kenya launched air strikes", source=[actor],
                        lede=True)


def test_an_undated_act_naming_a_weekday_far_from_its_story_s_day_stays_out():
    # 3 March 2025 was a Monday.  "Kenyan jets struck ... on Thursday", told in the words of
    # the story of Monday's strike, is another strike; told from another time zone, the day
    # before or after is the same one.
    def b_joins(text: str, other_days: set[str] | None = None) -> bool:
        undated = strike("h2", "B", None)
        undated.mentions[0].text, undated.mentions[0].lede = text, True
        happenings = [strike("h1", "A", "2025-03-03"), undated, strike("h3", "C", "2025-03-03")]
        _, lead = unify_leads([["A", "B", "C"]], {"A": "h1", "B": "h2", "C": "h1"}, happenings, {}, None, other_days)
        return lead["B"] == "h1"

    kept_apart: set[str] = set()
    assert not b_joins("Kenyan jets struck al-Shabaab camps on Thursday.", kept_apart)
    assert kept_apart == {"h2"}  # the story's days are not its own: nothing dates it by them
    assert b_joins("Kenyan jets struck al-Shabaab camps early Tuesday.")
    assert b_joins("Kenyan jets struck al-Shabaab camps on Monday.")
    assert b_joins("Kenyan jets struck al-Shabaab camps.")


def test_a_lone_party_s_undated_act_takes_the_day_of_its_story_s_act():
    dated = strike("h1", "A", "2024-05-06")
    date_lone_acts([["A", "B"]], [dated], [lone("B")])
    assert "B" in dated.articles


def test_a_lone_act_stays_undated_when_the_story_is_ambiguous_or_elsewhere():
    # Two dated strikes on different days in the story: which one is unknown.
    first, second = strike("h1", "A", "2024-05-06"), strike("h2", "C", "2024-05-09")
    date_lone_acts([["A", "B", "C"]], [first, second], [lone("B")])
    assert "B" not in first.articles and "B" not in second.articles
    # Another story, another type, a party the happening does not name, a year alone, a meeting.
    cases = [([["A"], ["B"]], strike("h1", "A", "2024-05-06"), lone("B")),
             ([["A", "B"]], strike("h1", "A", "2024-05-06"), lone("B", type_="PROTEST")),
             ([["A", "B"]], strike("h1", "A", "2024-05-06"), lone("B", actor=TINUBU)),
             ([["A", "B"]], strike("h1", "A", "2024", precision="year"), lone("B")),
             ([["A", "B"]], strike("h1", "A", "2024-05-06", type_="CONSULT"), lone("B", type_="CONSULT"))]
    for stories, happening, mention in cases:
        date_lone_acts(stories, [happening], [mention])
        assert "B" not in happening.articles


NIGERIA = PlaceRef("Nigeria", "NG", kind="country")
LAGOS = PlaceRef("Lagos", "NG", kind="city", lat=6.45, lon=3.39)
NAIROBI = PlaceRef("Nairobi", "KE", kind="city", lat=-1.28, lon=36.82)


def test_an_undated_report_in_its_own_story_joins_the_one_dated_meeting_of_its_people_there():
    # "Ruto y Tinubu se reunieron en Nigeria" (no day, a story of its own) and the dated meeting in Abuja.
    kept, lead = join_undated_across_stories(
        [meeting("h1", "A", place=ABUJA), meeting("h2", "B", date=None, place=NIGERIA, basis=None)],
        {"A": "h1", "B": "h2"})
    assert lead == {"A": "h1", "B": "h1"} and [h.id for h in kept] == ["h1"]
    assert {m.article for m in kept[0].mentions} == {"A", "B"}
    # A month that holds the day is no other date.
    month = meeting("h2", "B", date="2025-03", place=NIGERIA, basis="text")
    month.date_precision = "month"
    _, lead = join_undated_across_stories([meeting("h1", "A", place=ABUJA), month], {"A": "h1", "B": "h2"})
    assert lead["B"] == "h1"


def test_an_undated_report_stays_apart_from_another_place_a_second_meeting_or_with_no_place():
    undated = {"date": None, "basis": None}
    cases = [
        [meeting("h1", "A", place=NAIROBI), meeting("h2", "B", place=NIGERIA, **undated)],  # another country
        [meeting("h1", "A", place=LAGOS), meeting("h2", "B", place=ABUJA, **undated)],  # another city
        [meeting("h1", "A", place=ABUJA), meeting("h2", "B", **undated)],  # no place named
        [meeting("h1", "A", place=ABUJA), meeting("h3", "C", place=ABUJA, date="2024-01-09"),
         meeting("h2", "B", place=NIGERIA, **undated)],  # two meetings of theirs there: which?
        [meeting("h1", "A", place=ABUJA), meeting("h2", "B", [RUTO], place=NIGERIA, **undated)],  # one person
    ]
    for happenings in cases:
        lead = {m.article: h.id for h in happenings for m in h.mentions}
        _, after = join_undated_across_stories(happenings, dict(lead))
        assert after == lead


def test_an_undated_report_naming_another_weekday_stays_apart_from_the_meeting_there():
    # "Ruto met Tinubu in Abuja on Friday" (no date) and their meeting in Abuja of Tuesday 4 March
    # 2025: the same people in the same city, another day.
    undated = meeting("h2", "B", date=None, place=ABUJA, basis=None)
    undated.mentions = [EventMention("m-B", "B", "CONSULT", 0, 40, "Ruto met Tinubu in Abuja on Friday",
                                     source=[RUTO], target=[TINUBU], lede=True)]
    lead = {"A": "h1", "B": "h2"}
    _, after = join_undated_across_stories([meeting("h1", "A", place=ABUJA), undated], dict(lead))
    assert after == lead
    # ... and joins it when the day it names is the meeting's.
    undated.mentions = [EventMention("m-B", "B", "CONSULT", 0, 40, "Ruto met Tinubu in Abuja on Tuesday",
                                     source=[RUTO], target=[TINUBU], lede=True)]
    _, after = join_undated_across_stories([meeting("h1", "A", place=ABUJA), undated], dict(lead))
    assert after == {"A": "h1", "B": "h1"}


def test_an_article_published_long_after_or_before_the_story_s_meeting_stays_out():
    # A and C report the meeting of 4 March 2025; B, undated, tells alike of a meeting of the
    # same two and was published a year later: another meeting.
    undated = {"date": None, "basis": None}
    happenings = [meeting("h1", "A"), meeting("h2", "B", **undated), meeting("h3", "C")]
    stories, lead = [["A", "B", "C"]], {"A": "h1", "B": "h2", "C": "h1"}
    _, joined = unify_leads(stories, lead, happenings, {}, {"B": "2026-03-10"})
    assert joined["B"] == "h2"
    # ... or published before the meeting it would join (and not as its plan).
    happenings = [meeting("h1", "A"), meeting("h2", "B", **undated), meeting("h3", "C")]
    _, joined = unify_leads(stories, lead, happenings, {}, {"B": "2025-02-20"})
    assert joined["B"] == "h2"
    # Published on the day after the meeting, it joins.
    happenings = [meeting("h1", "A"), meeting("h2", "B", **undated), meeting("h3", "C")]
    _, joined = unify_leads(stories, lead, happenings, {}, {"B": "2025-03-05"})
    assert joined["B"] == "h1"


def test_a_lead_dated_long_before_its_report_is_background_not_news():
    from dateline.link.stories import told_as_news

    assert told_as_news("2025-03-04", "2025-03-05")
    assert told_as_news("2025-03", "2025-03-20")  # a month that holds the news
    assert not told_as_news("2024-04-08", "2025-03-05")  # the crime, told in the sentencing's report
    assert told_as_news("2024-04-08", None)  # no day to measure it by


def test_an_article_whose_lead_is_an_old_happening_follows_its_story():
    # A and C report the meeting of 4 March 2025; B, published the day after, opens on a
    # meeting of the same two a year before (what the new one follows up): B tells the story.
    old = meeting("h2", "B", date="2024-02-10")
    happenings = [meeting("h1", "A"), old, meeting("h3", "C")]
    stories, lead = [["A", "B", "C"]], {"A": "h1", "B": "h2", "C": "h1"}
    kept, joined = unify_leads(stories, lead, happenings, {"B": (0, 20, "Ruto and Tinubu met.")},
                               {"B": "2025-03-05"})
    assert joined["B"] == "h1"
    assert old in kept and old.date == "2024-02-10"  # the old meeting stays what it was
    # Published the week of that old day, it is B's news, and the dates keep it apart.
    happenings = [meeting("h1", "A"), meeting("h2", "B", date="2024-02-10"), meeting("h3", "C")]
    _, joined = unify_leads(stories, lead, happenings, {}, {"B": "2024-02-12"})
    assert joined["B"] == "h2"


def test_a_lead_dated_long_before_its_report_does_not_keep_it_from_its_story():
    # Both tell the sentencing; one's lead was read as the crime, over a year before.
    a = quake(1, "Sumatra", "Budi", "2025-03-05")
    b = quake(2, "Sumatra", "Budi", "2025-03-05")
    a.lead_date, b.lead_date = "2025-03-04", "2023-11-20"
    assert len(cluster_stories([a, b])) == 1
    b.lead_date = "2025-02-27"  # a week before: its own news, on another day
    assert len(cluster_stories([a, b])) == 2


def told_on(article: str, day: str, *, basis: str = "text", precision: str = "day") -> EventMention:
    """A dated opening of one side's act: "Kenya launched air strikes on Monday"."""
    mention = lone(article)
    mention.id = f"dated-{article}"
    mention.date = TimeValue("on Monday", date=day, precision=precision, basis=basis)  # type: ignore[arg-type]
    return mention


def test_lone_acts_of_one_story_take_the_day_one_of_them_states():
    made = lone_acts_told_alike([["A", "B", "C"]], [lone("B"), lone("C")], [told_on("A", "2024-05-06")])
    assert len(made) == 1 and made[0].articles == ["A", "B", "C"]
    assert (made[0].date, made[0].date_basis) == ("2024-05-06", "text")


def test_lone_acts_stay_undated_without_one_stated_day_of_their_story():
    cases = [
        # Two days stated: which is the act's is not known.
        ([["A", "B", "C"]], [lone("B")], [told_on("A", "2024-05-06"), told_on("C", "2024-05-09")]),
        # Another story, another side, another type.
        ([["A"], ["B"]], [lone("B")], [told_on("A", "2024-05-06")]),
        ([["A", "B"]], [lone("B", actor=TINUBU)], [told_on("A", "2024-05-06")]),
        ([["A", "B"]], [lone("B", type_="PROTEST")], [told_on("A", "2024-05-06")]),
        # Only a publication day, or only a month.
        ([["A", "B"]], [lone("B")], [told_on("A", "2024-05-06", basis="reported")]),
        ([["A", "B"]], [lone("B")], [told_on("A", "2024-05", precision="month")]),
    ]
    for stories, loose, dated in cases:
        assert lone_acts_told_alike(stories, loose, dated) == []


def test_two_happenings_of_the_same_people_dated_to_one_day_are_one():
    # "Ruto phoned Tinubu on Tuesday" in two undated reports, each dated by its story afterwards.
    kept, lead = join_same_day_twins(
        [meeting("h1", "A"), meeting("h2", "B", place=ABUJA), meeting("h3", "C")], {"A": "h1", "B": "h2", "C": "h3"})
    assert len(kept) == 1 and set(lead.values()) == {kept[0].id}
    assert set(kept[0].articles) == {"A", "B", "C"} and kept[0].place == ABUJA


def test_same_day_twins_stay_apart_at_other_places_on_other_days_or_with_other_people():
    cases = [
        [meeting("h1", "A", place=ABUJA), meeting("h2", "B", place=NAIROBI)],  # another country
        [meeting("h1", "A"), meeting("h2", "B", date="2025-03-05")],  # another day
        [meeting("h1", "A"), meeting("h2", "B", [RUTO])],  # one person
    ]
    for happenings in cases:
        lead = {m.article: h.id for h in happenings for m in h.mentions}
        kept, after = join_same_day_twins(happenings, dict(lead))
        assert after == lead and len(kept) == 2
    # A report whose opening names another weekday than the day it was given (Tuesday 4 March
    # 2025) was dated from outside: "Ruto met Tinubu on Friday".
    other = meeting("h2", "B")
    other.mentions = [EventMention("m-B", "B", "CONSULT", 0, 40, "Ruto met Tinubu on Friday",
                                   source=[RUTO], target=[TINUBU], lede=True)]
    kept, after = join_same_day_twins([meeting("h1", "A"), other], {"A": "h1", "B": "h2"})
    assert after == {"A": "h1", "B": "h2"} and len(kept) == 2


def test_numbers_alone_never_join_two_reports():
    # Two reports in a script without capitals: their only own terms are the numbers they share.
    a = StoryInput("a", None, "وصل الوفد يوم 16 مارس 2021 بعد رحلة استمرت 19 ساعة.")
    b = StoryInput("b", None, "سقطت الطائرة يوم 16 مارس 2021 وعلى متنها 19 راكبا.")
    assert sorted(map(sorted, cluster_stories([a, b]))) == [["a"], ["b"]]


def test_resolved_actors_are_the_names_of_a_text_without_capitals():
    terms = salient_terms(None, "التقى الرئيس الأول بالرئيس الثاني يوم 16 مارس.", ("person-a", "country:ZZ"))
    assert terms["actor:person-a"] > 0 and terms["actor:country:ZZ"] > 0 and terms["16"] > 0


def test_a_text_with_capitals_keeps_its_own_names():
    # Its names are already its words: the resolved actors add nothing to them.
    terms = salient_terms(None, "Lindqvist met Okafor in Tromsø.", ("person-a",))
    assert "actor:person-a" not in terms and terms["lindqvist"] > 0


def test_two_reports_without_capitals_naming_the_same_people_are_one_story():
    people = ("person-a", "person-b", "country:ZZ")
    a = StoryInput("a", None, "التقى الرئيسان يوم 16 مارس.", actor_ids=people)
    b = StoryInput("b", None, "اجتمع الزعيمان أمس في العاصمة.", actor_ids=people)
    c = StoryInput("c", None, "سقطت طائرة يوم 16 مارس.", actor_ids=("country:YY",))
    assert sorted(map(sorted, cluster_stories([a, b, c]))) == [["a", "b"], ["c"]]


def test_an_ascii_text_is_cased_when_it_has_a_letter():
    # ASCII letters all have a capital form; a text of digits alone has no names of its own.
    assert "actor:person-a" not in salient_terms(None, "talks resumed on 16 march.", ("person-a",))
    assert salient_terms(None, "16 / 03 / 2021", ("person-a",))["actor:person-a"] > 0


def test_reports_in_a_script_without_capitals_of_two_meetings_of_the_same_people_are_two_stories():
    # Kishida and Yoon meet in Tokyo in March and in Seoul in May: the knowledge base's names
    # are the same in all four reports, their words are not.
    people = ("fumio-kishida", "yoon-suk-yeol")
    tokyo = ["岸田首相と尹大統領は東京の首相官邸で首脳会談を行い、徴用工問題の解決策を評価した。",
             "東京で開かれた日韓首脳会談で、岸田首相は徴用工問題の解決策を評価し、尹大統領と夕食を共にした。"]
    seoul = ["岸田首相はソウルを訪問し、尹大統領と会談した。福島原発の処理水について視察団の派遣で一致した。",
             "ソウルでの首脳会談で、尹大統領は福島原発の処理水をめぐる視察団の派遣を表明し、岸田首相が歓迎した。"]
    items = [StoryInput(f"t{i}", None, body, actor_ids=people) for i, body in enumerate(tokyo)]
    items += [StoryInput(f"s{i}", None, body, actor_ids=people) for i, body in enumerate(seoul)]
    stories = cluster_stories(items)
    assert not any({a[0] for a in story} == {"t", "s"} for story in stories)
