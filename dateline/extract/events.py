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

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from dateline.extract.event_args import (
    MentionIndex,
    actors_of,
    children,
    clause_modality,
    complements,
    dedupe,
    governed_modality,
    governing_verb,
    head_actors,
    is_complement,
    is_passive,
    negated,
    noun_modality,
    status_for,
    subject_actors,
    subject_of,
    with_conjuncts,
)
from dateline.extract.event_lexicon import SKIP, Lexicon, TriggerEntry, load_lexicon
from dateline.extract.meetings import (
    find_occasion,
    meeting_of_clause,
    occasion_nouns_used,
    place_targets,
)
from dateline.records import ActorRef, Article, EventMention, Mention, content_id

__all__ = ["extract_events", "plover_coding"]

STATE_KINDS = ("country",)
CONSULT_TARGET_PREPS = ("with",)
# Types whose target is often named only by a purpose clause ("struck to protest X").
PURPOSE_TYPES = ("PROTEST",)
STATE_SECTORS = ("government", "military", "igo", "police", "legislature", "judiciary")


@dataclass
class Candidate:
    token: Token
    entry: TriggerEntry
    words: list[Token]  # trigger word(s), for the trigger text
    absorbed: list[Token] = field(default_factory=list)  # object nouns this trigger covers
    light_verb: Token | None = None  # for nouns: the verb whose subject is the source


# --------------------------------------------------------------------------- matching


def object_strings(noun: Token, lex: Lexicon | None = None) -> set[str]:
    """Ways to name an object: "sanction", "economic sanction", "state of emergency",
    "cease-fire", "hunger strike"; a generic head adds its modifiers ("aid deliveries"
    is also "aid")."""
    lemma = noun.lemma_.lower()
    text = noun.lower_
    out = {lemma, text}
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")]
    if lex is not None and lemma in lex.generic_object_heads:
        out.update(m.lemma_.lower() for m in mods)
        if len(mods) >= 2:
            out.add(" ".join(m.lemma_.lower() for m in mods))
    for mod in mods:
        out.add(f"{mod.lemma_.lower()} {lemma}")
        out.add(f"{mod.lower_} {text}")
    if mods:
        out.add(" ".join([m.lower_ for m in mods] + [lemma]))
    left = noun.doc[noun.left_edge.i : noun.i + 1]
    if any(t.text == "-" for t in left):
        joined = "".join(t.lower_ for t in left if t.dep_ != "det")
        out.add(joined)
        out.add(joined.rstrip("s"))
    for prep in children(noun, "prep"):
        if prep.lower_ == "of":
            for pobj in children(prep, "pobj"):
                out.add(f"{lemma} of {pobj.lemma_.lower()}")
    return out


def through_quantity(noun: Token, lex: Lexicon) -> list[Token]:
    """"700 kg of medicine", "part of an aid program": the measured noun as well."""
    out = [noun]
    if noun.lemma_.lower() in lex.quantity_nouns or noun.pos_ == "NUM":
        for prep in children(noun, "prep"):
            if prep.lower_ == "of":
                out.extend(children(prep, "pobj"))
    return out


def verb_objects(verb: Token, entry: TriggerEntry, lex: Lexicon) -> list[Token]:
    heads = children(verb, "dobj", "nsubjpass", "attr", "oprd")
    for prep in children(verb, "prep", "prt", "agent"):
        if prep.lower_ in entry.object_preps:
            heads.extend(children(prep, "pobj"))
    out: list[Token] = []
    for head in heads:
        for noun in with_conjuncts(head):
            out.extend(through_quantity(noun, lex))
    return out


def attached(token: Token, words: tuple[str, ...], deps: tuple[str, ...]) -> Token | None:
    for child in token.children:
        if child.dep_ in deps and child.lower_ in words:
            return child
    return None


def has_complement(token: Token) -> bool:
    return bool(complements(token))


def verb_fits(
    verb: Token, entry: TriggerEntry, index: MentionIndex, lex: Lexicon
) -> Candidate | None:
    words = [verb]
    if entry.particle:
        particle = attached(verb, entry.particle, ("prt", "prep", "advmod", "dobj"))
        if particle is None:
            return None
        words.append(particle)
    if entry.preps and attached(verb, entry.preps, ("prep", "prt", "dative", "agent")) is None:
        return None
    objects = verb_objects(verb, entry, lex)
    absorbed: list[Token] = []
    if entry.objects:
        matched = [o for o in objects if object_strings(o, lex) & entry.objects]
        if not matched:
            return None
        absorbed = matched
        words.append(matched[0])
    if entry.not_objects and any(object_strings(o) & entry.not_objects for o in objects):
        return None
    direct = children(verb, "dobj")
    if entry.intransitive and direct:
        return None
    if entry.object_is_actor:
        if is_passive(verb):  # "Lavrov was received by Wang"
            direct = children(verb, "nsubjpass")
        heads = [
            d for o in direct for d in with_conjuncts(o)
            if index.covers(d) or (d.lemma_.lower() in lex.person_nouns and head_actors(d, index))
        ]
        if not heads:
            return None
        if entry.person_object and not any(
            d.lemma_.lower() in lex.person_nouns
            or any(a.kind == "person" for a in head_actors(d, index))
            for d in heads
        ):
            return None
    if entry.needs_complement and not has_complement(verb):
        return None
    if entry.not_complements and any(
        c.lemma_.lower() in entry.not_complements for c in complements(verb)
    ):
        return None
    if entry.needs_infinitive and not any(
        any(a.lower_ == "to" for a in c.children) for c in children(verb, "xcomp")
    ):
        return None
    if entry.no_complement and has_complement(verb):
        return None
    if entry.needs_complement_or_object and not (has_complement(verb) or direct):
        return None
    return Candidate(verb, entry, sorted(words, key=lambda t: t.i), absorbed)


def light_verb_of(noun: Token, entry: TriggerEntry, lex: Lexicon) -> Token | None:
    """The verb that makes its subject the noun's agent: "held talks", "took part in talks"."""
    if noun.dep_ == "compound":
        noun = noun.head  # "launched a mediation effort"
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and (
        head.head.lemma_.lower() in lex.quantity_nouns or head.head.pos_ == "NUM"
    ):
        noun = head.head  # "launched 10 days of war games"
        head = noun.head
    allowed = entry.light_verbs or lex.light_verbs
    if noun.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
        if head.lemma_.lower() in allowed:
            return head
    if noun.dep_ == "pobj" and head.dep_ in ("prep", "prt"):
        verb = head.head
        preps = lex.light_prep_verbs.get(verb.lemma_.lower(), frozenset())
        if verb.pos_ in ("VERB", "AUX") and head.lower_ in preps:
            return verb
    if noun.dep_ == "conj":
        return light_verb_of(noun.head, entry, lex) if noun.head.pos_ in ("NOUN", "PROPN") else None
    return None


def noun_fits(noun: Token, entry: TriggerEntry, lex: Lexicon) -> Candidate | None:
    if entry.plural_only and noun.tag_ not in ("NNS", "NNPS"):
        return None
    if entry.modifiers:
        mods = {c.lemma_.lower() for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")}
        mods |= {c.lower_ for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")}
        left = noun.doc[noun.left_edge.i : noun.i]
        mods.add(" ".join(t.lower_ for t in left if t.dep_ != "det"))
        if not mods & entry.modifiers:
            return None
    if entry.preps and attached(noun, entry.preps, ("prep",)) is None:
        return None
    absorbed: list[Token] = []
    if entry.objects:
        objects = [
            o for p in children(noun, "prep") if p.lower_ in entry.object_preps
            for pobj in children(p, "pobj") for o in with_conjuncts(pobj)
        ]
        absorbed = [o for o in objects if object_strings(o, lex) & entry.objects]
        if not absorbed:
            return None
    light = light_verb_of(noun, entry, lex)
    if entry.needs_light_verb and light is None:
        return None
    words = [light, noun] if light is not None and light.i < noun.i else [noun]
    return Candidate(noun, entry, words, absorbed, light)


def is_verb(token: Token) -> bool:
    return token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ not in ("aux", "auxpass"))


def noun_may_trigger(noun: Token, lex: Lexicon) -> bool:
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "compound":
        return noun.head.lemma_.lower() in lex.event_compound_heads
    return noun.dep_ not in ("poss",)


def candidates_for(token: Token, lex: Lexicon, index: MentionIndex) -> list[Candidate]:
    """Every entry that fits the token syntactically, in lexicon order."""
    lemma = token.lemma_.lower()
    out: list[Candidate] = []
    if is_verb(token):
        for entry in lex.verbs.get(lemma, []):
            cand = verb_fits(token, entry, index, lex)
            if cand is not None:
                out.append(cand)
    elif noun_may_trigger(token, lex):
        entries = lex.nouns.get(lemma) or lex.nouns.get(token.lower_) or []
        for entry in entries:
            cand = noun_fits(token, entry, lex)
            if cand is not None:
                out.append(cand)
    return out


# --------------------------------------------------------------------------- roles


def prep_actors(
    token: Token, preps: tuple[str, ...], index: MentionIndex, heads_only: bool = False
) -> list[ActorRef]:
    collect = head_actors if heads_only else actors_of
    out: list[ActorRef] = []
    for prep in children(token, "prep", "dative", "prt"):
        if prep.lower_ in preps:
            for pobj in children(prep, "pobj"):
                out.extend(collect(pobj, index))
    return out


def agent_actors(verb: Token, index: MentionIndex) -> list[ActorRef]:
    return [
        a for ag in children(verb, "agent") for p in children(ag, "pobj")
        for a in actors_of(p, index, subject=True)
    ]


def purpose_targets(verb: Token, lex: Lexicon, index: MentionIndex) -> list[ActorRef]:
    """Targets named by a purpose clause or phrase: "went on strike to protest X's
    decision", "staged a sit-in in protest against X"."""
    out: list[ActorRef] = []
    for clause in children(verb, "advcl", "xcomp"):
        if any(c.lower_ == "to" for c in clause.children):
            out += [a for o in children(clause, "dobj") for a in actors_of(o, index)]
            out += prep_actors(clause, lex.verb_target_preps, index)
    for prep in children(verb, "prep"):
        if prep.lower_ == "in":
            for pobj in children(prep, "pobj"):
                if pobj.lemma_.lower() in ("protest", "response", "retaliation", "solidarity"):
                    out += prep_actors(pobj, ("against", "at", "over", "of", "with"), index)
    return out


def verb_roles(
    verb: Token, entry: TriggerEntry, lex: Lexicon, index: MentionIndex,
    absorbed: list[Token] = (),
):
    consult = entry.type == "CONSULT"
    if entry.target_preps is not None:
        preps = entry.target_preps
    else:
        preps = CONSULT_TARGET_PREPS if consult else lex.verb_target_preps
    # a meeting's object is a participant only when it names one ("met X", not
    # "discussed issues including X")
    collect = head_actors if consult else actors_of
    passive = is_passive(verb)
    if passive and entry.stative_passive and not children(verb, "agent"):
        passive = False  # "X is opposed to Y", "X is committed to"
        source = [a for s in children(verb, "nsubjpass") for a in actors_of(s, index, True)]
        target = []
    elif passive:
        source = agent_actors(verb, index)
        target = [a for s in children(verb, "nsubjpass") for a in collect(s, index)]
    else:
        source = subject_actors(verb, index)
        target = [a for o in children(verb, "dobj", "dative") for a in collect(o, index)]
    target += prep_actors(verb, preps, index, heads_only=consult)
    for noun in absorbed:  # "spoke by telephone with X", "lifted the blockade on X"
        target += prep_actors(noun, preps, index, heads_only=consult)
    if consult:  # "hosted talks between X and Y"
        for noun in children(verb, "dobj"):
            if any(e.type == "CONSULT" for e in lex.nouns.get(noun.lemma_.lower(), ())):
                target += prep_actors(noun, ("between", "among", "with"), index, True)
    if not target and entry.mode == "visit":
        target += place_targets(verb, preps, with_object=True)
    if not target and entry.type in PURPOSE_TYPES:
        target += purpose_targets(verb, lex, index)
    if not target and not consult:
        for comp in children(verb, "xcomp", "ccomp"):
            if comp.dep_ == "ccomp":
                target += [a for s in children(comp, "nsubj") for a in actors_of(s, index)]
            target += [a for o in children(comp, "dobj") for a in actors_of(o, index)]
            target += prep_actors(comp, lex.verb_target_preps, index)
    source = dedupe(source)
    return source, dedupe(target, exclude=source)


def noun_roles(cand: Candidate, lex: Lexicon, index: MentionIndex):
    noun, entry = cand.token, cand.entry
    consult = entry.type == "CONSULT"
    source_preps = entry.source_preps if entry.source_preps is not None else lex.noun_source_preps
    if entry.target_preps is not None:
        target_preps = entry.target_preps
    else:
        target_preps = CONSULT_TARGET_PREPS if consult else lex.noun_target_preps
    source: list[ActorRef] = []
    target: list[ActorRef] = []
    borrow = False
    # "a mediation effort between X and Y": the head noun carries the arguments
    frame = [noun, noun.head] if noun.dep_ == "compound" else [noun]
    for child in (c for token in frame for c in token.children):
        if child == noun:
            continue
        if child.dep_ == "poss":
            if child.pos_ == "PRON":
                borrow = True
            else:
                source += actors_of(child, index, subject=True)
        elif child.dep_ in ("compound", "amod", "nmod") and child.i < noun.i:
            found = actors_of(child, index, subject=True)
            if consult:  # "the ASEAN meeting", "the BRICS summit" name the host, not a party
                found = [a for a in found if a.kind != "organisation"]
            source += found
        elif child.dep_ == "prep":
            pobjs = children(child, "pobj")
            if child.lower_ in source_preps:
                source += [a for p in pobjs for a in actors_of(p, index)]
            elif child.lower_ in target_preps:
                collect = head_actors if consult else actors_of
                target += [a for p in pobjs for a in collect(p, index)]
    if not target and entry.mode == "visit":
        target += place_targets(noun, target_preps, with_object=False)
    light = cand.light_verb
    if light is not None:
        if is_passive(light) and children(light, "agent"):
            source += agent_actors(light, index)
        elif is_passive(light) and noun.dep_ == "pobj":
            # "X were engaged in ethnic cleansing": the passive subject acts
            source += [a for s in children(light, "nsubjpass") for a in actors_of(s, index, True)]
        elif not is_passive(light):
            source += subject_actors(light, index)
        extra = CONSULT_TARGET_PREPS if consult else lex.verb_target_preps
        target += prep_actors(light, extra, index, heads_only=consult)
        target += [a for o in children(light, "dative") for a in actors_of(o, index)]
        if not target and entry.type in PURPOSE_TYPES:
            target += purpose_targets(light, lex, index)
    elif borrow or (consult and not source and meeting_of_clause(noun, entry, bool(target))):
        verb = governing_verb(noun)
        if verb is not None:
            source += subject_actors(verb, index)
        if consult and not source and not target and plural_owner(noun):
            # "according to a readout of their meeting": the main clause's parties
            root = noun.sent.root
            source += subject_actors(root, index)
            target += [a for o in children(root, "dobj", "dative") for a in head_actors(o, index)]
    source = dedupe(source)
    return source, dedupe(target, exclude=source)


def plural_owner(noun: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ in ("their", "our") for c in noun.children)


def is_state(actors: list[ActorRef]) -> bool:
    return any(a.kind in STATE_KINDS or (a.sector or "") in STATE_SECTORS for a in actors)


def civilian_source(verb: Token, lex: Lexicon) -> list[ActorRef]:
    """A provisional group for protesters the resolver cannot name ("thousands of farmers
    blocked roads"): the subject noun, looked through "thousands of"."""
    for subject in subject_of(verb):
        for noun in through_quantity(subject, lex):
            lemma = noun.lemma_.lower()
            if lemma in lex.civilian_groups:
                name = noun.doc[noun.left_edge.i : noun.i + 1].text
                return [ActorRef(id=f"provisional:{lemma}", name=name, kind="group",
                                 sector="civilian")]
    return []


def roles_fit(entry: TriggerEntry, source: list[ActorRef], target: list[ActorRef]) -> bool:
    if not source and not target:
        return False
    if entry.require == "target" and not target:
        return False
    if entry.min_participants and len(dedupe(source + target)) < entry.min_participants:
        return False
    if entry.government_source and not is_state(source):
        return False
    return True


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
    if verb.dep_ not in ("xcomp", "ccomp", "acl", "advcl", "pcomp"):
        return None
    if is_complement(verb) and head.i in chosen and chosen[head.i].entry.embed:
        return chosen[head.i].entry.embed
    governed = governed_modality(verb, lex)
    if governed:
        return governed
    if verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
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
    verb = cand.light_verb
    if verb is not None:
        governing = chosen.get(verb.i)
        if governing is not None and governing.entry.embed and verb != token:
            # "pledged support", "demanded talks", "refused aid"
            own = clause_modality(verb, lex)
            return own if own in ("negated", "hypothetical") else governing.entry.embed
        return verb_modality(verb, lex, chosen)
    head = token.head
    if token.dep_ == "pobj" and head.head.lemma_.lower() in lex.planned_governors:
        return "planned"  # "in preparation of the meetings", "plans for a visit"
    if token.dep_ == "pobj" and head.lower_ in ("during", "at", "in") and head.head.pos_ == "VERB":
        own = clause_modality(head.head, lex)  # "will push ... during the summit"
        return own if own in ("planned", "hypothetical") else "asserted"
    return "asserted"


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


def choose(token: Token, lex: Lexicon, index: MentionIndex):
    """The first candidate whose actor conditions hold, with its roles."""
    for cand in candidates_for(token, lex, index):
        if cand.entry.type == SKIP:
            return cand, [], []
        if is_verb(token):
            source, target = verb_roles(token, cand.entry, lex, index, cand.absorbed)
        else:
            source, target = noun_roles(cand, lex, index)
        if not source and cand.entry.type == "PROTEST":
            verb = token if is_verb(token) else cand.light_verb
            source = civilian_source(verb, lex) if verb is not None else []
        if roles_fit(cand.entry, source, target):
            return cand, source, target
    return None


def extract_events(doc: Doc, article: Article, mentions: list[Mention]) -> list[EventMention]:
    """Event mentions in ``doc`` (the spaCy parse of ``article.body``), one per trigger."""
    lex = load_lexicon()
    index = MentionIndex(doc, mentions)
    out: list[EventMention] = []
    for sent in doc.sents:
        chosen: dict[int, Candidate] = {}
        roles: dict[int, tuple[list[ActorRef], list[ActorRef]]] = {}
        for token in sent:
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
                governor is not None and cand.light_verb is None and cand.entry.type == "CONSULT"
                and i not in absorbed and cand.token.head.head == governor
                and governor.i in chosen and chosen[governor.i].entry.type == "CONSULT"
            ):
                # "In a phone call, X and Y discussed ...": the call is the discussion
                absorbed.add(i)
                if cand.entry.mode and not chosen[governor.i].entry.mode:
                    modes[governor.i] = cand.entry.mode
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
        events: list[tuple[tuple[int, int], EventMention]] = []
        for i, cand in chosen.items():
            if cand.entry.type == SKIP or i in absorbed:
                continue
            event = build(cand, roles[i], article, lex, chosen)
            event.mode = modes.get(i, event.mode)
            events.append(((depth(cand.token), i), event))
        out.extend(e for _, e in sorted(events, key=lambda pair: pair[0]))
    return out


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
    source, target = roles
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
    return event
