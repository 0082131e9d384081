"""Quote-mark scanning: which stretches of a text stand between quote marks.

Straight, curly, guillemet and typewriter (`` '') marks are paired within one paragraph;
apostrophes ("China's", "the leaders' plans") are told apart from single quotes by the
characters around them.  Whether a stretch is a quote (a speaker says it) is decided in
dateline/extract/quotes.py.
"""

from __future__ import annotations

import re

# Opening mark -> closing marks that end it.
_PAIRS = {
    "\u201c": "\u201d\u201c",  # “ ” (and “ as closer in some typesetting)
    "\u201e": "\u201c\u201d",  # „ “
    "\u00ab": "\u00bb",  # « »
    "\u2039": "\u203a",  # ‹ ›
    "\u2018": "\u2019",  # ‘ ’
    '"': '"',
    "'": "'",
}
_SINGLE = {"'", "\u2018"}
_ANY_MARK = re.compile("``|[" + re.escape("".join(_PAIRS)) + "]")
_CLOSER_OF = {mark: re.compile("[" + re.escape(closers) + "]") for mark, closers in _PAIRS.items()}
CLOSING_MARKS = set("".join(_PAIRS.values()))
_ONLY_CLOSE = {"\u201d", "\u00bb"}  # ” » never open, so a space before them is a typo
_RUN_ON = {"\u201c", "\u201e", "\u00ab", '"'}  # marks that may open a multi-paragraph quote
_MAX_SINGLE_LEN = 400  # a longer single-quoted stretch is more likely apostrophes
_OPEN_BEFORE = set(" \t([{\u2014\u2013-/:;,") | {""}


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans (open_mark, close_mark_end) of quoted stretches, within one paragraph.

    A straight or single quote opens only after a space, bracket or dash and before a
    non-space, and closes only after a non-space and before a non-letter, so the
    apostrophes in "China's" or "the leaders' plans" do not pair up.  A paragraph that
    opens a double quote without closing it, followed by a paragraph that opens one
    again, is a quote running on (news style): its span ends with the paragraph.
    """
    spans: list[tuple[int, int]] = []
    lines = text.split("\n")
    offset = 0
    for number, line in enumerate(lines):
        found = _spans_in_line(line)
        body = line.strip()
        lead = line.index(body) if body else 0
        if body[:1] in _RUN_ON and not any(s == lead for s, _ in found) and body[-1] in ".!?":
            following = next((x.strip() for x in lines[number + 1 :] if x.strip()), "")
            if following[:1] == body[0]:
                found = [(lead, lead + len(body))]
        spans.extend((offset + s, offset + e) for s, e in found)
        offset += len(line) + 1
    return spans


def _spans_in_line(line: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for mark in _ANY_MARK.finditer(line):
        i = mark.start()
        if spans and i < spans[-1][1]:
            continue
        if mark.group() == "``":  # typewriter-style `` ... '' (old wire copy, PTB text)
            close = line.find("''", i + 2)
            if close > 0:
                spans.append((i, close + 2))
            continue
        if not _can_open(line, i):
            continue
        closing = _find_close(line, i)
        if closing is not None:
            spans.append((i, closing + 1))
    return spans


def _can_open(line: str, i: int) -> bool:
    before = line[i - 1] if i > 0 else ""
    after = line[i + 1] if i + 1 < len(line) else ""
    if not after or after.isspace():
        return False
    if line[i] in {'"', "'"} or line[i] in _SINGLE:
        return before in _OPEN_BEFORE or before in _PAIRS
    return True


def _find_close(line: str, i: int) -> int | None:
    limit = len(line) if line[i] not in _SINGLE else min(len(line), i + _MAX_SINGLE_LEN)
    for match in _CLOSER_OF[line[i]].finditer(line, i + 2, limit):
        j = match.start()
        before, after = line[j - 1], line[j + 1] if j + 1 < len(line) else ""
        if before.isspace() and line[j] not in _ONLY_CLOSE:
            continue
        if after.isalnum():  # an apostrophe inside a word
            continue
        return j
    return None


def inner_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Offsets of the quoted words: marks, outer spaces and a trailing comma removed."""
    start, end = span[0] + 1, span[1] - (1 if text[span[1] - 1] in CLOSING_MARKS else 0)
    if text.startswith("``", span[0]):
        start, end = start + 1, end - 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end
