"""Topic vocabulary and topic finding."""

from __future__ import annotations

import pytest

from dateline.extract.topics import find_topics, load_topics, topic_label


def test_topics_in_order_of_first_appearance():
    text = ("The ministers discussed the situation in Ukraine, tariffs on steel and "
            "the denuclearisation of the peninsula, then returned to trade.")
    assert find_topics(text) == ["ukraine_war", "trade", "korean_peninsula"]


def test_case_insensitive_phrases_on_word_boundaries():
    assert find_topics("NORTH KOREA fired a BALLISTIC MISSILE") == [
        "korean_peninsula", "missile_defence"]
    # "Gazans" is not "Gaza"; "trader" is not "trade"
    assert find_topics("A trader from Gazans street") == []


def test_hyphen_and_space_variants_match():
    assert find_topics("They oppose the deployment of anti missile systems.") == ["missile_defence"]
    assert find_topics("a multi polar world") == ["multipolarity"]


def test_acronyms_that_are_words_are_case_sensitive():
    assert find_topics("Who decides? The talks were about a new ai.") == []
    assert find_topics("The WHO praised the response.") == ["health"]
    assert "sco" in find_topics("at the SCO summit in Astana")


def test_everyday_words_do_not_trigger_topics():
    assert find_topics("The political climate in the capital was tense.") == []
    assert find_topics("The trade-off was clear to Taylor Swift.") == []
    assert find_topics("Banks were cut off from SWIFT.") == ["finance"]


def test_topic_label_and_unknown_key():
    assert topic_label("south_china_sea") == "South China Sea"
    with pytest.raises(KeyError, match="valid keys"):
        topic_label("no_such_topic")


def test_vocabulary_is_complete():
    topics = load_topics()
    assert 30 <= len(topics) <= 60
    for key, topic in topics.items():
        assert key == key.lower() and " " not in key
        assert topic.label
        assert topic.pattern is not None or topic.exact is not None
