"""The English word lists are data, read once, and a missing list is named."""

import pytest
import yaml

from dateline.english_words import WORDS_FILE, english_words


def test_every_list_in_the_file_loads_lower_case_and_non_empty():
    names = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    assert len(names) >= 15
    for name in names:
        words = english_words(name)
        assert words, name
        assert all(w == w.lower() for w in words), name


def test_lists_are_what_the_rules_read():
    assert "with" in english_words("consult_target_prepositions")
    assert {"near", "off"} <= english_words("near_target_prepositions")
    assert "to" in english_words("direction_prepositions")
    assert "to" not in english_words("capital_place_prepositions")  # "a warning to Seoul"


def test_an_unknown_list_is_a_clear_error():
    with pytest.raises(KeyError, match="english_words.yaml has no list 'place_prepositionz'"):
        english_words("place_prepositionz")


def test_non_words_are_refused(tmp_path, monkeypatch):
    import dateline.english_words as module

    bad = tmp_path / "words.yaml"
    bad.write_text("place_target_prepositions: [in, true, 3]\n", encoding="utf-8")
    monkeypatch.setattr(module, "WORDS_FILE", bad)
    module._lists.cache_clear()
    try:
        with pytest.raises(ValueError, match="non-words"):
            english_words("place_target_prepositions")
    finally:
        module._lists.cache_clear()
