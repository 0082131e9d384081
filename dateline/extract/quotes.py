"""Quotes with their speakers: direct quotes (full or partial) and reported speech.

A stretch between quote marks is a quote only when a speech cue ties it to a speaker;
scare quotes and titles have no such cue and are dropped.  Cues, in order of trust:

1. a speech verb whose clausal complement holds the quote ('Wang told Lavrov that "..."',
   '"...," Wang said');
2. a speech verb right next to the quote, when the parser split the sentence;
3. a source phrase ("according to", "as quoted by") in the same sentence;
4. the speaker of the previous sentence, when that sentence was speech and the quote's
   sentence has no cue of its own (or of the next one, for a bare quoted sentence
   followed by an attributed one).

Reported speech is a speech verb with a that-clause ("Lavrov stated that ...") or a
sentence sourced with "according to"; its clause becomes a Quote with direct=False.
Quote marks are paired in quote_marks.py; speakers are resolved to actors in
quote_speakers.py, whose cue lexicon lives in dateline/data/quote_cues.yaml.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from dateline.extract.quote_marks import CLOSING_MARKS, find_quote_spans, inner_span
from dateline.extract.quote_speakers import (
    SUBJECT_DEPS,
    Speaker,
    SpeakerContext,
    country_of_words,
    load_cues,
)
from dateline.records import Article, Mention, Quote, content_id

# Re-exported: these were defined here before the split and are imported from here.
__all__ = ["country_of_words", "extract_quotes", "find_quote_spans", "load_cues", "quote_key"]

_LINK_DEPS = {"ccomp", "parataxis", "dep", "dobj", "xcomp", "oprd", "conj", "attr"}
_ADJACENT_CHARS = 40


# ---------------------------------------------------------------- sentence units


def _units(ctx: SpeakerContext) -> list[tuple[int, int]]:
    """Sentence spans that never cut a quote and never cross a line break."""
    text = ctx.text
    pieces: list[list[int]] = []
    for sent in ctx.doc.sents:
        pos = sent.start_char
        for part in text[sent.start_char : sent.end_char].split("\n"):
            stripped = part.strip()
            if stripped:
                s = pos + part.index(stripped)
                pieces.append([s, s + len(stripped)])
            pos += len(part) + 1
    merged: list[list[int]] = []
    for piece in pieces:
        if merged and _joins(ctx, merged[-1], piece):
            merged[-1][1] = piece[1]
        else:
            merged.append(piece)
    return [(s, e) for s, e in merged]


def _joins(ctx: SpeakerContext, prev: list[int], nxt: list[int]) -> bool:
    text = ctx.text
    if "\n" in text[prev[1] : nxt[0]]:
        return False
    for qs, qe in ctx.quote_spans:
        if qs < prev[1] and qe > nxt[0] and qs >= prev[0]:
            return True  # the quote runs across the split
        if prev[1] - 2 <= qe <= prev[1] + 1:
            # '"...," | Wang said', '"...?" | asked Wang', '"...!" | Trump tweeted on Monday.'
            after = text[nxt[0] : nxt[0] + 1]
            opening = ctx.tokens(nxt[0], nxt[1])[1:5]
            if text[qe - 2 : qe - 1] == "," or text[qe : qe + 1] == "," or after.islower() or any(
                    ctx.is_cue(t, True) and any(c.dep_ in SUBJECT_DEPS for c in t.children)
                    for t in opening):
                return True
    return False


# ---------------------------------------------------------------- attribution


def _quote_heads(ctx: SpeakerContext, start: int, end: int) -> list[Any]:
    tokens = ctx.tokens(start, end)
    return [t for t in tokens if not (start <= t.head.idx < end) or t.head is t]


def _linked_cue(ctx: SpeakerContext, qs: int, qe: int, unit: tuple[int, int]) -> Any | None:
    """A speech verb reached from the quote through clausal links inside the sentence."""
    for token in _quote_heads(ctx, qs, qe):
        child = token
        node = token.head
        steps = 0
        while node is not child and unit[0] <= node.idx < unit[1] and steps < 8:
            if (child.dep_ in _LINK_DEPS and not ctx.in_quote(node.idx, node.idx + 1)
                    and ctx.is_cue(node, True)):
                return node
            child, node = node, node.head
            steps += 1
    return None


def _adjacent_cues(ctx: SpeakerContext, qs: int, qe: int, unit: tuple[int, int]) -> list[Any]:
    found = []
    for token in ctx.cue_tokens(*unit, True):
        after, before = token.idx >= qe, token.idx + len(token.text) <= qs
        gap = ctx.text[qe : token.idx] if after else ctx.text[token.idx + len(token.text) : qs]
        if (after or before) and len(gap) <= _ADJACENT_CHARS and not re.search(r"[.!?]\s", gap):
            if not ctx.in_quote(token.idx, token.idx + 1) and ctx.is_cue(token, True):
                found.append((len(gap), token))
    return [t for _, t in sorted(found, key=lambda p: p[0])]


def _phrase_cues(ctx: SpeakerContext, qs: int, qe: int, unit: tuple[int, int]) -> list[tuple[int, int]]:
    """(cue_start, cue_end) of source phrases in the sentence, nearest to the quote first."""
    found: list[tuple[int, int]] = []
    sentence = ctx.text[unit[0] : unit[1]].lower()
    for phrase in ctx.cues.phrases:
        for match in re.finditer(r"\b" + re.escape(phrase) + r"\b", sentence):
            s, e = unit[0] + match.start(), unit[0] + match.end()
            if ctx.overlaps_quote(s, e) or any(s >= a and e <= b for a, b in found):
                continue
            found.append((s, e))
    return sorted(found, key=lambda p: min(abs(p[0] - qe), abs(qs - p[1])))


def _phrase_speaker(ctx: SpeakerContext, cue_end: int) -> Speaker | None:
    for token in ctx.tokens(cue_end, cue_end + 80)[:6]:
        if token.pos_ in ("NOUN", "PROPN", "PRON"):
            head = token
            while head.head is not head and head.dep_ in ("compound", "amod", "nmod", "flat"):
                head = head.head
            start, end, head = ctx.phrase_span(head)
            start = max(start, cue_end + 1)
            return ctx.resolve(start, end, head, via_phrase=True)
    return None


def _verb_speaker(ctx: SpeakerContext, verb: Any) -> Speaker | None:
    negated = any(c.dep_ == "neg" for c in verb.children)
    span = None if negated else ctx.subject_span(verb)
    return ctx.resolve(*span, via_phrase=False) if span else None


def extract_quotes(doc: Any, article: Article, mentions: list[Mention],
                   kb: Any = None) -> list[Quote]:
    """Direct quotes and reported speech in ``article.body`` with their speakers.

    ``doc`` is the spaCy Doc of ``article.body``; ``mentions`` are the resolved actor
    mentions of the same body.  Quotes without an attributable speaker are dropped.
    ``kb`` (an ``ActorKB``, optional) turns "the Chinese statement" into the KB's
    Chinese foreign ministry rather than a provisional actor.
    """
    if doc.text != article.body:
        raise ValueError(f"article {article.id}: doc text does not match article.body; "
                         "parse article.body itself")
    text = article.body
    spans = [s for s in find_quote_spans(text) if re.search(r"\w", text[s[0] + 1 : s[1] - 1])]
    ctx = SpeakerContext(doc, article, mentions, spans, kb)
    units = _units(ctx)
    unit_of = lambda pos: next((i for i, u in enumerate(units) if u[0] <= pos < u[1]), -1)  # noqa: E731

    attributed: dict[tuple[int, int], Quote] = {}
    unattributed = []
    for span in spans:
        index = unit_of(span[0])
        speaker, cue = _attribute(ctx, span, units[index]) if index >= 0 else (None, None)
        if speaker:
            attributed[span] = _as_quote(ctx, span, speaker, cue or "")
        elif index >= 0 and not _sentence_has_cue(ctx, units[index]):
            unattributed.append(span)
    reported = _reported(ctx, units)
    speech_units: dict[int, Quote] = {unit_of(q.start): q for q in reported}
    for quote in attributed.values():
        speech_units.setdefault(unit_of(quote.start), quote)
    # Carry speakers forward from the previous sentence, then back from the next one
    # (a chain of bare quoted paragraphs ends with the one that names the speaker).
    for backward in (False, True):
        for span in sorted(unattributed, reverse=backward):
            if span in attributed:
                continue
            neighbour = _neighbour_speech(ctx, span, units, unit_of, speech_units, backward)
            if neighbour is not None:
                speaker = Speaker(neighbour.speaker, neighbour.speaker_text or "")
                attributed[span] = _as_quote(ctx, span, speaker, neighbour.cue or "")
                speech_units.setdefault(unit_of(span[0]), attributed[span])
    return sorted([*reported, *attributed.values()], key=lambda q: q.start)


def _attribute(ctx: SpeakerContext, span: tuple[int, int],
               unit: tuple[int, int]) -> tuple[Speaker | None, str | None]:
    qs, qe = span
    linked = _linked_cue(ctx, qs, qe, unit)
    for verb in ([linked] if linked is not None else []) + _adjacent_cues(ctx, qs, qe, unit):
        speaker = _verb_speaker(ctx, verb)
        if speaker:
            return speaker, ctx.cue_text(verb)
    for cue_start, cue_end in _phrase_cues(ctx, qs, qe, unit):
        speaker = _phrase_speaker(ctx, cue_end)
        if speaker:
            return speaker, ctx.text[cue_start:cue_end]
    return None, None


def _neighbour_speech(ctx: SpeakerContext, span: tuple[int, int], units: list[tuple[int, int]],
                      unit_of: Any, speech_units: dict[int, Quote], backward: bool) -> Quote | None:
    """The speech next to a quote whose own sentence has no cue, if it goes on into it."""
    index = unit_of(span[0])
    if not backward:
        before = speech_units.get(index - 1)
        return before if before and _same_line(ctx.text, units[index - 1], units[index]) else None
    after = speech_units.get(index + 1)
    if after is None or not after.direct or span[0] != units[index][0]:
        return None  # only a quote that is a whole sentence takes the next speaker
    if after.start > units[index + 1][0] + 1:
        return None
    open_ended = ctx.text[span[1] - 1] not in CLOSING_MARKS
    if open_ended or _same_line(ctx.text, units[index], units[index + 1]):
        return after
    return None


def _sentence_has_cue(ctx: SpeakerContext, unit: tuple[int, int]) -> bool:
    for token in ctx.cue_tokens(*unit, False):
        if not ctx.in_quote(token.idx, token.idx + 1) and ctx.is_cue(token, False):
            return True
    return bool(_phrase_cues(ctx, unit[0], unit[0], unit))


def _same_line(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    return "\n" not in text[a[1] : b[0]]


def _as_quote(ctx: SpeakerContext, span: tuple[int, int], speaker: Speaker, cue: str,
              direct: bool = True) -> Quote:
    start, end = inner_span(ctx.text, span) if direct else span
    return Quote(id=content_id(ctx.article_id, str(start), str(end)), article=ctx.article_id,
                 text=ctx.text[start:end], start=start, end=end, speaker=speaker.actor,
                 speaker_text=speaker.text, cue=cue, direct=direct)


# ---------------------------------------------------------------- reported speech


def _reported(ctx: SpeakerContext, units: list[tuple[int, int]]) -> list[Quote]:
    quotes = []
    for unit in units:
        found = False
        for token in ctx.cue_tokens(*unit, False):
            if ctx.in_quote(token.idx, token.idx + 1) or not ctx.is_cue(token, False):
                continue
            clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
            span = _clause_span(ctx, clause, unit) if clause is not None else None
            speaker = _verb_speaker(ctx, token) if span else None
            if span and speaker:
                quotes.append(_as_quote(ctx, span, speaker, ctx.cue_text(token), direct=False))
                found = True
        quote = None if found else _according_to(ctx, unit)
        if quote:
            quotes.append(quote)
    return quotes


def _clause_span(ctx: SpeakerContext, clause: Any, unit: tuple[int, int]) -> tuple[int, int] | None:
    if not any(c.dep_ in SUBJECT_DEPS + ("expl",) and c.lower_ not in ("which", "who", "that")
               for c in clause.children):
        return None  # "..., which Moscow said was on the agenda": no clause of its own
    # The parser sometimes hangs a clause across a line break: keep the sentence's part.
    tokens = [t for t in clause.subtree if unit[0] <= t.idx < unit[1]]
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if len(tokens) < 3:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if start < unit[0] or end > unit[1] or ctx.overlaps_quote(start, end):
        return None  # the direct quote inside carries the words
    return start, end


def _according_to(ctx: SpeakerContext, unit: tuple[int, int]) -> Quote | None:
    """'X happened, according to Y.' / 'According to Y, X happened.'"""
    if ctx.overlaps_quote(*unit):
        return None
    sentence = ctx.text[unit[0] : unit[1]]
    match = re.search(r"\baccording to\b", sentence, re.IGNORECASE)
    if match is None:
        return None
    cue_start, cue_end = unit[0] + match.start(), unit[0] + match.end()
    speaker = _phrase_speaker(ctx, cue_end)
    if speaker is None:
        return None
    if match.start() == 0:
        comma = sentence.find(",", match.end())
        if comma < 0:
            return None
        start, end = unit[0] + comma + 1, unit[1]
    else:
        start, end = unit[0], cue_start
    while start < end and not ctx.text[start].isalnum():
        start += 1
    while end > start and not ctx.text[end - 1].isalnum() and ctx.text[end - 1] not in ")%":
        end -= 1
    if len(ctx.text[start:end].split()) < 3:
        return None
    return _as_quote(ctx, (start, end), speaker, ctx.text[cue_start:cue_end], direct=False)


def quote_key(text: str) -> str:
    """A key under which copies of one quote from different outlets agree.

    Case, accents, punctuation and spacing are ignored, and only the first 80 letters
    and digits count, so a copy that was cut short or re-punctuated still matches.
    """
    folded = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch))
    return letters[:80]
