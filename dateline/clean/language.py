"""Language identification of cleaned article text (py3langid ships its own model)."""

from __future__ import annotations

import functools
from typing import Any

# Below this many letters the guess is too unreliable to record.
MIN_LETTERS = 20


@functools.lru_cache(maxsize=1)
def identifier() -> Any:
    """py3langid's identifier with its packaged model, as ``py3langid.classify`` uses it.

    Reading the model means decompressing it (half a second of CPU in every process that
    cleans); the built identifier is kept in the build cache instead (dateline/build_cache.py,
    keyed on the model file and py3langid's version only), which loads in a tenth of that."""
    from importlib import metadata

    from py3langid import langid

    from dateline.build_cache import cached

    model = langid.MODEL_DIR / langid.MODEL_FILE
    try:
        version = metadata.version("py3langid")
    except metadata.PackageNotFoundError:
        version = "-"
    return cached("langid", [model], lambda: langid.LanguageIdentifier.from_model_file(model),
                  params=version, own_sources=False)


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
    code, _score = identifier().classify(sample)
    return code or None
