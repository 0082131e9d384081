"""Loader for the clutter cue lists in ``dateline/data/clutter.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from dateline.calendar_words import english_months
from dateline.yaml_words import read_words_yaml

# The C parser when PyYAML was built with libyaml: about ten times faster to load.

CLUTTER_FILE = Path(__file__).resolve().parent.parent / "data" / "clutter.yaml"

# Cue groups that carry a ``max_words`` and ``patterns`` list, with the removal reason
# each group stands for.
CUE_REASONS = {
    "related_link": "related link",
    "prompt": "prompt",
    "comment_ui": "comment section",
    "credit_line": "credit line",
    "disclaimer": "disclaimer",
    "copyright": "copyright",
    "reading_time": "reading time",
    "tags": "tags",
    "caption": "caption",
    "timestamp": "timestamp",
}


# Characters that re.IGNORECASE matches to a letter although ``str.lower`` does not map them
# to it (dotless i, long s; capital dotted I lowers to two characters): folded to that letter
# first, so a pattern's ``needs`` is looked for in what its match would lower to (a test
# checks every character of every ``needs`` against all of Unicode).
FOLD_FIXES = str.maketrans({"\u0131": "i", "\u017f": "s", "\u0130": "i"})


def folded(text: str) -> str:
    """The line as a pattern's ``needs`` are looked for in it."""
    return text.lower() if text.isascii() else text.translate(FOLD_FIXES).lower()


@dataclass(frozen=True)
class CueGroup:
    name: str
    reason: str
    max_words: int
    patterns: tuple[tuple[re.Pattern[str], int], ...]  # (pattern, its own word limit)
    # For each pattern, strings one of which (lower case) every match of it contains: the
    # pattern is tried only on a line holding one (searching every line for each of 80
    # unanchored patterns was most of cleaning's time).  Empty: always tried.
    needs: tuple[tuple[str, ...], ...] = ()
    # The patterns by word limit, longest first: a line stops being tried at the first
    # pattern whose limit it exceeds (most lines are prose, longer than most limits).
    by_limit: tuple[tuple[re.Pattern[str], int, tuple[str, ...]], ...] = field(
        init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        needs = self.needs or tuple(() for _ in self.patterns)
        object.__setattr__(self, "by_limit", tuple(sorted(
            ((p, limit, need) for (p, limit), need in zip(self.patterns, needs, strict=True)),
            key=lambda entry: -entry[1])))

    def matches(self, line: str, n_words: int, lowered: str | None = None) -> bool:
        """Whether a pattern within its word limit is found in the line (``lowered``: the
        line's ``folded`` form, when the caller has it)."""
        for pattern, limit, need in self.by_limit:
            if n_words > limit:
                return False
            if need:
                if lowered is None:
                    lowered = folded(line)
                for needed in need:  # a loop, not any() over a generator: called 10 times a line
                    if needed in lowered:
                        break
                else:
                    continue
            if pattern.search(line):
                return True
        return False


@dataclass(frozen=True)
class Cues:
    groups: dict[str, CueGroup]
    caption_fused: tuple[re.Pattern[str], ...]
    title_credit_end: tuple[re.Pattern[str], ...]
    date_line_words: frozenset[str]
    months: dict[str, int]
    breadcrumb_separators: tuple[str, ...]
    title_small_words: frozenset[str]
    dated_caption: tuple[re.Pattern[str], tuple[re.Pattern[str], ...], int]  # (date end, told, max words)
    bare_credit_end: tuple[re.Pattern[str], ...]
    main_clause_end: re.Pattern[str]


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as err:
        raise ValueError(f"{CLUTTER_FILE}: bad regular expression in {where}: {pattern!r} ({err})") from err


def _pattern_entry(entry: str | dict, where: str, limit: int) -> tuple[re.Pattern[str], int, tuple[str, ...]]:
    """A pattern is a string, or a mapping with 'pattern', its own 'max_words' and 'needs'
    (strings one of which every match contains, lower case)."""
    if isinstance(entry, dict):
        needs = tuple(str(n) for n in entry.get("needs", ()))
        if any(n != folded(n) or not n for n in needs):
            raise ValueError(f"{CLUTTER_FILE}: 'needs' of {entry['pattern']!r} in {where} must be lower case")
        return _compile(entry["pattern"], where), int(entry.get("max_words", limit)), needs
    return _compile(entry, where), limit, ()


@lru_cache(maxsize=1)
def load_cues(path: str | None = None) -> Cues:
    """Read and compile the cue lists (cached: the file is read once per process)."""
    source = Path(path) if path else CLUTTER_FILE
    data = read_words_yaml(source)
    groups: dict[str, CueGroup] = {}
    for name, reason in CUE_REASONS.items():
        entry = data.get(name)
        if not isinstance(entry, dict) or "patterns" not in entry:
            raise ValueError(f"{source}: '{name}' must be a mapping with 'patterns' and 'max_words'")
        entries = [_pattern_entry(p, name, int(entry.get("max_words", 1000))) for p in entry["patterns"]]
        groups[name] = CueGroup(
            name=name,
            reason=reason,
            max_words=int(entry.get("max_words", 1000)),
            patterns=tuple((pattern, limit) for pattern, limit, _ in entries),
            needs=tuple(needs for _, _, needs in entries),
        )
    return Cues(
        groups=groups,
        caption_fused=tuple(_compile(p, "caption_fused") for p in data["caption_fused"]),
        title_credit_end=tuple(_compile(p, "title_credit_end") for p in data["title_credit_end"]),
        date_line_words=frozenset(str(w).lower() for w in data["date_line_words"]),
        months=english_months(),
        breadcrumb_separators=tuple(data["breadcrumb_separators"]),
        title_small_words=frozenset(str(w).lower() for w in data["title_small_words"]),
        dated_caption=(_compile(data["dated_caption"]["date_end"], "dated_caption"),
                       tuple(_compile(p, "dated_caption") for p in data["dated_caption"]["told"]),
                       int(data["dated_caption"]["max_words"])),
        bare_credit_end=tuple(_compile(p, "bare_credit_end") for p in data["bare_credit_end"]),
        main_clause_end=_compile(data["main_clause_end"], "main_clause_end"),
    )
