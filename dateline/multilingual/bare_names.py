"""Whether a single capitalised word the knowledge base knows as a surname names that person.

The same standard as English (dateline/resolve/surnames.py): a bare surname is the person the
article named in full earlier; else it stands for a known person only when the article's date
and countries single them out.  Before that, a word the language also uses as a common word is
no name at all: one the article writes in lower case elsewhere ("pierre", a stone), or a German
noun, capitalised as every German noun is, after an article ("des Friedens": peace, not Luc
Frieden).  Names from the per-language data file (dateline/data/multilingual/names.yaml) are
checked already and are not judged here.
"""

from __future__ import annotations

import re

from dateline.multilingual.text import LAST_WORD, fold, tokens
from dateline.resolve import CAT_PERSON, ActorKB, Entry, entry_country, pick_person


def article_countries(body: str, found: list[tuple[int, int, list]], kb: ActorKB) -> set[str]:
    """Countries the article is about: those of its country names and adjectives, bodies,
    organisations and people named in full or by a name the language's data gives."""
    out: set[str] = set()
    for start, end, values in found:
        for source, entry in values:
            if source == "place":
                continue
            if entry.cat == CAT_PERSON and not (
                    len(values) == 1 and (source != "kb" or len(body[start:end].split()) > 1)):
                continue  # only a person named in full, or by a name the language's data gives
            code = entry_country(kb, entry)
            if code:
                out.add(code)
    return out


def is_bare_kb_surname(text: str, values: list[tuple], language: str) -> bool:
    """One word every person reading of which comes from the knowledge base's names alone."""
    people = [v for v in values if v[0] != "place" and v[1].cat == CAT_PERSON]
    return (bool(people) and all(v[0] == "kb" for v in people)
            and len(tokens(text, language)) == 1)


def common_word(text: str, body: str, determiners: frozenset[str]) -> bool:
    """Whether ``text`` is a word of the language in this article: written in lower case
    somewhere in it, or somewhere right after a word only a common noun follows ("der
    Frieden": then "einen gerechten Frieden" is the noun too)."""
    lower = text.lower()
    if lower != text and re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", body):
        return True
    for m in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", body):
        before = LAST_WORD.search(body[max(0, m.start() - 20):m.start()])
        if before is not None and body[m.start() - 1:m.start()].isspace() and fold(before.group(1)) in determiners:
            return True
    return False


def bare_surname(text: str, values: list[tuple], kb: ActorKB, on: str | None,
                 context: set[str], named_in_full: set[str]) -> Entry | None:
    """The person a bare surname the knowledge base knows names in this article, or None."""
    ids = {v[1].id for v in values if v[0] == "kb" and v[1].cat == CAT_PERSON}
    earlier = ids & named_in_full
    if len(earlier) == 1:
        return Entry(CAT_PERSON, next(iter(earlier)))
    given = ids | kb.people_with_short(text)
    cands = given | kb.people_with_family_name(text)
    pid = pick_person(kb, cands, given, on, context)
    return Entry(CAT_PERSON, pid) if pid is not None else None
