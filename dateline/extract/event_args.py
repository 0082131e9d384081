"""Arguments and modality of an event trigger, read from the dependency parse.

Actors come from the resolver's mentions: an argument's actors are the mentions whose
spans sit in the argument's phrase (the head and its modifiers, conjuncts and
prepositional phrases, but not its relative or adverbial clauses).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dateline.english_words import english_words
from dateline.extract.event_lexicon import Lexicon
from dateline.records import ActorRef, Mention

if TYPE_CHECKING:  # named in annotations only: importing this module does not import spaCy
    from spacy.tokens import Doc, Token

SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")
# Dependents that start a new clause: actors inside them are not the argument's.
CLAUSE_DEPS = frozenset(
    {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "mark", "punct"}
)
CIRCUMSTANCE_PREPS = english_words("circumstance_prepositions")
ROLE_PREPS = english_words("subject_role_prepositions")
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom", "whose"})
PRONOUN_CLIMB_DEPS = ("ccomp", "parataxis", "advcl", "conj")
# "X-backed", "X-brokered", "mediated by X": a patron or go-between, not the phrase's party.
BACKER_LEMMAS = english_words("third_party_participles")
NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor"})


class MentionIndex:
    """Token position -> the mentions covering it (several mentions may share a span)."""

    def __init__(self, doc: Doc, mentions: list[Mention], owner_nouns: frozenset[str] = frozenset()):
        # nouns that stand for the actor their modifier names ("his Chinese counterpart",
        # "the government of Chad"); empty: any noun
        self.owner_nouns = owner_nouns
        self.by_token: dict[int, list[Mention]] = {}
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                self.by_token.setdefault(token.i, []).append(mention)

    def at(self, token: Token) -> list[Mention]:
        return self.by_token.get(token.i, [])

    def covers(self, token: Token) -> bool:
        return token.i in self.by_token


PEOPLE_GROUP_NOUNS = english_words("people_group_nouns")
MAX_PREP_DEPTH = 2  # "doctors from two aid groups of X" but not deeper


def phrase_tokens(head: Token, subject: bool = False) -> list[Token]:
    """The head and the dependents that belong to its phrase, in text order.

    Prepositional phrases nest only so deep: in "a common position on issues from
    climate change to Syria" Syria is no part of the position."""
    out = [head]
    stack = [(head, 0)]
    while stack:
        token, preps = stack.pop()
        skip = CIRCUMSTANCE_PREPS | ROLE_PREPS if subject and token == head else CIRCUMSTANCE_PREPS
        for child in token.children:
            # participles identify: "a group based in X", "workers affiliated with X"
            if child.dep_ in CLAUSE_DEPS and not (child.dep_ == "acl" and child.tag_ == "VBN"):
                continue
            if child.dep_ in ("amod", "acl") and child.tag_ == "VBN" and child.lemma_.lower() in BACKER_LEMMAS:
                # "Iran-backed rebels", "a truce mediated by Qatar": Iran backs them, it is
                # not one of them
                continue
            depth = preps
            if child.dep_ == "prep":
                if preps >= MAX_PREP_DEPTH:
                    continue
                if child.lower_ in skip:
                    origin = members_origin(child)
                    out += [child, *origin]
                    stack += [(t, preps + 2) for t in origin]
                    continue
                depth += 1
            out.append(child)
            stack.append((child, depth))
    return sorted(out, key=lambda t: t.i)


ORIGIN_PREPS = english_words("member_origin_prepositions")


def members_origin(prep: Token) -> list[Token]:
    """The "from X" of members picked out of a group: "ten ambassadors, including from the
    US and France" or "including those from the US" says whose they are, where "issues
    including Gaza" names no one (the "from" phrase, else nothing)."""
    if prep.lower_ != "including":
        return []
    heads = [prep] + [o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("PRON", "DET")]
    return [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ORIGIN_PREPS]


def actors_of(head: Token | None, index: MentionIndex, subject: bool = False) -> list[ActorRef]:
    """Actors mentioned in the phrase headed by ``head``, in text order, without repeats."""
    if head is None:
        return []
    seen: dict[str, ActorRef] = {}
    # the actor the head names comes first ("British Defence Secretary Tom King")
    for token in [head, *phrase_tokens(head, subject)]:
        for mention in index.at(token):
            seen.setdefault(mention.actor.id, mention.actor)
    return list(seen.values())


def head_actors(head: Token | None, index: MentionIndex) -> list[ActorRef]:
    """Actors that the phrase's head itself names (with its conjuncts and appositions):
    "met his counterpart Wang Yi" names Wang Yi, "discussed issues including Gaza" none,
    "exchanged views on the economy and the Ukraine crisis" none."""
    if head is None:
        return []
    seen: dict[str, ActorRef] = {}
    for actor in name_actors(head, index):
        seen.setdefault(actor.id, actor)
    owned = not index.owner_nouns or head.lemma_.lower() in index.owner_nouns
    if not index.at(head) and owned:
        # "his Chinese counterpart", "the government of Chad": the modifier tells whose
        for child in head.children:
            if child.dep_ in ("poss", "amod", "nmod", "compound"):
                for mention in index.at(child):
                    seen.setdefault(mention.actor.id, mention.actor)
            # "the government of Chad"; "his counterparts from Argentina and Nigeria"
            if child.dep_ == "prep" and (child.lower_ == "of" or (
                    child.lower_ == "from" and head.lemma_.lower() in PEOPLE_GROUP_NOUNS)):
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    for token in with_conjuncts(pobj) if child.lower_ == "from" else [pobj]:
                        for mention in index.at(token):
                            seen.setdefault(mention.actor.id, mention.actor)
    for other in appositions(head):
        # "met X, his Turkish counterpart Y and Z": the apposition and its conjuncts
        for token in [other, *other.conjuncts]:
            for actor in name_actors(token, index):
                seen.setdefault(actor.id, actor)
    for other in head.children:
        # "met top diplomats including Lavrov and Blinken": people named as members of a group
        # of people (not "issues including Gaza").
        if (other.dep_ == "prep" and other.lower_ in ("including", "like")
                and names_people(head)):
            for pobj in other.children:
                if pobj.dep_ == "pobj":
                    for token in [pobj, *pobj.conjuncts]:
                        for actor in head_actors_strict(token, index):
                            seen.setdefault(actor.id, actor)
    for other in head.conjuncts:
        for actor in head_actors_strict(other, index):
            seen.setdefault(actor.id, actor)
    return list(seen.values())


def head_actors_strict(token: Token, index: MentionIndex) -> list[ActorRef]:
    """A conjunct counts only when it is itself an actor ("Wang and Lavrov")."""
    out = name_actors(token, index)
    for child in appositions(token):
        out += name_actors(child, index)
    return out


QUANTITY_NOUNS = english_words("quantity_nouns")


def names_people(head: Token) -> bool:
    """A group of people ("top diplomats", "a host of world leaders")."""
    if head.lemma_.lower() in PEOPLE_GROUP_NOUNS:
        return True
    return head.lemma_.lower() in QUANTITY_NOUNS and any(
        p.dep_ == "prep" and p.lower_ == "of"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in PEOPLE_GROUP_NOUNS for o in p.children)
        for p in head.children)


def appositions(token: Token) -> list[Token]:
    """Appositions of the token, and theirs in turn ("X, his counterpart Y")."""
    out: list[Token] = []
    stack = [c for c in token.children if c.dep_ == "appos"]
    while stack and len(out) < 8:
        child = stack.pop(0)
        out.append(child)
        stack += [c for c in child.children if c.dep_ == "appos"]
    return out


def name_actors(token: Token, index: MentionIndex) -> list[ActorRef]:
    """Actors the token names: its own mentions, or for a proper name no mention covers,
    a mention in the title just before it ("Jordan's King Abdullah II": the mention
    "Jordan's King" names the person the head "II" ends)."""
    own = [m.actor for m in index.at(token)]
    if own or token.pos_ != "PROPN":
        return own
    i = token.i - 1
    doc = token.doc
    while i >= 0 and i >= token.i - 6:
        left = doc[i]
        if index.covers(left):
            return [m.actor for m in index.at(left)] if left.head.i > left.i else []
        if left.pos_ != "PROPN" or left.dep_ not in ("compound", "flat"):
            return []
        i -= 1
    return []


def is_complement(verb: Token) -> bool:
    """A clause completing its head: "agreed to meet", "said that ...", and "vowed to
    fight" when parsed as an adverbial clause."""
    if verb.dep_ in ("xcomp", "ccomp"):
        return True
    return verb.dep_ == "advcl" and not any(c.dep_ == "mark" for c in verb.children) and (
        any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) or gerund_object(verb))


def gerund_object(verb: Token) -> bool:
    """A gerund right after its verb (and particle) is that verb's object, though parsed as
    an adverbial clause: "ruled out sending troops", "considered imposing sanctions";
    "attacked the town, killing five" is set off by its comma and is not."""
    head = verb.head
    if verb.tag_ != "VBG" or head.i >= verb.i or children(verb, "nsubj", "nsubjpass"):
        return False
    between = head.doc[head.i + 1 : verb.i]
    return all(t.dep_ == "prt" and t.head == head for t in between)


def complements(token: Token) -> list[Token]:
    return [c for c in token.children if is_complement(c)]


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def with_conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", *PASSIVE_SUBJECT_DEPS) for c in verb.children)


def subject_of(verb: Token, depth: int = 0) -> list[Token]:
    """The subject(s) of a verb, climbing to the controlling clause when it has none.

    "X agreed to meet Y" (xcomp), "X met Y and discussed Z" (conj), "X, who met Y" (relcl),
    "Speaking after a meeting, X said" (advcl), "X's offer to mediate" (acl) all give X.
    A pronoun subject of a dependent clause ("X said it would ...", "X smiled as he met
    Y") gives the subject of the governing clause, where it has one.
    """
    if depth > 6:
        return []
    deps = SUBJECT_DEPS if depth == 0 else (*SUBJECT_DEPS, *PASSIVE_SUBJECT_DEPS)
    found = [colon_dateline_subject(c) for c in verb.children if c.dep_ in deps and not is_dateline(c)]
    if len(found) > 1:  # "Lima: Minister X held talks" parsed with two subjects
        found = [c for c in found if not is_colon_dateline(c)] or found
    if found:
        if found[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return [relative_antecedent(verb, found[0])]
        if found[0].pos_ == "PRON" and verb.dep_ in PRONOUN_CLIMB_DEPS:
            speaker = pronoun_antecedent(verb, depth)
            if speaker:
                return speaker
        return found
    lent = subject_lent_to_participle(verb)
    if lent:
        return lent
    if verb.dep_ == "relcl":
        return [verb.head]
    head = verb.head
    if head == verb:
        return []
    if verb.dep_ == "acl":
        if verb.tag_ == "VBG":
            return [head]  # "militiamen attacking the camp"
        owners = [c for c in head.children if c.dep_ == "poss"]
        if owners and owners[0].pos_ == "PRON" and head.dep_ in ("dobj", "attr"):
            # "X announced its decision to cut ties": whose decision, the clause's subject
            outer = governing_verb(head)
            found = subject_of(outer, depth + 1) if outer is not None else []
            if found and found[0].pos_ != "PRON":
                return found
        if owners:
            return owners  # "Trump's offer to mediate"
        if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "pobj", "attr"):
            outer = governing_verb(head)
            return subject_of(outer, depth + 1) if outer is not None else []
        return []
    if verb.dep_ in ("acomp", "attr", "oprd") and head.pos_ in ("VERB", "AUX"):
        return subject_of(head, depth + 1)  # "X and Y are opposed to ..."
    if verb.dep_ == "csubj" and verb.tag_ == "VBG" and head.pos_ in ("VERB", "AUX"):
        return subject_of(head, depth + 1)  # "Arriving in X, the minister said" misparsed
    if verb.dep_ == "pcomp" and head.lower_ in DOER_PREPS and head.head.pos_ == "VERB":
        # "X accused Y of shelling Z", "X thanked Y for releasing Z": Y does it
        doers = [o for o in children(head.head, "dobj") if names_a_party(o)]
        if doers:
            return doers
    if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp"):
        # "X was attacked and retaliated": the passive subject is no subject of the conj
        if verb.dep_ == "conj" and is_passive(head) and not is_passive(verb):
            return []
        if head.pos_ in ("VERB", "AUX"):
            return subject_of(head, depth + 1)
        if head.pos_ == "ADP" and head.head != head:
            return subject_of(head.head, depth + 1)
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "xcomp"):
            return subject_of(head.head, depth + 1)  # "X is ready to host"
    return []


def subject_lent_to_participle(verb: Token) -> list[Token]:
    """"China, apparently making good on its threat, launched drills" parsed with China as
    the subject of the participle clause before the verb: it is the verb's subject."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i < verb.i:
            found = [s for s in clause.children if s.dep_ == "nsubj" and s.i < clause.i]
            if found:
                return found
    return []


def pronoun_antecedent(verb: Token, depth: int) -> list[Token]:
    """The subject a pronoun subject stands for: the governing clause's, climbing past
    clauses whose subject is a thing a pronoun owns ("X and Y said their second wave of
    strikes was a reply when they struck": they are X and Y, not the wave)."""
    governor = verb
    first: list[Token] = []
    for _ in range(4):
        if governor.dep_ not in PRONOUN_CLIMB_DEPS or governor.head.pos_ not in ("VERB", "AUX"):
            break
        governor = governor.head
        speaker = subject_of(governor, depth + 1)
        if not speaker or speaker[0].pos_ == "PRON":
            break
        owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in speaker[0].children)
        if names_a_party(speaker[0]) or not owned:
            return speaker
        first = first or speaker  # "their wave": a thing of the party named above
    return first


DOER_PREPS = english_words("doer_prepositions")


def names_a_party(token: Token) -> bool:
    """A noun phrase that may name who acts: a name, a pronoun or people."""
    return token.pos_ in ("PROPN", "PRON") or token.lemma_.lower() in PEOPLE_GROUP_NOUNS or (
        token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON"))


def relative_antecedent(verb: Token, pronoun: Token) -> Token:
    """What a relative clause is about: its head, or for "who" attached to a thing ("talks
    with President X who is set to visit", a common misparse), the name just before it."""
    head = verb.head
    if pronoun.lower_ not in ("who", "whom", "whose") or head.pos_ == "PROPN" \
            or head.lemma_.lower() in PEOPLE_GROUP_NOUNS:
        return head
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    if before is not None and before.text == ",":
        before = verb.doc[before.i - 1] if before.i > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.i > head.i:
        return before
    return head


DASHES = ("-", "\u2013", "\u2014", "--")


def colon_dateline_subject(token: Token) -> Token:
    """ "New Delhi: Minister X held talks", "QUITO, Ecuador - Mexico's government ended
    ties" parsed with the dateline city as the subject and the real subject as an
    apposition after the colon or dash: the subject is that apposition."""
    if not is_colon_dateline(token):
        mark = dateline_mark(token)
        if mark is None:
            return token
        after = [t for t in token.subtree if t.dep_ == "appos" and t.i > mark]
        return after[0] if after else token
    after = [c for c in token.children if c.dep_ == "appos" and c.i > token.i + 1]
    return after[0] if after else token


def is_colon_dateline(token: Token) -> bool:
    """A sentence-initial "Lima:" or "Moscow/Kiev, Nov 10:" parsed as a subject."""
    doc = token.doc
    if token.left_edge.i != token.sent.start:
        return False
    return (token.i + 1 < len(doc) and doc[token.i + 1].text == ":") or token.right_edge.text == ":"


def dateline_mark(token: Token) -> int | None:
    """Position of the dash or colon that ends a dateline opening the subject's phrase
    ("QUITO, Ecuador -"), within its first few words."""
    if token.left_edge.i != token.sent.start:
        return None
    if token.ent_type_ not in ("GPE", "LOC") and not token.text.isupper():
        return None  # "Hamas - the group that rules Gaza - said": no dateline
    for t in token.subtree:
        if t.i - token.left_edge.i > 6:
            break
        if t.text in DASHES or t.text == ":":
            return t.i
    return None


def is_dateline(token: Token) -> bool:
    """A sentence-initial "BEIJING (Sputnik) -" parsed as a subject."""
    if token.left_edge.i != token.sent.start:
        return False
    after = token.right_edge.i + 1
    ends_in_dash = token.right_edge.text in DASHES
    return ends_in_dash or (after < len(token.doc) and token.doc[after].text in DASHES)


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above a noun ("held talks" -> held; "during his visit" -> the
    clause's verb), or None when the noun heads the sentence."""
    current = token
    for _ in range(8):
        if current.head == current:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


@dataclass
class Roles:
    source: list[ActorRef]
    target: list[ActorRef]


def dedupe(actors: list[ActorRef], exclude: Sequence[ActorRef] = ()) -> list[ActorRef]:
    skip = {a.id for a in exclude}
    out: dict[str, ActorRef] = {}
    for actor in actors:
        if actor.id not in skip:
            out.setdefault(actor.id, actor)
    return list(out.values())


# --------------------------------------------------------------------------- modality


def _modal_of(verb: Token, lex: Lexicon) -> str | None:
    for child in verb.children:
        if child.dep_ == "aux" and child.tag_ == "MD":
            return lex.modal_auxiliaries.get(child.lower_)
    # "is to visit", "are going to", "has to"
    for child in verb.children:
        if child.dep_ == "aux" and child.lower_ == "to" and verb.dep_ == "xcomp":
            head = verb.head
            if head.lemma_ == "be":
                return "planned"
    return None


def negated(token: Token) -> bool:
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no")
           or (c.dep_ == "preconj" and c.lower_ == "neither")  # "neither accepts nor ..."
           for c in token.children):
        return True
    return False


# Subjects that say no one did it: "nobody met him", "none of them attended".
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "nothing", "neither", "noone"})


def negative_subject(verb: Token) -> bool:
    """The verb's subject denies the doer: "No U.S. leader had spoken with ...", "Neither
    X nor Y met Z", "Nobody attended": the act is told as not done."""
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lower_ in NEGATIVE_SUBJECTS:
            return True
        if any((c.dep_ == "det" and c.lower_ in ("no", "neither"))
               or (c.dep_ == "preconj" and c.lower_ == "neither") for c in subject.children):
            return True
    return False


def without_clause(verb: Token) -> bool:
    """"met X without holding talks with Y": the gerund after "without" was not done."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "without"


def demand_word(token: Token, lex: Lexicon, *, direct: bool) -> bool:
    """A verb whose lexicon entry embeds what it asks for as demanded ("urge", "demand",
    "call for", "appeal for"), or a noun of demand ("call", "demand", "appeal").  A verb
    that is also a light verb ("called a strike", "pressed charges") does not make its
    direct object demanded."""
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX"):
        if direct and lemma in lex.light_verbs:
            return False
        return any(e.embed == "demanded" for e in lex.verbs.get(lemma, ()))
    if token.pos_ == "NOUN" and not direct:
        return lex.intent_nouns.get(lemma) == "demanded"
    return False


def demand_of(noun: Token, lex: Lexicon) -> Token | None:
    """The demand whose content an event noun is, not an act done: "urged the release of
    X" (urged), "called for the withdrawal of troops" (called), "their call for talks"."""
    node = noun
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    if node.dep_ == "dobj" and demand_word(node.head, lex, direct=True):
        return node.head
    if node.dep_ == "pobj" and node.head.lower_ == "for" and node.head.head != node.head:
        word = node.head.head
        return word if demand_word(word, lex, direct=False) else None
    return None


# Intent verbs that set a modality only through an infinitive ("has to", "is going to",
# "set to", "tried to"): with an object they are light or plain verbs ("had talks").
INFINITIVE_INTENTS = frozenset({"have", "go", "set", "due", "try", "attempt", "need"})


def object_intent(noun: Token, lex: Lexicon) -> str | None:
    """Modality of an event noun that is what an intent verb aims at: "expects a meeting",
    "is planning a visit", "hopes for talks" (planned), "is considering a visit"
    (hypothetical), "denied any meeting", "does not expect any meeting" (negated)."""
    node = noun
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    if node.dep_ == "dobj":
        verb = node.head
    elif node.dep_ == "pobj" and node.head.lower_ == "for" and node.head.dep_ == "prep":
        verb = node.head.head
    else:
        return None
    lemma = verb.lemma_.lower()
    # a subject makes it a verb where the tagger guessed a noun ("Okafor hopes for talks")
    clause = verb.pos_ in ("VERB", "AUX") or any(c.dep_ == "nsubj" for c in verb.children)
    if not clause or lemma in INFINITIVE_INTENTS or lemma not in lex.intent_verbs:
        return None
    modality = lex.intent_verbs[lemma]
    if negated(verb) and modality == "planned":
        return "negated"
    return modality


# Prepositions after which a warning verb names what it warns of ("warned of a strike on
# Kyiv", "warned against an offensive in Rafah").
WARNED_PREPS = frozenset({"of", "about", "against"})


def warned_of(noun: Token, lex: Lexicon) -> str | None:
    """Modality of an event noun a threat or warning is about: "warned of a strike on Kyiv"
    is a strike still only threatened, the modality the warning verb's lexicon entry gives
    its complement (``embed``: hypothetical)."""
    node = noun
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ not in WARNED_PREPS or node.head.dep_ != "prep":
        return None
    verb = node.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    embeds = {e.embed for e in lex.verbs.get(verb.lemma_.lower(), ()) if e.type == "THREATEN"}
    return "hypothetical" if "hypothetical" in embeds else None


def condition_marked(clause: Token, lex: Lexicon) -> bool:
    """The clause carries an "if/unless" mark of its own ("if they attack")."""
    return any(c.dep_ == "mark" and c.lower_ in lex.conditional_marks for c in clause.children)


def conditional(token: Token, lex: Lexicon) -> bool:
    """The trigger sits in an "if/unless" clause, or its clause carries one."""
    current = token
    for _ in range(4):
        if condition_marked(current, lex):
            return current == token or current.dep_ != "advcl"
        if current.head == current or current.pos_ not in ("VERB", "AUX", "NOUN", "ADP"):
            break
        current = current.head
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("unless",) for m in c.children)
        for c in token.children
    )


def clause_modality(verb: Token, lex: Lexicon) -> str:
    """Modality of a verb from its own auxiliaries, negation and conditions."""
    if negated(verb) or negative_subject(verb) or without_clause(verb):
        return "negated"
    modal = _modal_of(verb, lex)
    if conditional(verb, lex):
        return "hypothetical"
    return modal or "asserted"


def governed_modality(verb: Token, lex: Lexicon) -> str | None:
    """Modality given by a governing intent verb or adjective ("plans to visit",
    "is ready to host", "failed to reach", "urged X to withdraw")."""
    if verb.dep_ not in ("xcomp", "ccomp", "acl") and not is_complement(verb) and not (
            verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)):
        return None  # ("calls to recognise X" parses its infinitive as a relative clause)
    head = verb.head
    lemma = head.lemma_.lower()
    if head.pos_ == "ADJ" and lemma in lex.intent_adjectives:
        modality = lex.intent_adjectives[lemma]
    elif head.pos_ in ("VERB", "AUX") and lemma in lex.intent_verbs:
        modality = lex.intent_verbs[lemma]
        if lemma in ("set", "due", "expect", "schedule") and not is_passive(head):
            if lemma != "due":
                return None
    elif head.pos_ == "VERB" and head.tag_ == "VBN" and lemma in lex.intent_adjectives:
        modality = lex.intent_adjectives[lemma]
    elif head.pos_ == "NOUN" and lemma in lex.intent_nouns:
        modality = lex.intent_nouns[lemma]  # "expressed willingness to resume talks"
    else:
        return None
    if negated(head) and modality == "planned":
        return "negated"
    return modality


def noun_modality(noun: Token, lex: Lexicon) -> str | None:
    if negated(noun):
        return "negated"
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.lower_ in lex.planned_modifiers:
            return "hypothetical" if child.lower_ in ("possible", "potential") else "planned"
    return None


def status_for(verb: Token, modality: str) -> str:
    """planned for what has not happened, ongoing for "are holding talks", else past
    (news headlines report past events in the present tense: "Lavrov meets Wang")."""
    if modality in ("planned", "hypothetical", "demanded"):
        return "planned"
    if verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP")
        for c in verb.children
    ):
        return "ongoing"
    return "past"


def subject_actors(verb: Token, index: MentionIndex) -> list[ActorRef]:
    """Actors of the verb's subject; "their forces" in a reported clause, or a participle
    clause's noun without actors, fall back to the governing clause's subject."""
    subjects = subject_of(verb)
    actors = [a for s in subjects for a in actors_of(s, index, subject=True)]
    if actors or not subjects:
        return actors
    subject = subjects[0]
    owned_by_pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children)
    if owned_by_pronoun and verb.dep_ in PRONOUN_CLIMB_DEPS and verb.head.pos_ in ("VERB", "AUX"):
        return subject_actors(verb.head, index)
    if verb.dep_ == "acl" and subject == verb.head:
        if subject.lemma_.lower() in PEOPLE_GROUP_NOUNS:
            return []  # "other leaders attending the summit": those leaders, unnamed
        outer = governing_verb(subject)
        if outer is not None and outer != verb:
            return [a for s in subject_of(outer) for a in actors_of(s, index, subject=True)]
    return actors
