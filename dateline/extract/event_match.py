"""Fitting lexicon entries to tokens: which words of a sentence are event triggers.

An entry fits when its conditions hold in the parse: its object ("imposed sanctions"),
particle ("called off"), prepositions ("talked with"), an actor as object ("welcomed the
president"), a light verb for nouns ("held talks").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dateline.english_words import english_words
from dateline.extract.event_args import (
    MentionIndex,
    children,
    complements,
    head_actors,
    is_passive,
    subject_of,
    with_conjuncts,
)
from dateline.extract.event_lexicon import Lexicon, TriggerEntry

if TYPE_CHECKING:  # named in annotations only: importing this module does not import spaCy
    from spacy.tokens import Doc, Token


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
    if noun.pos_ == "PROPN":
        # a name's title says what the person is: "French Ambassador Joel Meyer" is an
        # ambassador
        out.update(m.lemma_.lower() for m in mods if m.pos_ in ("PROPN", "NOUN"))
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


@dataclass
class VerbReadings:
    """What the entries of one verb share, read once for all of them: its objects (which
    depend on an entry only through its object prepositions and complement verbs) and the
    names of each object (``object_strings``)."""

    objects: dict[tuple[tuple[str, ...], bool], list[Token]] = field(default_factory=dict)
    names: dict[int, set[str]] = field(default_factory=dict)

    def object_names(self, noun: Token, lex: Lexicon) -> set[str]:
        found = self.names.get(noun.i)
        if found is None:
            found = self.names[noun.i] = object_strings(noun, lex)
        return found


def through_quantity(noun: Token, lex: Lexicon) -> list[Token]:
    """"700 kg of medicine", "part of an aid program": the measured noun as well."""
    out = [noun]
    if noun.lemma_.lower() in lex.quantity_nouns or noun.pos_ == "NUM":
        for prep in children(noun, "prep"):
            if prep.lower_ in ("of", "in"):  # "700 kg of medicine", "£10m in food aid"
                out.extend(children(prep, "pobj"))
    return out


def verb_objects(verb: Token, entry: TriggerEntry, lex: Lexicon) -> list[Token]:
    heads = children(verb, "dobj", "nsubjpass", "attr", "oprd")
    # a noun parsed as a clause ("allowed Red Cross convoys into X") is still the object
    heads += [c for c in children(verb, "ccomp", "xcomp") if c.pos_ in ("NOUN", "PROPN")]
    # "allowed inspectors to return": the complement's subject
    heads += [s for c in children(verb, "ccomp", "xcomp") for s in children(c, "nsubj")]
    for prep in children(verb, "prep", "prt", "agent"):
        if prep.lower_ in entry.object_preps:
            heads.extend(children(prep, "pobj"))
    if entry.complement_verbs:
        heads += children(verb, "dative")  # "gave the ambassador 72 hours to leave"
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


def names_a_time(prep: Token) -> bool:
    """A preposition whose object is a day or time ("on Monday"): a time adverbial, no
    particle of the verb ("called X a liar on Monday" is no "called on")."""
    return any(p.ent_type_ in ("DATE", "TIME") for p in prep.children if p.dep_ == "pobj")


def has_complement(token: Token) -> bool:
    return bool(complements(token))


# Ways an infinitive hangs from the verb that governs it: its complement or purpose clause
# ("ordered X to leave", "gave X 72 hours to leave"), or a clause on one of its objects.
INFINITIVE_PATH = ("xcomp", "ccomp", "advcl", "relcl", "acl", "appos", "dobj", "dative",
                   "nsubjpass")


def infinitive_verbs(verb: Token) -> set[str]:
    """Lemmas of the to-infinitives the verb governs: "ordered the envoy to leave the
    country", "gave the ambassador 72 hours to leave", "were asked to leave"."""
    out: set[str] = set()
    for token in verb.subtree:
        if token == verb or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            continue
        node, steps = token, 0
        while node != verb and node.dep_ in INFINITIVE_PATH and steps < 4:
            node, steps = node.head, steps + 1
        if node == verb:
            out.add(token.lemma_.lower())
    return out


PARTICIPLE_PREPS = english_words("participle_prepositions")


def adjectival_participle(verb: Token) -> bool:
    """ "talks with visiting Foreign Minister X": the participle describes X (parsed as
    the prepositional complement with X as its object); it is no visit of its own."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in PARTICIPLE_PREPS


def partitive_objects(objects: list[Token]) -> list[Token]:
    """What a quantifier object quantifies: "met some of the commitments", "all of its
    obligations"."""
    out: list[Token] = []
    for obj in objects:
        if obj.pos_ in ("PRON", "DET", "NUM", "ADJ") or obj.lemma_.lower() in ("part", "most", "many"):
            for prep in children(obj, "prep"):
                if prep.lower_ == "of":
                    out += [p for o in children(prep, "pobj") for p in with_conjuncts(o)]
    return out


PHRASE_WINDOW = 20  # tokens after a verb in which a fixed phrase completing it may come


def phrase_follows(verb: Token, words: tuple[str, ...]) -> bool:
    """The words come, in this order, within the verb's sentence after it: a fixed phrase
    ("persona non grata") the parser splits unpredictably across the clause."""
    end = min(verb.sent.end, verb.i + 1 + PHRASE_WINDOW)
    lowered = [t.lower_ for t in verb.doc[verb.i + 1 : end]]
    n = len(words)
    return any(tuple(lowered[i : i + n]) == words for i in range(len(lowered) - n + 1))


def doers(verb: Token) -> list[Token]:
    """Who does what the verb says: its subject, or in "ordered its troops to leave" the
    object of the verb it completes."""
    if verb.dep_ == "xcomp" and children(verb.head, "dobj"):
        return children(verb.head, "dobj")
    return subject_of(verb)


def verb_fits(
    verb: Token, entry: TriggerEntry, index: MentionIndex, lex: Lexicon,
    seen: VerbReadings | None = None,
) -> Candidate | None:
    """The candidate ``entry`` makes of ``verb``, or None.  ``seen``: what the entries of one
    verb share, read once for all of them."""
    seen = VerbReadings() if seen is None else seen
    if entry.type == "CONSULT" and adjectival_participle(verb):
        return None
    words = [verb]
    if entry.particle:
        particle = attached(verb, entry.particle, ("prt", "prep", "advmod", "dobj"))
        if particle is not None and names_a_time(particle):
            particle = None
        following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if particle is None and following is not None and following.lower_ in entry.particle:
            particle = following  # "handed over 20 hostages" parsed as "over 20"
        if particle is None:
            return None
        words.append(particle)
    if entry.preps and attached(verb, entry.preps, ("prep", "prt", "dative", "agent")) is None:
        return None
    # the objects depend on the entry only through its object prepositions and complement verbs
    key = (entry.object_preps, bool(entry.complement_verbs))
    objects = seen.objects.get(key)
    if objects is None:
        objects = seen.objects[key] = verb_objects(verb, entry, lex)
    absorbed: list[Token] = []
    if entry.objects:
        matched = [o for o in objects if seen.object_names(o, lex) & entry.objects]
        if not matched:
            return None
        absorbed = matched
        words.append(matched[0])
    # a participle on a noun says what was done to it: "a photo released by the army"
    described = [verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBN" else []
    if entry.not_objects and any(
        object_strings(o) & entry.not_objects
        for o in objects + partitive_objects(objects) + described
    ):
        return None
    direct = children(verb, "dobj")
    if entry.intransitive and direct:
        return None
    if entry.object_is_actor:
        if is_passive(verb):  # "Lavrov was received by Wang"
            direct = children(verb, "nsubjpass")
        heads = [
            d for o in direct for d in with_conjuncts(o)
            if index.covers(d) or (
                d.lemma_.lower() in lex.person_nouns | lex.institution_nouns
                and head_actors(d, index)
            )
        ]
        if not heads:
            return None
        if entry.person_object and not any(
            d.lemma_.lower() in lex.person_nouns
            or any(a.kind == "person" for a in head_actors(d, index))
            for d in heads
        ):
            return None
        if entry.state_object and not any(
            a.kind == "country" for d in heads for a in head_actors(d, index)
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
    if entry.phrase_after and not phrase_follows(verb, entry.phrase_after):
        return None
    if entry.complement_verbs and not infinitive_verbs(verb) & entry.complement_verbs:
        return None
    if entry.subjects and not any(
        n.lemma_.lower() in entry.subjects
        for s in doers(verb) for n in through_quantity(s, lex)
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
        if head.lemma_.lower() in allowed and not judged(noun, head):
            return head
    if noun.dep_ == "pobj" and head.dep_ in ("prep", "prt"):
        verb = head.head
        preps = lex.light_prep_verbs.get(verb.lemma_.lower(), frozenset())
        if verb.pos_ in ("VERB", "AUX") and head.lower_ in preps:
            return verb
    if noun.dep_ == "conj":
        return light_verb_of(noun.head, entry, lex) if noun.head.pos_ in ("NOUN", "PROPN") else None
    return None


def judged(noun: Token, verb: Token) -> bool:
    """The verb names or judges the thing rather than doing it: "called the sanctions a
    mistake", "declared the arrest illegal", "called the drills a provocation" (an object
    with its predicate); the subject neither imposed the sanctions nor held the drills."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    if noun.dep_ == "oprd":
        return True
    return any(c.dep_ in ("oprd", "acomp") or (c.dep_ == "ccomp" and c.pos_ in ("ADJ", "NOUN"))
               for c in verb.children if c != noun)


def noun_fits(noun: Token, entry: TriggerEntry, lex: Lexicon) -> Candidate | None:
    if entry.plural_only and noun.tag_ not in ("NNS", "NNPS"):
        return None
    if entry.modifiers:
        mods = {c.lemma_.lower() for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")}
        mods |= {c.lower_ for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")}
        left = [t for t in noun.doc[noun.left_edge.i : noun.i] if t.dep_ != "det"]
        mods.add(" ".join(t.lower_ for t in left))
        if any(t.text == "-" for t in left):  # "live-fire exercises" (live / - / fire)
            mods.add("".join(t.lower_ for t in left))
            mods |= {"".join(t.lower_ for t in left[i - 1 : i + 2])
                     for i, t in enumerate(left) if t.text == "-" and 0 < i < len(left) - 1}
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
    if entry.needs_light_verb and light is None and not own_date(noun) and not told_onset(noun, lex):
        return None
    words = [light, noun] if light is not None and light.i < noun.i else [noun]
    return Candidate(noun, entry, words, absorbed, light)


def told_onset(noun: Token, lex: Lexicon) -> bool:
    """The noun is the subject of a verb that tells it began ("the invasion began before
    dawn", "an offensive was launched", "unrest broke out"): an act reported as it starts,
    as a light verb would report it; named alone ("since the invasion") it is background."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    lemma = noun.head.lemma_.lower()
    return lemma in lex.onset_verbs or any(
        f"{lemma} {c.lower_}" in lex.onset_verbs for c in children(noun.head, "prt"))


def own_date(noun: Token) -> bool:
    """Whether an event noun carries its own date ("the invasion of Ukraine in February 2022",
    "the 2022 invasion"): a campaign named with its day, month or year is an act told in its
    own right, with its date; named alone ("since the invasion") it is the report's background."""
    for child in noun.children:
        if child.ent_type_ == "DATE" and child.dep_ in ("compound", "nummod", "amod", "npadvmod"):
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "on"):
            if any(t.ent_type_ == "DATE" for t in child.subtree if t.i != child.i):
                return True
    return False


# Dependencies only a noun phrase takes, and those only a clause takes: the parse's own
# structure tells a word's class where its tagger guessed wrong.
NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass"})
CLAUSE_CHILD_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "dobj", "dative",
                               "mark", "xcomp", "ccomp", "prt", "neg", "agent", "expl"})


def misread_noun(token: Token) -> bool:
    """A plural noun tagged as a verb in a noun's place: "launched live-fire military drills
    around X" (drills/VBZ as the object), with no subject, auxiliary or object of its own."""
    return (
        token.pos_ == "VERB" and token.tag_ == "VBZ" and token.dep_ in NOMINAL_DEPS
        and not any(c.dep_ in CLAUSE_CHILD_DEPS for c in token.children)
    )


def misread_gerund(token: Token) -> bool:
    """A gerund tagged as a noun that takes a direct object, as only a verb does: "announced
    expelling six diplomats"."""
    return (
        token.pos_ == "NOUN" and token.lower_.endswith("ing")
        and any(c.dep_ == "dobj" for c in token.children)
    )


def verb_lemma(token: Token, lex: Lexicon) -> str:
    """The lemma under which the lexicon lists a verb; a gerund read as a noun keeps its
    -ing form as lemma, so its stem is looked up ("expelling" -> "expel")."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or not lemma.endswith("ing"):
        return lemma
    stem = lemma[:-3]
    for guess in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""):
        if guess in lex.verbs:
            return guess
    return lemma


def is_verb(token: Token) -> bool:
    if misread_noun(token):
        return False
    if misread_gerund(token):
        return True
    return token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ not in ("aux", "auxpass"))


def noun_may_trigger(noun: Token, lex: Lexicon) -> bool:
    if noun.pos_ not in ("NOUN", "PROPN") and not misread_noun(noun):
        return False
    if noun.dep_ == "compound":
        return noun.head.lemma_.lower() in lex.event_compound_heads
    return noun.dep_ not in ("poss",)


_ENTRY_WORDS: dict[int, tuple[Lexicon, int, int, frozenset[str]]] = {}


def _entry_words(lex: Lexicon) -> frozenset[str]:
    """The words the lexicon lists a verb or noun under (remembered per lexicon)."""
    known = _ENTRY_WORDS.get(id(lex))
    if known is None or known[0] is not lex or known[1] != len(lex.verbs) or known[2] != len(lex.nouns):
        known = _ENTRY_WORDS[id(lex)] = (lex, len(lex.verbs), len(lex.nouns), frozenset(lex.verbs) | frozenset(lex.nouns))
    return known[3]


def may_have_candidates(token: Token, lex: Lexicon) -> bool:
    """False only when ``candidates_for`` finds nothing for the token, told by a few dictionary
    lookups: no lexicon entry under its lemma or lower form, not a gerund read as a noun (its
    stem is looked up) and not after a hyphen ("test-fired")."""
    lemma = token.lemma_.lower()
    words = _entry_words(lex)
    if lemma in words or token.lower_ in words:
        return True
    if lemma.endswith("ing") and token.pos_ == "NOUN":
        return True
    return token.i >= 2 and token.doc[token.i - 1].text == "-"


# Per lexicon, what ``may_have_candidates`` decides of a lemma's or a lower form's string hash.
_HASH_VERDICTS: dict[int, tuple[frozenset[str], dict[int, bool], dict[int, bool], dict[int, bool]]] = {}


def candidate_positions(doc: Doc, lex: Lexicon) -> set[int]:
    """The indices of the tokens of ``doc`` for which ``may_have_candidates`` holds, read from
    the Doc's arrays at once: creating a Token and reading its strings for each of the
    ~200,000 tokens of a few hundred articles cost more than the lexicon lookups."""
    from spacy.attrs import LEMMA, LOWER, ORTH, POS
    from spacy.symbols import NOUN

    words = _entry_words(lex)
    known = _HASH_VERDICTS.get(id(lex))
    if known is None or known[0] is not words:
        known = _HASH_VERDICTS[id(lex)] = (words, {}, {}, {})
    _, lemma_in, lower_in, lemma_ing = known
    strings = doc.vocab.strings
    hyphen = strings.add("-")
    out: set[int] = set()
    previous = -1
    for i, (lemma, lower, pos, orth) in enumerate(doc.to_array([LEMMA, LOWER, POS, ORTH]).tolist()):
        hit = lemma_in.get(lemma)
        if hit is None:
            text = strings[lemma].lower()
            hit = lemma_in[lemma] = text in words
            lemma_ing[lemma] = text.endswith("ing")
        if not hit:
            found = lower_in.get(lower)
            if found is None:
                found = lower_in[lower] = strings[lower] in words
            hit = found
        if hit or (pos == NOUN and lemma_ing[lemma]) or (i >= 2 and previous == hyphen):
            out.add(i)
        previous = orth
    return out


def candidates_for(token: Token, lex: Lexicon, index: MentionIndex) -> list[Candidate]:
    """Every entry that fits the token syntactically, in lexicon order."""
    lemma = token.lemma_.lower()
    out: list[Candidate] = []
    if is_verb(token):
        lemma = verb_lemma(token, lex)
        entries = lex.verbs.get(lemma, [])
        if token.i >= 2 and token.doc[token.i - 1].text == "-":
            # "test-fired", "re-opened": the hyphenated verb when the lexicon has it
            joined = f"{token.doc[token.i - 2].lower_}-{lemma}"
            entries = lex.verbs.get(joined, entries)
        seen = VerbReadings()
        for entry in entries:
            cand = verb_fits(token, entry, index, lex, seen)
            if cand is not None:
                out.append(cand)
    elif noun_may_trigger(token, lex):
        entries = lex.nouns.get(lemma) or lex.nouns.get(token.lower_) or []
        if token.i >= 2 and token.doc[token.i - 1].text == "-":
            # "a sit-in", "a U-turn": the tokenizer splits the hyphenated noun the lexicon has
            entries = lex.nouns.get(f"{token.doc[token.i - 2].lower_}-{lemma}", entries)
        for entry in entries:
            cand = noun_fits(token, entry, lex)
            if cand is not None:
                out.append(cand)
    return out
