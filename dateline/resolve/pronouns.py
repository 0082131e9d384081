"""Personal pronouns as actor mentions: "he met", "his visit" point to the last person named.

Deliberately simple (no gender knowledge): a third-person singular pronoun refers to the most
recent person mentioned before it within the last two sentences, and nothing if there is none.
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
    sentence_starts = [s.start_char for s in doc.sents]
    found: list[Mention] = []
    for token in doc:
        if token.lower_ not in _PRONOUNS or token.tag_ not in ("PRP", "PRP$"):
            continue
        start, end = token.idx, token.idx + len(token.text)
        if any(s <= start < e for s, e in covered):
            continue
        earliest = _window_start(sentence_starts, start)
        before = [m for m in people if earliest <= m.start and m.end <= start]
        if not before:
            continue
        last = before[-1]
        found.append(Mention(article.id, start, end, token.text, last.actor))
    return found


def _window_start(sentence_starts: list[int], char: int) -> int:
    index = 0
    for i, start in enumerate(sentence_starts):
        if start <= char:
            index = i
    return sentence_starts[max(0, index - (_WINDOW_SENTENCES - 1))]
