"""Data files are read with on/off/yes/no (and Norway's "NO") as words, true/false as booleans."""

from pathlib import Path

import pytest

import dateline
from dateline.yaml_words import parse_words_yaml, read_words_yaml

DATA = Path(dateline.__file__).resolve().parent / "data"


def test_yaml_one_one_booleans_are_words():
    got = parse_words_yaml("preps: [in, on, off]\nanswers: [yes, no, Yes, NO]\nflag: true\nother: False\n")
    assert got == {"preps": ["in", "on", "off"], "answers": ["yes", "no", "Yes", "NO"],
                   "flag": True, "other": False}


def _booleans_in_lists(node, where):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _booleans_in_lists(value, f"{where}/{key}")
    elif isinstance(node, list):
        for value in node:
            if isinstance(value, bool):
                yield where
            yield from _booleans_in_lists(value, where)


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: str(p.relative_to(DATA)))
def test_no_word_list_in_the_data_holds_a_boolean(path):
    assert list(_booleans_in_lists(read_words_yaml(path), path.name)) == []


def test_norway_is_a_country_code_not_false():
    codes = {entry["code"] for entry in read_words_yaml(DATA / "actors" / "countries.yaml")["countries"]}
    assert "NO" in codes and False not in codes
