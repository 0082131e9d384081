"""The event trigger lexicon (data/events.yaml) and the CAMEO->PLOVER table, loaded once."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from dateline.yaml_words import WordLoader, parse_words_yaml

DATA = Path(__file__).resolve().parent.parent / "data"
LEXICON_PATH = DATA / "events.yaml"
# Triggers by CAMEO verb class, organised by PLOVER type; read after events.yaml, whose
# entries for the same word are tried first.
CAMEO_LEXICON_PATH = DATA / "events_cameo.yaml"
# The CAMEO verb codebook gone through class by class (01-20): common news verbs, phrasal
# verbs and event nouns not in the files above; read last.
CAMEO_CODEBOOK_PATH = DATA / "events_cameo_2.yaml"
CAMEO_PATH = DATA / "cameo_plover.tsv"

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
SKIP = "SKIP"
MODALITIES = ("asserted", "planned", "negated", "hypothetical", "demanded")


@dataclass(frozen=True)
class CameoCode:
    code: str
    type: str
    mode: str | None
    context: str | None
    description: str


@dataclass(frozen=True)
class TriggerEntry:
    """One way a word can report an event; see the field notes at the top of events.yaml."""

    lemma: str
    pos: str  # "verb" or "noun"
    type: str
    cameo: str | None = None
    mode: str | None = None
    context: str | None = None
    objects: frozenset[str] = frozenset()
    not_objects: frozenset[str] = frozenset()
    object_preps: tuple[str, ...] = ()
    preps: tuple[str, ...] = ()
    particle: tuple[str, ...] = ()
    target_preps: tuple[str, ...] | None = None
    source_preps: tuple[str, ...] | None = None
    object_is_actor: bool = False
    person_object: bool = False
    state_object: bool = False
    intransitive: bool = False
    min_participants: int = 0
    require: str | None = None
    embed: str | None = None
    intent: bool = False
    modifiers: frozenset[str] = frozenset()
    plural_only: bool = False
    needs_light_verb: bool = False
    light_verbs: frozenset[str] = frozenset()
    government_source: bool = False
    civilian_source: bool = False
    needs_complement: bool = False
    needs_infinitive: bool = False
    not_complements: frozenset[str] = frozenset()
    complement_verbs: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()
    phrase_after: tuple[str, ...] = ()
    no_complement: bool = False
    needs_complement_or_object: bool = False
    stative_passive: bool = False
    defers_to_object: bool = False
    defers_to_sentence: bool = False
    joint: bool = False
    recipient_subject: bool = False


@dataclass
class Lexicon:
    verbs: dict[str, list[TriggerEntry]]
    nouns: dict[str, list[TriggerEntry]]
    verb_target_preps: tuple[str, ...]
    noun_target_preps: tuple[str, ...]
    noun_source_preps: tuple[str, ...]
    cooperative_types: frozenset[str]
    hostile_types: frozenset[str]
    light_verbs: frozenset[str]
    light_prep_verbs: dict[str, frozenset[str]]
    intent_verbs: dict[str, str]
    intent_adjectives: dict[str, str]
    intent_nouns: dict[str, str]
    modal_auxiliaries: dict[str, str]
    planned_modifiers: frozenset[str]
    conditional_marks: frozenset[str]
    occasion_nouns: frozenset[str]
    occasion_preps: frozenset[str]
    event_compound_heads: frozenset[str]
    planned_governors: frozenset[str]
    occurrence_verbs: frozenset[str]
    onset_verbs: frozenset[str]
    planning_passives: frozenset[str]
    forecast_verbs: frozenset[str]
    schedule_nouns: frozenset[str]
    quantity_nouns: frozenset[str]
    person_nouns: frozenset[str]
    institution_nouns: frozenset[str]
    civilian_groups: frozenset[str]
    armed_groups: frozenset[str]
    armed_forces: frozenset[str]
    generic_object_heads: frozenset[str]
    disaster_nouns: frozenset[str] = frozenset()
    command_verbs: frozenset[str] = frozenset()
    civilian_violence: dict[str, str] = field(default_factory=dict)
    refusal_codes: dict[str, str] = field(default_factory=dict)
    stance_types: frozenset[str] = frozenset()
    demand_codes: dict[str, str] = field(default_factory=dict)
    decision_words: frozenset[str] = frozenset()
    cause_marks: frozenset[str] = frozenset()
    cause_nouns: frozenset[str] = frozenset()
    topic_preps: frozenset[str] = frozenset()
    type_target_preps: dict[str, tuple[str, ...]] = field(default_factory=dict)
    cameo: dict[str, CameoCode] = field(default_factory=dict)


class _WordLoader(WordLoader):
    """Word lists, and a key given twice in one mapping is an error (an entry silently lost)."""


def _no_duplicate_keys(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False):
    keys = [loader.construct_object(key, deep=deep) for key, _ in node.value]
    for key in set(keys):
        if keys.count(key) > 1:
            raise ValueError(f"{node.start_mark}: key {key!r} appears twice in one mapping")
    return yaml.constructor.SafeConstructor.construct_mapping(loader, node, deep=deep)


_WordLoader.construct_mapping = _no_duplicate_keys  # type: ignore[method-assign]


def _flatten(entries: list) -> list[dict]:
    out: list[dict] = []
    for entry in entries or []:
        if isinstance(entry, list):
            out.extend(_flatten(entry))
        else:
            out.append(entry)
    return out


def _words(values) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values or [])


ENTRY_FIELDS = frozenset(TriggerEntry.__dataclass_fields__) - {"lemma", "pos"}


def trigger_entry(lemma: str, pos: str, raw: dict, cameo: dict[str, CameoCode]) -> TriggerEntry:
    unknown = set(raw) - ENTRY_FIELDS
    if unknown:
        raise ValueError(
            f"{LEXICON_PATH}: entry for {pos} '{lemma}' has unknown field(s) "
            f"{', '.join(sorted(unknown))}; valid fields are {', '.join(sorted(ENTRY_FIELDS))}"
        )
    kind = raw.get("type")
    if kind not in PLOVER_TYPES and kind != SKIP:
        raise ValueError(
            f"{LEXICON_PATH}: entry for {pos} '{lemma}' has type {kind!r}; "
            f"valid types are {', '.join(PLOVER_TYPES)} or {SKIP}"
        )
    code = raw.get("cameo")
    code = str(code) if code is not None else None
    known = cameo.get(code) if code else None
    embed = raw.get("embed")
    if embed is not None and embed not in MODALITIES:
        raise ValueError(
            f"{LEXICON_PATH}: entry for {pos} '{lemma}' has embed {embed!r}; "
            f"valid values are {', '.join(MODALITIES)}"
        )

    def tup(name: str) -> tuple[str, ...]:
        return tuple(str(v).lower() for v in raw.get(name) or [])

    return TriggerEntry(
        lemma=lemma,
        pos=pos,
        type=kind,
        cameo=code,
        mode=raw.get("mode", known.mode if known else None) or None,
        context=raw.get("context", known.context if known else None) or None,
        objects=_words(raw.get("objects")),
        not_objects=_words(raw.get("not_objects")),
        object_preps=tup("object_preps"),
        preps=tup("preps"),
        particle=tup("particle"),
        target_preps=tup("target_preps") if "target_preps" in raw else None,
        source_preps=tup("source_preps") if "source_preps" in raw else None,
        object_is_actor=bool(raw.get("object_is_actor")),
        person_object=bool(raw.get("person_object")),
        state_object=bool(raw.get("state_object")),
        intransitive=bool(raw.get("intransitive")),
        min_participants=int(raw.get("min_participants") or 0),
        require=raw.get("require"),
        embed=embed,
        intent=bool(raw.get("intent")),
        modifiers=_words(raw.get("modifiers")),
        plural_only=bool(raw.get("plural_only")),
        needs_light_verb=bool(raw.get("needs_light_verb")),
        light_verbs=_words(raw.get("light_verbs")),
        government_source=bool(raw.get("government_source")),
        civilian_source=bool(raw.get("civilian_source")),
        needs_complement=bool(raw.get("needs_complement")),
        needs_infinitive=bool(raw.get("needs_infinitive")),
        not_complements=_words(raw.get("not_complements")),
        complement_verbs=_words(raw.get("complement_verbs")),
        subjects=_words(raw.get("subjects")),
        phrase_after=tuple(str(raw.get("phrase_after") or "").lower().split()),
        no_complement=bool(raw.get("no_complement")),
        needs_complement_or_object=bool(raw.get("needs_complement_or_object")),
        stative_passive=bool(raw.get("stative_passive")),
        defers_to_object=bool(raw.get("defers_to_object")),
        defers_to_sentence=bool(raw.get("defers_to_sentence")),
        joint=bool(raw.get("joint")),
        recipient_subject=bool(raw.get("recipient_subject")),
    )


def load_cameo_table(path: Path = CAMEO_PATH) -> dict[str, CameoCode]:
    """CAMEO code -> PLOVER type, mode and context."""
    table: dict[str, CameoCode] = {}
    with open(path, encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t"):
            table[row["cameo"]] = CameoCode(
                code=row["cameo"],
                type=row["type"],
                mode=row["mode"] or None,
                context=row["context"] or None,
                description=row["description"],
            )
    return table


def _read(path: Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        return parse_words_yaml(handle.read(), _WordLoader) or {}


@lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON_PATH,
                 extra: Path | tuple[Path, ...] | None = (CAMEO_LEXICON_PATH,
                                                          CAMEO_CODEBOOK_PATH)) -> Lexicon:
    """Read the trigger lexicon (``path``, then the trigger sections of ``extra``, one file
    or several in order); raises ValueError naming the entry that is malformed."""
    cameo = load_cameo_table()
    raw = _read(path)
    extras = (extra,) if isinstance(extra, (str, Path)) else tuple(extra or ())
    more: list[dict] = []
    for extra_path in extras:
        if not Path(extra_path).exists():
            continue
        section = _read(extra_path)
        # sections named "_..." only hold YAML anchors (shared object lists)
        unknown = {k for k in section if not str(k).startswith("_")} - {"verbs", "nouns"}
        if unknown:
            raise ValueError(
                f"{extra_path}: only verbs and nouns sections, not {sorted(unknown)}")
        more.append(section)
    sections: dict[str, dict[str, list[TriggerEntry]]] = {}
    for pos in ("verbs", "nouns"):
        merged: dict[str, list[TriggerEntry]] = {}
        for source in (raw, *more):
            for lemma, items in (source.get(pos) or {}).items():
                key = str(lemma).lower()
                merged.setdefault(key, []).extend(
                    trigger_entry(key, pos[:-1], item, cameo) for item in _flatten(items)
                )
        sections[pos] = merged
    defaults = raw.get("defaults") or {}
    light = raw.get("light_verbs") or {}
    return Lexicon(
        verbs=sections["verbs"],
        nouns=sections["nouns"],
        verb_target_preps=tuple(defaults.get("verb_target_preps") or ()),
        noun_target_preps=tuple(defaults.get("noun_target_preps") or ()),
        noun_source_preps=tuple(defaults.get("noun_source_preps") or ()),
        cooperative_types=frozenset(raw.get("cooperative_types") or ()),
        hostile_types=frozenset(raw.get("hostile_types") or ()),
        light_verbs=_words(light.get("direct")),
        light_prep_verbs={str(k): _words(v) for k, v in (light.get("prep") or {}).items()},
        intent_verbs={str(k): str(v) for k, v in (raw.get("intent_verbs") or {}).items()},
        intent_adjectives={
            str(k): str(v) for k, v in (raw.get("intent_adjectives") or {}).items()
        },
        intent_nouns={str(k): str(v) for k, v in (raw.get("intent_nouns") or {}).items()},
        modal_auxiliaries={
            str(k): str(v) for k, v in (raw.get("modal_auxiliaries") or {}).items()
        },
        planned_modifiers=_words(raw.get("planned_modifiers")),
        conditional_marks=_words(raw.get("conditional_marks")),
        occasion_nouns=_words(raw.get("occasion_nouns")),
        occasion_preps=_words(raw.get("occasion_preps")),
        event_compound_heads=_words(raw.get("event_compound_heads")),
        planned_governors=_words(raw.get("planned_governors")),
        occurrence_verbs=_words(raw.get("occurrence_verbs")),
        onset_verbs=_words(raw.get("onset_verbs")),
        planning_passives=_words(raw.get("planning_passives")),
        forecast_verbs=_words(raw.get("forecast_verbs")),
        schedule_nouns=_words(raw.get("schedule_nouns")),
        quantity_nouns=_words(raw.get("quantity_nouns")),
        person_nouns=_words(raw.get("person_nouns")),
        institution_nouns=_words(raw.get("institution_nouns")),
        civilian_groups=_words(raw.get("civilian_groups")),
        armed_groups=_words(raw.get("armed_groups")),
        armed_forces=_words(raw.get("armed_forces")),
        generic_object_heads=_words(raw.get("generic_object_heads")),
        disaster_nouns=_words(raw.get("disaster_nouns")),
        command_verbs=_words(raw.get("command_verbs")),
        civilian_violence={
            str(k): str(v) for k, v in (raw.get("civilian_violence") or {}).items()
        },
        refusal_codes={str(k): str(v) for k, v in (raw.get("refusal_codes") or {}).items()},
        stance_types=frozenset(raw.get("stance_types") or ()),
        demand_codes={str(k): str(v) for k, v in (raw.get("demand_codes") or {}).items()},
        decision_words=_words(raw.get("decision_words")),
        cause_marks=_words(raw.get("cause_marks")),
        cause_nouns=_words(raw.get("cause_nouns")),
        topic_preps=_words(raw.get("topic_preps")),
        type_target_preps={str(k): tuple(str(p) for p in v)
                           for k, v in (defaults.get("type_target_preps") or {}).items()},
        cameo=cameo,
    )
