"""Link event mentions into happenings: one real-world event, however many reports.

Two steps, both greedy and blocked so the work grows about linearly with the mentions:

1. Within an article, mentions of one type whose participants subsume each other and whose
   dates and places do not conflict are one report (a "group").  A group that is not a
   meeting but whose people all take part in a meeting reported in the same article, on a
   compatible date, is something said or done at that meeting and joins it.
2. Across articles, groups join a happening with the same type, compatible participants, and
   a compatible date and place.  Two known dates that differ, or two known places that
   differ, never merge.  A group with no known date joins a dated happening only on strong
   evidence: its date bounds admit the happening's date and the place agrees, or the two
   articles are near-duplicates of each other.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable

from dateline.extract import STATE_SECTORS
from dateline.link.dates import PRECISION_RANK, time_keys
from dateline.link.groups import Group, article_groups, group_order
from dateline.link.parties import key_actors, participants_compatible, people_of
from dateline.link.venues import place_compatible, place_same
from dateline.records import ActorRef, EventMention, Happening, PlaceRef, content_id

# days_of, iso_day, named_day_conflict and near are where they always were for their callers.
__all__ = ["happening_of", "lead_happenings", "link", "move_leads"]

_VERBS = {
    "CONSULT": "meets", "AGREE": "agrees with", "SUPPORT": "supports", "CONCEDE": "concedes to",
    "COOPERATE": "cooperates with", "AID": "aids", "RETREAT": "retreats from",
    "REQUEST": "asks", "ACCUSE": "accuses", "REJECT": "rejects", "THREATEN": "threatens",
    "PROTEST": "protests against", "SANCTION": "sanctions", "MOBILIZE": "mobilizes against",
    "COERCE": "coerces", "ASSAULT": "attacks",
}


def _block_keys(group: Group, roots: dict[str, str]) -> tuple[list[tuple], list[tuple]]:
    """(keys to look up, keys to be found by) for a group.

    Candidates share a month and either a pair of participants or, when one side names only
    one, that participant; or they come from a near-duplicate article.  Pairs keep the blocks
    small for much-reported people (a head of state meets many counterparts each month).
    """
    actors = sorted(key_actors(group.participants))
    months = time_keys(group.when)
    pairs = [(a, b) for i, a in enumerate(actors) for b in actors[i + 1:]]
    roots_keys: list[tuple] = [(group.type, "root", roots.get(a, a)) for a in sorted(group.articles)]
    singles: list[tuple] = [(group.type, "one", a, m) for a in actors for m in months]
    lookup: list[tuple]
    found_by: list[tuple]
    if len(actors) == 1:
        lookup = [(group.type, "any", a, m) for a in actors for m in months]
    else:
        lookup = [(group.type, "pair", a, b, m) for a, b in pairs for m in months] + singles
    found_by = [(group.type, "any", a, m) for a in actors for m in months]
    found_by += [(group.type, "pair", a, b, m) for a, b in pairs for m in months]
    # A report with no date at all looks for the same people whatever the month.
    found_by += [(group.type, "pair-any-month", a, b) for a, b in pairs]
    if months == ["undated"]:
        lookup += [(group.type, "pair-any-month", a, b) for a, b in pairs]
    if len(actors) == 1:
        found_by += singles
    # "The leaders of Egypt and Ethiopia met" and "Sisi met Abiy": the people's countries block too.
    # Only between a report of people and one of countries alone: two reports naming people
    # meet through their people (different people never fit), so a people report is found by
    # its countries under its own key kind, and a countries-only report looks that kind up;
    # a country pair's many meetings in a month are thus never all compared with each other.
    if people_of(group.participants):
        nations = sorted({f"country:{a.country}" for a in group.participants
                          if a.kind in ("person", "country") and a.country} - set(actors))
        national = [(a, b, m) for i, a in enumerate(nations) for b in nations[i + 1:] for m in months]
        lookup += [(group.type, "pair", a, b, m) for a, b, m in national]
        found_by += [(group.type, "nations", a, b, m) for a, b, m in national]
    else:
        lookup += [(group.type, "nations", a, b, m) for a, b in pairs for m in months]
    return lookup + roots_keys, found_by + roots_keys


def link(
    mentions: Iterable[EventMention],
    *,
    near_duplicates: dict[str, str] | None = None,
) -> list[Happening]:
    """Cluster event mentions into happenings.

    ``near_duplicates`` maps an article id to the id of the first article it nearly
    duplicates (a republished story): their undated reports may join each other.
    """
    near_duplicates = near_duplicates or {}
    # The cyclic collector would rescan every live group again and again (quadratic);
    # linking creates no reference cycles worth collecting.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _link(mentions, near_duplicates)
    finally:
        if collecting:
            gc.enable()


def _link(mentions: Iterable[EventMention], near_duplicates: dict[str, str]) -> list[Happening]:
    by_article: dict[str, list[EventMention]] = defaultdict(list)
    for mention in mentions:
        by_article[mention.article].append(mention)

    groups: list[Group] = []
    for article_id in sorted(by_article):
        groups.extend(article_groups(by_article[article_id]))
    groups.sort(key=group_order)

    happenings: list[Group] = []
    index: dict[tuple, list[int]] = defaultdict(list)
    for group in groups:
        lookup, found_by = _block_keys(group, near_duplicates)
        candidates = {i for key in lookup for i in index.get(key, ())}
        best, best_score, fitting = None, None, []
        roots = {near_duplicates.get(x, x) for x in group.articles}
        for i in sorted(candidates):
            target = happenings[i]
            if target.articles & group.articles:
                continue  # one article reports a happening once: its groups differ on purpose
            fits = target.fits(group, same_article=False) or (
                target.type == group.type
                and _near_duplicate(roots, target, near_duplicates)
                and participants_compatible(target.participants, group.participants)
                and target.when.compatible(group.when)
                and place_compatible(target.place, group.place)
            )
            if not fits:
                continue
            fitting.append(i)
            score = (
                len(key_actors(target.participants) & key_actors(group.participants)),
                place_same(target.place, group.place),
                target.when.basis == "text",
                -PRECISION_RANK[target.when.shown_precision],
            )
            if best_score is None or score > best_score:
                best, best_score = i, score
        if best is not None and _ambiguous(group, [happenings[i] for i in fitting]):
            best = None  # "Lavrov arrived in Vientiane": which of his meetings there? Do not guess.
        if best is not None and not group.when.known and not group.when.bounded and len(fitting) > 1:
            best = None  # an undated report that fits two meetings of the same people: either
        if best is None:
            happenings.append(group)
            for key in found_by:
                index[key].append(len(happenings) - 1)
        else:
            happenings[best].absorb(group)
            for key in _block_keys(happenings[best], near_duplicates)[1]:
                if not index[key] or index[key][-1] != best:
                    index[key].append(best)
    return [_to_happening(g) for g in happenings if _is_happening(g)]


def happening_of(mentions: list[EventMention]) -> Happening:
    """One happening of ``mentions``, reports of one act that other evidence than their own
    parties and dates brought together (their story: ``dateline.link.stories``)."""
    group = Group.of(mentions[0])
    for mention in mentions[1:]:
        group.absorb(Group.of(mention))
    return _to_happening(group)


def _is_happening(group: Group) -> bool:
    """Enough is known to call it a happening: two parties, or an organisation (a summit).
    A lone "China" or "Blinken" with no counterpart stays an event mention only; so does an
    aside deep in one report that nothing dates ("the two had met before")."""
    shown = _display_participants(group.participants)
    if not (len(shown) >= 2 or any(a.kind == "organisation" for a in shown)):
        return False
    told = group.when.known or group.when.bounded or len(group.articles) >= 2
    return told or any(m.lede for m in group.mentions)


def _ambiguous(group: Group, fitting: list[Group]) -> bool:
    """A report naming one party fits several happenings with different counterparts."""
    if len(key_actors(group.participants)) != 1 or len(fitting) < 2:
        return False
    return len({frozenset(key_actors(h.participants)) for h in fitting}) > 1


def _near_duplicate(roots: set[str], b: Group, near_duplicates: dict[str, str]) -> bool:
    """Whether an article of ``b`` nearly duplicates one whose root is in ``roots`` (the roots
    of the other group's articles, taken once for all its candidates)."""
    return any(near_duplicates.get(x, x) in roots for x in b.articles)


def _display_participants(actors: list[ActorRef]) -> list[ActorRef]:
    """People and organisations, and countries none of whose people take part.  A group or
    organisation outside the state ("FARC", rebels; protesters) does not stand for its
    country: "Colombia signed a deal with the FARC" has two parties."""
    covered = {a.country for a in actors if a.kind != "country" and a.country
               and (a.kind == "person" or a.sector is None or a.sector in STATE_SECTORS)}
    return [a for a in actors if a.kind != "country" or a.country not in covered]


def _to_happening(group: Group) -> Happening:
    mentions = sorted(group.mentions, key=lambda m: (m.article, m.start))
    seed = min(m.id for m in group.mentions)
    participants = _display_participants(group.participants)
    statuses = {m.status for m in mentions}
    status = "planned" if statuses == {"planned"} else ("ongoing" if "ongoing" in statuses and "past" not in statuses else "past")
    occasion = next((m.occasion for m in mentions if m.occasion), None)
    topics: list[str] = []
    for m in [*mentions, *group.sub_events]:
        topics.extend(t for t in m.topics if t not in topics)
    happening = Happening(
        id="h" + content_id(group.type, seed, length=12),
        type=group.type,
        label=_label(group.type, mentions, participants, group.place),
        date=group.when.day,
        date_precision=group.when.shown_precision,  # type: ignore[arg-type]
        date_basis=group.when.basis,  # type: ignore[arg-type]
        place=group.place,
        participants=participants,
        mentions=mentions + sorted(group.sub_events, key=lambda m: (m.article, m.start)),
        topics=topics,
        status=status,
        occasion=occasion,
    )
    return happening


def _label(type_: str, mentions: list[EventMention], participants: list[ActorRef], place: PlaceRef | None) -> str:
    sources = [a for a in mentions[0].source if a in participants] or participants[:1]
    targets = [a for a in participants if a not in sources]
    if not targets and len(sources) > 1:
        sources, targets = sources[:1], sources[1:]
    names = lambda actors: " and ".join(a.name for a in actors[:3])  # noqa: E731
    verb = _VERBS.get(type_, type_.lower())
    explicit_target = bool(mentions[0].target)
    if type_ == "CONSULT" and explicit_target and targets and all(a.kind == "country" for a in targets):
        verb = "visits"
        if place is not None and place.kind == "country":
            place = None
    if len(sources) > 1:
        first, _, rest = verb.partition(" ")
        verb = (first[:-1] if first.endswith("s") else first) + (" " + rest if rest else "")
    label = names(sources)
    if targets:
        label += f" {verb} {names(targets)}"
    elif type_ == "CONSULT":
        label += " hold talks" if len(sources) > 1 else " holds talks"
    else:
        label += f": {type_.lower()}"
    if place is not None:
        label += f" in {place.name}"
    return label


def lead_happenings(
    happenings: list[Happening], article_ids: Iterable[str]
) -> dict[str, str | None]:
    """The happening each article is mainly about: most and earliest reports in it."""
    scores: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for happening in happenings:
        for mention in happening.mentions:
            weight = 1.0 + 2.0 / (1.0 + mention.start / 200.0)
            if mention.type != happening.type:
                weight *= 0.5
            scores[mention.article][happening.id] += weight
    lead: dict[str, str | None] = {}
    for article_id in article_ids:
        options = scores.get(article_id)
        lead[article_id] = max(sorted(options), key=lambda h: options[h]) if options else None
    return lead


def move_leads(lead: dict[str, str | None], gone: str, kept: str) -> None:
    """Every article led by the happening ``gone``, joined into ``kept``, is led by ``kept``."""
    for article_id, happening_id in lead.items():
        if happening_id == gone:
            lead[article_id] = kept
