"""YAML as the project's data files mean it: word lists, where "on", "off", "yes" and "no" are
words.

YAML 1.1 (PyYAML) reads on/off/yes/no, in any case, as booleans, so a bare ``[in, on]`` list of
prepositions silently became ``["in", True]``.  ``WordLoader`` keeps only ``true``/``false`` as
booleans and uses the C parser when PyYAML was built with libyaml (several times faster on
the lexicon).  Every data file under ``dateline/data`` and every user word file is read with it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

__all__ = ["WordLoader", "read_words_yaml", "parse_words_yaml"]

_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BOOL = "tag:yaml.org,2002:bool"


class WordLoader(_BASE):  # type: ignore[misc, valid-type]
    """The safe loader with on/off/yes/no read as words."""


WordLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL]
    for first, resolvers in _BASE.yaml_implicit_resolvers.items()
}
WordLoader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def parse_words_yaml(text: str, loader: type = WordLoader) -> Any:
    """The YAML document in ``text``, read with ``loader`` (a ``WordLoader`` or a subclass)."""
    return yaml.load(text, Loader=loader)  # noqa: S506 - WordLoader is a safe loader


def read_words_yaml(path: str | Path, loader: type = WordLoader) -> Any:
    """The YAML document in the file ``path`` (UTF-8)."""
    return parse_words_yaml(Path(path).read_text(encoding="utf-8"), loader)
