"""Event mentions: which sentence reports who did what to whom, typed in PLOVER 2.0.

A trigger is a verb or noun listed in data/events.yaml, fitted to its sentence by the
entry's conditions (object, particle, prepositions); its source and target actors are the
resolver's mentions found in its subject / object / prepositional phrases.  Events that
report no actor at all are dropped: "the meeting room was large" is no event.

    events = extract_events(doc, article, mentions)

Each sentence's events come out main clause first ("X threatened to cut ties" gives the
THREATEN before the hypothetical SANCTION), then in text order.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from dateline.english_words import english_words
from dateline.extract.background_acts import (
    aim_of_a_move,
    alleged_support,
    cause_of_a_move,
    describes_actor,
    describes_thing,
    subordinate_acts,
    told_as_motive,
)
from dateline.extract.event_args import (
    MentionIndex,
    actors_of,
    children,
    clause_modality,
    complements,
    condition_marked,
    dedupe,
    demand_of,
    governed_modality,
    governing_verb,
    is_complement,
    negated,
    noun_modality,
    object_intent,
    status_for,
    subject_actors,
    warned_of,
    without_clause,
)
from dateline.extract.event_lexicon import SKIP, Lexicon, load_lexicon
from dateline.extract.event_match import Candidate, candidate_positions, candidates_for, is_verb
from dateline.extract.event_roles import (
    crowd_source,
    group_roles,
    is_state,
    noun_roles,
    roles_fit,
    verb_roles,
)
from dateline.extract.meetings import (
    find_occasion,
    occasion_nouns_used,
)
from dateline.extract.partial_events import completed_from_article, meetings_told_again, without_partial_copies
from dateline.extract.quote_speakers import load_cues
from dateline.records import ActorRef, Article, EventMention, Mention, content_id

__all__ = ["extract_events", "plover_coding"]


# --------------------------------------------------------------------------- modality


def inherited_modality(verb: Token, lex: Lexicon, chosen: dict[int, Candidate],
                       steps: int = 0) -> str | None:
    """Modality a verb takes from the clause above it: "urged X to withdraw" (demanded),
    "pledged to continue to deepen" (planned), "will build trust and support" (planned)."""
    if steps > 5:
        return None
    head = verb.head
    if head == verb:
        return None
    if verb.dep_ == "conj":
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ != "TO") for c in verb.children):
            return None
        return own_or_inherited(head, lex, chosen, steps + 1)
    if verb.dep_ not in ("xcomp", "ccomp", "acl", "advcl", "pcomp", "relcl"):
        return None
    if is_complement(verb) and head.i in chosen and chosen[head.i].entry.embed:
        return chosen[head.i].entry.embed
    governed = governed_modality(verb, lex)
    if governed:
        return governed
    if is_complement(verb) and head.pos_ in ("VERB", "AUX"):
        return own_or_inherited(head, lex, chosen, steps + 1)
    return None


def own_or_inherited(verb: Token, lex: Lexicon, chosen: dict[int, Candidate],
                     steps: int = 0) -> str | None:
    own = clause_modality(verb, lex)
    if own != "asserted":
        return own
    return inherited_modality(verb, lex, chosen, steps)


def verb_modality(verb: Token, lex: Lexicon, chosen: dict[int, Candidate]) -> str:
    own = clause_modality(verb, lex)
    if own in ("negated", "hypothetical"):
        return own
    inherited = inherited_modality(verb, lex, chosen)
    if inherited and inherited != "asserted":
        return inherited
    return own


def candidate_modality(cand: Candidate, lex: Lexicon, chosen: dict[int, Candidate]) -> str:
    token = cand.token
    if is_verb(token):
        return verb_modality(token, lex, chosen)
    own = noun_modality(token, lex)
    if own:
        return own
    if demand_of(token, lex) is not None:
        return "demanded"  # "called for the release of X": asked for, not done
    intent = object_intent(token, lex) or warned_of(token, lex)
    if intent is not None:
        return intent  # "expects a meeting", "does not expect any meeting", "warned of a strike"
    verb = cand.light_verb
    if verb is not None:
        governing = chosen.get(verb.i)
        if governing is not None and governing.entry.embed and verb != token:
            # "pledged support", "demanded talks", "refused aid"
            own = clause_modality(verb, lex)
            return own if own in ("negated", "hypothetical") else governing.entry.embed
        return verb_modality(verb, lex, chosen)
    head = token.head
    if token.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        if token.dep_ == "nsubjpass" and lemma in lex.planning_passives and not negated(head):
            return "planned"  # "the meeting is slated for May"
        if lemma in lex.occurrence_verbs:  # "the talks will take place on Friday"
            own = verb_modality(head, lex, chosen)
            if own in ("planned", "hypothetical"):
                return own
        if lemma in lex.forecast_verbs and not negated(head) and any(
            x.lemma_.lower() in lex.occurrence_verbs
            and not any(a.lemma_ == "have" for a in children(x, "aux"))
            for x in children(head, "xcomp")
        ):
            return "planned"  # "the talks, said to take place on Wednesday"
    if token.dep_ in ("attr", "nsubj") and head.lemma_ == "be" and on_schedule(head, token, lex):
        return "planned"  # "the highlights on his agenda are his meeting with X"
    if token.dep_ == "pobj" and head.head.lemma_.lower() in lex.planned_governors:
        return "planned"  # "in preparation of the meetings", "plans for a visit"
    verb = frame_verb(token)
    if verb is not None:
        # "will push ... during the summit", "will meet X in addition to the talks with Y",
        # "will be held on the sidelines of the leaders' meeting"
        if token.lemma_.lower() in _CALL_NOUNS:
            # "agreed to apply pressure ... in a telephone call": the call is where they
            # agreed, not part of what they intend; only the frame's own tense counts.
            own = clause_modality(verb, lex)
        else:
            own = verb_modality(verb, lex, chosen)
        return own if own in ("planned", "hypothetical") else "asserted"
    return "asserted"


_CALL_NOUNS = {"call", "conversation", "phone", "telephone", "videoconference", "teleconference"}


def on_schedule(copula: Token, noun: Token, lex: Lexicon) -> bool:
    """The other side of "be" names a schedule ("on his agenda", "the itinerary")."""
    for child in copula.children:
        if child == noun or child.dep_ not in ("nsubj", "attr", "prep"):
            continue
        if any(t.lemma_.lower() in lex.schedule_nouns for t in child.subtree):
            return True
    return False


# "[will push] during the summit", "on the sidelines of": data/english_words.yaml.
FRAME_PREPS = english_words("frame_prepositions")
FRAME_NOUNS = english_words("frame_nouns")


def frame_verb(noun: Token) -> Token | None:
    """The verb whose time frames the noun: "[will push] during the summit", "[will meet]
    in addition to the talks", "[will be held] on the sidelines of the meeting"."""
    node = noun
    for _ in range(3):
        if node.dep_ != "pobj":
            return None
        prep = node.head
        up = prep.head
        if prep.lower_ == "of" and up.lower_ in FRAME_NOUNS:
            node = up
            continue
        if prep.lower_ not in FRAME_PREPS:
            return None
        if up.pos_ in ("VERB", "AUX"):
            return up if prep.lower_ != "to" else None
        if up.lower_ != "addition":
            return None
        node = up
    return None


def plover_coding(event: EventMention, lex: Lexicon | None = None) -> str:
    """The PLOVER type a coder would give the mention: a promised or planned cooperative act
    is AGREE, a planned hostile act THREATEN, a demanded act REQUEST and a refused
    cooperative act REJECT (e.g. "X will visit Y" -> AGREE, "X did not accept" -> REJECT).
    """
    lex = lex or load_lexicon()
    kind = event.type
    if kind == "REQUEST":
        return kind
    if event.modality == "demanded":
        return "REQUEST"
    if event.modality == "negated" and kind in lex.cooperative_types:
        return "REJECT"
    if kind in ("AGREE", "THREATEN", "REJECT"):
        return kind
    if event.modality in ("planned", "hypothetical"):
        if kind in lex.cooperative_types:
            return "AGREE"
        if kind in lex.hostile_types and kind != "ACCUSE":
            return "THREATEN"
    return kind


# --------------------------------------------------------------------------- assembly


def depth(token: Token) -> int:
    steps = 0
    while token.head != token and steps < 50:
        token = token.head
        steps += 1
    return steps


def natural_cause(verb: Token, lex: Lexicon) -> bool:
    """The verb's doer is a natural force ("an earthquake struck ..., killing hundreds",
    "homes were destroyed by floods"), looking up through participle and coordinated
    clauses: no event (PLOVER never codes natural disasters as events)."""
    for _ in range(4):
        for child in verb.children:
            heads = []
            if child.dep_ in ("nsubj", "csubj"):
                heads = [child]
            elif child.dep_ == "agent":
                heads = [c for c in child.children if c.dep_ == "pobj"]
            for head in heads:
                if head.lemma_.lower() in lex.disaster_nouns or head.lower_ in lex.disaster_nouns:
                    return True
        if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head != verb:
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                return False
            verb = verb.head
        else:
            return False
    return False


def choose(token: Token, lex: Lexicon, index: MentionIndex):
    """The first candidate whose actor conditions hold, with its roles; ``token`` is one of
    ``candidate_positions`` (the tokens ``may_have_candidates`` holds for)."""
    if is_verb(token) and lex.disaster_nouns and natural_cause(token, lex):
        return None
    for cand in candidates_for(token, lex, index):
        if cand.entry.type == SKIP:
            return cand, [], []
        if is_verb(token):
            source, target = verb_roles(token, cand.entry, lex, index, cand.absorbed)
        else:
            source, target = noun_roles(cand, lex, index)
        if cand.entry.type != "CONSULT" and not (source and target):
            # meetings need named parties; other events may have unnamed groups
            group_source, group_target = group_roles(cand, lex)
            source = source or group_source
            target = target or dedupe(group_target, exclude=source)
        if cand.entry.type == "PROTEST" and not source and not target:
            source = crowd_source(cand, lex, index)
        if roles_fit(cand.entry, source, target):
            return civilian_recoded(cand, source, lex), source, target
    return None


def civilian_recoded(cand: Candidate, source: list[ActorRef], lex: Lexicon) -> Candidate:
    """PLOVER codes force used by civilians as PROTEST: "protesters stormed parliament" is
    a riot, "thousands of demonstrators besieged the embassy" an obstruction."""
    code = lex.civilian_violence.get(cand.entry.type)
    if not code or not source or any(a.sector != "civilian" for a in source):
        return cand
    known = lex.cameo.get(code)
    entry = replace(cand.entry, type=known.type if known else "PROTEST", cameo=code,
                    mode=known.mode if known else None, context=None)
    return replace(cand, entry=entry)


def extract_events(doc: Doc, article: Article, mentions: list[Mention],
                   lex: Lexicon | None = None) -> list[EventMention]:
    """Event mentions in ``doc`` (the spaCy parse of ``article.body``), one per trigger;
    ``lex`` is the trigger lexicon (default: the project's, load_lexicon())."""
    lex = lex or load_lexicon()
    index = MentionIndex(doc, mentions, lex.person_nouns | lex.institution_nouns)
    out: list[EventMention] = []
    used_ids: set[str] = set()
    told_again: set[str] = set()  # events named by a definite noun ("the meeting")
    possible = candidate_positions(doc, lex)
    for sent in doc.sents:
        chosen: dict[int, Candidate] = {}
        roles: dict[int, tuple[list[ActorRef], list[ActorRef]]] = {}
        for token in (doc[i] for i in range(sent.start, sent.end) if i in possible):
            found = choose(token, lex, index)
            if found is not None:
                chosen[token.i] = found[0]
                roles[token.i] = (found[1], found[2])
        absorbed = {t.i for c in chosen.values() for t in c.absorbed}
        absorbed |= occasion_nouns_used(sent, chosen, lex)
        modes: dict[int, str] = {}
        for i, cand in chosen.items():
            governor = governing_verb(cand.token) if not is_verb(cand.token) else None
            if (
                governor is not None and cand.light_verb is None
                and i not in absorbed and cand.token.head.head == governor
                and cand.token.head.lower_ in ("in", "during", "with", "by")
                and governor.i in chosen
                and chosen[governor.i].entry.type == cand.entry.type
            ):
                # "In a phone call, X and Y discussed ...", "were killed in an ambush by
                # X": one event, the noun filling in what the verb leaves open
                absorbed.add(i)
                if cand.entry.mode and not chosen[governor.i].entry.mode:
                    modes[governor.i] = cand.entry.mode
                verb_source, verb_target = roles[governor.i]
                noun_source, noun_target = roles[i]
                roles[governor.i] = (
                    verb_source or noun_source,
                    verb_target or dedupe(noun_target, exclude=verb_source or noun_source),
                )
        by_light: dict[tuple[int, str], int] = {}
        for i, cand in chosen.items():
            if is_verb(cand.token) or cand.light_verb is None or i in absorbed:
                continue
            key = (cand.light_verb.i, cand.entry.type)
            if key in by_light:
                absorbed.add(i)  # "held a meeting ... meeting": one verb, one event
                continue
            by_light[key] = i
            light = chosen.get(cand.light_verb.i)
            if light is not None and light.entry.type == cand.entry.type:
                # "hosted a meeting between X and Y": one event, X and Y its targets
                verb_source, verb_target = roles[light.token.i]
                extra = dedupe([*roles[i][0], *roles[i][1]], exclude=verb_source)
                roles[light.token.i] = (verb_source, dedupe([*verb_target, *extra]))
                absorbed.add(i)
            elif light is not None and light.entry.defers_to_object:
                # "signed a peace deal": one act, the deal's; the signing verb lends its actors
                verb_source, verb_target = roles[light.token.i]
                noun_source, noun_target = roles[i]
                source = noun_source or verb_source
                roles[i] = (source, noun_target or dedupe(verb_target, exclude=source))
                absorbed.add(light.token.i)
        built = [(i, build(cand, roles[i], article, lex, chosen)) for i, cand in chosen.items()
                 if cand.entry.type != SKIP and i not in absorbed]
        absorbed |= folded_acts(built, chosen, lex, index)
        absorbed |= deferring_verbs([(i, e) for i, e in built if i not in absorbed], chosen)
        absorbed |= subordinate_acts([(i, e) for i, e in built if i not in absorbed], chosen, lex)
        absorbed |= {i for i, _ in built if restated(chosen[i]) or describes_actor(chosen[i], lex, index)}
        absorbed |= {i for i, _ in built if inside_condition(chosen[i], lex)}
        acts = set(chosen) | {t.i for c in chosen.values() for t in c.absorbed}
        absorbed |= {i for i, _ in built if describes_thing(chosen[i], lex, index, acts)}
        # an aim, and a cause told where no act governs it ("stepped up pressure, breaking
        # ties, following an attack"), are background beside an act the sentence reports
        aims = {i for i, _ in built if i not in absorbed and aim_of_a_move(chosen[i], acts)}
        absorbed |= beside_another_act(aims, built, absorbed, chosen)
        causes = {i for i, _ in built if i not in absorbed and cause_of_a_move(chosen[i], lex, acts)}
        absorbed |= beside_another_act(causes, built, absorbed, chosen, outside_their_clauses=True)
        absorbed |= {i for i, _ in built if motive_noun(chosen[i], lex) or alleged_support(chosen[i], lex)}
        events: list[tuple[tuple[int, int], EventMention]] = []
        for i, event in built:
            if i in absorbed:
                continue
            cand = chosen[i]
            event.mode = modes.get(i, event.mode)
            conditional_threat(event, cand, lex, index, article)
            if event.id in used_ids:  # "X met Y and later met Z": same words, two events
                event.id = content_id(article.id, str(event.start), event.type, event.trigger,
                                      str(cand.token.idx))
            used_ids.add(event.id)
            if definite_noun(cand):
                told_again.add(event.id)
            events.append(((depth(cand.token), i), event))
        out.extend(without_partial_copies([e for _, e in sorted(events, key=lambda pair: pair[0])]))
    completed_from_article(out)
    meetings_told_again(out, told_again)
    return out


DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def beside_another_act(background: set[int], built: list[tuple[int, EventMention]], absorbed: set[int],
                       chosen: dict[int, Candidate], *, outside_their_clauses: bool = False) -> set[int]:
    """``background`` when the sentence reports another act (with ``outside_their_clauses``,
    one not inside their clauses), else nothing: alone, an act told as an aim or a cause is
    the sentence's one event, as PLOVER codes it."""
    for i, _ in built:
        if i in absorbed or i in background:
            continue
        if outside_their_clauses and any(chosen[c].token in chosen[i].token.ancestors for c in background):
            continue
        return background
    return set()


def definite_noun(cand: Candidate) -> bool:
    """The trigger is a noun standing alone with a definite article or a possessor that names
    its parties: "during the meeting", "prior to their talks", "Yoon's trip" name an act as
    one already known."""
    token = cand.token
    if is_verb(token) or cand.light_verb is not None:
        return False
    return any((c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or (c.dep_ == "poss" and possessor_party(c))
               for c in token.children)


def possessor_party(possessor: Token) -> bool:
    """A possessor that names the act's parties: a name ("Yoon's trip") or "their" (the two
    sides); "my visits" in a quote, "his trip" may be someone else's."""
    return possessor.pos_ == "PROPN" or possessor.lower_ == "their"


def intent_type(cand: Candidate, lex: Lexicon, chosen: dict[int, Candidate]) -> str:
    """"vowed to fight" is a threat, "vowed to help" a promise."""
    if not cand.entry.intent:
        return cand.entry.type
    for comp in complements(cand.token):
        inner = [chosen.get(comp.i)] + [
            c for c in chosen.values() if c.light_verb is not None and c.light_verb.i == comp.i
        ]
        if any(c is not None and c.entry.type in lex.hostile_types for c in inner):
            return "THREATEN"
    return cand.entry.type


# Events two parties do together: "Russia and Ukraine signed a deal" is Russia -> Ukraine, as
# PLOVER codes every event between a source and a target.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def _dyadic(kind: str, source: list, target: list, joint: bool = False) -> tuple[list, list]:
    """Joint sources of a symmetric event (or of an entry's ``joint`` act: the signatories of
    an agreement) with no target: the first is the source, the rest its counterparts (a
    country beside its own person stays with them)."""
    if (kind not in SYMMETRIC_TYPES and not joint) or target or len(source) < 2:
        return source, target
    first = source[0]
    # a government and its country's rebels ("the Colombian government and the FARC") are
    # two parties, a country and its own minister one
    rest = [a for a in source[1:]
            if not (a.country and a.country == first.country and is_state([a]) == is_state([first]))]
    if not rest:
        return source, target
    return [a for a in source if a not in rest], rest


def build(cand: Candidate, roles, article: Article, lex: Lexicon, chosen) -> EventMention:
    token = cand.token
    sent = token.sent
    modality = candidate_modality(cand, lex, chosen)
    kind = intent_type(cand, lex, chosen)
    if negated(token) and modality != "negated":
        modality = "negated"
    status = status_for(cand.light_verb or token if is_verb(cand.light_verb or token) else token, modality)
    trigger = " ".join(t.text for t in cand.words)
    start = sent.start_char
    source, target = _dyadic(kind, list(roles[0]), list(roles[1]), cand.entry.joint)
    event = EventMention(
        id=content_id(article.id, str(start), kind, trigger),
        article=article.id,
        type=kind,
        start=start,
        end=sent.end_char,
        text=sent.text,
        trigger=trigger,
        cameo=cand.entry.cameo,
        source=list(source),
        target=list(target),
        modality=modality,
        status=status,
        mode=cand.entry.mode,
        context=cand.entry.context,
    )
    if kind == "CONSULT":
        event.occasion = find_occasion(cand.token, lex)
    return refusal_recoded(event, cand, lex)


def past_clause(verb: Token) -> bool:
    """"did not have", "has not released", "failed": told as what did not happen."""
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have")
               for c in verb.children)


def refusal_recoded(event: EventMention, cand: Candidate, lex: Lexicon) -> EventMention:
    """A refused cooperative act is a REJECT, as PLOVER codes it: "Iran does not accept
    the ruling", "X will not attend", "X declined to meet Y".  The CAMEO 12x code of what
    was refused gives the mode (meet, assist, change), so the refused act's kind stays on
    the record.  "They did not have a conversation" tells only that none took place."""
    code = lex.refusal_codes.get(event.type)
    if event.modality != "negated" or code is None:
        return event
    verb = cand.light_verb if cand.light_verb is not None else cand.token
    if not is_verb(verb):
        return event
    if event.type not in lex.stance_types and (past_clause(verb) or without_clause(verb)):
        return event  # "met X without holding talks": not held, and not refused either
    known = lex.cameo.get(code)
    event.type = "REJECT"
    event.cameo = code
    event.mode = known.mode if known else None
    event.context = (known.context if known else None) or event.context
    event.modality = "asserted"
    event.status = "past" if event.status == "planned" else event.status
    return event


def folded_acts(events: list[tuple[int, EventMention]], chosen: dict[int, Candidate],
                lex: Lexicon, index: MentionIndex) -> set[int]:
    """"Russia refused to sign the deal", "France called for the release of X": one event,
    the REJECT or REQUEST verb's, taking the CAMEO code and mode of the refused or demanded
    act and the actors it leaves open."""
    by_token = dict(events)
    gone: set[int] = set()
    for i, event in events:
        cand = chosen[i]
        if cand.light_verb is not None and cand.light_verb.i != i:
            outer = by_token.get(cand.light_verb.i)
        elif not is_verb(cand.token) and event.modality == "demanded" and (
                demand := demand_of(cand.token, lex)) is not None:
            outer = by_token.get(demand.i)  # "urged the release of X": one REQUEST
        elif is_verb(cand.token) and is_complement(cand.token):
            head = cand.token.head
            if own_addressee(head, lex) or own_chain_order(head, by_token.get(head.i), lex, index):
                # "ordered its troops to leave", "ordered the ministry to expel ...": an
                # order down the source's own chain is no act between two parties; the
                # ordered act is the event
                if head.i in by_token and by_token[head.i].type == "REQUEST" and by_token[head.i] is not event:
                    gone.add(head.i)
                continue
            outer = by_token.get(head.i)
        else:
            continue
        if outer is None and event.modality == "demanded" and demand_of(cand.token, lex) is not None:
            # "envoys calling for the release of X" with no requester named: what was
            # asked for is no act, and no one is known to have asked
            gone.add(i)
            continue
        if outer is None or outer is event:
            continue
        if outer.type == "REJECT" and event.type == "REJECT":
            code = event.cameo
        elif outer.type == "REQUEST" and event.modality == "demanded":
            code = lex.demand_codes.get(event.type)
        else:
            continue
        if code is None:
            continue
        known = lex.cameo.get(code)
        outer.cameo = code
        outer.mode = known.mode if known else event.mode
        outer.context = event.context or outer.context
        outer.source = outer.source or event.source
        if outer.type == "REJECT":
            # the refused deal's party is the one rebuffed; the demanded act's recipient
            # ("called for the release of X") is not whom the demand is made of
            outer.target = outer.target or event.target
        gone.add(i)
    return gone


def deferring_verbs(events: list[tuple[int, EventMention]], chosen: dict[int, Candidate]) -> set[int]:
    """Verbs that tell only why an act was done ("the EU retaliated by imposing sanctions",
    "the US expelled the envoy, retaliating for ..."): with another event of the same source
    in the sentence, that event is the act and the verb is none."""
    gone: set[int] = set()
    for i, event in events:
        if not chosen[i].entry.defers_to_sentence:
            continue
        mine = {a.id for a in event.source}
        if any(j != i and not chosen[j].entry.defers_to_sentence
               and (not mine or mine & {a.id for a in other.source}) for j, other in events):
            gone.add(i)
    return gone


def inside_condition(cand: Candidate, lex: Lexicon) -> bool:
    """An act told only as the condition of another: "threatened to retaliate if Taiwan's
    president met the Speaker", "will be met with fire if it threatens the US again".  The
    act in the if-clause has not happened (that is what "if" says); the act it conditions
    (the threat, coded THREATEN by plover_coding) is the event."""
    node = cand.light_verb if cand.light_verb is not None else cand.token
    for _ in range(6):
        if node.dep_ == "advcl" and condition_marked(node, lex):
            return True
        if node.dep_ in ("ROOT", "ccomp", "relcl", "advcl", "parataxis") or node.head == node:
            return False  # the clause ends here: an "if" further up conditions another act
        node = node.head
    return False


def conditioned(verb: Token, lex: Lexicon) -> list[Token]:
    """The verb's own if/unless clauses."""
    return [clause for clause in children(verb, "advcl") if condition_marked(clause, lex)]


def conditional_threat(event: EventMention, cand: Candidate, lex: Lexicon, index: MentionIndex,
                       article: Article) -> None:
    """A hostile act yet to come that its own if/unless clause conditions is a threat, made
    now (PLOVER THREATEN): "we will strike if they attack".  An act with no doer of its own
    (an agentless passive) is the threat of whoever says it ("X will be met with fire if it
    threatens the US, Trump said"); with no one to make it, it is no threat ("could be
    imprisoned if convicted").  Its target, when the act names none, is whom the if-clause
    names."""
    if (event.modality not in ("planned", "hypothetical") or event.type not in lex.hostile_types
            or event.type in ("ACCUSE", "REJECT", "THREATEN")):
        return
    verb = cand.light_verb if cand.light_verb is not None else cand.token
    clauses = conditioned(verb, lex) if is_verb(verb) else []
    if not clauses:
        return
    source = event.source or ([] if children(verb, "agent", "nsubj") else speaker_of(verb, index))
    if not source:
        return
    event.source, event.type, event.modality = source, "THREATEN", "asserted"
    event.status = status_for(verb, "asserted")
    event.target = event.target or dedupe(subject_actors(clauses[0], index), exclude=source)
    event.id = content_id(article.id, str(event.start), event.type, event.trigger)


def speaker_of(verb: Token, index: MentionIndex) -> list[ActorRef]:
    """Who says the clause ``verb`` heads: the subject of the speech verb it is the
    complement of ("Trump said X would be ...", "X will be ..., Trump said")."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("ccomp", "conj") or node.head == node:
            return []
        node = node.head
        if node.lemma_.lower() in load_cues().speech_verbs:
            return subject_actors(node, index)
    return []


def motive_noun(cand: Candidate, lex: Lexicon) -> bool:
    """"broke ties in protest at the attack", "in repudiation of the offensive": the noun
    says why an act was done; it is no protest or rejection of its own."""
    token = cand.token
    return (not is_verb(token) and cand.light_verb is None and told_as_motive(token, lex)
            and not any(c.dep_ == "det" for c in token.children))  # "killed in a protest": one took place


def restated(cand: Candidate) -> bool:
    """An act named only to say what it was, of something already told: "This was the first
    visit by an African leader since 2016", "It is the first meeting between the two sides"
    (a noun after "be" whose subject is a pronoun); the act itself is told elsewhere."""
    token = cand.token
    if is_verb(token) or cand.light_verb is not None or token.dep_ != "attr" or token.head.lemma_ != "be":
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in token.head.children)


def own_chain_order(verb: Token, order: EventMention | None, lex: Lexicon, index: MentionIndex) -> bool:
    """A verb of command whose addressee is no other party: "ordered the foreign ministry
    to ...", "instructed the army to ..." (nobody named, or the source's own country's)."""
    if order is None or verb.lemma_.lower() not in lex.command_verbs:
        return False
    own = {a.country for a in order.source if a.country}
    for obj in children(verb, "dobj"):
        addressed = actors_of(obj, index)
        if any(not a.country or a.country not in own for a in addressed):
            return False
    return True


def own_addressee(verb: Token, lex: Lexicon) -> bool:
    """The verb's object is someone's own people ("ordered its troops", "ordered Moscow's
    troops", "told his ministers"), or armed forces no other party is named for ("ordered
    troops to withdraw": a government orders its own): an order down a chain of command
    is the act itself, so it stays an event of its own (PLOVER codes the ordered
    withdrawal as RETREAT)."""
    for obj in children(verb, "dobj"):
        if any(p.dep_ == "poss" for p in obj.children):
            return True
        if obj.lemma_.lower() in lex.armed_forces and not any(
                c.dep_ in ("amod", "compound", "prep") for c in obj.children):
            return True
    return False
