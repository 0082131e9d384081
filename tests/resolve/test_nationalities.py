"""One nationality map, the knowledge base's, read by the gazetteer and the quote speakers."""

from dateline.extract.quote_speakers import country_of_words
from dateline.resolve.nationalities import country_words, nationality_adjectives
from dateline.resolve.place_matching import find_places
from dateline.resolve.places import Gazetteer


def test_adjectives_and_names_come_from_the_country_entries():
    adjectives = nationality_adjectives()
    assert adjectives["norwegian"] == "NO"
    assert adjectives["saudi arabian"] == "SA"
    assert country_words()["britain"] == "GB"
    assert "britain" not in adjectives


def test_the_gazetteer_reads_an_adjective_s_capital():
    # "Sri Lankan" was missing from the gazetteer's own copy of the map.
    for text, city in (("Talks were held in the Norwegian capital on Monday.", "Oslo"),
                       ("He arrived in the Sri Lankan capital on Friday.", "Colombo")):
        assert [p.name for _, _, p in find_places(text, Gazetteer.load())] == [city]


def test_a_speaker_phrase_takes_the_country_of_its_adjective():
    assert country_of_words("the Sri Lankan foreign ministry") == "LK"
    assert country_of_words("a Norwegian official") == "NO"
