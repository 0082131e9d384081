"""Attach date, place and topics to event mentions from the sentences that report them."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc

from dateline.calendar_words import WEEKDAY_NAMES
from dateline.clean.dates import dateline_day_span, find_month_day
from dateline.english_words import english_words
from dateline.extract.event_lexicon import load_lexicon
from dateline.extract.quote_speakers import load_cues as load_quote_cues
from dateline.extract.quotes import find_quote_spans
from dateline.extract.topics import find_topics
from dateline.openings import LEDE_SENTENCES, REPORTED_SENTENCES, opening_end
from dateline.records import Article, EventMention, Mention, PlaceRef, TimeValue
from dateline.resolve import Gazetteer, find_dates, find_places

_SAME_DAY = re.compile(r"\b(earlier|later) (in|that) (the )?day\b|\b(the same|that) day\b", re.I)
# A dateline opens the report: only lines starting this near the top of the body are read as one.
_DATELINE_REACH = 600
_EVIDENCE_REASONS = ("caption", "date line", "dateline")
# Words after which a place name is where something happens, even if it also names a government.
_PLACE_GOVERNORS = english_words("place_governors") | english_words("place_governing_verbs")
_TRAVEL_FOR = english_words("travel_for")
_NOT_PARTICIPANTS = {"media"}  # a news agency in a dateline reports a meeting; it does not attend
_LOCATIVE_NOUNS = english_words("locative_nouns")
_EVENT_NOUNS = english_words("event_nouns")
_PEOPLE_NOUNS = english_words("people_nouns")
_VENUE_PREPOSITIONS = english_words("venue_prepositions")
_ORIGIN_PREPOSITIONS = english_words("origin_prepositions")
_FUTURE_MARKERS = english_words("future_markers")


def clause_tense(sentence, trigger_start: int | None, status: str) -> str | None:
    """"past", "present" or "future" for the clause of the trigger, from the parse."""
    if status == "planned":
        return "future"
    token = _token_at(sentence, trigger_start)
    if token is None:
        return None
    head = _finite_head(token)
    words = {c.lower_ for c in head.children} | {head.lower_}
    if token.pos_ in {"NOUN", "PROPN"}:
        # "the meeting, which will take place next week": the noun's own relative clause.
        for clause in token.children:
            if clause.dep_ in ("relcl", "acl"):
                words |= {c.lower_ for c in clause.children} | {clause.lower_}
    if words & _FUTURE_MARKERS:
        return "future"
    if head.tag_ == "VBN" and _present_passive(head):
        return "present"  # "when the case is heard in May"
    if head.tag_ in {"VBD", "VBN"}:
        return "past"
    if head.tag_ in {"VBZ", "VBP"}:
        return "present"
    if head.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in head.children):
        return "present"  # "Western countries are expelling Syrian diplomats"
    return None


def _complemented_tense(sentence, trigger_start: int | None) -> str | None:
    """The tense of the verb an infinitive trigger completes, for an act told as done ("protesters
    appeared to be trying to storm the building", "troops managed to cross"): "past" or
    "present", else None."""
    token = _token_at(sentence, trigger_start)
    if token is None or token.tag_ != "VB":
        return None
    node = token
    for _ in range(4):
        if node.dep_ != "xcomp" or node.head == node or node.tag_ not in ("VB", "VBG"):
            break
        node = node.head
    if node is token or {c.lower_ for c in node.children} & _FUTURE_MARKERS:
        return None
    if node.tag_ in ("VBD", "VBN"):
        return "past"
    return "present" if node.tag_ in ("VBZ", "VBP") else None


# How a gerund or participle without an auxiliary of its own hangs from the clause whose
# tense it shares: "faced down the world by vetoing", "stepped up pressure, breaking ties".
_NONFINITE_LINKS = {"pcomp", "advcl", "conj"}


def _present_passive(verb) -> bool:
    """A participle in the present passive ("is heard", "are held"): its auxiliaries are all
    present forms of "be" (a "has", "have" or past "was" makes it a past)."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in auxiliaries) and all(
        c.tag_ in {"VBZ", "VBP"} and c.lemma_ == "be" for c in auxiliaries)


def _finite_head(token):
    """The verb whose tense a trigger's clause has: the trigger's own verb; for a noun
    ("announced $800 million in assistance") the verb it depends on, through prepositions;
    for a gerund without an auxiliary the verb of the clause it hangs from.  (A date's own
    words, "Jan. 14" or "on Friday", keep the nearest head: their tense is read elsewhere.)"""
    head = token if token.pos_ in {"VERB", "AUX"} else token.head
    for _ in range(4):
        if (token.pos_ in {"NOUN", "VERB"} and head.pos_ == "ADP" and head.dep_ == "prep"
                and head.head.pos_ in {"VERB", "AUX"}):
            head = head.head  # "announced $800 million in assistance": the preposition's verb
            continue
        if (head.tag_ == "VBG" and head.dep_ in _NONFINITE_LINKS and head.head != head
                and not any(c.dep_ in ("aux", "auxpass") for c in head.children)):
            head = head.head
            continue
        break
    return head


# The last Doc asked about and its token start offsets (the events of one article ask many
# times); replaced as one tuple, so a thread never pairs one Doc with another's offsets.
_last_doc_starts: tuple = (None, [])


def _token_at(tokens, char: int | None):
    """The token of ``tokens`` (a Doc or a Span) covering character offset ``char``."""
    if char is None:
        return None
    if isinstance(tokens, Doc):
        doc, first, end = tokens, 0, len(tokens)
    else:
        doc, first, end = tokens.doc, tokens.start, tokens.end
    global _last_doc_starts
    cached = _last_doc_starts
    if cached[0] is not doc:
        cached = _last_doc_starts = (doc, [t.idx for t in doc])
    # Tokens do not overlap: only the last one starting at or before ``char`` can cover it.
    i = bisect.bisect_right(cached[1], char, first, end) - 1
    if i >= first:
        token = doc[i]
        if char < token.idx + max(len(token.text), 1):
            return token
    return None


def _trigger_offset(event: EventMention) -> int | None:
    if not event.trigger:
        return None
    first = event.trigger.split()[0]
    pos = event.text.find(first)
    return event.start + pos if pos >= 0 else None


def trigger_token(doc, event: EventMention):
    """The token of ``doc`` where the event's trigger word stands (None when it is not found)."""
    return _token_at(doc, _trigger_offset(event))


def attach_context(
    doc,
    article: Article,
    events: list[EventMention],
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    dateline_place: PlaceRef | None = None,
) -> None:
    """Fill ``date``, ``place`` and ``topics`` of each event in place."""
    actor_spans = [(m.start, m.end) for m in mentions]
    people = [(m.start, m.end) for m in mentions if m.actor.kind == "person"]
    anchor = article.published
    bounds = article.published_bounds
    # Both needed only for a weekday or an "earlier that day" left open: found on demand.
    days = functools.cache(lambda: explicit_days(article) if not (anchor and len(anchor) == 10) else [])
    body_dates = functools.cache(lambda: find_dates(article.body, anchor, anchor_bounds=bounds))
    for event in events:
        event.source = [a for a in event.source if a.sector not in _NOT_PARTICIPANTS]
        event.target = [a for a in event.target if a.sector not in _NOT_PARTICIPANTS]
        sentence = doc.char_span(event.start, event.end, alignment_mode="expand")
        if sentence is None:
            continue
        trigger_at = _trigger_offset(event)
        event.lede = event.start < opening_end(article.body, LEDE_SENTENCES)
        tense = clause_tense(sentence, trigger_at, event.status)
        if tense is None and event.status == "past":
            tense = _complemented_tense(sentence, trigger_at)
        if tense == "future" and event.status == "past" and event.type != "THREATEN":
            # "The negotiations ... will take place on the sidelines": still to come.  (A threat
            # is told in the future tense of what it threatens, "will be met with fire if ...",
            # and made when it is said.)
            event.status = "planned"
            if event.modality == "asserted":
                event.modality = "planned"
        planned, asserted, date_tense = event.status == "planned", event.modality == "asserted", tense
        decision = _decision_over(doc, trigger_at) if planned and event.modality in ("planned", "demanded") else None
        if decision is not None:
            # "decided on Monday to expel", "ordered troops to withdraw", "announced its decision
            # to cut ties": the decision or order is the act coders date, told in its own tense.
            date_tense = clause_tense(doc, decision.idx, "past")
            planned, asserted = date_tense == "future", True
        if event.date is None:
            event.date = clause_date(doc, event.text, event.start, trigger_at, anchor=anchor, bounds=bounds,
                                     tense=date_tense, planned=planned, body=article.body,
                                     days=days, body_dates=body_dates, asserted=asserted,
                                     told_done=event.status == "past" and asserted)
        if event.place is None:
            places = [p for p in find_places(event.text, gazetteer, offset=event.start)
                      if _attaches_to_event(doc, p[0], people) and _in_trigger_scope(doc, p[0], trigger_at, people)
                      and not (dateline_place is not None and _opens_dateline(article.body, event.start, p))
                      and not (event.type == "CONSULT" and _told_as_origin(article.body, p[0]))]
            place = _best_place(places, article.body, trigger_at, actor_spans)
            if place is None and event.lede:
                place = _place_told_next(doc, event, gazetteer, people)
            if (place is not None and place.kind == "country" and dateline_place is not None
                    and dateline_place.kind == "city" and dateline_place.country == place.country):
                # "talks in Myanmar" under a "YANGON —" dateline: the city the report is filed from.
                event.place, event.place_source = dateline_place, "dateline"
            elif place is not None:
                event.place, event.place_source = place, "sentence"
            elif dateline_place is not None:
                event.place, event.place_source = dateline_place, "dateline"
        if not event.topics:
            event.topics = find_topics(event.text)
    by_id = {e.id: e for e in events}
    for event in events:
        told = by_id.get(event.completed_by) if event.completed_by and event.type == "CONSULT" else None
        if told is not None:
            # a meeting named again ("during the meeting", partial_events.meetings_told_again)
            # is the one told before: its sentence's date or place tell of something else
            # ("In a press release Tuesday, the office said Kishida's visit ...")
            event.date, event.place, event.place_source = told.date, told.place, told.place_source


_YEARS_AGO = re.compile(r"\byears?\s+ago\b", re.IGNORECASE)
_STRETCH = re.compile(r"\s*(since|until|till)\b", re.IGNORECASE)


def clause_date(
    doc,
    text: str,
    start: int,
    trigger_at: int | None,
    *,
    anchor: str | None,
    bounds: tuple[str | None, str | None] | None = None,
    tense: str | None = None,
    planned: bool = False,
    body: str = "",
    days: Callable[[], list[dt.date]] = list,
    body_dates: Callable[[], list[TimeValue]] = list,
    asserted: bool = True,
    told_done: bool = False,
) -> TimeValue | None:
    """The date of an event whose trigger is at ``trigger_at`` in ``text`` (its sentence, at
    ``start`` in ``body``): the nearest date of the trigger's own clause (or the clauses above
    it), resolved against ``anchor`` in the clause's ``tense``; failing one, for a lede event
    told as done or under way, the publication day (basis "reported").  ``days`` and
    ``body_dates`` are asked only for a weekday or an "earlier that day" the anchor cannot
    resolve.  ``told_done``: the act is told as done, so a date word of a clause that shows no
    tense is read as past ("after their summit in November", in an April report: last
    November), though such a clause still says nothing of the publication day."""
    dates = find_dates(text, anchor, tense=tense or ("past" if told_done else None), anchor_bounds=bounds,
                       offset=start)
    # "... in the world today", inside a quote, is the speaker's time, not the event's.
    quoted = [(start + s, start + e) for s, e in find_quote_spans(text)]
    dates = [d for d in dates if not any(s <= d.start < e for s, e in quoted)]
    # "MOSCOW, Nov 10:": the day the report was filed, as good as its publication day.
    dates = [replace(d, basis="reported") if d.date and _in_dateline(body, d) else d for d in dates]
    # "ten years ago", "a year ago": an anniversary or background, not this event's day.
    looking_back = any(_YEARS_AGO.search(d.text) for d in dates)
    # "the first talks since October": the start of a stretch, not the day of the event.
    dates = [d for d in dates if not _YEARS_AGO.search(d.text) and not _STRETCH.match(d.text)]
    chosen = _nearest_date(dates, trigger_at, doc, own_clause_only=planned)
    said_tense = _speech_date_tense(doc, chosen, trigger_at)
    if planned and said_tense is not None:
        # "said on Monday its minister will visit": the day of the saying, not of the plan.
        chosen, said_tense = None, None
    elif chosen is not None and said_tense is not None and said_tense != tense:
        # "said on Sunday they will send aid": Sunday is the day of the saying, back from the
        # publication day whatever the tense of what was said.
        again = [d for d in find_dates(text, anchor, tense=said_tense, anchor_bounds=bounds, offset=start)
                 if d.start == chosen.start and d.end == chosen.end]
        chosen = replace(again[0], basis=chosen.basis) if again else chosen
    if chosen is not None and chosen.date is None:
        chosen = _from_context(chosen, days, body_dates) or chosen
    elif chosen is not None and _SAME_DAY.search(chosen.text):
        # "phoned earlier in the day" in a report published the morning after "the visit on
        # Friday": the day of the story told before it, not the publication day.
        chosen = _story_day_before(chosen, body_dates) or chosen
    if chosen is not None and (chosen.date or chosen.earliest or chosen.latest):
        return chosen
    if not looking_back and asserted and not planned and _reported_as_news(start, tense, anchor, body):
        return TimeValue("(publication date)", date=anchor, precision="day", basis="reported")
    if chosen is not None and not (anchor and len(anchor) == 10):
        # "on Friday" in a report with no publication day: kept unresolved, for the day its
        # story's other reports came out to resolve (dateline.resolve.story_time.dated_by_story),
        # in the tense of the clause the date word belongs to.
        return replace(chosen, tense=said_tense or tense)
    return None


def _in_dateline(body: str, value: TimeValue) -> bool:
    """Is ``value`` the day of a dateline opening a line near the top of the report ("MOSCOW,
    Nov 10:")?  That is the day the report was filed, not one its text gives the event: what
    it tells is often of the day before."""
    if value.start < 0 or not body:
        return False
    line_start = body.rfind("\n", 0, value.start) + 1
    if line_start > _DATELINE_REACH:
        return False
    span = dateline_day_span(body[line_start:line_start + 160])
    return span is not None and line_start + span[0] <= value.start < line_start + span[1]


def _decision_over(doc, trigger_at: int | None):
    """The decision or order word (dateline/data/events.yaml: decision_words) whose complement
    the trigger's clause is: "decided to expel", "ordered troops to withdraw", "its decision
    to cut ties"; else None."""
    verb = _governing_verb(doc, trigger_at)
    if verb is None or verb.dep_ not in ("xcomp", "ccomp", "acl") or verb.head == verb:
        return None
    head = verb.head
    if head.lemma_.lower() not in load_lexicon().decision_words:
        return None
    if head.pos_ == "NOUN" and head.dep_ != "dobj":
        return None  # a decision named in passing ("tensions rooted in his decision to"), not told as news
    return head


def _reported_as_news(start: int, tense: str | None, anchor: str | None, body: str) -> bool:
    """An event of the first sentences reported as done (or under way: "Lavrov holds talks with Wang in Moscow"),
    with no time expression of its own, is the news of the report's day.  A plan, a denial or
    a hypothetical keeps no date (the caller asks only for asserted events); so does an
    article with no publication day."""
    if not (anchor and len(anchor) == 10) or start >= opening_end(body, REPORTED_SENTENCES):
        return False
    return tense in ("past", "present")


def explicit_days(article: Article) -> list[dt.date]:
    """Fully written dates of the article (body, and removed captions and date lines).

    An article with no publication date can still pin a weekday: "met on Sunday" in an
    article whose photo caption says "6 August 2017" (a Sunday) means that day.  A caption
    can be a file photo of another happening, yet leaving captions out was measured on the
    development corpus (issue 10) to lower dated meetings and headline dates on both halves:
    a caption of the day ("X and Y meet in New York, Sept. 19, 2023") is far more common.
    """
    texts = [article.body]
    texts += [r.text or article.original[r.start:r.end] for r in article.removed if r.reason in _EVIDENCE_REASONS]
    days = set()
    for text in texts:
        for value in find_dates(text, None):
            if value.precision == "day" and value.date and not _starts_a_stretch(text, value.start):
                days.add(dt.date.fromisoformat(value.date))
    return sorted(days)


_SENTENCE_BREAK = re.compile(r"[.!?\n]\s")
_SINCE = re.compile(r"\bsince\b", re.IGNORECASE)


def _starts_a_stretch(text: str, start: int) -> bool:
    """Is the date at ``start`` told as where a stretch up to the news began ("his first visit
    since being voted back into office on Nov. 1, 2022")?  The news is after that day: a
    weekday it names is not pinned to it."""
    if start <= 0:
        return False
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, start)]
    sentence_start = breaks[-1] if breaks else 0
    return _SINCE.search(text, sentence_start, start) is not None


def _from_context(
    value: TimeValue, find_days: Callable[[], list[dt.date]], find_body_dates: Callable[[], list[TimeValue]]
) -> TimeValue | None:
    """Resolve a weekday, a day and month without a year, or "earlier in the day" that the
    publication date could not."""
    text = value.text.lower()
    if _SAME_DAY.search(text):
        body_dates = find_body_dates()
        before = [d for d in body_dates if d.start < value.start and d.date and d is not value and not _SAME_DAY.search(d.text)]
        if before:
            return replace(before[-1], text=value.text, start=value.start, end=value.end)
        before = [d for d in body_dates if d.start < value.start and (d.earliest or d.latest)]
        if before:
            return replace(before[-1], text=value.text, start=value.start, end=value.end)
        return None
    month_day = find_month_day(value.text)
    if month_day:
        # "launched strikes January 22" in a page whose caption says "January 22, 2024": that
        # year (only a fully written date of the same month and day gives it).
        same = [d for d in find_days() if d.strftime("--%m-%d") == month_day]
        return replace(value, date=same[-1].isoformat(), precision="day", earliest=None, latest=None) if same else None
    weekday = next((i for i, name in enumerate(WEEKDAY_NAMES) if name in text), None)
    if weekday is None:
        return None
    days = find_days()
    if not days:
        return None
    low = dt.date.fromisoformat(value.earliest) if value.earliest and len(value.earliest) == 10 else None
    high = dt.date.fromisoformat(value.latest) if value.latest and len(value.latest) == 10 else None
    same = [d for d in days if d.weekday() == weekday and (low is None or d >= low) and (high is None or d <= high)]
    if same:
        return replace(value, date=same[-1].isoformat(), precision="day", earliest=None, latest=None)
    # Otherwise the nearest such weekday to the article's own dates (news names weekdays
    # only for the days around what it reports).
    reference = days[-1]
    for delta in (0, -1, 1, -2, 2, -3, 3):
        day = reference + dt.timedelta(days=delta)
        if day.weekday() == weekday and (low is None or day >= low) and (high is None or day <= high):
            return replace(value, date=day.isoformat(), precision="day", earliest=None, latest=None)
    return None


def _story_day_before(value: TimeValue, find_body_dates: Callable[[], list[TimeValue]]) -> TimeValue | None:
    """For "earlier in the day" that the publication day resolved: the last day the body
    states before it (the day the story is about), if any."""
    before = [d for d in find_body_dates() if d.start < value.start and d.date and d.precision == "day"
              and d.basis != "reported" and not _SAME_DAY.search(d.text)]
    if not before:
        return None
    return replace(before[-1], text=value.text, start=value.start, end=value.end)


def _governing_verb(doc, char: int | None):
    """The nearest verb above the token at ``char`` (the clause it belongs to)."""
    token = _token_at(doc, char)
    for _ in range(12):
        if token is None or token.pos_ in ("VERB", "AUX") or token.head == token:
            return token
        token = token.head
    return token


def _speech_date_tense(doc, value: TimeValue | None, trigger_at: int | None) -> str | None:
    """The tense of the speech verb a date word belongs to when it is not the trigger's own
    verb ("said on Sunday they had agreed to send aid", "will announce on Monday that ..."):
    the date is the saying's, and goes back or forward with it.  None when the date belongs
    to the act's clause."""
    if value is None or value.start < 0 or trigger_at is None:
        return None
    verb = _speech_verb_of(doc, value.start)
    if verb is None:
        return None
    if verb == _governing_verb(doc, trigger_at):
        return None  # the act is the saying itself ("condemned on Friday")
    return clause_tense(doc, verb.idx, "past")


def _speech_verb_of(doc, char: int):
    """The speech verb the date word at ``char`` belongs to, else None.  The parser often hangs
    a date standing right after the speech verb on the clause reported ("said on Sunday they
    had agreed": "on Sunday" under "agreed"); a date before that clause's subject and
    conjunction cannot be inside it, and is the saying's."""
    speech = load_quote_cues().speech_verbs
    verb, token = _governing_verb(doc, char), _token_at(doc, char)
    if verb is None or token is None:
        return None
    if verb.lemma_.lower() in speech:
        return verb
    head = verb.head
    if verb.dep_ != "ccomp" or head == verb or head.lemma_.lower() not in speech:
        return None
    opening = min([c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "mark", "expl")] + [verb.i])
    return head if head.i < token.i < opening else None


def _clause_of(doc, char: int):
    """The clause a date belongs to, "expected to take place Saturday" counting as the clause
    of "expected" (an infinitive complement completes its head)."""
    verb = _governing_verb(doc, char)
    for _ in range(4):
        if verb is None or verb.dep_ != "xcomp" or verb.head == verb:
            break
        verb = verb.head
    return verb


_OTHER_EVENT_PREPOSITIONS = english_words("other_event_prepositions")
_OCCASION_PREPOSITIONS = english_words("occasion_prepositions")
_RESPONSE_NOUNS = english_words("response_nouns")


def _dates_another_event(doc, value: TimeValue, trigger_at: int) -> bool:
    """Does the date expression ``value`` modify a noun other than the trigger that stands for
    another happening: "in response to the massacre on Friday", "after the attack on Friday"?
    ("Thursday's ruling", a possessive, is most often the event's own day: it stays.)"""
    token = _token_at(doc, value.start)
    trigger = _token_at(doc, trigger_at)
    if token is None or trigger is None:
        return False
    inside = range(value.start, max(value.end, value.start + 1))
    # The last word of the expression: "the October" is "October", a modifier of its noun.
    last = _token_at(doc, max(value.start, value.end - 1))
    if (last is not None and last.dep_ in ("compound", "amod", "nmod", "nummod") and last.head.pos_ == "NOUN"
            and last.head.idx not in inside and last.head != trigger
            and last.head.head.lower_ not in _OCCASION_PREPOSITIONS):
        # "blames Iran for a September assault", "violated the 2015 deal": a date naming a
        # noun's happening is that happening's, not the trigger's (but "met at the September
        # summit": the event happens at it).
        return True
    node, noun = token, None
    for _ in range(10):
        if node == trigger or node.pos_ in ("VERB", "AUX") or node.head == node:
            return False
        if noun is None and node.idx not in inside and node.pos_ == "NOUN" and node.ent_type_ not in ("DATE", "TIME"):
            noun = node
        elif noun is not None and node.pos_ == "ADP" and node.lower_ in _OTHER_EVENT_PREPOSITIONS:
            return True
        elif noun is not None and node.pos_ == "ADP" and node.head.lemma_.lower() in _RESPONSE_NOUNS:
            return True
        node = node.head
    return False


def _nearest_date(
    dates: list[TimeValue], trigger_at: int | None, doc=None, *, own_clause_only: bool = False
) -> TimeValue | None:
    """The date of the trigger's own clause first ("arrived on Sunday, ... since Biden began his
    term in 2021" is Sunday), then the nearest one."""
    usable = [d for d in dates if d.date or d.earliest or d.latest] or dates
    if not usable:
        return None
    if trigger_at is None:
        return usable[0]
    if doc is not None:
        verb = _governing_verb(doc, trigger_at)
        chain = []  # the trigger's clause and the clauses above it
        node = verb
        while node is not None and node not in chain:
            chain.append(node)
            node = node.head if node.head != node else None
        ranked = [
            (0 if _governing_verb(doc, d.start) == verb else chain.index(g), d) for d in usable
            if d.start >= 0 and not _dates_another_event(doc, d, trigger_at)
            and (g := _clause_of(doc, d.start)) in chain
        ]
        if not ranked:
            # Only dates of other clauses ("since Biden began his term in 2021"): none is this event's.
            return None
        best_level = min(level for level, _ in ranked)
        if own_clause_only and best_level > 0:
            # A plan reported by someone: "officials said today" dates the saying, not the plan.
            return None
        usable = [d for level, d in ranked if level == best_level]
    return min(usable, key=lambda d: (abs(d.start - trigger_at), d.start))


def _attaches_to_event(doc, start: int, people: Sequence[tuple[int, int]] = ()) -> bool:
    """Is the place name at ``start`` where something happens, rather than part of a
    description ("the war in Ukraine", "his U.S. counterpart", "US President Joe Biden")?
    Read from the parse."""
    token = _token_at(doc, start)
    if token is None:
        return True
    if token.dep_ == "compound" and token.head.lemma_.lower() in _PEOPLE_NOUNS:
        return False  # whose the person is, not where: "his US counterpart"
    for _ in range(6):
        while token.dep_ == "compound" and token.head != token:
            token = token.head
            if any(s <= token.idx < e for s, e in people):
                return False  # part of a person's title: "US President Joe Biden"
        if (token.dep_ == "poss" and token.head.dep_ == "pobj" and token.head.pos_ == "PROPN"
                and token.head.head.lower_ in _VENUE_PREPOSITIONS):
            token = token.head  # a city's venue: "met in Beijing's Great Hall of the People"
            continue
        if token.dep_ in ("amod", "poss", "nmod") and any(s <= token.head.idx < e for s, e in people):
            return False
        if token.dep_ == "prep" or (token.dep_ == "pobj" and token.head.lower_ == "from"
                                    and token.head.head.lemma_.lower() in _PEOPLE_NOUNS):
            return False  # "counterparts from Saudi Arabia": where they come from
        if token.dep_ in ("amod", "poss", "nmod") and token.head.lemma_.lower() not in _LOCATIVE_NOUNS:
            return False
        if token.dep_ == "pobj":
            governor = token.head.head if token.head.dep_ == "prep" else token.head
        elif token.dep_ in ("dobj", "appos", "npadvmod", "conj", "attr", "nsubj", "nsubjpass"):
            governor = token.head
        else:
            return True
        if governor.pos_ in ("VERB", "AUX", "PROPN") or governor == token:
            return True
        lemma = governor.lemma_.lower()
        if lemma in _EVENT_NOUNS or governor.text.lower() in _EVENT_NOUNS | _PEOPLE_NOUNS or lemma in _PEOPLE_NOUNS:
            return True
        if lemma in _LOCATIVE_NOUNS or governor.ent_type_ in ("GPE", "LOC", "FAC"):
            token = governor
            continue
        return governor.pos_ not in ("NOUN",)
    return True


# How a clause hangs from another and still tells of its circumstances ("met Y after arriving in
# Beijing"); a complement ("asked him to distance himself from Russia") or a conjoined act
# ("met Y in Paris and flew to Berlin") tells of another act, and its place is that act's.
_CIRCUMSTANCE_LINKS = {"advcl", "pcomp"}  # "after arriving in Beijing": a clause under "after"
_DESCRIBING_LINKS = {"acl", "relcl"}
# Heads whose describing clause still places the event: a gathering or a people noun.
_SCOPE_NOUNS = _EVENT_NOUNS | _PEOPLE_NOUNS


def _in_trigger_scope(doc, start: int, trigger_at: int | None, people: Sequence[tuple[int, int]] = ()) -> bool:
    """Is the place name at ``start`` in the clause of the event's trigger, a clause above it
    ("flew to Moscow to meet Lavrov"), or one that tells its circumstances ("after arriving in
    Beijing", "talks held in Geneva", "at the summit held in Sochi", "Blinken, who is visiting
    Beijing, met Wang")?  A place in another act's clause ("thanked him for help to foil a plot
    against Israelis visiting Istanbul") is that act's.  Read from the parse, as the date's clause is."""
    token, trigger = _token_at(doc, start), _token_at(doc, trigger_at)
    if token is None or trigger is None or token.sent != trigger.sent:
        return True
    verb = _governing_verb(doc, trigger_at)
    scope = set()
    node = verb
    while node is not None and node not in scope:
        scope.add(node)
        node = node.head if node.head != node else None
    scope.add(trigger)
    clause = _governing_verb(doc, start)
    for _ in range(8):
        if clause is None or clause in scope:
            return True
        head = clause.head
        if head == clause:
            return False
        if clause.dep_ in _DESCRIBING_LINKS and (head == trigger or head.lemma_.lower() in _SCOPE_NOUNS
                                                 or any(s <= head.idx < e for s, e in people)):
            # the event's own noun, the gathering it sits in ("the summit held in Sochi") or a
            # participant ("Blinken, who is visiting Beijing", "the first official to visit China")
            return True
        if clause.dep_ not in _CIRCUMSTANCE_LINKS:
            return False
        clause = _governing_verb(doc, head.idx)
    return True


_GOING_ON = {"they", "both"}  # subjects that go on about the people just named
_PARTICIPANT_NOUNS = _PEOPLE_NOUNS | {"man", "men", "side", "sides", "woman", "women"}


def _place_told_next(doc, event: EventMention, gazetteer: Gazetteer,
                     people: Sequence[tuple[int, int]]) -> PlaceRef | None:
    """Where a lede's happening took place, told by the next sentence: "X met Y on Monday.
    The talks were held in Hangzhou, China."  Only when that sentence's subject is the
    happening itself or the people just named ("they", "the two ministers")."""
    last = _token_at(doc, max(event.start, event.end - 1))
    if last is None or last.sent.end >= len(doc):
        return None
    nxt = doc[last.sent.end].sent
    for start, _end, place in find_places(nxt.text, gazetteer, offset=nxt.start_char):
        token = _token_at(doc, start)
        if token is None or token.dep_ != "pobj" or token.head.lower_ not in _VENUE_PREPOSITIONS:
            continue
        verb = token.head.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.pos_ not in ("VERB", "AUX") or len(subjects) != 1:
            continue
        subject = subjects[0]
        lemma = subject.lemma_.lower()
        definite = any(c.lower_ in ("the", "two", "both") for c in subject.children)
        if (subject.lower_ in _GOING_ON or (definite and lemma in _EVENT_NOUNS)
                or (definite and subject.lower_ in _PARTICIPANT_NOUNS)) and _attaches_to_event(doc, start, people):
            return place
    return None


def _told_as_origin(body: str, start: int) -> bool:
    """A place named as where someone comes from ("arrived in Tianjin from Japan to meet Xi",
    "a delegation from Rabat"): not where a meeting is held.  (Other acts keep it: "withdrew
    its troops from Mali", "expelled from Kinshasa" are told where they happen.)"""
    before = body[max(0, start - 12):start].lower().split()
    return bool(before) and before[-1] in _ORIGIN_PREPOSITIONS


_AGENCY_DATELINE = re.compile(r"[ \t]*\([^)\n]{2,40}\)[ \t]*[-–—:]")


def _opens_dateline(body: str, sentence_start: int, place: tuple[int, int, PlaceRef]) -> bool:
    """A place naming the sentence's first words, then an agency and a dash ("TEHRAN
    (Tasnim) – Modi made a stopover in Pakistan"): the report's dateline, where it was filed,
    which the article's dateline place stands for, not where the event was."""
    start, end, _ = place
    return not body[sentence_start:start].strip() and _AGENCY_DATELINE.match(body, end) is not None


def _best_place(
    places: list[tuple[int, int, PlaceRef]], body: str, trigger_at: int | None,
    actor_spans: Sequence[tuple[int, int]] = (),
) -> PlaceRef | None:
    """The place of the event: a place name governed by "in", "to", "visiting" ... nearest the
    trigger; a name that also stands for an actor ("Beijing said") only when so governed."""

    def governed(start: int) -> bool:
        before = body[max(0, start - 24):start].lower().split()
        if len(before) >= 2 and before[-1] == "for" and before[-2] in _TRAVEL_FOR:
            return True  # "slated for Moscow", "left for Beijing"
        return bool(before) and before[-1] in _PLACE_GOVERNORS

    places = [
        p for p in places
        if governed(p[0]) or not any(s < p[1] and p[0] < e for s, e in actor_spans)
    ]
    if not places:
        return None

    def score(item: tuple[int, int, PlaceRef]) -> tuple:
        start = item[0]
        distance = abs(start - trigger_at) if trigger_at is not None else start
        return (not governed(start), distance)

    start, end, chosen = min(places, key=score)
    if chosen.kind == "country":
        # "a visit to China ... in Beijing": the city is the finer answer.
        cities = [p for _s, _e, p in places if p.kind == "city" and p.country == chosen.country]
        if cities:
            return cities[0]
    return chosen
