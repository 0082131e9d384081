"""Personal pronouns as actor mentions: "he met", "his visit" point to a person named before.

No gender knowledge.  A third-person singular pronoun refers to, in this order: a person who is
the subject earlier in its own sentence ("Wang said his visit ..."); the subject of the previous
sentence ("Lavrov met Blinken. He also met ..." is Lavrov); the most recent person named within
the last two sentences; otherwise nothing.
"""

from __future__ import annotations

from dateline.records import Article, Mention

_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
_WINDOW_SENTENCES = 2


def pronoun_mentions(doc, article: Article, mentions: list[Mention]) -> list[Mention]:
    """Mentions for the pronouns of ``doc`` that refer to a person mentioned before them."""
    people = sorted((m for m in mentions if m.actor.kind == "person"), key=lambda m: m.start)
    if not people:
        return []
    covered = [(m.start, m.end) for m in mentions]
    sentences = list(doc.sents)
    sentence_starts = [s.start_char for s in sentences]
    # A sentence's subject is read only when a pronoun asks for it, and read once.
    known: dict[int, Mention | None] = {}

    def subject(index: int) -> Mention | None:
        if index not in known:
            known[index] = _subject_person(sentences[index], people)
        return known[index]

    found: list[Mention] = []
    for token in _pronoun_tokens(doc):
        if token.tag_ not in ("PRP", "PRP$"):
            continue
        start, end = token.idx, token.idx + len(token.text)
        if any(s <= start < e for s, e in covered):
            continue
        index = _sentence_index(sentence_starts, start)
        own = subject(index)
        previous = subject(index - 1) if index > 0 else None
        if own is not None and own.end <= start:
            chosen = own
        elif previous is not None and _is_main(token):
            chosen = previous
        else:
            earliest = sentence_starts[max(0, index - (_WINDOW_SENTENCES - 1))]
            before = [m for m in people if earliest <= m.start and m.end <= start]
            if not before:
                continue
            chosen = before[-1]
        found.append(Mention(article.id, start, end, token.text, chosen.actor))
    return found


def _pronoun_tokens(doc) -> list:
    """The tokens of ``doc`` whose lower-case form is one of ``_PRONOUNS``, found from the
    Doc's array (a Token made only for those)."""
    from spacy.attrs import LOWER  # spaCy is loaded whenever a Doc exists

    if not len(doc):
        return []
    lowers = doc.to_array(LOWER).tolist()
    strings = doc.vocab.strings
    wanted = {h for h in set(lowers) if strings[h] in _PRONOUNS}
    return [doc[i] for i, h in enumerate(lowers) if h in wanted]


def _subject_person(sentence, people: list[Mention]) -> Mention | None:
    """The person mention that is the grammatical subject of the sentence's main clause."""
    root = sentence.root
    for token in sentence:
        if token.dep_ in ("nsubj", "nsubjpass") and (token.head == root or token.head.head == root):
            for mention in people:
                if mention.start <= token.idx < mention.end:
                    return mention
    return None


def _is_main(token) -> bool:
    """A subject pronoun, or a possessive opening its sentence: they continue the previous
    sentence's subject; a pronoun elsewhere points to the nearest person."""
    return token.dep_ in ("nsubj", "nsubjpass") or token.i == token.sent.start


def _sentence_index(starts: list[int], char: int) -> int:
    index = 0
    for i, start in enumerate(starts):
        if start <= char:
            index = i
    return index

