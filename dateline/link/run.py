"""Link a store: happenings from every stored event mention, each article's lead happening,
independent source counts and each quote's happening, saved in one transaction."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from dateline.clean.lines import is_credited_caption
from dateline.extract import STATE_SECTORS, completed_from_happening
from dateline.link.happenings import lead_happenings, link
from dateline.records import EventMention, Happening, TimeValue
from dateline.store import Filter, Store


@dataclass
class Linking:
    """The result of linking a store, ready to be saved in one transaction."""

    happenings: list[Happening]
    lead: dict[str, str | None]
    n_sources: dict[str, int]
    quote_happenings: dict[str, str | None]
    stamp: str
    completed: list[EventMention] = field(default_factory=list)  # mentions given a side by their happening
    incomplete: list[str] = field(default_factory=list)  # one-sided, no happening of their own: kept, not reported

    def save(self, store: Store) -> None:
        store.replace_happenings(self.happenings, self.lead, n_sources=self.n_sources,
                                 quote_happenings=self.quote_happenings, stamp=self.stamp,
                                 completed=self.completed, incomplete=self.incomplete)


def compute_linking(store: Store) -> Linking:
    """Link all stored event mentions into happenings, with each article's lead happening,
    independent source counts and the happening of each quote (nothing is written)."""
    from dateline.link.syndication import copy_of

    stamp = store.link_inputs_stamp()
    copies = copy_of(store)
    mentions = list(store.event_mentions())
    happenings = link(mentions, near_duplicates=copies)
    article_ids = store.article_ids()
    lead = lead_happenings(happenings, article_ids)
    linked = {m.id for h in happenings for m in h.mentions}
    # A lone party's act told in a report's opening with no date ("India struck nine sites")
    # is no happening of its own, but its story may date it (date_lone_acts); which acts are
    # the report's news is known once the bodies are read (_stories: told_as_its_news).
    unlinked = [m for m in mentions if m.id not in linked and m.participants]
    loose = [m for m in unlinked if not _dated(m.date)]
    happenings, lead = _stories(store, happenings, lead, loose, [m for m in unlinked if _dated(m.date) and m.lede],
                                unlinked)
    outlets = store.article_outlets()
    n_sources = {h.id: independent_reports(h.articles, outlets, copies) for h in happenings}
    # A report that names one party of an act its happening's other reports name whole tells
    # that act: its mention takes the missing side, or the side in place of a stray party (what
    # the happening's reports agree on).
    completed = [m for h in happenings for m in completed_from_happening(h.mentions, h.participants)]
    # A meeting told with one party only ("Jaishankar held bilateral meetings") that joins no
    # happening (no report names the other side), or an act of one party told at a meeting and
    # kept as its evidence ("Mr Xi praised close ties"), is not reported: it stays stored,
    # marked incomplete, so that the next link run may complete or link it when a new report
    # tells it.  Other acts stay reported with a side missing: "Lai was arrested", "prisoners
    # were freed" are a report's news told without their agent.
    joined = {m.id for h in happenings for m in h.mentions}
    incomplete = [m.id for h in happenings for m in h.mentions if is_incomplete(m, h.type)]
    incomplete += [m.id for m in mentions if m.id not in joined and is_incomplete(m, None)]
    return Linking(happenings, lead, n_sources, _quote_happenings(store, happenings, lead), stamp, completed,
                   incomplete)


# Acts whose report needs both parties named (a meeting is between someone and someone; the
# extraction gives them no unnamed group for a missing side either, dateline.extract.events).
BOTH_SIDES_NEEDED = frozenset({"CONSULT"})


def is_incomplete(mention: EventMention, happening_type: str | None) -> bool:
    """Is ``mention``, linked into a happening of ``happening_type`` (None: into none),
    incomplete (stored, not reported)?  When it names one side only and is no report of a
    happening of its own: a meeting in no happening, or another act told at a meeting (its
    evidence there, "Obama warned" in Obama and Putin's talks); or a meeting between a state
    and its own officials (``one_state_only``)."""
    if mention.type in BOTH_SIDES_NEEDED and one_state_only(mention):
        return True
    if bool(mention.source) == bool(mention.target):
        return False
    if happening_type is None:
        return mention.type in BOTH_SIDES_NEEDED
    return happening_type in BOTH_SIDES_NEEDED and mention.type != happening_type


def one_state_only(mention: EventMention) -> bool:
    """A meeting read between a state and its own officials ("Biden -> United States" from
    "Biden will fly to Washington", "Russia -> Putin" from "he was met by the Kremlin
    commandant", "Steven Cheung -> United States" from "Cheung said they met"): both sides
    are one party, so it names one side only.  A government and its country's rebels or
    opposition are two parties (an actor of another sector than a state's); a person of no
    known sector with their own country is one."""
    if not (mention.source and mention.target):
        return False
    actors = [*mention.source, *mention.target]
    if len({a.country for a in actors}) != 1 or actors[0].country is None:
        return False
    return (any(a.kind == "country" for a in actors)
            and all(a.kind == "country" or a.sector in (None, *STATE_SECTORS) for a in actors))


def link_store(store: Store, *, force: bool = False) -> int:
    """Link all stored event mentions into happenings and save them; returns how many.

    Linking runs over everything stored (a new report may join or split known happenings);
    when nothing it reads has changed since the last link, it is skipped unless ``force``.
    """
    from dateline.link.syndication import sign_unsigned

    sign_unsigned(store)
    if not force and store.get_meta("linked_from") == store.link_inputs_stamp():
        return store.count_happenings(Filter(include_other=True))
    linking = compute_linking(store)
    linking.save(store)
    return len(linking.happenings)


def independent_reports(articles: Iterable[str], outlets: dict[str, str], copies: dict[str, str]) -> int:
    """How many independent reports: one per outlet, and a copy of another outlet's
    article (syndicated agency copy) adds nothing to its original's count."""
    groups: list[set[str]] = []
    for article in articles:
        keys = {"outlet:" + outlets.get(article, article), "story:" + copies.get(article, article)}
        joined = [g for g in groups if g & keys]
        merged = keys.union(*joined)
        groups = [g for g in groups if not (g & keys)] + [merged]
    return len(groups)


def _stories(store: Store, happenings, lead, loose: Iterable = (), lone_dated: Iterable = (),
             unlinked: Iterable = ()):
    """Articles that tell one story share one lead happening (see dateline.link.stories)."""
    from dateline.link.languages import join_across_languages, join_undated_by_named_day
    from dateline.link.stories import (
        LEAD_CHARS,
        StoryInput,
        cluster_stories,
    )
    from dateline.link.story_leads import (
        acts_of_their_lead,
        date_by_stories_around,
        date_by_story,
        date_lone_acts,
        date_story,
        join_same_day_twins,
        join_undated_across_stories,
        later_acts_of_their_lead,
        lone_acts_by_story,
        lone_acts_told_alike,
        lone_reports_of_their_lead,
        take_earlier_report,
        told_as_its_news,
        unify_leads,
    )
    from dateline.openings import news_end

    by_id = {h.id: h for h in happenings}
    inputs, first = [], {}
    news_ends: dict[str, int] = {}
    # Every English article tells a story, even one whose analysis found nothing or failed.
    analysed = store.analysed_article_ids()
    named = store.actor_ids_before(LEAD_CHARS)
    for article_id, title, body, published in store.article_texts():
        if article_id not in analysed:
            continue
        own = by_id.get(lead.get(article_id) or "")
        place = (own.place.country, own.place.name) if own and own.place else None
        # A lead dated only by its report's publication day says nothing a story could conflict on.
        lead_date = own.date if own and own.date_basis == "text" else None
        inputs.append(StoryInput(article_id, title, body, published, lead_date, place,
                                 tuple(named.get(article_id, ()))))
        news_ends[article_id] = news_end(body)
        first[article_id] = story_opening(body)
    stories = cluster_stories(inputs)
    loose = told_as_its_news(loose, news_ends)
    published_on = {item.article_id: item.published for item in inputs}
    other_days: set[str] = set()
    happenings, lead = unify_leads(stories, lead, happenings, first, published_on, other_days)
    for happening in happenings:
        if happening.date is None:
            led = [a for a in happening.articles if a in first and lead.get(a) == happening.id]
            date_story(happening, [(first[a][2], published_on.get(a)) for a in led])
        elif happening.date_basis == "reported":
            led = [a for a in happening.articles if a in first and lead.get(a) == happening.id]
            take_earlier_report(happening, [(first[a][2], published_on.get(a)) for a in led])
    # A happening kept out of its story's for naming another day takes no day from that story.
    undated_by_story = [h for h in happenings if h.id not in other_days]
    date_by_story(undated_by_story, stories, published_on)
    # ... save a weekday told as past that names one of the story's own days ("the US on
    # Thursday ordered the expulsion", in a story of reports out on Wednesday and Thursday).
    date_by_story([h for h in happenings if h.id in other_days], stories, published_on, story_days_only=True)
    # Once every happening has what date its own reports and story give it.
    happenings, lead = join_undated_across_stories(happenings, lead)
    happenings, lead = join_same_day_twins(happenings, lead)
    happenings, lead = join_across_languages(happenings, lead, store.article_languages(), published_on)
    loose = list(loose)
    date_lone_acts(stories, happenings, loose)
    joined = {m.id for h in happenings for m in h.mentions}
    happenings += lone_acts_told_alike(stories, [m for m in loose if m.id not in joined], lone_dated)
    date_by_stories_around([h for h in happenings if h.id not in other_days], stories, published_on)
    # A happening still undated that names its day joins the one act of its parties on that day.
    happenings, lead = join_undated_by_named_day(happenings, lead, published_on)
    joined = {m.id for h in happenings for m in h.mentions}
    happenings += lone_acts_by_story([m for m in loose if m.id not in joined], stories, published_on)
    # A report's own telling of the act of the type of the happening its story leads it with,
    # kept apart by its parties or in no happening, is its report of that happening: a happening
    # it alone tells, an act in its opening, else its first act of that type further down.
    happenings = lone_reports_of_their_lead(happenings, lead, news_ends)
    acts_of_their_lead(happenings, lead, unlinked, news_ends)
    later_acts_of_their_lead(happenings, lead, unlinked)
    return happenings, lead


def _dated(value: TimeValue | None) -> bool:
    """Does a mention's date say anything (a day, a period or bounds)?  An expression its
    report's day could not resolve ("on Friday" with no publication day) does not."""
    return value is not None and bool(value.date or value.earliest or value.latest)


def story_opening(body: str) -> tuple[int, int, str]:
    """The first sentence of an article's body (start, end, text) as its story reads it,
    after any photo caption that opens the body: a caption ("... during a ceremony on March
    28, 2025 [AFP]") tells of the picture, whose day and act need not be the story's."""
    start = 0
    while (line_end := body.find("\n", start)) >= 0 and is_credited_caption(body[start:line_end].strip()):
        start = line_end
        while start < len(body) and body[start].isspace():
            start += 1
    end = start + _first_sentence_end(body[start:])
    return start, end, body[start:end]


def _first_sentence_end(body: str) -> int:
    for i, ch in enumerate(body[:600]):
        if ch in ".!?\n" and i > 20:
            return i + 1 if ch != "\n" else i
    return min(len(body), 600)


def _quote_happenings(store: Store, happenings, lead: dict[str, str | None]) -> dict[str, str | None]:
    """A quote belongs to a happening when it stands in one of the happening's evidence
    sentences and its speaker takes part, or else when its speaker takes part in the
    article's lead happening (words said at the meeting the article reports)."""
    by_article: dict[str, list] = {}
    for happening in happenings:
        for mention in happening.mentions:
            by_article.setdefault(mention.article, []).append((mention.start, mention.end, happening))
    participants = {h.id: {a.id for a in h.participants} for h in happenings}
    assignments: dict[str, str | None] = {}
    for quote in store.quotes(limit=10_000_000):
        speaker = quote.speaker.id if quote.speaker else None
        chosen = None
        for start, end, happening in by_article.get(quote.article, ()):
            if start <= quote.start < end and speaker in participants[happening.id]:
                chosen = happening.id
                break
        if chosen is None:
            lead_id = lead.get(quote.article)
            if lead_id and speaker in participants.get(lead_id, ()):
                chosen = lead_id
        assignments[quote.id] = chosen
    return assignments
