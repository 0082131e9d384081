"""Language identification through the cached identifier gives py3langid's own answers;
cue groups tried by word limit answer as every pattern tried in turn."""

from __future__ import annotations

import re

import pytest

from dateline.clean.cues import folded, load_cues
from dateline.clean.language import detect_language, identifier

SAMPLES = [
    "The delegation arrived in the capital on Monday for two days of talks on trade.",
    "La délégation est arrivée lundi dans la capitale pour deux jours de négociations.",
    "Die Delegation traf am Montag zu zweitägigen Gesprächen in der Hauptstadt ein.",
    "Делегация прибыла в столицу в понедельник для двухдневных переговоров.",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_same_answer_as_py3langid(text: str) -> None:
    import py3langid

    assert identifier().classify(text) == py3langid.classify(text)
    assert detect_language(text) == py3langid.classify(text)[0]


def test_too_short_to_tell() -> None:
    assert detect_language("OK 12") is None


LINES = [
    "Click here to read more",
    "Copyright 2024 Some Newspaper Ltd. All rights reserved.",
    "Sign up for our newsletter to receive the morning briefing every day of the week",
    "The minister said the talks would resume next week after a pause of several months.",
]


@pytest.mark.parametrize("line", LINES)
def test_cue_groups_by_limit(line: str) -> None:
    n_words = len(line.split())
    for group in load_cues().groups.values():
        expected = any(n_words <= limit and p.search(line) for p, limit in group.patterns)
        assert group.matches(line, n_words) == expected


def test_needs_are_what_a_match_lowers_to() -> None:
    """Every character IGNORECASE matches to a character of a pattern's ``needs`` folds to it,
    so skipping a line without the needed string never skips a match."""
    wanted = {c for group in load_cues().groups.values() for need in group.needs for n in need for c in n}
    assert wanted
    any_wanted = re.compile("[" + "".join(re.escape(c) for c in sorted(wanted)) + "]", re.IGNORECASE)
    for code in range(0x110000):
        other = chr(code)
        if any_wanted.fullmatch(other):
            for c in wanted:
                if re.fullmatch(re.escape(c), other, re.IGNORECASE):
                    assert folded(other) == c, (c, other)


NEEDING_LINES = [
    "Support our journalism with a donation via PayPal!",
    "We use cookies to improve your experience.",
    "Copyright © 2031 The Daily Example",
    "(C) 2030 Example Media",
    "The views expressed here are the author's own.",
    "The mayor greets the visitors, left, at the town hall. Photo by Jane Roe",
    "Flooded streets in the old town on Sunday. (Image: Getty Images)",
    "Sign up for our newsletter and get the news in your inbox",
    "Delegates arrive at the summit via Reuters",
    "THANK YOU FOR SUBSCRIBING",
    "Rescue teams search the rubble of the market. / Reuters",
]


@pytest.mark.parametrize("line", LINES + NEEDING_LINES)
def test_needs_skip_no_match(line: str) -> None:
    n_words = len(line.split())
    for group in load_cues().groups.values():
        expected = any(n_words <= limit and p.search(line) for p, limit in group.patterns)
        assert group.matches(line, n_words, folded(line)) == expected
