"""Topics of a text, from the vocabulary in dateline/data/topics.yaml (see docs/topics.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

# The C parser when PyYAML was built with libyaml: about ten times faster to load.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Topic:
    key: str
    label: str
    pattern: re.Pattern[str] | None  # case-insensitive forms
    exact: re.Pattern[str] | None  # case-sensitive forms


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
    return Topic(key, str(entry["label"]), pattern, _compile(exact, 0))


@lru_cache(maxsize=1)
def load_topics() -> dict[str, Topic]:
    """The topic vocabulary, read once, in file order."""
    text = resources.files("dateline.data").joinpath("topics.yaml").read_text("utf-8")
    raw = yaml.load(text, Loader=_YAML_LOADER)
    return {str(key): _build(str(key), entry) for key, entry in raw["topics"].items()}


def find_topics(text: str) -> list[str]:
    """Topic keys found in ``text``, in order of first appearance."""
    first: list[tuple[int, int, str]] = []
    for order, topic in enumerate(load_topics().values()):
        positions = [m.start() for p in (topic.pattern, topic.exact) if p
                     for m in [p.search(text)] if m]
        if positions:
            first.append((min(positions), order, topic.key))
    return [key for _, _, key in sorted(first)]


def topic_label(key: str) -> str:
    """The readable label of a topic key; raises KeyError naming the valid keys."""
    topics = load_topics()
    if key not in topics:
        raise KeyError(f"unknown topic {key!r}; valid keys: {', '.join(topics)}")
    return topics[key].label
