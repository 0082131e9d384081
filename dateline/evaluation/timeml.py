"""Score dateline's date resolution on TimeML documents (TimeBank, AQUAINT; docs/evaluation.md).

    dateline eval --gold /work/shared/bench/timeml/docs --json

No store and no pipeline run: each ``.tml`` file's tags are stripped to get the text, the DCT
is the publication date, and the text goes through dateline's spaCy analysis
(``dateline.analyse.load_nlp``) and its date finding (``dateline.resolve.time.find_dates``)
and event dating (``dateline.extract.context.clause_date``), as the pipeline runs them.

* Normalisation (``timex_*``): over DATE-type TIMEX3s whose value is a calendar date (YYYY,
  YYYY-MM, YYYY-MM-DD, YYYY-Www).  Every date expression dateline finds in a sentence is
  resolved in the tense of its own clause (``clause_tense``).  A gold expression is found when
  a found expression overlaps it with the same value; precision is over found expressions
  with a calendar value (a week is a found range from a Monday to the Sunday after).
* Anchoring (``anchor_accuracy``): over gold EVENTs with a TLINK IS_INCLUDED or DURING to
  (or INCLUDES / DURING_INV from) a calendar DATE TIMEX3 of the text.  The event's date is
  the one dateline's own rule gives a trigger at the event's word in its sentence: the
  nearest date of the trigger's clause or the clauses above it, in the clause's tense (for a
  present-tense lead, the publication day).  Right when that date equals the gold value.
  The DCT itself is not a target (an event "included" in the creation time is not dated
  by an expression of the text).
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CALENDAR = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$")
_TAG = re.compile(r"<(/?)(\w+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
INCLUDED = {"IS_INCLUDED", "DURING"}
INCLUDES = {"INCLUDES", "DURING_INV"}


@dataclass
class Span:
    kind: str  # TIMEX3 or EVENT
    start: int
    end: int
    attrs: dict[str, str]
    text: str = ""


@dataclass
class TimeMLDoc:
    name: str
    text: str
    dct: str | None
    timexes: dict[str, Span] = field(default_factory=dict)  # tid -> span (text only)
    events: dict[str, Span] = field(default_factory=dict)  # eid -> span
    instances: dict[str, str] = field(default_factory=dict)  # eiid -> eid
    tlinks: list[dict[str, str]] = field(default_factory=list)


def parse_tml(path: Path) -> TimeMLDoc:
    """The text of <TEXT> with its tags stripped, its TIMEX3 and EVENT spans, the DCT's day,
    the MAKEINSTANCEs and the TLINKs."""
    raw = Path(path).read_text(encoding="utf-8")
    dct_match = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"(\d{4}-\d{2}-\d{2})", raw)
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if body is None:
        raise ValueError(f"{path} has no <TEXT> element")
    doc = TimeMLDoc(name=Path(path).name, text="", dct=dct_match.group(1) if dct_match else None)
    pieces: list[str] = []
    length = 0
    open_spans: dict[str, Span] = {}
    at = 0
    source = body.group(1)
    for m in _TAG.finditer(source):
        piece = html.unescape(source[at:m.start()])
        pieces.append(piece)
        length += len(piece)
        at = m.end()
        closing, name, attr_text = m.group(1), m.group(2), m.group(3)
        if name not in ("TIMEX3", "EVENT"):
            continue
        if closing:
            span = open_spans.pop(name, None)
            if span is not None:
                span.end = length
        else:
            attrs = dict(_ATTR.findall(attr_text))
            span = Span(name, length, length, attrs)
            open_spans[name] = span
            if name == "TIMEX3":
                doc.timexes[attrs.get("tid", f"t?{length}")] = span
            else:
                doc.events[attrs.get("eid", f"e?{length}")] = span
    pieces.append(html.unescape(source[at:]))
    doc.text = "".join(pieces)
    for span in [*doc.timexes.values(), *doc.events.values()]:
        span.text = doc.text[span.start:span.end]
    for m in re.finditer(r"<MAKEINSTANCE([^>]*)/?>", raw):
        attrs = dict(_ATTR.findall(m.group(1)))
        if "eiid" in attrs and "eventID" in attrs:
            doc.instances[attrs["eiid"]] = attrs["eventID"]
    for m in re.finditer(r"<TLINK([^>]*)/?>", raw):
        doc.tlinks.append(dict(_ATTR.findall(m.group(1))))
    return doc


def calendar_dates(doc: TimeMLDoc) -> dict[str, Span]:
    """The DATE TIMEX3s of the text with a calendar value, by tid."""
    return {tid: s for tid, s in doc.timexes.items()
            if s.attrs.get("type") == "DATE" and CALENDAR.match(s.attrs.get("value", ""))}


def anchored_events(doc: TimeMLDoc) -> dict[str, set[str]]:
    """eid -> the calendar values its TLINKs put it in (IS_INCLUDED / DURING a DATE)."""
    dates = calendar_dates(doc)
    out: dict[str, set[str]] = {}
    for link in doc.tlinks:
        rel = link.get("relType", "")
        if rel in INCLUDED and "eventInstanceID" in link and link.get("relatedToTime") in dates:
            eiid, tid = link["eventInstanceID"], link["relatedToTime"]
        elif rel in INCLUDES and "timeID" in link and link.get("timeID") in dates and "relatedToEventInstance" in link:
            eiid, tid = link["relatedToEventInstance"], link["timeID"]
        else:
            continue
        eid = doc.instances.get(eiid)
        if eid in doc.events:
            out.setdefault(eid, set()).add(dates[tid].attrs["value"])
    return out


def calendar_value(value) -> str | None:
    """A found TimeValue's calendar value: its date, or YYYY-Www for a Monday-Sunday range."""
    if value is None:
        return None
    if value.date:
        return value.date
    if value.earliest and value.latest and len(value.earliest) == 10 and len(value.latest) == 10:
        lo, hi = dt.date.fromisoformat(value.earliest), dt.date.fromisoformat(value.latest)
        if lo.weekday() == 0 and (hi - lo).days == 6:
            year, week, _ = lo.isocalendar()
            return f"{year}-W{week:02d}"
    return None


def found_dates(doc, anchor: str | None) -> list:
    """Every date expression dateline finds, sentence by sentence, resolved in the tense of
    its own clause."""
    from dateline.extract import clause_tense
    from dateline.resolve import find_dates

    out = []
    for sentence in doc.sents:
        text, offset = sentence.text, sentence.start_char
        by_tense: dict[str | None, dict[tuple[int, int], Any]] = {}

        def resolved(tense, text=text, offset=offset, by_tense=by_tense):
            if tense not in by_tense:
                by_tense[tense] = {(v.start, v.end): v for v in find_dates(text, anchor, tense=tense, offset=offset)}
            return by_tense[tense]

        for key, value in resolved(None).items():
            tense = clause_tense(sentence, value.start, "past")
            out.append(resolved(tense).get(key, value) if tense else value)
    return out


def event_date(doc, start: int, anchor: str | None, body_dates):
    """The date dateline's event dating gives a trigger at ``start``."""
    from dateline.extract import clause_date, clause_tense

    sentence = doc.char_span(start, start + 1, alignment_mode="expand")
    if sentence is None:
        return None
    sentence = sentence.sent
    tense = clause_tense(sentence, start, "past")
    return clause_date(doc, sentence.text, sentence.start_char, start, anchor=anchor, tense=tense,
                       planned=tense == "future", body=doc.text, body_dates=body_dates)


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def score_file(path: Path, nlp) -> dict[str, Any]:
    """Counts and errors of one file."""
    from dateline.resolve import find_dates

    tml = parse_tml(path)
    doc = nlp(tml.text)
    anchor = tml.dct
    gold = list(calendar_dates(tml).values())
    found = [v for v in found_dates(doc, anchor) if calendar_value(v)]
    errors: list[dict[str, Any]] = []
    matched_gold = 0
    for g in gold:
        over = [f for f in found if _overlaps(g.start, g.end, f.start, f.end)]
        if any(calendar_value(f) == g.attrs["value"] for f in over):
            matched_gold += 1
        else:
            errors.append({"file": tml.name, "error": "wrong value" if over else "missed", "text": g.text,
                           "gold": g.attrs["value"], "found": [calendar_value(f) for f in over] or None})
    right_found = 0
    for f in found:
        over = [t for t in tml.timexes.values() if _overlaps(t.start, t.end, f.start, f.end)]
        if any(t in gold and t.attrs["value"] == calendar_value(f) for t in over):
            right_found += 1
        elif not any(t in gold for t in over):
            errors.append({"file": tml.name, "error": "spurious" if not over else "not a calendar date in gold",
                           "text": f.text, "found": calendar_value(f),
                           "gold": [f"{t.attrs.get('type')}:{t.attrs.get('value')}" for t in over] or None})
    body_dates = functools.cache(lambda: find_dates(tml.text, anchor))
    anchors = anchored_events(tml)
    anchor_right = same_total = same_right = 0
    for eid, values in anchors.items():
        event = tml.events[eid]
        value = calendar_value(event_date(doc, event.start, anchor, body_dates))
        right = value in values
        anchor_right += right
        sentence = doc.char_span(event.start, event.end, alignment_mode="expand")
        same = sentence is not None and any(
            t.attrs.get("value") in values and sentence.sent.start_char <= t.start < sentence.sent.end_char
            for t in calendar_dates(tml).values())
        same_total += same
        same_right += same and right
        if not right:
            errors.append({"file": tml.name, "error": "event date", "text": event.text,
                           "sentence": sentence.sent.text if sentence is not None else None,
                           "gold": sorted(values), "found": value})
    return {"gold_timexes": len(gold), "found_timexes": len(found), "matched_gold": matched_gold,
            "right_found": right_found, "anchored_events": len(anchors), "anchor_right": anchor_right,
            "anchored_same_sentence": same_total, "anchor_right_same_sentence": same_right, "errors": errors}


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def score_timeml(gold_path: Path, nlp=None) -> dict[str, Any]:
    """Every figure of the module docstring over a ``.tml`` file or a folder of them."""
    gold_path = Path(gold_path)
    files = sorted(gold_path.glob("*.tml")) if gold_path.is_dir() else [gold_path]
    if not files:
        raise ValueError(f"{gold_path} holds no .tml file")
    if nlp is None:
        from dateline.analyse import load_nlp

        nlp = load_nlp()
    totals: dict[str, int] = {}
    errors: list[dict[str, Any]] = []
    failed: list[dict[str, str]] = []
    for path in files:
        try:
            counts = score_file(path, nlp)
        except (ValueError, OSError) as exc:
            failed.append({"file": path.name, "error": str(exc)})
            continue
        errors.extend(counts.pop("errors"))
        for key, value in counts.items():
            totals[key] = totals.get(key, 0) + value
    precision = _ratio(totals.get("right_found", 0), totals.get("found_timexes", 0))
    recall = _ratio(totals.get("matched_gold", 0), totals.get("gold_timexes", 0))
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision and recall else 0.0
    return {
        "format": "timeml",
        "files": len(files) - len(failed),
        "timex_value_F1": f1,
        "timex_precision": precision,
        "timex_recall": recall,
        "anchor_accuracy": _ratio(totals.get("anchor_right", 0), totals.get("anchored_events", 0)),
        "anchor_accuracy_same_sentence": _ratio(totals.get("anchor_right_same_sentence", 0),
                                                totals.get("anchored_same_sentence", 0)),
        **{key: totals.get(key, 0) for key in ("gold_timexes", "found_timexes", "matched_gold", "right_found",
                                               "anchored_events", "anchor_right", "anchored_same_sentence",
                                               "anchor_right_same_sentence")},
        "failed_files": failed,
        "errors": errors,
    }
