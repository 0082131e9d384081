"""A story's happenings: once stories are found (``dateline.link.stories``), the articles of one
story share one lead happening, lone acts of one story take the day one of its reports states,
undated happenings join their dated story's, and same-day twins of one pair are one; a
happening its own reports leave undated (or dated only by a publication day) takes the day its
story's reports give it (the ``date_*`` and ``lone_acts_by_story`` functions at the end).

Each step is a veto-guarded join: a wrong day from a wrong join is worse than no day, so every
join names what would keep the two apart (other people, another day, another place, a lead that
is background rather than the report's news).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable

from dateline.link.dates import days_of, iso_day, named_day_conflict, named_days_differ
from dateline.link.happenings import happening_of, move_leads
from dateline.link.stories import NEWS_WITHIN, told_as_news
from dateline.link.venues import near
from dateline.records import TimeValue


def _people_of(happening) -> set[str]:
    return {p.id for p in happening.participants if p.kind == "person"}


def _text_date(happening) -> str | None:
    """A happening's date where a text states it (a publication day alone is no conflict)."""
    return happening.date if happening.date_basis != "reported" else None


def _reported_conflict(a, b) -> bool:
    """One happening is dated by its reports' publication day and the other by a text's date
    after that day: a report tells of what had happened by the day it was published, so the
    later day is another happening ("Blinken met Qin" printed on Sunday, "Blinken meets Xi
    on Monday")."""
    for one, two in ((a, b), (b, a)):
        if one.date_basis == "reported" and one.date and _text_date(two):
            if days_of(two.date)[0] > days_of(one.date)[0]:
                return True
    return False


def _same_when_and_where(a, b) -> bool:
    da, db = _text_date(a), _text_date(b)
    if da and db and not (da.startswith(db) or db.startswith(da)):
        return False
    if _reported_conflict(a, b):
        return False
    if not da and not db and len(_people_of(a) & _people_of(b)) >= 2:
        # Two undated reports of the same people meeting: the same pair meets again and
        # again, and telling a like story is no evidence that it is the same meeting.
        return False
    return a.place is None or b.place is None or not _places_differ(a.place, b.place)


# An undated report that names this many people is a report of their meeting (or clash), and
# a happening lacking one of them, with people the report does not name, is another one.
_NAMED_PEOPLE = 2


def _known_people(happening) -> set[str]:
    """People the actor dictionary knows: a provisional one may be another's unknown alias."""
    return {p for p in _people_of(happening) if not p.startswith("provisional:")}


def _other_people(own, chosen) -> bool:
    """A report and the story's happening, one with no date at all, whose people do not cover
    each other: "Modi met Zelensky" (undated) told alike with "Modi met Xi in Tianjin"; "Jaishankar
    met Lavrov on Thursday" with an undated "Jaishankar met Wang Yi in Astana" (which would take
    that day).  Only the likeness of the words brings it there; its people say it is another
    happening.  (One set within the other is one happening told in more or less detail:
    "Lavrov, Kuleba and Cavusoglu met" and "Lavrov met Kuleba"; two dated ones go by their dates.)"""
    if own.date is not None and chosen.date is not None:
        return False
    mine, theirs = _known_people(own), _known_people(chosen)
    if len(mine) < _NAMED_PEOPLE or not theirs:
        return False
    return not (mine <= theirs or theirs <= mine)


def _other_day(own, chosen, article_id: str | None = None, meetings_only: bool = True) -> bool:
    """A report with no date whose opening names a day ("met on Tuesday") that the story's
    dated happening is not: told alike, but of another meeting of the same people
    (``dateline.link.happenings.named_day_conflict``).  ``article_id``: that article's reports
    only (an article moving between happenings); else all of ``own``'s.

    ``meetings_only`` False: any act.  "The army seized power on Monday" told in the words of a
    story of a Thursday visit, "the US on Thursday ordered the expulsion" in those of another
    country's expulsion on a Tuesday: the story's words, not its days, brought them there.  An
    act other than a meeting is told from other time zones and overnight ("late Tuesday",
    "early Wednesday"), so the day before and the day after the story's also fit."""
    if (meetings_only and own.type != "CONSULT") or own.date is not None:
        return False
    if chosen.date is None or len(chosen.date) != 10:
        return False
    day = dt.date.fromisoformat(chosen.date)
    if own.type == "CONSULT":
        first, last = (day - dt.timedelta(days=1) if chosen.date_basis == "reported" else day), day
    else:
        first, last = day - dt.timedelta(days=1), day + dt.timedelta(days=1)
    # Its own reports of the act: what was said or done at it names the day it was said.
    told = [m for m in own.mentions if article_id in (None, m.article) and m.type == own.type]
    return named_day_conflict(told, first, last)


def _days_apart(own, chosen, article_id: str) -> bool:
    """The other way round from ``_other_day``: the story's happening has no date but its
    openings name a day ("岸田首相は16日、尹大統領と会談した", in a text with no publication
    day) that the article's dated meeting is not (one of the 26th); or neither has a date and
    they name other days.  Told alike, of two meetings of the same people.  Meetings only: a
    meeting is held on one day, while a story's other act gathers the days of its parts (the
    coup of a Wednesday, the ultimatum of a Sunday)."""
    if own.type != "CONSULT" or chosen.type != "CONSULT":
        return False  # other acts go on for days, and a story's happening gathers their days
    if own.date is not None and chosen.date is None:
        return _other_day(chosen, own)
    if own.date is None and chosen.date is None:
        mine = [m for m in own.mentions if m.article == article_id and m.type == own.type]
        return named_days_differ(mine, [m for m in chosen.mentions if m.type == chosen.type])
    return False


def _move(article_id: str, own, chosen) -> None:
    """An article's reports of ``own`` go over to ``chosen``, with what they know."""
    moved = [m for m in own.mentions if m.article == article_id]
    own.mentions = [m for m in own.mentions if m.article != article_id]
    chosen.mentions.extend(moved)
    _fill_in(chosen, own)


def _story_twin(own, article_id: str, story: list[str], holding: dict[str, list]):
    """The one dated meeting of exactly the same people that another article of the story
    reports, for an undated report kept out of the story's own meeting for its people:
    "Blinken was also to meet Xi on the trip", told alike with reports of Blinken meeting
    Wang Yi on Monday, one of which says he met Xi that day too.  Two such meetings (the
    same people met twice), a conflict of date or place, or a day its opening names that
    the meeting is not: no join."""
    people = _known_people(own)
    if own.type != "CONSULT" or own.date is not None or len(people) < _NAMED_PEOPLE:
        return None
    twins = {h.id: h for other in story if other != article_id for h in holding.get(other, ())
             if h is not own and h.type == own.type and _text_date(h) and _known_people(h) == people}
    if len(twins) != 1:
        return None
    twin = next(iter(twins.values()))
    if not _same_when_and_where(own, twin) or _other_day(own, twin, article_id):
        return None
    return twin


# Parties that a named person of their country stands for in a meeting's participants.
_STAND_INS = ("country", "group")


def _covers(big, small) -> bool:
    """Every actor of ``small`` is in ``big``, a country (or a group of its officials, "Chinese
    leaders") through one of its people."""
    ids = {a.id for a in big}
    countries = {a.country for a in big if a.kind == "person" and a.country}
    return bool(small) and all(a.id in ids or (a.kind in _STAND_INS and a.country in countries) for a in small)


def _fill_in(chosen, own) -> None:
    """What a report brought over knows and the story's happening does not: "Xi and Abe met
    in Beijing" (undated) joins the dated story of their meeting and gives it its place; a
    text's date likewise outranks no date or a publication day alone.  (Known dates and places
    that differ never get here: ``_same_when_and_where``.)"""
    if chosen.type != own.type:
        return
    if _covers(own.participants, chosen.participants):
        # "Lavrov, Kuleba and Cavusoglu met" joins "Lavrov and Kuleba met in Turkey": one meeting,
        # its people named in full; a country a newly named person stands for goes.
        ids = {a.id for a in chosen.participants}
        added = [a for a in own.participants if a.id not in ids]
        covered = {a.country for a in added if a.kind == "person" and a.country}
        chosen.participants = [a for a in chosen.participants
                               if a.kind not in _STAND_INS or a.country not in covered] + added
    # A region ("Asia-Pacific", "Florida") says too little to stand for the happening's place.
    if chosen.place is None and own.place is not None and own.place.kind != "region":
        chosen.place = own.place
    # A year alone ("since 1979") is how a background mention is dated, not a meeting's news.
    if own.date and own.date_basis == "text" and own.date_precision != "year" and chosen.date is None:
        chosen.date, chosen.date_precision, chosen.date_basis = own.date, own.date_precision, own.date_basis


# A report is published on the day of the happening it tells of or after it (a day's grace for
# time zones and the next morning's paper), and tells its news within a month: a story's
# happening dated outside that window of an article's publication day is another happening
# told alike (the same people meet again, the same kind of act recurs).
_REPORTED_AFTER = dt.timedelta(days=1)  # a lead dated after its report was published is a plan


def _lead_is_news(happening, published: str | None) -> bool:
    """Is a happening, an article's lead, that article's news (``told_as_news``)?"""
    date = _text_date(happening)
    return not date or told_as_news(date, published)


def _published_apart(chosen, own, published: str | None) -> bool:
    """An article's publication day rules the story's happening out for the article's own
    happening: the story's text date is after that day (unless the article tells of it as
    planned), or more than ``NEWS_WITHIN`` before it.  (An article with no happening of its
    own is only the story's: its words are all that place it, and a story's date may be a
    side event's.)"""
    day, date = iso_day(published), _text_date(chosen)
    if day is None or not date:
        return False
    first, last = days_of(date)
    planned = own.status == "planned"
    return (first > day + _REPORTED_AFTER and not planned) or last < day - NEWS_WITHIN


def unify_leads(
    stories: list[list[str]],
    lead: dict[str, str | None],
    happenings: list,
    first_sentences: dict[str, tuple[int, int, str]],
    published: dict[str, str | None] | None = None,
    other_days: set[str] | None = None,
) -> tuple[list, dict[str, str | None]]:
    """Give every article of a story the same lead happening.

    The story's happening is the lead most of its articles already name; an article whose own
    lead differs brings its reports of that lead over.  A story none of whose articles has a
    happening gets one of type OTHER (a happening outside the political event types), with each
    article's first sentence as evidence.  ``other_days`` collects the happenings kept out of
    their story's for naming another day: the story's days are not theirs.
    """
    from dateline.records import EventMention, Happening, content_id

    by_id = {h.id: h for h in happenings}
    holding: dict[str, list] = defaultdict(list)  # each article's happenings, as linked
    for happening in happenings:
        for article_id in happening.articles:
            holding[article_id].append(happening)
    lead = dict(lead)
    for story in stories:
        named = Counter(h for a in story if (h := lead.get(a)))
        if len(story) < 2 and named:
            continue
        if named:
            chosen = by_id[max(sorted(named), key=lambda h: (named[h], len(by_id[h].mentions)))]
        else:
            chosen = Happening(
                id="h" + content_id("OTHER", *sorted(story), length=12), type="OTHER",
                label="", date=None, date_precision=None, place=None, participants=[],
            )
            happenings.append(chosen)
            by_id[chosen.id] = chosen
        for article_id in story:
            own = lead.get(article_id)
            if own == chosen.id:
                continue
            if own is not None and not _lead_is_news(by_id[own], (published or {}).get(article_id)):
                own = None  # its lead is background, not what it reports: it tells the story's
            if own is not None and not _same_when_and_where(by_id[own], chosen):
                continue  # known dates or places differ: never one happening
            if own is not None and _other_people(by_id[own], chosen):
                twin = _story_twin(by_id[own], article_id, story, holding)
                if twin is not None:
                    _move(article_id, by_id[own], twin)
                    lead[article_id] = twin.id  # its own happening has gone over whole
                continue
            if own is not None and _other_day(by_id[own], chosen, article_id, meetings_only=False):
                if other_days is not None:
                    other_days.add(own)
                continue
            if own is not None and _days_apart(by_id[own], chosen, article_id):
                continue
            if own is not None and _published_apart(chosen, by_id[own], (published or {}).get(article_id)):
                continue
            if own is not None:
                _move(article_id, by_id[own], chosen)
            elif article_id in first_sentences:
                start, end, text = first_sentences[article_id]
                chosen.mentions.append(EventMention(
                    id=content_id(article_id, "story", chosen.id), article=article_id, type=chosen.type,
                    start=start, end=end, text=text, trigger="",
                ))
            lead[article_id] = chosen.id
        if not chosen.label:
            chosen.label = first_sentences.get(story[0], (0, 0, "story"))[2][:120]
    kept = [h for h in happenings if h.mentions]
    kept_ids = {h.id for h in kept}
    lead = {a: (h if h in kept_ids else None) for a, h in lead.items()}
    return kept, lead



# Meetings have their own, stricter rules (the same people meet again and again: see
# ``_same_when_and_where`` and ``_other_people``); an OTHER happening has no parties.
_STORY_DATING_EXCLUDED = ("CONSULT", "OTHER")


def date_lone_acts(stories: list[list[str]], happenings: list, loose: Iterable) -> None:
    """Story rule for a lone party's undated act: an event mention in a report's opening that
    names one side only and no date ("India launched strikes", "Macron ordered the troops
    out") is no happening of its own (``dateline.link.happenings``: a lone party with no
    counterpart is not one), so nothing dates it.  When its article's story has exactly one
    dated day for an act of its type (a happening of that type, or one that carries a report
    of it) whose parties include the mention's, the mention joins that happening: the story,
    told in like words by reports published together, says it is the same act.  Dated
    candidates on different days leave it alone (a wrong date is worse than none); so does a
    year alone (background), and meetings."""
    story_of = {a: i for i, story in enumerate(stories) for a in story}
    in_story: dict[int, list] = defaultdict(list)  # each story's dated happenings, by their articles
    for happening in happenings:
        if (happening.type not in _STORY_DATING_EXCLUDED and happening.date is not None
                and happening.date_precision != "year"):
            for i in {story_of[a] for a in happening.articles if a in story_of}:
                in_story[i].append(happening)
    for mention in loose:
        if mention.type in _STORY_DATING_EXCLUDED or mention.article not in story_of:
            continue
        fitting = [h for h in in_story.get(story_of[mention.article], ())
                   # the story's happening may carry the act under its lead's type
                   if (h.type == mention.type or any(m.type == mention.type for m in h.mentions))
                   and _covers(h.participants, mention.participants)]
        if fitting and len({h.date for h in fitting}) == 1:
            max(fitting, key=lambda h: (len(h.mentions), h.id)).mentions.append(mention)


def lone_acts_told_alike(stories: list[list[str]], loose: Iterable, dated: Iterable) -> list:
    """Story rule for lone parties' acts that no happening holds: a report's undated opening
    act of one side ("China rejects the ruling") and another report of the same story whose
    opening tells the same kind of act by the same side on a day its text states ("China on
    Tuesday rejected the ruling") are one act, a happening of its own dated by that day.  A
    story whose reports state different days for it leaves it alone (a wrong date is worse
    than none); a day from a publication date alone, a month or a year is not enough, and
    meetings have their own rules.  Returns the new happenings."""
    story_of = {a: i for i, story in enumerate(stories) for a in story}
    donors: dict[tuple[int, str], list] = defaultdict(list)
    for mention in dated:
        value = mention.date
        if (mention.type in _STORY_DATING_EXCLUDED or mention.article not in story_of or value is None
                or value.basis != "text" or value.precision != "day" or not value.date):
            continue
        donors[(story_of[mention.article], mention.type)].append(mention)
    made: dict[tuple, dict] = {}
    for mention in loose:
        if mention.article not in story_of:
            continue
        key = (story_of[mention.article], mention.type)
        fitting = [d for d in donors.get(key, ()) if d.article != mention.article
                   and _covers(d.participants, mention.participants)]
        days = {d.date.date for d in fitting if d.date is not None}
        if len(days) != 1:
            continue
        held = made.setdefault((*key, days.pop()), {})
        for report in [*fitting, mention]:
            held.setdefault(report.id, report)
    return [happening_of(list(held.values())) for held in made.values()]


def join_undated_across_stories(happenings: list, lead: dict[str, str | None]) -> tuple[list, dict[str, str | None]]:
    """An undated happening of two or more known people at a named place joins the one
    happening of exactly those people, of its type, that a day dates at a compatible place.

    Stories are found from shared words, so a report in another language ("Obama y Castro se
    reunieron en Panamá", published on no known day) stays in a story of its own however alike
    its happening is; the linker's own rule for such a report (the same people in the same
    city) meets the other reports' happening before their story has dated it.  Now that every
    story has dated its happening, the rule is applied again: the same people, the same place
    (a city within its country), and no second dated happening of theirs there (the same pair
    meets again and again: two candidates leave it alone).  A happening dated to a month alone
    counts as undated when the candidate's day falls in that month."""
    dated = [h for h in happenings if h.date and h.date_precision == "day"]
    gone: set[str] = set()
    for own in happenings:
        if own.place is None or own.place.kind == "region" or own.id in gone:
            continue
        if own.date is not None and own.date_precision != "month":
            continue
        people = _known_people(own)
        if len(people) < _NAMED_PEOPLE:
            continue
        fitting = [h for h in dated
                   if h is not own and h.id not in gone and h.type == own.type and h.place is not None
                   and _known_people(h) == people and _same_place(own.place, h.place)
                   and (own.date is None or h.date.startswith(own.date)) and not _other_day(own, h)]
        if len(fitting) != 1:
            continue
        chosen = fitting[0]
        chosen.mentions.extend(own.mentions)
        ids = {a.id for a in chosen.participants}
        chosen.participants += [a for a in own.participants if a.id not in ids]
        gone.add(own.id)
        move_leads(lead, own.id, chosen.id)
    return [h for h in happenings if h.id not in gone], lead


def join_same_day_twins(happenings: list, lead: dict[str, str | None]) -> tuple[list, dict[str, str | None]]:
    """Happenings of one type, exactly the same two or more known people and the same day, at
    places that do not differ, are one.

    The linker keeps reports that no date ties together apart ("Obama spoke by phone on
    Friday with Rouhani" in two reports published on no known day), and their stories date
    each afterwards, to the same day.  The same people do the same kind of thing once a day:
    the happening with the most reports takes the other's."""
    by_key: dict[tuple, list] = {}
    for happening in happenings:
        people = _known_people(happening)
        if (happening.date and happening.date_precision == "day" and len(people) >= _NAMED_PEOPLE
                and not (happening.place is not None and happening.place.kind == "region")
                and not _names_another_day(happening)):
            by_key.setdefault((happening.type, happening.date, frozenset(people)), []).append(happening)
    gone: set[str] = set()
    for twins in by_key.values():
        if len(twins) < 2 or any(_places_differ(a.place, b.place) for a in twins for b in twins
                                 if a.place is not None and b.place is not None):
            continue
        twins.sort(key=lambda h: (-len(h.articles), h.id))
        chosen = twins[0]
        for own in twins[1:]:
            chosen.mentions.extend(own.mentions)
            ids = {a.id for a in chosen.participants}
            chosen.participants += [a for a in own.participants if a.id not in ids]
            if chosen.place is None or (chosen.place.kind == "country" and own.place is not None):
                chosen.place = own.place or chosen.place
            gone.add(own.id)
            move_leads(lead, own.id, chosen.id)
    return [h for h in happenings if h.id not in gone], lead


def _names_another_day(happening) -> bool:
    """The openings of a happening's own reports name a weekday or a day that its date is not
    ("met on Tuesday", dated to a Monday by a story of another visit): a date given it from
    outside, which is no ground to join it to anything."""
    day = dt.date.fromisoformat(happening.date)
    return named_day_conflict([m for m in happening.mentions if m.type == happening.type], day, day)


def _same_place(a, b) -> bool:
    """One place: one country, and within it the same city (or one side names the country alone)."""
    return bool(a.country) and a.country == b.country and not _places_differ(a, b)


def _places_differ(a, b) -> bool:
    """Two known places that cannot be one: other countries, or two cities of one country apart.

    Looser than the linker's place test (``dateline.link.happenings``): a region ("Florida",
    "Asia-Pacific") and a city of its country do not differ here.  The linker joins single
    reports and keeps a region apart from a city; a story has already brought the reports
    together by their words, and measured on the dev corpus the stricter test here, or the
    looser one in the linker, is worse."""
    if a.country and b.country and a.country != b.country:
        return True
    return a.kind == b.kind == "city" and a.name != b.name and not near(a, b)


# -- dating by story: the day a happening's story gives it (``dateline.resolve.story_time``) --


def _as_told(mention, *, in_opening: bool) -> tuple[TimeValue | None, bool, bool]:
    """What ``dated_by_story`` reads of a report: its date expression, whether it tells a plan,
    and whether it tells the act as done in its opening (``in_opening``: it stands there)."""
    planned = mention.status == "planned"
    return mention.date, planned, in_opening and mention.modality == "asserted" and not planned


def _take_date(happening, value: TimeValue) -> None:
    """``happening`` takes the date ``value`` gives it, with its precision and basis."""
    happening.date, happening.date_precision, happening.date_basis = value.date, value.precision, value.basis


def date_by_story(happenings, stories: list[list[str]], published_on: dict[str, str | None], *,
                  story_days_only: bool = False) -> None:
    """A happening still undated whose reports have no publication day, all in one story,
    takes the day that story gives its sentences (dateline.resolve.story_time.dated_by_story):
    its "on Friday" was written against the day the story's other reports came out.
    ``story_days_only``: only a past weekday naming one of the story's own days dates it (for
    a happening kept out of its story's happening for naming another day)."""
    from dateline.resolve import dated_by_story

    story_of = {a: i for i, story in enumerate(stories) for a in story}
    for happening in happenings:
        if happening.date is not None:
            continue
        own = [published_on.get(a) for a in happening.articles]
        held = {story_of.get(a) for a in happening.articles}
        index = held.pop() if len(held) == 1 else None
        if any(p and len(p) == 10 for p in own) or index is None:
            continue
        mentions = [_as_told(m, in_opening=m.lede) for m in happening.mentions]
        value = dated_by_story(mentions, own, [published_on.get(a) for a in stories[index]],
                               story_days_only=story_days_only)
        if value is not None:
            _take_date(happening, value)


def date_by_stories_around(happenings, stories: list[list[str]], published_on: dict[str, str | None]) -> None:
    """A happening left undated once every happening is joined (so that no join goes by it)
    takes the day the stories of its reports give its sentences (``dated_by_story``), even
    when some of its reports have publication days of their own or it spans two stories: its
    "on Friday", in a report with no publication day, was written against the day those
    stories' reports came out, and told as done in an opening, it is the news of that day.  A
    report dated by a month alone ("/2017/06/" in its address) says nothing against a day."""
    from dateline.resolve import dated_by_story

    story_of = {a: i for i, story in enumerate(stories) for a in story}
    for happening in happenings:
        if happening.date is not None:
            continue
        held = sorted({story_of[a] for a in happening.articles if a in story_of})
        if not held:
            continue
        own = [p for a in happening.articles if (p := published_on.get(a)) and len(p) == 10]
        around = [published_on.get(a) for i in held for a in stories[i]]
        mentions = [_as_told(m, in_opening=m.lede) for m in happening.mentions]
        value = dated_by_story(mentions, own, around)
        if value is not None:
            _take_date(happening, value)


def told_as_its_news(mentions: Iterable, news_ends: dict[str, int]) -> list:
    """The lone acts the story rules read (``date_lone_acts``, ``lone_acts_told_alike``,
    ``lone_acts_by_story``): those in a report's lede, or before ``news_ends`` of its article,
    the end of the first sentences where a report tells its news of the day
    (``dateline.openings.news_end``).  A saved page often opens with a headline or a
    line of context before its lede ("Saudi embassy stormed amid row, BBC reports. / Bahrain
    has severed relations with Iran"); an act further down is background."""
    return [m for m in mentions if m.lede or m.start < news_ends.get(m.article, 0)]


def lone_acts_by_story(loose: Iterable, stories: list[list[str]], published_on: dict[str, str | None]) -> list:
    """A lone party's act told in the opening of a report with no publication day, that no
    happening holds ("Bahrain severed ties with Iran", "gunmen attacked a concert hall on
    Friday night"), in a story whose other reports came out within a day of each other: a
    happening of its own on the day that story gives it (``dated_by_story``), as any of the
    story's dated reports would have given it had it told the act.  Meetings have their own
    rules; a story of reports days apart leaves it alone."""
    from dateline.resolve import dated_by_story

    story_of = {a: i for i, story in enumerate(stories) for a in story}
    made = []
    for mention in loose:
        if mention.type in _STORY_DATING_EXCLUDED or mention.article not in story_of:
            continue
        own = published_on.get(mention.article)
        if own and len(own) == 10:
            continue
        around = [published_on.get(a) for a in stories[story_of[mention.article]]]
        value = dated_by_story([_as_told(mention, in_opening=True)], [], around)
        if value is None:
            continue
        happening = happening_of([mention])
        _take_date(happening, value)
        made.append(happening)
    return made


# A story's stated day replaces a happening's publication day only this far before it.
_STATED_BEFORE_REPORTED = dt.timedelta(days=7)


def take_earlier_report(happening, reports: list[tuple[str, str | None]]) -> None:
    """A happening dated by its own reports' publication day whose story's reports say more:
    the day their openings state ("struck Aceh on Tuesday"), a text's date, which outranks a
    publication day; or reports published the day before (news is printed on the day or the
    morning after, so the earlier day is the happening's).  Only days in the week up to the
    publication day: a later day, or one long before, is of some other happening."""
    from dateline.resolve import story_date

    value = story_date(reports)
    if value is None or not value.date or len(value.date) != 10 or not happening.date:
        return
    day, current = dt.date.fromisoformat(value.date), dt.date.fromisoformat(happening.date)
    if value.basis == "text" and current - _STATED_BEFORE_REPORTED <= day <= current:
        happening.date, happening.date_precision, happening.date_basis = value.date, "day", "text"
    elif value.basis == "reported" and current - dt.timedelta(days=1) <= day < current:
        happening.date = value.date


def date_story(happening, reports: list[tuple[str, str | None]]) -> None:
    """A happening left undated after its story's reports were brought to it takes the date
    their events agree on, else the date the openings and publication days of the reports
    it leads give (dateline.resolve.story_time): what a report opens with is its news."""
    from dateline.resolve import agreed_date, bounded_date, story_date

    # Only its own reports date it: an act of another type brought over as an article's lead
    # (a photo caption's "reached a deal ... on March 28, 2025" over a report of a threat)
    # tells of another happening and its day.
    value = agreed_date(m.date for m in happening.mentions if m.type == happening.type)
    if value is None and reports:
        value = story_date(reports)
    if value is None:
        # Only bounds ("last week"): the month or year that holds them, after linking and
        # stories (which go by the bounds themselves).
        value = bounded_date(m.date for m in happening.mentions)
    if value is not None:
        _take_date(happening, value)


def _date_fits_lead(mention, chosen) -> bool:
    """Does a report's own date admit its article's lead happening's?  No date, or one its
    report's day could not resolve ("on Monday" with no publication day), admits any day but
    one its opening names otherwise; a publication day admits a day in the month up to it (the
    report tells what had happened by then); a text's date admits only a date within it."""
    value = mention.date
    if chosen.date is None:
        return value is None or not (value.date or value.earliest or value.latest)
    first, last = days_of(chosen.date)
    if value is None or not (value.date or value.earliest or value.latest):
        if (last - first).days >= 7:
            return True  # a month or a year: a weekday names none of its days in particular
        return not named_day_conflict([mention], first - dt.timedelta(days=1), last + dt.timedelta(days=1))
    if not value.date:
        return False
    if value.basis == "reported":
        day = days_of(value.date)[0]
        return day - NEWS_WITHIN <= last and first <= day + _REPORTED_AFTER
    return chosen.date.startswith(value.date) or value.date.startswith(chosen.date)


def _side_keys(actors) -> set[str]:
    return {a.country or a.id for a in actors}


def _doers_fit_lead(mention, chosen) -> bool:
    """Does a report's act, told further down than its opening, have a doer the lead's reports
    give it (or, told without one, someone acted on that they give)?  "MONUSCO condemned the
    hostile acts" in a report led by another's condemnation, or India's tit-for-tat expulsion in
    one led by Canada's, is another act."""
    own = [m for m in chosen.mentions if m.type == chosen.type and m.trigger]
    sources = set().union(*(_side_keys(m.source) for m in own)) if own else set()
    targets = set().union(*(_side_keys(m.target) for m in own)) if own else set()
    doers, done_to = _side_keys(mention.source), _side_keys(mention.target)
    if doers:
        return bool(doers & sources)
    return bool(done_to & targets)


def _lead_of_type(by_id: dict, lead: dict[str, str | None], article_id: str, type_: str):
    """The happening a report is led by, when it is of ``type_`` and a type stories date."""
    chosen = by_id.get(lead.get(article_id) or "")
    if chosen is None or chosen.type != type_ or chosen.type in _STORY_DATING_EXCLUDED:
        return None
    return chosen


def _holds_telling(chosen, article_id: str) -> bool:
    """Does the happening hold the report's own telling of its act (a story's evidence
    sentence, with no trigger, is not one)?"""
    return any(m.article == article_id and m.type == chosen.type and m.trigger for m in chosen.mentions)


def acts_of_their_lead(happenings: list, lead: dict[str, str | None], unlinked: Iterable,
                       news_ends: dict[str, int]) -> None:
    """An act told in a report's opening that no happening holds ("Jimmy Lai was arrested",
    "the US and Russia have exchanged Griner"), of the type of the happening the report is
    led by (its story brought it there, with no report of that act of its own): it is the
    report's telling of that act, and joins it.  Not when the report already tells the act
    there (this one is another), when its own date or named day rules the happening's out,
    and not for meetings (their own rules) or a story's happening of no type."""
    by_id = {h.id: h for h in happenings}
    joined = {m.id for h in happenings for m in h.mentions}
    for mention in told_as_its_news(unlinked, news_ends):
        chosen = _lead_of_type(by_id, lead, mention.article, mention.type)
        if mention.id in joined or chosen is None or _holds_telling(chosen, mention.article):
            continue
        if _date_fits_lead(mention, chosen):
            chosen.mentions.append(mention)
            joined.add(mention.id)


def later_acts_of_their_lead(happenings: list, lead: dict[str, str | None], unlinked: Iterable) -> None:
    """The first act of a report, further down than its opening, that no happening holds, of
    the type of the dated happening the report is led by when the lead holds no telling of that
    act by the report (its opening told it in words not read as the act: "Iran fires over 300
    drones" ... "the attack"): the report's telling of that act, and it joins it.  Only an act
    told as done, by a doer the lead's reports give it (or with none, on someone they act on),
    and whose own date admits the lead's; meetings and a story's happening of no type aside."""
    by_id = {h.id: h for h in happenings}
    joined = {m.id for h in happenings for m in h.mentions}
    told = {m.article for h in happenings for m in h.mentions if m.trigger and lead.get(m.article) == h.id
            and m.type == h.type}
    for mention in sorted(unlinked, key=lambda m: (m.article, m.start)):
        chosen = _lead_of_type(by_id, lead, mention.article, mention.type)
        if (mention.id in joined or mention.article in told or chosen is None or chosen.date is None
                or mention.modality != "asserted" or mention.status == "planned"):
            continue
        if _doers_fit_lead(mention, chosen) and _date_fits_lead(mention, chosen):
            chosen.mentions.append(mention)
            joined.add(mention.id)
            told.add(mention.article)


def lone_reports_of_their_lead(happenings: list, lead: dict[str, str | None], news_ends: dict[str, int]) -> list:
    """A happening with no date that one report alone tells, in its opening, of the type of the
    dated happening that report is led by ("Saudi Arabia and the UAE agreed to send Sudan aid",
    its report led by the aid its story dates on Sunday): the report's own telling of that act,
    which its parties kept apart.  It goes over whole, unless the lead already holds the
    report's telling of the act or a date of its own rules the lead's out; meetings and a
    story's happening of no type keep their rules.  Returns the happenings left."""
    by_id = {h.id: h for h in happenings}
    gone: set[str] = set()
    for happening in happenings:
        articles = {m.article for m in happening.mentions}
        if happening.date is not None or len(articles) != 1:
            continue
        article_id = next(iter(articles))
        chosen = _lead_of_type(by_id, lead, article_id, happening.type)
        if chosen is None or chosen is happening or chosen.date is None or _holds_telling(chosen, article_id):
            continue
        own = [m for m in happening.mentions if m.type == happening.type]
        if not told_as_its_news(own, news_ends) or not all(_date_fits_lead(m, chosen) for m in own):
            continue
        _move(article_id, happening, chosen)
        gone.add(happening.id)
    return [h for h in happenings if h.id not in gone]
