"""A country word qualifying a noun of an area is where, not a party (sentences written for
these tests)."""

from __future__ import annotations


def _parties(analyse, language, body):
    analysis = analyse(language, body, published="2015-11-24")
    return [([a.id for a in e.source], [a.id for a in e.target]) for e in analysis.events]


def test_arabic_border_country_is_no_party(analyse):
    assert _parties(analyse, "ar", "أسقطت مقاتلات تركية مقاتلة روسية على الحدود السورية.") == \
        [(["country:TR"], ["country:RU"])]


def test_german_border_country_is_no_party(analyse):
    body = "Türkische Kampfjets haben an der syrischen Grenze ein russisches Flugzeug abgeschossen."
    assert _parties(analyse, "de", body) == [(["country:TR"], ["country:RU"])]
