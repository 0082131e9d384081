"""Topics of a text, from the vocabulary in dateline/data/topics.yaml (see docs/topics.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from dateline.yaml_words import parse_words_yaml

# The C parser when PyYAML was built with libyaml: about ten times faster to load.


@dataclass(frozen=True)
class Topic:
    key: str
    label: str
    pattern: re.Pattern[str] | None  # case-insensitive forms
    exact: re.Pattern[str] | None  # case-sensitive forms
    # Lead words (see _lead_words): a text none of whose words starts with one of them
    # cannot match, so the pattern is not run.  None: always run (regex forms).
    leads: frozenset[str] | None = None  # lower-cased
    exact_leads: frozenset[str] | None = None
    # ``pattern`` split: its phrase forms (gated by ``leads``) and its regex forms (always
    # run); the earlier of their first matches is ``pattern``'s first match.
    phrase_pattern: re.Pattern[str] | None = None
    regex_pattern: re.Pattern[str] | None = None


# Every phrase match starts with the phrase's leading ASCII letters and digits, at the
# start of a word of the text (the phrase regex begins with (?<!\w)).  Under IGNORECASE
# only these four non-ASCII letters match an ASCII one; a text holding one is always searched.
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")
_CASE_TWINS = frozenset("\u0130\u0131\u017f\u212a")


def _lead_words(phrases: list[str], fold: bool) -> frozenset[str] | None:
    """The leading ASCII word of each phrase; None when a phrase starts otherwise."""
    leads = set()
    for phrase in phrases:
        m = _ASCII_WORD.match(phrase.strip())
        if m is None:
            return None
        leads.add(m.group(0).lower() if fold else m.group(0))
    return frozenset(leads)


def _phrase_regex(phrase: str) -> str:
    """A phrase as a regex: spaces match any whitespace, a hyphen may also be a space."""
    parts = []
    for ch in phrase.strip():
        if ch.isspace():
            parts.append(r"\s+")
        elif ch == "-":
            parts.append(r"[-\s]?")
        else:
            parts.append(re.escape(ch))
    # (?<!\w)/(?!\w) rather than \b so that forms ending in "+" or "." still work; a
    # hyphenated continuation is another word ("trade-off" is not "trade")
    return r"(?<!\w)" + "".join(parts) + r"(?!\w|-[a-z])"


def _compile(forms: list[str], flags: int, raw: bool = False) -> re.Pattern[str] | None:
    if not forms:
        return None
    alternatives = [f if raw else _phrase_regex(f) for f in forms]
    return re.compile("|".join(f"(?:{a})" for a in alternatives), flags)


def _build(key: str, entry: dict[str, Any]) -> Topic:
    if not isinstance(entry, dict) or "label" not in entry:
        raise ValueError(f"topics.yaml: topic {key!r} needs a 'label' and surface forms "
                         "under 'phrases', 'exact' or 'regex'")
    phrases = [str(p) for p in entry.get("phrases", [])]
    regexes = [str(r) for r in entry.get("regex", [])]
    exact = [str(e) for e in entry.get("exact", [])]
    if not (phrases or regexes or exact):
        raise ValueError(f"topics.yaml: topic {key!r} has no surface forms")
    forms = [_phrase_regex(p) for p in phrases] + regexes
    pattern = _compile(forms, re.IGNORECASE, raw=True)
    return Topic(key, str(entry["label"]), pattern, _compile(exact, 0), _lead_words(phrases, fold=True),
                 _lead_words(exact, fold=False), _compile(phrases, re.IGNORECASE),
                 _compile(regexes, re.IGNORECASE, raw=True))


@lru_cache(maxsize=1)
def load_topics() -> dict[str, Topic]:
    """The topic vocabulary, read once, in file order."""
    text = resources.files("dateline.data").joinpath("topics.yaml").read_text("utf-8")
    raw = parse_words_yaml(text)
    return {str(key): _build(str(key), entry) for key, entry in raw["topics"].items()}


def find_topics(text: str) -> list[str]:
    """Topic keys found in ``text``, in order of first appearance."""
    return list(_find_topics(text))


@lru_cache(maxsize=512)
def _find_topics(text: str) -> tuple[str, ...]:
    """Remembered: the events of one sentence ask about the same text."""
    first: list[tuple[int, int, str]] = []
    # Word starts of the text: every prefix of every ASCII word (a hyphen in a phrase may
    # be left out, so "anti-missile" starts the word "antimissile").
    starts = {word[:k] for word in _ASCII_WORD.findall(text) for k in range(1, len(word) + 1)}
    folded = {start.lower() for start in starts}
    twins = not _CASE_TWINS.isdisjoint(text)
    for order, topic in enumerate(load_topics().values()):
        positions = []
        if topic.phrase_pattern and (topic.leads is None or twins or not topic.leads.isdisjoint(folded)):
            m = topic.phrase_pattern.search(text)
            if m:
                positions.append(m.start())
        if topic.regex_pattern:
            m = topic.regex_pattern.search(text)
            if m:
                positions.append(m.start())
        if topic.exact and (topic.exact_leads is None or not topic.exact_leads.isdisjoint(starts)):
            m = topic.exact.search(text)
            if m:
                positions.append(m.start())
        if positions:
            first.append((min(positions), order, topic.key))
    return tuple(key for _, _, key in sorted(first))


def topic_label(key: str) -> str:
    """The readable label of a topic key; raises KeyError naming the valid keys."""
    topics = load_topics()
    if key not in topics:
        raise KeyError(f"unknown topic {key!r}; valid keys: {', '.join(topics)}")
    return topics[key].label
