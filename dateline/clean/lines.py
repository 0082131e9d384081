"""Lines of a text and the general features the cleaner decides from."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dateline.clean.cues import load_cues

_WORD = re.compile(r"\S+")
# Scripts written without spaces between words: count their characters instead.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
# Unspaced characters that make up about one word.
CHARS_PER_WORD = 2
# Prose: a sentence of at least this many words, or any line of at least this many.
PROSE_MIN_WORDS = 8
LONG_LINE_WORDS = 25
# A sentence end, possibly followed by closing quotes or brackets.
_TERMINAL = re.compile(r"[.!?…:;。！？：][\"'”’»)\]」』]*$")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]」』]*$")


def count_words(text: str) -> int:
    """Words of a text: runs of non-space, and in scripts written without spaces about one
    word per CHARS_PER_WORD characters."""
    unspaced = len(_UNSPACED.findall(text))
    if not unspaced:
        return len(_WORD.findall(text))
    rest = _UNSPACED.sub(" ", text)
    return len(_WORD.findall(rest)) + unspaced // CHARS_PER_WORD


@dataclass
class Line:
    """One non-empty line (or part of a line) of the original text."""

    index: int  # position among the non-empty lines
    start: int  # offset of the stripped text in the original
    text: str
    reason: str | None = None  # why the line is removed; None while it is kept
    cue: str | None = None  # reason given by a cue list, before context is considered
    # (the text counted, its words): the cleaner asks a line's word count a dozen times over
    # (every cue group, every feature), and counting is two regex scans of the line.
    _counted: tuple[str, int] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def n_words(self) -> int:
        counted = self._counted
        if counted is None or counted[0] is not self.text:  # counted again if the text is replaced
            counted = self._counted = (self.text, count_words(self.text))
        return counted[1]

    @property
    def ends_sentence(self) -> bool:
        return bool(_SENTENCE_END.search(self.text))

    @property
    def ends_terminal(self) -> bool:
        return bool(_TERMINAL.search(self.text))


def split_lines(text: str) -> list[Line]:
    """The non-empty lines of ``text`` with their offsets (surrounding blanks stripped)."""
    lines: list[Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(Line(index=len(lines), start=pos + lead, text=stripped))
        pos += len(raw)
    return lines


def normalise(text: str) -> str:
    """Lower-case letters and digits only, single-spaced: for comparing lines."""
    return " ".join(re.findall(r"\w+", text.lower()))


def is_prose(line: Line) -> bool:
    """A line that reads like running text: several words ending a sentence, or long."""
    n = line.n_words
    return (n >= PROSE_MIN_WORDS and line.ends_sentence) or n >= LONG_LINE_WORDS


def capitalised_share(text: str) -> float:
    """Share of content words that start with a capital letter (title case is near 1)."""
    small = load_cues().title_small_words
    words = [w.strip("\"'“”‘’()[]:,;.!?-–—") for w in text.split()]
    content = [w for w in words if w and w[0].isalpha() and w.lower() not in small]
    if not content:
        return 0.0
    return sum(1 for w in content if w[0].isupper()) / len(content)


# A short bracketed tail, as a caption's credit: "(AP)", "（美聯社）".
_CREDIT_TAIL = re.compile(r"\s*[（(][^（）()]{1,20}[）)]$")


def ends_in_credit(text: str) -> bool:
    """A line that ends in a photo credit ("... - Courtesy of the Presidency", "... (Photo:
    Reuters)", "... Image: AFP/Getty"): a caption, never a headline."""
    return any(p.search(text) for p in load_cues().title_credit_end)


def is_credited_caption(text: str) -> bool:
    """A line that ends in a photo credit and is no wire paragraph with its source at the
    end: a caption ("... during a ceremony on March 28, 2025 [AFP]"); see ``bare_credit_end``
    in data/clutter.yaml."""
    if not ends_in_credit(text):
        return False
    cues = load_cues()
    if not any(p.search(text) for p in cues.bare_credit_end):
        return True
    main = cues.main_clause_end.split(text, maxsplit=1)[0]
    return not any(p.search(main) for p in cues.dated_caption[1])


def is_headline_like(line: Line, min_words: int = 3, max_words: int = 25) -> bool:
    """Short, no full stop at the end, starts with a capital: how headlines look.  Scripts
    without capitals (Arabic, Persian, Chinese, Hindi) start every line alike: any letter."""
    n = line.n_words
    if not (min_words <= n <= max_words):
        return False
    text = line.text
    # a sentence with its credit after it ("... meets Modi. (AP)") is a caption
    told = _CREDIT_TAIL.sub("", text)
    if (told.endswith(".") and not told.endswith("...")) or told.endswith("。"):
        return False
    first = text.lstrip("\"'“‘([«")[:1]
    return first.isupper() or first.isdigit() or (first.isalpha() and first.lower() == first.upper())


# A page saved with its metadata may open with a labelled date before its first line's own text
# ("date 2021-12 Russland weist ..."): the label is no part of the line; its group "date" is the
# date it labels, to the month or the day.
DATE_LABEL = re.compile(r"\s*(?:date|published|posted)\s*:?\s+(?P<date>(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?)"
                        r"(?:[T ][\d:.+Z-]*)?\s+",
                        re.IGNORECASE)


def without_date_label(line: Line) -> Line:
    """The line with an opening date label cut off (the line itself when it has none)."""
    m = DATE_LABEL.match(line.text)
    if not m or m.end() >= len(line.text):
        return line
    return Line(index=line.index, start=line.start + m.end(), text=line.text[m.end():],
                reason=line.reason, cue=line.cue)


def is_name_like(line: Line) -> bool:
    """One to four capitalised words and nothing else: how a commenter's name looks."""
    words = line.text.split()
    if not 1 <= len(words) <= 4:
        return False
    return all(re.fullmatch(r"[A-Z][\w'’.-]*", w) for w in words)
