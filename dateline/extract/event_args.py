"""Arguments and modality of an event trigger, read from the dependency parse.

Actors come from the resolver's mentions: an argument's actors are the mentions whose
spans sit in the argument's phrase (the head and its modifiers, conjuncts and
prepositional phrases, but not its relative or adverbial clauses).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.extract.event_lexicon import Lexicon
from dateline.records import ActorRef, Mention

SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")
# Dependents that start a new clause: actors inside them are not the argument's.
CLAUSE_DEPS = frozenset(
    {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "mark", "punct"}
)
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom", "whose"})
SPEECH_CLAUSE_DEPS = ("ccomp", "parataxis")
NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor"})


class MentionIndex:
    """Token position -> the mentions covering it (several mentions may share a span)."""

    def __init__(self, doc: Doc, mentions: list[Mention]):
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


def phrase_tokens(head: Token) -> list[Token]:
    """The head and the dependents that belong to its phrase, in text order."""
    out = [head]
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ in CLAUSE_DEPS:
                continue
            out.append(child)
            stack.append(child)
    return sorted(out, key=lambda t: t.i)


def actors_of(head: Token | None, index: MentionIndex) -> list[ActorRef]:
    """Actors mentioned in the phrase headed by ``head``, in text order, without repeats."""
    if head is None:
        return []
    seen: dict[str, ActorRef] = {}
    last: Mention | None = None
    for token in phrase_tokens(head):
        for mention in index.at(token):
            if mention is last:
                continue
            seen.setdefault(mention.actor.id, mention.actor)
        last = index.at(token)[-1] if index.at(token) else None
    return list(seen.values())


def children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def with_conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", *PASSIVE_SUBJECT_DEPS) for c in verb.children)


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The subject of a verb, climbing to the controlling clause when the verb has none.

    "X agreed to meet Y" (xcomp), "X met Y and discussed Z" (conj), "X, who met Y" (relcl),
    "Speaking after a meeting, X said" (advcl) all give X.  A pronoun subject of a
    reported clause ("X said it would ...") gives the speaker.
    """
    if depth > 6:
        return None
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            if child.pos_ == "PRON" and verb.dep_ in SPEECH_CLAUSE_DEPS:
                speaker = subject_of(verb.head, depth + 1)
                return speaker or child
            return child
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return verb.head  # "militiamen attacking the camp"
    if verb.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp") and verb.head is not verb:
        head = verb.head
        # "the PRC demanded that the US cancel ...": a ccomp keeps its own subject
        if verb.dep_ == "conj" and is_passive(head) and not is_passive(verb):
            return None
        if head.pos_ in ("VERB", "AUX") or verb.dep_ in ("xcomp", "conj"):
            return subject_of(head, depth + 1) if head.pos_ in ("VERB", "AUX") else None
        if head.pos_ == "ADP":
            return subject_of(head.head, depth + 1)
    if verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        return None
    return None


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above a noun ("held talks" -> held; "during his visit" -> the
    clause's verb), or None when the noun heads the sentence."""
    current = token
    for _ in range(8):
        if current.head is current:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


@dataclass
class Roles:
    source: list[ActorRef]
    target: list[ActorRef]


def dedupe(actors: list[ActorRef], exclude: list[ActorRef] = ()) -> list[ActorRef]:
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
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children):
        return True
    return False


def conditional(token: Token, lex: Lexicon) -> bool:
    """The trigger sits in an "if/unless" clause, or its clause carries one."""
    current = token
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in lex.conditional_marks for c in current.children):
            return current is token or current.dep_ != "advcl"
        if current.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in lex.conditional_marks for c in current.children
        ):
            return True
        if current.head is current or current.pos_ not in ("VERB", "AUX", "NOUN", "ADP"):
            break
        current = current.head
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("unless",) for m in c.children)
        for c in token.children
    )


def clause_modality(verb: Token, lex: Lexicon) -> str:
    """Modality of a verb from its own auxiliaries, negation and conditions."""
    if negated(verb):
        return "negated"
    modal = _modal_of(verb, lex)
    if conditional(verb, lex):
        return "hypothetical"
    return modal or "asserted"


def governed_modality(verb: Token, lex: Lexicon) -> str | None:
    """Modality given by a governing intent verb or adjective ("plans to visit",
    "is ready to host", "failed to reach", "urged X to withdraw")."""
    if verb.dep_ not in ("xcomp", "ccomp", "acl"):
        return None
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
    if modality in ("planned", "hypothetical", "demanded"):
        return "planned"
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
        return "ongoing"
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ not in ("say",):
        return "ongoing"
    return "past"


def sentence_of(token: Token) -> Span:
    return token.sent
