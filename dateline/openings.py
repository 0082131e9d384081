"""Where a report tells its news: the end of its first sentences.  Shared by the extractor (which
events are the lede, which take the publication day) and the linker (which lone acts a story
dates), without the extractor's language models."""

from __future__ import annotations

import re

__all__ = ["LEDE_SENTENCES", "REPORTED_SENTENCES", "news_end", "opening_end", "sentence_ends"]

# A report's news of the day is told in its first sentences (a saved page often opens with a
# headline and a standfirst before them): measured on the development corpus, three sentences
# date more events right than two on both halves.
REPORTED_SENTENCES = 3
# The lede, where a report's news stands: a happening told only there, undated and by one
# report, is still the report's news (an aside further down is not a happening of its own).
# Measured on the development corpus: four sentences kept more asides than news.
LEDE_SENTENCES = 2
# A sentence ends at a stop (and a closing quote) before a space or the end, or at a line end.
_SENTENCE_END = re.compile(r"[.!?][\"”’]?(?:\s|$)|\n")


def opening_end(body: str, sentences: int = 2, *, blank_lines: bool = True) -> int:
    """End of the first ``sentences`` sentences (or paragraphs) of the body; with
    ``blank_lines`` false a blank line is no sentence (a page's paragraphs are parted by
    them), as a reader counts the sentences of a lede."""
    ends = sentence_ends(body[:2000], blank_lines=blank_lines)
    return ends[sentences - 1] if len(ends) >= sentences else len(body[:2000])


def sentence_ends(text: str, *, blank_lines: bool = True) -> list[int]:
    """End offsets of the sentences (or paragraphs) of ``text``; with ``blank_lines`` false a
    line holding nothing is no sentence."""
    ends, last = [], 0
    for m in _SENTENCE_END.finditer(text):
        if blank_lines or text[last:m.end()].strip():
            ends.append(m.end())
        last = m.end()
    return ends


def news_end(body: str) -> int:
    """End of the first sentences where a report tells its news of the day
    (``REPORTED_SENTENCES``)."""
    return opening_end(body, REPORTED_SENTENCES)
