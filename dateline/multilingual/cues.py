"""Event cues per language (dateline/data/cues/<lang>.yaml; format in docs/multilingual.md).

A cue is a word or a phrase; a word ending in "*" matches every word starting with it, and
"..." between two words lets up to four other words stand between them ("rompió ... relaciones"
matches "rompió el martes sus relaciones").  In han and kana text cues are substrings.  Markers (negation, future, conditional, cancelled,
reporting), modes (a call) and target markers are matched the same way.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from dateline.multilingual.text import Token, fold, spaceless, tokens
from dateline.yaml_words import read_words_yaml

CUE_DIR = Path(__file__).resolve().parent.parent / "data" / "cues"
TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
MARKERS = ("negation", "future", "conditional", "cancelled", "reporting")
# How a meeting was held, as English events tell it (EventMention.mode): the cue file's `modes`
# ("по телефону", "Telefonat", "视频") mark a call, which the linker keeps apart from a meeting
# in person of the same people.  Matched as markers are, under the kind MODE_PREFIX + mode.
MODES = ("phone",)
MODE_PREFIX = "mode:"
# Words of arriving ("прибыл", "llegó", "抵达"): the cue file's `arrival`, matched as markers are.
# With a person before it and a city of another country next to it, a visit (multilingual/events.py).
ARRIVAL = "arrival"
# Words of the dead and wounded ("Menschen", "morts", "قتلى"): the cue file's `casualties`, matched
# as markers are.  An attack told by its victims and where, its doer unnamed (multilingual/events.py).
CASUALTY = "casualty"
# A phrase that holds a cue word in another sense ("de acuerdo con" is "according to", not an
# agreement): it shadows the cues it overlaps, as a longer cue would, and is no event itself.
NOT_CUE = "not_cue"


@dataclass(frozen=True)
class Hit:
    kind: str  # a PLOVER type, a marker name, a mode ("mode:phone"), "target" or "agent"
    start: int
    end: int
    text: str
    # Words the matching phrase names (a gap not counted): of two cues over the same words the
    # one that names more of them is the more specific ("convocó a consultas ... embajador").
    words: int = field(default=1, compare=False)
    # A cue of an act its parties do together (signing an agreement): its parties are source
    # and counterpart as a symmetric type's are.
    joint: bool = field(default=False, compare=False)
    # A cue of drills (the file's `drills`): a show of force is told as news where the clause
    # names whom it is aimed at; without one it is a drill's background ("从2024年的系列演习到...").
    aimed: bool = field(default=False, compare=False)
    # A cue of someone arrested, told without the doer (the file's `arrested`: "fue detenido",
    # "gözaltına alındı"): the one it names is held by a state (multilingual/events.py, arrest_event).
    passive: bool = field(default=False, compare=False)


@dataclass
class CueSet:
    language: str
    script: str
    phrases: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (kind, words)
    place_markers: frozenset[str] = frozenset()  # folded words before a name that is where ("en", "в")
    # folded words before a name that is where someone or something came from ("من", "из": from),
    # and nouns of a settlement that may stand between ("من العاصمة الرباط": from the capital, Rabat)
    origin_markers: frozenset[str] = frozenset()
    settlement_nouns: frozenset[str] = frozenset()
    joint: frozenset[tuple[str, ...]] = frozenset()  # cues of joint acts (the file's `signing` list)
    drills: frozenset[tuple[str, ...]] = frozenset()  # MOBILIZE cues of drills (the file's `drills`)
    arrested: frozenset[tuple[str, ...]] = frozenset()  # COERCE cues of an arrest told without its doer
    # folded words only a common noun follows ("der", "des"): where every noun is capitalised
    noun_determiners: frozenset[str] = frozenset()
    # folded nouns of an area ("border", "region") a country word next to them qualifies: that
    # country names where something happened, not a party ("على الحدود السورية", "Türkiye sınırı");
    # ``before``: the noun comes first, ``after``: the country word does
    area_nouns_before: frozenset[str] = frozenset()
    area_nouns_after: frozenset[str] = frozenset()
    # folded nouns of a post held in a city ("embajador", "Botschafter"): a city after them and
    # a word of place ("su embajador en Tel Aviv") is where the post is, not where the event was
    post_nouns: frozenset[str] = frozenset()
    # folded case endings of place written on to a name after an apostrophe ("Astana'da",
    # "Soçi'deki": in Astana, in Sochi), where a language marks place so and not with a word
    locative_suffixes: frozenset[str] = frozenset()
    # Markers whose accent tells them from another word ("à" from the French auxiliary "a" of
    # "le Mali a décidé"): folded form -> the forms as written (case folded) that are the marker.
    accented: dict[str, frozenset[str]] = field(default_factory=dict)
    # Markers written with an accent that folding takes off, as written (case folded): German
    # "würde" (would) folds to "wurde" (was, the passive's auxiliary), which is no condition.
    accented_markers: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)

    def find(self, text: str, offset: int = 0) -> list[Hit]:
        """Every cue and marker in ``text`` (longest first where they overlap)."""
        if spaceless(self.language):
            folded = fold(text)
            if len(folded) != len(text):
                folded = text  # folding changed lengths: search the text as written
            hits = []
            for kind, words in self.phrases:
                needle = words[0]
                at = folded.find(needle)
                while at >= 0:
                    hits.append(Hit(kind, at + offset, at + offset + len(needle), text[at:at + len(needle)],
                                    joint=words in self.joint, aimed=words in self.drills,
                                    passive=kind == "COERCE" and words in self.arrested))
                    at = folded.find(needle, at + 1)
            return _longest(hits)
        toks = tokens(text, self.language, offset)
        light = _light(text, toks, offset)
        hits = []
        for i in range(len(toks)):
            for kind, words in self.phrases:
                end = _match_at(toks, i, words, 0, light)
                if end is not None and words in self.accented_markers and not _as_written(
                        toks[i:end], self.accented_markers[words]):
                    continue
                if end is not None:
                    hits.append(Hit(kind, toks[i].start, toks[end - 1].end, text[toks[i].start - offset:toks[end - 1].end - offset],
                                    sum(w != GAP for w in words), joint=words in self.joint,
                                    aimed=words in self.drills,
                                    passive=kind == "COERCE" and words in self.arrested))
        hits = [h for h in hits if h.kind != "target" or fold(h.text) not in self.accented
                or h.text.casefold() in self.accented[fold(h.text)]]
        return _longest(hits)


GAP = "..."
_GAP_WORDS = 4  # words a "..." may skip: an adverb, a date, an article ("rompeu nesta terça-feira as relações")


def _match_at(toks: list[Token], i: int, words: tuple[str, ...], k: int = 0,
              light: frozenset[int] = frozenset()) -> int | None:
    """End (token index) of ``words`` matched from token ``i``, or None."""
    if k == len(words):
        return i
    if words[k] == GAP:
        skipped, j = 0, i
        while skipped <= _GAP_WORDS and j <= len(toks):
            end = _match_at(toks, j, words, k + 1, light)
            if end is not None:
                return end
            if j < len(toks) and j not in light:
                skipped += 1
            j += 1
        return None
    if i >= len(toks):
        return None
    keys = toks[i].keys if k == 0 else toks[i].keys[:1]  # "d'expulser": "expulser"
    word = words[k]
    if word.endswith("*"):
        if not any(have.startswith(word[:-1]) for have in keys):
            return None
    elif word not in keys:
        return None
    return _match_at(toks, i + 1, words, k + 1, light)


def _as_written(toks: list[Token], written: tuple[str, ...]) -> bool:
    """The words are the marker as written, accents and all ("würde", not "wurde")."""
    def key(word: str) -> str:  # the comma and cedilla letters of Romanian are one letter
        return unicodedata.normalize("NFC", word.casefold()).translate(_CEDILLA)

    return len(toks) == len(written) and all(
        key(t.text).startswith(key(w[:-1])) if w.endswith("*") else key(t.text) == key(w)
        for t, w in zip(toks, written, strict=True))


_CEDILLA = str.maketrans("şţ", "șț")


def _light(text: str, toks: list[Token], offset: int) -> frozenset[int]:
    """Tokens a gap does not count as words: numbers and the second half of a hyphenated word
    ("rompeu nesta terça-feira, 31, as relações")."""
    return frozenset(j for j, t in enumerate(toks) if t.text.isdigit() or (
        j > 0 and t.start == toks[j - 1].end + 1 and text[t.start - offset - 1] in "-‐‑–"))


def _longest(hits: list[Hit]) -> list[Hit]:
    """Markers may overlap cues; among cues (and among markers) the longest wins."""
    out: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start, -h.words)):
        same_group = [h for h in out if _is_cue(h) == _is_cue(hit)]
        if all(hit.end <= h.start or hit.start >= h.end for h in same_group):
            out.append(hit)
    return sorted(out, key=lambda h: h.start)


def _is_cue(hit: Hit) -> bool:
    return hit.kind in TYPES or hit.kind == NOT_CUE


def _words(cue: str, language: str) -> tuple[str, ...]:
    if spaceless(language):
        return (fold(cue.strip()),)  # "會見" is "会见": see text.fold
    return tuple(w if w == GAP else fold(w) if not w.endswith("*") else fold(w[:-1]) + "*" for w in cue.split())


@functools.lru_cache(maxsize=32)
def cue_set(language: str) -> CueSet | None:
    """The cues of ``language``, or None when there is no cue file for it."""
    path = CUE_DIR / f"{language}.yaml"
    if not path.is_file():
        return None
    data = read_words_yaml(path) or {}
    unknown = set(data.get("types") or {}) - set(TYPES)
    if unknown:
        raise ValueError(f"cue file {path}: unknown types {sorted(unknown)}")
    cues = CueSet(language, data.get("script", "latin"))
    for kind, phrases in (data.get("types") or {}).items():
        cues.phrases += [(kind, _words(str(p), language)) for p in phrases or []]
    for kind, phrases in (data.get("markers") or {}).items():
        if kind not in MARKERS:
            raise ValueError(f"cue file {path}: unknown marker kind {kind!r}")
        cues.phrases += [(kind, _words(str(p), language)) for p in phrases or []]
        if not spaceless(language):
            written = [str(p) for p in phrases or [] if GAP not in str(p).split()]
            unaccented = {_words(p, language) for p in written if fold(p) == p.casefold()}
            cues.accented_markers.update(
                (_words(p, language), tuple(p.casefold().split())) for p in written
                if fold(p) != p.casefold() and _words(p, language) not in unaccented)
    for mode, phrases in (data.get("modes") or {}).items():
        if mode not in MODES:
            raise ValueError(f"cue file {path}: unknown mode {mode!r}")
        cues.phrases += [(MODE_PREFIX + mode, _words(str(p), language)) for p in phrases or []]
    cues.phrases += [(ARRIVAL, _words(str(p), language)) for p in data.get("arrival") or []]
    cues.phrases += [(CASUALTY, _words(str(p), language)) for p in data.get("casualties") or []]
    cues.phrases += [("target", _words(str(p), language)) for p in data.get("target_markers") or []]
    cues.phrases += [("agent", _words(str(p), language)) for p in data.get("agent_markers") or []]
    cues.phrases += [(NOT_CUE, _words(str(p), language)) for p in data.get("not_cues") or []]
    cues.phrases = [(k, w) for k, w in cues.phrases if w and all(w)]
    cues.place_markers = frozenset(fold(str(p)) for p in data.get("place_markers") or [])
    cues.origin_markers = frozenset(fold(str(p)) for p in data.get("origin_markers") or [])
    cues.settlement_nouns = frozenset(fold(str(w)) for w in data.get("settlement_nouns") or [])
    cues.noun_determiners = frozenset(fold(str(w)) for w in data.get("noun_determiners") or [])
    cues.area_nouns_before = frozenset(fold(str(w)) for w in data.get("area_nouns_before") or [])
    cues.area_nouns_after = frozenset(fold(str(w)) for w in data.get("area_nouns_after") or [])
    cues.post_nouns = frozenset(fold(str(w)) for w in data.get("post_nouns") or [])
    cues.locative_suffixes = frozenset(fold(str(w)) for w in data.get("locative_suffixes") or [])
    markers = [str(w) for w in data.get("target_markers") or []]
    plain = {fold(w) for w in markers if fold(w) == w.casefold()}
    cues.accented = {fold(w): frozenset(v.casefold() for v in markers if fold(v) == fold(w))
                     for w in markers if fold(w) != w.casefold() and fold(w) not in plain}
    # signing an agreement: PLOVER's SUPPORT ("ratify, sign, or finalize an agreement"), done
    # by its parties together
    cues.joint = frozenset(_words(str(p), language) for p in data.get("signing") or [])
    cues.phrases += [("SUPPORT", w) for w in cues.joint if w and all(w)]
    # military drills: PLOVER's MOBILIZE (CAMEO 150, "demonstrate military power"), joint ones
    # staying COOPERATE where the file lists them
    cues.drills = frozenset(_words(str(p), language) for p in data.get("drills") or [])
    cues.phrases += [("MOBILIZE", w) for w in cues.drills if w and all(w)]
    # an arrest told without its doer ("fue detenido", "задержан"): CAMEO 173, PLOVER COERCE
    cues.arrested = frozenset(_words(str(p), language) for p in data.get("arrested") or [])
    cues.phrases += [("COERCE", w) for w in cues.arrested if w and all(w)]
    return cues
