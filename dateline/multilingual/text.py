"""Scripts, sentences and word tokens of non-English text, with offsets into the body.

Every language is read the same way: a rule-based sentence splitter for its script, then
words (for scripts with spaces) whose *keys* are folded forms with the inflection a name
may carry removed where the language inflects names (Russian "Лаврова" -> "лавров").
Han and kana text has no spaces: its names and cues are found as substrings.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from dateline.yaml_words import read_words_yaml

# language -> script of its cue file and text
SCRIPTS = {
    "ru": "cyrillic", "uk": "cyrillic", "be": "cyrillic", "bg": "cyrillic", "sr": "cyrillic",
    "ar": "arabic", "fa": "arabic", "ur": "arabic",
    "el": "greek", "he": "hebrew",
    "zh": "han", "ja": "kana",
    "hi": "devanagari", "mr": "devanagari", "ne": "devanagari",
    "ko": "hangul",
}


def script_of(language: str) -> str:
    return SCRIPTS.get(language, "latin")


def spaceless(language: str) -> bool:
    return script_of(language) in ("han", "kana")


# --- sentences ----------------------------------------------------------------------------

_SENTENCE_END = {
    # French sets its quotation marks apart: "… janvier. « Le gouvernement …".
    "latin": r"[.!?…]+[\"”»’)]*(?=\s+[\"“«(]?\s?[A-ZÀ-ÖØ-ÞĀ-ſ0-9])|\n+",
    # Serbian capitals too ("Ђ", "Ј", "Љ", "Њ", "Ћ", "Џ": U+0402..U+040F)
    "cyrillic": r"[.!?…]+[\"”»’)]*(?=\s+[\"“«(—–-]?\s?[А-ЯЁІЇЄҐ\u0402-\u040fA-Z0-9])|\n+",
    # Greek capitals with and without their accent ("Ο", "Ά"); ";" is its question mark.
    "greek": r"[.!;;…]+[\"”»’)]*(?=\s+[\"“«(—–-]?\s?[\u0386-\u038f\u0391-\u03a9A-Z0-9])|\n+",
    "arabic": r"[.!?؟۔]+[\"”»)]*(?=\s)|\n+",
    "hebrew": r"[.!?]+[\"”»)]*(?=\s)|\n+",
    "devanagari": r"[।॥.!?]+[\"”)]*(?=\s)|\n+",
    "han": r"[。！？!?]+[」』”\"）)]*|\n+",
    "kana": r"[。！？!?]+[」』”\"）)]*|\n+",
    "hangul": r"[.!?]+[\"”’)]*(?=\s)|\n+",
}
# Abbreviations after which a full stop ends no sentence (lower case, without the stop).
_ABBREVIATIONS = {"им", "св", "ул", "dr", "prof", "mr", "mrs", "mme", "m", "st", "gen", "pres", "sra", "sr", "hl",
                  "nr", "vgl", "bzw", "z", "u", "s", "n", "nº", "no"}


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str

    @property
    def question(self) -> bool:
        return self.text.rstrip(" \"”»」』)）").endswith(("?", "？", "؟"))


def sentences(body: str, language: str) -> list[Sentence]:
    """Sentences of ``body`` (offsets into it), split by the rules of the language's script."""
    pattern = re.compile(_SENTENCE_END[script_of(language)])
    out: list[Sentence] = []
    start = 0
    for m in pattern.finditer(body):
        end = m.end()
        if m.group(0).startswith(".") and not m.group(0).startswith(".."):
            word = re.search(r"(\w+)$", body[start:m.start()])
            if word and (word.group(1).lower() in _ABBREVIATIONS or word.group(1).isdigit() and len(word.group(1)) <= 2):
                continue  # "15 авг. 2025 г.", "Dr. Müller", "3. März"
        _add(out, body, start, end)
        start = end
    _add(out, body, start, len(body))
    return out


def _add(out: list[Sentence], body: str, start: int, end: int) -> None:
    text = body[start:end]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    if text:
        out.append(Sentence(start + lead, start + lead + len(text), text))


# --- folding and word keys ------------------------------------------------------------------

_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, dagger alif, tatweel
_ARABIC_FORMS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا",
                               "ۀ": "ه", "\u200c": " "})


_HANZI = Path(__file__).resolve().parent.parent / "data" / "multilingual" / "hanzi.yaml"


@functools.lru_cache(maxsize=1)
def _simplified() -> dict[int, str]:
    pairs = str((read_words_yaml(_HANZI) or {}).get("traditional_to_simplified") or "")
    return str.maketrans({pairs[i]: pairs[i + 1] for i in range(0, len(pairs) - 1, 2)})


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Case-, accent- and letter-variant-insensitive form (Arabic/Persian letters unified,
    traditional Chinese characters written simplified: one character for one, offsets hold)."""
    text = text.replace("\u2019", "'").replace("\u02bc", "'").replace("ё", "е").replace("Ё", "Е")
    if any("\u4e00" <= c <= "\u9fff" for c in text):
        text = text.translate(_simplified())
    if any("\u0600" <= c <= "\u06ff" for c in text):
        text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_FORMS)
    if script_has_marks(text):
        return text.casefold()  # Devanagari vowel signs are letters, not accents
    decomposed = unicodedata.normalize("NFKD", text)
    # Kana voicing marks make other sounds, not accents: "バリ" (Bali) is not "パリ" (Paris).
    out = "".join(c for c in decomposed if not unicodedata.combining(c) or c in _KANA_MARKS)
    return unicodedata.normalize("NFC", out).casefold().replace("й", "и")


_KANA_MARKS = "\u3099\u309a"


def script_has_marks(text: str) -> bool:
    return any("\u0900" <= c <= "\u097f" for c in text)


# Letters with their combining signs (Devanagari vowel signs, Arabic harakat) and the Persian
# zero-width non-joiner inside a word ("خامنه‌ای").
_L = r"(?:[^\W\d_]|[\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u064b-\u065f\u0670\u200c])"
_WORD = re.compile(_L + r"+(?:['’]" + _L + r"+)?|\d+", re.UNICODE)
# The last word before a point, past at most two marks ("في «", "en "): search the text before it.
LAST_WORD = re.compile(r"(\w+)\W{0,2}$")

INFLECTION = read_words_yaml(Path(__file__).resolve().parent.parent / "data" / "multilingual" / "inflection.yaml")
# Endings an inflected name may carry (data/multilingual/inflection.yaml), longest first.
_SLAVIC_ENDINGS = sorted(set(INFLECTION["slavic_endings"]), key=len, reverse=True)
_CYRILLIC_STEM_ENDINGS = tuple(INFLECTION["cyrillic_stem_endings"])
_CYRILLIC_STEM_LAST = str(INFLECTION["cyrillic_stem_last_letters"])
_ARABIC_PREFIXES = tuple(INFLECTION["arabic_prefixes"])
_HEBREW_PREFIXES = tuple(INFLECTION["hebrew_prefixes"])
# Korean particles written on to a noun, longest first: a word is also looked up without them.
_HANGUL_PARTICLES = tuple(INFLECTION["hangul_particles"])
# Case endings of names in the Latin- and Greek-script languages that inflect them (after
# folding, longest first), and the fewest letters a stem keeps.
_CASE_ENDINGS: dict[str, tuple[str, ...]] = {
    str(language): tuple(str(e) for e in endings) for language, endings in INFLECTION["case_endings"].items()}
_CASE_STEM: dict[str, int] = {str(k): int(v) for k, v in INFLECTION["case_stem_letters"].items()}
_CASE_SUFFIXES: dict[str, tuple[str, ...]] = {
    str(language): tuple(str(e) for e in suffixes) for language, suffixes in INFLECTION["case_suffixes"].items()}


def inflects_names(language: str) -> bool:
    """Whether names of ``language`` are matched on case stems or without suffixes."""
    return language in _CASE_ENDINGS or language in _CASE_SUFFIXES


def _case_stems(w: str, language: str) -> list[str]:
    least = _CASE_STEM.get(language, 4)
    endings = _CASE_ENDINGS.get(language) or _CASE_SUFFIXES.get(language, ())
    return [w[:-len(e)] for e in endings if w.endswith(e) and len(w) - len(e) >= least]


def name_stem(word: str, language: str) -> str:
    """The stem a name word is indexed under: its inflectable ending removed (Slavic),
    so that every case form of the name finds it."""
    w = fold(word)
    if language in _CASE_ENDINGS:
        return next(iter(_case_stems(w, language)), w)
    if script_of(language) != "cyrillic" or len(w) < 4:
        return w
    for end in _CYRILLIC_STEM_ENDINGS:
        if w.endswith(end) and len(w) - 2 >= 3:
            return w[:-2] + ("и" if end == "ия" else "")
    if w[-1] in _CYRILLIC_STEM_LAST:
        return w[:-1]
    return w


def key_candidates(token: str, language: str) -> list[str]:
    """Keys a word of text may stand for, most specific (longest) first."""
    w = fold(token)
    script = script_of(language)
    if script == "cyrillic":
        out = [w]
        for end in _SLAVIC_ENDINGS:
            if end and w.endswith(end) and len(w) - len(end) >= 3:
                out.append(w[: -len(end)])
        if w.endswith("ь"):
            out.append(w[:-1])
        return out
    if script == "hangul":
        return [w] + [w[: -len(p)] for p in _HANGUL_PARTICLES if w.endswith(p) and len(w) - len(p) >= 2]
    if language in _CASE_ENDINGS or language in _CASE_SUFFIXES:
        return [w] + _case_stems(w, language)
    if language == "tr" and "'" in w:
        return [w.split("'")[0], w]
    if script in ("arabic", "hebrew"):
        out = [w]
        for p in _ARABIC_PREFIXES if script == "arabic" else _HEBREW_PREFIXES:
            if w.startswith(p) and len(w) - len(p) >= 2:
                out.append(w[len(p):])
        return out
    if language == "de" and w.endswith("s") and len(w) > 3:
        return [w, w[:-1]]  # genitive: "Lawrows", "Wang Yis"
    if language in ("fr", "it", "ca") and "'" in w:
        return [w, w.split("'", 1)[1]]  # "l'Otan", "d'Ukraine", "d'Ucraïna"
    return [w]


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    keys: tuple[str, ...]


def tokens(text: str, language: str, offset: int = 0) -> list[Token]:
    """Words of ``text`` with their lookup keys; hyphenated compounds split
    ("российско-китайские" -> "российско", "китайские")."""
    out = []
    for m in _WORD.finditer(text):
        out.append(Token(m.start() + offset, m.end() + offset, m.group(0),
                         tuple(key_candidates(m.group(0), language))))
    return out
