"""Language identification of cleaned article text (py3langid ships its own model)."""

from __future__ import annotations

import py3langid

# Below this many letters the guess is too unreliable to record.
MIN_LETTERS = 20


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language of ``text``, or None when too short to tell."""
    sample = text[:5000]
    letters = 0
    for c in sample:  # counted only up to the threshold: the whole sample cost a fifth of detection
        letters += c.isalpha()
        if letters >= MIN_LETTERS:
            break
    else:
        return None
    code, _score = py3langid.classify(sample)
    return code or None
